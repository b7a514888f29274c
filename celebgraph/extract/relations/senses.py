"""Event words that state no event of their own: another word sense ("split the check") or a
report the sentence denies ("denied reports that the pair had wed"), or a yes-no question.

Both read the parse: the object of the verb, and the verbs above the event word. Without a
parse every trigger is kept.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.patterns.lexicons import COUPLE_NOUNS, KIN_NOUNS
from celebgraph.extract.patterns.modality import DENIAL_VERBS, HEARSAY_WORDS
from celebgraph.extract.patterns.romance import ROMANCE_EVENT_NOUNS
from celebgraph.extract.relations.fiction import acted_event
from celebgraph.extract.relations.triggers import Trigger
from celebgraph.extract.tokens import parsed

__all__ = ["stated_events", "states_event"]

PROPOSAL_VERBS = frozenset({"ask", "beg"})

POLAR_QUESTION_WORDS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "did",
        "do",
        "does",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
    }
)
# 'split the check', 'splitting her time', 'separate the twins': these take a thing as object;
# the relation senses are intransitive ('they split') or take a preposition ('split from X').
_TRANSITIVE_OTHER_SENSE = frozenset({"separate"})
# What an ending verb may take as object and still end the couple: 'broke off their engagement'.
_ENDED_BONDS = frozenset({"engagement", "relationship", "romance", "marriage", "affair"})
# 'his relationship with his wife': the romance noun names a marriage, not dating.
_SPOUSE_NOUNS = frozenset(w for w, (relation, _) in KIN_NOUNS.items() if relation == "spouse")


def _other_sense(tok: Token, t: Trigger) -> bool:
    kind = t.kind
    if kind == "born":  # 'sisters born 18 months apart': how far apart, not a birth
        return any(t.lower_ == "apart" for t in tok.doc[tok.i + 1 : tok.i + 6])
    if kind == "partner" and tok.lower_ in ROMANCE_EVENT_NOUNS:
        return _with_a_spouse(tok)
    if kind == "wedding" and _cancelled(tok):
        return True  # 'called off their wedding': no marriage
    off = kind == "separate" and tok.doc[t.end - 1].lower_ == "off"
    if off and not _personal_subject(tok):
        return True  # 'the studio broke it off': a project, not a couple
    if not off and (kind not in _TRANSITIVE_OTHER_SENSE or tok.pos_ != "VERB"):
        return False
    return any(
        c.dep_ == "dobj" and c.pos_ in {"NOUN", "PRON", "PROPN"}
        and not t.start <= c.i < t.end  # the 'it' of 'called it off' is the phrase's own
        and c.lemma_.lower() not in _ENDED_BONDS  # 'broke off their engagement'
        for c in tok.children
    )


def _cancelled(noun: Token) -> bool:
    """The object of 'cancel', 'postpone' or 'call off'."""
    verb = noun.head
    if noun.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    return lemma in {"cancel", "postpone", "scrap"} or (
        lemma == "call" and any(c.lower_ == "off" for c in verb.children)
    )


def _personal_subject(verb: Token) -> bool:
    """The verb's subject is a name, a pronoun or 'the pair' (also the subject of the verb its
    clause is coordinated with: 'they met in 2016 and broke it off')."""
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and (c.pos_ in {"PROPN", "PRON"} or c.lemma_.lower() in COUPLE_NOUNS)
        for c in verb.children
    )


def _a_relatives_event(tok: Token) -> bool:
    """'his ex-wife's divorce from X', 'her sister's wedding to Y': the event noun belongs to
    one relative the sentence does not name, not to the possessive's person."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.tag_ == "NN" and c.lower_ in KIN_NOUNS for c in tok.children
    )


def _with_a_spouse(noun: Token) -> bool:
    """'his relationship with his wife, X': the object of 'with' is a spouse noun."""
    return any(
        pobj.dep_ == "pobj" and pobj.lower_ in _SPOUSE_NOUNS
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for pobj in prep.children
    )


def _denied(tok: Token, sent: Span) -> bool:
    """'X denied reports claiming that A and B had wed', 'Claims that they split were
    dismissed': a denial verb governs the clause of the event word. The parser often hangs
    the denial beside the report instead of above it ('Reports claiming that ... were
    dismissed' as two clauses of 'claiming'), so a report word above the event word and a
    denial verb anywhere in the sentence count too."""
    node, reported = tok, False
    while node.head.i != node.i and sent.start <= node.head.i < sent.end:
        node = node.head
        if node.lemma_.lower() in DENIAL_VERBS:
            return True
        reported = reported or node.lemma_.lower() in HEARSAY_WORDS
    return reported and any(t.lemma_.lower() in DENIAL_VERBS for t in sent)


def _asked(tok: Token, sent: Span) -> bool:
    """'Are X and Y secretly married?': a yes-no question asks, it does not state (a
    wh-question such as 'Who is X married to?' presupposes the marriage and is kept)."""
    first = next((t for t in sent if t.is_alpha), None)
    if first is None or first.lower_ not in POLAR_QUESTION_WORDS:
        return False
    return any(t.text == "?" for t in sent.doc[tok.i : sent.end])


def _asked_to_marry(tok: Token, kind: str) -> Token | None:
    """'asked Y to marry him', 'asking Y to be his wife' is a proposal: the verb 'ask' that
    governs the marry verb, or None."""
    head = tok.head
    if kind != "marry" or tok.dep_ != "xcomp" or head.lemma_.lower() not in PROPOSAL_VERBS:
        return None
    asked = [c for c in head.children if c.dep_ == "dobj"]
    # 'asked Y to marry him', 'asked her ...'; not 'asked his sister to marry them off'
    return head if asked and asked[0].pos_ in {"PROPN", "PRON"} else None


def stated_events(sent: Span, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers that state their event; 'asked Y to marry him' becomes an engagement
    told by the verb 'ask' (its subject proposed to its object)."""
    stated: list[Trigger] = []
    for t in triggers:
        if not states_event(sent, t):
            continue
        ask = _asked_to_marry(sent.doc[t.start], t.kind) if parsed(sent.doc) else None
        stated.append(Trigger("engage", ask.i, ask.i + 1) if ask is not None else t)
    return stated


def states_event(sent: Span, t: Trigger) -> bool:
    """False when the trigger's word is used in another sense, sits in a denied report or in
    a yes-no question, names an unnamed relative's event or a story's."""
    tok = sent.doc[t.start]
    if _asked(tok, sent):
        return False
    if not parsed(sent.doc):
        return True
    return not (_other_sense(tok, t) or _denied(tok, sent) or _a_relatives_event(tok)
                or acted_event(tok))
