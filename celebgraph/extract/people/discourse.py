"""Who a reference means: pronouns, 'the couple', descriptions, 'my' in a quote, and the groups
of people in a clause.

The reading state of one document, updated sentence by sentence in reading order: the scope (a
heading or list item starts a new one), the couples in focus (``couples``), the last subject,
each person's gender (``gender``), what the text said so far about families (``kin_memory``),
the quotations and their speakers (``quotes``) and the people who only report the story
(``sources``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.discourse_words import (
    ATTRIBUTION_NOUNS,
    COUPLE_NOUNS,
    EX_COUPLE_WORDS,
    GUEST_CUES,
    NOT_COUPLE_VERBS,
    ROMANCE_PHRASES,
)
from celebgraph.extract.patterns.lexicons import CHILD_MODIFIERS, CHILD_NOUNS
from celebgraph.extract.people.couples import Couples
from celebgraph.extract.people.descriptions import Descriptions, in_slot
from celebgraph.extract.people.gender import Genders
from celebgraph.extract.people.groups import GLUE, Group, find_groups, parent_word
from celebgraph.extract.people.kin_memory import FactLike, KinMemory
from celebgraph.extract.people.persons import People
from celebgraph.extract.people.pronouns import resolve_singular
from celebgraph.extract.people.quotes import Quotes
from celebgraph.extract.people.references import (
    describe,
    kin_reference,
    kin_set,
    unnamed_child_parents,
)
from celebgraph.extract.people.scopes import scope_line

__all__ = ["Discourse", "Group", "PendingBirth"]

SINGULAR_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
FIRST_SINGULAR = frozenset({"my", "me", "i", "mine", "myself"})
FIRST_PLURAL = frozenset({"our", "we", "us", "ours"})
_CHILD_PLURALS = frozenset(
    {"children", "kids", "grandchildren", "grandsons", "granddaughters", "grandkids"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PAIR_PREPOSITIONS = frozenset({"for", "of", "to", "between"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "attr"})
_PAIR_FACTS = frozenset({"spouse", "partner", "engaged", "separated", "divorce_filed"})
_ENDED_FACTS = frozenset({"separated", "divorce_filed"})
_EX_BEFORE = frozenset({"ex", "former", "estranged", "late", "first", "previous", "then-wife"})


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
    pending_birth: PendingBirth | None = None
    subjects: list[int] = field(default_factory=list)  # the last subjects, latest last
    scope_start: int = 0  # the token where the current heading or list item starts
    sources: set[int] = field(default_factory=set)  # people who only report the story
    couples: Couples = field(default_factory=Couples)
    kin: KinMemory = field(default_factory=KinMemory)
    genders: Genders = field(init=False)
    descriptions: Descriptions = field(init=False)
    quotes: Quotes = field(init=False)
    _reading: int = 0
    _sent: Span | None = None
    _resolving: set[int] = field(default_factory=set)
    _first: dict[int, int] = field(default_factory=dict)
    _counts: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.genders = Genders(self.doc, self.people)
        self.descriptions = Descriptions(self.doc, self.people)
        self.quotes = Quotes(self.doc, self.people)
        self._counts = {p: entry.count for p, entry in enumerate(self.people.persons)}
        self.sources = self._reporters()

    def _reporters(self) -> set[int]:
        """People named only as the speaker of a quotation or as someone's lawyer, spokesman,
        publicist: they report the story, and are not who 'she' or 'the singer' means."""
        speaking = self.quotes.speakers()
        reporting: dict[int, bool] = {}
        for m in self.people.mentions:
            before = {t.lower_ for t in self.doc[max(0, m.start - 3) : m.start]}
            aside = m.end < len(self.doc) and self.doc[m.end].text == ","
            after = {t.lower_ for t in self.doc[m.end : m.end + 4]} if aside else set()
            spoken = any(i in speaking for i in range(m.start, m.end))
            named_as = bool((before | after) & ATTRIBUTION_NOUNS)
            reporting[m.person] = reporting.get(m.person, True) and (spoken or named_as)
        return {p for p, only in reporting.items() if only}

    # --- the couple in focus -------------------------------------------------------------

    @property
    def last_couple(self) -> tuple[int, int] | None:
        """The couple 'they' and 'the couple' mean now, or None."""
        couple = self.couples.focus(self._counts)
        return couple.pair if couple else None

    def note_couple(self, a: int, b: int, told: bool = True) -> None:
        """Make (a, b) the couple in focus; ``told``: a family relation says so, not just two
        names side by side. An ex named in passing ('her ex-husband, Y') is known as a former
        couple but does not take the focus."""
        sent = self._sent
        in_passing = sent is not None and told and self._named_as_ex(sent, b)
        at = self._position(a, b)
        self.couples.note((a, b), self._reading, at, told, in_passing, not in_passing)

    def _position(self, a: int, b: int) -> int:
        """Where in the current sentence both of a couple have been named (its start when a
        pronoun or 'the couple' stood for them)."""
        sent = self._sent
        if sent is None:
            return len(self.doc)
        firsts: dict[int, int] = {}
        for m in self.people.within(sent.start, sent.end):
            if m.person in (a, b):
                firsts.setdefault(m.person, m.start)
        return max(firsts.values(), default=sent.start)

    def recent_couple(self, sent: Span) -> bool:
        """True when the couple in focus was named in this sentence or the two before it."""
        couple = self.couples.focus(self._counts)
        return couple is not None and self._reading - self.couples.last_sentence(couple) <= 2

    # --- references ------------------------------------------------------------------------

    def person_at(self, token: Token) -> int | None:
        mention = self.people.at(token.i)
        if mention is None or mention.person in self.excluded:
            return None
        return mention.person

    def refer(self, token: Token, sent: Span) -> list[int]:
        """The persons a token stands for: a name, a pronoun, 'the couple', a description."""
        person = self.person_at(token)
        if person is not None:
            return [person]
        if token.i in self._resolving:
            return []  # a quote's speaker inside another quote, a subject that is the token
        self._resolving.add(token.i)
        try:
            return self._refer(token, sent)
        finally:
            self._resolving.discard(token.i)

    def _refer(self, token: Token, sent: Span) -> list[int]:
        lower = token.lower_
        if lower in SINGULAR_PRONOUNS:
            return resolve_singular(self, token, sent)
        if lower in PLURAL_PRONOUNS:
            return self._plural(token, sent)
        if lower in FIRST_SINGULAR or lower in FIRST_PLURAL:
            return self._first_person(token, sent)
        if token.pos_ not in {"NOUN", "ADJ", "PROPN", "NUM"}:
            return []
        if lower in COUPLE_NOUNS and self._after_the(token):
            return self._the_couple(token)
        return (
            kin_reference(self, token, sent)
            or self._set_in_slot(token, sent)
            or describe(self, token, sent)
        )

    def kin_set(
        self, token: Token, sent: Span, anchors: Sequence[int] | None = None
    ) -> list[int]:
        """'all three boys', 'her children', 'the siblings': the people named before in that
        role (children of ``anchors`` when given), or [] when the text does not settle it."""
        return kin_set(self, token, sent, list(anchors) if anchors else None)

    def _set_in_slot(self, token: Token, sent: Span) -> list[int]:
        return kin_set(self, token, sent) if in_slot(token) else []

    def _after_the(self, token: Token) -> bool:
        for left in reversed(list(self.doc[max(token.i - 5, 0) : token.i])):
            if left.lower_ == "the":
                return True
            if left.is_punct or left.pos_ in {"VERB", "AUX", "ADP"}:
                return False
        return False

    def _the_couple(self, token: Token) -> list[int]:
        """'the couple' → the couple in focus; 'the exes', 'the former couple' → the latest
        couple that split; nobody when there is none."""
        before = {t.lower_ for t in self.doc[max(token.i - 3, 0) : token.i]}
        former = token.lower_ in EX_COUPLE_WORDS or bool(before & EX_COUPLE_WORDS)
        if former:
            couple = self.couples.former()
        else:
            couple = self.couples.focus(self._counts, before=token.i)
        if couple is None:
            return []
        self.couples.touch(couple.pair, self._reading, token.i)
        return list(couple.pair)

    def _plural(self, token: Token, sent: Span) -> list[int]:
        """'they', 'their': two or more people just named in the sentence (not onlookers in a
        guest list), else the couple in focus."""
        for group in reversed(self.groups(sent, sent.start, token.i)):
            if len(group.persons) >= 2 and not self._onlookers(group, sent):
                return group.persons
        couple = self.couples.focus(self._counts, before=token.i)
        if couple is None:
            return []
        self.couples.touch(couple.pair, self._reading, token.i)
        return list(couple.pair)

    def _first_person(self, token: Token, sent: Span) -> list[int]:
        """'my' inside a quotation → its speaker; 'our' → the speaker and the speaker's partner
        in the couple in focus."""
        quote = self.quotes.around(token.i)
        if quote is None or quote.speaker is None or self.doc[quote.speaker].i == token.i:
            return []
        speaker_token = self.doc[quote.speaker]
        speaker_sent = speaker_token.sent
        speakers = self.refer(speaker_token, speaker_sent)
        if len(speakers) != 1:
            return []
        if token.lower_ in FIRST_SINGULAR:
            return speakers
        couple = self.last_couple
        if couple and speakers[0] in couple:
            return [speakers[0], *[p for p in couple if p != speakers[0]]]
        return []

    def unnamed_child(self, verb: Token, sent: Span) -> list[int] | None:
        """'The couple's little one was born', 'Their baby arrived': the subject of the verb is
        a child the text has not named yet; its parents (the possessor, else the couple in
        focus), or None when the subject is a name or no child."""
        return unnamed_child_parents(self, verb, sent)

    def persons_in_focus(self, i: int) -> list[int]:
        """Candidates for a description at token i: people named before it in the scope (in the
        document when the scope names nobody), the last subject first, then the most named."""
        named = {m.person for m in self.people.within(self.scope_start, i)}
        if not named:
            named = {m.person for m in self.people.within(0, i)}
        named -= self.excluded | self.sources
        ranked = sorted(named, key=lambda p: -self._counts.get(p, 0))
        if self.last_subject in named:
            ranked.remove(self.last_subject)
            ranked.insert(0, self.last_subject)
        return ranked

    def only_as_child(self, person: int, before: int) -> bool:
        """Every mention of the person before token ``before`` introduces them as a child."""
        mentions = [m for m in self.people.within(0, before) if m.person == person]
        return bool(mentions) and all(
            self.named_as_child(m.start, self.doc[m.start].sent) for m in mentions
        )

    # --- helpers the rules share ---------------------------------------------------------

    def first_mention(self, person: int) -> int:
        """Token index of the person's first mention in the document."""
        if not self._first:
            for m in reversed(self.people.mentions):
                self._first[m.person] = m.start
        return self._first.get(person, -1)

    def named_as_child(self, i: int, sent: Span) -> bool:
        """'X shares son Y with her ex': Y, introduced as someone's child, owns no 'her'."""
        after = self._mention_end(i)
        if after < sent.end and self.doc[after].pos_ in {"VERB", "AUX"}:
            return False  # 'a baby, Y was raised by her mother': Y is the subject
        j = i - 1
        while j >= sent.start and i - j <= 10:
            tok = self.doc[j]
            if tok.lemma_.lower() in CHILD_NOUNS or tok.lower_ in _CHILD_PLURALS:
                return True
            if tok.lower_ in {"to", "of"} and j > sent.start and parent_word(self.doc[j - 1]):
                return True  # 'dad to Wren', 'the father of Lily'
            if not (
                tok.lower_ in GLUE
                or tok.like_num
                or self.people.at(j)
                or tok.lower_ in CHILD_MODIFIERS
            ):
                return False
            j -= 1
        return False

    def groups(self, sent: Span, start: int, end: int) -> list[Group]:
        """Groups of persons in tokens ``start:end``: names and references joined by 'and', ','."""
        return find_groups(self, sent, start, end)

    def after_possessive(self, i: int) -> int:
        """The token after the mention at token i and its possessive ("Doe's")."""
        mention = self.people.at(i)
        end = mention.end if mention else i + 1
        while end < len(self.doc) and self.doc[end].tag_ == "POS":
            end += 1
        return end

    def _mention_end(self, i: int) -> int:
        end = self.after_possessive(i)
        aside = self.doc[end : end + 3]
        if len(aside) == 3 and aside[0].text == "," and aside[1].like_num and aside[2].text == ",":
            end += 2
        return end

    # --- reading order -----------------------------------------------------------------------

    def start_sentence(self, sent: Span | None = None) -> None:
        """Count sentences; open a new scope at a heading or list item; note who, in this
        sentence, only reports the story."""
        self._reading += 1
        self._sent = sent
        if sent is None:
            return
        line = scope_line(self.doc, self.people, sent)
        if line is not None and line.start > self.scope_start:
            self.scope_start = line.start
            if line.persons:
                self.couples.keep_only(set(line.persons))
                if self.last_subject not in line.persons:
                    self.last_subject = None
                self.subjects = [p for p in self.subjects if p in line.persons]
            if line.only_names:
                self.note_couple(line.persons[0], line.persons[1], told=False)

    def note_sentence(self, sent: Span, facts: Sequence[FactLike] = ()) -> None:
        """After reading a sentence: the facts it stated, its couples and its subject."""
        self.kin.note(list(facts))
        self._couples_from_facts(sent, facts)
        self._couples_named(sent)
        subject = self._main_subject(sent)
        if subject is not None and subject not in self.sources:
            self.last_subject = subject
            self.subjects = [*[p for p in self.subjects if p != subject][-4:], subject]

    def _couples_from_facts(self, sent: Span, facts: Sequence[FactLike]) -> None:
        """Any two-person family relation puts that couple in focus; a split ends it."""
        parents: dict[int, list[int]] = {}
        co_parents = {f.subject for f in facts if f.relation == "parent"}
        for f in facts:
            if f.object is None:
                continue
            if f.relation in _PAIR_FACTS:
                event = f.relation in _ENDED_FACTS or bool(f.end)
                named_ex = self._named_as_ex(sent, f.object) or f.ended_by_death
                # 'her ex-husband, X, did not attend' is in passing; 'shares two daughters with
                # ex-husband X, whom she married in 2011' tells of that couple
                told_more = bool(f.start or f.end) or {f.subject, f.object} <= co_parents
                pair = (f.subject, f.object)
                at = self._position(*pair)
                topic = not named_ex or told_more
                self.couples.note(pair, self._reading, at, True, event or named_ex, topic)
            elif f.relation == "parent":
                parents.setdefault(f.object, []).append(f.subject)
        focus = self.couples.focus(self._counts)
        for child, of_child in parents.items():
            two = list(dict.fromkeys(of_child))
            if len(two) == 2 and not (focus and focus.has(child)):
                at = self._position(two[0], two[1])
                self.couples.note((two[0], two[1]), self._reading, at, True)  # 'X and Y's son'

    def _named_as_ex(self, sent: Span, person: int) -> bool:
        """'his ex-wife, Y', 'her former husband Y', 'his late wife Y'."""
        for m in self.people.within(sent.start, sent.end):
            if m.person == person:
                words = [t.lower_ for t in self.doc[max(sent.start, m.start - 4) : m.start]]
                if any(w in _EX_BEFORE or w.startswith(("ex-", "then-")) for w in words):
                    return True
        return False

    def _couples_named(self, sent: Span) -> None:
        """Two names as the joint subject of a clause ('Ada and Ben moved to Rome'), or a
        romance ('X fell for Y'), put a couple in focus; onlookers never do."""
        for a, b in self._romances(sent):
            self.note_couple(a, b, told=True)
        if len({m.person for m in self.people.within(sent.start, sent.end)}) < 2:
            return
        for group in self.groups(sent, sent.start, sent.end):
            named = {m.person for i in range(group.start, group.end) if (m := self.people.at(i))}
            words = {t.lower_ for t in self.doc[group.start : group.end]}
            if (
                len(group.persons) == 2
                and "and" in words
                and len(named) == 2
                and self._standing_together(group, sent)
                and not self._onlookers(group, sent)
                and not self.named_as_child(group.start, sent)
            ):
                self.note_couple(group.persons[0], group.persons[1], told=False)

    def _standing_together(self, group: Group, sent: Span) -> bool:
        """The group is the subject of its clause (by the parse; without one, not after a
        preposition), or, when no couple is in focus, the object of 'for', 'of', 'to',
        'between' ('Congratulations are in order for X and Y', 'the wedding of X and Y')."""
        first = self.doc[group.start]
        before = self.doc[group.start - 1] if group.start > sent.start else None
        if before is not None and before.tag_ in {"IN", "TO"}:
            return before.lower_ in _PAIR_PREPOSITIONS and self.last_couple is None
        if not self.doc.has_annotation("DEP"):
            return True
        mention = self.people.at(first.i)
        head = self.doc[mention.end - 1] if mention else first
        return head.dep_ in {"nsubj", "nsubjpass"} or head.head.i == head.i

    def _onlookers(self, group: Group, sent: Span) -> bool:
        """Guests and well-wishers: 'guests including X and Y', 'X and Y wished the couple
        well', 'Among the guests were X and Y', 'X and Y, among others, congratulated them'."""
        before = self.doc[sent.start : group.start]
        if any(t.lower_ in GUEST_CUES or t.lemma_.lower() in GUEST_CUES for t in before):
            return True
        head = self.doc[group.start]
        mention = self.people.at(head.i)
        verb = self.doc[mention.end - 1].head if mention else head.head
        if verb.lemma_.lower() in NOT_COUPLE_VERBS:
            return True
        objects = [t for c in verb.children if c.dep_ in _OBJECT_DEPS for t in c.subtree]
        return any(
            t.lower_ in GUEST_CUES
            or (t.lower_ in COUPLE_NOUNS and self._after_the(t))
            or t.lower_ == "them"
            for t in objects
        )

    def _romances(self, sent: Span) -> list[tuple[int, int]]:
        """'X fell for Y', 'X met Y', 'X romanced Y': subject and object as a couple."""
        if not self.doc.has_annotation("DEP"):
            return []
        pairs: list[tuple[int, int]] = []
        lemmas = [t.lemma_.lower() for t in sent]
        for k, tok in enumerate(sent):
            if tok.pos_ != "VERB":
                continue
            phrase = next(
                (p for p in ROMANCE_PHRASES if tuple(lemmas[k : k + len(p)]) == p), None
            )
            if phrase is None:
                continue
            subject = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            objects = _romance_objects(tok)
            left = self.refer(subject[0], sent) if subject else []
            right = [p for o in objects for p in self.refer(o, sent)][:1]
            if len(left) == 1 and right and right[0] != left[0]:
                pairs.append((left[0], right[0]))
        return pairs

    def _main_subject(self, sent: Span) -> int | None:
        """The person who is the subject of the sentence's main clause; without a subject
        (a heading), the first person named. None when the subject is no person, and in a
        verbless line that opens no scope ('Relationship to X and Y: Uncle')."""
        if not any(t.pos_ in {"VERB", "AUX"} for t in sent) and sent.start != self.scope_start:
            return None
        if self.doc.has_annotation("DEP"):
            root = sent.root
            clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")]
            subjects = [c for v in clauses for c in v.children if c.dep_ in _SUBJECT_DEPS]
            for subject in subjects:  # 'X has been granted ..., her lawyer said': X
                persons = self.refer(subject, sent)
                if persons:
                    return persons[0]
            if subjects:
                return None
        groups = self.groups(sent, sent.start, sent.end)
        return groups[0].persons[0] if groups else None


def _romance_objects(verb: Token) -> list[Token]:
    """'met Y', 'fell for Y', 'fell in love with Y': the verb's own object, through 'for',
    'with' and 'in love with' (never a noun elsewhere in the clause)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb]
    for prep in verb.children:  # 'fell in love with Y'
        heads += [g for g in prep.children if prep.lower_ == "in" and g.lemma_ == "love"]
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "with"}:
                objects += [g for g in prep.children if g.dep_ == "pobj"]
    return objects
