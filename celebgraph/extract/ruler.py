"""The model's attribute ruler with a faster ``match``: one-token rules looked up by tag.

spaCy's ``AttributeRuler`` tries each of its rules (about 170 in ``en_core_web_sm``) at every
token through a ``Matcher``. Nearly all of them test one token's tag and lower-case form for
equality or membership, so here they are looked up in a dict keyed by tag; the few others
(several tokens, regular expressions, other attributes or operators) stay with a ``Matcher``.
The matches are the same, and ``set_annotations`` is spaCy's own, so are the annotations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["INDEXED_RULER", "IndexedAttributeRuler", "index_attribute_ruler"]

INDEXED_RULER = "celebgraph_attribute_ruler"
RulerMatch = tuple[int, int, int, int]  # rule number, match id, start, end: as spaCy's match


@dataclass(frozen=True, slots=True)
class _Rule:
    """One single-token pattern of rule ``number``: the lower-case forms and space it needs."""

    number: int
    match_id: int
    lowers: frozenset[str] | None
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


class _Index:
    """The rules of one ruler, split into a tag-keyed dict and a Matcher for the rest."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.by_tag: dict[str, list[_Rule]] = {}
        self.any_tag: list[_Rule] = []
        self.rest = Matcher(ruler.vocab)
        self.numbers: dict[int, int] = {}
        entries: list[Any] = ruler.patterns
        for number, entry in enumerate(entries):
            match_id = ruler.vocab.strings.add(str(number))
            self.numbers[match_id] = number
            for pattern in entry["patterns"]:
                self._add(number, match_id, pattern)

    def _add(self, number: int, match_id: int, pattern: list[dict[str, Any]]) -> None:
        simple = _simple(pattern)
        if simple is None:
            self.rest.add(match_id, [pattern])
            return
        tags, lowers, space = simple
        rule = _Rule(number, match_id, lowers, space)
        if tags is None:
            self.any_tag.append(rule)
        for tag in tags or ():
            self.by_tag.setdefault(tag, []).append(rule)

    def match(self, doc: Doc) -> list[RulerMatch]:
        found: set[RulerMatch] = set()
        for tok in doc:
            rules = self.by_tag.get(tok.tag_, [])
            if not rules and not self.any_tag:
                continue
            lower, i = tok.lower_, tok.i
            for rule in (*rules, *self.any_tag):
                if (rule.lowers is None or lower in rule.lowers) and (
                    rule.is_space is None or tok.is_space == rule.is_space
                ):
                    found.add((rule.number, rule.match_id, i, i + 1))
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
