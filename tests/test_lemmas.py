"""The remembering lemmatizer gives spaCy's lemmas, each word worked out once."""

from __future__ import annotations

from spacy.tokens import Doc

from celebgraph.extract.lemmas import LEMMATIZER, RememberingLemmatizer
from celebgraph.extract.pipeline import COMPONENT, load_pipeline

# Written for this test; invented people.
TEXTS = [
    "Ada Lund married Bo Hale in 2001; they're raising three children and she's happier.",
    "The couple's sons were born in Leeds. He'd said they were marrying, and they married.",
    "Cy Hale has wed twice: his wives were actresses, and both weddings were bigger.",
]


def _before_lemmas(text: str) -> Doc:
    nlp = load_pipeline()
    names = nlp.pipe_names
    with nlp.select_pipes(disable=names[names.index(LEMMATIZER):]):
        return nlp(text)


def test_the_lemmas_are_spacys() -> None:
    remembering = load_pipeline().get_pipe(LEMMATIZER)
    assert isinstance(remembering, RememberingLemmatizer)
    for text in TEXTS * 2:  # the second time from what it remembers
        ours, theirs = _before_lemmas(text), _before_lemmas(text)
        remembering(ours)
        remembering.lemmatizer(theirs)
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert remembering._lemmas  # it remembered


def test_a_lemma_the_attribute_ruler_set_is_kept() -> None:
    doc = _before_lemmas(TEXTS[0])
    assert doc[9].text == "'re" and doc[9].lemma_ == "be"  # set by the attribute ruler
    load_pipeline().get_pipe(LEMMATIZER)(doc)
    assert doc[9].lemma_ == "be"
    assert [t.lemma_ for t in doc[:3]] == ["Ada", "Lund", "marry"]


def test_the_pipeline_lemmatizes_with_it() -> None:
    nlp = load_pipeline()
    assert "lemmatizer" not in nlp.pipe_names
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index(LEMMATIZER)
    assert nlp.pipe_names.index(LEMMATIZER) < nlp.pipe_names.index(COMPONENT)
    assert [t.lemma_ for t in nlp("They married.")] == ["they", "marry", "."]
