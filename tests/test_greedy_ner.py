"""The NER decoded in bulk finds exactly the entities, labels and outside words of ``ner.pipe``."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from celebgraph.extract.entities import NER, SelectiveRecognizer
from celebgraph.extract.greedy_ner import GreedyDecoder
from celebgraph.extract.pipeline import COMPONENT, load_pipeline

# Written for these tests; invented people, places and works.
TEXTS = [
    "Ada Lund married Bo Hale in a chapel near Portland, Maine, on June 3, 2001.",
    "Their son, Cy Hale Jr., was born at St. Mary's Hospital in New York City in 2004 "
    "and their daughter Dee two years later.",
    "The couple paid $2.5 million for a house on Elm Street.\n\nThey sold it in May.",
    "Hale, 54, starred in The Long Road Home with Ed Varga and the Royal Ballet of Denmark "
    "before the Second World War film won three awards.",
    "Guests included Fay Moss, Gil Nye,  Hal Orr and Ivo Pike  \n  of the Fourth Street Band",
    "She thanked Judge Kim Ray of the Supreme Court of Ohio and the Ames family on Monday "
    "evening at 7 p.m., about 40 percent of them French.",
    "Their first child is Lee Hale",
    "Mia",
]


def _prepared(texts: list[str]) -> tuple[list[Doc], GreedyDecoder]:
    """The texts through every pipe before the NER; a decoder of the pipeline's NER."""
    nlp = load_pipeline()
    with nlp.select_pipes(disable=[NER, COMPONENT]):
        docs = list(nlp.pipe(texts))
    recognizer = nlp.get_pipe(NER)
    assert isinstance(recognizer, SelectiveRecognizer)
    return docs, GreedyDecoder(recognizer.ner)


def _annotations(doc: Doc) -> tuple[list[tuple[int, int, str]], list[str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob_ for t in doc]


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_the_same_entities_as_the_models_ner(batch_size: int) -> None:
    docs, decoder = _prepared(TEXTS)
    theirs = [doc.copy() for doc in docs]
    list(decoder.ner.pipe(theirs, batch_size=batch_size))
    ours = list(decoder.pipe([doc.copy() for doc in docs], batch_size=batch_size))
    assert [_annotations(d) for d in ours] == [_annotations(d) for d in theirs]
    found = {(e.text, e.label_) for d in ours for e in d.ents}
    assert ("Ada Lund", "PERSON") in found
    assert any(len(e) > 2 for d in ours for e in d.ents)  # entities of several words decoded


def test_entities_set_before_are_left_to_the_models_ner() -> None:
    """A preset entity constrains the moves; the decoder hands such a document to ``ner``."""
    docs, decoder = _prepared([TEXTS[0]])
    preset = docs[0].copy()
    chapel = next(t.i for t in preset if t.text == "chapel")
    preset.set_ents([Span(preset, chapel, chapel + 1, "ORG")], default="unmodified")
    theirs = preset.copy()
    decoder.ner(theirs)
    (ours,) = decoder.pipe([preset])
    assert _annotations(ours) == _annotations(theirs)
    assert ("chapel", "ORG") in {(e.text, e.label_) for e in ours.ents}


def test_an_empty_document_passes_through() -> None:
    docs, decoder = _prepared([""])
    (doc,) = decoder.pipe(docs)
    assert len(doc) == 0 and not doc.ents
