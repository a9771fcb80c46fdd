"""The cheap checks that let a window pattern be skipped never skip one that would match."""

from __future__ import annotations

from tracker.windows import _ASCII_GATES, _PATTERNS

# ASCII sentences matching every gated pattern at least once, each also tried upper-cased and case-swapped
SAMPLES = [
    "a prototype by the fin de l'annee, bis Jahresende or Ende des Jahres",
    "results for the fiscal year ending March 2026",
    "in fiscal 2027, FY28 and FY2029, the first half of fiscal 2027, H2 FY2026, fiscal 2027 second half",
    "mass production is planned for 2027-28, then 2030 to 2032",
    "between 2027 and 2030",
    "entre 2027 et 2028, zwischen 2027 und 2028",
    "in the second half of 2026 and the first half of next year",
    "in H2 2026, 1H25",
    "au premier semestre 2026",
    "im ersten Halbjahr 2026, in der zweiten Jahreshaelfte",
    "in Q3 2026 and 4Q25, 2027 Q1",
    "in the second-quarter of this year, the fourth quarter 2027",
    "au 2e trimestre de 2026",
    "im dritten Quartal des Jahres 2026",
    "the end of 2023, early 2026, mid-2024, late 2025, the beginning of next year, the middle of the year",
    "by the end of the year, before year-end",
    "fin 2026, Ende 2027, Mitte 2028, Anfang 2029, courant 2026",
    "January 2021, by June 2027, on October 31, 2025, in Sept. 2026",
    "over the next two years, within 3 years, in three years' time",
    "innerhalb von zwei Jahren, in 3 Jahren",
    "d'ici deux ans, d'ici 5 ans",
    "next month, diesen Monat, le mois prochain",
    "this year, later this year, the following year, last year",
    "naechstes Jahr, kommendes Jahr, in diesem Jahr, letztes Jahr, l'an prochain",
    "from 2030 onwards, starting in 2028 and beyond",
    "no earlier than 2027, not until before 2028",
    "after 2030, after about 2031",
    "2030 onward, 2031 and beyond",
    "in the mid-2030s, the 2020s, Mitte der 2030er, fin des annees 2020, a la fin des années 2030",
    "by the end of the decade, Ende des Jahrzehnts, fin de la decennie",
    "could take five to ten years, in 2 to 3 years, in fuenf bis zehn Jahren, in 5 bis 10 Jahren, d'ici 5 a 10 ans",
    "in 2027 or 2028, erst nach 2030",
    "nicht mehr 2026, sondern 2027; no longer in 2026 but in 2027",
    "last December, letzten Juni, dernier mars",
    "only weeks away, within a few weeks, some weeks off",
    "in eight months, within 18 months, in den naechsten 12 Monaten, innerhalb von zwei Monaten, d'ici six mois",
    "this autumn, next spring, in the fall of 2026, spring 2027",
    "im Herbst 2026, diesen Sommer, im Winter",
    "au printemps 2027, cet automne, en hiver, pas avant l'été 2023",
    "this year and next, dieses und nächstes Jahr, cette année et l'an prochain",
    "by the middle of the next decade, au milieu de la prochaine décennie",
]


def test_every_gate_finds_something_where_its_pattern_matches() -> None:
    matched = set()
    for sample in SAMPLES:
        for text in (sample, sample.upper(), sample.swapcase()):
            for index, gate in enumerate(_ASCII_GATES):
                if gate is not None and _PATTERNS[index][0].search(text):
                    matched.add(index)
                    assert gate.search(text.lower()), (index, text)
    gated = {index for index, gate in enumerate(_ASCII_GATES) if gate is not None}
    assert gated - matched == set()
