"""The tracked universe: companies, sources, milestones and topics, loaded from one YAML file.

The file is validated as a whole before anything runs; every problem is reported as
``file:line: what: why`` so a user can fix their own file without reading a traceback.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

SHIPPED_UNIVERSE = "universe.yaml"
SOURCE_KINDS = ("feed", "newsroom", "sitemap")
ALLOWED_URL_SCHEMES = ("http", "https")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_WINDOW_POINT = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


class Status(str, Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class UniverseError(ValueError):
    """A universe file that cannot be used; ``problems`` holds every ``file:line: ...`` message."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, order=True)
class WindowPoint:
    """A year, or a year and month: the precision the timeline is written in."""

    year: int
    month: int | None = None

    @classmethod
    def parse(cls, text: str | int) -> WindowPoint:
        match = _WINDOW_POINT.match(str(text).strip())
        if not match:
            raise ValueError(f"{text!r} is not YYYY or YYYY-MM")
        year, month = int(match.group(1)), match.group(2)
        if month is not None and not 1 <= int(month) <= 12:
            raise ValueError(f"{text!r} has no month {month}")
        return cls(year, int(month) if month else None)

    def __str__(self) -> str:
        return f"{self.year}" if self.month is None else f"{self.year}-{self.month:02d}"

    def first_month(self) -> tuple[int, int]:
        return (self.year, self.month or 1)

    def last_month(self) -> tuple[int, int]:
        return (self.year, self.month or 12)


@dataclass(frozen=True)
class Window:
    """An expected window; ``end`` None means open-ended ("2024..")."""

    start: WindowPoint
    end: WindowPoint | None = None

    @classmethod
    def parse(cls, start: str | int, end: str | int | None = None) -> Window:
        window = cls(WindowPoint.parse(start), WindowPoint.parse(end) if end is not None else None)
        if window.end is not None and window.end.last_month() < window.start.first_month():
            raise ValueError(f"window ends ({window.end}) before it starts ({window.start})")
        return window

    @classmethod
    def from_text(cls, text: str) -> Window:
        """Parse the compact form used on the command line: ``2027``, ``2027..2028``, ``2024..``."""
        start, sep, end = text.partition("..")
        return cls.parse(start, (end or None) if sep else start)

    def __str__(self) -> str:
        if self.end is None:
            return f"{self.start}.."
        if self.end == self.start:
            return str(self.start)
        return f"{self.start}..{self.end}"

    def as_dict(self) -> dict[str, str | None]:
        return {"start": str(self.start), "end": str(self.end) if self.end else None}


@dataclass(frozen=True)
class Company:
    id: str
    name: str
    aliases: tuple[str, ...]
    # aliases that name something else too ("Solid Power", "Factorial"): they count only with context
    ambiguous: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    # words that make its ambiguous names something else where a sentence holds them ("HR software" of Factorial)
    other_meaning: tuple[str, ...] = ()
    # the company's whole business is solid-state batteries: any story about it is about them
    solid_state_only: bool = False


@dataclass(frozen=True)
class Source:
    id: str
    company: str
    kind: str
    url: str
    article_links: str | None = None
    next_page: str | None = None
    interval_hours: float | None = None
    max_pages: int | None = None


@dataclass(frozen=True)
class Milestone:
    id: str
    title: str
    companies: tuple[str, ...]
    expected: Window
    status: Status
    keywords: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()  # names of the same companies' other undertakings: a sentence naming one is not this


@dataclass(frozen=True)
class Topic:
    id: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Universe:
    path: str
    companies: tuple[Company, ...]
    sources: tuple[Source, ...]
    milestones: tuple[Milestone, ...]
    topics: tuple[Topic, ...]
    others: tuple[str, ...] = ()  # names of the industry's companies the universe does not track
    _index: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, repr=False)

    def company(self, company_id: str) -> Company:
        return self._by("companies", company_id)

    def milestone(self, milestone_id: str) -> Milestone:
        return self._by("milestones", milestone_id)

    def source(self, source_id: str) -> Source:
        return self._by("sources", source_id)

    def _by(self, kind: str, item_id: str) -> Any:
        if kind not in self._index:
            self._index[kind] = {item.id: item for item in getattr(self, kind)}
        return self._index[kind][item_id]


def shipped_universe_path() -> Path:
    return Path(str(resources.files("tracker").joinpath(SHIPPED_UNIVERSE)))


def universe_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The file to load: ``--universe``, else ``SSBTRACK_UNIVERSE``, else the shipped one."""
    chosen = explicit or os.environ.get("SSBTRACK_UNIVERSE")
    return Path(chosen) if chosen else shipped_universe_path()


def load_universe(path: str | os.PathLike[str] | None = None) -> Universe:
    file = universe_path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise UniverseError([f"{file}: cannot read: {exc.strerror or exc}"]) from exc
    return parse_universe(text, str(file))


def parse_universe(text: str, name: str = "universe.yaml") -> Universe:
    try:
        document = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        raise UniverseError([f"{where}: YAML error: {getattr(exc, 'problem', exc)}"]) from exc
    return _UniverseReader(name).read(document)


class _Lined(dict):
    """A mapping that remembers the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_lined_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Lined:
    mapping = _Lined(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_lined_mapping)
# Dates such as 2027-05 must stay text; YAML would read 2027-05-01 as a date object.
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in value if tag != "tag:yaml.org,2002:timestamp"]
    for key, value in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _UniverseReader:
    """Turns the loaded document into dataclasses, collecting every problem on the way."""

    def __init__(self, name: str):
        self.name = name
        self.problems: list[str] = []

    def problem(self, item: Any, key: str | None, message: str) -> None:
        line = 0
        if isinstance(item, _Lined):
            line = item.key_lines.get(key, item.line) if key else item.line
        self.problems.append(f"{self.name}:{line}: {message}" if line else f"{self.name}: {message}")

    def read(self, document: Any) -> Universe:
        if not isinstance(document, dict):
            raise UniverseError(
                [f"{self.name}:1: the file must be a mapping with companies, sources, milestones, topics"]
            )
        for key in document:
            if key not in ("companies", "sources", "milestones", "topics", "others"):
                self.problem(document, key, f"unknown top-level key {key!r}")
        companies = [c for c in (self._company(i) for i in self._list(document, "companies")) if c]
        company_ids = {c.id for c in companies}
        sources = [s for s in (self._source(i, company_ids) for i in self._list(document, "sources")) if s]
        milestones = [m for m in (self._milestone(i, company_ids) for i in self._list(document, "milestones")) if m]
        topics = [t for t in (self._topic(i) for i in self._list(document, "topics")) if t]
        others = self._others(document)
        for kind, key in (
            ("company", "companies"),
            ("source", "sources"),
            ("milestone", "milestones"),
            ("topic", "topics"),
        ):
            self._no_duplicates(kind, document.get(key))
        if self.problems:
            raise UniverseError(self.problems)
        return Universe(self.name, tuple(companies), tuple(sources), tuple(milestones), tuple(topics), others)

    def _others(self, document: dict) -> tuple[str, ...]:
        value = document.get("others") or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(document, "others", "'others' must be a list of company names")
            return ()
        return tuple(v.strip() for v in value)

    def _list(self, document: dict, key: str) -> list[Any]:
        value = document.get(key)
        if value is None:
            self.problem(document, None, f"missing top-level key {key!r}")
            return []
        if not isinstance(value, list):
            self.problem(document, key, f"{key!r} must be a list")
            return []
        return value

    def _fields(self, item: Any, kind: str, required: tuple[str, ...], optional: tuple[str, ...]) -> str | None:
        """Check keys; return the item's id (for messages) or None when it is unusable."""
        if not isinstance(item, _Lined):
            self.problems.append(f"{self.name}: each {kind} must be a mapping, got {item!r}")
            return None
        label = f"{kind} {item.get('id')!r}" if item.get("id") else kind
        ok = True
        for key in required:
            if item.get(key) in (None, ""):
                self.problem(item, None, f"{label}: missing field {key!r}")
                ok = False
        for key in item:
            if key not in required + optional:
                self.problem(item, key, f"{label}: unknown field {key!r}")
                ok = False
        item_id = item.get("id")
        if item_id is not None and not (isinstance(item_id, str) and _ID.match(item_id)):
            self.problem(item, "id", f"{label}: id must be lower-case letters, digits, '-', '.', '_'")
            ok = False
        return label if ok else None

    def _strings(self, item: _Lined, key: str, label: str) -> tuple[str, ...]:
        value = item.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            self.problem(item, key, f"{label}: {key!r} must be a list of text")
            return ()
        return tuple(str(v) for v in value)

    def _company(self, item: Any) -> Company | None:
        label = self._fields(
            item, "company", ("id", "name", "aliases"), ("ambiguous", "context", "other_meaning", "solid_state_only")
        )
        if not label:
            return None
        aliases = self._strings(item, "aliases", label)
        ambiguous = self._strings(item, "ambiguous", label)
        for alias in ambiguous:
            if alias not in aliases:
                self.problem(item, "ambiguous", f"{label}: ambiguous alias {alias!r} is not among its aliases")
        solid_state_only = item.get("solid_state_only", False)
        if not isinstance(solid_state_only, bool):
            self.problem(item, "solid_state_only", f"{label}: 'solid_state_only' must be true or false")
            solid_state_only = False
        return Company(
            item["id"],
            str(item["name"]),
            aliases,
            ambiguous,
            self._strings(item, "context", label),
            self._strings(item, "other_meaning", label),
            solid_state_only,
        )

    def _source(self, item: Any, company_ids: set[str]) -> Source | None:
        optional = ("article_links", "next_page", "interval_hours", "max_pages")
        label = self._fields(item, "source", ("id", "company", "kind", "url"), optional)
        if not label:
            return None
        ok = True
        if item["company"] not in company_ids:
            self.problem(item, "company", f"{label}: unknown company {item['company']!r}")
            ok = False
        if item["kind"] not in SOURCE_KINDS:
            self.problem(item, "kind", f"{label}: kind must be one of {', '.join(SOURCE_KINDS)}, not {item['kind']!r}")
            ok = False
        url_problem = check_url(str(item["url"]))
        if url_problem:
            self.problem(item, "url", f"{label}: {url_problem}")
            ok = False
        for key, kind in (("interval_hours", (int, float)), ("max_pages", int)):
            value = item.get(key)
            if value is not None and (not isinstance(value, kind) or isinstance(value, bool) or value <= 0):
                self.problem(item, key, f"{label}: {key!r} must be a positive number")
                ok = False
        if not ok:
            return None
        return Source(
            item["id"],
            item["company"],
            item["kind"],
            str(item["url"]),
            item.get("article_links"),
            item.get("next_page"),
            item.get("interval_hours"),
            item.get("max_pages"),
        )

    def _milestone(self, item: Any, company_ids: set[str]) -> Milestone | None:
        label = self._fields(
            item, "milestone", ("id", "title", "companies", "expected", "status"), ("keywords", "products", "excludes")
        )
        if not label and not (isinstance(item, _Lined) and item.get("companies") == []):
            return None
        if not label:  # an empty companies list is valid (an industry milestone)
            label = f"milestone {item.get('id')!r}"
        companies = self._strings(item, "companies", label)
        ok = True
        for company in companies:
            if company not in company_ids:
                self.problem(item, "companies", f"{label}: unknown company {company!r}")
                ok = False
        try:
            status = Status(item.get("status"))
        except ValueError:
            allowed = ", ".join(s.value for s in Status)
            self.problem(item, "status", f"{label}: status must be one of {allowed}, not {item.get('status')!r}")
            ok = False
        expected = item.get("expected")
        window = None
        if not isinstance(expected, dict) or "start" not in expected or set(expected) - {"start", "end"}:
            self.problem(item, "expected", f"{label}: expected must be {{start, end}} of YYYY or YYYY-MM")
            ok = False
        else:
            try:
                window = Window.parse(expected["start"], expected.get("end"))
            except ValueError as exc:
                self.problem(item, "expected", f"{label}: bad expected window: {exc}")
                ok = False
        if not ok or window is None:
            return None
        return Milestone(
            item["id"],
            str(item["title"]),
            companies,
            window,
            status,
            self._strings(item, "keywords", label),
            self._strings(item, "products", label),
            self._strings(item, "excludes", label),
        )

    def _topic(self, item: Any) -> Topic | None:
        label = self._fields(item, "topic", ("id", "terms"), ())
        if not label:
            return None
        return Topic(item["id"], self._strings(item, "terms", label))

    def _no_duplicates(self, kind: str, items: Any) -> None:
        seen: dict[str, int] = {}
        for item in items if isinstance(items, list) else []:
            item_id = item.get("id") if isinstance(item, _Lined) else None
            if not isinstance(item_id, str):
                continue
            if item_id in seen:
                self.problem(item, "id", f"duplicate {kind} id {item_id!r} (first at line {seen[item_id]})")
            else:
                seen[item_id] = item.key_lines.get("id", item.line)


def check_url(url: str) -> str | None:
    """Why a URL may not be fetched, or None. Only http(s) is ever fetched: never file:, gopher:..."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ALLOWED_URL_SCHEMES:
        return f"url scheme {parts.scheme or '(none)'!r} is not allowed (only http and https): {url!r}"
    if not parts.hostname:
        return f"url has no host: {url!r}"
    return None
