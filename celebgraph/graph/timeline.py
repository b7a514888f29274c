"""A person's timeline: every event of their life the graph knows, dated ones first, in order."""

from __future__ import annotations

from typing import Any

from celebgraph.graph import modality as _modality
from celebgraph.graph.model import stated_modality
from celebgraph.graph.provenance import claims_of
from celebgraph.graph.queries import find_person
from celebgraph.graph.store import GraphStore, Row

__all__ = ["CLAIM_EVENTS", "EVENTS", "timeline", "unstated_events"]

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


# A claim's relation seen from the person → (event of its date or start, event of its end).
CLAIM_EVENTS: dict[str, tuple[str, str | None]] = {
    "born": ("born", None), "died": ("died", None), "spouse of": ("married", "divorced"),
    "partner of": ("partner_start", "partner_end"), "engaged to": ("engaged", None),
    "filed for divorce with": ("divorce_filed", None), "separated from": ("separated", None),
    "parent of": ("child_born", None),
}


def _event(date: str | None, event: str, people: list[str], sources: Any,
           modality: str | None = None) -> Row:
    return {"date": date, "event": event, "people": people, "sources": sorted(sources or []),
            "modality": _modality.marked(modality)}


def _own(store: GraphStore, p: Row) -> list[Row]:
    said: dict[str, str | None] = {}
    if p["birth_sources"] or p["death_sources"]:  # how the births and deaths are stated
        life = store.read(store.text("PERSON_LIFE_CLAIMS"), {"id": p["id"]})
        said = {w: stated_modality([c for c in life if c["relation"] == w])
                for w in ("born", "died")}
    out = [_event(p["birth_date"], "born", [p["name"]], p["birth_sources"], said.get("born"))]
    if p["birth_date"] is None and not p["birth_sources"]:
        out = []
    if p["death_date"] or p["death_sources"]:
        out.append(_event(p["death_date"], "died", [p["name"]], p["death_sources"],
                          said.get("died")))
    return out


def _from_rel(p: Row, r: Row) -> list[Row]:
    people = [p["name"], r["name"]]
    if r["type"] == "PARENT_OF":
        if not r["out"]:
            return []
        sources = set(r["sources"] or []) | set(r["birth_sources"] or [])
        return [_event(r["birth_date"], "child_born", people, sources, r["modality"])]
    if r["type"] not in _REL_EVENTS:
        return []
    first, last = _REL_EVENTS[r["type"]]
    out = [_event(r["start"] or r["date"], first, people, r["sources"], r["modality"])]
    if last and r["end"] and r["end"] != r["death_date"] and r["end"] != p["death_date"]:
        out.append(_event(r["end"], last, people, r["sources"], r["modality"]))
    return out


def unstated_events(store: GraphStore, p: Row, claims: list[Row] | None = None) -> list[Row]:
    """The events rumored or denied claims tell of ``p`` (a person row), each also with its
    ``claims``: one per event, other person and modality (``graph.modality``). ``claims``:
    the person's claims when read already."""
    if claims is None:
        claims = claims_of(store, p["id"])
    out: list[Row] = []
    for u in _modality.unstated_rows(claims, CLAIM_EVENTS):
        people = [p["name"], *([u["other_name"]] if u["other_name"] else [])]
        first, last = CLAIM_EVENTS[u["relation"]]
        out.append({**_event(u["start"] or u["date"], first, people, u["sources"]),
                    "modality": u["modality"], "claims": u["claims"]})
        ending = [c for c in u["claims"] if c["end"]]
        if last and ending:
            out.append({**_event(u["end"], last, people, {c["article"] for c in ending}),
                        "modality": u["modality"], "claims": ending})
    return out


def timeline(store: GraphStore, name: str, modality: str = "stated") -> list[Row]:
    """Events ``{date, event, people, sources, modality}``: dated in date order, then
    undated ones; ``modality="all"``: also the events of rumored and denied claims.

    A child's birth is an event of each parent's timeline; a marriage that ended with a death
    shows the death, not a divorce.
    """
    p = find_person(store, name)
    events = _own(store, p)
    for r in store.neighbors([p["id"]]):
        events.extend(_from_rel(p, r))
    if _modality.check(modality):
        events += [{k: v for k, v in e.items() if k != "claims"}
                   for e in unstated_events(store, p)]
    order = {e: i for i, e in enumerate(EVENTS)}
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or "",
                                         order[e["event"]], e["people"]))
