"""Where each fact about a person came from: every article's claim, with its sentence.

Each article's claim is a ``(:Claim)`` node (``graph.model``); this reads them back for one
person as plain rows: how the person is linked to the other one, the dates that article gave,
its sentence, confidence, modality, and the article: id, title, URL, published date, author
and site.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from celebgraph.graph.model import REL_TYPES, fact_id, user_seq
from celebgraph.graph.store import GraphStore, Row

__all__ = [
    "ARTICLE_FIELDS",
    "claim_fact",
    "claim_row",
    "claims_of",
    "link_word",
    "person_claims",
    "relation_word",
    "relationship_claims",
    "with_article_fields",
    "with_articles",
]

# What an answer shows of the article behind a claim, besides its id.
ARTICLE_FIELDS = ("title", "url", "published", "author", "site")
# How the person is linked to the other one, by relationship type and direction.
_LINK = {
    ("PARENT_OF", True): "parent of", ("PARENT_OF", False): "child of",
    ("SPOUSE_OF", True): "spouse of", ("SIBLING_OF", True): "sibling of",
    ("ENGAGED_TO", True): "engaged to", ("PARTNER_OF", True): "partner of",
    ("FILED_FOR_DIVORCE", True): "filed for divorce with",
    ("SEPARATED_FROM", True): "separated from",
}


def link_word(rtype: str, out: bool) -> str:
    return _LINK.get((rtype, out)) or _LINK[(rtype, True)]


def claim_row(claim: dict[str, Any], **row: Any) -> Row:
    """A claim as answers show it: dates, sentence, confidence, modality, its article; what
    the user said (``celebgraph assert``/``correct``) has the modality "user", its curation
    record as article and its note as evidence."""
    by_user = user_seq(claim) is not None
    return {**row, "start": claim.get("start"), "end": claim.get("end"),
            "date": claim.get("date"), "evidence": claim.get("evidence"),
            "confidence": claim.get("confidence"),
            "modality": "user" if by_user else claim.get("modality") or "asserted",
            "article": claim.get("doc"), **{k: claim.get(k) for k in ARTICLE_FIELDS}}


def relation_word(relation: str, out: bool) -> str:
    """``spouse of``, ``child of``, ``born``: a claim's relation seen from one of its people."""
    rtype = REL_TYPES.get(relation)
    return link_word(rtype, out) if rtype else relation


def claim_fact(relation: str, pid: str, other: str | None, out: bool) -> str:
    """The fact id (``model.fact_id``) of a claim about ``pid``, seen from them."""
    if other is None:
        return f"{relation}:{pid}"
    a, b = (pid, other) if out else (other, pid)
    return fact_id(REL_TYPES[relation], a, b)


def with_articles(store: GraphStore, claims: list[Row]) -> dict[str, Row]:
    """The ``ARTICLE_FIELDS`` of the articles of these claims, by article id."""
    ids = sorted({c["doc"] for c in claims if c["doc"]})
    if not ids:
        return {}
    return {r["id"]: r for r in store.read(store.text("ARTICLES_BY_ID"), {"ids": ids})}


def claims_of(store: GraphStore, pid: str, *, life: bool = True) -> list[Row]:
    """The claims about ``pid`` as rows (``claim_row``, without their articles' fields): of
    its relationships, and with ``life`` its birth and death."""
    rows = store.read(store.text("PERSON_CLAIMS"), {"id": pid})
    if life:
        rows += [{**r, "out": True, "other": None, "name": None}
                 for r in store.read(store.text("PERSON_LIFE_CLAIMS"), {"id": pid})]
    return [_person_claim(r, pid) for r in rows]


def _person_claim(r: Row, pid: str) -> Row:
    """A claim read from ``pid``'s side (``out``: ``pid`` is its subject) as a ``claim_row``."""
    return claim_row(r, fact=claim_fact(r["relation"], pid, r["other"], r["out"]),
                     relation=relation_word(r["relation"], r["out"]), other=r["other"],
                     other_name=r["name"])


def relationship_claims(store: GraphStore, pids: Sequence[str]) -> dict[str, list[Row]]:
    """``claims_of(pid, life=False)`` of each of ``pids``: in one query where the store
    UNWINDs well (Neo4j), else one query per person."""
    if not store.dialect.unwind_lookups:
        return {pid: claims_of(store, pid, life=False) for pid in dict.fromkeys(pids)}
    found: dict[str, list[Row]] = {pid: [] for pid in pids}
    for r in store.read(store.text("PERSON_CLAIMS_MANY"), {"ids": list(found)}):
        found[r["pid"]].append(_person_claim(r, r["pid"]))
    return found


def with_article_fields(store: GraphStore, rows: list[Row]) -> list[Row]:
    """Claim rows with their articles' ``ARTICLE_FIELDS``, looked up at once."""
    found = with_articles(store, [{"doc": r["article"]} for r in rows])
    return [{**r, **{k: found.get(r["article"], {}).get(k) for k in ARTICLE_FIELDS}}
            for r in rows]


def person_claims(store: GraphStore, pid: str) -> list[Row]:
    """Every article's claim about the person ``pid``: relation, the other person, dates,
    evidence sentence, confidence, modality, article (and its fields) and fact id."""
    facts = with_article_fields(store, claims_of(store, pid))
    return sorted(facts, key=lambda f: (f["relation"] or "", f["other_name"] or "",
                                        f["article"] or "", f["evidence"] or ""))
