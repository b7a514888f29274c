"""Read one parsed document sentence by sentence and collect its raw facts."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from celebgraph.extract.dates.find import find_dates
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.lexicons import (
    COUSIN_WORDS,
    DIVORCE_WORDS,
    KIN_NOUNS,
    SIBLING_TOPIC_WORDS,
)
from celebgraph.extract.people.ages import born_about, died_aged, stated_ages
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.groups import Group
from celebgraph.extract.people.known_names import couple_lines, doc_text, line_span, link_line
from celebgraph.extract.people.lists import lead_in_name_spans
from celebgraph.extract.people.persons import People, find_people, in_caption
from celebgraph.extract.relations.clauses import SentenceDates, token_at
from celebgraph.extract.relations.coparents import (
    children_of_marriage,
    children_with_whom,
    couple_subject_parents,
    custody_facts,
    with_before_child,
    with_co_parents,
)
from celebgraph.extract.relations.denials import unstated_facts
from celebgraph.extract.relations.events import (
    event_facts,
    marriage_end_facts,
    note_meeting,
    sibling_word_facts,
    unnamed_split_facts,
)
from celebgraph.extract.relations.fiction import characters
from celebgraph.extract.relations.genealogy import Notation
from celebgraph.extract.relations.item_siblings import item_sibling_facts
from celebgraph.extract.relations.kinship import kin_facts
from celebgraph.extract.relations.leadins import (
    LeadIn,
    item_line,
    lead_in,
    lead_in_facts,
    mark_only,
)
from celebgraph.extract.relations.life import pending_birth_facts
from celebgraph.extract.relations.marriage_length import marriage_length_starts
from celebgraph.extract.relations.marriages import marriage_noun_facts
from celebgraph.extract.relations.naming import (
    arrival_births,
    named_children,
    names_list,
    told_children,
)
from celebgraph.extract.relations.predeceased import predeceased_facts
from celebgraph.extract.relations.records import find_records, record_facts, record_names
from celebgraph.extract.relations.relatives import relative_marriages
from celebgraph.extract.relations.respectively import respective_births
from celebgraph.extract.relations.senses import stated_events
from celebgraph.extract.relations.timeline import DatedHeading, dated_heading
from celebgraph.extract.relations.triggers import find_triggers
from celebgraph.extract.relations.wife_styles import wife_facts
from celebgraph.extract.tokens import sentences, tokens_of
from celebgraph.models import SYMMETRIC_RELATIONS

__all__ = ["Reading", "read_relations"]

_COUPLE_RELATIONS = SYMMETRIC_RELATIONS - {"sibling"}
_UNRELATED = re.compile(r"\b(?:unrelated|(?:not|n't|never) (?:\w+ )?related|no relation)\b",
                        re.IGNORECASE)
_MOST_SIBLINGS_NAMED = 4  # 'X, Y, and Z Doe' in an article about siblings
_CREDIT_WORDS = frozenset({"by", "via", "credit", "photo", "photos", "image", "getty", "|", "/"})


@dataclass(slots=True)
class Reading:
    """What the rules read from one document."""

    people: People
    facts: list[RawFact]
    excluded: set[int]
    denied: list[RawFact] = field(default_factory=list)  # relations it denies or rumours
    born_about: dict[int, set[str]] = field(default_factory=dict)  # person → years by age
    ages: dict[int, set[int]] = field(default_factory=dict)  # person → the ages the text gives


def credited_people(doc: Doc, people: People) -> set[int]:
    """People named only in bylines and photo credits: they never get family facts."""
    in_prose: set[int] = set()
    items = couple_lines(doc, people.mentions)  # '3. Ada Moss and Teo Pike': a listicle item
    text = doc_text(doc)
    lines: dict[tuple[int, int], tuple[int, bool, bool]] = {}  # read each line once
    t = tokens_of(doc)
    for m in people.mentions:
        span = line_span(doc, t.idx[m.start])
        if span not in lines:
            line = text[span[0] : span[1]].strip()
            lines[span] = len(line.split()), line.endswith((".", "!", "?", '"', "”")), "|" in line
        words, closed, bar = lines[span]
        before = t.lower[m.start - 1] if m.start > 0 else ""
        short = words <= 6 and not closed
        credit = before in _CREDIT_WORDS and words <= 12
        if id(m) in items or not (short or credit or bar):
            in_prose.add(m.person)
    return set(range(len(people.persons))) - in_prose


def _sibling_topic(doc: Doc) -> bool:
    lines = [
        line
        for line in doc_text(doc).splitlines()
        if line.strip() and not line.strip().startswith("date ")
    ]
    title = lines[0].lower() if lines else ""
    return any(word in title.split() for word in SIBLING_TOPIC_WORDS)


def _topic_siblings(disc: Discourse, sent: Span) -> list[RawFact]:
    """In an article about siblings, 'X and Y Doe' (a shared surname) names a sibling pair, and
    'X, Y, and Z Doe' three."""
    facts: list[RawFact] = []
    if _UNRELATED.search(sent.text):
        return facts  # 'despite the shared surname, X and Y are not related'
    for group in disc.groups(sent, sent.start, sent.end):
        names = [disc.people.name(p).split() for p in group.persons]
        if (
            2 <= len(group.persons) <= _MOST_SIBLINGS_NAMED
            and all(len(n) > 1 for n in names)
            and len({n[-1] for n in names}) == 1
            and not _owned_list(sent, group)
        ):
            facts += [RawFact("sibling", a, b, sent, 0.6)
                      for n, a in enumerate(group.persons) for b in group.persons[n + 1 :]]
    return facts


def _owned_list(sent: Span, group: Group) -> bool:
    """'his brothers Ivo, Tam and Cosmo Doe': the names are the owner's relatives; what they
    are to each other the sentence does not say."""
    doc, k = sent.doc, group.start - 1
    while k > sent.start and doc[k].is_punct:
        k -= 1
    if doc[k].lemma_.lower() not in KIN_NOUNS:
        return False
    return any(w.tag_ in {"PRP$", "POS"} for w in doc[max(sent.start, k - 3) : k])


def read_relations(doc: Doc, published: str | None) -> Reading:
    """People and raw facts of a parsed document."""
    people = find_people(doc, record_names)
    records = find_records(doc)
    facts = record_facts(doc, people)  # records are read whole; the prose rules skip them
    in_records = {p for f in facts for p in (f.subject, f.object) if p is not None}
    itemized = {m.person for s, _ in lead_in_name_spans(doc) if (m := people.at(s))}
    excluded = credited_people(doc, people) - in_records - itemized  # '- Ada, 7': no byline
    excluded |= characters(doc, people)  # 'X plays Marisol, whose son Teo ...'
    disc = Discourse(doc, people, excluded)
    notation = Notation(disc)
    all_dates = find_dates(doc_text(doc), published)
    date_starts = [d.start for d in all_dates]  # in text order
    divorce_doc = not DIVORCE_WORDS.isdisjoint(tokens_of(doc).lower)
    sibling_topic = _sibling_topic(doc)
    told_parents: list[int] = []  # whose children the sentence before spoke of
    denied: list[RawFact] = []
    previous: str | None = None  # the last date told before the sentence ('a year later')
    lifespans: set[int] = set()  # where the dates of lifespans start: no base for 'later'
    told = 0  # how many of all_dates come before the sentence
    leading: LeadIn | None = None  # a line ending with ':' whose kin the next lines name
    heading: DatedHeading | None = None  # the sentence before was '2017: They get engaged'
    anchor: str | None = None  # the last date told before that heading
    for sent in sentences(doc).values():
        if records.owns(sent):
            if leading and item_line(sent):  # 'Children' over '1. Eve Y (b. 1970)'
                facts += lead_in_facts(disc, sent, leading, facts) or []
            continue
        if leading and mark_only(sent):
            continue  # '1.' cut off from the item's name: the item is the next sentence
        triggers = find_triggers(sent)
        first = bisect.bisect_left(date_starts, sent.start_char)
        mentions = all_dates[first : bisect.bisect_left(date_starts, sent.end_char, first)]
        lives = mentions
        mentions = notation.without_lifespans(sent, mentions)  # '(1899–1970)' dates no event
        lifespans.update(d.start for d in lives if d not in mentions)
        mentions = [m for m in mentions if not in_caption(doc, token_at(sent, m.start))]
        before = previous
        previous = next((d.value for d in reversed(all_dates[told:first])
                         if d.value and d.start not in lifespans), previous)
        told = first
        stated = stated_events(sent, triggers)
        over, heading = heading, dated_heading(sent, mentions, triggers)
        if heading is not None:
            anchor = before  # 'Three years later' under '2012: Wedding bells': from the date before
        body = over is not None and heading is None  # the first sentence under a dated heading
        dates = SentenceDates(sent, mentions, stated, previous=anchor if body else previous)
        disc.start_sentence(sent)
        if link_line(doc, sent) and not (leading and item_line(sent)):
            disc.note_sentence(sent)  # a Title-Case link or subheading: names, not prose
            continue
        read_before = len(facts)
        note_meeting(disc, sent)
        events = event_facts(disc, sent, stated, dates, published, divorce_doc)
        said = events + kin_facts(disc, sent)  # events first: 'X married Y, and the couple ...'
        said += relative_marriages(disc, sent, stated, dates, said)
        nouns = marriage_noun_facts(disc, sent, dates)  # 'a son, Y, from his marriage, to Z'
        marriage_length_starts(sent, dates, published, said + nouns)  # 'husband of 12 years'
        facts += (
            said
            + children_of_marriage(disc, sent, said + nouns)
            + children_with_whom(disc, sent, said)
        )
        facts += sibling_word_facts(disc, sent)
        facts += notation.facts(sent)
        facts += marriage_end_facts(disc, sent, dates)
        facts += nouns
        facts += pending_birth_facts(disc, sent)
        facts += named_children(disc, sent, dates) + arrival_births(disc, sent, dates)
        told_here = told_children(disc, sent)
        parents_told = told_here or told_parents
        facts += names_list(disc, sent, parents_told)
        told_parents = told_here
        if sibling_topic:
            facts += _topic_siblings(disc, sent)
        facts += item_sibling_facts(disc, sent)
        facts += custody_facts(disc, sent)
        facts += predeceased_facts(disc, sent, dates)
        facts += respective_births(disc, sent, dates, facts[read_before:])
        facts += with_co_parents(disc, sent, facts[read_before:])
        facts += couple_subject_parents(disc, sent, facts[read_before:])
        facts += with_before_child(disc, sent, facts[read_before:])
        items = lead_in_facts(disc, sent, leading, facts[read_before:]) if leading else None
        facts += items or []
        leading = leading if items is not None else lead_in(disc, sent, parents_told, leading)
        denied += unstated_facts(disc, sent, triggers, facts[read_before:])
        if over is not None and body:
            over.fill(facts[read_before:], stated)
        disc.note_sentence(sent, facts[read_before:])
    facts += unnamed_split_facts(disc, facts)
    facts += wife_facts(doc, people)
    facts = _without_one_person_couples(people, _without_false_siblings(disc, facts))
    ages = stated_ages(doc, people)
    about = born_about(ages, published)
    for person, years in died_aged(doc, people, published).items():
        about[person] = about.get(person, set()) | years
    return Reading(people, facts, excluded, denied, about, ages)


def _without_one_person_couples(people: People, facts: list[RawFact]) -> list[RawFact]:
    """Drop a couple whose two names may be one person's: a lone given name and a full name
    that starts with it ('Ada' beside 'Ada Pike'), which the text did not tell apart."""
    def one_person(a: int, b: int) -> bool:
        short, full = sorted((people.name(a).split(), people.name(b).split()), key=len)
        return len(short) == 1 and len(full) > 1 and short[0] == full[0]

    return [
        f
        for f in facts
        if f.relation not in _COUPLE_RELATIONS or f.object is None
        or not one_person(f.subject, f.object)
    ]


def _without_false_siblings(disc: Discourse, facts: list[RawFact]) -> list[RawFact]:
    """Drop a sibling pair the text calls a couple or cousins ('are actually husband and wife')."""
    not_siblings = {
        frozenset((f.subject, f.object))
        for f in facts
        if f.relation in {"spouse", "partner", "engaged"} and f.object is not None
    }
    for sent in sentences(disc.doc).values():
        if not COUSIN_WORDS.isdisjoint(tokens_of(disc.doc).lower[sent.start : sent.end]):
            named = [p for g in disc.groups(sent, sent.start, sent.end) for p in g.persons]
            not_siblings |= {frozenset((a, b)) for a in named for b in named if a != b}
    return [
        f
        for f in facts
        if f.relation != "sibling" or frozenset((f.subject, f.object)) not in not_siblings
    ]
