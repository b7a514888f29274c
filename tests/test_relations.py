"""Per-relation pattern tests: news-style sentences written for these tests, invented people.

Each case states the exact facts a text yields as ``(relation, subject, object, when)``:
``when`` is ``date`` for dated relations, and ``start``, ``"start..end"`` or ``"..end"`` for
``spouse``/``partner``. Symmetric relations compare in either order. A case checks every fact
the text yields unless it names ``only`` relations (where another relation is debatable).
None of these sentences comes from the example or evaluation articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import pytest

from celebgraph import Fact, extract_facts
from celebgraph.models import SYMMETRIC_RELATIONS

Key = tuple[str, str, str | None, str | None]

THU = "2022-03-17"  # a Thursday: "on Tuesday" is 2022-03-15, "on Monday" 2022-03-14


def _when(fact: Fact) -> str | None:
    if fact.relation in ("spouse", "partner"):
        if fact.end is None:
            return fact.start
        return f"{fact.start or ''}..{fact.end}"
    return fact.date


def key(relation: str, subject: str, obj: str | None, when: str | None) -> Key:
    """One fact as a comparable tuple; symmetric pairs in a fixed order."""
    if relation in SYMMETRIC_RELATIONS and obj is not None and obj < subject:
        subject, obj = obj, subject
    return (relation, subject, obj, when)


def read(text: str, published: str | None = None, only: Iterable[str] = ()) -> set[Key]:
    """The facts ``extract_facts`` reads from ``text``, as keys (restricted to ``only``); not
    the relations the text denies or rumours, which are claims of no relation
    (tests/test_denied_claims.py and tests/test_modality.py read them)."""
    keep = set(only)
    return {
        key(f.relation, f.subject, f.object, _when(f))
        for f in extract_facts(text, published=published)
        if (not keep or f.relation in keep) and f.modality not in ("denied", "rumored")
    }


class Case(NamedTuple):
    """A text (published ``pub``) and exactly the facts it yields (of the ``only`` relations)."""

    name: str
    text: str
    pub: str | None
    only: tuple[str, ...]
    expected: set[Key]


def case(
    name: str, text: str, *expected: Key, pub: str | None = None, only: tuple[str, ...] = ()
) -> Case:
    return Case(name, text, pub, only, {key(*k) for k in expected})


def params(groups: dict[str, list[Case]]) -> list[object]:
    """The cases as pytest params with ids ``group-name`` (so ``-k spouse`` selects a group)."""
    return [pytest.param(c.text, c.pub, c.only, c.expected, id=f"{group}-{c.name}")
            for group, cases in groups.items() for c in cases]


PARAMS = ("text", "pub", "only", "expected")


def check(text: str, pub: str | None, only: tuple[str, ...], expected: set[Key]) -> None:
    got = read(text, pub, only)
    assert got == expected, f"missing {expected - got}, unexpected {got - expected}"


MQ, TW = "Mara Quint", "Tobias Wren"
NB, LV = "Nadia Brooks", "Leon Voss"


def parents(children: Iterable[str], *parent_names: str) -> list[Key]:
    """``parent`` keys from every one of ``parent_names`` to every child."""
    return [("parent", p, c, None) for p in parent_names for c in children]


SPOUSE = [
    case("tied-the-knot",
         "Mara Quint and Tobias Wren tied the knot in June 2012 in Lisbon.",
         ("spouse", MQ, TW, "2012-06")),
    case("exchanged-vows",
         "Singer Nora Vell and chef Daniel Brask exchanged vows on May 4, 2016, in Napa.",
         ("spouse", "Nora Vell", "Daniel Brask", "2016-05-04")),
    case("married-then-divorced",
         "Carla Moss married Dev Okafor in 2003. The couple divorced in 2011.",
         ("spouse", "Carla Moss", "Dev Okafor", "2003..2011")),
    case("finalized-divorce",
         "Petra Lind and Owen Marsh finalized their divorce in March 2020. They had married in "
         "2015.",
         ("spouse", "Petra Lind", "Owen Marsh", "2015..2020-03")),
    case("her-ex-husband",
         "Jana Kovac walked the red carpet with her ex-husband, Milo Brandt.",
         ("spouse", "Jana Kovac", "Milo Brandt", None)),
    case("his-late-wife",
         "Tobias Wren paid tribute to his late wife, Ellen Price, in a long post.",
         ("spouse", TW, "Ellen Price", None), only=("spouse",)),
    case("her-husband-apposition",
         "Vera Collins and her husband, Idris Cole, arrived at the gala.",
         ("spouse", "Vera Collins", "Idris Cole", None)),
    case("his-wife-possessive",
         "Tobias Wren's wife, Mara Quint, shared the happy news.",
         ("spouse", TW, MQ, None)),
    case("pronoun-subject",
         "Mara Quint is starting a new chapter. She married musician Tobias Wren in 2019.",
         ("spouse", MQ, TW, "2019")),
    case("short-name-subject",
         "Lena Hart has been open about her family. Lena married Sam Ortiz in 2010 in Rome.",
         ("spouse", "Lena Hart", "Sam Ortiz", "2010")),
    case("married-since",
         "Mara Quint, who has been married to Tobias Wren since 2012, starred in the film.",
         ("spouse", MQ, TW, "2012")),
    case("last-month",
         "Mara Quint married Tobias Wren last month in a private ceremony.",
         ("spouse", MQ, TW, "2023-04"), pub="2023-05-10"),
    case("earlier-this-year",
         "Nina Albers and Paul Dorn got married earlier this year.",
         ("spouse", "Nina Albers", "Paul Dorn", "2023"), pub="2023-09-01"),
    case("on-tuesday",
         "Grace Holland married Marco Levi on Tuesday at a courthouse.",
         ("spouse", "Grace Holland", "Marco Levi", "2022-03-15"), pub=THU),
    case("on-tuesday-unpublished",
         "Grace Holland married Marco Levi on Tuesday at a courthouse.",
         ("spouse", "Grace Holland", "Marco Levi", None)),
    case("his-ex-wife",
         "Tobias Wren and his ex-wife, Petra Lind, attended the school play.",
         ("spouse", TW, "Petra Lind", None)),
    case("the-widow-of",
         "Rosa Ferrante, the widow of Gil Ferrante, spoke at the ceremony.",
         ("spouse", "Rosa Ferrante", "Gil Ferrante", None)),
    case("got-divorced-after-years",
         "Mara Quint and Tobias Wren got divorced in 2017 after eight years of marriage.",
         ("spouse", MQ, TW, "2009..2017")),
    case("previously-married-from-to",
         "Mara Quint was previously married to Owen Marsh from 2005 to 2009.",
         ("spouse", MQ, "Owen Marsh", "2005..2009")),
    case("their-divorce-was-finalized",
         "Mara Quint and Tobias Wren married in 2010. Their divorce was finalized in 2021.",
         ("spouse", MQ, TW, "2010..2021")),
    case("is-married-to",
         "Mara Quint is married to Tobias Wren.",
         ("spouse", MQ, TW, None)),
    case("estranged-husband",
         "Mara Quint and her estranged husband, Tobias Wren, were seen together on Friday.",
         ("spouse", MQ, TW, None)),
]

PARTNER = [
    case("dating-since",
         "Nadia Brooks has been dating actor Leon Voss since 2020.",
         ("partner", NB, LV, "2020")),
    case("her-boyfriend",
         "Nadia Brooks and her boyfriend, Leon Voss, stepped out in Paris.",
         ("partner", NB, LV, None)),
    case("his-girlfriend",
         "Leon Voss's girlfriend, Nadia Brooks, cheered from the front row.",
         ("partner", NB, LV, None)),
    case("started-dating-last-year",
         "Kira Dunham and Omar Fielding started dating last year.",
         ("partner", "Kira Dunham", "Omar Fielding", "2022"), pub="2023-05-10"),
    case("together-since",
         "Kira Dunham and Omar Fielding have been together since 2016.",
         ("partner", "Kira Dunham", "Omar Fielding", "2016")),
]

ENGAGED = [
    case("are-engaged",
         "Nadia Brooks and Leon Voss are engaged.",
         ("engaged", NB, LV, None), only=("engaged",)),
    case("popped-the-question",
         "Leon Voss popped the question to Nadia Brooks in Paris in August 2021.",
         ("engaged", NB, LV, "2021-08"), only=("engaged",)),
    case("got-engaged-to",
         "Nadia Brooks got engaged to chef Leon Voss in 2019.",
         ("engaged", NB, LV, "2019"), only=("engaged",)),
    case("her-fiance",
         "Nadia Brooks and her fiancé, Leon Voss, were spotted in Rome.",
         ("engaged", NB, LV, None), only=("engaged",)),
    case("his-fiancee",
         "Leon Voss's fiancée, Nadia Brooks, wore a white suit.",
         ("engaged", NB, LV, None), only=("engaged",)),
    case("last-month",
         "Mara Quint and Tobias Wren got engaged last month.",
         ("engaged", MQ, TW, "2022-02"), pub=THU, only=("engaged",)),
    case("last-month-unpublished",
         "Mara Quint and Tobias Wren got engaged last month.",
         ("engaged", MQ, TW, None), only=("engaged",)),
]

SEPARATED = [
    case("have-split",
         "Mara Quint and Tobias Wren have split after six years together.",
         ("separated", MQ, TW, None), only=("separated",)),
    case("called-it-quits",
         "Mara Quint and Tobias Wren called it quits in 2019.",
         ("separated", MQ, TW, "2019"), only=("separated",)),
    case("announced-separation-tuesday",
         "Nadia Brooks and Leon Voss announced their separation on Tuesday.",
         ("separated", NB, LV, "2022-03-15"), pub=THU, only=("separated",)),
    case("couple-broke-up",
         "Nadia Brooks dated Leon Voss for three years. The couple broke up in May 2020.",
         ("separated", NB, LV, "2020-05"), only=("separated",)),
    case("parted-ways",
         "Kira Dunham and Omar Fielding parted ways in 2017.",
         ("separated", "Kira Dunham", "Omar Fielding", "2017"), only=("separated",)),
    case("separated-earlier-this-year",
         "Nina Albers and Paul Dorn separated earlier this year after a decade of marriage.",
         ("separated", "Nina Albers", "Paul Dorn", "2023"), pub="2023-09-01", only=("separated",)),
    case("announced-her-split",
         "Mara Quint announced her split from Tobias Wren in 2020.",
         ("separated", MQ, TW, "2020")),
    case("split-after-dating",
         "Mara Quint and Tobias Wren dated for two years before they split in 2019.",
         ("separated", MQ, TW, "2019"), only=("separated",)),
    case("reconciled-after-splitting",
         "Mara Quint and Tobias Wren have reconciled after splitting in 2019.",
         ("separated", MQ, TW, "2019")),
]

DIVORCE_FILED = [
    case("filed-for-divorce-from",
         "Mara Quint filed for divorce from Tobias Wren in 2021.",
         ("divorce_filed", MQ, TW, "2021"), only=("divorce_filed",)),
    case("wife-of-ten-years",
         "Tobias Wren has filed for divorce from his wife of ten years, Mara Quint.",
         ("divorce_filed", TW, MQ, None), only=("divorce_filed",)),
    case("surname-last-month",
         "Mara Quint and Tobias Wren married in 2015. Quint filed for divorce last month, citing "
         "irreconcilable differences.",
         ("spouse", MQ, TW, "2015"), ("divorce_filed", MQ, TW, "2022-02"), pub=THU),
    case("court-records-exact-day",
         "Court records show that Tobias Wren filed for divorce from Mara Quint on June 3, 2020.",
         ("divorce_filed", TW, MQ, "2020-06-03"), only=("divorce_filed",)),
    case("the-actress-filed",
         "Mara Quint and Tobias Wren married in 2012. The actress filed for divorce in 2019.",
         ("spouse", MQ, TW, "2012"), ("divorce_filed", MQ, TW, "2019")),
    case("she-filed",
         "Mara Quint and Tobias Wren married in 2012. She filed for divorce in 2019.",
         ("spouse", MQ, TW, "2012"), ("divorce_filed", MQ, TW, "2019")),
    case("earlier-this-year-unpublished",
         "Mara Quint filed for divorce from Tobias Wren earlier this year.",
         ("divorce_filed", MQ, TW, None), only=("divorce_filed",)),
    case("from-husband-long-appositive",
         "Marit Olsen filed for divorce from her husband, the former hockey goalie Sven Dahl, on "
         "Monday. Olsen was married to Jens Lund from 2001 to 2006.",
         ("divorce_filed", "Marit Olsen", "Sven Dahl", None), only=("divorce_filed",)),
    case("not-from-an-ended-marriage",
         "Marit Olsen has filed for divorce. She was married to Jens Lund from 2001 to 2006.",
         only=("divorce_filed",)),  # not with Jens Lund
    case("wife-has-filed",
         "Tobias Wren's wife, Mara Quint, has filed for divorce.",
         ("divorce_filed", MQ, TW, None), ("spouse", MQ, TW, None)),
]

BORN = [
    case("born-in-place-opening-clause", "Born in Lublin, Marek Zielinski came to Leeds in 1951. "
         "He was born on 3 May 1926.", ("born", "Marek Zielinski", None, "1926-05-03")),
    case("born-in-place-and-year-opening-clause", "Born in Georgetown in 1950, Marek Zielinski "
         "came to Leeds in 1971.", ("born", "Marek Zielinski", None, "1950")),
    case("born-on-date",
         "Mara Quint was born on March 3, 1985, in Ohio.",
         ("born", MQ, None, "1985-03-03")),
    case("turning-44",
         "Fans flooded Tobias Wren's page as the actor celebrated turning 44 on Tuesday.",
         ("born", TW, None, "1977"), pub="2021-06-09"),
    case("welcomed-son-friday",
         "Mara Quint and Tobias Wren welcomed a son, Jasper, on Friday.",
         *parents(["Jasper"], MQ, TW), ("born", "Jasper", None, "2022-03-11"), pub=THU),
    case("born-parenthesis",
         "Leon Voss (born July 2, 1988) is an actor and singer.",
         ("born", LV, None, "1988-07-02")),
    case("turns-50-next-month",
         "Tobias Wren, who turns 50 next month, married Mara Quint in 2001.",
         ("born", TW, None, "1973"), ("spouse", TW, MQ, "2001"), pub="2023-05-10"),
    case("his-daughter-was-born",
         "Tobias Wren's daughter, Julia Wren, was born in 2001.",
         ("parent", TW, "Julia Wren", None), ("born", "Julia Wren", None, "2001")),
]

DIED = [
    case("died-on-monday",
         "Veteran actor Harold Brenn died on Monday at age 88.",
         ("died", "Harold Brenn", None, "2022-03-14"), pub=THU, only=("died",)),
    case("passed-away",
         "Rosa Ferrante passed away in 2019 after a long illness.",
         ("died", "Rosa Ferrante", None, "2019"), only=("died",)),
    case("who-died-in",
         "Gil Ferrante, who died in 2018, was remembered by his fans.",
         ("died", "Gil Ferrante", None, "2018"), only=("died",)),
    case("died-exact-day",
         "Harold Brenn died on November 2, 2020, in Los Angeles.",
         ("died", "Harold Brenn", None, "2020-11-02"), only=("died",)),
]

PARENT = [
    case("welcomed-a-daughter",
         "Mara Quint and Tobias Wren welcomed a daughter, Ivy, in 2019.",
         *parents(["Ivy"], MQ, TW), ("born", "Ivy", None, "2019")),
    case("expecting-second-share-son",
         "Mara Quint and Tobias Wren are expecting their second child together. The couple "
         "already share a son, Jasper, who was born in 2019.",
         *parents(["Jasper"], MQ, TW), ("born", "Jasper", None, "2019")),
    case("the-couples-daughter",
         "Mara Quint and Tobias Wren married in 2010. The couple's daughter, Ivy, was born in "
         "2012.",
         ("spouse", MQ, TW, "2010"), *parents(["Ivy"], MQ, TW), ("born", "Ivy", None, "2012")),
    case("father-of",
         "Tobias Wren is the father of actress Julia Wren.",
         ("parent", TW, "Julia Wren", None)),
    case("daughter-of-both",
         "Julia Wren, the daughter of Tobias Wren and Mara Quint, made her debut.",
         *parents(["Julia Wren"], TW, MQ)),
    case("her-mother",
         "Julia Wren's mother, Mara Quint, attended the premiere.",
         ("parent", MQ, "Julia Wren", None)),
    case("son-arrived",
         "Mara Quint and Tobias Wren's son Jasper arrived in 2015.",
         *parents(["Jasper"], MQ, TW), ("born", "Jasper", None, "2015")),
    case("her-children-list",
         "Mara Quint posted a photo of her children, Emma, Noah, and Olivia.",
         *parents(["Emma", "Noah", "Olivia"], MQ)),
    case("mother-of-two-unnamed",
         "Mara Quint, a mother of two, opened a bakery in Ohio."),
    case("daughter-of-actors",
         "Julia Wren is the daughter of actors Tobias Wren and Mara Quint.",
         *parents(["Julia Wren"], TW, MQ)),
    case("expecting-first-child-unnamed",
         "Mara Quint and Tobias Wren are expecting their first child, due this summer.",
         pub="2023-05-10"),
    case("adopted-a-daughter",
         "Mara Quint and Tobias Wren adopted a daughter, Emma, in 2018.",
         *parents(["Emma"], MQ, TW)),
    case("gave-birth-to-twins",
         "Mara Quint gave birth to twins, Emma and Noah, in 2020.",
         *parents(["Emma", "Noah"], MQ), ("sibling", "Emma", "Noah", None),
         ("born", "Emma", None, "2020"), ("born", "Noah", None, "2020")),
    case("became-parents-when-born",
         "Mara Quint and Tobias Wren became parents in 2015 when their son Noah was born.",
         *parents(["Noah"], MQ, TW), ("born", "Noah", None, "2015")),
    case("her-mom",
         "Mara Quint's mom, Rosa Quint, joined her on stage.",
         ("parent", "Rosa Quint", MQ, None)),
    case("their-son-with-age",
         "Tobias Wren and Mara Quint's son, Noah Wren, 19, made his modeling debut.",
         *parents(["Noah Wren"], TW, MQ)),
]

SIBLING = [
    case("her-brother",
         "Mara Quint attended the premiere with her brother, Ethan Quint.",
         ("sibling", MQ, "Ethan Quint", None)),
    case("his-sister",
         "Tobias Wren's sister, Clara Wren, shared a tribute online.",
         ("sibling", TW, "Clara Wren", None)),
    case("younger-sister",
         "Mara Quint and her younger sister Delia Quint launched a clothing line.",
         ("sibling", MQ, "Delia Quint", None)),
    case("older-brother-of",
         "Ethan Quint is the older brother of actress Mara Quint.",
         ("sibling", "Ethan Quint", MQ, None)),
    case("are-siblings",
         "Mara Quint and Ethan Quint are siblings.",
         ("sibling", MQ, "Ethan Quint", None)),
    case("half-brother",
         "Clara Wren's half-brother, Tobias Wren, spoke at the service.",
         ("sibling", "Clara Wren", TW, None)),
    case("her-brother-pronoun",
         "Mara Quint spoke about her family. Her brother, Ethan, is a chef.",
         ("sibling", MQ, "Ethan", None)),
]

NOT_FAMILY = [
    case("byline",
         "By Dana Whitlock\n\nMara Quint and Tobias Wren welcomed a son, Jasper, in 2019.",
         *parents(["Jasper"], MQ, TW), ("born", "Jasper", None, "2019")),
    case("photo-credit",
         "Mara Quint and Tobias Wren at the premiere\nPhoto: Sam Keller/Getty Images\n\n"
         "Mara Quint and Tobias Wren married in 2012.",
         ("spouse", MQ, TW, "2012")),
    case("source-close-to-couple",
         "Mara Quint and Tobias Wren tied the knot in 2018, a source close to the couple told "
         "Us Weekly.",
         ("spouse", MQ, TW, "2018")),
    case("insider-named",
         "Insider Jenna Pratt told People that Mara Quint and Tobias Wren married in 2012.",
         ("spouse", MQ, TW, "2012")),
    case("photographer",
         "Photographer Sam Keller captured Mara Quint and her husband, Tobias Wren, on the beach.",
         ("spouse", MQ, TW, None)),
    case("played-his-wife",
         "Mara Quint played Tobias Wren's wife in the 2015 thriller."),
    case("co-stars",
         "Mara Quint and Tobias Wren co-star in the new heist movie."),
    case("co-star-praised",
         "Tobias Wren's co-star Nadia Brooks praised his work on set."),
    case("rumored-dating",
         "Nadia Brooks is rumored to be dating Leon Voss."),
    case("publicist",
         "Mara Quint's publicist, Joan Berry, declined to comment."),
    case("never-married",
         "Mara Quint and Tobias Wren never married.", only=("spouse",)),
    case("getty-bar-credit",
         "Mara Quint on the red carpet\nGetty Images | Sam Keller\n\nMara Quint and Tobias Wren "
         "welcomed a daughter, Lily, in 2016.",
         *parents(["Lily"], MQ, TW), ("born", "Lily", None, "2016")),
]


GROUPS = {
    "spouse": SPOUSE, "partner": PARTNER, "engaged": ENGAGED, "separated": SEPARATED,
    "divorce_filed": DIVORCE_FILED, "born": BORN, "died": DIED, "parent": PARENT,
    "sibling": SIBLING, "not_family": NOT_FAMILY,
}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_sentence(text: str, pub: str | None, only: tuple[str, ...], expected: set[Key]) -> None:
    check(text, pub, only, expected)
