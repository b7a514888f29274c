"""Documents in: files, directories and stdin read into ``Document`` records.

Text is decoded strictly as UTF-8 (a BOM is accepted, UTF-16 with a BOM too). There is no
cp1252/Latin-1 fallback: nearly any byte string decodes as cp1252, so a fallback would turn
a wrongly encoded file into mojibake names in the graph instead of a clear error.
HTML pages are read by ``reading.html`` (trafilatura for the main text).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, TextIO

from celebgraph.errors import InputError
from celebgraph.extract.reading.datasets import DATASET_SUFFIXES, read_dataset
from celebgraph.extract.reading.feeds import FEED_SUFFIXES, FEED_TYPES, looks_like_feed, read_feed
from celebgraph.extract.reading.html import html_to_text, read_html
from celebgraph.extract.reading.limits import MAX_BYTES, size_text
from celebgraph.extract.reading.published import front_matter, normalize_published, text_date_line
from celebgraph.extract.reading.web import fetch, is_url
from celebgraph.models import Document

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "count_inputs",
    "document_from_text",
    "document_ids",
    "html_to_text",
    "iter_documents",
    "normalize_published",
    "read_document",
    "text_date_line",
]

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
STDIN = "-"

_HTML_SNIFF = re.compile(rb"\s*(<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b") + b"\x7f"


def document_from_text(
    text: str,
    doc_id: str,
    published: str | None = None,
    path: str | None = None,
    title: str | None = None,
) -> Document:
    """A ``Document`` from text already in memory. Its own date line, when it has one, is its
    publication date; ``published`` fills in for a text without one. A Markdown front matter
    may give its title, author, URL and site too."""
    when = text_date_line(text) or (normalize_published(published) if published else None)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    meta = front_matter(text)
    return Document(id=doc_id, text=text, path=path, published=when,
                    title=title or meta.get("title"), sha256=sha, url=meta.get("url"),
                    author=meta.get("author"), site=meta.get("site"))


def _decode(raw: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (BOM allowed) or BOM-marked UTF-16; binary data is refused."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid UTF-16 (at offset {exc.start})") from None
    sample = raw[:8192]
    if b"\x00" in sample:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    if sum(sample.count(b) for b in _CONTROL_BYTES) > len(sample) * 0.05:
        raise InputError(f"{name}: binary file (mostly control bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start]
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start}); "
            "convert it to UTF-8, e.g. iconv -f cp1252 -t utf-8"
        ) from None


def _read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise InputError(f"{name}: larger than the {size_text(max_bytes)} limit")
    return raw


def _special_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((kind for test, kind in kinds if test(mode)), "a special file")


def _os_problem(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _from_bytes(
    raw: bytes, name: str, doc_id: str, published: str | None, is_html: bool, path: str,
    url: str | None = None,
) -> Document:
    if not raw.strip():
        raise InputError(f"{name}: empty file" if not raw else f"{name}: only whitespace, no text")
    text = _decode(raw, name)
    sha = hashlib.sha256(raw).hexdigest()
    if is_html or (not path.lower().endswith((".txt", ".md")) and _HTML_SNIFF.match(raw)):
        page = read_html(text, url)
        if not page.text.strip():
            raise InputError(f"{name}: HTML page without readable text")
        doc = document_from_text(page.text, doc_id, published=page.published or published,
                                 path=path, title=page.title)
        return replace(doc, sha256=sha, url=page.url, author=page.author, site=page.site)
    if not text.strip():
        raise InputError(f"{name}: only whitespace, no text")
    doc = document_from_text(text, doc_id, published=published, path=path)
    return replace(doc, sha256=sha, url=url or doc.url)


def read_document(
    path: str | Path,
    published: str | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    doc_id: str | None = None,
) -> Document:
    """Read one file into a ``Document`` (id ``doc_id``, default: the file name).

    Raises ``InputError`` naming the file and the problem. A FIFO, socket or device is
    refused without being opened.
    """
    name = str(path)
    if published:
        published = normalize_published(published)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: is a directory; pass it as a PATH to read its articles")
        if not stat.S_ISREG(info.st_mode):  # never opened: opening a FIFO waits for a writer
            raise InputError(f"{name}: not a regular file ({_special_kind(info.st_mode)}); skipped")
        if info.st_size > max_bytes:
            size, limit = size_text(info.st_size), size_text(max_bytes)
            raise InputError(f"{name}: {size}, larger than the {limit} limit")
        with open(name, "rb") as stream:
            raw = _read_limited(stream, name, max_bytes)
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {_os_problem(exc)}") from None
    is_html = Path(name).suffix.lower() in HTML_SUFFIXES
    return _from_bytes(raw, name, doc_id or Path(name).name, published, is_html, name)


def _read_stdin(stdin: TextIO | BinaryIO, published: str | None, max_bytes: int) -> Document:
    stream = getattr(stdin, "buffer", stdin)
    raw = stream.read(max_bytes + 1)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if len(raw) > max_bytes:
        raise InputError(f"stdin: larger than the {size_text(max_bytes)} limit")
    return _from_bytes(raw, "stdin", "stdin", published, False, STDIN)


def _expand(given: str | Path) -> Iterator[str | InputError]:
    """A PATH as the files to read: itself, or a directory's articles, sorted and recursive."""
    path = str(given)
    if path == STDIN or not os.path.isdir(path):
        yield path
        return
    problems: list[OSError] = []
    found: list[str] = []
    others = 0
    for root, dirs, files in os.walk(path, onerror=problems.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            if file.startswith("."):
                continue
            if Path(file).suffix.lower() in ARTICLE_SUFFIXES:
                found.append(os.path.join(root, file))
            else:
                others += 1
    for exc in problems:
        yield InputError(f"{exc.filename or path}: cannot read directory: {_os_problem(exc)}")
    if not found and not problems:
        skipped = f" ({others} other files skipped)" if others else ""
        yield InputError(f"{path}: no .txt, .md or .html articles in this directory{skipped}")
    yield from sorted(found)


def document_ids(files: Iterable[str]) -> dict[str, str]:
    """The document id of each file path (``-`` is stdin, id ``stdin``).

    A file's id is its name (``x.txt``), unless different files share it: then each of them
    gets the shortest end of its path that tells it apart, parent directory first (``a/x.txt``
    and ``b/x.txt``; ``a/p/x.txt`` and ``b/p/x.txt``). One file reached through two paths
    (``d`` and ``d/x.txt``) keeps one id. Ids use ``/`` on every system.

    Examples
    --------
    >>> document_ids(["news/a/x.txt", "news/b/x.txt", "news/y.txt"])
    {'news/a/x.txt': 'a/x.txt', 'news/b/x.txt': 'b/x.txt', 'news/y.txt': 'y.txt'}
    """
    parts = {
        f: ["stdin"] if f == STDIN else os.path.abspath(f).split(os.sep)
        for f in dict.fromkeys(files)
    }
    depth = dict.fromkeys(parts, 1)
    while True:
        ids = {f: "/".join(p[-depth[f] :]) for f, p in parts.items()}
        owners: dict[str, set[str]] = defaultdict(set)
        for f, doc_id in ids.items():
            owners[doc_id].add("/".join(parts[f]))
        grow = [
            f for f, doc_id in ids.items() if len(owners[doc_id]) > 1 and depth[f] < len(parts[f])
        ]
        if not grow:
            return ids
        for f in grow:
            depth[f] += 1


def count_inputs(paths: Sequence[str | Path]) -> int:
    """How many files ``iter_documents`` will try to read (for a progress bar); reads no file."""
    return sum(1 for p in paths for item in _expand(p) if isinstance(item, str))


def iter_documents(
    paths: Sequence[str | Path],
    published: str | None = None,
    stdin: TextIO | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    columns: Mapping[str, str] | None = None,
) -> Iterator[Document | InputError]:
    """Documents from files, directories (recursive), URLs and ``-`` (stdin), in order.

    Directories contribute their ``.txt``, ``.md``, ``.html`` and ``.htm`` files (sorted,
    hidden files skipped); other files in them are skipped silently, and a directory with
    none is reported. A file named on its own may also be a dataset (``.jsonl``, ``.csv``:
    one article per row, ``columns`` naming its fields, see ``reading.datasets``) or an RSS
    or Atom feed (``.rss``, ``.atom``, ``.xml``); an ``http(s)://`` address is fetched (a
    page or a feed). Ids are file names made unique by ``document_ids``, a row's ``id`` or
    ``file#line``, an item's or page's URL. Each unreadable input is *yielded* as an
    ``InputError`` naming it and the problem, so the good ones are still processed. An
    invalid ``published`` raises ``InputError`` at once.
    """
    if published:
        published = normalize_published(published)
    return _iter(paths, published, stdin, max_bytes, columns or {})


def _iter(
    paths: Sequence[str | Path], published: str | None, stdin: TextIO | None, max_bytes: int,
    columns: Mapping[str, str],
) -> Iterator[Document | InputError]:
    items = [item for given in paths for item in _expand(given)]
    ids = document_ids(i for i in items if isinstance(i, str) and not is_url(i))
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            if item == STDIN:
                if stdin is None:
                    raise InputError("stdin: '-' given but no input stream to read")
                yield _read_stdin(stdin, published, max_bytes)
            elif is_url(item):
                yield from _read_url(item, published, max_bytes)
            elif Path(item).suffix.lower() in DATASET_SUFFIXES:
                yield from read_dataset(item, columns=columns, published=published,
                                        max_bytes=max_bytes)
            elif Path(item).suffix.lower() in FEED_SUFFIXES:
                yield from _read_feed_file(item, published, max_bytes)
            else:
                _refuse_unsupported(item)
                yield read_document(item, published, max_bytes=max_bytes, doc_id=ids[item])
        except InputError as exc:
            yield exc


_UNSUPPORTED = {".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument",
                ".epub": "EPUB", ".json": "JSON", ".png": "image", ".jpg": "image",
                ".jpeg": "image", ".gif": "image", ".webp": "image", ".svg": "image"}


def _refuse_unsupported(name: str) -> None:
    kind = _UNSUPPORTED.get(Path(name).suffix.lower())
    if kind == "JSON":
        raise InputError(f"{name}: a JSON file is not an article; a dataset of articles is "
                         "JSON Lines (.jsonl), one article per line")
    if kind:
        raise InputError(f"{name}: unsupported: {kind} files are not read; save the article "
                         "as text or HTML (.txt, .md, .html)")


def _page(url: str, published: str | None, max_bytes: int) -> Document:
    """One fetched web page as a document (its id and URL the address it ended up at)."""
    got = fetch(url, max_bytes)
    if got.content_type == "application/pdf" or got.content_type.startswith("image/"):
        raise InputError(f"{url}: unsupported: {got.content_type}, not a web page or text")
    is_html = got.content_type in {"text/html", "application/xhtml+xml"}
    doc = _from_bytes(got.body, url, got.url, published, is_html, url, url=got.url)
    return replace(doc, url=doc.url or got.url)


def _read_url(url: str, published: str | None, max_bytes: int) -> Iterator[Document | InputError]:
    got = fetch(url, max_bytes)
    if got.content_type in FEED_TYPES or looks_like_feed(got.body):
        yield from read_feed(url, got.body, lambda link: _page(link, published, max_bytes))
        return
    yield _page(url, published, max_bytes)


def _read_feed_file(name: str, published: str | None,
                    max_bytes: int) -> Iterator[Document | InputError]:
    with open(name, "rb") as stream:
        raw = _read_limited(stream, name, max_bytes)
    if not looks_like_feed(raw):
        raise InputError(f"{name}: not an RSS or Atom feed")
    yield from read_feed(name, raw, lambda link: _page(link, published, max_bytes))
