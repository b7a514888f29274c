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

__all__ = ["is_romance_noun", "lasting", "romance_pair"]


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


_LASTING = frozenset({"year", "years", "long", "longtime", "long-term", "decades", "decade"}
                     | {"month", "months"})  # 'after a six-month relationship'


def lasting(noun: Token) -> bool:
    """'a 14-year relationship', 'their decade-long romance': a romance told with how long it
    lasted (the two were a couple, for years)."""
    return any(c.dep_ in {"compound", "amod", "nummod", "nmod"} and c.lower_ in _LASTING
               for c in noun.children)


def _lasting_pair(disc: Discourse, sent: Span, noun: Token) -> tuple[int, int] | None:
    """Whose lasting romance: 'their' / 'whose' of a couple, else the two subjects of the verb
    it hangs off ('A and B split after a 14-year relationship', '... ended their romance')."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "whose":
        owner = next((a for a in noun.ancestors if a.dep_ != "relcl" and a.pos_ == "NOUN"), None)
    people = disc.refer(owner, sent) if owner is not None else []
    if owner is None:
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        people = people_of_phrases(disc, sent, subjects_of(verb))
    return (people[0], people[1]) if len(people) == 2 else None


def romance_pair(disc: Discourse, sent: Span, noun: Token) -> tuple[int, int] | None:
    """The couple of 'A and B began an affair' / 'A began an affair with B', else None."""
    if lasting(noun):
        return _lasting_pair(disc, sent, noun)
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
