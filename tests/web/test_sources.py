"""The sources page: health, and crawling a source or a company now (a real `ssbtrack crawl` child)."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.demo import DEMO_SITES, write_demo_universe
from crawler.demo.server import SiteServer
from db.models import SourceRow
from tests.web.conftest import MakeWeb, Web, csrf_of
from tracker.web.crawl_jobs import CrawlTarget, child_environment, crawl_command

CRAWL_BOUND_SECONDS = 180


@pytest.fixture
def demo_universe(tmp_path: Path) -> Iterator[Path]:
    """The demo universe, its sources on the bundled demo sites served from loopback."""
    with SiteServer(DEMO_SITES) as sites:
        yield write_demo_universe(sites.base_url, tmp_path / "demo-universe.yaml")


def _source_row(html: str, source_id: str) -> str:
    match = re.search(rf'<tr id="source-{re.escape(source_id)}".*?</tr>', html, re.S)
    assert match, f"no row for {source_id}"
    return match.group(0)


def test_every_source_is_listed_with_its_health(make_web: MakeWeb) -> None:
    web = make_web(fixtures=())
    with web.app.db.sessions() as session:
        row = session.get(SourceRow, "toyota-newsroom")
        row.consecutive_failures, row.last_outcome = 3, "error"
        row.last_error = "<script>document.title='PWNED'</script> HTTP 503"
        session.commit()
    html = web.client().get("/sources").get_data(as_text=True)
    assert html.count('<tr id="source-') == len(web.app.universe.sources)
    failing = _source_row(html, "toyota-newsroom")
    assert 'class="health-failing"' in failing and "failing (error)" in failing
    assert "&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt; HTTP 503" in failing
    assert "never crawled" in _source_row(html, "catl-news-search")
    assert 'action="/companies/toyota/crawl"' in html
    total = len(web.app.universe.sources)
    assert f"{total} sources:" in html and "1 failing" in html and f"{total - 1} never crawled" in html


def test_crawling_an_internal_address_is_refused_unless_allowed(make_web: MakeWeb, demo_universe: Path) -> None:
    web = make_web(fixtures=(), universe=str(demo_universe))
    client = web.client()
    response = client.post("/sources/nio-atom-feed/crawl", data={"csrf_token": csrf_of(client, "/sources")})
    assert response.status_code == 302 and response.headers["Location"] == "/sources"
    html = client.get("/sources").get_data(as_text=True)
    assert "not crawling source nio-atom-feed: 127.0.0.1 resolves to 127.0.0.1 (loopback address" in html
    assert web.flask.extensions["ssbtrack_crawl_jobs"].all() == []
    response = client.post("/companies/nio/crawl", data={"csrf_token": csrf_of(client, "/sources")})
    assert "not crawling company nio" in client.get("/sources").get_data(as_text=True)


def test_unknown_targets_and_plain_gets_change_nothing(make_web: MakeWeb) -> None:
    client = make_web(fixtures=()).client()
    token = csrf_of(client, "/sources")
    assert client.post("/sources/no-such-source/crawl", data={"csrf_token": token}).status_code == 404
    assert client.post("/companies/no-such-company/crawl", data={"csrf_token": token}).status_code == 404
    assert client.get("/sources/toyota-newsroom/crawl").status_code == 405
    assert client.get("/crawls/1").status_code == 404


def test_the_crawl_child_gets_the_same_database_universe_and_settings() -> None:
    target = CrawlTarget("company", "nio", ("nio-atom-feed",), ("http://127.0.0.1:1/x",))
    command = crawl_command(universe_path="/tmp/u.yaml", settings_file="/tmp/s.toml", target=target)
    assert command[3:] == ["--universe", "/tmp/u.yaml", "--settings", "/tmp/s.toml", "crawl", "--company", "nio"]
    env = child_environment(db_url="postgresql://u:secret@db/ssb", allow_private_urls=False)
    assert env["SSBTRACK_DB"] == "postgresql://u:secret@db/ssb" and env["SSBTRACK_ALLOW_PRIVATE_URLS"] == "false"
    assert not any("secret" in part for part in command), "a password must not show in the process list"


def _wait_for_crawl(web: Web, client, job_path: str) -> str:  # type: ignore[no-untyped-def]
    """The job page once the crawl has ended, read while it runs too (it must say it reloads itself)."""
    (job,) = web.flask.extensions["ssbtrack_crawl_jobs"].all()
    deadline = time.monotonic() + CRAWL_BOUND_SECONDS
    while time.monotonic() < deadline:
        html = client.get(job_path).get_data(as_text=True)
        if 'id="crawl-state">running<' not in html:
            return html
        assert '<meta http-equiv="refresh" content="2">' in html
        try:
            job.process.wait(timeout=0.5)  # paces the polling on the child itself
        except subprocess.TimeoutExpired:
            pass
    raise AssertionError(f"the crawl did not end within {CRAWL_BOUND_SECONDS} s")


def test_crawl_a_source_now_shows_progress_and_result(make_web: MakeWeb, demo_universe: Path) -> None:
    web = make_web(fixtures=(), universe=str(demo_universe), allow_private_urls=True)
    client = web.client()
    response = client.post("/sources/nio-atom-feed/crawl", data={"csrf_token": csrf_of(client, "/sources")})
    assert response.status_code == 302 and response.headers["Location"] == "/crawls/1"
    html = _wait_for_crawl(web, client, "/crawls/1")
    assert 'id="crawl-state">finished<' in html, html
    assert "(exit code 0" in html and "http-equiv" not in html
    new = int(re.search(r'new <span id="crawl-new">(\d+)</span>', html).group(1))
    assert new > 0
    assert f'Articles stored so far: <strong id="crawl-stored">{new}</strong>' in html
    sources = client.get("/sources").get_data(as_text=True)
    assert 'class="health-ok"' in _source_row(sources, "nio-atom-feed")
    assert "finished" in sources and "Crawl #1</a> of source nio-atom-feed" in sources
