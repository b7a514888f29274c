"""Cypher text both dialects share, and the ``Dialect`` record each store fills in.

Values are always parameters. The only things formatted into the text are relationship types
from the ``FAMILY_TYPES`` whitelist and the dialect's own spelling of ``type(r)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from celebgraph.graph.model import FAMILY_TYPES

__all__ = ["Dialect", "shared_texts"]

UPSERT_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.path = row.path, a.sha256 = row.sha256, a.published = row.published,
    a.title = row.title, a.done = false
"""
MARK_DONE = "UNWIND $ids AS id MATCH (a:Article {id: id}) SET a.done = true"
ARTICLE_STATE = """
UNWIND $ids AS id MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256, a.done AS done
"""
UPSERT_PEOPLE = """
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.aliases = row.aliases,
    p.birth_date = row.birth_date, p.death_date = row.death_date,
    p.birth_sources = row.birth_sources, p.death_sources = row.death_sources,
    p.mentions = row.mentions, p.alias_mentions = row.alias_mentions, p.facts = row.facts
"""
DROP_NAMES = "UNWIND $ids AS id MATCH (:Name)-[r:NAMES]->(:Person {id: id}) DELETE r"
# Separate MATCH clauses, not "MATCH (a ...), (b ...)": LadybugDB then looks each row up by
# primary key instead of joining the two scans (25x faster at 5,000 rows).
UPSERT_NAME_KEYS = "UNWIND $keys AS k MERGE (:Name {key: k})"
# After DROP_NAMES removed the person's edges, so CREATE, not MERGE.
LINK_NAMES = """
UNWIND $rows AS row
MATCH (n:Name {key: row.key})
MATCH (p:Person {id: row.id})
CREATE (n)-[:NAMES {kind: row.kind}]->(p)
"""
UPSERT_MENTIONS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.doc})
MATCH (p:Person {id: row.id})
MERGE (a)-[:MENTIONS]->(p)
"""
DROP_MENTIONS = "UNWIND $ids AS id MATCH (:Article {id: id})-[r:MENTIONS]->(:Person) DELETE r"
DELETE_ARTICLES = "UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a"
DELETE_PEOPLE = "UNWIND $ids AS id MATCH (p:Person {id: id}) DETACH DELETE p"
UPSERT_REL = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:%(type)s]->(b)
SET r.start = row.start, r.`end` = row.`end`, r.date = row.date, r.sources = row.sources,
    r.evidence = row.evidence, r.confidence = row.confidence, r.claims = row.claims
"""
DELETE_REL = """
UNWIND $rows AS row
MATCH (:Person {id: row.a})-[r:%(type)s]->(:Person {id: row.b})
DELETE r
"""
REL_STATE = """
UNWIND $rows AS row
MATCH (:Person {id: row.a})-[r:%(type)s]->(:Person {id: row.b})
RETURN row.a AS a, row.b AS b, r.claims AS claims
"""
PEOPLE_STATE = """
UNWIND $ids AS id MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.mentions AS mentions,
       p.alias_mentions AS alias_mentions, p.facts AS facts
"""
ARTICLE_PEOPLE = "MATCH (:Article {id: $id})-[:MENTIONS]->(p:Person) RETURN p.id AS id"
ARTICLE_RELS = """
MATCH (:Article {id: $id})-[:MENTIONS]->(p:Person)-[r]->(q:Person)
WHERE $id IN r.sources
RETURN %(rtype)s AS type, p.id AS a, q.id AS b, r.claims AS claims
"""
LOOKUP_KEYS = """
UNWIND $keys AS k MATCH (n:Name {key: k})-[r:NAMES]->(p:Person)
RETURN k AS key, r.kind AS kind, p.id AS id, p.name AS name
"""
EXISTING_IDS = "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id"
SUGGEST = """
MATCH (n:Name)-[r:NAMES]->(p:Person)
WHERE n.key STARTS WITH $prefix AND r.kind <> 'prefix'
RETURN DISTINCT p.name AS name LIMIT 200
"""
_NEIGHBOR_RETURN = """
RETURN id, %(rtype)s AS type, %(out)s AS out, q.id AS other, q.name AS name,
       q.aliases AS aliases, q.birth_date AS birth_date, q.birth_sources AS birth_sources,
       q.death_date AS death_date, r.start AS start, r.`end` AS `end`, r.date AS date,
       r.sources AS sources, r.confidence AS confidence
"""
NEIGHBORS = (
    "UNWIND $ids AS id MATCH (:Person {id: id})-[r]->(q:Person)"
    + _NEIGHBOR_RETURN.replace("%(out)s", "true")
    + "UNION ALL UNWIND $ids AS id MATCH (:Person {id: id})<-[r]-(q:Person)"
    + _NEIGHBOR_RETURN.replace("%(out)s", "false")
)
PERSON = """
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birth_date AS birth_date,
       p.death_date AS death_date, p.birth_sources AS birth_sources,
       p.death_sources AS death_sources, p.mentions AS mentions,
       p.alias_mentions AS alias_mentions
"""
COUNT_PEOPLE = "MATCH (p:Person) RETURN count(p) AS n"
COUNT_ARTICLES = "MATCH (a:Article) RETURN count(a) AS n"
COUNT_REL = "MATCH (:Person)-[r:%(type)s]->(:Person) RETURN count(r) AS n"
ALL_PEOPLE = "MATCH (p:Person) RETURN p AS node ORDER BY p.id"
ALL_RELS = """
MATCH (a:Person)-[r]->(b:Person)
RETURN a.id AS source, b.id AS target, %(rtype)s AS type, r AS rel
ORDER BY source, target, type
"""


@dataclass(frozen=True)
class Dialect:
    """The Cypher one store speaks: shared texts rendered with its own spellings."""

    name: str
    schema: tuple[str, ...]
    texts: dict[str, str]
    rel_upsert: dict[str, str]
    rel_delete: dict[str, str]
    rel_state: dict[str, str]
    rel_count: dict[str, str]


def shared_texts(rtype: str) -> dict[str, str]:
    """Every shared query keyed by name, with ``type(r)`` spelled as the dialect wants."""
    names = [k for k, v in globals().items() if k.isupper() and isinstance(v, str)]
    texts = {k: globals()[k] for k in names if not k.startswith("_")}
    return {k: v.replace("%(rtype)s", rtype) for k, v in texts.items()}


def per_type(template: str) -> dict[str, str]:
    """One text per whitelisted relationship type."""
    return {t: template % {"type": t} for t in FAMILY_TYPES}
