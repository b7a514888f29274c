"""Where a person's name starts and ends, read from its tokens.

A name is a run of name words (capitalised words, initials) joined by particles ("Pieter van
Dam"), tight hyphens ("Anna-lise", "al-Rashid") or a nickname in quotes or between dashes
('Marguerite "Margo" Ellery', "Ulrika – Ulla – Sofie Heden"); it may end in a regnal or
generational numeral ("Otto III", "Olaf Dunn Jr.") and, after a title or a lone given name, in
"of Place" ("King Otto III of Arland", "Agatha of Arland"); a style may follow it after a comma
("Prince Anselm, Duke of Vorland", "Ada Moss, 4th Baroness Moss"). Words glued on before it are
not the name: a sentence's participle ("Born Ada Moss on ..."), a headline adjective
("Troubled Ada Moss"), an occupation ("Novelist Ada Moss").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from celebgraph.extract.patterns.lexicons import (
    CHILD_NOUNS,
    DESCRIPTOR_WORDS,
    EPITHET_ROLES,
    KIN_NOUNS,
    NAME_PARTICLES,
    NAME_TITLES,
    NOT_NAMES,
)
from celebgraph.extract.patterns.names import (
    AFFILIATION_WORDS,
    LEADING_NOT_NAME,
    NAME_JOINERS,
    NAME_SUFFIXES,
    OCCUPATION_QUALIFIERS,
    OCCUPATIONS,
    REGNAL_NUMERAL,
    STYLE_EPITHETS,
    STYLE_OF_ADDRESS,
    given_names,
)
from celebgraph.extract.tokens import Tokens, span_text, tokens_of

__all__ = [
    "JOB_WORDS",
    "affiliation_word",
    "clean_runs",
    "closes_quote",
    "conferred_title",
    "descriptor_before",
    "descriptor_word",
    "extend_name",
    "generation_marker",
    "hyphened_syllable",
    "is_name_token",
    "is_name_word",
    "kin_word",
    "maiden_name",
    "name_forms",
    "name_token_at",
    "name_words",
    "opens_quote",
    "style_end",
]

_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|degl|nell)['’][A-ZÀ-Ý][^\W\d_]+")
_REGNAL = re.compile(REGNAL_NUMERAL)
_OPEN_QUOTES = frozenset({'"', "“", "‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "’"})
_DASHES = frozenset({"–", "—", "-", "--"})


def opens_quote(t: Tokens, i: int) -> bool:
    """A mark that opens a quotation; a straight single quote only where it is written like one
    (a space before it, a word right after: "Tomas 'Tito' Reyes"), never an apostrophe."""
    if t.text[i] == "'":
        return (i == 0 or bool(t.space[i - 1])) and not t.space[i]
    return t.text[i] in _OPEN_QUOTES


def closes_quote(t: Tokens, i: int) -> bool:
    if t.text[i] == "'":
        return i > 0 and not t.space[i - 1]
    return t.text[i] in _CLOSE_QUOTES
JOB_WORDS = (DESCRIPTOR_WORDS | EPITHET_ROLES | OCCUPATIONS) - NAME_TITLES - {"the", "and"}
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})


def _name_like(text: str, lower: str, stop: bool, pos: str, alpha: bool) -> bool:
    if not text[:1].isupper() or lower in NOT_NAMES or stop or (len(text) > 1 and text.isupper()):
        return False
    return (pos in _NAME_POS and alpha) or "-" in text


def is_name_token(token: Token) -> bool:
    """A capitalised word that can be part of a name (not a stop word, not all capitals)."""
    return _name_like(token.text, token.lower_, token.is_stop, token.pos_, token.is_alpha)


def name_token_at(t: Tokens, i: int) -> bool:
    """``is_name_token`` of token i, read from the document's token table."""
    return _name_like(t.text[i], t.lower[i], t.is_stop[i], t.pos[i], t.is_alpha[i])


def is_initial(token: Token) -> bool:
    """'J.', 'R.J.': a name's initials."""
    return bool(_INITIALS.fullmatch(token.text))


def is_name_word(token: Token) -> bool:
    return is_name_token(token) or is_initial(token)


def _name_word_at(t: Tokens, i: int) -> bool:
    return name_token_at(t, i) or bool(_INITIALS.fullmatch(t.text[i]))


def _tight(t: Tokens, i: int) -> bool:
    """Token i is written with no space on either side ('Anna-lise')."""
    return i > 0 and not t.space[i - 1] and not t.space[i]


def _joined_after(doc: Doc, i: int, limit: int) -> int:
    """The end of what joins a name before token i to more of it (a particle, a tight hyphen,
    a nickname) and the name word after that; i when nothing does."""
    if i >= limit:
        return i
    t = tokens_of(doc)
    if _ELIDED_PARTICLE.fullmatch(t.text[i]):
        return i + 1  # "Ana d'Ávila", "Lia dell'Orto": a particle elided onto the surname
    j = i
    while j < limit and t.lower[j] in NAME_PARTICLES and t.is_lower[j]:
        j += 1  # 'van der Berg', 'de la Cruz'
    if j > i and j < limit and _name_word_at(t, j):
        return j + 1
    text = t.text[i]
    if i + 2 < limit and t.lower[i] in NAME_JOINERS and t.text[i + 1] == "-":
        return i + 3 if _tight(t, i + 1) and t.text[i + 2][:1].isupper() else i
    hyphened = i + 1 < limit and text == "-" and _tight(t, i)
    if hyphened and (_name_part(t, i + 1) or _given_syllable(t, i, limit)):
        return i + 2  # 'Anna-lise', 'Ola-Linn', 'Jae-won Park'; not 'Gatsby-themed'
    if opens_quote(t, i) or text == "(" or (text in _DASHES and t.space[i]):
        return _nickname_end(t, i, limit)
    return i


def _name_part(t: Tokens, i: int) -> bool:
    """The part after a hyphen inside a name: capitalised, or a name written in lower case."""
    return (
        t.is_alpha[i]
        and t.lower[i] not in NAME_TITLES  # 'Ada Lund-Prince Otto wedding': two names
        and (t.text[i][:1].isupper() or t.tag[i] == "NNP" or t.lower[i] in given_names())
    )


def hyphened_syllable(t: Tokens, first: int) -> bool:
    """'Hye-jin', 'Jae-won': token ``first`` hyphened tightly to a short word of letters (no
    job word) that a space ends: one given name of two syllables."""
    syllable = first + 2
    return (
        syllable + 1 < len(t.text)
        and t.text[first + 1] == "-"
        and _tight(t, first + 1)
        and bool(t.space[syllable])
        and t.is_alpha[syllable]
        and len(t.text[syllable]) <= 4
        and t.lower[syllable] not in JOB_WORDS
    )


def _given_syllable(t: Tokens, hyphen: int, limit: int) -> bool:
    """'Jae-won Park', 'Soo-ah Lim': a short given name hyphened to a short lower-case syllable,
    a surname after them (not 'Ex-wife Ada Moss', not 'Rose-tinted')."""
    first = hyphen - 1
    return (
        hyphen + 2 < limit
        and hyphened_syllable(t, first)
        and len(t.text[first]) <= 5
        and (t.lower[first] in given_names() or t.tag[first] == "NNP")
        and t.is_lower[hyphen + 1]
        and t.text[hyphen + 1] not in KIN_NOUNS
        and name_token_at(t, hyphen + 2)
    )


def _modifier(doc: Doc, end: int) -> bool:
    """'a Gatsby-themed party': a name hyphened to a word that is not a name part."""
    t = tokens_of(doc)
    return (
        end + 1 < len(doc)
        and t.text[end] == "-"
        and _tight(t, end)
        and t.is_lower[end + 1]
        and not _name_part(t, end + 1)
    )


def _nickname_end(t: Tokens, i: int, limit: int) -> int:
    """'"Margo" Ellery', '– Ulla – Heden', '(Crane) Adebayo' (a maiden name): past the
    nickname and the name word after it."""
    opening = t.text[i]
    j, words = i + 1, 0
    while j < limit and words < 2 and _name_word_at(t, j):
        j, words = j + 1, words + 1
        if j + 1 < limit and t.text[j] == "-" and _tight(t, j) and _name_word_at(t, j + 1):
            j += 1  # '"T-Bone"': the tokenizer splits a hyphened nickname in three
    if j == i + 1 or j + 1 >= limit or not _closes(t, j, opening):
        return i
    return j + 2 if _name_word_at(t, j + 1) else i


def _closes(t: Tokens, j: int, opening: str) -> bool:
    if opening == "(":
        return t.text[j] == ")"
    if opening in _DASHES:
        return t.text[j] in _DASHES
    return closes_quote(t, j)


def name_forms(doc: Doc, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    """The name written in tokens ``start:end`` and its other forms: a quoted nickname stays in
    the name ('Marguerite "Margo" Ellery'; aliases 'Marguerite Ellery', 'Margo'), a nickname
    between dashes does not ('Ulrika Sofie Heden'; alias 'Ulla'), nor a maiden name in
    brackets ('Violet Adebayo'; alias 'Violet Crane Adebayo')."""
    t = tokens_of(doc)
    written = span_text(t, start, end).replace("’s", "").strip()
    for i in range(start + 1, end - 1):
        if opens_quote(t, i) or t.text[i] == "(" or (t.text[i] in _DASHES and t.space[i]):
            j = _nickname_end(t, i, end)
            if j > i:
                short = f"{span_text(t, start, i)} {span_text(t, j - 1, end)}"
                nick = span_text(t, i + 1, j - 2)
                if opens_quote(t, i):
                    return written, (short, nick)
                if t.text[i] == "(":
                    return short, (f"{span_text(t, start, i)} {nick} {span_text(t, j - 1, end)}",)
                return short, (nick,)
    return written, ()


def _joined_before(doc: Doc, start: int) -> int:
    """Mirror of ``_joined_after``: a new start when the name goes on to the left of token
    ``start`` across a joiner ('Anna-lise [Berg]', 'Marguerite "Margo" [Ellery]')."""
    t = tokens_of(doc)
    for back in range(2, 7):
        first = start - back
        if first < 0:
            break
        reach = _joined_after(doc, first + 1, start + 1)
        if _name_word_at(t, first) and reach in {start, start + 1}:
            return first
    return start


def extend_name(doc: Doc, start: int, end: int, titled: bool) -> tuple[int, int]:
    """Grow a name over joined parts on both sides, a numeral after it, and 'of Place' after a
    title, a numeral or a lone given name."""
    t = tokens_of(doc)
    limit = _line_end(doc, end)
    while (new := _joined_before(doc, start)) < start:
        start = new
    while (new := _joined_after(doc, end, limit)) > end:
        end = new
        while end < limit and t.pos[end] == "PROPN" and _name_word_at(t, end):
            end += 1
    numbered = _numeral(t, end - 1) or regnal_first(t, end - 1, limit)
    if end < limit and (
        _numeral(t, end)
        or (titled and _first_of_the_name(t, end, limit))
        or regnal_first(t, end, limit)
    ):
        end += 1
        numbered = True
    if end < limit and t.text[end] == "." and not t.space[end - 1] and numbered:
        end += 1  # 'Jr' '.'
    lone_given = end - start == 1 and t.lower[start] in given_names()
    if (titled or numbered or lone_given) and _place_after(doc, end, limit):
        end += 2
        while (new := _joined_after(doc, end, limit)) > end:
            end = new  # 'of Valdena-Castro', 'of Ried und Lamm': the place goes on
    return start, end


def _first_of_the_name(t: Tokens, i: int, limit: int) -> bool:
    """'I' right after a titled name is its regnal numeral ('King Ivo I of Arland and his
    wife'), not the pronoun, unless a verb follows it ('King Ivo I met ...' is no English)."""
    return t.text[i] == "I" and (i + 1 >= limit or t.pos[i + 1] not in {"VERB", "AUX"})


def regnal_first(t: Tokens, i: int, limit: int) -> bool:
    """'I' after a name with no title is its regnal numeral where only a numeral can stand:
    before 'of Place' ('Ivo I of Arland'), a possessive ('Ivo I's wife') or a style after a
    comma ('Ivo I, Duke of Lenz'); in 'Ivo I married' it may be the pronoun ('In Arland I
    married')."""
    if t.text[i] != "I" or i == 0 or not t.text[i - 1][:1].isupper() or i + 1 >= limit:
        return False
    if t.text[i + 1] in {"'s", "’s"}:
        return True
    if t.text[i + 1] == "," and i + 2 < limit and t.lower[i + 2] in NAME_TITLES:
        return t.text[i + 2][:1].isupper()  # 'Ivo I, Duke of Lenz'
    place = i + 2
    return (
        t.lower[i + 1] == "of"
        and place < limit
        and t.pos[place] == "PROPN"
        and t.text[place][:1].isupper()
    )


def _numeral(t: Tokens, i: int) -> bool:
    """'III' in 'Otto III', 'Jr' in 'Olaf Dunn Jr.'."""
    return generation_marker(t.text[i])


def generation_marker(word: str) -> bool:
    """A word that tells which generation of a name is meant: 'Jr.', 'Snr', 'III'."""
    return word.lower() in NAME_SUFFIXES or bool(_REGNAL.fullmatch(word))


def _place_after(doc: Doc, end: int, limit: int) -> bool:
    """'of Arland' after a name: 'of' and one capitalised proper noun, then no more name."""
    if end + 1 >= limit or tokens_of(doc).lower[end] != "of":
        return False
    place = doc[end + 1]
    after = doc[end + 2] if end + 2 < limit else None
    return (
        place.pos_ == "PROPN"
        and is_name_token(place)
        and place.ent_type_ not in {"PERSON", "DATE"}
        and not (after is not None and after.pos_ == "PROPN" and is_name_token(after)
                 and after.lower_ not in NAME_PARTICLES)
    )


def _line_end(doc: Doc, i: int) -> int:
    """The end of the line (and sentence) token i is on: where the next token that starts a
    line or a sentence is (worked out once per document)."""
    ends = doc.user_data.get(_LINE_ENDS)
    if ends is None:
        ends = doc.user_data[_LINE_ENDS] = _line_ends(doc)
    return ends[i] if i < len(ends) else len(doc)


_LINE_ENDS = "celebgraph.line_ends"


def _line_ends(doc: Doc) -> list[int]:
    """For each token i: the first j >= i where a line or the sentence of token i - 1 ends."""
    n = len(doc)
    t = tokens_of(doc)
    starts = doc.to_array(SENT_START).tolist() if n else []
    stop = [False] * (n + 1)  # True at j when token j is no longer on i's line or sentence
    for j in range(1, n):
        stop[j] = "\n" in t.text[j] or "\n" in t.space[j - 1] or starts[j] == 1
    stop[n] = True
    ends = [n] * (n + 1)
    for j in range(n - 1, -1, -1):
        ends[j] = j if stop[j] else ends[j + 1]
    return ends


def style_end(doc: Doc, end: int) -> int:
    """After a name ending at ``end``: the end of a style set off by a comma (', Duke of
    Vorland', ', 4th Baron Krogstad'), else ``end``."""
    limit = _line_end(doc, end)
    if end + 2 >= limit or tokens_of(doc).text[end] != ",":
        return end
    i = end + 1
    if doc[i].text == "The" and i + 1 < limit and doc[i + 1].text[:1].isupper():
        i += 1  # 'Ada, The Princess Royal' (a formal style; 'X, the Duke of Y' is apposed)
    if doc[i].ent_type_ == "ORDINAL" or re.fullmatch(r"\d+(?:st|nd|rd|th)", doc[i].text):
        i += 1
        numbered = True
    else:
        numbered = False
    if i >= limit or doc[i].lower_ not in NAME_TITLES or not doc[i].text[:1].isupper():
        return end
    i += 1
    if _place_after(doc, i, limit):
        end = i + 2
        while (new := _joined_after(doc, end, limit)) > end:
            end = new  # ', Duke of Saxe-Lenz': the place goes on
        return end
    if numbered and i < limit and is_name_token(doc[i]):
        while i < limit and doc[i].pos_ == "PROPN" and is_name_token(doc[i]):
            i += 1
        return i
    if i < limit and doc[i].text == doc[end - 1].text:
        return i + 1  # 'Ada Moss, Baroness Moss'
    if i < limit and doc[i].lower_ in STYLE_EPITHETS and doc[i].text[:1].isupper():
        return i + 1  # 'Ada, Princess Royal', 'Ivo, Prince Consort'
    return end


def clean_runs(doc: Doc, start: int, end: int, slotted: bool = False) -> list[tuple[int, int]]:
    """The names inside a candidate span: cut at line breaks, a possessive and words that
    cannot be in a name ('Pieter van Dam married Elise de Wit' → two names), each trimmed of
    what is glued on before it. In a name slot (``slotted``) a given name that is also an
    award's name is a name ('son Tony')."""
    t = tokens_of(doc)
    runs: list[tuple[int, int]] = []
    for seg_start, seg_end in _line_segments(t, start, end)[-1:]:
        for i in range(seg_start + 1, seg_end):
            if t.tag[i] == "POS" or t.text[i] in {"'s", "’s"}:
                seg_end = i  # "Travis Cole's Growing Family" → 'Travis Cole'
                break
        split = _split_runs(doc, seg_start, seg_end)
        if len(split) > 1:  # 'Ada Moss Files for Divorce': a lone word cut off is no name
            split = [(s, e) for s, e in split if e - s > 1 or t.lower[s] in given_names()]
        runs.extend(split)
    return [
        run
        for s, e in runs
        if (run := _trimmed(doc, s, e, slotted)) is not None and not _modifier(doc, e)
    ]


def _split_runs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    text = tokens_of(doc).text
    runs: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not text[i][:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < end:
            joined = _joined_after(doc, j, end)
            if joined > j:
                j = joined
            elif text[j][:1].isupper() or (text[j] == "of" and _styled(doc, i, j)):
                j += 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _styled(doc: Doc, start: int, of: int) -> bool:
    """'Duke of Kent', 'Prince Otto of Lenz', 'Anne of Cleves': an 'of' inside a name follows a
    title or a lone given name; after a full name it tells where the person lives ('Ada Lowe
    of Tarnby', as death notices write it)."""
    lower = tokens_of(doc).lower
    return of - start == 1 or any(lower[k] in NAME_TITLES for k in range(start, of))


def _glued_before(t: Tokens, i: int) -> bool:
    """A word written before a name that is not part of it."""
    lower = t.lower[i]
    if lower in {"the", "a"} or not t.text[i][:1].isupper() or t.like_num[i]:
        return True
    if lower in JOB_WORDS or lower in LEADING_NOT_NAME or _plural_job(lower):
        return True
    if affiliation_word(t, i) or _descriptor_before_title(t, i):
        return True
    return t.pos[i] in {"VERB", "ADJ"} and t.tag[i] != "NNP" and lower not in given_names()


def descriptor_word(t: Tokens, i: int) -> bool:
    """Token i, first of a name, is a descriptor glued on before it whatever path found the
    name: a plural occupation ('Singers Ada Moss and Teo Pike'), a nationality or a faith, a
    style of address ('His Serene Highness Prince Ivo')."""
    return t.text[i][:1].isupper() and (_plural_job(t.lower[i]) or _descriptor_before_title(t, i))


def _plural_job(lower: str) -> bool:
    """'Singers Ada Moss and Teo Pike': an occupation in the plural before coordinated names."""
    return len(lower) > 4 and lower.endswith("s") and lower[:-1] in JOB_WORDS


def _descriptor_before_title(t: Tokens, i: int) -> bool:
    """'married Flemish Count Ivo Lant', 'His Serene Highness Prince Ivo', 'Norwegian Lutheran
    pastor Eir Vik', 'Roman Catholic': a nationality, a faith or a style of address before a
    name, a title or another such word is no part of the name."""
    lower = t.lower[i]
    if lower in AFFILIATION_WORDS or lower in STYLE_OF_ADDRESS:
        return True
    nxt = t.lower[i + 1] if i + 1 < len(t.lower) else ""
    return nxt in AFFILIATION_WORDS and lower not in NAME_TITLES and t.text[i + 1][:1].isupper()


def affiliation_word(t: Tokens, i: int) -> bool:
    """'Republican Ada Moss', 'the Irish American Teo Pike': a party or a nationality the NER
    tags on its own (NORP) right before a name is no part of it; a given name it mistags
    ('Christian') stays."""
    return (
        t.ent_type[i] == "NORP"
        and i + 1 < len(t.text)
        and t.ent_type[i + 1] != "NORP"
        and t.lower[i] not in given_names()
    )


def descriptor_before(doc: Doc, start: int) -> str | None:
    """The occupation written right before a name ('novelist' in 'Novelist Ada Moss', 'pop
    star' in 'pop star Ada Moss'), lower case, or None."""
    t = tokens_of(doc)
    i = start
    while i > 0 and t.lower[i - 1] in JOB_WORDS and "\n" not in t.space[i - 1]:
        i -= 1
    if i == start:
        return None
    while i > 0 and t.lower[i - 1] in OCCUPATION_QUALIFIERS:
        i -= 1
    return span_text(t, i, start).lower()


def _named_job(t: Tokens, i: int, slotted: bool) -> bool:
    """'his son, Champion Ada Moss': in a name slot, after a comma, a capitalised word that is
    also a job is the name's first word ('Novelist Ada Moss' at a sentence's start is not)."""
    return (
        slotted
        and i > 0
        and t.text[i - 1] == ","
        and t.text[i][:1].isupper()
        and t.lower[i] in JOB_WORDS
        and t.pos[i + 1] == "PROPN"
    )


def _trimmed(doc: Doc, start: int, end: int, slotted: bool) -> tuple[int, int] | None:
    t = tokens_of(doc)
    while end - start > 1 and (
        (_glued_before(t, start) and not _named_job(t, start, slotted)) or _heading_word(t, start)
    ):
        start += 1  # 'Model Ada Moss' → 'Ada Moss', 'STAR COUPLES Ada Moss' → 'Ada Moss'
    while end > start and (
        t.tag[end - 1] == "POS" or t.is_punct[end - 1] or t.lower[end - 1] == "of"
    ):
        end -= 1  # 'King Edwin IV of' (the NER stops before the place)
    if start >= end or t.lower[start] in {"the", "a"} or not t.text[start][:1].isupper():
        return None
    if end - start == 1 and (t.lower[start] in AFFILIATION_WORDS or _plural_job(t.lower[start])):
        return None  # 'Danish Roman Catholic' (tagged a person): descriptors only
    if any(_kin_word(t.lower[i], t.lemma[i]) for i in range(start, end)):
        return None  # a headline's 'Wife and Kids' are no names
    if any(
        (t.lower[i] in NOT_NAMES and not _after_title(t, i) and not _given(t, i, slotted))
        or (_all_capitals(t.text[i]) and not _INITIALS.fullmatch(t.text[i])
            and not _REGNAL.fullmatch(t.text[i]))
        for i in range(start, end)
    ):
        return None
    return start, end


def _heading_word(t: Tokens, i: int) -> bool:
    """An all-capital word of a heading glued on before a name written in mixed case
    ('HOLLYWOOD COUPLES Ada Moss and ...'); not initials ('JFK') nor a regnal number."""
    return (
        _all_capitals(t.text[i])
        and not _INITIALS.fullmatch(t.text[i])
        and not _REGNAL.fullmatch(t.text[i])
        and i + 1 < len(t.text)
        and t.text[i + 1][:1].isupper()
        and not t.text[i + 1].isupper()
    )


# Verbs that give someone a title: 'created his son Duke of X', 'made her Countess of Y'.
_CONFER_VERBS = frozenset({"create", "make", "appoint", "proclaim", "crown", "elevate"})


def conferred_title(doc: Doc, i: int) -> bool:
    """Token i is a title with 'of' after it that a conferring verb gives to its object:
    'created [his son] [Ivo] Duke of Lenz', 'was created Duke of Lenz', 'made him Earl of X'."""
    t = tokens_of(doc)
    if t.lower[i] not in NAME_TITLES or i + 1 >= len(doc) or t.lower[i + 1] != "of":
        return False
    j = i - 1
    names = 0
    while j >= 0 and names < 3 and t.pos[j] == "PROPN" and t.lower[j] not in NAME_TITLES:
        j, names = j - 1, names + 1  # the son's name
    if j >= 0 and (t.lower[j] in KIN_NOUNS or t.lower[j] in {"him", "her", "them"}):
        j -= 1
        if j >= 0 and t.tag[j] in {"PRP$", "DT"}:
            j -= 1
    return j >= 0 and t.pos[j] == "VERB" and t.lemma_lower[j] in _CONFER_VERBS


def maiden_name(doc: Doc, start: int) -> bool:
    """'Maureen (née Reilly)': the name after 'née' is a former surname, no one else."""
    return start > 0 and tokens_of(doc).lower[start - 1] in {"née", "nee"}


def _given(t: Tokens, i: int, slotted: bool) -> bool:
    return slotted and t.lower[i] in given_names()


def _all_capitals(text: str) -> bool:
    return len(text) > 2 and text.isupper()


def _after_title(t: Tokens, i: int) -> bool:
    """'Prince Tony': after a title, an award's name is a first name."""
    return i > 0 and t.lower[i - 1] in NAME_TITLES


_KIN_WORDS = frozenset(KIN_NOUNS) | CHILD_NOUNS | {"kids", "children", "family"}


def kin_word(tok: Token) -> bool:
    """A kin noun, singular or plural ('Sisters' in 'the Lund Sisters')."""
    return _kin_word(tok.lower_, tok.lemma_)


def _kin_word(lower: str, lemma: str) -> bool:
    return not _KIN_WORDS.isdisjoint((lower, lemma.lower(), lower.removesuffix("s")))


def _line_segments(t: Tokens, start: int, end: int) -> list[tuple[int, int]]:
    segments: list[tuple[int, int]] = []
    seg_start = start
    for i in range(start, end):
        if "\n" in t.text[i]:
            if i > seg_start:
                segments.append((seg_start, i))
            seg_start = i + 1
    if seg_start < end:
        segments.append((seg_start, end))
    return segments


def name_words(form: str) -> list[str]:
    """The words a form is matched by: no style after a comma ('Prince Anselm, Duke of X'),
    no quoted nickname, no punctuation."""
    return list(_name_words(form))


@lru_cache(maxsize=1 << 16)  # a long article asks for the same forms' words over and over
def _name_words(form: str) -> tuple[str, ...]:
    core = re.sub(r"\s[\"“‘][^\"”’]*[\"”’]\s", " ", form.split(", ")[0])
    return tuple(w for w in (w.strip(',."“”‘’') for w in core.split()) if w and w != "–")
