"""Features of a fact read from its article rather than its pattern: how many people the
article's facts are about, how many other facts its people have, how many other people stand
between its two names, whether both are named in full where it is stated, and whether it was
read from notation (a record's labels, genealogy, a lead-in line) or from prose.

A rule tuned on some texts reads its own facts there as "direct" whatever they say, so the
pattern's features fit those texts; these describe the text around the fact. An article whose
facts spread over many people (a listicle, an obituary's survivors, a wedding's guests) is
where a family fact goes to the wrong person; a name with others between it and its relative
is a later item of a list or sits across a clause about someone else. On text no rule was
written for, a couple or a parent and child both named in full in the sentence are right
96–98% of the time, against 71–76% when one of them was resolved from "the couple", a pronoun
or a description (``confidence.group`` reads the last two features).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from celebgraph.extract.facts.evidence import named_in
from celebgraph.extract.facts.mention_index import MentionIndex
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.persons import People

__all__ = ["CONTEXT_FEATURES", "NOTATION_RULES", "context_features", "people_in_facts"]

CONTEXT_FEATURES: tuple[str, ...] = ("names_between", "people_in_facts", "named_in_full",
                                     "other_facts", "notation")
# The rule families (modules of extract/relations) that read notation rather than prose.
NOTATION_RULES = frozenset({"records", "genealogy", "leadins"})


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


def _persons(raw: RawFact) -> list[int]:
    return [raw.subject] + ([raw.object] if raw.object is not None else [])


def names_between(raw: RawFact, people: People) -> int:
    """Other people named between the two people's nearest mentions in the fact's sentence
    (0 when the sentence does not name both)."""
    if raw.object is None:
        return 0
    a, b = named_in(people, raw.subject, raw.sent), named_in(people, raw.object, raw.sent)
    if not a or not b:
        return 0
    first, second = min(((m, n) if m.start < n.start else (n, m) for m in a for n in b),
                        key=lambda pair: pair[1].start - pair[0].end)
    between = {m.person for m in people.within(first.end, second.start)}
    return len(between - {raw.subject, raw.object})


def people_in_facts(facts: Sequence[RawFact]) -> int:
    """How many people the facts are about (a document's stated facts and its denied ones are
    assembled apart, so a denial changes nothing of the stated facts)."""
    return len({p for f in facts for p in _persons(f)})


def named_in_full(raw: RawFact, people: People) -> bool:
    """Every person of the fact is named in its sentence by more than one word ('Ada Lund
    married Ben Voss', not 'Lund married him' or 'the couple wed')."""
    return all(any(len(m.form.split()) > 1 for m in named_in(people, p, raw.sent))
               for p in _persons(raw))


def context_features(raw: RawFact, index: MentionIndex) -> dict[str, float]:
    """The context features of ``raw`` in the document ``index`` describes."""
    people = index.people
    return {"names_between": _log(names_between(raw, people)),
            "people_in_facts": _log(index.people_in_facts),
            "named_in_full": float(named_in_full(raw, people)),
            "other_facts": _log(min(index.facts_of.get(p, 1) - 1 for p in _persons(raw))),
            "notation": float(raw.rule in NOTATION_RULES)}
