"""The people a kin noun introduces: every item of the list after it, whatever sits between.

"three sons: Milo, 7, Jonah, 4, and Theo, 1" · "daughters Ada in 1984 and Bea in 1986" ·
"children: Cal, born in 1961; Dee, 1963; and Eli, 1966" · "sisters Fay, a nurse, and Gil" ·
"son, 7-year-old Hal" · "is mom to Ivo and Jan" · "Noah (born May 2013), Ned (born June 2016)".
A list is read as items and separators: an item is a name with its own material after it (an
age, a year, a parenthesis, "born ...", "in YEAR", an appositive description); separators are
commas, "and", semicolons, "as well as". The small model attaches such items to the kin noun,
to each other or to the verb as appos, conj, npadvmod or dep with no fixed pattern, so the list
is read by its items' shape; the parse is asked only where a clause starts ("..., and Bo said").

The same grammar serves twice: before people are known, to take a capitalised word in an item
slot for a name the NER missed (``list_name_spans``); after, to read the items (``list_after``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.patterns.kin import kin_at, kin_of
from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    COUSIN_WORDS,
    DESCRIPTOR_WORDS,
    NAME_TITLES,
    NAMING_NOUNS,
    NOT_NAMES,
)
from celebgraph.extract.patterns.names import COURTESY_STYLES
from celebgraph.extract.tokens import Tokens, doc_text, sentence_start, sentences, tokens_of

__all__ = [
    "ListItem",
    "count_of",
    "from_marriage_end",
    "indented",
    "kin_heading",
    "lead_in_name_spans",
    "list_name_spans",
    "naming_noun",
    "naming_noun_at",
    "read_list",
]

NameAt = Callable[[int], "int | None"]  # token index → end of the name starting there, or None

_YEAR = re.compile(r"^(1[6-9]|20)\d\d$")
_SEPARATORS = frozenset({",", "and", "&", ";", "plus"})
_LEAD_INS = frozenset({":", ",", "-", "--", "–", "—", "named", "called", "together", "(", "both",
                       "to"})
_BULLET_LINE = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+\S")
_MARKERS = frozenset({"-", "–", "—", "•", "*", "·", "▪"})
_ITEM_ENDS = frozenset({",", ";", ")", "."})
_COPULAS = frozenset({"is", "are", "was", "were", "include", "included", "including", "like"})
_AGE_WORDS = frozenset({"-", "year", "years", "old", "year-old", "month", "months", "month-old",
                        "week-old", "day-old"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their"})
_POSSESSIVES = frozenset({"his", "her", "their"})
# Nouns of kin we keep no relation for, whose names still fill a slot: 'married his cousin, X',
# 'got hitched with his remote relative, X'
_RELATIVE_SLOTS = COUSIN_WORDS | {"relative", "relatives"}
_CLOSE = {"(": ")", "[": "]"}
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})
_MAX_ITEM_TAIL = 12  # tokens of material after a name before the next separator


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list item: the name's tokens, and the birth year the list gives with it, if any."""

    start: int
    end: int
    year: str | None = None


def read_list(sent: Span, i: int, name_at: NameAt) -> list[ListItem]:
    """The items of the list that follows the kin noun at token ``i``; none when no name
    follows the kin noun closely. ``name_at`` says where a name starts and ends."""
    items: list[ListItem] = []
    kin = kin_of(sent.doc[i])
    j = _first_item(sent, i + 1, name_at)
    while j is not None:
        end = name_at(j)
        if end is None or _starts_clause(sent, j, end):
            break
        if end < sent.end and sent.doc[end].tag_ == "POS":
            break  # "sons Al and Bo's wives": a possessor, not an item
        tail_end, year = _item_tail(sent, end)
        items.append(ListItem(j, end, year))
        j = _next_item(sent, tail_end, name_at, kin)
        if j is not None and _new_apposition(sent, j, name_at):
            break  # '... mother to A and B; C, his second wife ...': C opens the next part
    return items


def _new_apposition(sent: Span, j: int, name_at: NameAt) -> bool:
    """After a semicolon, a name followed by ', his/her/their ...' is not one more item but the
    next part of a list of people, each with an apposition of their own."""
    doc = sent.doc
    k = j - 1
    while k > sent.start and doc[k].lower_ in {"and", "&"}:
        k -= 1
    end = name_at(j)
    if doc[k].text != ";" or end is None or end + 1 >= sent.end:
        return False
    return doc[end].text == "," and doc[end + 1].lower_ in {"his", "her", "their"}


def list_name_spans(doc: Doc) -> list[tuple[int, int]]:
    """Capitalised words in the item slots of lists after kin nouns ("sons: Al, 7, and Bo"):
    names, whatever the NER made of them."""
    pos, lower = tokens_of(doc).pos, tokens_of(doc).lower
    spans: list[tuple[int, int]] = []
    kin_before = False  # the sentence before spoke of kin: its 'names are: A, B' are theirs
    for sent in sentences(doc).values():
        kin_here = False
        for i in range(sent.start, sent.end):
            kin = pos[i] in {"NOUN", "PROPN"} and kin_at(doc, i) is not None
            kin_here = kin_here or kin
            # 'married his cousin, X': no relation of ours, but a name slot all the same
            cousin = pos[i] == "NOUN" and lower[i] in _RELATIVE_SLOTS
            if kin or cousin or ((kin_before or kin_here) and naming_noun_at(doc, i)):
                spans += [(it.start, it.end) for it in read_list(sent, i, _name_chain(sent))]
        kin_before = kin_here
    return spans


def naming_noun(tok: Token) -> bool:
    """'names' in 'Their names are: A, B', 'nickname' in 'each son has a nickname: A, B': a
    noun whose list names people, right after it past 'are' or ':'."""
    doc = tok.doc
    after = doc[tok.i + 1 : min(len(doc), tok.i + 3)]
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in NAMING_NOUNS
        and any(t.text == ":" or t.lemma_ == "be" for t in after)
    )


def naming_noun_at(doc: Doc, i: int) -> bool:
    """``naming_noun(doc[i])``, first asked of the token table: no Token made for most words."""
    t = tokens_of(doc)
    return t.pos[i] == "NOUN" and t.lemma_lower[i] in NAMING_NOUNS and naming_noun(doc[i])


def lead_in_name_spans(doc: Doc) -> list[tuple[int, int]]:
    """The names that open the bulleted lines under a lead-in line ending with ':' and naming
    kin ('Ada and Ben raised four children:' / '- Cleo, 30' / '- Dag and Eli, 27, twins').
    Read once per document (three readers ask; the annotations never change under them)."""
    cached = doc.user_data.get(_LEAD_IN_NAMES)
    if cached is None:
        cached = doc.user_data[_LEAD_IN_NAMES] = _lead_in_name_spans(doc)
    return list(cached)


_LEAD_IN_NAMES = "celebgraph.lead_in_names"


def _lead_in_name_spans(doc: Doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    leading = False
    text = doc_text(doc)
    for sent in sentences(doc).values():
        line = text[sent.start_char : sent.end_char]  # sent.text, without making it again
        if leading and (_BULLET_LINE.match(line) or indented(sent)):
            spans += _opening_names(sent)
            continue
        leading = kin_heading(sent) or (line.rstrip().endswith(":") and any(
            kin_at(doc, i) or naming_noun_at(doc, i) for i in range(sent.start, sent.end)
        ))
    return spans


_HEADING_WORDS = 4  # 'Her two kids', 'His Children', 'Their grown-up daughters'
_LINE_END = re.compile(r"[ \t]*\n")


def kin_heading(sent: Span) -> bool:
    """A line that is a plural kin noun and its possessor or modifiers and nothing else, with
    an item line under it ('Her kids' over '- Dan Y, 12')."""
    doc, t = sent.doc, tokens_of(sent.doc)  # read from the table: no Token per word
    words: list[int] = []
    for i in range(sent.start, sent.end):
        if not t.text[i].isspace():  # spaCy's is_space
            words.append(i)
            if len(words) > _HEADING_WORDS:
                return False
    if not words or t.tag[words[-1]] not in {"NNS", "NNPS"}:
        return False
    if kin_at(doc, words[-1]) is None or any(t.is_punct[i] and t.tag[i] != "POS" for i in words):
        return False
    text = doc_text(doc)
    end = t.idx[words[-1]] + len(t.text[words[-1]])
    newline = _LINE_END.match(text, end)
    before = words[0] - 1
    if newline is None or (before >= 0 and "\n" not in t.text[before] + t.space[before]):
        return False  # the heading is a line of its own
    return _BULLET_LINE.match(text, newline.end()) is not None


def indented(sent: Span) -> bool:
    """A line indented under the lead-in, with no bullet ('    Ada Moss (b. 1947), a judge')."""
    before = sent.doc[sent.start - 1].text_with_ws if sent.start > 0 else ""
    return re.search(r"\n[ \t]{2,}$", before) is not None


def _opening_names(sent: Span) -> list[tuple[int, int]]:
    """'- Colt and Cody, 31, twins': the names before the line's first aside."""
    name_at = _name_chain(sent)
    j = sent.start
    while j < sent.end and (sent.doc[j].is_punct or sent.doc[j].is_space or sent.doc[j].text
                            in _MARKERS or sent.doc[j].like_num):
        j += 1
    spans: list[tuple[int, int]] = []
    while j < sent.end and (end := name_at(j)) is not None:
        spans.append((j, end))
        if end + 1 < sent.end and sent.doc[end].lower_ in {"and", "&"}:
            j = end + 1
            continue
        break
    return spans


def _name_chain(sent: Span) -> NameAt:
    """A run of capitalised name words from token j (before people are known)."""
    doc = sent.doc
    t = tokens_of(doc)

    def name_at(j: int) -> int | None:
        end = j
        while end < sent.end and _name_word(doc, t, end):
            end += 1
        if end < sent.end and t.pos[end] == "NOUN" and t.is_lower[end]:
            return None  # 'Kansas City quarterback X': the words describe the noun after them
        return end if end > j else None

    return name_at


def _name_word(doc: Doc, t: Tokens, i: int) -> bool:
    """Token i (of ``doc``, whose table is ``t``) can be a word of a listed name; its Token is
    made only past the checks the table answers."""
    text, lower = t.text[i], t.lower[i]
    return (
        text[:1].isupper()
        and lower not in _WEEKDAYS  # 'a son early Saturday'
        and not (lower in _MONTHS and i + 1 < len(t.text) and t.like_num[i + 1])  # 'May 4',
        # 'June 2019': a month before a number is a date (alone it may be a name)
        and (t.is_alpha[i] or "-" in text)
        and lower not in NOT_NAMES
        and kin_of(doc[i]) is None
        and ((not t.is_stop[i] and t.pos[i] in {"PROPN", "NOUN", "ADJ", "VERB"})
             or _lone_item_word(doc[i]))
        and not (len(text) > 1 and text.isupper())
    )


def _lone_item_word(tok: Token) -> bool:
    """'sons Ivo and Per', 'son Per', 'father to Per': in a list slot after a kin noun, a
    capitalised word after a separator or the kin noun is a name, though English also has it
    as a stop word the tagger reads as a preposition or an adverb; never a pronoun ('Ivo and
    I')."""
    doc = tok.doc
    if tok.i <= sentence_start(tok) or len(tok.text) < 2 or tok.pos_ in _NOT_ITEM_POS:
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
        return False  # 'All-American volleyball player': a word of a compound
    before = doc[tok.i - 1]
    return before.lower_ in _ITEM_OPENERS or kin_of(before) is not None


_ITEM_OPENERS = frozenset({",", "and", "&", ":", "to"})  # 'sons: Per', 'father to Per'
_NOT_ITEM_POS = frozenset({"PRON", "DET", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})


def _first_item(sent: Span, j: int, name_at: NameAt) -> int | None:
    """The first name after a kin noun, past lead-ins ("sons: ", "daughters together, ",
    "son, 7-year-old ", "a son named ", "mom to ")."""
    skipped = 0
    kin_at = j - 1
    while j < sent.end and skipped <= 6:
        tok = sent.doc[j]
        if name_at(j) is not None:
            return j
        copula = j == kin_at + 1 and tok.lower_ in _COPULAS  # 'his parents were X and Y'
        if tok.lower_ in _POSSESSIVES and sent.doc[j - 1].text == "," and j > kin_at + 1:
            return None  # 'her husband, her five-year-old daughter X': a kin phrase of its own
        if j == kin_at + 1 and sent.doc[j : j + 2].text.lower() == "such as":
            j, skipped = j + 2, skipped + 2  # 'sibling acts such as X and Y'
            continue
        if tok.lower_ == "with" and (after := _other_parent_end(sent, j, name_at)) is not None:
            j, skipped = after, skipped + 1  # 'first child with Y, X': Y is the other parent
            continue
        if tok.lower_ == "from" and (after := from_marriage_end(sent, j, name_at)) is not None:
            j, skipped = after, skipped + 1  # 'son from his first marriage, to Y, X'
            continue
        if j == kin_at + 1 and _aged_list_of(sent, j, name_at):
            return j + 1  # 'the mother of Ivo, 12, Bo, 9, and Lu, 4'
        if j == kin_at + 1 and (after := count_of(sent, j)) is not None:
            j, skipped = after, skipped + after - j  # 'father of three: A, 12, B, 9, and C'
            continue
        if j == kin_at + 1 and _other_kin_with_object(sent, kin_at, j):
            return None  # 'his first wife and mother to A, B': A and B are the mother's
        if j == kin_at + 1 and (after := _coordinated_role(sent, j)) is not None:
            j, skipped = after, skipped + after - j  # 'older sister and manager, X'
            continue
        # 'their daughter, the Hon. X', 'a son, Sir Y' (a title the name did not take in)
        title = tok.lower_ in NAME_TITLES or tok.lower_ in COURTESY_STYLES
        if not (copula or title or tok.lower_ in _LEAD_INS or _modifier(tok)
                or _role(sent, j, name_at)):
            return None
        j += 1
        # the pieces of an age ('10-year-old') count as one lead-in word: 'one daughter
        # together, 10-year-old X'
        skipped += 0 if tok.lower_ in _AGE_WORDS and tok.lower_ != "-" else 1
    return None


def from_marriage_end(sent: Span, j: int, name_at: NameAt) -> int | None:
    """'from his first marriage, to Y, X': past the phrase at the 'from' at token j and its
    other parent, when commas set the 'to Y' off; None otherwise."""
    doc = sent.doc
    noun = next((k for k in range(j + 1, min(sent.end, j + 5))
                 if doc[k].lower_ in {"marriage", "relationship"}), None)
    if noun is None or noun + 1 >= sent.end or doc[noun + 1].text != ",":
        return None
    if noun + 3 >= sent.end or doc[noun + 2].lower_ != "to":
        return None
    end = name_at(noun + 3)
    return end + 1 if end is not None and end < sent.end and doc[end].text == "," else None


def _aged_list_of(sent: Span, j: int, name_at: NameAt) -> bool:
    """'of Ivo, 12,' at token j after a kin noun: a list of names with their ages follows (a
    bare 'of' is no lead-in: 'the son of Hollywood legend X' names no item)."""
    doc = sent.doc
    if doc[j].lower_ != "of" or j + 1 >= sent.end:
        return False
    end = name_at(j + 1)
    return (end is not None and end + 1 < sent.end and doc[end].text == ","
            and doc[end + 1].like_num)


def count_of(sent: Span, j: int) -> int | None:
    """'of three:' / 'of two children,' at token j after a parent noun: how many children, not
    whose kin; the index of the colon or comma the list of their names follows."""
    doc = sent.doc
    if j + 2 >= sent.end or doc[j].lower_ != "of" or not doc[j + 1].like_num:
        return None
    k = j + 2
    if doc[k].lemma_.lower() in CHILD_NOUNS or doc[k].lower_ in {"children", "kids"}:
        k += 1
    return k if k < sent.end and doc[k].text in {":", ","} else None


def _other_parent_end(sent: Span, j: int, name_at: NameAt) -> int | None:
    """'child with Y, X': past 'with Y,' (the other parent) when a name follows the comma."""
    end = name_at(j + 1) if j + 1 < sent.end else None
    if end is None or end + 1 >= sent.end or sent.doc[end].text != ",":
        return None
    return end + 1 if name_at(end + 1) is not None else None


def _other_kin_with_object(sent: Span, kin: int, j: int) -> bool:
    """'wife and mother to A', 'husband and father of her twins, A and B': a kin noun of
    another relation, coordinated at j ('and') and taking its own 'to'/'of' object, owns the
    names after it; the first kin noun's person is named elsewhere ('X, his first wife ...')."""
    doc = sent.doc
    if doc[j].lower_ not in {"and", "&"} or j + 2 >= sent.end:
        return False
    first, second = kin_of(doc[kin]), kin_of(doc[j + 1])
    return (
        first is not None
        and second is not None
        and second[0] != first[0]
        and doc[j + 2].lower_ in {"to", "of"}
    )


def _coordinated_role(sent: Span, j: int) -> int | None:
    """'sister and manager, X', 'brother and longtime manager, X': a role noun coordinated
    with the kin noun ('and' at j) describes the same person; the token after the role."""
    doc = sent.doc
    if doc[j].lower_ not in {"and", "&"}:
        return None
    k = j + 1
    while k < sent.end and k - j <= 3 and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ"}:
        k += 1
    role = k > j + 1 and doc[k - 1].pos_ == "NOUN" and kin_of(doc[k - 1]) is None
    return k if role and k < sent.end and doc[k].text == "," else None


def _role(sent: Span, j: int, name_at: NameAt) -> bool:
    """A lower-case noun run right before a name is the person's role: 'the cellist X',
    'rodeo announcer X', 'NFL tight end X' (whatever the descriptor lexicon holds)."""
    doc = sent.doc
    k = j
    while k < sent.end and k - j < 4 and (_role_word(doc[k]) or _acronym(doc[k])):
        k += 1
    return (
        k > j
        and k < sent.end
        and doc[k - 1].pos_ == "NOUN"
        and doc[k - 1].is_lower
        and name_at(k) is not None
    )


def _role_word(tok: Token) -> bool:
    return tok.is_lower and tok.pos_ in {"NOUN", "ADJ"}


def _acronym(tok: Token) -> bool:
    """'NFL' in 'former NFL tight end X': a league's or a firm's initials in a role."""
    return tok.is_alpha and len(tok.text) > 1 and tok.text.isupper() and tok.ent_type_ != "PERSON"


def _modifier(tok: Token) -> bool:
    """Words that may stand between a kin noun and its first name: ages, 'baby', 'youngest',
    'a', 'actress', 'twins'."""
    if _verb(tok):
        return False  # 'his wife adopted X': the parse makes 'adopted' the clause's verb
    return (
        tok.lower_ in _DETERMINERS
        or tok.lower_ in CHILD_NOUNS
        or kin_of(tok) is not None
        or _item_modifier(tok)
    )


def _item_modifier(tok: Token) -> bool:
    """Words that may stand before a later item's name: an age ('12-year-old'), 'baby',
    'youngest', a job word. A kin noun or a possessive there starts another list ('..., and
    his wife, X'), an article a description ('and a Lyon chef')."""
    lower = tok.lower_
    return not _verb(tok) and (
        lower in _AGE_WORDS
        or lower in CHILD_MODIFIERS
        or lower in DESCRIPTOR_WORDS
        or tok.like_num
        or (tok.pos_ == "ADJ" and not tok.text[:1].isupper() and tok.dep_ != "ROOT")
    ) and kin_of(tok) is None  # not the sentence's verb tagged an adjective ('son, X, married Y')


def _verb(tok: Token) -> bool:
    """A clause's verb; not a present-tense kin word the tagger took for one ('kids: twins
    Ada and Jude', 'twins' as VBZ)."""
    if tok.tag_ in {"VBZ", "VBP"} and kin_of(tok) is not None:
        return False
    return tok.pos_ in {"VERB", "AUX"} and tok.dep_ in {"ROOT", "conj", "relcl", "advcl", "ccomp"}


def _item_tail(sent: Span, j: int) -> tuple[int, str | None]:
    """The end of one item's material after its name, and a birth year found there: ", 7",
    ", 1968", " (born May 2013)", ", born in 1961", " in 1984", ", a nurse"."""
    year: str | None = None
    doc = sent.doc
    start = j
    while j < sent.end and j - start <= _MAX_ITEM_TAIL:
        tok = doc[j]
        if tok.text in _CLOSE and (close := _closing(sent, j)) > j:
            year = year or _year_in(doc[j + 1 : close])
            j = close + 1
            continue
        if tok.lower_ == "in" and j + 1 < sent.end and _YEAR.match(doc[j + 1].text):
            year = year or doc[j + 1].text  # 'Ada in 1984'
            j += 2
            continue
        if tok.lower_ == "of" and _place_after(sent, j + 1):
            j = _aside_end(sent, j + 1)  # 'Ann Fitch of Dunmore': a death notice's residence
            continue
        if tok.text == "," and j + 1 < sent.end and _aside(sent, j + 1):
            aside_end = _aside_end(sent, j + 1)
            year = year or _year_in(doc[j + 1 : aside_end])
            j = aside_end
            continue
        break
    return j, year


def _place_after(sent: Span, j: int) -> bool:
    """'of Dunmore', 'of Port Ellery' closing an item: one or two capitalised words before a
    separator (the small model often tags a small town PERSON, so its type is not asked)."""
    doc = sent.doc
    k = j
    while k < sent.end and k - j < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k > j and (k == sent.end or doc[k].text in _ITEM_ENDS or doc[k].lower_ == "and")


def _aside(sent: Span, j: int) -> bool:
    """What may follow an item's comma and still belong to it: an age, a year, 'born ...', an
    appositive description ('a nurse', 'an actor from Lyon')."""
    tok = sent.doc[j]
    description = tok.lower_ in {"a", "an", "the", "now"} and _describes(sent, j + 1)
    return tok.like_num or tok.lower_ in {"born", "b.", "aged", "age"} or description


def _describes(sent: Span, j: int) -> bool:
    """After 'a/an/the': a description ('a nurse', 'a Boston firefighter'), not a name ('the
    Duke')... a capitalised run counts only when a lower-case noun follows it."""
    doc = sent.doc
    while j < sent.end and doc[j].text[:1].isupper():
        j += 1
    return j < sent.end and doc[j].is_lower and doc[j].pos_ in {"NOUN", "ADJ", "NUM"}


def _aside_end(sent: Span, j: int) -> int:
    """The token that ends an aside started at token j: the next separator."""
    doc = sent.doc
    while j < sent.end and doc[j].text not in {",", ";", ")"} and doc[j].lower_ != "and":
        j += 1
    return j


def _closing(sent: Span, j: int) -> int:
    want = _CLOSE[sent.doc[j].text]
    for k in range(j + 1, min(sent.end, j + _MAX_ITEM_TAIL)):
        if sent.doc[k].text == want:
            return k
    return j


def _year_in(span: Span) -> str | None:
    """A birth year in an item's aside: a bare year (", 1968"), "born ... 1961", "(b. 1960)";
    an age (", 7") gives none."""
    words = {t.lower_ for t in span}
    years = [t.text for t in span if _YEAR.match(t.text)]
    if years and (len(span) <= 2 or words & {"born", "b.", "b"}):
        return years[0]
    return None


def _next_item(sent: Span, j: int, name_at: NameAt,
               kin: tuple[str, str] | None) -> int | None:
    """Past the separators (and an age, or a kin noun of the list's own kind: 'daughter Ada,
    8, and son Bo') the next item's first token, or None when the list ends."""
    doc = sent.doc
    separated = False
    k = j
    while k < sent.end and k - j <= 9:
        tok = doc[k]
        if tok.lower_ in _SEPARATORS:
            separated, k = True, k + 1
            continue
        if tok.lower_ == "as" and doc[k : k + 3].text.lower() == "as well as":
            separated, k = True, k + 3
            continue
        if tok.lower_ == "along" and doc[k : k + 2].text.lower() == "along with":
            separated, k = True, k + 2  # 'Ada, 6, along with Emeka, 3'
            continue
        if separated and name_at(k) is not None:
            return k
        if separated and (spouse_end := _spouse_of_item(sent, k, kin)) is not None:
            k = spouse_end  # 'his parents were A and his wife, B': B, A's wife, is a parent too
            continue
        if separated and (_item_modifier(tok) or (kin is not None and kin_of(tok) == kin)):
            k += 1
            continue
        return None
    return None


def _spouse_of_item(sent: Span, k: int, kin: tuple[str, str] | None) -> int | None:
    """In a list of parents ('his parents were A and his wife, B'), 'his wife,' / 'her
    husband' at token k says who the next item is to the one before, not whose kin: the token
    after it (and its comma), else None."""
    doc = sent.doc
    if kin != ("parent", "reverse") or k + 1 >= sent.end or doc[k].lower_ not in {"his", "her"}:
        return None
    if kin_of(doc[k + 1]) != ("spouse", "forward") or doc[k + 1].lower_.startswith("ex"):
        return None
    return k + 3 if k + 2 < sent.end and doc[k + 2].text == "," else k + 2


def _starts_clause(sent: Span, start: int, end: int) -> bool:
    """A name that begins a new clause ('..., and Bo said', '..., and Bo often posts') is no
    list item: the parse makes it the subject of a verb right after it (adverbs between)."""
    last = sent.doc[end - 1]
    k = end
    while k < sent.end and k - end < 3 and sent.doc[k].pos_ == "ADV":
        k += 1
    after = sent.doc[k] if k < sent.end else None
    subject = last.dep_ in {"nsubj", "nsubjpass"} and last.head.i >= end
    return subject and after is not None and after.pos_ in {"VERB", "AUX"}
