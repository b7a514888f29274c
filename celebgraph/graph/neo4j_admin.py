"""The graph as the CSV files ``neo4j-admin database import full`` reads: a first load of a big
graph into a stopped Neo4j database without transactions.

One file per node label and per relationship type, each with its header row in the import
tool's syntax (``id:ID(Person)``, ``aliases:string[]``, ``:START_ID(Claim)``...), and
``import.args``: the tool's options, one a line, for ``neo4j-admin database import full neo4j
@DIR/import.args`` (an argument file; it names the files by absolute path; the database comes
first, as the file's last option takes every argument after it). The graph is
the one ``ingest`` writes (``graph.model``): people, articles, names, claims, the curation log,
the ingest state, and every relationship between them. Array values are joined by "␟" (the
symbol for the unit separator, which no article text holds: an export that meets one stops with
an error); fields may span lines (``--multiline-fields``).
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from celebgraph.errors import CelebgraphError
from celebgraph.graph.model import (
    CLAIM_PROPS,
    DATE_PROPS,
    FAMILY_TYPES,
    RELATIONS,
    derive_rel,
)
from celebgraph.graph.store import PAGE, GraphStore
from celebgraph.models import STATED

__all__ = ["ARRAY_DELIMITER", "export_neo4j_admin"]

ARRAY_DELIMITER = "\u241f"
_REL_PROPS = ("start", "end", "date", "sources:string[]", "evidence:string[]",
              "confidence:double", "modality")



@dataclass(frozen=True)
class _Table:
    """One CSV file: its name, whether it holds nodes, its header, and its rows: a node table's
    ``label`` and ``key`` (the property the ID column holds), a relationship table's ``match``
    (``a`` its start node, ``b`` its end) and ``returns``. Rows are read a page of nodes at a
    time (``PAGE``), in ``key`` order, the same Cypher on both stores: a relationship table's
    pages count its ``side`` (of ``label`` with ``key``), the end with many nodes."""

    name: str
    nodes: bool
    header: tuple[str, ...]
    label: str
    key: str
    match: str = ""
    returns: str = ""
    side: str = "a"

    def columns(self) -> list[str]:
        """The property each header column takes its value from."""
        names = [c.split(":")[0] for c in self.header]
        return [self.key, *names[1:]] if self.nodes else names


def _rel(name: str, header: tuple[str, ...], start: str, key: str, end: str,
         returns: str = "", by_end: bool = False) -> _Table:
    """``by_end``: pages of end nodes, for a few start nodes with many links each (an article's
    thousands of claims: pages of articles once read 3M links in one query, 1.7 GB)."""
    match = f"MATCH (a:{start})-[r:{name}]->(b:{end})"
    end_key = "key" if end == "Name" else "id"
    returns = f"a.{key} AS s, b.{end_key} AS e{returns}"
    if by_end:
        return _Table(name, False, header, end, end_key, match, returns, side="b")
    return _Table(name, False, header, start, key, match, returns)


_PERSON = ("id:ID(Person)", "name", "aliases:string[]", "birth_date", "death_date",
           "birth_sources:string[]", "death_sources:string[]", "mentions:string[]",
           "alias_mentions:string[]", "reasons:string[]", "descriptors:string[]",
           "descriptor_mentions:string[]", "age_mentions:string[]")
_CLAIM_TYPES = {"span": "span:long[]", "confidence": "confidence:double"}
_FAMILY_RETURNS = (", r.start AS start, r.`end` AS `end`, r.date AS date, r.sources AS sources,"
                   " r.evidence AS evidence, r.confidence AS confidence, r.modality AS modality")
_TABLES = (
    _Table("people", True, _PERSON, "Person", "id"),
    _Table("articles", True, ("id:ID(Article)", "path", "sha256", "published", "title", "url",
                              "author", "site", "done:boolean"), "Article", "id"),
    _Table("names", True, ("key:ID(Name)",), "Name", "key"),
    _Table("claims", True, ("id:ID(Claim)", "doc", *(_CLAIM_TYPES.get(p, p) for p in CLAIM_PROPS)),
           "Claim", "id"),
    _Table("ingest_state", True, ("id:ID(IngestState)", "version:long", "schema:long",
                                  "locked:boolean"), "IngestState", "id"),
    _Table("curation", True, (":ID(Curation)", "seq:long", "action", "person", "other",
                              "article", "fact", "relation", "start", "end", "date", "note",
                              "at", "undone", "state"), "Curation", "seq"),
    _rel("NAMES", (":START_ID(Name)", ":END_ID(Person)", "kind"), "Name", "key", "Person",
         ", r.kind AS kind"),
    _rel("MENTIONS", (":START_ID(Article)", ":END_ID(Person)"), "Article", "id", "Person",
         by_end=True),
    _rel("CLAIMS", (":START_ID(Article)", ":END_ID(Claim)"), "Article", "id", "Claim",
         by_end=True),
    _rel("SUBJECT", (":START_ID(Claim)", ":END_ID(Person)"), "Claim", "id", "Person"),
    _rel("OBJECT", (":START_ID(Claim)", ":END_ID(Person)"), "Claim", "id", "Person"),
    *(_rel(t, (":START_ID(Person)", ":END_ID(Person)", *_REL_PROPS), "Person", "id", "Person",
           _FAMILY_RETURNS) for t in FAMILY_TYPES),
)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        joined = ARRAY_DELIMITER.join(map(str, value))
        if value and joined.count(ARRAY_DELIMITER) != len(value) - 1:  # one inside a value
            raise CelebgraphError(f"cannot export {value!r} for neo4j-admin: a value holds "
                                  f"{ARRAY_DELIMITER!r}, the array delimiter")
        return joined
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


_AS_IS = {str, int, float, type(None)}  # values the csv module writes as ``_cell`` would


def _column(values: list[Any]) -> list[Any]:
    """A column's values as the file holds them (``_cell``), touching only columns that need
    it: the csv module writes strings, numbers and None (as "") the same way, and a column of
    arrays is joined in one go, its delimiters counted once."""
    types = set(map(type, values))
    if types <= _AS_IS:
        return values
    if types <= {list, type(None)}:
        joined = ["" if v is None else ARRAY_DELIMITER.join(map(str, v)) for v in values]
        if "".join(joined).count(ARRAY_DELIMITER) != sum(len(v) - 1 for v in values if v):
            for v in values:  # one value holds the delimiter: _cell says which
                _cell(v)
        return joined
    return [_cell(v) for v in values]


def _rows(store: GraphStore, table: _Table, pages: list[tuple[Any, Any]], page: int
          ) -> Iterable[Sequence[Any]]:
    """A table's rows: read whole in batches where the store streams (``read_all``), else a
    page of nodes at a time."""
    columns = table.columns()
    if table.nodes:  # each property once (the curation's seq is two columns)
        match, var = f"MATCH (a:{table.label})", "a"
        props = list(dict.fromkeys(columns))
        returns = ", ".join(f"a.`{c}` AS c{i}" for i, c in enumerate(props))
        order = store.page_order("a", table.key)
        names = [f"c{props.index(c)}" for c in columns]
    else:
        match, var, returns, order = table.match, table.side, table.returns, ""
        names = ["s", "e", *columns[2:]]
    batches = store.read_all(f"{match} RETURN {returns}", page)
    if batches is None:
        test = store.page_test(var, table.key)
        batches = (store.read_columns(f"{match} WHERE {test} RETURN {returns}{order}",
                                      {"low": low, "high": high}) for low, high in pages)
    for got in batches:
        if got:
            yield from zip(*(_column(got[n]) for n in names), strict=True)


def _write_derived(store: GraphStore, tables: Sequence[_Table], paths: Sequence[Path],
                   pages: list[tuple[Any, Any]]) -> None:
    """The family tables of a store of bare links (``dialect.derived_rels``), all at once: per
    page of people, one read of their claims about every family relation (a read per relation
    went through the same claims each time), then each table's links, with the properties
    ``graph.rel_props`` derives from their claims (a link with no claim has none)."""
    text = store.text("PAGE_REL_CLAIMS").replace("%(page)s", store.page_test("a", "id"))
    relations = [RELATIONS[t.name] for t in tables]
    with contextlib.ExitStack() as files:
        writers = []
        for table, path in zip(tables, paths, strict=True):
            writer = csv.writer(files.enter_context(path.open("w", newline="",
                                                              encoding="utf-8")))
            writer.writerow(table.header)
            writers.append(writer)
        for low, high in pages:
            params = {"low": low, "high": high}
            derived = _page_rel_props(store.read_columns(text, {**params,
                                                                "relations": relations}))
            for table, writer in zip(tables, writers, strict=True):
                links = store.read_columns(f"{table.match} WHERE {store.page_test('a', 'id')} "
                                           "RETURN a.id AS s, b.id AS e", params)
                if not links:
                    continue
                props = derived.get(RELATIONS[table.name], {})
                none: dict[str, Any] = {}
                found = [props.get(pair, none)
                         for pair in zip(links["s"], links["e"], strict=True)]
                columns = [links["s"], links["e"],
                           *([f.get(n) for f in found] for n in table.columns()[2:])]
                writer.writerows(zip(*map(_column, columns), strict=True))


def _page_rel_props(got: dict[str, list[Any]]
                    ) -> dict[str, dict[tuple[str, str], dict[str, Any]]]:
    """Claims (``PAGE_REL_CLAIMS`` columns) as each link's properties, by relation."""
    keys = [k for k in ("id", "doc", *CLAIM_PROPS) if k in got]
    claims: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list))
    for a, b, *values in zip(got.get("a", []), got.get("b", []), *(got[k] for k in keys),
                             strict=True):
        claim = {k: v for k, v in zip(keys, values, strict=True) if v is not None}
        claims[claim["relation"]][(a, b)].append(claim)
    return {relation: {pair: _derive_one(found[0]) if len(found) == 1 else derive_rel(found)
                       for pair, found in pairs.items()}
            for relation, pairs in claims.items()}


def _derive_one(claim: dict[str, Any]) -> dict[str, Any]:
    """``derive_rel`` of one claim, without its sorting and counting (most links have one
    claim: 3 of the 5 CPU s of a family table at 100k people went to ``derive_rel``).
    ``tests/test_neo4j_admin.py`` checks it against ``derive_rel`` claim by claim."""
    modality = claim.get("modality") or "asserted"
    if modality not in STATED:
        return derive_rel([claim])
    out: dict[str, Any] = {p: str(claim[p]) if claim.get(p) else None for p in DATE_PROPS}
    out["sources"] = [claim["doc"]]
    out["evidence"] = [claim["evidence"]] if claim.get("evidence") else []
    out["confidence"] = claim.get("confidence")
    out["modality"] = "asserted" if modality == "asserted" else "reported"
    return out


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def export_neo4j_admin(store: GraphStore, directory: str | Path, page: int = PAGE) -> list[Path]:
    """Write the CSV files and ``import.args`` into ``directory`` (made if missing), reading
    ``page`` start nodes at a time; returns the files written."""
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CelebgraphError(f"cannot make the folder {out}: {exc.strerror}") from exc
    # the tool writes its report into the working directory unless told where
    args = [f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true",
            "--overwrite-destination=true", f'"--report-file={(out / "import.report").resolve()}"']
    written: list[Path] = []
    pages: dict[str, list[tuple[Any, Any]]] = {}  # by label: its node table and relationships
    derived = [t for t in _TABLES if t.name in FAMILY_TYPES and store.dialect.derived_rels]
    for table in _TABLES:
        if table.label not in pages:
            pages[table.label] = store.pages(table.label, table.key, page)
        path = out / (f"nodes-{table.label}.csv" if table.nodes else f"rels-{table.name}.csv")
        if table not in derived:
            _write(path, table.header, _rows(store, table, pages[table.label], page))
        kind = f"--nodes={table.label}=" if table.nodes else f"--relationships={table.name}="
        args.append(f'"{kind}{path.resolve()}"')  # quoted: a path may hold spaces
        written.append(path)
    if derived:
        _write_derived(store, derived, [out / f"rels-{t.name}.csv" for t in derived],
                       pages["Person"])
    (out / "import.args").write_text("\n".join(args) + "\n", encoding="utf-8")
    return [*written, out / "import.args"]
