"""``celebgraph extract`` and ``celebgraph evaluate``: thin views of the library.

``celebgraph.extract`` (which imports spaCy) is imported inside the commands, so
``celebgraph --help`` and the graph commands do not pay for loading it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

import click

from celebgraph import evaluation
from celebgraph.cli.app import cli
from celebgraph.cli.output import (
    applied_min_confidence,
    applied_modalities,
    cluster_option,
    columns_option,
    emit,
    format_option,
    min_confidence_option,
    modality_option,
    workers_option,
)
from celebgraph.errors import InputError
from celebgraph.models import Document, Fact

__all__ = ["evaluate", "extract"]

T = TypeVar("T")
Decorator = Callable[[Callable[..., None]], Callable[..., None]]
FACT_COLUMNS = ("doc", "relation", "subject", "object", "when", "evidence")
RELATION_COLUMNS = ("relation", "gold", "predicted", "precision", "recall", "f1", "dated_f1")
ERROR_COLUMNS = ("doc", "kind", "relation", "subject", "object", "detail")
RELIABILITY_COLUMNS = ("confidence", "facts", "right", "precision", "mean_confidence")

published_option = click.option(
    "--published", metavar="YYYY-MM-DD", default=None,
    help="Publication date (relative dates resolve against it) of documents without their "
    "own: a document's date line or HTML metadata wins.",
)
extract_formats: Decorator = format_option(("table", "jsonl", "json"))
evaluate_formats: Decorator = format_option(wide=False)


class _Readable:
    """Passes documents through; reports each bad input on stderr as it comes."""

    def __init__(self, items: Iterable[Document | InputError]) -> None:
        self.items, self.read = items, 0

    def __iter__(self) -> Iterator[Document]:
        for item in self.items:
            if isinstance(item, InputError):
                _warn(str(item))
            else:
                self.read += 1
                yield item

    def check(self) -> None:
        if not self.read:
            raise InputError("no document could be read")


def _warn(message: str) -> None:
    click.echo(f"celebgraph: {message}", err=True)


def _progress(
    items: Iterable[T], total: int, label: str
) -> AbstractContextManager[Iterable[T]]:
    """A progress bar on stderr, when stderr is a terminal and there is more than one item."""
    if total < 2 or not sys.stderr.isatty():
        return nullcontext(items)
    return click.progressbar(items, length=total, label=label, file=sys.stderr, show_pos=True)


def _when(fact: Fact) -> str:
    if fact.date:
        return fact.date
    if fact.start and fact.end:
        return f"{fact.start} to {fact.end}"
    return f"from {fact.start}" if fact.start else f"until {fact.end}" if fact.end else ""


def _fact_row(fact: Fact) -> dict[str, Any]:
    evidence = " ".join(fact.evidence.split())
    short = evidence if len(evidence) <= 60 else evidence[:59] + "…"
    return {"doc": fact.doc, "relation": fact.relation, "subject": fact.subject,
            "object": fact.object, "when": _when(fact), "evidence": short}


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@published_option
@extract_formats
@workers_option
@cluster_option
@min_confidence_option
@modality_option
@columns_option
def extract(paths: tuple[str, ...], published: str | None, fmt: str, workers: int,
            cluster: str | None, min_confidence: float | None, modality: str,
            columns: dict[str, str]) -> None:
    """Read articles (files, folders, datasets, feeds, URLs, - for stdin) and print the
    family facts they state; `--format jsonl` prints one FACTS.md fact per line.

    \b
    Example:
      celebgraph extract examples/ --format jsonl > facts.jsonl
      cat examples/000_4e0017b1b8841eea.txt | celebgraph extract - --published 2021-06-09
    """
    from celebgraph.extract import extract_documents
    from celebgraph.extract.reading.sources import count_inputs, iter_documents

    docs = _Readable(iter_documents(paths, published, stdin=sys.stdin, columns=columns))
    extractions = extract_documents(docs, workers=workers, cluster=cluster,
                                    min_confidence=applied_min_confidence(min_confidence),
                                    modalities=applied_modalities(modality))
    with _progress(extractions, count_inputs(paths), "Extracting") as bar:
        facts = [fact for extraction in bar for fact in extraction.facts]
    docs.check()
    if fmt == "table":
        emit([_fact_row(f) for f in facts], fmt, FACT_COLUMNS)
    else:
        emit([f.to_dict() for f in facts], fmt)


def _relation_rows(report: evaluation.Report) -> list[dict[str, Any]]:
    rows = []
    for relation, score in [*report.relations.items(), ("all", report.overall)]:
        f = score.fact
        rows.append({"relation": relation, "gold": f.tp + f.fn, "predicted": f.tp + f.fp,
                     "precision": f"{f.precision:.3f}", "recall": f"{f.recall:.3f}",
                     "f1": f"{f.f1:.3f}", "dated_f1": f"{score.dated.f1:.3f}"})
    return rows


def _summary(name: str, counts: evaluation.Counts) -> str:
    return (f"{name}: {counts.f1:.3f}  (precision {counts.precision:.3f}, "
            f"recall {counts.recall:.3f}; tp {counts.tp}, fp {counts.fp}, fn {counts.fn})")


def _notes(report: evaluation.Report) -> Sequence[str]:
    notes = list(report.input_errors)
    if report.ungraded:
        notes.append("no gold for " + ", ".join(report.ungraded) + " (not scored)")
    if report.unread:
        notes.append(f"gold for {len(report.unread)} documents not among the inputs (not scored)")
    return notes


def _reliability(report: evaluation.Report) -> None:
    if report.unfiltered is None:
        return
    click.echo("\nevery fact found (--min-confidence 0):")
    click.echo(_summary("fact F1", report.unfiltered.fact))
    click.echo("\nreliability (facts counted once, as scored):")
    emit([b.to_dict() for b in report.reliability], "table", RELIABILITY_COLUMNS)


def _resolution(report: evaluation.Report) -> None:
    r = report.resolution
    if r is None:
        return
    click.echo(f"\nresolution of people across documents ({r.units} mentions, {r.nodes} people):")
    for label, s in (("pairwise", r.pairwise), ("B-cubed", r.bcubed)):
        click.echo(f"  {label:9s} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}")


@cli.command()
@click.argument("gold_dir", metavar="GOLD_DIR")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@published_option
@workers_option
@cluster_option
@evaluate_formats
@click.option("--show-errors", is_flag=True,
              help="Also list every false positive, false negative and wrong date.")
@min_confidence_option
@modality_option
@columns_option
def evaluate(gold_dir: str, paths: tuple[str, ...], published: str | None, workers: int,
             cluster: str | None, fmt: str, show_errors: bool, min_confidence: float | None,
             modality: str, columns: dict[str, str]) -> None:
    """Extract facts from PATH... and score them against the gold files in GOLD_DIR:
    per-relation P/R/F1, fact F1 (dates ignored) and dated F1 (FACTS.md) of the facts with
    confidence >= --min-confidence, then the reliability table of every fact found.

    \b
    Example:
      celebgraph evaluate examples/gold examples/ --show-errors
    """
    report = evaluation.evaluate(gold_dir, paths, published, workers=workers, cluster=cluster,
                                 min_confidence=applied_min_confidence(min_confidence),
                                 modalities=applied_modalities(modality), columns=columns)
    for note in _notes(report):
        _warn(note)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(errors=show_errors), ensure_ascii=False, indent=2))
        return
    emit(_relation_rows(report), fmt, RELATION_COLUMNS)
    click.echo(f"\nat --min-confidence {report.min_confidence:.2f}:")
    click.echo(_summary("fact F1", report.overall.fact))
    click.echo(_summary("dated F1", report.overall.dated))
    _reliability(report)
    _resolution(report)
    if show_errors:
        click.echo()
        emit([e.to_dict() for e in report.errors], fmt, ERROR_COLUMNS)
