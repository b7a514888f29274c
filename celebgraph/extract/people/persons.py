"""Who each person mention is: short forms resolved to the fullest name the document gives.

"Ada" → "Ada Marsh"; a bare surname means the person the article introduced first.
The mentions themselves come from ``mentions`` and ``known_names``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from operator import attrgetter

from spacy.tokens import Doc, Span

from celebgraph.extract.patterns.kin import kin_of
from celebgraph.extract.patterns.lexicons import CAPTION_WORDS, NAME_TITLES, PHOTO_NOUNS
from celebgraph.extract.patterns.names import (
    AFFILIATION_WORDS,
    NAME_SUFFIXES,
    PEER_RANK_MODIFIERS,
    given_names,
    nicknames_of,
)
from celebgraph.extract.people.chains import (
    descriptor_word,
    generation_marker,
    name_forms,
    name_words,
)
from celebgraph.extract.people.coordinated import add_coordinated_names
from celebgraph.extract.people.known_names import add_known_forms, drop_headline_junk, extend_known
from celebgraph.extract.people.mentions import Mention, collect_mentions, titles_a_work
from celebgraph.extract.people.peer_styles import add_peer_styles
from celebgraph.extract.people.slots import CHILD, kin_named, name_slots
from celebgraph.extract.people.stated_names import add_maiden_names, add_stated_names
from celebgraph.extract.people.venues import names_a_venue
from celebgraph.extract.people.wives import husband_in, mark_wives, men_of, styled_surname
from celebgraph.extract.tokens import parsed, sentence_at, tokens_of

__all__ = ["Mention", "People", "find_people", "in_caption", "plural_surname"]


@dataclass(slots=True)
class PersonEntry:
    name: str
    forms: set[str] = field(default_factory=set)
    count: int = 0
    descriptors: set[str] = field(default_factory=set)  # 'novelist', 'pop star'


@dataclass(slots=True)
class People:
    """The persons of one document and their mentions, in text order."""

    persons: list[PersonEntry]
    mentions: list[Mention]
    by_token: dict[int, Mention]

    def name(self, person: int) -> str:
        return self.persons[person].name

    def at(self, token_i: int) -> Mention | None:
        return self.by_token.get(token_i)

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions that start in tokens ``start:end``, in text order."""
        first = bisect.bisect_left(self.mentions, start, key=_start)
        return self.mentions[first : bisect.bisect_left(self.mentions, end, first, key=_start)]

    def salience(self) -> list[int]:
        """Person indices, most mentioned first."""
        return sorted(range(len(self.persons)), key=lambda p: -self.persons[p].count)


_start = attrgetter("start")  # a mention's first token: the key ``within`` bisects by


def _group(forms: Counter[str], aliases: dict[str, str], child_forms: set[str],
           apart: dict[str, set[str]] | None = None,
           kin_forms: AbstractSet[str] = frozenset(),
           doubles: AbstractSet[str] = frozenset(),
           men: AbstractSet[str] = frozenset()) -> dict[str, str]:
    """Map every form to the fullest form it stands for; ``aliases`` (a nickname → the form it
    is written in) are resolved to that form's target. A longer form first written in a child
    slot after the shorter one is a child named after that person ('Dale Rourke' ... 'their
    son, Finn Dale Rourke'), not the person's full name; a shorter form first written as a
    relative after the longer one ('Jody Lynn Renn' ... 'her father, Jody Renn') is a
    relative named like that person, not the person without a middle name."""
    multi = sorted((f for f in forms if len(name_words(f)) > 1), key=lambda f: -len(name_words(f)))
    containing = _longer_forms(multi, doubles, men)
    order = {f: n for n, f in enumerate(forms)}
    target: dict[str, str] = {}
    for form in multi:
        longer = [
            f
            for f in containing.get(tuple(name_words(form)), [])
            if not (f in child_forms and order[f] > order[form] and form not in child_forms)
            and not _generation_apart(form, f)
            and not _style_apart(form, f)
            and not (form in kin_forms and order[form] > order[f]
                     and len(_untitled(f)) > len(_untitled(form)))  # not 'Lady' alone
        ]
        target[form] = longer[0] if len(longer) == 1 else form
    _one_marked_person(multi, containing, target)
    for alias, form in aliases.items():
        if alias in forms and form in target:
            target[alias] = target[form]
    singles = _SingleNames(multi, target, doubles)
    for form in multi:
        singles.note(form, order[form])
    for form in forms:
        if len(name_words(form)) <= 1 and form not in target:
            others = {target.get(f, f) for f in (apart or {}).get(form, ())}
            target[form] = singles.resolve(form, others)
            singles.note(form, order[form])
    for alias, form in aliases.items():  # 'Rapper Rex, whose real name is Ivo Saar': one person
        if alias in forms and len(name_words(form)) <= 1 and target.get(alias, alias) == alias:
            target[alias] = target.get(form, form)
    return target


def _first_mentions(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each form."""
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.form, m)
    return list(seen.values())


def _may_be(child: Mention, full: str, child_forms: set[str], first_at: dict[str, int]) -> bool:
    """Whether a bare name in a child slot ('a son, Jasper') is the person ``full``: only by
    its first name, and only a person not already named as someone else before ('Jasper Wren'
    later, or introduced as a child), never by a surname ('Cole' of 'Dana Cole')."""
    words = _untitled(full)
    if full == child.form or len(name_words(child.form)) > 1:
        return True
    if not words or words[0] != child.form:
        return False
    return full in child_forms or first_at.get(full, child.start) >= child.start


def _longer_forms(multi: list[str], doubles: AbstractSet[str],
                  men: AbstractSet[str] = frozenset()) -> dict[tuple[str, ...], list[str]]:
    """Each run of two or more words to the longer forms that contain it, in ``multi`` order;
    a wife written by her husband's name ('Mrs. Tom Pike') contains no one else's name, nor a
    double given name ``doubles`` the name without its middle word."""
    containing: dict[tuple[str, ...], list[str]] = {}
    for form in multi:
        if husband_in(form, men) is not None:
            continue
        words = name_words(form)
        n = len(words)
        parts = {tuple(words[i:j]) for i in range(n) for j in range(i + 2, n + 1) if j - i < n}
        if n == 3 and _plain_name(words) and form not in doubles:
            parts.add((words[0], words[2]))  # 'Ada Moss' is 'Ada Jane Moss' without her middle name
        if generation_marker(words[-1]):
            parts |= _marked_short_forms(words)
        for part in parts:
            containing.setdefault(part, []).append(form)
    return containing


def _marked_short_forms(words: list[str]) -> set[tuple[str, ...]]:
    """'Donald Jr.', 'Don Jr.' of 'Donald Pike Jr.'; 'Don Jr.' of 'Donald Jr.': the given name
    or a short form of it with the generation marker."""
    marker = words[-1]
    forms: set[tuple[str, ...]] = {(n.capitalize(), marker) for n in nicknames_of(words[0])}
    if len(words) > 2:
        forms.add((words[0], marker))
    return forms


def _one_marked_person(multi: list[str], containing: dict[tuple[str, ...], list[str]],
                       target: dict[str, str]) -> None:
    """'Don Jr.' beside 'Donald Jr.' and 'Donald Pike Jr.': the one person both stand for."""
    for form in (f for f in multi if generation_marker(name_words(f)[-1])):
        fulls = {_final(target, f) for f in containing.get(tuple(name_words(form)), [])}
        if target[form] == form and len(fulls) == 1:
            target[form] = fulls.pop()
        target[form] = _final(target, form)


def _final(target: dict[str, str], form: str) -> str:
    seen = {form}
    while target.get(form, form) not in seen:
        form = target[form]
        seen.add(form)
    return form


def _style_apart(form: str, longer: str) -> bool:
    """'Duchess of Arden' and 'Dowager Duchess of Arden': two peers of one seat."""
    extra = {w.lower() for w in name_words(longer)} - {w.lower() for w in name_words(form)}
    return bool(extra & PEER_RANK_MODIFIERS)


def _generation_apart(form: str, longer: str) -> bool:
    """'Wendell Moss' and 'Wendell Moss Jr.' (or '... III'): a father and his son."""
    return generation_marker(name_words(longer)[-1]) and not any(
        generation_marker(w) for w in name_words(form)
    )


def _plain_name(words: list[str]) -> bool:
    """Given name, middle name, surname: no title, particle, suffix or numeral among them."""
    return all(
        w[:1].isupper() and w.isalpha() and w.lower() not in NAME_TITLES
        and not generation_marker(w)
        for w in words
    )


def _surname(words: list[str]) -> str:
    """The last word of a name before its suffix: 'Kimball' of 'Ada Kimball Jr.' or '... III'."""
    while len(words) > 2 and generation_marker(words[-1]):
        words = words[:-1]
    return words[-1]


def _untitled(name: str) -> list[str]:
    return [w for w in name_words(name) if w.lower() not in NAME_TITLES]


class _SingleNames:
    """What a one-word form stands for, looked up by word instead of scanning every name."""

    def __init__(self, multi: list[str], target: dict[str, str],
                 doubles: AbstractSet[str] = frozenset()) -> None:
        self.target = target
        self.doubles = doubles
        self.by_first: dict[str, set[str]] = {}
        self.by_last: dict[str, set[str]] = {}
        self.titled: dict[str, set[str]] = {}
        self.first_at: dict[str, int] = {}  # each full name: where a form of it first appears
        for m in multi:
            words, untitled = name_words(m), _untitled(m)
            if len(untitled) == len(words):
                self.by_first.setdefault(words[0], set()).add(target[m])
                self.by_last.setdefault(_surname(words), set()).add(target[m])
            if "of" not in words and untitled:
                self.titled.setdefault(untitled[0], set()).add(target[m])

    def note(self, form: str, position: int) -> None:
        """``form`` (the ``position``-th form in text order) now stands for its target."""
        full = self.target[form]
        self.first_at[full] = min(self.first_at.get(full, position), position)

    def resolve(self, form: str, others: AbstractSet[str] = frozenset()) -> str:
        """The full name a one-word form stands for, never one of ``others``."""
        by_first = _unmarked(self.by_first.get(form, set()) - others)
        if len(by_first) > 1 and len(single := by_first - self.doubles) == 1:
            by_first = single  # 'Rosa' is 'Rosa Pike', not 'Rosa Mae Pike'
        if len(by_first) == 1:
            return next(iter(by_first))
        by_last = self.by_last.get(form, set()) - others
        if len(by_last) == 1:
            return next(iter(by_last))
        if len(by_last) > 1:  # a bare surname means the person the article introduced first
            return min(by_last, key=lambda full: self.first_at[full])
        titled = self.titled.get(form, set())
        if len(titled) == 1:
            return next(iter(titled))  # 'Isabella' → 'Crown Princess Isabella' (not '... of ...')
        return form


def _introduced_at(doc: Doc, m: Mention) -> tuple[bool, int]:
    """Where a mention counts as introducing its name: after the story's own names when it
    stands in a lead photo caption ('In this 2010 file photo, X dines with ...')."""
    return _photo_caption(sentence_at(doc, m.start)), m.start


def _photo_caption(sent: Span) -> bool:
    words = tokens_of(sent.doc).lower[sent.start : min(sent.end, sent.start + 12)]
    return words[:2] == ["in", "this"] and any(w in PHOTO_NOUNS for w in words[2:])


def _unmarked(fulls: set[str]) -> set[str]:
    """A bare given name shared by a father and his namesake son ('Hollis' of 'Hollis Brandt'
    and 'Hollis Brandt Jr.') is the father: the text marks the son by his suffix."""
    plain = {f for f in fulls if name_words(f)[-1].lower() not in NAME_SUFFIXES}
    return plain if len(plain) == 1 and len(fulls) > 1 else fulls


def in_caption(doc: Doc, i: int) -> bool:
    """Token i inside a photo caption's aside, '(left, with daughter Y in 2023)': the names
    there are in the picture, not in the sentence around it."""
    t = tokens_of(doc)
    j = i - 1
    while j >= 0 and i - j <= _MAX_CAPTION and t.text[j] not in {"(", ")", "\n"}:
        j -= 1
    return j >= 0 and t.text[j] == "(" and j + 1 < i and t.lower[j + 1] in CAPTION_WORDS


_MAX_CAPTION = 12


def find_people(doc: Doc, more_names: Callable[[Doc, list[Mention]], None] | None = None) -> People:
    """All person mentions of ``doc``, each resolved to a person of the document.

    ``more_names`` may add names the NER misses, last (``relations.records.record_names``)."""
    slots = name_slots(doc)
    mentions = collect_mentions(doc, slots)
    add_known_forms(doc, mentions)
    drop_headline_junk(doc, mentions)
    extend_known(doc, mentions)
    add_coordinated_names(doc, mentions)
    add_peer_styles(doc, mentions)
    if more_names is not None:
        more_names(doc, mentions)
    mark_wives(doc, mentions)
    add_stated_names(doc, mentions)
    add_maiden_names(doc, mentions)
    mentions[:] = _without_descriptors(doc, mentions)
    surnames = {words[-1] for m in mentions if len(words := name_words(m.form)) > 1}
    mentions[:] = [m for m in mentions
                   if not in_caption(doc, m.start) and not names_a_venue(doc, m)
                   and not titles_a_work(doc, m.start, m.end)
                   and not _family_baby(doc, m, surnames)
                   and not _family_called(doc, m, surnames)]
    children = {
        id(m) for m in mentions if any(slots.get(i) == CHILD for i in range(m.start, m.end))
    }
    # In text order, but a name first seen in a photo's caption is introduced where the story
    # names it: a bare surname means the family member the article introduced first.
    counts = Counter(m.form for m in sorted(mentions, key=lambda m: _introduced_at(doc, m)))
    aliases = {alias: m.form for m in mentions for alias in m.aliases}
    child_forms = {m.form for m in _first_mentions(mentions) if id(m) in children}
    newborns = {m.form for m in _first_mentions(mentions)
                if len(name_words(m.form)) == 1
                and (id(m) in children or _named_newborn(doc, m.start, slots))}
    kin_forms = {m.form for m in _first_mentions(mentions) if kin_named(doc[m.end - 1])}
    doubles = _double_given_names(counts.keys(), kin_forms)
    target = _group(counts, aliases, child_forms, _kin_apart(doc, mentions), kin_forms,
                    doubles, men_of(doc))
    introduced = {f: n for n, f in enumerate(counts)}  # forms in the order first told
    for form in newborns:
        full = target.get(form, form)
        if full == form or _untitled(full)[:1] == [form]:
            continue
        first = min(introduced[f] for f in counts if f != form and target.get(f, f) == full)
        if introduced[form] < first:
            target[form] = form  # 'a boy named Cruz' ... 'Cruz's father', then an Ada Cruz
    for m in mentions:
        if m.form in doubles:  # her call name: tells the graph she is no 'Jamie Pike'
            m.aliases = (*m.aliases, " ".join(name_words(m.form)[:2]))
    first_at = {m.form: m.start for m in reversed(mentions)}
    index: dict[str, int] = {}
    persons: list[PersonEntry] = []
    fulls = set(target.values())
    for m in mentions:
        full = styled_surname(doc, m, target[m.form], fulls)
        if id(m) in children and not _may_be(m, full, child_forms, first_at):
            full = m.form  # 'two sons, Cole and Emil' beside a Dana Cole: a new person
        if full not in index:
            index[full] = len(persons)
            persons.append(PersonEntry(full))
        m.person = index[full]
        persons[m.person].forms.add(m.form)
        persons[m.person].forms.update(m.aliases)
        if m.descriptor:
            persons[m.person].descriptors.add(m.descriptor)
        persons[m.person].count += 1
    for entry in persons:
        _own_name_first(entry, men_of(doc))
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    return People(persons, mentions, by_token)


_NEWBORN_NOUNS = frozenset({"boy", "girl", "son", "daughter", "baby", "child", "twin"})


def _named_newborn(doc: Doc, i: int, slots: dict[int, str]) -> bool:
    """'a boy named Cruz', 'a daughter called Ivy': a name first given to a newborn noun."""
    if i < 2 or i not in slots:
        return False
    t = tokens_of(doc)
    return t.lemma_lower[i - 1] in {"name", "call"} and t.lemma_lower[i - 2] in _NEWBORN_NOUNS


def _without_descriptors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Each mention without the descriptors glued on before it ('Flemish Count Ivo Lant' →
    'Count Ivo Lant'); a mention of descriptors only ('Roman Catholic') is dropped."""
    t = tokens_of(doc)
    kept: list[Mention] = []
    for m in mentions:
        start = m.start
        while start < m.end and descriptor_word(t, start):
            start += 1
        if start == m.end or all(t.lower[i] in AFFILIATION_WORDS for i in range(start, m.end)):
            continue
        if start > m.start:
            m.start = start
            m.form, aliases = name_forms(doc, start, m.end)
            m.aliases = aliases or m.aliases
        kept.append(m)
    return kept


def plural_surname(word: str, surnames: AbstractSet[str]) -> str | None:
    """'Mosses', 'Harts': the surname of the text's people a family is called by in the
    plural ('the Harts' son'), else None."""
    for ending in ("es", "s"):
        if word.endswith(ending) and (base := word[: -len(ending)]) in surnames:
            return base
    return None


def _family_called(doc: Doc, m: Mention, surnames: AbstractSet[str]) -> bool:
    """'the Mosses' son': a family in the plural, never a person of that name."""
    one_word = m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ == "the"
    return one_word and plural_surname(doc[m.start].text, surnames) is not None


def _family_baby(doc: Doc, m: Mention, surnames: AbstractSet[str]) -> bool:
    """'baby Moss has arrived' in a text about Ada Moss: the family's name stands for a
    newborn the text does not name."""
    return (m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ == "baby"
            and m.form in surnames)


def _double_given_names(forms: AbstractSet[str], kin_forms: AbstractSet[str]) -> set[str]:
    """Three-word names whose middle word is a given name the text shows to be a second given
    name ('Rosa Mae Pike'): it writes the two without the surname ('Rosa Mae'), or writes
    the name without the middle word as someone's kin ('her mom, Rosa Pike'). A middle name
    otherwise may be dropped ('Ada Moss' is 'Ada Irene Moss')."""
    doubles = set()
    for form in forms:
        words = name_words(form)
        if len(words) != 3 or not _plain_name(words) or words[1].lower() not in given_names():
            continue
        if f"{words[0]} {words[1]}" in forms or f"{words[0]} {words[2]}" in kin_forms:
            doubles.add(form)
    return doubles


def _kin_apart(doc: Doc, mentions: list[Mention]) -> dict[str, set[str]]:
    """"Moss's brother, the diver Tom Moss": a one-word possessor of a kin noun is not the
    person the noun's apposition names (the forms each one-word form cannot stand for)."""
    apart: dict[str, set[str]] = {}
    if not parsed(doc):
        return apart
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        owner = doc[m.end - 1]
        if len(name_words(m.form)) != 1 or owner.dep_ != "poss" or kin_of(owner.head) is None:
            continue
        for appos in (c for c in owner.head.children if c.dep_ == "appos"):
            named = {by_token[t.i].form for t in appos.subtree if t.i in by_token} - {m.form}
            apart.setdefault(m.form, set()).update(named)  # 'the diver Tom Moss' too
    return apart


def _own_name_first(entry: PersonEntry, men: AbstractSet[str]) -> None:
    """A wife written by her husband's name whose own name the text also gives ('Mrs. Tom
    Pike, the former Ada Moss') is called by her own name."""
    if husband_in(entry.name, men) is None:
        return
    own = [f for f in entry.forms if husband_in(f, men) is None and len(name_words(f)) > 1]
    if own:
        entry.name = own[0]
