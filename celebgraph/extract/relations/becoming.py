"""Kin a person became: 'X became her husband in 1986', 'X, who would later become his wife',
'after marrying Y and becoming the stepdad to her kids'."""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.dates.find import find_dates
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.tokens import doc_text

__all__ = ["became", "becoming", "date_from_becoming", "date_from_since"]


def becoming(tok: Token) -> Token | None:
    """The 'become' verb whose complement the kin noun is ('becoming the stepdad to ...')."""
    head = tok.head
    if tok.dep_ in {"attr", "acomp", "oprd", "dobj"} and head.lemma_.lower() == "become":
        return head
    return None


def _becoming_verb(tok: Token) -> Token | None:
    """The verb a kin noun is the complement of when it says what someone became: 'X became
    her husband', 'X, who would later become his wife', 'X, who is now her husband'."""
    verb = tok.head
    if tok.dep_ not in {"attr", "oprd"} or verb.lemma_.lower() not in {"become", "be"}:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # 'never became her husband'
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    relative = subject is not None and subject.tag_ in {"WP", "WDT"}
    return verb if verb.lemma_.lower() == "become" or relative else None


def became(
    disc: Discourse, sent: Span, tok: Token, anchors: list[int]
) -> tuple[list[int], list[int]] | None:
    """(who became the kin the noun names, whose kin): the subject of 'become', or the name a
    relative clause ('who would become her husband') hangs on. Nobody is their own kin, so a
    possessive pronoun the resolver gave to that subject means someone else."""
    verb = _becoming_verb(tok)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if verb is None or subject is None:
        return None
    if subject.tag_ in {"WP", "WDT"}:
        # the name the relative clause hangs on (the word before 'who' where the parse
        # made the clause a complement of the verb before it)
        before = subject.i - 1 - (sent.doc[subject.i - 1].text == ",")
        subject = verb.head if verb.dep_ == "relcl" else sent.doc[max(before, sent.start)]
    people = disc.refer(subject, sent)[:1]
    if not people:
        return None
    if people[0] in anchors:
        owner = sent.doc[tok.i - 1]
        if owner.tag_ != "PRP$" or people[0] in disc.excluded:
            return None
        disc.excluded.add(people[0])  # the pronoun again, with the subject left out
        try:
            anchors = disc.refer(owner, sent)
        finally:
            disc.excluded.discard(people[0])
    return (people, anchors) if anchors and people[0] not in anchors else None


def date_from_becoming(tok: Token, facts: list[RawFact]) -> None:
    """'X became her husband in 1986': the date of the becoming is the wedding's."""
    verb = _becoming_verb(tok)
    if verb is None or verb.lemma_.lower() != "become":
        return
    doc = tok.doc
    start, end = doc[tok.i].idx, doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])
    when = next((d.value for d in find_dates(doc_text(doc)[start:end]) if d.value), None)
    for f in facts:
        f.start = f.start or when


def date_from_since(tok: Token, facts: list[RawFact]) -> None:
    """"Y, X's husband since 2015": a spouse or partner noun followed by 'since' and a date
    dates the couple's start."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "since":
        return
    end = min(len(doc), tok.i + 5)
    when = next((d.value for d in find_dates(doc[tok.i + 1 : end].text) if d.value), None)
    for f in facts:
        if f.relation in {"spouse", "partner"}:
            f.start = f.start or when
