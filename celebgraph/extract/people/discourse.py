"""Who a reference means: pronouns, 'the couple', epithets, and the groups of people in a clause.

The discourse state is small on purpose: the last subject, the last couple, and how often each
person is named. It is updated sentence by sentence, in reading order.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    COUPLE_NOUNS,
    DESCRIPTOR_WORDS,
    EPITHET_ROLES,
    FEMALE_WORDS,
    KIN_NOUNS,
    MALE_WORDS,
)
from celebgraph.extract.people.persons import People

__all__ = ["Discourse", "Group", "PendingBirth"]

SINGULAR_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
_GLUE = frozenset({"and", "&", ","})
# 'ex' and '-' of a split 'ex-husband' belong to the kin phrase too.
_KIN_GLUE = (
    CHILD_MODIFIERS | DESCRIPTOR_WORDS | frozenset(KIN_NOUNS) | {",", "a", "an", "the", "ex", "-"}
)
_COUPLE_RELATIONS = frozenset({"spouse", "partner", "engaged"})


def _describing(tok: Token) -> bool:
    """A lower-case noun or adjective in 'his high school sweetheart, Y' (no kin word)."""
    kin = tok.lower_ in KIN_NOUNS or tok.lemma_.lower() in KIN_NOUNS or tok.lemma_ in CHILD_NOUNS
    return tok.is_lower and tok.pos_ in {"NOUN", "ADJ"} and not kin


def _parent_word(tok: Token) -> bool:
    kin = KIN_NOUNS.get(tok.lower_) or KIN_NOUNS.get(tok.lemma_.lower())
    return kin == ("parent", "reverse")


@dataclass(slots=True)
class Group:
    """People standing together in a clause ('Ada and Ben'), tokens ``start:end``."""

    start: int
    end: int
    persons: list[int]


@dataclass(slots=True)
class PendingBirth:
    """A birth without the child's name ('welcomed their first child'), kept for a later name."""

    parents: list[int]
    date: str | None
    after: int


@dataclass(slots=True)
class Discourse:
    """Reading state for one document."""

    doc: Doc
    people: People
    excluded: set[int] = field(default_factory=set)
    last_subject: int | None = None
    last_couple: tuple[int, int] | None = None
    told_couple: tuple[int, int] | None = None
    pending_birth: PendingBirth | None = None
    couple_at: int = 0  # the sentence number where the couple in focus was last named
    _reading: int = 0
    _first: dict[int, int] = field(default_factory=dict)
    _introductions: dict[int, set[str]] = field(default_factory=dict)
    _salience: list[int] = field(default_factory=list)

    def first_mention(self, person: int) -> int:
        """Token index of the person's first mention in the document."""
        if not self._first:
            for m in reversed(self.people.mentions):
                self._first[m.person] = m.start
        return self._first.get(person, -1)

    def person_at(self, token: Token) -> int | None:
        mention = self.people.at(token.i)
        if mention is None or mention.person in self.excluded:
            return None
        return mention.person

    def refer(self, token: Token, sent: Span) -> list[int]:
        """The persons a token stands for: a name, a pronoun, 'the couple', an epithet."""
        person = self.person_at(token)
        if person is not None:
            return [person]
        lower = token.lower_
        if lower in SINGULAR_PRONOUNS:
            return self._singular(token, sent)
        if lower in PLURAL_PRONOUNS:
            return self._plural(token, sent)
        if lower in COUPLE_NOUNS and self._after_the(token):
            return self._the_couple()
        if lower in EPITHET_ROLES and self._after_the(token) and not self._name_follows(token):
            named_later = {m.person for m in self.people.within(token.i + 1, sent.end)}
            return self._most_salient(lower, named_later)
        return []

    def _name_follows(self, token: Token) -> bool:
        """'the actor Jon Doe': the role word describes the name after it, it is no epithet."""
        return token.i + 1 < len(self.doc) and self.people.at(token.i + 1) is not None

    def _after_the(self, token: Token) -> bool:
        for left in reversed(list(self.doc[max(token.i - 5, 0) : token.i])):
            if left.lower_ == "the":
                return True
            if left.is_punct or left.pos_ in {"VERB", "AUX", "ADP"}:
                return False
        return False

    def _singular(self, token: Token, sent: Span) -> list[int]:
        crossed_verb_conjunct = False
        for left in reversed(list(self.doc[sent.start : token.i])):
            if (
                left.lower_ == "and"
                and left.i + 1 < len(self.doc)
                and self.doc[left.i + 1].pos_ in {"VERB", "AUX"}
            ):
                crossed_verb_conjunct = True  # 'X is divorced from Y and raising her ...': her = X
            person = self.person_at(left)
            if (
                person is not None
                and not crossed_verb_conjunct
                and not self.named_as_child(left.i, sent)
                and not self._gender_clash(token, left.i)
            ):
                return [person]
        if crossed_verb_conjunct:
            groups = self.groups(sent, sent.start, token.i)
            if groups:
                return groups[0].persons[:1]
        return [self.last_subject] if self.last_subject is not None else []

    def _gender_clash(self, pronoun: Token, i: int) -> bool:
        """'his wife, Jane Doe ...; his daughters': 'his' is not Jane, introduced as a wife."""
        male = pronoun.lower_ in {"he", "his", "him"}
        return self._introduced_as(i) in (FEMALE_WORDS if male else MALE_WORDS)

    def _introduced_as(self, i: int) -> str:
        """The gender-telling word that introduces the mention at token i ('wife'), or ''."""
        mention = self.people.at(i)
        start = mention.start if mention else i
        first = self.doc[start].lower_
        if first in FEMALE_WORDS or first in MALE_WORDS:
            return first  # 'Crown Princess Isabella', 'King Edmund'
        for j in range(start - 1, max(-1, start - 6), -1):
            word = self.doc[j].lower_
            if word in FEMALE_WORDS or word in MALE_WORDS:
                return word  # 'his first wife, Jane Doe', 'former actress Jane Doe'
            if word not in _KIN_GLUE:
                break
        return ""

    def _known_gender(self, person: int, words: frozenset[str]) -> bool:
        """True when some mention of the person is introduced by one of ``words``."""
        if not self._introductions:  # each person's introducing words, found once
            for m in self.people.mentions:
                self._introductions.setdefault(m.person, set()).add(self._introduced_as(m.start))
        return not self._introductions.get(person, set()).isdisjoint(words)

    def named_as_child(self, i: int, sent: Span) -> bool:
        """'X shares son Y with her ex': Y, introduced as someone's child, owns no 'her'."""
        after = self._mention_end(i)
        if after < sent.end and self.doc[after].pos_ in {"VERB", "AUX"}:
            return False  # 'a baby, Y was raised by her mother': Y is the subject
        j = i - 1
        while j >= sent.start and i - j <= 10:
            tok = self.doc[j]
            if tok.lemma_.lower() in CHILD_NOUNS or tok.lower_ in {"children", "kids"}:
                return True
            if tok.lower_ in {"to", "of"} and j > sent.start and _parent_word(self.doc[j - 1]):
                return True  # 'dad to Wren', 'the father of Lily'
            if not (
                tok.lower_ in _GLUE
                or tok.like_num
                or self.people.at(j)
                or tok.lower_ in CHILD_MODIFIERS
            ):
                return False
            j -= 1
        return False

    def _plural(self, token: Token, sent: Span) -> list[int]:
        for group in reversed(self.groups(sent, sent.start, token.i)):
            if len(group.persons) >= 2:
                return group.persons
        return list(self.last_couple) if self.last_couple else []

    def _most_salient(self, role: str, named_later: set[int]) -> list[int]:
        """The most named person an epithet can mean: not one the sentence names after it
        ('the actor filed for divorce from X' is not X), and no 'actor' introduced as a wife."""
        same = MALE_WORDS if role in MALE_WORDS else FEMALE_WORDS if role in FEMALE_WORDS else None
        other = FEMALE_WORDS if same is MALE_WORDS else MALE_WORDS if same else None
        self._salience = self._salience or self.people.salience()
        ranked = (p for p in self._salience if p not in self.excluded and p not in named_later)
        if not (same and other):
            return list(itertools.islice(ranked, 1))
        top = list(itertools.islice((p for p in ranked if not self._known_gender(p, other)), 3))
        adults = same - CHILD_NOUNS - {"stepson", "stepdaughter", "grandson", "granddaughter"}
        matching = [p for p in top if self._known_gender(p, adults)]
        return (matching + top)[:1]  # 'the actor': a man among the three most named first

    def groups(self, sent: Span, start: int, end: int) -> list[Group]:
        """Groups of persons in tokens ``start:end``: names and references joined by 'and', ','."""
        groups: list[Group] = []
        i = start
        while i < end:
            past_kin = self._skip_kin_phrase(i, end)
            if past_kin != i and self.doc[i].tag_ == "PRP$":
                i = past_kin  # 'from her husband, Y': the group is Y
            persons = self.refer(self.doc[i], sent)
            if not persons:
                i += 1
                continue
            group, items = Group(i, i + 1, list(persons)), 1
            i = self._mention_end(i)
            while i + 1 < end and self.doc[i].lower_ in _GLUE:
                j = i + 1
                if j < end and self.doc[j].lower_ == "and":
                    j += 1
                j = self._skip_to_reference(j, end, sent)
                more = self.refer(self.doc[j], sent) if j < end else []
                if not more:
                    break
                group.persons.extend(p for p in more if p not in group.persons)
                items += 1
                i = self._mention_end(j)
            group.end = i
            if items >= 2 and self._all_epithets(group) and self.last_couple:
                group.persons = list(self.last_couple)  # 'the Skyline actor and the Comets star'
            groups.append(group)
        return groups

    def _skip_to_reference(self, j: int, end: int, sent: Span) -> int:
        """The next referring token after a glue word: a name past kin words, or an epithet."""
        k = self._skip_kin_phrase(j, end)
        if k == j and j < end and self.doc[j].lower_ in {"a", "an"}:
            return self._past_description(j, end)
        if k != j or j >= end or self.doc[j].lower_ != "the":
            return k
        for x in range(j + 1, min(end, j + 4)):
            if self.doc[x].lower_ in EPITHET_ROLES:
                return x if self.refer(self.doc[x], sent) else j
            if not self.doc[x].text[:1].isupper():
                break
        return j

    def _past_description(self, j: int, end: int) -> int:
        """'X, a dentist, and Y': from 'a' past the description to the next name, else j."""
        for k in range(j + 1, min(end, j + 6)):
            if self.doc[k].text == ",":
                nxt = k + 2 if k + 2 < end and self.doc[k + 1].lower_ == "and" else k + 1
                return nxt if nxt < end and self.person_at(self.doc[nxt]) is not None else j
        return j

    def _skip_kin_phrase(self, j: int, end: int) -> int:
        """'X and her husband, Y', 'A, B and a baby C': past the words before the next name."""
        possessive = j < end and self.doc[j].tag_ == "PRP$"
        k = j + 1 if possessive else j
        while k < min(end, j + 7) and (
            self.doc[k].lower_ in _KIN_GLUE or (possessive and _describing(self.doc[k]))
        ):
            k += 1  # 'his high school sweetheart, Y' reads like 'his wife, Y'
        words = {t.lower_ for t in self.doc[j:k]}
        kin = [KIN_NOUNS[w][0] for w in words if w in KIN_NOUNS and w not in CHILD_MODIFIERS]
        couple_words = all(relation in _COUPLE_RELATIONS for relation in kin)
        if k > j and couple_words and k < end and self.person_at(self.doc[k]) is not None:
            return k
        return j

    def _all_epithets(self, group: Group) -> bool:
        tokens = self.doc[group.start : group.end]
        return not any(self.people.at(t.i) for t in tokens) and any(
            t.lower_ in EPITHET_ROLES for t in tokens
        )

    def after_possessive(self, i: int) -> int:
        """The token after the mention at token i and its possessive ("Doe's")."""
        mention = self.people.at(i)
        end = mention.end if mention else i + 1
        while end < len(self.doc) and self.doc[end].tag_ == "POS":
            end += 1
        return end

    def _mention_end(self, i: int) -> int:
        """The token after a mention, past a possessive and an age aside ('X, 38, and Y')."""
        end = self.after_possessive(i)
        aside = self.doc[end : end + 3]
        if len(aside) == 3 and aside[0].text == "," and aside[1].like_num and aside[2].text == ",":
            end += 2  # stop on the closing comma, which glues what follows
        return end

    def note_sentence(self, sent: Span) -> None:
        """Update the last subject and the last couple after reading a sentence."""
        groups = self.groups(sent, sent.start, sent.end)
        if groups:
            self.last_subject = groups[0].persons[0]
        for group in groups:
            named = {m.person for i in range(group.start, group.end) if (m := self.people.at(i))}
            words = {t.lower_ for t in self.doc[group.start : group.end]}
            after_preposition = group.start > sent.start and self.doc[group.start - 1].tag_ in {
                "IN",
                "TO",
            }
            if (
                len(group.persons) == 2
                and "and" in words
                and len(named) == 2
                and not after_preposition
                and not self.named_as_child(group.start, sent)
            ):
                self.note_couple(group.persons[0], group.persons[1], told=False)

    def note_couple(self, a: int, b: int, told: bool = True) -> None:
        """Make (a, b) the couple in focus; ``told``: a marriage or romance says so, not
        just two names side by side."""
        self.last_couple = (a, b)
        self.couple_at = self._reading
        if told:
            self.told_couple = (a, b)

    def _the_couple(self) -> list[int]:
        """'the couple': the couple in focus, unless two names merely stood together since a
        couple the text called one, and that couple is the more talked-about."""
        last, told = self.last_couple, self.told_couple
        if last is None:
            return []
        if told and told != last and self._mentions(told) > self._mentions(last):
            return list(told)
        return list(last)

    def _mentions(self, pair: tuple[int, int]) -> int:
        return sum(self.people.persons[p].count for p in pair)

    def recent_couple(self, sent: Span) -> bool:
        """True when the couple in focus was named in this sentence or the two before it."""
        return self.last_couple is not None and self._reading - self.couple_at <= 2

    def start_sentence(self) -> None:
        """Count sentences, so 'recent' can be told."""
        self._reading += 1
