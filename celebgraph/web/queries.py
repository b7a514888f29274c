"""The Cypher the web view reads with, beside what the Python API gives.

Both dialects agree on these texts but for the relationship's type, spelled ``type(r)`` in
Neo4j and ``label(r)`` in LadybugDB (``RTYPE``). Values always go in as parameters.
"""

from __future__ import annotations

from celebgraph.graph import provenance

__all__ = ["ARTICLE", "ARTICLE_PEOPLE", "ARTICLE_RELS", "PERSON_CLAIMS", "PERSON_FACTS",
           "RTYPE", "SEARCH"]

RTYPE = provenance.RTYPE
PERSON_CLAIMS, PERSON_FACTS = provenance.PERSON_CLAIMS, provenance.PERSON_FACTS

# People whose name or alias begins with the text, or has a word that begins with it.
SEARCH = """
MATCH (n:Name)-[k:NAMES]->(p:Person)
WHERE k.kind <> 'prefix' AND (n.key STARTS WITH $text OR n.key CONTAINS $word)
RETURN DISTINCT p.id AS id, p.name AS name, p.birth_date AS birth_date,
       p.death_date AS death_date, p.descriptors AS descriptors
LIMIT %(limit)d
"""
ARTICLE = "MATCH (a:Article {id: $id}) RETURN a AS node"
ARTICLE_PEOPLE = """
MATCH (a:Article {id: $id})-[:MENTIONS]->(p:Person)
RETURN p.id AS id, p.name AS name, p.facts AS facts
ORDER BY name
"""
ARTICLE_RELS = """
MATCH (a:Article {id: $id})-[:MENTIONS]->(p:Person)-[r]->(q:Person)
WHERE $id IN r.sources
RETURN %(rtype)s AS type, p.id AS a, p.name AS a_name, q.id AS b, q.name AS b_name,
       r.claims AS claims
"""
