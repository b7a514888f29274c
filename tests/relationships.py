"""A graph's family relationships with their visible properties, read the same on both stores.

Neo4j keeps ``start``, ``sources``, ... on each relationship; the embedded store keeps bare
links and derives them from their claims (``celebgraph.graph.rel_props``). So tests read them
through the export (``nodes_and_edges``), whose edges are the same on both stores, not through
``r.start`` in Cypher, which only Neo4j can answer.
"""

from __future__ import annotations

from typing import Any

from celebgraph.graph import Graph
from celebgraph.graph.export import nodes_and_edges


def relationships(graph: Graph, rtype: str | None = None, **ends: str) -> list[dict[str, Any]]:
    """Edges ``{source, target, type, start?, end?, date?, sources, evidence, confidence?,
    modality?}`` (an unset property is left out) of ``rtype`` (or every type), whose ends are
    ``source=``/``target=`` when given; without the export's ``claims``."""
    _, edges = nodes_and_edges(graph.store)
    return [{k: v for k, v in e.items() if k != "claims"} for e in edges
            if rtype in (None, e["type"]) and all(e[k] == v for k, v in ends.items())]
