"""How long a marriage has lasted, told in the present perfect of a dated article: 'X and Y
have been married for ten years' → the marriage began that many years before the publication
(the shared annotation guide counts 'after 13 years of marriage' back from the article's date
the same way); 'X has been married to Y for 12 years' likewise.

A sentence with a date of its own is left alone (its length may count from that date), and so
is a length hedged ('for nearly 13 years'). 'Her husband of 53 years' is no start: the length
may end before the news (an obituary's 'his wife of 40 years' whose marriage ended years ago).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from celebgraph.extract.dates.relative import NUMBER_WORDS, shift
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.relations.clauses import SentenceDates

__all__ = ["marriage_length_starts"]

_COUNT = rf"\d{{1,2}}|{'|'.join(w for w in NUMBER_WORDS if len(w) > 2)}"
_LENGTH = re.compile(
    rf"(?i)\b(?:has|have|'ve|\u2019ve)\s+been\s+married\s+(?:to\s+[^,;.]{{1,60}}?\s+)?"
    rf"(?:for\s+)?(?P<n>{_COUNT})\s+years?\b"
)


def marriage_length_starts(
    sent: Span, dates: SentenceDates, published: str | None, said: list[RawFact]
) -> None:
    """Give the start the length tells to the one couple whose spouse facts, read from
    ``sent``, have no start or end."""
    if published is None or dates.mentions:
        return
    found = list(_LENGTH.finditer(sent.text))
    spouses = [f for f in said
               if f.relation == "spouse" and f.sent == sent and f.start is None and f.end is None]
    if len(found) != 1 or len({frozenset((f.subject, f.object)) for f in spouses}) != 1:
        return
    count = found[0]["n"].lower()
    years = int(count) if count.isdigit() else NUMBER_WORDS[count]
    for f in spouses:
        f.start = shift(published[:4], years=-years)
