"""Reading a feed from the bytes Scrapy downloaded: RSS 0.9x-2.0, RDF and Atom through feedparser,
JSON Feed through the standard library (feedparser 6.0 on PyPI does not read it).

feedparser is handed a stream, never a string: given a string it would fetch URLs and open local
files itself. Documents that declare XML entities are refused before it sees them.
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from html import unescape
from typing import Any
from urllib.parse import urljoin
from xml.sax import SAXParseException

from w3lib.html import remove_tags

from crawler.dates import iso_datetime
from crawler.xml_safety import unsafe_xml_reason

_BLOCK_END_TAGS = ("</p>", "</div>", "<br>", "<br/>", "<br />", "</li>", "</h1>", "</h2>", "</h3>", "</blockquote>")


class FeedError(ValueError):
    """The document cannot be read as a feed; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    """What a feed says of one article; these fields fill in what the article page lacks."""

    link: str | None
    guid: str | None
    title: str
    published: datetime | None
    summary: str
    content: str
    language: str | None


@dataclass(frozen=True)
class Feed:
    entries: tuple[FeedEntry, ...]
    # why feedparser had to read the XML leniently, when it did: worth logging, not worth failing over
    leniency: str | None = None


def read_feed(body: bytes, url: str, content_type: str | None = None) -> Feed:
    """The entries of a feed document, or FeedError saying why it is not a usable feed."""
    if not body.strip():
        raise FeedError("empty response, not a feed")
    if body.lstrip()[:1] in (b"{", b"["):
        return _read_json_feed(body, url)
    reason = unsafe_xml_reason(body)
    if reason:
        raise FeedError(reason)
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    import feedparser  # here, not at the top: a crawl whose feeds are all unchanged (304) never reads one

    parsed = feedparser.parse(
        io.BytesIO(body), response_headers=headers, sanitize_html=True, resolve_relative_uris=True
    )
    problem = _describe_bozo(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"not a feed ({problem or 'no RSS, RDF or Atom root element'})")
    if isinstance(parsed.get("bozo_exception"), SAXParseException) and not parsed.entries:
        raise FeedError(f"broken feed, no entry could be read: {problem}")
    language = parsed.feed.get("language") or None
    entries = tuple(_entry(entry, language) for entry in parsed.entries)
    return Feed(entries, problem)


def _entry(entry: Any, feed_language: str | None) -> FeedEntry:
    link = entry.get("link") or None
    guid = entry.get("id") or None
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid
    content = " ".join(part.get("value", "") for part in entry.get("content", []) if isinstance(part, dict))
    return FeedEntry(
        link=link,
        guid=guid,
        title=html_to_text(entry.get("title") or ""),
        published=_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
        summary=html_to_text(entry.get("summary") or ""),
        content=html_to_text(content),
        language=entry.get("language") or feed_language,
    )


def _read_json_feed(body: bytes, url: str) -> Feed:
    try:
        document = json.loads(body.decode("utf-8-sig", errors="replace"))
    except ValueError as exc:
        raise FeedError(f"not a feed (invalid JSON: {exc})") from None
    if not isinstance(document, dict) or "jsonfeed.org/version" not in str(document.get("version", "")):
        raise FeedError("not a feed (JSON without a jsonfeed.org version)")
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedError("broken JSON Feed: 'items' is not a list")
    language = document.get("language") if isinstance(document.get("language"), str) else None
    return Feed(tuple(_json_entry(item, language, url) for item in items if isinstance(item, dict)))


def _json_entry(item: dict[str, Any], feed_language: str | None, feed_url: str) -> FeedEntry:
    def text(key: str) -> str:
        value = item.get(key)
        return value if isinstance(value, str) else ""

    link = text("url") or text("external_url") or None
    if link:
        link = urljoin(feed_url, link)
    guid = str(item["id"]) if item.get("id") is not None else None
    content = html_to_text(text("content_html")) or text("content_text")
    return FeedEntry(
        link=link,
        guid=guid,
        title=html_to_text(text("title")),
        published=iso_datetime(text("date_published") or text("date_modified")),
        summary=html_to_text(text("summary")),
        content=content,
        language=text("language") or feed_language,
    )


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment, paragraphs on lines of their own."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    for tag in _BLOCK_END_TAGS:
        markup = markup.replace(tag, tag + "\n")
    lines = (" ".join(line.split()) for line in unescape(remove_tags(markup)).splitlines())
    return "\n".join(line for line in lines if line)


def _struct_time(value: time.struct_time | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _describe_bozo(exception: object) -> str:
    if isinstance(exception, SAXParseException):
        return _short(f"XML error at line {exception.getLineNumber()}: {exception.getMessage()}")
    return _short(f"{type(exception).__name__}: {exception}")


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
