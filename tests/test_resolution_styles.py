"""Cross-document people on both stores (issue #13, tests/resolution_set8): a name without its
generation marker beside the Sr. of an article, each married to someone else; a wife styled by
her husband's name as a child's parent; a royal called by rank and by peerage in one article.
Articles of our own invention."""

from __future__ import annotations

from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.names import rank_and_peerage
from celebgraph.models import Extraction, Person


def _wedding() -> Extraction:
    return article("d1", [Person("Corvin Hale Jr."), Person("Ines Rook"),
                          Person("Corvin Hale Sr.")],
                   [fact("d1", "spouse", "Corvin Hale Jr.", "Ines Rook"),
                    fact("d1", "parent", "Corvin Hale Sr.", "Corvin Hale Jr.")])


def test_an_unmarked_name_married_to_another_than_the_sr_beside_it_is_not_him(graph: Graph) -> None:  # noqa: F811
    """'Corvin Hale and his wife, Ines Rook, welcomed a son ... the first grandchild of Corvin
    Hale Sr. and his wife, Greta': the bare name is the son, not the Sr."""
    birth = article("d2", [Person("Corvin Hale"), Person("Ines Rook"), Person("Pim"),
                           Person("Corvin Hale Sr."), Person("Greta")],
                    [fact("d2", "spouse", "Corvin Hale", "Ines Rook"),
                     fact("d2", "parent", "Corvin Hale", "Pim"),
                     fact("d2", "spouse", "Corvin Hale Sr.", "Greta")])
    graph.ingest_extractions([_wedding()])
    graph.ingest_extractions([birth])
    assert ids(graph, "corvin") == ["corvin-hale-jr", "corvin-hale-sr"]
    assert "d2: Corvin Hale" in graph.explain("Corvin Hale Jr.")["mentions"]
    assert "d2: Corvin Hale" not in graph.explain("Corvin Hale Sr.")["mentions"]


def test_an_unmarked_name_beside_the_sr_with_no_other_spouse_is_still_him(graph: Graph) -> None:  # noqa: F811
    obituary = article("d2", [Person("Corvin Hale Sr."), Person("Corvin Hale"), Person("Greta")],
                       [fact("d2", "died", "Corvin Hale Sr.", date="2020"),
                        fact("d2", "spouse", "Corvin Hale", "Greta")])
    graph.ingest_extractions([_wedding()])
    graph.ingest_extractions([obituary])
    assert "d2: Corvin Hale" in graph.explain("Corvin Hale Sr.")["mentions"]


def _family(mother: str) -> Extraction:
    return article("d1", [Person("Aurel Penn"), Person(mother), Person("Lise Penn")],
                   [fact("d1", "spouse", "Aurel Penn", mother),
                    fact("d1", "parent", "Aurel Penn", "Lise Penn"),
                    fact("d1", "parent", mother, "Lise Penn")])


def test_a_wife_styled_by_her_husbands_name_is_no_other_parent(graph: Graph) -> None:  # noqa: F811
    """'Mrs. Aurel Penn ... Her daughter, Lise Penn': the daughter of Aurel Penn and Maud."""
    graph.ingest_extractions([_family("Maud")])
    graph.ingest_extractions([article("d2", [Person("Mrs. Aurel Penn"), Person("Lise Penn")],
                                      [fact("d2", "parent", "Mrs. Aurel Penn", "Lise Penn")])])
    assert ids(graph, "lise") == ["lise-penn"]


def test_a_wife_styled_by_another_mans_name_is_another_parent(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_family("Maud Penn")])
    graph.ingest_extractions([article("d2", [Person("Mrs. Oren Vasko"), Person("Lise Penn")],
                                      [fact("d2", "parent", "Mrs. Oren Vasko", "Lise Penn")])])
    assert ids(graph, "lise") == ["lise-penn", "lise-penn-2"]


def test_a_royal_by_rank_and_by_peerage_in_one_article_is_one_man(graph: Graph) -> None:  # noqa: F811
    """'Ulric, Duke of Farrowdale, opened a ward ... Prince Ulric has been its patron since his
    father, King Bertil, ...'."""
    ward = article("d1", [Person("Ulric, Duke of Farrowdale"), Person("Sabine"),
                          Person("Prince Ulric"), Person("King Bertil")],
                   [fact("d1", "spouse", "Ulric, Duke of Farrowdale", "Sabine"),
                    fact("d1", "parent", "King Bertil", "Prince Ulric")])
    graph.ingest_extractions([ward])
    assert ids(graph, "prince") == []
    assert [p["name"] for p in graph.parents("Ulric, Duke of Farrowdale")] == ["King Bertil"]


def test_rank_and_peerage_of_another_given_name_are_two() -> None:
    assert rank_and_peerage("Prince Ulric", "Ulric, Duke of Farrowdale")
    assert not rank_and_peerage("Prince Ulric", "Anselm, Duke of Farrowdale")
    assert not rank_and_peerage("Ulric Voss", "Ulric, Duke of Farrowdale")
    assert not rank_and_peerage("King Ulric II", "Ulric, Duke of Farrowdale")


def _parents(doc: str, one: str, other: str, child: str) -> Extraction:
    return article(doc, [Person(one), Person(other), Person(child)],
                   [fact(doc, "spouse", one, other), fact(doc, "parent", one, child),
                    fact(doc, "parent", other, child)])


def test_a_marked_name_joins_the_other_parent_of_its_child_called_by_its_given_name(
        graph: Graph) -> None:  # noqa: F811
    """'Petra Lund and her husband, Emmerich, welcomed a son, Kasimir Ebner'; later 'Emmerich
    Ebner III and his son Kasimir Ebner': Emmerich, not a third parent."""
    graph.ingest_extractions([_parents("d1", "Emmerich", "Petra Lund", "Kasimir Ebner")])
    graph.ingest_extractions([article("d2", [Person("Emmerich Ebner III"), Person("Kasimir Ebner")],
                                      [fact("d2", "parent", "Emmerich Ebner III",
                                            "Kasimir Ebner")])])
    assert ids(graph, "emmerich") == ["emmerich"]
    assert any("'Emmerich Ebner III' joins 'Emmerich' (the same given name, a parent of the "
               "same child: child Kasimir Ebner)" in r
               for r in graph.explain("Emmerich")["reasons"])


def test_a_stage_name_joins_the_other_parent_of_its_child_of_the_same_given_name(
        graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_parents("d1", "Teo Brandt", "Marta Kessel", "Rolf Brandt")])
    graph.ingest_extractions([article("d2", [Person("Marta Vale"), Person("Rolf Brandt")],
                                      [fact("d2", "parent", "Marta Vale", "Rolf Brandt")])])
    assert ids(graph, "marta") == ["marta-kessel"]


def test_another_given_name_is_another_parent_of_the_child(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_parents("d1", "Teo Brandt", "Marta Kessel", "Rolf Brandt")])
    graph.ingest_extractions([article("d2", [Person("Ilka Vale"), Person("Rolf Brandt")],
                                      [fact("d2", "parent", "Ilka Vale", "Rolf Brandt")])])
    assert ids(graph, "ilka") == ["ilka-vale"]
    assert ids(graph, "marta") == ["marta-kessel"]


def _siblings(doc: str, one: str, other: str) -> Extraction:
    return article(doc, [Person(one), Person(other)], [fact(doc, "sibling", one, other)])


def test_a_given_name_cut_short_joins_by_a_shared_sibling(graph: Graph) -> None:  # noqa: F811
    """'Zephyrine Lund and her brother, Ivo Lund'; later 'Ivo Lund and his sister, Zeph'."""
    graph.ingest_extractions([_siblings("d1", "Zephyrine Lund", "Ivo Lund")])
    graph.ingest_extractions([_siblings("d2", "Ivo Lund", "Zeph")])
    assert ids(graph, "zeph") == ["zephyrine-lund"]
    assert any("'Zeph' joins 'Zephyrine Lund' (the given name cut short; the same sibling Ivo Lund)"
               in r for r in graph.explain("Zephyrine Lund")["reasons"])


def test_a_given_name_cut_short_without_a_shared_relative_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_siblings("d1", "Zephyrine Lund", "Ivo Lund")])
    graph.ingest_extractions([_siblings("d2", "Zeph", "Oda Brink")])
    assert ids(graph, "zeph") == ["zeph", "zephyrine-lund"]


def test_a_given_name_two_siblings_begin_with_joins_neither(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_siblings("d1", "Zephyrine Lund", "Ivo Lund"),
                              _siblings("d3", "Zephyrina Lund", "Ivo Lund")])
    graph.ingest_extractions([_siblings("d2", "Ivo Lund", "Zeph")])
    assert ids(graph, "zeph") == ["zeph", "zephyrina-lund", "zephyrine-lund"]


def _married(doc: str, one: str, other: str) -> Extraction:
    return article(doc, [Person(one), Person(other)], [fact(doc, "spouse", one, other)])


def test_a_married_name_and_a_stage_name_of_one_wife_join_by_her_one_husband(
        graph: Graph) -> None:  # noqa: F811
    """'the singer Dorothea Vale married Teo Brandt'; later 'Dot Brandt and her husband, Teo
    Brandt': one wife, her married name and a pet form the nicknames table lacks."""
    graph.ingest_extractions([_married("d1", "Dorothea Vale", "Teo Brandt")])
    graph.ingest_extractions([_married("d2", "Dot Brandt", "Teo Brandt")])
    assert ids(graph, "dot") == []
    assert ids(graph, "dorothea") == ["dorothea-vale"]


def test_two_wives_of_one_name_of_other_given_names_stay_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_married("d1", "Ellen Fry", "Marcus Webb")])
    graph.ingest_extractions([_married("d2", "Tamsin Webb", "Marcus Webb")])
    assert ids(graph, "tamsin") == ["tamsin-webb"]
    assert ids(graph, "ellen") == ["ellen-fry"]
