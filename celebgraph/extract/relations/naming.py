"""Children told by how they were named or followed: "welcomed a girl and named her Ivy",
"a baby girl the couple named Ida", "Their names are: A, B and C", "daughter Elsa followed in
2013". Each is read from the parse of its clause: the naming verb's subject are the parents,
its object the child; a child noun in apposition makes the subject of arrive/follow/come a
newborn.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import CHILD_NOUNS, NAMING_NOUNS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.lists import naming_noun, read_list
from celebgraph.extract.relations.clauses import SentenceDates
from celebgraph.extract.relations.coparents import clause_subject
from celebgraph.extract.relations.kinship import FIRST_PERSON, anchor_before
from celebgraph.extract.tokens import sentence_words, tokens_of

__all__ = ["arrival_births", "named_children", "names_list", "told_children"]

_NAMING_VERBS = frozenset({"name", "call", "christen", "dub"})
_BIRTH_CONTEXT = CHILD_NOUNS | frozenset({"birth", "welcome", "baby", "girl", "boy", "newborn"})
_ARRIVAL_VERBS = frozenset({"arrive", "follow", "come"})


def named_children(disc: Discourse, sent: Span, dates: SentenceDates) -> list[RawFact]:
    """'... welcomed a baby girl in 2020 and named her Ivy': Ivy, child of the namers."""
    if _NAMING_VERBS.isdisjoint(sentence_words(sent)):
        return []
    t = tokens_of(sent.doc)
    lemmas = t.lemma_lower[sent.start : sent.end]
    if not _BIRTH_CONTEXT.intersection(lemmas):
        return []  # 'named after her grandmother', 'was named Best Actress': no birth told
    facts: list[RawFact] = []
    for k, lemma in enumerate(lemmas):
        if lemma not in _NAMING_VERBS:
            continue
        verb = sent.doc[sent.start + k]
        if verb.pos_ == "VERB" and _passive(verb):
            facts += _named_in_relative(disc, sent, verb)  # '..., who was named X'
            continue
        if verb.pos_ != "VERB":
            continue
        child = _named(disc, sent, verb)
        parents = [p for p in _namers(disc, sent, verb) if p != child]
        if child is None or not parents:
            continue
        facts += [RawFact("parent", p, child, sent, 0.75) for p in parents]
        date = next((m.value for m in dates.between(sent.start, verb.i) if m.value), None)
        if date:
            facts.append(RawFact("born", child, None, sent, 0.7, date=date))
    return facts


_NEWBORN_NOUNS = CHILD_NOUNS | frozenset({"girl", "boy"})


def _named_in_relative(disc: Discourse, sent: Span, verb: Token) -> list[RawFact]:
    """'welcomed a son, who was named Otto', 'the arrival of their third daughter, who has been
    named Pia': a passive naming verb in a relative clause on a child noun (or on the arrival
    or birth of one) names that child; the noun's owner ('their') or, with none, the subject
    of its clause are the parents."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubjpass" and c.lower_ in {"who", "that"}
                                       for c in verb.children):
        return []
    noun = verb.head
    if noun.lemma_.lower() in {"arrival", "birth"}:
        noun = next((g for c in noun.children if c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), noun)
    child = _named(disc, sent, verb)
    if noun.lemma_.lower() not in _NEWBORN_NOUNS or child is None or disc.person_at(noun):
        return []
    owners = anchor_before(disc, sent, noun.i)
    parents = owners if owners is not None else clause_subject(disc, sent, noun) or []
    return [RawFact("parent", p, child, sent, 0.7) for p in parents if p != child]


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _named(disc: Discourse, sent: Span, verb: Token) -> int | None:
    """The person a naming verb gives a name to: the first name in its object, right after it."""
    for tok in sent.doc[verb.i + 1 : min(sent.end, verb.i + 5)]:
        person = disc.person_at(tok)
        if person is not None and tok.head.i in {verb.i, *(c.i for c in verb.children)}:
            return person
    return None


def _namers(disc: Discourse, sent: Span, verb: Token) -> list[int]:
    """Who named: the verb's subject, or its coordinated head's ('welcomed ... and named')."""
    head = verb
    for _ in range(3):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if subjects:
            people = [p for subject in subjects for tok in (subject, *subject.conjuncts)
                      for p in _people_of(disc, sent, tok)]
            return list(dict.fromkeys(people))
        if head.dep_ in {"acl", "relcl"} and head.head.i < head.i:
            return _people_of(disc, sent, head.head)  # 'a girl the couple named X' (reduced)
        if head.dep_ != "conj":
            return []
        head = head.head
    return []


def _people_of(disc: Discourse, sent: Span, tok: Token) -> list[int]:
    person = disc.person_at(tok)
    return [person] if person is not None else disc.refer(tok, sent)


def names_list(disc: Discourse, sent: Span, parents: list[int]) -> list[RawFact]:
    """'They have four children. Their names are: A, B, C and D', 'Each son has a nickname: A,
    B and C': the list after a naming noun gives the children of ``parents``, the people whose
    children the sentence before (or this one) told of."""
    if NAMING_NOUNS.isdisjoint(sentence_words(sent)):
        return []
    facts: list[RawFact] = []
    if not parents:
        return facts
    for tok in sent:
        if not naming_noun(tok):
            continue
        start = next(t.i for t in sent.doc[tok.i + 1 : tok.i + 3]
                     if t.lemma_ == "be" or t.text == ":")
        for item in read_list(sent, start, _name_at(disc)):
            child = disc.person_at(sent.doc[item.start])
            if child is not None and child not in parents:
                facts += [RawFact("parent", p, child, sent, 0.7) for p in parents]
    return facts


def _name_at(disc: Discourse) -> Callable[[int], int | None]:
    def name_at(j: int) -> int | None:
        mention = disc.people.at(j)
        return mention.end if mention is not None and mention.start == j else None

    return name_at


def told_children(disc: Discourse, sent: Span) -> list[int]:
    """Whose children the sentence speaks of in the plural: 'Ann and Bo have four children',
    'all five of his sons'; none when it does not say whose."""
    tags = tokens_of(sent.doc).tag  # the tag by the table: a Token only for plural nouns
    for tok in (sent.doc[i] for i in range(sent.start, sent.end) if tags[i] == "NNS"):
        if kin_of(tok) == ("parent", "forward"):
            anchors = anchor_before(disc, sent, tok.i)
            if anchors is FIRST_PERSON:
                return []  # 'my children': the speaker's, whom the quote does not name
            parents = anchors or clause_subject(disc, sent, tok)
            if parents:
                return parents
    return []


def arrival_births(disc: Discourse, sent: Span, dates: SentenceDates) -> list[RawFact]:
    """'daughter Elsa followed in 2013', 'son Ole came in 2011': a child noun makes the subject
    of arrive/follow/come a newborn, born at the date of its own clause."""
    if _ARRIVAL_VERBS.isdisjoint(sentence_words(sent)):
        return []
    facts: list[RawFact] = []
    t = tokens_of(sent.doc)
    for i in range(sent.start, sent.end):
        if t.lemma_lower[i] not in _ARRIVAL_VERBS or t.pos[i] != "VERB":
            continue
        verb = sent.doc[i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        mention = disc.people.at(subjects[0].i) if subjects else None
        before = sent.doc[mention.start - 1] if mention and mention.start > sent.start else None
        date = next((m.value for m in dates.between(verb.i, verb.i + 6) if m.value), None)
        if mention and before is not None and kin_of(before) == ("parent", "forward") and date:
            facts.append(RawFact("born", mention.person, None, sent, 0.7, date=date))
    return facts
