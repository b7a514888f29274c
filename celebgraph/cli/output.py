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
    "POSITIVE",
    "applied_min_confidence",
    "applied_modalities",
    "cluster_option",
    "columns_option",
    "emit",
    "format_option",
    "min_confidence_option",
    "modality_option",
    "render_table",
    "workers_option",
]

FORMATS = ("table", "json")
CELL_WIDTH = 80


def _remember_wide(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    ctx.meta["celebgraph_wide"] = value
    return value


_wide_option = click.option(
    "--wide", is_flag=True, expose_value=False, callback=_remember_wide,
    help=f"Show table cells whole (else cut at {CELL_WIDTH} characters, marked …).")


def format_option(choices: Sequence[str] = FORMATS, default: str = "table",
                  wide: bool = True) -> Any:
    """The ``--format`` option every command shares, with ``--wide`` where it prints tables."""
    fmt = click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=default, show_default=True,
        help="Output: a readable table, or machine-readable "
        + "/".join(c for c in choices if c != "table") + ".",
    )
    return lambda command: fmt(_wide_option(command)) if wide else fmt(command)


class _Positive(click.ParamType):  # type: ignore[type-arg]  # generic only in newer click
    """A whole number of at least 1 (click's IntRange would add a line of help for it)."""

    name = "N"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a whole number", param, ctx)
        if number < 1:
            self.fail(f"{number} is not 1 or more", param, ctx)
        return number


POSITIVE = _Positive()
workers_option = click.option(
    "--workers", type=POSITIVE, default=1, help="Worker processes for extraction (default 1).")
cluster_option = click.option(
    "--cluster", metavar="ADDRESS", default=None,
    help="Dask scheduler to extract on, or local:N.")
min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="P",
    help="Leave out facts of confidence below P (0 keeps all); default: the model's threshold.",
)


modality_option = click.option(
    "--modality", type=click.Choice(["stated", "all"]), default="stated", show_default=True,
    help="stated: facts the article asserts or attributes (reported); all: also rumored and "
    "denied ones.",
)


def _column_map(ctx: click.Context, _param: click.Parameter, value: str | None) -> dict[str, str]:
    pairs = [p.strip() for p in (value or "").split(",") if p.strip()]
    if any("=" not in p for p in pairs):
        raise click.BadParameter(f"'{value}': use FIELD=COLUMN pairs, e.g. text=body,url=link")
    return {k.strip(): v.strip() for k, v in (p.split("=", 1) for p in pairs)}


columns_option = click.option(
    "--columns", metavar="MAP", callback=_column_map, default=None,
    help="Dataset columns, e.g. text=body,url=link.")


def applied_modalities(choice: str) -> frozenset[str] | None:
    """The modalities a command keeps: ``stated`` (asserted, reported) or None (every fact)."""
    from celebgraph.models import STATED

    return STATED if choice == "stated" else None


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


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None,
                 wide: bool = False) -> str:
    """A plain aligned text table; columns default to the keys of the first row. Cells longer
    than ``CELL_WIDTH`` end in "…" unless ``wide``."""
    if not rows:
        return "(no results)"
    cols = list(columns or rows[0].keys())
    cells = [[_cell(row.get(c)) for c in cols] for row in rows]
    if not wide:
        cells = [[_cut(v, CELL_WIDTH) for v in r] for r in cells]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.upper().ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
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


def emit(rows: Iterable[Mapping[str, Any]] | Mapping[str, Any], fmt: str,
         columns: Sequence[str] | None = None) -> None:
    """Print rows as ``table`` (default), ``json`` (one list), ``jsonl`` or ``csv``; one
    mapping prints as one row. A table shows articles under the working directory by their
    relative path."""
    rows = [rows] if isinstance(rows, Mapping) else list(rows)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        click.echo(_csv(rows, columns))
    else:
        ctx = click.get_current_context(silent=True)
        wide = bool(ctx and ctx.find_root().meta.get("celebgraph_wide"))
        click.echo(render_table([_for_people(r) for r in rows], columns, wide=wide))
