"""Cross-document people on both stores, by what the articles say of their relatives (issue
#13): a grandson named after his grandfather, a surname or a pet form alone. Articles of our
own invention."""

from __future__ import annotations

import pytest
from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Person


def test_a_grandson_without_his_marker_is_not_his_grandfather(graph: Graph) -> None:  # noqa: F811
    """'Corin Lusk', son of Abe Lusk, is not the 'Corin Lusk' who is Abe Lusk's father: he is
    the 'Corin Lusk II' engaged to his bride."""
    elder = article("d1", [Person("Corin Lusk"), Person("Maud Lusk"), Person("Abe Lusk")],
                    [fact("d1", "spouse", "Corin Lusk", "Maud Lusk"),
                     fact("d1", "parent", "Corin Lusk", "Abe Lusk")])
    engaged = article("d2", [Person("Corin Lusk II"), Person("Abe Lusk"), Person("Tia Rook")],
                      [fact("d2", "parent", "Abe Lusk", "Corin Lusk II"),
                       fact("d2", "engaged", "Corin Lusk II", "Tia Rook")])
    wedding = article("d3", [Person("Corin Lusk"), Person("Tia Rook"), Person("Abe Lusk")],
                      [fact("d3", "spouse", "Corin Lusk", "Tia Rook"),
                       fact("d3", "parent", "Abe Lusk", "Corin Lusk")])
    for one in (elder, engaged, wedding):
        graph.ingest_extractions([one])
    assert ids(graph, "corin") == ["corin-lusk", "corin-lusk-ii"]
    assert graph.explain("Corin Lusk II")["mentions"] == ["d2: Corin Lusk II", "d3: Corin Lusk"]
    assert [s["name"] for s in graph.spouses("Corin Lusk")] == ["Maud Lusk"]
    assert any("Abe Lusk is their parent and a child of Corin Lusk" in r
               for r in graph.explain("Corin Lusk II")["reasons"])


def test_a_surname_alone_joins_the_person_with_the_same_spouse(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Ines Calloway"), Person("Paul Brede")],
                                      [fact("d1", "spouse", "Ines Calloway", "Paul Brede")])])
    later = article("d2", [Person("Calloway"), Person("Paul Brede"), Person("Nils")],
                    [fact("d2", "spouse", "Calloway", "Paul Brede"),
                     fact("d2", "parent", "Calloway", "Nils")])
    graph.ingest_extractions([later])
    ines = graph.explain("Ines Calloway")
    assert ines["mentions"] == ["d1: Ines Calloway", "d2: Calloway"]
    assert any("'Calloway' joins 'Ines Calloway' (a surname or pet form alone; the same "
               "spouse Paul Brede)" in r for r in ines["reasons"])


def test_a_surname_alone_with_another_spouse_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Ines Calloway"), Person("Paul Brede")],
                                      [fact("d1", "spouse", "Ines Calloway", "Paul Brede")])])
    graph.ingest_extractions([article("d2", [Person("Calloway"), Person("Omar Tyde")],
                                      [fact("d2", "spouse", "Calloway", "Omar Tyde")])])
    assert ids(graph, "calloway") == ["calloway"]


def test_a_pet_form_alone_joins_the_person_with_the_same_child(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Katherine Orme"), Person("Poppy Tarn")],
                                      [fact("d1", "parent", "Katherine Orme", "Poppy Tarn")])])
    graph.ingest_extractions([article("d2", [Person("Kate"), Person("Poppy Tarn")],
                                      [fact("d2", "parent", "Kate", "Poppy Tarn")])])
    assert graph.explain("Katherine Orme")["mentions"] == ["d1: Katherine Orme", "d2: Kate"]
    assert ids(graph, "kate") == []


def test_a_wife_styled_by_her_husbands_name_is_his_one_wife(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Ada Quist"), Person("Orin Vale")],
                                      [fact("d1", "spouse", "Ada Quist", "Orin Vale")])])
    styled = article("d2", [Person("Mrs. Orin Vale"), Person("Orin Vale"), Person("Rafe")],
                     [fact("d2", "spouse", "Mrs. Orin Vale", "Orin Vale"),
                      fact("d2", "parent", "Mrs. Orin Vale", "Rafe")])
    graph.ingest_extractions([styled])
    ada = graph.explain("Ada Quist")
    assert ada["mentions"] == ["d1: Ada Quist", "d2: Mrs. Orin Vale"]
    assert [s["name"] for s in graph.spouses("Orin Vale")] == ["Ada Quist"]


def test_a_wife_styled_by_the_name_of_a_man_married_twice_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Ada Quist"), Person("Orin Vale")],
                                      [fact("d1", "spouse", "Ada Quist", "Orin Vale")]),
                              article("d2", [Person("Una Sorel"), Person("Orin Vale")],
                                      [fact("d2", "spouse", "Una Sorel", "Orin Vale")])])
    graph.ingest_extractions([article("d3", [Person("Mrs. Orin Vale"), Person("Orin Vale")],
                                      [fact("d3", "spouse", "Mrs. Orin Vale", "Orin Vale")])])
    assert ids(graph, "mrs") == ["mrs-orin-vale"]


def _one_word(doc: str, trade: str | None, relative: str) -> Extraction:
    star = Person("Zerina", (), (trade,) if trade else ())
    return article(doc, [star, Person(relative)], [fact(doc, "parent", "Zerina", relative)])


def test_a_one_word_name_of_the_same_trade_is_one_person(graph: Graph) -> None:  # noqa: F811
    """A stage name the articles write alone, with no one else in common, joins by the trade
    they give; a first name without one (a child's), or of another trade, stays apart."""
    graph.ingest_extractions([_one_word("d1", "singer", "Milo Kell")])
    graph.ingest_extractions([_one_word("d2", "pop singer", "Ilse Kell")])
    graph.ingest_extractions([_one_word("d3", None, "Jonas Brisk")])
    graph.ingest_extractions([_one_word("d4", "chef", "Tove Lind")])
    assert ids(graph, "zerina") == ["zerina", "zerina-2", "zerina-3"]
    assert graph.explain(PersonId("zerina"))["mentions"] == ["d1: Zerina", "d2: Zerina"]
    assert any("(a one-word name, the same trade: singer)" in r
               for r in graph.explain(PersonId("zerina"))["reasons"])


@pytest.mark.parametrize("order", ["middle name first", "middle name later"])
def test_a_full_name_with_and_without_its_middle_name_is_one_person(
        graph: Graph, order: str) -> None:  # noqa: F811
    long = article("d1", [Person("Mara Jean Holm"), Person("Tess Holm")],
                   [fact("d1", "parent", "Mara Jean Holm", "Tess Holm")])
    short = article("d2", [Person("Mara Holm"), Person("Ivo Holm")],
                    [fact("d2", "spouse", "Mara Holm", "Ivo Holm")])
    for one in ([long, short] if order == "middle name first" else [short, long]):
        graph.ingest_extractions([one])
    assert len(ids(graph, "mara")) == 1
    assert [c["name"] for c in graph.children(PersonId(ids(graph, "mara")[0]))] == ["Tess Holm"]


def test_a_short_form_of_the_given_name_of_the_same_trade_is_one_person(graph: Graph) -> None:  # noqa: F811
    """'Bill Tarrant' and 'William Tarrant', both directors, with no one else in common; a
    'Bill Tarrant' called a jockey stays apart."""
    def director(doc: str, name: str, trade: str, child: str) -> Extraction:
        return article(doc, [Person(name, (), (trade,)), Person(child)],
                       [fact(doc, "parent", name, child)])

    graph.ingest_extractions([director("d1", "William Tarrant", "director", "Poppy Tarrant")])
    graph.ingest_extractions([director("d2", "Bill Tarrant", "film director", "Ned Tarrant")])
    graph.ingest_extractions([director("d3", "Bill Tarrant", "jockey", "Ilse Tarrant")])
    assert graph.explain("William Tarrant")["mentions"] == ["d1: William Tarrant",
                                                            "d2: Bill Tarrant"]
    assert ids(graph, "bill") == ["bill-tarrant"]


def test_a_ranked_given_name_is_the_full_name_she_was_born_by_context(graph: Graph) -> None:  # noqa: F811
    """'Princess Greta', mother of Prince Albin, is the 'Greta Lund' whose son Albin is."""
    graph.ingest_extractions([article("d1", [Person("Greta Lund"), Person("Prince Albin")],
                                      [fact("d1", "parent", "Greta Lund", "Prince Albin")])])
    graph.ingest_extractions([article("d2", [Person("Princess Greta"), Person("Prince Albin")],
                                      [fact("d2", "parent", "Princess Greta", "Prince Albin")])])
    assert graph.explain("Greta Lund")["mentions"] == ["d1: Greta Lund", "d2: Princess Greta"]
