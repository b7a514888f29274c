"""What the evidence says about a fact, as numbers for the confidence model.

Each feature is read from the fact's own sentence, the document's people and the document's
other facts; none depends on which rule read the fact beyond the rule's own confidence.
``FEATURES`` names them in the order the model's weights use; the shipped weights record the
names they were trained on, and a test checks they are these.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from spacy.tokens import Span, Token

from celebgraph.extract.facts.context_features import CONTEXT_FEATURES, context_features
from celebgraph.extract.facts.evidence import named_in
from celebgraph.extract.facts.mention_index import MentionIndex
from celebgraph.extract.facts.modality import about_the_future, relation_words
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.modality import (
    CUE_SCOPE,
    FUTURE_CUES,
    HEDGE_CUES,
    NEGATION_CUES,
)
from celebgraph.extract.people.given import given_name_word
from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import reading_cache, sentence_text, tokens_of
from celebgraph.models import RELATIONS

__all__ = ["FEATURES", "features"]

_CUES = {"negated": NEGATION_CUES, "hedged": HEDGE_CUES, "future": FUTURE_CUES}
FEATURES: tuple[str, ...] = (
    *(f"relation_{r}" for r in RELATIONS),
    "rule_confidence",
    "sentences",
    "full_names",
    "mentions",
    "main_person",
    "ner_person",
    "proper_nouns",
    "long_name",
    "not_named",
    "name_distance",
    "tree_distance",
    "antecedent_distance",
    "people_in_sentence",
    "sentence_length",
    "facts_in_sentence",
    "coordinated",
    "coordinated_parent",
    "couple_reference",
    "pronoun_reference",
    "description_reference",
    "headline",
    "no_relation_word",
    *_CUES,
    "dated",
    "date_elsewhere",
    "conflicts",
    "surname_apart",
    "ambiguous_couple",
    *CONTEXT_FEATURES,
)


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


def _people(raw: RawFact) -> list[int]:
    return [raw.subject] + ([raw.object] if raw.object is not None else [])


def _name_distance(raw: RawFact, people: People) -> float:
    """Tokens between the nearest mentions of the two people in the sentence (0: not both)."""
    if raw.object is None:
        return 0.0
    a, b = named_in(people, raw.subject, raw.sent), named_in(people, raw.object, raw.sent)
    if not a or not b:
        return 0.0
    gaps = [max(m.start - n.end, n.start - m.end, 0) for m in a for n in b]
    return _log(min(gaps))


def _tree_distance(raw: RawFact, people: People) -> float:
    """Dependency arcs between the two people's names in the sentence (0: not both named)."""
    if raw.object is None:
        return 0.0
    a, b = named_in(people, raw.subject, raw.sent), named_in(people, raw.object, raw.sent)
    if not a or not b:
        return 0.0
    doc = raw.sent.doc
    return _log(min(_arcs(doc[m.start : m.end].root, doc[n.start : n.end].root)
                    for m in a for n in b))


def _arcs(x: Token, y: Token) -> int:
    up = {t.i: n for n, t in enumerate([x, *x.ancestors])}
    for n, t in enumerate([y, *y.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 20  # not in one tree: another sentence of the parse


def _coordinated(raw: RawFact, people: People) -> bool:
    """The two names are items of one list ('A, B and C'): conjuncts in the parse, or only
    commas and 'and' between them (the small model hangs list items on varying labels)."""
    if raw.object is None:
        return False
    doc = raw.sent.doc
    for m in named_in(people, raw.subject, raw.sent):
        for n in named_in(people, raw.object, raw.sent):
            first, second = (m, n) if m.start < n.start else (n, m)
            x, y = doc[first.start : first.end].root, doc[second.start : second.end].root
            between = doc[first.end : second.start]
            glue = len(between) > 0 and all(t.text in {",", "and", "&"} for t in between)
            if glue or y in x.conjuncts:
                return True
    return False


def _antecedent_distance(raw: RawFact, index: MentionIndex) -> float:
    """Sentences back to the last naming of a person the sentence does not name."""
    here, far = index.sentence_number(raw.sent.start), 0
    for person in _people(raw):
        if named_in(index.people, person, raw.sent):
            continue
        last = index.last_before(person, raw.sent.start)
        far = max(far, 10 if last is None else here - index.sentence_number(last))
    return _log(far)


_COUPLE_WORDS = frozenset({"couple", "pair", "duo", "exes", "two", "newlyweds", "spouses",
                           "they", "their", "them"})
_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})


def _references(sent: Span, unnamed: bool) -> dict[str, float]:
    """How a person the sentence does not name was found: 'the couple'/'they', a pronoun, or
    a description ('the actress'): the riskier paths of resolution."""
    if not unnamed:
        return {"couple_reference": 0.0, "pronoun_reference": 0.0, "description_reference": 0.0}
    words = set(tokens_of(sent.doc).lower[sent.start : sent.end])
    couple = bool(words & _COUPLE_WORDS)
    pronoun = bool(words & _PRONOUNS)
    described = any(t.lower_ == "the" and t.head.pos_ == "NOUN" and t.head.dep_ in
                    {"nsubj", "nsubjpass", "poss"} for t in sent)
    return {"couple_reference": float(couple), "pronoun_reference": float(pronoun),
            "description_reference": float(described and not couple and not pronoun)}


def _date_elsewhere(raw: RawFact) -> bool:
    """A year of the fact that its sentence does not write (read elsewhere, or computed)."""
    text = sentence_text(raw.sent)
    return any(v[:4] not in text for v in (raw.date, raw.start, raw.end) if v)


def _headline(sent: Span) -> bool:
    """A Title-Case line without a closing stop: a headline or a related-article link."""
    t = tokens_of(sent.doc)
    words = [t.text[i] for i in range(sent.start, sent.end) if t.is_alpha[i] and len(t.text[i]) > 3]
    closed = sentence_text(sent).rstrip().endswith((".", "!", "?", '"', "”", ")"))
    return bool(words) and not closed and sum(w.istitle() for w in words) >= 0.6 * len(words)


_VOW_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _vow(word: Token) -> bool:
    """A negation of what will be or of what someone means to do ("will never marry again",
    "vowed never to marry"): it denies no past fact and plans no new one."""
    verbs = [word] + ([word.head] if word.dep_ in {"acomp", "dobj", "attr", "xcomp"} else [])
    negated = any(c.dep_ == "neg" or c.lower_ in _VOW_NEGATIONS for v in verbs
                  for c in v.children)
    return negated and any(about_the_future(v) for v in verbs)


def _cues_of(word: Token, sent: Span) -> set[str]:
    """The cue kinds in scope of a relation word: the few words before it, its heads, its
    auxiliaries and adverbs ("are planning to marry", "denied that they wed", "will marry");
    none for a vow, which says nothing of the fact either way."""
    if _vow(word):
        return set()
    near = list(sent.doc[max(sent.start, word.i - CUE_SCOPE) : word.i])
    heads = [h for n, h in enumerate(word.ancestors) if n < 3 and h.i >= sent.start]
    kids = [c for c in word.children if c.dep_ in {"aux", "neg", "advmod", "auxpass"}]
    scope = [t for t in (*near, *heads, *kids) if not given_name_word(t)]  # not 'Will Baker'
    forms = {t.lower_ for t in scope} | {t.lemma_.lower() for t in scope}
    return {kind for kind, cues in _CUES.items() if forms & cues}


def _modality(raw: RawFact) -> dict[str, float]:
    """A cue kind counts when every relation word of the sentence is in its scope (read once
    per sentence and relation of a document; the caller copies the answer)."""
    sent = raw.sent
    memo: dict[tuple[int, int, str], dict[str, float]]
    memo = reading_cache(sent.doc).setdefault("modality_cues", {})
    key = (sent.start, sent.end, raw.relation)
    if key in memo:
        return memo[key]
    words = relation_words(sent, raw.relation)
    if not words:
        found = {"no_relation_word": 1.0, **{kind: 0.0 for kind in _CUES}}
    else:
        shared = set.intersection(*(_cues_of(w, sent) for w in words))
        found = {"no_relation_word": 0.0, **{kind: float(kind in shared) for kind in _CUES}}
    memo[key] = found
    return found


def _surname(name: str) -> str | None:
    words = name.replace('"', "").split()
    return words[-1].lower() if len(words) > 1 else None


def _surname_apart(raw: RawFact, index: MentionIndex) -> bool:
    """A parent fact whose child's surname is none of its parents' surnames (parents named
    with one word do not count), or siblings of two surnames: how a co-star or a friend read
    as one more child of a list looks (in the training data, a quarter of such parent facts
    are wrong, against a twentieth when the surnames agree)."""
    if raw.object is None or raw.relation not in {"parent", "sibling"}:
        return False
    name = index.people.name
    other = _surname(name(raw.object))
    if raw.relation == "sibling":
        mine = _surname(name(raw.subject))
        return mine is not None and other is not None and mine != other
    parents = {_surname(name(p)) for p in index.parents_of.get(raw.object, ())} - {None}
    return other is not None and bool(parents) and other not in parents


def features(
    raw: RawFact, group: Sequence[RawFact], index: MentionIndex, conflicts: int, in_sentence: int
) -> dict[str, float]:
    """The features of one fact: ``raw`` (its dates merged) read from ``group``'s sentences;
    ``in_sentence`` facts of the document were read from its sentence."""
    people = index.people
    persons = _people(raw)
    names = [people.name(p) for p in persons]
    forms = [index.forms(p) for p in persons]
    named = {m.person for m in people.within(raw.sent.start, raw.sent.end)}
    coordinated = _coordinated(raw, people)
    dated = bool(raw.date or raw.start or raw.end)
    out_refs = _references(raw.sent, any(p not in named for p in persons))
    out = {f"relation_{r}": float(raw.relation == r) for r in RELATIONS}
    out |= {
        "rule_confidence": max(r.confidence for r in group),
        "sentences": _log(len({r.sent.start for r in group}) - 1),
        "full_names": float(all(len(n.split()) > 1 for n in names)),
        "mentions": _log(min(people.persons[p].count for p in persons)),
        "main_person": float(index.main in persons),
        "ner_person": sum(ner for ner, _ in forms) / len(forms),
        "proper_nouns": min(share for _, share in forms),
        "long_name": float(any(len(n.split()) > 3 for n in names)),
        "not_named": float(sum(p not in named for p in persons)),
        "name_distance": _name_distance(raw, people),
        "tree_distance": _tree_distance(raw, people),
        "antecedent_distance": _antecedent_distance(raw, index),
        "people_in_sentence": _log(len(named)),
        "sentence_length": _log(len(raw.sent)),
        "facts_in_sentence": _log(in_sentence - 1),
        "coordinated": float(coordinated),
        "coordinated_parent": float(coordinated and raw.relation == "parent"),
        **out_refs,
        "headline": float(_headline(raw.sent)),
        **_modality(raw),
        "dated": float(dated),
        "date_elsewhere": float(_date_elsewhere(raw)),
        "conflicts": float(min(conflicts, 2)),
        "surname_apart": float(_surname_apart(raw, index)),
        "ambiguous_couple": float(out_refs["couple_reference"] > 0 and len(index.couples) > 1),
    }
    return out | context_features(raw, index)
