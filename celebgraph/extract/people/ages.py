"""Ages the text gives a person ("Ada Moss, 28,", "the 44-year-old chef Teo Pike", "Hugo
Lind (52)"), as the birth years they imply in a dated article.

An age is no fact of FACTS.md (the gold has no birth from an age), but it tells two namesakes
apart: a footballer of 28 and a chef of 44 with one name are two people. Cross-document
resolution reads these years as it reads stated births (``Person.born_about``). The ages
themselves (``stated_ages``, dated article or not) tell a child from an adult: a person of 6
married to someone, or the parent of a boy of 11 at 12, is a name read as the wrong person.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import Tokens, sentence_at, tokens_of

__all__ = ["born_about", "died_aged", "stated_ages"]

_OLDEST = 110
# What may close an age written after a name: 'Ada Moss, 28, wore', 'Ada (28) and', 'Ada, 28.'
_AFTER_AGE = frozenset({",", ")", ".", ";", "and", "&", "–", "—"})
# 'died at 91', 'dies aged 91', 'passed away at the age of 91': a death and the age at it.
_DIED = frozenset({"died", "dies", "dead"})
_AT_AGE = (("at", "the", "age", "of"), ("at", "age"), ("aged",), ("at",))
# What dates a death told without a year to the time of writing: 'has died', 'died on Monday'.
_RECENT = frozenset({"has", "have", "dies", "yesterday", "today", "tonight", "monday", "tuesday",
                     "wednesday", "thursday", "friday", "saturday", "sunday", "week",
                     "weekend"})
_NOT_AGE = frozenset({"a.m.", "p.m.", "am", "pm", ":", "o'clock", "%", "percent"})


def born_about(ages: dict[int, set[int]], published: str | None) -> dict[int, set[str]]:
    """Person index → the birth years their stated ages (``stated_ages``) give: publication
    year less the age.

    The true year is that or the one before (the birthday may still be ahead), so two
    estimates of one person are never more than a year apart."""
    year = published[:4] if published else ""
    if not year.isdigit():
        return {}
    return {person: {str(int(year) - age) for age in told} for person, told in ages.items()}


def died_aged(doc: Doc, people: People, published: str | None) -> dict[int, set[str]]:
    """Person index → the birth year the age at their death gives ('Hal Moss died at 91 on
    Tuesday', 'Ada Moss, who died in 2009 aged 80,'): the year the sentence gives, else the
    publication year when the sentence tells a recent death ('has died', 'on Tuesday'); never
    a year guessed for a death told long after ('the late Ada Moss, who died at 80')."""
    t = tokens_of(doc)
    year_now = published[:4] if published else ""
    out: dict[int, set[str]] = defaultdict(set)
    for m in people.mentions:
        verb = _death_verb(doc, t, m.end)
        age = _age_at(t, verb + 1) if verb is not None else None
        if verb is None or age is None:
            continue
        sent = sentence_at(doc, verb)
        years = {w for w in t.text[sent.start:sent.end] if len(w) == 4 and w.isdigit()}
        recent = _RECENT & set(t.lower[sent.start:sent.end])
        year = (years.pop() if len(years) == 1 else None) if years else (
            year_now if recent and year_now.isdigit() else None)
        if year:
            out[m.person].add(str(int(year) - age))
    return dict(out)


def _death_verb(doc: Doc, t: Tokens, end: int) -> int | None:
    """Where 'died' or 'dies' is, when it is the verb of the name ending at ``end``: at most
    eight tokens after it in one sentence, with no other verb or name between ('Hal Moss, the
    bandleader, has died')."""
    if end >= len(doc):
        return None
    sent_end = sentence_at(doc, end).end
    for i in range(end, min(end + 9, sent_end)):
        if t.lower[i] in _DIED:
            return i
        if t.lower[i] == "passed" and i + 1 < sent_end and t.lower[i + 1] == "away":
            return i + 1
        if t.pos[i] in ("VERB", "PROPN") and t.lower[i] not in ("has", "have"):
            return None
    return None


def _age_at(t: Tokens, i: int) -> int | None:
    """The age 'at 91', 'aged 91', 'at the age of 91' gives from token ``i`` on (a date or a
    place may come first: 'died on Tuesday at 91', at most four tokens)."""
    for start in range(i, min(i + 5, len(t.text))):
        for cue in _AT_AGE:
            end = start + len(cue)
            if (tuple(t.lower[start:end]) == cue and end < len(t.text)
                    and (end + 1 >= len(t.text) or t.lower[end + 1] not in _NOT_AGE)
                    and (age := _age(t, end)) is not None):
                return age
    return None


def stated_ages(doc: Doc, people: People) -> dict[int, set[int]]:
    """Person index → the ages the text gives their mentions ("Ada Moss, 28,", "the
    44-year-old chef Teo Pike"), at the time of writing."""
    t = tokens_of(doc)
    ages: dict[int, set[int]] = defaultdict(set)
    for m in people.mentions:
        age = _age_after(t, m.end) or _age_in_apposition(t, m.end) or _age_before(t, m.start)
        if age is not None:
            ages[m.person].add(age)
    return dict(ages)


def _age(t: Tokens, i: int) -> int | None:
    """The age token ``i`` writes in digits: '28', not '2019', '3rd' or 'two'."""
    if not 0 <= i < len(t.text) or not t.text[i].isdigit():
        return None
    age = int(t.text[i])
    return age if 0 < age <= _OLDEST else None


def _age_after(t: Tokens, end: int) -> int | None:
    """'Ada Moss, 28, ...', 'Ada Moss (28)', 'Ada Moss(28)': an age right after the name."""
    if end + 2 >= len(t.text) or t.text[end] not in {",", "("}:
        return None
    closer = t.text[end + 2].lower()
    if closer not in _AFTER_AGE or (t.text[end] == "(" and closer != ")"):
        return None
    return _age(t, end + 1)


def _age_in_apposition(t: Tokens, end: int) -> int | None:
    """'Ada Moss, the 44-year-old chef, ...', 'Ada Moss, a 28-year-old model': the age the
    description set off after the name gives."""
    if end + 6 >= len(t.text) or t.text[end] != "," or t.lower[end + 1] not in {"the", "a"}:
        return None
    if t.text[end + 3] != "-" or t.lower[end + 4] not in {"year", "years"}:
        return None
    return _age(t, end + 2) if t.lower[end + 6] == "old" else None


def _age_before(t: Tokens, start: int) -> int | None:
    """'the 44-year-old chef Ada Moss', '44-year-old Ada Moss': the age a description before
    the name gives (at most two words between it and the name)."""
    for old in range(start - 1, max(start - 4, 4) - 1, -1):
        if t.lower[old] == "old" and t.lower[old - 2] in {"year", "years"}:
            between = range(old + 1, start)
            if all(t.is_alpha[j] and t.is_lower[j] for j in between):
                return _age(t, old - 4) if t.text[old - 3] == "-" else None
            return None
        if not (t.is_alpha[old] and t.is_lower[old]):
            return None
    return None
