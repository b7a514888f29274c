"""The web view's pages and JSON through Starlette's TestClient, on both stores, and the
``serve`` command as a user runs it. The browser tests are in test_web_browser.py."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from clients import ctrl_c_as_at_a_terminal
from starlette.testclient import TestClient

from celebgraph.graph import Graph, open_graph
from celebgraph.models import Document, Extraction, Fact, Person
from celebgraph.settings import Settings
from celebgraph.web import create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
WEDDING = "Kim, this year seeing her third marriage collapse, married Kanye in 2014."
SECOND = "001_515dd0d501ad53dc.txt"  # the article's file name; its id may be its whole path


def article_id(client: TestClient, name: str = SECOND) -> str:
    """The id of the article read from the file ``name``, as Kim Kardashian's page lists it."""
    articles = client.get("/api/person/kim-kardashian").json()["articles"]
    return next(a["id"] for a in articles if Path(a["id"]).name == name)


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "examples.lbdb")
    with open_graph(path) as graph:
        graph.ingest(ARTICLES)
    return path


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def graph(request: pytest.FixtureRequest, examples_store: str) -> Iterator[Graph]:
    """The bundled examples, opened as ``serve`` opens them (embedded: read-only)."""
    if request.param == "embedded":
        g = open_graph(examples_store, read_only=True)
    else:
        settings: Settings = request.getfixturevalue("neo4j_clean")
        with open_graph(settings) as writer:
            writer.ingest(ARTICLES)
        g = open_graph(settings)
    with g:
        yield g


@pytest.fixture
def client(graph: Graph) -> Iterator[TestClient]:
    with TestClient(create_app(graph)) as c:
        yield c


def test_search_lists_matches_with_a_relative(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "Kim"}).json()
    assert [p["id"] for p in found["people"]] == ["kim-kardashian"]
    assert found["people"][0]["relative"] and not found["ambiguous"]
    page = client.get("/search", params={"q": "kim"})
    assert page.status_code == 200 and 'href="/person/kim-kardashian"' in page.text
    assert "No one in the graph" in client.get("/search", params={"q": "Zzyzx"}).text


def test_person_json_has_family_timeline_and_evidence(client: TestClient) -> None:
    p = client.get("/api/person/kim-kardashian").json()
    assert p["person"]["name"] == "Kim Kardashian"
    assert [(s["name"], s["id"], s["start"]) for s in p["spouses"]] == [
        ("Kanye West", "kanye-west", "2014")]
    assert [(c["name"], c["id"]) for c in p["children"]] == [
        ("North", "north"), ("Saint", "saint"), ("Chicago", "chicago"), ("Psalm", "psalm")]
    assert ("2014", "married") in {(e["date"], e["event"]) for e in p["timeline"]}
    wedding = [f for f in p["facts"] if f["relation"] == "spouse of" and f["evidence"] == WEDDING]
    assert wedding and wedding[0]["confidence"] > 0.5
    assert Path(wedding[0]["article"]).name == SECOND
    assert {Path(a["id"]).name for a in p["articles"]} == {Path(a).name for a in ARTICLES}
    drawn = {n["id"]: n["generation"] for n in p["family"]["nodes"]}
    assert drawn["kim-kardashian"] == 0 and drawn["north"] == 1 and drawn["kanye-west"] == 0
    assert {"source": "kim-kardashian", "target": "north", "type": "PARENT_OF"} in (
        p["family"]["edges"])


def test_person_page_links_relatives_and_shows_sentences(client: TestClient) -> None:
    page = client.get("/person/north")
    assert page.status_code == 200
    assert 'href="/person/kim-kardashian"' in page.text
    assert "Kim and Kanye&#39;s eldest, North, was born in 2013" in page.text
    assert re.search(r'href="/article/[^"]*001_515dd0d501ad53dc\.txt"', page.text)


def test_unknown_person_is_a_404_with_a_hint(client: TestClient) -> None:
    page = client.get("/person/kim")
    assert page.status_code == 404
    assert "no person with id &#39;kim&#39;" in page.text
    assert 'href="/person/kim-kardashian"' in page.text  # a suggestion
    api = client.get("/api/person/nobody-at-all")
    assert api.status_code == 404 and "nobody-at-all" in api.json()["error"]
    assert client.get("/nowhere").status_code == 404
    assert client.get("/api/article/nothing.txt").status_code == 404


def test_article_page_lists_its_facts(client: TestClient) -> None:
    aid = article_id(client)
    art = client.get(f"/api/article/{aid}").json()
    assert art["article"]["id"] == aid and art["article"]["published"] == "2021-06-09"
    assert {f["article"] for f in art["facts"]} == {aid}
    assert WEDDING in {f["evidence"] for f in art["facts"]}
    assert {"id": "kim-kardashian", "name": "Kim Kardashian"} in art["people"]
    page = client.get(f"/article/{aid}")
    assert page.status_code == 200 and 'href="/person/psalm"' in page.text
    assert f"<mark>{WEDDING}</mark>" in page.text  # its text, the fact's sentence marked
    assert "".join(p["text"] for p in art["text"]).startswith(" date 2021-06-09")


def test_an_article_whose_file_changed_shows_no_text(tmp_path: Path) -> None:
    copy = tmp_path / "kim.txt"
    copy.write_bytes(Path(ARTICLES[1]).read_bytes())
    store = str(tmp_path / "changed.lbdb")
    with open_graph(store) as g:
        g.ingest([str(copy)])
    copy.write_text("Someone else entirely.", encoding="utf-8")
    with open_graph(store, read_only=True) as g, TestClient(create_app(g)) as c:
        aid = article_id(c, "kim.txt")
        art = c.get(f"/api/article/{aid}").json()
        assert art["text"] is None and art["facts"]
        assert 'id="no-text"' in c.get(f"/article/{aid}").text


def test_home_counts(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["people"] == 6 and stats["articles"] == 2
    assert "6 people and 2 articles" in client.get("/").text


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v for k, v in attrs if k in ("src", "href", "action") and v]


@pytest.mark.parametrize("path", ["/", "/search?q=Kim", "/person/kim-kardashian",
                                  "/article/", "/person/nobody"])
def test_pages_load_nothing_from_elsewhere(client: TestClient, path: str) -> None:
    if path == "/article/":
        path += article_id(client)
    links = _Links()
    links.feed(client.get(path).text)
    assert links.urls
    for url in links.urls:
        assert url.startswith(("/", "#", "data:")) and not url.startswith("//"), url
    for static in re.findall(r'src="(/static/[^"]+)"', client.get(path).text):
        assert client.get(static).status_code == 200


def test_the_vendored_script_is_served() -> None:
    static = Path(create_app.__code__.co_filename).parent / "static"
    assert (static / "cytoscape.min.js").stat().st_size > 100_000
    assert "3.35.0" in (static / "VENDORED.md").read_text()


def test_a_store_that_fails_is_a_503_with_its_one_line(examples_store: str) -> None:
    graph = open_graph(examples_store, read_only=True)
    with TestClient(create_app(graph), raise_server_exceptions=False) as c:
        graph.close()  # the store goes away under the running app
        page = c.get("/person/kim-kardashian")
        assert page.status_code == 503 and "Unavailable" in page.text
        api = c.get("/api/person/kim-kardashian")
        assert api.status_code == 503 and "LadybugDB" in api.json()["error"]


def _hostile() -> Extraction:
    """Names and a sentence with markup in them, and two people both called "Sol"."""
    evil = "<script>alert('x')</script> Moss"
    facts = [
        Fact(doc="evil.txt", relation="spouse", subject=evil, object="Sol Reyes",
             evidence="<b>Bold</b> claim & more.", confidence=0.9),
        Fact(doc="evil.txt", relation="parent", subject="Sol Reyes", object="Sol Ortiz",
             evidence="Sol Reyes's child is Sol Ortiz.", confidence=0.8),
    ]
    people = [Person(evil), Person("Sol Reyes", ("Sol",)), Person("Sol Ortiz", ("Sol",))]
    doc = Document(id="evil.txt", text="", path="/news/evil.txt", title="<i>Title</i>",
                   sha256="evil")
    return Extraction(doc, people, facts)


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[TestClient]:
    path = str(tmp_path / "hostile.lbdb")
    with open_graph(path) as g:
        g.ingest_extractions([_hostile()])
    with open_graph(path, read_only=True) as g, TestClient(create_app(g)) as c:
        yield c


def test_everything_is_escaped(hostile: TestClient) -> None:
    found = hostile.get("/api/search", params={"q": "moss"}).json()["people"]
    page = hostile.get(f"/person/{found[0]['id']}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)" in page
    assert "<b>Bold</b>" not in page and "&lt;b&gt;Bold&lt;/b&gt; claim &amp; more." in page
    assert "\\u003cscript\\u003e" in page  # inside the drawing's JSON too
    article = hostile.get("/article/evil.txt").text
    assert 'id="no-text"' in article  # /news/evil.txt: no such file
    assert "<i>Title</i>" not in article and "&lt;i&gt;Title&lt;/i&gt;" in article


def test_a_name_several_people_share_lists_them(hostile: TestClient) -> None:
    found = hostile.get("/api/search", params={"q": "Sol"}).json()
    assert found["ambiguous"]
    assert {p["id"] for p in found["people"]} >= {"sol-reyes", "sol-ortiz"}
    page = hostile.get("/search", params={"q": "Sol"}).text
    assert 'id="ambiguous"' in page
    assert 'href="/person/sol-reyes"' in page and 'href="/person/sol-ortiz"' in page


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.pop("CELEBGRAPH_STORE", None)
    return env


def test_serve_command_serves_until_ctrl_c(examples_store: str) -> None:
    command = str(Path(sys.executable).parent / "celebgraph")
    proc = subprocess.Popen([command, "serve", "--store", examples_store, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(), preexec_fn=ctrl_c_as_at_a_terminal)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert url, line + (proc.stderr.read() if proc.stderr else "")
        with urllib.request.urlopen(url.group() + "/api/search?q=Kim", timeout=10) as answer:
            found: dict[str, Any] = json.load(answer)
        assert found["people"][0]["id"] == "kim-kardashian"
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: as for every command, one line and 130
        assert proc.wait(timeout=20) == 130


# serve --help, a missing store and an unreachable Neo4j: with every command, test_cli_graph.py


def test_what_the_user_said_is_shown_as_theirs_not_as_an_article(examples_store: str,
                                                                   tmp_path: Path) -> None:
    import shutil

    store = tmp_path / "curated.lbdb"
    shutil.copy(examples_store, store)
    if Path(examples_store + ".wal").exists():  # a small ingest's log stays beside the file
        shutil.copy(examples_store + ".wal", str(store) + ".wal")
    with open_graph(str(store)) as g:
        g.correct("spouse:kanye-west:kim-kardashian", start="2014-05-24", note="in Florence")
    with open_graph(str(store), read_only=True) as g, TestClient(create_app(g)) as c:
        page = c.get("/person/kim-kardashian").text
    assert "curation:1 (the user)" in page and "in Florence" in page
    assert 'href="/article/curation' not in page
