"""Where each fact about a person came from: every article's claim, with its sentence.

A relationship and a birth or death keep one claim per article (``graph.model``); this reads
them back for one person as plain rows: how the person is linked to the other one, the dates
that article gave, its sentence, confidence, modality and the article's id.
"""

from __future__ import annotations

from typing import Any

from celebgraph.graph.cypher import directed_union
from celebgraph.graph.model import decode_claims, fact_id, user_seq
from celebgraph.graph.store import GraphStore, Row

__all__ = ["PERSON_CLAIMS", "PERSON_FACTS", "RTYPE", "claim_row", "link_word", "person_claims",
           "with_rtype"]

RTYPE = {"neo4j": "type(r)", "ladybug": "label(r)"}
# Every article's claim about a relationship of one person, with its direction seen from them.
PERSON_CLAIMS = directed_union(
    "MATCH (p:Person {id: $id})\n",
    "\nRETURN %(rtype)s AS type, %(out)s AS out, q.id AS other, q.name AS name,"
    " r.claims AS claims\n",
)
# A person's own claims (births, deaths).
PERSON_FACTS = "MATCH (p:Person {id: $id}) RETURN p.facts AS facts"
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


def with_rtype(store: GraphStore, template: str) -> str:
    """A query text with the relationship's type spelled as the store's dialect wants."""
    return template.replace("%(rtype)s", RTYPE[store.dialect.name])


def claim_row(claim: dict[str, Any], **row: Any) -> Row:
    """One claim as a row; what the user said (``celebgraph assert``/``correct``) has the
    modality "user", its curation record as article and its note as evidence."""
    by_user = user_seq(claim) is not None
    return {**row, "start": claim.get("start"), "end": claim.get("end"),
            "date": claim.get("date"), "evidence": claim.get("evidence"),
            "confidence": claim.get("confidence"),
            "modality": "user" if by_user else claim.get("modality") or "asserted",
            "article": claim.get("doc")}


def person_claims(store: GraphStore, pid: str) -> list[Row]:
    """Every article's claim about the person ``pid``: relation, the other person, dates,
    evidence sentence, confidence, modality and article id."""
    facts = []
    for r in store.read(with_rtype(store, PERSON_CLAIMS), {"id": pid}):
        for claim in decode_claims(r["claims"]):
            a, b = (pid, r["other"]) if r["out"] else (r["other"], pid)
            facts.append(claim_row(claim, fact=fact_id(r["type"], a, b),
                                   relation=link_word(r["type"], r["out"]),
                                   other=r["other"], other_name=r["name"]))
    for r in store.read(PERSON_FACTS, {"id": pid}):
        for claim in decode_claims(r["facts"]):
            facts.append(claim_row(claim, fact=f"{claim.get('relation')}:{pid}",
                                   relation=claim.get("relation"), other=None,
                                   other_name=None))
    return sorted(facts, key=lambda f: (f["relation"] or "", f["other_name"] or "",
                                        f["article"] or "", f["evidence"] or ""))
