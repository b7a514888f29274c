"""Relationship queries: plain functions taking the store first, returning plain rows.

Names are matched case- and accent-insensitively by full name or alias; an unknown name
raises ``UnknownNameError`` with close names, an ambiguous one ``AmbiguousNameError``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from celebgraph.errors import AmbiguousNameError, CelebgraphError, UnknownNameError
from celebgraph.graph import modality as _modality
from celebgraph.graph.model import fact_id, fold
from celebgraph.graph.provenance import claims_of, link_word, relationship_claims
from celebgraph.graph.store import GraphStore, Row

__all__ = [
    "PersonId",
    "children",
    "explain",
    "explain_rows",
    "family",
    "family_links",
    "find_person",
    "parents",
    "path",
    "path_steps",
    "person",
    "relationships",
    "siblings",
    "spouses",
    "stats",
]

# How a neighbour is related to the person, by relationship type and direction.
_ROLE = {
    ("SPOUSE_OF", True): "spouse", ("SPOUSE_OF", False): "spouse",
    ("PARENT_OF", True): "child", ("PARENT_OF", False): "parent",
    ("SIBLING_OF", True): "sibling", ("SIBLING_OF", False): "sibling",
    ("ENGAGED_TO", True): "fiancé(e)", ("ENGAGED_TO", False): "fiancé(e)",
    ("PARTNER_OF", True): "partner", ("PARTNER_OF", False): "partner",
    ("FILED_FOR_DIVORCE", True): "divorce filing", ("FILED_FOR_DIVORCE", False): "divorce filing",
    ("SEPARATED_FROM", True): "separated", ("SEPARATED_FROM", False): "separated",
}
MAX_DEPTH = 4
_PRIORITY = ("PARENT_OF", "SPOUSE_OF", "SIBLING_OF", "PARTNER_OF", "ENGAGED_TO",
             "SEPARATED_FROM", "FILED_FOR_DIVORCE")


class PersonId(str):
    """A person's id where a name is expected: ``spouses(store, PersonId("chris-evans-2"))``
    picks that person when a name matches several (the CLI's ``--id``)."""


def find_person(store: GraphStore, name: str) -> Row:
    """The one person a name means: full-name matches win over alias matches, and those over
    longer names it begins (``Kim Kardashian`` → ``Kim Kardashian West``).

    A name several people share raises ``AmbiguousNameError`` whose ``candidates`` tell them
    apart by id and a relative (``Kim Kardashian (kim-kardashian; parent of North West)``);
    a ``PersonId`` picks one.
    """
    if isinstance(name, PersonId):
        found = store.read(store.text("PERSON"), {"id": str(name)})
        if not found:
            raise UnknownNameError(f"no person with id '{name}' in the graph")
        return found[0]
    rows = store.find_people(fold(name))
    exact = [r for r in rows if r["kind"] != "prefix"]
    pick = {r["id"]: r for r in [r for r in exact if r["kind"] == "name"] or exact or rows}
    if len(pick) == 1:
        return {k: v for k, v in next(iter(pick.values())).items() if k != "kind"}
    if pick:
        raise AmbiguousNameError(name, _candidates(store, list(pick.values())))
    raise UnknownNameError(_unknown_message(store, name))


def _candidates(store: GraphStore, rows: list[Row]) -> list[str]:
    """Each person a name may mean, told apart by id, birth year and one relative."""
    relative: dict[str, str] = {}
    for r in sorted(store.neighbors([r["id"] for r in rows]),
                    key=lambda r: (_PRIORITY.index(r["type"]), r["name"])):
        relative.setdefault(r["id"], f"{link_word(r['type'], r['out'])} {r['name']}")
    out = []
    for r in rows:
        parts = [r["id"], *(r.get("descriptors") or [])[:2]]
        if r.get("birth_date"):
            parts.append(f"born {r['birth_date'][:4]}")
        if r["id"] in relative:
            parts.append(relative[r["id"]])
        out.append(f"{r['name']} ({'; '.join(parts)})")
    return sorted(out)


def _unknown_message(store: GraphStore, name: str) -> str:
    tokens = fold(name).split()
    seen: set[str] = set()
    for token in tokens[:1] + tokens[-1:]:
        for row in store.read(store.text("SUGGEST"), {"prefix": token[:3]}):
            seen.add(row["name"])
    close = difflib.get_close_matches(name, sorted(seen), n=5, cutoff=0.5)
    hint = (f" Did you mean: {', '.join(close)}?" if close
            else " Check the spelling, or ingest articles about them.")
    return f"no person named '{name}' in the graph.{hint}"


def person(store: GraphStore, name: str) -> Row:
    """A person's properties (name, aliases, birth and death dates with their sources)."""
    return find_person(store, name)


def explain(store: GraphStore, name: str) -> Row:
    """Why a person is one node: every name each article used for them, and the reasons each
    name joined them (or was kept apart from a namesake)."""
    p = find_person(store, name)
    return {"id": p["id"], "name": p["name"], "aliases": p["aliases"] or [],
            "mentions": p["mentions"] or [], "alias_mentions": p["alias_mentions"] or [],
            "reasons": p.get("reasons") or []}


def explain_rows(store: GraphStore, name: str) -> list[Row]:
    """``explain`` as rows ``{article, what, detail}``: one per name used, one per reason."""
    e = explain(store, name)
    rows: list[Row] = []
    for what, entries in (("name", e["mentions"]), ("also called", e["alias_mentions"]),
                          ("reason", e["reasons"])):
        for entry in entries:
            article, _, detail = entry.partition(": ")
            rows.append({"id": e["id"], "article": article, "what": what, "detail": detail})
    return sorted(rows, key=lambda r: (r["article"], r["what"] != "name", r["what"]))


def _relatives(store: GraphStore, pid: str, role: str) -> list[Row]:
    rows = [r for r in store.neighbors([pid]) if _ROLE[(r["type"], r["out"])] == role]
    out = [{"name": r["name"], "id": r["other"], "descriptors": r["descriptors"] or [],
            "start": r["start"], "end": r["end"],
            "date": r["date"], "birth_date": r["birth_date"], "sources": r["sources"] or [],
            "fact": fact_id(r["type"], *((pid, r["other"]) if r["out"] else (r["other"], pid))),
            "modality": _modality.marked(r["modality"])}
           for r in rows]
    return sorted(out, key=lambda r: (r["start"] or r["birth_date"] or "9999", r["name"]))


def _with_unstated(store: GraphStore, pid: str, rows: list[Row], relation: str,
                   modality: str) -> list[Row]:
    """``rows``, and with ``modality="all"`` a row for each other person and modality of the
    rumored and denied claims of ``relation`` ("spouse of", ...): ``graph.modality``."""
    if not _modality.check(modality):
        return rows
    extra = [{"name": u["other_name"], "id": u["other"], "descriptors": [], "start": u["start"],
              "end": u["end"], "date": u["date"], "birth_date": None, "via": "claim",
              "sources": u["sources"], "fact": u["fact"], "modality": u["modality"]}
             for u in _modality.unstated_rows(claims_of(store, pid, life=False), [relation])]
    return rows + extra


def relationships(store: GraphStore, name: str) -> list[Row]:
    """Every family relationship of a person with its Cypher type, seen from them: ``type``
    (``SPOUSE_OF``, ...), ``direction`` (``out`` when the person is its start node), the other
    person, the dates and sources. The same on both stores, which spell ``type(r)``
    differently in Cypher (see docs/cypher.md)."""
    pid = find_person(store, name)["id"]
    rows = [{"type": r["type"], "direction": "out" if r["out"] else "in",
             "relation": _ROLE[(r["type"], r["out"])], "other": r["name"], "other_id": r["other"],
             "start": r["start"], "end": r["end"], "date": r["date"],
             "sources": r["sources"] or []}
            for r in store.neighbors([pid])]
    return sorted(rows, key=lambda r: (r["type"], r["other"], r["direction"]))


_SPOUSE_KEYS = ("name", "descriptors", "start", "end", "sources", "fact", "modality")
_KIN_KEYS = ("name", "descriptors", "birth_date", "sources", "fact", "modality")


def _answer(store: GraphStore, name: str, role: str, relation: str, keys: tuple[str, ...],
            modality: str) -> list[Row]:
    pid = find_person(store, name)["id"]
    rows = _with_unstated(store, pid, _relatives(store, pid, role), relation, modality)
    return [{k: r[k] for k in keys} for r in rows]


def spouses(store: GraphStore, name: str, modality: str = "stated") -> list[Row]:
    """Spouses, with wedding (``start``) and end dates, the articles that say so and how
    (``modality``: asserted or reported); ``modality="all"``: also rumored and denied ones."""
    return _answer(store, name, "spouse", "spouse of", _SPOUSE_KEYS, modality)


def children(store: GraphStore, name: str, modality: str = "stated") -> list[Row]:
    """Children, with their birth dates, oldest first (``modality``: see ``spouses``)."""
    return _answer(store, name, "child", "parent of", _KIN_KEYS, modality)


def parents(store: GraphStore, name: str, modality: str = "stated") -> list[Row]:
    """Parents (``modality``: see ``spouses``)."""
    return _answer(store, name, "parent", "child of", _KIN_KEYS, modality)


def siblings(store: GraphStore, name: str, modality: str = "stated") -> list[Row]:
    """Siblings: stated ones, and those who share a parent (``via`` says which; reported when
    a parent link is); ``modality="all"``: also rumored and denied ones (``via`` "claim")."""
    pid = find_person(store, name)["id"]
    found: dict[str, Row] = {}
    for r in _relatives(store, pid, "sibling"):
        found[r["id"]] = {**r, "via": "stated"}
    parents_of = {r["id"]: r["modality"] for r in _relatives(store, pid, "parent")}
    for r in store.neighbors(list(parents_of)):
        if r["type"] == "PARENT_OF" and r["out"] and r["other"] != pid and r["other"] not in found:
            said = {parents_of[r["id"]], _modality.marked(r["modality"])}
            found[r["other"]] = {"name": r["name"], "descriptors": r["descriptors"] or [],
                                 "via": "shared parent", "fact": None,
                                 "sources": r["sources"] or [],
                                 "modality": "reported" if "reported" in said else "asserted"}
    rows = sorted(found.values(), key=lambda r: r["name"])
    rows = _with_unstated(store, pid, rows, "sibling of", modality)
    return [{k: r[k] for k in ("name", "descriptors", "via", "sources", "fact", "modality")}
            for r in rows]


def family(store: GraphStore, name: str, depth: int = 2, modality: str = "stated"
           ) -> list[Row]:
    """Everyone within ``depth`` family links, with how they are related (``child > spouse``)
    and how the link that reached them is stated (``modality``); ``modality="all"``: also the
    people a rumored or denied claim links to the person or to a relative nearer than
    ``depth`` (``unstated_family``)."""
    links = family_links(store, name, depth, dated=False)
    rows = [{**{k: r[k] for k in _FAMILY_KEYS}, "modality": _modality.marked(r["link"]["modality"])}
            for r in links]
    if _modality.check(modality):
        rows += [{k: u[k] for k in (*_FAMILY_KEYS, "modality")}
                 for u in unstated_family(store, name, links, depth)]
    return rows


_FAMILY_KEYS = ("name", "id", "descriptors", "distance", "relation")


def unstated_family(store: GraphStore, name: str, links: list[Row], depth: int) -> list[Row]:
    """The rows ``family(modality="all")`` adds, each also with ``claims``: the rumored and
    denied claims of the person and of each relative nearer than ``depth``, once a pair."""
    root = find_person(store, name)["id"]
    origins = {root: (0, ""), **{r["id"]: (r["distance"], r["relation"]) for r in links
                                 if r["distance"] < depth}}
    claims = relationship_claims(store, list(origins))
    rows: list[Row] = []
    seen: set[tuple[str, str]] = set()
    for pid, (distance, chain) in origins.items():
        for u in _modality.unstated_rows(claims[pid], _modality.ROLES):
            key = (u["fact"], u["modality"])
            if u["other"] == root or key in seen:
                continue
            seen.add(key)
            role = _modality.ROLES[u["relation"]]
            rows.append({"name": u["other_name"], "id": u["other"], "descriptors": [],
                         "distance": distance + 1,
                         "relation": f"{chain} > {role}" if chain else role,
                         "modality": u["modality"], "claims": u["claims"]})
    return rows


def family_links(store: GraphStore, name: str, depth: int = 2,
                 keep: Callable[[Row], bool] | None = None, dated: bool = True) -> list[Row]:
    """``family`` rows, each also with the link that reached it: ``via`` (the person one link
    closer), ``link`` (that neighbour row). ``keep``: which neighbour rows count as links;
    ``dated=False``: links may lack dates, sources and confidence (``store.neighborhood``)."""
    if not 1 <= depth <= MAX_DEPTH:
        raise CelebgraphError(f"depth must be between 1 and {MAX_DEPTH}, not {depth}")
    root = find_person(store, name)
    by_id: dict[str, list[Row]] = {}
    for r in store.neighborhood(root["id"], depth - 1, dated):
        if keep is None or keep(r):
            by_id.setdefault(r["id"], []).append(r)
    seen: dict[str, Row] = {root["id"]: {"relation": ""}}
    frontier = [root["id"]]
    rows: list[Row] = []
    for distance in range(1, depth + 1):
        nxt: list[str] = []
        found = [r for pid in frontier for r in by_id.get(pid, [])]
        for r in sorted(found, key=lambda r: (_PRIORITY.index(r["type"]), r["id"], r["other"])):
            if r["other"] in seen:
                continue
            chain = seen[r["id"]]["relation"]
            role = _ROLE[(r["type"], r["out"])]
            row = {"name": r["name"], "id": r["other"], "descriptors": r["descriptors"] or [],
                   "distance": distance,
                   "relation": f"{chain} > {role}" if chain else role, "via": r["id"],
                   "link": r}
            seen[r["other"]] = row
            rows.append(row)
            nxt.append(r["other"])
        frontier = nxt
        if not frontier:
            break
    return rows


def path(store: GraphStore, a: str, b: str, max_hops: int = 8,
         modality: str = "stated") -> list[Row]:
    """How two people are related: the steps of a shortest chain of stated family links;
    ``modality="all"``: after each step, the rumored and denied claims between its people."""
    rows: list[Row] = []
    steps = path_steps(store, a, b, max_hops)
    extra = unstated_between(store, steps, modality)
    for s, more in zip(steps, extra, strict=True):
        rows.append({k: s[k] for k in _PATH_KEYS})
        rows += [{"from": s["from"], "relation": u["relation"], "to": s["to"], "type": None,
                  "modality": u["modality"]} for u in more]
    return rows


_PATH_KEYS = ("from", "relation", "to", "type", "modality")


def unstated_between(store: GraphStore, steps: list[Row], modality: str) -> list[list[Row]]:
    """For each path step, the rumored and denied claims between its two people (with
    ``modality="all"``; else none): ``graph.modality.unstated_rows``."""
    if not _modality.check(modality):
        return [[] for _ in steps]
    claims = {pid: claims_of(store, pid, life=False) for pid in {s["from_id"] for s in steps}}
    return [[u for u in _modality.unstated_rows(claims[s["from_id"]], _modality.ROLES)
             if u["other"] == s["to_id"]] for s in steps]


def path_steps(store: GraphStore, a: str, b: str, max_hops: int = 8) -> list[Row]:
    """``path`` rows, each also with ``from_id`` and ``to_id``."""
    pa, pb = find_person(store, a), find_person(store, b)
    if pa["id"] == pb["id"]:
        return []
    steps = store.shortest_path(pa["id"], pb["id"], max_hops)
    if steps is None:
        raise CelebgraphError(
            f"'{pa['name']}' and '{pb['name']}' are not related within {max_hops} links"
        )
    # Of the links between two consecutive people, name the most telling one (spouse before
    # divorce filing), so that equally short paths read the same on every store.
    links: dict[tuple[str, str], Row] = {}
    known = [{"id": s["from_id"], "other": s["to_id"], **k} for s in steps
             for k in s.get("links", ())]  # the store may hand them over with the steps
    looked = store.neighbors([s["from_id"] for s in steps if "links" not in s])
    for r in known + looked:
        best = links.get((r["id"], r["other"]))
        if best is None or _PRIORITY.index(r["type"]) < _PRIORITY.index(best["type"]):
            links[(r["id"], r["other"])] = r
    rows = []
    for s in steps:
        link = links.get((s["from_id"], s["to_id"]), {"type": s["type"], "out": s["forward"]})
        rows.append({"from": s["from"], "relation": link_word(link["type"], link["out"]),
                     "to": s["to"], "type": link["type"], "from_id": s["from_id"],
                     "to_id": s["to_id"], "modality": _modality.marked(link.get("modality"))})
    return rows



def stats(store: GraphStore) -> dict[str, Any]:
    """Counts of people, articles and of each relationship type."""
    d = store.dialect
    return {
        "people": store.read(d.texts["COUNT_PEOPLE"])[0]["n"],
        "articles": store.read(d.texts["COUNT_ARTICLES"])[0]["n"],
        "relationships": {t: store.read(q)[0]["n"] for t, q in d.rel_count.items()},
    }


def stats_rows(store: GraphStore) -> list[Row]:
    """``stats`` as (what, count) rows, for tables."""
    s = stats(store)
    rows: list[Row] = [{"what": "people", "count": s["people"]},
                       {"what": "articles", "count": s["articles"]}]
    return rows + [{"what": t, "count": n} for t, n in s["relationships"].items()]
