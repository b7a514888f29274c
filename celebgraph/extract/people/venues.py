"""Names of venues the NER or a name slot took for a person: 'married in Vellmoor Cathedral',
'born at the Sankt Anna Clinic', 'the Grand Ducal Court announced'.

A name is a venue when it ends in a venue noun (cathedral, clinic, court...) and a word before
it says so: a preposition of place ('in', 'at', 'near') or 'the' (a person's name takes no
article: 'the Ada Hall' is a building). A possessive after it ('at Ada Hall's side') keeps it
a person. A bare place after 'in' ('in Vellmoor') is left alone: held-out text names people
there often enough ('in Jordan') that dropping such a name lost more facts than it saved.
"""

from __future__ import annotations

from spacy.tokens import Doc

from celebgraph.extract.patterns.names import VENUE_NOUNS
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.tokens import tokens_of

__all__ = ["names_a_venue"]

_BEFORE_A_VENUE = frozenset({"in", "at", "near", "outside", "inside", "the"})


def names_a_venue(doc: Doc, mention: Mention) -> bool:
    """The mention names a venue, not a person (see the module's docstring)."""
    t = tokens_of(doc)
    start, end = mention.start, mention.end
    if start == 0 or (end < len(doc) and t.tag[end] == "POS"):
        return False
    if t.lower[end - 1] not in VENUE_NOUNS:
        return False
    j = start - 1
    while j > 0 and start - j <= 3 and t.text[j][:1].isupper() and t.is_alpha[j]:
        j -= 1  # 'the Royal Court': words of the venue's name the mention left out
    return t.lower[j] in _BEFORE_A_VENUE
