"""Rules 3b and 3c of ``resolve``: two names of one person told apart by nothing but the
spouse they share - a peerage and a name ('Viscount Ashdown' / 'Henry Lisle'), a wife styled
by her husband's name and her own ('Mrs. Teo Pike' / 'Ada Moss'), a maiden and a married name
('Ada Moss' / 'Ada Pike', both wives of Teo Pike)."""

from __future__ import annotations

from celebgraph.graph.clues import Clues
from celebgraph.graph.kinship import Kinship
from celebgraph.graph.model import fold
from celebgraph.graph.names import (
    generation,
    given_forms,
    given_name,
    given_peerage,
    peerage_forms,
    short_form,
    styled_as_wife_of,
    surname,
    title_only,
    untitled,
    words,
)
from celebgraph.models import Person

__all__ = ["SpouseRules"]

# The style of a peer's spouse ('duke of ware' → 'duchess of ware', 'lord ware' → 'lady ware').
_CONSORT = {"duke of": "duchess of", "duchess of": "duke of", "lord": "lady", "lady": "lord"}


def _one_bears_spouses_surname(mine: str, theirs: str, spouse: str) -> bool:
    """Two full names of other surnames, one of which is the spouse's, and given names that
    may be forms of one name (the same first letter: 'Dot Brandt' / 'Dorothea Vale', wives
    of Teo Brandt): a name taken at marriage and a name kept, the given name shortened as
    the ``nicknames`` table does not list. Given names of other letters are two wives
    (the one wife known of a man may be his namesake's)."""
    a, b, s = words(mine), words(theirs), words(spouse)
    return (len(a) > 1 and len(b) > 1 and len(s) > 1 and not generation([mine, theirs])
            and not untitled(mine) and not untitled(theirs) and a[0][:1] == b[0][:1]
            and a[0] != b[0]  # one given name: ``_by_married_name``
            and surname(mine) != surname(theirs)
            and surname(spouse) in (surname(mine), surname(theirs)))


class SpouseRules(Kinship):
    # ---- rule 3b: a peerage and a name, by the spouse they share ----
    def _by_spouse(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A peerage alone ('Viscount Ashdown') that nothing matched, or a full name matching
        nobody, is the person of the other kind of name married to this name's spouse, when
        the spouse has no other and nothing keeps them apart; so is a wife styled by her
        husband's name ('Mrs. Teo Pike', wife of Teo Pike), his one wife of other articles.
        Only a spouse says so: people who share parents are siblings, people who share a
        child its two parents; and only for a peerage, a wife's style, or two full names
        under other surnames, one of them the spouse's, of given names with one first letter
        ('Dot Brandt' / 'Dorothea Vale', wives of Teo Brandt: ``_one_bears_spouses_surname``);
        a one-word stage name by a spouse alone joined wrong people on the shared articles."""
        here = set(self.result.ids[doc].values())
        fits: dict[str, str] = {}
        spouses = self._kin_here(doc, [person.name, *person.aliases], clues).get("spouse", ())
        for rel in (k[1:] for k in spouses if k.startswith("#")):
            theirs = {k[1:] for k in self._kin_of(rel).get("spouse", ()) if k.startswith("#")}
            if len(theirs) == 1 and not theirs & here:  # married twice: not for a spouse to say
                pid = theirs.pop()
                if ((title_only(person.name) or title_only(self.names.get(pid, ""))
                     or styled_as_wife_of(person.name, self.names.get(rel, ""))
                     or _one_bears_spouses_surname(person.name, self.names.get(pid, ""),
                                                   self.names.get(rel, "")))
                        and not self._conflict(doc, pid, person, clues)):
                    fits[pid] = self.names.get(rel, rel)
        return self._sole_fit(doc, person, fits, "a peerage and a name of one person; the same "
                                                  "spouse")

    # ---- rule 3b: a peeress by her title, in an article naming the peer ----
    def _by_consort(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A peerage alone that nothing matched ('Duchess of Ware'), in an article that names
        the peer of the same place ('the Duke and Duchess of Ware'), is that peer's one
        spouse of the other articles ('Ada Moss', wife of Prince Eli, Duke of Ware), when
        nothing keeps them apart."""
        if not title_only(person.name):
            return None
        consorts = {f"{_CONSORT[style]} {form[len(style) + 1:]}"
                    for form in peerage_forms(person.name) for style in _CONSORT
                    if form.startswith(style + " ")}
        ids = self.result.ids[doc]
        here = set(ids.values())
        peers = sorted({ids[fold(p.name)] for p in clues.people if fold(p.name) in ids
                        and consorts & {t for n in (p.name, *p.aliases)
                                        for t in peerage_forms(n)}})
        fits: dict[str, str] = {}
        for peer in peers:
            theirs = {k[1:] for k in self._kin_of(peer).get("spouse", ()) if k.startswith("#")}
            if len(theirs) == 1 and not theirs & here:
                pid = theirs.pop()
                if not self._conflict(doc, pid, person, clues):
                    fits[pid] = self.names.get(peer, peer)
        return self._sole_fit(doc, person, fits, "a peerage alone, the one spouse of the peer "
                                                  "of the same place named here:")

    # ---- rule 3b: a couple named by first names alone ----
    def _by_couple(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A one-word name ('Saskia') the article marries to another one-word name ('Bobby')
        is the one person who goes by that given name (or a short form of it) and whose one
        spouse goes by the other ('Saskia and her husband, Bobby': Saskia Dorn, wife of Robert
        'Bobby' Tallis); the second of the two then finds the first's spouse resolved. Two
        first names alone say little; a couple of them names one pair. A spouse named in full
        does not do (a son's misread wife, a namesake's)."""
        tokens = words(person.name)
        if len(tokens) != 1 or generation([person.name]):
            return None
        spouses = self._kin_here(doc, [person.name, *person.aliases], clues).get("spouse", ())
        resolved = {k[1:] for k in spouses if k.startswith("#")}
        alone = {k for k in spouses if not k.startswith("#") and len(words(k)) == 1}
        if not alone:
            return None
        here = set(self.result.ids[doc].values())
        candidates = {pid for pid, _, kind in self.index.get(tokens[0], [])
                      if kind in ("name", "alias")} | self._same_given(tokens[0])
        # and the spouses of a spouse resolved already ('Bill', married to her: William Sorel)
        candidates |= {k[1:] for s in resolved for k in self._kin_of(s).get("spouse", ())
                       if k.startswith("#")}
        fits: dict[str, str] = {}
        for pid in sorted(candidates - here):
            names = self._names_of_id(pid)
            if generation(names) or not any(self._goes_by(n, tokens[0]) for n in names):
                continue  # a first name says nothing of a generation: 'Eli' is no 'Eli Moss V'
            theirs = {k[1:] for k in self._kin_of(pid).get("spouse", ()) if k.startswith("#")}
            both = sorted(s for s in theirs if (s in resolved or s not in here) and any(
                self._goes_by(n, w) for n in self._names_of_id(s) for w in alone))
            # A spouse married more than once: not for a first name to say which marriage.
            both = [s for s in both if {k[1:] for k in self._kin_of(s).get("spouse", ())
                                        if k.startswith("#")} - here == {pid}]
            if both and not self._conflict(doc, pid, person, clues):
                fits[pid] = self.names.get(both[0], both[0])
        return self._sole_fit(doc, person, fits, "a first name alone, married to the same "
                                                  "spouse")

    def _same_given(self, given: str) -> set[str]:
        """The batch's full names (and the stored people its keys found) of this given name,
        or a short or full form of it (no stored index by given name)."""
        return {pid for key in given_forms(given) for pid in self.by_given.get(key, ())}

    @staticmethod
    def _goes_by(name: str, word: str) -> bool:
        """Whether a person of this name may be called by this one word: the name itself, its
        given name or a short form of it ('Bobby' of 'Robert Tallis')."""
        given = given_name(name)
        return fold(word) in (fold(name), given) or short_form(word, given)

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

