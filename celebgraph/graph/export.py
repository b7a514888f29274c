"""The whole graph out: a networkx ``MultiDiGraph``, GraphML, JSON, CSV or GEDCOM."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import networkx as nx

from celebgraph.csvtext import csv_text
from celebgraph.errors import CelebgraphError
from celebgraph.graph.gedcom import to_gedcom
from celebgraph.graph.model import CLAIM_PROPS, REL_TYPES, derive_rel
from celebgraph.graph.store import PAGE, GraphStore, Row, key_pages

__all__ = ["EXPORT_FORMATS", "export", "nodes_and_edges", "to_networkx"]

EXPORT_FORMATS = ("graphml", "json", "csv", "gedcom")
_HIDDEN = ("_label", "_type")


def _props(value: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in value.items() if k not in _HIDDEN and v is not None}


def nodes_and_edges(store: GraphStore, page: int = PAGE) -> tuple[list[Row], list[Row]]:
    """People and relationships with their properties, each with ``claims``: every article's
    claim behind it (``doc``, ``relation``, dates, evidence, span, confidence, modality)."""
    nodes, edges, _ = _graph(store, page)
    return nodes, edges


def _paged(store: GraphStore, text: str, label: str, page: int) -> Iterator[Row]:
    """The rows of one of the ``PAGE_*`` texts, ``page`` nodes of ``label`` at a time: the
    store's page cache then holds one page's working memory, not the whole graph's."""
    for low, high in key_pages(store, label, "id", page):
        yield from store.cypher(store.text(text), {"low": low, "high": high})


def _graph(store: GraphStore, page: int) -> tuple[list[Row], list[Row], list[Row]]:
    """``nodes_and_edges``, and the claims of the pairs no relationship joins: rows
    ``{source, target, type, claims}`` whose claims are all rumored or denied."""
    claims: dict[tuple[str | None, ...], list[Row]] = defaultdict(list)
    for r in _paged(store, "PAGE_CLAIMS", "Claim", page):
        key = (REL_TYPES.get(r["relation"]), r["subject"], r["object"])
        claims[key].append({k: r[k] for k in ("doc", *CLAIM_PROPS) if r[k] is not None})
    nodes = [_props(r["node"]) for r in _paged(store, "PAGE_PEOPLE", "Person", page)]
    for node in nodes:
        node["claims"] = claims.pop((None, node["id"], None), [])
    edges = []
    for r in _paged(store, "PAGE_RELS", "Person", page):
        found = claims.pop((r["type"], r["source"], r["target"]), [])
        props = derive_rel(found) if store.dialect.derived_rels else r["rel"]
        edges.append({"source": r["source"], "target": r["target"], "type": r["type"],
                      **_props(props), "claims": found})
    unlinked = [{"source": a, "target": b, "type": t, "claims": found}
                for (t, a, b), found in sorted(claims.items(), key=lambda kv: str(kv[0]))
                if t is not None and found]
    return nodes, edges, unlinked
def to_networkx(store: GraphStore) -> Any:
    """People as nodes (keyed by id) and relationships as edges (keyed by type), all properties.

    Symmetric relationships appear once, in their stored direction.
    """
    graph = nx.MultiDiGraph()
    nodes, edges = nodes_and_edges(store)
    for node in nodes:
        graph.add_node(node["id"], label="Person", **node)
    for edge in edges:
        attrs = {k: v for k, v in edge.items() if k not in ("source", "target")}
        graph.add_edge(edge["source"], edge["target"], key=edge["type"], **attrs)
    return graph


def _joined(value: Any) -> Any:
    return ";".join(value) if isinstance(value, list) else value


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def export(store: GraphStore, fmt: str = "json", *, page: int = PAGE) -> str:
    """The graph as text: ``graphml``, ``json`` (``{"nodes", "edges", "claims"}``: ``claims``
    holds the pairs that only rumored or denied claims link), ``csv`` (edges) or
    ``gedcom`` (GEDCOM 5.5.1 for genealogy software, see ``celebgraph.graph.gedcom``); the
    store is read ``page`` nodes at a time."""
    if fmt not in EXPORT_FORMATS:
        choices = ", ".join(EXPORT_FORMATS)
        raise CelebgraphError(f"unknown export format '{fmt}': use one of {choices}")
    nodes, edges, unlinked = _graph(store, page)
    if fmt == "gedcom":
        return to_gedcom(nodes, edges)
    if fmt == "json":  # nothing stored is left out: rumored and denied links as "claims"
        return json.dumps({"nodes": nodes, "edges": edges, "claims": unlinked},
                          ensure_ascii=False, indent=2)
    if fmt == "csv":  # no cell is run as a formula by a spreadsheet (celebgraph.csvtext)
        names = {n["id"]: n.get("name") for n in nodes}
        cols = ["source", "source_name", "type", "target", "target_name", "start", "end", "date",
                "confidence", "modality", "sources", "evidence"]
        rows = [{**e, "source_name": names.get(e["source"]),
                 "target_name": names.get(e["target"])} for e in edges]
        return csv_text(cols, ([_joined(r.get(c)) for c in cols] for r in rows))
    graph = nx.MultiDiGraph()
    for n in nodes:
        graph.add_node(n["id"], **{k: _flat(v) for k, v in n.items()})
    for e in edges:
        graph.add_edge(e["source"], e["target"], key=e["type"],
                       **{k: _flat(v) for k, v in e.items() if k not in ("source", "target")})
    return "\n".join(nx.generate_graphml(graph))
