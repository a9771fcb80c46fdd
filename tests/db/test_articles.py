"""Article storage and crawl-run bookkeeping, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from db.articles import NewArticle, known_canonical_urls, list_articles, store_articles
from db.crawl_runs import SourceCrawlResult, Validators, finish_run, source_health, source_validators, start_run
from db.engine import Database
from db.models import ArticleCompanyRow, ArticleRow, CrawlRunRow, CrawlRunSourceRow


def _article(
    slug: str,
    text: str | None = None,
    *,
    source: str = "toyota-newsroom",
    company: str = "toyota",
    published: datetime | None = None,
) -> NewArticle:
    return NewArticle(
        source_id=source,
        company=company,
        url=f"https://news.example/{slug}?utm_source=x",
        canonical_url=f"https://news.example/{slug}",
        title=slug.replace("-", " ").title(),
        published=published,
        language="en",
        text=text or f"text of {slug}",
        lead=f"lead of {slug}",
        content_hash=(text or f"text of {slug}").ljust(64, "-")[:64],
        guid=None,
    )


def test_a_batch_is_stored_once_and_repeats_are_duplicates(database: Database) -> None:
    first = store_articles(database, [_article("pilot-line"), _article("supply-deal")])
    assert set(first.stored) == {"https://news.example/pilot-line", "https://news.example/supply-deal"}
    assert first.duplicates == ()
    # same URL again, and another URL with the same text as a stored article, and one new
    second = store_articles(
        database, [_article("pilot-line"), _article("syndicated", text="text of supply-deal"), _article("results")]
    )
    assert set(second.stored) == {"https://news.example/results"}
    assert {a.canonical_url for a in second.duplicates} == {
        "https://news.example/pilot-line",
        "https://news.example/syndicated",
    }
    # duplicates inside one batch
    third = store_articles(database, [_article("twice"), _article("twice")])
    assert list(third.stored) == ["https://news.example/twice"] and len(third.duplicates) == 1
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 4
        roles = list(session.execute(select(ArticleCompanyRow.company, ArticleCompanyRow.role)))
    assert sorted(roles) == [("toyota", "source")] * 4
    assert known_canonical_urls(database) == {
        "https://news.example/pilot-line",
        "https://news.example/supply-deal",
        "https://news.example/results",
        "https://news.example/twice",
    }


def test_listing_filters_by_company_and_date(database: Database) -> None:
    store_articles(
        database,
        [
            _article("old", published=datetime(2023, 5, 1, tzinfo=UTC)),
            _article("new", published=datetime(2024, 6, 1, 12, tzinfo=UTC)),
            _article("catl-news", source="catl-newsroom", company="catl", published=datetime(2024, 7, 1, tzinfo=UTC)),
            _article("undated"),
        ],
    )
    everything = list_articles(database)
    assert [a.title for a in everything][:3] == ["Catl News", "New", "Old"]  # newest first, undated last
    assert [a.title for a in list_articles(database, company="catl")] == ["Catl News"]
    assert [a.companies for a in list_articles(database, company="catl")] == [("catl",)]
    since = list_articles(database, since=datetime(2024, 1, 1, tzinfo=UTC))
    assert {a.title for a in since} == {"Catl News", "New", "Undated"}  # undated counts by when it was fetched
    assert everything[1].published == datetime(2024, 6, 1, 12, tzinfo=UTC)
    assert len(list_articles(database, limit=2)) == 2


def test_runs_record_counts_outcomes_and_health(database: Database) -> None:
    run = start_run(database)
    outcomes = finish_run(
        database,
        run,
        [
            SourceCrawlResult(
                "toyota-newsroom",
                fetched=12,
                new=9,
                duplicate=1,
                errors=1,
                validators=Validators('"abc"', "Tue, 12 Mar 2024 10:00:00 GMT"),
            ),
            SourceCrawlResult("catl-newsroom", fetched=0, error="http://x/: connection refused"),
        ],
    )
    assert outcomes == {"toyota-newsroom": "new", "catl-newsroom": "error"}
    second = start_run(database)
    outcomes = finish_run(
        database,
        second,
        [
            SourceCrawlResult("toyota-newsroom", fetched=1, validators=None),
            SourceCrawlResult("catl-newsroom", fetched=0, error="http://x/: connection refused"),
        ],
    )
    assert outcomes == {"toyota-newsroom": "unchanged", "catl-newsroom": "error"}
    health = {row.id: row for row in source_health(database)}
    assert health["catl-newsroom"].consecutive_failures == 2
    assert health["catl-newsroom"].last_error == "http://x/: connection refused"
    assert health["catl-newsroom"].last_success_at is None and health["catl-newsroom"].last_fetch_at is not None
    assert health["toyota-newsroom"].last_outcome == "unchanged" and health["toyota-newsroom"].last_error is None
    # validators of the first run are kept when a later run brings none (a 304, or an incomplete read)
    assert source_validators(database, ["toyota-newsroom"]) == {
        "toyota-newsroom": Validators('"abc"', "Tue, 12 Mar 2024 10:00:00 GMT")
    }
    with database.sessions() as session:
        first_run = session.get(CrawlRunRow, run)
        assert (first_run.status, first_run.fetched, first_run.new, first_run.duplicate, first_run.errors) == (
            "finished",
            12,
            9,
            1,
            2,
        )
        assert session.scalar(select(func.count()).select_from(CrawlRunSourceRow)) == 4
    # a source recovering: failures reset, outcome "changed" once it has succeeded before
    third = start_run(database)
    finish_run(database, third, [SourceCrawlResult("toyota-newsroom", fetched=3, new=2)])
    assert {row.id: row.last_outcome for row in source_health(database)}["toyota-newsroom"] == "changed"
