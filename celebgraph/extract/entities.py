"""Recognise entities in the sentences that can hold a name: the model's NER, skipping the rest.

The NER is half of the model's time. A sentence the tagger finds no proper noun in ("She said
they were happy.", "They wed in 2010.") names nobody, and the rules read no other entity there
(the facts of every shared and test article are the same without them). The NER runs on each
stretch of the other sentences, cut out with a few words of context on each side, and its
entities go back into the whole document; the skipped sentences are outside any entity. In the
stretches the entities are those the NER finds on the whole text:

- its own tok2vec (en_core_web_sm's NER does not share the pipeline's) sees ``depth * window``
  words either side of a word, so with that much context each word of a stretch gets the
  vector it gets in the whole text;
- it decides a word from that vector and, inside an entity, from the entity's first word and
  the word before; an entity never crosses a sentence start (spaCy's NER forbids it), so none
  is open where a stretch begins, and the stretches keep the document's sentence starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import NORM, ORTH, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from celebgraph.extract.greedy_ner import GreedyDecoder

__all__ = ["NER", "SelectiveRecognizer"]

NER = "celebgraph_ner"
_WHOLE = 0.95  # above this share of words to read, one pass over the whole text is cheaper
_PROPER = ("NNP", "NNPS")


class SelectiveRecognizer:
    """The model's ``ner``, run on the stretches of sentences with a proper noun.

    ``context`` is the reach of the NER's tok2vec; None (a NER reading the pipeline's shared
    tok2vec, whose vectors a stretch would not have) runs it on every whole document."""

    def __init__(self, ner: Any, name: str, context: int | None) -> None:
        self.ner = ner
        self.name = name
        self.context = context
        self.decoder = GreedyDecoder(ner)  # the same entities as ``ner.pipe``, faster

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            yield from self._recognise(batch, batch_size)

    def _recognise(self, docs: list[Doc], batch_size: int) -> Iterator[Doc]:
        plans = [self._stretches(doc) for doc in docs]
        whole = [doc for doc, plan in zip(docs, plans, strict=True) if plan is None]
        cuts = [(doc, *piece) for doc, plan in zip(docs, plans, strict=True)
                if plan is not None for piece in self._pieces(doc, plan)]
        list(self.decoder.pipe(whole, batch_size=batch_size))
        list(self.decoder.pipe([piece for _, piece, _, _ in cuts], batch_size=batch_size))
        found: dict[int, list[Span]] = {}
        for doc, piece, first, (start, end) in cuts:
            found.setdefault(id(doc), []).extend(
                Span(doc, first + ent.start, first + ent.end, ent.label)
                for ent in piece.ents if start <= first + ent.start and first + ent.end <= end
            )
        for doc, plan in zip(docs, plans, strict=True):
            if plan is not None:
                doc.set_ents(found.get(id(doc), []), default="outside")
            yield doc

    def _stretches(self, doc: Doc) -> list[tuple[int, int]] | None:
        """The (start, end) of each run of chosen sentences; None: read the whole document."""
        if self.context is None or not len(doc):
            return None
        rows = doc.to_array([ORTH, SENT_START, TAG]).tolist()
        strings = doc.vocab.strings
        proper = {strings.add(tag) for tag in _PROPER}
        starts = [i for i, (_, start, _) in enumerate(rows) if start == 1 or i == 0]
        stretches: list[tuple[int, int]] = []
        for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
            if not any(tag in proper for _, _, tag in rows[start:end]):
                continue  # no proper noun: nobody named
            if stretches and start - stretches[-1][1] <= 2 * self.context:
                stretches[-1] = (stretches[-1][0], end)  # a short gap costs more cut than read
            else:
                stretches.append((start, end))
        if sum(end - start for start, end in stretches) > _WHOLE * len(doc):
            return None
        return stretches

    def _pieces(
        self, doc: Doc, plan: list[tuple[int, int]]
    ) -> Iterator[tuple[Doc, int, tuple[int, int]]]:
        """Each stretch with ``context`` words either side, as a Doc of its own with the
        document's norms and sentence starts; where it begins; the stretch's bounds."""
        reach = self.context or 0
        array = doc.to_array([ORTH, SPACY, NORM, SENT_START])
        strings = doc.vocab.strings
        for start, end in plan:
            first, last = max(0, start - reach), min(len(doc), end + reach)
            rows = array[first:last]
            words = [strings[int(orth)] for orth in rows[:, 0]]
            piece = Doc(doc.vocab, words=words, spaces=[bool(s) for s in rows[:, 1]])
            starts = rows[:, 3].copy()
            starts[0] = 1  # the piece's first word starts its first sentence
            values: Any = numpy.stack([rows[:, 2], starts], axis=1)  # uint64, stubs say float
            piece.from_array([NORM, SENT_START], values)
            yield piece, first, (start, end)


def _reach(nlp: Language) -> int | None:
    """``depth * window_size`` of the NER's own tok2vec encoder; None if it has none."""
    model = nlp.config["components"]["ner"]["model"]
    encode = model.get("tok2vec", {}).get("encode", {})
    if "depth" not in encode or "window_size" not in encode:
        return None
    return int(encode["depth"]) * int(encode["window_size"])


@Language.factory(NER)
def make_selective_recognizer(nlp: Language, name: str) -> SelectiveRecognizer:
    """Wrap the pipeline's own ``ner`` (which ``pipeline.build_pipeline`` then removes)."""
    return SelectiveRecognizer(nlp.get_pipe("ner"), name, _reach(nlp))
