"""Source kinds, registered by name like urlwatch's jobs: a new kind is one class in one module.

The universe names a kind per source (``feed``, ``newsroom``, ``sitemap``); the spider looks it
up in ``SOURCE_KINDS`` and lets it start the source and read its pages.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

import scrapy
from scrapy.http import Response

from tracker.universe import Source

if TYPE_CHECKING:
    from crawler.spider import SourcesSpider


class SourceFailure(Exception):
    """The source cannot be read (not a feed, no article links...); the message says why."""


class SourceKind:
    kind: ClassVar[str]

    def __init__(self, source: Source, spider: SourcesSpider):
        self.source = source
        self.spider = spider

    def start_requests(self) -> list[scrapy.Request]:
        return [self.spider.start_request(self.source, self.read_start)]

    def read_start(self, response: Response) -> Iterable[Any]:
        raise NotImplementedError


SOURCE_KINDS: dict[str, type[SourceKind]] = {}


def register(kind: type[SourceKind]) -> type[SourceKind]:
    if kind.kind in SOURCE_KINDS:
        raise ValueError(f"source kind {kind.kind!r} is registered twice")
    SOURCE_KINDS[kind.kind] = kind
    return kind


def content_type(response: Response) -> str:
    return response.headers.get("Content-Type", b"").decode("latin-1")


# The kinds register themselves on import.
from crawler.kinds import feed, newsroom, sitemap  # noqa: E402, F401
