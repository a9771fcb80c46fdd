"""From a fetched article page to what is stored: main text, title, date, language, lead, hash.

trafilatura finds the main text, htmldate the publication date; both run on one parsed tree. What
the page lacks is filled from what the feed or sitemap said of it (``PageHints``). This runs in
worker processes, away from the crawler's event loop (see crawler/pages.py); the crawling
process itself never imports it.
"""

from __future__ import annotations

import copy
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

import htmldate
import trafilatura
from lxml import etree
from trafilatura.settings import Extractor

from crawler.dates import iso_datetime
from crawler.encoding import decode_html
from crawler.pages import ExtractedArticle, FetchedPage, PageHints, Rejection
from crawler.urls import canonical_url

_HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")
_LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}\b")
_CJK_DATE = re.compile(r"(20\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_DATELINE_LINES = 4
_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "iframe")
_CHROME = ("nav", "aside", "header", "footer")
LEAD_MAX_CHARS = 400
# A lead is a sentence or more; shorter lines first in the text are datelines, bylines, kickers.
_MIN_LEAD_WEIGHT = 60
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Below this much text, guessing a language from the words is no better than a coin.
_MIN_TEXT_FOR_LANGUAGE_GUESS = 40
# trafilatura's options, read from its config once: building them per page reads the config again each time
_EXTRACTOR = Extractor(output_format="python", fast=True, comments=False, with_metadata=False)


def extract_article(page: FetchedPage) -> ExtractedArticle | Rejection:
    """The article of a fetched page (hints filling the gaps), or why there is none."""
    hints = page.hints or PageHints()
    read = _PageRead()
    if page.body and _is_html(page.content_type):
        # a feed's date wins over a date guessed from the text, so a page with one needs no guess
        read = _read_page(page.body, page.content_type, page.url, guess_date=hints.published is None)
    title = read.title if read.headline or not hints.title else hints.title
    text = read.text or hints.text
    dates, language = read.dates, read.language
    if not title and not text:
        reason = page.fetch_error or "no title and no text could be extracted from the page"
        return Rejection(page.source_id, page.url, reason)
    text = text.replace("\x00", "")
    return ExtractedArticle(
        source_id=page.source_id,
        url=page.url,
        canonical_url=canonical_url(page.url),
        title=title.replace("\x00", ""),
        published=_best_date(dates, hints.published),
        language=language or _language_tag(hints.language) or guess_language(text or title),
        text=text,
        lead=lead_of(text, title),
        content_hash=content_hash(text, canonical_url(page.url)),
        guid=hints.guid,
    )


@dataclass(frozen=True)
class _PageDates:
    # from markup made for it (meta tags, <time>, the URL) or a CJK dateline: the page says so
    stated: datetime | None = None
    # found by htmldate in the running text: a guess, which may be any date the text mentions
    guessed: datetime | None = None


@dataclass(frozen=True)
class _PageRead:
    title: str = ""
    headline: bool = False
    dates: _PageDates = _PageDates()
    language: str | None = None
    text: str = ""


def _read_page(body: bytes, content_type: str | None, url: str, guess_date: bool = True) -> _PageRead:
    tree = trafilatura.load_html(decode_html(body, content_type))
    if tree is None:
        return _PageRead()
    title, headline = page_title(tree)
    language = _language_tag(
        tree.get("lang")
        or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
        or _meta(tree, "og:locale")
        or _meta(tree, "content-language")
    )
    stated = _htmldate(tree, extensive=False)
    guessed = None if stated or not guess_date else _htmldate(tree, extensive=True)
    # the tree is pruned from here on, so everything else is read from it first
    drop_page_chrome(tree)
    document = trafilatura.bare_extraction(tree, options=_options_for(url))
    text = ((document.text or "") if document is not None else "").strip()
    return _PageRead(title, headline, _PageDates(dateline_date(text) or stated, guessed), language, text)


def _options_for(url: str) -> Extractor:
    """The shared options with this page's URL (trafilatura resolves links and logs with it)."""
    options = copy.copy(_EXTRACTOR)
    options.url = options.source = url
    return options


def drop_page_chrome(tree: etree._Element) -> None:
    """Remove scripts, menus, sidebars and the site's header and footer before trafilatura looks.

    trafilatura would discard them too, but only after walking them; big menus make that walk
    the costliest part of a page. An article's own <header>/<footer> (inside <article> or
    <main>) is kept: it may hold the headline or the dateline.
    """
    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    for element in list(tree.iter(*_CHROME)):
        if element.tag in ("header", "footer") and any(a.tag in ("article", "main") for a in element.iterancestors()):
            continue
        if element.getparent() is not None:
            element.drop_tree()


def _htmldate(tree: etree._Element, extensive: bool) -> datetime | None:
    found = iso_datetime(
        htmldate.find_date(tree, extensive_search=extensive, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S%z")
    )
    if extensive and found is not None and (found.month, found.day, found.hour) == (1, 1, 0):
        return None  # a bare year mentioned in the text ("by 2026"), not a publication date
    return found


def dateline_date(text: str) -> datetime | None:
    """A CJK dateline (``2024年3月1日``, ``2024년 3월 1일``) in the first lines of the text.

    htmldate reads such dates as the year alone; a dateline near the top is the publication date.
    """
    for line in text.splitlines()[:_DATELINE_LINES]:
        match = _CJK_DATE.search(line)
        if match:
            try:
                return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)), tzinfo=UTC)
            except ValueError:
                return None
    return None


def page_title(tree: etree._Element) -> tuple[str, bool]:
    """og:title, else the page's single <h1>, else <title> without its " | Site name" tail; and
    whether the page meant it as the article's headline (a bare <title> is often the site name)."""
    title = _meta(tree, "og:title") or _meta(tree, "twitter:title")
    if not title:
        headings = [" ".join("".join(h.itertext()).split()) for h in tree.iter("h1")]
        headings = [h for h in headings if h]
        title = headings[0] if len(headings) == 1 else ""
    if title:
        return title.strip(), True
    element = tree.find(".//title")
    raw = " ".join("".join(element.itertext()).split()) if element is not None else ""
    return (_TITLE_SUFFIX.sub("", raw) or raw).strip(), False


def _meta(tree: etree._Element, name: str) -> str:
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("http-equiv") or "").lower()
        if key == name:
            return " ".join((element.get("content") or "").split())
    return ""


def _language_tag(value: str | None) -> str | None:
    """The primary language subtag, lower case: ``en-US`` -> ``en``, ``ja_JP`` -> ``ja``."""
    match = _LANGUAGE.match((value or "").strip())
    return match.group(0).lower() if match else None


def guess_language(text: str) -> str | None:
    if len(text) < _MIN_TEXT_FOR_LANGUAGE_GUESS:
        return None
    # imported on first need: its model takes ~70 MB, and most pages state their language
    import py3langid

    language, _score = py3langid.classify(text[:2000])
    return language


def _best_date(page: _PageDates, hinted: datetime | None) -> datetime | None:
    """What the page states, else what the feed or sitemap said, else the page's guess.

    A feed's date of the same day is taken over the page's: feeds give the time of day too.
    """
    if page.stated is None:
        return hinted or page.guessed
    if hinted is not None and hinted.date() == page.stated.date():
        return hinted
    return page.stated


def _is_html(content_type: str | None) -> bool:
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return media_type.startswith(_HTML_TYPES) or media_type.endswith("+xml") or media_type == "application/xml"


def normalised_text(text: str) -> str:
    """Text as compared for "the same article": NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str, canonical: str) -> str:
    """SHA-256 of the normalised text; an article without text is only ever the same as itself."""
    normal = normalised_text(text)
    return hashlib.sha256((normal if normal else f"url:{canonical}").encode("utf-8")).hexdigest()


def lead_of(text: str, title: str = "") -> str:
    """The first real paragraph (not the headline, not a dateline), cut after the last whole
    sentence that fits in LEAD_MAX_CHARS."""
    heading = normalised_text(title)
    first = fallback = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _weight(line) < _MIN_LEAD_WEIGHT:
            fallback = fallback or (line if normalised_text(line) != heading else "")
            continue
        if normalised_text(line) != heading:
            first = line
            break
    first = first or fallback
    if len(first) <= LEAD_MAX_CHARS:
        return first
    kept = ""
    for sentence in _SENTENCE_END.split(first):
        if len(kept) + len(sentence) > LEAD_MAX_CHARS:
            break
        kept += sentence if not kept or kept.endswith(("。", "！", "？")) else " " + sentence
    return kept.strip() or first[:LEAD_MAX_CHARS].rstrip() + "…"


def _weight(line: str) -> int:
    return len(line) + len(_CJK.findall(line))
