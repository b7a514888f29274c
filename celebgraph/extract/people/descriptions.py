"""Descriptions that stand for a person: "the 31-year-old athlete", "the talent manager".

The document's own words come first: a person introduced as "talent manager X" or "X, a former
goalkeeper," is who "the talent manager" / "the goalkeeper" means later. ``Descriptions`` notes
those words once per document; ``description_head`` tells whether a token heads a definite
description of a person in a subject or possessor slot.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.discourse_words import ROLE_NOUNS
from celebgraph.extract.patterns.lexicons import EPITHET_ROLES, KIN_NOUNS, NAME_TITLES
from celebgraph.extract.people.chains import JOB_WORDS
from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import parsed, tokens_of

__all__ = ["SLOT_DEPS", "Descriptions", "definite", "description_head", "in_slot"]

# Where a description (or a kin noun standing alone) can mean a person: subjects, possessors,
# and the items coordinated with them ("Evans and the actor have named their baby").
SLOT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# Nouns ending like agent nouns that are never people.
_NOT_AGENTS = frozenset(
    {
        "paper",
        "number",
        "order",
        "center",
        "centre",
        "water",
        "letter",
        "matter",
        "cover",
        "poster",
        "trailer",
        "chapter",
        "weather",
        "winter",
        "summer",
        "error",
        "factor",
        "color",
        "colour",
        "sector",
        "mirror",
        "motor",
        "answer",
        "corner",
        "dinner",
        "power",
        "tower",
        "computer",
        "theater",
        "theatre",
        "character",
        "quarter",
        "career",
        "corridor",
        "other",
        "latter",
        "former",
        "river",
        "shower",
        "flower",
        "silver",
        "border",
        "manor",
        "offer",
        "proposer",
    }
)
_AGENT_ENDINGS = ("er", "or", "ist", "ess", "ian", "ant")


def definite(tok: Token) -> bool:
    """'the (31-year-old / "Yellowstone" / jazz) <noun>': the noun has 'the' as its determiner."""
    if parsed(tok.doc):
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            _the_coordinated(c) for c in tok.children if c.i < tok.i)
    for left in reversed(tok.doc[max(tok.i - 7, 0) : tok.i]):
        if left.lower_ == "the":
            return True
        if left.pos_ in {"VERB", "AUX", "ADP", "PRON"} or left.text in {",", ".", ";"}:
            return False
    return False


def _the_coordinated(tok: Token) -> bool:
    """'The singer and talk show host filed': the parse hangs 'the singer and' on the last
    noun as a modifier; the one 'the' serves both nouns, one person."""
    return (tok.dep_ in {"nmod", "compound"} and tok.pos_ == "NOUN"
            and any(c.dep_ == "cc" for c in tok.children)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


def in_slot(tok: Token) -> bool:
    """A subject or possessor, or coordinated with one; always True without a parse."""
    if not parsed(tok.doc):
        return True
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ROOT":
        return True  # a headline, or a subject the parser took for the root ('The X actress,
        # 41, filed ...' parsed with 'filed' as a clause on 'actress')
    return (node.dep_ in SLOT_DEPS or (node.dep_ == "appos" and node.head.dep_ in SLOT_DEPS)
            or _who_clause(node))


def _who_clause(tok: Token) -> bool:
    """'It is the second marriage for the singer, who divorced X in 1972': a noun set off by a
    comma before a 'who' clause stands for a person wherever it sits, unless its clause has a
    person for its subject ('X worked with the producer, who ...', 'He thanked the producer,
    who ...': someone else)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    if not any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj"
                                         for w in c.children) for c in tok.children):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if (
        verb is not None) else None
    return subject is not None and subject.lower_ in {"it", "this", "that"}


def _agent_like(word: str) -> bool:
    return word.endswith(_AGENT_ENDINGS) and word not in _NOT_AGENTS and len(word) > 4


def _describing_noun(tok: Token) -> bool:
    """'choreographer' in 'choreographer Pia Lorentz' (a singular noun; no kin word), and a
    job word opening the sentence ('Singer Pia Lorentz ...', tagged a proper noun)."""
    if tok.lower_ in KIN_NOUNS:
        return False
    if tok.is_sent_start and tok.lower_ in JOB_WORDS:
        return True
    return tok.pos_ == "NOUN" and tok.is_lower and tok.tag_ == "NN"


def _head_word(tok: Token) -> str:
    return tok.lemma_.lower() if tok.tag_ in {"NNS", "NNPS"} else tok.lower_


class Descriptions:
    """The nouns the document describes each person with ("talent manager X" → manager)."""

    def __init__(self, doc: Doc, people: People) -> None:
        self.doc = doc
        self.people = people
        self.words: dict[int, set[str]] = {}
        lower = tokens_of(doc).lower
        for m in people.mentions:
            titles = [w for w in lower[m.start : m.end] if w in NAME_TITLES]
            for word in self._words_for(m.start, m.end) + titles:
                self.words.setdefault(m.person, set()).add(word)
        self.vocabulary = {w for ws in self.words.values() for w in ws}
        self.by_word: dict[str, set[int]] = {}
        for person, words in self.words.items():
            for word in words:
                self.by_word.setdefault(word, set()).add(person)
        self.titles = self.vocabulary & NAME_TITLES  # 'Prince Otto' → 'the prince' is a title

    def is_description(self, tok: Token) -> bool:
        """A lower-case noun that can describe a person: a role word, one this document used
        for someone, or an agent noun ('goalkeeper'); or a title a person of the document
        bears ('the Duchess', 'the prince'), outside a name."""
        if tok.lower_ in self.titles and self.people.at(tok.i) is None:
            return True
        if not tok.is_lower or tok.pos_ not in {"NOUN", "ADJ"} or tok.lower_ in KIN_NOUNS:
            return False
        word = _head_word(tok)
        if tok.pos_ == "ADJ" and word not in ROLE_NOUNS:
            return False  # 'the jazz great' only
        return (
            word in ROLE_NOUNS
            or word in EPITHET_ROLES
            or word in self.vocabulary
            or (tok.pos_ == "NOUN" and _agent_like(word))
        )

    def described_with(self, tok: Token) -> set[int]:
        """The persons ``described_as`` is True for."""
        return self.by_word.get(_head_word(tok), set())

    def described_as(self, person: int, tok: Token) -> bool | None:
        """True when the person was described by this noun, False when only by others, None
        when never described."""
        words = self.words.get(person)
        if not words:
            return None
        return _head_word(tok) in words

    def _words_for(self, start: int, end: int) -> list[str]:
        """Nouns right before the name ('talent manager X'), in an apposition ('X, a dancer,')
        or after a copula ('X is a dancer')."""
        doc = self.doc
        found: list[str] = []
        j = start - 1
        while j >= 0 and start - j <= 3 and _describing_noun(doc[j]):
            found.append(doc[j].lower_)
            j -= 1
        if not parsed(doc):
            return found
        last = doc[end - 1]
        nouns = [c for c in last.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if last.dep_ == "appos" and last.head.pos_ == "NOUN":
            nouns.append(last.head)  # 'the talent manager, X'
        if last.dep_ in {"nsubj", "nsubjpass"} and last.head.lemma_ == "be":
            nouns += [c for c in last.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        for noun in nouns:
            if noun.is_lower and noun.lower_ not in KIN_NOUNS:
                found.append(_head_word(noun))
                found += [_head_word(c) for c in noun.children if c.dep_ == "compound"]
        return found

    def modifiers_match(self, person: int, tok: Token) -> bool:
        """'the talent manager' and 'talent manager X': a modifier of the head matches too."""
        words = self.words.get(person, set())
        return any(
            c.lower_ in words for c in tok.doc[max(tok.i - 3, 0) : tok.i] if c.pos_ == "NOUN"
        )


def description_head(tok: Token, descriptions: Descriptions) -> bool:
    """'The former goalkeeper also has ...': a definite description in a subject slot, not
    followed by a name ('the actor Jon Doe' names Jon Doe)."""
    if not descriptions.is_description(tok) or not definite(tok) or not in_slot(tok):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "," and _apposed_name(tok, descriptions.people):
        return False  # 'The groom, Jon Doe, is ...': the name set beside it is the reference
    return nxt is None or descriptions.people.at(nxt.i) is None


def _apposed_name(tok: Token, people: People) -> bool:
    """A person's name right after the comma after ``tok``, closed by a comma, in apposition."""
    doc = tok.doc
    mention = people.at(tok.i + 2) if tok.i + 2 < len(doc) else None
    if mention is None or mention.start != tok.i + 2:
        return False
    closed = mention.end < len(doc) and doc[mention.end].text == ","
    return closed and any(doc[k].dep_ == "appos" and doc[k].head.i == tok.i
                          for k in range(mention.start, mention.end))
