"""Cross-document people on both stores (issue #13), with articles of our own invention."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from test_store_contract import document, fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import AmbiguousNameError
from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Fact, Person

_register_commands()


def article(doc: str, people: list[Person], facts: list[Fact]) -> Extraction:
    return Extraction(document(doc), people, facts)


def children_of(doc: str, parent: str, child: str, co_parent: str) -> Extraction:
    return article(doc, [Person(parent), Person(co_parent), Person(child)],
                   [fact(doc, "parent", parent, child), fact(doc, "parent", co_parent, child),
                    fact(doc, "spouse", parent, co_parent)])


def ids(g: Graph, prefix: str) -> list[str]:
    return sorted(r["id"] for r in g.cypher(
        "MATCH (p:Person) WHERE p.id STARTS WITH $p RETURN p.id AS id", p=prefix))


def test_namesake_children_of_different_parents_stay_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([children_of("d1", "Mara Quill", "Otto", "Ben Quill")])
    graph.ingest_extractions([children_of("d2", "Lena Voss", "Otto", "Karl Voss")])
    assert ids(graph, "otto") == ["otto", "otto-2"]
    assert [p["name"] for p in graph.parents(PersonId("otto"))] == ["Ben Quill", "Mara Quill"]


def test_a_short_name_joins_the_person_its_article_context_supports(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([children_of("d1", "Mara Quill", "Otto Quill", "Ben Quill")])
    later = article("d2", [Person("Otto"), Person("Ben Quill"), Person("Ivy Lark")],
                    [fact("d2", "spouse", "Otto", "Ivy Lark")])
    graph.ingest_extractions([later])
    otto = graph.explain("Otto Quill")
    assert otto["mentions"] == ["d1: Otto Quill", "d2: Otto"]
    assert any(r.startswith("d2: 'Otto' joins 'Otto Quill'") and "Ben Quill" in r
               for r in otto["reasons"])


def test_first_names_without_context_stay_apart(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([article("d1", [Person("Otto"), Person("Ada Finn")],
                                      [fact("d1", "parent", "Ada Finn", "Otto")])])
    graph.ingest_extractions([article("d2", [Person("Otto"), Person("Rex Moor")],
                                      [fact("d2", "parent", "Rex Moor", "Otto")])])
    assert ids(graph, "otto") == ["otto", "otto-2"]


def test_generation_markers_keep_father_and_son_apart(graph: Graph) -> None:  # noqa: F811
    senior = article("d1", [Person("Hal Brandt"), Person("Nia Brandt")],
                     [fact("d1", "spouse", "Hal Brandt", "Nia Brandt")])
    junior = article("d2", [Person("Hal Brandt Jr."), Person("Zoe Park")],
                     [fact("d2", "spouse", "Hal Brandt Jr.", "Zoe Park")])
    graph.ingest_extractions([senior, junior])
    assert [s["name"] for s in graph.spouses("Hal Brandt")] == ["Nia Brandt"]
    assert [s["name"] for s in graph.spouses("Hal Brandt Jr.")] == ["Zoe Park"]


def test_birth_years_keep_namesakes_apart(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Remy Cole")], [fact("d1", "born", "Remy Cole", date="1931")])
    two = article("d2", [Person("Remy Cole")], [fact("d2", "born", "Remy Cole", date="1990")])
    graph.ingest_extractions([one])
    graph.ingest_extractions([two])
    assert ids(graph, "remy-cole") == ["remy-cole", "remy-cole-2"]
    assert any("kept apart" in r and "born 1990 vs 1931" in r
               for r in graph.explain(PersonId("remy-cole-2"))["reasons"])


def test_same_name_joins_without_conflict(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Remy Cole")], [fact("d1", "born", "Remy Cole", date="1931")])
    two = article("d2", [Person("Remy Cole")], [fact("d2", "born", "Remy Cole", date="1931-05")])
    graph.ingest_extractions([one, two])
    assert ids(graph, "remy-cole") == ["remy-cole"]


def test_in_article_first_name_and_initials_join_the_full_name(graph: Graph) -> None:  # noqa: F811
    doc = article("d1", [Person("Walter J. Penn"), Person("Walter James Penn"),
                         Person("Walter"), Person("Ruth Penn")],
                  [fact("d1", "spouse", "Walter", "Ruth Penn"),
                   fact("d1", "born", "Walter James Penn", date="1950")])
    graph.ingest_extractions([doc])
    assert ids(graph, "walter") == ["walter-james-penn"]
    assert graph.person("Walter J. Penn")["birth_date"] == "1950"


def test_ambiguous_name_lists_candidates_and_id_picks_one(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([
        article("d1", [Person("Sol Reyes"), Person("Ana Reyes")],
                [fact("d1", "spouse", "Sol Reyes", "Ana Reyes")]),
        article("d2", [Person("Sol Reyes"), Person("Tia Brook")],
                [fact("d2", "born", "Sol Reyes", date="1990"),
                 fact("d2", "spouse", "Sol Reyes", "Tia Brook")]),
        article("d3", [Person("Sol Reyes")], [fact("d3", "born", "Sol Reyes", date="1950")]),
    ])
    assert ids(graph, "sol-reyes") == ["sol-reyes", "sol-reyes-2"]
    with pytest.raises(AmbiguousNameError) as err:
        graph.spouses("Sol Reyes")
    assert err.value.candidates == ["Sol Reyes (sol-reyes-2; born 1950)",
                                    "Sol Reyes (sol-reyes; born 1990; spouse of Ana Reyes)"]
    assert [s["name"] for s in graph.spouses(PersonId("sol-reyes"))] == ["Ana Reyes", "Tia Brook"]
    assert graph.spouses(PersonId("sol-reyes-2")) == []


def test_cli_ambiguous_name_exits_nonzero_and_id_picks(tmp_path: object) -> None:
    from celebgraph.graph import open_graph

    store = f"{tmp_path}/g.lbdb"
    with open_graph(store) as g:
        g.ingest_extractions([
            article("d1", [Person("Sol Reyes"), Person("Ana Reyes")],
                    [fact("d1", "spouse", "Sol Reyes", "Ana Reyes"),
                     fact("d1", "born", "Sol Reyes", date="1990")]),
            article("d3", [Person("Sol Reyes")], [fact("d3", "born", "Sol Reyes", date="1950")]),
        ])
    runner = CliRunner()
    result = runner.invoke(cli, ["spouses", "Sol Reyes", "--store", store])
    assert result.exit_code == 1
    assert "Sol Reyes (sol-reyes; born 1990; spouse of Ana Reyes)" in result.output
    assert "--id" in result.output
    result = runner.invoke(cli, ["spouses", "--id", "sol-reyes", "--store", store, "--format",
                                 "json"])
    assert result.exit_code == 0, result.output
    assert '"Ana Reyes"' in result.output
    result = runner.invoke(cli, ["explain", "--id", "sol-reyes-2", "--store", store])
    assert result.exit_code == 0, result.output
    assert "kept apart from 'Sol Reyes' (sol-reyes): born 1950 vs 1990" in result.output


def test_a_child_named_without_surname_takes_a_parents_surname(graph: Graph) -> None:  # noqa: F811
    bio = article("d1", [Person("Ruth Lind"), Person("Eric Lind"), Person("Nils Oskar")],
                  [fact("d1", "parent", "Ruth Lind", "Nils Oskar"),
                   fact("d1", "parent", "Eric Lind", "Nils Oskar"),
                   fact("d1", "born", "Nils Oskar", date="1980")])
    news = article("d2", [Person("Nils Lind"), Person("Kaja Berg")],
                   [fact("d2", "spouse", "Nils Lind", "Kaja Berg")])
    graph.ingest_extractions([bio, news])
    assert [s["name"] for s in graph.spouses("Nils Oskar")] == ["Kaja Berg"]
    assert any("surname of a parent" in r for r in graph.explain("Nils Oskar")["reasons"])


def test_a_parents_surname_never_joins_the_parent(graph: Graph) -> None:  # noqa: F811
    grandmother = article("d1", [Person("Vera Holm"), Person("Per Holm")],
                          [fact("d1", "spouse", "Vera Holm", "Per Holm")])
    family = article("d2", [Person("Vera Ann"), Person("Vera Holm"), Person("Jon Holm")],
                     [fact("d2", "parent", "Jon Holm", "Vera Ann"),
                      fact("d2", "parent", "Vera Holm", "Vera Ann")])
    graph.ingest_extractions([grandmother, family])
    assert graph.person("Vera Ann")["id"] != graph.person("Vera Holm")["id"]


def test_one_spouse_of_two_forms_of_a_name_is_one_person(graph: Graph) -> None:  # noqa: F811
    doc = article("d1", [Person("Lina Roe"), Person("Lina"), Person("Sven Roe")],
                  [fact("d1", "spouse", "Lina Roe", "Sven Roe"),
                   fact("d1", "spouse", "Lina", "Sven Roe"),
                   fact("d1", "spouse", "Lina", "Lina Roe")])  # a misread sentence
    graph.ingest_extractions([doc])
    assert ids(graph, "lina") == ["lina-roe"]


def test_a_first_name_that_is_a_relative_of_the_full_name_stays_apart(graph: Graph) -> None:  # noqa: F811
    doc = article("d1", [Person("Abel Stone"), Person("Abel")],
                  [fact("d1", "parent", "Abel Stone", "Abel")])
    graph.ingest_extractions([doc])
    assert ids(graph, "abel") == ["abel", "abel-stone"]


def test_titles_and_styles_join_the_plain_name(graph: Graph) -> None:  # noqa: F811
    titled = article("d1", [Person("Dame Edda Voss"), Person("Prince Olaf, Duke of Nordland"),
                            Person("Olaf")],
                     [fact("d1", "spouse", "Dame Edda Voss", "Prince Olaf, Duke of Nordland"),
                      fact("d1", "born", "Olaf", date="1950")])
    plain = article("d2", [Person("Edda Voss"), Person("Ola Voss")],
                    [fact("d2", "parent", "Edda Voss", "Ola Voss")])
    graph.ingest_extractions([titled, plain])
    assert [c["name"] for c in graph.children("Dame Edda Voss")] == ["Ola Voss"]
    assert graph.person("Prince Olaf, Duke of Nordland")["birth_date"] == "1950"


def test_ages_keep_namesakes_apart_and_agreeing_ages_join(graph: Graph) -> None:  # noqa: F811
    # 'Remy Cole, 28,' in a 2021 article and 'the 44-year-old Remy Cole' are two people; a
    # third article's 'Remy Cole, 29,' (born 1992 or 1993) is the first.
    young = article("d1", [Person("Remy Cole", born_about=("1993",)), Person("Ivy Lark")],
                    [fact("d1", "spouse", "Remy Cole", "Ivy Lark")])
    elder = article("d2", [Person("Remy Cole", born_about=("1977",)), Person("Nell Ames")],
                    [fact("d2", "spouse", "Remy Cole", "Nell Ames")])
    again = article("d3", [Person("Remy Cole", born_about=("1992",)), Person("Otto Cole")],
                    [fact("d3", "parent", "Remy Cole", "Otto Cole")])
    graph.ingest_extractions([young, elder, again])
    assert ids(graph, "remy-cole") == ["remy-cole", "remy-cole-2"]
    assert [s["name"] for s in graph.spouses(PersonId("remy-cole"))] == ["Ivy Lark"]
    assert [c["name"] for c in graph.children(PersonId("remy-cole"))] == ["Otto Cole"]
    assert any("kept apart" in r and "by their ages" in r
               for r in graph.explain(PersonId("remy-cole-2"))["reasons"])


def test_ages_stored_keep_namesakes_apart_in_a_later_ingest(graph: Graph) -> None:  # noqa: F811
    young = article("d1", [Person("Remy Cole", born_about=("1993",)), Person("Ivy Lark")],
                    [fact("d1", "spouse", "Remy Cole", "Ivy Lark")])
    elder = article("d2", [Person("Remy Cole", born_about=("1977",)), Person("Nell Ames")],
                    [fact("d2", "spouse", "Remy Cole", "Nell Ames")])
    graph.ingest_extractions([young])
    graph.ingest_extractions([elder])
    assert ids(graph, "remy-cole") == ["remy-cole", "remy-cole-2"]
    graph.retract("d2")  # the article's age goes with it; the first Remy keeps his own
    again = article("d3", [Person("Remy Cole", born_about=("1978",)), Person("Otto Cole")],
                    [fact("d3", "parent", "Remy Cole", "Otto Cole")])
    graph.ingest_extractions([again])
    assert [c["name"] for c in graph.children(PersonId("remy-cole"))] == []
