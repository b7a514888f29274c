"""What the text tells about each person's gender, for pronouns and descriptions.

Evidence, strongest first: a title in the name ("Mrs", "Prince"), a gendered noun that introduces
the name ("his wife, X", "daughters A and B", "actress X"), one that describes it ("X, the mother
of three", "X is his sister"), and a pronoun that can only mean that person ("X announced her
engagement"). A common first name counts only when the text says nothing.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.discourse_words import (
    FEMALE_NOUNS,
    FEMALE_TITLES,
    MALE_NOUNS,
    MALE_TITLES,
    ROLE_NOUNS,
    first_name_gender,
)
from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    DESCRIPTOR_WORDS,
    KIN_NOUNS,
    NAME_TITLES,
)
from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import Tokens, children_of, parsed, sentences, tokens_of

__all__ = ["FEMALE", "MALE", "Genders", "noun_gender", "pronoun_gender"]

FEMALE, MALE = "F", "M"
_WED_VERBS = frozenset({"marry", "wed"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# Words that may stand between an introducing noun and the names it introduces.
_GLUE = (CHILD_MODIFIERS | DESCRIPTOR_WORDS) - {"actor", "actress"} | {
    ",",
    "and",
    "&",
    ":",
    "-",
    "–",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "ex",
    "twin",
}


def pronoun_gender(token: Token) -> str | None:
    return _lower_gender(token.lower_)


def _lower_gender(lower: str) -> str | None:
    return FEMALE if lower in _FEMALE_PRONOUNS else MALE if lower in _MALE_PRONOUNS else None


def noun_gender(token: Token) -> str | None:
    """'wife', 'daughters', 'Princess' → F; 'groom', 'sons' → M; else None."""
    return _word_gender(token.lower_, token.lemma_)


def _word_gender(lower: str, lemma: str) -> str | None:
    for word in (lower, lemma.lower(), lower.removesuffix("s")):
        if word in FEMALE_NOUNS or word in FEMALE_TITLES:
            return FEMALE
        if word in MALE_NOUNS or word in MALE_TITLES:
            return MALE
    return None


_PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS | ROLE_NOUNS | CHILD_NOUNS | KIN_NOUNS.keys()


def _person_noun_at(t: Tokens, i: int) -> bool:
    """Token i (``t``: the document's table) is a noun that could itself be the person a
    pronoun means ('her son', 'the actor')."""
    words = {t.lower[i], t.lemma_lower[i], t.lower[i].removesuffix("s")}
    return t.pos[i] == "NOUN" and not words.isdisjoint(_PERSON_NOUNS)


class Genders:
    """Each person's gender as the document tells it (``of``), noted once per document."""

    def __init__(self, doc: Doc, people: People) -> None:
        self.doc = doc
        self.people = people
        self._votes: dict[int, Counter[str]] = {}
        for m in people.mentions:
            self._vote(m.person, self._title(m.start, m.end), 2)
            self._vote(m.person, self._introduced(m.start), 2)
            self._vote(m.person, self._described(m.end - 1), 2)
        self._bound_pronouns()
        self._married_to_told()

    def of(self, person: int) -> str | None:
        """'F', 'M', or None when neither the text nor a common first name tells."""
        votes = self._votes.get(person)
        if votes and votes[FEMALE] != votes[MALE]:
            return FEMALE if votes[FEMALE] > votes[MALE] else MALE
        if votes:
            return None  # the text contradicts itself: do not guess
        words = [w for w in self.people.name(person).split() if w.lower() not in NAME_TITLES]
        return first_name_gender().get(words[0].lower()) if words else None

    def told(self, person: int) -> bool:
        """True when the text itself (not a first-name list) gives the person's gender."""
        return person in self._votes

    def note(self, person: int, gender: str | None) -> None:
        """A gender the reader learned on the way ('the bride' resolved to the person)."""
        self._vote(person, gender, 1)

    def compatible(self, person: int, gender: str | None) -> bool:
        known = self.of(person)
        return gender is None or known is None or known == gender

    def _vote(self, person: int, gender: str | None, weight: int) -> None:
        if gender is not None:
            self._votes.setdefault(person, Counter())[gender] += weight

    def _title(self, start: int, end: int) -> str | None:
        """'Mrs Ada Doe', 'Prince Otto': a title inside the name."""
        for lower in tokens_of(self.doc).lower[start:end]:
            if lower in FEMALE_TITLES or lower in MALE_TITLES:
                return FEMALE if lower in FEMALE_TITLES else MALE
        return None

    def _introduced(self, start: int) -> str | None:
        """'his wife, X', 'sons A, B and C', 'actress X': the nearest gendered noun before X."""
        t = tokens_of(self.doc)
        j = start - 1
        while j >= 0 and start - j <= 12:
            if "\n" in t.text[j] or "\n" in t.space[j]:
                return None
            if self.people.at(j) is not None:
                j -= 1  # another name of the list ('daughters A and B'); its title is its own
                continue
            gender = _word_gender(t.lower[j], t.lemma[j])
            if gender is not None:
                return gender
            if not (t.lower[j] in _GLUE or t.like_num[j]):
                return None
            j -= 1
        return None

    def _described(self, last: int) -> str | None:
        """'X, his wife,', 'X, a mother of two', 'X is the eldest daughter': by the parse."""
        if not parsed(self.doc):
            return None
        t, children = tokens_of(self.doc), children_of(self.doc)  # a Token only where read
        for c in children.get(last, ()):
            if t.dep[c] == "appos" and not self._past_semicolon(last, c) and (
                gender := noun_gender(self.doc[c])
            ) is not None:
                return gender
        head = t.head[last]
        if t.dep[last] in {"nsubj", "nsubjpass"} and t.lemma[head] == "be":
            for c in children.get(head, ()):
                if t.dep[c] == "attr" and t.pos[c] == "NOUN":
                    return noun_gender(self.doc[c])
        return None

    def _bound_pronouns(self) -> None:
        """'X announced her engagement': a pronoun with one possible person before it; and
        'X sold pancakes by the beach. "She fed the whole street," ...': a subject pronoun
        opening the sentence after one that is about X alone continues X."""
        previous: Span | None = None
        lower = tokens_of(self.doc).lower  # pronoun_gender(tok) by the table: no Token made
        for sent in sentences(self.doc).values():
            for i in range(sent.start, sent.end):
                gender = _lower_gender(lower[i])
                if gender is None:
                    continue
                person = self._only_person_before(sent.start, i)
                if person is None and self._in_apposition(i):
                    person = self._only_unknown_before(sent.start, i, gender)
                if person is not None:
                    self._vote(person, gender, 1)
            if previous is not None:
                self._continued(previous, sent)
            previous = sent

    def _continued(self, previous: Span, sent: Span) -> None:
        """The one person who opens ``previous`` as its subject, when ``sent`` opens with a
        subject pronoun ('She', '"He') and nothing else in ``previous`` could be meant."""
        t = tokens_of(self.doc)
        first = next((i for i in range(sent.start, sent.end) if not t.is_punct[i]), None)
        if first is None or t.lower[first] not in _SUBJECT_PRONOUNS:
            return
        opener = self.people.at(previous.start)
        if opener is None or opener.start != previous.start:
            return
        person = self._only_person_before(previous.start, previous.end)
        pronouns = _FEMALE_PRONOUNS | _MALE_PRONOUNS
        if person == opener.person and pronouns.isdisjoint(t.lower[previous.start:previous.end]):
            self._vote(person, FEMALE if t.lower[first] == "she" else MALE, 1)

    def _past_semicolon(self, name: int, noun: int) -> bool:
        """'X, whom she met in Rome; their daughter, Y, ...': a semicolon stands between the
        name and the noun the parser set beside it, no apposition of X."""
        return ";" in tokens_of(self.doc).text[name + 1 : noun]

    def _married_to_told(self) -> None:
        """'X married the actress Y' / 'Y married the producer X': when the text tells one
        spouse's gender and nothing tells the other's, the other is of the other gender (a
        weak vote, the lowest)."""
        if not parsed(self.doc):
            return
        votes: list[tuple[int, str]] = []
        t = tokens_of(self.doc)
        for i, (pos, lemma) in enumerate(zip(t.pos, t.lemma_lower, strict=True)):
            if pos != "VERB" or lemma not in _WED_VERBS:
                continue  # most words: no Token made
            verb = self.doc[i]
            pair = [self._person_of(c) for c in verb.children if c.dep_ in {"nsubj", "dobj"}]
            if len(pair) != 2 or None in pair or pair[0] == pair[1]:
                continue
            for person, spouse in (pair, pair[::-1]):
                if person is not None and spouse is not None and not self.told(person):
                    known = self.of(spouse) if self.told(spouse) else None
                    if known is not None:
                        votes.append((person, MALE if known == FEMALE else FEMALE))
        for person, gender in votes:
            self._vote(person, gender, 1)

    def _person_of(self, tok: Token) -> int | None:
        """The person a subject or object names: itself, or the name beside its noun ('the
        producer X')."""
        for t in (tok, *(c for c in tok.children if c.dep_ in {"appos", "compound"})):
            if (m := self.people.at(t.i)) is not None:
                return m.person
        return None

    def _in_apposition(self, i: int) -> bool:
        """'Elena Sorin, his co-star': a possessive in a noun set beside a name."""
        tok = self.doc[i]
        return parsed(self.doc) and tok.dep_ == "poss" and tok.head.dep_ == "appos"

    def _only_unknown_before(self, start: int, i: int, gender: str) -> int | None:
        """'Yusuf Demir praised Elena Sorin, his co-star': of the people named before a
        possessive in apposition, the one whose gender nothing tells, when every other one is
        of the other gender (by the text or a common first name)."""
        persons = {m.person for m in self.people.within(start, i)}
        unknown = [p for p in persons if self.of(p) is None]
        if len(unknown) != 1 or len(persons) < 2:
            return None
        if any(self.of(p) == gender for p in persons):
            return None
        t = tokens_of(self.doc)
        if any(t.tag[k] == "POS" or _person_noun_at(t, k) for k in range(start, i)):
            return None
        return unknown[0]

    def _only_person_before(self, start: int, i: int) -> int | None:
        """The one person named in tokens start:i, when no other person noun could be meant."""
        mentions = self.people.within(start, i)
        if len({m.person for m in mentions}) != 1:
            return None
        introducing = {k for m in mentions for k in range(m.start - 3, m.end)}  # 'actress X'
        t = tokens_of(self.doc)
        for k in range(start, i):
            if t.tag[k] == "POS" or (_person_noun_at(t, k) and k not in introducing):
                return None  # 'X's son ... he', 'the jazz great's wife X and his', 'the baby; he'
        return mentions[0].person
