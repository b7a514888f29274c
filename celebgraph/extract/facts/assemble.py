"""Raw facts → FACTS.md facts: names, evidence, one fact per claim, the best date kept."""

from __future__ import annotations

from spacy.tokens import Span

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.persons import People
from celebgraph.models import SYMMETRIC_RELATIONS, Fact, Person

__all__ = ["assemble", "people_of"]

_DATE_FIELDS = ("date", "start", "end")


def _key(raw: RawFact) -> tuple[str, int, int | None]:
    if raw.relation in SYMMETRIC_RELATIONS and raw.object is not None:
        a, b = sorted((raw.subject, raw.object))
        return raw.relation, a, b
    return raw.relation, raw.subject, raw.object


def _fill_filing_object(raws: list[RawFact]) -> None:
    """A divorce filing names one side: the other is that person's spouse in the document."""
    spouses: dict[int, set[int]] = {}
    for r in raws:
        if r.relation == "spouse" and r.object is not None:
            spouses.setdefault(r.subject, set()).add(r.object)
            spouses.setdefault(r.object, set()).add(r.subject)
    for r in raws:
        if r.relation == "divorce_filed" and r.object is None:
            candidates = spouses.get(r.subject, set())
            if len(candidates) == 1:
                r.object = next(iter(candidates))


def _end_marriages_by_death(raws: list[RawFact]) -> None:
    """'her late husband, X' + 'X died in 2018': that marriage ended in 2018."""
    deaths = {r.subject: r.date for r in raws if r.relation == "died" and r.date}
    for r in raws:
        if r.relation == "spouse" and r.ended_by_death and not r.end:
            r.end = deaths.get(r.object) if r.object is not None else None
            r.end = r.end or deaths.get(r.subject)


def _merge(into: RawFact, other: RawFact) -> None:
    for name in _DATE_FIELDS:
        mine, theirs = getattr(into, name), getattr(other, name)
        if theirs and (not mine or (len(theirs) > len(mine) and theirs.startswith(mine[:4]))):
            setattr(into, name, theirs)
    into.confidence = max(into.confidence, other.confidence)


def _valid(raw: RawFact) -> bool:
    if raw.relation in {"born", "died"}:
        return raw.date is not None
    return raw.object is not None and raw.object != raw.subject


def assemble(raws: list[RawFact], people: People, doc_id: str, excluded: set[int]) -> list[Fact]:
    """One fact per (relation, people), dates merged, excluded people (credits) left out."""
    _fill_filing_object(raws)
    _end_marriages_by_death(raws)
    merged: dict[tuple[str, int, int | None], RawFact] = {}
    for raw in raws:
        if not _valid(raw) or raw.subject in excluded or raw.object in excluded:
            continue
        key = _key(raw)
        if key in merged:
            _merge(merged[key], raw)
        else:
            merged[key] = raw
    facts = []
    for raw in merged.values():
        if raw.relation == "parent" and ("parent", raw.object, raw.subject) in merged:
            continue
        facts.append(
            Fact(
                doc=doc_id,
                relation=raw.relation,  # type: ignore[arg-type]
                subject=people.name(raw.subject),
                object=people.name(raw.object) if raw.object is not None else None,
                date=raw.date,
                start=raw.start,
                end=raw.end,
                evidence=raw.sent.text.strip(),
                span=_evidence_span(raw.sent),
                confidence=raw.confidence,
            )
        )
    return facts


def _evidence_span(sent: Span) -> tuple[int, int]:
    """Character span of the sentence without its surrounding whitespace (what evidence holds)."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    return start, sent.end_char - (len(text) - len(text.rstrip()))


def people_of(people: People, facts: list[Fact]) -> list[Person]:
    """The document's persons that take part in a fact, with the other forms the text used."""
    named = {f.subject for f in facts} | {f.object for f in facts if f.object}
    out = []
    for entry in people.persons:
        if entry.name in named:
            out.append(Person(entry.name, tuple(sorted(entry.forms - {entry.name}))))
    return out
