"""A name beside a person: "Marcus Thorne and Elodie Park" where the NER tagged the names a
place or an organisation, or nothing (it often does, by context, for names it has not seen).

Runs after the other passes, once the document's person mentions are known. Two runs of two or
three capitalised proper nouns joined by "and"/"&" are two people when one of them is already a
person mention, or when the text also writes each run's last word alone (a surname used on its
own: "Thorne and Park separated"), which places and companies seldom are.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from celebgraph.extract.patterns.lexicons import NAME_TITLES
from celebgraph.extract.patterns.names import HEADLINE_VERBS, LEADING_NOT_NAME
from celebgraph.extract.people.chains import JOB_WORDS, kin_word, name_forms
from celebgraph.extract.people.known_names import doc_text, line_span
from celebgraph.extract.people.mentions import Mention, is_name_token
from celebgraph.extract.tokens import tokens_of

__all__ = ["add_coordinated_names"]

_GLUE = frozenset({"and", "&"})
Run = tuple[int, int]


def _name_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return (tok.pos_ == "PROPN" and is_name_token(tok) and not kin_word(tok)
            and tok.lower_ not in NAME_TITLES)


def _run_before(doc: Doc, glue: int) -> Run | None:
    start = glue
    while start > 0 and glue - start < 3 and _name_word(doc, start - 1):
        start -= 1
    if start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
        return None  # a longer capitalised run: a title or a company, not a name
    if start < glue and (doc[start].lower_ in LEADING_NOT_NAME or doc[start].lower_ in JOB_WORDS):
        start += 1  # 'Actress Ada Moss and Teo Pike': the job word is no part of the name
    return (start, glue) if glue - start >= 2 else None


def _nicknamed_before(doc: Doc, glue: int) -> Run | None:
    """'Oyelaran "Ola" Banjoko and ...': a name with a quoted nickname before the glue."""
    close = glue - 2
    if close < 3 or doc[close].text not in _QUOTES or not _name_word(doc, glue - 1):
        return None
    start = close - 1
    while start > close - 3 and _name_word(doc, start):
        start -= 1
    if start == close - 1 or doc[start].text not in _QUOTES or not _name_word(doc, start - 1):
        return None
    return (start - 1, glue)


_QUOTES = frozenset({'"', "“", "”"})


def _run_after(doc: Doc, glue: int) -> Run | None:
    end = glue + 1
    # A headline's verb ends the run: 'Moss and Teo Pike Divorce' ('Divorce' is no surname).
    while (end < len(doc) and end - glue - 1 < 3 and _name_word(doc, end)
           and doc[end].lower_ not in HEADLINE_VERBS):
        end += 1
    if (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
            and doc[end].lower_ not in HEADLINE_VERBS):
        return None
    lines = "".join(t.whitespace_ for t in doc[glue + 1 : end - 1])
    return (glue + 1, end) if end - glue - 1 >= 2 and "\n" not in lines else None


def _headline(doc: Doc, i: int) -> bool:
    """Token i is on a line with no closing stop (a headline, a caption, a heading)."""
    start, end = line_span(doc, doc[i].idx)
    return not doc_text(doc)[start:end].rstrip().endswith((".", "!", "?", '"', "”", ":"))


def _couple_heading(doc: Doc, left: Run, right: Run) -> bool:
    """A listicle item's heading that is the couple and nothing else: '3. Ada Moss and Teo
    Pike'."""
    start, end = line_span(doc, doc[left[0]].idx)
    line = doc_text(doc)[start:end].strip()
    names = f"{doc[left[0] : left[1]].text} {doc[left[1]].text} {doc[right[0] : right[1]].text}"
    numbered = _ITEM_NUMBER.match(line)
    return numbered is not None and line[numbered.end() :] == names


_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s*")


def _surname_alone(doc: Doc, run: Run, alone: Counter[str]) -> bool:
    """The run's last word is written elsewhere without the word before it."""
    return alone[doc[run[1] - 1].text] > 0


def _alone_counts(doc: Doc) -> Counter[str]:
    """Capitalised proper nouns not preceded by another capitalised word, by text."""
    table = tokens_of(doc)
    proper = [doc[i] for i, pos in enumerate(table.pos)  # no Token for the other words
              if pos == "PROPN" and table.text[i][:1].isupper()]
    return Counter(
        t.text for t in proper
        if not (t.i > 0 and doc[t.i - 1].text[:1].isupper() and not doc[t.i - 1].is_sent_start)
        and not (t.i > 0 and doc[t.i - 1].is_sent_start and doc[t.i - 1].pos_ == "PROPN")
    )


def add_coordinated_names(doc: Doc, mentions: list[Mention]) -> None:
    """Add the names coordinated with a person mention or with each other; a shorter mention
    inside one ('Park' of 'Elodie Park') gives way to it."""
    alone: Counter[str] | None = None
    spans: set[Run] | None = None
    glues = [i for i, lower in enumerate(tokens_of(doc).lower) if lower in _GLUE]
    for glue in [i for i in glues if 1 < i < len(doc) - 2]:
        left, right = _run_before(doc, glue) or _nicknamed_before(doc, glue), _run_after(doc, glue)
        if left is None and right is not None and _given_before(doc, mentions, glue, right):
            spans = None
            continue
        if left is None or right is None:
            continue
        if _headline(doc, glue) and not _couple_heading(doc, left, right):
            continue  # every word of a headline is capitalised: 'A and B Split'
        if spans is None:  # made again only after a name is added (once per 'and' was quadratic)
            spans = {(m.start, m.end) for m in mentions}
        if left in spans and right in spans:
            continue
        if left not in spans and right not in spans:
            if alone is None:
                alone = _alone_counts(doc)
            if not all(_surname_alone(doc, r, alone) for r in (left, right)):
                continue
        for run in (left, right):
            _add(doc, mentions, run)
        spans = None
    mentions.sort(key=lambda m: m.start)


def _given_before(doc: Doc, mentions: list[Mention], glue: int, right: Run) -> bool:
    """'Luka and Ivo Brenner' with 'Luka' a person: the full name after 'and' is a person too,
    and the given name before it takes its surname (the text names no other 'Luka')."""
    given = next((m for m in mentions if m.end == glue and m.end - m.start == 1), None)
    if given is None or any(m.start < right[1] and right[0] < m.end for m in mentions):
        return False
    _add(doc, mentions, right)
    surname = doc[right[1] - 1].text
    others = {m.form for m in mentions if m.form.split()[0] == given.form and m is not given}
    if " " not in given.form and others <= {given.form, f"{given.form} {surname}"}:
        given.form = f"{given.form} {surname}"
    return True


def _add(doc: Doc, mentions: list[Mention], run: Run) -> None:
    start, end = run
    inside = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in inside) or any(
        (m.start, m.end) == run for m in inside
    ):
        return
    for m in inside:
        mentions.remove(m)
    form, aliases = name_forms(doc, start, end)
    mentions.append(Mention(start, end, form, aliases=aliases))
