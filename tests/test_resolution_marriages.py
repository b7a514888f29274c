"""Cross-document people on both stores (issue #13, tests/resolution_set9): a son named after
his late father is not the father when his mother is the father's wife, and the mother is
that wife; two namesakes each married to another at the same time are two, and one person's
dated marriage survives the join; a title alone is the holder named by it a few years apart.
Articles of our own invention."""

from __future__ import annotations

from dataclasses import replace

from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Fact, Person


def _obituary(died: bool = True) -> Extraction:
    facts = [fact("d1", "spouse", "Corwin Vale", "Elspeth")]
    if died:
        facts.append(fact("d1", "died", "Corwin Vale", date="2020-05-03"))
    return article("d1", [Person("Corwin Vale"), Person("Elspeth")], facts)


def _son_engaged(mother: str = "Elspeth Vale") -> Extraction:
    return article("d2", [Person("Corwin Vale"), Person("Nadia Frost"), Person(mother)],
                   [fact("d2", "engaged", "Corwin Vale", "Nadia Frost", date="2022"),
                    fact("d2", "parent", mother, "Corwin Vale")])


def test_a_son_whose_mother_is_the_late_namesakes_wife_is_another_person(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_obituary()])
    graph.ingest_extractions([_son_engaged()])
    assert ids(graph, "corwin") == ["corwin-vale", "corwin-vale-2"]
    assert any("elspeth vale is their parent and a spouse of Corwin Vale" in r
               for r in graph.explain(PersonId("corwin-vale-2"))["reasons"])
    # the mother is the wife of the late Corwin Vale, the son's parent
    assert ids(graph, "elspeth") == ["elspeth"]
    assert any("'Elspeth Vale' joins 'Elspeth'" in r and "another generation" in r
               for r in graph.explain(PersonId("elspeth"))["reasons"])
    assert [p["name"] for p in graph.parents(PersonId("corwin-vale-2"))] == ["Elspeth Vale"]


def test_the_father_dying_in_the_later_article_keeps_them_apart_too(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_son_engaged()])
    graph.ingest_extractions([_obituary()])
    assert ids(graph, "corwin") == ["corwin-vale", "corwin-vale-2"]


def test_without_a_death_a_spouse_and_a_parent_of_one_name_say_nothing(graph: Graph) -> None:  # noqa: F811
    # a misread sentence gives a wife as a parent as easily: nobody died, one person
    graph.ingest_extractions([_obituary(died=False)])
    graph.ingest_extractions([_son_engaged()])
    assert ids(graph, "corwin") == ["corwin-vale"]


def test_a_mother_of_another_given_name_is_no_evidence(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_obituary()])
    graph.ingest_extractions([_son_engaged("Ingeborg Vale")])
    assert ids(graph, "corwin") == ["corwin-vale"]


def _wedding(doc: str, published: str, spouse: str, year: str, *more: Fact) -> Extraction:
    out = article(doc, [Person("Osric Penhale"), Person(spouse)],
                  [fact(doc, "spouse", "Osric Penhale", spouse, start=year), *more])
    return replace(out, document=replace(out.document, published=published))


def test_namesakes_each_married_to_another_at_the_same_time_are_two(graph: Graph) -> None:  # noqa: F811
    # married to Talia since 2011, as an article of 2022 says; married Wenna in 2020
    graph.ingest_extractions([_wedding("d1", "2022-03-09", "Talia Brune", "2011")])
    graph.ingest_extractions([_wedding("d2", "2020-06-08", "Wenna Crisp", "2020-06-06")])
    assert ids(graph, "osric") == ["osric-penhale", "osric-penhale-2"]
    assert any("married wenna crisp in 2020 while married to talia brune (since 2011, still "
               "in 2022)" in r for r in graph.explain(PersonId("osric-penhale-2"))["reasons"])


def test_the_other_order_keeps_them_apart_too(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_wedding("d2", "2020-06-08", "Wenna Crisp", "2020-06-06")])
    graph.ingest_extractions([_wedding("d1", "2022-03-09", "Talia Brune", "2011")])
    assert ids(graph, "osric") == ["osric-penhale", "osric-penhale-2"]


def test_a_marriage_after_the_other_ended_is_one_person_remarried(graph: Graph) -> None:  # noqa: F811
    # the article that says 2011 is of 2019: nothing says that marriage lasted until 2020
    graph.ingest_extractions([_wedding("d1", "2019-03-09", "Talia Brune", "2011")])
    graph.ingest_extractions([_wedding("d2", "2020-06-08", "Wenna Crisp", "2020-06-06")])
    assert ids(graph, "osric") == ["osric-penhale"]


def test_a_wedding_told_in_passing_years_later_is_no_evidence(graph: Graph) -> None:  # noqa: F811
    # 'married Wenna in 2020' in an article of 2024: a divorce from Talia may have come between
    graph.ingest_extractions([_wedding("d1", "2022-03-09", "Talia Brune", "2011")])
    graph.ingest_extractions([_wedding("d2", "2024-06-08", "Wenna Crisp", "2020")])
    assert ids(graph, "osric") == ["osric-penhale"]


def test_a_divorce_filing_ends_the_marriage(graph: Graph) -> None:  # noqa: F811
    filed = fact("d1", "divorce_filed", "Osric Penhale", "Talia Brune", date="2019")
    graph.ingest_extractions([_wedding("d1", "2022-03-09", "Talia Brune", "2011", filed)])
    graph.ingest_extractions([_wedding("d2", "2020-06-08", "Wenna Crisp", "2020-06-06")])
    assert ids(graph, "osric") == ["osric-penhale"]


def test_one_dated_marriage_in_two_articles_is_one_person_and_keeps_its_date(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_wedding("d1", "2016-09-19", "Talia Brune", "2016-09-17")])
    graph.ingest_extractions([_wedding("d2", "2023-11-08", "Talia Brune", "2016")])
    assert ids(graph, "osric") == ["osric-penhale"]
    assert [(s["name"], s["start"]) for s in graph.spouses("Osric Penhale")] == [
        ("Talia Brune", "2016-09-17")]


def _dated(ext: Extraction, published: str) -> Extraction:
    return replace(ext, document=replace(ext.document, published=published))


def _prince_weds(died: bool = False) -> Extraction:
    facts = [fact("d1", "spouse", "Prince Aurel, Duke of Kestermoor", "Lady Ines Farrow")]
    if died:
        facts.append(fact("d1", "died", "Prince Aurel, Duke of Kestermoor", date="2018-01"))
    return _dated(article("d1", [Person("Prince Aurel, Duke of Kestermoor"),
                                 Person("Lady Ines Farrow")], facts), "2018-09-10")


def _duke_child(published: str) -> Extraction:
    return _dated(article("d2", [Person("Duke of Kestermoor"), Person("Princess Lio")],
                          [fact("d2", "parent", "Duke of Kestermoor", "Princess Lio")]), published)


def test_a_title_alone_is_its_holder_of_an_article_a_few_years_before(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_prince_weds()])
    graph.ingest_extractions([_duke_child("2020-03-03")])
    assert ids(graph, "duke") == []
    assert any("'Duke of Kestermoor' joins" in r and "held by Prince Aurel, Duke of Kestermoor "
               "in an article of 2018" in r
               for r in graph.explain(PersonId("prince-aurel-duke-of-kestermoor"))["reasons"])


def test_a_title_alone_long_after_or_after_a_death_may_be_another_holder(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_prince_weds()])
    graph.ingest_extractions([_duke_child("2031-03-03")])
    assert ids(graph, "duke") == ["duke-of-kestermoor"]
    assert any("the same title, but no relative in common" in r
               for r in graph.explain(PersonId("duke-of-kestermoor"))["reasons"])


def test_a_title_alone_after_the_holder_died_is_not_joined(graph: Graph) -> None:  # noqa: F811
    graph.ingest_extractions([_prince_weds(died=True)])
    graph.ingest_extractions([_duke_child("2019-03-03")])
    assert ids(graph, "duke") == ["duke-of-kestermoor"]
