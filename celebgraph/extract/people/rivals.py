"""Who else a sentence puts beside its subject, so that 'his' or 'her' of the next sentence
may mean either: a name coordinated with the subject ('A and B met at the premiere. His sons
...'). A possessive of a kin noun that falls back on the last subject takes nobody when such a
rival has the same gender (``Discourse.rivals``). A relative the sentence tells more about ('A
had a brother, B, who was an actor. His sons ...') is no rival: 'his' stays A's, the subject's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from celebgraph.extract.tokens import parsed, tokens_of

if TYPE_CHECKING:
    from celebgraph.extract.people.discourse import Discourse

__all__ = ["subject_rivals"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def subject_rivals(disc: Discourse, sent: Span, subject: int) -> set[int]:
    """The persons of ``sent`` named as conjuncts of its main ``subject`` (not 'A and his son
    B', whom a possessive ties to A)."""
    if not parsed(disc.doc):
        return set()
    rivals: set[int] = set()
    dep = tokens_of(disc.doc).dep
    for i in range(sent.start, sent.end):
        if dep[i] not in _SUBJECTS:
            continue  # most words: no Token made
        token = disc.doc[i]
        if disc.person_at(token) == subject:
            rivals |= {p for c in token.conjuncts if (p := _named(disc, c)) is not None}
    rivals.discard(subject)
    return rivals


def _named(disc: Discourse, token: Token) -> int | None:
    """The person a conjunct names by itself (no possessive: 'his son B' is A's kin)."""
    if any(c.dep_ == "poss" for c in token.children):
        return None
    return disc.person_at(token)
