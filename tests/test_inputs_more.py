"""Inputs as users have them: datasets (JSONL, CSV), RSS/Atom feeds, URLs (a local HTTP server
started by the test), and files that are not articles."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.errors import InputError
from celebgraph.extract.reading.sources import iter_documents
from celebgraph.graph import open_graph
from celebgraph.models import Document

_register_commands()

PAGE = ("<html><head><title>Lund wed</title><meta property='article:published_time' "
        "content='2022-05-02'></head><body><nav>Home | Stars</nav><article><p>Vera Lund "
        "married Omar Quist in Porto on Saturday, with their families around them.</p>"
        "<p>The couple met in 2016 and have a son, Teo, born in 2019.</p></article>"
        "<footer>All rights reserved</footer></body></html>")
PAGES = {
    "/wed.html": ("text/html; charset=utf-8", PAGE.encode()),
    "/note.txt": ("text/plain", b"date 2021-03-01\nIda Berg married Per Holm in 2011."),
    "/scan.pdf": ("application/pdf", b"%PDF-1.4"),
    "/big.html": ("text/html", b"<p>" + b"x" * 4096 + b"</p>"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/feed.xml":
            kind, body = "application/atom+xml", _atom(self.server.server_port).encode()
        elif self.path in PAGES:
            kind, body = PAGES[self.path]
        else:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _atom(port: int) -> str:
    return (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Stars</title>'
            f'<entry><title>Lund wed</title><link href="http://127.0.0.1:{port}/wed.html"/>'
            "<id>a1</id><updated>2022-05-03T10:00:00Z</updated><summary>Teaser.</summary>"
            "</entry></feed>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def read(*paths: str, **kw: object) -> list[Document | InputError]:
    return list(iter_documents(list(paths), **kw))  # type: ignore[arg-type]


def test_jsonl_dataset_rows_are_articles_and_bad_rows_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "scrape.jsonl"
    data.write_text("\n".join([
        json.dumps({"id": "a1", "body": "Ada Moss married Ben Roe in 2014.",
                    "url": "https://news.example/a1", "title": "Wed", "date": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"body": "Cleo Roe was born in 2016.", "date": "2020-13-40"}),
        json.dumps({"body": "Dee Moss and Eli Roe split.", "author": "Pat Lee",
                    "site": "Valley Gazette"}),
    ]), encoding="utf-8")
    got = read(str(data), columns={"text": "body", "published": "date"})
    first, bad_json, no_text, bad_date, last = got
    assert isinstance(first, Document) and isinstance(last, Document)
    assert (first.id, first.url, first.title, first.published) == (
        "a1", "https://news.example/a1", "Wed", "2020-01-02")
    assert (last.id, last.author, last.site) == ("scrape.jsonl#5", "Pat Lee", "Valley Gazette")
    assert str(bad_json).startswith(f"{data} line 2: not JSON")
    assert str(no_text) == (f"{data} line 3: no text (column 'body'; --columns text=NAME "
                            "to choose)")
    assert "line 4" in str(bad_date) and "expected YYYY-MM-DD" in str(bad_date)


def test_csv_dataset_through_ingest_with_column_names(tmp_path: Path) -> None:
    data = tmp_path / "rows.csv"
    data.write_text("story,link\n\"Ada Moss married Ben Roe in 2014.\",https://n.example/1\n"
                    "\"Ida Berg, 40, married Karl Holm in 2011.\",https://n.example/2\n")
    store = str(tmp_path / "g.lbdb")
    done = CliRunner().invoke(cli, ["ingest", str(data), "--store", store,
                                    "--columns", "text=story,url=link", "--format", "json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["new"] == 2
    with open_graph(store) as graph:
        assert [s["name"] for s in graph.spouses("Karl Holm")] == ["Ida Berg"]
    bad = CliRunner().invoke(cli, ["ingest", str(data), "--store", store, "--columns", "story"])
    assert bad.exit_code == 2 and "use FIELD=COLUMN pairs" in bad.stderr


def test_extract_and_evaluate_read_dataset_columns_too(tmp_path: Path) -> None:
    data = tmp_path / "rows.jsonl"
    data.write_text(json.dumps({"key": "r1", "body": "Nell Pryce married Amos Varga in 2009."})
                    + "\n")
    columns = ["--columns", "text=body,id=key"]
    done = CliRunner().invoke(cli, ["extract", str(data), *columns, "--format", "json"])
    assert done.exit_code == 0, done.output
    (fact,) = json.loads(done.stdout)
    assert (fact["relation"], fact["start"], fact["doc"]) == ("spouse", "2009", "r1")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "r1.json").write_text(json.dumps({
        "doc": "r1", "entities": [{"id": "n", "name": "Nell Pryce"},
                                  {"id": "a", "name": "Amos Varga"}],
        "facts": [{"relation": "spouse", "subject": "n", "object": "a", "start": "2009"}]}))
    scored = CliRunner().invoke(cli, ["evaluate", str(gold), str(data), *columns,
                                      "--format", "json"])
    assert scored.exit_code == 0, scored.output
    score = json.loads(scored.stdout)["fact"]
    assert (score["tp"], score["fp"], score["fn"]) == (1, 0, 0)
    without = CliRunner().invoke(cli, ["extract", str(data)])
    assert without.exit_code != 0 and "no text (column 'text'" in without.stderr


def test_rss_items_with_content_are_articles(tmp_path: Path) -> None:
    feed = tmp_path / "stars.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>S</title>'
        "<item><title>Split</title><link>https://n.example/split</link>"
        "<pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate><description>Teaser</description>"
        "<content:encoded><![CDATA[<p>Ada Moss and Ben Roe have split after ten years.</p>"
        "]]></content:encoded></item></channel></rss>")
    (item,) = read(str(feed))
    assert isinstance(item, Document)
    assert (item.id, item.url, item.title, item.published) == (
        "https://n.example/split", "https://n.example/split", "Split", "2021-05-04")
    assert item.text == "Ada Moss and Ben Roe have split after ten years."


def test_a_url_is_fetched_with_its_metadata(server: str) -> None:
    (page,) = read(f"{server}/wed.html")
    assert isinstance(page, Document)
    assert (page.id, page.url, page.title, page.published) == (
        f"{server}/wed.html", f"{server}/wed.html", "Lund wed", "2022-05-02")
    assert "Vera Lund married Omar Quist" in page.text and "Home" not in page.text
    (note,) = read(f"{server}/note.txt")
    assert isinstance(note, Document) and note.published == "2021-03-01"


def test_a_feed_item_with_only_a_link_reads_the_linked_page(server: str) -> None:
    (item,) = read(f"{server}/feed.xml")
    assert isinstance(item, Document)
    assert item.url == f"{server}/wed.html" and "Omar Quist" in item.text


def test_url_problems_are_one_line(server: str) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    missing, pdf, refused = read(f"{server}/nope.html", f"{server}/scan.pdf",
                                 f"http://127.0.0.1:{port}/x.html")
    assert str(missing) == f"{server}/nope.html: the server answered 404 Not Found"
    assert str(pdf) == f"{server}/scan.pdf: unsupported: application/pdf, not a web page or text"
    assert str(refused) == (f"http://127.0.0.1:{port}/x.html: cannot fetch: connection refused "
                            "(check the address and your connection)")
    (big,) = read(f"{server}/big.html", max_bytes=1024)
    assert str(big) == f"{server}/big.html: larger than the 1024 bytes limit"


def test_ingest_a_url_end_to_end(server: str, tmp_path: Path) -> None:
    store = str(tmp_path / "u.lbdb")
    done = CliRunner().invoke(cli, ["ingest", f"{server}/wed.html", "--store", store])
    assert done.exit_code == 0, done.output
    with open_graph(store) as graph:
        assert [s["name"] for s in graph.spouses("Vera Lund")] == ["Omar Quist"]


@pytest.mark.parametrize(("name", "message"), [
    ("scan.pdf", "unsupported: PDF files are not read; save the article as text or HTML"),
    ("photo.JPG", "unsupported: image files are not read"),
    ("facts.json", "a JSON file is not an article; a dataset of articles is JSON Lines"),
])
def test_files_that_are_not_articles_are_one_line(tmp_path: Path, name: str,
                                                  message: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 binary")
    (problem,) = read(str(path))
    assert isinstance(problem, InputError) and message in str(problem)
    assert str(problem).startswith(str(path))
