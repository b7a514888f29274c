"""Resolution's evidence about people: who a candidate's relatives are (this batch's articles
and the store), and why a name of an article cannot be a candidate (rule 2 of ``resolve``:
generation markers, birth years, parents, relatives, two generations of one child)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from celebgraph.graph.clues import (
    Clues,
    Joined,
    Kin,
    compatible,
    kin_clash,
    kin_compatible,
    kin_of_rows,
)
from celebgraph.graph.model import fold
from celebgraph.graph.names import generation, generation_nickname, given_name, surname, words
from celebgraph.models import Person

if TYPE_CHECKING:
    from celebgraph.graph.read_cache import StoreReads
    from celebgraph.graph.store import Row

__all__ = ["Kinship", "Resolution"]


def _year_gaps(mine: set[str], theirs: set[str]) -> list[int]:
    """How many years apart each of one person's birth years is from each of the other's."""
    return [abs(int(a) - int(b)) for a in mine for b in theirs if a.isdigit() and b.isdigit()]


def _alike(a: str, b: str, family: str) -> bool:
    """Whether two folded relatives' names are one person's: the same, or a given name alone
    and the full name of it with the family's surname."""
    if a == b:
        return True
    one, full = (a, b) if len(words(a)) == 1 else (b, a)
    return (len(words(one)) == 1 and len(words(full)) > 1 and given_name(full) == one
            and surname(full) == family)


Marriage = tuple[str, str, str, str]


@dataclass
class Resolution:
    """Per article: folded in-article name (and alias) → person id; the new ids; the reasons."""

    ids: dict[str, dict[str, str]] = field(default_factory=dict)
    new: set[str] = field(default_factory=set)
    reasons: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def person_id(self, doc: str, name: str) -> str:
        return self.ids[doc][fold(name)]


class Kinship:
    """What is known of each candidate person while a batch is resolved: their names, the
    relatives, birth years and parents the batch's earlier articles and the store give."""

    def __init__(self, store: StoreReads, result: Resolution) -> None:
        self.store = store
        self.result = result
        self.names: dict[str, str] = {}  # id → name
        self.all_names: dict[str, set[str]] = defaultdict(set)  # id → names and aliases
        # folded key → [(id, name, kind)]
        self.index: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        # given name's sound (``names.given_sound``) → the ids of this batch's full names (and
        # the stored ones read) with it
        self.by_given: dict[str, set[str]] = defaultdict(set)
        self.births: dict[str, set[str]] = defaultdict(set)  # batch-local clues by id
        self.about: dict[str, set[str]] = defaultdict(set)  # birth years by stated ages
        self.parents: dict[str, set[str]] = defaultdict(set)
        self.dead: set[str] = set()  # the ids an article of the batch or the store says died
        # id → {(folded spouse, spouse id or "", year married, year last known married)}
        self.marriages: dict[str, set[Marriage]] = defaultdict(set)
        self.stored_marriages: dict[str, set[Marriage]] = {}
        self.named_years: dict[str, set[str]] = defaultdict(set)  # years of articles naming them
        self.kin: dict[str, Kin] = defaultdict(lambda: defaultdict(set))
        self.stored_kin: dict[str, Kin] = {}  # relatives of stored people, by role
        self.stored_links: dict[str, list[Row]] = {}  # their family links, read once a batch
        self.stored_children: dict[str, set[str]] = {}  # their children, of those not read
        self.in_store: dict[str, bool] = {}  # person id → whether the store has it
        self.stored_years: dict[str, set[str]] = {}  # birth years of stored people
        self.stored_about: dict[str, set[str]] = {}  # the years their stated ages imply
        self.stored_parents: dict[str, set[str]] = {}  # folded parent names of stored people
        # (article, folded name) → (id, why): a relative that kept a namesake apart as a
        # parent of the one and the spouse of the other is that spouse (``_swapped_roles``)
        self.relative_found: dict[tuple[str, str], tuple[str, str]] = {}

    def _reason(self, pid: str, text: str) -> None:
        if text not in self.result.reasons[pid]:
            self.result.reasons[pid].append(text)

    def _in_store(self, pid: str) -> bool:
        if pid not in self.in_store:
            self.in_store[pid] = self.store.has_person(pid)
        return self.in_store[pid]

    def _conflict(self, doc: str, pid: str, person: Person, clues: Clues,
                  weak: bool = False) -> str | None:
        """Why ``person`` is not ``pid``, if anything says so; ``weak``: the name only implied
        (a parent's surname added), so a grandparent of that name is looked for too."""
        mine = [person.name, *person.aliases]
        theirs = self.all_names.get(pid, set()) | {self.names.get(pid, "")}
        # A name the person already goes by, as written ('Hal Brand', the stage name of Hal
        # Brandt Jr.), is no other generation.
        known = not generation(mine) and (fold(person.name) in {fold(n) for n in theirs}
                                          or generation_nickname(person.name) in generation(theirs))
        if generation(mine) != generation(theirs) and not known and (
                (generation(mine) and generation(theirs))
                or not self.same_relative(self._kin_here(doc, mine, clues), pid)):
            return "different generation markers"
        years = clues.of_person(mine, "births")
        their_years = self._years_of(pid) if years else set()
        gaps = _year_gaps(years, their_years)
        if gaps and min(gaps) > 1:
            return f"born {min(years)} vs {min(their_years)}"
        if not gaps and (apart := self._ages_apart(pid, years | clues.of_person(mine, "about"))):
            return apart
        kin = self._kin_here(doc, mine, clues)
        if across := self._across_generations(pid, kin) or self._swapped_roles(
                doc, pid, kin, person.name, bool({fold(n) for n in mine} & clues.dead)):
            return across
        if other := self._siblings_parents(pid, kin):
            return other
        # Birth years that agree outweigh other relatives and trades (people remarry).
        if kin and not gaps and (clash := kin_clash(kin, self._kin_of(pid, "job" in kin))
                                 or (weak and self._elder(pid, kin))):
            return clash
        if not gaps and (wed := self._married_at_once(doc, pid, mine, clues)):
            return wed
        # Only the name itself: a short name the article joined to it is checked on its own.
        own = self._kin_here(doc, [person.name], clues)
        if own and (clash := self._two_generations(doc, pid, own, clues)):
            return clash
        parents = clues.of_person(mine, "parents")
        if not parents:
            return None
        their_parents = self._parents_of(pid)
        if not their_parents or any(compatible(a, b) for a in parents for b in their_parents):
            return None
        # Birth years that agree need more: namesake babies born the same year are two when
        # each has two parents and none of the one's is the other's (a remarried parent's
        # child has one of them).
        if gaps and (len(parents) < 2 or len(their_parents) < 2 or self._resolved(
                kin.get("parent", ())) & self._kin_of(pid).get("parent", set())):
            return None
        return "different parents"

    def same_relative(self, kin: Kin, pid: str) -> str | None:
        """A relative these names and the candidate have in the same role, resolved to one
        person ('spouse Delphine Kimball'): what lets a name written without its generation
        marker be the marked one (a father's wife is his son's mother, never his wife)."""
        theirs = self._kin_of(pid)
        for role in ("spouse", "child", "parent", "sibling"):
            both = self._resolved(kin.get(role, ())) & theirs.get(role, set())
            if both:
                other = min(both)[1:]
                return f"{role} {self.names.get(other, other)}"
        # A sibling's parent is a parent: 'Eli Moss', brother of Ada Moss, is the 'Eli Moss
        # Jr.' whom her father names his son.
        their_parents = {k for k in theirs.get("parent", ()) if k.startswith("#")}
        for sib in sorted(self._resolved(kin.get("sibling", ()))):
            both = their_parents & self._kin_of(sib[1:]).get("parent", set())
            if both:
                other = min(both)[1:]
                return (f"parent {self.names.get(other, other)}, a parent of the sibling "
                        f"{self.names.get(sib[1:], sib[1:])}")
        return None

    def _resolved(self, names: Iterable[str]) -> set[str]:
        """'#id' of each of these relatives: the ones the article resolved already, and the
        sole holder of each full name it did not (``_sole_holders``)."""
        names = list(names)
        return {k for k in names if k.startswith("#")} | self._sole_holders(
            k for k in names if not k.startswith("#"))

    def _sole_holders(self, names: Iterable[str]) -> set[str]:
        """'#id' of the one person each full name (two words or more) not resolved yet in this
        article is the full name of: the relative the article goes on to name is that person
        unless something keeps them apart, which ``_conflict`` of that name then says."""
        out = set()
        for name in names:
            if len(name.split()) < 2:
                continue
            holders = {pid for pid, _, kind in self.index.get(name, []) if kind == "name"}
            if len(holders) == 1:
                out.add(f"#{holders.pop()}")
        return out

    def _across_generations(self, pid: str, kin: Kin) -> str | None:
        """Whether a parent these names have is a child of the candidate (or a child of theirs
        a parent of the candidate): a grandson named after his grandfather ('Eli Moss', son of
        Tom Moss) is not that grandfather ('Eli Moss', father of Tom Moss)."""
        theirs = self._kin_of(pid)
        for mine_role, their_role in (("parent", "child"), ("child", "parent")):
            both = self._resolved(kin.get(mine_role, ())) & {
                k for k in theirs.get(their_role, ()) if k.startswith("#")}
            if both:
                other = min(both)[1:]
                return (f"{self.names.get(other, other)} is their {mine_role} and a "
                        f"{their_role} of {self.names.get(pid, pid)}")
        return None

    def _swapped_roles(self, doc: str, pid: str, kin: Kin, name: str,
                       died: bool) -> str | None:
        """Whether a parent of these names is the candidate's spouse, or the other way round:
        a father's wife is his son's mother, never the son's wife ('Eli Moss', son of Ada
        Moss, is not the late 'Eli Moss' married to Ada, however alike their names). The
        relative is one person when the two are resolved to one, or named alike: the same
        name, or a given name alone and the full name of it that bears this surname ('Ada' /
        'Ada Moss'); then the relative as this article names it is that spouse or parent
        (``relative_found``). Only when one of the two died (a son named after his late
        father): a misread spouse or parent says the same otherwise."""
        if not died and not self._died(pid):
            return None
        theirs = self._kin_of(pid)
        # (Not a sibling and a child: a sibling is often read onto the wrong one of the two.)
        for mine_role, their_role in (("parent", "spouse"), ("spouse", "parent")):
            other = theirs.get(their_role, set())
            both = sorted(k[1:] for k in self._resolved(kin.get(mine_role, ())) & other)
            alike = sorted(a for a in kin.get(mine_role, ()) if not a.startswith("#") and any(
                _alike(a, b, surname(name)) for b in other if not b.startswith("#")))
            if both or alike:
                who = self.names.get(both[0], both[0]) if both else alike[0]
                for a in alike:  # the relative as this article names it is that person
                    ids = {k[1:] for k in other if k.startswith("#") and any(
                        _alike(a, fold(n), surname(name)) for n in self._names_of_id(k[1:]))}
                    if len(ids) == 1:
                        self.relative_found[doc, a] = (ids.pop(), (
                            f"a {mine_role} of '{name}' here and the {their_role} of "
                            f"{self.names.get(pid, pid)}, a namesake of another generation"))
                return (f"{who} is their {mine_role} and a {their_role} of "
                        f"{self.names.get(pid, pid)}")
        return None

    def marriages_here(self, doc: str, names: Sequence[str], clues: Clues) -> set[Marriage]:
        """These names' dated marriages the article does not end, known to last until the
        article's year (the spouse's '#id' when the article resolved them already)."""
        ids = self.result.ids[doc]
        return {(fold(self.names.get(ids[w], w)) if w in ids else w, ids.get(w, ""), year,
                 max(year, clues.published or year))
                for n in names for w, year in clues.marriages.get(fold(n), ())}

    def _marriages_of(self, pid: str) -> set[Marriage]:
        """The candidate's dated marriages nothing ends, from the batch and the store."""
        out = set(self.marriages.get(pid, ()))
        if self._in_store(pid):
            if pid not in self.stored_marriages:
                rows = self.store.marriages([pid])
                ended = {r["other"] for r in rows if r["type"] != "SPOUSE_OF" or r["end"]}
                self.stored_marriages[pid] = {
                    (fold(r["name"]), r["other"], year,
                     max(year, (r["published"] or year)[:4]))
                    for r in rows if r["type"] == "SPOUSE_OF" and r["other"] not in ended
                    and (year := (r["start"] or "")[:4]).isdigit()}
            out |= self.stored_marriages[pid]
        return out

    def _married_at_once(self, doc: str, pid: str, mine: Sequence[str],
                         clues: Clues) -> str | None:
        """Whether the name married someone while the candidate was married to another (or
        the other way round): one married since 2011 to Ada, as an article of 2022 says, is
        not the one who married Ida in 2020. A marriage is known to last from its year until
        the latest article that gives it without an end, a divorce filing or a separation;
        the later one must be the news of its article (married the year the article
        appeared: a wedding of long ago, told in passing, may follow a divorce no article
        gave); a spouse the two have in common says nothing."""
        here = self.marriages_here(doc, mine, clues)
        if not here or not self._kin_of(pid).get("spouse"):
            return None
        theirs = self._marriages_of(pid)

        def same(a: Marriage, b: Marriage) -> bool:
            return bool(a[1] and a[1] == b[1]) or kin_compatible(a[0], b[0])

        if any(same(a, b) for a in here for b in theirs):
            return None
        for a in here:
            for b in theirs:
                first, then = sorted((a, b), key=lambda m: m[2])
                if first[2] < then[2] <= first[3] and then[3] == then[2]:
                    return (f"married {then[0]} in {then[2]} while married to {first[0]} "
                            f"(since {first[2]}, still in {first[3]})")
        return None

    def _title_held(self, pid: str, kin: Kin, clues: Clues) -> str | None:
        """Whether the candidate held the title (their name gives it) in an article at most
        three years from this one, no article says they died, and no spouse, parent or
        sibling of theirs differs from one of these relatives (``kin``): a title passes on at
        a death or a succession, so 'the Duke of Ware' of 2020 is 'Prince Eli, Duke of Ware'
        of 2018, not his father before him."""
        year = clues.published
        if not year.isdigit() or self._died(pid):
            return None
        theirs = self._kin_of(pid)
        for role in ("spouse", "parent", "sibling"):
            mine, other = kin.get(role, set()), theirs.get(role, set())
            if mine and other and not any(kin_compatible(a, b) for a in mine for b in other):
                return None
        years = set(self.named_years.get(pid, ()))
        if self._in_store(pid):
            years |= {(r["published"] or "")[:4] for r in self.store.articles_of([pid])}
        near = sorted((abs(int(y) - int(year)), y) for y in years if y.isdigit())
        if near and near[0][0] <= 3:
            return f"held by {self.names.get(pid, pid)} in an article of {near[0][1]}"
        return None

    def _died(self, pid: str) -> bool:
        if self._in_store(pid) and pid not in self.stored_years:
            self._note_stored(self.store.person_clues([pid]))
            self.stored_years.setdefault(pid, set())
        return pid in self.dead

    def _siblings_parents(self, pid: str, kin: Kin) -> str | None:
        """Whether a sibling these names have is the child of two parents, and the candidate
        the child of two others, neither of them: siblings, half-siblings too, share a
        parent ('Eli Moss', brother of Ada Moss, daughter of Tom and Ida Moss, is not the
        'Eli Moss' who is the son of Abe and Vera Moss). One parent known of the candidate
        says nothing: a half-sibling has one parent the sibling has not."""
        theirs = {k for k in self._kin_of(pid).get("parent", ()) if k.startswith("#")}
        if len(theirs) < 2:
            return None
        sibs = {k[1:] for k in self._resolved(kin.get("sibling", ()))}
        their_names = {n for k in theirs for n in self._names_of_id(k[1:])}
        for sib in sorted(sibs - {pid}):
            ids = {k for k in self._kin_of(sib).get("parent", ()) if k.startswith("#")}
            if len(ids) < 2 or pid in {k[1:] for k in ids}:
                continue
            mine = {n for k in ids for n in self._names_of_id(k[1:])}
            if not ids & theirs and not any(compatible(a, b) for a in mine
                                            for b in their_names):
                return (f"a sibling, {self.names.get(sib, sib)}, is a child of "
                        f"{' and '.join(sorted(self.names.get(k[1:], k) for k in ids))}; "
                        f"{self.names.get(pid, pid)} of "
                        f"{' and '.join(sorted(self.names.get(k[1:], k) for k in theirs))}")
        return None

    def _names_of_id(self, pid: str) -> set[str]:
        return self.all_names.get(pid, set()) | {self.names.get(pid, pid)}

    def _elder(self, pid: str, kin: Kin) -> str | None:
        """Whether the candidate (or their spouse) is a parent of this one's parent: a
        grandmother and the granddaughter named after her are two."""
        parents = {k for k in kin.get("parent", ()) if not k.startswith("#")}
        ids = {k[1:] for k in kin.get("parent", ()) if k.startswith("#")}
        ids |= {i for k in parents for i, _, kind in self.index.get(k, []) if kind == "name"}
        if not ids:
            return None
        theirs = self._kin_of(pid)
        elders = {pid} | {k[1:] for k in theirs.get("spouse", ()) if k.startswith("#")}
        for parent in sorted(ids - elders):
            if elders & {k[1:] for k in self._kin_of(parent).get("parent", ())
                         if k.startswith("#")}:
                return f"a grandparent of theirs ({self.names.get(pid, pid)} or a spouse " \
                       f"is a parent of {self.names.get(parent, parent)})"
        return None

    def _two_generations(self, doc: str, pid: str, kin: Kin, clues: Clues) -> str | None:
        """Whether these relatives would make the candidate both a parent and a grandparent of
        one child: a grandmother, and the daughter-in-law or granddaughter who bears her first
        name, are two."""
        children = kin.get("child", set())
        if not children:
            return None
        elders = {pid} | {k[1:] for k in self._kin_of(pid).get("spouse", ()) if k.startswith("#")}
        # A child of theirs is no grandchild of theirs, whatever a misread sentence says.
        own = {k for e in elders for k in self._children_of(e)}
        for elder in sorted(elders):
            for child in sorted(k[1:] for k in self._children_of(elder) if k.startswith("#")):
                # The child as this article names them, resolved yet or not.
                here = {n for n, i in self.result.ids[doc].items() if i == child}
                here.add(fold(self.names.get(child, child)))
                grandchildren = self._children_of(child)
                grandchildren |= clues.kin(sorted(here)).get("child", set())
                if both := sorted(k for k in children & grandchildren - own
                                  if not k.startswith("#")):
                    return (f"a parent of {both[0]}, whom {self.names.get(elder, elder)} is a "
                            "grandparent of")
        return None

    def _detach_other_generation(self, doc: str, person: Person, pid: str, joined: Joined,
                                 clues: Clues, later: list[Person]) -> Person:
        """The names the article joined to ``person`` that cannot be ``pid`` (a parent of a
        grandchild of ``pid``) go back to being people of their own, in ``later``."""
        for key, (target, _why, name) in list(joined.items()):
            if fold(target.name) != fold(person.name):
                continue
            if why := self._two_generations(doc, pid, self._kin_here(doc, [name], clues), clues):
                del joined[key]
                person = Person(person.name, tuple(a for a in person.aliases if fold(a) != key),
                                person.descriptors)
                later.append(Person(name))
                self._reason(pid, f"{doc}: '{name}' is not '{person.name}' of the same "
                                  f"article: {why}")
        return person

    def _ages_apart(self, pid: str, mine: set[str]) -> str | None:
        """Birth years more than a year apart when the ages the articles give are counted
        too ('Ada Moss, 28,' and 'the 44-year-old Ada Moss'). An age is weaker than a stated
        birth: it only keeps people apart, it never outweighs relatives that clash."""
        theirs = (self._years_of(pid) | self.about.get(pid, set())
                  | self.stored_about.get(pid, set()) if mine else set())
        gaps = _year_gaps(mine, theirs)
        if gaps and min(gaps) > 1:
            return f"born about {min(mine)} vs about {min(theirs)}, by their ages"
        return None

    def _note_stored(self, rows: list[Row]) -> None:
        """Birth years of stored people: stated, and implied by the ages articles gave."""
        for r in rows:
            self.stored_years[r["id"]] = {r["birth_date"][:4]} if r["birth_date"] else set()
            if r.get("death_date"):
                self.dead.add(r["id"])
            self.stored_about[r["id"]] = {a.partition(": ")[2] for a in r["age_mentions"] or []}

    def _years_of(self, pid: str) -> set[str]:
        years = set(self.births.get(pid, ()))
        if self._in_store(pid):
            if pid not in self.stored_years:
                self._note_stored(self.store.person_clues([pid]))
                self.stored_years.setdefault(pid, set())
            years |= self.stored_years[pid]
        return years

    def _parents_of(self, pid: str) -> set[str]:
        parents = set(self.parents.get(pid, ()))
        if self._in_store(pid):
            if pid not in self.stored_parents:
                self.stored_parents[pid] = {fold(r["name"]) for r in self._links([pid])
                                            if r["type"] == "PARENT_OF" and not r["out"]}
            parents |= self.stored_parents[pid]
        return parents

    def _links(self, ids: Sequence[str]) -> list[Row]:
        """The family links of these stored people (``GraphStore.kin`` rows), each person's
        read from the store once a batch, whichever rule asks. Besides the rows, a read notes
        of each relative that the store holds them, and their stored name unless a name is
        known: a rule meets a stored person only through a read or name key that notes the
        same, so leaving out a read whose rows no rule looks at changes nothing."""
        missing = [pid for pid in dict.fromkeys(ids) if pid not in self.stored_links]
        for pid in missing:
            self.stored_links[pid] = []
        for row in self.store.kin(missing) if missing else []:
            self.stored_links[row["id"]].append(row)
            self.in_store[row["other"]] = True  # a relative the store holds: no need to ask
            self.names.setdefault(row["other"], row["name"])
        return [row for pid in ids for row in self.stored_links[pid]]

    def _kin_here(self, doc: str, names: Sequence[str], clues: Clues) -> Kin:
        """The article's relatives of these names; one resolved already is also its fullest
        name and '#id' (two forms of one relative then agree)."""
        ids = self.result.ids[doc]
        out: Kin = defaultdict(set)
        folded = {fold(n) for n in names}
        if jobs := {d for p in clues.people if fold(p.name) in folded for d in p.descriptors}:
            out["job"] = jobs
        for role, kin in clues.kin(names).items():
            for k in kin:
                other = ids.get(k)
                out[role] |= {fold(self.names.get(other, k)), f"#{other}", k} if other else {k}
        return out

    def _children_of(self, pid: str) -> set[str]:
        """``_kin_of(pid)["child"]``; of a stored person whose relatives were not read, only
        the children are read (``GraphStore.children``). Leaving the other relatives unread
        changes nothing: see ``_links``."""
        kids = set(self.kin.get(pid, {}).get("child", ()))
        if self._in_store(pid):
            if pid in self.stored_kin:
                kids |= self.stored_kin[pid].get("child", set())
            elif pid in self.stored_links:
                kids |= kin_of_rows(self.stored_links[pid]).get("child", set())
            else:
                if pid not in self.stored_children:
                    rows = self.store.children([pid])
                    for row in rows:  # noted as ``_links`` notes them
                        self.in_store[row["other"]] = True
                        self.names.setdefault(row["other"], row["name"])
                    self.stored_children[pid] = {k for r in rows
                                                 for k in (fold(r["name"]), f"#{r['other']}")}
                kids |= self.stored_children[pid]
        return kids

    def _kin_of(self, pid: str, jobs: bool = False) -> Kin:
        kin: Kin = defaultdict(set)
        for role, names in self.kin.get(pid, {}).items():
            kin[role] |= names
        if self._in_store(pid):
            if pid not in self.stored_kin:
                self.stored_kin[pid] = kin_of_rows(self._links([pid]))
            if jobs and "job" not in self.stored_kin[pid]:  # read only when compared
                self.stored_kin[pid]["job"] = {
                    d for r in self.store.person_clues([pid]) for d in r["descriptors"] or []}
            for role, names in self.stored_kin[pid].items():
                kin[role] |= names
        return kin

