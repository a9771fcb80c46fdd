"""The bundled demo: newsroom sites on disk, and a universe whose sources point at them.

``sites/`` holds one folder per demo company (``toyota/``, ``catl/``...), served side by side by
:class:`crawler.demo.server.SiteServer`. ``sources.yaml`` lists the demo's sources as paths on
that server; :func:`demo_universe_text` turns them into a full universe file: the shipped
companies, milestones and topics, with the shipped sources replaced by the demo's. The content
of the sites is fictional, written for the demo in the style of corporate press releases.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tracker.universe import check_url, shipped_universe_path

DEMO_ROOT = Path(__file__).resolve().parent
DEMO_SITES = DEMO_ROOT / "sites"
DEMO_SOURCES = DEMO_ROOT / "sources.yaml"


def demo_sources(base_url: str) -> list[dict[str, Any]]:
    """The demo's sources as universe entries, each url the server's base_url plus its path."""
    problem = check_url(base_url)
    if problem:
        raise ValueError(f"demo base url: {problem}")
    entries = yaml.safe_load(DEMO_SOURCES.read_text(encoding="utf-8"))
    sources = []
    for entry in entries:
        source = {key: entry[key] for key in ("id", "company", "kind")}
        source["url"] = base_url.rstrip("/") + entry["path"]
        source.update((key, value) for key, value in entry.items() if key not in source and key != "path")
        sources.append(source)
    return sources


def demo_universe_text(base_url: str) -> str:
    """The shipped universe file, its ``sources`` replaced by the demo sources served at base_url.

    Everything else is kept verbatim, comments included, so the demo matches what a user gets.
    """
    shipped = shipped_universe_path().read_text(encoding="utf-8")
    block = yaml.safe_dump({"sources": demo_sources(base_url)}, sort_keys=False, allow_unicode=True, width=200)
    header = f"# Demo universe: the shipped universe with sources on the demo sites at {base_url}.\n"
    return header + _replace_top_level_key(shipped, "sources", block + "\n")


def write_demo_universe(base_url: str, path: Path | str) -> Path:
    path = Path(path)
    path.write_text(demo_universe_text(base_url), encoding="utf-8")
    return path


def _replace_top_level_key(text: str, key: str, block: str) -> str:
    """Swap the text of one top-level ``key: value`` for ``block`` (which must end in a newline)."""
    document = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(document, yaml.MappingNode):
        raise ValueError(f"{shipped_universe_path()}: not a mapping")
    for key_node, value_node in document.value:
        if key_node.value == key:
            end = value_node.end_mark.index
            # a block value ends at the start of the next key's line; a flow value mid-line
            rest = text[end:] if text[end - 1 : end] == "\n" else text[end:].partition("\n")[2]
            return text[: key_node.start_mark.index] + block + rest
    raise ValueError(f"{shipped_universe_path()}: no top-level {key!r}")
