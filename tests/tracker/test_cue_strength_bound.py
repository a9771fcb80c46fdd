"""The matcher's shortcuts (``find_candidate`` skips a sentence that could not outscore the best announcement found)
rely on a status word's strength being at most 1."""

from __future__ import annotations

from tracker import signals


def test_no_status_word_is_read_stronger_than_one() -> None:
    strengths = [*signals._STRENGTH.values(), *(s for _, s in signals._FIXED_READINGS.values())]
    strengths.append(signals.PLANNED_STRENGTH)
    assert max(strengths) <= 1.0
