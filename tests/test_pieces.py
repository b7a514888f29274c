"""Long texts: spaCy's model runs on pieces, the rules read the whole text (issue #11).

spaCy's ``max_length`` is lowered here so that short texts go in pieces and the tests stay
fast; the pipeline, the model and the rules are the real ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from badinput import write
from click.testing import CliRunner

import celebgraph.cli.extract_cmds  # noqa: F401  (registers the commands)
from celebgraph.cli.app import cli
from celebgraph.extract import COMPONENT, extract_documents, extract_facts, load_pipeline
from celebgraph.extract.reading.pieces import parse_documents, split_text
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.models import Fact

# Each paragraph needs the one before it: "the couple" and "she" are the first paragraph's
# people, "Vask" is Linnea Vask, and "last year" counts from the date line.
ARTICLE = """date 2021-06-09
Quiet Wedding for a Stage Star

Actress Linnea Vask married the set designer Norwin Tal in a small ceremony in 2009.

The couple welcomed a son, Oskar Tal, in 2012. She filed for divorce from him last year, \
and Vask now lives in Lisbon.
"""
LIMIT = 110  # cuts ARTICLE after each paragraph and between the last two sentences


@contextmanager
def max_length(limit: int) -> Iterator[None]:
    """Lower spaCy's ``max_length`` to ``limit`` for the block: longer texts go in pieces."""
    nlp = load_pipeline()
    saved, nlp.max_length = nlp.max_length, limit
    try:
        yield
    finally:
        nlp.max_length = saved


SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def name(i: int) -> str:
    """An invented name, a woman's for even ``i``: 'Tamsin Babovik', 'Faro Befavik'."""
    first = ("Tamsin", "Faro", "Odette", "Jorun", "Linnea", "Perrin")[i % 6]
    return f"{first} {(SYLLABLES[i % 70] + SYLLABLES[(7 * i + 3) % 70]).capitalize()}vik"


def couples(n: int) -> str:
    """``n`` paragraphs, each a wedding of two invented people."""
    return "\n\n".join(
        f"The actress {name(2 * i)} married {name(2 * i + 1)} in {1950 + i}." for i in range(n)
    )


def rows(facts: list[Fact]) -> set[tuple[str | None, ...]]:
    return {(f.relation, f.subject, f.object, f.date, f.start) for f in facts}


# --- cutting -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "limit", "pieces"),
    [
        ("Short text.", 100, ["Short text."]),
        ("One. Two.\n\nThree. Four.", 16, ["One. Two.\n\n", "Three. Four."]),  # a paragraph
        ("One. Two.\n \n\n  Three.", 19, ["One. Two.\n \n\n  ", "Three."]),  # its white space
        ("One two. Three four. Five six.", 24, ["One two. Three four. ", "Five six."]),
        ("“One two.” Three four.", 16, ["“One two.” ", "Three four."]),  # closing quote
        ("one two three four", 9, ["one two ", "three ", "four"]),  # else at a space
        ("abcdefghij" * 3, 12, ["abcdefghijab", "cdefghijabcd", "efghij"]),  # else anywhere
    ],
)
def test_split_text_cuts_at_paragraphs_else_sentences(
    text: str, limit: int, pieces: list[str]
) -> None:
    assert split_text(text, limit) == pieces
    assert "".join(pieces) == text


def test_article_is_cut_where_the_context_test_needs_it() -> None:
    pieces = split_text(ARTICLE, LIMIT)
    assert all(len(p) <= LIMIT for p in pieces)
    assert pieces[-2:] == [
        "The couple welcomed a son, Oskar Tal, in 2012. ",
        "She filed for divorce from him last year, and Vask now lives in Lisbon.\n",
    ]


def test_pieces_are_joined_into_one_doc_of_the_whole_text() -> None:
    text = couples(8)
    with max_length(150):
        ((document, doc),) = parse_documents(load_pipeline(), [document_from_text(text, "d")], 4)
    assert document.id == "d"
    assert len(split_text(text, 150)) == 4
    assert doc.text == text
    assert [s.start_char for s in doc.sents] == [m.start() for m in re.finditer("The", text)]
    offset, alone = 0, []
    for piece in load_pipeline().pipe(split_text(text, 150), disable=[COMPONENT]):
        alone += [(t.idx + offset, t.tag_, t.lemma_, t.ent_iob_, t.ent_type_) for t in piece]
        offset += len(piece.text)
    assert [(t.idx, t.tag_, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc] == alone


# --- extracting ----------------------------------------------------------------------

def test_text_over_max_length_is_extracted_whole() -> None:
    text = couples(30)
    with max_length(400):
        facts = extract_facts(text, "long.txt")
    assert len(text) > 4 * 400
    assert rows(facts) == {
        ("spouse", name(2 * i), name(2 * i + 1), None, str(1950 + i)) for i in range(30)
    }
    for fact in facts:  # spans point into the whole text, not into a piece
        assert fact.span is not None
        assert text[fact.span[0] : fact.span[1]] == fact.evidence


def test_facts_whose_context_is_in_an_earlier_piece_are_found() -> None:
    with max_length(LIMIT):
        facts = extract_facts(ARTICLE)
    assert rows(facts) == {
        ("spouse", "Linnea Vask", "Norwin Tal", None, "2009"),
        ("born", "Oskar Tal", None, "2012", None),
        ("parent", "Linnea Vask", "Oskar Tal", None, None),
        ("parent", "Norwin Tal", "Oskar Tal", None, None),
        ("divorce_filed", "Linnea Vask", "Norwin Tal", "2020", None),
    }
    # Read apart from the pieces before them, the last two pieces say much less.
    couple, divorce = split_text(ARTICLE, LIMIT)[-2:]
    assert rows(extract_facts(couple, published="2021-06-09")) == {
        ("born", "Oskar Tal", None, "2012", None),
    }
    assert extract_facts(divorce, published="2021-06-09") == []


@pytest.mark.parametrize("limit", [LIMIT, 300])
def test_pieces_give_the_facts_of_the_whole_text(limit: int) -> None:
    """Here exactly; in general the model may read the words next to a cut a little
    differently, as it sees no further than the cut."""
    text = ARTICLE + "\n" + couples(6)
    whole = extract_facts(text)
    with max_length(limit):
        assert extract_facts(text) == whole


def test_a_long_text_without_spaces_is_no_error() -> None:
    with max_length(100):
        assert extract_facts("Jane Doe married John Roe in 2001. " + "x" * 450) != []


def test_workers_read_long_texts_as_one_process_does() -> None:
    documents = [document_from_text(ARTICLE, "a"), document_from_text(couples(12), "b")]
    with max_length(LIMIT):
        one = [e.facts for e in extract_documents(documents)]
        two = [e.facts for e in extract_documents(documents, workers=2)]
    assert one == two
    assert len(one[1]) == 12


def test_cli_extracts_a_file_over_max_length_and_the_one_beside_it(tmp_path: Path) -> None:
    long = write(tmp_path / "a_long.txt", couples(30))
    write(tmp_path / "b_short.txt", "Painter Ada Brun married Hollis Kade in 1999.")
    with max_length(400):
        result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert long.stat().st_size > 400
    docs = re.findall(r'"doc": "(\w+\.txt)"', result.stdout)
    assert docs.count("a_long.txt") == 30 and docs.count("b_short.txt") == 1
