"""LadybugDB's Cypher: tables declared up front, ``label(r)``, ``* SHORTEST`` paths."""

from __future__ import annotations

import re

from celebgraph.graph import cypher as c
from celebgraph.graph.model import FAMILY_TYPES

__all__ = ["BALL", "DERIVED_PROPS", "DIALECT", "DROP_DERIVED", "LINKS"]

# Family relationships keep one property here, ``modality`` (written when a link is made and
# again only when it changes); the others (dates, sources, evidence, confidence) are derived
# from their claims when read (``EmbeddedStore.neighbors``, ``graph.rel_props``). LadybugDB
# keeps a relationship table as a CSR per group of 131,072 people, in both directions, and a
# checkpoint rewrites every column a write touched in every group it touched: seven property
# columns (two of them lists) made each ingest's checkpoints rewrite most of PARENT_OF and
# SPOUSE_OF (3,000 new links with them: 13.9 s, without: 1.8 s; bench/checkpoint.py).
DERIVED_PROPS = ("start", "end", "date", "sources", "evidence", "confidence")
SCHEMA = (
    "CREATE NODE TABLE IF NOT EXISTS Person(id STRING, name STRING, aliases STRING[], "
    "birth_date STRING, death_date STRING, birth_sources STRING[], death_sources STRING[], "
    "mentions STRING[], alias_mentions STRING[], reasons STRING[], descriptors STRING[], "
    "descriptor_mentions STRING[], age_mentions STRING[], PRIMARY KEY(id))",
    # Stores made before descriptors and ages get them (no-ops on a new store).
    "ALTER TABLE Person ADD IF NOT EXISTS descriptors STRING[]",
    "ALTER TABLE Person ADD IF NOT EXISTS descriptor_mentions STRING[]",
    "ALTER TABLE Person ADD IF NOT EXISTS age_mentions STRING[]",
    "CREATE NODE TABLE IF NOT EXISTS Article(id STRING, path STRING, sha256 STRING, "
    "published STRING, title STRING, url STRING, author STRING, site STRING, done BOOLEAN, "
    "PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Claim(id STRING, doc STRING, relation STRING, "
    "start STRING, `end` STRING, date STRING, evidence STRING, span INT64[], "
    "confidence DOUBLE, modality STRING, curation STRING, PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Name(key STRING, PRIMARY KEY(key))",
    "CREATE NODE TABLE IF NOT EXISTS IngestState(id STRING, version INT64, schema INT64, "
    "locked BOOLEAN, "
    "PRIMARY KEY(id))",
    "CREATE NODE TABLE IF NOT EXISTS Curation(seq INT64, action STRING, person STRING, "
    "other STRING, article STRING, fact STRING, relation STRING, start STRING, `end` STRING, "
    "date STRING, note STRING, at STRING, undone STRING, state STRING, PRIMARY KEY(seq))",
    "CREATE REL TABLE IF NOT EXISTS NAMES(FROM Name TO Person, kind STRING)",
    "CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Article TO Person)",
    "CREATE REL TABLE IF NOT EXISTS CLAIMS(FROM Article TO Claim)",
    "CREATE REL TABLE IF NOT EXISTS SUBJECT(FROM Claim TO Person)",
    "CREATE REL TABLE IF NOT EXISTS OBJECT(FROM Claim TO Person)",
    *(f"CREATE REL TABLE IF NOT EXISTS {t}(FROM Person TO Person, modality STRING)"
      for t in FAMILY_TYPES),
    # Stores made before reported relationships were marked get the column (no-ops on a new
    # store); their relationships read as asserted until their articles are ingested again.
    *(f"ALTER TABLE {t} ADD IF NOT EXISTS modality STRING" for t in FAMILY_TYPES),
)
# What a store made when relationships kept every property loses (``EmbeddedStore`` runs it
# only there: 42 no-op statements would double the time of every open).
DROP_DERIVED = tuple(f"ALTER TABLE {t} DROP IF EXISTS `{p}`" for t in FAMILY_TYPES
                     for p in DERIVED_PROPS)

# ``* SHORTEST`` costs time in proportion to the whole graph (80 ms at a million people, even
# for neighbours), so the store searches from both ends with walks of a few links instead:
# BALL is everyone within a radius, with their distance.
BALL = """
MATCH (:Person {id: $id})-[e:%(types)s*1..%(radius)d]-(m:Person)
RETURN m.id AS id, m.name AS name, min(length(e)) AS d
""".replace("%(types)s", "|".join(FAMILY_TYPES))
# Whether p is where r starts, on an undirected match: start_node(r) is wrong there (it names
# p either way), r's own _SRC is right. One undirected match then costs half the UNION ALL of
# two directed ones it replaces (resolution's KIN_ONE at 1M people: 2.3 vs 4.7 ms, loaded).
OUT = "struct_extract(r, '_SRC') = id(p)"
# One person's family links, lighter than NEIGHBORS_ONE (a third of its time): the path search
# needs only who, how and which way, and the names along the way.
LINKS = ("MATCH (p:Person {id: $id})-[r:" + "|".join(FAMILY_TYPES) + "]-(q:Person)\n"
         "RETURN p.name AS self_name, q.id AS other, q.name AS name, label(r) AS type,"
         f" {OUT} AS out, r.modality AS modality\n")

# A link is made once; its modality is set only when it changes (a checkpoint rewrites what a
# write touched, even to the same value).
_UPSERT_REL = c.UPSERT_REL[:c.UPSERT_REL.index("SET")] + """WITH r, row
WHERE r.modality IS NULL OR r.modality <> row.modality
SET r.modality = row.modality
"""
_TEXTS = c.shared_texts("label(r)", OUT)
# The neighbour texts without the derived properties (``EmbeddedStore`` adds them).
for _name in ("NEIGHBORS_ONE", "NEIGHBORS", "NEIGHBORHOOD"):
    _TEXTS[_name] = re.sub(r", r\.start AS start,.*r\.confidence AS confidence", "",
                           _TEXTS[_name], flags=re.S)
# One person's links and kin: one pattern from the keyed person, not a second MATCH clause
# from it (13% less CPU at 1M people, the same rows: KIN_ONE 0.41 against 0.47 ms).
for _name in ("NEIGHBORS_ONE", "KIN_ONE"):
    _TEXTS[_name] = _TEXTS[_name].replace("MATCH (p:Person {id: $id})\nMATCH (p)-",
                                          "MATCH (p:Person {id: $id})-", 1)
_TEXTS["CREATE_CLAIMS"] = (_TEXTS["CREATE_CLAIMS"]
                           .replace("row.confidence", "CAST(row.confidence AS DOUBLE)")
                           .replace("row.span", "CAST(row.span AS INT64[])"))

DIALECT = c.Dialect(
    name="ladybug",
    schema=SCHEMA,
    texts=_TEXTS,
    rel_upsert=c.per_type(_UPSERT_REL),
    derived_rels=True,
    rel_delete=c.per_type(c.DELETE_REL),
    rel_state=c.per_type(c.REL_STATE),
    rel_count=c.per_type(c.COUNT_REL),
    unwind_lookups=False,  # UNWIND joined with a relationship pattern scans whole tables
    merge_nodes=False,  # UNWIND ... MERGE of a node costs 6x a MATCH or CREATE at 100k people
    # An UNWIND join costs about 1 ms per 1,000 people (a scan), a row by key 0.5 ms.
    rows_by_key=1000,
)
