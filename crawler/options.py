"""The knobs of one crawl, taken once from the user's settings and passed down as plain values."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from importlib.metadata import PackageNotFoundError, version
from typing import Any

MAX_AUTO_WORKERS = 4


@dataclass(frozen=True)
class CrawlOptions:
    user_agent: str = "ssbtrack (+https://github.com/ssbtrack/ssbtrack; ssbtrack-operator@example.invalid)"
    obey_robots: bool = True
    concurrency_per_domain: int = 2
    download_delay: float = 1.0
    timeout: float = 30.0
    max_page_bytes: int = 10 * 1024 * 1024
    max_listing_pages: int = 20
    max_articles_per_source: int = 500
    crawl_time_limit: float = 1800.0
    # Not user settings: tests and the benchmark relax these for a loopback server, nothing else.
    concurrency: int = 16
    autothrottle: bool = True
    retry_times: int = 2
    # a server asking to be retried later than this is not retried in this crawl
    max_retry_after: float = 120.0
    # processes running extraction beside the crawler; 0 picks one per CPU core, up to MAX_AUTO_WORKERS
    extraction_workers: int = 0
    # articles written per transaction
    store_batch_size: int = 100

    @classmethod
    def from_settings(cls, settings: dict[str, Any], **overrides: Any) -> CrawlOptions:
        """The options in force under the user's settings (see tracker/settings.py)."""
        contact = str(settings.get("contact") or cls.user_agent)
        template = str(settings.get("user_agent") or "ssbtrack/{version} ({contact})")
        values: dict[str, Any] = {
            "user_agent": template.format(version=_version(), contact=contact),
            "obey_robots": bool(settings.get("obey_robots", True)),
            "concurrency_per_domain": int(settings.get("concurrency_per_domain", 2)),
            "download_delay": float(settings.get("download_delay", 1.0)),
            "timeout": float(settings.get("timeout", 30)),
            "max_page_bytes": int(settings.get("max_page_bytes", 10 * 1024 * 1024)),
            "max_listing_pages": int(settings.get("max_listing_pages", 20)),
            "max_articles_per_source": int(settings.get("max_articles_per_source", 500)),
            "crawl_time_limit": float(settings.get("crawl_time_limit", 1800)),
        }
        values.update(overrides)
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> CrawlOptions:
        known = {field.name for field in fields(cls)}
        return cls(**{key: value for key, value in values.items() if key in known})

    def workers(self) -> int:
        """Extraction costs more CPU per page than crawling it, and the crawling process often waits on
        the network, so the workers get every core, the crawler's too, at a lower priority than the
        crawler (see crawler/extraction_pool.py). Forked from one fork server, a worker adds ~15 MB;
        past a few, one crawling process cannot feed them."""
        if self.extraction_workers > 0:
            return self.extraction_workers
        return max(1, min(os.cpu_count() or 1, MAX_AUTO_WORKERS))


def _version() -> str:
    try:
        return version("ssbtrack")
    except PackageNotFoundError:
        return "dev"
