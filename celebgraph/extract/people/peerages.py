"""Peerages as names: 'the Duke of Harwick married ...' names the duke, and 'Richard Lisle, the
Earl of Wexcombe' gives Richard Lisle a second name (which ``graph.names.peerage_forms`` then
reads across articles: 'Lord Wexcombe' of another article is a candidate for him)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from celebgraph.extract.patterns.lexicons import NAME_TITLES
from celebgraph.extract.patterns.names import CORPORATE_NOUNS, PEER_RANKS, PLACE_NOUNS
from celebgraph.extract.tokens import sentence_start, tokens_of

if TYPE_CHECKING:
    from celebgraph.extract.people.mentions import Mention

__all__ = ["apposed_peerages", "peerage_spans"]

_NOT_A_SEAT = PLACE_NOUNS | CORPORATE_NOUNS
_ROYAL_RANKS = frozenset({"prince", "princess"})
_STYLED = frozenset({"hrh", "highness", "h.r.h."})
# What may stand between a name and the peerage apposed to it: 'Ada Moss, the Duchess of X'.
_APPOSITION = (",", "the")


def peerage_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'The Duke of Harwick married ...': a capitalised peerage and its seat name its holder;
    not 'the Duke of Kent Hospital' (an institution named after one), nor a reigning house's
    compound style ('the Hereditary Grand Duchess of X'), which such articles also write with
    the given name ('Hereditary Grand Duchess Ada') and nothing here joins the two."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for i in range(len(doc) - 2):
        if (not (t.lower[i] in PEER_RANKS or _styled_royal(t.lower, i))
                or not t.text[i][:1].isupper() or t.lower[i + 1] != "of"
                or t.pos[i + 2] != "PROPN" or not t.text[i + 2][:1].isupper()
                or taken.intersection(range(i, i + 3))
                or (i > 0 and t.lower[i - 1] in NAME_TITLES)):
            continue
        end = i + 3
        while end < len(doc) and t.pos[end] == "PROPN" and t.text[end][:1].isupper():
            end += 1
        if t.lower[end - 1] in _NOT_A_SEAT or (end < len(doc) and t.lower[end] in _NOT_A_SEAT):
            continue
        spans.append((i, end))
        taken.update(range(i, end))
    return spans


def _styled_royal(lower: list[str], i: int) -> bool:
    """'HRH The Prince of Wrenmoor', 'Her Royal Highness the Princess of X': a royal rank and
    its seat name a person only behind a style of address ('the Prince of Darkness' names no
    one)."""
    if lower[i] not in _ROYAL_RANKS:
        return False
    j = i - 1 - (i > 0 and lower[i - 1] == "the")
    return j >= 0 and lower[j] in _STYLED


def apposed_peerages(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A peerage apposed to the name right before it ('Richard Lisle, the Earl of Wexcombe,')
    is another name of that person, no one else."""
    lower = tokens_of(doc).lower
    kept: list[Mention] = []
    for m in mentions:
        before = kept[-1] if kept else None
        between = tuple(lower[before.end:m.start]) if before else ()
        if (before is not None and lower[m.start] in PEER_RANKS and between
                and between == _APPOSITION[:len(between)]
                and sentence_start(doc[before.start]) == sentence_start(doc[m.start])):
            if m.form not in before.aliases:
                before.aliases = (*before.aliases, m.form)
            continue
        kept.append(m)
    return kept
