"""The loopback site server and the bundled demo sites it serves."""

from __future__ import annotations

import http.client
import json
import re
import socket
from collections.abc import Iterator
from datetime import date, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import feedparser
import pytest
import trafilatura
import yaml
from scrapy.utils.sitemap import Sitemap

from crawler.demo import DEMO_SITES, demo_universe_text, write_demo_universe
from crawler.demo.server import SiteRequestHandler, SiteServer
from tracker.universe import load_universe, parse_universe

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo() -> Iterator[SiteServer]:
    with SiteServer(DEMO_SITES, today=TODAY) as server:
        yield server


def get(server: SiteServer, path: str, method: str = "GET", headers: dict[str, str] | None = None):
    """One request on a fresh connection: (status, headers, body)."""
    connection = http.client.HTTPConnection(*urlsplit(server.base_url).netloc.split(":"), timeout=10)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def test_serves_a_file_with_validators_and_head_without_body(demo: SiteServer):
    status, headers, body = get(demo, "/toyota/newsroom/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert int(headers["Content-Length"]) == len(body) > 1000
    assert headers["ETag"].startswith('"') and headers["Last-Modified"].endswith("GMT")
    assert b"Older news" in body
    head_status, head_headers, head_body = get(demo, "/toyota/newsroom/", method="HEAD")
    assert (head_status, head_body) == (200, b"")
    assert head_headers["ETag"] == headers["ETag"] and head_headers["Content-Length"] == headers["Content-Length"]


@pytest.mark.parametrize(
    ("path", "charset", "text"),
    [
        ("/toyota/jp/newsroom/", "shift_jis", "ニュースルーム"),
        ("/toyota/jp/newsroom/detail/43011902.html", "shift_jis", "出光興産"),
        ("/catl/zh/news/6402.html", "gb18030", "宁德时代"),
        ("/samsung-sdi/ko/sdi-news/", "euc-kr", "삼성SDI"),
        ("/samsung-sdi/ko/sdi-news/3228.html", "euc-kr", "전고체 배터리"),  # the page itself declares nothing
    ],
)
def test_legacy_encodings_are_served_with_their_real_charset(demo: SiteServer, path: str, charset: str, text: str):
    status, headers, body = get(demo, path)
    assert status == 200
    assert headers["Content-Type"] == f"text/html; charset={charset}"
    assert text in body.decode(charset)
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/quantumscape/ir/rss/news-releases.xml", "application/rss+xml; charset=utf-8"),
        ("/nio/news/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/bmw/pressclub/feed.json", "application/feed+json; charset=utf-8"),
        ("/catl/sitemap.xml", "application/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/toyota/assets/logo.svg", "image/svg+xml"),
    ],
)
def test_media_types(demo: SiteServer, path: str, content_type: str):
    status, headers, _ = get(demo, path)
    assert (status, headers["Content-Type"]) == (200, content_type)


def test_conditional_requests_get_304_without_a_body(demo: SiteServer):
    feed = "/nio/news/atom.xml"
    _, headers, _ = get(demo, feed)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    status, again, body = get(demo, feed, headers={"If-None-Match": etag})
    assert (status, body, again["ETag"]) == (304, b"", etag)
    assert get(demo, feed, headers={"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert get(demo, feed, headers={"If-Modified-Since": modified})[0] == 304
    earlier = format_datetime(parsedate_to_datetime(modified) - timedelta(seconds=1), usegmt=True)
    assert get(demo, feed, headers={"If-Modified-Since": earlier})[0] == 200
    # If-None-Match decides when both are sent: a changed ETag means a new body, whatever the date says
    assert get(demo, feed, headers={"If-None-Match": '"stale"', "If-Modified-Since": modified})[0] == 200


def test_keep_alive_connection_serves_many_requests(demo: SiteServer):
    connection = http.client.HTTPConnection(*urlsplit(demo.base_url).netloc.split(":"), timeout=10)
    try:
        for path in ("/catl/en/news/", "/catl/en/news/index_2.html", "/catl/en/news/6134.html") * 3:
            connection.request("GET", path)
            response = connection.getresponse()
            assert response.status == 200 and response.read()
            assert response.getheader("Connection") != "close"
        assert connection.sock is not None  # the same socket all along
    finally:
        connection.close()


def test_folders_hidden_files_and_escapes(demo: SiteServer):
    status, headers, _ = get(demo, "/toyota/newsroom")
    assert (status, headers["Location"]) == (301, "/toyota/newsroom/")
    assert get(demo, "/")[0] == 200
    assert get(demo, "/samsung-sdi/ko/sdi-news/_headers.json")[0] == 404
    assert get(demo, "/toyota/../../../etc/passwd")[0] == 404
    assert get(demo, "/toyota/%2e%2e/%2e%2e/server.py")[0] == 404
    assert get(demo, "/no/such/page.html")[0] == 404
    assert get(demo, "/toyota/newsroom/", method="POST")[0] == 405
    # the query string does not change a static page: a tracking parameter leads to the same article
    plain = get(demo, "/toyota/newsroom/corporate/44120087.html")
    tracked = get(demo, "/toyota/newsroom/corporate/44120087.html?utm_source=newsroom&utm_medium=featured")
    assert plain[2] == tracked[2] and plain[0] == 200


def test_placeholders_follow_the_serving_day_and_the_port(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss><channel><item><link>{{base_url}}/a.html</link>'
        "<pubDate>{{days_ago:3|rfc822}}</pubDate><date>{{days_ago:0}}</date><x>{{days_ago:1|long}}</x></item></channel></rss>"
    )
    (site / "bad.html").write_text("<p>{{days_ago:2|fortnightly}}</p>")
    with SiteServer(tmp_path, today=date(2031, 3, 4)) as server:
        status, headers, body = get(server, "/site/feed.xml")
        assert status == 200
        text = body.decode()
        assert f"<link>{server.base_url}/a.html</link>" in text
        assert "<pubDate>Sat, 01 Mar 2031 09:30:00 +0000</pubDate>" in text
        assert "<date>2031-03-04</date>" in text and "<x>March 3, 2031</x>" in text
        assert parsedate_to_datetime(headers["Last-Modified"]).date() >= date(2031, 3, 4)
        status, _, body = get(server, "/site/bad.html")
        assert status == 500 and b"fortnightly" in body


def test_tcp_nodelay_on_accepted_sockets_and_extra_routes(tmp_path: Path):
    def nodelay(handler: SiteRequestHandler) -> None:
        value = handler.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        handler.send_body(200, str(value).encode())

    def status(handler: SiteRequestHandler) -> None:
        code = int(handler.query.get("n", ["200"])[0])
        handler.send_body(code, b"", headers={"Retry-After": "1"} if code == 429 else None)

    with SiteServer(tmp_path, routes={"/nodelay": nodelay, "/status": status}) as server:
        code, _, body = get(server, "/nodelay")
        assert code == 200 and int(body) != 0
        assert get(server, "/status?n=503")[0] == 503
        code, headers, _ = get(server, "/status?n=429")
        assert (code, headers["Retry-After"]) == (429, "1")
        assert [(r.method, r.path, r.status) for r in server.requests] == [
            ("GET", "/nodelay", 200),
            ("GET", "/status?n=503", 503),
            ("GET", "/status?n=429", 429),
        ]


def test_demo_universe_is_the_shipped_one_with_demo_sources(demo: SiteServer, tmp_path: Path):
    text = demo_universe_text(demo.base_url)
    universe = parse_universe(text, "demo-universe.yaml")
    shipped = load_universe()
    assert universe.companies == shipped.companies
    assert universe.milestones == shipped.milestones and universe.topics == shipped.topics
    assert {source.kind for source in universe.sources} == {"newsroom", "feed", "sitemap"}
    assert all(source.url.startswith(demo.base_url + "/") for source in universe.sources)
    served_sites = {path.name for path in DEMO_SITES.iterdir() if path.is_dir()}
    assert {urlsplit(source.url).path.split("/")[1] for source in universe.sources} == served_sites
    for source in universe.sources:
        status, _, body = get(demo, urlsplit(source.url).path)
        assert status == 200 and body, source.id
    written = write_demo_universe(demo.base_url, tmp_path / "universe.yaml")
    assert load_universe(written).sources == universe.sources
    with pytest.raises(ValueError, match="scheme"):
        demo_universe_text("file:///etc")


def test_feeds_and_sitemaps_parse_and_link_to_served_pages(demo: SiteServer):
    links: list[str] = []
    for path, version in (("/quantumscape/ir/rss/news-releases.xml", "rss20"), ("/nio/news/atom.xml", "atom10")):
        parsed = feedparser.parse(get(demo, path)[2])
        assert (parsed.version, parsed.bozo) == (version, False)
        links += [entry.link for entry in parsed.entries]
    json_feed = json.loads(get(demo, "/bmw/pressclub/feed.json")[2])
    assert json_feed["version"] == "https://jsonfeed.org/version/1.1"
    links += [item["url"] for item in json_feed["items"]]
    for path in ("/catl/sitemap.xml", "/gac/sitemap-news.xml"):
        links += [entry["loc"] for entry in Sitemap(get(demo, path)[2])]
    assert len(links) > 15
    for link in links:
        assert link.startswith(demo.base_url) and get(demo, link.removeprefix(demo.base_url))[0] == 200, link


def test_every_internal_link_allowed_by_robots_is_served(demo: SiteServer):
    robots = RobotFileParser()
    robots.parse(get(demo, "/robots.txt")[2].decode().splitlines())
    checked: set[str] = set()
    for page in DEMO_SITES.rglob("*.html"):
        served_path = "/" + page.relative_to(DEMO_SITES).as_posix().removesuffix("index.html")
        for href in re.findall(rb'<a [^>]*href="([^"#]*)', page.read_bytes()):
            target = urljoin(served_path, href.decode("ascii").replace("&amp;", "&"))
            if target.startswith("/") and target not in checked and robots.can_fetch("*", demo.base_url + target):
                checked.add(target)
                assert get(demo, target)[0] == 200, f"{page}: {target}"
    assert len(checked) > 150


def test_demo_news_stays_recent_in_any_week(tmp_path: Path):
    for today in (TODAY, date(2029, 6, 18)):
        with SiteServer(DEMO_SITES, today=today) as server:
            parsed = feedparser.parse(get(server, "/quantumscape/ir/rss/news-releases.xml")[2])
            published = sorted(date(*entry.published_parsed[:3]) for entry in parsed.entries)
            assert today - timedelta(days=14) <= published[-1] <= today
            sitemap = list(Sitemap(get(server, "/gac/sitemap-news.xml")[2]))
            assert sitemap  # news sitemap dates are checked through the page they name below
            _, _, page = get(server, "/samsung-sdi/sdi-now/sdi-news/3402.html")
            assert (today - timedelta(days=3)).isoformat().encode() in page


def test_demo_sites_carry_the_cases_a_crawler_must_handle(demo: SiteServer):
    listing = get(demo, "/toyota/newsroom/")[2].decode()
    assert 'rel="next"' in listing and "utm_source=" in listing
    joint = [
        "/quantumscape/news/quantumscape-and-powerco-sign-agreement-to-industrialize-solid-state-technology.html",
        "/powerco/en/newsroom/press-releases/powerco-and-quantumscape-agreement.html",
    ]
    texts = [trafilatura.extract(get(demo, path)[2].decode()) for path in joint]
    assert texts[0] and texts[0] == texts[1]  # the syndicated release: same main text, two URLs
    sources = yaml.safe_load((DEMO_SITES.parent / "sources.yaml").read_text(encoding="utf-8"))
    assert any("article_links" in source for source in sources)
    total = sum(path.stat().st_size for path in DEMO_SITES.rglob("*") if path.is_file())
    assert total < 2_000_000
