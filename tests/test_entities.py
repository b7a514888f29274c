"""The NER runs on the sentences with a proper noun only, and finds there what it finds whole."""

from __future__ import annotations

from spacy.tokens import Doc

from celebgraph.extract.entities import NER, SelectiveRecognizer
from celebgraph.extract.pipeline import COMPONENT, load_pipeline

# Written for this test; invented people. Sentences 2, 4 and 6 have no proper noun.
TEXT = (
    "Ada Lund married Bo Hale in a chapel on the coast of Maine in June 2001. "
    "She said the two of them had waited for that day for more than ten years and would "
    "remember it for the rest of their lives, whatever happened next. "
    "Their son, Cy Hale, was born in 2004 at a hospital in Boston. "
    "They wed again in 2010 on a beach, with their three children and forty friends watching "
    "from the sand while the sun went down behind them. "
    "Hale later told People magazine that the second wedding was his favourite. "
    "It rained on the third day, so the party moved indoors for the last two nights."
)


def _prepared() -> tuple[Doc, Doc, SelectiveRecognizer]:
    """The text through every pipe before the NER, twice; and the selective NER."""
    nlp = load_pipeline()
    with nlp.select_pipes(disable=[NER, COMPONENT]):
        doc = nlp(TEXT)
    recognizer = nlp.get_pipe(NER)
    assert isinstance(recognizer, SelectiveRecognizer)
    return doc, doc.copy(), recognizer


def _entities(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents if start <= e.start < end]


def test_sentences_with_a_name_get_the_entities_of_a_whole_pass() -> None:
    whole, selective, recognizer = _prepared()
    recognizer.ner(whole)
    recognizer(selective)
    sents = list(whole.sents)
    assert len(sents) == 6
    named = [s for s in sents if any(t.tag_ in {"NNP", "NNPS"} for t in s)]
    assert len(named) == 3
    for sent in named:
        assert _entities(selective, sent.start, sent.end) == _entities(whole, sent.start, sent.end)
    assert ("Ada Lund", "PERSON") in {(e.text, e.label_) for e in selective.ents}


def test_sentences_without_a_proper_noun_are_not_read() -> None:
    """The whole pass finds dates and numbers there ('2010', 'forty'); the selective one skips
    those sentences, every word outside an entity."""
    whole, selective, recognizer = _prepared()
    recognizer.ner(whole)
    recognizer(selective)
    skipped = [s for s in whole.sents if not any(t.tag_ in {"NNP", "NNPS"} for t in s)]
    assert any(_entities(whole, s.start, s.end) for s in skipped)
    for sent in skipped:
        assert _entities(selective, sent.start, sent.end) == []
        assert {t.ent_iob_ for t in selective[sent.start : sent.end]} == {"O"}


def test_the_pipeline_reads_names_with_the_selective_recognizer() -> None:
    nlp = load_pipeline()
    assert NER in nlp.pipe_names and "ner" not in nlp.pipe_names
    doc = nlp(TEXT)
    spouses = {(f.subject, f.object) for f in doc._.celebgraph_facts if f.relation == "spouse"}
    assert ("Ada Lund", "Bo Hale") in spouses or ("Bo Hale", "Ada Lund") in spouses
