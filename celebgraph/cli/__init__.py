"""The ``celebgraph`` command: a thin layer over the Python API.

Commands live in one module per topic (``extract_cmds``, ``graph_cmds``) and register on ``cli``.
"""

from __future__ import annotations

from celebgraph.cli.app import cli, main

__all__ = ["cli", "main"]
