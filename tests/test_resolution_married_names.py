"""Cross-document people on both stores (issue #13, session 14): a married name known only by
the spouse's surname, a maiden name spelled otherwise in the same article, a sibling's
parents that are not the namesake's, and given names the ``nicknames`` table spells
otherwise. Articles of our own invention."""

from __future__ import annotations

import pytest
from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.names import married_pair, same_given, short_form
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Person


@pytest.mark.parametrize(("a", "b"), [("jodi", "jo"), ("bobbi", "bob"),
                                      ("kassie", "catherine"), ("kathi", "catherine"),
                                      ("cathy", "kathy"),
                                      ("rick", "richard")])
def test_a_short_form_the_table_spells_otherwise_is_one(a: str, b: str) -> None:
    assert short_form(a, b) and short_form(b, a)


@pytest.mark.parametrize(("a", "b"), [("al", "bert"), ("ana", "ina"), ("mila", "mina"),
                                      ("ada", "ida")])
def test_other_given_names_are_no_short_forms(a: str, b: str) -> None:
    assert not short_form(a, b)


def test_a_married_name_bears_the_spouses_surname() -> None:
    assert same_given("Natalija", "Natalia")
    assert married_pair("Ada Moss", "Ada Pike", ["teo pike"])
    assert married_pair("Natalija Rusev", "Natalia Orlin", ["Pavel Orlin"])
    assert not married_pair("Ada Moss", "Ada Pike", ["teo lenn"])  # no spouse of that name
    assert not married_pair("Ada Moss", "Ida Pike", ["teo pike"])  # another given name
    assert not married_pair("Eli Moss Jr.", "Eli Pike", ["teo pike"])


def _wedding() -> list:  # type: ignore[type-arg]
    return [article("d1", [Person("Ada Moss"), Person("Teo Pike")],
                    [fact("d1", "spouse", "Ada Moss", "Teo Pike")])]


def test_a_married_name_joins_by_the_spouses_surname_alone(graph: Graph) -> None:  # noqa: F811
    """'Ada Pike' of a later article that names none of her relatives is the 'Ada Moss' who
    married Teo Pike."""
    later = article("d2", [Person("Ada Pike"), Person("Nils Orr")],
                    [fact("d2", "engaged", "Nils Orr", "Ilse Fern")])
    graph.ingest_extractions([*_wedding(), later])
    ada = graph.explain("Ada Pike")
    assert ada["id"] == "ada-moss"
    assert any("'ada pike' joins 'ada moss' (a married name: the surname of the spouse "
               "teo pike)" in r.casefold() for r in ada["reasons"])


def test_the_spouses_sister_born_to_his_surname_stays_apart(graph: Graph) -> None:  # noqa: F811
    sister = article("d2", [Person("Ada Pike"), Person("Rolf Pike")],
                     [fact("d2", "parent", "Rolf Pike", "Ada Pike")])
    graph.ingest_extractions([*_wedding(), sister])
    assert ids(graph, "ada") == ["ada-moss", "ada-pike"]


def test_a_married_name_of_another_surname_stays_apart(graph: Graph) -> None:  # noqa: F811
    other = article("d2", [Person("Ada Lenn")], [])
    graph.ingest_extractions([*_wedding(), other])
    assert ids(graph, "ada") == ["ada-lenn", "ada-moss"]


def test_a_maiden_name_spelled_otherwise_joins_in_its_article(graph: Graph) -> None:  # noqa: F811
    """'Natalija Rusev', born 1975, is the 'Natalia Orlin' of the same profile, wife of
    Pavel Orlin; a later article's 'Natalia Orlin' is her too."""
    profile = article("d1", [Person("Natalia Orlin"), Person("Pavel Orlin"),
                             Person("Natalija Rusev")],
                      [fact("d1", "spouse", "Pavel Orlin", "Natalia Orlin"),
                       fact("d1", "born", "Natalija Rusev", date="1975")])
    graph.ingest_extractions([profile])
    natalia = graph.explain("Natalia Orlin")
    assert natalia["id"] == graph.explain("Natalija Rusev")["id"]
    assert any("surname of a spouse taken" in r for r in natalia["reasons"])


def test_a_twin_born_to_the_married_surname_stays_apart_in_its_article(graph: Graph) -> None:  # noqa: F811
    """'Ada Moss', twin sister of Jenna Pike, is no maiden name of her grandmother 'Ada
    Pike', wife of Rolf Pike: her sister bears the surname she was born to."""
    family = article("d1", [Person("Ada Moss"), Person("Jenna Pike"), Person("Ada Pike"),
                            Person("Rolf Pike")],
                     [fact("d1", "sibling", "Ada Moss", "Jenna Pike"),
                      fact("d1", "spouse", "Ada Pike", "Rolf Pike")])
    graph.ingest_extractions([family])
    assert ids(graph, "ada") == ["ada-moss", "ada-pike"]


def _parents(doc: str, child: str, father: str, mother: str) -> list:  # type: ignore[type-arg]
    return [fact(doc, "parent", father, child), fact(doc, "parent", mother, child)]


def _ada_born_to_tom_and_ida() -> Extraction:
    return article("d2", [Person("Ada Moss"), Person("Tom Moss"), Person("Ida Moss")],
                   _parents("d2", "Ada Moss", "Tom Moss", "Ida Moss"))


def _eli_weds_as_adas_brother() -> Extraction:
    return article("d3", [Person("Eli Moss"), Person("Ada Moss"), Person("Lise Orn")],
                   [fact("d3", "sibling", "Eli Moss", "Ada Moss"),
                    fact("d3", "spouse", "Eli Moss", "Lise Orn")])


def test_a_siblings_two_parents_keep_a_namesake_of_two_others_apart(graph: Graph) -> None:  # noqa: F811
    """'Eli Moss', son of Abe and Vera Moss, is not the 'Eli Moss' whose sister Ada's
    parents are Tom and Ida Moss: siblings, half-siblings too, share a parent."""
    elder = article("d1", [Person("Eli Moss"), Person("Abe Moss"), Person("Vera Moss")],
                    _parents("d1", "Eli Moss", "Abe Moss", "Vera Moss"))
    graph.ingest_extractions([elder, _ada_born_to_tom_and_ida()])
    graph.ingest_extractions([_eli_weds_as_adas_brother()])
    assert ids(graph, "eli-moss") == ["eli-moss", "eli-moss-2"]
    assert any("a sibling, Ada Moss, is a child of" in r
               for pid in ("eli-moss", "eli-moss-2")
               for r in graph.explain(PersonId(pid))["reasons"])


def test_a_half_sibling_with_one_parent_known_still_joins(graph: Graph) -> None:  # noqa: F811
    """One parent known of the namesake says nothing: a half-brother has a parent his
    sister has not."""
    elder = article("d1", [Person("Eli Moss"), Person("Abe Moss"), Person("Lise Orn")],
                    [fact("d1", "parent", "Abe Moss", "Eli Moss"),
                     fact("d1", "spouse", "Eli Moss", "Lise Orn")])
    graph.ingest_extractions([elder, _ada_born_to_tom_and_ida()])
    graph.ingest_extractions([_eli_weds_as_adas_brother()])
    assert ids(graph, "eli-moss") == ["eli-moss"]


def test_a_full_name_joins_a_pet_form_given_alone_by_the_same_father(graph: Graph) -> None:  # noqa: F811
    """'Jo Moss', daughter of Teo Moss, is the 'Jodi' of his earlier profile."""
    profile = article("d1", [Person("Teo Moss"), Person("Jodi")],
                      [fact("d1", "parent", "Teo Moss", "Jodi")])
    later = article("d2", [Person("Jo Moss"), Person("Teo Moss"), Person("Ilka Vane")],
                    [fact("d2", "parent", "Teo Moss", "Jo Moss"),
                     fact("d2", "parent", "Ilka Vane", "Jo Moss")])
    graph.ingest_extractions([profile])
    graph.ingest_extractions([later])
    jodi = graph.explain("Jo Moss")
    assert jodi["id"] == "jodi"
    assert any("another form of the given name alone; the same parent Teo Moss" in r
               for r in jodi["reasons"])


def test_a_pet_form_of_another_father_stays_apart(graph: Graph) -> None:  # noqa: F811
    profile = article("d1", [Person("Teo Moss"), Person("Jodi")],
                      [fact("d1", "parent", "Teo Moss", "Jodi")])
    later = article("d2", [Person("Jo Moss"), Person("Rolf Moss")],
                    [fact("d2", "parent", "Rolf Moss", "Jo Moss")])
    graph.ingest_extractions([profile])
    graph.ingest_extractions([later])
    assert graph.explain("Jo Moss")["id"] != "jodi"


def test_a_name_without_its_marker_joins_by_a_siblings_parent(graph: Graph) -> None:  # noqa: F811
    """'Eli Moss', brother of Ada Moss, is the 'Eli Moss Jr.' whom their father names his
    son: a sibling's parent is a parent."""
    obituary = article("d1", [Person("Eli Moss Sr."), Person("Eli Moss Jr."), Person("Ada Moss")],
                       [fact("d1", "parent", "Eli Moss Sr.", "Eli Moss Jr."),
                        fact("d1", "parent", "Eli Moss Sr.", "Ada Moss")])
    wedding = article("d2", [Person("Eli Moss"), Person("Lise Orn"), Person("Ada Moss")],
                      [fact("d2", "spouse", "Eli Moss", "Lise Orn"),
                       fact("d2", "sibling", "Eli Moss", "Ada Moss")])
    graph.ingest_extractions([obituary])
    graph.ingest_extractions([wedding])
    assert ids(graph, "eli-moss") == ["eli-moss-jr", "eli-moss-sr"]
    assert any("a parent of the sibling Ada Moss" in r
               for r in graph.explain("Eli Moss Jr.")["reasons"])


def test_a_wife_styled_by_a_juniors_name_carries_no_marker_of_her_own() -> None:
    """'Mrs. Teo Pike Jr.' is his wife: the Jr. is his generation, not hers."""
    from celebgraph.graph.names import generation

    assert generation(["Mrs. Teo Pike Jr.", "Ada Moss"]) == frozenset()
    assert generation(["Teo Pike Jr."]) == frozenset({"jr"})


def test_a_wife_styled_by_a_juniors_name_joins_her_married_name(graph: Graph) -> None:  # noqa: F811
    gala = article("d1", [Person("Ada Moss", ("Mrs. Teo Pike Jr.",)), Person("Teo Pike Jr.")],
                   [fact("d1", "spouse", "Ada Moss", "Teo Pike Jr.")])
    later = article("d2", [Person("Ada Pike"), Person("Nils Orr")], [])
    graph.ingest_extractions([gala, later])
    assert graph.explain("Ada Pike")["id"] == "ada-moss"


def test_two_surnames_of_one_wife_join_in_their_article(graph: Graph) -> None:  # noqa: F811
    """'Ada Moss' and 'Ada Lenn', both wives of Teo Pike in one profile, are one wife; his
    other wife, Ilse Orn, stays herself."""
    profile = article("d1", [Person("Teo Pike"), Person("Ada Moss"), Person("Ilse Orn"),
                             Person("Ada Lenn")],
                      [fact("d1", "spouse", "Teo Pike", "Ada Moss"),
                       fact("d1", "spouse", "Teo Pike", "Ilse Orn"),
                       fact("d1", "spouse", "Teo Pike", "Ada Lenn")])
    graph.ingest_extractions([profile])
    ada = graph.explain("Ada Lenn")
    assert ada["id"] == graph.explain("Ada Moss")["id"]
    assert any("married to the same person" in r for r in ada["reasons"])
    assert sorted(ids(graph, "")) == sorted([ada["id"], "ilse-orn", "teo-pike"])


def test_two_given_names_married_to_one_man_stay_apart(graph: Graph) -> None:  # noqa: F811
    profile = article("d1", [Person("Teo Pike"), Person("Ada Moss"), Person("Ida Lenn")],
                      [fact("d1", "spouse", "Teo Pike", "Ada Moss"),
                       fact("d1", "spouse", "Teo Pike", "Ida Lenn")])
    graph.ingest_extractions([profile])
    assert ids(graph, "ada") == ["ada-moss"] and ids(graph, "ida") == ["ida-lenn"]


def test_a_peer_with_middle_names_is_the_peer_without_them(graph: Graph) -> None:  # noqa: F811
    """'Edmund Carrow 7th Baron Thornbury' (no comma, as the extractor may write it) is
    'Edmund John Carrow, 7th Baron Thornbury' of the same article; the 8th baron is not."""
    peers = article("d1", [Person("Edmund Carrow 7th Baron Thornbury"),
                           Person("Edmund John Carrow, 7th Baron Thornbury"),
                           Person("Edmund Carrow, 8th Baron Thornbury"), Person("Ilse Orn")],
                    [fact("d1", "spouse", "Edmund John Carrow, 7th Baron Thornbury",
                          "Ilse Orn"),
                     fact("d1", "parent", "Edmund Carrow 7th Baron Thornbury",
                          "Edmund Carrow, 8th Baron Thornbury")])
    graph.ingest_extractions([peers])
    seventh = graph.explain("Edmund Carrow 7th Baron Thornbury")
    assert seventh["id"] == graph.explain("Edmund John Carrow, 7th Baron Thornbury")["id"]
    assert seventh["id"] != graph.explain("Edmund Carrow, 8th Baron Thornbury")["id"]
