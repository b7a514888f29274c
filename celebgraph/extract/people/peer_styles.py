"""People called by a peer's style: 'the Dowager Duchess of Arden', 'the Earl and Countess of
Marlow', 'the Hereditary Grand Duchess of X', and by the style alone ('the Duke', 'the Grand
Duchess's parents'); ``peerages`` reads the plain 'the Duke of Arden' and a peerage apposed
to a name. Read after the other passes:

- 'the [Dowager] Rank of Place' is a person (form 'Dowager Duchess of Arden'); 'the Earl and
  Countess of Marlow' are two ('Earl of Marlow', 'Countess of Marlow'). When the document
  names one person under the same style ('Grand Duchess Ilse'), the peerage is hers.
- a capitalised 'the [Grand] Rank' with no name after it is the document's holder of that
  style: one without an ordinal ('Duke of Arden', not 'Tom Pike, 6th Duke of Arden') when
  there is one, else the one last named before it; no one when the document has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from celebgraph.extract.patterns.names import (
    PEER_RANK_MODIFIERS,
    PEER_RANKS,
    PLACE_NOUNS,
    STYLE_RANKS,
)
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.tokens import Tokens, tokens_of

__all__ = ["add_peer_styles"]

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_GLUE = frozenset({"and", "&"})


def _rank(t: Tokens, i: int) -> bool:
    return t.lower[i] in PEER_RANKS and t.text[i][:1].isupper()


def _seat(t: Tokens, i: int) -> bool:
    """Token i is a seat's one-word name: a second capitalised word is more often a Title-Case
    headline's ('Duke of Arden Welcomes Son') or a building's ('Prince of Wales Theatre')."""
    if not (i < len(t.text) and t.text[i][:1].isupper() and t.pos[i] == "PROPN"):
        return False
    nxt = i + 1
    return not (nxt < len(t.text) and t.lower[nxt] in PLACE_NOUNS and t.text[nxt][:1].isupper())


def _style_start(t: Tokens, rank: int) -> int:
    """The first word of the style ending in the rank at ``rank``: its modifiers and ordinal."""
    start = rank
    while start > 0 and (
        (t.lower[start - 1] in PEER_RANK_MODIFIERS and t.text[start - 1][:1].isupper())
        or _ORDINAL.fullmatch(t.text[start - 1])
    ):
        start -= 1
    return start


def _introduced(t: Tokens, start: int) -> bool:
    """A style written as a name: after 'the' or at a line's start ('was created Duke of
    Arden' gives a title, not a person)."""
    return start == 0 or t.lower[start - 1] == "the" or "\n" in t.space[start - 1]


def _peerages(doc: Doc, taken: set[int]) -> list[Mention]:
    """'the Rank of Place' and 'the Rank and Rank of Place', not inside another mention."""
    t = tokens_of(doc)
    found: list[Mention] = []
    for i in range(len(doc) - 2):
        if not _rank(t, i) or t.lower[i + 1] != "of" or not _seat(t, i + 2):
            continue
        start = _style_start(t, i)
        first = _style_start(t, start - 2) if start >= 2 and t.lower[start - 1] in _GLUE else -1
        seat = t.text[i + 2]
        if first >= 0 and _rank(t, start - 2) and _introduced(t, first):
            if not taken.intersection(range(first, start - 1)):
                found.append(_peer(t, first, start - 1, seat))
        elif not _introduced(t, start):
            continue
        if not taken.intersection(range(start, i + 3)):
            found.append(_peer(t, start, i + 3, seat))
    return found


def _peer(t: Tokens, start: int, end: int, seat: str) -> Mention:
    """The mention of tokens ``start:end`` whose style ends ``end - 1`` or before 'of'."""
    style = t.text[start:end]
    if style[-1] == seat:
        style = style[:-2]
    return Mention(start, end, f"{' '.join(style)} of {seat}")


def _style(words: list[str], rank: int) -> str:
    """The style ending at ``words[rank]``, lower case, without an ordinal: 'grand duke'."""
    start = rank
    while start > 0 and words[start - 1].lower() in PEER_RANK_MODIFIERS:
        start -= 1
    return " ".join(words[start : rank + 1]).lower()


def _styles(form: str) -> Iterable[tuple[str, bool, bool]]:
    """Each style of a name: (style, whether it heads a name 'Grand Duke Otto', whether an
    ordinal numbers it '6th Duke of Arden')."""
    words = form.replace(",", " ").split()
    for k, word in enumerate(words[:-1]):
        if word.lower() in STYLE_RANKS and word[:1].isupper():
            style = _style(words, k)
            heads = words[k + 1] != "of" and k == len(style.split()) - 1
            yield style, heads, k > 0 and bool(_ORDINAL.fullmatch(words[k - 1]))


def _give_to_named(found: list[Mention], mentions: list[Mention]) -> None:
    """'the Grand Duchess of Arland' is 'Grand Duchess Ilse' when she is the only one of the
    document's names under that style (her peerage stays an alias)."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        for style, heads, _ in _styles(m.form):
            if heads:
                named.setdefault(style, set()).add(m.form)
    for m in found:
        style = next(iter(_styles(m.form)))[0]
        if len(named.get(style, ())) == 1:
            m.form, m.aliases = next(iter(named[style])), (m.form,)


def _holder(style: str, at: int, mentions: list[Mention]) -> str | None:
    """The person 'the <style>' at token ``at`` means (see the module's docstring)."""
    held = [(m.form, s, o)
            for m in mentions for n in (m.form, *m.aliases) for s, _, o in _styles(n)]
    holders = {f: o for f, s, o in held if s == style}  # 'Tom Pike' of 'Tom Pike, the Duke of X'
    if not holders:
        holders = {f: o for f, s, o in held if s.endswith(style.split()[-1])}
    plain = [f for f, ordinal in holders.items() if not ordinal]
    if len(plain) == 1:
        return plain[0]
    pool = plain or list(holders)
    last = [m for m in mentions if m.start < at and any(_names(m.form, f) for f in pool)]
    if last:
        return next(f for f in pool if _names(last[-1].form, f))
    return pool[0] if pool else None


def _names(form: str, full: str) -> bool:
    """'Prince Eli' names 'Prince Eli, Duke of Ware'."""
    return full == form or full.startswith(form + ",")


def _bare_styles(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[Mention]:
    """'the Duke', 'the Grand Duchess's': the document's holder of that style, if any."""
    t = tokens_of(doc)
    found: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for i in range(1, len(doc)):
        if t.lower[i] not in STYLE_RANKS or not t.text[i][:1].isupper() or i in taken:
            continue
        if i + 1 < len(doc) and (t.lower[i + 1] in {"of", *_GLUE} or t.pos[i + 1] == "PROPN"):
            continue
        start = _style_start(t, i)
        if t.lower[start - 1] != "the" or taken.intersection(range(start, i)):
            continue
        holder = _holder(" ".join(t.lower[start : i + 1]), start, ordered)
        if holder is not None:
            found.append(Mention(start, i + 1, holder))
    return found


def _with_modifiers(doc: Doc, mentions: list[Mention]) -> None:
    """A peerage mention ('Duchess of Kelby', ``peerages.peerage_spans``) takes the words of its
    style before it: 'the Dowager Duchess of Kelby' is not the Duchess of Kelby."""
    t = tokens_of(doc)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        start = _style_start(t, m.start)
        if _rank(t, m.start) and start < m.start and not taken.intersection(range(start, m.start)):
            m.form = f"{' '.join(t.text[start:m.start])} {m.form}"
            m.start = start


def add_peer_styles(doc: Doc, mentions: list[Mention]) -> None:
    """Add the mentions of people called by a peerage or by its style alone, in text order."""
    _with_modifiers(doc, mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = _peerages(doc, taken)
    _give_to_named(found, mentions)
    mentions.extend(found)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions.extend(_bare_styles(doc, mentions, taken))
    mentions.sort(key=lambda m: m.start)
