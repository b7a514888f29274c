"""Rules 3b and 3c of ``resolve``: two names of one person told apart by nothing but the
spouse they share - a peerage and a name ('Viscount Ashdown' / 'Henry Lisle'), a wife styled
by her husband's name and her own ('Mrs. Teo Pike' / 'Ada Moss'), a maiden and a married name
('Ada Moss' / 'Ada Pike', both wives of Teo Pike)."""

from __future__ import annotations

from celebgraph.graph.clues import Clues
from celebgraph.graph.kinship import Kinship
from celebgraph.graph.names import (
    generation,
    given_name,
    given_peerage,
    styled_as_wife_of,
    title_only,
    words,
)
from celebgraph.models import Person

__all__ = ["SpouseRules"]


class SpouseRules(Kinship):
    # ---- rule 3b: a peerage and a name, by the spouse they share ----
    def _by_spouse(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A peerage alone ('Viscount Ashdown') that nothing matched, or a full name matching
        nobody, is the person of the other kind of name married to this name's spouse, when
        the spouse has no other and nothing keeps them apart; so is a wife styled by her
        husband's name ('Mrs. Teo Pike', wife of Teo Pike), his one wife of other articles.
        Only a spouse says so: people who share parents are siblings, people who share a
        child its two parents; and only for a peerage or a wife's style (a one-word stage
        name by a spouse alone joined wrong people on the shared articles)."""
        here = set(self.result.ids[doc].values())
        fits: dict[str, str] = {}
        spouses = self._kin_here(doc, [person.name, *person.aliases], clues).get("spouse", ())
        for rel in (k[1:] for k in spouses if k.startswith("#")):
            theirs = {k[1:] for k in self._kin_of(rel).get("spouse", ()) if k.startswith("#")}
            if len(theirs) == 1 and not theirs & here:  # married twice: not for a spouse to say
                pid = theirs.pop()
                if ((title_only(person.name) or title_only(self.names.get(pid, ""))
                     or styled_as_wife_of(person.name, self.names.get(rel, "")))
                        and not self._conflict(doc, pid, person, clues)):
                    fits[pid] = self.names.get(rel, rel)
        return self._sole_fit(doc, person, fits, "a peerage and a name of one person; the same "
                                                  "spouse")

    # ---- rule 3c: a maiden and a married name, by the spouse they share ----
    def _by_married_name(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A full name nothing matched ('Ada Pike') is the person of the same given name
        married to this name's spouse ('Ada Moss', wife of Teo Pike) when one of the two
        surnames is the spouse's: a name taken at marriage, or the one before it; or when one
        of them is the given name and a peerage ('Ada, Duchess of Harwick' / 'Lady Ada Moss',
        wives of the duke)."""
        mine = words(person.name)
        if len(mine) < 2 or title_only(person.name) or generation([person.name]):
            return None
        given = given_name(person.name)
        here = set(self.result.ids[doc].values())
        kin = self._kin_here(doc, [person.name, *person.aliases], clues).get("spouse", set())
        fits: dict[str, str] = {}
        for rel in sorted(k[1:] for k in self._resolved(kin)):
            surname = words(self.names.get(rel, ""))[-1:]
            for pid in (k[1:] for k in self._kin_of(rel).get("spouse", ()) if k.startswith("#")):
                name = self.names.get(pid, "")
                theirs = words(name)
                styled = given_peerage(person.name) or given_peerage(name)  # 'Ada, Duchess of X'
                if (pid in here or len(theirs) < 2 or given_name(name) != given
                        or (not styled and (theirs[-1] == mine[-1]
                                            or surname not in ([mine[-1]], [theirs[-1]])))
                        or self._conflict(doc, pid, person, clues)):
                    continue
                fits[pid] = self.names.get(rel, rel)
        return self._sole_fit(doc, person, fits, "a maiden and a married name: the same given "
                                                  "name and spouse")

    def _sole_fit(self, doc: str, person: Person, fits: dict[str, str], why: str) -> str | None:
        """The one person ``fits`` offers (id → what supports it: the spouse, the relative
        shared), with its reason; None when there are none or several."""
        if len(fits) != 1:
            return None
        pid, spouse = fits.popitem()
        self._reason(pid, f"{doc}: '{person.name}' joins '{self.names.get(pid, pid)}' "
                          f"({why} {spouse})")
        return pid

