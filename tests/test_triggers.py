"""The event-word scan (``relations.triggers``): what it reads from the token table must be what
spaCy's own machinery finds. Texts invented for these tests."""

from __future__ import annotations

from spacy.matcher import Matcher

from celebgraph.extract.patterns.romance import DATING_PATTERNS
from celebgraph.extract.pipeline import COMPONENT, load_pipeline
from celebgraph.extract.relations.triggers import _dating_matches
from celebgraph.extract.tokens import forget_tokens

TEXTS = [
    "Ada Moss began seeing Teo Pike in 2017. She keeps seeing friends; they were together for "
    "a year and were together at the gala.",
    "Lior Vance has been going out with Mina Dahl since 2020, and was stepping out with Ivo "
    "Brandt before. Oskar Lind dates Ruth Ek; the date was set. The two were an item, then "
    "Ruth became an item with Pavel Holm. It was an item on the agenda.",
    "GOING OUT WITH A BANG: Wren Sato is Seeing stars. They Were Together From 2005.",
    "",
]


def test_dating_matches_are_the_matchers() -> None:
    """The table scan finds, at each start, the longest match spaCy's ``Matcher`` finds with
    ``DATING_PATTERNS`` (the scan replaced the Matcher: a pass over every token per pattern)."""
    nlp = load_pipeline()
    matcher = Matcher(nlp.vocab)
    for name, patterns in DATING_PATTERNS.items():
        matcher.add(name, patterns)
    found_any = 0
    for text in TEXTS:
        doc = nlp(text, disable=[COMPONENT])
        want: dict[int, int] = {}
        for _, start, end in matcher(doc):
            want[start] = max(end, want.get(start, end))
        assert _dating_matches(doc) == want, text
        found_any += len(want)
        forget_tokens(doc)
    assert found_any >= 6  # the texts do hold matches of most patterns


def test_event_words_cover_every_word_single_reads() -> None:
    """``_trigger_starts`` visits only tokens whose form or lemma is in ``_EVENT_WORDS`` (or
    starts a phrase or a dating match), so ``_single`` must read no event from any other word.
    The list is kept by hand beside ``_single``; this reads ``_single``'s source and checks
    that every word or lexicon it compares a form or lemma with is in the list."""
    import ast
    import inspect
    import textwrap

    from celebgraph.extract.relations import triggers

    tree = ast.parse(textwrap.dedent(inspect.getsource(triggers._single)))
    compared: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)
                and node.left.id in {"lower", "lemma"}):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            assert isinstance(op, ast.Eq | ast.In), ast.unparse(node)
            if isinstance(right, ast.Constant):
                compared[repr(right.value)] = {right.value}
            elif isinstance(right, ast.Set):
                compared[ast.unparse(right)] = {e.value for e in right.elts
                                                if isinstance(e, ast.Constant)}
            else:
                assert isinstance(right, ast.Name), ast.unparse(node)
                compared[right.id] = set(getattr(triggers, right.id))
    assert len(compared) >= 15  # every branch of _single was read
    missing = {name: words - triggers._EVENT_WORDS for name, words in compared.items()
               if words - triggers._EVENT_WORDS}
    assert not missing
