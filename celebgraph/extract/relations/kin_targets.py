"""The targets of a kin noun: the names it introduces ('her sons, Ivo and Bo', 'a daughter,
Ada, 4,', 'the couple's children: A; B; and C'), where their list ends, and the births its items
carry ('Ivo (born 2010)')."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import (
    CHILD_MODIFIERS,
    CHILD_NOUNS,
    DESCRIPTOR_WORDS,
    KIN_GROUP_NOUNS,
    KIN_NOUNS,
)
from celebgraph.extract.patterns.names import AFFILIATION_WORDS, OCCUPATIONS
from celebgraph.extract.people.chains import affiliation_word
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.lists import read_list
from celebgraph.extract.people.mentions import Mention
from celebgraph.extract.tokens import sentence_start, tokens_of

__all__ = ["colon_after_with", "description", "duration_after", "is_plural", "item_births",
           "listed_persons", "names_a_plural", "role_before_colon", "skippable", "targets_after"]

_SKIP_BETWEEN = frozenset({",", ":", "-", "–", "—", "(", "the", "a", "an", "his", "her", "their"})
_TIME_UNITS = frozenset({"year", "month", "decade", "week"})
# 'with his ex-wife', 'with her first husband, Captain': the words of a partner role
_PARTNER_ROLES = frozenset(
    word for word, (relation, _d) in KIN_NOUNS.items()
    if relation in {"spouse", "partner", "engaged"}
)


def duration_after(sent: Span, j: int) -> int | None:
    """'wife of 40 years', 'husband of nearly three decades': the end of the duration after
    the 'of' at token j (a length of time, not whose wife), or None."""
    doc = sent.doc
    for k in range(j + 1, min(sent.end, j + 4)):
        if doc[k].lemma_.lower() in _TIME_UNITS:
            return k + 1
        if not (doc[k].like_num or doc[k].pos_ in {"ADV", "ADJ", "NUM"}):
            return None
    return None


def is_plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ in {
        "children",
        "kids",
        "twins",
        "siblings",
    }


def names_a_plural(tok: Token) -> bool:
    """'sibling acts', 'sister duos': a kin noun before a plural noun names a kind of group
    (the parse hangs it on that noun, or on the verb when it tags it a gerund)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    plural = nxt.tag_ == "NNS" or nxt.lower_ in KIN_GROUP_NOUNS
    return plural and (tok.head == nxt or tok.tag_ == "VBG" or nxt.head == tok)


def targets_after(disc: Discourse, sent: Span, i: int) -> tuple[list[int], int]:
    """Names introduced right after token i ("son Milo", "daughters, actress X, and Y Z",
    "sons: Al, 7, Bo, 4, and Cy, 1"): the list reader's items, or the word walk's when it
    finds more (a few forms only it reads, such as 'whose father is actor X')."""
    if _and_a_name(disc, sent, i):
        return [], i + 1
    items = _listed(disc, sent, i)
    walked, walked_end = _targets_by_words(disc, sent, i)
    if len(walked) > len(items):
        return _before_clause_conjunct(disc, sent, i, walked), walked_end
    listed = [person for person, _, _ in items]
    end = _list_end(disc, sent, i, listed)
    return _before_clause_conjunct(disc, sent, i, listed), max(walked_end, end)


def _and_a_name(disc: Discourse, sent: Span, i: int) -> bool:
    """'survived by her children and Ruth Ames', 'posed with his daughter and X': a name
    joined to the kin noun by 'and' alone is another person beside the kin, not its name."""
    j = i + 1
    if j + 1 >= sent.end or sent.doc[j].lower_ not in {"and", "&"}:
        return False
    mention = disc.people.at(j + 1)
    return mention is not None and mention.start == j + 1


def _before_clause_conjunct(disc: Discourse, sent: Span, i: int, persons: list[int]) -> list[int]:
    """The items before one the parse joins to the verb before the kin noun, not to the list,
    after a list already closed by 'and': 'arrived with her children, Ike and Ula, and Rita
    Vale' → Ike and Ula."""
    doc = sent.doc
    for n, person in enumerate(persons):
        mention = next((m for m in disc.people.within(i + 1, sent.end) if m.person == person), None)
        if mention is None or n == 0 or doc[mention.start - 2 : mention.start].text != ", and":
            continue
        closed = any(t.lower_ == "and" for t in doc[i + 1 : mention.start - 2])
        last = doc[mention.end - 1]
        if closed and last.dep_ == "conj" and last.head.pos_ in {"VERB", "AUX"} and last.head.i < i:
            return persons[:n]
    return persons


def _listed(disc: Discourse, sent: Span, i: int) -> list[tuple[int, str | None, Mention]]:
    """The persons of the list after token i, each with the birth year the list gives and the
    mention that is its item."""

    def name_at(j: int) -> int | None:
        mention = disc.people.at(j)
        ok = mention is not None and mention.start == j and mention.person not in disc.excluded
        return mention.end if ok and mention is not None else None

    listed: list[tuple[int, str | None, Mention]] = []
    colon = colon_after_with(disc, sent, i + 1) if i + 1 < sent.end else None
    for item in read_list(sent, i if colon is None else colon, name_at):
        mention = disc.people.at(item.start)
        if mention is not None and all(p != mention.person for p, _, _ in listed):
            listed.append((mention.person, item.year, mention))
    return listed


def listed_persons(disc: Discourse, sent: Span, i: int) -> list[int]:
    """The persons of the list after token i, in order, up to the 'and' that closes it or a
    verb: in 'son of A and B, and C, daughter of D' C is the other half of the sentence."""
    persons: list[int] = []
    closed, last_end = False, i + 1
    for person, _, mention in _listed(disc, sent, i):
        joined_by_and = sent.doc[mention.start - 1].lower_ in {"and", "&"}
        if (closed and joined_by_and) or not _plain_gap(sent.doc[last_end : mention.start]):
            break  # '..., married Y': the clause's own object, no item
        closed, last_end = closed or joined_by_and, mention.end
        persons.append(person)
    return persons


def _plain_gap(words: Span) -> bool:
    """Between two items only separators, ages and bracketed asides: ', 12, and', ' (b. 2010),'."""
    depth = 0
    for w in words:
        depth += (w.text in {"(", "["}) - (w.text in {")", "]"})
        if depth == 0 and not (w.is_punct or w.like_num or w.lower_ in {"and", "&"}):
            return False
    return True


def _list_end(disc: Discourse, sent: Span, i: int, listed: list[int]) -> int:
    mentions = [m for p in listed for m in disc.people.within(i, sent.end)
                if m.person == p]
    return max((m.end for m in mentions), default=i + 1)


def item_births(disc: Discourse, sent: Span, i: int) -> list[RawFact]:
    """Birth years a list of children gives with its names ('Ada in 1984', 'Bo, 1968')."""
    return [RawFact("born", person, None, sent, 0.75, date=year)
            for person, year, _ in _listed(disc, sent, i) if year]


def _targets_by_words(disc: Discourse, sent: Span, i: int) -> tuple[list[int], int]:
    """The older word walk to the right of a kin noun."""
    doc = disc.doc
    if i + 1 < sent.end and doc[i + 1].text == ":" and any(t.text == ";" for t in sent):
        return _semicolon_list(disc, sent, i + 2)
    j, skipped = i + 1, 0
    persons: list[int] = []
    end = i + 1
    while j < sent.end and skipped <= 6:
        tok = doc[j]
        person = disc.person_at(tok)
        if person is not None and _starts_clause(disc, j) and not _second_subject(disc, i, j):
            break  # 'A, B and C, and Donovan said ...', 'her dad, and Wyatt is ...'
        if person is not None and _possessor(disc, j) and j == i + 1 and kin_of(doc[i]):
            # "her husband Y's son named Z": the name right after the kin noun is its name,
            # and what follows its possessive is his
            return [person], disc.after_possessive(j)
        if person is not None and _possessor(disc, j):
            j = disc.after_possessive(j)  # "stepfather to Jennings's daughter Mia"
            continue
        if person is not None:
            if person not in persons:
                persons.append(person)
            mention = disc.people.at(j)
            j = mention.end if mention else j + 1
            end, skipped = j, 0
            continue
        if persons and _named_item(sent, j):
            j += 3  # 'a boy named Ezra and a girl named Lotte': the next item's name
            continue
        if persons and tok.lower_ not in {",", "and", "&"} and tok.lower_ not in DESCRIPTOR_WORDS:
            break
        if not persons and skipped == 0 and tok.lower_ in {"is", "was"}:
            j += 1  # 'whose father is actor X'
            continue
        if not persons and tok.lower_ == "of" and (after := duration_after(sent, j)):
            j = after  # 'his wife of 40 years, Y'
            continue
        if not persons and tok.lower_ == "since" and (comma := _since_end(sent, j)):
            j = comma  # 'her partner since June 2019, Y'
            continue
        if not persons and tok.lower_ in {"named", "called"}:
            j += 1  # 'a son named Jonah'
            continue
        if not persons and (after := _after_with_pronoun(sent, j)) is not None:
            j = after  # 'three children with her, A, B and C': the list after the pronoun
            continue
        if not persons and (colon := colon_after_with(disc, sent, j)) is not None:
            j = colon + 1  # 'two children with her husband, Y: A and B': the list after ':'
            continue
        if (
            not persons
            and tok.tag_ == "IN"
            and tok.lower_ not in {"of", "with"}  # 'children with his wife, Y': Y co-parents
            and (comma := _aside_end(sent, j))
        ):
            j = comma  # 'her first husband from the show, co-star X'
            continue
        if not skippable(tok):
            break
        j += 1
        skipped += 1
    return persons, end


def _after_with_pronoun(sent: Span, j: int) -> int | None:
    """'had three children with her, A, B and C', 'two sons with him: A and B': when token j
    is a 'with' after a child noun and an object pronoun and a comma or a colon follow, the
    index after them (the pronoun is the other parent, ``coparents.with_co_parents``)."""
    doc = sent.doc
    if j + 3 >= sent.end or doc[j].lower_ != "with" or not _after_child_noun(doc, j):
        return None
    if doc[j + 1].lower_ in {"her", "him"} and doc[j + 2].text in {",", ":"}:
        return j + 3
    return None


def _since_end(sent: Span, j: int) -> int | None:
    """The comma closing 'since <a date>' at token j ('since June 2019,'), else None."""
    words = sent.doc[j + 1 : min(sent.end, j + 5)]
    comma = next((t.i for t in words if t.text == ","), None)
    dated = any(t.like_num for t in sent.doc[j + 1 : comma]) if comma else False
    return comma if dated else None


_LIST_OPENERS = frozenset({":", "—", "–"})  # 'two sons with Y: A and B', '... with Y — A and B'


def colon_after_with(disc: Discourse, sent: Span, j: int) -> int | None:
    """'has two daughters with his ex-wife Y: A and B': when token j is a 'with' after a child
    noun and its phrase (role words and one name) ends in a colon, or in a comma after a role
    and a name, the colon's (comma's) index; the names after it are the children, the name
    before it their other parent."""
    doc = sent.doc
    if doc[j].lower_ != "with" or not _after_child_noun(doc, j):
        return None
    k, named, role = j + 1, False, False
    while k < min(sent.end, j + 10):
        tok = doc[k]
        if tok.text in _LIST_OPENERS:  # 'with his wife: A and B' names the children all
            return k if (named or role) and k + 1 < sent.end else None  # the same; so a dash
        role = role or tok.lower_ in _PARTNER_ROLES
        mention = disc.people.at(k)
        if mention is not None and mention.start == k and not named:
            named, k = True, mention.end
            continue
        if named and tok.text == "," and role and disc.people.at(k + 1) is not None:
            return k  # 'two children with ex-husband Y, A and B': the list after the comma
        if named and tok.text != ",":
            return None
        if not named and not skippable(tok) and tok.lower_ not in _PARTNER_ROLES:
            return None
        k += 1
    return None


def role_before_colon(disc: Discourse, sent: Span, i: int) -> bool:
    """'two children with his wife: A and B': the partner noun at token i ends a 'with' phrase
    whose colon opens the children's names; the names are not the partner's."""
    doc = sent.doc
    if i + 1 >= sent.end or doc[i + 1].text not in _LIST_OPENERS:
        return False
    withs = [t.i for t in doc[max(sent.start, i - 4) : i] if t.lower_ == "with"]
    return bool(withs) and colon_after_with(disc, sent, withs[-1]) == i + 1


def _after_child_noun(doc: Doc, j: int) -> bool:
    """The 'with' follows a child noun, a few words back at most ('two children with')."""
    for tok in doc[max(sentence_start(doc[j]), j - 3) : j]:
        if tok.lemma_.lower() in CHILD_NOUNS or tok.lower_ in {"children", "kids", "twins"}:
            return True
    return False


def _named_item(sent: Span, j: int) -> bool:
    """'a girl named Lotte' / 'a son called Bo' from token j: one more child that names itself
    (not 'a friend named X')."""
    doc = sent.doc
    return (
        j + 3 < sent.end
        and doc[j].lower_ in {"a", "an"}
        and doc[j + 1].lemma_.lower() in CHILD_NOUNS
        and doc[j + 2].lower_ in {"named", "called"}
    )


def _semicolon_list(disc: Discourse, sent: Span, start: int) -> tuple[list[int], int]:
    """'three children: A, born 2015; B, born 2017; and C': the first name of each item."""
    persons: list[int] = []
    first_of_item = True
    for tok in sent.doc[start : sent.end]:
        if tok.text == ";":
            first_of_item = True
            continue
        person = disc.person_at(tok)
        if first_of_item and person is not None:
            persons.append(person)
            first_of_item = False
        elif first_of_item and tok.lower_ not in {"and", ",", "&"}:
            first_of_item = False  # an item that does not start with a name
    return persons, sent.end


def _possessor(disc: Discourse, j: int) -> bool:
    return disc.doc[disc.after_possessive(j) - 1].tag_ == "POS"


def _starts_clause(disc: Discourse, j: int) -> bool:
    """', and Y said ...': after a comma, a name followed by its verb begins a new clause."""
    doc = disc.doc
    mention = disc.people.at(j)
    after = mention.end if mention else j + 1
    comma_before = doc[j - 1].text == "," or (doc[j - 1].lower_ == "and" and doc[j - 2].text == ",")
    while after < len(doc) - 1 and doc[after].pos_ == "ADV" and after - j < 6:
        after += 1  # ', and Y often posts ...'
    return comma_before and after < len(doc) and doc[after].pos_ in {"VERB", "AUX"}


def _second_subject(disc: Discourse, i: int, j: int) -> bool:
    """"X's longtime girlfriend, Y got married": the apposition's closing comma is missing, and
    the parse gives the verb two subjects, the kin noun at token i and the name right after
    its comma at token j; the name is the kin noun's, not a new clause's subject."""
    doc = disc.doc
    mention = disc.people.at(j)
    if mention is None or j != i + 2 or doc[i + 1].text != ",":
        return False
    kin, name = doc[i], doc[mention.end - 1]
    return (kin.dep_ in _LOOSE_SUBJECTS and name.dep_ in {"nsubj", "nsubjpass"}
            and name.head == kin.head and kin.head.i > name.i)


# what the parser calls a kin noun left before a verb whose subject is the name after it
_LOOSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "dep", "npadvmod"})


def _aside_end(sent: Span, j: int) -> int | None:
    """A short prepositional phrase from token j up to a comma: the comma's index, else None."""
    for k in range(j + 1, min(sent.end, j + 5)):
        tok = sent.doc[k]
        if tok.text == ",":
            return k
        if tok.pos_ in {"VERB", "AUX", "PROPN"} or tok.tag_ == "IN":
            return None
    return None


def skippable(tok: Token) -> bool:
    """Words between a kin noun and its name; a verb ('his wife adopted X') ends the phrase."""
    lower = tok.lower_
    if lower in _SKIP_BETWEEN or lower in DESCRIPTOR_WORDS or lower in OCCUPATIONS:
        return True  # 'actress and model X', even when the tagger calls 'model' a verb
    doc = tok.doc
    if tok.ent_type_ in {"GPE", "NORP"} and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (
        OCCUPATIONS
    ):
        return True  # 'her son, former U.S. President X': the place of the office
    hyphen_before = tok.i > 0 and doc[tok.i - 1].text == "-"
    hyphen_after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    if (hyphen_before or hyphen_after) and not tok.text[:1].isupper():
        return True  # 'grown-up son X': a hyphenated modifier
    if affiliation_word(tokens_of(doc), tok.i) or lower in AFFILIATION_WORDS:
        return True  # 'her son, Republican X', 'her ex, Frenchman X': a party or a nationality
    if tok.pos_ in {"VERB", "AUX"}:
        return False
    return (
        lower in CHILD_MODIFIERS
        or lower in {"and", "&"}
        or lower in CHILD_NOUNS
        or tok.like_num
        or tok.pos_ == "ADJ"
    )


def description(sent: Span, start: int, end: int) -> bool:
    """', a costume designer' between a name and 'whose': an appositive that describes it."""
    words = sent.doc[start:end]
    return (
        2 < len(words) <= 6
        and words[0].text == ","
        and words[1].lower_ in {"a", "an", "the"}
        and words[-1].pos_ == "NOUN"
        and all(w.is_lower and w.pos_ in {"DET", "ADJ", "NOUN"} for w in words[1:])
    )
