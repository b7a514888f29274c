"""Who a reference means: pronouns, 'the couple', descriptions, 'my' in a quote, and the groups
of people in a clause.

The reading state of one document, updated sentence by sentence in reading order: the scope (a
heading or list item starts a new one), the couples in focus (``couples``), the last subject,
each person's gender (``gender``), what the text said so far about families (``kin_memory``),
the quotations and their speakers (``quotes``) and the people who only report the story
(``sources``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.discourse_words import (
    ATTRIBUTION_NOUNS,
    COUPLE_NOUNS,
    EX_COUPLE_WORDS,
)
from celebgraph.extract.patterns.lexicons import CHILD_MODIFIERS, CHILD_NOUNS
from celebgraph.extract.people.couples import Couple, Couples
from celebgraph.extract.people.descriptions import Descriptions, in_slot
from celebgraph.extract.people.focus import (
    among_guests,
    associates,
    couple_named_before,
    couples_from_facts,
    couples_named,
    elders_of_couple,
    main_subject,
    named_as_ex,
    onlookers,
)
from celebgraph.extract.people.gender import Genders
from celebgraph.extract.people.groups import (
    GLUE,
    Group,
    age_aside,
    find_groups,
    fronted_object_first,
    parent_word,
)
from celebgraph.extract.people.kin_memory import FactLike, KinMemory
from celebgraph.extract.people.persons import People, plural_surname
from celebgraph.extract.people.pronouns import resolve_singular, subject_around
from celebgraph.extract.people.quotes import Quotes
from celebgraph.extract.people.references import (
    describe,
    kin_reference,
    kin_set,
    unnamed_child_parents,
)
from celebgraph.extract.people.rivals import subject_rivals
from celebgraph.extract.people.salience import Salience
from celebgraph.extract.people.scopes import scope_line
from celebgraph.extract.people.unread import unread_marriages
from celebgraph.extract.tokens import parsed, sentence_at, sentence_words, tokens_of

# Words that make two names kin, not a couple: 'A and B are sisters', 'the cousins A and B'.
_KIN_OF_A_PAIR = frozenset({"sister", "sisters", "brother", "brothers", "siblings", "sibling",
                            "twins", "twin", "cousin", "cousins", "son", "daughter", "mother",
                            "father", "parents"})

__all__ = ["Discourse", "Group", "PendingBirth"]

SINGULAR_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
FIRST_SINGULAR = frozenset({"my", "me", "i", "mine", "myself"})
FIRST_PLURAL = frozenset({"our", "we", "us", "ours"})
_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS | FIRST_SINGULAR | FIRST_PLURAL
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_REFERRING_POS = frozenset({"NOUN", "ADJ", "PROPN", "NUM"})  # of a word that is no pronoun
_COPARENTING = frozenset({"share", "co-parent", "coparent"})
_CHILD_PLURALS = frozenset(
    {"children", "kids", "grandchildren", "grandsons", "granddaughters", "grandkids"}
)


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
    rivals: set[int] = field(default_factory=set)  # beside the last subject in its sentence
    scope_start: int = 0  # the token where the current heading or list item starts
    scope_person: int | None = None  # the one person a list item's heading names ('1. Ada')
    scope_pair: tuple[int, int] | None = None  # the couple an item's heading names ('Ada and Ben')
    scope_siblings: str | None = None  # the surname of an item headed 'The Moss Sisters'
    sources: set[int] = field(default_factory=set)  # people who only report the story
    couples: Couples = field(default_factory=Couples)
    kin: KinMemory = field(default_factory=KinMemory)
    dead: list[int] = field(default_factory=list)  # whose death the text told, in that order
    # 'X is splitting from her husband of seven years': (X, the sentence, the date), for the
    # husband the document names elsewhere
    unnamed_splits: list[tuple[int, Span, str | None]] = field(default_factory=list)
    genders: Genders = field(init=False)
    descriptions: Descriptions = field(init=False)
    quotes: Quotes = field(init=False)
    salience: Salience = field(init=False)
    reading: int = 0  # the number of the sentence being read
    sentence: Span | None = None  # the sentence being read
    _resolving: set[int] = field(default_factory=set)
    _first: dict[int, int] = field(default_factory=dict)
    counts: dict[int, int] = field(default_factory=dict)  # mentions of each person
    _groups_read: dict[tuple[int, int, int], list[Group]] | None = None  # see note_sentence

    def __post_init__(self) -> None:
        self.genders = Genders(self.doc, self.people)
        self.descriptions = Descriptions(self.doc, self.people)
        self.quotes = Quotes(self.doc, self.people)
        self.salience = Salience(self.people)
        self.counts = {p: entry.count for p, entry in enumerate(self.people.persons)}
        self.sources = self._reporters()

    def _reporters(self) -> set[int]:
        """People named only as the speaker of a quotation or as someone's lawyer, spokesman,
        publicist: they report the story, and are not who 'she' or 'the singer' means."""
        speaking = self.quotes.speakers()
        words = tokens_of(self.doc).lower
        reporting: dict[int, bool] = {}
        for m in self.people.mentions:
            if not reporting.get(m.person, True):
                continue  # named once in the story: never only a reporter
            near = words[max(0, m.start - 3) : m.start]
            if m.end < len(words) and words[m.end] == ",":
                near += words[m.end : m.end + 4]  # 'X, her lawyer,'
            spoken = any(i in speaking for i in range(m.start, m.end))
            reporting[m.person] = spoken or not ATTRIBUTION_NOUNS.isdisjoint(near)
        return {p for p, only in reporting.items() if only}

    # --- the couple in focus -------------------------------------------------------------

    @property
    def last_couple(self) -> tuple[int, int] | None:
        """The couple 'they' and 'the couple' mean now, or None."""
        couple = self.couples.focus(self.counts)
        return couple.pair if couple else None

    def note_couple(self, a: int, b: int, told: bool = True) -> None:
        """Make (a, b) the couple in focus; ``told``: a family relation says so, not just two
        names side by side. An ex named in passing ('her ex-husband, Y') is known as a former
        couple but does not take the focus."""
        sent = self.sentence
        in_passing = sent is not None and told and named_as_ex(self, sent, b)
        guests = sent is not None and (among_guests(self, sent, (a, b))  # onlookers' marriage
                                       or associates(self, sent, (a, b)))
        at = self.position(a, b)
        self.couples.note((a, b), self.reading, at, told, in_passing, not (in_passing or guests),
                          onlookers=guests)

    def position(self, a: int, b: int) -> int:
        """Where in the current sentence both of a couple have been named (its start when a
        pronoun or 'the couple' stood for them)."""
        sent = self.sentence
        if sent is None:
            return len(self.doc)
        firsts: dict[int, int] = {}
        for m in self.people.within(sent.start, sent.end):
            if m.person in (a, b):
                firsts.setdefault(m.person, m.start)
        return max(firsts.values(), default=sent.start)

    def recent_couple(self, sent: Span) -> bool:
        """True when the couple in focus was named in this sentence or the two before it."""
        couple = self.couples.focus(self.counts)
        return couple is not None and self.reading - self.couples.last_sentence(couple) <= 2

    # --- references ------------------------------------------------------------------------

    def person_at(self, token: Token) -> int | None:
        mention = self.people.at(token.i)
        if mention is None or mention.person in self.excluded:
            return None
        return mention.person

    def may_refer(self, i: int) -> bool:
        """False when ``refer`` surely finds nobody at token i (a verb, a preposition, a
        punctuation mark... that is no mention and no pronoun), read without making a Token."""
        if self.people.at(i) is not None:
            return True
        table = tokens_of(self.doc)
        return table.lower[i] in _PRONOUNS or table.pos[i] in _REFERRING_POS

    def refer_at(self, i: int, sent: Span) -> list[int]:
        """``refer(doc[i], sent)``, without making the Token when token i is a mention of
        someone not excluded or surely refers to nobody (``may_refer``)."""
        mention = self.people.at(i)
        if mention is not None:
            if mention.person not in self.excluded:
                return [mention.person]
        elif not self.may_refer(i):
            return []
        return self.refer(self.doc[i], sent)

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
        if token.pos_ not in _REFERRING_POS:
            return []
        if token.pos_ == "PROPN" and self.after_the(token) and (family := self._family(token)):
            return family  # 'the Harts welcomed a son'
        if lower in COUPLE_NOUNS and self.after_the(token):
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

    def after_the(self, token: Token) -> bool:
        """'the couple', 'the happy pair'; a demonstrative points the same way ('these two',
        'this couple')."""
        t = tokens_of(self.doc)
        for i in range(token.i - 1, max(token.i - 5, 0) - 1, -1):
            if t.lower[i] in {"the", "this", "these"}:
                return True
            if t.is_punct[i] or t.pos[i] in {"VERB", "AUX", "ADP"}:
                return False
        return False

    def _the_couple(self, token: Token) -> list[int]:
        """'the couple' → the couple in focus; 'the exes', 'the former couple' → the latest
        couple that split; nobody when there is none."""
        before = {t.lower_ for t in self.doc[max(token.i - 3, 0) : token.i]}
        former = token.lower_ in EX_COUPLE_WORDS or bool(before & EX_COUPLE_WORDS)
        agent = self._agent_of(token)
        if not former and self.sentence is not None and parsed(self.doc):
            here = couple_named_before(self, self.sentence, token.i)
            if here and not agent & set(here):
                return here
        if former:
            couple = self.couples.former()
        else:
            couple = self._current_again(
                self.couples.focus(self.counts, before=token.i, sentence=self.reading), token.i)
        if couple is not None and couple.has_any(agent):
            couple = self.couples.latest_without(agent, before=token.i)
        if couple is None:
            return []
        self.couples.touch(couple.pair, self.reading, token.i)
        return list(couple.pair)

    def _family(self, token: Token) -> list[int]:
        """'the Harts', 'the Mosses': the couple in focus, when one of it bears the surname
        the word is the plural of."""
        surnames = {self.people.name(p).split()[-1] for p in range(len(self.people.persons))}
        surname = plural_surname(token.text, surnames)
        couple = self.couples.focus(self.counts, before=token.i, sentence=self.reading)
        if surname is None or couple is None:
            return []
        if not any(self.people.name(p).split()[-1] == surname for p in couple.pair):
            return []
        self.couples.touch(couple.pair, self.reading, token.i)
        return list(couple.pair)

    def _agent_of(self, token: Token) -> set[int]:
        """'X gave the happy couple her blessing', 'X congratulated the pair': the person who
        acts on the couple is not one of it."""
        verb = token.head
        if token.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # 'X raised a glass to the couple'
        if token.dep_ not in {"dobj", "dative", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
            return set()
        sent = sentence_at(token.doc, token.i)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        named = [a for c in subjects for a in c.children if a.dep_ == "appos"]  # 'her sister X'
        return {p for c in subjects + named for p in self.refer(c, sent)}

    def _couple_acted_on(self, sent: Span) -> None:
        """'Her sister gave the happy couple her blessing' states no fact, yet tells which
        couple is in play: not the one the sister belongs to."""
        if COUPLE_NOUNS.isdisjoint(sentence_words(sent)):
            return  # no couple noun: the loop below finds none
        lower = tokens_of(self.doc).lower
        for i in range(sent.start, sent.end):
            if lower[i] not in COUPLE_NOUNS:
                continue  # most words: no Token made
            token = self.doc[i]
            if self._agent_of(token) and self.after_the(token):
                self.refer(token, sent)

    def _plural(self, token: Token, sent: Span) -> list[int]:
        """'they', 'their': two or more people just named in the sentence (not onlookers in a
        guest list), else the couple in focus."""
        for group in reversed(self.groups(sent, sent.start, token.i)):
            if fronted_object_first(sent, group):
                group = Group(group.start, group.end, group.persons[1:])  # 'from A, B and C wed'
            if len(group.persons) >= 2 and self._joined_to(group, token):
                return group.persons  # 'Among the guests were A and B and their son, C'
            if len(group.persons) >= 2 and not onlookers(self, group, sent):
                return (self._speakers_couple(token, sent, group)
                        or self._couple_between(group.end, token.i) or group.persons)
        if joint := self._coordinated_subject(token, sent):
            return joint  # 'A, whose ..., and B, who married Z, share their twins': A and B
        if named := self._couple_between(sent.start, token.i):
            return named  # 'X's sister, Y, with her husband Z and their sons': Y and Z
        couple = self._current_again(
            self.couples.focus(self.counts, before=token.i, sentence=self.reading), token.i)
        if couple is None:
            return self._previous_subject_pair(token, sent)
        couple = self._exes_sharing(token, couple)
        if (rival := self.couples.rival(couple, self.reading)) is not None:
            if set(couple.pair) <= self._parents_of(rival):
                couple = rival  # 'Their son, X, ...; he ... with his wife, Y. Their daughters'
            elif not set(rival.pair) <= self._parents_of(couple):
                return []  # two couples of one generation: either
        self.couples.touch(couple.pair, self.reading, token.i)
        return list(couple.pair)

    def _exes_sharing(self, token: Token, couple: Couple) -> Couple:
        """'A and B divorced in 2016. A is now dating C. They share two children': the subject
        of 'share' / 'co-parent' is the former couple one of the couple in focus belongs to,
        when the couple in focus is together and no one told them married."""
        verb = token.head
        if token.lower_ != "they" or token.dep_ != "nsubj" or couple.ended:
            return couple
        if verb.lemma_.lower() not in _COPARENTING or self.kin.married(*couple.pair):
            return couple
        former = self.couples.former()
        if former is None or not former.ended or len(set(former.pair) & set(couple.pair)) != 1:
            return couple
        return former

    def _parents_of(self, couple: Couple) -> set[int]:
        return {p for q in couple.pair for p in self.kin.parents.get(q, [])}

    def _previous_subject_pair(self, token: Token, sent: Span) -> list[int]:
        """'A and B starred in a film. They married in 2010.': a sentence that opens with
        'they' (no couple in focus) means the two names coordinated as the subject of the
        sentence before, unless that sentence calls them kin ('A and B are sisters')."""
        if token.i != sent.start or token.lower_ != "they" or sent.start == 0:
            return []
        if not parsed(self.doc):
            return []
        before = sentence_at(self.doc, sent.start - 1)
        if not _KIN_OF_A_PAIR.isdisjoint(sentence_words(before)):
            return []
        root = before.root
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) != 1:
            return []
        heads = [subjects[0], *subjects[0].conjuncts]
        persons = [self.person_at(h) for h in heads]
        if len(heads) != 2 or None in persons or persons[0] == persons[1]:
            return []
        return [p for p in persons if p is not None]

    def _coordinated_subject(self, token: Token, sent: Span) -> list[int]:
        """The persons of the nearest clause subject around the pronoun that coordinates two
        or more names, each perhaps with a clause of its own ('A, whose brother is his manager,
        and B, who has since married Z, alternate weeks with their twins'); else []."""
        if not parsed(self.doc) or (found := subject_around(token, sent)) is None:
            return []
        verb = found[0]  # the parser may give the verb two subjects, not one coordinated
        subjects = [c for c in verb.children if c.dep_ == found[1].dep_
                    and not c.left_edge.i <= token.i <= c.right_edge.i]
        heads = [h for c in subjects for h in (c, *c.conjuncts)]
        persons = [self.person_at(h) for h in heads]
        if len(heads) < 2 or None in persons:
            return []
        return list(dict.fromkeys(p for p in persons if p is not None))

    def _joined_to(self, group: Group, token: Token) -> bool:
        """'A and B and their son': the possessive is joined to the group by 'and' alone."""
        between = [t.lower_ for t in self.doc[group.end : token.i]]
        return token.lower_ == "their" and between in (["and"], [",", "and"])

    def _speakers_couple(self, token: Token, sent: Span, group: Group) -> list[int]:
        """'Speaking to A and B, X said they met in 2016': 'they' in what X says is the couple
        in focus that X belongs to, not the people of a prepositional phrase ('to A and B',
        "on A and B's podcast") none of whom but X is a subject."""
        speaker = next((p for verb in token.ancestors if verb.i != token.head.i
                        for c in verb.children if c.dep_ in _SUBJECTS
                        for p in self.refer(c, sent)[:1]), None)
        couple = self.couples.focus(self.counts, before=token.i, sentence=self.reading)
        if speaker is None or couple is None or not couple.has(speaker):
            return []
        first = self.people.at(group.start)
        if first is None or self.doc[first.end - 1].dep_ not in {"pobj", "poss"}:
            return []  # 'X said her parents, A and B, met in 1970 and they wed': A and B
        subjects = {m.person for i in range(group.start, group.end)
                    if self.doc[i].dep_ in _SUBJECTS and (m := self.people.at(i)) is not None}
        if subjects - {speaker} or set(couple.pair) <= set(group.persons):
            return []
        return list(couple.pair)

    def _current_again(self, couple: Couple | None, before: int) -> Couple | None:
        if couple is None or not couple.ended:
            return couple
        heading = self.couples.find(*self.scope_pair) if self.scope_pair else None
        if heading is not None and heading is not couple and not heading.ended and (
                couple.has_any(set(heading.pair))):
            return heading  # '2. A and B / Before B, A was engaged to Y, but the two split.
            # The couple wed in 2014': the item's couple, not the former one
        named = [m.person for m in self.people.within(self.scope_start, before)]
        return self.couples.current_again(couple, named)

    def _couple_between(self, start: int, end: int) -> list[int]:
        """The last couple named side by side between tokens ``start`` and ``end``, nearer to
        'their' than a group or the couple in focus: 'A and B, and C with her husband, D, and
        their sons' → C and D, also when C and D are guests told in passing."""
        named = list(dict.fromkeys(m.person for m in self.people.within(start, end)))
        for a, b in reversed(list(itertools.pairwise(named))):
            if self.couples.known((a, b)):
                return [a, b]
        return []

    def _first_person(self, token: Token, sent: Span) -> list[int]:
        """'my' inside a quotation → its speaker; 'our' → the speaker and the speaker's partner
        in the couple in focus."""
        quote = self.quotes.around(token.i)
        if quote is None or quote.speaker is None or self.doc[quote.speaker].i == token.i:
            return []
        speaker_token = self.doc[quote.speaker]
        speaker_sent = sentence_at(speaker_token.doc, speaker_token.i)
        speakers = self.refer(speaker_token, speaker_sent)
        if len(speakers) != 1:
            return []
        if token.lower_ in FIRST_SINGULAR:
            return speakers
        joint = self._joint_speakers(speaker_token, speaker_sent)
        if len(joint) == 2:
            return joint  # '"Our son ...," A and B said': the two who speak
        couple = self.last_couple
        if couple and speakers[0] in couple:
            return [speakers[0], *[p for p in couple if p != speakers[0]]]
        return []

    def _joint_speakers(self, speaker: Token, sent: Span) -> list[int]:
        """The people of a coordinated speaker ('A and B said', 'A and his wife B wrote'):
        each conjunct's own name, else the name in apposition to it."""
        joint: list[int] = []
        for head in (speaker, *speaker.conjuncts):
            named = self.refer(head, sent) or [
                p for c in head.children if c.dep_ in {"appos", "compound"}
                for p in self.refer(c, sent)]
            joint += [p for p in named[:1] if p not in joint]
        return joint

    def unnamed_child(self, verb: Token, sent: Span) -> list[int] | None:
        """'The couple's little one was born', 'Their baby arrived': the subject of the verb is
        a child the text has not named yet; its parents (the possessor, else the couple in
        focus), or None when the subject is a name or no child."""
        return unnamed_child_parents(self, verb, sent)

    def in_focus(self, i: int) -> Callable[[int], bool]:
        """Who a description at token i may mean: people named before it in the scope (in the
        document when the scope names nobody before it), not excluded, not only reporters."""
        start = self.scope_start if self.salience.anyone_named(self.scope_start, i) else 0
        named_in, left_out = self.salience.named_in, self.excluded | self.sources
        return lambda p: p not in left_out and named_in(p, start, i)

    def only_as_child(self, person: int, before: int) -> bool:
        """Every mention of the person before token ``before`` introduces them as a child."""
        doc = self.doc
        return self.salience.only_as_child(
            person, before, lambda i: self.named_as_child(i, sentence_at(doc, i))
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

    def subject_child(self, i: int, token: Token) -> bool:
        """'Their son, X, was born in 1960; he has run the circus since': the name at token i is
        in apposition to a singular child noun that is a clause's subject, and ``token`` (a
        pronoun) comes after that clause's verb: X is the subject of the story told next, not
        a child in a list of kin (not in "X's son, Y, from his marriage to Z": 'his' is X's)."""
        if not parsed(self.doc):
            return False
        mention = self.people.at(i)
        root = self.doc[mention.end - 1] if mention else self.doc[i]
        noun = root.head
        return (root.dep_ == "appos" and noun.dep_ in _SUBJECTS and noun.tag_ == "NN"
                and noun.lemma_.lower() in CHILD_NOUNS and noun.head.i < token.i
                and noun.right_edge.i < token.i)

    def groups(self, sent: Span, start: int, end: int) -> list[Group]:
        """Groups of persons in tokens ``start:end``: names and references joined by 'and', ','.

        While ``note_sentence`` reads a sentence's couples and subject, where only the couples
        change, groups found without changing them are read once per version of the couples."""
        read = self._groups_read
        if read is None or self._resolving:
            return find_groups(self, sent, start, end)
        key = (start, end, self.couples.version)
        if key not in read:
            found = find_groups(self, sent, start, end)
            if self.couples.version != key[2]:
                return found  # it brought a couple back into focus: not the same reading again
            read[key] = found
        return [Group(g.start, g.end, list(g.persons)) for g in read[key]]

    def after_possessive(self, i: int) -> int:
        """The token after the mention at token i and its possessive ("Doe's")."""
        mention = self.people.at(i)
        end = mention.end if mention else i + 1
        tags = tokens_of(self.doc).tag
        while end < len(tags) and tags[end] == "POS":
            end += 1
        return end

    def _mention_end(self, i: int) -> int:
        end = self.after_possessive(i)
        return end + 2 if age_aside(self.doc, end) else end

    # --- reading order -----------------------------------------------------------------------

    def start_sentence(self, sent: Span | None = None) -> None:
        """Count sentences; open a new scope at a heading or list item; note who, in this
        sentence, only reports the story."""
        self.reading += 1
        self.sentence = sent
        if sent is None:
            return
        line = scope_line(self.doc, self.people, sent)
        if line is not None and line.start > self.scope_start:
            self.scope_start = line.start
            one = line.numbered and len(line.persons) == 1
            self.scope_person = line.persons[0] if one else None
            self.scope_pair = (line.persons[0], line.persons[1]) if line.only_names else None
            self.scope_siblings = line.siblings_named
            if line.persons:
                self.couples.keep_only(set(line.persons))
                pending = self.pending_birth  # item 1's unnamed baby is not named in item 2
                if pending is not None and not set(pending.parents) & set(line.persons):
                    self.pending_birth = None
                if self.last_subject not in line.persons:
                    self.last_subject = None
                self.subjects = [p for p in self.subjects if p in line.persons]
            elif line.family:  # '7. The Marlowes': none of the item before is in it
                self.couples.keep_only(set())
                self.pending_birth, self.last_subject, self.subjects = None, None, []
            if line.only_names:
                self.note_couple(line.persons[0], line.persons[1], told=False)
        for at in unread_marriages(self, sent):
            self.couples.block(at)

    def note_sentence(self, sent: Span, facts: Sequence[FactLike] = ()) -> None:
        """After reading a sentence: the facts it stated, its couples and its subject."""
        self.kin.note(list(facts))
        self.dead += [f.subject for f in facts
                      if f.relation == "died" and f.subject not in self.dead]
        elders = elders_of_couple(self, facts)
        couples_from_facts(self, sent, facts)
        self._couple_acted_on(sent)
        self._groups_read = {}  # both read the sentence's groups (a name list: the same ones)
        try:
            couples_named(self, sent, elders)
            subject = main_subject(self, sent)
        finally:
            self._groups_read = None
        self.rivals = set()
        if subject is not None and subject not in self.sources:
            self.rivals = subject_rivals(self, sent, subject)
            self.last_subject = subject
            self.subjects = [*[p for p in self.subjects if p != subject][-4:], subject]
