"""What a crawl has done so far for one source: counts, the reason it failed, its validators."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.crawl_runs import SourceCrawlResult, Validators


@dataclass
class SourceTally:
    source_id: str
    fetched: int = 0
    new: int = 0
    duplicate: int = 0
    errors: int = 0
    # article links not requested because the article is already stored
    known: int = 0
    # article links or pages that yielded nothing storable, each logged with its reason
    rejected: int = 0
    error: str | None = None
    not_modified: bool = False
    # validators of the first page's 200 response, kept only if the whole source was read
    validators: Validators | None = None
    # a limit stopped the source before it had read all it could (the articles left wait for next time)
    truncated: bool = False
    articles_requested: int = 0
    # article pages that could not be fetched: a later 304 must not hide them from the next crawl
    article_errors: int = 0
    # requests sent and not yet answered, and pages between download and storage
    pending: int = 0
    in_pipeline: int = 0
    done: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def busy(self) -> bool:
        return self.pending > 0 or self.in_pipeline > 0

    def result(self) -> SourceCrawlResult:
        """The row-ready summary; validators are kept only when a later 304 may safely skip the source."""
        complete = not self.error and not self.truncated and not self.article_errors and not self.busy
        return SourceCrawlResult(
            source_id=self.source_id,
            fetched=self.fetched,
            new=self.new,
            duplicate=self.duplicate,
            errors=self.errors,
            error=self.error,
            validators=self.validators if complete else None,
        )

    def snapshot(self) -> dict[str, object]:
        return {
            "source": self.source_id,
            "fetched": self.fetched,
            "new": self.new,
            "duplicate": self.duplicate,
            "errors": self.errors,
            "known": self.known,
            "rejected": self.rejected,
            "error": self.error,
            "not_modified": self.not_modified,
            "done": self.done,
        }
