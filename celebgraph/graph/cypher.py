"""Cypher text both dialects share, and the ``Dialect`` record each store fills in.

Values are always parameters. The only things formatted into the text are relationship types
from the ``FAMILY_TYPES`` whitelist and the dialect's own spelling of ``type(r)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from celebgraph.graph.model import FAMILY_TYPES, PersonRow

__all__ = ["Dialect", "neighbor_texts", "one_row", "per_type", "shared_texts",
           "unwound"]

UPSERT_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.path = row.path, a.sha256 = row.sha256, a.published = row.published,
    a.title = row.title, a.url = row.url, a.author = row.author, a.site = row.site,
    a.done = false
"""
# An article already stored under another source with this very text (the same article).
ARTICLES_BY_SHA = """
UNWIND $shas AS sha MATCH (a:Article {sha256: sha})
RETURN a.sha256 AS sha256, a.id AS id, a.done AS done
"""
ALL_ARTICLES = "MATCH (a:Article) RETURN a.id AS id, a.path AS path ORDER BY id"
MARK_DONE = "UNWIND $ids AS id MATCH (a:Article {id: id}) SET a.done = true"
ARTICLE_STATE = """
UNWIND $ids AS id MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256, a.done AS done
"""
_SET_PERSON = """
SET p.name = row.name, p.aliases = row.aliases,
    p.birth_date = row.birth_date, p.death_date = row.death_date,
    p.birth_sources = row.birth_sources, p.death_sources = row.death_sources,
    p.mentions = row.mentions, p.alias_mentions = row.alias_mentions, p.reasons = row.reasons,
    p.descriptors = row.descriptors, p.descriptor_mentions = row.descriptor_mentions,
    p.age_mentions = row.age_mentions
"""
PERSON_COLUMNS = tuple(f.name for f in fields(PersonRow) if f.name != "id")
UPSERT_PEOPLE = "UNWIND $rows AS row\nMERGE (p:Person {id: row.id})" + _SET_PERSON
# Where MERGE of a node is slow (Dialect.merge_nodes), people known to exist and new ones.
UPDATE_PEOPLE = "UNWIND $rows AS row\nMATCH (p:Person {id: row.id})" + _SET_PERSON
# The stored people, every column (what ``update_people`` compares with).
PEOPLE_ROWS = ("UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, "
               + ", ".join(f"p.{c} AS {c}" for c in PERSON_COLUMNS))


def update_people(columns: Sequence[str]) -> str:
    """``UPDATE_PEOPLE`` setting only these columns (of ``PERSON_COLUMNS``)."""
    assert columns and set(columns) <= set(PERSON_COLUMNS)
    return ("UNWIND $rows AS row\nMATCH (p:Person {id: row.id})\nSET "
            + ", ".join(f"p.{c} = row.{c}" for c in columns))
CREATE_PEOPLE = "UNWIND $rows AS row\nCREATE (p:Person {id: row.id})" + _SET_PERSON
# Separate MATCH clauses, not "MATCH (a ...), (b ...)" or one pattern with both ends bound:
# LadybugDB then looks each row up by primary key instead of joining whole tables.
# A person's name edges as stored: only those a person lost are deleted and only new or
# changed ones written (no churn on re-ingest; on LadybugDB a checkpoint rewrites every part of
# a table a write touched, so an edge set again to the same kind costs as much as a new one).
NAME_LINKS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
MATCH (n:Name)-[r:NAMES]->(p)
RETURN row.id AS id, n.key AS key, r.kind AS kind
"""
DROP_NAME_LINKS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
MATCH (n:Name {key: row.key})-[r:NAMES]->(p)
DELETE r
"""
UPSERT_NAME_KEYS = "UNWIND $keys AS k MERGE (:Name {key: k})"
CREATE_NAME_KEYS = "UNWIND $keys AS k CREATE (:Name {key: k})"
EXISTING_NAME_KEYS = "UNWIND $keys AS k MATCH (n:Name {key: k}) RETURN n.key AS key"
LINK_NAMES = """
UNWIND $rows AS row
MATCH (n:Name {key: row.key})
MATCH (p:Person {id: row.id})
MERGE (n)-[r:NAMES]->(p)
SET r.kind = row.kind
"""
UPSERT_MENTIONS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.doc})
MATCH (p:Person {id: row.id})
MERGE (a)-[:MENTIONS]->(p)
"""
DROP_MENTIONS = "UNWIND $ids AS id MATCH (art:Article {id: id})-[r:MENTIONS]->(:Person) DELETE r"
DELETE_ARTICLES = "UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a"
DELETE_PEOPLE = "UNWIND $ids AS id MATCH (p:Person {id: id}) DETACH DELETE p"
UPSERT_REL = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:%(type)s]->(b)
SET r.start = row.start, r.`end` = row.`end`, r.date = row.date, r.sources = row.sources,
    r.evidence = row.evidence, r.confidence = row.confidence, r.modality = row.modality
"""
DELETE_REL = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MATCH (a)-[r:%(type)s]->(b)
DELETE r
"""
REL_STATE = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MATCH (a)-[r:%(type)s]->(b)
RETURN row.a AS a, row.b AS b
"""
PEOPLE_STATE = """
UNWIND $ids AS id MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.mentions AS mentions,
       p.alias_mentions AS alias_mentions, p.reasons AS reasons,
       p.descriptor_mentions AS descriptor_mentions, p.age_mentions AS age_mentions,
       p.birth_date AS birth_date, p.death_date AS death_date,
       p.birth_sources AS birth_sources, p.death_sources AS death_sources
"""
ARTICLE_PEOPLE = "MATCH (art:Article {id: $id})-[:MENTIONS]->(p:Person) RETURN p.id AS id"
# ---- claims: (:Article)-[:CLAIMS]->(:Claim)-[:SUBJECT]->(:Person), -[:OBJECT]->(:Person) ----
# ``doc``: the article (or ``curation:N``, a claim the user gave), kept on the claim too.
CLAIM_COLUMNS = """c.doc AS doc, c.id AS id, c.relation AS relation, c.start AS start,
       c.`end` AS `end`, c.date AS date, c.evidence AS evidence, c.span AS span,
       c.confidence AS confidence, c.modality AS modality, c.curation AS curation"""
ARTICLE_COLUMNS = """art.title AS title, art.url AS url, art.published AS published,
       art.author AS author, art.site AS site"""
# The relationships an article's claims are about (a relationship's claim has its ends).
ARTICLE_RELS = """
MATCH (art:Article {id: $id})-[:CLAIMS]->(c:Claim)-[:OBJECT]->(b:Person)
MATCH (c)-[:SUBJECT]->(a:Person)
RETURN DISTINCT c.relation AS relation, a.id AS a, b.id AS b
"""
# Every claim of the relationships (a, b) of one relation. One path pattern with both ends
# bound: LadybugDB plans separate MATCH clauses (or an OPTIONAL MATCH) of claims as a join
# over every claim, 40 times slower.
REL_CLAIMS = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(b:Person {id: row.b})
WHERE c.relation = row.relation
RETURN row.a AS a, row.b AS b, row.relation AS rel, """ + CLAIM_COLUMNS + "\n"
# Where a relationship's claims go (a rejected fact, a claim the user takes back).
DROP_REL_CLAIMS = """
UNWIND $rows AS row
MATCH (a:Person {id: row.a})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(b:Person {id: row.b})
WHERE c.relation = row.relation
DETACH DELETE c
"""
# Births and deaths: the claims with a subject and no object.
LIFE_CLAIMS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
MATCH (c:Claim)-[:SUBJECT]->(p)
WHERE c.relation IN ['born', 'died']
RETURN row.id AS person, """ + CLAIM_COLUMNS + "\n"
DROP_LIFE_CLAIMS = """
UNWIND $rows AS row
MATCH (p:Person {id: row.id})
MATCH (c:Claim)-[:SUBJECT]->(p)
WHERE c.relation = row.relation
DETACH DELETE c
"""
# The claims of people who go (the user's: an article's went with the article).
DROP_PEOPLE_CLAIMS = """
UNWIND $ids AS id
MATCH (p:Person {id: id})
MATCH (c:Claim)-[:SUBJECT|OBJECT]->(p)
DETACH DELETE c
"""
DROP_CLAIMS = """
UNWIND $rows AS row
MATCH (art:Article {id: row.id})-[:CLAIMS]->(c:Claim)
DETACH DELETE c
"""
CREATE_CLAIMS = """
UNWIND $rows AS row
MATCH (s:Person {id: row.subject})
CREATE (c:Claim {id: row.id, doc: row.doc, relation: row.relation, start: row.start,
                 `end`: row.`end`, date: row.date, evidence: row.evidence, span: row.span,
                 confidence: row.confidence, modality: row.modality, curation: row.curation})
CREATE (c)-[:SUBJECT]->(s)
"""
LINK_ARTICLES = """
UNWIND $rows AS row
MATCH (art:Article {id: row.doc})
MATCH (c:Claim {id: row.id})
CREATE (art)-[:CLAIMS]->(c)
"""
LINK_OBJECTS = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (o:Person {id: row.object})
CREATE (c)-[:OBJECT]->(o)
"""
# Every claim about one person, ``out``: whether the person is the claim's subject.
# (Their articles' fields come from ARTICLES_BY_ID: an OPTIONAL MATCH costs LadybugDB a scan.)
PERSON_CLAIMS = f"""
MATCH (p:Person {{id: $id}})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(q:Person)
RETURN true AS out, q.id AS other, q.name AS name, {CLAIM_COLUMNS}
UNION ALL
MATCH (p:Person {{id: $id}})<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(q:Person)
RETURN false AS out, q.id AS other, q.name AS name, {CLAIM_COLUMNS}
"""
# PERSON_CLAIMS of many people at once (``pid``: whose), for stores that UNWIND well.
PERSON_CLAIMS_MANY = f"""
UNWIND $ids AS id
MATCH (p:Person {{id: id}})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(q:Person)
RETURN p.id AS pid, true AS out, q.id AS other, q.name AS name, {CLAIM_COLUMNS}
UNION ALL
UNWIND $ids AS id
MATCH (p:Person {{id: id}})<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(q:Person)
RETURN p.id AS pid, false AS out, q.id AS other, q.name AS name, {CLAIM_COLUMNS}
"""
PERSON_LIFE_CLAIMS = f"""
MATCH (p:Person {{id: $id}})<-[:SUBJECT]-(c:Claim)
WHERE c.relation IN ['born', 'died']
RETURN {CLAIM_COLUMNS}
"""
ARTICLES_BY_ID = f"""
UNWIND $ids AS id MATCH (art:Article {{id: id}})
RETURN art.id AS id, {ARTICLE_COLUMNS}
"""
# Every claim of one article, with its people: relationships, then births and deaths.
ARTICLE_REL_CLAIMS = """
MATCH (art:Article {id: $id})-[:CLAIMS]->(c:Claim)-[:SUBJECT]->(a:Person)
MATCH (c)-[:OBJECT]->(b:Person)
RETURN a.id AS subject, a.name AS subject_name, b.id AS object, b.name AS object_name,
       """ + CLAIM_COLUMNS + "\n"
ARTICLE_LIFE_CLAIMS = """
MATCH (art:Article {id: $id})-[:CLAIMS]->(c:Claim)-[:SUBJECT]->(a:Person)
WHERE c.relation IN ['born', 'died']
RETURN a.id AS subject, a.name AS subject_name, NULL AS object, NULL AS object_name,
       """ + CLAIM_COLUMNS + "\n"
# The whole graph a page at a time (exports, conflicts, checks): the claims, people and
# relationships of the nodes whose keys run from $low to $high (graph.export).
PAGE_CLAIMS = """
MATCH (c:Claim)-[:SUBJECT]->(a:Person)
WHERE c.id >= $low AND c.id <= $high
OPTIONAL MATCH (c)-[:OBJECT]->(b:Person)
RETURN a.id AS subject, b.id AS object, """ + CLAIM_COLUMNS + """
ORDER BY id
"""
# The claims of some relations whose subjects are in a page of people (a page of the bare
# relationship tables' properties: ``graph.neo4j_admin``; %(page)s: ``GraphStore.page_test``).
PAGE_REL_CLAIMS = """
MATCH (a:Person)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(b:Person)
WHERE %(page)s AND c.relation IN $relations
RETURN a.id AS a, b.id AS b, """ + CLAIM_COLUMNS + "\n"
# One article's own properties (rewriting its claims with other people: ``graph.rewrite``).
ARTICLE_ROW = """
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.path AS path, a.sha256 AS sha256, a.published AS published,
       a.title AS title, a.url AS url, a.author AS author, a.site AS site
"""
# The curation log (``graph.curation``): one node per decision, in the order it was taken.
CURATION_ADD = """
CREATE (c:Curation {seq: $seq})
SET c.action = $action, c.person = $person, c.other = $other, c.article = $article,
    c.fact = $fact, c.relation = $relation, c.start = $start, c.`end` = $until,
    c.date = $date, c.note = $note, c.at = $at, c.state = $state
"""
CURATION_LOG = """
MATCH (c:Curation)
RETURN c.seq AS seq, c.action AS action, c.person AS person, c.other AS other,
       c.article AS article, c.fact AS fact, c.relation AS relation, c.start AS start,
       c.`end` AS `end`, c.date AS date, c.note AS note, c.at AS at, c.undone AS undone,
       c.state AS state
ORDER BY seq
"""
CURATION_STATE = "MATCH (c:Curation {seq: $seq}) SET c.state = $state"
CURATION_UNDONE = "MATCH (c:Curation {seq: $seq}) SET c.undone = $at"
# One node serialises the writes that merge claims with the store's (ingest, remove): each
# locks it first, so a second client waits for the first to commit and then reads its claims.
# ``version`` counts those writes: an ingest whose people were resolved before another one
# committed can tell, and starts its batch over.
# ``schema``: the graph model's version (2: claims are nodes), which a store opened checks.
LOCK_CLAIMS = """
MERGE (s:IngestState {id: 'graph'}) ON CREATE SET s.version = 0, s.schema = 2
SET s.locked = true
"""
SCHEMA_VERSION = "MATCH (s:IngestState {id: 'graph'}) RETURN s.schema AS schema"
NEXT_VERSION = """
MATCH (s:IngestState {id: 'graph'}) SET s.version = s.version + 1 RETURN s.version AS version
"""
CLAIMS_VERSION = "MATCH (s:IngestState {id: 'graph'}) RETURN s.version AS version"
# A *_ONE text takes one key; shared_texts adds its many-keys form (UNWIND, no _ONE), which
# Neo4j runs; LadybugDB runs the one-key text once per key, a primary-key lookup each.
LOOKUP_KEYS_ONE = """
MATCH (n:Name {key: $key})-[r:NAMES]->(p:Person)
RETURN $key AS key, r.kind AS kind, p.id AS id, p.name AS name, p.birth_date AS birth_date,
       p.age_mentions AS age_mentions, p.death_date AS death_date
"""
# People named in an article that also names this person (the context of a short name).
CO_MENTIONED_ONE = """
MATCH (p:Person {id: $id})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(q:Person)
RETURN DISTINCT $id AS id, q.id AS other, q.name AS name, q.aliases AS aliases
"""
# The articles that name a person (two people named together share one: what rule 3d asks of a
# few candidates, instead of everyone named with each of an article's people).
PERSON_ARTICLES_ONE = """
MATCH (p:Person {id: $id})<-[:MENTIONS]-(a:Article)
RETURN $id AS id, a.id AS article, a.published AS published
"""
# A person's children: all the check of two generations (``Kinship._two_generations``) needs
# of a candidate's spouses and children, where ``KIN_ONE`` reads every relative (on LadybugDB
# at 1M people 0.12 against 0.45 ms a person: one relationship type, one direction).
CHILDREN_ONE = """
MATCH (p:Person {id: $id})-[:PARENT_OF]->(q:Person)
RETURN p.id AS id, q.id AS other, q.name AS name
"""
# What tells two namesakes apart: their names and birth date.
PERSON_CLUES_ONE = """
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.birth_date AS birth_date,
       p.descriptors AS descriptors, p.age_mentions AS age_mentions, p.death_date AS death_date
"""
EXISTING_IDS_ONE = "MATCH (p:Person {id: $id}) RETURN p.id AS id"
SUGGEST = """
MATCH (n:Name)-[r:NAMES]->(p:Person)
WHERE n.key STARTS WITH $prefix AND r.kind <> 'prefix'
RETURN DISTINCT p.name AS name LIMIT 200
"""
_PERSON_COLUMNS = """
p.id AS id, p.name AS name, p.aliases AS aliases, p.birth_date AS birth_date,
p.death_date AS death_date, p.birth_sources AS birth_sources,
p.death_sources AS death_sources, p.mentions AS mentions, p.alias_mentions AS alias_mentions,
p.reasons AS reasons, p.descriptors AS descriptors
"""
PERSON = "MATCH (p:Person {id: $id}) RETURN " + _PERSON_COLUMNS
# The people a folded name key may mean, with how it names them (kind), in one query.
FIND_PERSON = """
MATCH (n:Name {key: $key})-[r:NAMES]->(p:Person)
RETURN r.kind AS kind, """ + _PERSON_COLUMNS
# A family relationship of the person ``p``, with its direction (``out``) seen from ``p``.
_NEIGHBOR_RETURN = """
RETURN p.id AS id, %(rtype)s AS type, %(out)s AS out, q.id AS other,
       q.name AS name, q.aliases AS aliases, q.descriptors AS descriptors,
       q.birth_date AS birth_date,
       q.birth_sources AS birth_sources, q.death_date AS death_date, r.start AS start,
       r.`end` AS `end`, r.date AS date, r.sources AS sources, r.confidence AS confidence,
       r.modality AS modality
"""
# What resolution reads of a candidate's relatives: who, how, which way, and their names (a
# third less time than the full row on LadybugDB, where it runs once per person).
_KIN_RETURN = """
RETURN p.id AS id, %(rtype)s AS type, %(out)s AS out, q.id AS other, q.name AS name,
       q.aliases AS aliases
"""
_ONE_PERSON = "MATCH (p:Person {id: $id})\n"
_TYPES = "|".join(FAMILY_TYPES)
# Everyone within %(radius)d family links of one person (the radius is formatted in as an int).
_AROUND = """
MATCH (o:Person {id: $id})-[:%(types)s*0..%(radius)d]-(m:Person)
WITH DISTINCT m AS p
""".replace("%(types)s", "|".join(FAMILY_TYPES))
COUNT_PEOPLE = "MATCH (p:Person) RETURN count(p) AS n"
COUNT_ARTICLES = "MATCH (a:Article) RETURN count(a) AS n"
# Family relationships only ever join two people: no labels, so Neo4j reads its count store.
COUNT_REL = "MATCH ()-[r:%(type)s]->() RETURN count(r) AS n"
PAGE_PEOPLE = """
MATCH (p:Person) WHERE p.id >= $low AND p.id <= $high RETURN p AS node ORDER BY p.id
"""
PAGE_RELS = """
MATCH (a:Person)-[r:%(types)s]->(b:Person)
WHERE a.id >= $low AND a.id <= $high
RETURN a.id AS source, b.id AS target, %(rtype)s AS type, r AS rel
ORDER BY source, target, type
""".replace("%(types)s", "|".join(FAMILY_TYPES))


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
    # True: look many keys up with one UNWIND query; False: one primary-key query per key.
    unwind_lookups: bool = True
    # True: upsert nodes with MERGE; False: look the keys up, MATCH the old, CREATE the new.
    merge_nodes: bool = True
    # Batches of up to this many rows run a text with ``UNWIND $rows`` one row at a time
    # (see ``one_row``): where the UNWIND join scans whole tables, keyed lookups win.
    rows_by_key: int = 0
    # True: family relationships are bare links, their properties derived from their claims
    # when read (``model.derive_rel``); False: stored on the relationship.
    derived_rels: bool = False


def one_row(text: str) -> str:
    """An ``UNWIND $rows AS row`` text for one row: ``row.x`` becomes the parameter ``$x``."""
    return re.sub(r"\brow\.(\w+)", r"$\1", text.replace("UNWIND $rows AS row", "", 1))


def unwound(text: str, var: str) -> str:
    """The many-keys form of a one-key text: ``UNWIND $<var>s AS <var>`` over it."""
    return f"UNWIND ${var}s AS {var} " + re.sub(rf"\${var}\b", var, text)


def neighbor_texts(rtype: str, out: str) -> dict[str, str]:
    """``NEIGHBORS_ONE`` (one person), ``NEIGHBORS`` (many), ``NEIGHBORHOOD`` (within a radius);
    ``KIN_ONE`` / ``KIN``: the few columns of ``NEIGHBORS`` that resolution reads. One undirected
    match each; ``out``: the dialect's test that ``p`` is where ``r`` starts."""
    def both(head: str, returns: str = _NEIGHBOR_RETURN) -> str:
        ret = returns.replace("%(rtype)s", rtype)
        return head + f"MATCH (p)-[r:{_TYPES}]-(q:Person)" + ret.replace("%(out)s", out)

    one, kin = both(_ONE_PERSON), both(_ONE_PERSON, _KIN_RETURN)
    return {"NEIGHBORS_ONE": one, "NEIGHBORS": unwound(one, "id"), "NEIGHBORHOOD": both(_AROUND),
            "KIN_ONE": kin, "KIN": unwound(kin, "id")}


def shared_texts(rtype: str, out: str) -> dict[str, str]:
    """Every shared query keyed by name, with ``type(r)`` (and the test that ``r`` starts at
    ``p``, see ``neighbor_texts``) spelled as the dialect wants; each ``*_ONE`` text also comes
    in its many-keys form, named without ``_ONE``."""
    names = [k for k, v in globals().items() if k.isupper() and isinstance(v, str)]
    texts = {k: globals()[k].replace("%(rtype)s", rtype) for k in names if not k.startswith("_")}
    for name in [k for k in texts if k.endswith("_ONE")]:
        var = re.findall(r"\$(\w+)", texts[name])[0]
        texts[name.removesuffix("_ONE")] = unwound(texts[name], var)
    return {**texts, **neighbor_texts(rtype, out)}


def per_type(template: str) -> dict[str, str]:
    """One text per whitelisted relationship type."""
    return {t: template % {"type": t} for t in FAMILY_TYPES}
