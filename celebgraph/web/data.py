"""What each page shows, as plain rows: the Python API's answers, and the claims behind them.

A page's data is one dict, served as JSON at ``/api/...`` beside the HTML page that renders it.
People are addressed by id (``PersonId``), so a name several people share never picks one.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from celebgraph.errors import CelebgraphError
from celebgraph.graph.api import Graph
from celebgraph.graph.model import fold
from celebgraph.graph.provenance import claim_row, link_word, person_claims, relation_word
from celebgraph.graph.queries import PersonId
from celebgraph.graph.store import GraphStore, Row
from celebgraph.web import queries as wq

__all__ = ["UnknownArticleError", "article_page", "person_facts", "person_page", "search"]

SEARCH_LIMIT = 50
# The most people the family drawing shows; past it, only the nearest generation of links.
DRAWN_PEOPLE = 150
_GENERATION = {"parent": -1, "child": 1}
_PRIORITY = ("PARENT_OF", "SPOUSE_OF", "SIBLING_OF", "PARTNER_OF", "ENGAGED_TO",
             "SEPARATED_FROM", "FILED_FOR_DIVORCE")


class UnknownArticleError(CelebgraphError):
    """No article in the graph has this id."""


def search(graph: Graph, text: str, limit: int = SEARCH_LIMIT) -> Row:
    """People whose name or alias begins with ``text`` or has a word beginning with it; each
    told apart by birth year and one relative. ``ambiguous``: the text is the full name (or
    alias) of several people."""
    key = fold(text)
    out: Row = {"query": text, "people": [], "ambiguous": False, "more": False}
    if not key:
        return out
    store = graph.store
    rows = store.read(wq.SEARCH % {"limit": limit + 1}, {"text": key, "word": " " + key})
    found = {r["id"]: r for r in rows}
    exact = {r["id"] for r in store.find_people(key) if r["kind"] != "prefix"}
    relative: dict[str, str] = {}
    links = store.neighbors(list(found))
    for r in sorted(links, key=lambda r: (_PRIORITY.index(r["type"]), r["name"])):
        relative.setdefault(r["id"], f"{link_word(r['type'], r['out'])} {r['name']}")
    people = [{"id": pid, "name": r["name"], "birth_date": r["birth_date"],
               "death_date": r["death_date"], "relative": relative.get(pid),
               "descriptor": next(iter(r["descriptors"] or []), None),
               "exact": pid in exact} for pid, r in found.items()]
    people.sort(key=lambda p: (not p["exact"], not fold(p["name"]).startswith(key), p["name"]))
    out.update(people=people[:limit], ambiguous=len(exact) > 1, more=len(people) > limit)
    return out


def person_facts(graph: Graph, pid: str) -> list[Row]:
    """Every article's claim about the person (``graph.provenance.person_claims``)."""
    return person_claims(graph.store, pid)


def _article(store: GraphStore, aid: str) -> Row | None:
    rows = store.read(wq.ARTICLE, {"id": aid})
    if not rows:
        return None
    node = rows[0]["node"]  # Neo4j leaves out the properties that are null
    props = {k: v for k, v in node.items() if not k.startswith("_") and k != "done"}
    return {"id": aid, "title": None, "published": None, "path": None, **props}


def _articles(store: GraphStore, ids: set[str]) -> list[Row]:
    found = [_article(store, aid) for aid in sorted(ids)]
    return [a for a in found if a is not None]


def _with_ids(rows: list[Row], ids_by_name: dict[str, set[str]]) -> list[Row]:
    """The API's rows with the id of the relative each names, where the name is one person's
    among the family (so it can be linked)."""
    out = []
    for row in rows:
        ids = ids_by_name.get(row["name"], set())
        out.append({**row, "id": next(iter(ids)) if len(ids) == 1 else None})
    return out


def family_drawing(graph: Graph, person: Row, family: list[Row]) -> Row:
    """Nodes (with a generation: parents -1, children +1) and edges of the family around a
    person, for the interactive drawing."""
    nodes = {person["id"]: {"id": person["id"], "name": person["name"], "relation": "",
                            "distance": 0, "generation": 0}}
    near = [r for r in family if r["distance"] <= 2]
    if len(near) >= DRAWN_PEOPLE:
        near = [r for r in family if r["distance"] == 1]
    for r in near[:DRAWN_PEOPLE]:
        steps = [s.strip() for s in r["relation"].split(">")]
        nodes[r["id"]] = {"id": r["id"], "name": r["name"], "relation": r["relation"],
                          "distance": r["distance"],
                          "generation": sum(_GENERATION.get(s, 0) for s in steps)}
    edges: dict[tuple[str, str, str], Row] = {}
    for r in graph.store.neighborhood(person["id"], 1, dated=False):
        a, b = (r["id"], r["other"]) if r["out"] else (r["other"], r["id"])
        if a in nodes and b in nodes:
            edges[(r["type"], a, b)] = {"source": a, "target": b, "type": r["type"]}
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def person_page(graph: Graph, pid: str) -> Row:
    """Everything the person page shows: the person, spouses (with dates), children, parents,
    siblings, the family drawing, the timeline, every fact with its evidence, the articles."""
    who = PersonId(pid)
    person = graph.person(who)
    family = graph.family(who, 2)
    ids_by_name: dict[str, set[str]] = {}
    for r in family:
        ids_by_name.setdefault(r["name"], set()).add(r["id"])
    facts = person_facts(graph, person["id"])
    docs = {f["article"] for f in facts if f["article"]}
    return {
        "person": {k: v for k, v in person.items() if k not in ("mentions", "alias_mentions")},
        "spouses": _with_ids(graph.spouses(who), ids_by_name),
        "children": _with_ids(graph.children(who), ids_by_name),
        "parents": _with_ids(graph.parents(who), ids_by_name),
        "siblings": _with_ids(graph.siblings(who), ids_by_name),
        "other": [r for r in family if r["distance"] == 1
                  and r["relation"] not in ("spouse", "child", "parent", "sibling")],
        "family": family_drawing(graph, person, family),
        "timeline": graph.timeline(who),
        "facts": facts,
        "articles": _articles(graph.store, docs),
    }


def article_page(graph: Graph, aid: str) -> Row:
    """An article, the people it names and every fact it gave, with its sentence."""
    store = graph.store
    article = _article(store, aid)
    if article is None:
        raise UnknownArticleError(f"no article with id '{aid}' in the graph")
    people = [{"id": r["id"], "name": r["name"]}
              for r in store.read(wq.ARTICLE_PEOPLE, {"id": aid})]
    facts = [claim_row(r, subject=r["subject"], subject_name=r["subject_name"],
                       relation=relation_word(r["relation"], True), other=r["object"],
                       other_name=r["object_name"])
             for text in ("ARTICLE_REL_CLAIMS", "ARTICLE_LIFE_CLAIMS")
             for r in store.read(store.text(text), {"id": aid})]
    facts.sort(key=lambda f: (f["subject_name"], f["relation"] or "", f["other_name"] or ""))
    people.sort(key=lambda p: (p["name"], p["id"]))
    text = article_text(article, [f["evidence"] for f in facts if f["evidence"]])
    return {"article": article, "people": people, "facts": facts, "text": text}


def article_text(article: Row, evidence: list[str]) -> list[Row] | None:
    """The article's text as ``{text, evidence}`` pieces, its facts' sentences marked, when
    its file is still where it was read and unchanged (the same sha256); else None. The graph
    keeps no article text, and a file that changed is not the text the facts came from."""
    path = Path(str(article.get("path") or ""))
    try:
        if not article.get("sha256") or not path.is_file():
            return None
        if hashlib.sha256(path.read_bytes()).hexdigest() != article["sha256"]:
            return None
        from celebgraph.extract.reading.sources import read_document

        text = read_document(path).text
    except (OSError, CelebgraphError):
        return None
    spans = sorted({m.span() for e in set(evidence)
                    for m in re.finditer(r"\s+".join(map(re.escape, e.split())), text)})
    pieces, at = [], 0
    for start, end in spans:
        if start < at:  # overlapping sentences: mark the rest of the later one
            start = at
        if start >= end:
            continue
        if start > at:
            pieces.append({"text": text[at:start], "evidence": False})
        pieces.append({"text": text[start:end], "evidence": True})
        at = end
    pieces.append({"text": text[at:], "evidence": False})
    return [p for p in pieces if p["text"]]
