"""Rules 3d-3f of ``resolve``: one person under two names that share no lookup key - a name
spelled two ways ('Natalija Rusev' / 'Natalia Rusev', 'Đoković' / 'Djokovic'), a surname
changed at marriage ('Mirela Vance' / 'Mirela Pell', wife of Jonah Pell) and a given name
under a title ('Prince Eli, Duke of Ware' / 'Elias Moss'). None joins on the names alone: a
relative in the same role (the same father, sister, husband) or, for a spelling, a person of
the article the candidate is linked to, must say so."""

from __future__ import annotations

from collections.abc import Callable

from celebgraph.graph.clues import Clues, kin_shared
from celebgraph.graph.names import (
    generation,
    given_name,
    regnal,
    short_form,
    spelling_key,
    styled_given,
    title_only,
    words,
)
from celebgraph.graph.spouse_rules import SpouseRules
from celebgraph.models import Person

__all__ = ["NameChangeRules"]

# A relative of mine in this role has the candidate among their relatives in that one.
_INVERSE = {"parent": "child", "child": "parent", "spouse": "spouse", "sibling": "sibling"}


class NameChangeRules(SpouseRules):
    # ---- rule 3d: another spelling of the name, by context ----
    def _by_spelling(self, doc: str, person: Person, clues: Clues,
                     links: Callable[[str], set[str]]) -> str | None:
        """A full name nothing matched is the one person whose name spells the same sounds
        (``names.spelling_key``: 'Natalija Rusev' / 'Natalia Rusev') when the two have a
        relative in common or the candidate is linked to someone this article names, and
        nothing keeps them apart."""
        if len(words(person.name)) < 2 or title_only(person.name):
            return None
        keys = {spelling_key(n) for n in (person.name, *person.aliases) if len(words(n)) > 1}
        here = set(self.result.ids[doc].values())
        found = sorted({pid for key in keys for pid, _, kind in self.index.get(key, [])
                        if kind != "prefix"} - here)
        if not found:
            return None
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        fits: dict[str, str] = {}
        for pid in found:
            if generation([person.name]) != generation(self._names_of(pid)):
                continue
            shared = kin_shared(kin, self._kin_of(pid)) if kin else 0
            linked = sorted(links(pid)) if not shared else []
            if (shared or linked) and not self._conflict(doc, pid, person, clues):
                fits[pid] = "a relative in common" if shared else f"linked to {linked[0]}"
        return self._sole_fit(doc, person, fits, "another spelling of the name;")

    # ---- rule 3e: a surname changed at marriage, by a relative in common ----
    def _by_changed_surname(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A full name nothing matched ('Mirela Pell', daughter of Anton Vance) is the person
        of the same given name (or a short form of it) and another surname who has a relative
        of this article in the same role ('Mirela Vance', daughter of Anton Vance), when one
        of the two surnames is the surname of a spouse of either: a name taken at marriage,
        or the one given up."""
        mine = words(person.name)
        if len(mine) < 2 or title_only(person.name) or generation([person.name]):
            return None
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        fits = {pid: support for pid, support in self._by_relatives(doc, kin)
                if self._changed_surname(person, pid, kin)
                and not self._conflict(doc, pid, person, clues)}
        return self._sole_fit(doc, person, fits, "a surname changed at marriage;")

    # ---- rule 3f: a given name under a title and a personal name, by a relative in common ----
    def _by_styled_name(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A given name under a title, no surname ('Prince Eli, Duke of Ware', 'Ada, Duchess
        of Ware') that nothing matched is the person of that given name (or a short or full
        form of it) who has a relative of this article in the same role; so is a full name
        ('Ada Moss') the person of a styled given name, by the same relative."""
        if title_only(person.name) or (generation([person.name]) and not regnal(person.name)):
            return None
        mine = styled_given(person.name)
        if mine is None and len(words(person.name)) < 2:
            return None
        given = mine or given_name(person.name)
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        fits: dict[str, str] = {}
        for pid, support in self._by_relatives(doc, kin):
            name = self.names.get(pid, "")
            theirs = styled_given(name)
            marked = [n for n in self._names_of(pid) if generation([n])]
            if (mine is None and theirs is None) or not all(regnal(n) for n in marked) or (
                    marked and generation([person.name])):
                continue  # a ruler's number on one side only: 'Princess Ada' / 'Queen Ada II'

            other = theirs or given_name(name)
            if (other == given or short_form(other, given)) and not self._conflict(
                    doc, pid, person, clues):
                fits[pid] = support
        return self._sole_fit(doc, person, fits, "a given name under a title and a name;")

    def _by_relatives(self, doc: str, kin: dict[str, set[str]]) -> list[tuple[str, str]]:
        """The people not of this article who have a relative of these in the same role (a
        sister's sister, a father's child, a husband's wife), with that relative."""
        here = set(self.result.ids[doc].values())
        out: dict[str, str] = {}
        for role, theirs_role in _INVERSE.items():
            for rel in sorted(k[1:] for k in kin.get(role, ()) if k.startswith("#")):
                for pid in sorted(k[1:] for k in self._kin_of(rel).get(theirs_role, ())
                                  if k.startswith("#")):
                    if pid not in here:
                        out.setdefault(pid, f"{role} {self.names.get(rel, rel)}")
        return list(out.items())

    def _changed_surname(self, person: Person, pid: str, kin: dict[str, set[str]]) -> bool:
        """Whether the candidate's name is this one with the other surname of a marriage:
        the same given name or a short form of it, and one of the two surnames a spouse's."""
        name = self.names.get(pid, "")
        mine, theirs = words(person.name), words(name)
        if len(theirs) < 2 or theirs[-1] == mine[-1] or generation([name]):
            return False
        a, b = given_name(person.name), given_name(name)
        if a != b and not short_form(a, b):
            return False
        spouses = {k for k in kin.get("spouse", ()) if not k.startswith("#")}
        spouses |= {self.names.get(k[1:], "") for k in self._kin_of(pid).get("spouse", ())
                    if k.startswith("#")}
        surnames = {words(s)[-1] for s in spouses if len(words(s)) > 1}
        return bool(surnames & {mine[-1], theirs[-1]})

    def _names_of(self, pid: str) -> set[str]:
        return self.all_names.get(pid, set()) | {self.names.get(pid, "")}
