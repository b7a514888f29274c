"""Siblings named in a list after a plural sibling word with no one's kin before it.

"brothers Karl and Jens Voss and sisters Ida and Liv Holm" — each kin noun's own items;
"sibling acts such as Mara and Lena Kovac, Tom and Will Ostrander" — a list of pairs: the names
that share a surname, when the list holds several such groups.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.people.discourse import Discourse

__all__ = ["before_next_kin", "sibling_list_facts", "siblings_among"]


def siblings_among(targets: list[int], sent: Span) -> list[RawFact]:
    """Every pair of the targets."""
    return [
        RawFact("sibling", a, b, sent, 0.7) for n, a in enumerate(targets) for b in targets[n + 1 :]
    ]


def before_next_kin(disc: Discourse, sent: Span, tok: Token, targets: list[int]) -> list[int]:
    """The targets named before the next kin noun ('twin daughters A and B, and son C')."""
    nxt = next((t.i for t in sent.doc[tok.i + 1 : sent.end] if kin_of(t)), sent.end)
    named = {m.person for m in disc.people.within(tok.i + 1, nxt)}
    return [p for p in targets if p in named]


def sibling_list_facts(
    disc: Discourse, sent: Span, tok: Token, targets: list[int]
) -> list[RawFact]:
    """The sibling pairs of the list a plural sibling word introduces."""
    own = before_next_kin(disc, sent, tok, targets)
    groups = _surname_groups(disc, own)
    if len(groups) >= 2 and all(len(g) >= 2 for g in groups):
        return [f for g in groups for f in siblings_among(g, sent)]  # a list of pairs
    return siblings_among(own, sent)


def _surname_groups(disc: Discourse, persons: list[int]) -> list[list[int]]:
    """The persons grouped by their last name word; one group when some have none."""
    by_surname: dict[str, list[int]] = defaultdict(list)
    for person in persons:
        words = disc.people.name(person).split()
        if len(words) < 2:
            return [persons]
        by_surname[words[-1]].append(person)
    return list(by_surname.values())
