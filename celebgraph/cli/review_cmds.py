"""What the articles cannot all be right about: ``check`` (families that cannot be) and
``conflicts`` (dates the articles disagree on), each finding with the sentences behind it."""

from __future__ import annotations

import click

from celebgraph.cli.app import cli
from celebgraph.cli.options import open_for, store_options, text_or_json
from celebgraph.cli.output import emit
from celebgraph.settings import Settings

__all__ = ["check_command", "conflicts"]


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
    with open_for(settings) as graph:
        rows = graph.check(person, min_parent_age=min_parent_age, max_parent_age=max_parent_age)
    if fmt == "json":
        emit(rows, fmt)
        return
    for row in rows:
        evidence = "".join(f"\n    {line}" for line in row["evidence"])
        click.echo(f"{row['check']}: {', '.join(row['people'])}\n  {row['detail']}{evidence}")
    click.echo(f"{len(rows)} problem(s) found" if rows else "No problems found.")



@cli.command()
@click.argument("person", metavar="[NAME]", required=False)
@text_or_json
@store_options
def conflicts(settings: Settings, person: str | None, fmt: str) -> None:
    """Dates the articles disagree on, and facts one states and another denies (about NAME,
    or anyone), each side with its sentences.

    \b
    Example:
      celebgraph conflicts "Kim Kardashian"
    """
    with open_for(settings) as graph:
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

