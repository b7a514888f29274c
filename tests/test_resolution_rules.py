"""Resolution rules of issue #13 on both stores: namesakes told apart by their relatives,
titles that change, generation short forms and married names (articles of our own)."""

from __future__ import annotations

from test_resolution_contract import article, ids
from test_store_contract import fact, graph  # noqa: F401  (the two-store fixture)

from celebgraph.graph import Graph
from celebgraph.graph.names import given_variants, short_form, short_form_name
from celebgraph.graph.queries import PersonId
from celebgraph.models import Extraction, Person


def test_namesakes_whose_spouses_and_siblings_differ_stay_apart(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Ines Harlow"), Person("Piet Orme"), Person("Gus Harlow")],
                  [fact("d1", "spouse", "Ines Harlow", "Piet Orme"),
                   fact("d1", "sibling", "Ines Harlow", "Gus Harlow")])
    two = article("d2", [Person("Ines Harlow"), Person("Raf Tull"), Person("Maud Harlow")],
                  [fact("d2", "spouse", "Ines Harlow", "Raf Tull"),
                   fact("d2", "sibling", "Ines Harlow", "Maud Harlow")])
    graph.ingest_extractions([one])
    graph.ingest_extractions([two])
    assert ids(graph, "ines-harlow") == ["ines-harlow", "ines-harlow-2"]
    assert any("kept apart" in r and "different relatives" in r and "raf tull" in r
               for r in graph.explain(PersonId("ines-harlow-2"))["reasons"])


def test_a_remarried_namesake_with_other_children_is_one_person(graph: Graph) -> None:  # noqa: F811
    first = article("d1", [Person("Lars Oden"), Person("Bea Moll"), Person("Kit Oden")],
                    [fact("d1", "spouse", "Lars Oden", "Bea Moll"),
                     fact("d1", "parent", "Lars Oden", "Kit Oden")])
    second = article("d2", [Person("Lars Oden"), Person("Uma Prell"), Person("Jo Oden")],
                     [fact("d2", "spouse", "Lars Oden", "Uma Prell"),
                      fact("d2", "parent", "Lars Oden", "Jo Oden")])
    graph.ingest_extractions([first, second])
    assert ids(graph, "lars-oden") == ["lars-oden"]


def test_one_shared_relative_outweighs_the_others(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Ines Harlow"), Person("Piet Orme"), Person("Gus Harlow")],
                  [fact("d1", "spouse", "Ines Harlow", "Piet Orme"),
                   fact("d1", "sibling", "Ines Harlow", "Gus Harlow")])
    two = article("d2", [Person("Ines Harlow"), Person("Raf Tull"), Person("Gus Harlow")],
                  [fact("d2", "spouse", "Ines Harlow", "Raf Tull"),
                   fact("d2", "sibling", "Ines Harlow", "Gus Harlow")])
    graph.ingest_extractions([one, two])
    assert ids(graph, "ines-harlow") == ["ines-harlow"]


def test_a_princess_who_becomes_queen_and_a_crown_prince_who_becomes_king(graph: Graph) -> None:  # noqa: F811
    wedding = article("d1", [Person("Princess Ilse of Varnholm"),
                             Person("Crown Prince Tomas of Estria")],
                      [fact("d1", "spouse", "Princess Ilse of Varnholm",
                            "Crown Prince Tomas of Estria")])
    later = article("d2", [Person("Queen Ilse of Estria"), Person("Princess Ilse of Varnholm"),
                           Person("Prince Anselm")],
                    [fact("d2", "parent", "Queen Ilse of Estria", "Prince Anselm")])
    now = article("d3", [Person("King Tomas"), Person("Queen Ilse of Estria")],
                  [fact("d3", "spouse", "King Tomas", "Queen Ilse of Estria")])
    graph.ingest_extractions([wedding, later, now])
    queen = graph.explain("Queen Ilse of Estria")
    assert queen["id"] == "princess-ilse-of-varnholm"
    assert [c["name"] for c in graph.children(PersonId(queen["id"]))] == ["Prince Anselm"]
    king = graph.explain("King Tomas")
    assert king["id"] == "crown-prince-tomas-of-estria"
    assert any("'King Tomas' joins" in r for r in king["reasons"])
    assert any("under another title" in r for r in queen["reasons"])


def test_two_royals_of_one_given_name_without_context_stay_apart(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("King Tomas of Estria"), Person("Queen Vera")],
                  [fact("d1", "spouse", "King Tomas of Estria", "Queen Vera")])
    two = article("d2", [Person("Crown Prince Tomas"), Person("Princess Runa")],
                  [fact("d2", "spouse", "Crown Prince Tomas", "Princess Runa")])
    graph.ingest_extractions([one, two])
    assert ids(graph, "crown-prince-tomas") == ["crown-prince-tomas"]
    assert ids(graph, "king-tomas") == ["king-tomas-of-estria"]


def test_a_given_name_with_a_generation_marker_joins_that_generation(graph: Graph) -> None:  # noqa: F811
    doc = article("d1", [Person("Rudolf Vance Sr."), Person("Rudolf Vance Jr."),
                         Person("Rudolf Jr."), Person("Tess Vance")],
                  [fact("d1", "parent", "Rudolf Vance Sr.", "Rudolf Vance Jr."),
                   fact("d1", "spouse", "Rudolf Jr.", "Tess Vance")])
    graph.ingest_extractions([doc])
    assert [s["name"] for s in graph.spouses("Rudolf Vance Jr.")] == ["Tess Vance"]
    assert graph.spouses("Rudolf Vance Sr.") == []


def test_a_hyphenated_married_name_joins_the_maiden_name_of_that_marriage(graph: Graph) -> None:  # noqa: F811
    hers = article("d1", [Person("Ava Lind"), Person("Otis Marr"), Person("Lene Lind")],
                   [fact("d1", "spouse", "Ava Lind", "Otis Marr"),
                    fact("d1", "sibling", "Ava Lind", "Lene Lind")])
    other = article("d2", [Person("Ava Lind"), Person("Cyrus Bell"), Person("Nora Lind")],
                    [fact("d2", "spouse", "Ava Lind", "Cyrus Bell"),
                     fact("d2", "sibling", "Ava Lind", "Nora Lind")])
    married = article("d3", [Person("Ava Lind-Marr"), Person("Otis Marr"), Person("Ivo Marr")],
                      [fact("d3", "spouse", "Ava Lind-Marr", "Otis Marr"),
                       fact("d3", "parent", "Ava Lind-Marr", "Ivo Marr")])
    graph.ingest_extractions([hers, other, married])
    ava = graph.explain("Ava Lind-Marr")
    assert [c["name"] for c in graph.children(PersonId(ava["id"]))] == ["Ivo Marr"]
    assert [s["name"] for s in graph.spouses(PersonId(ava["id"]))] == ["Otis Marr"]
    assert "d1: Ava Lind" in ava["mentions"]


def test_trey_is_the_third_of_a_name_where_the_family_says_so(graph: Graph) -> None:  # noqa: F811
    family = article("d1", [Person("Eli Moss Jr."), Person("Eli Moss III"), Person("Una Moss")],
                     [fact("d1", "parent", "Eli Moss Jr.", "Eli Moss III"),
                      fact("d1", "parent", "Una Moss", "Eli Moss III")])
    later = article("d2", [Person("Eli Moss Jr."), Person("Trey"), Person("Dot Kerr")],
                    [fact("d2", "parent", "Eli Moss Jr.", "Trey"),
                     fact("d2", "engaged", "Trey", "Dot Kerr")])
    graph.ingest_extractions([family, later])
    assert [r["other"] for r in graph.relationships("Eli Moss III")
            if r["type"] == "ENGAGED_TO"] == ["Dot Kerr"]
    assert graph.explain("Eli Moss III")["mentions"] == ["d1: Eli Moss III", "d2: Trey"]


def test_a_granddaughter_named_after_her_grandmother_is_not_her(graph: Graph) -> None:  # noqa: F811
    elders = article("d1", [Person("Lena Holt"), Person("Aldo Holt"), Person("Rob Holt")],
                     [fact("d1", "spouse", "Lena Holt", "Aldo Holt"),
                      fact("d1", "parent", "Aldo Holt", "Rob Holt")])
    later = article("d2", [Person("Lena Sage"), Person("Rob Holt"), Person("Lena Holt")],
                    [fact("d2", "parent", "Rob Holt", "Lena Sage")])  # named after Lena Holt
    graph.ingest_extractions([elders])
    graph.ingest_extractions([later])
    assert graph.explain("Lena Holt")["mentions"] == ["d1: Lena Holt", "d2: Lena Holt"]
    assert [c["name"] for c in graph.children("Rob Holt")] == ["Lena Sage"]


def test_a_bare_name_in_an_article_about_the_second_is_the_second(graph: Graph) -> None:  # noqa: F811
    """'Corin Vale II' and later 'Corin Vale' in his own article are one man, and not the
    grandfather 'Corin Vale' of another article; named as his relative, the bare name is the
    elder."""
    elder = article("d1", [Person("Corin Vale"), Person("Ottilie Vale")],
                    [fact("d1", "spouse", "Corin Vale", "Ottilie Vale")])
    younger = article("d2", [Person("Corin Vale II"), Person("Corin Vale"), Person("Zia Marr")],
                      [fact("d2", "spouse", "Corin Vale", "Zia Marr")])
    graph.ingest_extractions([elder, younger])
    assert ids(graph, "corin-vale") == ["corin-vale", "corin-vale-ii"]
    assert [s["name"] for s in graph.spouses(PersonId("corin-vale-ii"))] == ["Zia Marr"]
    assert [s["name"] for s in graph.spouses(PersonId("corin-vale"))] == ["Ottilie Vale"]


def test_a_bare_name_the_article_relates_to_the_second_stays_the_elder(graph: Graph) -> None:  # noqa: F811
    story = article("d1", [Person("Corin Vale II"), Person("Corin Vale")],
                    [fact("d1", "parent", "Corin Vale", "Corin Vale II")])
    graph.ingest_extractions([story])
    assert ids(graph, "corin-vale") == ["corin-vale", "corin-vale-ii"]
    assert [p["name"] for p in graph.parents(PersonId("corin-vale-ii"))] == ["Corin Vale"]


def _grandmother() -> Extraction:
    return article("d1", [Person("Edda Vorn"), Person("Bram Vorn"), Person("Ott Vorn")],
                   [fact("d1", "spouse", "Edda Vorn", "Bram Vorn"),
                    fact("d1", "parent", "Edda Vorn", "Ott Vorn")])


def test_a_first_name_that_is_a_parent_of_her_grandchild_is_not_her(graph: Graph) -> None:  # noqa: F811
    """'Edda', mother of Mina, and 'Edda Vorn', Mina's grandmother, in one article: the first
    name is not the grandmother's, though it is hers alone in the article."""
    later = article("d2", [Person("Ott Vorn"), Person("Edda"), Person("Mina Vorn"),
                           Person("Edda Vorn"), Person("Bram Vorn")],
                    [fact("d2", "parent", "Ott Vorn", "Mina Vorn"),
                     fact("d2", "parent", "Edda", "Mina Vorn"),
                     fact("d2", "spouse", "Bram Vorn", "Edda Vorn")])
    graph.ingest_extractions([_grandmother()])
    graph.ingest_extractions([later])
    grandmother = graph.explain(PersonId("edda-vorn"))
    assert grandmother["mentions"] == ["d1: Edda Vorn", "d2: Edda Vorn"]
    assert any("'Edda' is not 'Edda Vorn'" in r
               and "a parent of mina vorn, whom Edda Vorn is a grandparent" in r
               for r in grandmother["reasons"])
    assert [p["name"] for p in graph.parents("Mina Vorn")] == ["Edda", "Ott Vorn"]


def test_a_daughter_in_law_of_the_same_name_is_not_her_mother_in_law(graph: Graph) -> None:  # noqa: F811
    later = article("d2", [Person("Edda Vorn"), Person("Ott Vorn"), Person("Mina Vorn")],
                    [fact("d2", "spouse", "Edda Vorn", "Ott Vorn"),
                     fact("d2", "parent", "Edda Vorn", "Mina Vorn"),
                     fact("d2", "parent", "Ott Vorn", "Mina Vorn")])
    graph.ingest_extractions([_grandmother()])
    graph.ingest_extractions([later])
    assert ids(graph, "edda-vorn") == ["edda-vorn", "edda-vorn-2"]
    assert [s["name"] for s in graph.spouses(PersonId("edda-vorn-2"))] == ["Ott Vorn"]
    assert any("kept apart" in r and "a parent of mina vorn" in r
               for r in graph.explain(PersonId("edda-vorn-2"))["reasons"])


def test_a_child_misread_as_a_grandchild_keeps_the_parent_one(graph: Graph) -> None:  # noqa: F811
    """A sentence misread makes a daughter the parent of her brother: the father named again
    in another article as the brother's parent is still one man."""
    family = article("d1", [Person("Aron Pell"), Person("Ida Pell"), Person("Nils Pell")],
                     [fact("d1", "parent", "Aron Pell", "Ida Pell"),
                      fact("d1", "parent", "Aron Pell", "Nils Pell"),
                      fact("d1", "parent", "Ida Pell", "Nils Pell")])
    bio = article("d2", [Person("Nils Pell"), Person("Aron Pell")],
                  [fact("d2", "parent", "Aron Pell", "Nils Pell")])
    graph.ingest_extractions([family])
    graph.ingest_extractions([bio])
    assert ids(graph, "aron-pell") == ["aron-pell"]


def test_a_short_form_of_the_given_name_joins_by_context(graph: Graph) -> None:  # noqa: F811
    """'Rick Tallon' of one article is the 'Richard Tallon' of another that names his wife and
    daughter; the short forms come from the nicknames package's table."""
    one = article("d1", [Person("Rick Tallon"), Person("Dina Tallon"), Person("Coco Tallon")],
                  [fact("d1", "parent", "Rick Tallon", "Coco Tallon"),
                   fact("d1", "parent", "Dina Tallon", "Coco Tallon")])
    two = article("d2", [Person("Coco Tallon"), Person("Richard Tallon"), Person("Dina Tallon")],
                  [fact("d2", "engaged", "Coco Tallon", "Ned Ambry")])
    graph.ingest_extractions([one])
    graph.ingest_extractions([two])
    assert ids(graph, "ri") == ["rick-tallon"]
    rick = graph.explain("Rick Tallon")
    assert rick["mentions"] == ["d1: Rick Tallon", "d2: Richard Tallon"]
    assert any(r.startswith("d2: 'Richard Tallon' joins 'Rick Tallon'") for r in rick["reasons"])


def test_a_short_form_of_the_given_name_without_context_stays_apart(graph: Graph) -> None:  # noqa: F811
    one = article("d1", [Person("Rick Tallon"), Person("Coco Tallon")],
                  [fact("d1", "parent", "Rick Tallon", "Coco Tallon")])
    two = article("d2", [Person("Richard Tallon"), Person("Vera Quist")],
                  [fact("d2", "spouse", "Richard Tallon", "Vera Quist")])
    graph.ingest_extractions([one])
    graph.ingest_extractions([two])
    assert ids(graph, "ri") == ["richard-tallon", "rick-tallon"]


def test_a_parent_called_by_a_short_form_is_a_shared_relative(graph: Graph) -> None:  # noqa: F811
    """Namesakes whose fathers are 'Rick Tallon' and 'Richard Tallon' share a father: their
    different siblings and spouses do not keep them apart."""
    one = article("d1", [Person("Coco Tallon"), Person("Rick Tallon"), Person("Max Tallon"),
                         Person("Ned Ambry")],
                  [fact("d1", "parent", "Rick Tallon", "Coco Tallon"),
                   fact("d1", "sibling", "Coco Tallon", "Max Tallon"),
                   fact("d1", "spouse", "Coco Tallon", "Ned Ambry")])
    two = article("d2", [Person("Coco Tallon"), Person("Richard Tallon"), Person("Lia Tallon"),
                         Person("Abe Wyn")],
                  [fact("d2", "parent", "Richard Tallon", "Coco Tallon"),
                   fact("d2", "sibling", "Coco Tallon", "Lia Tallon"),
                   fact("d2", "spouse", "Coco Tallon", "Abe Wyn")])
    graph.ingest_extractions([one])
    graph.ingest_extractions([two])
    assert ids(graph, "coco") == ["coco-tallon"]


def test_short_forms_of_given_names_come_from_the_nicknames_table() -> None:
    assert short_form("Rick", "richard") and short_form("Margaret", "Peggy")
    assert not short_form("Al", "Bert")  # two short forms of Albert are not one name
    assert short_form_name("Rick Moss", "Richard Moss")
    assert not short_form_name("Rick Moss", "Richard Moss Jr.")
    assert "rick moss" in given_variants("Richard Moss")
    assert given_variants("Moss") == given_variants("Prince") == []
    # A title stays, the given name after it varies ('Prince Freddie' / 'Prince Frederick').
    assert "sir rick moss" in given_variants("Sir Richard Moss")
    assert short_form_name("Prince Freddie of Norland", "Prince Frederick of Norland")
    assert not short_form_name("Prince Freddie of Norland", "King Frederick of Norland")
