"""A marriage told as a noun with its two people: "Her marriage to X ended in 1990",
"announced the marriage of their daughter, X, to Y", "the engagement of X to Y",
"His first marriage, to the singer X, ended in divorce in 1976", "Y's second marriage, to X,
lasted from 1980 to 1985".

The parse hangs the possessor on the noun as ``poss`` and the other spouse on its "to" phrase
(``prep`` → ``pobj``, the name itself or in apposition to a job noun: "to the singer X").
The noun's verb dates the marriage: "ended in 1976" its end, "lasted from A to B" both ends.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.lexicons import MARRIAGE_END_VERBS, MARRIAGE_SPAN_VERBS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.relations.clauses import SentenceDates

__all__ = ["marriage_noun_facts"]


def marriage_noun_facts(disc: Discourse, sent: Span, dates: SentenceDates) -> list[RawFact]:
    """Spouse facts of every 'marriage' in the sentence that names both its people."""
    facts: list[RawFact] = []
    for noun in sent:
        relation = _NOUNS.get(noun.lower_)
        if relation is None:
            continue
        owner = _owner(disc, sent, noun)
        spouse = _to_whom(disc, noun)
        if owner is None or spouse is None or owner == spouse:
            continue
        start, end = _span(noun, dates) if relation == "spouse" else (None, None)
        facts.append(RawFact(relation, owner, spouse, sent, 0.75, start=start, end=end))
    return facts


# 'the marriage of X to Y', 'announced the engagement of their daughter, X, to Y'
_NOUNS = {"marriage": "spouse", "engagement": "engaged"}


def _owner(disc: Discourse, sent: Span, noun: Token) -> int | None:
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is None:
        return _of_whom(disc, noun)
    found = disc.refer(possessor, sent)
    return found[0] if len(found) == 1 else None


def _of_whom(disc: Discourse, noun: Token) -> int | None:
    """'the marriage of X', 'of their daughter, X': the person the 'of' phrase names."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for tok in (obj, *(c for c in obj.children if c.dep_ == "appos")):
                if (person := disc.person_at(tok)) is not None:
                    return person
    return None


def _to_phrases(noun: Token) -> list[Token]:
    """The noun's 'to' phrases; also one the parse hung on the verb the noun is the object of
    ('announced the marriage of X to Y')."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ == "dobj":
        preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    return [p for p in preps if p.lower_ == "to"]


def _to_whom(disc: Discourse, noun: Token) -> int | None:
    for prep in _to_phrases(noun):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for tok in (obj, *(c for c in obj.children if c.dep_ == "appos")):
                person = disc.person_at(tok)
                if person is not None:
                    return person
    return None


def _span(noun: Token, dates: SentenceDates) -> tuple[str | None, str | None]:
    """(start, end) from the verb the noun is the subject of."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in MARRIAGE_END_VERBS | MARRIAGE_SPAN_VERBS:
        return None, None
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    told = [
        m.value
        for m in dates.mentions
        if m.value
        and verb.left_edge.i <= dates.token_of[id(m)] <= verb.right_edge.i
        and dates.token_of[id(m)] not in inside
    ]
    if verb.lemma_.lower() in MARRIAGE_SPAN_VERBS:
        return (told[0], told[1]) if len(told) == 2 else (None, None)
    return None, told[0] if told else None
