"""Benchmark: render the weekly digest from a database of 100,000 articles, 5,000 of them in the week.

Builds the database with bulk inserts (SQLite file and a scratch PostgreSQL database, dropped at the
end), then times gathering + rendering + CSS inlining of the week and measures peak memory. Prints the
figures against the targets (< 2 s, < 300 MB) and the ratio to a baseline measured in the same run:
the same digest for an ordinary week of the history (about 370 articles). The render is measured in a
fresh child process, so its peak RSS is the digest's, not the bulk insert's.

    .venv/bin/python bench/digest.py [--articles 100000] [--week-articles 5000] [--no-postgres]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.engine import Database, open_database  # noqa: E402
from db.models import ArticleCompanyRow, ArticleRow, FlagEvidenceRow, FlagRow, MilestoneHistoryRow, SourceRow  # noqa: E402
from db.universe_sync import sync_universe  # noqa: E402
from tracker.digest import prepare_digest  # noqa: E402
from tracker.digest_week import IsoWeek, reader_zone  # noqa: E402
from tracker.settings import load_settings  # noqa: E402
from tracker.universe import Universe, load_universe  # noqa: E402

WEEK, QUIET_WEEK = "2026-W48", "2021-W10"
TIME_TARGET, MEMORY_TARGET_MB = 2.0, 300
POSTGRES_ADMIN = os.environ.get("SSBTRACK_BENCH_POSTGRES", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")
WORDS = (
    "solid-state battery pilot line sulfide electrolyte mass production samples cells gigafactory partnership "
    "investment prototype vehicle dendrite interface anode cathode separator yield cost plant expansion "
    "licence agreement road test energy density charging semi-solid launch roadmap"
).split()
OUTLETS = ("Reuters", "Bloomberg", "Nikkei Asia", "Electrek", "InsideEVs", "CnEVPost", "The Korea Herald")
TOPICS = ("dendrites", "interfacial-resistance", "volume-expansion", "manufacturing-cost")


def _vocabulary(rng: random.Random, size: int = 4000) -> tuple[list[str], list[float]]:
    """Headline words with a Zipf-like spread, as in real news: a few very common, most rare."""
    syllables = ("ka", "to", "ri", "mo", "sen", "li", "on", "ba", "te", "ro", "na", "vi", "el", "str", "ex", "po")
    made = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    words = WORDS + sorted(made) + [str(n) for n in range(2020, 2036)] + [f"{n} GWh" for n in range(1, 60)]
    return words, [1 / (rank + 1) for rank in range(len(words))]


def _headline(rng: random.Random, company: str, vocabulary: tuple[list[str], list[float]]) -> str:
    words, weights = vocabulary
    return f"{company} " + " ".join(rng.choices(words, weights, k=rng.randint(6, 10)))


def _article_rows(universe: Universe, total: int, in_week: int, week: IsoWeek, rng: random.Random) -> list[dict]:
    sources = universe.sources
    names = {c.id: c.name for c in universe.companies}
    rows, story = [], None
    vocabulary = _vocabulary(rng)
    history_start = week.start - timedelta(days=5 * 365)
    body = "Lorem ipsum dolor sit amet, solid-state cells and sulfide electrolytes. " * 12
    for n in range(total):
        source = sources[n % len(sources)]
        if n < in_week:
            published = week.start + timedelta(seconds=rng.randrange(7 * 86400))
            fetched = published + timedelta(hours=rng.randint(1, 12))
        else:
            published = history_start + timedelta(
                seconds=rng.randrange(int((week.start - history_start).total_seconds()))
            )
            # one old article in 95 arrives with this week's first crawl of a new source: backfill
            fetched = week.start + timedelta(hours=2) if n % 95 == 0 else published + timedelta(hours=3)
        if n < in_week and story and rng.random() < 0.3:  # the same story again, from an outlet
            title = f"{story} - {rng.choice(OUTLETS)}"
        else:
            title = story = _headline(rng, names[source.company], vocabulary)
        rows.append(
            {
                "id": n + 1,
                "canonical_url": f"https://example.com/{source.id}/{n}",
                "url": f"https://example.com/{source.id}/{n}",
                "title": title,
                "published": published,
                "language": "en",
                "text": body,
                "lead": body[:240],
                "content_hash": f"{n:064x}",
                "source_id": source.id,
                "fetched_at": fetched,
                "relevant": rng.random() > 0.15,
                "topics": [rng.choice(TOPICS)] if rng.random() < 0.2 else [],
                "matched_at": fetched,
            }
        )
    return rows


def build(database: Database, universe: Universe, total: int, in_week: int, week: IsoWeek) -> float:
    """Fill the database; returns the seconds it took."""
    rng = random.Random(48)
    started = time.perf_counter()
    with database.sessions() as session:
        sync_universe(session, universe)
    articles = _article_rows(universe, total, in_week, week, rng)
    companies = [
        {"article_id": row["id"], "company": source.company, "role": "about"}
        for row in articles
        for source in [universe.source(row["source_id"])]
    ]
    now = week.start + timedelta(days=3)
    flags = [
        {
            "id": i + 1,
            "milestone_id": universe.milestones[i % len(universe.milestones)].id,
            "kind": "delayed",
            "state": "pending" if i < 150 else "rejected",
            "old_status": "planned",
            "new_status": "delayed",
            "old_window": "2027..2028",
            "new_window": "2029",
            "confidence": rng.random(),
            "title": articles[i]["title"],
            "created_at": now,
            "updated_at": now,
            "change_key": f"bench-{i}",
            "note": "",
        }
        for i in range(300)
    ]
    evidence = [
        {
            "flag_id": f["id"],
            "article_id": f["id"] * 3 + k,
            "url": f"https://example.com/e/{f['id']}/{k}",
            "title": "evidence",
            "sentence": "The start slips to 2029.",
            "published": now,
            "confidence": 0.8,
        }
        for f in flags
        for k in range(3)
    ]
    history = [
        {
            "milestone_id": universe.milestones[i % len(universe.milestones)].id,
            "changed_at": now,
            "changed_by": "analyst",
            "old_window": "2027",
            "new_window": "2028",
            "reason": "bench",
            "evidence": [],
        }
        for i in range(40)
    ]
    with database.engine.begin() as connection:
        for table, rows in (
            (ArticleRow, articles),
            (ArticleCompanyRow, companies),
            (FlagRow, flags),
            (FlagEvidenceRow, evidence),
            (MilestoneHistoryRow, history),
        ):
            for i in range(0, len(rows), 5000):
                connection.execute(sa.insert(table), rows[i : i + 5000])
        connection.execute(
            sa.update(SourceRow).values(
                last_fetch_at=now, last_success_at=now, last_new_article_at=now, consecutive_failures=0
            )
        )
        if database.engine.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT setval('articles_id_seq', (SELECT max(id) FROM articles))"))
    with database.engine.connect() as connection:
        connection.execute(sa.text("ANALYZE"))
    return time.perf_counter() - started


def _render(database: Database, universe: Universe, settings: dict, week: IsoWeek) -> int:
    prepared = prepare_digest(database, universe, settings, week, datetime.now(UTC))
    return len(prepared.rendered.html) + len(prepared.rendered.text)


def _peak_rss_mb() -> float:
    """Peak resident memory of this process. VmHWM (Linux) starts afresh at exec; ru_maxrss may still count
    the pages of the parent the process was forked from."""
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(database: Database, universe: Universe, label: str) -> dict:
    settings = load_settings(environ={}, timezone="Europe/Berlin", base_url="https://tracker.example.org")
    zone = reader_zone("Europe/Berlin")
    week, quiet = IsoWeek.parse(WEEK, zone), IsoWeek.parse(QUIET_WEEK, zone)
    gc.collect()
    cold_started = time.perf_counter()
    size = _render(database, universe, settings, week)
    cold = time.perf_counter() - cold_started
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        _render(database, universe, settings, week)
        runs.append(time.perf_counter() - started)
    baseline_runs = []
    for _ in range(3):
        started = time.perf_counter()
        _render(database, universe, settings, quiet)
        baseline_runs.append(time.perf_counter() - started)
    gc.collect()
    tracemalloc.start()
    _render(database, universe, settings, week)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "label": label,
        "cold": cold,
        "median": statistics.median(runs),
        "baseline": statistics.median(baseline_runs),
        "peak_mb": peak / 2**20,
        "maxrss_mb": _peak_rss_mb(),
        "bytes": size,
    }


def report(result: dict, build_seconds: float) -> None:
    time_ok = "ok" if result["median"] < TIME_TARGET else "OVER TARGET"
    memory_ok = "ok" if max(result["peak_mb"], result["maxrss_mb"]) < MEMORY_TARGET_MB else "OVER TARGET"
    print(
        f"{result['label']:<11} build {build_seconds:6.1f} s | digest: cold {result['cold']:.2f} s, "
        f"median of 3 {result['median']:.2f} s ({time_ok}, target {TIME_TARGET} s) | "
        f"baseline (a history week) {result['baseline']:.3f} s, ratio {result['median'] / result['baseline']:.1f}x | "
        f"peak memory: Python heap {result['peak_mb']:.0f} MB, process max RSS {result['maxrss_mb']:.0f} MB "
        f"({memory_ok}, target {MEMORY_TARGET_MB} MB) | html+text {result['bytes'] / 1024:.0f} KiB"
    )


def measure_in_child(url: str, label: str) -> dict:
    """``measure`` in a fresh interpreter: the RSS then belongs to the digest alone."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", url, "--label", label], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _postgres(args: argparse.Namespace, universe: Universe, week: IsoWeek) -> None:
    admin = sa.create_engine(POSTGRES_ADMIN, isolation_level="AUTOCOMMIT")
    name = f"ssbtrack_bench_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        print(f"postgresql  skipped: cannot create a scratch database at {POSTGRES_ADMIN}: {exc.orig}")
        return
    database = None
    try:
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        database = open_database(url)
        seconds = build(database, universe, args.articles, args.week_articles, week)
        database.close()
        report(measure_in_child(url, "postgresql"), seconds)
    finally:
        if database is not None:
            database.close()
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--week-articles", type=int, default=5_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--measure", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--label", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    universe = load_universe()
    if args.measure:
        print(json.dumps(measure(open_database(args.measure), universe, args.label)))
        return
    week = IsoWeek.parse(WEEK, reader_zone("Europe/Berlin"))
    print(f"digest of {WEEK}: {args.articles:,} articles, {args.week_articles:,} in the week")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        database = open_database(url)
        seconds = build(database, universe, args.articles, args.week_articles, week)
        database.close()
        report(measure_in_child(url, "sqlite"), seconds)
    if not args.no_postgres:
        _postgres(args, universe, week)


if __name__ == "__main__":
    main()
