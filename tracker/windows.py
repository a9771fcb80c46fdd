"""Date-window expressions in news text: "2027-28", "by 2030", "in the second half of 2026", "late 2025",
"fiscal 2027", "Q3 2026", "next year", "within two years", "2027年", "2027년 하반기", "fin 2026", "Ende 2027".

Each expression becomes a ``Window`` at the precision the text gives (a year, or months); relative ones
("next year", "this year", "in May") are read against the publication date. Japanese-style fiscal years
start in April: fiscal 2027 is 2027-04..2028-03 (``FISCAL_YEAR_START_MONTH``). Patterns are tried from the
most specific to the least; a span of text is read once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

import ahocorasick

from tracker.universe import Window, WindowPoint

FISCAL_YEAR_START_MONTH = 4
_YEARS = (2000, 2060)

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_HAN_DIGITS = "一两二三四五六七八九十"  # the characters of a count written in Chinese ("十八个月")
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "a": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifteen": 15,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "zehn": 10,
    "sept": 7,
    "huit": 8,
    "dix": 10,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "两": 2,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "zwölf": 12,
    "neun": 9,
    "achtzehn": 18,
    "douze": 12,
    "neuf": 9,
    "dix-huit": 18,
}
# Which years of a decade "the early 2030s", "Mitte der 2030er", "2030年代後半" mean.
_DECADE_PARTS = {
    "early": (0, 3),
    "anfang": (0, 3),
    "début": (0, 3),
    "初": (0, 3),
    "初期": (0, 3),
    "前半": (0, 4),
    # (the middle of a decade is its fifth year, as the news means "the mid-2030s")
    "mid": (5, 5),
    "mitte": (5, 5),
    "milieu": (5, 5),
    "中期": (5, 5),
    "半ば": (5, 5),
    "late": (7, 9),
    "ende": (7, 9),
    "fin": (7, 9),
    "後半": (5, 9),
    "末": (7, 9),
    "末期": (7, 9),
}
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "final": 4,
    "4th": 4,
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
    "ersten": 1,
    "zweiten": 2,
    "dritten": 3,
    "vierten": 4,
    "1.": 1,
    "2.": 2,
    "3.": 3,
    "4.": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "q1": 1,
    "q2": 2,
    "q3": 3,
    "q4": 4,
    "1q": 1,
    "2q": 2,
    "3q": 3,
    "4q": 4,
    "h1": 1,
    "h2": 2,
    "1h": 1,
    "2h": 2,
    "上半年": 1,
    "下半年": 2,
    "前半": 1,
    "後半": 2,
    "上期": 1,
    "下期": 2,
    "상반기": 1,
    "하반기": 2,
}
# Where in a year "early", "mid", "late" fall, as (first month, last month).
_PARTS = {
    "early": (1, 4),
    "beginning of": (1, 3),
    "start of": (1, 3),
    "début": (1, 4),
    "anfang": (1, 3),
    "初": (1, 3),
    "年初": (1, 3),
    "초": (1, 3),
    "연초": (1, 3),
    "mid": (5, 8),
    "middle of": (5, 8),
    "mi": (5, 8),
    "mitte": (5, 8),
    "中": (5, 8),
    "年中": (5, 8),
    "중반": (5, 8),
    "late": (9, 12),
    "end of": (10, 12),
    "end": (10, 12),
    "fin": (9, 12),
    "ende": (10, 12),
    "底": (10, 12),
    "年底": (10, 12),
    "末": (10, 12),
    "年末": (10, 12),
    "말": (10, 12),
    "연말": (10, 12),
    "内": (1, 12),
    "年内": (1, 12),
    "내": (1, 12),
    "연내": (1, 12),
    "前后": (1, 12),
    "左右": (1, 12),
    "courant": (1, 12),
}
_MOVE_VERBS = re.compile(r"(push|postpon|delay|mov|shift|slip|forward|back|verschob|verleg|repouss|décal|report)", re.I)

_Y = r"(?P<y>20\d\d)"
_MONTH_STEMS = tuple(sorted({name[:3] for name in _MONTHS}))
_REL_YEAR = r"(?P<y>20\d\d|this year|next year|the year)"
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ENGLISH_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_GERMAN_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_FRENCH_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


# (its __init__ written out: mypyc compiles it, where the one @dataclass writes runs interpreted, ~15x slower)
@dataclass(init=False, unsafe_hash=True)
class WindowMention:
    """A date window said in a sentence; ``past`` when it ended before publication, ``superseded`` for the
    old date of a move ("pushed back from 2027 to 2028": 2027), ``moved_to`` for the new one (2028)."""

    window: Window
    start: int
    end: int
    text: str
    past: bool = False
    superseded: bool = False
    since: bool = False
    moved_to: bool = False

    def __init__(
        self,
        window: Window,
        start: int,
        end: int,
        text: str,
        past: bool = False,
        superseded: bool = False,
        since: bool = False,
        moved_to: bool = False,
    ) -> None:
        self.window = window
        self.start = start
        self.end = end
        self.text = text
        self.past = past
        self.superseded = superseded
        self.since = since
        self.moved_to = moved_to


# (its __init__ written out: mypyc compiles it, where the one @dataclass writes runs interpreted, ~15x slower)
@dataclass(init=False, unsafe_hash=True)
class _Context:
    text: str
    published: tuple[int, int] | None
    fiscal_start: int

    def __init__(self, text: str, published: tuple[int, int] | None, fiscal_start: int) -> None:
        self.text = text
        self.published = published
        self.fiscal_start = fiscal_start

    def year(self) -> int | None:
        return self.published[0] if self.published else None


def _window(first: tuple[int, int], last: tuple[int, int] | None, *, exact: bool = True) -> Window:
    start = WindowPoint(first[0], first[1])
    end = WindowPoint(last[0], last[1]) if last else None
    if not exact:
        start = WindowPoint(first[0])
        end = WindowPoint(last[0]) if last else None
    return Window(start, end)


def _year_window(year: int, last_year: int | None = None) -> Window:
    return Window(WindowPoint(year), WindowPoint(last_year if last_year is not None else year))


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _relative_year(word: str | None, ctx: _Context) -> int | None:
    if word is None:
        return ctx.year()
    word = word.strip().lower()
    if word.isdigit():
        return _full_year(word)
    base = ctx.year()
    if base is None:
        return None
    return base + 1 if word.startswith("next") else base


def _full_year(text: str) -> int:
    digits = text.strip("'’ ")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _fiscal(match: re.Match[str], ctx: _Context) -> Window | None:
    year = _full_year(match.group("y"))
    if "年度" in match.group(0) and not _has_kana(ctx.text):
        return _year_window(year)  # Chinese 年度 is the calendar year
    if ctx.fiscal_start == 1:
        return _year_window(year)
    return _window((year, ctx.fiscal_start), (year + 1, ctx.fiscal_start - 1))


_FIRST_HALF = frozenset({"first", "1st", "h1", "1h", "上期", "上半期", "前半", "first half"})


def _fiscal_half(match: re.Match[str], ctx: _Context) -> Window | None:
    groups = match.groupdict()
    year = _full_year(groups.get("y") or groups.get("y2") or groups.get("y3") or "")
    half = " ".join((groups.get("h") or groups.get("h2") or groups.get("h3") or "").lower().split())
    if "年度" in match.group(0) and not _has_kana(ctx.text):
        return None  # Chinese 年度 is the calendar year: its halves are read as the year's
    start = (year, ctx.fiscal_start) if half in _FIRST_HALF else _shift(year, ctx.fiscal_start, 6)
    return _window(start, _shift(*start, 5))


def _fiscal_year_end(match: re.Match[str], ctx: _Context) -> Window | None:
    year = _full_year(match.group("y"))
    if len(match.group("y").strip()) == 2 and not _has_kana(ctx.text):
        return None  # in Chinese "30年" is thirty years
    if not _has_kana(ctx.text) or ctx.fiscal_start == 1:
        return _window((year, 12), (year, 12))  # (Chinese 年度 is the calendar year)
    end = _shift(year + 1, ctx.fiscal_start, -1)
    return _window(end, end)


def _fiscal_ending(match: re.Match[str], ctx: _Context) -> Window:
    end = (int(match.group("y")), _MONTHS[match.group("m").lower()])
    return _window(_shift(*end, -11), end)


_KOREAN_SPAN_BEFORE = re.compile(r"(?:향후|앞으로|지난|최근|약|무려|이후)\s*$")


_MOVED_TO_AFTER = re.compile(
    r"\s*(?:に|へ)(?!かけ|わた)[^。、]{0,12}?(?:先送り|延期|遅れ|ずれ込|前倒し|見直|変更|繰り上げ|早め)"
)


def _short_years(match: re.Match[str], ctx: _Context) -> Window | None:
    """Japanese and Korean press write years in two digits: "27～28年の実用化", "26年度に量産" (a fiscal year),
    "27년 양산"."""
    if not (_has_hangul(ctx.text) if "년" in match.group(0) else _has_kana(ctx.text)):
        return None  # in Chinese "30年" is thirty years
    if "년" in match.group(0) and _KOREAN_SPAN_BEFORE.search(ctx.text, max(0, match.start() - 8), match.start()):
        return None  # "향후 20~30년", "지난 20년": a span of years, not a date
    if "から" in match.group(0) and _MOVED_TO_AFTER.match(ctx.text, match.end()):
        return None  # "当初計画の28年から30年に先送り": a move, its two dates read one by one
    last = 2000 + int(match.group("y"))
    first = 2000 + int(match.group("y1")) if match.groupdict().get("y1") else last
    if not 0 <= last - first <= 10:
        return None
    if match.group("m") and first == last:
        return _window((last, int(match.group("m"))), (last, int(match.group("m"))))
    if "年度" in match.group(0) and ctx.fiscal_start != 1:
        return _window((first, ctx.fiscal_start), (last + 1, ctx.fiscal_start - 1))
    return _year_window(first, last)


def _year_range(match: re.Match[str], ctx: _Context) -> Window | None:
    first, second = int(match.group("y1")), match.group("y2")
    if len(second) == 2:
        last = first // 100 * 100 + int(second)
        if last <= first:  # "2024-05" is a month, not a range
            return _window((first, int(second)), (first, int(second))) if 1 <= int(second) <= 12 else None
    else:
        last = int(second)
    if not 0 < last - first <= 10:
        return None
    return _year_window(first, last)


def _this_year_and_next(match: re.Match[str], ctx: _Context) -> Window | None:
    year = ctx.year()
    return _year_window(year, year + 1) if year is not None else None


def _consecutive_years(match: re.Match[str], ctx: _Context) -> Window | None:
    first, last = int(match.group("y1")), int(match.group("y2"))
    return _year_window(first, last) if last == first + 1 else None  # ("in 2024 and 2027": two dates)


def _half(match: re.Match[str], ctx: _Context) -> Window | None:
    year = _relative_year(match.groupdict().get("y"), ctx)
    half = _ORDINALS.get(match.group("h").lower())
    if year is None or half is None:
        return None
    return _window((year, 1 + 6 * (half - 1)), (year, 6 * half))


def _short_half(match: re.Match[str], ctx: _Context) -> Window | None:
    if not _has_kana(ctx.text):
        return None  # in Chinese "28年" is twenty-eight years
    year, half = 2000 + int(match.group("y")), 1 if match.group("h") in ("前半", "上半期") else 2
    return _window((year, 1 + 6 * (half - 1)), (year, 6 * half))


def _month_range(match: re.Match[str], ctx: _Context) -> Window | None:
    digits = match.group("y")
    if len(digits) == 2 and not _has_kana(ctx.text):
        return None
    year, first, last = _full_year(digits), int(match.group("m1")), int(match.group("m2"))
    return _window((year, first), (year, last)) if first < last else None


def _relative_half(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "今年下半年", "내년 상반기": a half of a year said relative to the publication date."""
    year = _relative(match, ctx)
    half = _ORDINALS.get(match.group("h"))
    if year is None or half is None:
        return None
    return _window((year.start.year, 1 + 6 * (half - 1)), (year.start.year, 6 * half))


def _relative_quarter(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "明年一季度", "내년 1분기": a quarter of a year said relative to the publication date."""
    year = _relative(match, ctx)
    quarter = _ORDINALS.get(match.group("q"))
    if year is None or quarter is None:
        return None
    return _window((year.start.year, 3 * quarter - 2), (year.start.year, 3 * quarter))


def _quarter(match: re.Match[str], ctx: _Context) -> Window | None:
    year = _relative_year(match.groupdict().get("y"), ctx)
    quarter = _ORDINALS.get(match.group("q").lower())
    if year is None or quarter is None:
        return None
    return _window((year, 3 * quarter - 2), (year, 3 * quarter))


def _part(match: re.Match[str], ctx: _Context) -> Window | None:
    groups = match.groupdict()
    year = _relative_year(groups.get("y"), ctx)
    part = (groups.get("p") or "end").lower().strip(" -")
    months = _PARTS.get(part) or _PARTS.get(part.replace("the ", ""))
    if year is None or months is None:
        return None
    if months == (1, 12):
        return _year_window(year)
    return _window((year, months[0]), (year, months[1]))


# a season's months (winter runs into the next year); said without a year, the nearest one not yet over
_SEASONS = {
    **dict.fromkeys(("spring", "frühjahr", "frühling", "printemps", "春", "봄"), (3, 5)),
    **dict.fromkeys(("summer", "sommer", "été", "夏", "여름"), (6, 8)),
    **dict.fromkeys(("autumn", "fall", "herbst", "automne", "秋", "가을"), (9, 11)),
    **dict.fromkeys(("winter", "hiver", "冬", "겨울"), (12, 14)),
}
_NEXT_SEASON = ("next", "coming", "nächst", "kommend", "prochain", "来", "明", "내년")
_THIS_SEASON = ("this", "dies", "ce", "cet", "今", "올")


def _season(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "this autumn", "next spring", "im Herbst 2026", "au printemps", "今秋", "来春", "올가을", "내년 봄"."""
    groups = match.groupdict()
    months = _SEASONS.get((groups.get("s") or groups.get("s2") or "").lower())
    if months is None or ctx.published is None:
        return None
    year, published_month = ctx.published
    rel = (groups.get("rel") or "").lower() or ("next" if match.group(0).endswith("prochain") else "")
    if groups.get("y") or groups.get("y2"):
        year = int(groups.get("y") or groups["y2"])
    elif rel.startswith(_NEXT_SEASON):
        year += 1
    elif (
        not rel.startswith(_THIS_SEASON)
        and months[1] < published_month
        and not _searched(_INSTEAD_OF, _INSTEAD_OF_WORDS, ctx.text[max(0, match.start() - 28) : match.start()])
    ):
        year += 1  # "im Herbst" said in December: next autumn (but "statt im Frühjahr" in July: the spring gone by)
    end = (year + 1, months[1] - 12) if months[1] > 12 else (year, months[1])
    return _window((year, months[0]), end)


def _month_year(match: re.Match[str], ctx: _Context) -> Window | None:
    month_text = match.group("m").lower().rstrip(".")
    month = _MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else _han_number(month_text))
    if not 1 <= month <= 12:
        return None
    year = int(match.group("y"))
    return _window((year, month), (year, month))


def _month_alone(match: re.Match[str], ctx: _Context) -> Window | None:
    month_text = match.group("m").lower().rstrip(".")
    month = _MONTHS.get(month_text) or (int(month_text) if month_text.isdigit() else _han_number(month_text))
    if not 1 <= month <= 12 or ctx.published is None:
        return None
    year, published_month = ctx.published
    if _FUTURE_BEFORE.search(ctx.text, max(0, match.start() - 60), match.start()) or _FUTURE_AFTER.match(
        ctx.text, match.end()
    ):
        # "will reach buyers in December", said in February: the coming December
        year += month < published_month
        return _window((year, month), (year, month))
    when = match.groupdict().get("when")
    if when is not None:
        # "en mars prochain" / "en juin dernier": the coming or the last such month; "im Juli kommenden Jahres" /
        # "im Mai letzten Jahres": that month of next or last year
        if when == "prochain":
            year += month <= published_month
        elif when == "dernier":
            year -= month >= published_month
        else:
            year += 1 if when in ("kommenden", "nächsten") else -1
        return _window((year, month), (year, month))
    said_before = match.group().split(None, 1)[0].lower()
    if said_before == "auf":
        # "holt ... auf Oktober vor": the month a plan is moved to, the coming one
        year += month < published_month
        return _window((year, month), (year, month))
    if said_before in _SINCE_MONTH_WORDS:
        # "running since February", said in September: the February before
        year -= month > published_month
        return _window((year, month), (year, month))
    # the nearest such month to the publication date: "in May" said in March is this May
    if month - published_month > 6:
        year -= 1
    elif published_month - month > 6:
        year += 1
    return _window((year, month), (year, month))


_SINCE_MONTH_WORDS = frozenset(("since", "seit", "depuis"))
# a plan's verb right after a month opening a German or French sentence ("Im Oktober soll die Linie laufen")
_FUTURE_AFTER = re.compile(r",?\s+(?:soll|sollen|wird|werden|will|wollen|doit|doivent|va|vont|devrait|devraient)\b")
# a plan's verb before a month named alone, in its clause
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|is\s+to|are\s+to|set\s+to|plans?\s+to|aims?\s+to|expects?\s+to|wird|werden|soll|sollen|"
    r"va|vont|doit|doivent|devrait|devraient)(?:\s+(?!that\b|which\b|it\b|who\b|where\b)[\w'’-]+){0,5}"
    r"(?:\s+(?:in|im|en|by|bis))?\s*$",
    re.I,
)


def _day_ahead(match: re.Match[str], ctx: _Context) -> Window | None:
    """A day of a later month ("6月1日起" said in April) dates a plan; a day of this month or an earlier one is when
    the news itself happened (a dateline: "11月22日电")."""
    window = _month_alone(match, ctx)
    if window is None or ctx.published is None or (window.start.year, window.start.month or 0) <= ctx.published:
        return None
    return window


# a past tense before a day named without its year: "avait confirmé le 12 décembre", "hatte am 3. März"
_PAST_TENSE_BEFORE = re.compile(r"\b(?:avait|avaient|hatte|hatten|war|waren|wurde|wurden)\b[^.;]{0,30}$", re.I)


def _day_ahead_in_words(match: re.Match[str], ctx: _Context) -> Window | None:
    """A French or German day of a month ahead ("arrive le 1er juin"), not one told in the past tense."""
    if _PAST_TENSE_BEFORE.search(ctx.text, max(0, match.start() - 40), match.start()):
        return None
    return _day_ahead(match, ctx)


def _last_month_named(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "last December": the latest December before the month of the story."""
    if not match.group("m")[0].isupper():
        return None  # "at last may be ready": a month is written with a capital
    month = _MONTHS.get(match.group("m").lower().rstrip("."), 0)
    if not 1 <= month <= 12 or ctx.published is None:
        return None
    year, published_month = ctx.published
    if month >= published_month:
        year -= 1
    return _window((year, month), (year, month))


def _relative(match: re.Match[str], ctx: _Context) -> Window | None:
    base = ctx.year()
    if base is None:
        return None
    word = match.group("rel").lower()
    if any(w in word for w in ("after next", "后年", "再来年", "내후년", "übernächst")):
        return _year_window(base + 2)
    if any(w in word for w in ("last", "去年", "昨年", "작년", "지난해", "vergangen", "letzt", "dernière", "dernier")):
        return _year_window(base - 1)
    if any(w in word for w in ("next", "following", "明年", "来年", "翌年", "내년", "nächst", "kommend", "prochain")):
        return _year_window(base + 1)
    return _year_window(base)


def _relative_month_range(match: re.Match[str], ctx: _Context) -> Window | None:
    first, last = int(match.group("m1")), int(match.group("m2"))
    if first >= last:
        return None
    if match.group("rel") == "同年":
        said = _YEAR_BEFORE.search(ctx.text, max(0, match.start() - 40), match.start())
        year = _full_year(said.group("y")) if said else None
    else:
        relative = _relative(match, ctx)
        year = relative.start.year if relative else None
    return _window((year, first), (year, last)) if year is not None else None


# the last year said before "同年" (the same year)
_YEAR_BEFORE = re.compile(r"(?<![\d.,'’])(?P<y>20\d\d|[23]\d)\s*年(?!.*\d\s*年)")


def _relative_year_month(match: re.Match[str], ctx: _Context) -> Window | None:
    year = _relative(match, ctx)
    if year is None:
        return None
    month = int(match.group("m"))
    return _window((year.start.year, month), (year.start.year, month))


def _han_number(text: str) -> int:
    """一 .. 十二, as months are written in Chinese."""
    if text.startswith("十"):
        return 10 + (_NUMBERS.get(text[1:], 0) if len(text) > 1 else 0)
    return _NUMBERS.get(text, 0)


def _relative_month(match: re.Match[str], ctx: _Context) -> Window | None:
    if ctx.published is None:
        return None
    word = match.group("rel").lower()
    step = (
        1
        if any(w in word for w in ("next", "nächst", "prochain", "下", "来", "다음"))
        else -1
        if any(w in word for w in ("last", "letzt", "dernier", "上个", "先", "지난"))
        else 0
    )
    month = _shift(*ctx.published, step)
    return _window(month, month)


def _within_years(match: re.Match[str], ctx: _Context) -> Window | None:
    if ctx.published is None:
        return None
    count = _count(match.group("n"))
    if not count or count > 15:
        return None
    kind = " ".join(match.group("kind").lower().split())
    if kind == "over the next" and _MONEY.search(ctx.text, max(0, match.start() - 60), match.start()):
        return None  # "up to $131 million in payments over the next two years": a spending period, not a date
    if kind in ("within", "innerhalb von", "d'ici", "d’ici", "over the next", "内"):
        return _window(ctx.published, _shift(*ctx.published, 12 * count))
    return _year_window(ctx.published[0] + count)


_RUNWAY = re.compile(r"\b(?:cash|runway|liquidity)\b[^.;]{0,30}\b(?:last|into|through|until)\b[^.;]*$", re.I)
_MONEY = re.compile(r"[$€£¥]|\b(?:million|billion|bn|payments?|funding|invest\w*|spend\w*|capex)\b", re.I)


def _count(text: str) -> int | None:
    text = text.lower()
    return int(text) if text.isdigit() else _NUMBERS.get(text)


def _weeks_ahead(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "only weeks away", "within weeks": this month or the next."""
    if ctx.published is None:
        return None
    return _window(ctx.published, _shift(*ctx.published, 1))


def _months_ahead(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "in eight months", "残り8カ月", "十二个月后": that month; "within 18 months", "6个月内": from now up to it."""
    groups = match.groupdict()
    text = groups.get("n") or groups.get("n2") or groups.get("n3") or ""
    count = _count(text) or _han_number(text)
    if ctx.published is None or not count or count > 36:
        return None
    end = _shift(*ctx.published, count)
    if groups.get("within"):
        return _window(ctx.published, end)
    return _window(end, end)


def _years_from_now(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "in five to ten years", "还需要五到十年": a range of years counted from the publication date."""
    first, last = _count(match.group("n")), _count(match.group("n2"))
    if ctx.published is None or not first or not last or not first < last <= 20:
        return None
    return _year_window(ctx.published[0] + first, ctx.published[0] + last)


def _decade(match: re.Match[str], ctx: _Context) -> Window | None:
    decade = int(match.group("y"))
    part = (match.group("p") or "").lower()
    first, last = _DECADE_PARTS.get(part, (0, 9))
    return _year_window(decade + first, decade + last)


def _decade_end(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "by the end of the decade": the decade's round year, as "by 2030" is said of it."""
    if ctx.published is None:
        return None
    return _year_window(ctx.published[0] // 10 * 10 + 10)


def _next_decade(match: re.Match[str], ctx: _Context) -> Window | None:
    """ "the middle of the next decade", "au milieu de la prochaine décennie": that part of the decade after the
    story's."""
    if ctx.published is None:
        return None
    part = (match.group("p") or match.group("p2") or "").lower()
    first, last = _DECADE_PARTS.get({"middle": "mid", "end": "late"}.get(part, part), (0, 9))
    decade = ctx.published[0] // 10 * 10 + 10
    return _year_window(decade + first, decade + last)


def _open_from(match: re.Match[str], ctx: _Context) -> Window:
    return Window(WindowPoint(int(match.group("y"))), None)


def _year_point(match: re.Match[str], ctx: _Context) -> Window | None:
    year = int(match.group("y"))
    return _year_window(year) if _YEARS[0] <= year <= _YEARS[1] else None


_Handler = Callable[[re.Match[str], _Context], Window | None]
_I = re.IGNORECASE
# The year patterns say "not after a digit or dash" as "20(?<![...]20)": with the literal first, the regex engine
# jumps from one "20" to the next instead of trying every character.
# (pattern, handler, words one of which the lower-cased sentence must hold, or None: a four-digit year),
# tried in order, most specific first.
_PATTERNS: list[tuple[re.Pattern[str], _Handler, tuple[str, ...] | None]] = [
    (
        # a month of a year told relative to the story: "지난해 10월", "去年10月", "明年3月"
        re.compile(
            r"(?P<rel>今年|明年|去年|来年|昨年|本年|올해|내년|작년|지난해|금년)\s*(?P<m>1[0-2]|0?[1-9])\s*(?:月|월)"
            # (not a month it runs since: "今年2月起", "自今年1月啟用以來", read as it was)
            r"(?![^，,。；]{0,8}(?:起|以来|以來|から|부터|이후))"
        ),
        _relative_year_month,
        ("年", "올해", "내년", "작년", "지난해", "금년"),
    ),
    (
        re.compile(rf"fiscal\s+year\s+end(?:ing|s|ed)?\s+(?:in\s+)?(?P<m>{_MONTH_NAMES})\.?\s+{_Y}", _I),
        _fiscal_ending,
        ("fiscal",),
    ),
    # Japanese two-digit years: "28年後半", "27年前半"
    (re.compile(r"(?<![\d.,'’])(?P<y>[23]\d)\s*年\s*(?P<h>前半|後半|上半期|下半期)"), _short_half, ("半",)),
    # a range of months of one year: "27年1～3月", "2027年4～6月期"
    (
        re.compile(
            r"(?<![\d.,'’])(?P<y>(?:20)?[23]\d)\s*年\s*(?P<m1>1[0-2]|[1-9])\s*[～~〜\-–]\s*(?P<m2>1[0-2]|[1-9])\s*月"
        ),
        _month_range,
        ("月",),
    ),
    # the same, its year said relative to the story's or to the date before it: "来年1～3月", "同年4～6月"
    (
        re.compile(
            r"(?P<rel>今年|明年|本年|来年|翌年|同年|올해|내년|금년)\s*(?:の\s*)?(?P<m1>1[0-2]|[1-9])\s*[～~〜\-–]\s*"
            r"(?P<m2>1[0-2]|[1-9])\s*(?:月|월)"
        ),
        _relative_month_range,
        ("月", "월"),
    ),
    # a half of a fiscal year: "the first half of fiscal 2027", "H2 FY2026", "2027年度上期", "28年度下半期"
    (
        re.compile(
            r"(?P<h>first|second|1st|2nd)[\s-]+half\s+(?:of\s+)?(?:the\s+)?(?:fiscal(?:\s+year)?|FY)\s*"
            r"(?P<y>20\d\d|'?\d\d)\b|"
            r"\b(?P<h2>H1|H2|1H|2H)\s*(?:of\s+)?(?:fiscal(?:\s+year)?|FY)\s*(?P<y2>20\d\d|'?\d\d)\b|"
            r"\b(?:fiscal(?:\s+year)?|FY)\s*(?P<y3>20\d\d|'?\d\d)\s*(?P<h3>H1|H2|first\s+half|second\s+half)\b",
            _I,
        ),
        _fiscal_half,
        ("fiscal", "fy"),
    ),
    # the end of a fiscal year: "27年度末に完工" is March 2028
    (re.compile(r"(?<![\d.,'’])(?P<y>(?:20)?[23]\d)\s*年度\s*末"), _fiscal_year_end, ("年度",)),
    (
        re.compile(r"(?<![\d.,'’])(?P<y>(?:20)?[23]\d)\s*年度\s*(?:の\s*)?(?P<h>上期|下期|上半期|下半期|前半|後半)"),
        _fiscal_half,
        ("年度",),
    ),
    (re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s*(?P<y>20\d\d|'?\d\d)\b", _I), _fiscal, ("fiscal", "fy")),
    (re.compile(rf"{_Y}\s*年度"), _fiscal, ("年度",)),
    (
        re.compile(
            r"(?<![\d.,'’])(?<!\d[～~〜\-–])(?:(?P<y1>[23]\d)\s*(?:年度?)?\s*(?:[～~〜\-–]|から)\s*)?(?P<y>[23]\d)\s*年(?P<f>度)?"
            r"(?:\s*(?P<m>1[0-2]|[1-9])\s*月)?(?!\s*(?:間|以上|以内|前|来|ぶり|代|後(?!半)|目|連続|分))"
        ),
        _short_years,
        ("年",),
    ),
    # the same year alone, where two were no span but a move ("28年から30年に先送り": two dates, one given up)
    (
        re.compile(
            r"(?<![\d.,'’])(?<!\d[～~〜\-–])(?P<y>[23]\d)\s*年(?P<f>度)?"
            r"(?:\s*(?P<m>1[0-2]|[1-9])\s*月)?(?!\s*(?:間|以上|以内|前|来|ぶり|代|後(?!半)|目|連続|分))"
        ),
        _short_years,
        ("年",),
    ),
    (
        re.compile(
            r"(?<![\d.,'’])(?<!\d[～~〜\-–])(?:(?P<y1>[23]\d)\s*년?\s*[～~〜\-–]\s*)?(?P<y>[23]\d)\s*년"
            r"(?:\s*(?P<m>1[0-2]|[1-9])\s*월)?(?!\s*(?:간|동안|이상|이내|전|만에|만|째|후|뒤|차|연속|대|넘게|가까이|가량|정도|여))"
        ),
        _short_years,
        ("년",),
    ),
    (re.compile(r"(?:\b(?P<p>early|mid|late)[\s-]+)?(?P<y>20\d0)s\b", _I), _decade, ("0s",)),
    (re.compile(r"(?:\b(?P<p>Anfang|Mitte|Ende)\s+der\s+)?(?P<y>20\d0)er\b", _I), _decade, ("0er",)),
    (re.compile(r"(?P<y>20\d0)\s*年代\s*(?P<p>初期|初|前半|中期|半ば|後半|末期|末)?"), _decade, ("年代",)),
    (
        re.compile(
            r"\b(?:(?:the\s+)?(?P<p>early|mid|middle|late|end)(?:[\s-]+of)?[\s-]+(?:the\s+)?next\s+decade|"
            r"(?:au\s+)?(?P<p2>début|milieu|fin)\s+de\s+la\s+(?:prochaine\s+décennie|décennie\s+suivante))",
            _I,
        ),
        _next_decade,
        ("next decade", "prochaine décennie", "décennie suivante"),
    ),
    (re.compile(r"(?:\b(?P<p>début|milieu|fin)\s+des\s+)?années\s+(?P<y>20\d0)\b", _I), _decade, ("années",)),
    (
        re.compile(
            r"(?:the\s+)?end\s+of\s+(?:the|this)\s+decade|decade['’]s\s+end|Ende\s+(?:des|dieses)\s+Jahrzehnts|"
            r"fin\s+de\s+(?:la|cette)\s+décennie|(?:本|这个|這個|这|這)十年(?:末|底)",
            _I,
        ),
        _decade_end,
        ("decade", "jahrzehnt", "décennie", "十年"),
    ),
    (
        re.compile(
            r"(?P<y1>20(?<![\d\-–/.]20)\d\d)(?:\s*[年년](?=\s*(?:至|到|~|～|〜|-|–)))?"
            r"\s*(?P<sep>-|–|—|~|～|〜|/|to|through|or|bis|oder|à|au|ou|至|到|或)\s*"
            r"(?P<y2>20\d\d|\d\d)(?![\d])\s*(?:年|년)?",
            _I,
        ),
        _year_range,
        None,
    ),
    (  # "this year and next": the two years from the story's
        re.compile(
            r"\b(?:this\s+year\s+and\s+next|dieses\s+und\s+nächstes\s+Jahr|cette\s+année\s+et\s+l['’]an\s+prochain)\b",
            _I,
        ),
        _this_year_and_next,
        ("next", "nächstes", "prochain"),
    ),
    (  # two years running, said as a span: "test drives in 2025 and 2026"
        re.compile(r"(?<![\d\-–/.,])(?P<y1>20\d\d)\s+(?:and|und|et)\s+(?P<y2>20\d\d)(?![\d])", _I),
        _consecutive_years,
        None,
    ),
    (
        re.compile(r"(?:between|entre|zwischen)\s+(?P<y1>20\d\d)\s+(?:and|et|und)\s+(?P<y2>20\d\d)", _I),
        _year_range,
        ("between", "entre", "zwischen"),
    ),
    (re.compile(rf"(?P<h>first|second|1st|2nd)[\s-]+half\s+(?:of\s+)?{_REL_YEAR}", _I), _half, ("half",)),
    (re.compile(r"\b(?P<h>H1|H2|1H|2H)\s*(?P<y>20\d\d|'?\d\d)\b", _I), _half, ("h1", "h2", "1h", "2h")),
    (re.compile(rf"{_Y}\s*年?\s*(?P<h>上半年|下半年|前半|後半|上期|下期)"), _half, ("半", "期")),
    (re.compile(rf"{_Y}\s*년?\s*(?P<h>상반기|하반기)"), _half, ("반기",)),
    (
        re.compile(r"(?P<rel>今年|明年|本年|来年|올해|내년|금년)\s*(?P<h>上半年|下半年|前半|後半|상반기|하반기)"),
        _relative_half,
        ("半", "반기"),
    ),
    (re.compile(r"(?P<h>上半年|下半年|상반기|하반기)"), _half, ("半年", "반기")),
    (re.compile(rf"(?P<h>premier|second|deuxième|1er|2e|2nd)\s+semestre\s+(?:de\s+)?{_Y}", _I), _half, ("semestre",)),
    (
        re.compile(
            rf"(?P<h>ersten|zweiten|1\.|2\.)\s+(?:Jahreshälfte|Halbjahr|Hälfte)"
            rf"(?:\s+(?:des\s+Jahres\s+)?{_Y})?",
            _I,
        ),
        _half,
        ("hälfte", "halbjahr"),
    ),
    (
        re.compile(r"\b(?P<q>Q[1-4]|[1-4]Q)\s*(?P<y>20\d\d|'?\d\d)\b", _I),
        _quarter,
        ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    ),
    (re.compile(rf"{_Y}\s*(?P<q>Q[1-4])\b", _I), _quarter, ("q1", "q2", "q3", "q4")),
    (
        re.compile(
            rf"(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+(?:of\s+)?{_REL_YEAR}\b|"
            # (a quarter's results, its year unsaid, are the company's reporting, not a date of a plan)
            r"(?![\s-]+(?:earnings|results|report|sales|profit|revenue|call|loss|deliveries)\b))",
            _I,
        ),
        _quarter,
        ("quarter",),
    ),
    (
        re.compile(
            r"(?P<rel>今年|明年|本年|来年|去年|昨年|올해|내년|작년|지난해|금년)\s*(?:の\s*)?第?\s*(?P<q>[一二三四1-4])\s*"
            r"(?:季度|四半期|분기)"
        ),
        _relative_quarter,
        ("季度", "四半期", "분기"),
    ),
    (re.compile(rf"(?:{_Y}\s*年?\s*)?第?\s*(?P<q>[一二三四1-4])\s*(?:季度|四半期)"), _quarter, ("季度", "四半期")),
    (re.compile(rf"(?:{_Y}\s*년?\s*)?(?P<q>[1-4])\s*분기"), _quarter, ("분기",)),
    (
        re.compile(rf"(?P<q>premier|deuxième|troisième|quatrième|1er|2e|3e|4e)\s+trimestre(?:\s+(?:de\s+)?{_Y})?", _I),
        _quarter,
        ("trimestre",),
    ),
    (
        re.compile(
            rf"(?P<q>ersten|zweiten|dritten|vierten|1\.|2\.|3\.|4\.)\s+Quartal"
            rf"(?:\s+(?:des\s+Jahres\s+)?{_Y})?",
            _I,
        ),
        _quarter,
        ("quartal",),
    ),
    (
        re.compile(
            rf"(?P<p>early|mid|late|(?:the\s+)?end\s+of|end|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|"
            rf"(?:the\s+)?middle\s+of)[\s-]*{_REL_YEAR}",
            _I,
        ),
        _part,
        ("early", "mid", "late", "end", "beginning", "start", "middle"),
    ),
    (
        re.compile(r"(?:by\s+|before\s+)?(?:the\s+)?(?:year[\s-]end|end\s+of\s+(?:the|this)\s+year)", _I),
        _part,
        ("year",),
    ),
    (
        re.compile(
            r"\bfin\s+(?:de\s+l['’]\s*année|de\s+cette\s+année|d['’]\s*année)|\bJahresende|\bEnde\s+(?:des|dieses)\s+Jahres",
            _I,
        ),
        _part,
        ("année", "jahres"),
    ),
    (re.compile(rf"{_Y}\s*年\s*(?P<p>年初|年中|年底|年末|初|中|底|末|内|前后|左右)"), _part, ("年",)),
    (re.compile(rf"{_Y}\s*년\s*(?P<p>초|중반|말|내)"), _part, ("년",)),
    (
        re.compile(r"(?<!十)(?P<p>年内|年底|年末|年初|연내|연말|연초)"),  # (not "本十年末": the decade's end)
        _part,
        ("年内", "年底", "年末", "年初", "연내", "연말", "연초"),
    ),
    (
        re.compile(rf"\b(?P<p>début|mi|fin|courant|Anfang|Mitte|Ende)[\s-]+{_Y}", _I),
        _part,
        ("début", "mi", "fin", "courant", "anfang", "mitte", "ende"),
    ),
    (
        re.compile(rf"(?P<m>{_MONTH_NAMES})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+|of\s+)?{_Y}", _I),
        _month_year,
        _MONTH_STEMS,
    ),
    (re.compile(rf"{_Y}\s*年\s*(?P<m>\d{{1,2}}|十[一二]|[一二三四五六七八九十])\s*月"), _month_year, ("月",)),
    (re.compile(rf"{_Y}\s*년\s*(?P<m>\d{{1,2}})\s*월"), _month_year, ("월",)),
    (
        re.compile(rf"\b(?:last|letzten|dernier)\s+(?P<m>{_ENGLISH_MONTHS})\b", _I),
        _last_month_named,
        ("last", "letzten", "dernier"),
    ),
    (
        re.compile(
            rf"\b(?:in|by|from|since|until|to|into|through|on|this|next|early|late|mid-?|starting|beginning)\s+"
            rf"(?P<m>{_ENGLISH_MONTHS})\b"
        ),
        _month_alone,
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    ),
    (
        re.compile(
            rf"\b(?:[Ii]m|[Aa]b|[Bb]is|[Ss]eit|[Aa]uf|Anfang|Mitte|Ende)\s+(?P<m>{_GERMAN_MONTHS})\b"
            r"(?:\s+(?P<when>kommenden|nächsten|letzten|vergangenen)\s+Jahres)?"
        ),
        _month_alone,
        tuple(_GERMAN_MONTHS.lower().split("|")),
    ),
    (
        re.compile(
            rf"(?:\b(?:[Ee]n|[Dd]ès|[Dd]epuis|[Ff]in|[Dd]ébut|[Cc]ourant|[Jj]usqu'en|[Dd]'ici)\s+|\bmi-)"
            rf"(?P<m>{_FRENCH_MONTHS})\b(?:\s+(?P<when>prochain|dernier))?"
        ),
        _month_alone,
        tuple(_FRENCH_MONTHS.split("|")),
    ),
    (  # a day of a month ahead, its year unsaid: "arrive le 1er juin", "ab dem 1. Juni"
        re.compile(
            rf"\b(?:[Ll]e|[Dd]u|[Aa]u|[Dd]ès\s+le|[Àà]\s+partir\s+du)\s+(?:1er|\d{{1,2}})\s+(?P<m>{_FRENCH_MONTHS})\b"
            r"(?!\s*\d|\s+derniers?\b)"
        ),
        _day_ahead_in_words,
        tuple(_FRENCH_MONTHS.split("|")),
    ),
    (
        re.compile(
            rf"\b(?:[Aa]m|[Aa]b\s+dem|[Aa]b|[Zz]um|[Bb]is\s+zum)\s+\d{{1,2}}\.\s*(?P<m>{_GERMAN_MONTHS})\b"
            r"(?!\s*\d|\s+(?:letzten|vergangenen)\b)"
        ),
        _day_ahead_in_words,
        tuple(_GERMAN_MONTHS.lower().split("|")),
    ),
    (re.compile(r"(?<![\d年년])(?P<m>\d{1,2})\s*(?:月|월)(?!\s*\d)"), _month_alone, ("月", "월")),
    (re.compile(r"(?<![\d年년])(?P<m>\d{1,2})\s*(?:月|월)\s*\d{1,2}\s*[日일]"), _day_ahead, ("月", "월")),
    (
        re.compile(r"(?<![年一二三四五六七八九十个])(?P<m>十[一二]|[一二三四五六七八九十])月(?![份]?\d)"),
        _month_alone,
        ("月",),
    ),
    (
        re.compile(
            r"\b(?:in|within|over\s+the\s+next|another|takes?|taking|needs?)\s+(?:the\s+next\s+|another\s+)?(?P<n>\d{1,2}|two|three|four|five|six|"
            r"seven|eight)\s*(?:to|-|–|or)\s*(?P<n2>\d{1,2}|three|four|five|six|seven|eight|nine|ten|fifteen)\s+years",
            _I,
        ),
        _years_from_now,
        ("year",),
    ),
    (
        re.compile(
            r"\b(?:in|innerhalb\s+von|d['’]ici)\s+(?P<n>\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|deux|trois|quatre|"
            r"cinq|six|sept)\s*(?:bis|à|-|–)\s*(?P<n2>\d{1,2}|drei|vier|fünf|sechs|sieben|acht|zehn|trois|quatre|cinq|"
            r"six|sept|huit|dix)\s+(?:Jahren|ans)",
            _I,
        ),
        _years_from_now,
        ("jahren", "ans"),
    ),
    (
        re.compile(
            r"(?<![\d年])(?P<n>\d{1,2}|[两二三四五六七八])\s*(?:到|至|~|～|-)\s*(?P<n2>\d{1,2}|[三四五六七八九十])\s*年(?!代|度)"
        ),
        _years_from_now,
        ("年",),
    ),
    (
        re.compile(
            r"\b(?P<kind>within|in|over\s+the\s+next)\s+(?:the\s+next\s+)?(?P<n>\d+|two|three|four|five|six)"
            r"\s+years?(?:['’]s?\s+time)?",
            _I,
        ),
        _within_years,
        ("year",),
    ),
    (
        re.compile(r"(?P<kind>innerhalb\s+von|in)\s+(?P<n>\d+|zwei|drei|vier|fünf)\s+Jahren", _I),
        _within_years,
        ("jahren",),
    ),
    (re.compile(r"(?P<kind>d'ici|d’ici)\s+(?P<n>\d+|deux|trois|quatre|cinq)\s+ans", _I), _within_years, ("ans",)),
    (
        re.compile(
            r"\b(?:(?P<within>within|over\s+the\s+next|in\s+the\s+next|in\s+den\s+nächsten|innerhalb\s+(?:von|der\s+nächsten)|"
            r"d['’]ici)|in)"
            r"\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|zwei|drei|vier|"
            r"fünf|sechs|sieben|acht|neun|zehn|zwölf|achtzehn|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|"
            r"dix-huit)\s+(?:months|Monaten|mois)\b(?!\s+(?:of|de|d['’])\b)",
            _I,
        ),
        _months_ahead,
        ("month", "monaten", "mois"),
    ),
    (
        re.compile(
            r"(?:残り|あと)\s*(?P<n>\d{1,2})\s*(?:カ月|ヶ月|か月|ケ月)|"
            rf"(?<![\d{_HAN_DIGITS}])(?P<n2>\d{{1,2}}|[{_HAN_DIGITS}]{{1,3}})\s*个月(?:后|以后|之后)|"
            r"(?P<n3>\d{1,2})\s*개월\s*(?:뒤|후)"
        ),
        _months_ahead,
        ("月", "개월"),
    ),
    (
        re.compile(
            rf"(?<![\d{_HAN_DIGITS}])(?P<n>\d{{1,2}}|[{_HAN_DIGITS}]{{1,3}})\s*"
            r"(?P<within>个月内|个月之内|カ月以内|ヶ月以内|개월\s*(?:내|안에|이내))"
        ),
        _months_ahead,
        ("月", "개월"),
    ),
    (
        re.compile(r"\b(?:(?:only|just|a\s+few|some)\s+)?weeks\s+(?:away|off)\b|\bwithin\s+(?:a\s+few\s+)?weeks\b", _I),
        _weeks_ahead,
        ("weeks",),
    ),
    (
        re.compile(
            r"\b(?P<rel>next\s+month|this\s+month|last\s+month|nächsten\s+Monat|diesen\s+Monat|letzten\s+Monat|"
            r"le\s+mois\s+prochain|ce\s+mois-ci|le\s+mois\s+dernier)\b",
            _I,
        ),
        _relative_month,
        ("month", "monat", "mois"),
    ),
    (
        re.compile(r"(?P<rel>下个月|下月|本月|上个月|来月|今月|先月|다음\s?달|이번\s?달|지난달)"),
        _relative_month,
        ("月", "달"),
    ),
    (
        re.compile(
            r"\b(?P<rel>next\s+year|this\s+year|later\s+this\s+year|the\s+following\s+year|"
            r"the\s+year\s+after\s+next|last\s+year|within\s+the\s+year)\b",
            _I,
        ),
        _relative,
        ("year",),
    ),
    # "pas avant l'été 2023": with its year (alone, "a passé l'hiver" is a season gone by)
    (
        re.compile(r"\bl['’](?P<s>printemps|été|automne|hiver)\s+(?P<y>20\d\d)\b", _I),
        _season,
        ("printemps", "été", "automne", "hiver"),
    ),
    # (before a year said alone: "내년 봄", "2027년 봄", "2027年春" are a season of it)
    (re.compile(r"(?P<rel>今|来|明)(?P<s>[春夏秋冬])(?![节節])"), _season, ("春", "夏", "秋", "冬")),
    (re.compile(r"(?P<rel>올|내년\s*)(?P<s>봄|여름|가을|겨울)"), _season, ("봄", "여름", "가을", "겨울")),
    (
        re.compile(r"(?P<y>20\d\d)\s*[年년]\s*(?P<s>봄|여름|가을|겨울|[春夏秋冬])(?![节節天])"),
        _season,
        ("봄", "여름", "가을", "겨울", "春", "夏", "秋", "冬"),
    ),
    (
        re.compile(
            r"(?P<rel>再来年|今年|明年|后年|去年|来年|昨年|本年|翌年|"
            r"올해|내년|내후년|작년|지난해|금년)"
        ),
        _relative,
        ("年", "올해", "내년", "내후년", "작년", "지난해", "금년"),
    ),
    (
        re.compile(
            r"\b(?P<rel>(?:über)?nächste[sn]?\s+Jahr(?:es)?|kommende[sn]?\s+Jahr(?:es)?|(?:in\s+)?diese[sm]\s+Jahr|"
            r"vergangene[sn]?\s+Jahr(?:es)?|letzte[sn]?\s+Jahr(?:es)?|l['’]année\s+prochaine|l['’]an\s+prochain|"
            r"cette\s+année|l['’]an\s+dernier|l['’]année\s+dernière)",
            _I,
        ),
        _relative,
        ("jahr", "année", "an "),
    ),
    (
        re.compile(
            rf"(?:from|starting\s+(?:in|from)|beginning\s+in|after|ab|à\s+partir\s+de|dès|no\s+earlier\s+than|"
            rf"not\s+(?:\w+\s+){{0,3}}before|nicht\s+vor|pas\s+avant)\s+(?:about\s+|around\s+)?{_Y}"
            rf"(?=\s*(?:onwards?|and\s+beyond|or\s+later|and\s+later))",
            _I,
        ),
        _open_from,
        ("onward", "beyond", "later"),
    ),
    (
        re.compile(
            rf"(?:no\s+earlier\s+than|not\s+(?:\w+\s+){{0,3}}before|nicht\s+vor|pas\s+avant)\s+"
            rf"(?:about\s+|around\s+)?{_Y}",
            _I,
        ),
        _year_point,
        ("earlier than", "before", "nicht vor", "pas avant"),
    ),
    (
        re.compile(rf"(?:after|nach|après)\s+(?:about\s+|around\s+|etwa\s+)?{_Y}", _I),
        _open_from,
        ("after", "nach", "après"),
    ),
    (
        # "2031年以降", "2028년 이후": news gives the year it begins, and readers take it as that year
        re.compile(rf"{_Y}\s*(?:年|년)?\s*(?:以后|以後|以降|之后|이후|and\s+beyond|onwards?)", _I),
        _year_point,
        ("以后", "以後", "以降", "之后", "이후", "beyond", "onward"),
    ),
    (
        re.compile(
            r"\b(?:(?:(?P<rel>this|next|coming)\s+|(?:in|by)\s+(?:the\s+)?)(?P<s>spring|summer|autumn|fall|winter)"
            r"(?:\s+(?:of\s+)?(?P<y>20\d\d))?|(?P<s2>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y2>20\d\d))\b",
            _I,
        ),
        _season,
        ("spring", "summer", "autumn", "fall", "winter"),
    ),
    (
        re.compile(
            r"\b(?:(?P<rel>diese[nm]?|nächste[nm]?|kommende[nm]?)\s+|im\s+|(?:ab|bis)\s+dem\s+|zum\s+)"
            r"(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)"
            r"(?:\s+(?P<y>20\d\d))?\b",
            _I,
        ),
        _season,
        ("frühjahr", "frühling", "sommer", "herbst", "winter"),
    ),
    (
        re.compile(
            r"\b(?:(?P<rel>cet|ce)\s+|(?:au|à\s+l['’]|en)\s*)(?P<s>printemps|été|automne|hiver)"
            r"(?:\s+(?:(?P<y>20\d\d)|prochain))?",
            _I,
        ),
        _season,
        ("printemps", "été", "automne", "hiver"),
    ),
    (re.compile(r"(?P<y>20(?<![\d\-–/.,]20)\d\d)(?![\d])\s*(?:年|년)?"), _year_point, None),
]
# every word some pattern needs -> the patterns (by index) it lets run; the patterns needing a four-digit year
_TRIGGERS: dict[str, list[int]] = {}
for _index, (_pattern, _handler, _words) in enumerate(_PATTERNS):
    for _word in _words or ():
        _TRIGGERS.setdefault(_word, []).append(_index)
_YEAR_PATTERNS = [i for i, (_, _, words) in enumerate(_PATTERNS) if words is None]


def _ends_with_a_year(source: str, year: str = _Y) -> bool:
    """Whether a pattern cannot match without a four-digit year (or, for ``_REL_YEAR``, a year or the word
    "year"): it ends with one, with no alternative at its top level."""
    if not source.endswith(year):
        return False
    depth, escaped = 0, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


# Triggered patterns that also need a year are not run on sentences without one ("market" holds "mar").
_NEEDS_YEAR = frozenset(
    i for i, (pattern, _, words) in enumerate(_PATTERNS) if words is not None and _ends_with_a_year(pattern.pattern)
)
# ... and those ending with "2027", "this year", "next year" or "the year" on sentences without a year nor "year"
_NEEDS_YEAR_WORD = frozenset(
    i
    for i, (pattern, _, words) in enumerate(_PATTERNS)
    if words is not None and _ends_with_a_year(pattern.pattern, _REL_YEAR)
)
# All trigger words found in one pass (overlapping ones too: "yearly" holds "early" and "year"), cheaper than a
# substring test per word.
_TRIGGER_WORDS = ahocorasick.Automaton()
for _word, _indexes in _TRIGGERS.items():
    _TRIGGER_WORDS.add_word(_word, tuple(_indexes))
_TRIGGER_WORDS.make_automaton()


def _folded(source: str) -> str:
    """``source`` with its letters lower-cased, escapes (``\\s``, ``\\W``) and group names kept."""
    parts, index = [], 0
    while index < len(source):
        if source[index] == "\\":
            parts.append(source[index : index + 2])
            index += 2
        elif source.startswith("(?P<", index):
            close = source.index(">", index) + 1
            parts.append(source[index:close])
            index = close
        else:
            parts.append(source[index].lower())
            index += 1
    return "".join(parts)


# Looser conditions, on the lower-cased text, for patterns whose start (an optional word, a choice of optional
# words) keeps the engine from skipping ahead: what every match ends with.
_LOOSER_GATES = {
    r"(?P<p>early|mid|late|": r"(?:early|mid|late|of|end)[\s-]*(?:20\d\d|this year|next year|the year)",
    r"(?:by\s+|before\s+)?(?:the\s+)?(?:year": r"year[\s-]end|end\s+of\s+(?:the|this)\s+year",
    r"\b(?P<rel>(?:über)?nächste": r"jahr|l['’]an",  # the other forms hold "ä" or "é": not ASCII
}


def _ascii_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-blind pattern, a case-sensitive one that finds something in the lower-cased text whenever the
    pattern matches the text, if that text is ASCII (lower-casing keeps every position; no non-ASCII letter of
    the patterns matches an ASCII one case-blind). Far cheaper: case-blind, the engine tries every position;
    case-sensitive, it skips to the letters a match can start with. A leading ``\\b`` is dropped for that."""
    if not pattern.flags & re.IGNORECASE:
        return None
    for start, looser in _LOOSER_GATES.items():
        if pattern.pattern.startswith(start):
            return re.compile(looser)
    return re.compile(_folded(pattern.pattern).removeprefix("\\b"))


_ASCII_GATES = [_ascii_gate(pattern) for pattern, _, _ in _PATTERNS]
_INSTEAD_OF = re.compile(
    r"(?:rather\s+than|instead\s+of|(?:later|earlier|sooner)\s+than)\s+(?:in\s+|by\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
    r"(?:statt|anstatt|(?:später|früher)\s+als)\s+(?:wie\s+(?:ursprünglich\s+|bisher\s+)?(?:geplant|vorgesehen)\s+)?\S*\s*$|"
    r"plus\s+(?:tard|tôt)\s+que\s+(?:prévu\s+)?(?:en\s+)?$|"
    r"\bnicht\s+mehr\s+(?:wie\s+(?:ursprünglich\s+|bisher\s+)?(?:geplant|vorgesehen)\s+)?(?:im\s+|in\s+|bis\s+)?$|"
    # a date denied its event: "won't come this year", "will not reach users in 2023" (not "before 2028": the earliest)
    r"\b(?:won['’]t|will\s+not)\s+(?:come|arrive|reach|launch|start|begin|happen|appear|ship|go|hit|enter|be\s+ready)\b"
    r"\s+(?:(?!before\b|until\b|till\b)[\w'’-]+\s+){0,3}(?:in\s+)?$|\bno\s+longer\s+(?:\w+\s+){0,2}(?:in|by)\s+$|"
    r"\b(?:drops|dropped|scraps|scrapped|abandons|abandoned)\s+(?:its\s+|the\s+)?$|"
    r"(?:而不是|而非)[^，。,]{0,14}$|"
    # "driving in 2025, not this year", "pour 2028, et non plus 2026"
    r",\s*(?:not|et\s+non(?:\s+plus)?|nicht(?:\s+mehr)?)\s+(?:in\s+|en\s+|im\s+)?(?:the\s+)?$|"
    # the date compared against: "dès 2028, contre 2030 auparavant", "compared with 2030 before", "比预期的2030年晚"
    r"\bau\s+lieu\s+de\s+(?:[\w'’-]+\s+){0,2}$|\bcontre\s+(?:[\w'’-]+\s+){0,2}$|\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[\w'’-]+\s+){0,2}$|"
    r"(?:比|较|較|相比)[^，。,]{0,12}$",
    re.I,
)
_SINCE = re.compile(r"(?:since|seit|depuis|以来|이래)\s*$", re.I)
# "since construction began in March 2022": the date something began, not the news's
_SINCE_BEGAN = re.compile(
    r"\bsince\s+(?:[\w'’-]+\s+){0,2}(?:began|begun|started|opened|launched|was\s+founded)\s+(?:in|on)\s+$", re.I
)
# what every match of the two above holds, lower-cased, when the text is ASCII
_INSTEAD_OF_WORDS = re.compile(
    "rather|instead|statt|than|als|que|drop|scrap|abandon|而不是|而非|contre|compared|vs|nicht mehr|no longer|"
    "won't|won’t|will not|au lieu|, not|et non|, nicht"
)
_SINCE_WORDS = re.compile("since|seit|depuis")
_SINCE_AFTER = re.compile(r"^\s*(?:以来|이래)")
_SINCE_CJK_AFTER = re.compile(r"[^，。,、]{0,3}?(?:起|以来|以來)")  # "自去年夏天起": since last summer


_FULL_YEAR = re.compile(r"20\d\d")


# a year that names a show, a fair or a conference, not a date of the event told
_EVENT_AFTER = re.compile(
    r"\s*(?:年)?\s*[\u4e00-\u9fff]{0,6}?(?:车展|展会|博览会|大会|论坛|峰会|科技日|发布会|モーターショー|モビリティショー)|"
    r"\s*(?:[A-Z][\w-]*\s+){0,3}(?:Auto\s+Show|Motor\s+Show|Mobility\s+Show|Expo|Summit|Conference|Forum|Tech\s+Day)\b"
)
_EVENT_BEFORE = re.compile(
    r"\b(?:CES|IAA(?:\s+Mobility)?|InterBattery|Auto\s+China|Auto\s+Shanghai|CIBF|Battery\s+Japan|"
    # "The Battery Show North America 2024", "Japan Mobility Show 2023", "Battery Day 2020"
    r"(?:Show|Expo|Summit|Conference|Forum|Day|Week|Salon|Messe)"
    r"(?:\s+(?!(?:In|At|On|By|For|Of|The|To|From|Until|Before|After|And|Or)\b)[A-Z][\w-]*){0,2})\s+$"
)


_TILDE_OPERATOR = str.maketrans({"∼": "～"})


def find_windows(
    text: str, published: date | None = None, fiscal_start_month: int = FISCAL_YEAR_START_MONTH
) -> list[WindowMention]:
    """Every window expression of ``text`` (one sentence, usually), in the order they appear."""
    text = text.translate(_TILDE_OPERATOR)  # "2027∼2028년": the tilde operator some Korean editors type for ～
    has_year = bool(_FULL_YEAR.search(text))
    lowered = text.lower()
    wanted = set(_YEAR_PATTERNS) if has_year else set()
    for _, indexes in _TRIGGER_WORDS.iter(lowered):
        wanted.update(indexes)  # cheaper than a regular expression that cannot match
    if not has_year:
        wanted -= _NEEDS_YEAR
        if "year" not in lowered:
            wanted -= _NEEDS_YEAR_WORD
    if wanted and text.isascii():
        wanted = {i for i in wanted if (gate := _ASCII_GATES[i]) is None or gate.search(lowered)}
    if not wanted:
        return []
    ctx = _Context(text, (published.year, published.month) if published else None, fiscal_start_month)
    taken: list[tuple[int, int]] = []
    found: list[WindowMention] = []
    for index in sorted(wanted):
        pattern, handler, _ = _PATTERNS[index]
        for match in pattern.finditer(text):
            start, end = match.span()
            if end == start or any(start < e and s < end for s, e in taken):
                continue
            window = handler(match, ctx)
            if window is None or _RUNWAY.search(text, max(0, start - 40), start):
                continue  # (a cash runway, "cash to last into 2029", dates no event)
            if _EVENT_AFTER.match(text, end) or _EVENT_BEFORE.search(text, max(0, start - 40), start):
                continue  # a year in the name of a show or a conference ("2025广州车展", "CES 2025")
            taken.append((start, end))
            found.extend(_mentions(window, match, ctx))
    found.sort(key=lambda m: m.start)
    return _originals_given_up(_moves_joined(_alternatives_joined(found, text), text), text, lowered)


# what a sentence holds, lower-cased, wherever a date in it is given up (read as ``superseded``) for another: plain
# words, searched fast (a word that holds one of them, "than" in "thank", only costs reading the sentence's dates)
_GIVEN_UP_WORDS = (
    "rather|instead|statt|than|als|que|drop|scrap|abandon|而不是|而非|contre|compared|versus| vs|nicht mehr|no longer|"
    "相比|比行业|比此前|比预期|比原|比之前|较此前|较原|较预期|較|initial|original|previous|ursprünglich|origine|ago|"
    "当初|当时|當時|原计划|原定|原本|先前|此前|従来|기존|종전|earlier|prior|eigentlich|won't|won’t|will not|au lieu|"
    ", not|et non|, nicht|"
    # a date moved from one to another ("完工時期を2027年中から27年度末に見直す")
    "から|에서|从"
)
# (an automaton: a regular expression of so many words with no common start tries each of them at every character)
_GIVEN_UP = ahocorasick.Automaton()
for _word in _GIVEN_UP_WORDS.split("|"):
    _GIVEN_UP.add_word(_word, _word)
_GIVEN_UP.make_automaton()


def may_give_up_a_date(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` (lower-cased) holds a word that gives a date up: where it holds none, none of
    its dates is ``superseded``."""
    for _ in _GIVEN_UP.iter(folded, start, end):
        return True
    return False


# "initially planned for late 2026", "ursprünglich für 2026 geplant": the first date of a plan
# the words that name a plan's first date ("initially planned for late 2026")
_FIRST_PLAN_WORDS = (
    r"initially|originally|previously|initialement|ursprünglich|eigentlich|à\s+l['’]origine|"
    # a plan told in the past perfect: "had intended to put a dozen cars on the road in 2026"
    r"had\s+(?:intended|planned|aimed|hoped)\s+to|had\s+(?:targeted|scheduled|forecast)"
)
_ORIGINAL = re.compile(
    rf"\b(?:{_FIRST_PLAN_WORDS}|"
    # what was to be: "devait équiper de cellules dès 2026", "had been scheduled for 2026"
    r"devait|devaient|was\s+to|were\s+to|(?:was|were|had\s+been)\s+(?:due|planned|scheduled|slated))"
    r"\s+(?:[\w'’-]+\s+){0,7}$|"
    r"\b(?:years?|months?)\s+ago\s+(?:[\w'’-]+\s+){0,4}$|"
    # "pushing its earlier expectation of around 2030 back", "its prior forecast of 2028"
    r"\b(?:earlier|prior|previous)\s+(?:expectation|estimate|forecast|target|guidance|view|timeline|outlook)s?\s+"
    r"(?:of\s+|for\s+)?(?:[\w'’-]+\s+){0,2}$|"
    r"(?:当初|当时|當時|原计划|原定|原本|先前|此前|之前|従来|前回(?![^，,。]{0,6}同じ)|기존|종전|지난번)[^，,。]{0,6}$",
    re.I,
)


def _originals_given_up(found: list[WindowMention], text: str, lowered: str) -> list[WindowMention]:
    """Beside a new date, the date a plan first had is the one given up ("pushes back to 2028 the start,
    initially planned for late 2026"); alone, it is still the plan ("as originally planned, in 2026"). ``lowered``
    is ``text`` in lower case."""
    if "beyond" in lowered or "past" in lowered or "misse" in lowered or "missing" in lowered:
        # "has slipped beyond the 2027-28 window it has promoted": the plan's date passed by is given up
        found = [
            replace(m, superseded=True)
            if _PASSED_BEFORE.search(text, max(0, m.start - 16), m.start)
            and _PLAN_DATE_AFTER.match(text, m.end)
            and not _NEGATED_BEFORE.search(text, max(0, m.start - 40), m.start)
            else m
            for m in found
        ]
    if "o longer" in lowered or "icht mehr" in lowered:
        # "no longer expects to ship B-samples this year": the date no longer expected is given up
        found = [
            replace(m, superseded=True)
            if _NO_LONGER_BEFORE.search(text, max(0, m.start - 120), m.start)
            and not _EARLIEST_BEFORE.search(text, max(0, m.start - 12), m.start)  # ("... before 2032": the new date)
            else m
            for m in found
        ]
    if len(found) == 1 and not _FIRST_PLAN_GATE.search(text, max(0, found[0].start - 84), found[0].start):
        return found  # (alone, only a date told as a first plan can be given up: the costly search is skipped)
    said = [_ORIGINAL.search(text, max(0, m.start - 72), m.start) for m in found]
    original = [match is not None for match in said]
    if not any(original):
        return found
    if all(original):
        # alone, told in the past ("Eigentlich war die Ausweitung erst für 2026 vorgesehen", "was originally due in
        # 2026"), it is a plan given up; "as originally planned" keeps it
        original = [
            match is not None
            and _FIRST_PLAN_WORD.match(match.group(0)) is not None
            and _PAST_PLAN.search(text, max(0, match.start() - 12), match.end()) is not None
            and not _AS_BEFORE.search(text, max(0, match.start() - 8), match.start())
            and not _STILL_HOLDS.search(text)  # "had targeted 2027 … and said the target still stands"
            for match in said
        ]
    given_up = [m for m, old in zip(found, original, strict=True) if old]
    last = max((m.window.start.first_month() for m in given_up), default=None)
    # the date after the one first given is what the plan is now ("originally slated for late 2022, will now be
    # offered in the first half of next year")
    return [
        replace(m, superseded=True)
        if old
        else replace(m, moved_to=True)
        if last is not None and not m.past and m.start > given_up[0].end and m.window.start.first_month() > last
        else m
        for m, old in zip(found, original, strict=True)
    ]


# (not German "sollte": in reported speech it tells a plan ahead, "die ersten Testwagen sollten 2026 fahren")
_PAST_PLAN = re.compile(r"\b(?:was|were|had|war|waren|hatte|devait|devaient|était|étaient)\b", re.I)
# (alone, "was to", "devait", "was scheduled" may be a plan reported in the past tense: "said it was to start in 2027")
# what _FIRST_PLAN_WORD matches, whatever its case: a quick case-sensitive gate
_NO_LONGER_BEFORE = re.compile(
    r"\b(?:no\s+longer|nicht\s+mehr)\s+(?:expects?|expected|plans?|planned|targets?|aims?|anticipates?|"
    r"rechnet|erwartet|plant|geplant|mit)\b(?:(?!\b(?:now|jetzt|and|but|while|und|aber)\b)[^.;:,]){0,100}$",
    re.I,
)
_FROM_JUST_BEFORE = re.compile(r"\b(?:from|von|de)\s+$", re.I)
_PASSED_BEFORE = re.compile(r"\b(?:beyond|past|missed|misses|missing)\s+(?:the|its|their|a)\s+$", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:not|n't|never|won't|won’t)\b[^.;,]*$", re.I)
_PLAN_DATE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:window|target|timeline|time\s?frame|goal|date|deadline|schedule)\b", re.I
)
_EARLIEST_BEFORE = re.compile(r"\b(?:before|until|till|vor|avant)\s+(?:the\s+|end\s+of\s+)*$", re.I)
_FIRST_PLAN_GATE = re.compile(
    "nitial|riginal|revious|rsprünglich|igentlich|origine|had intended|had planned|had aimed|had hoped|had targeted|"
    "had scheduled|had forecast"
)
_FIRST_PLAN_WORD = re.compile(_FIRST_PLAN_WORDS, re.I)
_AS_BEFORE = re.compile(r"\b(?:as|wie|comme)\s+$", re.I)
_STILL_HOLDS = re.compile(
    r"\b(?:still\s+(?:stands|holds|applies)|remains?\s+(?:unchanged|in\s+place|valid)|gilt\s+weiterhin|"
    r"toujours\s+valable)\b",
    re.I,
)


# a date moved to another: "올해 말에서 내년 하반기로 미뤘다", "从今年底推迟到明年", "from late 2026 into 2027"
_FROM_BEFORE = re.compile(
    r"(?:\bfrom|\bvon|\bde|(?:从|由|從)(?:原先的|原定的|原来的|原來的|原计划的|原計劃的)?[今本明]?)\s*"
    r"(?:the\s+|l['’]|der\s+|dem\s+)?$",
    re.I,
)
_TO_BETWEEN = re.compile(
    r"\s*(?:말|초|연말)?\s*['’\"“”」』]?\s*(?:에서|から|より)\s*['‘\"“「『]?\s*|"
    r"\s*(?:推迟|延期|延后|推后|延迟|顺延|順延|提前|调整|改)(?:到|至)\s*|"
    r"\s+(?:to|into|until|auf|bis|nach|à|au|en)\s+(?:the\s+|l['’])?|"
    r"\s*(?:→|->|⇒|➔)\s*",  # "전망 2030→2029년 수정"
    re.I,
)
_ARROW = re.compile(r"→|->|⇒|➔")
_MOVED_WORDS = re.compile(
    f"{_MOVE_VERBS.pattern}|推迟|延期|延后|推后|延迟|顺延|順延|提前|연기|미뤄|미뤘|미룬|늦춰|늦췄|앞당|당겨|당긴|당겼|先送り|ずれ込|前倒し|繰り上げ|早め|늦어|"
    # (an arrow alone is no move: "규모를 2027→2030년 단계적으로 확대" is a ramp)
    "avanc|vorgezogen|zieht|verschieb|見直|ずらす|ずらし|조정|调整|바꿔|바꾼|바뀌|수정|변경|修正|变更|改为",
    re.I,
)


_RANGE_AFTER = re.compile(r"\s*(?:にかけて|まで|사이|까지|之间|期间|间)")


def _moves_joined(found: list[WindowMention], text: str) -> list[WindowMention]:
    """Of two dates said as a move from one to the other, the first is given up ("superseded")."""
    if len(found) < 2 or not _MOVED_WORDS.search(text):
        return found
    moved = [
        not old.superseded
        and _TO_BETWEEN.fullmatch(text, old.end, new.start) is not None
        and (
            text[old.end : new.start].strip(" '‘’\"“”「」『』").endswith(("에서", "から", "より"))
            or _ARROW.search(text, old.end, new.start) is not None
            or _FROM_BEFORE.search(text, max(0, old.start - 12), old.start) is not None
        )
        and not _RANGE_AFTER.match(text, new.end)  # "2027年から2028年にかけて", "2027년에서 2028년 사이": a span
        for old, new in zip(found, found[1:], strict=False)
    ]
    if not any(moved):
        return found
    previous = [None, *found[:-1]]
    return [
        replace(m, superseded=True) if old else _moved_to(m, before, text) if to and before is not None else m
        for m, old, to, before in zip(found, [*moved, False], [False, *moved], previous, strict=True)
    ]


# a year said, or a relative one: a date of a move without one is in the year of the date it moves from
_YEAR_SAID = re.compile(
    r"\d\d\s*(?:年|년)|20\d\d|[今明去来昨翌]年|내년|올해|작년|지난해|next|this|last|following|nächst|dies|prochain|cette",
    re.I,
)


def _moved_to(moved: WindowMention, old: WindowMention, text: str) -> WindowMention:
    window = _in_year_of(moved, old)
    if window != moved.window:
        # a month crossing the year: "2027년 12월에서 2월로 미뤘다" is February 2028; a pull-in the other way round
        way = text[moved.end : moved.end + 20]
        if _LATER_WORDS.search(way) and window.start.first_month() < old.window.start.first_month():
            window = _shifted(window, 1)
        elif _EARLIER_WORDS.search(way) and window.start.first_month() > old.window.start.first_month():
            window = _shifted(window, -1)
    if window == moved.window:
        return replace(moved, moved_to=True)
    # (a half said alone, read as this year's and so gone by, is next year's like the date it moves from)
    later = window.start.year > moved.window.start.year
    return replace(moved, moved_to=True, window=window, past=moved.past and not later)


_LATER_WORDS = re.compile(
    r"미뤄|미뤘|미룬|연기|늦춰|늦췄|推迟|延期|延后|推后|先送り|ずれ込|後ろ倒し|verschoben|pushed|delayed", re.I
)
_EARLIER_WORDS = re.compile(r"앞당|당겨|당긴|提前|前倒し|早め|繰り上げ|vorgezogen|brought|pulled", re.I)


def _shifted(window: Window, years: int) -> Window:
    end = window.end
    return Window(
        WindowPoint(window.start.year + years, window.start.month),
        WindowPoint(end.year + years, end.month) if end is not None else None,
    )


def _in_year_of(moved: WindowMention, old: WindowMention) -> Window:
    """ "2027년 하반기에서 상반기로": the first half of 2027, not of the year the story came out."""
    window = moved.window
    shift = old.window.start.year - window.start.year
    if shift == 0 or _YEAR_SAID.search(moved.text):
        return window
    return _shifted(window, shift)


_OR_BETWEEN = re.compile(r"^\s*(?:,\s*)?(?:or|oder|ou|或|或者|~|～)\s*(?:in|by|im|en|au|the|\s)*$", re.I)


def _alternatives_joined(found: list[WindowMention], text: str) -> list[WindowMention]:
    """ "by the end of this year or in the first half of next year": one window from the first to the last."""
    joined: list[WindowMention] = []
    for mention in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and not (previous.superseded or mention.superseded or previous.past != mention.past)
            and _OR_BETWEEN.match(text[previous.end : mention.start])
            and mention.window.start.first_month() > previous.window.start.first_month()
        ):
            window = Window(previous.window.start, mention.window.end)
            joined[-1] = WindowMention(
                window, previous.start, mention.end, text[previous.start : mention.end], previous.past
            )
            continue
        joined.append(mention)
    return joined


def _mentions(window: Window, match: re.Match[str], ctx: _Context) -> list[WindowMention]:
    start, end = match.span()
    before = ctx.text[max(0, start - 12) : start]
    since = (
        _searched(_SINCE, _SINCE_WORDS, before)
        or bool(_SINCE_AFTER.match(ctx.text[end : end + 4]))
        or (
            # (of a date gone by: "从2027年起量产" is mass production from 2027 on)
            before.endswith(("自", "从", "從"))
            and bool(_SINCE_CJK_AFTER.match(ctx.text, end, end + 6))
            and _ended_before(window, ctx.published)
        )
        or match.group(0)[:6].lower() == "since "  # (a month's pattern takes its "since" in: "since February")
        or (
            "since" in ctx.text[max(0, start - 40) : start]
            and bool(_SINCE_BEGAN.search(ctx.text, max(0, start - 40), start))
        )
    )
    # "moved into baseline production earlier this year": a time gone by, though the year is not over
    past = (
        since
        or _ended_before(window, ctx.published)
        or (before.lower().endswith("earlier ") and match.group(0).lower().startswith("this "))
    )
    groups = match.groupdict()
    if (
        groups.get("sep")
        and groups["sep"].lower() in ("to", "bis", "à", "au")
        and (
            _MOVE_VERBS.search(ctx.text[max(0, start - 45) : start])
            # "pushed back the start of volume orders for its cells from 2027 to 2028": "from" and a verb of moving
            or (_FROM_JUST_BEFORE.search(before) and _MOVE_VERBS.search(ctx.text, 0, start))
        )
    ):
        # "pushed back from 2027 to 2028": the first year is the old date, the second the new one
        old, new = _year_window(int(groups["y1"])), _year_window(window.end.year if window.end else 0)
        split = match.start("y2")
        return [
            WindowMention(old, start, split, match.group("y1"), _ended_before(old, ctx.published), True),
            WindowMention(new, split, end, match.group("y2"), _ended_before(new, ctx.published), moved_to=True),
        ]
    # "in the first half of 2023 rather than the fourth quarter of 2022": the date given up
    superseded = _searched(_INSTEAD_OF, _INSTEAD_OF_WORDS, ctx.text[max(0, start - 28) : start])
    return [WindowMention(window, start, end, match.group(0), past, superseded, since)]


def _searched(pattern: re.Pattern[str], words: re.Pattern[str], text: str) -> bool:
    """Whether case-blind ``pattern`` is found in ``text``; not run on an ASCII text whose lower-cased form lacks
    ``words``, one of which every match holds (the case-blind search is the costly one)."""
    if text.isascii() and words.search(text.lower()) is None:
        return False
    return pattern.search(text) is not None


def _ended_before(window: Window, published: tuple[int, int] | None) -> bool:
    if published is None or window.end is None:
        return False
    return window.end.last_month() < published


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def _has_kana(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" for ch in text)
