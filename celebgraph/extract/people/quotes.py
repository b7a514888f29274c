"""Quotations and who speaks them: '"My mother, X, taught me," said Y' → the speaker is Y.

A quote runs from an opening to a closing quotation mark (curly or straight), or to the end of its
paragraph. Its speaker is the subject of a speech verb right after it ('..., said Y', '..., she
told reporters') or right before it ('Y said: "...'). Words outside the quotes that report a
statement are the attribution, not the story.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.discourse_words import SPEECH_VERBS
from celebgraph.extract.people.persons import People
from celebgraph.extract.tokens import parsed, tokens_of

__all__ = ["Quote", "Quotes", "first_person_partner"]

_OPEN = frozenset({"“", "«"})
_CLOSE = frozenset({"”", "»"})
_STRAIGHT = frozenset({'"', "``", "''"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = frozenset({"he", "she", "they", "we"})


@dataclass(frozen=True, slots=True)
class Quote:
    """Tokens ``start:end`` inside the quotation marks; ``speaker``: the speaker's token or None."""

    start: int
    end: int
    speaker: int | None


def _is_open(text: str) -> bool:
    return text in _OPEN or text in _STRAIGHT


def _is_close(text: str) -> bool:
    return text in _CLOSE or text in _STRAIGHT


def _paragraph_end(text: str, space: str) -> bool:
    return space.count("\n") >= 2 or text.count("\n") >= 2


def _described(tok: Token) -> bool:
    """'..., the 36-year-old says': a description with 'the' speaks (resolved like any other)."""
    return tok.pos_ in {"NOUN", "ADJ"} and any(c.lower_ == "the" for c in tok.children)


class Quotes:
    """The quotations of a document, found once, and their speakers."""

    def __init__(self, doc: Doc, people: People) -> None:
        self.doc = doc
        self.people = people
        self.quotes: list[Quote] = []
        start: int | None = None
        t = tokens_of(doc)  # each word's text and trailing space: no Token made
        for i, text in enumerate(t.text):
            if start is None and _is_open(text):
                start = i + 1
            elif start is not None and (_is_close(text) or _paragraph_end(text, t.space[i])):
                end = i if _is_close(text) else i + 1
                self.quotes.append(Quote(start, end, self._speaker(start - 1, end)))
                start = None
        self._starts = [q.start for q in self.quotes]

    def around(self, i: int) -> Quote | None:
        """The quotation token i is inside, else None."""
        k = bisect.bisect_right(self._starts, i) - 1
        if k >= 0 and i < self.quotes[k].end:
            return self.quotes[k]
        return None

    def speakers(self) -> set[int]:
        """The tokens that name or stand for the speaker of some quotation."""
        return {q.speaker for q in self.quotes if q.speaker is not None}

    def _speech_verb(self, tok: Token) -> bool:
        return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in SPEECH_VERBS

    def _speaker(self, open_i: int, close_i: int) -> int | None:
        """The person token or pronoun that says the quote open_i..close_i, else None."""
        doc = self.doc
        after_end = self._line_end(close_i, 10)
        for tok in doc[close_i + 1 : after_end]:
            if self._speech_verb(tok):
                subject = self._subject(tok, close_i + 1, after_end)
                return subject.i if subject is not None else None
        before_start = max(self._line_start(open_i), open_i - 12)
        for tok in reversed(doc[before_start:open_i]):
            if self._speech_verb(tok):
                subject = self._subject(tok, before_start, open_i)
                return subject.i if subject is not None else None
        return None

    def _subject(self, verb: Token, start: int, end: int) -> Token | None:
        """The verb's subject when it is a person or a pronoun, in tokens start:end."""
        has_parse = parsed(self.doc)  # (.children of an unparsed doc crashes spaCy)
        candidates = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS] if has_parse else []
        if not candidates:  # no parse: the word right before or after the verb
            candidates = [t for t in self.doc[max(start, verb.i - 1) : min(end, verb.i + 2)]]
        for tok in candidates:
            if not start <= tok.i < end:
                continue
            if self.people.at(tok.i) is not None or tok.lower_ in _PRONOUNS or _described(tok):
                return tok
        return None

    def _line_end(self, i: int, limit: int) -> int:
        j, space = i, tokens_of(self.doc).space
        while j < len(space) - 1 and j - i < limit and "\n" not in space[j]:
            j += 1
        return j + 1

    def _line_start(self, i: int) -> int:
        t = tokens_of(self.doc)
        j = i
        while j > 0 and "\n" not in t.text[j - 1] and "\n" not in t.space[j - 1]:
            j -= 1
        return j


def first_person_partner(verb: Token) -> Token | None:
    """The 'I' joined to a verb's subject by 'and' ('Olaf and I have two boys', 'My wife Ada
    and I have three kids'), or None: inside a quotation, the speaker shares what the verb
    tells of the other."""
    for subject in (c for c in verb.children if c.dep_ in _SUBJECT_DEPS):
        joined = (subject, *subject.conjuncts)
        found = [tok for tok in joined if tok.lower_ == "i"]
        if found and len(joined) == 2:
            return found[0]
    return None
