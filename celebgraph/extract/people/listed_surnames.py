"""A surname written once at the end of a list of given names belongs to every one of them.

"his brothers Luc, Remy, and Alain Moreau" → Luc Moreau, Remy Moreau, Alain Moreau;
"daughters Ines, Alva and Lotta Quist" → Ines Quist, Alva Quist. Each item before the full
name is one word (a known given name, or at least no surname of the document's people), the
items are joined by commas and a last "and" right before the full name, and the document names
nobody else with that given name and another surname.
"""

from __future__ import annotations

from spacy.tokens import Doc

from celebgraph.extract.patterns.lexicons import NAME_TITLES
from celebgraph.extract.patterns.names import HONORIFICS, given_names
from celebgraph.extract.people.chains import name_words
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.tokens import tokens_of

__all__ = ["share_listed_surnames"]

# between the last given name and the full name
_LAST_JOINS: tuple[tuple[str, ...], ...] = (("and",), (",", "and"), ("&",))


def share_listed_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """Give the surname of a list's last, full name to the lone given names listed before it."""
    ordered = sorted(mentions, key=lambda m: m.start)
    firsts: dict[str, set[str]] = {}
    for m in ordered:
        if len(words := name_words(m.form)) > 1:
            firsts.setdefault(words[0], set()).add(words[-1])
    lasts = {last for surnames in firsts.values() for last in surnames}
    lower = tokens_of(doc).lower
    for n, full in enumerate(ordered):
        words = [w for w in name_words(full.form) if w.lower() not in HONORIFICS]
        if len(words) < 2 or any(w.lower() in NAME_TITLES for w in words):
            continue
        surname, joins, k = words[-1], _LAST_JOINS, n - 1
        items: list[Mention] = []
        while k >= 0 and tuple(lower[ordered[k].end : ordered[k + 1].start]) in joins:
            item = ordered[k]
            if not _lone_given(item, surname, firsts, lasts):
                break
            items.append(item)
            joins, k = ((",",),), k - 1
        if len(items) < 2:
            continue  # 'Ada and Ben Roe' alone: the older passes decide
        for item in items:
            if len(name_words(item.form)) == 1:
                item.form = f"{item.form} {surname}"


def _lone_given(item: Mention, surname: str, firsts: dict[str, set[str]],
                lasts: set[str]) -> bool:
    """The item is one given name ('Remy'), or one that took the surname already ('Alva' of
    'Alva and Lotta Quist')."""
    words = name_words(item.form)
    if len(words) == 2 and words[1] == surname:
        words = words[:1]
    return (len(words) == 1 and (words[0].lower() in given_names() or words[0] not in lasts)
            and firsts.get(words[0], {surname}) == {surname})
