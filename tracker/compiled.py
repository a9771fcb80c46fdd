"""The matcher's modules that ``scripts/compile_matcher.py`` compiles to C with mypyc, and a check that the
compiled modules Python would import are not older than their sources."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

# the modules a classification spends its time in; the classes they share (classification.py) stay Python
COMPILED_MODULES = (
    "phrase_scan",
    "sentences",
    "article_reading",
    "windows",
    "window_choice",
    "signals",
    "event_natures",
    "milestone_match",
    "candidates",
    "company_names",
    "topics",
    "relevance",
    "matcher",
)
# one shared library holds them all, so that calls between them stay C calls; each module is a small shim
SHARED_LIBRARY = "compiled_matcher"


def compiled_files(package: Path) -> list[Path]:
    """The compiled modules and their shared library present in ``package``."""
    names = (*COMPILED_MODULES, SHARED_LIBRARY + "__mypyc")
    candidates = [package / (name + suffix) for suffix in EXTENSION_SUFFIXES for name in names]
    return [path for path in candidates if path.exists()]


def stale_sources(package: Path) -> list[str]:
    """The sources changed after their module was compiled: Python would run the old code."""
    stale = []
    for path in compiled_files(package):
        source = package / (path.name.split(".")[0] + ".py")
        if source.exists() and source.stat().st_mtime > path.stat().st_mtime:
            stale.append(source.name)
    return stale
