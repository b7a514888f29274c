"""How the article asserts a fact: ``asserted``, ``reported``, ``rumored`` or ``denied``.

ConText-style (after medspaCy's ``context``): cues from ``patterns.modality`` with the scope
each takes in the dependency parse. A fact takes a modality when every relation word of its
sentence for its relation is in that cue's scope; denied wins over rumored, rumored over
reported ("a source denied rumors that they wed" is denied). A relation word negated in its
own clause ("they are not engaged", "she never married him") is denied too, except when a
time word says when it did happen ("did not marry until 2010"); a negation of what will or
would happen, or of what someone vows to do ("she will never marry again", "vowed never to
marry again"), denies no past fact.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from celebgraph.extract.patterns.modality import (
    ATTACHED_CUES,
    DENYING_PHRASES,
    GOVERNING_CUES,
    INTENTION_VERBS,
    NOT_YET_AUXILIARIES,
    RELATION_WORDS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
)
from celebgraph.extract.people.given import given_name_word
from celebgraph.extract.tokens import reading_cache, tokens_of
from celebgraph.models import Modality

__all__ = ["MODALITIES", "about_the_future", "modality", "relation_words"]

MODALITIES: tuple[Modality, ...] = ("asserted", "reported", "rumored", "denied")
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_UNTIL = frozenset({"until", "till", "before"})


def relation_words(sent: Span, relation: str) -> list[Token]:
    """The sentence's words of the relation ('married', 'wedding' for a spouse), found in the
    token table: a Token is made only for them."""
    stems = RELATION_WORDS.get(relation, ())
    t = tokens_of(sent.doc)
    return [sent.doc[i] for i in range(sent.start, sent.end)
            if t.lemma_lower[i].startswith(stems) or t.lower[i].startswith(stems)]


def _governs(cue: Token, word: Token) -> bool:
    """Whether ``word`` is ``cue`` or below it in the parse."""
    return cue == word or cue in word.ancestors


def _spoken_by_source(verb: Token) -> bool:
    """A speech verb said by a source ("a source told"), or in the passive ("is said to")."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "auxpass"}]
    return any(c.dep_ == "auxpass" or c.lemma_.lower() in SOURCE_NOUNS for c in subjects)


# A token can be a cue only by one of these words (as its lemma or its lower-case form).
_CUE_WORDS = frozenset().union(*GOVERNING_CUES.values(), *ATTACHED_CUES.values(), SPEECH_VERBS,
                               (verb for verb, _ in DENYING_PHRASES))


def _cues(sent: Span) -> list[tuple[Token, str, str]]:
    """The sentence's tokens that may be a cue, with their lemma and lower-case form: the only
    tokens ``_kinds_over`` reads (the others take no word in their scope)."""
    t = tokens_of(sent.doc)
    cues = []
    for i in range(sent.start, sent.end):
        lemma, lower = t.lemma_lower[i], t.lower[i]
        if lemma in _CUE_WORDS or lower in _CUE_WORDS:
            cues.append((sent.doc[i], lemma, lower))
    return cues


def _kinds_over(word: Token, cues: list[tuple[Token, str, str]]) -> set[str]:
    """The modalities whose cues (``_cues`` of the word's sentence) take ``word`` in their
    scope."""
    kinds: set[str] = set()
    for tok, lemma, lower in cues:
        for kind, lemmas in GOVERNING_CUES.items():
            if (lemma in lemmas or lower in lemmas) and _governs(tok, word):
                kinds.add(kind)
        for kind, words in ATTACHED_CUES.items():
            if lower in words and _governs(tok.head, word):
                kinds.add(kind)
        if tok != word and _spoken_by_source(tok) and _governs(tok, word):
            kinds.add("reported")
        particles = {(lemma, c.lower_) for c in tok.children if c.dep_ == "prt"}
        if particles & DENYING_PHRASES and _governs(tok, word):
            kinds.add("denied")
    if _negated(word):
        kinds.add("denied")
    return kinds


def about_the_future(verb: Token) -> bool:
    """Whether an event verb tells what will or would happen ("will never marry"), or what
    someone means to do ("vowed never to marry", "refuses to marry")."""
    if any(c.dep_ == "aux" and c.lower_ in NOT_YET_AUXILIARIES and not given_name_word(c)
           for c in verb.children):
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return (infinitive and verb.dep_ in {"xcomp", "ccomp"}
            and verb.head.lemma_.lower() in INTENTION_VERBS)


def _negated(word: Token) -> bool:
    """A negation on the relation word or the verb it belongs to, with no "until", about
    what did or does happen."""
    verbs = [word] + ([word.head] if word.dep_ in {"acomp", "dobj", "attr", "xcomp"} else [])
    kids = [c for v in verbs for c in v.children]
    if any(c.lower_ in _UNTIL for c in kids) or any(about_the_future(v) for v in verbs):
        return False
    return any(c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ in {"advmod", "det"})
               for c in kids)


def modality(sent: Span, relation: str) -> Modality:
    """The modality of a ``relation`` fact read from ``sent`` (``asserted`` with no cue), read
    once per sentence and relation of a document (several facts share them)."""
    memo: dict[tuple[int, int, str], Modality] = reading_cache(sent.doc).setdefault(_MEMO, {})
    key = (sent.start, sent.end, relation)
    if key not in memo:
        memo[key] = _modality(sent, relation)
    return memo[key]


_MEMO = "celebgraph_modality"


def _modality(sent: Span, relation: str) -> Modality:
    words = relation_words(sent, relation)
    if not words:
        return "asserted"
    cues = _cues(sent)
    shared = set.intersection(*(_kinds_over(w, cues) for w in words))
    for kind in MODALITIES[:0:-1]:  # denied, rumored, reported
        if kind in shared:
            return kind
    return "asserted"
