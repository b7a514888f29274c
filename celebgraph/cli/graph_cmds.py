"""The graph commands: ``ingest``, the relationship queries, ``query`` and ``export``.

Each command builds one ``Settings`` from the shared store options, opens the graph, makes one
library call and prints the rows with ``celebgraph.cli.output``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from celebgraph.cli.app import cli
from celebgraph.cli.output import (
    POSITIVE,
    applied_min_confidence,
    cluster_option,
    columns_option,
    emit,
    format_option,
    min_confidence_option,
    workers_option,
)
from celebgraph.graph import Graph, IngestProgress, open_graph
from celebgraph.graph.drawing import DRAWING_FORMATS
from celebgraph.graph.export import EXPORT_FORMATS
from celebgraph.graph.queries import PersonId
from celebgraph.settings import DEFAULT_NEO4J_WRITE_TIMEOUT, DEFAULT_STORE_PATH, Settings

__all__ = ["store_options"]

F = Callable[..., Any]
Decorator = Callable[[F], F]
table_or_json: Decorator = format_option()
table_json_csv: Decorator = format_option(("table", "json", "csv"))
table_json_pictures: Decorator = format_option(("table", "json", "dot", "mermaid", "svg"))
text_or_json: Decorator = format_option(wide=False)  # commands that print no table
_SUFFIXES = {".txt", ".md", ".html", ".htm"}


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
    with _open(settings, read_only=False) as graph:
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


def _who(person: str | None, person_id: str | None) -> str:
    """NAME, or the person ``--id`` picks (when a name matches several)."""
    if person_id:
        return PersonId(person_id)
    if not person:
        raise click.UsageError("give a NAME, or --id ID")
    return person


id_option = click.option("--id", "person_id", metavar="ID", default=None,
                         help="The person with this id (when NAME matches several people).")


# What each row of an --evidence answer shows of its claim, after the answer's own columns.
EVIDENCE_TAIL = ("when", "modality", "confidence", "published", "source", "article", "evidence")
CLAIM_COLUMNS = ("fact", "relation", "other_name", *EVIDENCE_TAIL)
# What --evidence shows for each relationship command: the claims of this relation.
_EVIDENCE_OF = {"spouses": "spouse of", "children": "parent of", "parents": "child of",
                "siblings": "sibling of"}
evidence_option = click.option(
    "--evidence", is_flag=True,
    help="Each claim behind it, with its article.")


def _claim_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def when(r: dict[str, Any]) -> str:  # a timeline row's own date is the event's
        span = "–".join(x for x in (r["start"], r["end"]) if x)
        return span or r.get("claim_date", r["date"]) or ""
    def source(r: dict[str, Any]) -> str:  # the article's title and site, when it gave them
        return " — ".join(str(r[k]) for k in ("title", "site") if r.get(k))
    return [{**r, "when": when(r), "confidence": round(r["confidence"] or 0.0, 2),
             "source": source(r)} for r in rows]


def _name_command(name: str, method: str, columns: tuple[str, ...], doc: str) -> None:
    @table_or_json
    @store_options
    def command(settings: Settings, person: str | None, person_id: str | None,
                evidence: bool, fmt: str) -> None:
        with _open(settings) as graph:
            who = _who(person, person_id)
            if evidence and name in _EVIDENCE_OF:
                emit(_claim_rows(graph.claims(who, _EVIDENCE_OF[name])), fmt, CLAIM_COLUMNS)
                return
            if evidence and name == "timeline":
                rows = _claim_rows(graph.timeline(who, evidence=True))
                emit(rows, fmt, (*columns[:-1], *EVIDENCE_TAIL))
                return
            emit(getattr(graph, method)(who), fmt, columns)

    command.__doc__ = doc
    command = id_option(command)
    if name in _EVIDENCE_OF or name == "timeline":
        command = evidence_option(command)
    else:
        command = click.option("--evidence", is_flag=True, hidden=True)(command)
    cli.command(name)(click.argument("person", metavar="NAME", required=False)(command))


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


@cli.command()
@click.argument("person", metavar="NAME", required=False)
@click.option("--as-of", metavar="DATE", callback=_iso_date, default=None,
              help="Spouses and partners at this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@id_option
@evidence_option
@table_or_json
@store_options
def spouses(settings: Settings, person: str | None, as_of: str | None, person_id: str | None,
            evidence: bool, fmt: str) -> None:
    """Spouses of NAME, with wedding and end dates (or the couples of a date).

    \b
    Example:
      celebgraph spouses "Kim Kardashian" --as-of 2016
    """
    columns = ("name", "relation", "start", "end", "status", "sources") if as_of else (
        "name", "descriptors", "start", "end", "sources")
    with _open(settings) as graph:
        if evidence:
            emit(_claim_rows(graph.claims(_who(person, person_id), "spouse of")), fmt,
                 CLAIM_COLUMNS)
            return
        emit(graph.spouses(_who(person, person_id), as_of=as_of), fmt, columns)


_name_command("children", "children", ("name", "descriptors", "birth_date", "sources"),
              "Children of NAME, oldest first.\n\n\b\nExample:\n"
              '  celebgraph children "Kanye West" --format json')
_name_command("parents", "parents", ("name", "descriptors", "birth_date", "sources"),
              "Parents of NAME.\n\n\b\nExample:\n  celebgraph parents \"North\"")
_name_command("siblings", "siblings", ("name", "descriptors", "via", "sources"),
              "Siblings of NAME: stated, or sharing a parent.\n\n\b\nExample:\n"
              '  celebgraph siblings "North"')
_name_command("timeline", "timeline", ("date", "event", "people", "sources"),
              "Every dated event of NAME's life in order (undated last), children's births "
              "included.\n\n\b\nExample:\n  celebgraph timeline \"Kim Kardashian\" --format json")
_name_command("explain", "explain_rows", ("id", "article", "what", "detail"),
              "Which names from which articles were merged into NAME's node, and why.\n\n\b\n"
              'Example:\n  celebgraph explain "Kim Kardashian"')


@cli.command()
@click.argument("person", metavar="NAME", required=False)
@click.option("--depth", type=click.IntRange(1, 4), default=2, show_default=True,
              help="How many links away.")
@click.option("--as-of", metavar="DATE", callback=_iso_date, default=None,
              help="Only the links that held at this date.")
@id_option
@evidence_option
@table_json_pictures
@store_options
def family(settings: Settings, person: str | None, depth: int, as_of: str | None,
           person_id: str | None, evidence: bool, fmt: str) -> None:
    """Everyone within DEPTH links of NAME, or a picture (DOT, Mermaid, SVG).

    \b
    Example:
      celebgraph family "North" --as-of 2016 --format json
    """
    with _open(settings) as graph:
        who = _who(person, person_id)
        if fmt in DRAWING_FORMATS:
            click.echo(graph.draw_family(who, depth, fmt), nl=False)
            return
        rows = graph.family(who, depth, as_of=as_of, evidence=evidence)
    columns = ("name", "descriptors", "relation", "distance", *(("status",) if as_of else ()))
    if evidence:
        rows, columns = _claim_rows(rows), (*columns, *EVIDENCE_TAIL)
    emit(rows, fmt, columns)


@cli.command()
@click.argument("a", metavar="NAME_A")
@click.argument("b", metavar="NAME_B")
@evidence_option
@table_or_json
@store_options
def path(settings: Settings, a: str, b: str, evidence: bool, fmt: str) -> None:
    """How two people are related: a shortest chain of family links.

    \b
    Example:
      celebgraph path "North" "Psalm" --evidence
    """
    with _open(settings) as graph:
        rows = graph.path(a, b, evidence=evidence)
    columns: tuple[str, ...] = ("from", "relation", "to")
    if evidence:
        rows, columns = _claim_rows(rows), (*columns, *EVIDENCE_TAIL)
    emit(rows, fmt, columns)


@cli.command("check")
@click.argument("person", metavar="[NAME]", required=False)
@click.option("--min-parent-age", type=click.IntRange(0), default=12, show_default=True,
              help="Report parents younger at a child's birth.")
@click.option("--max-parent-age", type=click.IntRange(0), default=80, show_default=True,
              help="Report parents older at a child's birth.")
@text_or_json
@store_options
def check_command(settings: Settings, person: str | None, min_parent_age: int,
                  max_parent_age: int, fmt: str) -> None:
    """What cannot be true about NAME's family (or anyone's), with the sentences behind it.

    \b
    Example:
      celebgraph check "Kanye West" --min-parent-age 40
    """
    with _open(settings) as graph:
        rows = graph.check(person, min_parent_age=min_parent_age, max_parent_age=max_parent_age)
    if fmt == "json":
        emit(rows, fmt)
        return
    for row in rows:
        evidence = "".join(f"\n    {line}" for line in row["evidence"])
        click.echo(f"{row['check']}: {', '.join(row['people'])}\n  {row['detail']}{evidence}")
    click.echo(f"{len(rows)} problem(s) found" if rows else "No problems found.")


@cli.command("person")
@click.argument("person", metavar="NAME", required=False)
@id_option
@table_or_json
@store_options
def person_command(settings: Settings, person: str | None, person_id: str | None,
                   fmt: str) -> None:
    """Everything the graph knows about NAME: each article's claim with its sentence,
    confidence, modality and article.

    \b
    Example:
      celebgraph person "Kanye West" --format json
    """
    with _open(settings) as graph:
        who = _who(person, person_id)
        found = graph.person(who)
        rows = _claim_rows(graph.claims(who))
    if fmt == "json":
        keep = ("id", "name", "aliases", "descriptors", "birth_date", "death_date")
        click.echo(json.dumps({"person": {k: found.get(k) for k in keep}, "claims": rows},
                              ensure_ascii=False, indent=2))
        return
    life = ", ".join(f"{w} {found[k]}" for w, k in (("born", "birth_date"),
                                                    ("died", "death_date")) if found.get(k))
    about = "; ".join([found["id"], *(found.get("descriptors") or []), *([life] if life else [])])
    click.echo(f"{found['name']} ({about})")
    emit(rows, fmt, CLAIM_COLUMNS)


@cli.command()
@click.argument("person", metavar="[NAME]", required=False)
@text_or_json
@store_options
def conflicts(settings: Settings, person: str | None, fmt: str) -> None:
    """Dates the articles disagree on (about NAME, or anyone), each value with its sentences.

    \b
    Example:
      celebgraph conflicts "Kim Kardashian"
    """
    with _open(settings) as graph:
        rows = graph.conflicts(person)
    if fmt == "json":
        emit(rows, fmt)
        return
    for row in rows:
        click.echo(f"{row['what']}: {', '.join(row['people'])} (shown: {row['chosen']})")
        for value in row["values"]:
            evidence = "".join(f"\n      {line}" for line in value["evidence"])
            click.echo(f"    {value['value']}: {', '.join(value['articles'])}{evidence}")
    click.echo(f"{len(rows)} disagreement(s)" if rows else "No disagreements.")


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
      celebgraph query 'MATCH (p:Person {id: $id}) RETURN p.name AS name' --param id=north
    """
    with _open(settings) as graph:
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
        with _open(settings) as graph:
            files = graph.export_neo4j_admin(output)
        args = Path(output).resolve() / "import.args"
        click.echo(f"{len(files)} files in {output}; load them into a stopped database with:\n"
                   f"  neo4j-admin database import full neo4j @{args}")
        return
    with _open(settings) as graph:
        text = graph.export(fmt)
    if output:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as err:
            raise click.ClickException(f"cannot write {output}: {err.strerror}; "
                                       "check that its folder exists and is writable") from err
    else:
        click.echo(text, nl=not text.endswith("\n"))
