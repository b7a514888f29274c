"""The questions about one person's family: ``spouses``, ``children``, ``parents``,
``siblings``, ``timeline``, ``explain``, ``family``, ``path`` and ``person``; with
``--evidence``, each claim behind the answer with its article.

Each command opens the graph, makes one ``Graph`` call and prints the rows.
"""

from __future__ import annotations

import json
from typing import Any

import click

from celebgraph.cli.app import cli
from celebgraph.cli.options import (
    chosen_person,
    id_option,
    iso_date,
    open_for,
    store_options,
    table_json_pictures,
    table_or_json,
)
from celebgraph.cli.output import emit
from celebgraph.graph import Graph
from celebgraph.graph.drawing import DRAWING_FORMATS
from celebgraph.graph.modality import by_modality
from celebgraph.settings import Settings

__all__ = ["CLAIM_COLUMNS", "EVIDENCE_TAIL", "family", "path", "person_command", "spouses"]

# What each row of an --evidence answer shows of its claim, after the answer's own columns.
EVIDENCE_TAIL = ("when", "modality", "confidence", "published", "source", "article", "evidence")
CLAIM_COLUMNS = ("fact", "relation", "other_name", *EVIDENCE_TAIL)
# What --evidence shows for each relationship command: the claims of this relation.
_EVIDENCE_OF = {"spouses": "spouse of", "children": "parent of", "parents": "child of",
                "siblings": "sibling of"}
evidence_option = click.option(
    "--evidence", is_flag=True,
    help="Each claim behind it, with its article.")
# stated: asserted and reported facts (the MODALITY column says which); all: ``graph.modality``.
modality_option = click.option(
    "--modality", type=click.Choice(["stated", "all"]), default="stated",
    help="all: add the rumored and denied claims.")


def _claim_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def when(r: dict[str, Any]) -> str:  # a timeline row's own date is the event's
        span = "–".join(x for x in (r["start"], r["end"]) if x)
        return span or r.get("claim_date", r["date"]) or ""
    def source(r: dict[str, Any]) -> str:  # the article's title and site, when it gave them
        return " — ".join(str(r[k]) for k in ("title", "site") if r.get(k))
    return [{**r, "when": when(r), "confidence": round(r["confidence"] or 0.0, 2),
             "source": source(r)} for r in rows]


def _emit_claims(graph: Graph, who: str, relation: str | None, modality: str,
                 fmt: str) -> None:
    """``graph.claims`` as rows; a table of the stated ones ends (on stderr) with how many
    claims it leaves out, so that no denial goes unseen."""
    every = graph.claims(who, relation, modality="all")
    rows = by_modality(every, modality)
    emit(_claim_rows(rows), fmt, CLAIM_COLUMNS)
    if fmt == "table" and len(rows) < len(every):
        click.echo(f"({len(every) - len(rows)} rumored or denied claim(s) not shown: "
                   "--modality all shows them)", err=True)


def _name_command(name: str, method: str, columns: tuple[str, ...], doc: str) -> None:
    @table_or_json
    @store_options
    def command(settings: Settings, person: str | None, person_id: str | None,
                evidence: bool, modality: str, fmt: str) -> None:
        with open_for(settings) as graph:
            who = chosen_person(person, person_id)
            if evidence and name in _EVIDENCE_OF:
                _emit_claims(graph, who, _EVIDENCE_OF[name], modality, fmt)
                return
            if evidence and name == "timeline":
                rows = _claim_rows(graph.timeline(who, evidence=True, modality=modality))
                emit(rows, fmt, ("date", "event", "people", *EVIDENCE_TAIL))
                return
            kwargs = {"modality": modality} if name != "explain" else {}
            emit(getattr(graph, method)(who, **kwargs), fmt, columns)

    command.__doc__ = doc
    command = id_option(command)
    if name in _EVIDENCE_OF or name == "timeline":
        command = modality_option(evidence_option(command))
    else:
        command = click.option("--evidence", is_flag=True, hidden=True)(command)
        command = click.option("--modality", default="stated", hidden=True)(command)
    cli.command(name)(click.argument("person", metavar="NAME", required=False)(command))


@cli.command()
@click.argument("person", metavar="NAME", required=False)
@click.option("--as-of", metavar="DATE", callback=iso_date, default=None,
              help="Spouses and partners at this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@id_option
@evidence_option
@modality_option
@table_or_json
@store_options
def spouses(settings: Settings, person: str | None, as_of: str | None, person_id: str | None,
            evidence: bool, modality: str, fmt: str) -> None:
    """Spouses of NAME, with wedding and end dates (or the couples of a date).

    \b
    Example:
      celebgraph spouses "Kim Kardashian" --as-of 2016
    """
    columns = ("name", "relation", "start", "end", "status", "sources") if as_of else (
        "name", "descriptors", "start", "end", "modality", "sources")
    with open_for(settings) as graph:
        who = chosen_person(person, person_id)
        if evidence:
            _emit_claims(graph, who, "spouse of", modality, fmt)
            return
        emit(graph.spouses(who, as_of=as_of, modality=modality), fmt, columns)


_name_command("children", "children",
              ("name", "descriptors", "birth_date", "modality", "sources"),
              "Children of NAME, oldest first.\n\n\b\nExample:\n"
              '  celebgraph children "Kanye West" --format json')
_name_command("parents", "parents", ("name", "descriptors", "birth_date", "modality", "sources"),
              "Parents of NAME.\n\n\b\nExample:\n  celebgraph parents \"North\"")
_name_command("siblings", "siblings", ("name", "descriptors", "via", "modality", "sources"),
              "Siblings of NAME: stated, or sharing a parent.\n\n\b\nExample:\n"
              '  celebgraph siblings "North"')
_name_command("timeline", "timeline", ("date", "event", "people", "modality", "sources"),
              "Every dated event of NAME's life in order (undated last), children's births "
              "included.\n\n\b\nExample:\n  celebgraph timeline \"Kim Kardashian\" --format json")
_name_command("explain", "explain_rows", ("id", "article", "what", "detail"),
              "Which names from which articles were merged into NAME's node, and why.\n\n\b\n"
              'Example:\n  celebgraph explain "Kim Kardashian"')


@cli.command()
@click.argument("person", metavar="NAME", required=False)
@click.option("--depth", type=click.IntRange(1, 4), default=2, show_default=True,
              help="How many links away.")
@click.option("--as-of", metavar="DATE", callback=iso_date, default=None,
              help="Only the links that held at this date.")
@id_option
@evidence_option
@modality_option
@table_json_pictures
@store_options
def family(settings: Settings, person: str | None, depth: int, as_of: str | None,
           person_id: str | None, evidence: bool, modality: str, fmt: str) -> None:
    """Everyone within DEPTH links of NAME, or a picture (DOT, Mermaid, SVG).

    \b
    Example:
      celebgraph family "North" --as-of 2016 --format json
    """
    with open_for(settings) as graph:
        who = chosen_person(person, person_id)
        if fmt in DRAWING_FORMATS:
            click.echo(graph.draw_family(who, depth, fmt), nl=False)
            return
        rows = graph.family(who, depth, as_of=as_of, evidence=evidence, modality=modality)
    columns = ("name", "descriptors", "relation", "distance",
               *(("status",) if as_of else () if evidence else ("modality",)))
    if evidence:
        rows, columns = _claim_rows(rows), (*columns, *EVIDENCE_TAIL)
    emit(rows, fmt, columns)


@cli.command()
@click.argument("a", metavar="NAME_A")
@click.argument("b", metavar="NAME_B")
@evidence_option
@modality_option
@table_or_json
@store_options
def path(settings: Settings, a: str, b: str, evidence: bool, modality: str, fmt: str) -> None:
    """How two people are related: a shortest chain of family links.

    \b
    Example:
      celebgraph path "North" "Psalm" --evidence
    """
    with open_for(settings) as graph:
        rows = graph.path(a, b, evidence=evidence, modality=modality)
    columns: tuple[str, ...] = ("from", "relation", "to", *(() if evidence else ("modality",)))
    if evidence:
        rows, columns = _claim_rows(rows), (*columns, *EVIDENCE_TAIL)
    emit(rows, fmt, columns)


@cli.command("person")
@click.argument("person", metavar="NAME", required=False)
@id_option
@modality_option
@table_or_json
@store_options
def person_command(settings: Settings, person: str | None, person_id: str | None,
                   modality: str, fmt: str) -> None:
    """Everything the graph knows about NAME: each article's claim with its sentence,
    confidence, modality and article (rumored and denied ones with --modality all).

    \b
    Example:
      celebgraph person "Kanye West" --modality all --format json
    """
    with open_for(settings) as graph:
        who = chosen_person(person, person_id)
        found = graph.person(who)
        if fmt == "json":
            rows = _claim_rows(graph.claims(who, modality=modality))
            keep = ("id", "name", "aliases", "descriptors", "birth_date", "death_date")
            click.echo(json.dumps({"person": {k: found.get(k) for k in keep}, "claims": rows},
                                  ensure_ascii=False, indent=2))
            return
        life = ", ".join(f"{w} {found[k]}" for w, k in (("born", "birth_date"),
                                                        ("died", "death_date")) if found.get(k))
        about = "; ".join([found["id"], *(found.get("descriptors") or []),
                           *([life] if life else [])])
        click.echo(f"{found['name']} ({about})")
        _emit_claims(graph, who, None, modality, fmt)

