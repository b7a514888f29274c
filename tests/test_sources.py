"""Reading inputs: files, directories, stdin, HTML, publication dates and bad input."""

from __future__ import annotations

import hashlib
import io
import socket
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from badinput import (
    shared_tmp_dir,
    unblocked_after,
    unprivileged,
    write,
    write_fifo,
    write_huge,
    write_loop,
    write_mixed_dir,
    write_unreadable,
)

from celebgraph.errors import InputError
from celebgraph.extract.reading.sources import (
    count_inputs,
    document_from_text,
    document_ids,
    html_to_text,
    iter_documents,
    normalize_published,
    read_document,
    text_date_line,
)
from celebgraph.models import Document

DATA = Path(__file__).parent / "data"


def problem(path: Path, **kwargs: object) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, **kwargs)  # type: ignore[arg-type]
    return str(info.value)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory ``nobody`` can enter (pytest's tmp_path is private to root)."""
    with shared_tmp_dir() as path:
        yield path


# --- plain text -------------------------------------------------------------------------

def test_text_file_keeps_text_and_takes_date_line(tmp_path: Path) -> None:
    raw = " date 2021-06-09 Trending Stories\nKim married Kanye in 2014.\n"
    path = write(tmp_path / "001_abc.txt", raw)
    doc = read_document(path)
    assert doc.id == "001_abc.txt"
    assert doc.path == str(path)
    assert doc.text == raw
    assert doc.published == "2021-06-09"
    assert doc.sha256 == hashlib.sha256(raw.encode()).hexdigest()
    assert doc.title is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2019-10-24\nBody", "2019-10-24"),
        ("\n\n   date 2019-10-24 junk after\nBody", "2019-10-24"),
        ("Date: 2019-10-24\nBody", "2019-10-24"),
        ("---\ntitle: x\ndate: 2020-01-31\n---\nBody", "2020-01-31"),
        ("date 2019-02-30\nBody", None),  # not a real day
        ("date 2019-10-245\nBody", None),
        ("Headline\ndate 2019-10-24\nBody", None),  # only the first non-empty line counts
        ("They met on a date 2019-10-24.", None),
        ("", None),
    ],
)
def test_text_date_line(text: str, expected: str | None) -> None:
    assert text_date_line(text) == expected


def test_front_matter_gives_title_author_url_and_site(tmp_path: Path) -> None:
    note = write(tmp_path / "n.md", (
        '---\ntitle: "A quiet wedding"\nauthor: Pat Lee\nlink: https://gazette.example/wed\n'
        "site_name: Valley Gazette\ndate: 2021-06-09\n---\nAda Moss married Ben Roe."))
    doc = read_document(note)
    assert (doc.title, doc.author, doc.url, doc.site, doc.published) == (
        "A quiet wedding", "Pat Lee", "https://gazette.example/wed", "Valley Gazette",
        "2021-06-09")
    plain = read_document(write(tmp_path / "p.txt", "title: not front matter\nText."))
    assert (plain.title, plain.author, plain.url, plain.site) == (None, None, None, None)


def test_own_date_line_wins_and_published_fills_in_normalized(tmp_path: Path) -> None:
    dated = write(tmp_path / "a.txt", "date 2021-06-09\nText.")
    assert read_document(dated, published="2020-01-02T10:00:00Z").published == "2021-06-09"
    undated = write(tmp_path / "b.txt", "Text.")
    assert read_document(undated, published="2020-01-02T10:00:00Z").published == "2020-01-02"


def test_html_date_wins_over_published(tmp_path: Path) -> None:
    page = write(tmp_path / "p.html", '<html><head><meta property="article:published_time" '
                 'content="2019-03-04T08:00:00Z"></head><body><p>Ada Moss wed.</p></body></html>')
    assert read_document(page, published="2020-01-02").published == "2019-03-04"


@pytest.mark.parametrize("value", ["09/06/2021", "2021-13-01", "yesterday", "2021-06"])
def test_invalid_published_names_value_and_form(tmp_path: Path, value: str) -> None:
    with pytest.raises(InputError, match=rf"{value!r}: expected YYYY-MM-DD"):
        normalize_published(value)
    with pytest.raises(InputError, match="expected YYYY-MM-DD"):
        iter_documents([str(tmp_path)], published=value)


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    assert read_document(write(tmp_path / "a.txt", b"\xef\xbb\xbfBeyonc\xc3\xa9")).text == "Beyoncé"
    utf16 = write(tmp_path / "b.txt", "Beyoncé wed Jay-Z.".encode("utf-16"))
    assert read_document(utf16).text == "Beyoncé wed Jay-Z."


def test_document_from_text() -> None:
    doc = document_from_text("date 2020-05-01\nHi", "x.txt", path="p/x.txt", title="T")
    assert doc == Document(
        id="x.txt", text="date 2020-05-01\nHi", path="p/x.txt", published="2020-05-01",
        title="T", sha256=hashlib.sha256(b"date 2020-05-01\nHi").hexdigest(),
    )
    assert document_from_text("Hi", "x", published="2021-01-01").published == "2021-01-01"


# --- HTML -------------------------------------------------------------------------------

def test_html_article_is_reduced_to_text() -> None:
    doc = read_document(DATA / "article.html")
    assert doc.title == "Jane Doe and John Roe Tie the Knot"
    assert doc.published == "2022-03-14"
    assert doc.text == (
        "Actress Jane Doe married singer John Roe in a small ceremony in Lisbon on Saturday.\n"
        "The couple, who met in 2019, welcomed a son, Max, in 2021.\n"
        "\u201cWe\u2019re thrilled,\u201d Doe said \u2013 caf\u00e9 owners cheered."
    )
    for dropped in ("tracking", "Home", "Related", "Photo", "font-family", "March 15"):
        assert dropped not in doc.text
    assert doc.sha256 == hashlib.sha256((DATA / "article.html").read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<meta property="og:published_time" content="2020-02-03">', "", "2020-02-03"),
        ("", '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
             '{"datePublished": "2020-02-04T08:00:00Z"}]}</script>', "2020-02-04"),
        ("", '<header><time datetime="2020-02-05">Feb 5</time></header>', "2020-02-05"),
        ("", '<div><time datetime="2020-02-05"></time></div>', None),  # not in the header
        ('<meta name="date" content="2020-02-06">', "", "2020-02-06"),
        ('<meta name="date" content="soon">', "", None),
        ('<meta name="date" content="2020-02-06">'
         '<meta property="article:published_time" content="2020-02-07">', "", "2020-02-07"),
    ],
)
def test_html_publication_date(head: str, body: str, expected: str | None) -> None:
    html = f"<html><head>{head}<title>T</title></head><body>{body}<p>Text.</p></body></html>"
    text, title, published = html_to_text(html)
    assert (text.splitlines()[-1], title, published) == ("Text.", "T", expected)


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "a.html", "<html><script>x()</script></html>")
    assert problem(path) == f"{path}: HTML page without readable text"


# --- bad input --------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "only whitespace, no text"),
        (b"PK\x03\x04\x00\x00binary", "binary file (contains NUL bytes), not text"),
        (bytes(range(1, 32)) * 20, "binary file (mostly control bytes), not text"),
        (b"Caf\xe9 society", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_file_is_reported_with_name_and_problem(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = write(tmp_path / "bad.txt", content)
    assert problem(path).startswith(f"{path}: {message}")


def test_size_limit_is_a_keyword(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "x" * 100)
    assert problem(path, max_bytes=50) == f"{path}: 100 bytes, larger than the 50 bytes limit"
    assert read_document(path, max_bytes=100).text == "x" * 100


def test_50_mb_file_is_refused_quickly_without_reading_it(tmp_path: Path) -> None:
    path = write_huge(tmp_path / "huge.txt")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = problem(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message == f"{path}: 50 MB, larger than the 10 MB limit"
    assert time.perf_counter() - started < 1.0
    assert peak < 1024 * 1024


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert problem(path) == f"{path}: cannot read: no such file or directory"


def test_symlink_loop_is_unreadable_even_for_root(tmp_path: Path) -> None:
    loop = write_loop(tmp_path / "loop.txt")
    assert problem(loop) == f"{loop}: cannot read: too many levels of symbolic links"


def test_permission_denied(shared_dir: Path) -> None:
    path = write_unreadable(shared_dir / "secret.txt", "Private text.")
    with unprivileged():
        message = problem(path)
    assert message == f"{path}: cannot read: permission denied"


def test_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = write_fifo(tmp_path / "x.txt")
    with unblocked_after(fifo):
        message = problem(fifo)
    assert message == f"{fifo}: not a regular file (a FIFO); skipped"


def test_socket_and_device_are_refused(tmp_path: Path) -> None:
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "s.txt"))
        assert problem(tmp_path / "s.txt") == (
            f"{tmp_path / 's.txt'}: not a regular file (a socket); skipped"
        )
    device = "/dev/null: not a regular file (a character device); skipped"
    assert problem(Path("/dev/null")) == device


# --- several inputs ---------------------------------------------------------------------

def test_directory_is_read_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B text")
    write(tmp_path / "a.md", "A text")
    write(tmp_path / "sub" / "c.HTML", "<p>C text</p>")
    write(tmp_path / "sub" / "d.htm", "<p>D text</p>")
    write(tmp_path / "photo.jpg", b"\xff\xd8\xff\x00")
    write(tmp_path / "notes.json", "{}")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "x.txt", "hidden too")
    docs = list(iter_documents([str(tmp_path)]))
    assert [(d.id, d.text) for d in docs if isinstance(d, Document)] == [
        ("a.md", "A text"), ("b.txt", "B text"), ("c.HTML", "C text"), ("d.htm", "D text"),
    ]
    assert len(docs) == 4
    assert docs[2].path == str(tmp_path / "sub" / "c.HTML")  # type: ignore[union-attr]
    assert count_inputs([str(tmp_path)]) == 4


def test_directory_without_articles_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "photo.jpg", b"\xff\xd8")
    (empty := tmp_path / "empty").mkdir()
    assert [str(e) for e in iter_documents([str(tmp_path), str(empty)])] == [
        f"{tmp_path}: no .txt, .md or .html articles in this directory (1 other files skipped)",
        f"{empty}: no .txt, .md or .html articles in this directory",
    ]


def test_bad_inputs_are_yielded_and_good_ones_still_read(tmp_path: Path) -> None:
    problems = write_mixed_dir(tmp_path / "mixed", "Jane Doe married John Roe.")
    other = write(tmp_path / "other.txt", "Ann Poe wed Bob Loe.")
    items = list(iter_documents([str(tmp_path / "mixed"), str(tmp_path / "missing"), str(other)]))
    good = read_document(tmp_path / "mixed" / "good.txt")
    missing = f"{tmp_path / 'missing'}: cannot read: no such file or directory"
    assert [str(i) if isinstance(i, InputError) else i for i in items] == [
        *problems[:2], good, *problems[2:], missing, read_document(other),  # in name order
    ]


def test_fifo_in_a_directory_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    fifo = write_fifo(tmp_path / "news" / "b.txt")
    for name in ("a.txt", "c.txt"):
        write(tmp_path / "news" / name, f"Text of {name}.")
    with unblocked_after(fifo):
        items = list(iter_documents([str(tmp_path / "news"), str(fifo)]))
    skipped = f"{fifo}: not a regular file (a FIFO); skipped"
    assert [str(i) if isinstance(i, InputError) else i.id for i in items] == [
        "a.txt", skipped, "c.txt", skipped,
    ]


def test_unreadable_subdirectory_is_reported(shared_dir: Path) -> None:
    write(shared_dir / "ok.txt", "Fine.")
    locked = shared_dir / "locked"
    write(locked / "x.txt", "Hidden.")
    locked.chmod(0o000)
    try:
        with unprivileged():
            items = list(iter_documents([str(shared_dir)]))
    finally:
        locked.chmod(0o755)
    assert [str(i) if isinstance(i, InputError) else i.id for i in items] == [
        f"{locked}: cannot read directory: permission denied", "ok.txt",
    ]


# --- document ids ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (["n/a/x.txt", "n/y.txt"], ["x.txt", "y.txt"]),  # no collision: bare names
        (["n/a/x.txt", "n/b/x.txt", "n/y.txt"], ["a/x.txt", "b/x.txt", "y.txt"]),
        (["n/a/p/x.txt", "n/b/p/x.txt"], ["a/p/x.txt", "b/p/x.txt"]),  # parents alike too
        (["n/a/x.txt", "n/a/p/x.txt"], ["a/x.txt", "p/x.txt"]),
        (["n/x.txt", "n/./x.txt", "n/p/../x.txt"], ["x.txt", "x.txt", "x.txt"]),  # one file
        (["-", "n/stdin"], ["stdin", "n/stdin"]),  # stdin keeps its id
    ],
)
def test_document_ids_are_names_made_unique(files: list[str], expected: list[str]) -> None:
    ids = document_ids(files)
    assert [ids[f] for f in files] == expected
    reverse = document_ids(reversed(files))
    assert [reverse[f] for f in files] == expected  # the argument order does not matter


def read_ids(*paths: Path) -> list[str]:
    """The ids of the documents read from ``paths`` (an input error fails the test)."""
    items = list(iter_documents([str(p) for p in paths]))
    assert all(isinstance(i, Document) for i in items), items
    return [i.id for i in items if isinstance(i, Document)]


def test_same_names_in_two_directories_get_their_parent(tmp_path: Path) -> None:
    jan = write(tmp_path / "jan" / "001.txt", "One.")
    feb = write(tmp_path / "feb" / "001.txt", "Two.")
    write(tmp_path / "feb" / "002.txt", "Three.")
    assert read_ids(jan.parent, feb.parent) == ["jan/001.txt", "feb/001.txt", "002.txt"]
    assert read_ids(feb, jan) == ["feb/001.txt", "jan/001.txt"]
    assert read_ids(jan.parent) == ["001.txt"]
    texts = {d.id: d.text for d in iter_documents([str(tmp_path)]) if isinstance(d, Document)}
    assert texts == {"feb/001.txt": "Two.", "002.txt": "Three.", "jan/001.txt": "One."}


def test_a_file_and_its_directory_give_one_id(tmp_path: Path) -> None:
    path = write(tmp_path / "sub" / "x.txt", "Text.")
    assert read_ids(tmp_path, path) == ["x.txt", "x.txt"]


def test_stdin_text_and_bytes() -> None:
    (doc,) = iter_documents(["-"], stdin=io.StringIO("date 2020-01-01\nFrom a pipe."))
    assert isinstance(doc, Document)
    assert (doc.id, doc.path, doc.published, doc.text) == (
        "stdin", "-", "2020-01-01", "date 2020-01-01\nFrom a pipe.",
    )
    wrapped = io.TextIOWrapper(io.BytesIO(b"<!DOCTYPE html><title>T</title><p>Piped.</p>"))
    (html,) = iter_documents(["-"], stdin=wrapped)
    assert isinstance(html, Document)
    assert (html.text, html.title) == ("Piped.", "T")


def test_stdin_problems() -> None:
    (missing,) = iter_documents(["-"])
    assert isinstance(missing, InputError)
    wrapped = io.TextIOWrapper(io.BytesIO(b"x" * 20))
    (big,) = iter_documents(["-"], stdin=wrapped, max_bytes=10)
    assert str(big) == "stdin: larger than the 10 bytes limit"


def test_html_metadata_author_site_and_url_are_kept(tmp_path: Path) -> None:
    page = write(tmp_path / "p.html", (
        '<html><head><title>Wed | Gazette</title><meta name="author" content="Pat Lee">'
        '<meta property="og:site_name" content="Valley Gazette">'
        '<link rel="canonical" href="https://gazette.example/2021/06/wed">'
        '<meta property="article:published_time" content="2021-06-09"></head><body>'
        '<nav><a href="/">Home</a><a href="/stars">Stars</a></nav>'
        "<article><h1>Wed</h1><p>Ada Moss married Ben Roe in a garden in Leeds on Saturday, "
        "their families and a few friends around them.</p><p>The two met at a book fair in "
        "2015 and have a daughter, Cleo, born in 2018.</p></article>"
        '<div class="share">Share on social media</div>'
        "<footer>Copyright Valley Gazette. Photo: Ian Dale</footer></body></html>"))
    doc = read_document(page)
    assert (doc.author, doc.site, doc.url, doc.published) == (
        "Pat Lee", "Valley Gazette", "https://gazette.example/2021/06/wed", "2021-06-09")
    assert "Ada Moss married Ben Roe" in doc.text and "born in 2018" in doc.text
    for boilerplate in ("Home", "Share on social media", "Copyright", "Ian Dale"):
        assert boilerplate not in doc.text
