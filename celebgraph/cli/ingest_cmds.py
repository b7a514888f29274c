"""``celebgraph ingest``: load articles into the graph, with a progress line on a terminal."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from celebgraph.cli.app import cli
from celebgraph.cli.options import open_for, store_options, text_or_json
from celebgraph.cli.output import (
    POSITIVE,
    applied_min_confidence,
    cluster_option,
    columns_option,
    min_confidence_option,
    workers_option,
)
from celebgraph.graph import IngestProgress
from celebgraph.settings import Settings

__all__ = ["ingest"]

_SUFFIXES = {".txt", ".md", ".html", ".htm"}


class _Bar:
    """Documents, facts, rate and ETA on one stderr line, redrawn after each document."""

    def __init__(self, total: int | None) -> None:
        self.total, self.shown = total, sys.stderr.isatty()

    def __call__(self, p: IngestProgress) -> None:
        if not self.shown:
            return
        rate = p.documents / p.elapsed if p.elapsed > 0 else 0.0
        eta = ""
        if self.total and rate > 0:
            eta = f", ETA {max(self.total - p.documents, 0) / rate:.0f}s"
        of = f"/{self.total}" if self.total else ""
        click.echo(f"\r{p.documents}{of} documents, {p.facts} facts, {rate:.1f} docs/s{eta}  ",
                   err=True, nl=False)

    def done(self) -> None:
        if self.shown:
            click.echo(err=True)


def _count_inputs(paths: tuple[str, ...]) -> int | None:
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.exists():
            return None
        files = path.rglob("*") if path.is_dir() else [path]
        total += sum(1 for f in files if f.is_file() and f.suffix.lower() in _SUFFIXES)
    return total


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", default=None,
              help="Date of articles that carry none.")
@click.option("--batch-size", type=POSITIVE, default=64,
              help="Articles per write transaction (default 64).")
@workers_option
@cluster_option
@click.option("--prune", is_flag=True, help="Drop articles of PATHS whose files are gone.")
@min_confidence_option
@columns_option
@text_or_json
@store_options
def ingest(settings: Settings, paths: tuple[str, ...], published: str | None, batch_size: int,
           workers: int, cluster: str | None, prune: bool, min_confidence: float | None,
           columns: dict[str, str], fmt: str) -> None:
    """Load files, folders, datasets (.jsonl, .csv), feeds or URLs into the graph.

    \b
    Example:
      celebgraph ingest examples/
      celebgraph ingest examples/ --neo4j bolt://localhost:7687 --workers 2 --format json
    """
    bar = _Bar(_count_inputs(paths))
    with open_for(settings, read_only=False) as graph:
        summary = graph.ingest(list(paths), published=published, batch_size=batch_size,
                               workers=workers, cluster=cluster, progress=bar, columns=columns,
                               min_confidence=applied_min_confidence(min_confidence),
                               prune=prune)
    bar.done()
    for error in summary.errors:
        click.echo(f"warning: {error}", err=True)
    click.echo(json.dumps(summary.as_dict(), indent=2) if fmt == "json" else summary.line())
    if summary.failed and summary.failed == summary.documents:
        raise click.ClickException("no input could be read (see the warnings above)")
