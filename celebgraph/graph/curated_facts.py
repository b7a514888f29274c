"""Facts the user rejects, asserts or corrects: fact ids, and the claims curation writes.

A *fact id* names one relationship or one birth/death, never one article's claim:
``spouse:kanye-west:kim-kardashian`` (a symmetric relation, its two ids in sorted order),
``parent:kim-kardashian:north`` (parent, then child), ``born:psalm``. ``person``, ``--evidence``
and ``--format json`` show it, to be copied into ``reject`` and ``correct``.

What the user says is a claim like an article's, with ``doc`` "curation:<seq>" (the record's
number), the note as its evidence and ``curation`` "asserted" or "corrected": it stays through
any ingest (an ingest replaces only its own articles' claims), and the dates it gives win
(``model.shown_date``). A rejected fact is deleted, its claims kept in the record to undo it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from celebgraph.errors import CurationError, UnknownFactError
from celebgraph.graph.cypher import Dialect
from celebgraph.graph.model import (
    REL_TYPES,
    USER_DOC,
    RelRow,
    WriteBatch,
    canonical_pair,
    claim_row,
    derive_rel,
    fact_id,
    supporting,
    unstated,
)
from celebgraph.graph.store import GraphStore, Row, Tx, apply_batch, run_rows
from celebgraph.graph.writer import life_claims, person_row, rel_claims
from celebgraph.models import DATE_FIELDS, RELATIONS

__all__ = ["LIFE", "Target", "apply_assert", "apply_correct", "apply_reject", "check_dates",
           "exists", "fact_id", "parse_fact", "relation_of", "undo_claim", "undo_reject",
           "user_claim"]

LIFE = ("born", "died")
_RELATION = {rtype: relation for relation, rtype in REL_TYPES.items()}
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
Redirect = Callable[[str], str]  # a person id → the id of the person it now is (merges)


@dataclass(frozen=True)
class Target:
    """What a fact id names: a relationship (``rtype``, ``a``, ``b``) or a life event
    (``relation`` born/died of ``a``)."""

    relation: str
    a: str
    b: str | None = None

    @property
    def rtype(self) -> str:
        return REL_TYPES[self.relation]

    @property
    def fact(self) -> str:
        if self.b is None:
            return f"{self.relation}:{self.a}"
        return fact_id(self.rtype, self.a, self.b)

    def moved(self, redirect: Redirect) -> Target:
        a, b = redirect(self.a), None if self.b is None else redirect(self.b)
        if b is not None:
            a, b = canonical_pair(self.rtype, a, b)
        return Target(self.relation, a, b)


def parse_fact(text: str) -> Target:
    """The target of a fact id; ``UnknownFactError`` when it is not one."""
    relation, *ids = text.strip().split(":")
    two = relation in REL_TYPES and len(ids) == 2
    if not all(ids) or not (two or (relation in LIFE and len(ids) == 1)):
        raise UnknownFactError(
            f"'{text}' is not a fact id (RELATION:ID:ID or born:ID/died:ID): copy one from the "
            "FACT column of `celebgraph person NAME`")
    target = Target(relation, ids[0], ids[1] if two else None)
    return target.moved(lambda pid: pid)


def check_dates(relation: str, dates: dict[str, str | None]) -> dict[str, str]:
    """The dates given, if ``relation`` carries them and they are ISO dates."""
    given = {k: v for k, v in dates.items() if v}
    allowed = DATE_FIELDS.get(relation, ())
    for name, value in given.items():
        if name not in allowed:
            fields = ", ".join(f"--{f}" for f in allowed) or "none"
            raise CurationError(f"a {relation} fact has no {name} date (its dates: {fields})")
        if not _ISO.fullmatch(value):
            raise CurationError(f"'{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return given


def user_claim(seq: int, kind: str, note: str | None, dates: dict[str, str]) -> dict[str, Any]:
    """The claim a record adds: the user's own, with the note as its evidence."""
    return {"doc": f"{USER_DOC}{seq}", "curation": kind, **dates,
            "evidence": note or f"{kind} by the user",
            "confidence": 1.0 if kind == "asserted" else None}


# ---- reading and writing the claims of one target, inside a transaction ----
def get_claims(tx: Tx, dialect: Dialect, t: Target) -> list[dict[str, Any]] | None:
    """The target's claims (denials too); None when the person is not there, or neither the
    relationship nor a claim about it."""
    if t.b is None:
        if not tx.run(dialect.texts["EXISTING_IDS_ONE"], {"id": t.a}):
            return None
        return [c for c in life_claims(dialect, tx, [t.a])[t.a] if c["relation"] == t.relation]
    claims = rel_claims(dialect, tx, [(t.rtype, t.a, t.b)])[(t.rtype, t.a, t.b)]
    if not claims and not run_rows(tx, dialect, dialect.rel_state[t.rtype],
                                   [{"a": t.a, "b": t.b}]):
        return None
    return claims


def put_claims(tx: Tx, dialect: Dialect, t: Target, claims: list[dict[str, Any]]) -> bool:
    """Make these the target's claims (none that states it: the relationship goes); False
    when one of its people is not in the graph."""
    ids = [t.a] if t.b is None else [t.a, t.b]
    people = {r["id"]: r for r in tx.run(dialect.texts["PEOPLE_STATE"], {"ids": ids})}
    if len(people) < len(set(ids)):
        return False
    given = [{**c, "relation": t.relation} for c in claims]
    # New nodes: ids of their own (an article's claim may come back here after its article
    # made claims again under its usual ``doc#n`` ids).
    nodes = [claim_row(c, f"{c['doc']}#{t.fact}#{k}", t.a, t.b) for k, c in enumerate(given)]
    if t.b is None:
        p = people[t.a]
        run_rows(tx, dialect, dialect.texts["DROP_LIFE_CLAIMS"],
                 [{"id": t.a, "relation": t.relation}])
        kept = life_claims(dialect, tx, [t.a])[t.a]
        row = person_row(t.a, set(p["mentions"] or []), set(p["alias_mentions"] or []),
                         kept + given, p["reasons"] or [], p["descriptor_mentions"] or [],
                         p["age_mentions"] or [])
        apply_batch(tx, dialect, WriteBatch(people=[row], claims=nodes))
        return True
    run_rows(tx, dialect, dialect.texts["DROP_REL_CLAIMS"],
             [{"a": t.a, "b": t.b, "relation": t.relation}])
    rel = RelRow(type=t.rtype, a=t.a, b=t.b, **derive_rel(given))
    batch = (WriteBatch(relationships=[rel], claims=nodes) if supporting(given)
             else WriteBatch(deleted_rels=[rel], claims=nodes))
    apply_batch(tx, dialect, batch)
    return True


class _Reads:
    """A store's trusted reads, where a transaction is expected."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self.store.read(query, params)


def exists(store: GraphStore, t: Target) -> bool:
    """Whether the graph holds the fact (a relationship, or a birth/death a claim states)."""
    return bool(supporting(get_claims(_Reads(store), store.dialect, t) or []))


def _by_doc(first: list[dict[str, Any]], then: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``first``, and the claims of ``then`` from articles ``first`` has none of (of the same
    modality: an article may state a fact and deny it)."""
    docs = {(c["doc"], c.get("modality")) for c in first}
    return first + [c for c in then if (c["doc"], c.get("modality")) not in docs]


def _denials(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The claims that do not state the fact (denied, rumored): they outlive a rejection."""
    return unstated(claims)


# ---- each record, applied (again) and undone; ``Row`` is the record ----
def apply_reject(tx: Tx, dialect: Dialect, rec: Row, redirect: Redirect) -> Row | None:
    """Delete the fact; the claims that state it go to the record's state, to be restored by
    undo (denials stay: they agree with the user)."""
    t = parse_fact(rec["fact"]).moved(redirect)
    claims = get_claims(tx, dialect, t) or []
    if not supporting(claims):
        return None
    put_claims(tx, dialect, t, _denials(claims))
    return {"claims": _by_doc(supporting(claims), rec["state"].get("claims", []))}


def undo_reject(tx: Tx, dialect: Dialect, rec: Row, redirect: Redirect) -> None:
    t = parse_fact(rec["fact"]).moved(redirect)
    now = get_claims(tx, dialect, t) or []
    put_claims(tx, dialect, t, _by_doc(now, rec["state"].get("claims", [])))


def _target(rec: Row, redirect: Redirect) -> Target:
    return parse_fact(rec["fact"]).moved(redirect)


def apply_assert(tx: Tx, dialect: Dialect, rec: Row, redirect: Redirect) -> Row | None:
    """Add the user's claim, making the relationship if there is none."""
    t = _target(rec, redirect)
    claims = get_claims(tx, dialect, t) or []
    claim = rec["state"]["claim"]
    if not any(c["doc"] == claim["doc"] for c in claims):
        put_claims(tx, dialect, t, [*claims, claim])
    return None


def apply_correct(tx: Tx, dialect: Dialect, rec: Row, redirect: Redirect) -> Row | None:
    """Add the user's dates to the fact while articles (or the user) still state it."""
    t = _target(rec, redirect)
    claims = get_claims(tx, dialect, t)
    if not claims:
        return None
    stating = supporting(claims)
    if all(c.get("curation") == "corrected" for c in stating):
        if stating:  # only corrections (and denials) left: nothing states the fact now
            put_claims(tx, dialect, t, _denials(claims))
        return None
    claim = rec["state"]["claim"]
    if not any(c["doc"] == claim["doc"] for c in claims):
        put_claims(tx, dialect, t, [*claims, claim])
    return None


def undo_claim(tx: Tx, dialect: Dialect, rec: Row, redirect: Redirect) -> None:
    """Take the record's claim back out (an assert's or a correction's)."""
    t = _target(rec, redirect)
    claims = get_claims(tx, dialect, t)
    if claims is not None:
        doc = rec["state"]["claim"]["doc"]
        put_claims(tx, dialect, t, [c for c in claims if c["doc"] != doc])


def relation_of(text: str) -> str:
    """A relation name for ``assert``; ``CurationError`` naming the known ones otherwise."""
    if text not in RELATIONS:
        raise CurationError(f"'{text}' is not a relation: use one of {', '.join(RELATIONS)}")
    return text
