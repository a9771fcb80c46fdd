"""Evidence sentences shown in the article text around them."""

from __future__ import annotations

from tracker.web.excerpt import sentence_in_context

TEXT = (
    "First paragraph about the market.\n\nToyota said   on Tuesday it will start mass production in 2028. "
    "Analysts expected the delay. "
)


def test_the_sentence_is_found_with_its_neighbours_whitespace_squashed() -> None:
    excerpt = sentence_in_context(TEXT, "Toyota said on Tuesday it will start mass production in 2028.")
    assert excerpt.found
    assert excerpt.before == "First paragraph about the market. "
    assert excerpt.sentence == "Toyota said on Tuesday it will start mass production in 2028."
    assert excerpt.after == " Analysts expected the delay."


def test_long_context_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = "word " * 200 + "The sentence. " + "tail " * 200
    excerpt = sentence_in_context(text, "The sentence.", radius=50)
    assert excerpt.before.startswith("…word") and len(excerpt.before) <= 51
    assert excerpt.after.endswith("tail…") and len(excerpt.after) <= 51


def test_a_sentence_missing_from_the_text_is_shown_alone() -> None:
    excerpt = sentence_in_context("Other text.", "Not in it.")
    assert (excerpt.before, excerpt.sentence, excerpt.after, excerpt.found) == ("", "Not in it.", "", False)
    assert sentence_in_context("", "Alone.").sentence == "Alone."


def test_case_differences_still_find_the_sentence() -> None:
    assert sentence_in_context("Intro. TOYOTA WILL SHIP. Outro.", "Toyota will ship.").found
