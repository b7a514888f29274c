"""``open_graph``/``celebgraph.open``: one object with ingest, every query, Cypher and networkx."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from celebgraph.errors import CelebgraphError
from celebgraph.graph import as_of as _as_of
from celebgraph.graph import checks as _checks
from celebgraph.graph import conflicts as _conflicts
from celebgraph.graph import curation as _curation
from celebgraph.graph import drawing as _drawing
from celebgraph.graph import evidence as _evidence
from celebgraph.graph import export as _export
from celebgraph.graph import ingest as _ingest
from celebgraph.graph import modality as _modality
from celebgraph.graph import provenance as _provenance
from celebgraph.graph import queries as q
from celebgraph.graph.store import GraphStore, Row
from celebgraph.graph.timeline import timeline as _timeline
from celebgraph.models import Extraction
from celebgraph.settings import DEFAULT_BUFFER_POOL, DEFAULT_STORE_PATH, Settings, is_neo4j_uri

__all__ = ["Graph", "open_graph", "open_store"]

Paths = Sequence[str | Path] | str | Path
Summary = _ingest.IngestSummary


StoreSpec = str | Path | Settings | GraphStore | None


def open_store(store: StoreSpec = None, *, read_only: bool = False,
               buffer_pool: int = DEFAULT_BUFFER_POOL, **kwargs: Any) -> GraphStore:
    """A store from a path, a Neo4j URI (``username=``, ``password=``...), or ``Settings``.

    ``read_only=True`` opens an embedded store in LadybugDB's read-only mode, and only an
    existing one; Neo4j reads always run in read transactions. ``buffer_pool``: the embedded
    store's page cache in MiB (``Settings.buffer_pool`` when given Settings).
    """
    if isinstance(store, GraphStore):
        return store
    if isinstance(store, Settings):
        if store.uses_neo4j:
            from celebgraph.graph.neo4j_store import Neo4jStore

            return Neo4jStore.from_settings(store)
        buffer_pool, store = store.buffer_pool, store.store
    if isinstance(store, str) and is_neo4j_uri(store):
        from celebgraph.graph.neo4j_store import Neo4jStore

        return Neo4jStore(store, **kwargs)
    from celebgraph.graph.embedded import EmbeddedStore

    return EmbeddedStore(store if store is not None else DEFAULT_STORE_PATH, read_only=read_only,
                         buffer_pool=buffer_pool << 20)


class Graph:
    """A celebrity graph: ``with celebgraph.open() as g: g.timeline("Kim Kardashian")``."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def ingest(self, paths: Paths, **kwargs: Any) -> Summary:
        """Extract and load articles (files, directories); see ``graph.ingest.ingest``."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        return _ingest.ingest(self.store, paths, **kwargs)

    def ingest_extractions(self, extractions: Sequence[Extraction], **kwargs: Any) -> Summary:
        """Load already-extracted articles."""
        return _ingest.ingest_extractions(self.store, extractions, **kwargs)

    def remove_articles(self, ids: Sequence[str]) -> None:
        _ingest.remove_articles(self.store, ids)

    def person(self, name: str) -> Row:
        return q.person(self.store, name)

    def explain(self, name: str) -> Row:
        return q.explain(self.store, name)

    def explain_rows(self, name: str) -> list[Row]:
        """``explain`` as rows, the curation decisions about the person last."""
        rows = q.explain_rows(self.store, name)
        pid = rows[0]["id"] if rows else q.find_person(self.store, name)["id"]
        return rows + _curation.person_rows(self.store, pid)

    # ---- curation (graph.curation): decisions stored in the graph, kept through ingests ----
    def merge(self, a: str, b: str, note: str | None = None) -> Row:
        """``a`` and ``b`` are one person (``b`` joins ``a``); returns the curation record."""
        return _curation.merge(self.store, a, b, note)

    def split(self, name: str, article: str, note: str | None = None) -> Row:
        """The names ``article`` gives the person ``name`` become a person of their own."""
        return _curation.split(self.store, name, article, note)

    def retract(self, article: str, note: str | None = None) -> Row:
        """The article's claims no longer count (its id, URL or path)."""
        return _curation.retract(self.store, article, note)

    def reject(self, fact: str, note: str | None = None) -> Row:
        """The fact (a fact id, as ``claims``/``person`` show it) is not true."""
        return _curation.reject(self.store, fact, note)

    def assert_fact(self, relation: str, a: str, b: str | None = None, *, note: str,
                    start: str | None = None, end: str | None = None,
                    date: str | None = None) -> Row:
        """A fact the user gives, with a note saying where it comes from."""
        return _curation.assert_fact(self.store, relation, a, b, start=start, end=end,
                                     date=date, note=note)

    def correct(self, fact: str, *, start: str | None = None, end: str | None = None,
                date: str | None = None, note: str | None = None) -> Row:
        """The right dates of a fact; they win over the articles'."""
        return _curation.correct(self.store, fact, start=start, end=end, date=date, note=note)

    def curation(self) -> list[Row]:
        """Every curation decision, oldest first (``undone`` set on those undone)."""
        return _curation.log(self.store)

    def undo(self, seq: int) -> Row:
        """Reverse curation decision ``seq``."""
        return _curation.undo(self.store, seq)

    # ``modality``: "stated" (the default) answers from asserted and reported facts, each row
    # saying which; "all" adds the rumored and denied claims, labelled (``graph.modality``).
    def spouses(self, name: str, as_of: str | None = None, *,
                modality: str = "stated") -> list[Row]:
        """Spouses with wedding and end dates; with ``as_of`` (an ISO date), the spouses and
        partners at that date, with their status (see ``graph.as_of``; stated facts only)."""
        if as_of is not None:
            _no_all_with_as_of(modality)
            return _as_of.couples_as_of(self.store, name, as_of)
        return q.spouses(self.store, name, modality)

    def relationships(self, name: str) -> list[Row]:
        """Every family relationship of ``name`` with its type (what Neo4j's ``type(r)``
        gives), direction, other person, dates and sources, on both stores."""
        return q.relationships(self.store, name)

    def children(self, name: str, *, modality: str = "stated") -> list[Row]:
        return q.children(self.store, name, modality)

    def parents(self, name: str, *, modality: str = "stated") -> list[Row]:
        return q.parents(self.store, name, modality)

    def siblings(self, name: str, *, modality: str = "stated") -> list[Row]:
        return q.siblings(self.store, name, modality)

    def family(self, name: str, depth: int = 2, *, as_of: str | None = None,
               evidence: bool = False, modality: str = "stated") -> list[Row]:
        """Everyone within ``depth`` links; ``as_of`` (an ISO date): the family at that date,
        with each spouse's and partner's ``status`` (``graph.as_of.family_as_of``);
        ``evidence``: one row per claim behind each link (``graph.evidence``)."""
        if as_of is not None and evidence:
            raise CelebgraphError("family: choose --as-of or --evidence, not both")
        if as_of is not None:
            _no_all_with_as_of(modality)
            return _as_of.family_as_of(self.store, name, as_of, depth)
        if evidence:
            return _evidence.family_evidence(self.store, name, depth, modality)
        return q.family(self.store, name, depth, modality)

    def claims(self, name: str, relation: str | None = None, *,
               modality: str = "stated") -> list[Row]:
        """Every article's claim about ``name`` (or only those of ``relation``: "spouse of",
        "parent of", "child of", "sibling of", "born", ...), each with its sentence,
        confidence, modality and article; see ``graph.provenance``. ``modality="stated"``:
        the asserted and reported claims (and the user's); "all": the rumored and denied too."""
        rows = _provenance.person_claims(self.store, q.find_person(self.store, name)["id"])
        rows = _modality.by_modality(rows, modality)
        return [r for r in rows if relation is None or r["relation"] == relation]

    def draw_family(self, name: str, depth: int = 2, fmt: str = "dot") -> str:
        """The family of ``name`` as Graphviz DOT, Mermaid or SVG text (``graph.drawing``)."""
        return _drawing.draw(self.store, name, depth, fmt)

    def plot_family(self, name: str, depth: int = 2) -> Any:
        """The family of ``name`` as a matplotlib ``Figure``, a tree readable at thirty people
        and more (``graph.plotting``; needs ``pip install celebgraph[notebook]``)."""
        from celebgraph.graph.plotting import family_figure

        return family_figure(_drawing.family_picture(self.store, name, depth))

    def timeline(self, name: str, *, evidence: bool = False,
                 modality: str = "stated") -> list[Row]:
        """Dated events of ``name``'s life; ``evidence``: one row per claim behind each."""
        if evidence:
            return _evidence.timeline_evidence(self.store, name, modality)
        return _timeline(self.store, name, modality)

    def path(self, a: str, b: str, max_hops: int = 8, *, evidence: bool = False,
             modality: str = "stated") -> list[Row]:
        """How ``a`` and ``b`` are related: rows ``{from, relation, to, type, modality}`` (a
        shortest chain of stated family links, on both stores); ``evidence``: one row per
        claim behind each step."""
        if evidence:
            return _evidence.path_evidence(self.store, a, b, max_hops, modality)
        return q.path(self.store, a, b, max_hops, modality)

    def check(self, name: str | None = None, *, min_parent_age: int = 12,
              max_parent_age: int = 80) -> list[Row]:
        """Contradictions in the family graph (or about one person): see ``graph.checks``."""
        return _checks.check(self.store, name, min_parent_age=min_parent_age,
                             max_parent_age=max_parent_age)

    def conflicts(self, name: str | None = None) -> list[Row]:
        """Dates the articles disagree on (or about one person): see ``graph.conflicts``."""
        return _conflicts.conflicts(self.store, name)

    def stats(self) -> dict[str, Any]:
        return q.stats(self.store)

    def cypher(self, query: str, **params: Any) -> list[Row]:
        """Run a read-only Cypher query; rows are dicts keyed by the RETURN names."""
        return self.store.cypher(query, params)

    def to_networkx(self) -> Any:
        return _export.to_networkx(self.store)

    def export(self, fmt: str = "json") -> str:
        return _export.export(self.store, fmt)

    def export_neo4j_admin(self, directory: str | Path) -> list[Path]:
        """The graph as CSV files for ``neo4j-admin database import full`` (``graph.neo4j_admin``);
        returns the files written."""
        from celebgraph.graph.neo4j_admin import export_neo4j_admin

        return export_neo4j_admin(self.store, directory)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _no_all_with_as_of(modality: str) -> None:
    if _modality.check(modality):
        raise CelebgraphError("--as-of answers from the stated facts: leave out --modality all")


def open_graph(store: StoreSpec = None, *, read_only: bool = False, **kwargs: Any) -> Graph:
    """Open a graph: a path → embedded store; a ``bolt://``/``neo4j://`` URI → Neo4j; Settings.
    ``read_only=True``: see ``open_store``."""
    return Graph(open_store(store, read_only=read_only, **kwargs))
