"""Families that cannot be: the graph's consistency checks (``celebgraph check``).

In the manner of Gramps' "Verify the Data": each check reads the people and relationships and
reports what cannot all be true, naming the people, the values and the sentences behind them;
nothing is changed. Dates are compared at the precision both sides have ("2014" is not before
"2014-05"), so a finding is a certain contradiction of what the articles say, not a guess.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from celebgraph.graph.export import nodes_and_edges
from celebgraph.graph.model import supporting
from celebgraph.graph.queries import find_person
from celebgraph.graph.store import GraphStore, Row

__all__ = ["CHECKS", "Finding", "about", "before", "check", "find_problems"]

CHECKS = (
    "born after own child", "parent too young", "parent too old", "more than two parents",
    "death before birth", "marriage before birth", "marriage after death",
    "married to a relative", "cycle of parents", "sibling is also a parent",
    "overlapping marriages",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One contradiction: which check, whom it concerns, what was found, and the sentences."""

    check: str
    ids: tuple[str, ...]
    people: tuple[str, ...]
    detail: str
    evidence: tuple[str, ...]

    def row(self) -> Row:
        return {**asdict(self), "ids": list(self.ids), "people": list(self.people),
                "evidence": list(self.evidence)}


def _parts(iso: str | None) -> tuple[int, ...] | None:
    if not iso:
        return None
    try:
        return tuple(int(x) for x in iso.split("-"))
    except ValueError:
        return None


def before(a: str | None, b: str | None) -> bool:
    """Whether date ``a`` is certainly earlier than ``b`` at the precision both have."""
    pa, pb = _parts(a), _parts(b)
    if pa is None or pb is None:
        return False
    n = min(len(pa), len(pb))
    return pa[:n] < pb[:n]


def _years(a: str | None, b: str | None) -> int | None:
    pa, pb = _parts(a), _parts(b)
    return None if pa is None or pb is None else pb[0] - pa[0]


class _Family:
    """People and relationships, indexed for the checks."""

    def __init__(self, nodes: list[Row], edges: list[Row]) -> None:
        self.people = {n["id"]: n for n in nodes}
        self.edges = [e for e in edges if e["source"] in self.people and e["target"] in self.people]
        self.by_type: dict[str, list[Row]] = defaultdict(list)
        for e in self.edges:
            self.by_type[e["type"]].append(e)
        self.parents: dict[str, list[Row]] = defaultdict(list)
        for e in self.by_type["PARENT_OF"]:
            self.parents[e["target"]].append(e)
        self.pairs = {t: {frozenset((e["source"], e["target"])) for e in self.by_type[t]}
                      for t in ("PARENT_OF", "SIBLING_OF", "FILED_FOR_DIVORCE", "SEPARATED_FROM")}

    def finding(self, check: str, ids: tuple[str, ...], detail: str,
                evidence: list[str]) -> Finding:
        names = tuple(self.name(p) for p in ids)
        return Finding(check, ids, names, detail, tuple(dict.fromkeys(evidence)))

    def name(self, pid: str) -> str:
        return str(self.people[pid]["name"])

    def born(self, pid: str) -> str | None:
        return self.people[pid].get("birth_date")

    def died(self, pid: str) -> str | None:
        return self.people[pid].get("death_date")

    def life_evidence(self, pid: str, relation: str) -> list[str]:
        claims = supporting(self.people[pid].get("claims") or [])
        return [_cited(c) for c in claims if c.get("relation") == relation]


def _cited(claim: dict[str, Any]) -> str:
    return f"{claim.get('doc')}: {claim.get('evidence')}"


def _edge_evidence(edge: Row) -> list[str]:
    return [_cited(c) for c in supporting(edge.get("claims") or [])]


def _parent_checks(f: _Family, young: int, old: int) -> Iterator[Finding]:
    for e in f.by_type["PARENT_OF"]:
        parent, child = e["source"], e["target"]
        pb, cb = f.born(parent), f.born(child)
        who = (f.name(parent), f.name(child))
        why = [*f.life_evidence(parent, "born"), *f.life_evidence(child, "born"),
               *_edge_evidence(e)]
        gap = _years(pb, cb)
        ids = (parent, child)
        if before(cb, pb):
            yield f.finding("born after own child", ids,
                            f"{who[0]} born {pb}, their child {who[1]} born {cb}", why)
        elif gap is not None and gap < young:
            yield f.finding("parent too young", ids, f"{who[0]} (born {pb}) was at most {gap} "
                            f"when {who[1]} was born ({cb}); the bound is {young}", why)
        elif gap is not None and gap - 1 > old:
            yield f.finding("parent too old", ids, f"{who[0]} (born {pb}) was at least "
                            f"{gap - 1} when {who[1]} was born ({cb}); the bound is {old}", why)
    for child, edges in f.parents.items():
        if len(edges) > 2:
            parents = tuple(sorted((e["source"] for e in edges), key=f.name))
            yield f.finding("more than two parents", (child, *parents),
                            f"{f.name(child)} has {len(edges)} parents: "
                            + ", ".join(f.name(p) for p in parents),
                            [s for e in edges for s in _edge_evidence(e)])


def _life_checks(f: _Family) -> Iterator[Finding]:
    for pid in f.people:
        if before(f.died(pid), f.born(pid)):
            yield f.finding("death before birth", (pid,),
                            f"{f.name(pid)} born {f.born(pid)}, died {f.died(pid)}",
                            f.life_evidence(pid, "born") + f.life_evidence(pid, "died"))
    for e in f.by_type["SPOUSE_OF"]:
        for pid in (e["source"], e["target"]):
            start = e.get("start")
            if before(start, f.born(pid)):
                yield f.finding("marriage before birth", (pid,),
                                f"{f.name(pid)} born {f.born(pid)}, married {start}",
                                f.life_evidence(pid, "born") + _edge_evidence(e))
            if before(f.died(pid), start):
                yield f.finding("marriage after death", (pid,),
                                f"{f.name(pid)} died {f.died(pid)}, married {start}",
                                f.life_evidence(pid, "died") + _edge_evidence(e))


def _relative_checks(f: _Family) -> Iterator[Finding]:
    for e in f.by_type["SPOUSE_OF"] + f.by_type["PARTNER_OF"]:
        pair = frozenset((e["source"], e["target"]))
        for kind, word in (("PARENT_OF", "parent and child"), ("SIBLING_OF", "siblings")):
            if pair in f.pairs[kind]:
                ids = tuple(sorted(pair, key=f.name))
                related = [r for r in f.by_type[kind]
                           if frozenset((r["source"], r["target"])) == pair]
                yield f.finding("married to a relative", ids, f"{f.name(ids[0])} and "
                                f"{f.name(ids[1])} are a couple and {word}",
                                _edge_evidence(e) + _edge_evidence(related[0]))
    for e in f.by_type["SIBLING_OF"]:
        pair = frozenset((e["source"], e["target"]))
        if pair in f.pairs["PARENT_OF"]:
            ids = tuple(sorted(pair, key=f.name))
            yield f.finding("sibling is also a parent", ids, f"{f.name(ids[0])} and "
                            f"{f.name(ids[1])} are siblings and parent and child",
                            _edge_evidence(e))
    graph = nx.DiGraph((e["source"], e["target"]) for e in f.by_type["PARENT_OF"])
    for group in nx.strongly_connected_components(graph):
        if len(group) > 1:
            ids = tuple(sorted(group, key=f.name))
            yield f.finding("cycle of parents", ids, "each is an ancestor of the others: "
                            + ", ".join(f.name(p) for p in ids),
                            [s for e in f.by_type["PARENT_OF"] if {e["source"], e["target"]}
                             <= group for s in _edge_evidence(e)])


def _marriage_end(f: _Family, e: Row) -> str | None:
    """When a marriage is known to have ended or begun ending: its end, a divorce filing or
    separation of the pair, or a partner's death; None when nothing says it ended."""
    pair = frozenset((e["source"], e["target"]))
    ends = [e.get("end"), *(f.died(p) for p in pair)]
    ends += [r.get("date") or "" for t in ("FILED_FOR_DIVORCE", "SEPARATED_FROM")
             for r in f.by_type[t] if frozenset((r["source"], r["target"])) == pair]
    known = [d for d in ends if d is not None]
    return min(known) if known else None


def _overlap_checks(f: _Family) -> Iterator[Finding]:
    marriages: dict[str, list[Row]] = defaultdict(list)
    for e in f.by_type["SPOUSE_OF"]:
        for pid in (e["source"], e["target"]):
            marriages[pid].append(e)
    for pid, own in marriages.items():
        for first in own:
            end = _marriage_end(f, first)
            for second in own:
                if first is second or not before(first.get("start"), second.get("start")):
                    continue
                if end is None or before(second["start"], end):
                    other = [p for p in (first["source"], first["target"],
                                         second["source"], second["target"]) if p != pid]
                    ended = f"it ended {end}" if end else "no end or divorce is known"
                    yield f.finding("overlapping marriages", (pid, *other),
                                    f"{f.name(pid)} married {f.name(other[0])} "
                                    f"({first['start']}), then {f.name(other[1])} "
                                    f"({second['start']}); {ended}",
                                    _edge_evidence(first) + _edge_evidence(second))


def find_problems(nodes: list[Row], edges: list[Row], *, min_parent_age: int = 12,
                  max_parent_age: int = 80) -> list[Finding]:
    """Every contradiction in the people and relationships ``export`` reads from a store."""
    family = _Family(nodes, edges)
    found = [*_parent_checks(family, min_parent_age, max_parent_age), *_life_checks(family),
             *_relative_checks(family), *_overlap_checks(family)]
    return sorted(found, key=lambda x: (CHECKS.index(x.check), x.people))


def about(findings: list[Finding], person_id: str) -> list[Finding]:
    """The findings that concern one person."""
    return [x for x in findings if person_id in x.ids]


def check(store: GraphStore, name: str | None = None, *, min_parent_age: int = 12,
          max_parent_age: int = 80) -> list[Row]:
    """Every contradiction in the graph, or those concerning the person ``name``."""
    findings = find_problems(*nodes_and_edges(store), min_parent_age=min_parent_age,
                             max_parent_age=max_parent_age)
    if name is not None:
        findings = about(findings, find_person(store, name)["id"])
    return [x.row() for x in findings]
