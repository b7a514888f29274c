"""The claims behind an answer: each row of ``timeline``, ``family`` or ``path`` with every
article's claim that supports it, one row per claim (the CLI's ``--evidence``).

A claim supports a family row or a path step when it is about the same two people and the same
link (``provenance.person_claims``); a timeline event, when it is about the event's relation
(a child's birth: the claims that the person is the child's parent).
"""

from __future__ import annotations

from collections.abc import Iterable

from celebgraph.graph import modality as _modality
from celebgraph.graph.provenance import (
    ARTICLE_FIELDS,
    link_word,
    person_claims,
    relationship_claims,
    with_article_fields,
)
from celebgraph.graph.queries import (
    PersonId,
    family_links,
    find_person,
    path_steps,
    unstated_between,
    unstated_family,
)
from celebgraph.graph.store import GraphStore, Row
from celebgraph.graph.timeline import EVENTS, timeline, unstated_events

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


def timeline_evidence(store: GraphStore, name: str, modality: str = "stated") -> list[Row]:
    """``timeline`` rows, one per claim behind each event (its stated claims); with
    ``modality="all"`` also the events of rumored and denied claims, with theirs."""
    me = find_person(store, name)
    everything = person_claims(store, me["id"])
    claims = _modality.by_modality(everything, "stated")
    rows: list[Row] = []
    for event in timeline(store, PersonId(me["id"])):
        relation, ending = _EVENT_CLAIMS[event["event"]]
        other = event["people"][1] if len(event["people"]) > 1 else None
        behind = [c for c in claims if c["relation"] == relation and c["other_name"] == other
                  and (c["end"] or not ending)]
        rows += _with_claims(_own_fields(event), behind)
    if _modality.check(modality):
        for event in unstated_events(store, me, everything):
            rows += _with_claims(_own_fields(event), event["claims"])
    order = {e: i for i, e in enumerate(EVENTS)}
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", order[r["event"]]))


def _own_fields(row: Row) -> Row:
    """An answer's row without what its claims tell (their modality) or are."""
    return {k: v for k, v in row.items() if k not in ("modality", "claims")}


def _between(claims: dict[str, list[Row]], a: str, b: str, relation: str) -> list[Row]:
    """The claims of the link from ``a`` to ``b`` (without their articles' fields)."""
    return [c for c in claims[a] if c["other"] == b and c["relation"] == relation]


def _fill(store: GraphStore, rows: list[Row]) -> list[Row]:
    """Rows with their articles' fields, looked up once for all."""
    filled = with_article_fields(store, [r for r in rows if r["article"]])
    it = iter(filled)
    return [next(it) if r["article"] else r for r in rows]


_FAMILY = ("name", "id", "distance", "relation")


def family_evidence(store: GraphStore, name: str, depth: int = 2,
                    modality: str = "stated") -> list[Row]:
    """``family`` rows, one per stated claim behind the link that reached each relative; with
    ``modality="all"``, also the rows of rumored and denied claims (``unstated_family``)."""
    links = family_links(store, name, depth, dated=False)
    claims = relationship_claims(store, [r["via"] for r in links])
    rows: list[Row] = []
    for r in links:
        link = r["link"]
        behind = _between(claims, r["via"], r["id"], link_word(link["type"], link["out"]))
        rows += _with_claims({k: r[k] for k in _FAMILY}, _modality.by_modality(behind, "stated"))
    if _modality.check(modality):
        for u in unstated_family(store, name, links, depth):
            rows += _with_claims({k: u[k] for k in _FAMILY}, u["claims"])
    return _fill(store, rows)


def path_evidence(store: GraphStore, a: str, b: str, max_hops: int = 8,
                  modality: str = "stated") -> list[Row]:
    """``path`` steps, one per stated claim behind each step's link; with ``modality="all"``
    also each step's rumored and denied claims."""
    steps = path_steps(store, a, b, max_hops)
    claims = relationship_claims(store, [s["from_id"] for s in steps])
    rows: list[Row] = []
    for s, more in zip(steps, unstated_between(store, steps, modality), strict=True):
        behind = _between(claims, s["from_id"], s["to_id"], s["relation"])
        rows += _with_claims({k: s[k] for k in ("from", "relation", "to", "type")},
                             _modality.by_modality(behind, "stated"))
        for u in more:
            rows += _with_claims({"from": s["from"], "relation": u["relation"], "to": s["to"],
                                  "type": None}, u["claims"])
    return _fill(store, rows)
