"""Where each person of a document is named, looked up in log time (built once a document).

The features and the evidence ask, for every fact, where a person was last named and how many
sentences back that is; scanning every mention for every fact would cost the square of a long
document's length.
"""

from __future__ import annotations

import bisect
from collections import Counter

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from celebgraph.extract.people.persons import Mention, People

__all__ = ["MentionIndex"]


class MentionIndex:
    """The mentions of one document by person, its sentence starts, and each person's forms."""

    def __init__(self, doc: Doc, people: People) -> None:
        self.doc, self.people = doc, people
        self.mentions: dict[int, list[Mention]] = {}
        for m in people.mentions:  # in text order
            self.mentions.setdefault(m.person, []).append(m)
        # the sentence starts as one array read, not a Span per sentence (doc.sents)
        starts = doc.to_array(SENT_START)
        self.sentence_starts = [0, *(int(i) for i in (starts[1:] == 1).nonzero()[0] + 1)]
        counts = [p.count for p in people.persons]
        self.main = counts.index(max(counts)) if counts else -1  # the most named person
        self._forms: dict[int, tuple[bool, float]] = {}
        self.parents_of: dict[int, set[int]] = {}  # each child's parents in the document's facts
        self.couples: set[frozenset[int]] = set()  # the pairs its spouse/partner/engaged facts name
        self.people_in_facts = 0  # how many people its facts are about
        self.facts_of: Counter[int] = Counter()  # how many of its facts each person is in

    def last_before(self, person: int, token: int) -> int | None:
        """The first token of the person's last mention that starts before ``token``."""
        mentions = self.mentions.get(person, [])
        n = bisect.bisect_left(mentions, token, key=lambda m: m.start)
        return mentions[n - 1].start if n else None

    def sentence_number(self, token: int) -> int:
        return bisect.bisect_right(self.sentence_starts, token) - 1

    def forms(self, person: int) -> tuple[bool, float]:
        """Whether the model's NER tags any of the person's mentions PERSON, and the share of
        proper nouns in their mentions ('Born Jon Doe', 'Troubled Jon Doe' have fewer)."""
        if person not in self._forms:
            tokens = [self.doc[i] for m in self.mentions.get(person, [])
                      for i in range(m.start, m.end)]
            ner = any(t.ent_type_ == "PERSON" for t in tokens)
            share = sum(t.pos_ == "PROPN" for t in tokens) / len(tokens) if tokens else 0.0
            self._forms[person] = ner, share
        return self._forms[person]
