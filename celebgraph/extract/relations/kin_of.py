"""The people on the far side of a kin noun's 'of': 'the children of X and Y', 'the mother of
Ivo, 12, Bo, 9, and Lu, 4', 'the father of her first daughter, N', 'the son of X by his second
wife'; and the people before it that the phrase describes ('X, the daughter of Y')."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.people.discourse import Discourse, Group
from celebgraph.extract.people.gender import noun_gender
from celebgraph.extract.relations.clauses import clause_verb
from celebgraph.extract.relations.kin_targets import (
    duration_after,
    listed_persons,
    skippable,
    targets_after,
)

__all__ = ["BE_WORDS", "PLACE_WORDS", "after_place_word", "born_subject", "by_his", "chained_kin",
           "married_kin_of", "of_after", "of_group", "placed_name", "subject_before",
           "wed_through_kin"]

PLACE_WORDS = frozenset({"in", "at", "near", "outside"})  # before a place, never a person
BE_WORDS = frozenset({"is", "are", "was", "were", "'s", "be", "been"})


def after_place_word(sent: Span, i: int) -> bool:
    return i > sent.start and sent.doc[i - 1].lower_ in PLACE_WORDS


def by_his(disc: Discourse, sent: Span, tok: Token) -> int | None:
    """'the son of X (1889–1957), by his second wife': 'his' is X, the first parent."""
    doc = disc.doc
    if tok.i - 1 < sent.start or doc[tok.i - 1].lower_ != "by":
        return None
    for j in range(tok.i - 2, max(sent.start, tok.i - 16), -1):
        if doc[j].lower_ == "of" and j > sent.start and kin_of(doc[j - 1]):
            mention = next(iter(disc.people.within(j + 1, min(sent.end, j + 5))), None)
            return mention.person if mention is not None else None
    return None


def of_group(disc: Discourse, sent: Span, i: int) -> list[int]:
    """'the children of X and Y' → [X, Y]; 'the mother of Ivo, 12, Bo, 9, and Lu, 4' → every
    item of the list, whatever sits between them (the name group stops at the first age)."""
    doc = disc.doc
    if i + 1 < sent.end and doc[i + 1].lower_ == "of" and not duration_after(sent, i + 1):
        groups = disc.groups(sent, i + 2, min(i + 30, sent.end))
        if groups and groups[0].start <= i + 8:
            first = groups[0]
            listed = listed_persons(disc, sent, i + 1) if first.start == i + 2 else []
            if len(listed) > len(first.persons):
                return listed
            if apposed := _apposed_to_possessed_kin(doc, groups):
                return apposed
            inner = _kin_noun_possessed(doc, sent, first.end) if first.start == i + 2 else None
            if inner is not None:
                # 'the father of her first daughter, Nika': Nika's, not her father
                return targets_after(disc, sent, inner)[0]
            return first.persons
    return []


def of_after(tok: Token) -> bool:
    """'mother of ...': the people after the 'of' are the other side of the kin noun."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of"


def _apposed_to_possessed_kin(doc: Doc, groups: list[Group]) -> list[int]:
    """'the daughter of X's son, Y, and his ex-wife Z', 'of X's second son, Y': the people
    apposed to the kin noun X possesses (X is a grandparent), not X."""
    end = groups[0].end
    pos = end - 1 if doc[end - 1].tag_ == "POS" else end
    if len(groups) < 2 or pos + 3 >= len(doc) or doc[pos].tag_ != "POS":
        return []
    j = pos + 1  # past 'eldest', 'second', 'only'
    while j < pos + 3 and j + 2 < len(doc) and (doc[j].pos_ in {"ADJ", "NUM"} or doc[j].like_num):
        j += 1
    kin = kin_of(doc[j])
    if kin is None or kin[0] != "parent" or doc[j + 1].text != "," or groups[1].start != j + 2:
        return []
    return groups[1].persons


def _kin_noun_possessed(doc: Doc, sent: Span, end: int) -> int | None:
    """The kin noun a possessor ending at token ``end`` owns ('her first daughter', "Ada's
    son"), past its modifiers; None when the possessor owns no kin noun."""
    if end - 1 < sent.start or not (
        doc[end - 1].tag_ == "PRP$" or (end < sent.end and doc[end].tag_ == "POS")
    ):
        return None
    j = end + 1 if end < sent.end and doc[end].tag_ == "POS" else end
    while j < sent.end and j - end <= 3 and (doc[j].pos_ in {"ADJ", "NUM"} or doc[j].like_num):
        j += 1
    return j if j < sent.end and kin_of(doc[j]) is not None else None


def subject_before(disc: Discourse, sent: Span, i: int) -> list[int]:
    """'X, the daughter of Y' / 'X and Y are the children of Z' → the X side."""
    doc = disc.doc
    j = i - 1
    while j >= sent.start and (
        doc[j].lower_ in BE_WORDS or skippable(doc[j]) or doc[j].lower_ == "both"
    ):
        if doc[j].pos_ == "NOUN" and disc.refer(doc[j], sent):
            break  # 'The 31-year-old actress is the daughter of ...': a description, not a skip
        j -= 1
    if j >= sent.start and _MARRY_LEMMAS & {doc[j].lemma_.lower(), doc[j].lower_}:
        return wed_through_kin(disc, sent, i)  # 'X married the daughter of Y, Z': Z, not X
    groups = disc.groups(sent, sent.start, j + 1)
    if not groups and j < sent.start + (doc[sent.start].lower_ == "the"):
        return _fronted_subject(disc, sent, doc[i])  # 'The daughter of Y, she toured'
    if groups and _place_before(disc, sent, groups):
        # 'grew up in Leeds, the children of Y': a place the NER took for a name; 'X was born
        # in Lyon, France, the eldest son of Y': the kin phrase is the clause subject's
        return born_subject(disc, sent, doc[i])
    if groups and _apposition_gap(doc, groups[-1].end, i):
        return []  # ', and Ada, daughter of Y' with 'Ada' unknown: not the group before it
    if groups and (earlier := chained_kin(disc, sent, groups[-1].start, groups[-1].end, i)):
        # 'X, grandson of A and B, son of C and D': the son is X, whom the grandson phrase
        # describes, not the grandparents named last
        return subject_before(disc, sent, earlier)
    if not groups or groups[-1].end < j + 1 - 8:
        return []
    return _coordinated_before(doc, groups, doc[i]) + groups[-1].persons


def _coordinated_before(doc: Doc, groups: list[Group], kin: Token) -> list[int]:
    """'A Doe and B Doe, daughters of Y': the group the parse kept apart before an 'and'
    right before the last group, when the kin noun is plural (both are Y's daughters)."""
    if len(groups) < 2 or not kin.tag_.endswith("S"):
        return []
    between = [t.lower_ for t in doc[groups[-2].end : groups[-1].start]]
    return groups[-2].persons if between in (["and"], [",", "and"]) else []


def _place_before(disc: Discourse, sent: Span, groups: list[Group]) -> bool:
    """The last group follows a place word ('in Leeds'), or is the second name of a place
    after one ('in Lyon, France')."""
    return placed_name(disc, sent, groups[-1].start)


def placed_name(disc: Discourse, sent: Span, start: int) -> bool:
    """The name at token ``start`` follows a place word ('in Leeds'), or is the second name
    of a place after one ('in Lyon, France'): a place the NER took for a name."""
    if after_place_word(sent, start):
        return True
    doc = disc.doc
    before = disc.people.at(start - 2) if start - 2 >= sent.start else None
    return (doc[start - 1].text == "," and before is not None and before.end == start - 1
            and after_place_word(sent, before.start))


def born_subject(disc: Discourse, sent: Span, kin: Token) -> list[int]:
    """'X was born in 1962 in Lyon, France, the eldest son of Y': the subject of 'born' the kin
    phrase hangs under is the child; nobody when the clause is no birth."""
    verb = clause_verb(kin)
    if verb.lemma_.lower() != "bear":
        return []
    subjects = [disc.person_at(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [p for p in subjects[:1] if p is not None]


def _one_kin(tok: Token) -> bool:
    """A singular kin noun standing alone ('son', not 'son and daughter', not 'sons')."""
    return (tok.tag_ == "NN" and kin_of(tok) is not None
            and not any(c.dep_ == "conj" for c in tok.children)
            and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {"and", "&"}))


def chained_kin(disc: Discourse, sent: Span, start: int, end: int, kin: int) -> int | None:
    """The kin noun of an earlier 'of' phrase whose names (the list ending with the name at
    ``start:end``, right before the comma before token ``kin``) the phrase at ``kin`` follows,
    when that phrase cannot describe them: they are a pair and it names one ('son'), or they
    are grandparents (or an uncle's, an aunt's) and it a nearer kin; else None."""
    doc = disc.doc
    names = 1
    while start > sent.start + 1 and doc[start - 1].lower_ in {"and", "&", ","}:
        before = disc.people.at(start - 2)  # 'grandson of A, B and C': the whole list
        if before is None:
            break
        start, names = before.start, names + 1
    k = start - 1
    if k <= sent.start or doc[k].lower_ != "of" or not _one_kin(doc[kin]):
        return None
    earlier = doc[k - 1]
    removed = earlier.lower_ in _REMOVED_KIN or earlier.lower_.startswith("great-grand")
    if not (removed or (kin_of(earlier) is not None and names > 1)):
        return None
    between = [t for t in doc[end:kin] if t.pos_ not in {"DET", "ADJ", "CCONJ"}]
    if [t.text for t in between] != [","] or doc[kin].lower_ in _REMOVED_KIN:
        return None
    return k - 1


_REMOVED_KIN = frozenset(
    {"grandson", "granddaughter", "grandchild", "grandniece", "grandnephew", "niece", "nephew"}
)


_MARRY_LEMMAS = frozenset({"marry", "wed", "married", "wedded"})


def _fronted_subject(disc: Discourse, sent: Span, kin: Token) -> list[int]:
    """Who a kin phrase that opens the sentence describes: 'The daughter of Y, she toured
    widely' → the clause's subject; 'Daughter of Y, one of the first radio stars.' (no verb,
    a bio line) → the person the text was last about."""
    root = kin.head if kin.dep_ != "ROOT" else kin
    if root.i == kin.i:
        return disc.subjects[-1:] if kin.i == sent.start and disc.subjects else []
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and c.i > kin.i), None)
    if subject is None:
        return _described_subject(disc, sent, kin)
    # the parents named: the mentions before the subject's phrase ('..., Ada Doe wore': 'Ada
    # Doe' starts before its head 'Doe', and is the subject, not a parent)
    inside = {m.person for m in disc.people.within(kin.i, subject.left_edge.i)}
    if subject.pos_ == "PRON":  # 'he' is never a parent the phrase names: the one before
        meant = [p for p in disc.refer(subject, sent) if p not in inside]
        return meant[:1] or [p for p in disc.subjects[-1:] if p not in inside]
    person = disc.person_at(subject)
    return [person] if person is not None and person not in inside else []


def _described_subject(disc: Discourse, sent: Span, kin: Token) -> list[int]:
    """'She got engaged in May. The daughter of A and B wore a silk dress.': the kin phrase
    is itself the clause's subject, naming nobody; it describes the person the sentence
    before was about, when that person is not one of the parents and the kin noun's gender
    fits."""
    if kin.dep_ not in {"nsubj", "nsubjpass"} or kin.i != sent.start + 1 or not disc.subjects:
        return []
    person = disc.subjects[-1]
    parents = {m.person for m in disc.people.within(kin.i, kin.right_edge.i + 1)}
    if person in parents or not disc.genders.compatible(person, noun_gender(kin)):
        return []
    return [person]


def married_kin_of(verb: Token) -> Token | None:
    """'X married the (only) daughter of Y': the kin noun with an 'of' that a marrying verb
    takes as its object, else None."""
    if not _MARRY_LEMMAS & {verb.lemma_.lower(), verb.lower_}:
        return None
    kin = next((c for c in verb.children
                if c.dep_ == "dobj" and kin_of(c) is not None and of_after(c)), None)
    if kin is None or any(t.pos_ == "PROPN" for t in verb.doc[verb.i + 1 : kin.i]):
        return None  # 'married the soprano Z (b. 1960), elder daughter of Y': Z is named
    return kin


def wed_through_kin(disc: Discourse, sent: Span, i: int) -> list[int]:
    """'X married the daughter of Y, Z' / '... of Y, King of Q, Z': the person apposed after
    the 'of' phrase is the one married (and the kin); with no such name, nobody named is."""
    doc = disc.doc
    mentions = disc.people.within(i + 2, min(i + 30, sent.end))
    if len(mentions) < 2 or mentions[0].start > i + 8:
        return []
    first, second = mentions[0], mentions[1]
    comma = first.end
    if comma < sent.end and doc[comma].text == "," and second.start == comma + 1 and (
        second.person != first.person
    ):
        return [second.person]
    return []


def _apposition_gap(doc: Doc, group_end: int, kin: int) -> bool:
    """', and Priya, younger daughter of Y' with 'Priya' no name we know: the kin phrase set off
    by the comma describes that unknown word, not the group before it."""
    comma = _kin_apposition_comma(doc, kin)
    if comma is None or comma <= group_end:
        return False
    before = doc[comma - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper()


def _kin_apposition_comma(doc: Doc, kin: int) -> int | None:
    """The comma that sets off the kin phrase at token ``kin`` (only modifiers between)."""
    k = kin - 1
    while k >= 0 and kin - k <= 4 and doc[k].pos_ in {"ADJ", "DET", "ADV"}:
        k -= 1
    return k if k >= 0 and doc[k].text == "," else None
