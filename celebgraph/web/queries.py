"""The Cypher the web view reads with, beside what the Python API gives.

Both dialects agree on these texts. Values always go in as parameters.
"""

from __future__ import annotations

__all__ = ["ARTICLE", "ARTICLE_PEOPLE", "SEARCH"]

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
RETURN p.id AS id, p.name AS name
ORDER BY name
"""
