"""A romance told as a noun: its two people from the parse of the verb it is the object of.

"A and B began an affair in 1998" → partners from 1998; "A rekindled her romance with B";
"The two rekindled their romance" (the couple in focus). The noun alone ("the affair made
headlines") tells nothing new.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.patterns.romance import ROMANCE_EVENT_NOUNS, ROMANCE_START_VERBS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.relations.roles import people_of_phrases, subjects_of

__all__ = ["is_romance_noun", "romance_pair"]


def is_romance_noun(tok: Token) -> bool:
    return tok.lower_ in ROMANCE_EVENT_NOUNS and tok.pos_ == "NOUN"


def _with_objects(noun: Token, verb: Token) -> list[Token]:
    """'an affair with B', 'began a romance with B' (the 'with' on the noun or the verb)."""
    return [
        pobj
        for head in (noun, verb)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def romance_pair(disc: Discourse, sent: Span, noun: Token) -> tuple[int, int] | None:
    """The couple of 'A and B began an affair' / 'A began an affair with B', else None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ROMANCE_START_VERBS:
        return None
    subjects = people_of_phrases(disc, sent, subjects_of(verb))
    others = [p for p in people_of_phrases(disc, sent, _with_objects(noun, verb))
              if p not in subjects]
    if subjects and others:
        return subjects[0], others[0]
    if len(subjects) >= 2 and not others:
        return subjects[0], subjects[1]
    return None
