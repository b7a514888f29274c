"""Marriages the text states but no rule could read, because a side of it is no name we know.

"Paul Jr. married Lena Voss in 1972. Their daughter, Mia, ...": when the small model's NER
misses "Paul Jr.", no spouse fact is made and no couple noted, yet the marriage puts a new
couple in play: 'their' is that couple, never the couple the text named before it (Paul's
parents). The marriage verb is marked so that the couple in focus ends there (``Couples.block``):
a reference after it finds nobody rather than the wrong pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from celebgraph.extract.patterns.lexicons import MARRY_VERBS
from celebgraph.extract.tokens import sentence_words, tokens_of

if TYPE_CHECKING:
    from celebgraph.extract.people.discourse import Discourse

__all__ = ["unread_marriages"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LOOSE = frozenset({"npadvmod", "dep", "oprd"})  # a name the parser could not place
_NOT_A_SIDE = frozenset({"other", "another", "one"})  # 'they married each other'
_RELATIVE = frozenset({"who", "that"})
_SPEAKERS = frozenset({"i", "we", "you"})
_NOT_PEOPLE = frozenset(
    {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL", "EVENT", "MONEY", "QUANTITY"}
)


def unread_marriages(disc: Discourse, sent: Span) -> list[int]:
    """Token indices of the marriage verbs of ``sent`` whose one side is a name that stands
    for no person we know, or a description ('X married a nurse') beside no one of the couple
    in focus ('I married my best friend' said by one of it is that couple, or quoted)."""
    found: list[int] = []
    if MARRY_VERBS.isdisjoint(sentence_words(sent)):
        return found
    t = tokens_of(sent.doc)  # lemma and part of speech by the table: a Token only for verbs
    for i in range(sent.start, sent.end):
        if t.lemma_lower[i] not in MARRY_VERBS or t.pos[i] not in {"VERB", "ADJ"}:
            continue
        verb = sent.doc[i]
        subject, obj = _subject(verb), _object(verb)
        if subject is None or obj is None:
            continue
        sides = [(side, disc.refer(side, sent)) for side in (subject, obj)]
        known = [p for _, persons in sides for p in persons]
        unread = [side for side, persons in sides if not persons and _may_be_person(side)]
        speaker = subject.lower_ in _SPEAKERS  # 'I married my best friend': the one quoted
        if any(side.pos_ == "PROPN" or not (speaker or _in_focus(disc, known))
               for side in unread):
            found.append(verb.i)
    return found


def _may_be_person(side: Token) -> bool:
    """A name or a noun the NER does not call a date, a place, a number (never a pronoun,
    'both' or 'the two': a group the rules read in their own way)."""
    return side.pos_ in {"PROPN", "NOUN"} and side.ent_type_ not in _NOT_PEOPLE


def _in_focus(disc: Discourse, persons: list[int]) -> bool:
    couple = disc.couples.focus(disc.counts)
    return couple is not None and couple.has_any(set(persons))


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None and verb.dep_ in {"acomp", "amod"}:  # 'X is married to Y'
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head  # 'X, who married Y'
    return subject


def _object(verb: Token) -> Token | None:
    """'X married Y', 'X married, in 1955, Y' (a name the parser reads as an adverbial),
    'X was married to Y'."""
    for child in verb.children:
        if child.i < verb.i or child.lower_ in _NOT_A_SIDE:
            continue
        if child.dep_ == "dobj" or (child.dep_ in _LOOSE and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() != "elope":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
