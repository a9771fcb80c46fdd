"""Company names in an article: which tracked companies it names, and which of them it is about.

Every alias of the universe is matched at word boundaries (CJK aliases anywhere), short all-capitals
aliases ("VW", "GAC", "QS") only as written, so the German "im" is not "IM" nor "fest" "FEST". An
*ambiguous* alias ("Solid Power", "Factorial", "Aion") counts only as written and only with support:
another alias of the same company in the article, or one of its context words nearby.

A company is *about* when the story names it in its title or lead, or in two sentences or more; otherwise
it is *mentioned* in passing. A name introduced by "like", "such as", "unlike"... is a comparison, not
the subject.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from tracker.phrase_scan import PLURAL, WORD, Hit, Phrase, first_letter_alternation, has_unspaced_script, normalise
from tracker.sentences import Sentences
from tracker.universe import Company

_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9\-]{0,5}$")
_PASSING_WORDS = (
    r"like|such\s+as|unlike|including|rivals?|competitors?|compared\s+(?:with|to)|similar\s+to|alongside|"
    r"citing|cites|cited|for\s+example|for\s+instance|carmakers\s+from|automakers\s+from|makers\s+from|"
    r"companies\s+from|players\s+from|"
    r"as\s+well\s+as|as\s+did|as\s+has|ahead\s+of|behind|backed\s+by|funded\s+by|owned\s+by|"
    r"the\s+same\s+(?:day|week|weekend|month)|wie\s+(?:etwa|auch)|"
    r"comme|tout\s+comme"
)
_PASSING = re.compile(
    r"\b" + first_letter_alternation(re.split(r"\|(?![^(]*\))", _PASSING_WORDS)) + r"\W+(?:\w+\W+){0,2}$", re.I
)
# a company its people once worked at, named right after: "founded by two former BMW engineers", "von ehemaligen
# BMW-Ingenieuren" (not "the former chief of Toyota", whose company it still is)
_FORMER_BEFORE = re.compile(r"\b(?:former|formerly\s+(?:of|at)|ex|ehemaligen?|ehemalige[rs]?|anciens?)\W+$", re.I)
# a company's name as the kind of another's line or cells: "QuantumScape-type cells", "QS方式", "QuantumScape line"
_TECHNOLOGY_AFTER = re.compile(
    r"(?:[-\s](?:type|based|style|designed|licen[cs]ed|technology|tech|process|Verfahren|Technologie|Technik)\b|"
    r"[-\s](?:line|lines|Linie)\b|\s*(?:方式|型|技術|技术|방식))",
    re.I,
)
_TECHNOLOGY_BEFORE = re.compile(
    r"(?:Verfahren|Technologie|Technik|technology|technique|procédé|licence|license|Lizenz)\s+(?:des\s+|der\s+|"
    r"von\s+|de\s+|of\s+|from\s+)(?:(?:US-|U\.S\.\s+|américain\s+|amerikanischen\s+)?[\w-]+\s+){0,2}$",
    re.I,
)
# a customer or backer named in a clause about another company: "which supplies the cells for Nio's pack",
# "向蔚来交付", "蔚来资本" (Nio's fund), "蔚来汽车が出資する衛藍"
_CLIENT_BEFORE = re.compile(
    r"\b(?:supplies|supplying|supplier\s+(?:to|of|for)|maker\s+of|customers?|clients?|beliefert|Kunden?|"
    r"fournisseur\s+(?:de|du|des))\W+(?:[\w-]+\W+){0,4}$|(?:向|(?<![成作认以])为|給|给)$",
    re.I,
)
_CLIENT_AFTER = re.compile(
    r"\s*(?:资本|資本|出资的|出資する|が出資|投资的|入股的|向け)|"
    r"\s+als\s+(?:größter\s+|wichtigster\s+)?(?:Anteilseigner|Aktionär|Investor|Großaktionär)|"
    r",?\s+(?:its|the)\s+(?:largest|biggest|main|top)\s+(?:shareholder|investor|backer)",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s?\s")
# "SAIC-owned IM Motors", "die SAIC-Elektromarke IM Motors"
_OWNED = re.compile(r"-(?:owned|backed|controlled|funded|\w*marke|\w*tochter)\s", re.I)
# a parent group named to say whose brand or unit the story's company is: "the premium brand of SAIC",
# "la marque haut de gamme de SAIC", "SAIC, which owns IM", "상하이자동차(SAIC) 산하 즈지", "上汽集团旗下的智己"
_PARENT_BEFORE = re.compile(
    r"\b(?:brand|unit|subsidiary|arm|division|trading\s+house|affiliate|member|marque|filiale|Tochter\w*|Marke)\s+"
    r"(?:[\w-]+\s+){0,4}"
    r"(?:of|de|du|des|von)\s+(?:the\s+)?(?:groupe|group|Konzerns?)?\s*$",
    re.I,
)
_PARENT_AFTER = re.compile(
    r"(?:集団|集团|그룹|グループ)?(?:\)|[）)]|\s*[（(][^）)]{1,20}[）)])?\s*"
    r"(?:,\s*which\s+owns\b|,\s*the\s+parent\b|산하|旗下|傘下|系)",
    re.I,
)
_OWNER_REACH = 30
# how far (in characters) a context word may be from an ambiguous alias
_CONTEXT_REACH = 300


# (its __init__ written out: mypyc compiles it, where the one @dataclass writes runs interpreted, ~15x slower)
@dataclass(init=False, unsafe_hash=True)
class Mention:
    company: str
    start: int
    end: int
    sentence: int
    passing: bool
    client: bool = False  # named as a customer or backer of another company ("which supplies Nio")
    technology: bool = False  # named as the technology of another's line ("PowerCo's QuantumScape line")

    def __init__(
        self,
        company: str,
        start: int,
        end: int,
        sentence: int,
        passing: bool,
        client: bool = False,
        technology: bool = False,
    ) -> None:
        self.company = company
        self.start = start
        self.end = end
        self.sentence = sentence
        self.passing = passing
        self.client = client
        self.technology = technology


def company_phrases(companies: tuple[Company, ...]) -> list[Phrase]:
    return [
        _name_phrase("alias", company.id, alias, alias in company.ambiguous)
        for company in companies
        for alias in company.aliases
    ]


def other_company_phrases(names: tuple[str, ...]) -> list[Phrase]:
    """The industry's companies the universe does not track, by name: a sentence they lead tells their deed."""
    return [_name_phrase("other", "other", name) for name in names]


def _name_phrase(kind: str, ref: str, name: str, ambiguous: bool = False) -> Phrase:
    """A company's name as the scanner seeks it: acronyms and ambiguous capitalised names in their own case; a name
    in a spaced script also with a plural or possessive ending."""
    acronym = bool(_ACRONYM.match(name))
    case_sensitive = acronym or (ambiguous and name != name.lower())
    ending = WORD if has_unspaced_script(name) or acronym else PLURAL  # ("PowerCos Linie": German's genitive)
    return Phrase(kind, ref, name, ending=ending, case_sensitive=case_sensitive, tag="ambiguous" if ambiguous else "")


_GERMAN_ARTICLE_BEFORE = re.compile(r"\b(?:der|die|das|dem|den)\s+$", re.I)


@dataclass(frozen=True)
class NameContexts:
    """Per company, as patterns: the words near an ambiguous alias that make it the company (``support``), and the
    words in a sentence that make any of its names something else (``other_meaning``: "HR software" of Factorial)."""

    support: dict[str, re.Pattern[str]]
    other_meaning: dict[str, re.Pattern[str]]


def context_patterns(companies: tuple[Company, ...]) -> NameContexts:
    return NameContexts(
        {c.id: _words_pattern(c.context) for c in companies if c.ambiguous and c.context},
        {c.id: _words_pattern(c.other_meaning) for c in companies if c.other_meaning},
    )


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Words as one pattern (only whether one is there matters): the whole words of spaced scripts that start with a
    letter or digit are one alternation grouped by first letter, quick to search."""
    whole_words, others = [], []
    for w in sorted(words, key=len, reverse=True):
        word = re.escape(normalise(w))
        if has_unspaced_script(w):
            others.append(word)
        elif word[:1].isalnum():
            whole_words.append(rf"{word}s?(?![^\W_])")
        else:
            others.append(rf"(?<![^\W_]){word}s?(?![^\W_])")
    if whole_words:
        others.insert(0, r"(?<![^\W_])" + first_letter_alternation(whole_words))
    return re.compile("|".join(others))


def _cased_otherwise(said: str, name: str) -> bool:
    """Whether a one-word name is written in a casing of its own, neither the name's nor all lower, all upper or
    capitalised: a formula or another word ("NiO" is nickel oxide, not Nio)."""
    if said.startswith(name) or " " in said or "-" in said or said.islower() or said.isupper() or said.istitle():
        return False  # (the name as written, an ending allowed: "PowerCos"; or an ordinary casing)
    return said.lower() != said.upper()  # (a script without case, "豐田", has no casing of its own)


def find_mentions(
    alias_hits: list[Hit], contexts: NameContexts, sentences: Sentences, text: str, lowered: str
) -> list[Mention]:
    """The company mentions that stand: longest alias wins an overlap, ambiguous ones need support."""
    candidates = []
    for hit in alias_hits:
        said = text[hit.start : hit.end]
        # (a short capitalised abbreviation after a German article)
        abbreviation = (
            said.isupper()
            and len(said) <= 3
            and _GERMAN_ARTICLE_BEFORE.search(text, max(0, hit.start - 5), hit.start) is not None
            and not text.startswith("-", hit.end)
        )
        for company, phrase in hit.phrases.items():
            if abbreviation and phrase.tag == "ambiguous":
                continue  # "Mängel in der QS": a German noun's abbreviation (Qualitätssicherung), not a name
            if _cased_otherwise(said, phrase.text):
                continue  # "a rock-salt NiO phase": nickel oxide, not Nio
            candidates.append((hit.start, hit.end, company, phrase.tag == "ambiguous"))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str, bool]] = []
    for candidate in candidates:
        if kept and candidate[0] < kept[-1][1]:
            continue  # inside a longer name ("Toyota" in "Toyota Motor", "VW" in "VW PowerCo")
        kept.append(candidate)
    plain = {company for _, _, company, ambiguous in kept if not ambiguous}
    mentions = []
    standing = [
        k
        for k in kept
        if not (
            k[3]
            and k[2] not in plain
            and (not _has_context(contexts.support.get(k[2]), lowered, k[0], k[1]) or _common_word(text, sentences, k))
        )
    ]
    if contexts.other_meaning:
        # an ambiguous name said once to be something else ("HR software company Factorial") is that thing all along
        # the story (its full name stays the company's)
        other = {
            k[2]
            for k in standing
            if k[3] and _other_meaning(contexts.other_meaning.get(k[2]), lowered, sentences, k[0])
        }
        standing = [k for k in standing if not (k[3] and k[2] in other)]
    for number, (start, end, company, _) in enumerate(standing):
        index = sentences.index_at(start)
        sentence_start, sentence_end = sentences.spans[index]
        following = [k for k in standing[number + 1 : number + 3] if k[0] < sentence_end]
        before = text[max(sentence_start, start - 60) : start]
        client = bool(_CLIENT_BEFORE.search(before) or _CLIENT_AFTER.match(text, end, min(sentence_end, end + 40)))
        passing = (
            client
            or bool(_PASSING.search(before[-40:]))
            or bool(_FORMER_BEFORE.search(before))
            or bool(_PARENT_BEFORE.search(before))
            or _parent_of_another(text, end, sentence_end, company, following)
            or _owner_of_another(text, end, company, following)
        )
        technology = not passing and _technology_of_another(
            text, start, end, sentence_start, sentence_end, company, standing
        )
        mentions.append(Mention(company, start, end, index, passing or technology, client, technology))
    return mentions


def _technology_of_another(
    text: str,
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    company: str,
    standing: list[tuple[int, int, str, bool]],
) -> bool:
    """A company named as the technology of another's line, the other named in the sentence ("PowerCo's
    QuantumScape line", "QS方式のセル", "nach dem Verfahren von QuantumScape"): the licensor, in passing."""
    if not any(k[2] != company and sentence_start <= k[0] < sentence_end for k in standing):
        return False
    return bool(
        _TECHNOLOGY_AFTER.match(text, end, min(sentence_end, end + 16))
        or _TECHNOLOGY_BEFORE.search(text, max(sentence_start, start - 40), start)
    )


def _common_word(text: str, sentences: Sentences, candidate: tuple[int, int, str, bool]) -> bool:
    """An ambiguous name capitalised only because it opens a sentence, the article writing the same word in lower
    case elsewhere: "Factorial experiment finds..." over "a full factorial design"."""
    start, end = candidate[0], candidate[1]
    if start not in sentences.starts:
        return False
    word = text[start:end]
    lower = word[:1].lower() + word[1:]
    if lower == word or lower not in text:
        return False  # (the plain test first: the word search is needed only where the word is there at all)
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None


def _parent_of_another(
    text: str, end: int, sentence_end: int, company: str, following: list[tuple[int, int, str, bool]]
) -> bool:
    """ "SAIC, which owns IM", "상하이자동차(SAIC) 산하 즈지(IM)", "上汽集团旗下的智己": the parent of the company named
    next (not "Toyota, which owns the most patents", nor "丰田旗下的全固态电池项目")."""
    found = _PARENT_AFTER.match(text, end, min(sentence_end, end + 20))
    if found is None:
        return False
    named_at = found.end()
    return any(c != company and 0 <= s - named_at <= _OWNER_REACH for s, _, c, _ in following)


def _owner_of_another(text: str, end: int, company: str, following: list[tuple[int, int, str, bool]]) -> bool:
    """ "SAIC's premium brand IM Motors launched...", "SAIC-owned IM Motors": the owner only says whose brand the
    story is about.
    ``following`` are the next names in the same sentence."""
    if any(c != company and s == end for s, _, c, _ in following):
        return True  # "上汽智己汽车": the owner's name run into its brand's
    if _OWNED.match(text, end):
        return True  # "Volkswagen-backed Gotion": whoever the company owned or backed is, the story is its
    if not _POSSESSIVE.match(text, end):
        return False
    return any(c != company and 0 < s - end <= _OWNER_REACH for s, _, c, _ in following)


def _other_meaning(pattern: re.Pattern[str] | None, lowered: str, sentences: Sentences, start: int) -> bool:
    """Whether the sentence of a name holds a word that makes the name something else ("HR software" by Factorial)."""
    if pattern is None:
        return False
    sentence_start, sentence_end = sentences.spans[sentences.index_at(start)]
    return pattern.search(lowered, sentence_start, sentence_end) is not None


def _has_context(pattern: re.Pattern[str] | None, lowered: str, start: int, end: int) -> bool:
    if pattern is None:
        return False
    # a context word inside the alias itself ("Solid Power's") is no support from elsewhere
    return bool(
        pattern.search(lowered, max(0, start - _CONTEXT_REACH), start)
        or pattern.search(lowered, end, end + _CONTEXT_REACH)
    )


def rank_companies(mentions: list[Mention], sentences: Sentences) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(about, mentioned), each ordered by how much the story is about them."""
    salience: dict[str, float] = defaultdict(float)
    headline: dict[str, bool] = defaultdict(bool)
    body_sentences: dict[str, set[int]] = defaultdict(set)
    first_seen: dict[str, int] = {}
    for mention in mentions:
        first_seen.setdefault(mention.company, mention.start)
        if mention.passing:
            salience[mention.company] += 0.2
            continue
        if sentences.is_headline(mention.sentence):
            headline[mention.company] = True
            salience[mention.company] += 3.0 if mention.sentence == 0 and sentences.has_title else 2.0
        else:
            salience[mention.company] += 1.0
        if mention.sentence != 0 or not sentences.has_title:
            body_sentences[mention.company].add(mention.sentence)
    order = sorted(salience, key=lambda c: (-salience[c], first_seen[c]))
    about = tuple(c for c in order if headline[c] or len(body_sentences[c]) >= 2)
    mentioned = tuple(c for c in order if c not in about)
    return about, mentioned
