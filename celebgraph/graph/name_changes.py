"""Rules 3d-3f of ``resolve``: one person under two names that share no lookup key - a name
spelled two ways ('Natalija Rusev' / 'Natalia Rusev', 'Đoković' / 'Djokovic'), a surname
changed at marriage ('Mirela Vance' / 'Mirela Pell', wife of Jonah Pell) and a given name
under a title ('Prince Eli, Duke of Ware' / 'Elias Moss'). None joins on the names alone: a
relative in the same role (the same father, sister, husband) or, for a spelling, a person of
the article the candidate is linked to, must say so."""

from __future__ import annotations

from collections.abc import Callable

from celebgraph.graph.clues import Clues, born_to, kin_shared
from celebgraph.graph.names import (
    generation,
    given_name,
    married_pair,
    regnal,
    same_given,
    short_form,
    spelling_key,
    styled_given,
    surname,
    title_only,
    untitled,
    words,
)
from celebgraph.graph.spouse_rules import SpouseRules
from celebgraph.models import Person

__all__ = ["NameChangeRules"]

# A relative of mine in this role has the candidate among their relatives in that one.
_INVERSE = {"parent": "child", "child": "parent", "spouse": "spouse", "sibling": "sibling"}


def _clipped(a: str, b: str) -> bool:
    """Whether one given name is the other cut short, at three letters or more ('ros' /
    'rosalind'; not 'ros' / 'ros', nor 'jo' / 'joanna')."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and len(long) > len(short) and long.startswith(short)


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

    # ---- rule 3e'': a parent of the same child, of the same given name ----
    def _by_co_parent(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A full name nothing matched ('Ada Pike', 'Eli Moss III', parents of Rolf) is the one
        other parent, outside this article, of a child it names, called by the same given
        name (or a short form or another spelling of it: 'Ada Moss', 'Eli', parents of
        Rolf), when nothing keeps them apart: a child's two parents rarely share a given
        name, so the two names are one parent's (a married or stage name, a name given
        whole in one article and by its first word in another)."""
        if len(words(person.name)) < 2 or title_only(person.name):
            return None
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        children = {k for k in kin.get("child", ()) if k.startswith("#")}
        if not children:
            return None
        given = given_name(person.name)
        fits = {pid: support for pid, support in self._by_relatives(doc, {"child": children})
                if any(same_given(given_name(n), given) for n in self._names_of(pid))
                and not self._conflict(doc, pid, person, clues)}
        return self._sole_fit(doc, person, fits, "the same given name, a parent of the same "
                                                  "child:")

    # ---- rule 3g': a given name cut short, alone, by a relative ----
    def _by_clipped_given(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A one-word name nothing matched ('Zeph', sister of Ivo Lund) is the one person
        outside this article with a relative of this article in the same role whose given
        name it is the beginning of, or begins with ('Zephyrine Lund', sister of Ivo Lund):
        a given name clipped ('Ros' for 'Rosalind') where the ``nicknames`` table lists no
        such pet form, with nothing to keep them apart."""
        mine = words(person.name)
        if len(mine) != 1 or len(mine[0]) < 3 or untitled(person.name) is not None:
            return None
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        fits = {pid: support for pid, support in self._by_relatives(doc, kin)
                if any(_clipped(mine[0], given_name(n)) for n in self._names_of(pid))
                and not self._conflict(doc, pid, person, clues)}
        return self._sole_fit(doc, person, fits, "the given name cut short; the same")

    # ---- rule 3e': a married name, by the spouse's surname alone ----
    def _by_taken_surname(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A full name nothing matched ('Ada Pike') is the one person of this batch of the
        same given name (or a short form or another spelling of it) and another surname
        ('Ada Moss') whose spouse's surname it bears ('Teo Pike'): the name she took at
        marriage, in an article that names no relative of hers in common - unless either was
        born to that surname (a parent or sibling bears it: the spouse's sister, not his
        wife) or anything else keeps them apart. Batch-local: candidates are the batch's
        full names and the stored people its keys found (no stored index by given name)."""
        mine = words(person.name)
        if len(mine) < 2 or title_only(person.name) or generation([person.name]):
            return None
        here = set(self.result.ids[doc].values())
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        if born_to(kin, mine[-1]):
            return None
        fits: dict[str, str] = {}
        for pid in sorted(self._same_given(mine[0]) - here):
            spouses = self._spouse_names(pid)
            names = self._names_of(pid)
            if not any(married_pair(n, person.name, spouses) for n in names):
                continue
            theirs = {k for k in self._kin_of(pid).get("spouse", ()) if k.startswith("#")}
            if any(theirs & kin.get(role, set()) for role in ("parent", "child", "sibling")) \
                    or born_to(self._kin_of(pid), mine[-1]):
                continue  # born to the spouse's surname: his sister or daughter
            if not self._conflict(doc, pid, person, clues):
                fits[pid] = next((s for s in spouses if surname(s) == mine[-1]), mine[-1])
        return self._sole_fit(doc, person, fits, "a married name: the surname of the spouse")

    # ---- rule 3g: a full name and a pet form of its given name alone, by a relative ----
    def _by_pet_form_alone(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A full name nothing matched ('Jo Moss', daughter of Teo Moss) is the one person
        called by a short or full form of its given name alone ('Jodi') who has a relative
        of this article in the same role (Teo Moss's child), with nothing to keep them
        apart."""
        mine = words(person.name)
        if len(mine) < 2 or title_only(person.name) or generation([person.name]):
            return None
        kin = self._kin_here(doc, [person.name, *person.aliases], clues)
        fits = {pid: support for pid, support in self._by_relatives(doc, kin)
                if any(len(t := words(n)) == 1 and short_form(t[0], mine[0])
                       for n in self._names_of(pid))
                and not self._conflict(doc, pid, person, clues)}
        return self._sole_fit(doc, person, fits, "another form of the given name alone; the "
                                                  "same")

    def _spouse_names(self, pid: str) -> list[str]:
        return sorted({self.names.get(k[1:], "") if k.startswith("#") else k
                       for k in self._kin_of(pid).get("spouse", ())} - {""})

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
