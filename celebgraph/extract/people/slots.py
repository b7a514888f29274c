"""Name slots: places the parse defines where a capitalised word is a person's name, whatever
the NER says ('a son, Tony', 'named her Sage', 'Ilai was born', 'daughter of Agnes Berg',
'divorce from Anders Harbor').

The small model's parse is imperfect, and the slots are read tolerantly: the name a kin noun
introduces hangs off it as appos, compound, conj, npadvmod or dep ('a son, Tony' is appos,
'sons, Cole and Emil' conj, 'a baby girl, Hope, at home' even advmod of the verb), or the
kin noun hangs off the name as compound ('son Tony'); a comma-separated name right after a
kin noun counts when the parse attached it elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.discourse_words import SPEECH_VERBS
from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    CUSTODY_NOUNS,
    DEATH_VERBS,
    KIN_NOUNS,
    NAME_TITLES,
    NOT_NAMES,
)
from celebgraph.extract.patterns.names import NAME_WORD_SLOTS, SLOT_PREPOSITIONS, given_names
from celebgraph.extract.tokens import Tokens, sentence_start, sentences, tokens_of

__all__ = [
    "CHILD",
    "KIN",
    "before_kin_of",
    "kin_named",
    "kin_of_apposition",
    "name_slots",
    "slot_word",
    "welcomes_a_guest",
]

CHILD = "child"
KIN = "kin"
_NAMED = "named"
_BORN = "born"
_RELATION = "relation"
_LIFE = "life"
_SPEAKER = "speaker"
_QUOTE_MARKS = frozenset({'"', "”", "''"})

_DESCENDANTS = frozenset({"grandson", "granddaughter", "grandchild", "grandchildren", "grandkid"})
_NAMING_VERBS = frozenset({"name", "call", "christen", "dub"})
_RELATION_VERBS = frozenset(
    {"marry", "wed", "remarry", "divorce", "date", "engage", "separate", "split", "file", "meet"}
)
_SUBJECT_VERBS = frozenset({"marry", "wed", "remarry", "divorce", "date", "engage"})
_SPLIT_VERBS = frozenset({"separate", "split"})
_RELATION_NOUNS = frozenset(
    {"divorce", "marriage", "engagement", "relationship", "romance", "affair", "split"}
)
_NOT_NAME_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW", "LANGUAGE"}
    | {"NORP"}  # 'born Catholic'
)
_OBJECT_PRONOUNS = frozenset({"her", "him", "them", "it"})
_WELCOMING_VERBS = frozenset({"welcome", "adopt"})
# Every word one of the slots below needs in the sentence: a sentence with none has no slot.
_SLOT_WORDS = (
    CHILD_NOUNS | _DESCENDANTS | KIN_NOUNS.keys() | _NAMING_VERBS | _RELATION_VERBS
    | _SUBJECT_VERBS | _RELATION_NOUNS | _WELCOMING_VERBS
    | {"children", "kids", "twins", "bear", "born", "tie", "welcomed", "adopted"}
    | DEATH_VERBS | CUSTODY_NOUNS
)
_MAX_AGE = 120


def slot_word(token: Token) -> bool:
    """A word that can be (part of) a name in a name slot: capitalised, not a stop word, not
    a date or number; an award's name only when it is also a given name ('son Tony')."""
    return _slot_word_at(token.doc, tokens_of(token.doc), token.i)


def _slot_word_at(doc: Doc, t: Tokens, i: int) -> bool:
    """``slot_word(doc[i])`` read from the document's table ``t``."""
    text, lower = t.text[i], t.lower[i]
    # ``is_sent_start``: the table's sentence start, but for the first token (unset: None)
    starts = doc[i].is_sent_start if i == 0 else t.sent_start[i] == i
    if starts and t.pos[i] != "PROPN" and lower not in given_names():
        return False  # 'Survivors include his wife ...': a capitalised first word, no name
    return (
        text[:1].isupper()
        and t.is_alpha[i]
        and not t.is_stop[i]
        and not (len(text) > 2 and text.isupper())
        and t.ent_type[i] not in _NOT_NAME_LABELS
        and lower not in NAME_TITLES
        and (lower not in NOT_NAMES or lower in given_names())
        and not _kin_at(t, i)
    )


def _kin(token: Token) -> str | None:
    """CHILD for a child noun ('son', 'kids'), KIN for another kin noun ('wife'), else None."""
    return _kin_words(token.lower_, token.lemma_.lower())


def _kin_at(t: Tokens, i: int) -> str | None:
    """``_kin(doc[i])`` read from the document's table ``t``."""
    return _kin_words(t.lower[i], t.lemma_lower[i])


def _kin_words(lower: str, lemma: str) -> str | None:
    if lower in _CHILD_WORDS or lemma in _CHILD_WORDS or lower in {"children", "kids", "twins"}:
        return CHILD
    if lower in KIN_NOUNS or lemma in KIN_NOUNS:
        return KIN
    return None


_CHILD_WORDS = CHILD_NOUNS | _DESCENDANTS


def name_slots(doc: Doc) -> dict[int, str]:
    # 'X, the daughter of Y' and 'X and his wife, Y' also make X a name: a kin noun in
    # apposition, or the subject's own kin noun coordinated with it, describes it.
    """Token index → the kind of name slot it stands in, for the capitalised words in one."""
    slots: dict[int, str] = {}
    t = tokens_of(doc)
    for sent in sentences(doc).values():
        span = range(sent.start, sent.end)
        if not any(t.lower[i] in _SLOT_WORDS or t.lemma_lower[i] in _SLOT_WORDS for i in span):
            continue  # no kin, naming, birth or relation word: no slot (most of a guest list)
        for i in span:
            if not (t.text[i][:1].isupper() and t.is_alpha[i]):
                continue  # no slot word (``slot_word``'s first test): no Token made
            if _slot_word_at(doc, t, i):
                kind = _slot(doc[i])
                if kind is not None:
                    slots[i] = kind
    return slots


def _slot(token: Token) -> str | None:
    head = token.head
    dep = token.dep_
    return (
        _kin_slot(token)
        or (_NAMED if _naming(head) and head.i < token.i else None)
        or (_BORN if dep in {"nsubjpass", "nsubj"} and _born(head) else None)
        or (_BORN if dep == "dobj" and _born(head) and head.i < token.i else None)
        or (_BORN if _born_to(token) else None)
        or (CHILD if _welcomed(token) else None)
        or (_RELATION if _relation_object(token) or _relation_subject(token) else None)
        or (_LIFE if _died(token) or _aged(token) else None)
        or (KIN if any(c.dep_ == "appos" and _kin(c) for c in token.children) else None)
        or (KIN if _with_own_kin(token) else None)
        or (KIN if before_kin_of(token) or _copular_kin_subject(token) else None)
        or (_SPEAKER if _quote_speaker(token) else None)
        or (CHILD if _in_custody(token) else None)
    )


def _in_custody(token: Token) -> bool:
    """'custody of Sam and Ella': the children a custody noun names."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    of = first.head
    return (first.dep_ == "pobj" and of.lower_ == "of"
            and of.head.lower_ in CUSTODY_NOUNS and of.head.i < of.i)


def _quote_speaker(token: Token) -> bool:
    """'"My wife, X, is my rock," Ole Brask told reporters': the subject of a speech verb
    after a quotation (whose kin words are the speaker's) is a name."""
    head = token.head
    return (
        token.dep_ == "nsubj"
        and head.lemma_.lower() in SPEECH_VERBS
        and any(t.text in _QUOTE_MARKS for t in token.doc[sentence_start(token) : token.i])
    )


def kin_named(token: Token) -> bool:
    """Whether the name ``token`` ends is named as someone's relative other than a child ('her
    father, the singer Jody Renn', 'daughter of Agnes Berg')."""
    return _kin_slot(token) == KIN


def _kin_slot(token: Token) -> str | None:
    """'a son, Tony', 'son Tony', 'sons, Cole and Emil', 'daughter of Agnes Berg'."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i and slot_word(first.head):
        first = first.head  # 'Cole and Emil': the slot of the first item
    if first.dep_ in NAME_WORD_SLOTS and _kin(first.head) and first.head.i < first.i:
        return _kin(first.head)
    for child in first.children:
        if child.dep_ == "compound" and child.i < first.i and _kin(child):
            return _kin(child)
    head = first.head
    if first.dep_ == "pobj" and head.lower_ in {"of", "to"} and head.head.i < head.i:
        if _residence(head):
            return None
        return _kin(head.head)  # 'daughter of X', 'mother to X'
    return _after_kin_noun(first)


def _residence(of: Token) -> bool:
    """'son of Mr X, of Leeds, West Yorkshire': an 'of' set off by a comma after a name tells
    where someone lives, whatever the parse hung it on."""
    t = tokens_of(of.doc)
    return (of.lower_ == "of" and of.i > 1 and t.text[of.i - 1] == ","
            and t.pos[of.i - 2] == "PROPN")


def _after_kin_noun(token: Token) -> str | None:
    """'a baby girl, Hope, at home': set off by commas right after a kin noun, however the
    parse attached it."""
    t = tokens_of(token.doc)
    j = token.i - 1
    if j < 1 or t.text[j] != ",":
        return None
    j -= 1
    while j >= 0 and token.i - j <= 4 and t.lower[j] in CHILD_MODIFIERS:
        j -= 1
    return _kin_at(t, j) if j >= 0 else None


def before_kin_of(token: Token) -> bool:
    """'..., and Priya, younger daughter of Y': a word set off by a comma before a 'kin of'
    phrase is the name that phrase describes, however the parse attached the two."""
    return kin_of_apposition(token.doc, token.i + 1) is not None


def _copular_kin_subject(token: Token) -> bool:
    """'Mira is the daughter of Y': the subject of a copula whose complement is a kin noun."""
    head = token.head
    return token.dep_ == "nsubj" and head.lemma_ == "be" and any(
        c.dep_ == "attr" and _kin(c) is not None for c in head.children
    )


def kin_of_apposition(doc: Doc, comma: int) -> int | None:
    """The 'of' of ', [the only | younger] daughter of' starting at token ``comma``, or None."""
    t = tokens_of(doc)
    if not (comma < len(doc) and t.text[comma] == ","):
        return None
    k = comma + 1
    while k < len(doc) and k - comma <= 4 and t.pos[k] in {"ADJ", "DET", "ADV"}:
        k += 1  # 'younger', 'the only', 'elder'
    if k + 1 < len(doc) and _kin_at(t, k) is not None and t.lower[k + 1] == "of":
        return k + 1
    return None


def _with_own_kin(token: Token) -> bool:
    """'X and his wife, Y, ...': a subject coordinated with its own kin noun."""
    return token.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "conj" and _kin(c) and any(p.tag_ == "PRP$" for p in c.children)
        for c in token.children
    )


def _naming(verb: Token) -> bool:
    """'named her Sage', 'the baby, whom they named Tejas', 'a son called Wren': a naming
    verb whose object is a child or a pronoun (not 'a film called Sage')."""
    if verb.lemma_ not in _NAMING_VERBS:
        return False
    if verb.dep_ in {"acl", "relcl"} and _kin(verb.head):
        return True
    return any(
        child.lower_ in _OBJECT_PRONOUNS or _kin(child)
        for child in verb.subtree
        if child.dep_ in {"dobj", "poss", "nsubjpass"} and child.i != verb.i
    )


def _died(token: Token) -> bool:
    """'X died', 'X passed away', 'X, a pilot, perished': the subject of a death verb (a
    band or a firm 'splits' or 'folds'; it does not die)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.i < token.i or verb.lemma_ not in DEATH_VERBS:
        return False
    if any(c.dep_ in {"det", "poss"} for c in token.children):
        return False  # 'the 41st President ... died': a description, not a name
    return verb.lemma_ != "pass" or any(c.lower_ == "away" for c in verb.children)


def _aged(token: Token) -> bool:
    """'X, 84, of Milton': a name with an age in apposition."""
    if any(c.dep_ in {"det", "poss"} for c in token.children):
        return False
    return any(
        c.dep_ == "appos" and c.i == token.i + 2 and c.like_num and c.text.isdigit()
        and 0 < int(c.text) <= _MAX_AGE and c.doc[c.i - 1].text == ","
        for c in token.children
    )


def _born(verb: Token) -> bool:
    return verb.lemma_ == "bear" and verb.tag_ == "VBN"


def _welcomed(token: Token) -> bool:
    """'X and Y welcomed A, B, and C' / 'adopted A': the objects of a birth or adoption verb
    with a subject (not 'welcomed A to the studio', a guest)."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    verb = first.head
    return (
        first.dep_ == "dobj"
        and verb.i < first.i
        and verb.lemma_.lower() in _WELCOMING_VERBS
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and not welcomes_a_guest(verb)
    )


def welcomes_a_guest(verb: Token) -> bool:
    """'welcomed Governor X to their home', 'welcomed Y back': a guest, not a birth (a baby is
    welcomed 'into the world' or 'to the family')."""
    return verb.lemma_.lower() == "welcome" and any(
        c.lower_ in {"to", "into", "onto", "back", "aboard"} and c.dep_ in {"prep", "advmod", "prt"}
        and not any(w.lower_ in {"world", "family"} for w in c.children)
        for c in verb.children
    )


def _born_to(token: Token) -> bool:
    """'born in 1950 to Hugh Roe and Edna Roe': the parents after 'born ... to'."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    to = first.head
    return first.dep_ == "pobj" and to.lower_ == "to" and _born(to.head) and to.head.i < to.i


def _relation_subject(token: Token) -> bool:
    """'X married ...', 'X and Y tied the knot', 'X filed for divorce', 'X has two sons': the
    subject (or a coordinated subject) of a marriage verb or of a verb with a kin object."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.i < token.i:
        return False
    if verb.lemma_ in _SUBJECT_VERBS or any(c.dep_ == "dobj" and _kin(c) for c in verb.children):
        return True  # 'X has two sons', 'X welcomed a daughter'
    if _couple_split(token, verb):
        return True

    objects = {c.lower_ for c in verb.children if c.dep_ in {"dobj", "prep"}}
    words = {t.lower_ for t in verb.subtree}
    return (verb.lemma_ == "tie" and "knot" in words) or (
        verb.lemma_ == "file" and "for" in objects and "divorce" in words
    )


def _couple_split(subject: Token, verb: Token) -> bool:
    """'X and Y have separated', 'X and Y split': two coordinated names as the subject of an
    intransitive split verb (not 'X and Y split the bill')."""
    return (
        verb.lemma_ in _SPLIT_VERBS
        and bool(subject.conjuncts)
        and subject.pos_ == "PROPN"
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _relation_object(token: Token) -> bool:
    """'married X', 'divorce from X', 'engaged to X', 'split from X', 'the marriage of X'."""
    head = token.head
    if token.dep_ == "dobj" and head.lemma_ in _RELATION_VERBS:
        return True
    word = head.head
    if token.dep_ == "pobj" and head.lower_ == "of" and word.lower_ in _RELATION_NOUNS:
        return word.pos_ == "NOUN"  # 'the engagement of X to Y'
    if token.dep_ != "pobj" or head.lower_ not in SLOT_PREPOSITIONS:
        return False
    if word.lemma_ in _SUBJECT_VERBS or (word.lower_ in _RELATION_NOUNS and word.pos_ == "NOUN"):
        return True
    return word.lemma_ in _RELATION_VERBS and _personal_subject(word)


def _personal_subject(verb: Token) -> bool:
    """'she split from X', 'Ada Moss split from X'; not 'the band split from X'."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.pos_ == "PROPN" or c.tag_ == "PRP")
        for c in verb.children
    )
