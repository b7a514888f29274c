"""People standing together in a clause: names and references joined by 'and' and commas.

"Ada and Ben", "X, 38, and her husband, Y", "the Skyline actor and the Comets star": each group
is the persons a rule reads as one side of a relation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.discourse_words import ASSOCIATE_JOBS, ASSOCIATE_NOUNS
from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    DESCRIPTOR_WORDS,
    EPITHET_ROLES,
    KIN_NOUNS,
)
from celebgraph.extract.people.slots import kin_of_apposition
from celebgraph.extract.tokens import parsed, tokens_of

if TYPE_CHECKING:
    from celebgraph.extract.people.discourse import Discourse

__all__ = ["GLUE", "Group", "age_aside", "find_groups", "fronted_object_first", "mention_end",
           "parent_word"]

GLUE = frozenset({"and", "&", ","})
# 'ex' and '-' of a split 'ex-husband' belong to the kin phrase too.
_KIN_GLUE = (
    CHILD_MODIFIERS | DESCRIPTOR_WORDS | frozenset(KIN_NOUNS) | {",", "a", "an", "the", "ex", "-"}
)
_COUPLE_RELATIONS = frozenset({"spouse", "partner", "engaged"})


@dataclass(slots=True)
class Group:
    """People standing together in a clause ('Ada and Ben'), tokens ``start:end``."""

    start: int
    end: int
    persons: list[int]


def _describing(tok: Token) -> bool:
    """A lower-case noun or adjective in 'his high school sweetheart, Y' (no kin word)."""
    kin = tok.lower_ in KIN_NOUNS or tok.lemma_.lower() in KIN_NOUNS or tok.lemma_ in CHILD_NOUNS
    return tok.is_lower and tok.pos_ in {"NOUN", "ADJ"} and not kin


def parent_word(tok: Token) -> bool:
    kin = KIN_NOUNS.get(tok.lower_) or KIN_NOUNS.get(tok.lemma_.lower())
    return kin == ("parent", "reverse")


def find_groups(disc: Discourse, sent: Span, start: int, end: int) -> list[Group]:
    """Groups of persons in tokens ``start:end``: names and references joined by 'and', ','."""
    doc = disc.doc
    table = tokens_of(doc)  # most tokens refer to nobody: their words are read from the table
    groups: list[Group] = []
    i = start
    while i < end:
        if table.tag[i] == "PRP$":  # only a possessive opens a kin phrase skipped here
            i = _skip_kin_phrase(disc, i, end)  # 'from her husband, Y': the group is Y
        persons = disc.refer_at(i, sent)
        if not persons:
            i += 1
            continue
        group, items = Group(i, i + 1, list(persons)), 1
        i = mention_end(disc, i)
        paired = False  # 'X and Y' joined without a comma: ', and Z' after it is another side
        while i + 1 < end and table.lower[i] in GLUE:
            j = i + 1
            if j < end and table.lower[j] == "and":
                if paired:
                    break  # 'son of Per and Eva Lund, and Ana Silva'
                j += 1
            elif _clause_boundary(doc, group.start, j):
                break
            j = _skip_to_reference(disc, j, end, sent)
            more = disc.refer_at(j, sent) if j < end else []
            if not more or _opens_own_kin_phrase(disc, j):
                break
            group.persons.extend(p for p in more if p not in group.persons)
            paired = paired or doc[i].lower_ in {"and", "&"}
            items += 1
            i = mention_end(disc, j)
        group.end = i
        couple = disc.last_couple
        if items >= 2 and _all_epithets(disc, group) and couple:
            group.persons = list(couple)  # 'the Skyline actor and the Comets star'
        groups.append(group)
    return groups


def _clause_boundary(doc: Doc, first: int, j: int) -> bool:
    """'After his split from X, he married Z': a comma alone between a prepositional object
    and a pronoun subject of the next clause joins no list."""
    return (
        parsed(doc)
        and j < len(doc)
        and doc[j].tag_ == "PRP"
        and doc[j].dep_ in {"nsubj", "nsubjpass"}
        and doc[j].head.pos_ in {"VERB", "AUX"}
        and doc[first].dep_ == "pobj"
        and doc[first].head.lower_ != "with"  # 'With X, he welcomed a son': X is with him
    )


def _skip_to_reference(disc: Discourse, j: int, end: int, sent: Span) -> int:
    """The next referring token after a glue word: a name past kin words, or an epithet."""
    doc = disc.doc
    k = _skip_kin_phrase(disc, j, end)
    if k == j and j < end and doc[j].lower_ in {"a", "an"}:
        return _past_description(disc, j, end)
    if k == j and j < end and _describing_word(doc[j]):
        return _past_descriptors(disc, j, end)
    if k != j or j >= end or doc[j].lower_ != "the":
        return k
    for x in range(j + 1, min(end, j + 6)):
        if disc.refer_at(x, sent):
            return x
        if doc[x].pos_ in {"VERB", "AUX", "ADP"} or doc[x].text in {",", "."}:
            break
    return j


_EVENT_PARTICIPLES = frozenset({"married", "wed", "divorced", "engaged", "widowed"})


def _describing_word(tok: Token) -> bool:
    """'Irish', 'record', 'executive' in 'X and Irish record executive Y' (no kin word): a
    modifier of the name after it, not a verb ('X, married Y' may tag 'married' ADJ)."""
    if tok.lower_ in _EVENT_PARTICIPLES:
        return False  # 'daughter of X, married Y': the tagger's adjective is the verb
    modifier = tok.dep_ in {"amod", "compound", "nmod"} and tok.tag_ in {"JJ", "NN", "NNS"}
    return modifier and (_describing(tok) or (tok.pos_ == "ADJ" and tok.ent_type_ == "NORP"))


def _past_descriptors(disc: Discourse, j: int, end: int) -> int:
    """'X and Irish record executive Y': from the first describing word to the name after
    the run (at most four words), else j."""
    doc = disc.doc
    for k in range(j, min(end, j + 5)):
        if disc.person_at(doc[k]) is not None:
            return k
        if not _describing_word(doc[k]):
            break
    return j


def _past_description(disc: Discourse, j: int, end: int) -> int:
    """'X, a dentist, and Y': from 'a' past the description to the next name, else j."""
    doc = disc.doc
    for k in range(j + 1, min(end, j + 6)):
        if doc[k].text == ",":
            nxt = k + 2 if k + 2 < end and doc[k + 1].lower_ == "and" else k + 1
            return nxt if nxt < end and disc.person_at(doc[nxt]) is not None else j
    return j


def _skip_kin_phrase(disc: Discourse, j: int, end: int) -> int:
    """'X and her husband, Y', 'A, B and a baby C': past the words before the next name."""
    doc = disc.doc
    table = tokens_of(doc)
    possessive = j < end and table.tag[j] == "PRP$"
    k = j + 1 if possessive else j
    while k < min(end, j + 7) and (
        table.lower[k] in _KIN_GLUE or (possessive and _describing(doc[k]))
    ):
        k += 1  # 'his high school sweetheart, Y' reads like 'his wife, Y'
    if k == j:
        return j  # no kin phrase (most tokens): nothing to skip
    words = {t.lower_ for t in doc[j:k]}
    ties = ASSOCIATE_NOUNS | ASSOCIATE_JOBS  # after a possessive: 'his former assistant'
    if not words.isdisjoint(ties) or any(t.lemma_.lower() in ties for t in doc[j:k]):
        return j  # 'and his former assistant, Y': no kin of the group, a new person

    kin = [KIN_NOUNS[w][0] for w in words if w in KIN_NOUNS and w not in CHILD_MODIFIERS]
    couple_words = all(relation in _COUPLE_RELATIONS for relation in kin)
    if k > j and couple_words and k < end and disc.person_at(doc[k]) is not None:
        return k
    return j


def _all_epithets(disc: Discourse, group: Group) -> bool:
    tokens = disc.doc[group.start : group.end]
    return not any(disc.people.at(t.i) for t in tokens) and any(
        t.lower_ in EPITHET_ROLES for t in tokens
    )


def fronted_object_first(sent: Span, group: Group) -> bool:
    """'After his divorce from A, B and C married': a list of three or more read after a
    preposition, its first item closed by a comma and its last just before a verb, is the
    preposition's object and then the clause's subjects ('B and C')."""
    doc, start = sent.doc, group.start
    if len(group.persons) < 3 or start <= sent.start or doc[start - 1].pos_ != "ADP":
        return False
    comma = next((k for k in range(start, group.end) if doc[k].text == ","), None)
    after = doc[group.end : min(group.end + 2, sent.end)]
    return (comma is not None and not any(t.lower_ in {"and", "&"} for t in doc[start:comma])
            and any(t.pos_ in {"VERB", "AUX"} for t in after))


def mention_end(disc: Discourse, i: int) -> int:
    """The token after a mention, past a possessive and an age aside ('X, 38, and Y'), a
    maiden name ('X, née Y, and her husband') or a residence ('Mr X, of Leeds, West
    Yorkshire, and Mrs Y')."""
    doc = disc.doc
    end = disc.after_possessive(i)
    if age_aside(doc, end):
        end += 2  # stop on the closing comma, which glues what follows
    return _residence_end(doc, _maiden_end(doc, end))


def _maiden_end(doc: Doc, end: int) -> int:
    """Past ', née Lund' to the comma that closes it, when one does; else ``end``."""
    t = tokens_of(doc)
    if not (end + 2 < len(doc) and t.text[end] == "," and t.lower[end + 1] in {"née", "nee"}):
        return end
    k = _place_run(doc, end + 2)  # one to three capitalised words
    return k if k is not None and k < len(doc) and t.text[k] == "," else end


def age_aside(doc: Doc, i: int) -> bool:
    """', 38,' from token i: an age set off by commas after a name."""
    t = tokens_of(doc)
    return i + 2 < len(doc) and t.text[i] == "," and t.like_num[i + 1] and t.text[i + 2] == ","


def _residence_end(doc: Doc, end: int) -> int:
    """Past ', of Leeds' and the places after it (', West Yorkshire') to the comma that closes
    them, when one does; else ``end``. Announcements say where each person lives this way."""
    t = tokens_of(doc)
    if not (end + 2 < len(doc) and t.text[end] == "," and t.lower[end + 1] == "of"):
        return end  # most names: no Token made
    k = _place_run(doc, end + 2)
    while k is not None and k + 1 < len(doc) and doc[k].text == ",":
        after = _place_run(doc, k + 1)
        if after is None or doc[k + 1].ent_type_ not in _PLACE_LABELS:
            break
        k = after  # ', West Yorkshire': the county or country of the town before
    return k if k is not None and k < len(doc) and doc[k].text == "," else end


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _place_run(doc: Doc, j: int) -> int | None:
    """The end of one to three capitalised words from token j, or None."""
    k = j
    while k < len(doc) and k - j < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k if k > j else None


def _opens_own_kin_phrase(disc: Discourse, j: int) -> bool:
    """'..., and Mira, younger daughter of Y': a name with its own 'kin of' apposition starts
    the other side of the sentence (an announcement's second party), not one more item."""
    return kin_of_apposition(disc.doc, mention_end(disc, j)) is not None

