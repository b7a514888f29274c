"""What a name says about who it may be: generation markers, first words, middle names.

Pure functions over folded names (``model.fold``), used by ``resolve``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from nicknames import NickNamer

from celebgraph.graph.model import fold

__all__ = ["first_word", "generation", "generation_nickname", "generation_nickname_of",
           "given_forms", "given_name", "given_peerage", "given_sound", "given_variants",
           "married_forms", "married_pair", "middle_compatible", "peerage_forms",
           "rank_and_peerage", "regnal", "royal_given", "same_generation",
           "same_given", "same_styled_name", "short_form", "short_form_name", "spelling_key",
           "styled_as_wife_of", "styled_given", "surname", "title_only", "unmarked_form",
           "untitled", "words"]

_MARKERS = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "junior", "senior"})
# Nicknames that name a generation: 'Trey' is the third of a name, 'Deuce' the second.
_GENERATION_NICKNAMES = {"trey": "iii", "trip": "iii", "tripp": "iii", "deuce": "ii"}
_ELDER = re.compile(r"\bthe (elder|younger)\b")
# Titles and styles before a name ("Mrs." is not one: "Mrs. John Doe" is not John Doe).
_TITLES = frozenset({
    "sir", "dame", "lady", "lord", "prince", "princess", "king", "queen", "duke", "duchess",
    "crown", "hereditary", "grand", "archduke", "archduchess", "emperor", "empress", "earl",
    "count", "countess", "baron", "baroness", "marquess", "viscount", "dr", "mr",
})
# Titles a person's rank changes between (a princess becomes queen, a crown prince king);
# "Mr.", "Dr." and "Sir" are left out: they say nothing about which Ada of a family is meant.
_RANKS = _TITLES - {"dr", "mr", "sir", "dame"}
# A peerage, as the title of a name ('Edmund Carrow, 7th Baron Thornbury', 'the Earl of
# Wexcombe', 'Viscount Ashdown'): how the holder is called in short. A baron, viscount, earl
# or marquess is 'Lord X', his wife 'Lady X'; a duke stays 'Duke of X'.
_PEER_STYLE = {"lord": "lord", "baron": "lord", "viscount": "lord", "earl": "lord",
               "marquess": "lord", "marquis": "lord", "lady": "lady", "baroness": "lady",
               "viscountess": "lady", "countess": "lady", "marchioness": "lady",
               "duke": "duke of", "duchess": "duchess of"}
_PEERAGE = re.compile(r"\b(?P<rank>[A-Za-z]+)\s+(?:of\s+)?(?P<place>[A-Z][\w'-]+)\s*(?:,|$)")
_TERRITORY = re.compile(r"(,\s*(the\s+)?\w+\s+of\s+.*|\s+of\s+[A-Z].*)$")


# Letters Unicode gives no base letter of ('Đ' is no 'D' with a mark): their Latin spelling.
_UNMARKED = str.maketrans({"đ": "dj", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe",
                           "ß": "ss", "\u0131": "i", "þ": "th"})  # \u0131: a dotless i
# One sound, spelled differently by the Latin transliterations of Slavic, Greek and other
# names ('Natalija' / 'Nataliya' / 'Natalia', 'Aleksandra' / 'Alexandra', 'Sergej' / 'Sergey'
# / 'Sergei', 'Yelena' / 'Jelena', 'Sofiya' / 'Sophia', 'Wladimir' / 'Vladimir'), in order.
_SPELLINGS = ((re.compile(r"i[jy](?=[aeiou])"), "i"), (re.compile(r"(?<=e)[jy]\b"), "i"),
              (re.compile(r"^y(?=[aeiou])"), "j"), (re.compile(r"ks"), "x"),
              (re.compile(r"ph"), "f"), (re.compile(r"kh"), "h"), (re.compile(r"^w"), "v"),
              (re.compile(r"([b-df-hj-np-tv-z])\1"), r"\1"))


def words(name: str) -> list[str]:
    return fold(name).replace(".", " ").split()


@lru_cache(maxsize=1 << 16)
def spelling_key(name: str) -> str:
    """The name as the sounds it spells: accents dropped, the letters Unicode gives no base
    letter of written out ('Đoković' → 'djokovic'), and the spellings one sound has in the
    Latin transliterations of a name made one ('Natalija Rusev' and 'Nataliya Rusev' →
    'natalia rusev', 'Aleksandr' → 'alexandr'; doubled consonants single). Two names of one
    key are one name spelled two ways; ``resolve`` joins them only by context."""
    out = []
    for word in fold(name).translate(_UNMARKED).replace(".", " ").split():
        for pattern, spelled in _SPELLINGS:
            word = pattern.sub(spelled, word)
        out.append(word)
    return " ".join(out)


def first_word(name: str) -> str:
    tokens = words(name)
    return tokens[0] if tokens else ""


def generation(names: Iterable[str]) -> frozenset[str]:
    """The generation markers (jr, sr, ii-v, the elder/younger) any of these names carries."""
    found: set[str] = set()
    for name in names:
        tokens = words(name)
        if tokens[:1] == ["mrs"]:
            continue  # 'Mrs. Teo Pike Jr.': his marker, not his wife's
        found |= {t for t in tokens[1:] if t in _MARKERS}
        found |= {m.group(1) for m in _ELDER.finditer(fold(name))}
    return frozenset({"jr" if t == "junior" else "sr" if t == "senior" else t for t in found})


def untitled(name: str) -> str | None:
    """The name without its leading titles and, then, its territorial designation
    ("Prince Andrew, Duke of York" → "Andrew", "Dame Ada Moss" → "Ada Moss");
    None when it has no title."""
    tokens = name.split()
    n = 0
    while n < len(tokens) - 1 and tokens[n].rstrip(".").casefold() in _TITLES:
        n += 1
    if n == 0:
        return None
    rest = _TERRITORY.sub("", " ".join(tokens[n:])).strip(" ,")
    return None if not rest or rest.casefold().startswith("of ") else rest  # 'Earl of X'


def given_name(name: str) -> str:
    """The first word of the name once titles are dropped."""
    return first_word(untitled(name) or name)


def same_generation(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two people's names carry the same generation markers (none counts as one)."""
    return generation(a) == generation(b)


def middle_compatible(short: str, long: str) -> bool:
    """``short`` may be ``long`` with middle names dropped or given as initials.

    Same first and last word; ``short``'s middle words, if any, match ``long``'s middle words
    one to one, in order, each in full or as its initial ("Tom H.W. Hale" / "Tom Henry Walter
    Hale", "Dora Vane" / "Dora Ilse Vane"; not "Tom W. Hale" / "Tom Henry Walter Hale").
    """
    (short, peer), (long, their_peer) = _peerage_split(short), _peerage_split(long)
    if peer != their_peer:
        return False  # 'Tom Hale, 9th Earl Hale' and 'Tom Henry Hale, 9th Earl Hale' compare
        # as 'Tom Hale' and 'Tom Henry Hale'
    s, lo = words(short), words(long)
    if len(s) < 2 or s == lo:
        return len(s) >= 2
    if len(lo) < len(s) or s[0] != lo[0] or s[-1] != lo[-1]:
        return False
    if generation([short]) or generation([long]):
        return False
    sm, lm = s[1:-1], lo[1:-1]
    if not sm:
        return True
    if len(sm) != len(lm):
        return False
    return all(a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(sm, lm, strict=True))


_PEERAGE_SUFFIX = re.compile(r"(?:,\s*|\s+(?=\d+(?:st|nd|rd|th)\s))(?:the\s+)?"
                             r"(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][a-z]+\s+)?"
                             r"(?:baron|viscount|earl|marquess|marquis|duke|baroness|countess|"
                             r"duchess)\b.*$", re.IGNORECASE)


def _peerage_split(name: str) -> tuple[str, str]:
    """A name and the peerage after it ('Tom Hale, 9th Earl Hale' or 'Tom Hale 9th Earl Hale'
    → 'Tom Hale', '9th earl hale'); the peerage '' when there is none."""
    m = _PEERAGE_SUFFIX.search(name)
    if not m or m.start() == 0:
        return name, ""
    return name[:m.start()], fold(m.group(0)).strip(" ,")


def royal_given(name: str) -> str | None:
    """The given name under a rank ("Queen Ada of Norland", "Crown Prince Eli" → "ada",
    "eli"), when the name is a rank, one given name and perhaps a realm; else None."""
    tokens = name.split()
    if not tokens or tokens[0].rstrip(".").casefold() not in _RANKS:
        return None
    rest = untitled(name)
    return fold(rest) if rest and len(rest.split()) == 1 else None


_GIVEN_AND_STYLE = re.compile(r"^(?P<given>[A-Z][\w'-]+),\s+(?P<style>.+)$")


def styled_given(name: str) -> str | None:
    """The given name of a name that is one given name and a title, no surname ('Princess
    Ada', 'Prince Eli, Duke of Ware', 'Ada, Duchess of Ware' → 'ada', 'eli'; a ruler's
    number is no surname: 'Queen Ada II' → 'ada'); else None."""
    rest = untitled(name)
    if rest is not None:
        given = [w for w in rest.split() if not (fold(w).rstrip(".") in _MARKERS
                                                 and first_word(name) in _RANKS)]
        return fold(given[0]) if len(given) == 1 else None
    m = _GIVEN_AND_STYLE.match(name.strip())
    if m and {w.casefold() for w in m.group("style").split()} & (_TITLES | _PEER_STYLE.keys()):
        return fold(m.group("given"))
    return None


def regnal(name: str) -> bool:
    """Whether the name's generation marker is a ruler's number ('Queen Ada II', 'King Eli
    IV of Ware'): a rank before one given name, not a son named after his father."""
    return (bool(generation([name])) and first_word(name) in _RANKS
            and styled_given(name) is not None)


def same_styled_name(a: str, b: str) -> bool:
    """Two ranked names of one given name ("Princess Ada of X" / "Queen Ada of Y")."""
    given = royal_given(a)
    return given is not None and (royal_given(b) == given or (
        first_word(b) in _RANKS and given_name(b) == given and not generation([b])))


def rank_and_peerage(ranked: str, styled: str) -> bool:
    """Whether ``ranked`` is a given name under a rank ('Prince Eli') and ``styled`` the same
    given name styled by a peerage ('Eli, Duke of Ware'): how one royal is called before and
    after his title is named."""
    given = royal_given(ranked)
    return (given is not None and not generation([ranked, styled]) and given_peerage(styled)
            and styled_given(styled) == given)


def married_forms(name: str, spouses: Iterable[str]) -> list[str]:
    """A hyphenated surname whose second half is a spouse's surname is a married name; the
    name before the marriage is the first half ("Ada Moss-Lark", spouse "Rob Lark" →
    "ada moss")."""
    tokens = words(name)
    if len(tokens) < 2 or "-" not in tokens[-1]:
        return []
    before, _, after = tokens[-1].partition("-")
    if not any(words(s)[-1:] == [after] for s in spouses if words(s)):
        return []
    return [" ".join([*tokens[:-1], before])]


@lru_cache(maxsize=1 << 16)
def same_given(a: str, b: str) -> bool:
    """Whether two given names name one person: the same, a short form of the other
    ('Rick' / 'Richard'), or one name spelled two ways ('Natalija' / 'Natalia')."""
    a, b = fold(a), fold(b)
    return a == b or short_form(a, b) or spelling_key(a) == spelling_key(b)


def married_pair(before: str, after: str, spouses: Iterable[str]) -> bool:
    """Whether ``after`` may be ``before`` with the surname of one of ``spouses`` (the
    spouses of the person called ``after``) taken at marriage: the same given name (or a
    short form or another spelling of it), another surname, the spouse's ('Ada Moss' /
    'Ada Pike', wife of Teo Pike). Names with a title or a generation marker are not."""
    if not spouses:
        return False
    tb, ta = words(before), words(after)
    if (len(tb) < 2 or len(ta) < 2 or tb[-1] == ta[-1] or generation([before, after])
            or untitled(before) or untitled(after) or not same_given(tb[0], ta[0])):
        return False
    return any(_unmarked(s)[-1:] == ta[-1:] for s in spouses if len(_unmarked(s)) > 1)


def generation_nickname(name: str) -> str | None:
    """The generation a nickname as first word stands for ('Trey Moss' → 'iii'), else None."""
    tokens = words(name)
    return _GENERATION_NICKNAMES.get(tokens[0]) if tokens else None


def generation_nickname_of(nick: str, name: str) -> bool:
    """Whether ``nick`` is what the generation ``name`` marks is called: 'Trey' or 'Trey Moss'
    for 'Eli Moss III', never 'Trey Lark' for him."""
    marker = generation_nickname(nick)
    rest = words(nick)[1:]
    return bool(marker) and marker in generation([name]) and (
        not rest or rest == _unmarked(name)[1:])


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()  # reads the package's table of English given names once


@lru_cache(maxsize=1 << 16)
def short_form(a: str, b: str) -> bool:
    """Whether one given name is a short form (hypocorism) of the other, by the ``nicknames``
    package's hand-curated table of English given names ('rick' / 'richard', 'peggy' /
    'margaret'); two short forms of one name are not ('al' / 'bert'). A name the table
    spells otherwise counts as the table's spelling ('Kassie' as 'Cassie', a pet form of
    'Katherine'; 'Jodi' as 'Jody', a pet form of 'Jo'): ``_sound``."""
    a, b = fold(a), fold(b)
    if a == b:
        return False
    if b in _short_forms(a) or a in _short_forms(b):
        return True
    ka, kb = _sound(a), _sound(b)
    return ka != kb and any(y in _short_forms(x) or x in _short_forms(y)
                            for x in _spelled(ka) | {a} for y in _spelled(kb) | {b}
                            if x != y)


# A given name's sound, for the table's other spellings of it: 'c' before a, o, u, l, r is
# a 'k' ('Carolyn' / 'Karolyn'), 'th' a 't', a pet ending -ie, -ey, -y an -i ('Jodi' /
# 'Jody' / 'Jodie'), after ``spelling_key`` (doubled letters single, 'ph' an 'f').
_SOUNDS = ((re.compile(r"^c(?=[aoulr])"), "k"), (re.compile(r"th"), "t"),
           (re.compile(r"(ie|ey|y)$"), "i"))


@cache
def _sound(name: str) -> str:
    word = spelling_key(name)
    for pattern, spelled in _SOUNDS:
        word = pattern.sub(spelled, word)
    return word


@cache
def _sounds() -> dict[str, frozenset[str]]:
    """Sound → the table's names (full and short) of that sound."""
    table = _nicknamer()
    out: dict[str, set[str]] = {}
    for name in {*table.nickname_lookup, *table.canonical_lookup}:
        out.setdefault(_sound(name), set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def _spelled(sound: str) -> frozenset[str]:
    return _sounds().get(sound, frozenset())


def given_sound(given: str) -> str:
    """The key a given name is indexed under for ``given_forms`` ('Jodi', 'Jody' → 'jodi')."""
    return _sound(fold(given))


@cache
def given_forms(given: str) -> frozenset[str]:
    """The ``given_sound`` keys of a given name, its other spellings and their short and full
    forms: where to look for the people whose given name ``same_given`` may find the same,
    without comparing it with every given name of a batch."""
    given = fold(given)
    names = {given, *_spelled(_sound(given))}
    forms = names | {f for n in names for f in _short_forms(n) | _nicknamer().canonicals_of(n)}
    return frozenset(_sound(f) for f in forms)


@cache
def _short_forms(name: str) -> frozenset[str]:
    """The table's short forms of a name, and each pet form's stem: the table has 'nelly'
    for 'eleanor', and 'Nell' is as common ('nelly' → 'nell', 'ellie' → 'ell')."""
    forms = _nicknamer().nicknames_of(name)
    stems = {f[:-len(end)] for f in forms for end in ("ie", "y")
             if f.endswith(end) and len(f) - len(end) >= 3}
    return frozenset(forms | stems)


def given_variants(name: str) -> list[str]:
    """The name with its given name replaced by each short or full form of it ('Richard
    Moss' → 'dick moss', 'rick moss', ...; 'Rick Moss' → 'richard moss', ...; 'Prince Freddie
    of Norland' → 'prince frederick of norland', ...)."""
    tokens = words(name)
    g = _given_at(tokens)
    if len(tokens) < 2 or g == len(tokens):
        return []
    forms = _short_forms(tokens[g]) | _nicknamer().canonicals_of(tokens[g])
    return [" ".join([*tokens[:g], f, *tokens[g + 1:]]) for f in sorted(forms - {tokens[g]})]


def short_form_name(a: str, b: str) -> bool:
    """Whether two full names differ only in that one's given name is a short form of the
    other's ('Rick Moss' / 'Richard Moss', 'Prince Freddie of X' / 'Prince Frederick of X';
    not 'Rick Moss' / 'Richard Moss Jr.')."""
    ta, tb = words(a), words(b)
    g = _given_at(ta)
    return (len(ta) > 1 and g < len(ta) and g == _given_at(tb) < len(tb)
            and ta[:g] + ta[g + 1:] == tb[:g] + tb[g + 1:]
            and generation([a]) == generation([b]) and short_form(ta[g], tb[g]))


def given_peerage(name: str) -> bool:
    """Whether the name is a given name and a peerage, no surname ('Ada, Duchess of Harwick'):
    how a peer's wife, or a peer, is styled by the title."""
    tokens = words(name)
    return bool(peerage_forms(name)) and len(tokens) > 1 and tokens[1] in _PEER_STYLE \
        and tokens[0] not in _TITLES


def _given_at(tokens: list[str]) -> int:
    """Where the given name is among a name's words: after its leading titles."""
    g = 0
    while g < len(tokens) and tokens[g] in _TITLES:
        g += 1
    return g


def peerage_forms(name: str) -> list[str]:
    """How a peer the name gives the peerage of is called in short ('Edmund Carrow, 7th Baron
    Thornbury', 'Earl of Thornbury', 'Lord Thornbury' → 'lord thornbury'; 'Countess of Ware'
    → 'lady ware'; 'Prince Eli, Duke of Ware' → 'duke of ware'). 'Lady Flora Orme' and
    'Countess Elin Brahe' are a given name under a style: no peerage."""
    out = []
    for m in _PEERAGE.finditer(name):
        style, place = _PEER_STYLE.get(m.group("rank").casefold()), fold(m.group("place"))
        of = " of " in m.group(0)
        if style and (of or not (style.endswith(" of") or _is_given_name(place))):
            out.append(f"{style} {place}")
    return out


def _is_given_name(word: str) -> bool:
    """A given name of the ``nicknames`` table ('Lady Diana' is a name under a style)."""
    return bool(_nicknamer().nicknames_of(word) or _nicknamer().canonicals_of(word))



def unmarked_form(a: str, b: str) -> bool:
    """Whether two names differ only in that one carries a generation marker and perhaps a
    short form of the given name ('Gus Kimball' / 'Augustus Kimball Jr.', 'Eli Moss' / 'Eli
    Moss III'); never two markers ('Eli Moss Jr.' / 'Eli Moss III')."""
    if generation([a]) and generation([b]):
        return False
    ta, tb = _unmarked(a), _unmarked(b)
    return len(ta) > 1 and ta[1:] == tb[1:] and (ta[0] == tb[0] or short_form(ta[0], tb[0]))


def surname(name: str) -> str:
    """The last word of a name, its generation marker dropped ('Teo Pike Jr.' → 'pike')."""
    tokens = _unmarked(name)
    return tokens[-1] if tokens else ""


def _unmarked(name: str) -> list[str]:
    return [t for t in words(name) if t not in _MARKERS]


def styled_as_wife_of(name: str, husband: str) -> bool:
    """Whether the name is 'Mrs.' and the husband's full name ('Mrs. Teo Pike', 'Teo Pike')."""
    tokens, his = words(name), words(husband)
    return len(his) > 1 and tokens[:1] == ["mrs"] and tokens[1:] == his


def title_only(name: str) -> bool:
    """Whether the name is a peerage and nothing else ('Viscount Ashdown', 'the Earl of
    Wexcombe'): a name that says nothing of the holder's own."""
    rest = [t for t in words(name) if t not in _PEER_STYLE and t not in ("the", "of")]
    return bool(peerage_forms(name)) and len(rest) <= 1
