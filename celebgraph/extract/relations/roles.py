"""Who takes part in an event, read from the dependency parse of the event's own clause.

"A split from B in 2004 and married C in 2009": *married* is a ``conj`` of *split*, so it
shares its subject A, and its object is C: the marriage is A–C, never B–C, however close B is.
Subjects: ``nsubj``/``nsubjpass`` of the event verb, else of the verb it is coordinated with,
else the noun a relative clause hangs on ("B, who married C"). Objects: ``dobj``/``attr``, and
the object of "to"/"with"/"from" ("engaged to C", "split from B"). Each is a phrase whose
person is the name itself, a name in apposition or compound ("the banker C"), or what a pronoun
or "the couple" refers to. When the parse gives fewer than two people the caller falls back on
the order of names in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import COUPLE_NOUNS, DESCRIPTOR_WORDS, KIN_NOUNS
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import sentence_at, sentence_start

__all__ = [
    "NOBODY",
    "clause_pair",
    "event_head",
    "lone_subject",
    "own_spouse_pair",
    "people_of_phrases",
    "subjects_of",
]

# The parse names the event's subject, but as no one we know ('The 44-year-old ...' unresolved,
# a name the NER missed): better no pair than the object paired with the nearest other name.
NOBODY = (-1, -1)

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
_OBJECT_PREPOSITIONS = frozenset({"to", "with", "from"})
_INSIDE_NAME = frozenset({"compound", "appos", "flat", "nmod", "amod"})
_RELATIVE = frozenset({"who", "whom", "that", "which"})
_COUPLE_KIN = frozenset({"spouse", "partner", "engaged"})
# Links along which a verb without a subject of its own takes its head's.
_SHARES_SUBJECT = frozenset({"conj", "acomp", "xcomp", "advcl", "pcomp", "prep"})


def event_head(sent: Span, t: Trigger) -> Token:
    """The token of a trigger's words that the rest of its clause hangs on ('tied the knot'
    → 'tied', 'got engaged' → 'got')."""
    words = sent.doc[t.start : t.end]
    return next((w for w in words if not t.start <= w.head.i < t.end or w.head == w), words[0])


def clause_pair(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    """The two people of a verb event from its clause; ``NOBODY`` when the clause has a
    subject that is no one known; None when the parse does not tell (a noun event, no
    subject)."""
    verb = event_head(sent, t)
    if verb.pos_ not in {"VERB", "AUX", "ADJ"}:
        return None
    if _misparsed_second_verb(verb):
        root = sentence_at(verb.doc, verb.i).root
        subject_phrases, object_phrases = _subjects(root), [_noun_head(verb.head)]
        own = subject_phrases
    else:
        subject_phrases = _subjects(verb) + _appositive_heads(verb)
        object_phrases = [
            _antecedent(o, w)
            for w in _predicate_words(sent, t, verb) for o in _objects(w)
            if not (_a_time(o) or t.start <= o.i < t.end)  # 'were an item': no one
        ]
        own = [c for c in verb.children if c.dep_ in _SUBJECTS]
    subjects = _people(disc, sent, subject_phrases)
    if shared := [k for p in subject_phrases if (k := _shared_genitive_kin(p)) is not None]:
        subjects = [p for c in shared[0].children if c.dep_ == "appos"
                    for p in _person_of(disc, sent, c)][:1]  # 'A and B's son C married D': C
    objects = [p for p in _people(disc, sent, object_phrases) if p not in subjects]
    if subjects and objects:
        return subjects[0], objects[0]
    if len(subjects) >= 2 and not object_phrases:
        return subjects[0], subjects[1]
    if own and not subjects and objects and all(p.pos_ == "PROPN" for p in own):
        return NOBODY  # the verb's own subject is a name we do not know
    if subject_phrases and not subjects and objects and all(map(_description, subject_phrases)):
        return NOBODY  # 'The actor was introduced to Y by Z and married her': not Z
    if subject_phrases and not subjects and objects and all(map(_owned, subject_phrases)):
        return NOBODY  # 'my client remains married to Y': someone's client, not named
    if subject_phrases and not subjects and all(_unnamed_kin(p) for p in subject_phrases):
        return NOBODY  # 'her father went on to marry Y': a relative the text does not name
    return None


def _shared_genitive_kin(phrase: Token) -> Token | None:
    """'A and B's son C married D': the parser makes A the subject and 'son' its conjunct; the
    genitive is A's and B's, and the subject is the son named in apposition. The kin noun, when
    ``phrase`` is such a name with an 'and' right before the possessor."""
    if phrase.pos_ != "PROPN":
        return None  # 'she and her husband, Y, had separated'
    for kin in phrase.conjuncts:
        if kin.i < phrase.i or kin.lemma_.lower() not in KIN_NOUNS:
            continue
        owner = next((c for c in kin.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in kin.children)
        if owner is not None and named and owner.left_edge.i - 1 > phrase.i and (
            phrase.doc[owner.left_edge.i - 1].lower_ in {"and", "&"}
        ):
            return kin
    return None


def _antecedent(phrase: Token, verb: Token) -> Token:
    """'Y, whom he has been dating since May': the relative pronoun stands for the noun the
    relative clause describes."""
    if phrase.lower_ in {"whom", "who"} and verb.dep_ == "relcl":
        return verb.head
    return phrase


def _a_time(phrase: Token) -> bool:
    """'dated from 2018 to 2020': a year after 'from' or 'to' is when, not whom."""
    return phrase.ent_type_ in {"DATE", "TIME"} or phrase.like_num


def _description(phrase: Token) -> bool:
    """'the actor', 'a former model': a word for what someone does, with an article; it stands
    for someone the text may not name."""
    return (phrase.pos_ == "NOUN" and phrase.lemma_.lower() in DESCRIPTOR_WORDS
            and any(c.dep_ == "det" for c in phrase.children))


def _owned(phrase: Token) -> bool:
    """'my client', "Ada's manager": someone's non-kin noun, a person the text does not name."""
    return (phrase.pos_ == "NOUN" and not _unnamed_kin(phrase)
            and any(c.dep_ == "poss" for c in phrase.children))


def _unnamed_kin(phrase: Token) -> bool:
    """'her father', 'his ex-wife': a kin noun that no name stands beside."""
    return phrase.pos_ == "NOUN" and (
        phrase.lower_ in KIN_NOUNS or phrase.lemma_.lower() in KIN_NOUNS
    )


def own_spouse_pair(disc: Discourse, sent: Span, t: Trigger) -> tuple[int, int] | None:
    """'After marrying his first wife, Y, in 1978, ...': a verb with no subject whose object
    is a possessed spouse noun; its owner and the name beside it are the couple."""
    verb = event_head(sent, t)
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and _unnamed_kin(c)):
        if (kin_of(obj) or ("",))[0] != "spouse":
            continue
        owners = [p for c in obj.children if c.dep_ == "poss" for p in disc.refer(c, sent)]
        named = [p for p in _person_of(disc, sent, obj) if p not in owners]
        if len(owners) == 1 and named and disc.person_at(obj) is None:
            return owners[0], named[0]
    return None


def lone_subject(disc: Discourse, sent: Span, t: Trigger) -> int | None:
    """'X proposed during a trip to Lisbon with friends A and B': the event verb has one
    person as its own subject and nothing in its clause names a partner (no object, no
    'to'/'with'/'from' under the verb), so the names further right belong to other phrases
    (here the trip's companions). That subject, else None.

    The same holds of a participle under the sentence's copula ('X, the eldest son of A and
    B, became engaged': X, never A and B) and of a relative clause ('B, who married in 2013,
    are the parents of C': B, not C; the clause ends before C)."""
    verb = event_head(sent, t)
    if (verb.dep_ in {"acomp", "xcomp"} and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in {"VERB", "AUX"}):
        verb = verb.head  # 'became engaged', 'got married', 'was wed': the copula's subject
    relative = verb.dep_ == "relcl" and verb.pos_ == "VERB"
    if not relative and (verb.pos_ not in {"VERB", "AUX"} or verb.dep_ != "ROOT"):
        return None
    own = [c for c in verb.children if c.dep_ in _SUBJECTS]
    words = _predicate_words(sent, t, verb)
    if len(own) != 1 or any(_objects(w) for w in words):
        return None
    if relative and own[0].lower_ not in {"who", "that"}:
        return None
    if not relative and (own[0].conjuncts or (verb.pos_ == "AUX" and event_head(sent, t) == verb)):
        return None
    if any(c.dep_ in {"prep", "dative", "agent"} and c.lower_ in _OBJECT_PREPOSITIONS
           for w in words for c in w.children):
        return None
    if any(c not in own and disc.person_at(c) is not None for w in words for c in w.children):
        return None  # a name hung on the verb under another label ('married, in 1876, Ada')
    if relative and any(disc.person_at(c) is not None for c in verb.subtree):
        return None  # 'A, who married in 1925 B, ...': a name inside the clause, misparsed
    if not relative and any(disc.person_at(c) not in {None, disc.person_at(own[0])}
                            for c in own[0].subtree if c.i < own[0].i):
        return None  # 'A and B Nowak Are Divorced' (a headline): the parse lost 'A and'
    people = (_people(disc, sent, [verb.head, *_appositive_heads(verb)]) if relative
              else _person_of(disc, sent, own[0]))
    if relative and len(people) == 1 and _in_named_pair(disc, sent, verb.head, people[0]):
        return None  # 'the marriage of A and B, who got married': the parse lost 'A and'
    return people[0] if len(people) == 1 else None


def _in_named_pair(disc: Discourse, sent: Span, antecedent: Token, person: int) -> bool:
    """The antecedent closes a group of names ('A and B') with another person in it."""
    groups = disc.groups(sent, sent.start, antecedent.i + 1)
    return bool(groups) and person in groups[-1].persons and len(set(groups[-1].persons)) >= 2


def _appositive_heads(verb: Token) -> list[Token]:
    """'A and the painter B, who married in 2013, ...': the parse hangs the relative clause on
    B, in apposition to A; the clause is said of the phrase B stands in (and its conjuncts)."""
    if verb.dep_ != "relcl" or not any(
            c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE for c in verb.children):
        return []
    heads: list[Token] = []
    noun = verb.head
    while noun.dep_ == "appos" and noun.head != noun and len(heads) < 3:
        noun = noun.head
        heads.append(noun)
    return heads


def _misparsed_second_verb(verb: Token) -> bool:
    """'A was engaged to B, and also dated actress C': the small model makes 'dated' an
    adjective of 'actress'. A past-tense event verb after 'and' read as a modifier is the
    second verb of the sentence's subject."""
    before = [t for t in verb.doc[sentence_start(verb) : verb.i] if t.pos_ != "ADV"]
    return (verb.dep_ == "amod" and verb.tag_ in {"VBD", "VBN"}
            and bool(before) and before[-1].lower_ in {"and", ","})


def _noun_head(tok: Token) -> Token:
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head  # 'actress' of 'actress Ilse Marner' → 'Marner'
    return tok


def _predicate_words(sent: Span, t: Trigger, verb: Token) -> list[Token]:
    """The trigger's words and the head's complements: 'got engaged to B' has its object
    under 'engaged'."""
    words = list(sent.doc[t.start : t.end])
    return words + [c for c in verb.children if c.dep_ in {"acomp", "xcomp"} and c not in words]


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject phrases: its own; else, up a short chain, those of the verb it is
    coordinated with ('A split from B and married C'), the copula it completes ('A was engaged
    to B'), or the clause a participle hangs on ('After marrying B, A moved'); for a relative
    clause, the noun it describes ('A, who married B')."""
    for _ in range(5):
        own = [c for c in verb.children if c.dep_ in _SUBJECTS]
        on_aux = [c for a in verb.children if a.dep_ in {"aux", "auxpass"} and a.i < verb.i
                  for c in a.children if c.dep_ in _SUBJECTS]
        if on_aux and all(o.i < on_aux[0].i for o in own):
            # 'Before he dated A, B was engaged to C': the parser hangs B on 'was' and may
            # take A for the verb's subject; the one right before the auxiliary is the subject
            return on_aux
        if own and verb.dep_ == "relcl" and own[0].lower_ in _RELATIVE:
            return [verb.head]
        if own:
            return own
        if verb.dep_ == "relcl" or _verb_of_verbless_sentence(verb):
            return [verb.head]
        if verb.dep_ not in _SHARES_SUBJECT or verb.head == verb:
            return []
        verb = verb.head
    return []


def _verb_of_verbless_sentence(verb: Token) -> bool:
    """'The couple dated for five years.': the parser makes the noun the sentence's root and
    the past verb right after it a participle describing it; with no other root, the noun is
    the verb's subject."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and head.dep_ == "ROOT"
            and head.pos_ in {"NOUN", "PROPN"} and verb.i == head.i + 1)


def _objects(verb: Token) -> list[Token]:
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    for prep in verb.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in _OBJECT_PREPOSITIONS:
            objects += [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        objects = [s for c in verb.children if c.dep_ == "ccomp" for s in c.children
                   if _object_read_as_subject(s)]
    return objects


def _object_read_as_subject(subject: Token) -> bool:
    """'A married B and the couple moved to Oslo': the small model reads 'B and the couple'
    as the subject of a clause under 'married'. A name whose conjunct is 'the couple' ('the
    pair', 'they') is the verb's object: no clause says the couple married someone."""
    return (subject.dep_ in _SUBJECTS and subject.pos_ == "PROPN"
            and any(c.lower_ in COUPLE_NOUNS or c.lower_ == "they" for c in subject.conjuncts))


def _people(disc: Discourse, sent: Span, phrases: list[Token]) -> list[int]:
    """The people of phrases and their conjuncts ('A and B'), in order, each once."""
    people: list[int] = []
    for phrase in phrases:
        for head in (phrase, *phrase.conjuncts, *_conjoined_to_inner_name(phrase)):
            for person in _person_of(disc, sent, head):
                if person not in people:
                    people.append(person)
    return people


def _conjoined_to_inner_name(phrase: Token) -> list[Token]:
    """'The actor A and B wed': the parse conjoins B to the name inside the phrase ('actor' →
    appos 'A' → conj 'B'), not to the phrase's head."""
    if phrase.pos_ != "NOUN":
        return []
    return [c for inner in phrase.children if inner.dep_ == "appos" for c in inner.conjuncts]


def _person_of(disc: Discourse, sent: Span, head: Token) -> list[int]:
    """The person a noun phrase names: its head, a name inside it ('the banker C'), or the
    referent of a pronoun or 'the couple'."""
    person = disc.person_at(head)
    if person is not None:
        return [person]
    for child in head.children:
        if child.dep_ in _INSIDE_NAME and (inner := disc.person_at(child)) is not None:
            return [inner]
    described = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for noun in described:  # 'his first wife, the cellist Hanne Vik': the name in the appositive
        inner_names = [disc.person_at(c) for c in noun.children if c.dep_ == "appos"]
        if named := [p for p in inner_names if p is not None]:
            return named[:1]
    if (_unnamed_kin(head) and (kin_of(head) or ("",))[0] in _COUPLE_KIN
            and (lasted := _named_after_duration(disc, sent, head)) is not None):
        return [lasted]  # 'split from her boyfriend of two years, banker Y'
    if head.pos_ in {"PRON", "NOUN"} and head.lower_ not in _RELATIVE:
        found = disc.refer(head, sent)
        if _unnamed_kin(head):  # 'her father': never 'her' herself
            owners = [p for c in head.children if c.dep_ == "poss" for p in disc.refer(c, sent)]
            found = [p for p in found if p not in owners]
        return found
    return []


_DURATION_WORDS = frozenset({"year", "years", "month", "months", "decade", "decades"})


def _named_after_duration(disc: Discourse, sent: Span, kin: Token) -> int | None:
    """'her boyfriend of two years, banker Y': the name right after a couple kin noun's 'of'
    duration and a comma (a description may stand before it), which the parse hangs
    elsewhere."""
    doc, j = sent.doc, kin.i + 1
    if j >= sent.end or doc[j].lower_ != "of":
        return None
    j += 1
    while j < sent.end and (doc[j].like_num or doc[j].lower_ in {"a", "an", "almost", "nearly",
                                                                   "more", "than", "over"}):
        j += 1
    if j + 1 >= sent.end or doc[j].lower_ not in _DURATION_WORDS or doc[j + 1].text != ",":
        return None
    j += 2
    while j < sent.end and disc.people.at(j) is None and doc[j].pos_ in {"NOUN", "ADJ", "DET"}:
        j += 1
    mention = disc.people.at(j) if j < sent.end else None
    return mention.person if mention is not None and mention.start == j else None


# For rules that read a clause around a noun ('A and B began an affair'): the same readings.
subjects_of = _subjects
people_of_phrases = _people
