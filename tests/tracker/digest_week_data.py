"""A realistic week for the digest tests, 2026-W48 in Europe/Berlin, stored through the models.

Three changes wait for review (one raised weeks ago), one change was confirmed, a story is told by
three outlets, one item is hostile (script in its title, a javascript: link), one was fetched this week
but published the week before (listed), a first-crawl backfill of old articles (counted, not listed),
an irrelevant article (left out), trend articles in the weeks before, a failing, a silent and two
never-crawled sources.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from db.engine import Database
from db.models import (
    ArticleCompanyRow,
    ArticleRow,
    FlagEvidenceRow,
    FlagRow,
    MilestoneHistoryRow,
    MilestoneRow,
    SourceRow,
)

WEEK = "2026-W48"
ZONE = "Europe/Berlin"
BERLIN = ZoneInfo(ZONE)
HOSTILE_TITLE = (
    "<script>alert('t')</script>Factorial <img src=x onerror=alert(1)> raises $200M\r\nBcc: victim@example.com"
)
HOSTILE_URL = "javascript:alert(document.cookie)"
HOSTILE_LEAD = (
    '<a href="javascript:alert(1)" onclick="steal()">Click here</a> Factorial Energy said it raised '
    "$200 million to build its first solid-state line. More follows."
)
HOSTILE_SENTENCE = "<script>alert('evidence')</script>BMW says the i7 test fleet is on the road"
DELAY_SENTENCE = (
    "Mass production of all-solid-state batteries will begin in 2028, later than the 2027 start "
    "both companies had targeted."
)
BACKFILLED_OLD, BACKFILLED_UNDATED = 41, 3


def at(month: int, day: int, hour: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, tzinfo=BERLIN).astimezone(UTC)


@dataclass(frozen=True)
class WeekFacts:
    delay_flag: int
    candidate_flag: int
    old_flag: int
    rejected_flag: int
    listed_titles: tuple[str, ...]
    hidden_titles: tuple[str, ...]


class _Week:
    def __init__(self, session):  # type: ignore[no-untyped-def]
        self.session = session
        self.count = 0

    def article(
        self,
        source_id: str,
        title: str,
        url: str,
        published: datetime | None,
        *,
        fetched: datetime | None = None,
        lead: str = "",
        topics: tuple[str, ...] = (),
        about: tuple[str, ...] = (),
        relevant: bool | None = True,
    ) -> ArticleRow:
        self.count += 1
        row = ArticleRow(
            canonical_url=url,
            url=url,
            title=title,
            published=published,
            language="en",
            text=lead + " " + "Body text. " * 50,
            lead=lead,
            content_hash=hashlib.sha256(f"{url}#{self.count}".encode()).hexdigest(),
            source_id=source_id,
            fetched_at=fetched or published or at(11, 23),
            relevant=relevant,
            topics=list(topics),
            matched_at=None if relevant is None else fetched,
        )
        self.session.add(row)
        self.session.flush()
        company = self.session.get(SourceRow, source_id).company
        self.session.add(ArticleCompanyRow(article_id=row.id, company=company, role="source"))
        for other in about:
            self.session.add(ArticleCompanyRow(article_id=row.id, company=other, role="about"))
        return row

    def flag(self, *, milestone: str | None, kind: str, created: datetime, state: str = "pending", **values) -> FlagRow:
        row = FlagRow(
            milestone_id=milestone,
            kind=kind,
            state=state,
            created_at=created,
            updated_at=created,
            change_key=f"{milestone or values.get('candidate')}:{kind}:{created.isoformat()}",
            **values,
        )
        self.session.add(row)
        self.session.flush()
        return row

    def evidence(self, flag: FlagRow, article: ArticleRow | None, sentence: str, confidence: float, **values) -> None:
        self.session.add(
            FlagEvidenceRow(
                flag_id=flag.id,
                article_id=article.id if article else None,
                url=values.get("url", article.url if article else ""),
                title=values.get("title", article.title if article else ""),
                sentence=sentence,
                published=article.published if article else values.get("published"),
                confidence=confidence,
            )
        )


def _articles(week: _Week) -> dict[str, ArticleRow]:
    a = {}
    a["toyota"] = week.article(
        "toyota-newsroom",
        "Toyota and Idemitsu confirm all-solid-state battery mass production start in 2028",
        "https://pressroom.toyota.com/toyota-idemitsu-assb-2028/",
        at(11, 24, 9),
        lead=f"{DELAY_SENTENCE} The sulfide electrolyte plant in Chiba stays on schedule.",
        topics=("manufacturing-cost",),
        about=("toyota", "idemitsu"),
    )
    a["toyota-reuters"] = week.article(
        "toyota-news-search",
        "Toyota and Idemitsu confirm all-solid-state battery mass production start in 2028 - Reuters",
        "https://www.reuters.com/business/autos/toyota-idemitsu-2028/",
        at(11, 24, 11),
        about=("toyota", "idemitsu"),
    )
    a["toyota-nikkei"] = week.article(
        "toyota-news-search",
        "Toyota, Idemitsu confirm all-solid-state battery mass production start in 2028 - Nikkei Asia",
        "https://asia.nikkei.com/business/toyota-idemitsu-2028",
        at(11, 25, 8),
        about=("toyota", "idemitsu"),
    )
    a["quantumscape"] = week.article(
        "quantumscape-ir-feed",
        "QuantumScape Ships QSE-5 B1 Samples from Eagle Line to PowerCo",
        "https://ir.quantumscape.com/news/qse-5-b1-eagle-line",
        at(11, 25, 22),
        lead="QuantumScape began shipping B1 samples built on its Eagle Line. Higher-volume production follows.",
        topics=("manufacturing-cost",),
        about=("quantumscape", "vw-powerco"),
    )
    a["quantumscape-electrek"] = week.article(
        "quantumscape-news-search",
        "QuantumScape ships QSE-5 B1 samples from Eagle Line to PowerCo - Electrek",
        "https://electrek.co/2026/11/26/quantumscape-b1-samples/",
        at(11, 26, 7),
        about=("quantumscape",),
    )
    a["samsung"] = week.article(
        "samsung-sdi-newsroom",
        "Samsung SDI details dendrite suppression in all-solid-state cells at Battery Day",
        "https://www.samsungsdi.com/sdi-now/sdi-news/4211.html",
        at(11, 26, 14),
        lead="A silver-carbon layer keeps lithium dendrites from growing. Samples reach 900 Wh/L.",
        topics=("dendrites", "interfacial-resistance"),
        about=("samsung-sdi",),
    )
    a["mercedes"] = week.article(
        "mercedes-benz-newsroom",
        "Mercedes-Benz EQS with Factorial solid-state cells completes 1,205 km road trip",
        "https://group.mercedes-benz.com/innovation/eqs-solid-state-1205km.html",
        at(11, 27, 16),
        lead="The cells cope with volume expansion through a floating pack design.",
        topics=("volume-expansion",),
        about=("mercedes-benz", "factorial"),
    )
    a["hostile"] = week.article(
        "factorial-news-search", HOSTILE_TITLE, HOSTILE_URL, at(11, 27, 18), lead=HOSTILE_LEAD, about=("factorial",)
    )
    a["bmw-recent"] = week.article(
        "bmw-press-feed",
        "BMW i7 test fleet with Solid Power cells passes 100,000 km",
        "https://www.press.bmwgroup.com/global/article/detail/T0450001EN",
        at(11, 17),
        fetched=at(11, 23, 6),
        lead="The fleet has driven 100,000 km on public roads.",
        about=("bmw", "solid-power"),
    )
    a["nio-unmatched"] = week.article(
        "nio-newsroom",
        "NIO Power expands battery swap network to 3,000 stations",
        "https://www.nio.com/news/swap-3000",
        at(11, 28, 12),
        lead="The 150 kWh semi-solid pack is available at every station.",
        relevant=None,
    )
    a["irrelevant"] = week.article(
        "toyota-global-feed",
        "Toyota Corolla celebrates 50 million sales",
        "https://global.toyota/en/newsroom/corolla-50m/",
        at(11, 25),
        relevant=False,
    )
    return a


def _backfill_and_trend(week: _Week) -> None:
    for n in range(BACKFILLED_OLD - 1):
        week.article(
            "toyota-global-feed",
            f"Toyota archive release number {n} on battery research {n * 7}",
            f"https://global.toyota/en/newsroom/archive/{n}/",
            at(1 + n % 12, 10, year=2023 + n % 3),
            fetched=at(11, 23, 6),
        )
    week.article(
        "bmw-press-feed",
        "BMW Group opens cell manufacturing competence centre",
        "https://www.press.bmwgroup.com/global/article/detail/T0440000EN",
        at(10, 1),
        fetched=at(11, 23, 6),
    )
    for n in range(BACKFILLED_UNDATED):
        week.article(
            "toyota-newsroom",
            f"Toyota undated page {n}",
            f"https://pressroom.toyota.com/undated-{n}/",
            None,
            fetched=at(11, 23, 6),
        )
    # dendrite articles in W41..W47: 1 0 2 1 3 0 1
    for weeks_back, count in zip(range(7, 0, -1), (1, 0, 2, 1, 3, 0, 1), strict=True):
        for n in range(count):
            published = at(11, 25) - timedelta(days=7 * weeks_back)
            week.article(
                "samsung-sdi-news-search",
                f"Dendrite study {weeks_back}-{n} of lithium metal anodes",
                f"https://example.org/dendrites/{weeks_back}/{n}",
                published,
                topics=("dendrites",),
                about=("samsung-sdi",),
            )


def _flags(week: _Week, a: dict[str, ArticleRow]) -> tuple[int, int, int, int]:
    delay = week.flag(
        milestone="toyota-assb-mass-production",
        kind="delayed",
        created=at(11, 24, 12),
        company="toyota",
        old_status="planned",
        new_status="delayed",
        old_window="2027..2028",
        new_window="2028",
        confidence=0.86,
        title=a["toyota"].title,
    )
    week.evidence(delay, a["toyota"], DELAY_SENTENCE, 0.9)
    week.evidence(delay, a["toyota-reuters"], "Mass production will now start in 2028, the companies said.", 0.8)
    week.evidence(delay, a["toyota-nikkei"], "The start slips to 2028.", 0.7)
    candidate = week.flag(
        milestone=None,
        candidate="quantumscape-eagle-line-b1-samples",
        kind="new_milestone",
        created=at(11, 25, 23),
        company="quantumscape",
        confidence=0.62,
        title=a["quantumscape"].title,
    )
    week.evidence(candidate, a["quantumscape"], "QuantumScape began shipping B1 samples built on its Eagle Line.", 0.62)
    old = week.flag(
        milestone="bmw-solid-power-demo-fleet",
        kind="achieved",
        created=at(11, 10),
        company="bmw",
        old_status="in_progress",
        new_status="achieved",
        confidence=0.71,
        title="BMW demo fleet on the road",
    )
    week.evidence(
        old,
        None,
        HOSTILE_SENTENCE,
        0.71,
        url="javascript:alert(2)",
        title="<b onmouseover=alert(3)>BMW</b> press",
        published=at(11, 9),
    )
    rejected = week.flag(
        milestone="catl-casip",
        kind="delayed",
        created=at(11, 24),
        state="rejected",
        old_status="in_progress",
        new_status="delayed",
        confidence=0.4,
        title="CATL platform stalls",
    )
    accepted = week.flag(
        milestone="mercedes-factorial-cells",
        kind="delayed",
        created=at(11, 20),
        state="accepted",
        old_window="2024..2026",
        new_window="2024..2027",
        confidence=0.8,
        title="Mercedes moves series use of Factorial cells to 2027",
    )
    accepted.decided_at, accepted.decided_by = at(11, 26, 15), "analyst"
    week.session.add(
        MilestoneHistoryRow(
            milestone_id="mercedes-factorial-cells",
            changed_at=at(11, 26, 15),
            changed_by="analyst",
            old_status="in_progress",
            new_status="in_progress",
            old_window="2024..2026",
            new_window="2024..2027",
            reason="Mercedes pushes series use to 2027",
            flag_id=accepted.id,
            evidence=[],
        )
    )
    week.session.get(MilestoneRow, "mercedes-factorial-cells").window_end = "2027"
    return delay.id, candidate.id, old.id, rejected.id


def _source_health(week: _Week) -> None:
    for source in week.session.query(SourceRow):
        if source.id in ("changan-newsroom", "gac-newsroom"):
            continue
        source.last_fetch_at = source.last_success_at = at(11, 29, 6)
        source.last_new_article_at, source.last_outcome, source.consecutive_failures = at(11, 28), "unchanged", 0
    catl = week.session.get(SourceRow, "catl-newsroom")
    catl.consecutive_failures, catl.last_outcome, catl.last_success_at = 4, "error", at(11, 12)
    catl.last_error = "HTTP 503 Service Unavailable from https://www.catl.com/en/news/"
    week.session.get(SourceRow, "prologium-newsroom").last_new_article_at = at(8, 3)


def populate_week(database: Database) -> WeekFacts:
    with database.sessions() as session:
        week = _Week(session)
        articles = _articles(week)
        _backfill_and_trend(week)
        delay, candidate, old, rejected = _flags(week, articles)
        _source_health(week)
        session.commit()
    listed = (
        "Toyota and Idemitsu confirm all-solid-state battery mass production start in 2028",
        "QuantumScape Ships QSE-5 B1 Samples from Eagle Line to PowerCo",
        "Samsung SDI details dendrite suppression in all-solid-state cells at Battery Day",
        "Mercedes-Benz EQS with Factorial solid-state cells completes 1,205 km road trip",
        "BMW i7 test fleet with Solid Power cells passes 100,000 km",
        "NIO Power expands battery swap network to 3,000 stations",
    )
    hidden = (
        "Toyota Corolla celebrates 50 million sales",
        "Toyota archive release number 3",
        "BMW Group opens cell manufacturing competence centre",
        "Toyota undated page 0",
    )
    return WeekFacts(delay, candidate, old, rejected, listed, hidden)


def digest_settings(**overrides: object) -> dict[str, object]:
    """Settings for a digest of this week; SMTP is filled in by the tests that send."""
    from tracker.settings import load_settings

    values = load_settings(
        environ={},
        timezone=ZONE,
        base_url="https://tracker.example.org/",
        digest_from="digest@tracker.example.org",
        digest_to="analyst@example.com",
        smtp_retry_delay=0.0,
        smtp_attempts=3,
    )
    values.update(overrides)
    return values


# For tests where the backend does not matter: the top conftest's ``database`` fixture, on SQLite only.
ON_SQLITE = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
