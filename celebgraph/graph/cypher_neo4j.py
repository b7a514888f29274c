"""Neo4j's Cypher: schema statements and the shortest path; everything else is shared."""

from __future__ import annotations

import re

from celebgraph.graph import cypher as c
from celebgraph.graph.model import FAMILY_TYPES

__all__ = ["DIALECT", "SCHEMA_NAMES", "SHORTEST_PATH", "SHOW_SCHEMA", "with_index_hints"]

SCHEMA = (
    "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE",
    "CREATE CONSTRAINT ingest_state_id IF NOT EXISTS FOR (s:IngestState) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT curation_seq IF NOT EXISTS FOR (c:Curation) REQUIRE c.seq IS UNIQUE",
    "CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)",
    "CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256)",
)
# The name each schema statement creates, and where the names can be seen: a uniqueness
# constraint's index bears the constraint's name.
SCHEMA_NAMES = tuple(re.findall(r"^CREATE \w+ (\w+)", s)[0] for s in SCHEMA)
SHOW_SCHEMA = "SHOW INDEXES YIELD name"

SHORTEST_PATH = """
MATCH (a:Person {id: $a}), (b:Person {id: $b})
MATCH p = shortestPath((a)-[:%(types)s*..%(hops)d]-(b))
RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | startNode(r).id] AS starts
""".replace("%(types)s", "|".join(FAMILY_TYPES))

# A MATCH clause's pattern, and a named node in it looked up by its unique key.
_MATCH = re.compile(r"MATCH ((?:\([^()]*\)|<?-\[[^\]]*\]->?|<?-->?)+)")
_KEYED = re.compile(r"\((\w+):(Person|Article|Name|Claim) \{(id|key):")


def with_index_hints(text: str) -> str:
    """Pin each lookup of a named node by its unique key to the key's index.

    Neo4j plans a query when first run and keeps the plan until its statistics drift: planned
    while a store held people but no names yet, dropping stale names scanned every ``Name`` for
    each of the next batch's 20,000 rows (ten minutes instead of a second). ``SEEK``, because a
    plain index hint may be met by scanning the whole index.
    """

    def hinted(clause: re.Match[str]) -> str:
        keyed = _KEYED.findall(clause[1])
        return clause[0] + "".join(f" USING INDEX SEEK {v}:{lab}({key})" for v, lab, key in keyed)

    return _MATCH.sub(hinted, text)


def _hinted(texts: dict[str, str]) -> dict[str, str]:
    return {name: with_index_hints(text) for name, text in texts.items()}


DIALECT = c.Dialect(
    name="neo4j",
    schema=SCHEMA,
    texts=_hinted(c.shared_texts("type(r)", "startNode(r).id = p.id")),
    rel_upsert=_hinted(c.per_type(c.UPSERT_REL)),
    rel_delete=_hinted(c.per_type(c.DELETE_REL)),
    rel_state=_hinted(c.per_type(c.REL_STATE)),
    rel_count=c.per_type(c.COUNT_REL),
)
