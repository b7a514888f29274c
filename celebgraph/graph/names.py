"""What a name says about who it may be: generation markers, first words, middle names.

Pure functions over folded names (``model.fold``), used by ``resolve``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from celebgraph.graph.model import fold

__all__ = ["first_word", "generation", "given_name", "middle_compatible", "same_generation",
           "untitled", "words"]

_MARKERS = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "junior", "senior"})
_ELDER = re.compile(r"\bthe (elder|younger)\b")
# Titles and styles before a name ("Mrs." is not one: "Mrs. John Doe" is not John Doe).
_TITLES = frozenset({
    "sir", "dame", "lady", "lord", "prince", "princess", "king", "queen", "duke", "duchess",
    "crown", "hereditary", "grand", "archduke", "archduchess", "emperor", "empress", "earl",
    "count", "countess", "baron", "baroness", "marquess", "viscount", "dr", "mr",
})
_TERRITORY = re.compile(r"(,\s*(the\s+)?\w+\s+of\s+.*|\s+of\s+[A-Z].*)$")


def words(name: str) -> list[str]:
    return fold(name).replace(".", " ").split()


def first_word(name: str) -> str:
    tokens = words(name)
    return tokens[0] if tokens else ""


def generation(names: Iterable[str]) -> frozenset[str]:
    """The generation markers (jr, sr, ii-v, the elder/younger) any of these names carries."""
    found: set[str] = set()
    for name in names:
        tokens = words(name)
        found |= {t for t in tokens[1:] if t in _MARKERS}
        found |= {m.group(1) for m in _ELDER.finditer(fold(name))}
    return frozenset({"jr" if t == "junior" else "sr" if t == "senior" else t for t in found})


def untitled(name: str) -> str | None:
    """The name without its leading titles and, then, its territorial designation
    ("Prince Andrew, Duke of York" → "Andrew", "Dame Angela Lansbury" → "Angela Lansbury");
    None when it has no title."""
    tokens = name.split()
    n = 0
    while n < len(tokens) - 1 and tokens[n].rstrip(".").casefold() in _TITLES:
        n += 1
    if n == 0:
        return None
    rest = _TERRITORY.sub("", " ".join(tokens[n:])).strip(" ,")
    return rest or None


def given_name(name: str) -> str:
    """The first word of the name once titles are dropped."""
    return first_word(untitled(name) or name)


def same_generation(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two people's names carry the same generation markers (none counts as one)."""
    return generation(a) == generation(b)


def middle_compatible(short: str, long: str) -> bool:
    """``short`` may be ``long`` with middle names dropped or given as initials.

    Same first and last word; ``short``'s middle words, if any, match ``long``'s middle words
    one to one, in order, each in full or as its initial ("George H.W. Bush" / "George Herbert
    Walker Bush", "Lynne Spears" / "Lynne Irene Spears"; not "George W. Bush" / "George Herbert
    Walker Bush").
    """
    s, lo = words(short), words(long)
    if len(s) < 2 or s == lo:
        return len(s) >= 2
    if len(lo) < len(s) or s[0] != lo[0] or s[-1] != lo[-1]:
        return False
    if generation([short]) or generation([long]):
        return False
    sm, lm = s[1:-1], lo[1:-1]
    if not sm:
        return True
    if len(sm) != len(lm):
        return False
    return all(a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(sm, lm, strict=True))
