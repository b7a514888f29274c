"""Facts → graph: stores, cross-document people, ingest, queries, export."""

from __future__ import annotations

from celebgraph.graph.api import Graph, open_graph, open_store
from celebgraph.graph.export import export, to_networkx
from celebgraph.graph.ingest import IngestProgress, IngestSummary, ingest, ingest_extractions
from celebgraph.graph.model import ArticleRow, ClaimRow, PersonRow, RelRow, WriteBatch
from celebgraph.graph.queries import (
    children,
    explain,
    family,
    find_person,
    parents,
    path,
    siblings,
    spouses,
    stats,
)
from celebgraph.graph.store import GraphStore
from celebgraph.graph.timeline import timeline

__all__ = [
    "ArticleRow",
    "ClaimRow",
    "Graph",
    "GraphStore",
    "IngestProgress",
    "IngestSummary",
    "PersonRow",
    "RelRow",
    "WriteBatch",
    "children",
    "explain",
    "export",
    "family",
    "find_person",
    "ingest",
    "ingest_extractions",
    "open_graph",
    "open_store",
    "parents",
    "path",
    "siblings",
    "spouses",
    "stats",
    "timeline",
    "to_networkx",
]
