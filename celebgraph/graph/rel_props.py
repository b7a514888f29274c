"""A family relationship's properties from its claims, for stores that keep bare links.

The embedded store keeps ``SPOUSE_OF``, ``PARENT_OF``, ... without properties (see
``cypher_ladybug``): what Neo4j stores on a relationship, ``model.derive_rel`` of its claims,
is computed here when a query reads it, so both stores answer alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from celebgraph.graph.model import CLAIM_PROPS, REL_TYPES, derive_rel

__all__ = ["NEIGHBOR_PROPS", "RelKey", "claim_of", "neighbors_with_props",
           "rel_key", "with_props"]

Row = dict[str, Any]
Read = Callable[[str, dict[str, Any]], list[Row]]
RelKey = tuple[str, str, str]  # (type, start id, end id), as stored
# What a neighbour row carries of its relationship besides its modality (the columns Neo4j's
# NEIGHBORS returns).
NEIGHBOR_PROPS = ("start", "end", "date", "sources", "confidence")


def claim_of(row: Row) -> Row:
    """A claim row (``CLAIM_COLUMNS``) as the dict ``derive_rel`` reads."""
    return {k: row[k] for k in ("id", "doc", *CLAIM_PROPS) if row.get(k) is not None}


def rel_key(row: Row) -> RelKey:
    """The stored relationship of a neighbour row (``id``, ``other``, ``type``, ``out``)."""
    a, b = (row["id"], row["other"]) if row["out"] else (row["other"], row["id"])
    return row["type"], a, b


def _people_claims(read: Read, text: str, people: Iterable[str]) -> dict[RelKey, dict[str, Row]]:
    """Every relationship claim of these people (``PERSON_CLAIMS``), by relationship and id."""
    found: dict[RelKey, dict[str, Row]] = defaultdict(dict)
    for pid in people:
        for c in read(text, {"id": pid}):
            rtype = REL_TYPES[c["relation"]]
            key = (rtype, pid, c["other"]) if c["out"] else (rtype, c["other"], pid)
            found[key][c["id"]] = claim_of(c)
    return found


def _cover(rows: Sequence[Row]) -> list[str]:
    """Few people whose claims cover every relationship of ``rows`` (each row's own person
    is an end of its relationship): those with the most rows first, until all are covered."""
    keys: dict[str, set[RelKey]] = defaultdict(set)
    for r in rows:
        keys[r["id"]].add(rel_key(r))
    chosen: set[str] = set()
    for pid in sorted(keys, key=lambda p: (-len(keys[p]), p)):
        if any(k[1] not in chosen and k[2] not in chosen for k in keys[pid]):
            chosen.add(pid)
    return sorted(chosen)


def neighbors_with_props(read: Read, text: str, rows: list[Row]) -> list[Row]:
    """Neighbour rows of bare links with their relationships' properties added: ``text`` is
    the dialect's ``PERSON_CLAIMS`` (one person's claims about relationships)."""
    return with_props(rows, _people_claims(read, text, _cover(rows)) if rows else {})


def with_props(rows: list[Row], claims: dict[RelKey, dict[str, Row]]) -> list[Row]:
    """Neighbour rows with the properties ``derive_rel`` gives their relationships' claims."""
    out = []
    for r in rows:
        derived = derive_rel(list(claims.get(rel_key(r), {}).values()))
        out.append({**r, **{k: derived[k] for k in NEIGHBOR_PROPS}})
    return out
