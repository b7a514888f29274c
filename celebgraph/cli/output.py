"""Render rows for people (a table) or for programs (JSON, JSON lines, CSV)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click

from celebgraph.csvtext import csv_text

__all__ = [
    "FORMATS",
    "applied_min_confidence",
    "emit",
    "format_option",
    "min_confidence_option",
    "render_table",
]

FORMATS = ("table", "json")


def format_option(choices: Sequence[str] = FORMATS, default: str = "table") -> Any:
    """The ``--format`` option every command shares."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=default, show_default=True,
        help="Output: a readable table, or machine-readable "
        + "/".join(c for c in choices if c != "table") + ".",
    )


min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="P",
    help="Leave out facts of confidence below P (0 keeps all); default: the model's threshold.",
)


def applied_min_confidence(given: float | None) -> float:
    """The threshold a command applies: the one given, else the confidence model's."""
    if given is not None:
        return given
    from celebgraph.extract.facts.confidence import default_min_confidence

    return default_min_confidence()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def render_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """A plain aligned text table; columns default to the keys of the first row."""
    if not rows:
        return "(no results)"
    cols = list(columns or rows[0].keys())
    cells = [[_cell(row.get(c)) for c in cols] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]
    widths = [min(w, 80) for w in widths]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append("  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)


def _csv_cell(value: Any) -> Any:
    """Numbers stay numbers; everything else is the table's text."""
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return value if number else _cell(value)


def _csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None) -> str:
    """CSV no spreadsheet runs as formulas (``celebgraph.csvtext``)."""
    cols = list(columns or (rows[0].keys() if rows else []))
    return csv_text(cols, ([_csv_cell(row.get(c)) for c in cols] for row in rows)).rstrip("\n")


_SOURCE_COLUMNS = ("sources", "article")


def _short(source: Any) -> Any:
    """An article (a resolved path) under the working directory, as a relative path."""
    if isinstance(source, list):
        return [_short(s) for s in source]
    if isinstance(source, str) and os.path.isabs(source):
        here = os.getcwd()
        if source.startswith(here.rstrip(os.sep) + os.sep):
            return os.path.relpath(source, here)
    return source


def _for_people(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _short(v) if k in _SOURCE_COLUMNS else v for k, v in row.items()}


def emit(rows: Iterable[Mapping[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Print rows as ``table`` (default), ``json`` (one list), ``jsonl`` or ``csv``. A table
    shows articles under the working directory by their relative path."""
    rows = list(rows)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        click.echo(_csv(rows, columns))
    else:
        click.echo(render_table([_for_people(r) for r in rows], columns))
