"""The model's attribute ruler with a faster ``match``: one-token rules looked up by tag.

spaCy's ``AttributeRuler`` tries each of its rules (about 170 in ``en_core_web_sm``) at every
token through a ``Matcher``. Nearly all of them test one token's tag and lower-case form for
equality or membership, so here they are looked up in a dict keyed by tag. The others (the
dependency label, ``NOT_IN``, regular expressions, two tokens) are compiled to tests on the
token's strings, found by the first token's tag, lower-case form or label when the pattern
fixes one; only a pattern with some other attribute or operator stays with a ``Matcher`` (on
the model's rules that Matcher took two thirds of the ruler's time). The matches are the same.

``set_annotations`` gives each token what spaCy's does: spaCy assigns each match's attributes
to its token in turn (a plain assignment per attribute, later rules winning), making a Span and
a Token per match; here the lemma, POS, tag and morphology each token ends with are worked out
first and written as one array, and only other attributes (a label, an extension) are assigned
token by token, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

__all__ = ["INDEXED_RULER", "IndexedAttributeRuler", "index_attribute_ruler"]

INDEXED_RULER = "celebgraph_attribute_ruler"
RulerMatch = tuple[int, int, int, int]  # rule number, match id, start, end: as spaCy's match


@dataclass(frozen=True, slots=True)
class _Rule:
    """One single-token pattern of rule ``number``: the lower-case forms (as string hashes) and
    space it needs."""

    number: int
    match_id: int
    lowers: frozenset[int] | None
    is_space: bool | None


def _values(spec: object) -> frozenset[str] | None:
    """The strings a TAG or LOWER spec accepts, or None when it is no plain equality or IN."""
    if isinstance(spec, str):
        return frozenset({spec})
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        values = spec["IN"]
        return frozenset(values) if all(isinstance(v, str) for v in values) else None
    return None


def _simple(
    pattern: list[dict[str, Any]],
) -> tuple[frozenset[str] | None, frozenset[str] | None, bool | None] | None:
    """(tags, lower forms, is_space) of a one-token pattern this index can answer, else None."""
    if len(pattern) != 1 or not set(pattern[0]) <= {"TAG", "LOWER", "IS_SPACE"}:
        return None
    token = pattern[0]
    tags = _values(token["TAG"]) if "TAG" in token else None
    lowers = _values(token["LOWER"]) if "LOWER" in token else None
    space = token.get("IS_SPACE")
    if (
        ("TAG" in token and tags is None)
        or ("LOWER" in token and lowers is None)
        or (space is not None and not isinstance(space, bool))
    ):
        return None
    return tags, lowers, space


_Test = Callable[[Token], bool]
_Row = Callable[[tuple[int, int, int, int]], bool]
_STRINGS: dict[str, Callable[[Token], str]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
}


def _test(attr: str, spec: object) -> _Test | None:
    """A token test as the Matcher reads ``{attr: spec}``, or None when it is not one of the
    forms compiled here (equality, IN, NOT_IN, REGEX on TAG/LOWER/DEP; IS_SPACE)."""
    if attr == "IS_SPACE":
        return (lambda t: t.is_space == spec) if isinstance(spec, bool) else None
    get = _STRINGS.get(attr)
    if get is None:
        return None
    if isinstance(spec, str):
        return lambda t: get(t) == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (op, value), = spec.items()
    if op == "REGEX" and isinstance(value, str):
        regex = re.compile(value)
        return lambda t: regex.search(get(t)) is not None
    if op not in {"IN", "NOT_IN"} or not all(isinstance(v, str) for v in value):
        return None
    values = frozenset(value)
    return (lambda t: get(t) in values) if op == "IN" else (lambda t: get(t) not in values)


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A compiled pattern of rule ``number``: one tuple of tests per token."""

    number: int
    match_id: int
    tokens: tuple[tuple[_Test, ...], ...]

    def at(self, doc: Doc, i: int) -> bool:
        if i + len(self.tokens) > len(doc):
            return False
        return all(test(doc[i + k]) for k, tests in enumerate(self.tokens) for test in tests)


def _compile(number: int, match_id: int, pattern: list[dict[str, Any]]) -> _Pattern | None:
    tokens = []
    for spec in pattern:
        tests = [_test(attr, value) for attr, value in spec.items()]
        if not spec or None in tests:
            return None
        tokens.append(tuple(t for t in tests if t is not None))
    return _Pattern(number, match_id, tuple(tokens))


def _keys(first: dict[str, Any]) -> list[tuple[str, str]] | None:
    """The (attribute, string) keys the first token must have, or None when it fixes none."""
    for attr in ("TAG", "LOWER", "DEP"):
        values = _values(first.get(attr))
        if values is not None:
            return [(attr, v) for v in values]
    return None


class _Index:
    """The rules of one ruler, split into a tag-keyed dict and a Matcher for the rest."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        self.by_tag: dict[int, list[_Rule]] = {}  # by the tag's string hash, as in to_array
        self.any_tag: list[_Rule] = []
        self.keyed: dict[str, dict[int, list[_Pattern]]] = {a: {} for a in ("TAG", "LOWER", "DEP")}
        self.unkeyed: list[tuple[_Row, _Pattern]] = []  # with a cheap test of the first row
        self.rest = Matcher(ruler.vocab)
        self.numbers: dict[int, int] = {}
        # each rule's attributes for set_annotations: (column, value) of the array ones, others
        self.parts: dict[int, tuple[list[tuple[int, int]], dict[Any, Any]]] = {}
        # what a token's row matches alone and may start (``_at``), learnt once a row
        self.seen: dict[tuple[int, int, int, int], tuple[tuple[tuple[int, int], ...],
                                                          tuple[_Pattern, ...]]] = {}
        entries: list[Any] = ruler.patterns
        for number, entry in enumerate(entries):
            match_id = ruler.vocab.strings.add(str(number))
            self.numbers[match_id] = number
            for pattern in entry["patterns"]:
                self._add(number, match_id, pattern)

    def _add(self, number: int, match_id: int, pattern: list[dict[str, Any]]) -> None:
        simple = _simple(pattern)
        if simple is None:
            self._add_compiled(number, match_id, pattern)
            return
        tags, lowers, space = simple
        hashes = None if lowers is None else frozenset(self.strings.add(w) for w in lowers)
        rule = _Rule(number, match_id, hashes, space)
        if tags is None:
            self.any_tag.append(rule)
        for tag in tags or ():
            self.by_tag.setdefault(self.strings.add(tag), []).append(rule)

    def _add_compiled(self, number: int, match_id: int, pattern: list[dict[str, Any]]) -> None:
        compiled = _compile(number, match_id, pattern) if pattern else None
        if compiled is None:
            self.rest.add(match_id, [pattern])
            return
        keys = _keys(pattern[0])
        if keys is None:
            self.unkeyed.append((self._first_row(pattern[0]), compiled))
        for attr, value in keys or ():
            self.keyed[attr].setdefault(self.strings.add(value), []).append(compiled)

    def _first_row(self, first: dict[str, Any]) -> _Row:
        """A test of the first token's row (tag, lower, dep, space hashes) that a pattern with
        no fixed string needs: its space flag, or its lower-case regex, once per word."""
        space, lower = first.get("IS_SPACE"), first.get("LOWER")
        if isinstance(space, bool):
            return lambda row: bool(row[3]) == space
        if not (isinstance(lower, dict) and set(lower) == {"REGEX"}):
            return lambda row: True
        regex, seen = re.compile(lower["REGEX"]), dict[int, bool]()

        def test(row: tuple[int, int, int, int]) -> bool:
            if row[1] not in seen:
                seen[row[1]] = regex.search(self.strings[row[1]]) is not None
            return seen[row[1]]

        return test

    def _at(self, row: tuple[int, int, int, int]) -> tuple[
        tuple[tuple[int, int], ...], tuple[_Pattern, ...]
    ]:
        """For a token's (tag, lower, dep, space) row: the (rule number, match id) of the
        one-token rules it matches, and the compiled patterns that may start at it."""
        tag, lower, dep, space = row
        singles = tuple(
            (rule.number, rule.match_id)
            for rule in (*self.by_tag.get(tag, ()), *self.any_tag)
            if (rule.lowers is None or lower in rule.lowers)
            and (rule.is_space is None or bool(space) == rule.is_space)
        )
        tags, lowers, deps = (self.keyed[a] for a in ("TAG", "LOWER", "DEP"))
        candidates = [p for first, p in self.unkeyed if first(row)]
        return singles, (*candidates, *tags.get(tag, ()), *lowers.get(lower, ()),
                         *deps.get(dep, ()))

    def match(self, doc: Doc) -> list[RulerMatch]:
        """The matches spaCy's ruler finds, as (rule number, match id, start, end), sorted."""
        found: set[RulerMatch] = set()
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        seen = self.seen
        if len(seen) > _SEEN_ROWS:
            seen.clear()
        for i, row in enumerate(rows):
            key = (row[0], row[1], row[2], row[3])
            at = seen.get(key)
            if at is None:
                at = seen[key] = self._at(key)
            for number, match_id in at[0]:
                found.add((number, match_id, i, i + 1))
            for pattern in at[1]:
                if pattern.at(doc, i):
                    found.add((pattern.number, pattern.match_id, i, i + len(pattern.tokens)))
        if len(self.rest):
            for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
                found.add((self.numbers[match_id], match_id, start, end))
        return sorted(found)


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose ``match`` looks one-token rules up by tag (same matches)."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._index: _Index | None = None

    def clear(self) -> None:
        super().clear()
        self._index = None

    def add(self, patterns: Iterable[Any], attrs: dict[str, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None

    def match(self, doc: Doc) -> list[RulerMatch]:
        if self._index is None:
            self._index = _Index(self)
        return self._index.match(doc)

    def set_annotations(self, doc: Doc, matches: list[RulerMatch]) -> None:
        if self._index is None:
            self._index = _Index(self)
        parts = self._index.parts
        columns: list[list[int]] = doc.to_array(_ARRAY_ATTRS).T.tolist() if len(doc) else []
        for attr_id, _, start, end in matches:
            index = self.indices[attr_id]
            i = start + index if index >= 0 else end + index  # as Span(doc, start, end)[index]
            if not start <= i < end:  # a rule pointing outside its match: spaCy raises
                super().set_annotations(doc, matches)  # type: ignore[no-untyped-call]
                return
            part = parts.get(attr_id)
            if part is None:
                part = parts[attr_id] = _split(self.attrs[attr_id])
            for column, value in part[0]:
                columns[column][i] = value
            if part[1]:
                set_token_attrs(doc[i], part[1])
        if matches:
            array: Any = numpy.array(columns, dtype="uint64").T  # spaCy's stub says Ints2d
            doc.from_array(_ARRAY_ATTRS, array)


def _split(attrs: dict[Any, Any]) -> tuple[list[tuple[int, int]], dict[Any, Any]]:
    """A rule's attributes as (column, value) of the array ones and the others by name."""
    return ([(_COLUMN[k], v) for k, v in attrs.items() if k in _COLUMN],
            {k: v for k, v in attrs.items() if k not in _COLUMN})


_SEEN_ROWS = 200_000  # rows learnt before the memo starts again (a few hundred bytes each)
_ARRAY_ATTRS = [LEMMA, POS, TAG, MORPH]
_COLUMN = {attr: column for column, attr in enumerate(_ARRAY_ATTRS)}


@Language.factory(INDEXED_RULER, default_config={"validate": False})
def make_indexed_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Swap the pipeline's attribute ruler for an ``IndexedAttributeRuler`` with its rules."""
    if name not in nlp.pipe_names or isinstance(nlp.get_pipe(name), IndexedAttributeRuler):
        return
    rules: Any = nlp.get_pipe(name)
    patterns = rules.patterns
    indexed: Any = nlp.replace_pipe(name, INDEXED_RULER)
    indexed.add_patterns(patterns)
