"""Names the NER missed, found by a known given name: 'Shantelle Ocampo is ending her marriage.'

The small model tags a person's name by its context; a name it has never seen, in a sentence
with no other clue, comes out untagged or as an organisation ('the chef Naledi Okoro' → ORG).
A capitalised given name from the name list followed by one or two proper nouns is a name,
unless the run names a place or an institution ('Grant Park', 'Victoria Station') or sits in a
Title-Case line (a headline: 'Ada Moss Files For Divorce').
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.names import (
    HONORIFICS,
    PLACE_NOUNS,
    TITLE_CASE_SMALL_WORDS,
    given_names,
)
from celebgraph.extract.people.chains import (
    JOB_WORDS,
    closes_quote,
    hyphened_syllable,
    is_name_token,
    name_token_at,
    opens_quote,
    style_end,
)
from celebgraph.extract.tokens import Tokens, sentence_at, tokens_of

__all__ = [
    "given_name_spans",
    "given_name_word",
    "honorific_name_spans",
    "job_name_spans",
    "nicknamed_spans",
    "styled_name_spans",
]

# Labels the NER gives an unknown person's name; a run it tags as a date or a number is none.
_MISLABELS = frozenset({"", "PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})


def given_name_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Spans of ``doc`` (none overlapping ``taken``) that start with a known given name."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if i in taken or not _given(t, i):
            continue
        given_end = _given_end(t, i)
        end = _past_maiden_name(t, given_end, taken)
        while end < len(doc) and end - given_end < 2 and _surname_word(t, end, taken):
            end += 1
        if end == given_end or not _whole_entity(doc, i, end, taken) or _title_case(doc, doc[i]):
            continue
        if t.lower[end - 1] in PLACE_NOUNS:
            continue
        spans.append((i, end))
        taken.update(range(i, end))
    return spans


def given_name_word(tok: Token) -> bool:
    """'Will Baker married ...', 'Hope Field wed ...': a capitalised given name before a proper
    noun (or inside a person's name) is that name, not the modal or the verb it also spells."""
    if not tok.text[:1].isupper() or tok.lower_ not in given_names():
        return False
    if tok.ent_type_ == "PERSON":
        return True
    nxt = tok.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].pos_ == "PROPN" and tok.doc[nxt].text[:1].isupper()


def nicknamed_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'Oyelaran "Ola" Banjoko': a proper noun, a nickname of one or two capitalised words in
    quotes and a proper noun after it are one name, whatever the NER made of them (the quotes
    often make it a work's title, or a person of the nickname alone; the longer span wins)."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for i in range(len(doc) - 4):
        if not opens_quote(t, i + 1) or not _name_word(t, i):
            continue
        close = i + 2
        while close < len(doc) and close - i < 4 and _name_word(t, close):
            close += 1
        end = close + 1
        if close == i + 2 or close >= len(doc) - 1 or not closes_quote(t, close):
            continue
        while end < len(doc) and end - close < 3 and _name_word(t, end):
            end += 1
        if end > close + 1:
            spans.append((i, end))
            taken.update(range(i, end))
    return spans


def _name_word(t: Tokens, i: int) -> bool:
    return t.text[i][:1].isupper() and name_token_at(t, i)


# Tags the small model gives an unfamiliar given name before a surname ('Cecily Ward' → ADV
# Ward); a verb, an auxiliary or a determiner there is the word it spells ('Will', 'May').
_MISTAGGED = frozenset({"ADV", "ADJ", "NOUN", "INTJ", "X"})


def _given(t: Tokens, i: int) -> bool:
    """A known given name that starts a run of capitalised words ('Blue [Ivy] Carter' does
    not: the run's first word is not in the list)."""
    if not (t.text[i][:1].isupper() and t.lower[i] in given_names()) or t.is_stop[i]:
        return False  # most words: asked before the word before them
    if i > 0 and name_token_at(t, i - 1):
        return False
    after = _given_end(t, i)
    if t.pos[i] in _MISTAGGED and t.ent_type[i] == "" and after < len(t.text):
        return t.is_alpha[i] and _surname_word(t, after, set())
    return t.pos[i] == "PROPN" and t.ent_type[i] in _MISLABELS and name_token_at(t, i)


def _given_end(t: Tokens, i: int) -> int:
    """Where the given name that starts at token i ends: past a short syllable hyphened to it
    ('Hye-jin Cho', 'Soo-ah Lim'), else right after it."""
    return i + 3 if hyphened_syllable(t, i) else i + 1


def job_name_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'Singer Ayla Brun won ...', 'the novelist Edda Strom': two proper nouns right after a
    job word are a name, whatever the NER made of them (a longer capitalised run may be a
    company or a title and is left alone)."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for i in range(len(doc) - 2):
        job = t.lower[i] in JOB_WORDS and (t.is_lower[i] or doc[i].is_sent_start)
        end = i + 3
        if not job or taken.intersection(range(i, end)):
            continue
        if not all(_surname_word(t, j, taken) for j in (i + 1, i + 2)):
            continue
        if end < len(doc) and t.pos[end] == "PROPN" and t.text[end][:1].isupper():
            continue
        if t.lower[end - 1] in PLACE_NOUNS or not _whole_entity(doc, i + 1, end):
            continue
        spans.append((i + 1, end))
        taken.update(range(i + 1, end))
    return spans


def _past_maiden_name(t: Tokens, j: int, taken: set[int]) -> int:
    """'Edna (Sayer) Rook': past a maiden name in brackets when a surname follows, else j."""
    bracket = j + 3 < len(t.text) and t.text[j] == "(" and t.text[j + 2] == ")"
    if bracket and name_token_at(t, j + 1) and _surname_word(t, j + 3, taken):
        return j + 4
    return j


def _surname_word(t: Tokens, i: int, taken: set[int]) -> bool:
    return (
        i not in taken
        and t.pos[i] == "PROPN"
        and t.ent_type[i] in _MISLABELS
        and name_token_at(t, i)
        and (bool(t.space[i - 1]) or t.text[i - 1] == "-")
    )


def _whole_entity(doc: Doc, start: int, end: int, taken: AbstractSet[int] = frozenset()) -> bool:
    """False when an entity of another label runs on past the span ('Victoria Park Hotel'),
    unless what it runs over is another name and the glue between ('"Ola" Banjoko and [Sigrid
    Fält]' tagged one work's title)."""
    t = tokens_of(doc)
    for i in (start, end - 1):
        tok = doc[i]
        if tok.ent_type_ and tok.ent_type_ != "PERSON":
            first, last = _entity_around(doc, i)
            outside = [*range(first, start), *range(end, last)]
            possessive = outside == [end] and t.tag[end] == "POS"  # "Ada Brun's" is Ada Brun
            if outside and not possessive and not all(j in taken or t.lower[j] in _GLUE
                                                      for j in outside):
                return False
    return True


_GLUE = frozenset({"and", "&", ",", '"', "“", "”"})


def _entity_around(doc: Doc, i: int) -> tuple[int, int]:
    """The token span of the entity that holds token ``i``, read from the IOB tags (a search
    of ``doc.ents`` per name made long texts quadratic)."""
    first, last = i, i + 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return first, last


def _title_case(doc: Doc, tok: Token) -> bool:
    """True when the sentence has no lower-case word but the small ones: a headline."""
    return not any(
        t.is_alpha and t.is_lower and t.lower_ not in TITLE_CASE_SMALL_WORDS
        for t in sentence_at(tok.doc, tok.i)
    )


def styled_name_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'Aldous Peregrine Fenwright, 4th Baron Culvering (1921 – 1998)': the capitalised words
    before a numbered style are a peer's name, whatever the NER made of them."""
    spans: list[tuple[int, int]] = []
    commas = [i for i, text in enumerate(tokens_of(doc).text) if text == ","]
    for comma in commas:
        if comma in taken or not _numbered_style(doc, comma):
            continue
        start = comma
        while (
            start > 0
            and comma - start < 4
            and start - 1 not in taken
            and is_name_token(doc[start - 1])
            and "\n" not in doc[start - 1].whitespace_
        ):
            start -= 1
        if comma - start >= 2:
            spans.append((start, comma))
            taken.update(range(start, comma))
    return spans


def _numbered_style(doc: Doc, comma: int) -> bool:
    """', 4th Baron Culvering' after token ``comma - 1``."""
    nxt = doc[comma + 1] if comma + 1 < len(doc) else None
    return (
        nxt is not None
        and (nxt.ent_type_ == "ORDINAL" or nxt.text[:1].isdigit())
        and style_end(doc, comma) > comma
    )


def honorific_name_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """'Mrs Ilse Varga', 'Dr. Omar Haddad': an honorific and the proper nouns after it name a
    person, whatever the NER made of them; 'Mr and Mrs Kofi Mensah' gives 'Mr' alone too (it
    takes the name after it, ``mentions``)."""
    t = tokens_of(doc)
    spans: list[tuple[int, int]] = []
    for i in range(len(doc) - 1):
        if i in taken or not (t.lower[i] in HONORIFICS and t.text[i][:1].isupper()):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 4 and end not in taken and name_token_at(t, end):
            end += 1
        if end == i + 1 and _before_honorific_name(t, i):
            spans.append((i, i + 1))  # 'Mr' of 'Mr and Mrs Kofi Mensah'
        elif end > i + 1 and "\n" not in doc[i : end - 1].text_with_ws:
            spans.append((i, end))
        taken.update(range(i, end))
    return spans


def _before_honorific_name(t: Tokens, i: int) -> bool:
    return (i + 3 < len(t.lower) and t.lower[i + 1] in {"and", "&"}
            and t.lower[i + 2] in HONORIFICS and name_token_at(t, i + 3))
