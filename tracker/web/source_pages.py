"""The sources page: each source's health, and crawling one source or company now, in the background."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, url_for

from db.web_queries import articles_stored_since, crawl_run_since, recent_crawl_runs, source_health
from tracker.universe import check_url
from tracker.web.crawl_jobs import CrawlRefused, CrawlTarget
from tracker.web.pages import page
from tracker.web.runtime import allow_private_urls, crawl_jobs, db_session, ssbtrack_app
from tracker.web.url_safety import internal_url_reason

blueprint = Blueprint("sources", __name__)
# while a crawl runs its page reloads itself this often (a meta refresh: no script needed)
REFRESH_SECONDS = 2


@blueprint.route("/sources")
def sources() -> str:
    with db_session() as session:
        health = source_health(session)
        runs = recent_crawl_runs(session)
    companies = {company.id: company.name for company in ssbtrack_app().universe.companies}
    by_company: dict[str, list] = {}
    for source in health:
        by_company.setdefault(source.company, []).append(source)
    health_counts = {name: sum(1 for s in health if s.health == name) for name in ("ok", "failing", "never crawled")}
    return page(
        "web/sources.html",
        by_company=by_company,
        company_names=companies,
        runs=runs,
        jobs=crawl_jobs().all(),
        health_counts=health_counts,
    )


def _source_target(source_id: str) -> CrawlTarget:
    universe = ssbtrack_app().universe
    try:
        source = universe.source(source_id)
    except KeyError:
        abort(404, f"no source {source_id!r} in the universe")
    return CrawlTarget("source", source.id, (source.id,), (source.url,))


def _company_target(company_id: str) -> CrawlTarget:
    universe = ssbtrack_app().universe
    try:
        universe.company(company_id)
    except KeyError:
        abort(404, f"no company {company_id!r} in the universe")
    owned = [s for s in universe.sources if s.company == company_id]
    if not owned:
        abort(404, f"company {company_id!r} has no sources")
    return CrawlTarget("company", company_id, tuple(s.id for s in owned), tuple(s.url for s in owned))


def _refusal(target: CrawlTarget) -> str | None:
    for url in target.urls:
        reason = check_url(url) if allow_private_urls() else internal_url_reason(url)
        if reason:
            return f"not crawling {target.label}: {reason}"
    return None


def _start(target: CrawlTarget) -> Response:
    refusal = _refusal(target)
    if refusal:
        flash(refusal, "error")
        return redirect(url_for("sources.sources"))
    try:
        job = crawl_jobs().start(target)
    except CrawlRefused as exc:
        flash(str(exc), "error")
        return redirect(url_for("sources.sources"))
    flash(f"Crawl of {target.label} started.", "info")
    return redirect(url_for("sources.crawl_job", job_id=job.id))


@blueprint.route("/sources/<source_id>/crawl", methods=["POST"])
def crawl_source(source_id: str) -> Response:
    return _start(_source_target(source_id))


@blueprint.route("/companies/<company_id>/crawl", methods=["POST"])
def crawl_company(company_id: str) -> Response:
    return _start(_company_target(company_id))


@blueprint.route("/crawls/<int:job_id>")
def crawl_job(job_id: int) -> str:
    job = crawl_jobs().get(job_id)
    if job is None:
        abort(404, f"no crawl #{job_id} was started by this server (it may have been restarted)")
    state = job.state
    with db_session() as session:
        since = job.started_at.replace(microsecond=0)
        run = crawl_run_since(session, job.target.source_ids, since)
        stored = articles_stored_since(session, job.target.source_ids, since)
        health = [s for s in source_health(session) if s.id in job.target.source_ids]
    return page(
        "web/crawl_job.html",
        job=job,
        state=state,
        run=run,
        health=health,
        stored=stored,
        output=job.output_tail(),
        refresh=REFRESH_SECONDS if state == "running" else None,
    )
