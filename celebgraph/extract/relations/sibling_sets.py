"""Lines that each name one set of siblings, under a title or lead-in about siblings.

    10 Sibling Duos Who Run Their Own Labels        (a title with a sibling word, or one of
    ...                                              the three lines before the block)
    1. Mara and Lena Kovac
    • Ines, Pablo and Marta Ruiz
    Tom & Will Ostrander (the elder is the drummer)
    Noor Haddad and Sami Belkacem                    (half-siblings: two full names)

A set line is an optional bullet or number, then names joined by ',', 'and' or '&', the last
with a surname that every one-word name before it shares, and nothing after but a
parenthesis. Names are found by their shape (the small model's NER misses most of them on a
line of their own); every pair of a line is a sibling pair.
"""

from __future__ import annotations

import itertools
import re

from celebgraph.extract.patterns.lexicons import NAME_PARTICLES, NOT_NAMES, SIBLING_TOPIC_WORDS
from celebgraph.extract.relations.notation import CharSpan, Claim

__all__ = ["find_sibling_sets"]

_LEAD = re.compile(r"[ \t]*(?:[•·▪*\-–][ \t]*|\d{1,2}[.)][ \t]+)?")
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_PAREN_TAIL = re.compile(r"\s*(?:\([^()\n]*\)?)?\s*$")
_MAX_ITEMS = 5
_MAX_WORDS = 4  # words of one item's name
_LEAD_IN_LINES = 3
_SIBLING_WORDS = SIBLING_TOPIC_WORDS | {"sibs", "siblings'", "brother-sister", "sister-brother"}


def _name_words(item: str) -> list[str] | None:
    """The words of a written name ('Mila van den Broek'), or None when it is not one."""
    words = item.split()
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    for word in words:
        if word.lower() in NAME_PARTICLES and word.islower():
            continue
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper() or word.lower() in NOT_NAMES:
            return None
    return words if words[0][0].isupper() and not words[-1].islower() else None


def _set_line(text: str, start: int, end: int) -> list[tuple[CharSpan, str]] | None:
    """The names of a set line as (span, full name), or None."""
    s = _LEAD.match(text, start, end).end()  # type: ignore[union-attr]
    tail = _PAREN_TAIL.search(text, s, end)
    e = tail.start() if tail else end
    items: list[CharSpan] = []
    pos = s
    for sep in _SEPARATOR.finditer(text, s, e):
        items.append((pos, sep.start()))
        pos = sep.end()
    items.append((pos, e))
    if not 2 <= len(items) <= _MAX_ITEMS:
        return None
    words = [_name_words(text[a:b]) for a, b in items]
    last = words[-1]
    if last is None or len(last) < 2 or any(w is None for w in words):
        return None
    surname = " ".join(last[1:])
    return [
        (span, f"{w[0]} {surname}" if len(w) == 1 else " ".join(w))
        for span, w in zip(items, words, strict=True)
        if w is not None
    ]


def _about_siblings(line: str) -> bool:
    return any(w.strip(".,:;!?()“”\"'").lower() in _SIBLING_WORDS for w in line.split())


def _lines(text: str) -> list[CharSpan]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return [(s, e) for s, e in spans if text[s:e].strip()]


def find_sibling_sets(text: str) -> tuple[list[Claim], list[CharSpan], dict[CharSpan, str]]:
    """The sibling claims of the set lines of ``text``, the lines they own, and the full name
    each name span stands for ('Mara' in 'Mara and Lena Kovac' → 'Mara Kovac')."""
    lowered = text.lower()
    if not any(word in lowered for word in _SIBLING_WORDS):
        return [], [], {}  # no line can be about siblings, so none is read as a set line
    lines = _lines(text)
    lines = lines[1:] if lines and text[lines[0][0] : lines[0][1]].startswith("date ") else lines
    topic = bool(lines) and _about_siblings(text[lines[0][0] : lines[0][1]])
    claims: list[Claim] = []
    owned: list[CharSpan] = []
    forms: dict[CharSpan, str] = {}
    led_in = -_LEAD_IN_LINES - 1  # the index of the last line with a sibling word
    for n, (s, e) in enumerate(lines):
        if _about_siblings(text[s:e]):
            led_in = n
        if not (topic or n - led_in <= _LEAD_IN_LINES or _block_led(owned, s)):
            continue  # no sibling word near: the line's shape is not read
        names = _set_line(text, s, e)
        if names is None:
            continue
        owned.append((s, e))
        forms.update(names)
        for (a, _), (b, _) in itertools.combinations(names, 2):
            claims.append(Claim("sibling", a, b, (s, e), confidence=0.8))
    return claims, owned, forms


def _block_led(owned: list[CharSpan], start: int) -> bool:
    """The line right after a set line read already: the block goes on."""
    return bool(owned) and start - owned[-1][1] <= 1
