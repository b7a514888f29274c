"""The couple an event noun names after it, as announcements write them: 'the engagement of
their daughter, Nell, to Mr Ravi Sood', 'The engagement is announced between Tomas, elder son
of Mr and Mrs Piet Varga, of Leeds, and Mira, younger daughter of Dr Omar Haddad', 'The
marriage took place on Saturday at St Anne's between Mr Jonas Reed, son of ..., and Miss Alma
Frost, daughter of ...'.

Each party may carry an apposition that names its parents and where they live, so the second
party is the name after the first party's apposition, not simply the next name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.patterns.kin import kin_at
from celebgraph.extract.patterns.lexicons import CHILD_MODIFIERS, DESCRIPTOR_WORDS, NAME_TITLES
from celebgraph.extract.patterns.names import HONORIFICS, OCCUPATIONS, STYLE_OF_ADDRESS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.groups import mention_end
from celebgraph.extract.people.slots import kin_of_apposition

__all__ = [
    "noun_pair",
    "of_names_a_party",
]

COUPLE_EVENT_NOUNS = frozenset({"engagement", "marriage", "wedding", "union"})
_BETWEEN_REACH = 30  # 'took place on Saturday, 4 June, at St Anne's Church, Dorking, between'
_BEFORE_NAME = (frozenset({"their", "his", "her", "the", "a", "an", ",", "late"})
                | CHILD_MODIFIERS | HONORIFICS | NAME_TITLES  # 'to Mr. X' when X alone is the name
                | STYLE_OF_ADDRESS)  # 'between HRH Prince X': the style is no part of the name


def noun_pair(disc: Discourse, sent: Span, noun: int) -> tuple[int, int] | None:
    """The two people of the event noun at token ``noun``: 'of X to Y', 'of X and Y' or
    'between X and Y' after it; None when it names no such pair."""
    doc = sent.doc
    if doc[noun].lower_ not in COUPLE_EVENT_NOUNS or noun + 1 >= sent.end:
        return None
    if doc[noun + 1].lower_ == "of":
        first, after = _party(disc, sent, noun + 2)
        after += after < sent.end and doc[after].text == ","  # 'of their daughter, Nell, to'
        if first is None or after >= sent.end or doc[after].lower_ not in {"to", "and", "&"}:
            return None  # 'the engagement of X to Y', 'the wedding of X and Y'
        second, _ = _party(disc, sent, after + 1)
    else:
        reach = range(noun + 1, min(sent.end, noun + _BETWEEN_REACH))
        between = next((j for j in reach if doc[j].lower_ == "between"), None)
        if between is None:
            return None
        first, after = _party(disc, sent, between + 1)
        while after < sent.end and doc[after].lower_ in {",", "and", "&"}:
            after += 1
        second, _ = _party(disc, sent, after) if first is not None else (None, after)
        if first is not None and second is None:
            second = _after_comma_and(disc, sent, after, first)
    if first is None or second is None or first == second:
        return None
    return first, second


def _after_comma_and(disc: Discourse, sent: Span, j: int, first: int) -> int | None:
    """'between X, KCVO (born 1984), second son of A (b 1950), by his first wife B (b 1961), and
    Y': past what the first party carries (honours, parentheses, parents), the second party
    is the name after the first ', and' outside parentheses ('A and B' inside the parents'
    apposition has no comma before its 'and')."""
    doc, depth = sent.doc, 0
    for k in range(j, sent.end - 1):
        depth += (doc[k].text == "(") - (doc[k].text == ")")
        if depth or doc[k].lower_ not in {"and", "&"} or doc[k - 1].text not in {",", ")"}:
            continue
        second, _ = _party(disc, sent, k + 1)
        return second if second != first else None
    return None


def of_names_a_party(disc: Discourse, sent: Span, noun: int) -> bool:
    """'attended the wedding of X's son': the event noun's 'of' phrase names its couple, so the
    people around it (the guests) are no party of it, whether or not the pair is read."""
    doc = sent.doc
    if doc[noun].lower_ not in COUPLE_EVENT_NOUNS or noun + 2 >= sent.end:
        return False
    if doc[noun + 1].lower_ != "of":
        return False
    return doc[noun + 2].pos_ == "PROPN" or _party(disc, sent, noun + 2)[0] is not None


def _party(disc: Discourse, sent: Span, j: int) -> tuple[int | None, int]:
    """The person named from token j (past 'their daughter,') and the token after the name,
    its residence and its parents' apposition ('son of X and Y, of Leeds')."""
    doc = sent.doc
    start = j
    while j < sent.end and j - start < 8 and disc.person_at(doc[j]) is None:
        if doc[j].lower_ not in _BEFORE_NAME and kin_at(doc, j) is None and not _described(doc[j]):
            return None, j
        j += 1
    person = disc.person_at(doc[j]) if j < sent.end else None
    if person is None:
        return None, j
    end = mention_end(disc, j)
    return person, _past_parents(disc, sent, end)


_AGE_PARTS = frozenset({"-", "year", "years", "old", "year-old"})


def _described(tok: Token) -> bool:
    """A word of a description before a party's name: 'of actor X to singer Y', 'of
    34-year-old X' (an occupation, a descriptor, the parts of an age)."""
    lower = tok.lower_
    return (lower in OCCUPATIONS or lower in DESCRIPTOR_WORDS or lower in _AGE_PARTS
            or tok.like_num)


def _past_parents(disc: Discourse, sent: Span, k: int) -> int:
    """Past ', [elder] son of X and Y[, of Place]' at token k, else k."""
    of = kin_of_apposition(sent.doc, k)
    if of is None or of + 1 >= sent.end:
        return k
    groups = disc.groups(sent, of + 1, sent.end)
    return groups[0].end if groups and groups[0].start <= of + 3 else k
