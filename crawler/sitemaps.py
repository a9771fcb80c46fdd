"""Reading sitemaps, sitemap indexes and Google News sitemaps from downloaded bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from crawler.dates import iso_datetime
from crawler.xml_safety import unsafe_xml_reason

_GZIP_MAGIC = b"\x1f\x8b"


class SitemapError(ValueError):
    """The document is not a usable sitemap; the message says why."""


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: datetime | None = None
    # from a news sitemap's <news:news>: they fill in what the article page lacks
    title: str | None = None
    published: datetime | None = None
    language: str | None = None


@dataclass(frozen=True)
class Sitemap:
    is_index: bool
    entries: tuple[SitemapEntry, ...]

    def newest_first(self) -> list[SitemapEntry]:
        """Entries by date, newest first, undated last: the ones a limited crawl should take."""
        dated = [e for e in self.entries if e.published or e.lastmod]
        undated = [e for e in self.entries if not (e.published or e.lastmod)]
        dated.sort(key=lambda e: e.published or e.lastmod, reverse=True)  # type: ignore[arg-type, return-value]
        return dated + undated


def read_sitemap(body: bytes) -> Sitemap:
    """The URLs of a sitemap (``<urlset>``) or the child sitemaps of an index (``<sitemapindex>``)."""
    if body[:2] == _GZIP_MAGIC:
        raise SitemapError("gzip-compressed sitemap must be unpacked before reading")
    reason = unsafe_xml_reason(body)
    if reason:
        raise SitemapError(reason)
    # entities are neither resolved nor fetched, DTDs not loaded: the document is data, not instructions
    parser = etree.XMLParser(
        recover=True,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SitemapError(f"not a sitemap (XML error: {exc})") from None
    if root is None:
        raise SitemapError("not a sitemap (no XML root element)")
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise SitemapError(f"not a sitemap (root element <{kind}>, expected <urlset> or <sitemapindex>)")
    child_tag = "sitemap" if kind == "sitemapindex" else "url"
    entries = [_entry(element) for element in root if _local(element) == child_tag]
    return Sitemap(kind == "sitemapindex", tuple(entry for entry in entries if entry is not None))


def _entry(element: etree._Element) -> SitemapEntry | None:
    fields: dict[str, str] = {}
    for child in element.iter():
        name = _local(child)
        if name and name not in fields and child.text and child.text.strip():
            fields[name] = child.text.strip()
    if "loc" not in fields:
        return None
    return SitemapEntry(
        url=fields["loc"],
        lastmod=iso_datetime(fields.get("lastmod")),
        title=fields.get("title"),
        published=iso_datetime(fields.get("publication_date")),
        language=fields.get("language"),
    )


def _local(element: etree._Element) -> str | None:
    if not isinstance(element.tag, str):
        return None
    return etree.QName(element).localname
