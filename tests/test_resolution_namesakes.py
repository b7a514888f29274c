"""Cross-document people on both stores: namesakes, couples and titles across articles of
our own invention (issue #13, session 15, tests/resolution_set7)."""

from __future__ import annotations

from test_resolution_contract import article, children_of, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Person


def _baby(doc: str, mother: str, father: str, child: str, born: str) -> Extraction:
    out = children_of(doc, mother, child, father)
    out.facts.append(fact(doc, "born", child, date=born))
    return out


def test_namesake_babies_born_the_same_year_to_other_parents_stay_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_baby("d1", "Tilde Orvik", "Bastian Crum", "Elio Crum", "2022-03")])
    graph.ingest_extractions([_baby("d2", "Marit Sand", "Levin Crum", "Elio Crum", "2022-10")])
    assert ids(graph, "elio") == ["elio-crum", "elio-crum-2"]
    assert [p["name"] for p in graph.parents(PersonId("elio-crum-2"))] == [
        "Levin Crum", "Marit Sand"]
    assert any("different parents" in r for r in graph.explain(PersonId("elio-crum-2"))["reasons"])


def test_a_baby_named_again_with_one_parent_in_common_is_one(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_baby("d1", "Tilde Orvik", "Bastian Crum", "Elio Crum", "2022-03")])
    graph.ingest_extractions([_baby("d2", "Tilde Crum", "Bastian Crum", "Elio Crum", "2022-03")])
    assert ids(graph, "elio") == ["elio-crum"]


def _wed(doc: str, a: str, b: str, child: str | None = None) -> Extraction:
    facts = [fact(doc, "spouse", a, b)]
    if child:
        facts += [fact(doc, "parent", a, child), fact(doc, "parent", b, child)]
    return article(doc, [Person(a), Person(b), *([Person(child)] if child else [])], facts)


def test_a_couple_named_by_first_names_alone_is_the_couple_of_those_names(graph: Graph) -> None:  # noqa: F811
    # One batch: a first name alone finds the batch's people (no stored index by given name).
    graph.ingest_extractions([_wed("d1", "William Sorel", "Dagny Holt"),
                              _wed("d2", "Dagny", "Bill", "Wren")])
    assert ids(graph, "dagny") == ["dagny-holt"]
    assert ids(graph, "bill") == []
    assert graph.explain("William Sorel")["mentions"] == ["d1: William Sorel", "d2: Bill"]
    assert any("a first name alone, married to the same spouse" in r
               for r in graph.explain("Dagny Holt")["reasons"])


def test_first_names_of_a_couple_do_not_join_a_spouse_married_twice(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_wed("d1", "William Sorel", "Dagny Holt"),
                              _wed("d2", "Dagny Vik", "William Sorel"),
                              _wed("d3", "Dagny", "Bill", "Wren")])
    assert ids(graph, "dagny") == ["dagny", "dagny-holt", "dagny-vik"]


def test_a_title_alone_joins_its_holder_when_the_article_names_his_father(graph: Graph) -> None:  # noqa: F811
    wedding = article("d1", [Person("Prince Ivo, Duke of Wexmoor"), Person("Hella Brin"),
                             Person("King Oren")],
                      [fact("d1", "spouse", "Prince Ivo, Duke of Wexmoor", "Hella Brin"),
                       fact("d1", "parent", "King Oren", "Prince Ivo, Duke of Wexmoor")])
    baby = article("d2", [Person("Duke of Wexmoor"), Person("Tilda"), Person("King Oren")],
                   [fact("d2", "parent", "Duke of Wexmoor", "Tilda")])
    graph.ingest_extractions([wedding, baby])
    assert ids(graph, "duke") == []
    ivo = graph.explain(PersonId("prince-ivo-duke-of-wexmoor"))
    assert ivo["mentions"] == ["d1: Prince Ivo, Duke of Wexmoor", "d2: Duke of Wexmoor"]
    assert any("the same title; their parent King Oren named here" in r for r in ivo["reasons"])


def test_a_title_alone_with_no_relative_of_the_holder_named_stays_apart(graph: Graph) -> None:  # noqa: F811
    wedding = article("d1", [Person("Prince Ivo, Duke of Wexmoor"), Person("Hella Brin"),
                             Person("King Oren")],
                      [fact("d1", "spouse", "Prince Ivo, Duke of Wexmoor", "Hella Brin"),
                       fact("d1", "parent", "King Oren", "Prince Ivo, Duke of Wexmoor")])
    old = article("d2", [Person("Duke of Wexmoor"), Person("Tilda Marsh")],
                  [fact("d2", "spouse", "Duke of Wexmoor", "Tilda Marsh")])
    graph.ingest_extractions([wedding, old])
    assert ids(graph, "duke") == ["duke-of-wexmoor"]


def test_a_peeress_by_her_title_is_the_one_wife_of_the_peer_named_with_her(graph: Graph) -> None:  # noqa: F811
    wedding = article("d1", [Person("Prince Ivo, Duke of Wexmoor"), Person("Hella Brin"),
                             Person("King Oren")],
                      [fact("d1", "spouse", "Prince Ivo, Duke of Wexmoor", "Hella Brin"),
                       fact("d1", "parent", "King Oren", "Prince Ivo, Duke of Wexmoor")])
    baby = article("d2", [Person("Duke of Wexmoor"), Person("Duchess of Wexmoor"),
                          Person("Tilda"), Person("King Oren")],
                   [fact("d2", "parent", "Duke of Wexmoor", "Tilda"),
                    fact("d2", "parent", "Duchess of Wexmoor", "Tilda")])
    graph.ingest_extractions([wedding, baby])
    assert ids(graph, "duchess") == []
    assert graph.explain("Hella Brin")["mentions"] == ["d1: Hella Brin", "d2: Duchess of Wexmoor"]
