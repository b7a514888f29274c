"""From resolved extractions to a ``WriteBatch``: merge each article's claims with the store's.

Articles own their claims. Adding an article replaces whatever claims it had; removing one
drops them and recomputes every property from the claims that remain, deleting relationships
and people nothing supports any more.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from celebgraph.graph.cypher import Dialect
from celebgraph.graph.model import (
    CLAIM_PROPS,
    REL_TYPES,
    RELATIONS,
    ArticleRow,
    ClaimRow,
    PersonRow,
    RelRow,
    WriteBatch,
    canonical_pair,
    claim_row,
    derive_rel,
    fold,
    shown_date,
    supporting,
)
from celebgraph.graph.resolve import Resolution, doc_people
from celebgraph.graph.store import Row, Tx, apply_batch, run_rows
from celebgraph.models import Document, Extraction

__all__ = ["Contributions", "StaleResolution", "collect", "ingest_tx", "life_claims",
           "lock_claims", "rel_claims", "remove_articles_tx"]

RelKey = tuple[str, str, str]  # (type, a, b)


@dataclass
class Contributions:
    """What a set of articles says: names per person, born/died claims, relationship claims."""

    docs: set[str] = field(default_factory=set)
    mentions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    alias_mentions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    reasons: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    descriptors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ages: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    rels: dict[RelKey, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))


def collect(extractions: Sequence[Extraction], resolution: Resolution) -> Contributions:
    """Turn resolved extractions into per-person and per-relationship claims."""
    out = Contributions()
    for pid, reasons in resolution.reasons.items():
        out.reasons[pid].update(reasons)
    for ext in extractions:
        doc = ext.document.id
        out.docs.add(doc)
        for person in doc_people(ext):
            pid = resolution.person_id(doc, person.name)
            out.mentions[pid].add(f"{doc}: {person.name}")
            out.alias_mentions[pid].update(f"{doc}: {a}" for a in person.aliases)
            out.descriptors[pid].update(f"{doc}: {d}" for d in person.descriptors)
            out.ages[pid].update(f"{doc}: {year}" for year in person.born_about)
        for n, fact in enumerate(ext.facts):
            # An article's claims are replaced whole, so its own numbering keeps ids unique.
            claim = {"id": f"{doc}#{n}", "doc": doc, "relation": fact.relation,
                     "evidence": fact.evidence, "span": fact.span,
                     "confidence": fact.confidence, "modality": fact.modality}
            subject = resolution.person_id(doc, fact.subject)
            if fact.relation in ("born", "died"):
                out.facts[subject].append({**claim, "date": fact.date})
                continue
            if not fact.object:
                continue
            rtype = REL_TYPES[fact.relation]
            a, b = canonical_pair(rtype, subject, resolution.person_id(doc, fact.object))
            if a == b:
                continue
            dates = {"start": fact.start, "end": fact.end, "date": fact.date}
            out.rels[(rtype, a, b)].append({**claim, **dates})
    return out


def _doc(entry: str) -> str:
    return entry.partition(": ")[0]


def _canonical_name(mentions: Iterable[str]) -> str:
    """The name most articles use, the longest of those; a name of her own before a wife's
    style ('Ada Quist' before 'Mrs. Orin Vale')."""
    counts = Counter(entry.partition(": ")[2] for entry in mentions)
    return max(counts, key=lambda n: (fold(n).split()[:1] != ["mrs"], counts[n], len(n),
                                      [-ord(c) for c in n]))


def _descriptors(entries: Iterable[str]) -> list[str]:
    """What the articles call a person, the word most articles use first."""
    counts = Counter(entry.partition(": ")[2] for entry in entries)
    return sorted(counts, key=lambda d: (-counts[d], d))


def person_row(pid: str, mentions: set[str], alias_mentions: set[str],
               facts: list[dict[str, Any]], reasons: Iterable[str] = (),
               descriptor_mentions: Iterable[str] = (),
               age_mentions: Iterable[str] = (), *, life: Row | None = None) -> PersonRow:
    """A person's properties, computed from what every article says about them; ``life``:
    the stored person, whose birth and death stand as stored (no life claim of theirs
    changed, so ``facts`` holds none of them)."""
    descriptor_mentions = sorted(set(descriptor_mentions))
    name = _canonical_name(mentions)
    names = {e.partition(": ")[2] for e in mentions | alias_mentions}
    seen = {fold(name)}
    aliases = []
    for alias in sorted(names):
        if fold(alias) not in seen:
            seen.add(fold(alias))
            aliases.append(alias)
    facts = sorted(supporting(facts), key=lambda c: (c["doc"], c["relation"], c.get("date") or ""))
    born = [c for c in facts if c["relation"] == "born"]
    died = [c for c in facts if c["relation"] == "died"]
    row = PersonRow(
        id=pid, name=name, aliases=aliases,
        birth_date=shown_date(born, "date"), death_date=shown_date(died, "date"),
        birth_sources=sorted({c["doc"] for c in born}),
        death_sources=sorted({c["doc"] for c in died}),
        mentions=sorted(mentions), alias_mentions=sorted(alias_mentions),
        reasons=sorted(set(reasons)),
        descriptors=_descriptors(descriptor_mentions), descriptor_mentions=descriptor_mentions,
        age_mentions=sorted(set(age_mentions)),
    )
    if life is not None:
        row.birth_date, row.death_date = life["birth_date"], life["death_date"]
        row.birth_sources = list(life["birth_sources"] or [])
        row.death_sources = list(life["death_sources"] or [])
    return row


def _claim(row: Row) -> dict[str, Any]:
    """A stored claim as the dict ``derive_rel`` and ``person_row`` read."""
    return {k: row[k] for k in ("id", "doc", *CLAIM_PROPS) if row.get(k) is not None}


def rel_claims(dialect: Dialect, tx: Tx, keys: Iterable[RelKey]
                ) -> dict[RelKey, list[dict[str, Any]]]:
    """The stored claims of these relationships."""
    rows = [{"a": a, "b": b, "relation": RELATIONS[rtype]} for rtype, a, b in sorted(set(keys))]
    found: dict[RelKey, list[dict[str, Any]]] = defaultdict(list)
    for r in run_rows(tx, dialect, dialect.texts["REL_CLAIMS"], rows) if rows else []:
        found[(REL_TYPES[r["rel"]], r["a"], r["b"])].append(_claim(r))
    return found


def life_claims(dialect: Dialect, tx: Tx, pids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The stored birth and death claims of these people."""
    rows = [{"id": pid} for pid in sorted(set(pids))]
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in run_rows(tx, dialect, dialect.texts["LIFE_CLAIMS"], rows) if rows else []:
        found[r["person"]].append(_claim(r))
    return found


def _claim_rows(c: Contributions) -> list[ClaimRow]:
    """The nodes of a batch's new claims."""
    out = [claim_row(claim, claim["id"], pid) for pid, claims in sorted(c.facts.items())
           for claim in claims]
    out += [claim_row(claim, claim["id"], a, b) for (_, a, b), claims in sorted(c.rels.items())
            for claim in claims]
    return out


def _rel_row(key: RelKey, claims: list[dict[str, Any]]) -> RelRow:
    return RelRow(type=key[0], a=key[1], b=key[2], **derive_rel(claims))


def _keep_or_delete(batch: WriteBatch, key: RelKey, claims: list[dict[str, Any]]) -> None:
    """The relationship of these claims, written when one of them states it, else deleted
    (none left, or only denials)."""
    if supporting(claims):
        batch.relationships.append(_rel_row(key, claims))
    else:
        batch.deleted_rels.append(_rel_row(key, []))


def _article_row(doc: Document) -> ArticleRow:
    return ArticleRow(doc.id, doc.path, doc.sha256, doc.published, doc.title, doc.url,
                      doc.author, doc.site)


class StaleResolution(Exception):
    """Another client's write committed after this batch's people were resolved."""


def lock_claims(tx: Tx, dialect: Dialect, resolved_at: int | None = None) -> int:
    """Make this transaction the only one merging claims until it ends, and count it: the
    claims version it commits.

    ``resolved_at``: the claims version the batch was resolved against (``store.claims_version``);
    raises ``StaleResolution`` when another write has committed since.
    """
    tx.run(dialect.texts["LOCK_CLAIMS"])
    version = int(tx.run(dialect.texts["NEXT_VERSION"])[0]["version"])
    if resolved_at is not None and version != resolved_at + 1:
        raise StaleResolution
    return version


def ingest_tx(tx: Tx, dialect: Dialect, extractions: Sequence[Extraction],
              contributions: Contributions,
              unlinked: Callable[[RelKey], bool] | None = None) -> WriteBatch:
    """Inside one transaction: merge the batch's claims with the store's and write them (the
    rows written). ``unlinked``: whether the store is known to hold no link of a key (then no
    claim of it states it, and only those make the link: its claims are not read)."""
    c = contributions
    docs = c.docs
    batch = WriteBatch(
        articles=[_article_row(e.document) for e in extractions],
        done=sorted(docs),
    )
    pids = sorted(c.mentions)
    state = {r["id"]: r for r in tx.run(dialect.texts["PEOPLE_STATE"], {"ids": pids})}
    # A stored person's birth and death were made from their life claims (``person_row``):
    # they are made again only when the batch brings such a claim or one of its articles
    # had one; otherwise they stand, and the claims are not read (at 1M people two queries an
    # article, a tenth of an ingest's time).
    recount = {pid for pid, old in state.items() if c.facts.get(pid) or docs & {
        *(old["birth_sources"] or []), *(old["death_sources"] or [])}}
    life = life_claims(dialect, tx, recount)
    for pid in pids:
        old = state.get(pid, {})
        mentions = {m for m in old.get("mentions") or [] if _doc(m) not in docs} | c.mentions[pid]
        aliases = {m for m in old.get("alias_mentions") or [] if _doc(m) not in docs}
        facts = [f for f in life[pid] if f["doc"] not in docs]
        reasons = {r for r in old.get("reasons") or [] if _doc(r) not in docs} | c.reasons[pid]
        said = {d for d in old.get("descriptor_mentions") or [] if _doc(d) not in docs}
        ages = {a for a in old.get("age_mentions") or [] if _doc(a) not in docs}
        batch.people.append(person_row(pid, mentions, aliases | c.alias_mentions[pid],
                                       facts + c.facts[pid], reasons, said | c.descriptors[pid],
                                       ages | c.ages[pid],
                                       life=old if old and pid not in recount else None))
        batch.mentions.extend({"doc": _doc(m), "id": pid} for m in sorted(c.mentions[pid]))
    # A person new to the store has no stored claims: only links between stored people are
    # looked up (about two in five of a batch's links go to someone new).
    new = set(pids) - set(state)
    existing = rel_claims(dialect, tx, [k for k in c.rels if not new & {k[1], k[2]}
                                        and not (unlinked and unlinked(k))])
    for key, claims in sorted(c.rels.items()):
        kept = [x for x in existing[key] if x["doc"] not in docs]
        _keep_or_delete(batch, key, kept + claims)
    batch.claims = _claim_rows(c)
    apply_batch(tx, dialect, batch)
    return batch


def remove_articles_tx(tx: Tx, dialect: Dialect, docs: Sequence[str], *,
                       drop_articles: bool = False) -> WriteBatch:
    """Inside one transaction: take these articles' claims out and recompute what remains
    (the rows written)."""
    gone = set(docs)
    batch = WriteBatch(dropped_claims=list(docs))
    rel_keys: set[RelKey] = set()
    pids: set[str] = set()
    for doc in docs:
        rel_keys |= {(REL_TYPES[r["relation"]], r["a"], r["b"])
                     for r in tx.run(dialect.texts["ARTICLE_RELS"], {"id": doc})}
        pids |= {r["id"] for r in tx.run(dialect.texts["ARTICLE_PEOPLE"], {"id": doc})}
    for key, claims in sorted(rel_claims(dialect, tx, rel_keys).items()):
        _keep_or_delete(batch, key, [x for x in claims if x["doc"] not in gone])
    people = tx.run(dialect.texts["PEOPLE_STATE"], {"ids": sorted(pids)})
    life = life_claims(dialect, tx, pids)
    for old in people:
        mentions = {m for m in old["mentions"] or [] if _doc(m) not in gone}
        if not mentions:
            batch.deleted_people.append(old["id"])
            continue
        aliases = {m for m in old["alias_mentions"] or [] if _doc(m) not in gone}
        facts = [f for f in life[old["id"]] if f["doc"] not in gone]
        reasons = [r for r in old["reasons"] or [] if _doc(r) not in gone]
        said = [d for d in old["descriptor_mentions"] or [] if _doc(d) not in gone]
        ages = [a for a in old["age_mentions"] or [] if _doc(a) not in gone]
        batch.people.append(person_row(old["id"], mentions, aliases, facts, reasons, said, ages))
    tx.run(dialect.texts["DROP_MENTIONS"], {"ids": list(docs)})
    apply_batch(tx, dialect, batch)
    if drop_articles:
        tx.run(dialect.texts["DELETE_ARTICLES"], {"ids": list(docs)})
    return batch
