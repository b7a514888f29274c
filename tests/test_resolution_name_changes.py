"""Cross-document people on both stores under names that share no lookup key (issue #13): a
name spelled two ways, a surname changed at marriage, a name stated as another's. Articles of
our own invention."""

from __future__ import annotations

import pytest
from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.names import spelling_key
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Person


@pytest.mark.parametrize(("a", "b"), [
    ("Natalija Rusev", "Natalia Rusev"), ("Nataliya Rusev", "Natalia Rusev"),
    ("Aleksandra Orlin", "Alexandra Orlin"), ("Sergej Vasko", "Sergey Vasko"),
    ("Yelena Brill", "Jelena Brill"), ("Sofiya Kell", "Sophia Kell"),
    ("Mila Đurić", "Mila Djuric"), ("Zoë Ćirić", "Zoe Ciric"), ("Filipp Tarn", "Filip Tarn"),
])
def test_one_name_spelled_two_ways_has_one_spelling_key(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(("a", "b"), [("Ana Lusk", "Ina Lusk"), ("Mila Tarn", "Mina Tarn"),
                                      ("Sergej Vasko", "Sergio Vasko")])
def test_other_names_keep_their_own_spelling_key(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)


def test_another_spelling_joins_by_the_same_husband(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Natalija Rusev"), Person("Pavel Orlin")],
                                      [fact("d1", "spouse", "Natalija Rusev", "Pavel Orlin")])])
    later = article("d2", [Person("Natalia Rusev"), Person("Pavel Orlin"), Person("Luka")],
                    [fact("d2", "spouse", "Natalia Rusev", "Pavel Orlin"),
                     fact("d2", "parent", "Natalia Rusev", "Luka")])
    graph.ingest_extractions([later])
    assert ids(graph, "natali") == ["natalija-rusev"]
    natalija = graph.explain("Natalija Rusev")
    assert natalija["mentions"] == ["d1: Natalija Rusev", "d2: Natalia Rusev"]
    assert any("'Natalia Rusev' joins 'Natalija Rusev' (another spelling of the name; a "
               "relative in common)" in r for r in natalija["reasons"])
    assert [c["name"] for c in graph.children(PersonId("natalija-rusev"))] == ["Luka"]


def test_a_letter_without_a_base_letter_is_spelled_out_in_one_batch(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Mila Đurić"), Person("Goran Đurić")],
                  [fact("d1", "sibling", "Mila Đurić", "Goran Đurić")])
    two = article("d2", [Person("Mila Djuric"), Person("Goran Djuric")],
                  [fact("d2", "sibling", "Mila Djuric", "Goran Djuric")])
    graph.ingest_extractions([one, two])
    assert graph.explain("Mila Djuric")["id"] == graph.explain("Mila Đurić")["id"]


def test_another_spelling_without_context_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Natalija Rusev"), Person("Pavel Orlin")],
                                      [fact("d1", "spouse", "Natalija Rusev", "Pavel Orlin")])])
    graph.ingest_extractions([article("d2", [Person("Natalia Rusev"), Person("Omar Tyde")],
                                      [fact("d2", "spouse", "Natalia Rusev", "Omar Tyde")])])
    assert ids(graph, "natali") == ["natalia-rusev", "natalija-rusev"]


def test_a_married_surname_joins_by_a_sister_in_common(graph: Graph) -> None:  # noqa: F811
    wedding = article("d1", [Person("Mirela Vance"), Person("Jonah Pell"), Person("Dora Vance")],
                      [fact("d1", "spouse", "Mirela Vance", "Jonah Pell"),
                       fact("d1", "sibling", "Mirela Vance", "Dora Vance")])
    graph.ingest_extractions([wedding])
    graph.ingest_extractions([article("d2", [Person("Mirela Pell"), Person("Dora Vance")],
                                      [fact("d2", "sibling", "Mirela Pell", "Dora Vance")])])
    mirela = graph.explain("Mirela Vance")
    assert mirela["mentions"] == ["d1: Mirela Vance", "d2: Mirela Pell"]
    assert any("'Mirela Pell' joins 'Mirela Vance' (a surname changed at marriage; sibling "
               "Dora Vance)" in r for r in mirela["reasons"])


def test_a_maiden_surname_joins_the_married_name_by_a_child_in_common(graph: Graph) -> None:  # noqa: F811
    """The married name first ('Ada Pell', wife of Jonah Pell), the maiden name later."""
    graph.ingest_extractions([article(
        "d1", [Person("Ada Pell"), Person("Jonah Pell"), Person("Rory Pell")],
        [fact("d1", "spouse", "Ada Pell", "Jonah Pell"), fact("d1", "parent", "Ada Pell",
                                                             "Rory Pell")])])
    graph.ingest_extractions([article("d2", [Person("Ada Quell"), Person("Rory Pell")],
                                      [fact("d2", "parent", "Ada Quell", "Rory Pell")])])
    assert graph.explain("Ada Quell")["id"] == "ada-pell"


def test_another_surname_that_is_no_spouses_stays_apart(graph: Graph) -> None:  # noqa: F811
    """A sister-in-law of the same given name is no name change: neither surname is that of
    a spouse."""
    wedding = article("d1", [Person("Mirela Vance"), Person("Jonah Pell"), Person("Dora Vance")],
                      [fact("d1", "spouse", "Mirela Vance", "Jonah Pell"),
                       fact("d1", "sibling", "Mirela Vance", "Dora Vance")])
    graph.ingest_extractions([wedding])
    graph.ingest_extractions([article("d2", [Person("Mirela Holt"), Person("Dora Vance")],
                                      [fact("d2", "sibling", "Mirela Holt", "Dora Vance")])])
    assert ids(graph, "mirela") == ["mirela-holt", "mirela-vance"]


def test_a_married_surname_with_a_birth_year_that_clashes_stays_apart(graph: Graph) -> None:  # noqa: F811
    wedding = article("d1", [Person("Mirela Vance"), Person("Jonah Pell"), Person("Dora Vance")],
                      [fact("d1", "spouse", "Mirela Vance", "Jonah Pell"),
                       fact("d1", "sibling", "Mirela Vance", "Dora Vance"),
                       fact("d1", "born", "Mirela Vance", date="1980")])
    graph.ingest_extractions([wedding])
    graph.ingest_extractions([article("d2", [Person("Mirela Pell"), Person("Dora Vance")],
                                      [fact("d2", "sibling", "Mirela Pell", "Dora Vance"),
                                       fact("d2", "born", "Mirela Pell", date="1991")])])
    assert ids(graph, "mirela") == ["mirela-pell", "mirela-vance"]


def test_an_age_at_death_keeps_a_young_namesake_apart(graph: Graph) -> None:  # noqa: F811
    """'Hal Brenner, 28,' of 2015 is not the Hal Brenner who died at 91 in 2019 (born about
    1987 and 1928), read from the articles by the extractor."""
    from celebgraph.extract import extract_documents
    from celebgraph.extract.reading.sources import document_from_text

    young = document_from_text("date 2015-04-10\n\nThe snowboarder Hal Brenner, 28, is engaged "
                               "to the photographer Ilka Marsh.", "d1.txt")
    old = document_from_text("date 2019-11-20\n\nThe bandleader Hal Brenner died at 91 on "
                             "Tuesday in Chicago. He is survived by his daughter, Wanda "
                             "Brenner.", "d2.txt")
    graph.ingest_extractions(list(extract_documents([young, old])))
    assert ids(graph, "hal-brenner") == ["hal-brenner", "hal-brenner-2"]
    assert any("by their ages" in r for r in graph.explain(PersonId("hal-brenner-2"))["reasons"])


def test_a_long_stated_birth_name_without_its_middle_names_joins(graph: Graph) -> None:  # noqa: F811
    """'Odo Fenn', whose real name is 'Otto Lucas Maria Fennimore', is the 'Otto Fennimore'
    whom another article calls the father of Rina Fenn."""
    graph.ingest_extractions([article(
        "d1", [Person("Odo Fenn", ("Otto Lucas Maria Fennimore",)), Person("Rina Fenn")],
        [fact("d1", "parent", "Odo Fenn", "Rina Fenn")])])
    graph.ingest_extractions([article("d2", [Person("Otto Fennimore"), Person("Rina Fenn")],
                                      [fact("d2", "parent", "Otto Fennimore", "Rina Fenn")])])
    assert graph.explain("Otto Fennimore")["id"] == "odo-fenn"
    assert ids(graph, "otto") == []


def _elias() -> Extraction:
    return article("d1", [Person("Elias Moss"), Person("Queen Ada of Norland")],
                   [fact("d1", "parent", "Queen Ada of Norland", "Elias Moss")])


def test_a_given_name_under_a_title_joins_the_name_by_a_parent_in_common(graph: Graph) -> None:  # noqa: F811
    """'Prince Eli, Duke of Ware', son of Queen Ada, is the 'Elias Moss' of an article that
    gives Queen Ada as his mother too: 'Eli' is a short form of 'Elias'."""
    graph.ingest_extractions([_elias()])
    styled = article("d2", [Person("Prince Eli, Duke of Ware"), Person("Queen Ada of Norland"),
                            Person("Lina Brahe")],
                     [fact("d2", "parent", "Queen Ada of Norland", "Prince Eli, Duke of Ware"),
                      fact("d2", "spouse", "Prince Eli, Duke of Ware", "Lina Brahe")])
    graph.ingest_extractions([styled])
    eli = graph.explain("Elias Moss")
    assert eli["mentions"] == ["d1: Elias Moss", "d2: Prince Eli, Duke of Ware"]
    assert any("a given name under a title and a name; parent Queen Ada of Norland" in r
               for r in eli["reasons"])


def test_a_given_name_under_a_title_with_another_given_name_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_elias()])
    graph.ingest_extractions([article(
        "d2", [Person("Prince Tomas, Duke of Ware"), Person("Queen Ada of Norland")],
        [fact("d2", "parent", "Queen Ada of Norland", "Prince Tomas, Duke of Ware")])])
    assert graph.explain("Prince Tomas, Duke of Ware")["id"] != graph.explain("Elias Moss")["id"]


def test_a_princess_is_the_queen_of_her_number_by_the_same_father(graph: Graph) -> None:  # noqa: F811
    """A ruler's number ('Queen Ilse II') is no generation marker against the princess she
    was ('Princess Ilse'), when the two have the same father."""
    graph.ingest_extractions([article("d1", [Person("Princess Ilse"), Person("King Tomas")],
                                      [fact("d1", "parent", "King Tomas", "Princess Ilse")])])
    graph.ingest_extractions([article("d2", [Person("Queen Ilse II"), Person("King Tomas")],
                                      [fact("d2", "parent", "King Tomas", "Queen Ilse II")])])
    assert graph.explain("Queen Ilse II")["id"] == "princess-ilse"


def test_a_son_named_after_his_father_is_no_rulers_number(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Prince Eli"), Person("Ada Moss")],
                                      [fact("d1", "parent", "Ada Moss", "Prince Eli")])])
    graph.ingest_extractions([article("d2", [Person("Eli Moss Jr."), Person("Ada Moss")],
                                      [fact("d2", "parent", "Ada Moss", "Eli Moss Jr.")])])
    assert graph.explain("Eli Moss Jr.")["id"] != graph.explain("Prince Eli")["id"]


@pytest.mark.parametrize("one_batch", [False, True])
def test_another_spelling_joins_by_someone_named_with_both(graph: Graph,  # noqa: F811
                                                           one_batch: bool) -> None:
    """No relative in common, but an article that names the first spelling also names someone
    the second article names (read by the articles the two share, or this batch's own)."""
    first = article("d1", [Person("Natalija Rusev"), Person("Omar Tyde")],
                    [fact("d1", "born", "Natalija Rusev", date="1990")])
    later = article("d2", [Person("Natalia Rusev"), Person("Omar Tyde"), Person("Luka")],
                    [fact("d2", "parent", "Natalia Rusev", "Luka")])
    if one_batch:
        graph.ingest_extractions([first, later])
    else:
        graph.ingest_extractions([first])
        graph.ingest_extractions([later])
    assert ids(graph, "natali") == ["natalija-rusev"]
    assert any("'Natalia Rusev' joins 'Natalija Rusev' (another spelling of the name; "
               "linked to Omar Tyde)" in r for r in graph.explain("Natalija Rusev")["reasons"])


def test_a_spelling_candidate_costs_no_read_of_everyone_named_with_it(
        graph: Graph, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """Whether the candidate shares an article with this article's people is asked of their
    articles, not by reading everyone named with each of them: after an article of 200 people,
    the next one reads a few rows, not hundreds (at a million synthetic people such reads made
    an ingest ten times slower)."""
    crowd = [Person(f"{given} {surname}") for given in ("Ada", "Bram", "Cleo", "Dov", "Edda",
                                                         "Fenn", "Gala", "Hugo", "Ines", "Jory")
             for surname in ("Amsel", "Birk", "Corran", "Dahl", "Esk", "Falk", "Grell", "Hask",
                             "Irwe", "Jast", "Kell", "Lorn", "Mert", "Nask", "Orne", "Pell",
                             "Quast", "Roan", "Sarn", "Tusk")]
    graph.ingest_extractions([article("d1", [Person("Natalija Rusev"), Person("Omar Tyde"),
                                             *crowd],
                                      [fact("d1", "born", "Natalija Rusev", date="1990")])])
    store = type(graph.store)
    read, rows = store.read, []

    def counted(self: object, query: str, params: object = None) -> list[dict[str, object]]:
        out = read(self, query, params)  # type: ignore[arg-type]
        rows.append(len(out))
        return out

    monkeypatch.setattr(store, "read", counted)
    graph.ingest_extractions([article("d2", [Person("Natalia Rusev"), Person("Omar Tyde"),
                                             Person("Luka Rusev")],
                                      [fact("d2", "parent", "Natalia Rusev", "Luka Rusev")])])
    assert ids(graph, "natali") == ["natalija-rusev"]
    assert sum(rows) < 100, rows  # 217 when every person named with Omar Tyde was read
