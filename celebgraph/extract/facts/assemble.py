"""Raw facts → FACTS.md facts: names, evidence, one fact per claim, the best date kept."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from celebgraph.extract.facts.confidence import load_model
from celebgraph.extract.facts.context_features import people_in_facts
from celebgraph.extract.facts.contradictions import conflicts
from celebgraph.extract.facts.evidence import evidence, evidence_sentences, named_in
from celebgraph.extract.facts.features import features
from celebgraph.extract.facts.mention_index import MentionIndex
from celebgraph.extract.facts.modality import modality
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.lexicons import (
    ACTIVE_DEATH_VERBS,
    DEATH_NOUNS,
    DEATH_VERBS,
    DIVORCE_WORDS,
)
from celebgraph.extract.people.persons import People
from celebgraph.extract.relations.notation import read_paren
from celebgraph.extract.relations.predeceased import died_first
from celebgraph.extract.tokens import doc_text
from celebgraph.models import SYMMETRIC_RELATIONS, Fact, Person

if TYPE_CHECKING:
    from spacy.tokens import Span

    from celebgraph.extract.relations.reader import Reading

__all__ = ["Candidate", "assemble", "assemble_reading", "candidates", "people_of"]

_DATE_FIELDS = ("date", "start", "end")
_DEATH_WORDS = DEATH_VERBS | ACTIVE_DEATH_VERBS | DEATH_NOUNS
_DIVORCE_MARKS = DIVORCE_WORDS | {"div", "div."}  # 'm. Felix Moser, 1955 (div.)'


def _key(raw: RawFact) -> tuple[str, int, int | None]:
    if raw.relation in SYMMETRIC_RELATIONS and raw.object is not None:
        a, b = sorted((raw.subject, raw.object))
        return raw.relation, a, b
    return raw.relation, raw.subject, raw.object


def _fill_filing_object(raws: list[RawFact]) -> None:
    """A divorce filing names one side: the other is that person's spouse in the document.
    A marriage that already ended is not the one being ended by this filing."""
    _fill_one_spouse(raws, "divorce_filed", _spouses(raws, ongoing=True))


def _fill_ended_marriage(raws: list[RawFact]) -> None:
    """'X filed for divorce in 2016; the divorce was finalized in 2017' ends a marriage of X
    alone: the other side is X's one spouse in the document, or no one."""
    _fill_one_spouse(raws, "spouse", _spouses(raws, ongoing=False))


def _spouses(raws: list[RawFact], ongoing: bool) -> dict[int, set[int]]:
    spouses: dict[int, set[int]] = {}
    for r in raws:
        if r.relation == "spouse" and r.object is not None and not (ongoing and r.end):
            spouses.setdefault(r.subject, set()).add(r.object)
            spouses.setdefault(r.object, set()).add(r.subject)
    return spouses


def _fill_one_spouse(raws: list[RawFact], relation: str, spouses: dict[int, set[int]]) -> None:
    """A fact of ``relation`` with no object gets its subject's spouse, when there is one."""
    for r in raws:
        if r.relation == relation and r.object is None:
            candidates = spouses.get(r.subject, set())
            if len(candidates) == 1:
                r.object = next(iter(candidates))


def _marriage_of_filing(raws: list[RawFact], people: People) -> list[RawFact]:
    """'X filed for divorce from Y': a divorce is filed against a spouse, so a filing that
    names both people tells the marriage too (without its dates) when no sentence does."""
    married = {frozenset((r.subject, r.object)) for r in raws if r.relation == "spouse"}
    added: list[RawFact] = []
    for r in raws:
        if r.relation != "divorce_filed" or r.object is None or r.object == r.subject:
            continue
        if not (named_in(people, r.subject, r.sent) and named_in(people, r.object, r.sent)):
            continue  # 'The model filed to end ...': one side read through a description
        pair = frozenset((r.subject, r.object))
        if pair not in married:
            married.add(pair)
            added.append(replace(r, relation="spouse", date=None, start=None, end=None))
    return raws + added


def _dates_of_marriage_paren(raws: list[RawFact], people: People) -> None:
    """'His first wife was X (m. 1990; div. 2001), with whom ...': a marriage read from prose
    without dates takes them from the '(m. ...)' set right after one spouse's name there."""
    for r in raws:
        if r.relation != "spouse" or r.object is None or r.start or r.end:
            continue
        doc = r.sent.doc
        for m in people.within(r.sent.start, r.sent.end):
            if m.person not in (r.subject, r.object) or m.end + 2 >= r.sent.end:
                continue
            if doc[m.end].text != "(" or doc[m.end + 1].lower_ not in {"m.", "m"}:
                continue
            # the sentence splitter may end the sentence at 'div.': the ')' may lie past it
            close = next((t.i for t in doc[m.end + 1 : m.end + 16] if t.text == ")"), None)
            if close is None:
                continue
            paren = read_paren(doc_text(doc), doc[m.end + 1].idx, doc[close].idx)
            r.start, r.end = paren.married, paren.ended
            break


def _end_marriages_by_death(raws: list[RawFact], people: People) -> None:
    """'her late husband, X' + 'X died in 2018': that marriage ended in 2018. So did the one
    marriage of a person who died that the document gives no end and no split ('X has died.
    Survivors include his wife of 40 years, Y'). When both died, the first death ends it; a
    spouse the obituary says died first ('predeceased by her husband, X') ends it with his
    own death, when told."""
    deaths = {r.subject: r.date for r in raws if r.relation == "died" and r.date}
    told = {r.subject for r in raws if r.relation == "died" and r.date and _told(r)}
    open_marriage = _only_open_marriage(raws)
    for r in raws:
        if r.relation != "spouse" or r.end or r.object is None:
            continue
        pair = (r.subject, r.object)
        late = {p for p in _called_late(r.sent, people) if p in deaths}  # its date told
        first = (died_first(r.sent, people) | late) & set(pair)
        if r.survivor in pair:
            first = set(pair) - {r.survivor}  # 'X, the widow of Y': Y died first
        if len(first) == 1:
            r.end = deaths.get(first.pop())
            continue
        if r.ended_by_death or (frozenset(pair) in open_marriage and not told.isdisjoint(pair)):
            end = min((deaths[p] for p in pair if p in deaths), default=None)  # the first death
            r.end = end if end and not (r.start and r.start[:4] > end[:4]) else None


def _called_late(sent: Span, people: People) -> set[int]:
    """'from his first marriage to the late X, who died in 1978': X died first, and that
    death ended the marriage."""
    doc = sent.doc
    return {m.person for m in people.within(sent.start, sent.end)
            if m.start > sent.start and doc[m.start - 1].lower_ == "late"}


def _end_romances_by_split(raws: list[RawFact]) -> None:
    """'X and Y dated for four years before calling it quits in 2022': a dating relationship
    with no end ends at the latest dated split of the two, when not before its start."""
    splits: dict[frozenset[int | None], str] = {}
    for r in raws:
        if r.relation == "separated" and r.date:
            pair = frozenset((r.subject, r.object))
            splits[pair] = max(splits.get(pair, r.date), r.date)
    for r in raws:
        if r.relation == "partner" and not r.end:
            split = splits.get(frozenset((r.subject, r.object)))
            if split and not (r.start and r.start[:4] > split[:4]):
                r.end = split


def _drop_grown_up_newborns(raws: list[RawFact]) -> list[RawFact]:
    """'Born in Leeds on Oct. 16, X ...' with no year: the publication's year is right only
    for a newborn, never for someone the article marries, makes a parent or buries."""
    grown = {r.subject for r in raws if r.relation in {"died", "parent"}} | {
        p for r in raws if r.relation in {"spouse", "partner", "engaged"}
        for p in (r.subject, r.object)}
    return [r for r in raws if not (r.year_of_publication and r.subject in grown)]


def _told(death: RawFact) -> bool:
    """A death the prose tells with a death word ('died', 'passing'), not a lifespan's year."""
    return any(t.lemma_.lower() in _DEATH_WORDS for t in death.sent)


def _only_open_marriage(raws: list[RawFact]) -> set[frozenset[int]]:
    """The pairs that are the only marriage without an end of each of its two people, with
    no split or filing between them."""
    ended = {frozenset((r.subject, r.object)) for r in raws if r.relation == "spouse" and r.end}
    split = {frozenset((r.subject, r.object)) for r in raws
             if r.relation in {"separated", "divorce_filed"}
             or (r.relation == "spouse" and any(t.lower_ in _DIVORCE_MARKS for t in r.sent))}
    open_pairs = {frozenset((r.subject, r.object)) for r in raws
                  if r.relation == "spouse" and r.object is not None} - ended - split
    count: dict[int, int] = {}
    for pair in open_pairs:
        for p in pair:
            count[p] = count.get(p, 0) + 1
    return {pair for pair in open_pairs if all(count[p] == 1 for p in pair)}


def _merged_dates(group: list[RawFact]) -> dict[str, str | None]:
    """The group's dates, read in text order: a longer date of the same year wins."""
    dates: dict[str, str | None] = {name: getattr(group[0], name) for name in _DATE_FIELDS}
    for other in group[1:]:
        for name in _DATE_FIELDS:
            mine, theirs = dates[name], getattr(other, name)
            if theirs and (not mine or (len(theirs) > len(mine) and theirs.startswith(mine[:4]))):
                dates[name] = theirs
    return dates


def _merge(group: list[RawFact], people: People) -> RawFact:
    """One raw fact for a claim: the sentence that says most, with every sentence's dates."""

    def says(raw: RawFact) -> tuple[int, int]:
        named = sum(bool(named_in(people, p, raw.sent)) for p in (raw.subject, raw.object)
                    if p is not None)
        return sum(bool(getattr(raw, name)) for name in _DATE_FIELDS), named

    primary = max(group, key=says)
    dates = _merged_dates(group)
    also = primary.also
    for name, value in dates.items():
        own = getattr(primary, name)
        if value and also is None and not (own and own[:4] == value[:4]):
            also = next(r.sent for r in group if getattr(r, name) == value)
    return replace(primary, date=dates["date"], start=dates["start"], end=dates["end"],
                   also=also, confidence=max(r.confidence for r in group))


def _valid(raw: RawFact) -> bool:
    if raw.relation in {"born", "died"}:
        return raw.date is not None
    return raw.object is not None and raw.object != raw.subject


@dataclass(frozen=True, slots=True)
class Candidate:
    """A fact with the features its confidence was computed from."""

    fact: Fact
    features: dict[str, float]


def candidates(
    raws: list[RawFact], people: People, doc_id: str, excluded: set[int],
    ages: dict[int, set[int]] | None = None,
) -> list[Candidate]:
    """One fact per (relation, people), dates merged, excluded people (credits) left out,
    each with its features and confidence; ``ages`` are the ages the text gives its people
    (``Reading.ages``: a child's age makes a couple or a parent of that person a conflict)."""
    _fill_ended_marriage(raws)
    _fill_filing_object(raws)
    raws = _marriage_of_filing(raws, people)
    _dates_of_marriage_paren(raws, people)
    _end_marriages_by_death(raws, people)
    _end_romances_by_split(raws)
    raws = _drop_grown_up_newborns(raws)
    groups: dict[tuple[str, int, int | None], list[RawFact]] = {}
    for raw in raws:
        if _valid(raw) and raw.subject not in excluded and raw.object not in excluded:
            groups.setdefault(_key(raw), []).append(raw)
    if not groups:
        return []
    keys = list(groups)
    merged = [_merge(groups[key], people) for key in keys]
    index = MentionIndex(merged[0].sent.doc, people)
    for raw in merged:
        if raw.relation == "parent" and raw.object is not None:
            index.parents_of.setdefault(raw.object, set()).add(raw.subject)
        if raw.relation in {"spouse", "partner", "engaged"} and raw.object is not None:
            index.couples.add(frozenset((raw.subject, raw.object)))
    index.people_in_facts = people_in_facts(merged)
    index.facts_of.update(p for raw in merged for p in (raw.subject, raw.object) if p is not None)
    model = load_model()
    per_sentence = Counter(raw.sent.start for raw in merged)
    out = []
    for key, raw, clashes in zip(keys, merged, conflicts(merged, ages or {}), strict=True):
        if raw.relation == "parent" and ("parent", raw.object, raw.subject) in groups:
            continue
        values = features(raw, groups[key], index, clashes, per_sentence[raw.sent.start])
        out.append(Candidate(_fact(raw, index, doc_id, model.probability(values)), values))
    return out


def assemble(raws: list[RawFact], people: People, doc_id: str, excluded: set[int],
             ages: dict[int, set[int]] | None = None) -> list[Fact]:
    """The document's facts (``candidates`` without their features)."""
    return [c.fact for c in candidates(raws, people, doc_id, excluded, ages)]


def assemble_reading(reading: Reading, doc_id: str) -> list[Fact]:
    """The document's stated facts, then the relations it denies or rumours, each assembled on
    their own: these change nothing of the stated facts (their features, their confidence)."""
    stated = assemble(reading.facts, reading.people, doc_id, reading.excluded, reading.ages)
    return stated + assemble(reading.denied, reading.people, doc_id, reading.excluded,
                             reading.ages)


def _fact(raw: RawFact, index: MentionIndex, doc_id: str, confidence: float) -> Fact:
    people = index.people
    text, span = evidence(evidence_sentences(raw, index))
    return Fact(
        doc=doc_id,
        relation=raw.relation,  # type: ignore[arg-type]
        subject=people.name(raw.subject),
        object=people.name(raw.object) if raw.object is not None else None,
        date=raw.date,
        start=raw.start,
        end=raw.end,
        evidence=text,
        span=span,
        confidence=confidence,
        modality=modality(raw.sent, raw.relation),
    )


def people_of(people: People, facts: list[Fact],
              born_about: dict[int, set[str]] | None = None) -> list[Person]:
    """The document's persons that take part in a fact, with the other forms the text used,
    what it calls them and the birth years its ages for them imply."""
    named = {f.subject for f in facts} | {f.object for f in facts if f.object}
    years = born_about or {}
    out = []
    for i, entry in enumerate(people.persons):
        if entry.name in named:
            out.append(Person(entry.name, tuple(sorted(entry.forms - {entry.name})),
                              tuple(sorted(entry.descriptors)), tuple(sorted(years.get(i, ())))))
    return out
