"""A marriage told as a noun with its two people: "Her marriage to X ended in 1990",
"His first marriage, to the singer X, ended in divorce in 1976", "Y's second marriage, to X,
lasted from 1980 to 1985".

The parse hangs the possessor on the noun as ``poss`` and the other spouse on its "to" phrase
(``prep`` → ``pobj``, the name itself or in apposition to a job noun: "to the singer X").
The noun's verb dates the marriage: "ended in 1976" its end, "lasted from A to B" both ends.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from celebgraph.extract.dates.find import shift
from celebgraph.extract.facts.rawfacts import RawFact
from celebgraph.extract.patterns.lexicons import (
    KIN_NOUNS,
    MARRIAGE_END_VERBS,
    MARRIAGE_SPAN_VERBS,
)
from celebgraph.extract.people.discourse import Discourse
from celebgraph.extract.people.pronouns import before_aside
from celebgraph.extract.relations.announcements import noun_pair
from celebgraph.extract.relations.clauses import VAGUE, SentenceDates
from celebgraph.extract.relations.coparents import clause_subject, governing_verb
from celebgraph.extract.tokens import sentence_words, tokens_of

__all__ = ["marriage_noun_facts", "married_to", "nearest_owner", "owner_before_and"]

_MARRIAGE_NOUNS = frozenset({"marriage", "anniversary"})


def marriage_noun_facts(disc: Discourse, sent: Span, dates: SentenceDates) -> list[RawFact]:
    """Spouse facts of every 'marriage' in the sentence that names both its people."""
    if _MARRIAGE_NOUNS.isdisjoint(sentence_words(sent)):
        return []
    facts: list[RawFact] = []
    lower = tokens_of(sent.doc).lower  # the word by the table: a Token only for these nouns
    for i in range(sent.start, sent.end):
        if lower[i] not in {"marriage", "anniversary", "marriages"}:
            continue
        if lower[i] == "marriages":
            facts.extend(_plural_marriages(disc, sent, sent.doc[i], dates))
            continue
        noun = sent.doc[i]
        if (lasted := _years_married(disc, sent, noun)) is not None:
            lasted.start = _anniversary_start(noun, dates)
            facts.append(lasted)
            continue
        if lower[i] != "marriage":
            continue
        if (announced := _announced(disc, sent, noun, dates)) is not None:
            facts.append(announced)
            continue
        owner = _owner(disc, sent, noun)
        spouse = _to_whom(disc, noun)
        if owner is None and spouse is None and (ended := _the_marriage_ended(
                disc, sent, noun, dates)) is not None:
            facts.append(ended)
            continue
        if owner is None or spouse is None or owner == spouse:
            continue
        start, end = _span(noun, dates)
        facts.append(RawFact("spouse", owner, spouse, sent, 0.75, start=start, end=end))
    return facts


def _plural_marriages(
    disc: Discourse, sent: Span, noun: Token, dates: SentenceDates
) -> list[RawFact]:
    """'X's marriages to A and B ended in divorce': X married each of the people of the 'to'
    phrase (none of them the other)."""
    owner = _owner(disc, sent, noun)
    if owner is None:
        return []
    spouses = [p for p in married_to(disc, noun) if p != owner]
    _, end = _span(noun, dates) if len(spouses) == 1 else (None, None)
    return [RawFact("spouse", owner, p, sent, 0.75, end=end) for p in dict.fromkeys(spouses)]


def married_to(disc: Discourse, noun: Token) -> list[int]:
    """The people of a marriage noun's 'to' phrase, coordinated names included ('marriages to
    A and B')."""
    found: list[int] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for tok in (obj, *obj.conjuncts, *(c for c in obj.children if c.dep_ == "appos")):
                person = disc.person_at(tok)
                if person is not None and person not in found:
                    found.append(person)
    return found


def _years_married(disc: Discourse, sent: Span, noun: Token) -> RawFact | None:
    """'The couple marked their 10 years of marriage', 'A and B celebrated their 20th wedding
    anniversary': the couple is married (since when, the sentence does not say)."""
    if noun.lower_ == "marriage" and noun.head.lower_ == "of":
        holder = noun.head.head
        if holder.lemma_.lower() not in _SPANS:
            return None
    elif noun.lower_ == "anniversary" and any(c.lower_ == "wedding" for c in noun.children):
        holder = noun
    else:
        return None
    possessor = next((c for c in holder.children if c.dep_ == "poss"), None)
    couple = disc.refer(possessor, sent) if possessor is not None else []
    if not couple and (verb := governing_verb(holder)) is not None:
        couple = clause_subject(disc, sent, verb) or []
    if len(couple) != 2 or couple[0] == couple[1]:
        return None
    return RawFact("spouse", couple[0], couple[1], sent, 0.7)


_SPANS = frozenset({"year", "decade"})
_ORDINAL_WORDS = {w: n for n, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth"), start=1)}
_NUMBERED = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)


def _anniversary_start(noun: Token, dates: SentenceDates) -> str | None:
    """'celebrated their 35th wedding anniversary in March' (an article of May 2024): they
    married in March 1989, the anniversary's date less its number of years."""
    if noun.lower_ != "anniversary":
        return None
    number = next((n for c in noun.children if c.dep_ == "amod"
                   if (n := _ORDINAL_WORDS.get(c.lower_) or _ordinal(c.text))), None)
    verb = noun.head
    if number is None or noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    told = [m for m in dates.mentions if m.value and m.qualifier not in VAGUE
            and verb.left_edge.i <= dates.token_of[id(m)] <= verb.right_edge.i
            and dates.token_of[id(m)] not in inside]
    if len(told) != 1 or not told[0].value:
        return None
    ahead = verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX
                                        for c in verb.children)
    if ahead and told[0].kind == "month":
        return None  # 'will celebrate their tenth anniversary in June': which June is unsaid
    return shift(told[0].value[:7], years=-number)


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "to"})


def _ordinal(text: str) -> int | None:
    match = _NUMBERED.match(text)
    return int(match.group(1)) if match else None


def _announced(disc: Discourse, sent: Span, noun: Token, dates: SentenceDates) -> RawFact | None:
    """'The marriage took place on 7 May ... between X, son of ..., and Y': a wedding, dated;
    'A marriage has been arranged between X and Y': an engagement."""
    pair = noun_pair(disc, sent, noun.i)
    if pair is None:
        return None
    if noun.head.lemma_.lower() in _ARRANGING_VERBS:
        return RawFact("engaged", *pair, sent, 0.75)
    told = next((m.value for m in dates.mentions if m.value), None)
    return RawFact("spouse", *pair, sent, 0.75, start=told if _ceremony(noun) else None)


_ARRANGING_VERBS = frozenset({"arrange", "plan"})
_CEREMONY_VERBS = frozenset({"take", "hold", "solemnize", "solemnise", "celebrate"})


def _ceremony(noun: Token) -> bool:
    """'The marriage took place / was held / was solemnised on ...': the wedding itself."""
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in _CEREMONY_VERBS


def _owner(disc: Discourse, sent: Span, noun: Token) -> int | None:
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is None:
        return None
    if (near := nearest_owner(disc, sent, possessor)) is not None:
        return near
    found = disc.refer(possessor, sent)
    return found[0] if len(found) == 1 else None


_OWNER_GENDERS = {"her": "F", "his": "M"}


def nearest_owner(disc: Discourse, sent: Span, possessor: Token) -> int | None:
    """'A, B and C, Doe's children from her previous marriage to Y': a his/her a few words after
    a possessor of its gender is that person's, whoever the clause's subject is."""
    gender = _OWNER_GENDERS.get(possessor.lower_)
    if gender is None:
        return None
    near = disc.people.within(max(sent.start, possessor.i - 8), possessor.i)
    if not near or possessor.i - near[-1].end > 4 or not _possessive_after(sent, near[-1].end):
        return None  # only a possessor ('Doe's children from her ...'), not 'a son, Y, from her'
    person = near[-1].person
    return person if disc.genders.compatible(person, gender) else None


def _possessive_after(sent: Span, i: int) -> bool:
    """"Doe's", "the Ross'": a possessive ending at token i; not the closing quote of a title
    the tagger reads as one ("the 'Dami Duro' singer")."""
    tok = sent.doc[i]
    if tok.tag_ != "POS":
        return False
    return tok.lower_ not in {"'", "’"} or (i > 0 and sent.doc[i - 1].lower_.endswith("s"))


def _to_whom(disc: Discourse, noun: Token) -> int | None:
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for tok in (obj, *(c for c in obj.children if c.dep_ == "appos")):
                person = disc.person_at(tok)
                if person is not None:
                    return person
    return _to_after_comma(disc, noun)


def _to_after_comma(disc: Discourse, noun: Token) -> int | None:
    """'from his first marriage, to X': the parse hangs a 'to' set off by a comma on the verb
    or on the 'from', not on the noun; the name right after it (past 'the singer') is the
    spouse."""
    doc, i = noun.doc, noun.i
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 2].lower_ != "to":
        return None
    for tok in doc[i + 3 : min(len(doc), i + 7)]:
        mention = disc.people.at(tok.i)
        if mention is not None and mention.start == tok.i:
            return disc.person_at(tok)
        if not tok.is_lower or tok.is_punct or (tok.pos_ not in {"DET", "ADJ", "NOUN"}
                                                and tok.i != i + 3):
            return None  # 'to actress X': the parser may take the job noun for a verb
    return None


_MARRIAGE_VERBS = MARRIAGE_END_VERBS | MARRIAGE_SPAN_VERBS


def _span(noun: Token, dates: SentenceDates) -> tuple[str | None, str | None]:
    """(start, end) from the verb the noun is the subject of, or of a 'which' clause on the
    noun or its spouse ('his marriage to X, which ended in divorce in 2005')."""
    verb = noun.head
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in _MARRIAGE_VERBS:
        which = _which_clause(noun)
        if which is None:
            return None, None
        verb, inside = which, range(noun.left_edge.i, which.left_edge.i)
    told = [
        m.value
        for m in dates.mentions
        if m.value
        and verb.left_edge.i <= dates.token_of[id(m)] <= verb.right_edge.i
        and dates.token_of[id(m)] not in inside
    ]
    if verb.lemma_.lower() in MARRIAGE_SPAN_VERBS:
        return (told[0], told[1]) if len(told) == 2 else (None, None)
    # 'X married Y in 1970; the marriage ended with his death in 1999': the end is told after
    # the noun, not the wedding's year before it
    after = [m.value for m in dates.mentions if m.value and dates.token_of[id(m)] > noun.i
             and verb.left_edge.i <= dates.token_of[id(m)] <= verb.right_edge.i
             and dates.token_of[id(m)] not in inside]
    return None, after[0] if after else None


def _the_marriage_ended(
    disc: Discourse, sent: Span, noun: Token, dates: SentenceDates
) -> RawFact | None:
    """'In 1979 X married Y. The marriage was dissolved in 1996': 'the marriage' (or 'their
    marriage') with no one named on it is that of the couple in focus before it, told in this
    sentence or the two before ('Their marriage ended in 2007, with X then marrying Z')."""
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their"}
               for c in noun.children):
        return None
    # the couple before the noun, not one the sentence names after it
    couple = disc.couples.focus(disc.counts, before=noun.i, sentence=disc.reading)
    if couple is None or disc.reading - disc.couples.last_sentence(couple) > 2:
        return None
    _, end = _span(noun, dates)
    return RawFact("spouse", couple.a, couple.b, sent, 0.7, end=end) if end else None


def _which_clause(noun: Token) -> Token | None:
    """The verb of a 'which' clause that hangs on a marriage noun or on its 'to' spouse and
    tells its end or span ('marriage to X, which ended in 2005'); not a 'who' clause."""
    heads = [noun, *(o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "to"
                     for o in prep.children if o.dep_ == "pobj")]
    for head in heads:
        for clause in head.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in _MARRIAGE_VERBS and any(
                    c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in clause.children):
                return clause
    return None


def owner_before_and(disc: Discourse, sent: Span, possessor: Token) -> int | None:
    """'X's son, Y, and his ex-wife Z' / 'Y and her husband Z': a his/her right after 'and'
    belongs to the name right before the 'and', when its gender allows."""
    doc = sent.doc
    j = possessor.i - 1
    gender = _OWNER_GENDERS.get(possessor.lower_)
    if gender is None or j <= sent.start or doc[j].lower_ not in {"and", "&"}:
        return None
    k = j - 1 if doc[j - 1].text == "," else j
    described = _before_description(sent, k)  # 'born to X, a miner, and his wife Y': X's wife
    aged = described == k and _before_age(sent, k) != k  # 'X, 47, and her husband Y'
    k = _before_age(sent, k) if aged else described
    if k - 1 > sent.start:
        # 'X (Y's son) and his wife Z', 'child of X (1900-1990) and his wife Y': X's wife
        k = before_aside(disc, k - 1, sent) + 1
    mention = disc.people.at(k - 1) if k - 1 >= sent.start else None
    if mention is None or mention.end != k or not disc.genders.compatible(mention.person, gender):
        return None
    if aged and _aged_list_item(sent, mention.start):
        return None  # 'her kids, A, 21, and B, 19, and his children': B is a list's item
    if _same_possessor_before(doc, sent, mention.start, possessor):
        return None  # 'his son, Y, and his daughter, Z': one 'his', the list's, both times
    return mention.person


def _same_possessor_before(doc: Doc, sent: Span, start: int, possessor: Token) -> bool:
    """Whether the name at ``start`` is itself a kin noun's name under the same possessive
    ('his son, Y' / 'his son Y' before 'and his daughter'): items of one list of kin."""
    j = start - 1
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    if j < sent.start or (doc[j].lemma_.lower() not in KIN_NOUNS
                          and doc[j].lower_ not in KIN_NOUNS):
        return False
    j -= 1
    while j >= sent.start and (doc[j].pos_ == "ADJ" or doc[j].like_num):
        j -= 1  # 'his late son', 'his two sons'
    return j >= sent.start and doc[j].lower_ == possessor.lower_ and doc[j].dep_ == "poss"


def _before_description(sent: Span, k: int) -> int:
    """Token k ends ', a miner' (an apposition of lower-case words after a comma, at most
    five): the comma's index, where the name before it ends; else k."""
    doc = sent.doc
    for c in range(k - 1, max(sent.start, k - 7), -1):
        if doc[c].text == ",":
            words = doc[c + 1 : k]
            described = len(words) >= 1 and words[0].lower_ in {"a", "an", "the"} and all(
                w.is_lower and w.pos_ in {"DET", "ADJ", "NOUN", "ADP"} for w in words)
            return c if described else k
    return k


def _aged_list_item(sent: Span, start: int) -> bool:
    """The name at ``start`` follows 'and' or another item's age ('A, 21, B, 19'): an item of
    a list, not the one whose partner the next 'and his/her' names."""
    doc = sent.doc
    before = doc[start - 1] if start > sent.start else None
    return before is not None and (before.lower_ in {"and", "&"} or (
        before.text == "," and start - 2 >= sent.start and doc[start - 2].text.isdigit()))


def _before_age(sent: Span, k: int) -> int:
    """Token k ends ', 47' (an age after a comma): the comma's index; else k."""
    doc = sent.doc
    c = k - 2
    if c > sent.start and doc[c].text == "," and doc[k - 1].text.isdigit() and int(
            doc[k - 1].text) <= 120:
        return c
    return k
