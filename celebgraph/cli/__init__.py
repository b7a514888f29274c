"""The ``celebgraph`` command: a thin layer over the Python API.

Commands live in one module per topic and register on ``cli``: ``extract_cmds`` (extract,
evaluate), ``ingest_cmds``, ``people_cmds`` (one person's family, with ``--evidence``),
``review_cmds`` (check, conflicts), ``graph_cmds`` (stats, query, export), ``curation_cmds``
and ``web_cmds``; ``options`` holds what they share (store options, NAME or ``--id``).
"""

from __future__ import annotations

from celebgraph.cli.app import cli, main

__all__ = ["cli", "main"]
