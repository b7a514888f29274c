"""The curation commands: ``merge``, ``split``, ``retract``, ``reject``, ``assert``,
``correct`` and ``curation list|undo``, each one call of ``Graph`` (``graph.curation``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from celebgraph.cli.app import cli
from celebgraph.cli.options import store_options
from celebgraph.cli.output import emit, format_option
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.queries import PersonId
from celebgraph.settings import Settings

__all__ = ["curation"]

F = Callable[..., Any]
Decorator = Callable[[F], F]
_text_or_json: Decorator = format_option(wide=False)
_table_or_json: Decorator = format_option()
_SHOWN = ("seq", "action", "what", "note", "at")
_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"


def _open(settings: Settings) -> Graph:
    """The graph to record a decision in: an existing one (a decision about people of an
    empty new store would only create the store)."""
    if not settings.uses_neo4j and not Path(settings.store).exists():
        from celebgraph.graph.embedded import missing_store

        raise missing_store(settings.store)
    graph = open_graph(settings, read_only=False)
    if graph.store.recovery:
        click.echo(f"warning: {graph.store.recovery}", err=True)
    return graph


def _done(rec: dict[str, Any], fmt: str) -> None:
    """One decision: ``curation #N: what it does`` or its record as JSON."""
    if fmt == "json":
        click.echo(json.dumps({k: v for k, v in rec.items() if k != "state"},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"curation #{rec['seq']}: {rec['action']}: {rec['what']}")


def _people(names: tuple[str, ...], ids: tuple[str, ...], count: int) -> list[str]:
    """NAME arguments, then ``--id`` ones (for names several people share)."""
    people = [*names, *(PersonId(i) for i in ids)]
    if len(people) != count:
        raise click.UsageError(f"give {count} people (NAME, or --id ID), not {len(people)}")
    return people


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(_DATE, value):
        raise click.BadParameter(f"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _common(command: F) -> F:
    """``--note`` and ``--format`` (table or json), and the store options."""
    command = store_options(command)  # first: it wraps the function the options go on
    command = click.option("--note", default=None, help="Why (kept with the decision).")(command)
    return _text_or_json(command)


def _dates(command: F) -> F:
    for name in ("date", "end", "start"):
        command = click.option(f"--{name}", metavar="DATE", callback=_date, default=None,
                               help=f"The fact's {name} (YYYY, YYYY-MM or YYYY-MM-DD).")(command)
    return command


_ids = click.option("--id", "ids", multiple=True, metavar="ID",
                    help="A person's id instead of a NAME several people share.")


@cli.command()
@click.argument("names", nargs=-1, metavar="A B")
@_ids
@_common
def merge(settings: Settings, names: tuple[str, ...], ids: tuple[str, ...], note: str | None,
          fmt: str) -> None:
    """A and B are one person: B's names, articles and facts join A, in every later ingest
    too (names first, then --id ones; the first is kept).

    \b
    Example:
      celebgraph merge "Kim Kardashian" "Kanye West" --note "a test, undone next"
      celebgraph curation undo 1
    """
    with _open(settings) as graph:
        a, b = _people(names, ids, 2)
        _done(graph.merge(a, b, note=note), fmt)


@cli.command()
@click.argument("person", metavar="NAME", required=False)
@click.option("--article", required=True, metavar="ID",
              help="The article whose names become a person of their own (its path or URL).")
@click.option("--id", "person_id", metavar="ID", default=None,
              help="The person with this id (when NAME matches several people).")
@_common
def split(settings: Settings, person: str | None, article: str, person_id: str | None,
          note: str | None, fmt: str) -> None:
    """The names ARTICLE gives NAME are another person (a namesake), in every later ingest too.

    \b
    Example:
      celebgraph split "Kanye West" --article examples/001_515dd0d501ad53dc.txt
    """
    with _open(settings) as graph:
        who = _people((person,) if person else (), (person_id,) if person_id else (), 1)[0]
        _done(graph.split(who, article, note=note), fmt)


@cli.command()
@click.argument("article", metavar="ARTICLE")
@_common
def retract(settings: Settings, article: str, note: str | None, fmt: str) -> None:
    """ARTICLE's claims no longer count (its path, URL or id), even when it is ingested again.

    \b
    Example:
      celebgraph retract examples/000_4e0017b1b8841eea.txt --note "a gossip column"
    """
    with _open(settings) as graph:
        _done(graph.retract(article, note=note), fmt)


@cli.command()
@click.argument("fact", metavar="FACT")
@_common
def reject(settings: Settings, fact: str, note: str | None, fmt: str) -> None:
    """FACT is not true: it leaves the graph, whatever later articles say. FACT is a fact id
    as `celebgraph person NAME` shows it (spouse:ID:ID, parent:PARENT:CHILD, born:ID...).

    \b
    Example:
      celebgraph reject divorce_filed:kanye-west:kim-kardashian --note "a test"
    """
    with _open(settings) as graph:
        _done(graph.reject(fact, note=note), fmt)


@cli.command("assert")
@click.argument("relation", metavar="RELATION")
@click.argument("names", nargs=-1, metavar="A [B]")
@_ids
@_dates
@click.option("--note", required=True, help="Where the fact comes from (shown with it).")
@_text_or_json
@store_options
def assert_command(settings: Settings, relation: str, names: tuple[str, ...],
                   ids: tuple[str, ...], start: str | None, end: str | None, date: str | None,
                   note: str, fmt: str) -> None:
    """A fact the user gives: RELATION (spouse, parent, sibling, partner, engaged,
    divorce_filed, separated; born, died with one person) between A and B, shown as from
    the user with its note.

    \b
    Example:
      celebgraph assert spouse "Kim Kardashian" "Kanye West" --start 2014-05-24 --note "Vogue"
    """
    count = 1 if relation in ("born", "died") else 2
    with _open(settings) as graph:
        people = _people(names, ids, count)
        _done(graph.assert_fact(relation, *people, start=start, end=end, date=date,
                                note=note), fmt)


@cli.command()
@click.argument("fact", metavar="FACT")
@_dates
@_common
def correct(settings: Settings, fact: str, start: str | None, end: str | None,
            date: str | None, note: str | None, fmt: str) -> None:
    """The right dates of FACT (a fact id as `celebgraph person NAME` shows it): they win
    over the articles', in every later ingest too.

    \b
    Example:
      celebgraph correct spouse:kanye-west:kim-kardashian --start 2014-05-24 --note "Florence"
    """
    with _open(settings) as graph:
        _done(graph.correct(fact, start=start, end=end, date=date, note=note), fmt)


@cli.group()
def curation() -> None:
    """The curation decisions (merge, split, retract, reject, assert, correct): list, undo.

    \b
    Example:
      celebgraph correct spouse:kanye-west:kim-kardashian --start 2014-05-24 --note "Florence"
      celebgraph curation list
      celebgraph curation undo 1
    """


@curation.command("list")
@_table_or_json
@store_options
def list_command(settings: Settings, fmt: str) -> None:
    """Every decision in order, with its number (undone ones say so).

    \b
    Example:
      celebgraph retract examples/000_4e0017b1b8841eea.txt
      celebgraph curation list --format json
    """
    with _open(settings) as graph:
        rows = graph.curation()
    emit([{k: r[k] for k in (*_SHOWN, "undone")} for r in rows], fmt, _SHOWN)


@curation.command("undo")
@click.argument("seq", metavar="N", type=int)
@_text_or_json
@store_options
def undo_command(settings: Settings, seq: int, fmt: str) -> None:
    """Reverse decision N (see `celebgraph curation list`); it stays listed, as undone.

    \b
    Example:
      celebgraph reject divorce_filed:kanye-west:kim-kardashian
      celebgraph curation undo 1
    """
    with _open(settings) as graph:
        _done(graph.undo(seq), fmt)
