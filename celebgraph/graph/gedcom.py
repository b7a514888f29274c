"""The family graph as GEDCOM 5.5.1, the file genealogy software (Gramps, ...) reads.

People become ``INDI`` records with their name, birth and death; families (``FAM``) are built
from the relationships:

- every couple (married, partners, engaged; a divorce filing or a separation alone also makes
  one) is a family of its two people, with ``MARR`` (wedding date), ``ENGA``, ``DIVF`` (a divorce
  filed), ``EVEN``/``TYPE Separation`` and ``DIV`` (the marriage's end, unless the end is the
  year one partner died: death ends a marriage without a divorce);
- a child goes in the family of the couple among its parents, else in a family of its two
  parents, else in a one-parent family; siblings who share no family get a family of their own
  with no parents (GEDCOM knows siblings only as children of one family).

The graph does not record sex, so every person is ``SEX U`` and the two partners of a family
fill ``HUSB`` and ``WIFE`` in name order: GEDCOM's slots for partners, not a claim about either.
Each event and each relationship-made family cites its articles: one ``SOUR`` record per
article, and a citation with the sentence (``DATA``/``TEXT``) and the confidence (``NOTE``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from celebgraph.graph.model import supporting
from celebgraph.graph.store import Row

__all__ = ["gedcom_date", "to_gedcom"]

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
_EVENT_ORDER = ("Partners", "ENGA", "MARR", "Separation", "DIVF", "DIV")
_COUPLE_TYPES = ("SPOUSE_OF", "PARTNER_OF", "ENGAGED_TO", "FILED_FOR_DIVORCE", "SEPARATED_FROM")


def gedcom_date(iso: str | None) -> str | None:
    """``"2014-05-12"`` → ``"12 MAY 2014"``; ``"2014-05"`` → ``"MAY 2014"``; ``"2014"`` as is."""
    if not iso:
        return None
    parts = iso.split("-")
    if not parts[0].isdigit():
        return None
    out = [parts[0]]
    if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        out.insert(0, _MONTHS[int(parts[1]) - 1])
        if len(parts) > 2 and parts[2].isdigit():
            out.insert(0, str(int(parts[2])))
    return " ".join(out)


def gedcom_name(name: str) -> str:
    """``"Ada Moss"`` → ``"Ada /Moss/"``; ``"Frank Moss Jr."`` → ``"Frank /Moss/ Jr."``."""
    words = name.split()
    suffix = [words.pop()] if len(words) > 2 and words[-1].casefold() in _GENERATIONS else []
    if len(words) < 2:
        return " ".join(words + suffix)
    return " ".join([*words[:-1], f"/{words[-1]}/", *suffix])


@dataclass
class _Family:
    partners: tuple[str, ...]
    children: list[str] = field(default_factory=list)
    events: list[tuple[str, str | None, list[dict[str, Any]]]] = field(default_factory=list)


class _Builder:
    """People and edges (as ``export`` reads them) → xrefs, families, GEDCOM lines."""

    def __init__(self, nodes: list[Row], edges: list[Row]) -> None:
        self.people = {n["id"]: n for n in sorted(nodes, key=lambda n: n["id"])}
        self.edges = sorted((e for e in edges if e["source"] in self.people
                             and e["target"] in self.people),
                            key=lambda e: (e["type"], e["source"], e["target"]))
        self.families: dict[tuple[str, ...], _Family] = {}
        self.sources: dict[str, str] = {}

    def family(self, members: Iterable[str]) -> _Family:
        key = tuple(sorted(members, key=lambda p: (self.people[p]["name"], p)))
        return self.families.setdefault(key, _Family(key))

    def build(self) -> list[str]:
        self._couples()
        self._children()
        self._siblings()
        return self._lines()

    def _couples(self) -> None:
        for edge in self.edges:
            if edge["type"] in _COUPLE_TYPES:
                fam = self.family((edge["source"], edge["target"]))
                fam.events += self._couple_events(edge)

    def _couple_events(self, edge: Row) -> list[tuple[str, str | None, list[dict[str, Any]]]]:
        claims = _claims(edge)
        kind = edge["type"]
        if kind == "SPOUSE_OF":
            events = [("MARR", edge.get("start"), claims)]
            if edge.get("end") and not self._ended_by_death(edge):
                events.append(("DIV", edge["end"], claims))
            return events
        tag = {"ENGAGED_TO": "ENGA", "FILED_FOR_DIVORCE": "DIVF",
               "SEPARATED_FROM": "Separation", "PARTNER_OF": "Partners"}[kind]
        return [(tag, edge.get("date") or edge.get("start"), claims)]

    def _ended_by_death(self, edge: Row) -> bool:
        end_year = str(edge["end"])[:4]
        return any(str(self.people[p].get("death_date") or "")[:4] == end_year
                   for p in (edge["source"], edge["target"]))

    def _children(self) -> None:
        parents: dict[str, set[str]] = defaultdict(set)
        for edge in self.edges:
            if edge["type"] == "PARENT_OF":
                parents[edge["target"]].add(edge["source"])
        for child, ps in parents.items():
            for fam in self._parent_families(ps):
                fam.children.append(child)

    def _parent_families(self, parents: set[str]) -> list[_Family]:
        couples = [f for key, f in list(self.families.items())
                   if len(key) == 2 and set(key) <= parents]
        left = parents - {p for f in couples for p in f.partners}
        if len(left) == 2:
            couples.append(self.family(left))
        else:
            couples += [self.family((p,)) for p in sorted(left)]
        return couples

    def _siblings(self) -> None:
        groups = _UnionFind()
        for edge in self.edges:
            if edge["type"] == "SIBLING_OF" and not self._share_family(edge):
                groups.union(edge["source"], edge["target"])
        for members in groups.sets():
            self.families[("siblings", *sorted(members))] = _Family((), sorted(members))

    def _share_family(self, edge: Row) -> bool:
        pair = {edge["source"], edge["target"]}
        return any(pair <= set(f.children) for f in self.families.values())

    def _lines(self) -> list[str]:
        fams = list(self.families.values())
        indi = {pid: f"@I{i}@" for i, pid in enumerate(self.people, 1)}
        fam_x = {id(f): f"@F{i}@" for i, f in enumerate(fams, 1)}
        lines = _head()
        for pid, person in self.people.items():
            lines += self._individual(indi[pid], person)
            lines += [f"1 FAMS {fam_x[id(f)]}" for f in fams if pid in f.partners]
            lines += [f"1 FAMC {fam_x[id(f)]}" for f in fams if pid in f.children]
        for fam in fams:
            lines += self._family_lines(fam_x[id(fam)], fam, indi)
        for doc, xref in self.sources.items():
            lines += [f"0 {xref} SOUR", *_text("TITL", doc, 1)]
        return [*lines, "0 TRLR"]

    def _individual(self, xref: str, person: Row) -> list[str]:
        lines = [f"0 {xref} INDI", f"1 NAME {gedcom_name(person['name'])}", "1 SEX U"]
        facts = supporting(person.get("claims") or [])
        for tag, relation, date in (("BIRT", "born", person.get("birth_date")),
                                    ("DEAT", "died", person.get("death_date"))):
            claims = [f for f in facts if f.get("relation") == relation]
            if date or claims:
                lines += self._event(tag, date, claims)
        return lines

    def _family_lines(self, xref: str, fam: _Family, indi: dict[str, str]) -> list[str]:
        lines = [f"0 {xref} FAM"]
        slots = ("HUSB", "WIFE")[:len(fam.partners)]
        lines += [f"1 {slot} {indi[p]}" for slot, p in zip(slots, fam.partners, strict=True)]
        lines += [f"1 CHIL {indi[c]}" for c in dict.fromkeys(fam.children)]
        for tag, date, claims in sorted(fam.events, key=lambda e: _EVENT_ORDER.index(e[0])):
            lines += self._event(tag, date, claims)
        return lines

    def _event(self, tag: str, date: str | None, claims: list[dict[str, Any]]) -> list[str]:
        if tag in ("MARR", "ENGA", "DIVF", "DIV", "BIRT", "DEAT"):
            lines = [f"1 {tag}" if gedcom_date(date) or not claims else f"1 {tag} Y"]
        else:
            lines = ["1 EVEN", f"2 TYPE {tag}"]
        if gedcom_date(date):
            lines.append(f"2 DATE {gedcom_date(date)}")
        for claim in claims:
            lines += self._citation(claim)
        return lines

    def _citation(self, claim: dict[str, Any]) -> list[str]:
        doc = str(claim.get("doc") or "unknown article")
        xref = self.sources.setdefault(doc, f"@S{len(self.sources) + 1}@")
        lines = [f"2 SOUR {xref}"]
        if claim.get("evidence"):
            lines += ["3 DATA", *_text("TEXT", str(claim["evidence"]), 4)]
        if claim.get("confidence") is not None:
            lines.append(f"3 NOTE celebgraph confidence {float(claim['confidence']):.2f}")
        return lines


def _claims(edge: Row) -> list[dict[str, Any]]:
    """The claims a family event cites: those that state it (``model.supporting``)."""
    return supporting(edge.get("claims") or [])


def _head() -> list[str]:
    return ["0 HEAD", "1 SOUR CELEBGRAPH", "2 NAME celebgraph", "1 SUBM @U1@",
            "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8",
            "0 @U1@ SUBM", "1 NAME celebgraph"]


def _text(tag: str, text: str, level: int) -> Iterator[str]:
    """A value over several lines: ``CONC`` pieces of at most 200 characters (GEDCOM's limit
    is 255 per line), never split at a space, which CONC would lose."""
    text = " ".join(text.split())
    pieces: list[str] = []
    while len(text) > 200:
        cut = 200
        while cut > 1 and (text[cut - 1] == " " or text[cut] == " "):
            cut -= 1
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    yield f"{level} {tag} {pieces[0]}"
    for piece in pieces[1:]:
        yield f"{level + 1} CONC {piece}"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def sets(self) -> list[set[str]]:
        groups: dict[str, set[str]] = defaultdict(set)
        for x in list(self.parent):
            groups[self.find(x)].add(x)
        return sorted(groups.values(), key=sorted)


def to_gedcom(nodes: list[Row], edges: list[Row]) -> str:
    """GEDCOM 5.5.1 text of the people and relationships ``export`` reads from a store."""
    return "\n".join(_Builder(nodes, edges).build()) + "\n"
