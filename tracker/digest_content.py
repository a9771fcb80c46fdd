"""The week's digest as plain values: what changed, what is due, what was announced, what is missing.

Everything here that came from a crawled page is untrusted text: it is cleaned to one plain line and
its links are kept only when they are http(s). The templates escape it again when rendering HTML.
"""

from __future__ import annotations

from bisect import bisect_right
from calendar import monthrange
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from db import digests as queries
from db.engine import Database
from db.review_views import HistoryEntry
from tracker.digest_week import IsoWeek
from tracker.near_duplicates import fold_near_duplicates, split_outlet
from tracker.source_health import SourceProblem, never_fetched, source_problems
from tracker.timeline_chart import TimelineChart, build_timeline, parse_window_text, timeline_inputs
from tracker.universe import Universe, WindowPoint
from tracker.untrusted_text import clean_line, one_line_lead, outlet_of, safe_url

CLOSED_STATUSES = ("achieved", "cancelled")


@dataclass(frozen=True)
class DigestOptions:
    base_url: str
    zone: ZoneInfo
    recent_days: int = 14
    due_soon_months: int = 6
    silent_days: int = 30
    max_flags: int = 25
    evidence_per_flag: int = 2
    max_per_company: int = 8
    also_reported_shown: int = 5
    trend_weeks: int = 8
    topic_articles: int = 5


@dataclass(frozen=True)
class Link:
    text: str
    # None when the address is not http(s): the text is shown without a link
    url: str | None


@dataclass(frozen=True)
class Evidence:
    title: str
    url: str | None
    sentence: str
    published: date | None


@dataclass(frozen=True)
class FlagEntry:
    id: int
    review_url: str
    kind: str
    subject: str
    subject_url: str | None
    company: str | None
    old_status: str | None
    new_status: str | None
    old_window: str | None
    new_window: str | None
    confidence: int
    title: str
    new_this_week: bool
    evidence: tuple[Evidence, ...]
    more_evidence: int


@dataclass(frozen=True)
class ConfirmedChange:
    milestone_id: str
    title: str
    url: str
    changed_on: date
    changed_by: str
    old_status: str | None
    new_status: str | None
    old_window: str | None
    new_window: str | None
    reason: str


@dataclass(frozen=True)
class DueMilestone:
    id: str
    title: str
    url: str
    status: str
    window: str
    due: date


@dataclass(frozen=True)
class Announcement:
    title: str
    url: str | None
    published: date | None
    outlet: str
    lead: str
    also_reported_by: tuple[Link, ...] = ()
    # outlets beyond those named in also_reported_by
    also_more: int = 0


@dataclass(frozen=True)
class CompanyNews:
    company_id: str
    name: str
    announcements: tuple[Announcement, ...]
    more: int


@dataclass(frozen=True)
class WeekCount:
    week: str
    count: int
    # bar height in pixels for the HTML trend row, 0..24
    height: int


@dataclass(frozen=True)
class TopicWatch:
    id: str
    label: str
    this_week: int
    articles: tuple[Link, ...]
    trend: tuple[WeekCount, ...]


@dataclass(frozen=True)
class DigestContent:
    week: str
    first_day: date
    last_day: date
    base_url: str
    pending: tuple[FlagEntry, ...]
    pending_total: int
    confirmed: tuple[ConfirmedChange, ...]
    overdue: tuple[DueMilestone, ...]
    due_soon: tuple[DueMilestone, ...]
    companies: tuple[CompanyNews, ...]
    announcement_count: int
    backfilled: int
    backfilled_undated: int
    topics: tuple[TopicWatch, ...]
    timeline: TimelineChart
    source_problems: tuple[SourceProblem, ...]
    never_fetched: tuple[str, ...] = field(default_factory=tuple)

    @property
    def quiet(self) -> bool:
        return not (self.pending_total or self.confirmed or self.announcement_count)

    @property
    def pending_new(self) -> int:
        return sum(1 for flag in self.pending if flag.new_this_week)


def _local_date(moment: datetime | None, zone: ZoneInfo) -> date | None:
    return moment.astimezone(zone).date() if moment else None


def _last_day(point: WindowPoint) -> date:
    year, month = point.last_month()
    return date(year, month, monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def gather_digest(database: Database, universe: Universe, week: IsoWeek, options: DigestOptions) -> DigestContent:
    """Read the week from the database and shape it into the digest's sections."""
    base_url = options.base_url.rstrip("/")
    milestones = queries.read_milestones(database)
    titles = {m.id: m.title for m in milestones}
    pending = queries.read_pending_flags(database, options.max_flags, options.evidence_per_flag)
    history = queries.read_history(database, week.start, week.end)
    articles = queries.read_week_articles(
        database, week.start, week.end, week.start - timedelta(days=options.recent_days)
    )
    companies = {company.id: company.name for company in universe.companies}
    overdue, due_soon = due_milestones(milestones, week.last_day, options.due_soon_months, base_url)
    grouped, count = group_announcements(articles.listed, companies, options)
    return DigestContent(
        week=week.label,
        first_day=week.first_day,
        last_day=week.last_day,
        base_url=base_url,
        pending=tuple(flag_entry(flag, titles, companies, week, base_url) for flag in pending.shown),
        pending_total=pending.total,
        confirmed=tuple(confirmed_change(change, titles, options.zone, base_url) for change in history),
        overdue=overdue,
        due_soon=due_soon,
        companies=grouped,
        announcement_count=count,
        backfilled=articles.backfilled,
        backfilled_undated=articles.backfilled_undated,
        topics=topic_watch(database, universe, week, articles.listed, options),
        timeline=timeline(milestones, pending.shown, history, week.last_day),
        source_problems=source_problems(database, universe, week.end, options.silent_days, options.zone, companies),
        never_fetched=never_fetched(database, universe),
    )


def flag_entry(
    flag: queries.FlagRecord, titles: dict[str, str], companies: dict[str, str], week: IsoWeek, base_url: str
) -> FlagEntry:
    if flag.milestone_id:
        subject = titles.get(flag.milestone_id, flag.milestone_id)
        subject_url = f"{base_url}/milestones/{flag.milestone_id}"
    else:
        subject, subject_url = f"New milestone? {clean_line(flag.candidate or flag.title, 160)}", None
    evidence = tuple(
        Evidence(
            clean_line(e.title, 200), safe_url(e.url), clean_line(e.sentence, 400), _local_date(e.published, week.zone)
        )
        for e in flag.evidence
    )
    return FlagEntry(
        id=flag.id,
        review_url=f"{base_url}/flags/{flag.id}",
        kind=flag.kind.replace("_", " "),
        subject=subject,
        subject_url=subject_url,
        company=companies.get(flag.company, flag.company) if flag.company else None,
        old_status=flag.old_status,
        new_status=flag.new_status,
        old_window=flag.old_window,
        new_window=flag.new_window,
        confidence=round(100 * max(0.0, min(1.0, flag.confidence))),
        title=clean_line(flag.title, 200),
        new_this_week=week.start <= flag.created_at < week.end,
        evidence=evidence,
        more_evidence=max(0, flag.evidence_count - len(evidence)),
    )


def confirmed_change(change: HistoryEntry, titles: dict[str, str], zone: ZoneInfo, base_url: str) -> ConfirmedChange:
    return ConfirmedChange(
        milestone_id=change.milestone,
        title=titles.get(change.milestone, change.milestone),
        url=f"{base_url}/milestones/{change.milestone}",
        changed_on=change.changed_at.astimezone(zone).date(),
        changed_by=clean_line(change.changed_by, 100),
        old_status=change.old_status,
        new_status=change.new_status,
        old_window=change.old_window,
        new_window=change.new_window,
        reason=clean_line(change.reason, 300),
    )


def due_milestones(
    milestones: list[queries.MilestoneRecord], today: date, months: int, base_url: str
) -> tuple[tuple[DueMilestone, ...], tuple[DueMilestone, ...]]:
    """Open milestones whose window has ended (overdue) or ends within ``months`` (due soon)."""
    horizon = _add_months(today, months)
    overdue, soon = [], []
    for milestone in milestones:
        window = parse_window_text(f"{milestone.window_start}..{milestone.window_end or ''}")
        if milestone.status in CLOSED_STATUSES or window is None or window.end is None:
            continue
        due = _last_day(window.end)
        entry = DueMilestone(
            milestone.id, milestone.title, f"{base_url}/milestones/{milestone.id}", milestone.status, str(window), due
        )
        if due < today:
            overdue.append(entry)
        elif due <= horizon:
            soon.append(entry)
    return tuple(sorted(overdue, key=lambda m: m.due)), tuple(sorted(soon, key=lambda m: m.due))


def _announcement(
    lead: queries.ArticleRecord, others: list[queries.ArticleRecord], options: DigestOptions
) -> Announcement:
    outlet = outlet_of(lead.title, lead.url, lead.source_id)
    also: dict[str, queries.ArticleRecord] = {}
    for other in others:
        name = outlet_of(other.title, other.url, other.source_id)
        if name != outlet and name not in also:
            also[name] = other
    named = [Link(name, safe_url(other.url)) for name, other in list(also.items())[: options.also_reported_shown]]
    return Announcement(
        title=clean_line(split_outlet(clean_line(lead.title))[0], 200) or "(untitled)",
        url=safe_url(lead.url),
        published=_local_date(lead.published, options.zone),
        outlet=outlet,
        lead=one_line_lead(lead.lead),
        also_reported_by=tuple(named),
        also_more=len(also) - len(named),
    )


def _primary_company(article: queries.ArticleRecord) -> str:
    return article.source_company if article.source_company in article.companies else article.companies[0]


def group_announcements(
    articles: tuple[queries.ArticleRecord, ...], companies: dict[str, str], options: DigestOptions
) -> tuple[tuple[CompanyNews, ...], int]:
    """Stories grouped by company; a story told by several outlets is one entry led by the company's own.

    Within a company the most reported stories come first, then the newest; only the first
    ``max_per_company`` are shaped into entries, the rest are counted.
    """
    ordered = sorted(articles, key=lambda a: (a.source_company not in a.companies, a.published or a.fetched_at, a.id))
    stories = fold_near_duplicates(ordered, lambda article: article.title, lambda article: article.companies)
    by_company: dict[str, list[list[queries.ArticleRecord]]] = defaultdict(list)
    for story in stories:
        by_company[_primary_company(story[0])].append(story)
    grouped = []
    for company_id, company_stories in by_company.items():
        company_stories.sort(
            key=lambda story: (-len(story), -max(a.published or a.fetched_at for a in story).timestamp())
        )
        shown = tuple(
            _announcement(story[0], story[1:], options) for story in company_stories[: options.max_per_company]
        )
        grouped.append(
            CompanyNews(company_id, companies.get(company_id, company_id), shown, len(company_stories) - len(shown))
        )
    grouped.sort(key=lambda news: (-(len(news.announcements) + news.more), news.name.casefold()))
    return tuple(grouped), len(stories)


def topic_watch(
    database: Database,
    universe: Universe,
    week: IsoWeek,
    listed: tuple[queries.ArticleRecord, ...],
    options: DigestOptions,
) -> tuple[TopicWatch, ...]:
    """Per topic: this week's articles and the number of articles in each of the last weeks."""
    weeks = [week.previous(n) for n in range(options.trend_weeks - 1, -1, -1)]
    starts = [w.start for w in weeks]
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for published, topics in queries.read_topic_history(database, weeks[0].start, week.end):
        index = bisect_right(starts, published) - 1
        for topic in set(topics):
            counts[topic][index] += 1
    watches = []
    for topic in universe.topics:
        per_week = [counts[topic.id][i] for i in range(len(weeks))]
        peak = max(per_week) or 1
        articles = sorted(
            (a for a in listed if topic.id in a.topics), key=lambda a: a.published or a.fetched_at, reverse=True
        )
        links = tuple(
            Link(clean_line(split_outlet(clean_line(a.title))[0], 160) or "(untitled)", safe_url(a.url))
            for a in articles[: options.topic_articles]
        )
        trend = tuple(
            WeekCount(w.label, n, round(24 * n / peak) if n else 0) for w, n in zip(weeks, per_week, strict=True)
        )
        watches.append(TopicWatch(topic.id, topic.id.replace("-", " ").capitalize(), per_week[-1], links, trend))
    return tuple(watches)


def timeline(
    milestones: list[queries.MilestoneRecord],
    pending: tuple[queries.FlagRecord, ...],
    history: list[HistoryEntry],
    today: date,
) -> TimelineChart:
    changes = {change.milestone: "confirmed" for change in history}
    proposed = {}
    for flag in pending:
        if flag.milestone_id:
            changes[flag.milestone_id] = "pending"
            window = parse_window_text(flag.new_window)
            if window is not None and flag.milestone_id not in proposed:
                proposed[flag.milestone_id] = window
    return build_timeline(timeline_inputs(milestones, proposed, changes), today)
