"""``celebgraph serve``: the read-only web view of the graph (``celebgraph.web``)."""

from __future__ import annotations

import click

from celebgraph.cli.app import cli
from celebgraph.cli.options import open_for, store_options
from celebgraph.settings import Settings

__all__ = ["serve"]


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; another than 127.0.0.1 lets other machines read "
                   "the graph (no login).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port).")
@store_options
def serve(settings: Settings, host: str, port: int) -> None:
    """Browse the graph in a web browser, read-only: search people, open a person (family
    drawing, timeline, the sentence behind every fact), open an article. Each page's JSON is
    under /api (/api/search?q=Kim, /api/person/ID, /api/article/ID). Ctrl-C stops it.
    To try it on the bundled articles, run `celebgraph ingest examples/` first.

    \b
    Example:
      celebgraph serve --port 8000    # then open http://127.0.0.1:8000/search?q=Kim
    """
    from celebgraph.web import serve as serve_graph

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who reaches it can read the graph",
                   err=True)
    with open_for(settings) as graph:
        serve_graph(graph, host=host, port=port,
                    ready=lambda url: click.echo(f"Serving the graph at {url} (Ctrl-C stops)"))
