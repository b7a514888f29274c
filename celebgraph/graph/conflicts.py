"""Where articles disagree: the claims behind one date that cannot all be right.

A relationship or a birth/death keeps every article's claim. Two claims disagree when neither
date is the other at a coarser precision ("2014" and "2014-05-12" agree; "2014" and "2015" do
not). The graph shows the value ``model.best_date`` chooses (most articles in agreement, then
the most precise, the most confident, the earliest); ``conflicts`` lists each disagreement
with every value, its articles and sentences, and the value chosen.

An article may also deny what another states ("married" and "they never married"): the
relationship stands while one article states it (a denial never makes or unmakes one), and
``conflicts`` lists the two sides, ``stated`` (shown) and ``denied``, with their sentences.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from celebgraph.graph.export import nodes_and_edges
from celebgraph.graph.model import DATE_PROPS, agrees, best_date, supporting
from celebgraph.graph.queries import find_person
from celebgraph.graph.store import GraphStore, Row

__all__ = ["conflicts", "find_conflicts"]

_WHAT = {"SPOUSE_OF": {"start": "wedding", "end": "end of marriage"},
         "PARTNER_OF": {"start": "start of relationship", "end": "end of relationship"},
         "ENGAGED_TO": {"date": "engagement"}, "FILED_FOR_DIVORCE": {"date": "divorce filing"},
         "SEPARATED_FROM": {"date": "separation"}}
# What a denial of each relationship denies.
_DENIED = {"SPOUSE_OF": "marriage", "PARTNER_OF": "relationship", "ENGAGED_TO": "engagement",
           "FILED_FOR_DIVORCE": "divorce filing", "SEPARATED_FROM": "separation",
           "PARENT_OF": "parenthood", "SIBLING_OF": "siblings"}


def _disagreement(claims: list[dict[str, Any]], prop: str) -> list[Row] | None:
    """The values of ``prop`` with their claims, when two of them cannot both be right."""
    dated = [c for c in supporting(claims) if c.get(prop)]
    values = sorted({str(c[prop]) for c in dated})
    if all(agrees(a, b) for a in values for b in values):
        return None
    return [{"value": v,
             "articles": sorted({str(c.get("doc")) for c in dated if c[prop] == v}),
             "evidence": list(dict.fromkeys(str(c.get("evidence")) for c in dated
                                            if c[prop] == v and c.get("evidence")))}
            for v in values]


def _sides(claims: list[dict[str, Any]]) -> list[Row] | None:
    """``stated`` and ``denied`` with their claims, when some articles state the fact and
    others deny it."""
    stated = supporting(claims)
    denied = [c for c in claims if c.get("modality") == "denied"]
    if not stated or not denied:
        return None
    return [{"value": side, "articles": sorted({str(c.get("doc")) for c in group}),
             "evidence": list(dict.fromkeys(str(c["evidence"]) for c in group
                                            if c.get("evidence")))}
            for side, group in (("stated", stated), ("denied", denied))]


def _row(ids: tuple[str, ...], names: tuple[str, ...], what: str, values: list[Row],
         claims: list[dict[str, Any]], prop: str) -> Row:
    return {"ids": list(ids), "people": list(names), "what": what,
            "chosen": best_date(claims, prop), "values": values}


def find_conflicts(nodes: list[Row], edges: list[Row]) -> Iterator[Row]:
    """Every disagreement among the claims of the people and relationships ``export`` reads."""
    names = {n["id"]: n["name"] for n in nodes}
    for node in sorted(nodes, key=lambda n: n["name"]):
        facts = node.get("claims") or []
        for relation, event in (("born", "birth"), ("died", "death")):
            claims = [f for f in facts if f.get("relation") == relation]
            values = _disagreement(claims, "date")
            if values:
                yield _row((node["id"],), (node["name"],), event, values, claims, "date")
    for edge in sorted(edges, key=lambda e: (e["type"], e["source"], e["target"])):
        claims = edge.get("claims") or []
        for prop in DATE_PROPS:
            what = _WHAT.get(edge["type"], {}).get(prop)
            values = _disagreement(claims, prop) if what else None
            if what and values:
                ids = (edge["source"], edge["target"])
                yield _row(ids, (names[ids[0]], names[ids[1]]), what, values, claims, prop)
        sides = _sides(claims)
        if sides:
            ids = (edge["source"], edge["target"])
            yield {"ids": list(ids), "people": [names[ids[0]], names[ids[1]]],
                   "what": _DENIED[edge["type"]], "chosen": "stated", "values": sides}


def conflicts(store: GraphStore, name: str | None = None) -> list[Row]:
    """The disagreements of the whole graph, or those about the person ``name``."""
    found = list(find_conflicts(*nodes_and_edges(store)))
    if name is None:
        return found
    pid = find_person(store, name)["id"]
    return [row for row in found if pid in row["ids"]]
