"""Near-duplicate headlines folded into one story, and the fast comparison missing nothing."""

from __future__ import annotations

import random

from tracker.near_duplicates import SIMILAR_ENOUGH, _similarity, fold_near_duplicates, split_outlet, title_words


def test_one_story_from_several_outlets_is_one_group_and_other_stories_are_not() -> None:
    titles = [
        "Toyota to start solid-state battery production in 2027",
        "Toyota will begin solid-state battery production in 2027 - Reuters",
        "Toyota solid-state battery pilot delayed",
        "丰田固态电池2027年量产",
        "丰田固态电池2027年量产 - 新浪财经",
    ]
    assert fold_near_duplicates(titles, str) == [[titles[0], titles[1]], [titles[2]], [titles[3], titles[4]]]


def test_outlet_suffixes_are_split_off_but_hyphenated_names_are_not() -> None:
    assert split_outlet("QuantumScape ships B1 samples - Electrek") == ("QuantumScape ships B1 samples", "Electrek")
    assert split_outlet("Mercedes-Benz starts road tests") == ("Mercedes-Benz starts road tests", None)
    assert split_outlet("Factorial | The Korea Herald") == ("Factorial", "The Korea Herald")
    assert title_words("The Solid-State Battery - Reuters") == {"solid", "state", "battery"}


def test_only_items_sharing_a_block_are_folded() -> None:
    items = [("catl", "Pilot line for sulfide cells opens"), ("toyota", "Pilot line for sulfide cells opens")]
    groups = fold_near_duplicates(items, lambda item: item[1], lambda item: (item[0],))
    assert len(groups) == 2


def _brute_force(titles: list[str], threshold: float) -> list[list[str]]:
    """The same greedy folding, comparing every title with every group leader."""
    groups: list[list[str]] = []
    leaders: list[frozenset[str]] = []
    for title in titles:
        words = title_words(title)
        scores = [(_similarity(words, leader), -i) for i, leader in enumerate(leaders)]
        best = max(scores, default=(0.0, 0))
        if best[0] >= threshold:
            groups[-best[1]].append(title)
        else:
            groups.append([title])
            leaders.append(words)
    return groups


def test_prefix_filtering_finds_every_group_the_brute_force_finds() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(60)]
    titles = []
    for _ in range(400):
        if titles and rng.random() < 0.4:  # a variant of an earlier headline: one word swapped or dropped
            words = rng.choice(titles).split()
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
            titles.append(" ".join(words[: rng.randint(len(words) - 1, len(words))]))
        else:
            titles.append(" ".join(rng.sample(vocabulary, rng.randint(4, 9))))
    assert fold_near_duplicates(titles, str) == _brute_force(titles, SIMILAR_ENOUGH)
