"""What the commands share: the store options (``--store``, ``--neo4j*`` with their env vars,
folded into one ``Settings``), opening the graph, the person a command is about (NAME or
``--id``), ISO dates, and the output formats."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import click
from click.core import ParameterSource

from celebgraph.cli.output import format_option
from celebgraph.graph import Graph, open_graph
from celebgraph.graph.queries import PersonId
from celebgraph.settings import (
    DEFAULT_BUFFER_POOL,
    DEFAULT_NEO4J_WRITE_TIMEOUT,
    DEFAULT_STORE_PATH,
    Settings,
)

__all__ = [
    "chosen_person",
    "id_option",
    "iso_date",
    "open_for",
    "store_options",
    "table_json_csv",
    "table_json_pictures",
    "table_or_json",
    "text_or_json",
]

F = Callable[..., Any]
Decorator = Callable[[F], F]
table_or_json: Decorator = format_option()
table_json_csv: Decorator = format_option(("table", "json", "csv"))
table_json_pictures: Decorator = format_option(("table", "json", "dot", "mermaid", "svg"))
text_or_json: Decorator = format_option(wide=False)  # commands that print no table


def store_options(command: F) -> F:
    """``--store``/``--neo4j*`` options (with their env vars) folded into ``settings=``.

    A store named on the command line beats one named in the environment (``Settings.choose``).
    """
    options = [
        click.option("--store", envvar="CELEBGRAPH_STORE", default=None, metavar="PATH",
                     help=f"Embedded store file (default ./{DEFAULT_STORE_PATH}) or a Neo4j "
                          "address [env CELEBGRAPH_STORE]."),
        click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI", default=None, metavar="URI",
                     help="Neo4j server: bolt://host:7687, or host:7687 [env NEO4J_URI]."),
        click.option("--neo4j-username", envvar="NEO4J_USERNAME", default="neo4j",
                     show_default=True, help="[env NEO4J_USERNAME]"),
        click.option("--neo4j-password", envvar="NEO4J_PASSWORD", default=None,
                     help="[env NEO4J_PASSWORD]"),
        click.option("--neo4j-database", envvar="NEO4J_DATABASE", default=None,
                     help="[env NEO4J_DATABASE]"),
        click.option("--neo4j-write-timeout", envvar="NEO4J_WRITE_TIMEOUT", metavar="SEC",
                     type=click.FloatRange(min=0), default=DEFAULT_NEO4J_WRITE_TIMEOUT,
                     help=f"Longest Neo4j write, {DEFAULT_NEO4J_WRITE_TIMEOUT:g} (0: no limit) "
                     "[env NEO4J_WRITE_TIMEOUT]."),
        click.option("--buffer-pool", envvar="CELEBGRAPH_BUFFER_POOL", metavar="MIB",
                     type=click.IntRange(min=0), default=DEFAULT_BUFFER_POOL, hidden=True,
                     help="Embedded store's page cache, 0: 80% of RAM."),  # help: 30 lines
    ]

    def wrapper(store: str | None, neo4j_uri: str | None, neo4j_username: str,
                neo4j_password: str | None, neo4j_database: str | None,
                neo4j_write_timeout: float, buffer_pool: int, **kwargs: Any) -> Any:
        given = _given_on_command_line("store", "neo4j_uri")
        settings = Settings.choose(
            store=store if "store" in given else None,
            neo4j_uri=neo4j_uri if "neo4j_uri" in given else None,
            env_store=None if "store" in given else store,
            env_neo4j_uri=None if "neo4j_uri" in given else neo4j_uri,
            neo4j_username=neo4j_username, neo4j_password=neo4j_password,
            neo4j_database=neo4j_database, neo4j_write_timeout=neo4j_write_timeout,
            buffer_pool=buffer_pool)
        return command(settings=settings, **kwargs)

    wrapper.__name__, wrapper.__doc__ = command.__name__, command.__doc__
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def _given_on_command_line(*names: str) -> set[str]:
    """Which of these parameters the user typed (not taken from the environment or a default)."""
    ctx = click.get_current_context()
    return {n for n in names if ctx.get_parameter_source(n) is ParameterSource.COMMANDLINE}



def open_for(settings: Settings, *, read_only: bool = True) -> Graph:
    """The graph of ``settings``; only ``ingest`` opens it for writing."""
    graph = open_graph(settings, read_only=read_only)
    if graph.store.recovery:
        click.echo(f"warning: {graph.store.recovery}", err=True)
    return graph


def chosen_person(person: str | None, person_id: str | None) -> str:
    """NAME, or the person ``--id`` picks (when a name matches several)."""
    if person_id:
        return PersonId(person_id)
    if not person:
        raise click.UsageError("give a NAME, or --id ID")
    return person


id_option = click.option("--id", "person_id", metavar="ID", default=None,
                         help="This person, when NAME means several.")



def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A ``--as-of`` date: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value
