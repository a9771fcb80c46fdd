"""The pure pieces of the crawl: canonical URLs, leads, content hashes, titles and dates of a page,
Retry-After, and what the feed reader refuses."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crawler.extraction import content_hash, extract_article, lead_of
from crawler.feeds import FeedError, read_feed
from crawler.middlewares import retry_after_seconds
from crawler.pages import FetchedPage, PageHints, Rejection
from crawler.urls import canonical_url, same_site, url_problem


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTP://News.Example.COM:80/a/b.html?utm_source=x&utm_medium=y&b=2&a=1#section",
            "http://news.example.com/a/b.html?a=1&b=2",
        ),
        ("https://news.example.com:443/a?fbclid=1&gclid=2&id=7", "https://news.example.com/a?id=7"),
        ("https://news.example.com", "https://news.example.com/"),
        ("https://news.example.com:8443/a?p=1", "https://news.example.com:8443/a?p=1"),
    ],
)
def test_canonical_urls(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_only_http_and_https_may_be_requested() -> None:
    for bad in ("file:///etc/passwd", "gopher://h/1", "javascript:alert(1)", "data:text/html,x", "ftp://h/f", ""):
        assert url_problem(bad), bad
    assert url_problem("https://news.example.com/a") is None
    assert same_site("https://www.example.com/a", "https://example.com/news/")
    assert same_site("https://ir.example.com/a", "https://example.com/")
    assert not same_site("https://example.com.evil.test/a", "https://example.com/")


def test_lead_skips_headline_and_dateline_and_keeps_whole_sentences() -> None:
    text = (
        "Acme starts a pilot line\nMarch 12, 2024\n" + "Acme started a pilot line today. " * 20 + "\nSecond paragraph."
    )
    lead = lead_of(text, "Acme starts a pilot line")
    assert lead.startswith("Acme started a pilot line today.") and lead.endswith("today.")
    assert len(lead) <= 400
    japanese = "短い\n全固体電池の量産を2027年に始めると発表した。工場は愛知県に建設される予定で、投資額は約千億円。"
    assert lead_of(japanese).startswith("全固体電池の量産")


def test_the_same_text_hashes_the_same_whatever_its_spacing_or_case() -> None:
    assert content_hash("Acme  starts\nA PILOT line", "https://a/1") == content_hash(
        "acme starts a pilot line", "https://b/2"
    )
    assert content_hash("", "https://a/1") != content_hash("", "https://a/2")  # no text: only itself


def test_page_title_date_and_language_with_hints_filling_gaps() -> None:
    page = (
        b'<html lang="de-DE"><head><title>Pressemitteilung | Acme</title></head><body><main><article>'
        b"<p>Acme baut eine Pilotlinie f\xc3\xbcr Festk\xc3\xb6rperbatterien in Sachsen, die 2027 in Betrieb "
        b"gehen soll, wie das Unternehmen heute mitteilte.</p></article></main></body></html>"
    )
    hints = PageHints(title="Acme baut Pilotlinie", published=datetime(2024, 5, 2, 8, 30, tzinfo=UTC), guid="g-1")
    article = extract_article(
        FetchedPage("s", "https://acme.example/de/pm-1?utm_source=rss", page, "text/html; charset=utf-8", hints)
    )
    assert not isinstance(article, Rejection)
    assert article.title == "Acme baut Pilotlinie"  # a bare <title> loses to the feed's headline
    assert article.published == datetime(2024, 5, 2, 8, 30, tzinfo=UTC)  # no date on the page: the feed's
    assert article.language == "de"
    assert article.canonical_url == "https://acme.example/de/pm-1" and article.guid == "g-1"
    assert article.lead.startswith("Acme baut eine Pilotlinie für Festkörperbatterien")


def test_a_page_with_nothing_to_store_is_rejected_with_the_reason() -> None:
    empty = extract_article(FetchedPage("s", "https://a.example/x", b"<html><body></body></html>", "text/html"))
    assert isinstance(empty, Rejection) and "no title and no text" in empty.reason
    gone = extract_article(FetchedPage("s", "https://a.example/y", None, None, None, fetch_error="HTTP 404"))
    assert isinstance(gone, Rejection) and gone.reason == "HTTP 404"


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = datetime(2024, 3, 12, 10, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds("Tue, 12 Mar 2024 10:01:30 GMT", now) == 90
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty response"),
        (b"<html><body>hello</body></html>", "not a feed"),
        (b'{"title": "not a json feed"}', "not a feed (JSON without a jsonfeed.org version)"),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>&x;</channel></rss>',
            "external entity 'x' pointing at 'file:///etc/passwd'",
        ),
        (
            '<?xml version="1.0" encoding="shift_jis"?><!DOCTYPE r [<!ENTITY a "aa">]><rss version="2.0"><channel>'
            "<title>&a;</title></channel></rss>".encode("cp932"),
            "declares XML entities",
        ),
    ],
)
def test_feeds_that_are_refused(body: bytes, reason: str) -> None:
    with pytest.raises(FeedError, match=None) as refused:
        read_feed(body, "https://feeds.example/f.xml", "application/xml")
    assert reason in str(refused.value)
