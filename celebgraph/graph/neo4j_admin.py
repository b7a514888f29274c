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

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from celebgraph.errors import CelebgraphError
from celebgraph.graph.model import CLAIM_PROPS, FAMILY_TYPES
from celebgraph.graph.store import GraphStore

__all__ = ["ARRAY_DELIMITER", "export_neo4j_admin"]

ARRAY_DELIMITER = "\u241f"
_REL_PROPS = ("start", "end", "date", "sources:string[]", "evidence:string[]",
              "confidence:double")


@dataclass(frozen=True)
class _Table:
    """One CSV file: its name, whether it holds nodes, its header, and the query of its rows;
    ``key``: the node property the ID column holds (default: the ID column's own name)."""

    name: str
    nodes: bool
    header: tuple[str, ...]
    query: str
    key: str = ""

    def columns(self) -> list[str]:
        """The property each header column takes its value from."""
        names = [c.split(":")[0] for c in self.header]
        return [self.key or names[0], *names[1:]] if self.nodes else names


_PERSON = ("id:ID(Person)", "name", "aliases:string[]", "birth_date", "death_date",
           "birth_sources:string[]", "death_sources:string[]", "mentions:string[]",
           "alias_mentions:string[]", "reasons:string[]", "descriptors:string[]",
           "descriptor_mentions:string[]")
_CLAIM_TYPES = {"span": "span:long[]", "confidence": "confidence:double"}
_TABLES = (
    _Table("people", True, _PERSON, "MATCH (p:Person) RETURN p AS node ORDER BY p.id"),
    _Table("articles", True, ("id:ID(Article)", "path", "sha256", "published", "title", "url",
                              "author", "site", "done:boolean"),
           "MATCH (a:Article) RETURN a AS node ORDER BY a.id"),
    _Table("names", True, ("key:ID(Name)",), "MATCH (n:Name) RETURN n AS node ORDER BY n.key"),
    _Table("claims", True, ("id:ID(Claim)", "doc", *(_CLAIM_TYPES.get(p, p) for p in CLAIM_PROPS)),
           "MATCH (c:Claim) RETURN c AS node ORDER BY c.id"),
    _Table("ingest_state", True, ("id:ID(IngestState)", "version:long", "schema:long",
                                  "locked:boolean"),
           "MATCH (s:IngestState) RETURN s AS node"),
    _Table("curation", True, (":ID(Curation)", "seq:long", "action", "person", "other",
                              "article", "fact", "relation", "start", "end", "date", "note",
                              "at", "undone", "state"),
           "MATCH (c:Curation) RETURN c AS node ORDER BY c.seq", key="seq"),
    _Table("NAMES", False, (":START_ID(Name)", ":END_ID(Person)", "kind"),
           "MATCH (n:Name)-[r:NAMES]->(p:Person) RETURN n.key AS s, p.id AS e, r.kind AS kind"),
    _Table("MENTIONS", False, (":START_ID(Article)", ":END_ID(Person)"),
           "MATCH (a:Article)-[:MENTIONS]->(p:Person) RETURN a.id AS s, p.id AS e"),
    _Table("CLAIMS", False, (":START_ID(Article)", ":END_ID(Claim)"),
           "MATCH (a:Article)-[:CLAIMS]->(c:Claim) RETURN a.id AS s, c.id AS e"),
    _Table("SUBJECT", False, (":START_ID(Claim)", ":END_ID(Person)"),
           "MATCH (c:Claim)-[:SUBJECT]->(p:Person) RETURN c.id AS s, p.id AS e"),
    _Table("OBJECT", False, (":START_ID(Claim)", ":END_ID(Person)"),
           "MATCH (c:Claim)-[:OBJECT]->(p:Person) RETURN c.id AS s, p.id AS e"),
    *(_Table(t, False, (":START_ID(Person)", ":END_ID(Person)", *_REL_PROPS),
             f"MATCH (a:Person)-[r:{t}]->(b:Person) RETURN a.id AS s, b.id AS e, "
             "r.start AS start, r.`end` AS `end`, r.date AS date, r.sources AS sources, "
             "r.evidence AS evidence, r.confidence AS confidence")
      for t in FAMILY_TYPES),
)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        if any(ARRAY_DELIMITER in str(v) for v in value):
            raise CelebgraphError(f"cannot export {value!r} for neo4j-admin: a value holds "
                                  f"{ARRAY_DELIMITER!r}, the array delimiter")
        return ARRAY_DELIMITER.join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _rows(store: GraphStore, table: _Table) -> Iterable[list[Any]]:
    columns = table.columns()
    for row in store.cypher(table.query):
        if table.nodes:
            yield [_cell(row["node"].get(c)) for c in columns]
        else:
            yield [row["s"], row["e"], *(_cell(row[c]) for c in columns[2:])]


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def export_neo4j_admin(store: GraphStore, directory: str | Path) -> list[Path]:
    """Write the CSV files and ``import.args`` into ``directory`` (made if missing); returns
    the files written."""
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CelebgraphError(f"cannot make the folder {out}: {exc.strerror}") from exc
    args = [f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true",
            "--overwrite-destination=true"]
    written: list[Path] = []
    for table in _TABLES:
        label = table.header[0].split("(")[1].rstrip(")")
        path = out / (f"nodes-{label}.csv" if table.nodes else f"rels-{table.name}.csv")
        _write(path, table.header, _rows(store, table))
        kind = f"--nodes={label}=" if table.nodes else f"--relationships={table.name}="
        args.append(f'"{kind}{path.resolve()}"')  # quoted: a path may hold spaces
        written.append(path)
    (out / "import.args").write_text("\n".join(args) + "\n", encoding="utf-8")
    return [*written, out / "import.args"]
