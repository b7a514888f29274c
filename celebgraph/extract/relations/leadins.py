"""A lead-in line that carries a kin relation for the bulleted lines under it.

    Ada and Ben Lund raised four children:       Her children with ex-husband Y:
    - Cleo, 30, a nurse                          • Dan Y, 19
    - Dag and Eli, 27, twins                     • Eve Y, 16

The lead-in ends with a colon and names the kin (a plural kin noun) with no one after it; every
following line that starts with a bullet or a number names the next items, until a line
without one. A heading that is only the kin noun does the same without a colon:

    Her kids                                     Children
    - Dan Y, 12                                  1. Eve Y (b. 1970)

a bare kin noun ('Children') means the couple in focus, else the person the text is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.gender import pronoun_gender
from celebgraph.extract.people.lists import indented, kin_heading, naming_noun
from celebgraph.extract.relations.coparents import clause_subject
from celebgraph.extract.relations.kin_targets import targets_after
from celebgraph.extract.relations.kinship import anchor_before
from celebgraph.extract.tokens import doc_text, sentence_at, sentence_start

__all__ = ["LeadIn", "item_line", "lead_in", "lead_in_facts", "mark_only"]

_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+\S")
_MARK_ONLY = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s*$")  # '1.' cut off as a sentence
_WHOM = frozenset({"with", "by"})  # 'by whom he had two sons:', 'with whom she has ...'


@dataclass(frozen=True, slots=True)
class LeadIn:
    """The relation a lead-in line gives the items under it."""

    relation: str
    direction: str
    anchors: list[int]
    co_parents: list[int]


def lead_in(disc: Discourse, sent: Span, parents_told: list[int] | None = None,
            before: LeadIn | None = None) -> LeadIn | None:
    """The lead-in a sentence ending with ':' makes, when its kin noun names no one; or a
    naming noun ('each son has a nickname:') after ``parents_told``, the people whose children
    this sentence or the one before spoke of. ``before``: the lead-in whose items the lines
    above were ('Her kids' / items / 'Her siblings': 'her' is the same person's)."""
    heading = kin_heading(sent)
    if not heading and not doc_text(sent.doc)[sent.start_char : sent.end_char].rstrip().endswith(
            ":"):
        return None
    if parents_told and any(naming_noun(tok) for tok in sent):
        return LeadIn("parent", "forward", parents_told, [])
    for tok in sent:
        kin = kin_of(tok)
        plural = tok.pos_ in {"NOUN", "PROPN"} and tok.tag_ in {"NNS", "NNPS"}
        if kin is None or not (plural or _one_of(tok)):
            continue
        if targets_after(disc, sent, tok.i)[0]:
            return None  # 'three sons: Al, Bo and Cy' on the same line: the list reader's
        if _plural_pronoun_anchor(sent, tok):
            # 'They had three daughters:' means the couple just told of ('In 1946, X married
            # Y.'); after a peerage line naming two couples, no one
            couple = disc.last_couple if disc.recent_couple(sent) else None
            if couple is None or kin != ("parent", "forward") or _others_before(disc, sent, couple):
                return None
            return LeadIn("parent", "forward", list(couple), [])
        anchors = anchor_before(disc, sent, tok.i) or clause_subject(disc, sent, tok)
        if not anchors and before is not None and len(before.anchors) == 1:
            anchors = _same_owner(disc, sent, tok, before.anchors[0])
        if heading and not anchors and tok.i == _first_word(sent):
            anchors = _heading_owner(disc, kin)  # 'Children': the family the text is about
        if anchors:
            relation, direction = kin
            return LeadIn(relation, direction, anchors, _co_parents(disc, sent, tok, anchors))
    return None


def _same_owner(disc: Discourse, sent: Span, tok: Token, owner: int) -> list[int]:
    """The owner of the lead-in above for a singular possessive before the kin noun that the
    owner's gender fits ('Her siblings' under 'Her kids' and its items)."""
    possessive = next((t for t in sent.doc[sent.start : tok.i] if t.tag_ == "PRP$"), None)
    if possessive is None or possessive.lower_ not in {"his", "her"}:
        return []
    gender = pronoun_gender(possessive)
    return [owner] if disc.genders.compatible(owner, gender) else []


def _first_word(sent: Span) -> int:
    return next((t.i for t in sent if not t.is_space), sent.start)


def _heading_owner(disc: Discourse, kin: tuple[str, str]) -> list[int]:
    """Whose kin a bare kin-noun heading lists: the couple in focus for children, else the
    last subject."""
    couple = disc.last_couple
    if couple is not None and kin == ("parent", "forward"):
        return list(couple)
    return [disc.last_subject] if disc.last_subject is not None else []


def _plural_pronoun_anchor(sent: Span, tok: Token) -> bool:
    """The kin belongs to 'they'/'their': which couple that is, the line does not say."""
    return any(t.lower_ in {"they", "their"} for t in sent.doc[sent.start : tok.i])


def _others_before(disc: Discourse, sent: Span, couple: tuple[int, int]) -> bool:
    """The sentence before names someone besides the couple ('X married secondly Y, daughter
    of Z'): 'they' may mean another pair."""
    if sent.start == 0:
        return True
    before = sentence_at(sent.doc, sent.start - 1)
    return any(m.person not in couple for m in disc.people.within(before.start, before.end))


def _one_of(tok: Token) -> bool:
    """'one daughter:' also leads in a list of one."""
    return tok.i > sentence_start(tok) and tok.doc[tok.i - 1].like_num


def _co_parents(disc: Discourse, sent: Span, tok: Token, anchors: list[int]) -> list[int]:
    """The other parent: named after 'with' ('children with ex-husband Y:'), or before
    ', by whom' ('married Y, by whom he had two sons:')."""
    doc = sent.doc
    for w in sent:
        if w.lower_ == "with" and w.i > tok.i:
            named = [m.person for m in disc.people.within(w.i + 1, sent.end)]
            return [p for p in named[:1] if p not in anchors]
        if w.lower_ in _WHOM and w.i + 1 < sent.end and doc[w.i + 1].lower_ == "whom":
            before = [m.person for m in disc.people.within(sent.start, w.i)]
            return [p for p in before[-1:] if p not in anchors]
    return []


def item_line(sent: Span) -> bool:
    """A bulleted, numbered or indented line: an item under a lead-in."""
    if _ITEM.match(sent.text) is not None or indented(sent):
        return True
    text = doc_text(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1  # '1.' split off before the name
    return _MARK_ONLY.match(text, line_start, sent.start_char) is not None and bool(
        text[line_start : sent.start_char].strip())


def mark_only(sent: Span) -> bool:
    """A sentence that is only a list mark ('1.'), the item's name being the next sentence."""
    return _MARK_ONLY.fullmatch(sent.text) is not None


def lead_in_facts(
    disc: Discourse, sent: Span, lead: LeadIn, read: list[RawFact]
) -> list[RawFact] | None:
    """The facts one item line under a lead-in gives; None when the line is no item. An item
    another rule gave the relation already (peerage notation, a record) keeps that reading."""
    if not item_line(sent):
        return None
    groups = disc.groups(sent, sent.start, sent.end)
    if not groups:
        return []
    named = groups[0].persons
    if any(f.relation == lead.relation and {f.subject, f.object} & set(named) for f in read):
        return []
    parents = lead.anchors + lead.co_parents if lead.relation == "parent" else lead.anchors
    facts: list[RawFact] = []
    for anchor in parents:
        for person in named:
            if anchor == person:
                continue
            if lead.relation == "parent" and lead.direction == "reverse":
                facts.append(RawFact("parent", person, anchor, sent, 0.75))
            else:
                facts.append(RawFact(lead.relation, anchor, person, sent, 0.75))
    if lead.relation == "parent" and any(t.lower_ in {"twins", "twin"} for t in sent):
        facts += [RawFact("sibling", a, b, sent, 0.7) for n, a in enumerate(named)
                  for b in named[n + 1 :]]  # '- Dag and Eli, 27, twins'
    return facts
