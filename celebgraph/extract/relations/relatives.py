"""Marriages told in a relative clause on the spouse's name: "Y, whom he married in 1989".

The parse hangs the clause on the name as ``relcl`` with the relative pronoun as the verb's
object; the clause's subject (a name, or a pronoun resolved by the discourse) is the other
spouse, and the clause's own date is the wedding's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.relations.clauses import SentenceDates
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import parsed

__all__ = ["relative_marriages"]

_OBJECT_RELATIVES = frozenset({"whom", "who", "that"})


def _object_relative(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in _OBJECT_RELATIVES for c in verb.children)


def _antecedent(disc: Discourse, verb: Token) -> int | None:
    """The person the clause hangs on: the name, or the name in apposition to the kin noun
    the parser hangs it on ('his first wife, Y (1934-1967), whom ...' hangs on 'wife')."""
    head = verb.head
    person = disc.person_at(head)
    if person is not None:
        return person
    named = [disc.person_at(c) for c in head.children if c.dep_ == "appos"]
    return next((p for p in named if p is not None), None)


def _other_spouse(
    disc: Discourse, sent: Span, subject: Token, spouse: int, said: list[RawFact]
) -> list[int]:
    """The clause's subject; a pronoun is the spouse the sentence already gave the antecedent
    ('A and his first wife, Y, whom he married ...': he is A), else what the discourse says."""
    if subject.pos_ == "PRON":
        paired = [
            f.subject if f.object == spouse else f.object
            for f in said
            if f.relation == "spouse" and spouse in (f.subject, f.object)
        ]
        if paired and paired[0] is not None:
            return [paired[0]]
    return [p for p in disc.refer(subject, sent) if p != spouse]


def relative_marriages(
    disc: Discourse,
    sent: Span,
    triggers: list[Trigger],
    dates: SentenceDates,
    said: list[RawFact],
) -> list[RawFact]:
    """'his first wife, Y, whom he married in 1989' → spouse(he, Y) from 1989."""
    if not parsed(sent.doc):
        return []
    facts: list[RawFact] = []
    for t in triggers:
        verb = sent.doc[t.start]
        if t.kind != "marry" or verb.dep_ != "relcl" or not _object_relative(verb):
            continue
        spouse = _antecedent(disc, verb)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if spouse is None or not subjects:
            continue
        for other in _other_spouse(disc, sent, subjects[0], spouse, said):
            facts.append(RawFact("spouse", other, spouse, sent, 0.8, start=dates.first(t)))
    return facts
