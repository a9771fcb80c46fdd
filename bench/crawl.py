"""Benchmark: crawling a loopback mirror of 40 newsrooms and feeds with 2,000 article pages of ~40 KB.

Prints, measured in the same run:
  1. pages/s of a bare Scrapy spider that follows the same links (same downloader settings, no
     extraction, no storage) - the baseline;
  2. pages/s of the ssbtrack crawl (the crawling process `ssbtrack crawl` runs: extraction and
     storage included) and its ratio to the baseline (target >= 0.5);
  3. the time of a second crawl with nothing new as a fraction of the first (target < 5%), and
     that no article page was fetched again;
  4. the peak memory of the crawl's processes (target < 300 MB).

Each site is served on its own loopback address (127.0.0.N) so the crawler sees 40 domains, as in
real life. Politeness is relaxed for our own loopback servers only, by explicit CrawlOptions here:
no delay between requests and no AutoThrottle; robots.txt is still fetched and obeyed.

    .venv/bin/python bench/crawl.py [--sites 40] [--articles-per-site 50]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.demo.server import SiteRequestHandler, SiteServer, content_type, resolve_file  # noqa: E402
from crawler.options import CrawlOptions  # noqa: E402
from crawler.run import CrawlReport, run_crawl  # noqa: E402
from db.engine import open_database  # noqa: E402
from db.models import CrawlRunRow  # noqa: E402
from db.universe_sync import sync_universe  # noqa: E402
from tracker.universe import Source, load_universe  # noqa: E402

RATIO_TARGET, RECRAWL_TARGET, MEMORY_TARGET_MB = 0.5, 0.05, 300
SCAN_CHILDREN_SECONDS = 1.0
PER_LISTING_PAGE = 10
BENCH_OPTIONS = {
    "download_delay": 0.0,
    "autothrottle": False,
    "concurrency": 32,
    "concurrency_per_domain": 4,
    "timeout": 30.0,
    "crawl_time_limit": 900.0,
    "max_articles_per_source": 1000,
    "max_listing_pages": 100,
}
WORDS = (
    "solid-state battery pilot line sulfide electrolyte mass production samples cells gigafactory partnership "
    "investment prototype vehicle dendrite interface anode cathode separator yield cost plant expansion the of "
    "and to in a with for on that company said today will its by from as at this year per cent"
).split()
COMPANIES = ("toyota", "catl", "samsung-sdi", "quantumscape", "nio", "bmw", "gac", "prologium")


# -- the mirror ---------------------------------------------------------------------------------------------


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(14, 28))).capitalize() + "."


def _article_page(rng: random.Random, title: str, day: str) -> str:
    """About 40 KB, shaped like a corporate press release page: head scripts, menus, text, footer."""
    menu = "".join(f'<li><a href="/products/line-{k}/">Product line {k}</a></li>' for k in range(90))
    script = "<script>" + "".join(f"window.cfg{k}={{id:{k},on:true,label:'v{k}'}};" for k in range(300)) + "</script>"
    styles = "".join(f'<link rel="stylesheet" href="/assets/css/part-{k}.css">' for k in range(8))
    body = "".join(f"<p>{' '.join(_sentence(rng) for _ in range(4))}</p>" for _ in range(22))
    related = "".join(
        f'<li><a href="/news/related-{rng.randint(1, 99999)}.html">{_sentence(rng)[:60]}</a></li>' for _ in range(12)
    )
    footer = "".join(f'<a href="/legal/page-{k}/">Legal page {k}</a> ' for k in range(30))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Benchco</title>'
        f'<meta property="article:published_time" content="{day}T09:00:00+00:00">{styles}{script}</head>'
        f'<body><header class="site-header"><nav class="main-nav"><ul>{menu}</ul></nav></header>'
        f"<main><article><h1>{title}</h1><p class='dateline'>{day}</p>{body}</article>"
        f'<aside class="related"><ul>{related}</ul></aside></main>'
        f'<footer class="site-footer">{footer}<p>(c) Benchco</p></footer></body></html>'
    )


def _listing_page(links: list[tuple[str, str]], following: str | None) -> str:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in links)
    pager = f'<a rel="next" href="{following}">Older</a>' if following else ""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head>'
        f'<body><header><nav><a href="/products/">Products</a><a href="/careers/">Careers</a></nav></header>'
        f'<main><ul class="news-list">{items}</ul>{pager}</main><footer><a href="/privacy/">Privacy</a>'
        f"</footer></body></html>"
    )


def _feed(items: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{href}</link><pubDate>{day}</pubDate></item>" for href, title, day in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Benchco</title>'
        f"<link>http://benchco.example/</link><description>press</description>{entries}</channel></rss>"
    )


def build_mirror(root: Path, sites: int, per_site: int, rng: random.Random) -> list[tuple[str, str]]:
    """Write the sites under root/site-N; returns (kind, start path) per site."""
    plan = []
    for number in range(sites):
        site = root / f"site-{number}"
        kind = "newsroom" if number % 2 == 0 else "feed"
        articles = []
        for k in range(per_site):
            day = f"2024-{(k % 12) + 1:02d}-{(k % 27) + 1:02d}"
            title = f"Benchco site {number} announces milestone {k} of its solid-state battery programme"
            path = f"/news/2024/{(k % 12) + 1:02d}/benchco-{number}-announces-milestone-{k}.html"
            (site / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
            (site / path.lstrip("/")).write_text(_article_page(rng, title, day), encoding="utf-8")
            articles.append((path, title, day))
        if kind == "newsroom":
            pages = [articles[i : i + PER_LISTING_PAGE] for i in range(0, len(articles), PER_LISTING_PAGE)]
            for index, chunk in enumerate(pages):
                here = "/newsroom/" if index == 0 else f"/newsroom/page/{index + 1}/"
                following = f"/newsroom/page/{index + 2}/" if index + 1 < len(pages) else None
                (site / here.lstrip("/")).mkdir(parents=True, exist_ok=True)
                (site / here.lstrip("/") / "index.html").write_text(
                    _listing_page([(href, title) for href, title, _ in chunk], following), encoding="utf-8"
                )
            plan.append((kind, "/newsroom/"))
        else:
            (site / "feed.xml").write_text(
                _feed([(href, title, f"{day}T09:00:00Z") for href, title, day in articles]), encoding="utf-8"
            )
            plan.append((kind, "/feed.xml"))
    return plan


class PrebuiltFileHandler(SiteRequestHandler):
    """SiteServer's answers, with each file read, typed and hashed once instead of at every request.

    The servers share the crawl's two cores: the less CPU they take, the more the measured crawls
    get, alike for the bare spider and ssbtrack. The mirror has no placeholders and no header sidecars,
    so the cached answer is the one SiteServer would give; 304s, 301s and 404s go the usual way.
    """

    def _serve_file(self) -> None:
        cache: dict[str, tuple[bytes, dict[str, str], datetime]] = self.server.prebuilt  # type: ignore[attr-defined]
        entry = cache.get(self.url_path)
        if entry is None:
            found = resolve_file(self.server.site.root, self.url_path)
            if not isinstance(found, Path):
                super()._serve_file()
                return
            body = found.read_bytes()
            modified = datetime.fromtimestamp(int(found.stat().st_mtime), UTC)
            headers = {
                "Content-Type": content_type(found, body),
                "ETag": '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"',
                "Last-Modified": format_datetime(modified, usegmt=True),
            }
            entry = cache[self.url_path] = (body, headers, modified)
        body, headers, modified = entry
        if self._not_modified(headers["ETag"], modified):
            self.send_response(304)
            for name in ("ETag", "Last-Modified"):
                self.send_header(name, headers[name])
            self.end_headers()
            return
        self.send_body(200, body, headers["Content-Type"], headers)


@contextlib.contextmanager
def serve_mirror(root: Path, sites: int) -> Iterator[list[SiteServer]]:
    """One server per site, each on its own loopback address (127.0.0.N): 40 domains to the crawler."""
    with contextlib.ExitStack() as stack:
        servers = []
        for n in range(sites):
            server = SiteServer(root / f"site-{n}", host=f"127.0.0.{n + 2}")
            # SiteServer has no handler option; the bench swaps its handler class before it starts serving
            server._httpd.RequestHandlerClass = PrebuiltFileHandler  # noqa: SLF001
            server._httpd.prebuilt = {}  # type: ignore[attr-defined]  # noqa: SLF001
            servers.append(stack.enter_context(server))
        yield servers


# -- the bare spider (run as a child process: one Twisted reactor per process) ---------------------------------


def bare_spider_main(config_path: str) -> None:
    """Fetch the listings, feeds and every article page they link to, and nothing else."""
    import scrapy
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    from crawler.scrapy_settings import scrapy_settings

    config = json.loads(Path(config_path).read_text())
    options = CrawlOptions(**config["options"])
    timing: dict[str, float] = {}

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self):  # type: ignore[no-untyped-def]
            for kind, url in config["starts"]:
                yield scrapy.Request(url, callback=self.listing if kind == "newsroom" else self.feed)

        def listing(self, response):  # type: ignore[no-untyped-def]
            for href in response.css("ul.news-list a::attr(href)").getall():
                yield response.follow(href, callback=self.article)
            following = response.css("a[rel=next]::attr(href)").get()
            if following:
                yield response.follow(following, callback=self.listing)

        def feed(self, response):  # type: ignore[no-untyped-def]
            for href in response.xpath("//item/link/text()").getall():
                yield response.follow(href, callback=self.article)

        def article(self, response):  # type: ignore[no-untyped-def]
            return None

    settings = {
        **scrapy_settings(options),
        "ITEM_PIPELINES": {},
        "DUPEFILTER_CLASS": "scrapy.dupefilters.RFPDupeFilter",
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    crawler.signals.connect(
        lambda spider: timing.setdefault("opened", time.monotonic()), signal=signals.spider_opened, weak=False
    )
    crawler.signals.connect(
        lambda spider, reason: timing.setdefault("closed", time.monotonic()), signal=signals.spider_closed, weak=False
    )
    process.crawl(crawler)
    process.start()
    pages = crawler.stats.get_value("response_received_count", 0)
    print(json.dumps({"pages": pages, "seconds": timing["closed"] - timing["opened"]}))


# -- measuring ---------------------------------------------------------------------------------------------


class PeakMemory:
    """Samples the memory of this process's children (the crawl, its fork server and extraction workers).

    PSS (proportional set size): pages shared between the fork server and its workers count once.
    """

    def __init__(self, interval: float = 0.25):
        self.interval = interval
        self.peak = 0
        # CPU seconds per child process, last seen: which of the crawl's processes does the work
        self.cpu: dict[int, tuple[str, float]] = {}
        self.peak_by_role: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        known: dict[int, tuple[psutil.Process, str]] = {}
        last_scan = -float("inf")
        while not self._stop.is_set():
            # Finding the children scans every process on the machine: done once a second, not at every
            # sample, so the sampling thread takes less of the loopback servers' time (and GIL) meanwhile.
            if time.monotonic() - last_scan >= SCAN_CHILDREN_SECONDS:
                last_scan = time.monotonic()
                for child in me.children(recursive=True):
                    if child.pid not in known:
                        with contextlib.suppress(psutil.Error):
                            command = " ".join(child.cmdline())
                            known[child.pid] = (
                                child,
                                "extraction (fork server and workers)" if "multiprocessing" in command else "crawler",
                            )
            total, by_role = 0, {}
            for pid, (child, role) in list(known.items()):
                try:
                    rss = child.memory_full_info().pss
                    times = child.cpu_times()
                except psutil.Error:
                    del known[pid]
                    continue
                self.cpu[pid] = (role, times.user + times.system)
                total += rss
                by_role[role] = by_role.get(role, 0) + rss
            self.peak = max(self.peak, total)
            for role, rss in by_role.items():
                self.peak_by_role[role] = max(self.peak_by_role.get(role, 0), rss)
            time.sleep(self.interval)


class CpuTime:
    """CPU seconds spent by this process (the loopback servers), by its finished children (the crawl),
    and by everything else on the machine meanwhile: other work on a shared machine slows the crawl
    measured, and says how far to trust one run's figures."""

    def __enter__(self) -> CpuTime:
        self.start = self._now()
        return self

    def __exit__(self, *exc: object) -> None:
        end = self._now()
        self.servers, self.crawl, self.busy = (after - before for after, before in zip(end, self.start, strict=True))

    def include(self, sampled: float) -> None:
        """CPU seconds of the crawl's processes as sampled while they ran: the extraction workers are
        children of the crawl's fork server, which nobody waits for, so their time is not in ours."""
        self.crawl = max(self.crawl, sampled)

    @property
    def others(self) -> float:
        return max(0.0, self.busy - self.servers - self.crawl)

    @staticmethod
    def _now() -> tuple[float, float, float]:
        me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime, _machine_busy_seconds()

    def __str__(self) -> str:
        return (
            f"CPU: servers {self.servers:.1f} s, crawling processes {self.crawl:.1f} s, "
            f"other processes on the machine {self.others:.1f} s"
        )


def _machine_busy_seconds() -> float:
    """CPU seconds all processes have used since boot (Linux /proc/stat; 0 elsewhere)."""
    try:
        # user nice system idle iowait irq softirq steal (guest time is counted in user already)
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except OSError:
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


def run_duration(db_url: str, run_id: int | None) -> float:
    database = open_database(db_url, upgrade=False)
    try:
        with database.sessions() as session:
            run = session.get(CrawlRunRow, run_id)
            return (run.finished_at - run.started_at).total_seconds()
    finally:
        database.close()


def article_requests(servers: list[SiteServer], since: list[int]) -> int:
    return sum(
        1
        for server, start in zip(servers, since, strict=True)
        for request in server.requests[start:]
        if request.path.startswith("/news/")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sites", type=int, default=40)
    parser.add_argument("--articles-per-site", type=int, default=50)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="ssbtrack-bench-crawl-"))
    plan = build_mirror(workdir / "mirror", args.sites, args.articles_per_site, random.Random(7))
    sizes = [p.stat().st_size for p in (workdir / "mirror").rglob("benchco-*.html")]
    print(
        f"mirror: {args.sites} sites, {len(sizes)} article pages of {sum(sizes) / len(sizes) / 1024:.1f} KB on "
        f"average, in {workdir}"
    )
    options = CrawlOptions(**BENCH_OPTIONS)
    with serve_mirror(workdir / "mirror", args.sites) as servers:
        starts = [(kind, server.url(path)) for (kind, path), server in zip(plan, servers, strict=True)]
        config = workdir / "bare.json"
        config.write_text(json.dumps({"starts": starts, "options": dataclasses.asdict(options)}))
        started = time.monotonic()
        with CpuTime() as bare_cpu:
            bare = json.loads(
                subprocess.run(
                    [sys.executable, __file__, "--bare-spider", str(config)], check=True, capture_output=True, text=True
                )
                .stdout.strip()
                .splitlines()[-1]
            )
        bare_wall = time.monotonic() - started
        bare_rate = bare["pages"] / bare["seconds"]
        print(
            f"(1) bare Scrapy spider: {bare['pages']} pages in {bare['seconds']:.2f} s = {bare_rate:.0f} pages/s "
            f"(process wall clock {bare_wall:.2f} s; {bare_cpu})"
        )

        db_url = f"sqlite:///{workdir / 'bench.db'}"
        sources = [
            Source(f"bench-{n}", COMPANIES[n % len(COMPANIES)], kind, url) for n, (kind, url) in enumerate(starts)
        ]
        database = open_database(db_url)
        with database.sessions() as session:
            sync_universe(session, dataclasses.replace(load_universe(), sources=tuple(sources)))
        database.close()
        with PeakMemory() as memory, CpuTime() as first_cpu:
            first = run_crawl(db_url, sources, options)
        first_run = run_duration(db_url, first.run_id)
        first_cpu.include(sum(seconds for _, seconds in memory.cpu.values()))
        rate = first.total("fetched") / first_run
        print(
            f"(2) ssbtrack crawl: {first.total('fetched')} pages, {first.total('new')} articles stored in "
            f"{first_run:.2f} s = {rate:.0f} pages/s (process wall clock {first.seconds:.2f} s; {first_cpu}); "
            f"ratio to the bare spider {rate / bare_rate:.2f} (target >= {RATIO_TARGET})"
        )
        _check_first(first, len(sizes))

        marks = [len(server.requests) for server in servers]
        second = run_crawl(db_url, sources, options)
        second_run = run_duration(db_url, second.run_id)
        refetched = article_requests(servers, marks)
        print(
            f"(3) recrawl with nothing new: {second_run:.2f} s = {second_run / first_run:.1%} of the first "
            f"(target < {RECRAWL_TARGET:.0%}); process wall clock {second.seconds:.2f} s = "
            f"{second.seconds / first.seconds:.1%} of the first's; article pages fetched again: {refetched}"
        )
        assert refetched == 0 and second.total("new") == 0, "the recrawl fetched or stored articles again"
        split = {}
        for role, seconds in memory.cpu.values():
            split[role] = split.get(role, 0.0) + seconds
        print("    CPU of the first crawl by process: " + ", ".join(f"{r} {s:.1f} s" for r, s in sorted(split.items())))
        print(
            f"(4) peak memory of the crawl's processes (crawler + extraction workers): "
            f"{memory.peak / 1024 / 1024:.0f} MB (target < {MEMORY_TARGET_MB} MB); "
            + ", ".join(f"{role} {rss / 1024 / 1024:.0f} MB" for role, rss in sorted(memory.peak_by_role.items()))
        )


def _check_first(report: CrawlReport, articles: int) -> None:
    failed = {name: source.error for name, source in report.sources.items() if source.error}
    assert not failed, failed
    assert report.total("new") == articles, f"stored {report.total('new')} of {articles} articles"


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--bare-spider":
        bare_spider_main(sys.argv[2])
    else:
        main()
