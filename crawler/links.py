"""Finding the article links and the next page on a newsroom's listing page, without site selectors.

Every link on the page gets a score from what newsroom layouts have in common: an article link
stays on the site, sits in the main content (a list of cards, an ``<article>``, ``<main>``), not in
navigation, header, footer or sidebar; its path is deeper than the listing's and often carries a
date or a slug of several words; its text is a headline, not "Careers" or "Products". Links that
many candidates share a folder with are likelier articles (a listing is a list of alike links).
A CSS or XPath override from the universe replaces the guess where a site defeats it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from crawler.urls import canonical_url, same_site, url_problem

ARTICLE_THRESHOLD = 3.0
_SKIP_SEGMENTS = frozenset(
    """
    about about-us account author authors blog-category calendar career careers cart categories category contact
    contact-us cookie cookie-policy cookies dealer dealers disclaimer download downloads event-calendar faq feed
    help imprint impressum job jobs legal locations login log-in logout media-kit models newsletter page privacy
    privacy-policy product products register rss search share shop signin sign-in signup sign-up sitemap
    store subscribe support tag tags terms terms-of-use terms-and-conditions topic topics vehicles
    """.split()
)
_SKIP_EXTENSIONS = (
    ".pdf",
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".svg",
    ".webp",
    ".zip",
    ".mp4",
    ".mp3",
    ".mov",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".css",
    ".js",
    ".xml",
    ".rss",
    ".json",
    ".ics",
)
# class/id/role words of page chrome: a link inside such an element is not a listing's article
_NAVIGATION = frozenset(
    """
    nav navbar navigation menu breadcrumb breadcrumbs footer header masthead sidebar secondary social share
    sharing pagination pager cookie consent language skip toolbar utility related popular trending
    """.split()
)
_MARK_WORDS = re.compile(r"[^a-z0-9]+")
_LISTING = re.compile(r"(news|press|release|post|article|story|stories|item|card|entry|teaser|list|feed|media)", re.I)
_NAVIGATION_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
_CONTENT_TAGS = frozenset({"article", "main"})
_DATE_IN_PATH = re.compile(r"(?:/20\d\d/[01]?\d/|/20\d\d-[01]\d-[0-3]\d|20\d\d[01]\d[0-3]\d|/20\d\d/)")
_SLUG_WORD = re.compile(r"[^\W_]+")
_NUMERIC_ID = re.compile(r"\d{4,}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NEXT_WORDS = frozenset(
    {
        "next",
        "next page",
        "next »",
        "next ›",
        "next >",
        "older",
        "older posts",
        "older entries",
        "older news",
        "more news",
        "›",
        "»",
        ">",
        ">>",
        "→",
        "次へ",
        "次のページ",
        "次へ »",
        "下一页",
        "下页",
        "下一頁",
        "다음",
        "다음 페이지",
        "weiter",
        "nächste",
        "suivant",
        "siguiente",
        "successivo",
    }
)
_PAGE_NUMBER = re.compile(r"(?:[?&](?:page|paged|pg|pageno|page_no|pagenum)=|/page/)(\d{1,4})(?:$|[/&#])", re.I)


@dataclass(frozen=True)
class ScoredLink:
    url: str
    score: float
    text: str


def article_links(page: Selector, page_url: str, override: str | None = None) -> list[str]:
    """The article URLs of a listing page, in page order (canonical, same site, http(s) only)."""
    if override:
        return _unique([url for url in _selected_urls(page, page_url, override) if same_site(url, page_url)])
    return [link.url for link in score_links(page, page_url) if link.score >= ARTICLE_THRESHOLD]


def score_links(page: Selector, page_url: str) -> list[ScoredLink]:
    """Every same-site link of the page with its article score (highest score per URL)."""
    base = _base_url(page, page_url)
    listing_path = urlsplit(page_url).path
    best: dict[str, ScoredLink] = {}
    for anchor in page.root.iter("a") if page.root is not None else ():
        url = _resolve(anchor.get("href"), base)
        if url is None or not same_site(url, page_url) or url == canonical_url(page_url):
            continue
        text = " ".join("".join(anchor.itertext()).split())
        score = _score(url, text, anchor, listing_path)
        if score is not None and (url not in best or score > best[url].score):
            best[url] = ScoredLink(url, score, text)
    links = list(best.values())
    return _reward_siblings(links)


def _score(url: str, text: str, anchor: object, listing_path: str) -> float | None:
    """The link's article score, or None when it cannot be an article at all."""
    path = urlsplit(url).path.lower()
    segments = [segment for segment in path.split("/") if segment]
    if not segments or path.endswith(_SKIP_EXTENSIONS) or _PAGE_NUMBER.search(url):
        return None
    if any(segment in _SKIP_SEGMENTS for segment in segments) or _is_pager_text(text):
        return None
    last = segments[-1].rsplit(".", 1)[0]
    url_score = 0.0
    if _DATE_IN_PATH.search(path):
        url_score = 2.5
    elif len(_SLUG_WORD.findall(last)) >= 3:
        url_score = 2.0
    elif _NUMERIC_ID.search(last):
        url_score = 1.0
    weight = len(text) + len(_CJK.findall(text))  # a CJK character says about what a short word does
    text_score = 2.0 if weight >= 25 else 1.0 if weight >= 12 else 0.0
    if url_score == 0 and text_score < 2:  # neither an article's address nor a headline: a section link
        return None
    score = url_score + text_score
    if path.startswith(listing_path.lower().rstrip("/") + "/") and len(path) > len(listing_path):
        score += 1.0
    return score + _context_score(anchor)


def _is_pager_text(text: str) -> bool:
    lowered = text.strip().lower()
    return lowered.isdigit() or lowered in _NEXT_WORDS or lowered in ("prev", "previous", "newer", "«", "‹", "<")


def _context_score(anchor: object) -> float:
    """Minus for links in navigation, header, footer, sidebar; plus for links in a content list."""
    score = 0.0
    for ancestor in anchor.iterancestors():  # type: ignore[attr-defined]
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')} {ancestor.get('role', '')}"
        if tag in _NAVIGATION_TAGS or not _NAVIGATION.isdisjoint(_MARK_WORDS.split(marks.lower())):
            return -4.0
        if tag in _CONTENT_TAGS or (marks.strip() and _LISTING.search(marks)):
            score = 1.0
    return score


def _reward_siblings(links: list[ScoredLink]) -> list[ScoredLink]:
    """+1 for candidates that share their folder with two others: the items of one list."""
    candidates = [link for link in links if link.score >= ARTICLE_THRESHOLD - 1]
    folders = Counter(_folder(link.url) for link in candidates)
    return [
        ScoredLink(link.url, link.score + 1.0, link.text)
        if link in candidates and folders[_folder(link.url)] >= 3
        else link
        for link in links
    ]


def _folder(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[0]


def next_page(page: Selector, page_url: str, page_number: int, override: str | None = None) -> str | None:
    """The URL of the listing's next (older) page, or None on the last page."""
    if override:
        finders: list[Callable[[], list[str]]] = [lambda: _selected_urls(page, page_url, override)]
    else:
        # tried in turn, each only when the ones before found nothing: resolving every link of the
        # page by number is the costliest, and rel="next" settles most listings
        finders = [
            lambda: _rel_next(page, page_url),
            lambda: _next_by_text(page, page_url),
            lambda: _next_by_number(page, page_url, page_number),
        ]
    current = canonical_url(page_url)
    for find in finders:
        for url in find():
            if url != current and same_site(url, page_url):
                return url
    return None


def _rel_next(page: Selector, page_url: str) -> list[str]:
    base = _base_url(page, page_url)
    hrefs = page.xpath(
        "//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
        " | //a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
    ).getall()
    return [url for url in (_resolve(href, base) for href in hrefs) if url]


def _next_by_text(page: Selector, page_url: str) -> list[str]:
    base = _base_url(page, page_url)
    found = []
    for anchor in page.root.iter("a") if page.root is not None else ():
        text = " ".join("".join(anchor.itertext()).split()).lower()
        label = f"{anchor.get('aria-label', '')} {anchor.get('title', '')} {anchor.get('class', '')}".lower()
        if text in _NEXT_WORDS or re.search(r"\b(next|older)\b", label):
            url = _resolve(anchor.get("href"), base)
            if url:
                found.append(url)
    return found


def _next_by_number(page: Selector, page_url: str, page_number: int) -> list[str]:
    """A link whose page number is the current one plus one (``?page=3``, ``/page/3/``)."""
    base = _base_url(page, page_url)
    found = []
    for href in page.xpath("//a/@href").getall():
        url = _resolve(href, base)
        match = _PAGE_NUMBER.search(url or "")
        if url and match and int(match.group(1)) == page_number + 1:
            found.append(url)
    return found


def _selected_urls(page: Selector, page_url: str, expression: str) -> list[str]:
    """URLs picked by a CSS or XPath override: the selected ``<a>`` elements' hrefs or attribute values."""
    is_xpath = expression.lstrip().startswith(("/", "(", "./"))
    selected = page.xpath(expression) if is_xpath else page.css(expression)
    base = _base_url(page, page_url)
    urls = []
    for item in selected:
        root = item.root
        if isinstance(root, str):
            href = root
        else:
            href = root.get("href") or next((a.get("href") for a in root.iter("a") if a.get("href")), None)
        url = _resolve(href, base)
        if url:
            urls.append(url)
    return urls


def _base_url(page: Selector, page_url: str) -> str:
    base = page.xpath("//base/@href").get()
    return urljoin(page_url, base.strip()) if base else page_url


def _resolve(href: str | None, base: str) -> str | None:
    """The canonical absolute URL of a link, or None for javascript:, mailto:, fragments and the like."""
    if not href or not href.strip() or href.strip().startswith("#"):
        return None
    try:
        url = urljoin(base, href.strip())
    except ValueError:
        return None
    return None if url_problem(url) else canonical_url(url)


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))
