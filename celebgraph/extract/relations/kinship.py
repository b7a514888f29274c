"""Facts read from kin nouns: "her husband X", "Ada and Ben's eldest, Cleo", "the daughter of Y".

A kin noun links an *anchor* (whose kin: a possessive, "X's", or "of X") to *targets* (the names
it introduces). The lexicon says which relation that is and in which direction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.discourse_words import CHILD_SET_NOUNS, SIBLING_SET_NOUNS
from celebgraph.extract.patterns.kin import kin_column, kin_of
from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    COUPLE_NOUNS,
)
from celebgraph.extract.people.discourse import Discourse, Group
from celebgraph.extract.people.lists import count_of
from celebgraph.extract.people.pronouns import (
    coordinated_with_stranger,
    means_unnamed_kin,
    mourned_possessor,
)
from celebgraph.extract.people.quotes import first_person_partner
from celebgraph.extract.relations.becoming import (
    became,
    becoming,
    date_from_becoming,
    date_from_since,
)
from celebgraph.extract.relations.coparents import (
    after_with,
    chained_subject,
    child_with,
    clause_subject,
    co_parent_facts,
    governing_verb,
)
from celebgraph.extract.relations.fiction import names_a_role
from celebgraph.extract.relations.kin_of import (
    BE_WORDS,
    after_place_word,
    by_his,
    married_kin_of,
    of_after,
    of_group,
    subject_before,
)
from celebgraph.extract.relations.kin_targets import (
    colon_after_with,
    description,
    is_plural,
    item_births,
    names_a_plural,
    role_before_colon,
    skippable,
    targets_after,
)
from celebgraph.extract.relations.marriages import nearest_owner, owner_before_and
from celebgraph.extract.relations.sibling_lists import (
    before_next_kin,
    sibling_list_facts,
    siblings_among,
)
from celebgraph.extract.tokens import parsed, sentence_start, tokens_of

__all__ = ["kin_facts", "kin_of"]

_SKIP_BEFORE = frozenset(
    {"-", "year", "years", "old", "year-old", "month-old", "week-old", "day-old"}
)
# 'my son' (the speaker is not resolved), 'X Band and his wife' (a name that is nobody we know):
# the anchor is someone we cannot name, so no fact
FIRST_PERSON: list[int] = []
_ONE_PARTNER = frozenset({"spouse", "partner", "engaged"})  # a singular noun names one person
_SET_NOUNS = CHILD_SET_NOUNS | SIBLING_SET_NOUNS  # the words ``Discourse.kin_set`` reads


def anchor_before(disc: Discourse, sent: Span, i: int) -> list[int] | None:
    """Whose kin: 'her'/'their' → referents, "X and Y's" → X and Y; None when not said."""
    doc = disc.doc
    j = i - 1
    while j >= sent.start and i - j <= 6:
        tok = doc[j]
        if tok.tag_ == "PRP$" or (tok.lower_ == "her" and tok.dep_ == "poss"):  # 'her 7-year-old'
            if tok.lower_ in {"my", "our", "your"}:  # the speaker, inside a quote
                return disc.refer(tok, sent) or FIRST_PERSON
            if (father := by_his(disc, sent, tok)) is not None:
                return [father]
            if coordinated_with_stranger(disc, tok, sent):
                return FIRST_PERSON  # nobody we know: no fact, and no guess either
            if (mourned := mourned_possessor(disc, tok, sent)) is not None:
                return [mourned]  # 'survived by his wife, A, their son B, and his brother'
            if (owner := owner_before_and(disc, sent, tok)) is not None:
                return [owner]  # 'Y, and his ex-wife Z': Y's
            if means_unnamed_kin(disc, tok, sent):
                return FIRST_PERSON  # "X's mother married her second husband": not X's
            if (event_owner := nearest_owner(disc, sent, tok)) is not None:
                return [event_owner]  # "A and B confirmed X's split from her husband": X's husband
            return _not_the_subject(disc, sent, tok, doc[i]) or None
        if tok.tag_ == "WP$":  # 'Zoe, whose father is ...': the person before the comma
            groups = disc.groups(sent, sent.start, j)
            near = groups and (groups[-1].end >= j - 1 or description(sent, groups[-1].end, j))
            return groups[-1].persons[-1:] if near else None
        if tok.tag_ == "POS":
            if j > sent.start and doc[j - 1].pos_ == "NOUN" and kin_of(doc[j - 1]):
                return FIRST_PERSON  # "X's daughter's husband, Y": the unnamed daughter's
            if j > sent.start and doc[j - 1].lower_ in COUPLE_NOUNS and disc.after_the(doc[j - 1]):
                couple = disc.refer(doc[j - 1], sent)  # 'X, the couple's first child'
                return couple if len(couple) == 2 else None
            groups = disc.groups(sent, sent.start, j)
            if groups and groups[-1].end >= j:
                return _possessors(disc, sent, groups[-1].persons, j)
            return None
        if not (
            tok.lower_ in CHILD_MODIFIERS
            or tok.lower_ in _SKIP_BEFORE
            or tok.like_num
            or tok.pos_ == "ADJ"
            or tok.lower_ in {",", "ex", "then"}
        ):
            return None
        j -= 1
    return None


def _shared_possessor(disc: Discourse, sent: Span, tok: Token) -> list[int] | None:
    """"X's mother, A, and brother, B": a bare kin noun coordinated after the name apposed to
    a possessed kin noun is the same possessor's kin (the parse joins 'brother' to A)."""
    if tok.dep_ != "conj" or any(c.dep_ == "poss" for c in tok.children):
        return None
    named = tok.head
    first = named.head if named.dep_ == "appos" else None
    if first is None or first.i >= tok.i or kin_of(first) is None:
        return None
    owner = next((c for c in first.children if c.dep_ == "poss"), None)
    if owner is None or owner.tag_ == "PRP$":
        return None  # 'his mother, A, and brother, B': the pronoun rules read 'his'
    person = disc.person_at(owner)
    return [person] if person is not None else None


def _not_the_subject(disc: Discourse, sent: Span, pronoun: Token, kin: Token) -> list[int]:
    """Whom a possessive pronoun before a kin noun stands for; in 'X is his younger son' never
    X, the subject the kin noun is said of (X would be his own son): the next one back."""
    referred = disc.refer(pronoun, sent)
    verb = kin.head
    if kin.dep_ != "attr" or verb.lemma_ != "be" or len(referred) != 1:
        return referred
    subject = next((disc.person_at(c) for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or referred != [subject] or subject in disc.excluded:
        return referred
    disc.excluded.add(subject)
    try:
        return disc.refer(pronoun, sent)
    finally:
        disc.excluded.discard(subject)


def _verb_between(doc: Doc, start: int, end: int) -> bool:
    if end - start > 4:
        return True  # too far apart to be one list anyway
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end])


def _possessors(disc: Discourse, sent: Span, persons: list[int], pos: int) -> list[int]:
    """"A and B's daughter" → A and B; "A, B's daughter" → B: a comma before the last name
    makes it an appositive's possessor, not one of a list; so does ', and' between two names
    ("X's mother, A, and B's sisters": two items of a list, the sisters B's alone)."""
    desc = sent.doc[pos - 1]
    left = desc.i - (desc.i - 1 > sent.start and sent.doc[desc.i - 1].lower_ == "the")
    if (len(persons) > 1 and desc.pos_ == "NOUN" and disc.people.at(desc.i) is None
            and sent.doc[left - 1].lower_ in {"and", "&"}):
        own = [p for p in disc.refer(desc, sent) if p in persons]
        named = {m.person for m in disc.people.within(max(sent.start, pos - 12), pos)}
        if own and len(own) < len(persons) and (named & set(persons)) - set(own):
            return own  # 'guests including A, B and the groom's brother, Y': the groom's alone
    last = next((m for m in reversed(disc.people.within(sent.start, pos))
                 if m.person == persons[-1]), None)
    if last is None or last.start <= sent.start:
        return persons
    before = [t.text for t in sent.doc[max(sent.start, last.start - 2) : last.start]]
    if before[-1:] == [","] or (len(persons) == 2 and before in ([",", "and"], [",", "&"])):
        return persons[-1:]
    return persons


def _emit(
    relation: str,
    direction: str,
    anchors: list[int],
    targets: list[int],
    sent: Span,
    confidence: float,
) -> list[RawFact]:
    facts: list[RawFact] = []
    for anchor in anchors:
        for target in targets:
            if anchor == target:
                continue
            if relation == "parent" and direction == "reverse":
                facts.append(RawFact("parent", target, anchor, sent, confidence))
            else:
                facts.append(RawFact(relation, anchor, target, sent, confidence))
    return facts


def kin_facts(disc: Discourse, sent: Span) -> list[RawFact]:
    """Every fact a kin noun of the sentence states."""
    reader = _KinReader(disc, sent)
    for tok in _kin_words(disc, sent):
        reader.read(tok)
    return reader.result()


@dataclass
class _KinReader:
    """A sentence's kin nouns read in order: the facts so far, the couples a 'with' names as
    co-parents, and the last parents named ('daughter Nia, 8, and son Leo': the same)."""

    disc: Discourse
    sent: Span
    facts: list[RawFact] = field(default_factory=list)
    co_parents: list[tuple[int, int | None]] = field(default_factory=list)
    co_parent_at: list[tuple[tuple[int, int | None], int]] = field(default_factory=list)
    listed: tuple[int, list[int]] | None = None

    def result(self) -> list[RawFact]:
        windows = _windows(self.disc, self.sent, self.co_parent_at)
        return self.facts + co_parent_facts(self.facts, self.co_parents, self.sent, windows)

    def read(self, tok: Token) -> None:
        disc, sent = self.disc, self.sent
        known = disc.kin_set(tok, sent)  # 'all three boys', 'her children': named before
        if known and _names_after_colon(disc, sent, tok):
            known = []  # 'three children: A, B and C', 'two sons with Y: A and B': named here
        kin = _kin_noun(disc, sent, tok, bool(known))
        if kin is None:
            return
        relation, direction = kin
        if direction == "reverse" and (own := _parent_forms(disc, sent, tok)) is not None:
            self.facts.extend(own)
            return
        named = self._named(tok, relation, direction, known)
        if named is None:
            return
        targets, anchors, end, who_became = named
        filled = self._fill_anchors(tok, relation, direction, targets, anchors, end)
        if filled is None:
            return
        anchors, targets = filled
        if anchors:
            self._emit_found(tok, relation, direction, anchors, targets, end, who_became)

    def _their_siblings(self, tok: Token) -> list[int] | None:
        """'she made way for her brother B, who will succeed their father Y': a 'their' the
        pronoun rules leave unresolved, right before a parent noun, after the sentence has
        told two people are siblings: those two."""
        doc = self.sent.doc
        if tok.i - 1 < self.sent.start or doc[tok.i - 1].lower_ != "their":
            return None
        pairs = {(f.subject, f.object) for f in self.facts
                 if f.relation == "sibling" and f.object is not None}
        if len(pairs) != 1 or kin_of(tok) not in {("parent", "reverse")}:
            return None
        a, b = next(iter(pairs))
        return [a, b]

    def _named(
        self, tok: Token, relation: str, direction: str, known: list[int]
    ) -> tuple[list[int], list[int] | None, int, tuple[list[int], list[int]] | None] | None:
        """(targets, anchors, where the targets end, a 'who became' reading): who the kin
        noun's phrase names and whose kin they are; None when it states nothing more."""
        disc, sent = self.disc, self.sent
        at = tok.i + 1 if names_a_plural(tok) else tok.i  # 'sibling acts such as A and B'
        targets, end = (known, tok.i + 1) if known else targets_after(disc, sent, at)
        if relation in _ONE_PARTNER and tok.tag_ == "NN" and len(targets) > 1:
            targets = targets[:1]  # 'A, whose husband is B, and C, who wed D': one husband
        anchors = anchor_before(disc, sent, tok.i)
        if anchors is None:
            anchors = _shared_possessor(disc, sent, tok)  # "X's mother, A, and brother, B"
        if anchors is None:
            anchors = self._their_siblings(tok)  # 'her brother B ... their father'
        if relation == "sibling" and anchors and disc.couples.told(anchors):
            return None  # 'their sister' is no couple's: 'their' meant siblings not found
        if (not targets or of_after(tok)) and (of := of_group(disc, sent, tok.i)):
            targets, anchors = subject_before(disc, sent, tok.i), of
            if tok.i - sent.start <= 1 and targets:  # 'The daughter of Y, she ...': the
                anchors = [p for p in of if p not in targets]  # group after 'of' ran into 'she'
            married_into = married_kin_of(tok.head) == tok
            if married_into and targets and targets != of and set(targets) < set(of):
                anchors = [p for p in of if p not in targets]  # 'married the son of Y, Z'
        if not targets and anchors and direction == "reverse" and is_plural(tok):
            self.facts.extend(_unnamed_parents(disc, sent, tok, anchors))  # 'their parents'
            return None
        possessive = tok.i + 1 < sent.end and sent.doc[tok.i + 1].tag_ == "POS"
        who_became = became(disc, sent, tok, anchors) if not targets and anchors else None
        if who_became:
            targets, anchors = who_became  # 'X, who would become her husband in 1986'
        elif not targets and anchors and not possessive:  # not 'X, her husband's son'
            targets = _named_before_aside(disc, sent, tok.i, anchors)
        if not targets or anchors is FIRST_PERSON or (anchors and set(anchors) & set(targets)):
            return None  # 'Doe's parents, Tom and Ann Doe' with 'Doe' read as Tom: no fact
        if anchors is None and relation == "sibling" and (is_plural(tok) or at != tok.i):
            anchors = _implicit_anchor(disc, sent, tok, relation)
            if not anchors:
                self.facts.extend(sibling_list_facts(disc, sent, tok, targets))
                return None
        return targets, anchors, end, who_became

    def _fill_anchors(
        self, tok: Token, relation: str, direction: str, targets: list[int],
        anchors: list[int] | None, end: int,
    ) -> tuple[list[int] | None, list[int]] | None:
        """(anchors, targets) once the phrase's own anchor is missing: the parents just
        listed, the clause's subject, the couple in focus, the nearest name before."""
        disc, sent = self.disc, self.sent
        if relation == "parent" and (twins := _twins_at(tok)) is not None:
            self.facts.extend(siblings_among(before_next_kin(disc, sent, twins, targets), sent))
        # 'daughter Nia, 8, and son Leo': the same parents; not "X's daughter, Y, had a son"
        listed = self.listed
        near = listed is not None and not _verb_between(sent.doc, listed[0], tok.i)
        if anchors is None and relation == "parent" and listed and tok.i - listed[0] <= 4 and near:
            anchors = listed[1]
        if anchors is None and relation == "parent" and direction == "reverse":
            anchors = _bare_parent_anchor(disc, sent, tok, targets)  # 'X thanked mom Y'
        if anchors is None and (relation != "parent" or tok.lemma_.lower() in CHILD_NOUNS
                                or _age_noun_child(tok)):
            anchors = _implicit_anchor(disc, sent, tok, relation)
            if anchors and disc.last_couple and anchors == list(disc.last_couple):
                parented = {f.object for f in self.facts if f.relation == "parent"}
                targets = [p for p in targets if p not in parented]  # 'father to son X'
                if "with" in {t.lower_ for t in sent.doc[end : min(sent.end, end + 2)]}:
                    # '... and a son, B, with ex-husband Z': the child of the clause's subject
                    # and Z, not of the couple just named
                    subject = clause_subject(disc, sent, tok) or _chained(disc, sent, tok)
                    anchors = [a for a in anchors if a in subject] or anchors
        with_or_from = after_with(tok) or _from_of_verb(tok)
        if anchors is None and relation in {"spouse", "partner", "engaged"} and with_or_from:
            anchors = clause_subject(disc, sent, tok)  # 'X has A and B with husband Y'
            anchors = [p for p in anchors or [] if p not in targets] or None
        if anchors is None and relation in {"spouse", "partner", "engaged"}:
            before = _before_parallel_with(disc, sent, tok) if with_or_from else tok.i
            anchors = _nearest_before(disc, sent, before, targets)  # 'X ... with husband Y'
        return anchors, targets

    def _emit_found(
        self, tok: Token, relation: str, direction: str, anchors: list[int],
        targets: list[int], end: int, who_became: tuple[list[int], list[int]] | None,
    ) -> None:
        disc, sent = self.disc, self.sent
        if relation == "parent" and direction == "forward":
            self.listed = (end, anchors)
        emitted = _emit(relation, direction, anchors, targets, sent, 0.8)
        for f in emitted:
            if f.relation in {"spouse", "partner", "engaged"} and f.object is not None:
                disc.note_couple(f.subject, f.object)  # 'his wife, Y, and their children'
        _mark_widowhood(tok, emitted, targets)
        if who_became and relation == "spouse":
            date_from_becoming(tok, emitted)
        date_from_since(tok, emitted)
        if relation == "parent" and direction == "forward" and not _lost(tok):
            emitted += item_births(disc, sent, tok.i)
        if relation in {"spouse", "partner"} and child_with(tok):
            self.co_parents += [(f.subject, f.object) for f in emitted]
            self.co_parent_at += [((f.subject, f.object), tok.i) for f in emitted]
        self.facts.extend(emitted)


def _kin_noun(disc: Discourse, sent: Span, tok: Token, known: bool) -> tuple[str, str] | None:
    """(relation, direction) of a word used as a kin noun here; None for a verb, an in-law,
    a role in a film, a group's name ('the Pennock Sisters')."""
    kin = kin_of(tok) or (("parent", "forward") if known or _age_noun_child(tok) else None)
    # 'Sibling acts ...' opening a sentence is tagged a gerund: a kin noun all the same
    noun = tok.pos_ in {"NOUN", "PROPN", "ADJ"} or (tok.tag_ == "VBG" and names_a_plural(tok))
    noun = noun or _titles_a_name(disc, sent, tok)  # 'engagement to girlfriend Y'
    if kin is None or not noun or _in_law(tok) or names_a_role(tok) or _group_name(tok):
        return None
    if kin[0] != "parent" and role_before_colon(disc, sent, tok.i):
        return None  # 'two children with his wife: A and B': A and B are no wife
    return kin


def _parent_forms(disc: Discourse, sent: Span, tok: Token) -> list[RawFact] | None:
    """A parent noun's own forms: 'X is mom to a son, Y', 'X is the father of three: Y, Z'."""
    if tok.i + 1 < sent.end and disc.doc[tok.i + 1].lower_ == "to":
        return _parent_to(disc, sent, tok)
    if (count := count_of(sent, tok.i + 1)) is not None:
        return _parent_to(disc, sent, tok, count)
    return None


def _windows(
    disc: Discourse, sent: Span, at: list[tuple[tuple[int, int | None], int]]
) -> dict[tuple[int, int | None], set[int]] | None:
    """'X is mom to a daughter, A, with husband Y and a son, B, with ex-husband Z': with two
    co-parents of one parent in the sentence, each is the other parent of the children named
    between the co-parent before and its own kin noun only. None with a single co-parent."""
    anchors = [pair[0] for pair, _ in at]
    if len(at) < 2 or len(set(anchors)) != 1:
        return None
    first: dict[int, int] = {}
    for m in disc.people.within(sent.start, sent.end):
        first.setdefault(m.person, m.start)
    windows: dict[tuple[int, int | None], set[int]] = {}
    since = sent.start
    for pair, i in sorted(at, key=lambda a: a[1]):
        windows[pair] = {p for p, start in first.items() if since <= start < i}
        since = i
    return windows


def _kin_words(disc: Discourse, sent: Span) -> list[Token]:
    """The sentence's tokens that may be kin nouns ('her husband') or kin sets ('her
    children'), found in the token table: most sentences have none, and no Token is made for
    the other words."""
    doc, lower, kin = disc.doc, tokens_of(disc.doc).lower, kin_column(disc.doc)
    return [doc[i] for i in range(sent.start, sent.end)
            if lower[i] in _SET_NOUNS or kin[i] is not None
            or (lower[i] == "old" and _age_noun_child(doc[i]))]


_AGE_UNITS = frozenset({"year", "month", "week", "day"})
_CHILD_TAKING = frozenset({"have", "welcome", "share", "raise", "adopt"})


def _age_noun_child(tok: Token) -> bool:
    """'They share a two-year-old named Cal', 'they have a three-year-old, Cal': an age used as
    a noun ('a N-year-old' heading its phrase, or standing before the name it describes) that a
    having or sharing verb takes: a child, as 'a daughter' would be."""
    doc = tok.doc
    i = tok.i
    if tok.lower_ != "old" or i < 3 or doc[i - 1].text != "-":
        return False
    if doc[i - 2].lemma_ not in _AGE_UNITS or not _a_child_age(doc[i - 4]):
        return False
    before_name = tok.dep_ == "amod" and tok.head.pos_ == "PROPN" and tok.head.i > i
    if i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN" and doc[i + 1].dep_ != "oprd":
        return False  # 'a two-year-old boy', 'the 31-year-old actress': an adjective
    if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and not before_name:
        return False
    phrase = tok.head if before_name else tok  # 'share 10-year-old Cal': the name's age
    return phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in _CHILD_TAKING


_AGE_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                        "seventeen"})


def _a_child_age(number: Token) -> bool:
    """A number under 18 ('2', 'two', 'six'): a child's age, not an adult's ('a 30-year-old')."""
    if number.text.isdigit():
        return int(number.text) < 18
    return number.lower_ in _AGE_WORDS


_VERBS_TOO = frozenset({"father", "mother", "parent", "partner", "date", "mentor"})


def _titles_a_name(disc: Discourse, sent: Span, tok: Token) -> bool:
    """A kin noun the tagger made a verb after 'to' ('his engagement to girlfriend Y'), right
    before a name: a noun that titles the name, unless the word is a verb too ('to father')."""
    return (tok.pos_ == "VERB" and tok.lower_ not in _VERBS_TOO and tok.i + 1 < sent.end
            and (after := disc.people.at(tok.i + 1)) is not None and after.start == tok.i + 1)


def _bare_parent_anchor(
    disc: Discourse, sent: Span, tok: Token, targets: list[int]
) -> list[int] | None:
    """'X thanked mom Y', 'the singer slammed dad Y, 71': a parent noun used as a title, with
    no determiner, is the parent of the clause's subject (one person, not the noun's own
    phrase: 'Mom Y and X attended' says nothing)."""
    doc = sent.doc
    before = doc[tok.i - 1] if tok.i > sent.start else None
    if not parsed(doc) or (before is not None and (
        before.tag_ in {"DT", "PRP$", "POS", "WP$"} or before.pos_ in {"ADJ", "NUM"}
        or before.text == "-"  # 'co-parent their sons'
    )):
        return None
    title = disc.people.at(tok.i + 1) if tok.i + 1 < sent.end else None
    if title is None or title.start != tok.i + 1 or title.person not in targets:
        return None  # the noun must stand right before the name it titles: 'mom Y'
    verb = tok.head
    for _ in range(6):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return None
    subject = subjects[0]
    if subject.left_edge.i <= tok.i <= subject.right_edge.i:
        return None
    people = [p for p in disc.refer(subject, sent) if p not in targets]
    return people[:1] or None


def _parent_to(disc: Discourse, sent: Span, tok: Token, before: int | None = None) -> list[RawFact]:
    """'X is mom to a son, Y' / 'X, father to Y and Z' / 'X, a father of two, Y and Z': X is the
    parent; the children's names start after token ``before`` (by default the 'to')."""
    children, end = targets_after(disc, sent, tok.i + 1 if before is None else before)
    children = children + _further_child_lists(disc, sent, end, children)
    verb = becoming(tok)  # 'X said after marrying Y and becoming the stepdad to ...': X
    parents = chained_subject(disc, sent, verb) if verb is not None else []
    parents = parents or subject_before(disc, sent, tok.i)
    return [RawFact("parent", p, c, sent, 0.75) for p in parents for c in children if p != c]


def _further_child_lists(disc: Discourse, sent: Span, end: int, children: list[int]) -> list[int]:
    """'X is a mother of four, to daughters A, 10, and B, 4, and sons C and D': a child noun
    right after the first list (past ', and', a count or an adjective) opens a sub-list of the
    same parent's children."""
    doc, more = sent.doc, []
    while children and end < sent.end:
        j = end
        while j < sent.end and (doc[j].lower_ in {",", "and", "&", "a", "an", "two", "three"}
                                or (doc[j].pos_ in {"ADJ", "NUM"} and kin_of(doc[j]) is None)):
            j += 1
        if j == end or j >= sent.end or "and" not in {t.lower_ for t in doc[end:j]}:
            break  # only 'and' joins a sub-list: not '..., whose sons A and B'
        noun = doc[j]
        if kin_of(noun) != ("parent", "forward") or noun.lemma_.lower() not in CHILD_NOUNS:
            break
        items, end = targets_after(disc, sent, j)
        items = [p for p in items if p not in children and p not in more]
        if not items:
            break
        more += items
    return more


_LOSS_VERBS = frozenset({"lose", "mourn", "bury"})


def _lost(tok: Token) -> bool:
    """'lost his son X in 2022', 'mourned their daughter X': the year after the name is the
    death's, not a birth year."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LOSS_VERBS


def _names_after_colon(disc: Discourse, sent: Span, tok: Token) -> bool:
    """The kin noun's names follow a colon right after it, or after its 'with' phrase; or
    they follow a comma as its apposition ('had five children, three sons, A, B and C, ...'):
    a counted set named on the spot is not the set of that size named before."""
    nxt = tok.i + 1
    if nxt < sent.end and sent.doc[nxt].text == ":":
        return bool(targets_after(disc, sent, tok.i)[0])
    if nxt + 1 < sent.end and sent.doc[nxt].text == ",":
        mention = disc.people.at(nxt + 1)
        if mention is not None and mention.start == nxt + 1:
            return mention.person in targets_after(disc, sent, tok.i)[0]
    return colon_after_with(disc, sent, nxt) is not None


def _mark_widowhood(tok: Token, facts: list[RawFact], targets: list[int]) -> None:
    """'his late wife', 'her widower', 'he is survived by his wife', 'her husband, Y, died in
    2018': a death ended it; for 'X, the widow of Y' Y's, never X's."""
    before = {t.lower_ for t in tok.doc[max(sentence_start(tok), tok.i - 3) : tok.i]}
    survived = any(t.lemma_.lower() == "survive" for t in tok.doc[sentence_start(tok) : tok.i])
    widowed = tok.lower_ in {"widow", "widower"}
    if "late" in before or survived or _dies(tok) or widowed:
        for f in facts:
            f.ended_by_death = f.relation == "spouse"
            f.survivor = targets[0] if widowed and len(targets) == 1 else None


def _dies(tok: Token) -> bool:
    """The kin noun (or the name in apposition to it) is the subject of 'died' / 'passed
    away': 'Her husband, Y, died in 2018'."""
    if not parsed(tok.doc):
        return False
    verb = tok.head
    if tok.dep_ == "appos":
        verb = tok.head.head
    return tok.dep_ in {"nsubj", "appos"} and verb.lemma_.lower() in {"die", "pass"}


def _in_kin_list(disc: Discourse, tok: Token) -> bool:
    """A token of a list of kin and names: 'two older brothers, A and B, and a younger'."""
    return (
        disc.person_at(tok) is not None
        or kin_of(tok) is not None
        or tok.like_num
        or skippable(tok)
        or tok.lower_ in {"a", "an"}
    )


def _subject_of(sent: Span, verb: int, groups: list[Group]) -> Group:
    """The people before a verb; 'X had A, and later had B': past 'and', the clause's first."""
    k = verb - 1
    while k > sent.start and sent.doc[k].pos_ == "ADV":
        k -= 1
    return groups[0] if sent.doc[k].lower_ == "and" else groups[-1]


def _nearest_before(disc: Discourse, sent: Span, i: int, targets: list[int]) -> list[int] | None:
    """The last person named before token i in the sentence, when not one of the targets."""
    groups = [
        g
        for g in disc.groups(sent, sent.start, i)
        if not set(g.persons) & set(targets)
        and (not disc.named_as_child(g.start, sent) or _and_between(disc, g.end, i))
    ]
    return groups[-1].persons[-1:] if groups else None


def _chained(disc: Discourse, sent: Span, tok: Token) -> list[int]:
    """The subject of the verb a token hangs under through the verbs it is chained to ('X
    shares son A with Y and daughters B and C with Z': 'daughters', tagged a verb, is X's)."""
    verb = governing_verb(tok)
    return chained_subject(disc, sent, verb) if verb is not None else []


def _before_parallel_with(disc: Discourse, sent: Span, tok: Token) -> int:
    """'X has a son with ex-husband A and a daughter with husband B': where the kin noun's
    owner is looked for before; past an earlier 'with' phrase whose name is the last one
    before this 'with' (A is the other parent of one child, not B's spouse), else the noun."""
    doc = disc.doc
    own = next((j for j in range(tok.i - 1, max(sent.start, tok.i - 4) - 1, -1)
                if doc[j].lower_ == "with"), None)
    groups = [g for g in (disc.groups(sent, sent.start, own) if own is not None else [])
              if not disc.named_as_child(g.start, sent)]  # 'and daughters A and B with ...'
    if not groups:
        return tok.i
    j = groups[-1].start - 1
    while j > sent.start and (doc[j].lower_ in _BEFORE_KIN_WORDS or kin_of(doc[j]) is not None):
        j -= 1
    return j if j > sent.start and doc[j].lower_ == "with" else tok.i


_BEFORE_KIN_WORDS = frozenset({"her", "his", "their", "ex", "-", "former", "then", "the"})


def _and_between(disc: Discourse, end: int, i: int) -> bool:
    """'her children, A and husband, B': only 'and' between a child and the kin noun."""
    return [t.lower_ for t in disc.doc[end:i]] in (["and"], [",", "and"])


def _group_name(tok: Token) -> bool:
    """'the Pennock Sisters', 'the Hale Brothers band': a capitalised kin noun after a proper
    noun names a group, not anyone's kin."""
    before = tok.doc[tok.i - 1] if tok.i > sentence_start(tok) else None
    return (
        tok.text[:1].isupper()
        and before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
    )


def _twins_at(tok: Token) -> Token | None:
    """'twins A and B', 'twin daughters A and B', 'three kids: twins A and B, 8, and son C':
    the word 'twins' the children after it follow, when they are siblings."""
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if tok.lower_ == "twins" or before == "twin":
        return tok
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text in {":", ","}:
        twins = doc[tok.i + 2]
        return twins if twins.lower_ == "twins" else None
    return None


def _in_law(tok: Token) -> bool:
    """'sister-in-law', 'mother in law': no blood or marriage tie of the kind the noun names."""
    after = "".join(t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 5])
    return after.startswith(("-in-law", "inlaw", "in-law")) or tok.lower_.endswith("-in-law")


def _unnamed_parents(
    disc: Discourse, sent: Span, tok: Token, children: list[int]
) -> list[RawFact]:
    """'their parents' with no names: the couple in focus, when the sentence names them both;
    nothing new when the text named the parents before (the discourse knows them)."""
    if disc.refer(tok, sent):
        return []
    couple = disc.last_couple
    if not couple or set(couple) & set(children):
        return []
    named = {p for g in disc.groups(sent, sent.start, sent.end) for p in g.persons}
    if not set(couple) <= named:
        return []
    return [RawFact("parent", parent, child, sent, 0.7) for parent in couple for child in children]


def _named_before_aside(disc: Discourse, sent: Span, i: int, anchors: list[int]) -> list[int]:
    """'Nia (Doe's three-year-old daughter)' → Nia."""
    doc = disc.doc
    j = i - 1
    while j > sent.start and doc[j].lower_ not in {"(", ",", "—", "–"} | BE_WORDS - {"'s"}:
        j -= 1  # 'X (Doe's daughter)', 'X, Doe's daughter', 'X is Doe's daughter'
    k = j - 1
    aged = k - 2 >= sent.start and doc[k].text == "," and doc[k - 1].like_num
    if doc[j].lower_ in BE_WORDS and aged:
        k -= 3 if doc[k - 2].text == "," else 2  # 'Kayla, 24, is Doe's daughter'
    person = disc.person_at(doc[k]) if k >= sent.start else None
    mention = disc.people.at(k) if person is not None else None
    if mention is not None and after_place_word(sent, mention.start):
        return []  # 'grew up in Leeds, the children of Y'
    if doc[j].lower_ in BE_WORDS and not all(_possessor_word(disc, t) for t in doc[j + 1 : i]):
        return []  # 'X is Y's daughter', not 'X was seen with his wife at their son's game'
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in doc[j + 1 : i]):
        return []  # 'X, who followed in their father's footsteps': a clause of its own
    if any(t.pos_ in {"ADP", "SCONJ"} and t.lower_ != "of" for t in doc[j + 1 : i]):
        return []  # 'lived with X, after her mother died': a phrase of its own, no aside
    if doc[j].text == "," and doc[j + 1].lower_ in {"and", "or", "&"}:
        return []  # 'his brother's wife Greta, and his mother': the next item of a list
    if person is None or person in anchors or i - j > 8:
        return []
    if is_plural(doc[i]) and mention is not None:
        return _coordinated_with(disc, mention.end - 1, anchors) or [person]
    return [person]


def _coordinated_with(disc: Discourse, last: int, anchors: list[int]) -> list[int]:
    """'A, B, and C, Doe's children': the people of the list the name at token ``last`` ends
    (its conjuncts by the parse), when a plural kin noun follows it; [] when it is alone."""
    tok = disc.doc[last]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    persons = [p for t in (tok, *tok.conjuncts) if (p := disc.person_at(t)) is not None]
    persons = [p for p in dict.fromkeys(persons) if p not in anchors]
    return persons if len(persons) > 1 else []


def _possessor_word(disc: Discourse, tok: Token) -> bool:
    """A word of a possessor phrase: 'Ada's', 'Bo and Ada Moss's second', 'their'."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        disc.person_at(tok) is not None
        or (tok.lower_ in {"and", "&"} and after is not None and disc.person_at(after) is not None)
        or tok.tag_ in {"PRP$", "POS", "DT", "CD", "JJ", "JJS"}
        or tok.lower_ in CHILD_MODIFIERS
    )


def _from_of_verb(tok: Token) -> bool:
    """'X won custody of A from ex-husband Y': a partner noun in a 'from' phrase of the verb
    is the subject's partner, not the nearest name's."""
    noun = tok
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "from":
        return False
    head = prep.head  # 'custody of A, 15, and B, 6, from ex-husband Y': the ages make the
    for _ in range(3):  # parse hang 'from' on the last name, itself hung on the verb
        if head.pos_ != "PROPN" or head.dep_ not in {"conj", "pobj", "appos"}:
            break
        head = head.head
    return head.pos_ == "VERB"


def _implicit_anchor(disc: Discourse, sent: Span, tok: Token, relation: str) -> list[int] | None:
    """'X had a sister, Y' → X; 'their new arrival: baby Z' → them; else the couple in focus."""
    doc = disc.doc
    for j in range(tok.i - 1, max(sent.start, tok.i - 8) - 1, -1):
        owned = doc[j].head  # 'My wife Ada and I have three kids': 'my' is the wife's
        if (doc[j].tag_ == "PRP$" and relation == "parent" and owned != tok
                and owned.dep_ == "nsubj" and _unnamed_relative_subject(disc, owned.head)):
            return FIRST_PERSON  # 'her sister had twins, A and B': the sister's, not hers
        if doc[j].tag_ == "PRP$" and relation == "parent" and not (
                owned != tok and first_person_partner(owned.head) is not None):
            return disc.refer(doc[j], sent) or None  # 'my' only inside a quote: the speaker
    j = tok.i - 1
    while j >= sent.start and tok.i - j <= 16:
        if doc[j].lemma_ in {"have", "welcome", "adopt", "share", "raise"} or (
                relation == "sibling" and _met_a_sibling(doc, doc[j], tok)):
            if _unnamed_relative_subject(disc, doc[j]):
                return FIRST_PERSON  # "X's sister had twins, A and B": the sister's, not X's
            if (referred := _referring_subject(disc, sent, doc[j])) is not None:
                return referred  # 'Born X ... to A and his wife, B, the actress has a brother'
            if (couple := _couple_subject(disc, sent, doc[j])) is not None:
                return couple or None  # 'his wife's daughter A, and the couple have B': not A's
            if relation == "parent" and (couple := _married_having(disc, sent, doc[j])):
                return couple  # 'X married Y in 2001, having children A and B': both's
            groups = disc.groups(sent, sent.start, j)
            persons = _subject_of(sent, j, groups).persons if groups else []
            if (me := first_person_partner(doc[j])) is not None and len(persons) == 1:
                persons += [p for p in disc.refer(me, sent)[:1] if p not in persons]
            return persons or None  # 'Olaf and I have two boys,' said Ada: Olaf and Ada
        if not _in_kin_list(disc, doc[j]) and tok.i - j > 4:
            break  # 'X has two brothers, A and B, and a sister, C': C's anchor is X too
        j -= 1
    if (mourner := _mourner(disc, sent, tok)) is not None:
        return mourner  # 'She was predeceased by her brothers and by a daughter, Y': hers
    if relation == "parent" and _in_company(disc, tok):
        return clause_subject(disc, sent, tok)  # 'X arrived with daughter Y': X's
    if relation == "parent" and disc.last_couple and disc.recent_couple(sent):
        return list(disc.last_couple)
    return None


_MEETING_VERBS = frozenset({"meet", "discover", "find"})


_MARRYING = frozenset({"marry", "wed"})


def _married_having(disc: Discourse, sent: Span, having: Token) -> list[int]:
    """'He then married Y in 2001, having children A and B': a 'having' participle hung on a
    marrying verb; the children are the couple's, the verb's subject and its object."""
    verb = having.head
    if having.tag_ != "VBG" or having.dep_ not in {"advcl", "xcomp", "conj"} or (
            verb.lemma_.lower() not in _MARRYING or verb.i > having.i):
        return []
    subject = [p for c in verb.children if c.dep_ == "nsubj" for p in disc.refer(c, sent)]
    spouse = [p for c in verb.children if c.dep_ == "dobj" for p in disc.refer(c, sent)]
    if len(subject) != 1 or len(spouse) != 1 or subject == spouse:
        return []
    return [subject[0], spouse[0]]


def _met_a_sibling(doc: Doc, verb: Token, kin: Token) -> bool:
    """'she got to meet a younger half-sister, X': a sibling the subject meets or finds, with
    'a' before it (not 'met his sister's friend')."""
    if verb.lemma_ not in _MEETING_VERBS or kin.head.i != verb.i or kin.dep_ != "dobj":
        return False
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kin.children)


def _couple_subject(disc: Discourse, sent: Span, verb: Token) -> list[int] | None:
    """The people of a verb's subject 'the couple' ('the pair'), with names before it in the
    sentence: the couple it refers to, or no one (never the name nearest the verb, often a
    child just named: 'X is stepdad to his wife's daughter A, and the couple have B'); None
    for any other subject, or when no name comes before it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _COUPLE_SUBJECTS or not any(
            c.lower_ == "the" for c in subject.children):
        return None
    if not disc.groups(sent, sent.start, subject.i):
        return None
    return [p for p in disc.refer(subject, sent)][:2]


_COUPLE_SUBJECTS = frozenset({"couple", "pair", "duo"})


def _referring_subject(disc: Discourse, sent: Span, verb: Token) -> list[int] | None:
    """The subject of a verb after a fronted 'Born ...' clause that names the parents: the
    person the parse makes its subject ('Born X in Leeds to A and his wife, B, the actress has
    a brother, C': X's brother, not B's, the name nearest the verb); None elsewhere."""
    doc = sent.doc
    if doc[sent.start].lower_ != "born" or sent.start + 1 >= verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and _described_before(doc, sent, verb.i):
        subject = doc[verb.i - 1]  # the parse hung 'the actress' on the parents' last name
    if subject is None:
        return None
    if (person := disc.person_at(subject)) is not None:
        return [person]  # 'Born X ... , the actress X has', or the parse's own 'Born X ... has'
    born = disc.person_at(doc[sent.start + 1])
    described = subject.pos_ == "NOUN" and (
        any(c.lower_ == "the" for c in subject.children)  # 'the actress has'
        or bool(disc.people.within(subject.i + 1, verb.i))  # 'his wife, B, the actress has':
    )  # the parse took the parents' last noun for the subject
    if born is not None and (described or subject.lower_ in {"she", "he"}):
        return [born]  # 'Born X ... to A and B, she has': X
    return None


def _described_before(doc: Doc, sent: Span, i: int) -> bool:
    """', the (good looking) actress has': a noun right before token i with 'the' after the
    last comma before it."""
    if i - 2 < sent.start or doc[i - 1].pos_ != "NOUN":
        return False
    words = [t.lower_ for t in doc[max(sent.start, i - 6) : i - 1]]
    after_comma = words[len(words) - words[::-1].index(","):] if "," in words else []
    return "the" in after_comma


def _unnamed_relative_subject(disc: Discourse, verb: Token) -> bool:
    """The verb's one subject is a kin noun no name stands beside ('her sister', "X's
    mother"): the children the verb has are that relative's, whom the text does not name. Not
    a spouse or partner ('his wife had twins': the couple's), nor a plural ('the siblings share
    an older sister': the siblings named before)."""
    if not parsed(disc.doc):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].conjuncts:
        return False
    subject = subjects[0]
    kin = kin_of(subject)
    if subject.tag_ != "NN" or kin is None or kin[0] in _ONE_PARTNER:  # 'the siblings share'
        return False
    if disc.person_at(subject) is not None:
        return False
    return not any(c.dep_ in {"compound", "appos"} and disc.person_at(c) is not None
                   for c in subject.children)


_COMPANY_WORDS = frozenset({"with", "by", "alongside", "beside"})


def _in_company(disc: Discourse, tok: Token) -> bool:
    """A bare kin noun right after 'with' / 'by' ('X arrived with daughter Y', 'X was joined
    by son Y'): the clause's subject's kin; not in an absolute phrase ('A came in 2007, with
    son B following in 2009')."""
    if any(c.dep_ in {"det", "poss"} for c in tok.children) or tok.i == 0:
        return False
    word = disc.doc[tok.i - 1]
    return word.lower_ in _COMPANY_WORDS and not any(
        t.tag_ in {"VBG", "VBN"} for t in word.subtree)


def _mourner(disc: Discourse, sent: Span, tok: Token) -> list[int] | None:
    """The subject of 'survived by' / 'predeceased by' whose 'by' phrase holds the kin noun."""
    before = [t.lower_ for t in disc.doc[max(sent.start, tok.i - 2) : tok.i]]
    item = disc.people.at(tok.i - 2 - (before[0] == ",")) if before[-1:] == ["and"] else None
    if item is not None and not (item.start > sent.start and kin_of(disc.doc[item.start - 1])):
        return None  # 'survived by A and husband, B': A's husband; not 'son A and sibling B'
    node: Token | None = tok
    while node is not None and node.dep_ in _MOURNED_PATH and node.head.i != node.i:
        node = node.head
    if node is not None and node.lemma_.lower() not in _MOURNING_VERBS:
        node = _mourning_verb_before(disc, sent, tok)  # the parse lost a list item's path
    if node is None or node.lemma_.lower() not in _MOURNING_VERBS:
        return None
    subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (disc.refer(subjects[0], sent) or None) if subjects else None


_MOURNED_PATH = frozenset({"conj", "appos", "pobj", "prep", "agent", "cc"})


def _mourning_verb_before(disc: Discourse, sent: Span, tok: Token) -> Token | None:
    """'preceded in death by husband X, son Y and sibling Z', with 'sibling' parsed as a verb:
    the mourning verb whose 'by' opens a list of kin nouns and names that runs on unbroken
    to the kin noun (names, kin nouns, commas and 'and' only)."""
    doc = disc.doc
    for j in range(tok.i - 1, sent.start, -1):
        word = doc[j]
        if word.lower_ == "by" and doc[j - 1].lemma_.lower() in _MOURNING_VERBS | {"death"}:
            verb = next((doc[k] for k in range(j - 1, max(sent.start, j - 4) - 1, -1)
                         if doc[k].lemma_.lower() in _MOURNING_VERBS), None)
            return verb
        if not (disc.people.at(j) is not None or kin_of(word) is not None
                or word.lower_ in {",", "and"}):
            return None
    return None
_MOURNING_VERBS = frozenset({"survive", "predecease", "precede"})
