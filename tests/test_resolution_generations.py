"""Cross-document people on both stores: a name written without its generation marker, and a
generation nickname ('Trey' for a III), join the marked person only through a relative the two
have in common, and a maiden and a married name through the spouse (issue #13). Articles of
our own invention."""

from __future__ import annotations

import pytest
from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.model import slugify
from celebgraph.models import Extraction, Person


def _obituary() -> Extraction:
    return article("d1", [Person("Roland Ash Sr."), Person("Betty Ash"), Person("Roland Ash Jr."),
                          Person("Lorna Ash")],
                   [fact("d1", "spouse", "Roland Ash Sr.", "Betty Ash"),
                    fact("d1", "parent", "Roland Ash Sr.", "Roland Ash Jr."),
                    fact("d1", "spouse", "Roland Ash Jr.", "Lorna Ash")])


def _couple(doc: str, name: str, wife: str, child: str | None = None) -> Extraction:
    people = [Person(name), Person(wife), *([Person(child)] if child else [])]
    facts = [fact(doc, "spouse", name, wife)]
    if child:
        facts += [fact(doc, "parent", name, child), fact(doc, "parent", wife, child)]
    return article(doc, people, facts)


def test_an_unmarked_name_joins_by_a_spouse_the_article_names_after_it(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_obituary()])
    graph.ingest_extractions([_couple("d2", "Roland Ash", "Lorna Ash")])
    assert ids(graph, "roland") == ["roland-ash-jr", "roland-ash-sr"]
    assert any("'Roland Ash' joins 'Roland Ash Jr.'" in r and "the same spouse Lorna Ash" in r
               for r in graph.explain("Roland Ash Jr.")["reasons"])


def test_an_unmarked_name_married_to_someone_else_stays_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_obituary()])
    graph.ingest_extractions([_couple("d2", "Roland Ash", "Mina Soto")])
    assert ids(graph, "roland") == ["roland-ash", "roland-ash-jr", "roland-ash-sr"]


def test_trey_with_the_surname_joins_the_iii_of_the_same_family(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_couple("d1", "Roland Ash", "Lorna Ash", "Roland Ash III")])
    engaged = article("d2", [Person("Trey Ash"), Person("Roland Ash"), Person("Dana Kirby")],
                      [fact("d2", "parent", "Roland Ash", "Trey Ash"),
                       fact("d2", "engaged", "Trey Ash", "Dana Kirby")])
    graph.ingest_extractions([engaged])
    assert ids(graph, "trey") == []
    assert any("'Trey Ash' joins 'Roland Ash III' ('trey' names a III" in r
               for r in graph.explain("Roland Ash III")["reasons"])


def test_trey_of_another_surname_is_not_the_iii(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_couple("d1", "Roland Ash", "Lorna Ash", "Roland Ash III")])
    other = article("d2", [Person("Trey Lark"), Person("Roland Ash")],
                    [fact("d2", "sibling", "Trey Lark", "Roland Ash")])
    graph.ingest_extractions([other])
    assert ids(graph, "trey") == ["trey-lark"]


def _married(doc: str, wife: str, husband: str = "Teo Pike") -> Extraction:
    return article(doc, [Person(wife), Person(husband)], [fact(doc, "spouse", wife, husband)])


@pytest.mark.parametrize(("first", "then"), [("Ada Moss", "Ada Pike"), ("Ada Pike", "Ada Moss")])
def test_a_maiden_and_a_married_name_join_by_the_spouse(graph: Graph, first: str,  # noqa: F811
                                                        then: str) -> None:
    graph.ingest_extractions([_married("d1", first)])
    graph.ingest_extractions([_married("d2", then)])
    assert ids(graph, "ada") == [slugify(first)]
    assert any(f"'{then}' joins '{first}' (a maiden and a married name: the same given name "
               "and spouse Teo Pike)" in r for r in graph.explain(first)["reasons"])


@pytest.mark.parametrize("then", ["Ada Lane", "Ida Pike"])
def test_no_surname_of_the_spouse_or_another_given_name_stays_apart(graph: Graph,  # noqa: F811
                                                                    then: str) -> None:
    graph.ingest_extractions([_married("d1", "Ada Moss")])
    graph.ingest_extractions([_married("d2", then)])
    assert len(ids(graph, "ada") + ids(graph, "ida")) == 2


def test_a_duchess_by_marriage_joins_her_maiden_name_by_the_spouse(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_married("d1", "Lady Ada Moss", "Prince Anselm of Esterlund")])
    graph.ingest_extractions([_married("d2", "Ada, Duchess of Harwick",
                                       "Prince Anselm of Esterlund")])
    assert ids(graph, "ada") == []
    assert graph.explain("Lady Ada Moss")["mentions"] == [
        "d1: Lady Ada Moss", "d2: Ada, Duchess of Harwick"]


def test_a_titled_name_with_a_pet_form_joins_by_context(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_married("d1", "Clara Voss", "Prince Freddie of Norland")])
    graph.ingest_extractions([_married("d2", "Clara Voss", "Prince Frederick of Norland")])
    assert ids(graph, "prince") == ["prince-freddie-of-norland"]
    assert any("'Prince Frederick of Norland' joins 'Prince Freddie of Norland' (short name"
               in r for r in graph.explain("Prince Freddie of Norland")["reasons"])
