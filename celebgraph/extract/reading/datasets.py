"""Article datasets: JSON Lines and CSV files with one article per row (scraper output).

A row has the article's ``text`` and may have ``id``, ``url``, ``title``, ``published``,
``author`` and ``site``; ``columns`` maps these names to the file's own (``{"text": "body"}``).
Rows are read one at a time, so a large file is never held whole. A bad row (not JSON, no text,
a bad date) is one ``InputError`` naming the file and line; the other rows are still read.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from celebgraph.errors import InputError
from celebgraph.extract.reading.limits import size_text
from celebgraph.extract.reading.published import normalize_published
from celebgraph.models import Document

__all__ = ["DATASET_SUFFIXES", "FIELDS", "read_dataset"]

DATASET_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv"})
FIELDS = ("text", "id", "url", "title", "published", "author", "site")


def _rows(path: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """(line number, row) for each row of a JSONL or CSV file."""
    with open(path, encoding="utf-8-sig", newline="") as stream:
        if path.lower().endswith(".csv"):
            csv.field_size_limit(sys.maxsize)
            reader = csv.DictReader(stream)
            for row in reader:
                yield reader.line_num, dict(row)
            return
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, InputError(f"{path} line {number}: not JSON ({exc.msg})")
                continue
            if not isinstance(value, dict):
                yield number, InputError(f"{path} line {number}: not a JSON object")
                continue
            yield number, value


def _document(path: str, number: int, row: Mapping[str, Any], columns: Mapping[str, str],
              published: str | None, max_bytes: int) -> Document:
    from celebgraph.extract.reading.sources import document_from_text  # sources reads us

    def get(name: str) -> str | None:
        value = row.get(columns.get(name, name))
        return str(value).strip() or None if value is not None else None

    where = f"{path} line {number}"
    text = get("text")
    if not text:
        column = columns.get("text", "text")
        raise InputError(f"{where}: no text (column '{column}'; --columns text=NAME to choose)")
    if len(text.encode("utf-8")) > max_bytes:
        raise InputError(f"{where}: text larger than the {size_text(max_bytes)} limit")
    given = get("published")
    try:
        when = normalize_published(given) if given else published
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None
    doc_id = get("id") or f"{Path(path).name}#{number}"
    doc = document_from_text(text, doc_id, published=when, path=f"{path}#{number}",
                             title=get("title"))
    return replace(doc, url=get("url"), author=get("author"), site=get("site"))


def read_dataset(path: str, *, columns: Mapping[str, str] | None = None,
                 published: str | None = None,
                 max_bytes: int) -> Iterator[Document | InputError]:
    """The articles of a dataset file, in file order; each bad row as an ``InputError``."""
    columns = columns or {}
    unknown = set(columns) - set(FIELDS)
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(sorted(unknown))} in --columns: "
                         f"use {', '.join(FIELDS)}")
    try:
        for number, row in _rows(path):
            if isinstance(row, InputError):
                yield row
                continue
            try:
                yield _document(path, number, row, columns, published, max_bytes)
            except InputError as exc:
                yield exc
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield InputError(f"{path}: cannot read dataset: {exc}")
