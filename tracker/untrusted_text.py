"""Text and links that came from crawled pages, made safe to show: one printable line, http(s) links only.

Nothing scraped is trusted: the templates escape it again (Jinja autoescape), this only removes what
escaping cannot (control characters, bidirectional tricks, javascript: and data: addresses).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tracker.near_duplicates import split_outlet
from tracker.universe import check_url

SPACE = re.compile(r"\s+")
# control characters, zero-width and bidirectional controls, line/paragraph separators, BOM, soft hyphen
INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s")


def clean_line(text: str | None, limit: int = 300) -> str:
    """Untrusted text as one printable line: control and format characters dropped, whitespace collapsed,
    cut at ``limit``."""
    if not text:
        return ""
    line = SPACE.sub(" ", INVISIBLE.sub(" ", text[: limit * 4])).strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """The address when it is a plain http(s) URL, else None: javascript:, data: and the like never become links."""
    if not url:
        return None
    candidate = url.strip()
    if INVISIBLE.search(candidate) or SPACE.search(candidate) or check_url(candidate):
        return None
    return candidate


def one_line_lead(text: str, limit: int = 220) -> str:
    line = clean_line(text, 2000)
    first = _SENTENCE_END.split(line, maxsplit=1)[0]
    return clean_line(first, limit)


def outlet_of(title: str, url: str, fallback: str) -> str:
    outlet = split_outlet(clean_line(title))[1]
    if outlet:
        return outlet
    host = urlsplit(url.strip()).hostname or ""
    return host.removeprefix("www.") or fallback
