"""Cross-document people: which graph person each name of each article is, and why.

Rules, in order. Every join (and every namesake kept apart) is recorded as a *reason*,
"article-id: why", stored on the person and shown by ``explain()``.

1. Inside one article (``clues.consolidate``), a one-word person joins the one fuller person of
   that article it is the first name (or a one-word alias) of, titles dropped ("Otto" of
   "Grand Duke Otto of Arnsland"), and a name with middle names dropped or given as initials
   ("Ada Moss", "Tom H.J. Pike") joins the one fuller form of it ("Ada Irene Moss",
   "Tom Henry James Pike") - unless the article relates the two (but two forms of a name
   married to one person are one), gives them different roles towards a third person (parent
   and sibling of the same child) or different birth years. A first name several fuller names
   share joins them when rule 2 finds them all one person. A given name with a generation
   marker ("Walter Jr.") joins the one full name of that generation, and a full name without
   its marker ("Walter Moss" in an article about "Walter Moss III") joins the one marked form
   of it the article does not relate it to (nor marry each to someone else: 'Eli Moss' and his
   wife beside 'Eli Moss Sr.' and his); 'Prince Eli' joins 'Eli, Duke of Ware' of the same
   article (``names.rank_and_peerage``); a ranked name joins an earlier one of the same
   given name under another rank ("Queen Ada of X" and "born Princess Ada of Y"); a maiden
   name ("Natalija Rusev") joins the article's one full name of the same given name (or
   another spelling of it) whose surname is its spouse's ("Natalia Orlin", wife of Pavel
   Orlin), unless a parent or sibling of the maiden name bears that surname (a twin sister
   named after her grandmother: ``clues.born_to``).
2. A name of two or more words joins the person whose full name or alias it equals (titles
   dropped and quoted nicknames read as aliases too: "Dame Ada Moss", 'Edward "Ned"
   Moss'), or whose full name it extends or is extended by at two or more words ("Kim
   Kardashian" ↔ "Kim Kardashian West"), or is without its middle name ("Ada Moss" ↔
   "Ada Irene Moss"); a child the article names without surname is also
   looked for with a parent's surname ("Ivo Lars", child of Ada Moss: "Ivo
   Moss"). Never when the two conflict: different generation markers (Jr., Sr., II-V, "the
   elder"), birth years more than a year apart (or, when no stated births agree, the years
   the ages of dated articles imply: ``Person.born_about``), parents on both sides none of
   whom can be the same person ('Mrs. Teo Pike' may be any wife of his: ``clues.compatible``),
   a sibling whose two parents are neither of the candidate's
   two (``_siblings_parents``), relatives that clash (``kin_clash``: parents or siblings,
   and one more kind, with no one in common), a parent of the name is a child of the
   candidate (a grandson named after his grandfather, his II dropped: ``_across_generations``),
   the candidate would be both a parent and a
   grandparent of one child (a grandmother and the granddaughter or daughter-in-law of her
   first name), a parent of the one is the spouse of the other and one of the two died (a
   son named after his late father, whose mother is the father's wife: the mother as the
   article names her is then that wife, ``Kinship._swapped_roles``), each was married to
   someone else at the same time (married to Ada since 2011, as an article of 2022 says, is
   not who married Ida in 2020, the news of an article of 2020: ``Kinship._married_at_once``;
   a divorce filing, a separation or an end date ends a marriage), or the person is already
   someone this article keeps apart from this one. A short name rule 1 joined to the name
   goes back to being a person of its own when it alone makes that clash. Of several
   candidates, the one sharing the most relatives wins; a hyphenated married name whose
   second half is a spouse's surname also looks for the name
   before it. A peerage is a name too ("Edmund Carrow, 7th Baron Thornbury" and "Lord
   Thornbury" are both "lord thornbury", ``names.peerage_forms``), joined only with a
   relative in common (a father held the title before), or when the holder was named by it
   in an article at most three years from this one and nothing says they died
   (``Kinship._title_held``). A name without its generation
   marker ("Walter Moss", "Walt Moss" for "Walter Moss Jr.") is no other generation when the
   two have a relative in the same role who is one person (``Kinship.same_relative``: a
   father's wife is his son's mother, never his wife; a sibling's parent is a parent).
3. A short name (one word, or a fuller name nothing matched) joins a person only when the
   article's context supports it: the candidate is a relative of, or named in an article with,
   someone this article names ("Nora" with Rosa Mae Pike and Ivo Lund is the Nora
   Pike related to them). A ranked name ("King Eli") is short for a person ranked
   otherwise under the same given name ("Crown Prince Eli of X"), by the same context. The
   candidate with the most support wins; a tie joins nobody. A surname alone ("Moss") or a
   pet form of the given name alone ("Kate" for "Katherine Moss") joins only a person with a
   relative in the same role who is one person (the same husband), and so does a full name
   whose given name is a short form of a one-word name ("Jo Moss" / "Jodi", children of Teo
   Moss: ``_by_pet_form_alone``); a one-word name that is the beginning of such a
   person's given name, or begins with it, the same ('Ros' / 'Rosalind Moss', sisters of
   Teo Moss: ``_by_clipped_given``). Short forms are the ``nicknames`` package's, a name it
   spells otherwise read as its spelling ("Kassie" as "Cassie", "Jodi" as "Jody"). A
   one-word name with a
   trade ("the singer Zerina") joins the one person of that one-word name called by the same
   trade, and a full name the one person of a short or full form of its given name and the
   same trade ("Bill Tarrant" / "William Tarrant", directors), with nothing to keep them
   apart (``_by_trade``). A peerage alone ("Viscount
   Ashdown") and a name nothing matched ("Henry Lisle") are one person when married to one
   spouse who has no other, and so are a wife styled by her husband's name ("Mrs. Teo Pike")
   and his one wife (``_by_spouse``); a full name nothing matched ("Ada Pike") is the
   person of its given name married to its spouse when one of the two surnames is the
   spouse's ("Ada Moss", wife of Teo Pike: ``_by_married_name``), both in ``spouse_rules``.
   Names that share no lookup key (``name_changes``) join only by a relative in the same role
   (or, for a spelling, a context link): another spelling of the name ('Natalija Rusev' /
   'Natalia Rusev', ``names.spelling_key``), the same given name with a surname of a spouse's
   (a married or maiden name), a given name under a title and a personal name ('Prince Eli,
   Duke of Ware' / 'Elias Moss'); and, in one batch, a full name is the one person of its
   given name whose spouse's surname it bears ('Ada Pike' / 'Ada Moss', wife of Teo Pike:
   ``_by_taken_surname``), with no relative needed; a full name, marked or not, that is
   a parent of a child the article names joins the child's one other parent of the same
   given name ('Eli Moss III' / 'Eli', parents of Rolf: ``_by_co_parent``). Short names
   are ``short_names``.
4. Otherwise a new person, with the id ``slug(name)`` (``-2``, ``-3``... when taken).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from celebgraph.graph.clues import Clues, consolidate, doc_people, implied_names, kin_shared
from celebgraph.graph.kinship import Resolution
from celebgraph.graph.model import first_and_last, fold, name_keys, slugify
from celebgraph.graph.names import (
    generation,
    given_variants,
    peerage_forms,
    spelling_key,
    untitled,
    words,
)
from celebgraph.graph.short_names import ShortNameRules
from celebgraph.models import Extraction, Person

if TYPE_CHECKING:
    from celebgraph.graph.read_cache import StoreReads

__all__ = ["Resolution", "doc_people", "resolve"]

_RANK = {"name": 0, "alias": 1, "implied": 1, "title": 1, "prefix": 2}


def _lookup_keys(person: Person) -> list[str]:
    folded = fold(person.name)
    tokens = folded.split()
    plain = [untitled(n) for n in (person.name, *person.aliases)]
    keys = [folded, *(fold(a) for a in [*person.aliases, *(p for p in plain if p)]
                      if len(fold(a).split()) > 1)]
    keys += [" ".join(tokens[:n]) for n in range(2, len(tokens))]
    if len(tokens) == 3 and not generation([person.name]):
        keys.append(f"{tokens[0]} {tokens[2]}")  # 'Ada Irene Moss' is an 'Ada Moss'?
    # So is a longer name, or a stated birth name, without its middle names.
    keys += [short for n in (person.name, *person.aliases) if (short := first_and_last(n))]
    keys += [t for n in (person.name, *person.aliases) for t in peerage_forms(n)]
    return keys


class _Resolver(ShortNameRules):
    def __init__(self, store: StoreReads, extractions: Sequence[Extraction]) -> None:
        super().__init__(store, Resolution(ids={e.document.id: {} for e in extractions}))
        self.extractions = extractions
        self.people = {e.document.id: doc_people(e) for e in extractions}
        self.local_rels: dict[str, set[str]] = defaultdict(set)
        self.local_co: dict[str, set[str]] = defaultdict(set)
        self.taken: set[str] = set()
        # (article, folded name) → the namesakes that name was kept apart from, for its new id
        self._pending_apart: dict[tuple[str, str], list[str]] = defaultdict(list)

    def run(self) -> Resolution:
        people = [p for ps in self.people.values() for p in ps]
        keys = {k for p in people for k in _lookup_keys(p)}
        # First words of fuller names too: a fuller name nothing matched asks for the context
        # only when someone is called just its first word ("North" for "North West").
        keys |= {words(p.name)[0] for p in people if len(words(p.name)) > 1}
        # The name with a short or full form of its given name ('Rick Moss', 'Richard Moss'):
        # a candidate for rule 3, by context.
        keys |= {v for p in people for n in (p.name, *p.aliases) for v in given_variants(n)}
        # The name as it sounds ('natalia rusev' of 'Natalija Rusev'): a candidate for rule 3d.
        keys |= {spelling_key(n) for p in people for n in (p.name, *p.aliases)
                 if len(words(n)) > 1}
        slugs = sorted({slugify(p.name) for p in people})  # a new person's id, mostly
        found = self.store.existing_ids(slugs)
        self.in_store = {slug: slug in found for slug in slugs}
        rows = self.store.lookup_keys(sorted(keys))
        for row in rows:
            self._index(row["key"], row["id"], row["name"], row["kind"])
            self.in_store[row["id"]] = True  # found there: no need to ask again
        self._note_stored(rows)
        for ext in self.extractions:
            self._article(ext)
        return self.result

    def _article(self, ext: Extraction) -> None:
        doc = ext.document.id
        clues = Clues.of(ext)
        people, joined = consolidate(self.people[doc], clues)
        later: list[Person] = []
        for person in people:
            implied = implied_names(person, clues)
            pid = None
            if len(words(person.name)) > 1 or implied:
                pid = self._match_full(doc, person, clues, implied)
            if pid:
                person = self._detach_other_generation(doc, person, pid, joined, clues, later)
                self._assign(doc, person, pid)
            else:
                later.append(person)
        self._link_local(ext)
        links = self._context(doc, ext) if any(self._may_be_short(p) for p in later) else {}
        context: list[Callable[[str], set[str]]] = [
            lambda pid: links.get(pid, set())] if links else []

        def linked(pid: str) -> set[str]:  # the context, read only when a rule needs it
            if not context:
                context.append(self._linked_to(doc))
            return context[0](pid)

        for person in sorted(later, key=lambda p: -len(words(p.name))):
            pid = (self._one_of_choices(doc, person, clues)
                   or self._relative_of_namesake(doc, person, clues)
                   or self._match_short(doc, person, links, clues)
                   or self._by_pet_form_alone(doc, person, clues)
                   or self._by_clipped_given(doc, person, clues)
                   or self._by_trade(doc, person, clues)
                   or self._by_spouse(doc, person, clues)
                   or self._by_couple(doc, person, clues)
                   or self._by_consort(doc, person, clues)
                   or self._by_married_name(doc, person, clues)
                   or self._by_spelling(doc, person, clues, linked)
                   or self._by_changed_surname(doc, person, clues)
                   or self._by_co_parent(doc, person, clues)
                   or self._by_taken_surname(doc, person, clues)
                   or self._by_styled_name(doc, person, clues))
            self._assign(doc, person, pid)
        for key, (target, why, name) in joined.items():
            self.result.ids[doc][key] = self.result.ids[doc][fold(target.name)]
            self._reason(self.result.ids[doc][key],
                         f"{doc}: '{name}' is '{target.name}' of the same article ({why})")
        self._link_local(ext)
        self._remember(doc, people, clues)

    # ---- rule 2: full names ----
    def _match_full(self, doc: str, person: Person, clues: Clues,
                    implied: list[str]) -> str | None:
        folded = fold(person.name)
        found: dict[str, tuple[int, str, str]] = {}
        for key in implied:
            for pid, name, kind in self.index.get(key, []):
                if kind not in ("prefix", "spelling") and (pid not in found or found[pid][0] > 6):
                    found[pid] = (6, name, "the name with the surname of a parent in the article")
        titles = {t for n in (person.name, *person.aliases) for t in peerage_forms(n)} - {folded}
        for key in _lookup_keys(person) if len(words(person.name)) > 1 else []:
            for pid, name, kind in self.index.get(key, []):
                if (key != folded and kind == "prefix") or kind == "spelling":
                    continue  # a shared prefix of two longer names is no evidence; a
                    # spelling joins only by context (rule 3d)
                rank = _RANK[kind] + (0 if key == folded else 3)
                how = ("same name" if rank == 0 else "the same title"
                       if kind == "title" or key in titles else "alias" if kind == "alias"
                       else "their name with the surname of a parent in another article"
                       if kind == "implied"
                       else "a longer form of the name" if kind == "prefix" else "a shorter form")
                if pid not in found or rank < found[pid][0]:
                    found[pid] = (rank, name, how)
        here = self.result.ids[doc]
        titled = any(how == "the same title" for _, _, how in found.values())
        mine = (self._kin_here(doc, [person.name, *person.aliases], clues)
                if len(found) > 1 or titled else {})
        shared = {pid: kin_shared(mine, self._kin_of(pid)) if mine else 0 for pid in found}
        for pid, (_rank, name, how) in sorted(found.items(),
                                              key=lambda x: (x[1][0], -shared[x[0]], x[0])):
            why_not = next((f"'{other}' of the same article is {name}, {why}"
                            for other, other_pid in here.items() if other_pid == pid
                            and (why := clues.apart(person, Person(other)))), None)
            why_not = why_not or self._conflict(doc, pid, person, clues, _rank == 6)
            if not why_not and how == "the same title" and not shared[pid]:
                # a father held it too - unless a relative of the holder is named here
                if related := (self._relative_named(doc, person, pid, clues)
                               or self._title_held(pid, self._kin_here(
                                   doc, [person.name, *person.aliases], clues), clues)):
                    how += f"; {related}"
                else:
                    why_not = "the same title, but no relative in common"
            if why_not:
                self._reason_apart(doc, person, pid, name, why_not)
                continue
            if how != "same name":
                how += self._unmarked_why(doc, person, pid, clues)
                self._reason(pid, f"{doc}: '{person.name}' joins '{name}' ({how})")
            return pid
        return None

    def _relative_named(self, doc: str, person: Person, pid: str, clues: Clues) -> str | None:
        """A relative of the candidate whom the article names as someone else ('the Duke of
        Ware', in an article naming his father King Eli, is 'Prince Ivo, Duke of Ware', son of
        King Eli): what a title alone needs to be its one holder of before."""
        mine = {fold(n) for n in (person.name, *person.aliases)}
        ids = self.result.ids[doc]
        others = {fold(n) for p in clues.people for n in (p.name, *p.aliases)} - mine
        named = {f"#{ids[n]}" for n in others if n in ids} | self._sole_holders(
            n for n in others if n not in ids)
        kin = self._kin_of(pid)
        for role in ("parent", "child", "sibling", "spouse"):
            if both := sorted(named & kin.get(role, set()) - {f"#{pid}"}):
                other = both[0][1:]
                return f"their {role} {self.names.get(other, other)} named here"
        return None

    def _unmarked_why(self, doc: str, person: Person, pid: str, clues: Clues) -> str:
        """Why a name without the candidate's generation marker is that generation."""
        theirs = self.all_names.get(pid, set()) | {self.names.get(pid, "")}
        if generation([person.name, *person.aliases]) == generation(theirs):
            return ""
        same = self.same_relative(self._kin_here(doc, [person.name, *person.aliases], clues),
                                  pid)
        return f"; the name without its generation marker, the same {same}" if same else ""

    def _reason_apart(self, doc: str, person: Person, pid: str, name: str, why: str) -> None:
        self._pending_apart[doc, fold(person.name)].append(
            f"{doc}: '{person.name}' kept apart from '{name}' ({pid}): {why}")

    def _one_of_choices(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A first name the article's fuller people share, who all turned out one person."""
        fits = clues.choices.get(fold(person.name), [])
        pids = {self.result.ids[doc].get(fold(p.name)) for p in fits}
        if len(pids) != 1 or None in pids:
            return None
        pid = pids.pop()
        assert pid is not None
        shared = "', '".join(p.name for p in fits)
        self._reason(pid, f"{doc}: '{person.name}' is the first name of '{shared}' of the same "
                          "article, all one person")
        return pid

    def _relative_of_namesake(self, doc: str, person: Person, clues: Clues) -> str | None:
        """A name nothing matched that kept a namesake apart as their parent and the spouse
        of the other ('Ada Moss', mother of Eli Moss, is 'Ada', wife of the elder Eli Moss)."""
        found = self.relative_found.get((doc, fold(person.name)))
        if not found or self._conflict(doc, found[0], person, clues):
            return None
        pid, why = found
        self._reason(pid, f"{doc}: '{person.name}' joins '{self.names.get(pid, pid)}' ({why})")
        return pid

    def _assign(self, doc: str, person: Person, pid: str | None) -> None:
        apart = self._pending_apart.pop((doc, fold(person.name)), [])
        if pid is None:
            pid = self._new_id(person.name)
        for text in apart:  # the namesakes it was kept apart from, wherever it went
            self._reason(pid, text)
        for name in (person.name, *person.aliases):
            self.result.ids[doc].setdefault(fold(name), pid)
        new = pid in self.result.new
        for entry in name_keys(person.name, person.aliases):
            kind = entry["kind"] if new or entry["kind"] != "name" else "alias"
            self._index(entry["key"], pid, self.names.get(pid, person.name), kind)
        self.all_names[pid].update((person.name, *person.aliases))

    def _new_id(self, name: str) -> str:
        base = slugify(name)
        pid, n = base, 1
        while pid in self.taken or self._in_store(pid):
            n += 1
            pid = f"{base}-{n}"
        self.taken.add(pid)
        self.result.new.add(pid)
        self.names[pid] = name
        self.in_store[pid] = False
        return pid

    def _link_local(self, ext: Extraction) -> None:
        """Record who this article relates to whom (earlier articles' links are recorded)."""
        ids = self.result.ids[ext.document.id]
        for f in ext.facts:
            a, b = ids.get(fold(f.subject)), ids.get(fold(f.object or ""))
            if a and b:
                self.local_rels[a].add(b)
                self.local_rels[b].add(a)

    def _remember(self, doc: str, people: list[Person], clues: Clues) -> None:
        """Batch-local clues for later articles: who is named together, births, parents, and
        the surname a parent implies (a lookup key of this batch, never an alias)."""
        ids = self.result.ids[doc]
        here = set(ids.values())
        for pid in here:
            self.local_co[pid] |= here - {pid}
        for person in people:
            pid = ids[fold(person.name)]
            for key in implied_names(person, clues):
                self._index(key, pid, self.names.get(pid, person.name), "implied")
            names = [person.name, *person.aliases]
            self.births[pid] |= clues.of_person(names, "births")
            if {fold(n) for n in names} & clues.dead:
                self.dead.add(pid)
            self.marriages[pid] |= self.marriages_here(doc, names, clues)
            if clues.published:
                self.named_years[pid].add(clues.published)
            self.about[pid] |= clues.of_person(names, "about")
            for role, kin in self._kin_here(doc, names, clues).items():
                self.kin[pid][role] |= kin
            self.parents[pid] |= clues.of_person(names, "parents")


def resolve(store: StoreReads, extractions: Sequence[Extraction]) -> Resolution:
    """Map every name of every article in the batch to a person id (existing or new);
    ``store``: a ``GraphStore``, or an ingest's ``ReadCache`` of one."""
    return _Resolver(store, extractions).run()
