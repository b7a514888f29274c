"""References made with nouns: "the actress", "Hanna's mother", "all three boys", "the siblings".

- A description ("the former goalkeeper") means the person the document described so, else a
  person of the couple in focus, the last subject or the most talked-about person whose gender
  and known descriptions fit ("the goalkeeper" is not the partner introduced as a choreographer).
- A kin noun with its possessor ("Hanna's mother", "his wife") means the one person already
  named in that role for the possessor.
- A plural kin noun ("her children", "all three boys", "the siblings") means the set of people
  named in that role, when its size fits the number the text gives.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from celebgraph.extract.dates.relative import SMALL_NUMBER_WORDS
from celebgraph.extract.patterns.discourse_words import (
    CHILD_SET_NOUNS,
    FEMALE_NOUNS,
    MALE_NOUNS,
    SET_COUNTS,
    SIBLING_SET_NOUNS,
)
from celebgraph.extract.patterns.lexicons import KIN_NOUNS
from celebgraph.extract.people.ages import stated_ages
from celebgraph.extract.people.descriptions import definite, description_head, in_slot
from celebgraph.extract.people.gender import FEMALE, MALE, noun_gender
from celebgraph.extract.people.scopes import heading_people
from celebgraph.extract.tokens import parsed, sentence_at, sentence_start

if TYPE_CHECKING:
    from celebgraph.extract.people.discourse import Discourse

__all__ = ["describe", "kin_reference", "kin_set", "unnamed_child_parents"]

_PARENT_WORDS = frozenset({"mother", "father", "mom", "dad", "mum", "parent", "parents"})
_SPOUSE_WORDS = frozenset({"husband", "wife", "spouse"})
_SIBLING_WORDS = frozenset({"brother", "sister", "sibling"})
_SPOUSE_NOUNS = frozenset({"wife", "husband", "ex-wife", "ex-husband", "widow", "widower"})
_NEWBORN_NOUNS = frozenset({"baby", "newborn", "bundle", "child", "daughter", "son", "girl", "boy"})
_MIN_SCORE = 1.5  # below it, nobody named before is a likely referent (an unnamed person)


def describe(disc: Discourse, tok: Token, sent: Span) -> list[int]:
    """The person a definite description in a subject slot means, or nobody."""
    if (age := _bare_age(tok)) is not None:
        found, other_ages = _of_age(disc, tok, age)
        if found:  # one person of that age, or several (nobody sure)
            return found if len(found) == 1 else []
        return _main_person(disc, tok, other_ages)  # else the article's one main person
    if not description_head(tok, disc.descriptions):
        return []
    if tok.lower_ in KIN_NOUNS and _possessor(disc, tok, sent) is not None:
        return []  # 'the couple's mother': a kin reference, not a description
    own_gender = noun_gender(tok)
    gender = own_gender or _partner_implies(tok, sent) or _gave_birth(tok)
    of_age, other_ages = _of_age(disc, tok, age) if (age := _noun_age(tok)) else ([], set())
    if of_age:  # 'the 31-year-old actress': the one person the text gave that age, if one
        return of_age if len(of_age) == 1 and disc.genders.compatible(of_age[0], gender) else []
    if (other := _other_of_heading_pair(disc, tok, sent, gender)) is not None:
        return [other]
    named_later = {m.person for m in disc.people.within(tok.i + 1, sent.end)}
    couple = disc.last_couple or ()
    top = disc.salience.top

    def score(person: int) -> float:
        """Salience first (epithets mostly mean the article's main person, or the person a
        list item is headed by), then the document's own descriptions, the last subject, the
        couple and the noun's gender; a
        person named only as someone's child ('son Leo') seldom gets a job title."""
        described = disc.descriptions.described_as(person, tok)
        matched = 2.5 + disc.descriptions.modifiers_match(person, tok) if described else 0.0
        return (
            3 * disc.salience.counts[person] / top
            + (matched if described else -1 if described is False else 0)
            + (1 if person == disc.last_subject else 0)
            + (1 if person in couple else 0)
            + (1 if own_gender is not None and disc.genders.of(person) == own_gender else 0)
            - (1 if disc.only_as_child(person, tok.i) else 0)
            + (2 if person == disc.scope_person else 0)  # '1. Ada Moss / The actress ...'
        )

    focus = disc.in_focus(tok.i)
    theirs = _their_pair(disc, tok, sent)  # 'when the model gave birth to their son': one of

    def in_focus(person: int) -> bool:  # the two 'their' means, if the clause has a 'their'
        return focus(person) and (not theirs or person in theirs)

    special = [*disc.descriptions.described_with(tok), *couple]
    if disc.last_subject is not None:
        special.append(disc.last_subject)
    best = disc.salience.best_in_focus(
        lambda p: (in_focus(p) and p not in named_later and p not in other_ages
                   and disc.genders.compatible(p, gender)),
        tok.i,
        disc.last_subject,
        score,
        special,
        lambda count: 3 * count / top + 1,  # the most anyone outside ``special`` can score
    )
    return [best] if best is not None and score(best) >= _MIN_SCORE else []


def _other_of_heading_pair(
    disc: Discourse, tok: Token, sent: Span, gender: str | None
) -> int | None:
    """'2. Ada Moss and Teo Pike / Before Pike came along, the hockey star was engaged to Y':
    in an item headed by a couple, a description after a clause that names one of the two
    (not in apposition to it) means the other."""
    pair = disc.scope_pair
    if pair is None or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    named = {m.person: m for m in disc.people.within(sent.start, tok.i)}
    if len(named.keys() & set(pair)) != 1:
        return None
    one = next(p for p in pair if p in named)
    mention = sent.doc[named[one].end - 1]
    if mention.head.i == tok.i or tok.head.i == mention.i or mention.head.i == tok.head.i:
        return None  # 'Pike, the hockey star, ...', 'Pike and the hockey star': no other clause
    other = pair[1] if one == pair[0] else pair[0]
    if other in disc.excluded or not disc.genders.compatible(other, gender):
        return None
    return other


def _gave_birth(tok: Token) -> str | None:
    """'The model gave birth to ...': the subject of 'give birth' is a woman."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() == "give" and any(
        c.dep_ == "dobj" and c.lower_ == "birth" for c in verb.children
    ):
        return FEMALE
    return None


def _their_pair(disc: Discourse, tok: Token, sent: Span) -> list[int]:
    """The two people a 'their' of the description's own clause means ('the model gave birth
    to their son'), or [] when the clause has none (or it means other than two)."""
    if not parsed(disc.doc) or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = tok.head
    for word in verb.subtree:
        if word.lower_ != "their" or word.dep_ != "poss" or word.i < tok.i:
            continue
        if any(v.pos_ in {"VERB", "AUX"} and v.dep_ in {"relcl", "advcl", "ccomp", "conj"}
               for v in word.ancestors if v.i != verb.i and verb.is_ancestor(v)):
            continue  # 'their' of another clause inside this one
        found = disc.refer(word, sent)
        return found if len(found) == 2 else []
    return []


def _noun_age(tok: Token) -> int | None:
    """'the 31-year-old actress': N of an 'N-year-old' right before the description's noun."""
    doc, i = tok.doc, tok.i
    if i < 5 or doc[i - 1].lower_ != "old" or doc[i - 2].text != "-":
        return None
    if doc[i - 3].lower_ != "year" or doc[i - 4].text != "-" or not doc[i - 5].text.isdigit():
        return None
    return int(doc[i - 5].text)


def _bare_age(tok: Token) -> int | None:
    """'The 36-year-old has a son ...': 'old' of a definite 'N-year-old' with no noun after it,
    in a subject slot; N."""
    doc = tok.doc
    i = tok.i
    if tok.lower_ != "old" or i < 4 or not in_slot(tok):
        return None
    if doc[i - 1].text != "-" or doc[i - 2].lower_ != "year" or doc[i - 3].text != "-":
        return None
    if doc[i - 5 if i >= 5 else i].lower_ != "the" or not doc[i - 4].text.isdigit():
        return None
    return int(doc[i - 4].text)


def _of_age(disc: Discourse, tok: Token, age: int) -> tuple[list[int], set[int]]:
    """The people named before ``tok`` whose stated age is ``age``, and the people of other
    stated ages only (whom the description cannot mean)."""
    ages = stated_ages(disc.doc, disc.people)
    before = {m.person for m in disc.people.mentions if m.end <= tok.i}
    found = [p for p, told in ages.items() if age in told and p in before]
    others = {p for p, told in ages.items() if age not in told}
    return found, others


def _main_person(disc: Discourse, tok: Token, other_ages: set[int]) -> list[int]:
    """The one person named most often before ``tok`` (no tie), of the gender the sentence
    implies and of no other stated age; else nobody."""
    counts: dict[int, int] = {}
    for m in disc.people.mentions:
        if m.end <= tok.i:
            counts[m.person] = counts.get(m.person, 0) + 1
    if not counts:
        return []
    ranked = sorted(counts, key=lambda p: -counts[p])
    best = ranked[0]
    if len(ranked) > 1 and counts[ranked[1]] == counts[best]:
        return []
    gender = _partner_implies(tok, sentence_at(tok.doc, tok.i))
    if best in other_ages or not disc.genders.compatible(best, gender):
        return []
    return [best]


def _partner_implies(tok: Token, sent: Span) -> str | None:
    """'The talent manager also shares a son with ex-wife Y': someone with a wife is a man
    (the gender a description's own noun does not give)."""
    doc = sent.doc
    lowers = [t.lower_ for t in doc[tok.i : sent.end]]  # lowers[k]: token tok.i + k
    for k in range(1, len(lowers)):
        before = lowers[max(k - 3, 0) : k]  # up to three words before, from the noun on
        if "with" in before or "his" in before or "her" in before:
            t = doc[tok.i + k]
            gender = noun_gender(t) if t.lemma_.lower() in _SPOUSE_NOUNS else None
            if gender is not None:
                return MALE if gender == FEMALE else FEMALE
    return None


def _possessor(disc: Discourse, tok: Token, sent: Span) -> list[int] | None:
    """Whose kin: 'her', 'Hanna's', 'the couple's' before the noun (past modifiers)."""
    doc = disc.doc
    j = tok.i - 1
    while j >= sent.start and tok.i - j <= 4:
        left = doc[j]
        if left.tag_ == "PRP$":
            return disc.refer(left, sent) or None
        if left.tag_ == "POS" and j - 1 >= sent.start:
            return disc.refer(doc[j - 1], sent) or None
        if not (left.pos_ in {"ADJ", "NUM"} or (left.is_lower and left.pos_ == "ADV")
                or (left.dep_ == "compound" and left.lemma_.lower() in _NEWBORN_NOUNS)):
            return None  # 'their baby boy': past the compound 'baby'
        j -= 1
    return None


def _wanted_gender(tok: Token) -> str | None:
    lower = tok.lower_
    if lower in {"boys", "sons"}:
        return MALE
    if lower in {"girls", "daughters"}:
        return FEMALE
    word = tok.lemma_.lower()
    return FEMALE if word in FEMALE_NOUNS else MALE if word in MALE_NOUNS else None


_KIN_REFERENCE_WORDS = _PARENT_WORDS | _SPOUSE_WORDS | _SIBLING_WORDS


def kin_reference(disc: Discourse, tok: Token, sent: Span) -> list[int]:
    """'Hanna's mother', 'his wife', 'their parents' with no name after them: the person (or
    the two parents) already named in that role, in a subject or possessor slot."""
    word = tok.lemma_.lower()
    if word not in _KIN_REFERENCE_WORDS or not in_slot(tok):
        return []
    if tok.i + 1 < len(disc.doc) and disc.people.at(tok.i + 1) is not None:
        return []  # 'her mother, Ann': the name is the reference
    owners = _possessor(disc, tok, sent)
    if not owners:
        return []
    memory = disc.kin
    if word in _PARENT_WORDS:
        found = [p for o in owners for p in memory.parents.get(o, [])]
    elif word in _SPOUSE_WORDS:
        found = [p for o in owners for p in memory.partners.get(o, [])]
    else:
        found = [p for o in owners for p in memory.siblings_of(o)]
    gender = _wanted_gender(tok)
    found = [p for p in dict.fromkeys(found) if p not in owners]
    if gender is not None:
        found = [p for p in found if disc.genders.of(p) == gender] or (
            found if len(found) == 1 and disc.genders.compatible(found[0], gender) else []
        )
    plural = tok.tag_ in {"NNS", "NNPS"}
    return found if plural or len(found) == 1 else []


def _count(tok: Token) -> int | None:
    """'all three boys' → 3, 'both siblings' → 2, 'the twins' → 2."""
    if tok.lower_ == "twins":
        return 2
    for left in tok.doc[max(tok.i - 3, sentence_start(tok)) : tok.i]:
        word = left.lower_
        if word in SET_COUNTS:
            return SET_COUNTS[word]
        if word in SMALL_NUMBER_WORDS:
            return SMALL_NUMBER_WORDS[word]
        if left.text.isdigit() and not left.text.startswith("0"):
            return int(left.text)
    return None


_SET_NOUNS = CHILD_SET_NOUNS | SIBLING_SET_NOUNS


def kin_set(
    disc: Discourse, tok: Token, sent: Span, anchors: list[int] | None = None
) -> list[int]:
    """The people a plural kin noun with no names after it means ('her children', 'all three
    boys', 'the siblings'), or nobody when the text does not settle it."""
    lower = tok.lower_
    if lower not in _SET_NOUNS:
        return []
    if tok.i + 1 < len(disc.doc) and disc.people.at(tok.i + 1) is not None:
        return []
    owners = anchors or _possessor(disc, tok, sent)
    if lower in SIBLING_SET_NOUNS and not owners:
        found = _siblings_in_scope(disc, tok)
    elif lower in SIBLING_SET_NOUNS:
        found = sorted({p for o in owners or [] for p in disc.kin.siblings_of(o)})
    elif owners:
        found = disc.kin.children_of(owners)
    elif definite(tok) or _count(tok):
        couple = disc.last_couple
        found = disc.kin.children_of(list(couple)) if couple else list(disc.kin.last_children)
    else:
        return []
    gender = _wanted_gender(tok)
    if gender is not None:
        found = [p for p in found if disc.genders.compatible(p, gender)]
    count = _count(tok)
    if count is not None and len(found) != count:
        return []
    return found if len(found) >= 2 else []



def _siblings_in_scope(disc: Discourse, tok: Token) -> list[int]:
    """'the sisters', 'The Moss Brothers': the last siblings the text told of, all named in the
    current scope (a listicle item's siblings are not the next item's) when it names anyone
    before the noun, and of the surname written before the noun; else the people of one
    surname the item's heading names ('3. Ada and Eva Moss / The sisters ...')."""
    start = disc.scope_start if disc.salience.anyone_named(disc.scope_start, tok.i) else 0
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    surname = before.text if before is not None and before.pos_ == "PROPN" else None
    def of_surname(group: Collection[int]) -> bool:
        return surname is None or all(disc.people.name(p).split()[-1] == surname for p in group)

    for group in reversed(disc.kin.siblings):
        if all(disc.salience.named_in(p, start, tok.i) for p in group) and of_surname(group):
            return sorted(group)
    heading = heading_people(disc.doc, disc.people, disc.scope_start, tok.i)
    if not heading and (family := disc.scope_siblings) is not None:  # 'The Moss Sisters'
        named = disc.people.within(disc.scope_start, tok.i)
        heading = list(dict.fromkeys(m.person for m in named
                                     if disc.people.name(m.person).split()[-1] == family))
    one_name = len({disc.people.name(p).split()[-1] for p in heading}) == 1
    return heading if len(heading) >= 2 and one_name and of_surname(heading) else []


def unnamed_child_parents(disc: Discourse, verb: Token, sent: Span) -> list[int] | None:
    """The parents of an unnamed newborn that is the verb's subject ('The couple's little one
    was born', 'their baby arrived'): the possessor, else the couple in focus."""
    if not parsed(disc.doc):
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return None
    head = subjects[0]
    words = {t.lower_ for t in head.subtree}
    child = head.lemma_.lower() in _NEWBORN_NOUNS or (head.lower_ == "one" and "little" in words)
    if not child or any(disc.people.at(t.i) is not None for t in head.subtree):
        return None
    owners = _possessor(disc, head, sent)
    if owners:
        return owners if len(owners) <= 2 else None
    couple = disc.last_couple
    return list(couple) if couple and definite(head) else None
