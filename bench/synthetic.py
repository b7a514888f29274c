"""A synthetic family graph for the graph benchmark: generations of couples and their children.

Generation 0 is couples of founders. Each couple has 0-6 children (siblings are linked to each
other, and each child to both parents); most children marry another child of the same
generation from a random other family, some marry a newcomer (a founder of their own), and
some couples divorce and remarry, so families interlock across generations into one large
connected component instead of tiny islands. Names are unique two-word pseudo names, so that
every name finds exactly one person. Deterministic for a given ``seed``.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from celebgraph.graph.model import RELATIONS, ArticleRow, ClaimRow, PersonRow, RelRow
from celebgraph.models import Document, Extraction, Fact, Person

__all__ = ["FamilyGraph", "generate", "news"]

SPOUSE, PARENT, SIBLING, DIVORCE = 0, 1, 2, 3
_TYPE = {SPOUSE: "SPOUSE_OF", PARENT: "PARENT_OF", SIBLING: "SIBLING_OF",
         DIVORCE: "FILED_FOR_DIVORCE"}
_CHILD_WEIGHTS = (12, 15, 25, 21, 13, 8, 6)  # 0..6 children: mean ~2.5
_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]  # 70
_PAIRS = [a + b for a in _SYLLABLES for b in _SYLLABLES]  # 4,900 two-syllable stems
PEOPLE_PER_ARTICLE = 1000


def _word(n: int) -> str:
    """A pronounceable word unique to ``n``: two syllables per base-4,900 digit."""
    out = _PAIRS[n % len(_PAIRS)]
    n //= len(_PAIRS)
    while n:
        n, r = divmod(n, len(_PAIRS))
        out += _PAIRS[r]
    return out.capitalize()


def person_id(i: int) -> str:
    return f"syn-{i}"


def article_id(i: int) -> str:
    return f"synthetic-{i // PEOPLE_PER_ARTICLE:05d}"


@dataclass
class FamilyGraph:
    """People as parallel arrays, relationships as (kind, a, b, year) arrays."""

    birth: array[int] = field(default_factory=lambda: array("h"))
    surname: array[int] = field(default_factory=lambda: array("i"))
    kind: array[int] = field(default_factory=lambda: array("b"))
    a: array[int] = field(default_factory=lambda: array("i"))
    b: array[int] = field(default_factory=lambda: array("i"))
    year: array[int] = field(default_factory=lambda: array("h"))

    @property
    def people(self) -> int:
        return len(self.birth)

    @property
    def relationships(self) -> int:
        return len(self.kind)

    def name(self, i: int) -> str:
        return f"{_word(i)} {_word(self.surname[i])}"

    def add_person(self, born: int, surname: int) -> int:
        self.birth.append(born)
        self.surname.append(surname)
        return len(self.birth) - 1

    def link(self, kind: int, a: int, b: int, year: int) -> None:
        self.kind.append(kind)
        self.a.append(a)
        self.b.append(b)
        self.year.append(year)

    # ---- rows, built lazily so a million people never sit in memory as objects ----
    def articles(self) -> Iterator[ArticleRow]:
        for k in range((self.people + PEOPLE_PER_ARTICLE - 1) // PEOPLE_PER_ARTICLE):
            doc = article_id(k * PEOPLE_PER_ARTICLE)
            yield ArticleRow(id=doc, path=f"/synthetic/{doc}.txt", sha256=doc,
                             published="2024-01-01", title=f"Synthetic families {k}")

    def person_rows(self) -> Iterator[PersonRow]:
        for i in range(self.people):
            name, doc, born, died = self.name(i), article_id(i), str(self.birth[i]), self.died(i)
            yield PersonRow(id=person_id(i), name=name, birth_date=born, death_date=died,
                            birth_sources=[doc], death_sources=[doc] if died else [],
                            mentions=[f"{doc}: {name}"])

    def died(self, i: int) -> str | None:
        """The year person ``i`` died: 80 years after a birth before 1930, else alive."""
        return str(self.birth[i] + 80) if self.birth[i] < 1930 else None

    def rel_rows(self, start: int = 0, stop: int | None = None) -> Iterator[RelRow]:
        for k in range(start, self.relationships if stop is None else stop):
            yield self.rel_row(k)

    def rel_row(self, k: int) -> RelRow:
        kind, a, b, year = self.kind[k], self.a[k], self.b[k], str(self.year[k])
        doc = article_id(a)
        dates: dict[str, str | None] = {"start": None, "end": None, "date": None}
        if kind == SPOUSE:
            dates["start"] = year
        elif kind == DIVORCE:
            dates["date"] = year
        evidence = f"{self.name(a)} and {self.name(b)}: {_TYPE[kind].lower()} ({year})."
        return RelRow(type=_TYPE[kind], a=person_id(a), b=person_id(b), **dates,
                      sources=[doc], evidence=[evidence], confidence=0.9)

    def claim_rows(self) -> Iterator[ClaimRow]:
        """The claim behind each birth, death and relationship (the rows above say the same:
        an ingest that recomputes a person from their claims finds the dates they hold)."""
        for i in range(self.people):
            name, born = self.name(i), str(self.birth[i])
            yield ClaimRow(id=f"born-{i}", doc=article_id(i), relation="born",
                           subject=person_id(i), date=born, confidence=0.9,
                           evidence=f"{name} was born in {born}.")
            if (died := self.died(i)) is not None:
                yield ClaimRow(id=f"died-{i}", doc=article_id(i), relation="died",
                               subject=person_id(i), date=died, confidence=0.9,
                               evidence=f"{name} died in {died}.")
        for k in range(self.relationships):
            row = self.rel_row(k)
            yield ClaimRow(id=f"rel-{k}", doc=row.sources[0], relation=RELATIONS[row.type],
                           subject=row.a, object=row.b, start=row.start, date=row.date,
                           evidence=row.evidence[0], confidence=0.9)

    def components(self) -> list[int]:
        """Sizes of the connected components, largest first."""
        parent = list(range(self.people))

        def root(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in zip(self.a, self.b, strict=True):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[ra] = rb
        sizes: dict[int, int] = {}
        for x in range(self.people):
            r = root(x)
            sizes[r] = sizes.get(r, 0) + 1
        return sorted(sizes.values(), reverse=True)

    def linked(self) -> list[int]:
        """The people with at least one relative, in order."""
        import numpy as np

        ends = np.concatenate([np.frombuffer(self.a, dtype=np.int32),
                               np.frombuffer(self.b, dtype=np.int32)])
        return [int(i) for i in np.nonzero(np.bincount(ends, minlength=self.people))[0]]

    def neighbors(self) -> Callable[[int], list[int]]:
        """Each person's relatives in ``adjacency``'s order, from two sorted index arrays: about
        50 MB at a million people, where ``adjacency`` takes several hundred MB of lists (in
        the measured process, whose peak memory it inflated)."""
        import numpy as np

        a, b = np.frombuffer(self.a, dtype=np.int32), np.frombuffer(self.b, dtype=np.int32)
        by_a, by_b = np.argsort(a, kind="stable"), np.argsort(b, kind="stable")
        sorted_a, sorted_b = a[by_a], b[by_b]

        def of(i: int) -> list[int]:
            ka = by_a[np.searchsorted(sorted_a, i):np.searchsorted(sorted_a, i, "right")]
            kb = by_b[np.searchsorted(sorted_b, i):np.searchsorted(sorted_b, i, "right")]
            links = [(int(k), int(b[k])) for k in ka] + [(int(k), int(a[k])) for k in kb]
            return [other for _, other in sorted(links)]
        return of

    def adjacency(self) -> list[list[int]]:
        adj: list[list[int]] = [[] for _ in range(self.people)]
        for a, b in zip(self.a, self.b, strict=True):
            adj[a].append(b)
            adj[b].append(a)
        return adj


def _children(g: FamilyGraph, rng: random.Random, couples: list[tuple[int, int, int]],
              limit: int) -> list[int]:
    """Children of every couple (wedding year given), linked to parents and to each other."""
    born: list[int] = []
    for mother, father, wed in couples:
        count = rng.choices(range(len(_CHILD_WEIGHTS)), _CHILD_WEIGHTS)[0]
        kids: list[int] = []
        for _ in range(count):
            if g.people >= limit:
                break
            child = g.add_person(wed + rng.randint(1, 12), g.surname[father])
            g.link(PARENT, mother, child, g.birth[child])
            g.link(PARENT, father, child, g.birth[child])
            for sib in kids:
                g.link(SIBLING, sib, child, g.birth[child])
            kids.append(child)
        born.extend(kids)
    return born


def _marry(g: FamilyGraph, rng: random.Random, people: list[int], limit: int,
           next_surname: list[int]) -> list[tuple[int, int, int]]:
    """Couples of one generation: pairs of its people, newcomers, divorces and remarriages."""
    rng.shuffle(people)
    couples: list[tuple[int, int, int]] = []
    i = 0
    while i < len(people) and g.people < limit:
        a = people[i]
        if rng.random() < 0.2 or i + 1 >= len(people):  # marries a newcomer (a new founder)
            next_surname[0] += 1
            b = g.add_person(g.birth[a] + rng.randint(-5, 5), next_surname[0])
            i += 1
        elif rng.random() < 0.15:  # stays single
            i += 1
            continue
        else:
            b = people[i + 1]
            i += 2
        wed = max(g.birth[a], g.birth[b]) + rng.randint(20, 32)
        g.link(SPOUSE, a, b, wed)
        couples.append((a, b, wed))
        if rng.random() < 0.15 and g.people < limit:  # divorce, then a second marriage
            g.link(DIVORCE, a, b, wed + rng.randint(2, 15))
            next_surname[0] += 1
            c = g.add_person(g.birth[a] + rng.randint(-5, 5), next_surname[0])
            second = wed + rng.randint(5, 18)
            g.link(SPOUSE, a, c, second)
            couples.append((a, c, second))
    return couples


def generate(people: int, seed: int = 7) -> FamilyGraph:
    """A family graph of exactly ``people`` people (and about 3.3 relationships per person)."""
    rng = random.Random(seed)
    g = FamilyGraph()
    founders = max(2, people // 12)
    next_surname = [0]
    generation = []
    for _ in range(founders):
        next_surname[0] += 1
        generation.append(g.add_person(rng.randint(1800, 1830), next_surname[0]))
    while g.people < people:
        couples = _marry(g, rng, generation, people, next_surname)
        generation = _children(g, rng, couples, people)
        if not generation:  # the line died out: new founders keep the graph growing
            next_surname[0] += 1
            generation = [g.add_person(rng.randint(1900, 2000), next_surname[0])
                          for _ in range(min(founders, people - g.people))]
    return g


def news(g: FamilyGraph, n: int, seed: int, first: int = 0) -> list[Extraction]:
    """``n`` articles as the extractor would hand them to ingest, numbered from ``first``: two
    people of the graph marry and have one to three children, each child either someone of the
    graph or a new person (a name no other call of this function gives out); about seven facts
    per article (married, each parent's child, each child's birth)."""
    rng = random.Random(seed)
    out = []
    for k in range(first, first + n):
        doc = f"news-{k:07d}"
        a, b, *kids = rng.sample(range(g.people), 5)
        couple = [g.name(a), g.name(b)]
        year = rng.randint(1990, 2020)
        children = [g.name(kids[j]) if rng.random() < 0.5
                    else f"{_word(g.people + 3 * k + j)} {_word(g.surname[a])}"
                    for j in range(rng.randint(1, 3))]
        facts = [Fact(doc, "spouse", couple[0], f"{couple[0]} married {couple[1]} in {year}.",
                      couple[1], start=str(year), confidence=0.9)]
        for child in children:
            born = str(year + rng.randint(1, 9))
            facts += [Fact(doc, "parent", parent, f"{parent} welcomed {child}.", child,
                           confidence=0.9) for parent in couple]
            facts.append(Fact(doc, "born", child, f"{child} was born in {born}.", date=born,
                              confidence=0.9))
        text = " ".join(f.evidence for f in facts)
        document = Document(doc, text, f"/news/{doc}.txt", "2024-06-01", doc, sha256=doc)
        out.append(Extraction(document, [Person(x) for x in couple + children], facts))
    return out
