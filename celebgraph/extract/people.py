"""Who each person mention is: short forms resolved to the fullest name the document gives.

"Ada" → "Ada Marsh"; a bare surname means the person the article introduced first.
The mentions themselves come from ``mentions`` and ``known_names``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from celebgraph.extract.known_names import add_known_forms, drop_headline_junk, extend_known
from celebgraph.extract.lexicons import NAME_TITLES
from celebgraph.extract.mentions import Mention, collect_mentions

__all__ = ["Mention", "People", "find_people"]


@dataclass(slots=True)
class PersonEntry:
    name: str
    forms: set[str] = field(default_factory=set)
    count: int = 0


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

    def salience(self) -> list[int]:
        """Person indices, most mentioned first."""
        return sorted(range(len(self.persons)), key=lambda p: -self.persons[p].count)


def _group(forms: Counter[str]) -> dict[str, str]:
    """Map every form to the fullest form it stands for."""
    multi = sorted((f for f in forms if len(f.split()) > 1), key=lambda f: -len(f.split()))
    target: dict[str, str] = {}
    for form in multi:
        words = form.split()
        longer = [m for m in multi if len(m.split()) > len(words) and _contains(m.split(), words)]
        target[form] = longer[0] if len(longer) == 1 else form
    for form in forms:
        if len(form.split()) == 1:
            target[form] = _resolve_single(form, multi, forms, target)
    return target


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _resolve_single(
    form: str, multi: list[str], counts: Counter[str], target: dict[str, str]
) -> str:
    def untitled(name: str) -> list[str]:
        return [w for w in name.split() if w.lower() not in NAME_TITLES]

    plain = [m for m in multi if len(untitled(m)) == len(m.split())]
    by_first = {target[m] for m in plain if m.split()[0] == form}
    if len(by_first) == 1:
        return by_first.pop()
    by_last = {target[m] for m in plain if m.split()[-1] == form}
    if len(by_last) == 1:
        return by_last.pop()
    if len(by_last) > 1:  # a bare surname means the person the article introduced first
        order = {f: n for n, f in enumerate(counts)}
        return min(by_last, key=lambda full: min(order[f] for f in counts if target.get(f) == full))
    titled = {target[m] for m in multi if "of" not in m.split() and untitled(m)[:1] == [form]}
    if len(titled) == 1:
        return titled.pop()  # 'Isabella' → 'Crown Princess Isabella' (not '... Otto of Arland')
    return form


def find_people(doc: Doc) -> People:
    """All person mentions of ``doc``, each resolved to a person of the document."""
    mentions = collect_mentions(doc)
    add_known_forms(doc, mentions)
    drop_headline_junk(doc, mentions)
    extend_known(doc, mentions)
    counts = Counter(m.form for m in mentions)
    target = _group(counts)
    index: dict[str, int] = {}
    persons: list[PersonEntry] = []
    for m in mentions:
        full = target[m.form]
        if full not in index:
            index[full] = len(persons)
            persons.append(PersonEntry(full))
        m.person = index[full]
        persons[m.person].forms.add(m.form)
        persons[m.person].count += 1
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    return People(persons, mentions, by_token)
