"""Event words in a sentence ("married", "tied the knot", "filed for divorce", "was born").

Each trigger is found from the lexicons alone; who takes part and when is read in ``events``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import (
    ACTIVE_DEATH_VERBS,
    BIRTH_NOUNS,
    BIRTH_VERBS,
    DEATH_NOUNS,
    DEATH_VERBS,
    DIVORCE_WORDS,
    ENGAGE_PHRASES,
    FILING_WORDS,
    MARRY_PHRASES,
    MARRY_VERBS,
    PARTNER_PHRASES,
    SEPARATE_PHRASES,
    WEDDING_NOUNS,
)
from celebgraph.extract.patterns.romance import DATING_PATTERNS, ROMANCE_EVENT_NOUNS
from celebgraph.extract.tokens import Tokens, reading_cache, tokens_of

__all__ = ["Trigger", "find_triggers"]


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event word: ``kind`` and its tokens ``start:end``; ``parsed``: words of other senses
    too, an event only when the parse names its two people."""

    kind: str
    start: int
    end: int
    parsed: bool = False


Phrase = tuple[str, ...]
PhraseIndex = dict[str, list[tuple[str, Phrase]]]


def _index_phrases(groups: tuple[tuple[str, tuple[Phrase, ...]], ...]) -> PhraseIndex:
    """Phrases by first word, each with its kind, in lexicon order (the first that fits wins)."""
    index: PhraseIndex = {}
    for kind, phrases in groups:
        for phrase in phrases:
            index.setdefault(phrase[0], []).append((kind, phrase))
    return index


_PHRASES = _index_phrases(
    (
        ("marry", MARRY_PHRASES),
        ("separate", SEPARATE_PHRASES),
        ("engage", ENGAGE_PHRASES),
        ("partner", PARTNER_PHRASES),
    )
)


def _phrase_at(words: list[str], k: int) -> tuple[str, int] | None:
    """Kind and length of the first lexicon phrase that starts at ``words[k]``, or None."""
    for kind, phrase in _PHRASES.get(words[k], ()):
        if tuple(words[k : k + len(phrase)]) == phrase:
            return kind, len(phrase)
    return None


def _single(doc: Doc, t: Tokens, i: int) -> str | None:
    """The kind of event the one word i names, else None (``t``: the document's table)."""
    lemma, lower, pos = t.lemma_lower[i], t.lower[i], t.pos[i]
    if (pos in {"VERB", "AUX", "ADJ"} and lemma in MARRY_VERBS) or lower in {"married", "wed"}:
        return "marry"
    if lower in WEDDING_NOUNS:
        return "wedding"
    if lemma == "end" and pos == "VERB" and _ends_a_couple(doc, i):
        return "separate"  # 'A and B have ended their 14-year relationship'
    if lower in ROMANCE_EVENT_NOUNS and pos == "NOUN":
        return "partner"  # read only as the object of a verb ('began an affair')
    if lower in DIVORCE_WORDS or lemma in DIVORCE_WORDS:
        return "divorce"
    if lower == "had" and pos in {"VERB", "AUX"} and _had_a_child_then(doc, i):
        return "birth"  # 'had a son, Leo, in 2003'
    if lemma in BIRTH_VERBS and (pos == "VERB" or lower == "born") and not _compound_born(doc, i):
        return "born" if lower == "born" else "birth"
    if lower in BIRTH_NOUNS:
        return "birth_noun"
    if lemma in DEATH_VERBS and pos == "VERB":
        return "death"
    if lemma in ACTIVE_DEATH_VERBS and not any(c.dep_ == "auxpass" for c in doc[i].children):
        return "death"
    if lemma == "lose" and pos == "VERB" and _loses_kin(doc, i):
        return "death"  # 'she lost her husband, Paul, in 2011'
    if lower in DEATH_NOUNS:
        return "death_noun"
    if lemma in FILING_WORDS and pos == "VERB":
        return "file"
    if lower in {"turning", "turned", "turns", "turn"}:
        return "age"
    if lower == "birthday":
        return "birthday"
    return None


def _compound_born(doc: Doc, i: int) -> bool:
    """'the Swedish-born architect X', 'a London-born actor': '-born' glued to a word is an
    adjective of origin, no birth told (its sentence's date is another event's)."""
    return (doc[i].lower_ == "born" and i >= 2 and doc[i - 1].text == "-"
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_)


def _loses_kin(doc: Doc, i: int) -> bool:
    """'lost her husband, X,' / 'lost my mother, X,': the object is a possessed kin noun with a
    name set beside it ('lost custody of her son' is no death)."""
    obj = next((c for c in doc[i].children if c.dep_ == "dobj"), None)
    if obj is None or kin_of(obj) is None or not any(c.dep_ == "poss" for c in obj.children):
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children)


_NEWBORNS = frozenset({"son", "daughter", "child", "baby", "boy", "girl", "twin"})
_ONE_CHILD = frozenset({"a", "an", "first", "second", "third", "fourth", "fifth"})


def _had_a_child_then(doc: Doc, i: int) -> bool:
    """'had a son, Leo, in 2003', 'had their first child in May 2019': a child had at a date
    was born then ('has two sons', 'had a son with Y' without a date tell no birth)."""
    verb = doc[i]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _NEWBORNS:
        return False
    one = obj.lemma_.lower() == "twin" or any(c.lower_ in _ONE_CHILD for c in obj.children)
    dated = any(c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.children)
                for c in verb.children)
    return one and dated


_COUPLE_NOUNS = ROMANCE_EVENT_NOUNS | {"marriage", "engagement"}
_PAIRS = frozenset({"couple", "pair", "duo", "two", "stars", "spouses"})


def _ends_a_couple(doc: Doc, i: int) -> bool:
    """'ended their relationship', 'ended her marriage to Y': the verb's object is a couple's
    bond, owned by a pronoun or a name, and its subject is people ('his death ended their
    marriage' is no split)."""
    verb = doc[i]
    people = any(c.dep_ == "nsubj" and c.lower_ not in {"it", "this", "that", "which"}
                 and (c.pos_ in {"PROPN", "PRON"} or c.lower_ in _PAIRS) for c in verb.children)
    return people and any(c.dep_ == "dobj" and c.lower_ in _COUPLE_NOUNS
                          and any(p.dep_ == "poss" for p in c.children) for c in verb.children)


TokenSpec = tuple[tuple[str, frozenset[str]], ...]  # (table column, the strings it may hold)
_COLUMNS = {"LOWER": "lower", "LEMMA": "lemma", "POS": "pos"}


def _compiled(patterns: dict[str, list[list[dict[str, Any]]]]) -> list[tuple[TokenSpec, ...]]:
    """Matcher patterns as token specs read from the table: an attribute that must be one
    string or one of a list (``{"IN": [...]}``), compared as spaCy's ``Matcher`` compares it
    (``LOWER`` the lower-case form, ``LEMMA`` the lemma as written, ``POS`` the coarse tag)."""
    compiled = []
    for pattern in (p for alternatives in patterns.values() for p in alternatives):
        tokens = []
        for spec in pattern:
            checks = []
            for attr, value in spec.items():
                if attr not in _COLUMNS or not (isinstance(value, str) or set(value) == {"IN"}):
                    raise ValueError(f"dating pattern attribute not read from the table: {attr}")
                allowed = frozenset([value] if isinstance(value, str) else value["IN"])
                checks.append((_COLUMNS[attr], allowed))
            tokens.append(tuple(checks))
        compiled.append(tuple(tokens))
    return compiled


_DATING = _compiled(DATING_PATTERNS)


def _dating_matches(doc: Doc) -> dict[int, int]:
    """Start → end of the ``DATING_PATTERNS`` matches of ``doc`` (the longest at each start),
    found once per document from the token table: what spaCy's ``Matcher`` finds with them,
    without its pass over every token for every pattern."""
    cache = reading_cache(doc)
    found: dict[int, int] | None = cache.get("dating")
    if found is None:
        found = cache["dating"] = {}
        t = tokens_of(doc)
        n = len(t.lower)
        for pattern in _DATING:
            (column, allowed), *rest = pattern[0]
            # the tokens whose first attribute fits, in one comprehension: most fit no pattern
            for i in [i for i, value in enumerate(getattr(t, column)) if value in allowed]:
                if i + len(pattern) > n:
                    continue
                if all(getattr(t, col)[i] in ok for col, ok in rest) and all(
                    getattr(t, col)[i + k] in ok
                    for k, spec in enumerate(pattern[1:], 1) for col, ok in spec
                ):
                    found[i] = max(i + len(pattern), found.get(i, 0))
    return found


# Every word ``_single`` reads as an event, by its lower-case form or lemma.
_EVENT_WORDS = (
    MARRY_VERBS | WEDDING_NOUNS | ROMANCE_EVENT_NOUNS | DIVORCE_WORDS | BIRTH_VERBS | BIRTH_NOUNS
    | DEATH_VERBS | ACTIVE_DEATH_VERBS | DEATH_NOUNS | FILING_WORDS
    | {"married", "wed", "end", "lose", "born", "turning", "turned", "turns", "turn", "birthday",
       "had"}
)


def _trigger_starts(doc: Doc) -> list[int]:
    """The tokens where a trigger may start (a lexicon word, a phrase's first word, a dating
    match), found once per document: the other tokens start none."""
    starts: list[int] | None = reading_cache(doc).get("trigger_starts")
    if starts is None:
        t, dating = tokens_of(doc), _dating_matches(doc)
        starts = reading_cache(doc)["trigger_starts"] = [
            i for i, (lower, lemma) in enumerate(zip(t.lower, t.lemma_lower, strict=True))
            if lower in _PHRASES or lower in _EVENT_WORDS or lemma in _EVENT_WORDS
            or i in dating
        ]
    return starts


def find_triggers(sent: Span) -> list[Trigger]:
    """The event triggers of a sentence, in order, non-overlapping."""
    table = tokens_of(sent.doc)
    words = table.lower[sent.start : sent.end]
    dating = _dating_matches(sent.doc)
    starts = _trigger_starts(sent.doc)
    found: list[Trigger] = []
    free = sent.start  # the first token after the triggers found so far
    for i in starts[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
        if i < free:
            continue
        k = i - sent.start
        phrase = _phrase_at(words, k)
        end = dating.get(i, 0)
        kind = None if phrase or i < end <= sent.end else _single(sent.doc, table, i)
        if phrase:
            found.append(Trigger(phrase[0], i, i + phrase[1]))
            free = i + phrase[1]
        elif i < end <= sent.end:
            found.append(Trigger("partner", i, end, parsed=True))
            free = end
        elif kind == "file" and any(w in DIVORCE_WORDS for w in words[k + 1 : k + 3]):
            found.append(Trigger("file", i, i + 3))  # 'filed for divorce' is one event
            free = i + 3
        else:
            if kind:
                found.append(Trigger(kind, i, i + 1))
            free = i + 1
    return found
