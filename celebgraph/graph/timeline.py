"""A person's timeline: every event of their life the graph knows, dated ones first, in order."""

from __future__ import annotations

from typing import Any

from celebgraph.graph.queries import find_person
from celebgraph.graph.store import GraphStore, Row

__all__ = ["EVENTS", "timeline"]

EVENTS = ("born", "engaged", "partner_start", "married", "child_born", "separated",
          "divorce_filed", "divorced", "partner_end", "died")
# Relationship type → (event of its date or start, event of its end).
_REL_EVENTS: dict[str, tuple[str, str | None]] = {
    "SPOUSE_OF": ("married", "divorced"),
    "PARTNER_OF": ("partner_start", "partner_end"),
    "ENGAGED_TO": ("engaged", None),
    "FILED_FOR_DIVORCE": ("divorce_filed", None),
    "SEPARATED_FROM": ("separated", None),
}


def _event(date: str | None, event: str, people: list[str], sources: Any) -> Row:
    return {"date": date, "event": event, "people": people, "sources": sorted(sources or [])}


def _own(p: Row) -> list[Row]:
    out = [_event(p["birth_date"], "born", [p["name"]], p["birth_sources"])]
    if p["birth_date"] is None and not p["birth_sources"]:
        out = []
    if p["death_date"] or p["death_sources"]:
        out.append(_event(p["death_date"], "died", [p["name"]], p["death_sources"]))
    return out


def _from_rel(p: Row, r: Row) -> list[Row]:
    people = [p["name"], r["name"]]
    if r["type"] == "PARENT_OF":
        if not r["out"]:
            return []
        sources = set(r["sources"] or []) | set(r["birth_sources"] or [])
        return [_event(r["birth_date"], "child_born", people, sources)]
    if r["type"] not in _REL_EVENTS:
        return []
    first, last = _REL_EVENTS[r["type"]]
    out = [_event(r["start"] or r["date"], first, people, r["sources"])]
    if last and r["end"] and r["end"] != r["death_date"] and r["end"] != p["death_date"]:
        out.append(_event(r["end"], last, people, r["sources"]))
    return out


def timeline(store: GraphStore, name: str) -> list[Row]:
    """Events ``{date, event, people, sources}``: dated in date order, then undated ones.

    A child's birth is an event of each parent's timeline; a marriage that ended with a death
    shows the death, not a divorce.
    """
    p = find_person(store, name)
    events = _own(p)
    for r in store.neighbors([p["id"]]):
        events.extend(_from_rel(p, r))
    order = {e: i for i, e in enumerate(EVENTS)}
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or "",
                                         order[e["event"]], e["people"]))
