"""One article's contributions, read back from the graph and written again with other people.

The primitive of the person curation (``graph.curation``): a merge, a split, a retraction and
their undoing all come down to "this article's names are these people". ``read_doc`` rebuilds
what an article contributed (its people, as it named them, and its facts, as its claims hold
them) with the person each name went to; ``rewrite_doc`` takes the article out and writes it
back with some names given to other people, through the writer ingest uses, so every property
is derived again from the claims exactly as an ingest would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from celebgraph.graph.cypher import Dialect
from celebgraph.graph.model import fold
from celebgraph.graph.resolve import Resolution
from celebgraph.graph.store import Tx
from celebgraph.graph.writer import collect, ingest_tx, remove_articles_tx
from celebgraph.models import Document, Extraction, Fact, Person

__all__ = ["DocState", "mention_names", "move", "read_doc", "write_doc"]

@dataclass
class DocState:
    """What one article contributes: its extraction as the graph holds it, and per folded name
    the person it went to, with the resolution's reasons of that article per person."""

    extraction: Extraction
    ids: dict[str, str]
    reasons: dict[str, list[str]] = field(default_factory=dict)

    @property
    def doc(self) -> str:
        return self.extraction.document.id

    def names_of(self, pid: str) -> list[str]:
        """The folded names of the article that went to ``pid``."""
        return sorted(name for name, owner in self.ids.items() if owner == pid)

    def as_json(self) -> dict[str, Any]:
        d = self.extraction.document
        return {"document": {"id": d.id, "path": d.path, "sha256": d.sha256,
                             "published": d.published, "title": d.title, "url": d.url,
                             "author": d.author, "site": d.site},
                "people": [[p.name, list(p.aliases), list(p.descriptors)]
                           for p in self.extraction.people],
                "facts": [{**f.to_dict(), "confidence": f.confidence}  # not rounded
                          for f in self.extraction.facts],
                "ids": self.ids, "reasons": self.reasons}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DocState:
        doc = Document(text="", **data["document"])
        people = [Person(p[0], tuple(p[1]), tuple(p[2] if len(p) > 2 else ()))
                  for p in data["people"]]
        facts = [Fact.from_dict(f) for f in data["facts"]]
        return cls(Extraction(doc, people, facts), dict(data["ids"]), dict(data["reasons"]))


def mention_names(entries: Iterable[str], doc: str) -> list[str]:
    """The names of ``"doc: name"`` entries of this article."""
    prefix = f"{doc}: "
    return sorted(e[len(prefix):] for e in entries if e.startswith(prefix))


def read_doc(tx: Tx, dialect: Dialect, doc: str) -> DocState | None:
    """What ``doc`` contributes to the graph now; None when it contributes nothing."""
    article = tx.run(dialect.texts["ARTICLE_ROW"], {"id": doc})
    pids = [r["id"] for r in tx.run(dialect.texts["ARTICLE_PEOPLE"], {"id": doc})]
    if not article or not pids:
        return None
    people: list[Person] = []
    ids: dict[str, str] = {}
    names: dict[str, str] = {}  # person id → the name the article's facts use
    reasons: dict[str, list[str]] = {}
    facts: list[Fact] = []
    rows = sorted(tx.run(dialect.texts["PEOPLE_STATE"], {"ids": pids}), key=lambda r: r["id"])
    for row in rows:
        own = mention_names(row["mentions"] or [], doc)
        if not own:
            continue
        aliases = mention_names(row["alias_mentions"] or [], doc)
        said = mention_names(row["descriptor_mentions"] or [], doc)
        years = mention_names(row["age_mentions"] or [], doc)
        people.append(Person(own[0], tuple(aliases), tuple(said), tuple(years)))
        people.extend(Person(name) for name in own[1:])
        for name in [*own, *aliases]:
            ids.setdefault(fold(name), row["id"])
        names[row["id"]] = own[0]
        reasons[row["id"]] = [r for r in row["reasons"] or [] if r.startswith(f"{doc}: ")]
    claims = [c for text in ("ARTICLE_REL_CLAIMS", "ARTICLE_LIFE_CLAIMS")
              for c in tx.run(dialect.texts[text], {"id": doc})]
    for c in sorted(claims, key=_claim_order):
        obj = c["object"]
        if c["subject"] in names and (obj is None or obj in names):
            facts.append(_fact(doc, c, names[c["subject"]], names[obj] if obj else None))
    a = article[0]
    document = Document(id=doc, text="", path=a["path"], sha256=a["sha256"] or "",
                        published=a["published"], title=a["title"], url=a["url"],
                        author=a["author"], site=a["site"])
    return DocState(Extraction(document, people, facts), ids, reasons)


def _claim_order(claim: dict[str, Any]) -> tuple[int, str]:
    """The article's own order of its claims (``doc#n``), so that rewriting keeps their ids."""
    n = str(claim["id"]).rpartition("#")[2]
    return (int(n), "") if n.isdigit() else (1 << 30, str(claim["id"]))


def _fact(doc: str, claim: dict[str, Any], subject: str, obj: str | None = None) -> Fact:
    span = claim.get("span")
    return Fact(doc=doc, relation=claim["relation"], subject=subject, object=obj,
                evidence=claim.get("evidence") or "", date=claim.get("date"),
                start=claim.get("start"), end=claim.get("end"),
                span=(int(span[0]), int(span[1])) if span else None,
                confidence=claim.get("confidence"), modality=claim.get("modality") or "asserted")


def write_doc(tx: Tx, dialect: Dialect, state: DocState) -> None:
    """Write an article's contributions with the people ``state.ids`` gives its names."""
    resolution = Resolution(ids={state.doc: dict(state.ids)})
    for pid, texts in state.reasons.items():
        resolution.reasons[pid].extend(texts)
    ingest_tx(tx, dialect, [state.extraction], collect([state.extraction], resolution))


def move(tx: Tx, dialect: Dialect, doc: str, frm: str, to: str,
         names: Iterable[str] | None = None) -> bool:
    """Give the names of ``doc`` that went to ``frm`` (all of them, or those of ``names``,
    folded) to the person ``to`` instead, the article's other names staying where they are.
    Returns whether anything moved."""
    state = read_doc(tx, dialect, doc)
    if state is None or frm == to:
        return False
    only = None if names is None else {fold(n) for n in names}
    moving = [n for n in state.names_of(frm) if only is None or n in only]
    if not moving:
        return False
    remove_articles_tx(tx, dialect, [doc])
    ids = {**state.ids, **dict.fromkeys(moving, to)}
    reasons = dict(state.reasons)
    if len(moving) == len(state.names_of(frm)):  # the article's reasons follow its person
        reasons[to] = reasons.get(to, []) + reasons.pop(frm, [])
    write_doc(tx, dialect, DocState(state.extraction, ids, reasons))
    return True
