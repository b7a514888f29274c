"""Features of a fact read from its article rather than its pattern: how many people the
article's facts are about, and how many other people stand between the fact's two names.

A rule tuned on some texts reads its own facts there as "direct" whatever they say, so the
pattern's features fit those texts; these describe the text around the fact. An article whose
facts spread over many people (a listicle, an obituary's survivors, a wedding's guests) is
where a family fact goes to the wrong person, and a name with others between it and its
relative is a later item of a list or sits across a clause about someone else.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from celebgraph.extract.facts.evidence import named_in
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.persons import People

__all__ = ["CONTEXT_FEATURES", "context_features", "people_in_facts"]

CONTEXT_FEATURES: tuple[str, ...] = ("names_between", "people_in_facts")


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


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
    return len({p for f in facts for p in (f.subject, f.object) if p is not None})


def context_features(raw: RawFact, people: People, in_facts: int) -> dict[str, float]:
    """The context features of ``raw`` among the document's ``people``, whose facts are about
    ``in_facts`` people."""
    return {"names_between": _log(names_between(raw, people)),
            "people_in_facts": _log(in_facts)}
