"""celebgraph: celebrity news in, a knowledge graph of marriages, children and dates out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from celebgraph.errors import CelebgraphError
from celebgraph.models import Document, Extraction, Fact, Person
from celebgraph.settings import Settings

if TYPE_CHECKING:
    from celebgraph.graph.api import Graph

__all__ = [
    "CelebgraphError",
    "Document",
    "Extraction",
    "Fact",
    "Person",
    "Settings",
    "__version__",
    "extract_facts",
    "open",
]

__version__ = "0.1.0"


def extract_facts(text: str, doc_id: str | None = None, published: str | None = None) -> list[Fact]:
    """Read one text and return its facts (FACTS.md schema). Loads spaCy on first use."""
    from celebgraph.extract import extract_facts as _extract_facts

    return _extract_facts(text, doc_id=doc_id, published=published)


def open(store: str | Settings | None = None, **kwargs: Any) -> Graph:
    """Open a graph: an embedded store path, a ``bolt://``/``neo4j://`` URI, or ``Settings``.

    With no ``store``, or a path or URI, the rest comes from the environment as for the CLI
    (``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``,
    ``CELEBGRAPH_STORE``); keyword arguments (``read_only=``, ``username=``...) are passed on.
    """
    import os

    from celebgraph.graph.api import open_graph

    if isinstance(store, Settings) or kwargs.keys() & {"username", "password", "database"}:
        return open_graph(store, **kwargs)
    return open_graph(Settings.from_env(os.environ, store=store), **kwargs)
