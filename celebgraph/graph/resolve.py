"""Cross-document people: which graph person each name of each article is.

Rules, in order (each decision is recorded on the person as ``mentions``/``alias_mentions``,
"article-id: name", so ``explain()`` can show which names from which articles were merged):

1. A name of two or more words joins the person whose full name or alias it equals, or whose
   full name it extends or is extended by at two or more words ("Kim Kardashian" ↔
   "Kim Kardashian West"); a generational suffix (Jr., III) never matches away.
2. A one-word name joins a one-word person of the same name (mononyms: "Madonna"). It joins a
   fuller person only with strong evidence: that person is a relative, in the graph or in this
   batch, of someone the name shares a fact with in its own article ("North", daughter of Kim
   Kardashian, is the "North West" already linked to her). Otherwise it stays apart.
3. Otherwise a new person, with the id ``slug(name)`` (``-2``, ``-3``... when taken).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from celebgraph.graph.model import fold, name_keys, slugify
from celebgraph.models import Extraction, Person

if TYPE_CHECKING:
    from celebgraph.graph.store import GraphStore

__all__ = ["Resolution", "doc_people", "resolve"]

_RANK = {"name": 0, "alias": 1, "prefix": 2}


@dataclass
class Resolution:
    """Per article: folded in-article name (and alias) → person id; plus the new ids."""

    ids: dict[str, dict[str, str]] = field(default_factory=dict)
    new: set[str] = field(default_factory=set)

    def person_id(self, doc: str, name: str) -> str:
        return self.ids[doc][fold(name)]


def doc_people(extraction: Extraction) -> list[Person]:
    """The article's people, plus anyone a fact names that the people list left out."""
    people = list(extraction.people)
    known = {fold(n) for p in people for n in (p.name, *p.aliases)}
    for fact in extraction.facts:
        for name in (fact.subject, fact.object):
            if name and fold(name) not in known:
                known.add(fold(name))
                people.append(Person(name))
    return people


def _lookup_keys(person: Person) -> list[str]:
    folded = fold(person.name)
    tokens = folded.split()
    keys = [folded, *(fold(a) for a in person.aliases if len(fold(a).split()) > 1)]
    keys += [" ".join(tokens[:n]) for n in range(2, len(tokens))]
    return keys


class _Resolver:
    def __init__(self, store: GraphStore, extractions: Sequence[Extraction]) -> None:
        self.store = store
        self.extractions = extractions
        self.people = {e.document.id: doc_people(e) for e in extractions}
        # folded key → [(id, name, kind)]
        self.index: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self.names: dict[str, str] = {}  # id → name
        self.local_rels: dict[str, set[str]] = defaultdict(set)
        self.result = Resolution(ids={e.document.id: {} for e in extractions})
        self.taken: set[str] = set()
        self.in_store: dict[str, bool] = {}  # person id → whether the store has it

    def run(self) -> Resolution:
        people = [p for ps in self.people.values() for p in ps]
        keys = {k for p in people for k in _lookup_keys(p)}
        # First words of fuller names too: _match_by_relatives asks the store for relatives
        # only when someone is called just that ("North" for "North West").
        keys |= {fold(p.name).split()[0] for p in people if _words(p.name) > 1}
        slugs = sorted({slugify(p.name) for p in people})  # a new person's id, mostly
        found = self.store.existing_ids(slugs)
        self.in_store = {slug: slug in found for slug in slugs}
        for row in self.store.lookup_keys(sorted(keys)):
            self._index(row["key"], row["id"], row["name"], row["kind"])
        for ext in self.extractions:
            doc = ext.document.id
            later: list[Person] = []
            for person in self.people[doc]:
                pid = self._match_full(person) if _words(person.name) > 1 else None
                if pid:
                    self._assign(doc, person, pid)
                else:
                    later.append(person)
            self._link_local(ext)
            for person in sorted(later, key=lambda p: -_words(p.name)):
                self._assign(doc, person, self._match_by_relatives(ext, person))
            self._link_local(ext)
        return self.result

    def _index(self, key: str, pid: str, name: str, kind: str) -> None:
        if (pid, name, kind) not in self.index[key]:
            self.index[key].append((pid, name, kind))
        self.names[pid] = name

    def _match_full(self, person: Person) -> str | None:
        folded = fold(person.name)
        found: list[tuple[int, str]] = []
        for key in _lookup_keys(person):
            for pid, _name, kind in self.index.get(key, []):
                if key != folded and kind == "prefix":
                    continue  # a shared prefix of two longer names is no evidence
                rank = _RANK[kind] + (0 if key == folded else 3)
                found.append((rank, pid))
        return min(found)[1] if found else None

    def _match_by_relatives(self, ext: Extraction, person: Person) -> str | None:
        """A one-word name, or a fuller name nothing matched: look among the relatives."""
        key = fold(person.name)
        mononyms = [pid for pid, name, kind in self.index.get(key, [])
                    if kind == "name" and _words(name) == 1]
        if mononyms:
            return min(mononyms)
        fuller = _words(key) > 1
        if fuller:
            key = key.split()[0]  # "North West" may be the "North" already linked to Kim
        doc_ids = self.result.ids[ext.document.id]
        related = {doc_ids[fold(n)] for f in ext.facts for n in (f.subject, f.object)
                   if n and fold(n) in doc_ids and person.name in (f.subject, f.object)}
        candidates: set[str] = set()
        # A fuller name fits only a relative called just its first word: is anyone?
        ask = not fuller or any(_words(name) == 1 for _, name, _ in self.index.get(key, []))
        for row in self.store.neighbors(sorted(related) if ask else []):
            self._index(fold(row["name"]), row["other"], row["name"], "name")
            if _fits(key, person.name, row["name"], row["aliases"] or []):
                candidates.add(row["other"])
        for rid in related:
            for other in self.local_rels.get(rid, ()):
                if _fits(key, person.name, self.names.get(other, ""), []):
                    candidates.add(other)
        return candidates.pop() if len(candidates) == 1 else None

    def _assign(self, doc: str, person: Person, pid: str | None) -> None:
        if pid is None:
            pid = self._new_id(person.name)
        for name in (person.name, *person.aliases):
            self.result.ids[doc].setdefault(fold(name), pid)
        new = pid in self.result.new
        for entry in name_keys(person.name, person.aliases):
            kind = entry["kind"] if new or entry["kind"] != "name" else "alias"
            self._index(entry["key"], pid, self.names.get(pid, person.name), kind)

    def _new_id(self, name: str) -> str:
        base = slugify(name)
        pid, n = base, 1
        while pid in self.taken or self._in_store(pid):
            n += 1
            pid = f"{base}-{n}"
        self.taken.add(pid)
        self.result.new.add(pid)
        self.names[pid] = name
        return pid

    def _in_store(self, pid: str) -> bool:
        if pid not in self.in_store:
            self.in_store[pid] = self.store.has_person(pid)
        return self.in_store[pid]

    def _link_local(self, ext: Extraction) -> None:
        """Record who this article relates to whom (earlier articles' links are recorded)."""
        ids = self.result.ids[ext.document.id]
        for f in ext.facts:
            a, b = ids.get(fold(f.subject)), ids.get(fold(f.object or ""))
            if a and b:
                self.local_rels[a].add(b)
                self.local_rels[b].add(a)


def _words(name: str) -> int:
    return len(fold(name).split())


def _fits(key: str, name: str, candidate: str, aliases: Sequence[str]) -> bool:
    """Whether ``name`` (first word ``key``) may be ``candidate``, a relative of a co-fact person.

    A one-word name fits a candidate of that first name (or alias); a fuller name fits only a
    one-word candidate equal to its first word.
    """
    tokens = fold(candidate).split()
    if not tokens:
        return False
    if _words(name) > 1:
        return len(tokens) == 1 and tokens[0] == key
    return tokens[0] == key or key in {fold(a) for a in aliases}


def resolve(store: GraphStore, extractions: Sequence[Extraction]) -> Resolution:
    """Map every name of every article in the batch to a person id (existing or new)."""
    return _Resolver(store, extractions).run()
