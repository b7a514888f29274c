"""The token table the name rules read instead of spaCy's ``Token`` objects (issue #11: a long
article listing names spent most of the rules' time making tokens and looking up their
strings). It must give, token by token, what spaCy gives. Texts invented for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from celebgraph.extract.pipeline import COMPONENT, load_pipeline
from celebgraph.extract.tokens import (
    children_of,
    entities,
    forget_tokens,
    parsed,
    reading_cache,
    sentence_start,
    sentence_text,
    span_text,
    tokens_of,
)

TEXTS = [
    "date 2021-06-09\nSinger Ada Moss-Lund, 34, married Teo \"T-Bone\" Pike in 2010.\n\n"
    "Guests included Ilse van Dam, Prince Anselm, Duke of Vorland, and O.J. Brandt Jr.",
    "THE WEDDING: They wed on May 3rd!  Her son, Milo (née Ortega), isn't 12 - yet.\n",
    "",
]


def _doc(text: str) -> Doc:
    return load_pipeline()(text, disable=[COMPONENT])


@pytest.mark.parametrize("text", TEXTS)
def test_table_gives_what_spacy_gives(text: str) -> None:
    doc = _doc(text)
    table = tokens_of(doc)
    got = list(zip(table.text, table.lower, table.lemma, table.pos, table.tag, table.ent_type,
                   table.idx, table.space, table.is_alpha, table.is_stop, table.is_lower,
                   table.is_punct, table.like_num, table.dep, table.head, table.sent_start,
                   strict=True))
    want = [(t.text, t.lower_, t.lemma_, t.pos_, t.tag_, t.ent_type_, t.idx, t.whitespace_,
             t.is_alpha, t.is_stop, t.is_lower, t.is_punct, t.like_num, t.dep_, t.head.i,
             t.sent.start)
            for t in doc]
    assert got == want
    assert [sentence_start(t) for t in doc] == [t.sent.start for t in doc]
    assert parsed(doc) == doc.has_annotation("DEP")
    assert any(row[5] == "PERSON" for row in got) == bool(text)  # the NER ran
    assert any(row[14] < i for i, row in enumerate(got)) == bool(text)  # heads to the left too


@pytest.mark.parametrize("text", TEXTS)
def test_parse_and_entities_read_once_are_spacys(text: str) -> None:
    doc = _doc(text)
    children = children_of(doc)
    assert [children.get(t.i, []) for t in doc] == [[c.i for c in t.children] for t in doc]
    assert entities(doc) == doc.ents
    assert entities(doc) is entities(doc)
    forget_tokens(doc)


def test_span_text_is_the_span_text() -> None:
    doc = _doc(TEXTS[0])
    table = tokens_of(doc)
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 6) + 1):
            assert span_text(table, start, end) == doc[start:end].text


def test_sentence_text_is_the_span_text() -> None:
    doc = _doc(TEXTS[0])
    spans = [*doc.sents, doc[2:9], doc[len(doc) - 1 :], doc[3:3]]
    assert [sentence_text(span) for span in spans] == [span.text for span in spans]


def test_table_built_once_per_document() -> None:
    doc = _doc(TEXTS[1])
    assert tokens_of(doc) is tokens_of(doc)
    assert tokens_of(_doc(TEXTS[1])) is not tokens_of(doc)


def test_the_table_held_for_speed_follows_the_document() -> None:
    """The last document's table and cache are held for a quick look-up: asking for another
    document's, or forgetting one, never hands out the wrong one."""
    a, b = _doc(TEXTS[0]), _doc(TEXTS[1])
    table_a, table_b = tokens_of(a), tokens_of(b)
    assert tokens_of(a) is table_a and tokens_of(b) is table_b and table_a is not table_b
    reading_cache(a)["seen"] = True
    assert "seen" not in reading_cache(b) and reading_cache(a)["seen"]
    assert tokens_of(a) is table_a
    forget_tokens(a)
    assert tokens_of(b) is table_b
    assert tokens_of(a) is not table_a and "seen" not in reading_cache(a)
    forget_tokens(a)
    forget_tokens(b)


def test_reading_a_document_leaves_no_table_behind() -> None:
    """The relation component drops its table: annotations set afterwards are read afresh."""
    doc = load_pipeline()("Ilse Marrow thanked Teo Brandt.")
    assert "celebgraph.tokens" not in doc.user_data
    assert "PERSON" in tokens_of(doc).ent_type
    forget_tokens(doc)
    doc.ents = []
    assert set(tokens_of(doc).ent_type) == {""}


def test_one_table_per_document_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules ask for the table hundreds of times on a document; it is built once."""
    from celebgraph.extract import extract_facts, tokens

    built: list[int] = []
    real = tokens._table

    def counted(doc: Doc) -> tokens.Tokens:
        built.append(len(doc))
        return real(doc)

    monkeypatch.setattr(tokens, "_table", counted)
    line = "Guests included Ilse Marrow, Teo Brandt and Wenke Sol {}."
    guests = " ".join(line.format(k) for k in range(9))
    facts = extract_facts(guests + " Ilse Marrow married Teo Brandt in 2001.")
    found = {(f.relation, f.subject, f.object) for f in facts}
    assert ("spouse", "Ilse Marrow", "Teo Brandt") in found
    assert len(built) == 1
