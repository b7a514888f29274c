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
from celebgraph.extract.tokens import Tokens, tokens_of

__all__ = ["born_about", "stated_ages"]

_OLDEST = 110
# What may close an age written after a name: 'Ada Moss, 28, wore', 'Ada (28) and', 'Ada, 28.'
_AFTER_AGE = frozenset({",", ")", ".", ";", "and", "&", "–", "—"})


def born_about(ages: dict[int, set[int]], published: str | None) -> dict[int, set[str]]:
    """Person index → the birth years their stated ages (``stated_ages``) give: publication
    year less the age.

    The true year is that or the one before (the birthday may still be ahead), so two
    estimates of one person are never more than a year apart."""
    year = published[:4] if published else ""
    if not year.isdigit():
        return {}
    return {person: {str(int(year) - age) for age in told} for person, told in ages.items()}


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
