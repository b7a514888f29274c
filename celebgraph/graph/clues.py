"""What one article says about its people: clues, and which of its names are one person.

``Clues`` holds, per folded name, the birth years, parents and roles (parent, child, spouse,
sibling towards another person) the article's facts give; ``consolidate`` joins the article's
short forms to its fuller names (rule 1 of ``resolve``); ``implied_names`` completes a child's
name with a parent's surname.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from celebgraph.graph.model import fold
from celebgraph.graph.names import (
    first_word,
    generation,
    given_name,
    married_forms,
    married_pair,
    middle_compatible,
    rank_and_peerage,
    same_given,
    same_styled_name,
    short_form,
    untitled,
    words,
)
from celebgraph.graph.names import surname as last_name
from celebgraph.models import Extraction, Person

__all__ = ["Clues", "Joined", "Kin", "born_to", "compatible", "consolidate", "doc_people",
           "implied_names", "kin_clash", "kin_compatible", "kin_of_rows", "kin_shared"]

_ROLE = {"parent": ("parent", "child"), "spouse": ("spouse", "spouse"),
         "partner": ("spouse", "spouse"), "engaged": ("spouse", "spouse"),
         "sibling": ("sibling", "sibling")}



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


@dataclass
class Clues:
    """What one article says about each of its names: birth years, parents, roles."""

    births: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    about: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # by ages
    parents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    dead: set[str] = field(default_factory=set)  # the names the article says died
    # folded name → {(folded spouse, year married)}: dated marriages the article does not end
    marriages: dict[str, set[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(set))
    published: str = ""  # the article's year
    roles: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    linked: set[frozenset[str]] = field(default_factory=set)
    choices: dict[str, list[Person]] = field(default_factory=dict)  # a first name, 2+ fuller
    people: list[Person] = field(default_factory=list)  # the article's people

    @classmethod
    def of(cls, ext: Extraction) -> Clues:
        out = cls()
        out.people = doc_people(ext)
        out.published = (ext.document.published or "")[:4]
        ended: set[frozenset[str]] = set()
        for person in ext.people:
            for name in (person.name, *person.aliases):
                out.about[fold(name)].update(person.born_about)
        for f in ext.facts:
            s = fold(f.subject)
            if f.relation == "born" and f.date:
                out.births[s].add(f.date[:4])
            if f.relation == "died" and f.modality == "asserted":
                out.dead.add(s)
            if not f.object:
                continue
            o = fold(f.object)
            out.linked.add(frozenset((s, o)))
            if f.relation in ("divorce_filed", "separated") or f.end:
                ended.add(frozenset((s, o)))
            elif f.relation == "spouse" and f.modality == "asserted" and (
                    year := (f.start or f.date or "")[:4]).isdigit():
                out.marriages[s].add((o, year))
                out.marriages[o].add((s, year))
            if f.relation == "parent":
                out.parents[o].add(s)
            if f.relation in _ROLE:
                role_s, role_o = _ROLE[f.relation]
                out.roles[s].add((o, role_o))  # s is the role_s of o: o is s's role_o
                out.roles[o].add((s, role_s))
        for name, wed in out.marriages.items():
            wed -= {m for m in wed if frozenset((name, m[0])) in ended}
        return out

    def of_person(self, names: Sequence[str], what: str) -> set[str]:
        table = {"births": self.births, "about": self.about}.get(what, self.parents)
        return {v for n in names for v in table.get(fold(n), ())}

    def kin(self, names: Sequence[str]) -> dict[str, set[str]]:
        """What the article says these names' relatives are: role → folded names
        ("spouse", "child", "parent", "sibling")."""
        out: dict[str, set[str]] = defaultdict(set)
        for name in names:
            for other, role in self.roles.get(fold(name), ()):
                out[role].add(other)
        return out

    def apart(self, a: Person, b: Person) -> str | None:
        """Why two people of the article are not one, if the article says so."""
        fa, fb = fold(a.name), fold(b.name)
        ra, rb = dict(self.roles.get(fa, ())), dict(self.roles.get(fb, ()))
        # Both married to one person: one person, whatever a misread sentence relates them by.
        same_spouse = any(ra[o] == rb[o] == "spouse" for o in ra.keys() & rb.keys())
        if frozenset((fa, fb)) in self.linked and not same_spouse:
            return "related to each other"
        ya, yb = self.births.get(fa, set()), self.births.get(fb, set())
        if ya and yb and not ya & yb:
            return f"born {min(ya)} vs {min(yb)}"
        for other in ra.keys() & rb.keys():
            if ra[other] != rb[other]:
                return f"{ra[other]} vs {rb[other]} of the same person"
        return None


Joined = dict[str, tuple[Person, str, str]]  # folded name → (fuller person, why, name)


def consolidate(people: list[Person], clues: Clues) -> tuple[list[Person], Joined]:
    """Rule 1: the article's people, fewer; and folded name → (fuller person, why) per join."""
    joined: Joined = {}
    fuller = [p for p in people if len(words(p.name)) > 1 and not generation([p.name])]
    # Fuller names first, so that a first name whose fits are one person joins it.
    for person in sorted(people, key=lambda p: len(words(p.name)) == 1):
        tokens = words(person.name)
        if len(tokens) == 1:
            fits = [p for p in fuller if tokens[0] in (first_word(p.name), given_name(p.name))
                    or tokens[0] in {fold(a) for a in p.aliases}]
            why = "its first name"
        elif len(tokens) > 1 and generation([person.name]) and len(_bare(person.name)) == 1:
            fits = [p for p in people if len(_bare(p.name)) > 1
                    and _bare(p.name)[0] == tokens[0]
                    and generation([p.name]) == generation([person.name])]
            why = "its first name with the same generation marker"
        elif not generation([person.name]) and (marked := [
                p for p in people if generation([p.name]) and _bare(p.name) == tokens]):
            # 'Eli Moss' in an article about 'Eli Moss III': him, unless related or married
            # to someone else ('Eli Moss' and his wife Ada beside 'Eli Moss Sr.' and his wife)
            fits = [p for p in marked if not _married_apart(person, p, clues)]
            why = "its full name without the generation marker"
        elif (styled := [p for p in people[:people.index(person)]
                         if same_styled_name(person.name, p.name)]):
            fits = styled  # 'Queen Ada of X', later 'born Princess Ada of Y': one woman
            why = "the same given name under another title"
        elif styled := [p for p in people if rank_and_peerage(person.name, p.name)]:
            fits = styled  # 'Prince Eli' of an article about 'Eli, Duke of Ware': him
            why = "the same given name under a rank and styled by a peerage"
        else:
            fits = [p for p in fuller if p is not person and not _second_given(person, p)
                    and (middle_compatible(person.name, p.name)
                         or middle_compatible(person.name, untitled(p.name) or p.name)
                         or fold(untitled(p.name) or "") == fold(person.name))]
            why = "with middle names dropped or as initials"
            if not fits and (fits := [p for p in fuller if married_pair(
                    person.name, p.name, clues.kin([p.name, *p.aliases]).get("spouse", ()))
                    and not born_to(clues.kin([person.name, *person.aliases]),
                                    words(p.name)[-1])]):
                why = "the name before marriage: the surname of a spouse taken"  # 'Ada Moss'
            elif not fits and (fits := _same_spouse(person, fuller, clues)):
                why = "the same given name, married to the same person"
        fits = [p for p in fits if not clues.apart(person, p)]
        targets = list({id(t): t for t in (joined.get(fold(p.name), (p,))[0] for p in fits)
                        if fold(t.name) != fold(person.name)}.values())
        if len(targets) == 1 and fold(person.name) not in {fold(p.name) for p, *_ in
                                                           joined.values()}:
            joined[fold(person.name)] = (targets[0], why, person.name)
        elif len(targets) > 1 and len(tokens) == 1:
            clues.choices[fold(person.name)] = targets

    kept = []
    for person in people:
        if fold(person.name) in joined:
            continue
        extra = [p for p in people if joined.get(fold(p.name), (None,))[0] is person]
        names = [*person.aliases, *(n for p in extra for n in (p.name, *p.aliases))]
        kept.append(Person(person.name, tuple(dict.fromkeys(names))))
    return kept, joined


def _married_apart(a: Person, b: Person, clues: Clues) -> bool:
    """Whether the article marries each of the two to someone, and no spouse of the one may be
    a spouse of the other: a father and the son of his name, each with his wife."""
    mine = clues.kin([a.name, *a.aliases]).get("spouse", set())
    theirs = clues.kin([b.name, *b.aliases]).get("spouse", set())
    return bool(mine and theirs) and not any(kin_compatible(x, y) for x in mine
                                             for y in theirs)


def _same_spouse(person: Person, fuller: list[Person], clues: Clues) -> list[Person]:
    """The article's other full names of the same given name, under another surname,
    married to the same person: two names of one wife ('Ada Moss' and 'Ada Lenn', both
    wives of Teo Pike), whatever else the article calls her."""
    spouses = clues.kin([person.name]).get("spouse", set())
    mine = words(person.name)
    if not spouses or len(mine) < 2 or generation([person.name]) or untitled(person.name):
        return []
    return [p for p in fuller if p is not person and len(theirs := words(p.name)) > 1
            and theirs[-1] != mine[-1] and untitled(p.name) is None
            and same_given(theirs[0], mine[0])
            and spouses & clues.kin([p.name]).get("spouse", set())]


def _second_given(short: Person, long: Person) -> bool:
    """'Rosa Pike' is not 'Rosa Mae Pike' whom the article also calls 'Rosa Mae': a
    second given name, not a middle name one may drop."""
    ts, tl = words(short.name), words(long.name)
    return (len(ts) == 2 and len(tl) == 3 and ts == [tl[0], tl[2]]
            and " ".join(tl[:2]) in {fold(a) for a in long.aliases})


def _bare(name: str) -> list[str]:
    """The name's words without its generation markers."""
    marks = generation([name])
    return [t for t in words(name) if t not in marks and t not in ("junior", "senior")]


def implied_names(person: Person, clues: Clues) -> list[str]:
    """A child named without a surname ("Ivo Lars", "Otto") as the surname of a parent the
    article names would complete it: "ivo lars moss", "ivo moss"; a hyphenated
    married name whose second half is a spouse's surname is also the name before it
    ("Ada Moss-Lark", wife of Rob Lark: "ada moss")."""
    spouses = clues.kin([person.name, *person.aliases]).get("spouse", set())
    married = married_forms(person.name, spouses)
    tokens = words(person.name)
    parents = clues.of_person([person.name, *person.aliases], "parents")
    surnames = {p.split()[-1] for p in parents if len(p.split()) > 1} - {tokens[-1]}
    forms = []
    for surname in sorted(surnames):
        forms.append(" ".join([*tokens, surname]))
        if len(tokens) > 1:
            forms.append(f"{tokens[0]} {surname}")
    # A form another person of the article goes by, who cannot be this one, is theirs.
    taken = {fold(n) for p in clues.people if clues.apart(person, p)
             for n in (p.name, *p.aliases)}
    return [f for f in [*married, *forms] if f not in taken]


def born_to(kin: Kin, surname: str) -> bool:
    """Whether a parent or sibling among these relatives (folded names) bears the surname:
    the person was born to it, so it is no name they took at marriage ('Ada Pike', daughter
    of Rolf Pike, is no 'Ada Moss' who married a Pike)."""
    return any(last_name(k) == surname for role in ("parent", "sibling")
               for k in kin.get(role, ()) if not k.startswith("#") and len(words(k)) > 1)


def kin_compatible(a: str, b: str) -> bool:
    """Whether two relatives' names may be one person (titles dropped: two queens are not
    one by their title)."""
    if a.startswith("#") or b.startswith("#"):  # a resolved relative's id ('#ada-moss')
        return a == b
    if fold(a) == fold(b) or given_name(a) == given_name(b) or _wife_by_his_name(a, b):
        return True
    if middle_compatible(a, b) or middle_compatible(b, a):
        return True
    ga, gb, sa, sb = given_name(a), given_name(b), _bare(a)[-1:], _bare(b)[-1:]
    # 'Walt Moss' / 'Walter Moss Jr.', 'Rick Moss' / 'Richard Moss': a short form of the
    # given name, the same surname
    return sa == sb and len(sa) == 1 and (ga.startswith(gb) or gb.startswith(ga)
                                          or short_form(ga, gb))


def _wife_by_his_name(a: str, b: str) -> bool:
    """Whether one name is a wife styled by her husband's ('Mrs. Teo Pike'), which says nothing
    of her given name, and the other may be hers: a given name alone ('Ada') or a name of the
    same surname ('Ada Pike'), never the husband's own."""
    for wife, other in ((a, b), (b, a)):
        tw, to = words(wife), words(other)
        if len(tw) > 2 and tw[0] == "mrs" and to and to[0] != "mrs" and to != tw[1:] and (
                len(to) == 1 or to[-1] == tw[-1]):
            return True
    return False


def compatible(a: str, b: str) -> bool:
    """Whether two parents' names may be one person (titles dropped: 'Princess Ada' may be
    'Ada Moss'; 'Mrs. Teo Pike' may be 'Ada', his wife)."""
    return (fold(a) == fold(b) or first_word(a) == first_word(b) or _wife_by_his_name(a, b)
            or given_name(a) == given_name(b)
            or short_form(first_word(a), first_word(b))
            or middle_compatible(a, b) or middle_compatible(b, a))


# A stored relationship, seen from one person: what the other one is to them.
_KIN = {("PARENT_OF", True): "child", ("PARENT_OF", False): "parent",
        ("SPOUSE_OF", True): "spouse", ("SPOUSE_OF", False): "spouse",
        ("ENGAGED_TO", True): "spouse", ("ENGAGED_TO", False): "spouse",
        ("PARTNER_OF", True): "spouse", ("PARTNER_OF", False): "spouse",
        ("SIBLING_OF", True): "sibling", ("SIBLING_OF", False): "sibling"}
# role ("spouse", "child", "parent", "sibling") → folded names; "job" → descriptors
Kin = dict[str, set[str]]


def kin_clash(mine: Kin, theirs: Kin) -> str | None:
    """Why two people's relatives say they are two: relatives for life (parents, siblings) or
    what they do ('footballer' / 'chef'), given on both sides with nothing in common, and one
    more kind of relative as well (a remarried man has another wife and other children, never
    other brothers); None as soon as one relative is shared."""
    clashes: dict[str, str] = {}
    jobs_a, jobs_b = mine.get("job", set()), theirs.get("job", set())
    if jobs_a and jobs_b and not _words(jobs_a) & _words(jobs_b):
        clashes["job"] = f"{sorted(jobs_a)[0]} vs {sorted(jobs_b)[0]}"
    for role in ("spouse", "child", "parent", "sibling"):
        a, b = _named(mine.get(role, set())), _named(theirs.get(role, set()))
        if not a or not b:
            continue
        if any(kin_compatible(x, y) for x in mine[role] for y in theirs[role]):
            return None
        clashes[role] = f"{role} {a[0]} vs {b[0]}"
    if len(clashes) < 2 or not clashes.keys() & {"parent", "sibling", "job"}:
        return None
    return "different relatives: " + "; ".join(clashes.values())


def _words(descriptors: set[str]) -> set[str]:
    return {w for d in descriptors for w in fold(d).split()}


def _named(kin: set[str]) -> list[str]:
    return sorted(k for k in kin if not k.startswith("#"))


def kin_shared(mine: Kin, theirs: Kin) -> int:
    """How many of these relatives the two share (the same role, a compatible name)."""
    return sum(1 for role, names in mine.items() if role != "job" for x in names
               if any(kin_compatible(x, y) for y in theirs.get(role, ())))


def kin_of_rows(rows: Sequence[dict[str, Any]]) -> Kin:
    """A stored person's relatives by role, from ``GraphStore.neighbors`` rows: each by name
    and by '#id'."""
    out: Kin = defaultdict(set)
    for r in rows:
        if (kind := _KIN.get((r["type"], bool(r["out"])))):
            out[kind] |= {fold(r["name"]), f"#{r['other']}"}
    return out
