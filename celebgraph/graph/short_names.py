"""Rule 3 of ``resolve``: a short name (one word, a ranked given name, a pet form, a name a
trade goes with) joins a person only when the article's context supports it - the candidate
is a relative of, or named in an article with, someone this article names - or when the two
are called by the same trade (``_by_trade``). The index of names the batch knows lives here
too, as the context adds the people it links to."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from celebgraph.graph.clues import Clues
from celebgraph.graph.model import fold
from celebgraph.graph.name_changes import NameChangeRules
from celebgraph.graph.names import (
    generation,
    generation_nickname,
    generation_nickname_of,
    given_name,
    given_sound,
    given_variants,
    royal_given,
    same_styled_name,
    short_form,
    short_form_name,
    unmarked_form,
    untitled,
    words,
)
from celebgraph.models import Extraction, Person

__all__ = ["ShortNameRules"]


class ShortNameRules(NameChangeRules):
    # Set by the resolver: whom this batch's articles relate, and name together, by id.
    local_rels: dict[str, set[str]]
    local_co: dict[str, set[str]]

    def _index(self, key: str, pid: str, name: str, kind: str) -> None:
        if (pid, name, kind) not in self.index[key]:
            self.index[key].append((pid, name, kind))
        self.names[pid] = name
        self.all_names[pid].add(name)
        if kind in ("name", "alias") and len(tokens := key.split()) > 1 and not untitled(key):
            self.by_given[given_sound(tokens[0])].add(pid)

    # ---- rule 3: short names, by context ----
    def _context(self, doc: str, ext: Extraction) -> dict[str, set[str]]:
        """Candidate id → the names of this article's people it is linked to."""
        ids = {pid for pid in self.result.ids[doc].values()}
        links: dict[str, set[str]] = defaultdict(set)
        stored = sorted(pid for pid in ids if self._in_store(pid))
        for row in [*self._links(stored), *self.store.co_mentioned(stored)]:
            self._index(fold(row["name"]), row["other"], row["name"], "name")
            self.all_names[row["other"]].update(row["aliases"] or [])
            links[row["other"]].add(self.names.get(row["id"], row["id"]))
        for pid in ids:
            for other in self.local_rels.get(pid, set()) | self.local_co.get(pid, set()):
                links[other].add(self.names.get(pid, pid))
        for pid in ids:
            links.pop(pid, None)
        return links

    def _linked_to(self, doc: str) -> Callable[[str], set[str]]:
        """``_context`` of this article as it stands now, asked one candidate at a time: the
        names of the article's people a candidate is linked to. The same answers, but the
        people named with a candidate are found by the articles the two share, not by
        reading everyone named with each of the article's people (at a million people, tens
        of thousands of rows for someone many articles name: 94 ms a person)."""
        ids = {pid for pid in self.result.ids[doc].values()}
        stored = sorted(pid for pid in ids if self._in_store(pid))
        by_kin: dict[str, set[str]] = defaultdict(set)
        for row in self._links(stored):
            self._index(fold(row["name"]), row["other"], row["name"], "name")
            self.all_names[row["other"]].update(row["aliases"] or [])
            by_kin[row["other"]].add(str(self.names.get(row["id"], row["id"])))
        local = {pid: self.local_rels.get(pid, set()) | self.local_co.get(pid, set())
                 for pid in ids}
        articles: dict[str, set[str]] = defaultdict(set)
        for row in self.store.articles_of(stored):
            articles[row["id"]].add(row["article"])

        def linked(other: str) -> set[str]:
            if other in ids:
                return set()
            theirs = ({r["article"] for r in self.store.articles_of([other])}
                      if self._in_store(other) else set())
            return (by_kin.get(other, set())
                    | {self.names.get(pid, pid) for pid in stored if articles[pid] & theirs}
                    | {self.names.get(pid, pid) for pid in ids if other in local[pid]})
        return linked

    def _may_be_short(self, person: Person) -> bool:
        """Whether a name may be someone's short name: one word, or a fuller name whose first
        word someone is called by alone."""
        tokens = words(person.name)
        return (len(tokens) == 1 or royal_given(person.name) is not None
                or generation_nickname(person.name) is not None
                or any(len(words(name)) == 1 for _, name, _ in self.index.get(tokens[0], []))
                or any(key in self.index for name in (person.name, *person.aliases)
                       for key in given_variants(name)))

    def _match_short(self, doc: str, person: Person, links: dict[str, set[str]],
                     clues: Clues) -> str | None:
        tokens = words(person.name)
        if not tokens:
            return None
        key, one_word = tokens[0], len(tokens) == 1
        ranked = royal_given(person.name)  # 'King Eli' may be the 'Crown Prince Eli' of before
        nick = generation_nickname(person.name)  # 'Trey', 'Trey Moss': an 'Eli Moss III'?
        fits: list[tuple[int, str]] = []
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        # 'Gus Moss' is the 'Augustus Moss Jr.' of his wife: id → (how, the relative shared)
        marked: dict[str, tuple[str, str]] = {}
        for pid, via in links.items():
            names = self.all_names.get(pid, set()) | {self.names.get(pid, "")}
            main = words(self.names.get(pid, ""))
            if nick and any(generation_nickname_of(person.name, n) for n in names):
                ok = True
            elif generation(names) != generation([person.name]):
                same = (not one_word and any(unmarked_form(person.name, n) for n in names)
                        and self.same_relative(kin, pid))
                if not same:
                    continue
                ok, marked[pid] = True, ("the name without its generation marker", same)
            elif ranked:
                # 'Princess Grace' is also the 'Grace Kelly' she was born, by the same context
                ok = any(same_styled_name(person.name, n) or short_form_name(person.name, n)
                         for n in names) or (len(main) > 1 and ranked == main[0])
            elif one_word:
                ok = bool(main) and (key in (main[0], given_name(self.names.get(pid, "")))
                                     or any(words(n) == [key] for n in names))
                if not ok and main and (key == main[-1] or short_form(key, main[0])) and (
                        same := self.same_relative(kin, pid)):
                    # a surname alone ('Moss') or a pet form ('Rick') of a person who has a
                    # relative in the same role who is one person (the same husband)
                    ok, marked[pid] = True, ("a surname or pet form alone", same)
            else:
                ok = main == [key] or any(short_form_name(a, n) for n in names
                                          for a in (person.name, *person.aliases))
            if ok:
                fits.append((len(via), pid))
        fits.sort(reverse=True)
        if not fits or (len(fits) > 1 and fits[0][0] == fits[1][0]):
            return None
        pid = fits[0][1]
        shared = ", ".join(sorted(links[pid])[:5])
        why = (f"{marked[pid][0]}; the same {marked[pid][1]}"
               if pid in marked else f"short name; linked to {shared} of the same article")
        if nick and pid not in marked:
            why = f"'{words(person.name)[0]}' names a {nick.upper()}; " + why
        self._reason(pid, f"{doc}: '{person.name}' joins '{self.names.get(pid, pid)}' ({why})")
        return pid

    def _by_trade(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A one-word name ('Zerina') the articles give with a trade ('singer') is the one
        person who goes by that one word and is called by the same trade, with nothing to
        keep them apart: a stage name, written alone in articles that name no one else in
        common; so is a full name with a short or full form of its given name ('Bill Tarrant'
        / 'William Tarrant', both directors). A first name without a trade (a child's) never
        joins so."""
        tokens = words(person.name)
        jobs = self._kin_here(doc, [person.name, *person.aliases], clues).get("job", set())
        if not jobs:
            return None
        keys = tokens if len(tokens) == 1 else given_variants(person.name)
        mine = {w for j in jobs for w in fold(j).split()}
        here = set(self.result.ids[doc].values())
        fits: dict[str, str] = {}
        for pid in sorted({pid for key in keys for pid, _, kind in self.index.get(key, [])
                           if kind in ("name", "alias")} - here):
            names = self.all_names.get(pid, set()) | {self.names.get(pid, "")}
            theirs = {w for j in self._kin_of(pid, True).get("job", ()) for w in fold(j).split()}
            same = (any(words(n) == tokens for n in names) if len(tokens) == 1
                    else any(short_form_name(person.name, n) for n in names))
            if same and mine & theirs and not self._conflict(doc, pid, person, clues):
                fits[pid] = sorted(mine & theirs)[0]
        if len(fits) != 1:
            return None
        pid, trade = fits.popitem()
        how = "a one-word name" if len(tokens) == 1 else "a short form of the given name"
        self._reason(pid, f"{doc}: '{person.name}' joins '{self.names.get(pid, pid)}' "
                          f"({how}, the same trade: {trade})")
        return pid
