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
