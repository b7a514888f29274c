"""Typed records that cross from ``extract/`` to ``graph/`` (FACTS.md schema v1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

__all__ = [
    "DATE_FIELDS",
    "INGESTED",
    "RELATIONS",
    "STATED",
    "SYMMETRIC_RELATIONS",
    "TWO_PERSON_RELATIONS",
    "Document",
    "Extraction",
    "Fact",
    "Modality",
    "Person",
    "Relation",
]

Relation = Literal[
    "spouse", "parent", "born", "died", "divorce_filed", "separated", "engaged", "partner",
    "sibling",
]
RELATIONS: tuple[Relation, ...] = get_args(Relation)
# How the article asserts a fact (FACTS.md); absent from a fact's JSON means "asserted".
Modality = Literal["asserted", "reported", "rumored", "denied"]
# What the article states, first-hand or attributed: the facts commands, scores and the graph
# use by default. Rumored and denied facts are shown only when asked for.
STATED: frozenset[str] = frozenset({"asserted", "reported"})
# What ingest writes: every fact. Rumored and denied ones stay claims and never make a
# relationship (``graph.model.supporting``).
INGESTED: frozenset[str] = STATED | {"rumored", "denied"}
SYMMETRIC_RELATIONS = frozenset(
    {"spouse", "divorce_filed", "separated", "engaged", "partner", "sibling"}
)
TWO_PERSON_RELATIONS = frozenset(RELATIONS) - {"born", "died"}
# Which date fields each relation may carry, in FACTS.md order.
DATE_FIELDS: dict[str, tuple[str, ...]] = {
    "spouse": ("start", "end"),
    "partner": ("start", "end"),
    "parent": (),
    "sibling": (),
    "born": ("date",),
    "died": ("date",),
    "divorce_filed": ("date",),
    "separated": ("date",),
    "engaged": ("date",),
}


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact as FACTS.md defines it; ``to_dict`` gives exactly the schema's fields."""

    doc: str
    relation: Relation
    subject: str
    evidence: str
    object: str | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    span: tuple[int, int] | None = None
    confidence: float | None = None
    modality: Modality = "asserted"

    def to_dict(self) -> dict[str, Any]:
        """The fact as a FACTS.md JSON object: unknown optional fields are left out."""
        out: dict[str, Any] = {"doc": self.doc, "relation": self.relation, "subject": self.subject}
        for name in ("object", "date", "start", "end"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out["evidence"] = self.evidence
        if self.span is not None:
            out["span"] = list(self.span)
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        if self.modality != "asserted":
            out["modality"] = self.modality
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fact:
        span = data.get("span")
        return cls(
            doc=data["doc"],
            relation=data["relation"],
            subject=data["subject"],
            evidence=data.get("evidence", ""),
            object=data.get("object"),
            date=data.get("date"),
            start=data.get("start"),
            end=data.get("end"),
            span=(int(span[0]), int(span[1])) if span else None,
            confidence=data.get("confidence"),
            modality=data.get("modality", "asserted"),
        )


@dataclass(frozen=True, slots=True)
class Person:
    """A person as one document names them: the fullest name and the other forms used."""

    name: str
    aliases: tuple[str, ...] = ()
    descriptors: tuple[str, ...] = ()  # what the article calls them: 'actor', 'pop star'
    born_about: tuple[str, ...] = ()  # birth years the ages the article gives imply


@dataclass(frozen=True, slots=True)
class Document:
    """An input article, read and reduced to text."""

    id: str
    text: str
    path: str | None = None
    published: str | None = None
    title: str | None = None
    sha256: str = ""
    url: str | None = None  # where the article was published, when known
    author: str | None = None
    site: str | None = None


@dataclass(slots=True)
class Extraction:
    """What the extractor read from one document: its people and its facts."""

    document: Document
    people: list[Person] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
