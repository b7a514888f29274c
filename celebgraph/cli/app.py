"""The click group, and the one place where library errors become one-line messages.

Ctrl-C ends any command with one line and status 130. Library logs (the Neo4j driver's warnings
about retries and lost connections) go to ``--log-file`` or nowhere, never to the terminal,
where the one error line says what went wrong.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, NoReturn

import click

from celebgraph import __version__
from celebgraph.errors import CelebgraphError

__all__ = ["cli", "main"]

_LOG_HANDLER = "celebgraph-cli"


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


def _log_to(path: str | None) -> None:
    """Send every library log record to ``path`` (appended), or nowhere when it is None."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _LOG_HANDLER]:
        root.removeHandler(old)
        old.close()
    try:
        handler = logging.FileHandler(path, encoding="utf-8") if path else logging.NullHandler()
    except OSError as exc:
        raise click.BadParameter(f"cannot write {path}: {exc.strerror}",
                                 param_hint="--log-file") from exc
    handler.set_name(_LOG_HANDLER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="celebgraph")
@click.option("--log-file", envvar="CELEBGRAPH_LOG", metavar="PATH",
              type=click.Path(dir_okay=False), default=None,
              help="Append the Neo4j driver's warnings (retries, lost connections) to this "
                   "file; without it they are dropped, and an error is one line "
                   "[env CELEBGRAPH_LOG].")
def cli(log_file: str | None) -> None:
    """Turn celebrity news into a knowledge graph and ask it questions.

    \b
    Example:
      celebgraph extract examples/ --format jsonl
      celebgraph ingest examples/
      celebgraph timeline "Kim Kardashian"
      celebgraph --log-file celebgraph.log ingest examples/ --neo4j bolt://localhost:7687
    """
    _log_to(log_file)


def _register_commands() -> None:
    from celebgraph.cli import (  # noqa: F401  (registers)
        curation_cmds,
        extract_cmds,
        graph_cmds,
        ingest_cmds,
        people_cmds,
        review_cmds,
        web_cmds,
    )


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
