"""Where each fact about a person came from: every article's claim, with its sentence.

Each article's claim is a ``(:Claim)`` node (``graph.model``); this reads them back for one
person as plain rows: how the person is linked to the other one, the dates that article gave,
its sentence, confidence, modality, and the article: id, title, URL, published date, author
and site.
"""

from __future__ import annotations

from typing import Any

from celebgraph.graph.model import REL_TYPES, fact_id, user_seq
from celebgraph.graph.store import GraphStore, Row

__all__ = ["ARTICLE_FIELDS", "claim_fact", "claim_row", "link_word", "person_claims",
           "relation_word"]

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


def person_claims(store: GraphStore, pid: str) -> list[Row]:
    """Every article's claim about the person ``pid``: relation, the other person, dates,
    evidence sentence, confidence, modality, article and fact id."""
    facts = [claim_row(r, fact=claim_fact(r["relation"], pid, r["other"], r["out"]),
                       relation=relation_word(r["relation"], r["out"]), other=r["other"],
                       other_name=r["name"])
             for r in store.read(store.text("PERSON_CLAIMS"), {"id": pid})]
    return sorted(facts, key=lambda f: (f["relation"] or "", f["other_name"] or "",
                                        f["article"] or "", f["evidence"] or ""))
