"""The claims behind an answer: each row of ``timeline``, ``family`` or ``path`` with every
article's claim that supports it, one row per claim (the CLI's ``--evidence``).

A claim supports a family row or a path step when it is about the same two people and the same
link (``provenance.person_claims``); a timeline event, when it is about the event's relation
(a child's birth: the claims that the person is the child's parent).
"""

from __future__ import annotations

from collections.abc import Iterable

from celebgraph.graph.provenance import (
    ARTICLE_FIELDS,
    claims_of,
    link_word,
    person_claims,
    with_article_fields,
)
from celebgraph.graph.queries import PersonId, family_links, find_person, path_steps
from celebgraph.graph.store import GraphStore, Row
from celebgraph.graph.timeline import timeline

__all__ = ["CLAIM_FIELDS", "family_evidence", "path_evidence", "timeline_evidence"]

# What each row gains from its claim (``provenance.claim_row``).
CLAIM_FIELDS = ("start", "end", "date", "evidence", "confidence", "modality", "article",
                *ARTICLE_FIELDS)
# The claims behind a timeline event: their relation seen from the person, and whether only
# claims giving an end count (a divorce is the end of a marriage).
_EVENT_CLAIMS: dict[str, tuple[str, bool]] = {
    "born": ("born", False), "died": ("died", False), "married": ("spouse of", False),
    "divorced": ("spouse of", True), "partner_start": ("partner of", False),
    "partner_end": ("partner of", True), "engaged": ("engaged to", False),
    "divorce_filed": ("filed for divorce with", False),
    "separated": ("separated from", False), "child_born": ("parent of", False),
}


def _with_claims(row: Row, claims: Iterable[Row]) -> list[Row]:
    """One row per claim: the answer's row, then the claim's fields (``claim_`` before the
    names the row has already: a timeline's ``date`` stays the event's)."""
    out = []
    for claim in claims:
        extra = {(f"claim_{k}" if k in row else k): claim[k] for k in CLAIM_FIELDS}
        out.append({**row, **extra})
    return out or [{**row, **{(f"claim_{k}" if k in row else k): None for k in CLAIM_FIELDS}}]


def timeline_evidence(store: GraphStore, name: str) -> list[Row]:
    """``timeline`` rows, one per claim behind each event."""
    me = find_person(store, name)
    claims = person_claims(store, me["id"])
    rows: list[Row] = []
    for event in timeline(store, PersonId(me["id"])):
        relation, ending = _EVENT_CLAIMS[event["event"]]
        other = event["people"][1] if len(event["people"]) > 1 else None
        behind = [c for c in claims if c["relation"] == relation and c["other_name"] == other
                  and (c["end"] or not ending)]
        rows += _with_claims(event, behind)
    return rows


def _between(store: GraphStore, cache: dict[str, list[Row]], a: str, b: str,
             relation: str) -> list[Row]:
    """The claims of the link from ``a`` to ``b`` (without their articles' fields)."""
    if a not in cache:
        cache[a] = claims_of(store, a, life=False)
    return [c for c in cache[a] if c["other"] == b and c["relation"] == relation]


def _fill(store: GraphStore, rows: list[Row]) -> list[Row]:
    """Rows with their articles' fields, looked up once for all."""
    filled = with_article_fields(store, [r for r in rows if r["article"]])
    it = iter(filled)
    return [next(it) if r["article"] else r for r in rows]


def family_evidence(store: GraphStore, name: str, depth: int = 2) -> list[Row]:
    """``family`` rows, one per claim behind the link that reached each relative."""
    cache: dict[str, list[Row]] = {}
    rows: list[Row] = []
    for r in family_links(store, name, depth):
        link = r["link"]
        claims = _between(store, cache, r["via"], r["id"], link_word(link["type"], link["out"]))
        rows += _with_claims({k: r[k] for k in ("name", "id", "distance", "relation")}, claims)
    return _fill(store, rows)


def path_evidence(store: GraphStore, a: str, b: str, max_hops: int = 8) -> list[Row]:
    """``path`` steps, one per claim behind each step's link."""
    cache: dict[str, list[Row]] = {}
    rows: list[Row] = []
    for s in path_steps(store, a, b, max_hops):
        claims = _between(store, cache, s["from_id"], s["to_id"], s["relation"])
        rows += _with_claims({k: s[k] for k in ("from", "relation", "to", "type")}, claims)
    return _fill(store, rows)
