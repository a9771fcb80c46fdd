"""Choosing, among the dates an article states, the window of one event.

Preferred: a date near the event's words, tied to an outcome ("production in 2028", not "the permit in
early 2025"), in the sentence that tells the event or close to it; unless the article reports a change,
the date that agrees with the timeline (a story restating "2027-28" while mentioning "true mass production
from 2030" restates the plan); when it reports a delay, the later date.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tracker.classification import Signal
from tracker.phrase_scan import first_letter_alternation
from tracker.universe import Window
from tracker.windows import WindowMention

# Sought in the folded text (lower case: no case-blind search); grouped by first letter, as a plain alternation is
# tried at every character, alternative by alternative.
_OUTCOME = re.compile(
    first_letter_alternation(
        (
            "produc|mass|commercial|launch|sale|deliver|operat|debut|market|complet|finish|install|fitted|"
            "量产|量産|양산|实用|実用|상용|完成|完工|竣工|投产|上市|출시|준공|완공|装车|搭载|탑재|"
            "Produktion|Serie|Fertigstell|commercialis|livraison|achève|vom Band|"
            "下线|ラインオフ|ausgeliefert|Auslieferung|交付|인도|"
            # running, shipping, taking the road: "2027年中の稼働", "2026年から出荷", "prendre la route"
            "稼働|가동|投运|Inbetriebnahme|mise en service|出荷|出货|供货|供給|납품|출하|출고|prendre la route|"
            # the first of what it makes: "first cells in 2026", "the first customer cars are due in the fourth quarter"
            "first cells|first customer|first cars|first vehicles|turn out|reach customers|erste Zellen|ersten Zellen|"
            "premières cellules|首批|第一批|auf den Markt|Markteinführung|sur le marché|"
            # production begun: "26年末の生産開始", "2028년 생산 개시"
            "生産开始|生産を开始|생산 개시|생산을 시작|생산 시작"
        )
        .lower()
        .split("|")
        + [r"roll(?:s|ed)? off"]
    )
)
_NEW_DATE = re.compile(
    r"(?:postponed|pushed\s+back|pushed\s+out|delayed|moved|shifted|brought\s+forward|pulled\s+forward|verschoben|"
    # (the preposition may be the date's own: "brought forward ... to November" reads "to November" as the date)
    r"verlegt)\s+(?:[\w'’-]+\s+){0,14}?(?:(?:to|until|into|auf|bis)\s+(?:the\s+)?(?:[\w-]+\s+){0,3})?$|"
    # "will now be offered in the first half of next year", "is now expected in 2028"
    r"\b(?:will\s+now|now\s+(?:expected|due|scheduled|slated|planned|set|targeted|expects?|plans?|targets?|aims?|"
    r"eyes|sees))\s+(?:[\w'’-]+\s+){0,5}$|"
    r"(?:推迟|延期|延迟|推后|顺延|提前|延至|延到)(?:到|至)?[今本]?\s*$|(?:延期|先送り|연기)[^。]{0,4}$"
)
# a supplier's delivery date moved ("装置の納入期限を2026年9月から27年9月に"): the equipment's, not the event's
# (sought in the folded text: 纳)
_EQUIPMENT_DUE = re.compile(r"纳入|纳期|납품|납기|交付期|交货期|供货期|equipment|anlagen|équipement", re.I)
_MOVED_NEAR = 40  # characters from the milestone's words to the date a move goes to (not another thing's move)
_CLAUSE_END = re.compile(r"[,;，。、]|(?:^|\s)(?:and|while|but|et|und)\s")
_CLAUSE_MARK = re.compile(r"[，；]")  # (an English comma is as often an aside: "the plant, due in 2027")
_CLAUSE_GAP = 40
_SENTENCE_STEP_PENALTY = 0.3
_OWN_COMPANY_BONUS = 0.3
_LOOKBACK = 80  # "will start mass-producing all-solid-state batteries for its electric cars in 2026"
_SENTENCE_BREAK = re.compile(r"[.!?]\s|[。！？\n]")


def pick_window(
    folded: str,
    candidates: list[tuple[int, WindowMention]],
    positions: list[int],
    expected: Window | None,
    signal: Signal,
    own: set[int] | None = None,
) -> Window | None:
    """The best window of ``(sentence distance, mention)`` pairs; ``positions`` are the event's words; ``own``
    the starts of the dates said of the event's own companies; ``folded`` is the article's text, ``normalise``d."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0][1].window  # (nothing to weigh it against)
    ordered = sorted((m for _, m in candidates), key=lambda m: m.start)
    event_words = sorted(set(positions))

    def score(step: int, mention: WindowMention) -> float:
        value = -_SENTENCE_STEP_PENALTY * step
        if event_words:
            value -= min(_nearest_gap(folded, mention, event_words) / 300.0, 0.3)
        if _OUTCOME.search(_surroundings(folded, mention, ordered)):
            value += 0.5
        if mention.window.end is None:
            value -= 0.3
        if own and mention.start in own:
            value += _OWN_COMPANY_BONUS
        if signal in (Signal.DELAYED, Signal.ACCELERATED) and _NEW_DATE.search(
            folded[max(0, mention.start - 120) : mention.start]
        ):
            value += 1.0  # "postponed to 2025": the date it was moved to
        elif (
            mention.moved_to
            and not _EQUIPMENT_DUE.search(folded, max(0, mention.start - _MOVED_NEAR), mention.start)
            and event_words
            and _nearest_gap(folded, mention, event_words) <= _MOVED_NEAR
        ):
            # "양산 시점을 '2027년'에서 '2028년 중'으로": the date the milestone's plan moves to, the move's way told by
            # the dates alone (a slip or a pull-in said in words has its date by those words)
            value += 1.0
        if expected is not None:
            if signal is Signal.DELAYED:  # the new, later date, not the one given up
                value += 1.5 if starts_after(mention.window, expected) else 0.0
            elif signal is Signal.ACCELERATED:
                value += 0.0 if overlaps(mention.window, expected) else 1.5
            elif overlaps(mention.window, expected):
                value += 1.0
        return value

    return max(candidates, key=lambda c: (score(*c), -c[1].start))[1].window


def _nearest_gap(text: str, mention: WindowMention, ordered_positions: list[int]) -> int:
    """The least ``_gap`` to any of these positions (sorted). A gap only grows with distance on either side of
    the date (a longer stretch holds whatever clause break a shorter one holds), so the nearest word on each
    side is the only one to weigh."""
    after = bisect_left(ordered_positions, mention.end)
    if after == len(ordered_positions):
        return _gap(text, mention, ordered_positions[after - 1])
    if after == 0:
        return _gap(text, mention, ordered_positions[0])
    return min(_gap(text, mention, ordered_positions[after - 1]), _gap(text, mention, ordered_positions[after]))


def _gap(text: str, mention: WindowMention, position: int) -> int:
    """Characters between a date and an event word, a Chinese or Japanese clause break counting as a long way
    ("2026年推进装车验证，2027年逐步量产": 2026 is the installation's date, though 2027 starts nearer)."""
    if position >= mention.end:
        between = text[mention.end : position]
    else:
        between = text[position : mention.start]
    return len(between) + (_CLAUSE_GAP if _CLAUSE_MARK.search(between) else 0)


def is_outcome_date(folded: str, mention: WindowMention, sentence_windows: list[WindowMention]) -> bool:
    """Whether a date is the date of an outcome (production, launch, completion), by the words around it (in
    ``folded``, the article's text ``normalise``d)."""
    return bool(_OUTCOME.search(_surroundings(folded, mention, sorted(sentence_windows, key=lambda m: m.start))))


def _surroundings(text: str, mention: WindowMention, ordered: list[WindowMention]) -> str:
    """The words that go with a date: before it back to the previous date, and just after it (Chinese,
    Japanese and Korean put the verb after the date: "2027年逐步实现量产")."""
    previous = max((m.end for m in ordered if m.end <= mention.start), default=0)
    following = min((m.start for m in ordered if m.start >= mention.end), default=len(text))
    before = text[max(previous, mention.start - _LOOKBACK) : mention.start]
    before = _SENTENCE_BREAK.split(before)[-1]  # the verb of another sentence is not this date's
    after = _CLAUSE_END.split(text[mention.end : min(following, mention.end + 15)], maxsplit=1)[0]
    return before + " " + after


def overlaps(a: Window, b: Window) -> bool:
    a_end = a.end.last_month() if a.end else (9999, 12)
    b_end = b.end.last_month() if b.end else (9999, 12)
    return a.start.first_month() <= b_end and b.start.first_month() <= a_end


def starts_after(window: Window, expected: Window) -> bool:
    return expected.end is not None and window.start.first_month() > expected.end.last_month()
