"""The click group, and the one place where library errors become one-line messages.

Ctrl-C ends any command with one line and status 130.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

from celebgraph import __version__
from celebgraph.errors import CelebgraphError

__all__ = ["cli", "main"]


class _Group(click.Group):
    """Turns every ``CelebgraphError`` into ``Error: <one line>`` and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CelebgraphError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            _interrupted()


def _interrupted() -> NoReturn:
    """Ctrl-C: one line, and status 130 (128 + SIGINT) as for any command it ends. What was
    being written is rolled back: Neo4j ends a transaction whose connection is gone, and an
    embedded store's transaction was not committed."""
    click.echo("Interrupted.", err=True)
    sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="celebgraph")
def cli() -> None:
    """Turn celebrity news into a knowledge graph and ask it questions.

    \b
    Example:
      celebgraph extract examples/ --format jsonl
      celebgraph ingest examples/
      celebgraph timeline "Kim Kardashian"
    """


def _register_commands() -> None:
    from celebgraph.cli import extract_cmds, graph_cmds  # noqa: F401  (import registers commands)


def main() -> None:
    """The console script: run the CLI; a closed pipe (``| head``) ends it quietly."""
    try:
        _register_commands()
        cli(prog_name="celebgraph")
    except KeyboardInterrupt:  # before a command runs (imports); in one, _Group.invoke
        _interrupted()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
