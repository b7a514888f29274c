"""The graph commands: ``ingest``, the relationship queries, ``query`` and ``export``.

Each command builds one ``Settings`` from the shared store options, opens the graph, makes one
library call and prints the rows with ``celebgraph.cli.output``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from celebgraph.cli.app import cli
from celebgraph.cli.output import applied_min_confidence, emit, format_option, min_confidence_option
from celebgraph.graph import Graph, IngestProgress, open_graph
from celebgraph.graph.queries import PersonId
from celebgraph.settings import DEFAULT_NEO4J_WRITE_TIMEOUT, DEFAULT_STORE_PATH, Settings

__all__ = ["store_options"]

F = Callable[..., Any]
Decorator = Callable[[F], F]
table_or_json: Decorator = format_option()
table_json_csv: Decorator = format_option(("table", "json", "csv"))
_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def store_options(command: F) -> F:
    """``--store``/``--neo4j*`` options (with their env vars) folded into ``settings=``.

    A store named on the command line beats one named in the environment (``Settings.choose``).
    """
    options = [
        click.option("--store", envvar="CELEBGRAPH_STORE", default=None, metavar="PATH",
                     help=f"Embedded store file (default ./{DEFAULT_STORE_PATH}); a bolt:// "
                          "or neo4j:// address here means that server [env CELEBGRAPH_STORE]."),
        click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", default=None, metavar="URI",
                     help="Neo4j URI (bolt://, neo4j://) instead of a file [env NEO4J_URI; "
                          "beats CELEBGRAPH_STORE, not --store]."),
        click.option("--neo4j-username", envvar="NEO4J_USERNAME", default="neo4j",
                     show_default=True, help="[env NEO4J_USERNAME]"),
        click.option("--neo4j-password", envvar="NEO4J_PASSWORD", default=None,
                     help="[env NEO4J_PASSWORD]"),
        click.option("--neo4j-database", envvar="NEO4J_DATABASE", default=None,
                     help="[env NEO4J_DATABASE]; default: the server's default database."),
        click.option("--neo4j-write-timeout", envvar="NEO4J_WRITE_TIMEOUT", metavar="SEC",
                     type=click.FloatRange(min=0), default=DEFAULT_NEO4J_WRITE_TIMEOUT,
                     help=f"Neo4j rolls back a write running longer (default "
                     f"{DEFAULT_NEO4J_WRITE_TIMEOUT:g}; 0: never) [env NEO4J_WRITE_TIMEOUT]."),
    ]

    def wrapper(store: str | None, neo4j_uri: str | None, neo4j_username: str,
                neo4j_password: str | None, neo4j_database: str | None,
                neo4j_write_timeout: float, **kwargs: Any) -> Any:
        given = _given_on_command_line("store", "neo4j_uri")
        settings = Settings.choose(
            store=store if "store" in given else None,
            neo4j_uri=neo4j_uri if "neo4j_uri" in given else None,
            env_store=None if "store" in given else store,
            env_neo4j_uri=None if "neo4j_uri" in given else neo4j_uri,
            neo4j_username=neo4j_username, neo4j_password=neo4j_password,
            neo4j_database=neo4j_database, neo4j_write_timeout=neo4j_write_timeout)
        return command(settings=settings, **kwargs)

    wrapper.__name__, wrapper.__doc__ = command.__name__, command.__doc__
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def _given_on_command_line(*names: str) -> set[str]:
    """Which of these parameters the user typed (not taken from the environment or a default)."""
    ctx = click.get_current_context()
    return {n for n in names if ctx.get_parameter_source(n) is ParameterSource.COMMANDLINE}


def _open(settings: Settings, *, read_only: bool = True) -> Graph:
    """The graph of ``settings``; only ``ingest`` opens it for writing."""
    graph = open_graph(settings, read_only=read_only)
    if graph.store.recovery:
        click.echo(f"warning: {graph.store.recovery}", err=True)
    return graph


class _Bar:
    """Documents, facts, rate and ETA on one stderr line, redrawn after each batch."""

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
              help="Publication date of all articles.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles per write transaction.")
@click.option("--prune", is_flag=True,
              help="Drop articles of PATHS whose files are gone.")
@min_confidence_option
@store_options
def ingest(settings: Settings, paths: tuple[str, ...], published: str | None,
           batch_size: int, prune: bool, min_confidence: float | None) -> None:
    """Extract facts from articles and load them into the graph.

    Unchanged articles (same path or text) are skipped; changed ones replaced.

    \b
    Example:
      celebgraph ingest examples/
      celebgraph ingest news/ --neo4j bolt://localhost:7687 --batch-size 200
    """
    bar = _Bar(_count_inputs(paths))
    with _open(settings, read_only=False) as graph:
        summary = graph.ingest(list(paths), published=published, batch_size=batch_size,
                               progress=bar, min_confidence=applied_min_confidence(min_confidence),
                               prune=prune)
    bar.done()
    for error in summary.errors:
        click.echo(f"warning: {error}", err=True)
    click.echo(summary.line())


def _who(person: str | None, person_id: str | None) -> str:
    """NAME, or the person ``--id`` picks (when a name matches several)."""
    if person_id:
        return PersonId(person_id)
    if not person:
        raise click.UsageError("give a NAME, or --id ID")
    return person


id_option = click.option("--id", "person_id", metavar="ID", default=None,
                         help="The person with this id (when NAME matches several people).")


def _name_command(name: str, method: str, columns: tuple[str, ...], doc: str) -> None:
    @table_or_json
    @store_options
    def command(settings: Settings, person: str | None, person_id: str | None,
                fmt: str) -> None:
        with _open(settings) as graph:
            emit(getattr(graph, method)(_who(person, person_id)), fmt, columns)

    command.__doc__ = doc
    command = id_option(command)
    cli.command(name)(click.argument("person", metavar="NAME", required=False)(command))


_name_command("spouses", "spouses", ("name", "start", "end", "sources"),
              "Spouses of NAME, with wedding and end dates.\n\n\b\nExample:\n"
              '  celebgraph spouses "Kim Kardashian"')
_name_command("children", "children", ("name", "birth_date", "sources"),
              "Children of NAME, oldest first.\n\n\b\nExample:\n"
              '  celebgraph children "Kanye West" --format json')
_name_command("parents", "parents", ("name", "birth_date", "sources"),
              "Parents of NAME.\n\n\b\nExample:\n  celebgraph parents \"North West\"")
_name_command("siblings", "siblings", ("name", "via", "sources"),
              "Siblings of NAME: stated, or sharing a parent.\n\n\b\nExample:\n"
              '  celebgraph siblings "North West"')
_name_command("timeline", "timeline", ("date", "event", "people", "sources"),
              "Every dated event of NAME's life in order (undated last), children's births "
              "included.\n\n\b\nExample:\n  celebgraph timeline \"Kim Kardashian\" --format json")
_name_command("explain", "explain_rows", ("id", "article", "what", "detail"),
              "Which names from which articles were merged into NAME's node, and why.\n\n\b\n"
              'Example:\n  celebgraph explain "Kim Kardashian"')


@cli.command()
@click.argument("person", metavar="NAME", required=False)
@click.option("--depth", type=click.IntRange(1, 4), default=2, show_default=True,
              help="How many family links away.")
@id_option
@table_or_json
@store_options
def family(settings: Settings, person: str | None, depth: int, person_id: str | None,
           fmt: str) -> None:
    """Everyone within DEPTH family links of NAME, and how they are related.

    \b
    Example:
      celebgraph family "North West" --depth 2
    """
    with _open(settings) as graph:
        emit(graph.family(_who(person, person_id), depth), fmt, ("name", "relation", "distance"))


@cli.command()
@click.argument("a", metavar="NAME_A")
@click.argument("b", metavar="NAME_B")
@table_or_json
@store_options
def path(settings: Settings, a: str, b: str, fmt: str) -> None:
    """How two people are related: a shortest chain of family links.

    \b
    Example:
      celebgraph path "Kris Jenner" "Kanye West"
    """
    with _open(settings) as graph:
        emit(graph.path(a, b), fmt, ("from", "relation", "to"))


@cli.command()
@table_or_json
@store_options
def stats(settings: Settings, fmt: str) -> None:
    """Counts of people, articles and each relationship type.

    \b
    Example:
      celebgraph stats --format json
    """
    from celebgraph.graph.queries import stats_rows

    with _open(settings) as graph:
        emit(stats_rows(graph.store), fmt, ("what", "count"))


def _params(pairs: tuple[str, ...]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"'{pair}' is not k=v", param_hint="--param")
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


@cli.command()
@click.argument("cypher")
@click.option("--param", "params", multiple=True, metavar="K=V",
              help="A query parameter ($K); V is read as JSON when it parses, else as text.")
@table_json_csv
@store_options
def query(settings: Settings, cypher: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a read-only Cypher query: one statement that only reads the graph.

    Anything the database plans as more (writes, schema, files, extensions, admin commands)
    is refused.

    \b
    Example:
      celebgraph query 'MATCH (p:Person {id: $id}) RETURN p.name AS name' --param id=north-west
    """
    with _open(settings) as graph:
        emit(graph.cypher(cypher, **_params(params)), fmt)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["graphml", "json", "csv"]), default="json",
              show_default=True, help="graphml, json ({nodes, edges}) or csv (one row per edge).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of stdout.")
@store_options
def export(settings: Settings, fmt: str, output: str | None) -> None:
    """Export the whole graph.

    \b
    Example:
      celebgraph export --format graphml -o family.graphml
    """
    with _open(settings) as graph:
        text = graph.export(fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text)
