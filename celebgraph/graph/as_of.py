"""Who was married to whom, or a partner of whom, at a given date.

A couple counts at date D when its start is not after D and nothing ended it before D: the
marriage's end (a final divorce or a death), either partner's death, and for unmarried
partners a separation. A married couple separated or with a divorce filed before D, and not
yet ended, is still married and says so in ``status``. Dates are compared at the precision
both sides have: a wedding in "2010" counts for "2010-06". Couples with no start date cannot
be placed in time: they are listed after the dated ones with the status ``undated``, unless
something dated ended them before D.
"""

from __future__ import annotations

from collections import defaultdict

from celebgraph.graph.checks import before
from celebgraph.graph.queries import family_links, find_person
from celebgraph.graph.store import GraphStore, Row

__all__ = ["couples_as_of", "family_as_of"]

_COUPLES = {"SPOUSE_OF": "spouse", "PARTNER_OF": "partner"}
_SPLITS = {"FILED_FOR_DIVORCE": "divorce filed", "SEPARATED_FROM": "separated"}


def _ended_before(when: str, row: Row, own_death: str | None,
                  splits: dict[str, str | None]) -> bool:
    ends = [row["end"], own_death, row["death_date"]]
    if row["type"] == "PARTNER_OF":
        ends.append(splits.get("separated"))
    return any(before(end, when) for end in ends if end)


def _status(when: str, row: Row, splits: dict[str, str | None]) -> str:
    if not row["start"]:
        return "undated"
    if row["type"] == "PARTNER_OF":
        return "partners"
    happened = [status for status, date in splits.items() if date and before(date, when)]
    return "married, " + " and ".join(sorted(happened)) if happened else "married"


def couples_as_of(store: GraphStore, name: str, when: str) -> list[Row]:
    """The spouses and partners of ``name`` at the ISO date ``when``, dated ones first."""
    me = find_person(store, name)
    links = store.neighbors([me["id"]])
    splits: dict[str, dict[str, str | None]] = defaultdict(dict)
    for row in links:
        if row["type"] in _SPLITS:
            splits[row["other"]][_SPLITS[row["type"]]] = row["date"]
    out = []
    for row in links:
        if row["type"] not in _COUPLES or before(when, row["start"]):
            continue
        if _ended_before(when, row, me.get("death_date"), splits[row["other"]]):
            continue
        out.append({"name": row["name"], "relation": _COUPLES[row["type"]],
                    "start": row["start"], "end": row["end"],
                    "status": _status(when, row, splits[row["other"]]),
                    "sources": row["sources"] or []})
    return sorted(out, key=lambda r: (r["status"] == "undated", r["start"] or "", r["name"]))


_LINKS_OF_A_DATE = {"ENGAGED_TO": "date", "FILED_FOR_DIVORCE": "date", "SEPARATED_FROM": "date"}


def _held(when: str, r: Row) -> bool:
    """Whether the link ``r`` (a neighbour row) was there at ``when``: nobody born after it,
    no couple before its start or after its end or a partner's death, no event after it."""
    if before(when, r["birth_date"]):
        return False
    if r["type"] in _COUPLES:
        ended = [r["end"], r["death_date"]]
        return not before(when, r["start"]) and not any(before(e, when) for e in ended if e)
    if r["type"] in _LINKS_OF_A_DATE:
        return not before(when, r["date"])
    return True


def _couple_status(r: Row) -> str:
    if r["type"] not in _COUPLES:
        return ""
    if not r["start"]:
        return "undated"
    return "married" if r["type"] == "SPOUSE_OF" else "partners"


def family_as_of(store: GraphStore, name: str, when: str, depth: int = 2) -> list[Row]:
    """``family`` at the ISO date ``when``: only the links that held then (see ``_held``);
    ``status`` says whether a spouse or partner was married, partners, or is undated (listed
    last: an undated couple cannot be placed in time)."""
    rows = family_links(store, name, depth, keep=lambda r: _held(when, r))
    out = [{"name": r["name"], "id": r["id"], "distance": r["distance"],
            "relation": r["relation"], "status": _couple_status(r["link"])} for r in rows]
    return sorted(out, key=lambda r: r["status"] == "undated")
