"""The whole graph: ``stats``, ``query`` (read-only Cypher) and ``export``.

Each command builds one ``Settings`` from the shared store options (``cli.options``), opens the
graph, makes one library call and prints the result with ``celebgraph.cli.output``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from celebgraph.cli.app import cli
from celebgraph.cli.options import open_for, store_options, table_json_csv, table_or_json
from celebgraph.cli.output import emit
from celebgraph.graph.export import EXPORT_FORMATS
from celebgraph.settings import Settings

__all__ = ["export", "query", "stats"]


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

    with open_for(settings) as graph:
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
      celebgraph query 'MATCH (p:Person {id: $id}) RETURN p.name AS name' --param id=north
    """
    with open_for(settings) as graph:
        emit(graph.cypher(cypher, **_params(params)), fmt)


@cli.command()
@click.option("--format", "fmt", type=click.Choice([*EXPORT_FORMATS, "neo4j-admin"]),
              default="json", show_default=True,
              help="graphml, json, csv (one row per edge), gedcom (GEDCOM 5.5.1), or neo4j-admin "
              "(CSV files for `neo4j-admin database import full`, into the folder -o).")
@click.option("-o", "--output", type=click.Path(writable=True), default=None,
              help="Write to this file (a folder for neo4j-admin) instead of stdout.")
@store_options
def export(settings: Settings, fmt: str, output: str | None) -> None:
    """Export the whole graph.

    \b
    Example:
      celebgraph export --format gedcom -o family.ged
      celebgraph export --format neo4j-admin -o import/
    """
    if fmt == "neo4j-admin":
        if not output:
            raise click.UsageError("--format neo4j-admin writes a folder of files: give -o DIR")
        with open_for(settings) as graph:
            files = graph.export_neo4j_admin(output)
        args = Path(output).resolve() / "import.args"
        click.echo(f"{len(files)} files in {output}; load them into a stopped database with:\n"
                   f"  neo4j-admin database import full neo4j @{args}")
        return
    with open_for(settings) as graph:
        text = graph.export(fmt)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as err:
            raise click.ClickException(f"cannot write {output}: {err.strerror}; "
                                       "check that its folder exists and is writable") from err
    else:
        click.echo(text, nl=not text.endswith("\n"))
