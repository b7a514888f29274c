"""Neo4j's Cypher: schema statements and the shortest path; everything else is shared."""

from __future__ import annotations

from celebgraph.graph import cypher as c
from celebgraph.graph.model import FAMILY_TYPES

__all__ = ["DIALECT", "SHORTEST_PATH"]

SCHEMA = (
    "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE",
    "CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)",
)

SHORTEST_PATH = """
MATCH (a:Person {id: $a}), (b:Person {id: $b})
MATCH p = shortestPath((a)-[:%(types)s*..%(hops)d]-(b))
RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | startNode(r).id] AS starts
""".replace("%(types)s", "|".join(FAMILY_TYPES))

DIALECT = c.Dialect(
    name="neo4j",
    schema=SCHEMA,
    texts=c.shared_texts("type(r)", "startNode(r)"),
    rel_upsert=c.per_type(c.UPSERT_REL),
    rel_delete=c.per_type(c.DELETE_REL),
    rel_state=c.per_type(c.REL_STATE),
    rel_count=c.per_type(c.COUNT_REL),
)
