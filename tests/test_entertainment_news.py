"""Entertainment news as it is written: weddings, engagements, splits, filings and births with
the noise of a real page around them (link lines, placeholders, places). Sentences and people
are invented for these tests; ``case``/``check`` as in ``test_relations``.
"""

from __future__ import annotations

import pytest
from test_relations import PARAMS, Case, case, check, params, parents

NOISE = [
    # a link line's capitalised gerund before a body name is no part of the name
    case("link-line-gerund-before-a-body-name",
         "After three years together, Nick Barlow and Vanessa Moll have decided to go their "
         "separate ways.\n- Jessica Penn Felt Free After Divorcing Nick Barlow\nNick, 35, and "
         "Vanessa, 28, began dating in 2016.",
         ("separated", "Nick Barlow", "Vanessa Moll", None),
         ("partner", "Nick Barlow", "Vanessa Moll", "2016")),
    # a place after 'in' is no person, though a child of the article bears its name
    case("a-place-named-like-a-child",
         "Mara Quint and Tobin Hale's divorce has taken one official step forward. According "
         "to court documents, the Grammy winner filed for divorce on May 2 in Montana, citing "
         "irreconcilable differences. The complaint refers to their son, 10-year-old Montana.",
         ("spouse", "Mara Quint", "Tobin Hale", None),
         ("divorce_filed", "Mara Quint", "Tobin Hale", None),
         *parents(["Montana"], "Mara Quint", "Tobin Hale")),
    # 'baby' and the family's name: a newborn the text does not name
    case("baby-and-the-family-name",
         "Boxer Lina Dorsey and her longtime partner Ella Finch have welcomed their first child. "
         "Taking to Instagram on May 3, Dorsey wrote: \"We are so happy to announce that baby "
         "Dorsey has arrived.\" Finch gave birth on Saturday morning.",
         ("partner", "Lina Dorsey", "Ella Finch", None)),
]

FILINGS = [
    case("lodged-documents-to-divorce",
         "Actress Ilsa Brandt has officially lodged documents to divorce her husband Joss Ferrow.",
         ("divorce_filed", "Ilsa Brandt", "Joss Ferrow", "2022-10-22"),
         ("spouse", "Ilsa Brandt", "Joss Ferrow", None), pub="2022-10-22"),
    case("lodged-a-complaint-is-no-filing",
         "Ilsa Brandt lodged a complaint about her neighbor Joss Ferrow."),
]

COUPLES = [
    # after 'to' the tagger makes the kin noun a verb; it still titles the name after it
    case("engagement-to-girlfriend",
         "Joss Ferrow has announced his engagement to girlfriend Ilsa Brandt.",
         ("engaged", "Joss Ferrow", "Ilsa Brandt", None),
         ("partner", "Joss Ferrow", "Ilsa Brandt", None)),
    case("to-father-is-a-verb",
         "Joss Ferrow is set to father a child with Ilsa Brandt."),
    # 'ended' + a couple's bond owned by them: a split
    case("ended-their-relationship",
         "Joss Ferrow and Ilsa Brandt have ended their 14-year relationship.",
         ("separated", "Joss Ferrow", "Ilsa Brandt", "2012-06-01"),
         ("partner", "Joss Ferrow", "Ilsa Brandt", "..2012-06-01"), pub="2012-06-01"),
    # a romance told with how long it lasted: the two were a couple (no start date)
    case("whose-14-year-relationship",
         "Joss Ferrow and Ilsa Brandt have split up. The couple - whose 14-year relationship "
         "has been rumoured to be in trouble - have confirmed they parted ways.",
         ("separated", "Joss Ferrow", "Ilsa Brandt", "2012-06-01"),
         ("partner", "Joss Ferrow", "Ilsa Brandt", "..2012-06-01"), pub="2012-06-01"),
    case("split-after-a-decade-long-romance",
         "Joss Ferrow and Ilsa Brandt split in 2011 after a decade-long romance.",
         ("separated", "Joss Ferrow", "Ilsa Brandt", "2011"),
         ("partner", "Joss Ferrow", "Ilsa Brandt", "..2011")),
    case("a-long-relationship-with-a-label-is-no-couple",
         "Joss Ferrow praised his decade-long relationship with his label."),
    case("the-couple-ended-their-marriage",
         "Joss Ferrow married Ilsa Brandt in 1990. The couple ended their marriage in 2011.",
         ("spouse", "Joss Ferrow", "Ilsa Brandt", "1990"),
         ("separated", "Joss Ferrow", "Ilsa Brandt", "2011")),
    # 'married' describing another noun: married to someone else
    case("a-married-man-is-not-her-husband",
         "Ilsa Brandt had an affair with a married man, Joss Ferrow.",
         ("partner", "Ilsa Brandt", "Joss Ferrow", None)),
    case("her-married-lover-is-not-her-husband",
         "Ilsa Brandt sought revenge on her married lover, Joss Ferrow."),
    case("married-a-described-name-is-a-wedding",
         "Ilsa Brandt later split from Tom Berg in 1977 and married Norwegian businessman Joss "
         "Ferrow in 1986.",
         ("separated", "Ilsa Brandt", "Tom Berg", "1977"),
         ("spouse", "Ilsa Brandt", "Joss Ferrow", "1986")),
    # children 'from a relationship with B': the relationship of the sentence's subject
    case("children-from-a-relationship-with",
         "Joss Ferrow has five other children, including three from his first marriage to Mira "
         "Ferrow, and two from a relationship with a woman named Dana Rook.",
         ("spouse", "Joss Ferrow", "Mira Ferrow", None),
         ("partner", "Joss Ferrow", "Dana Rook", None)),
    case("a-married-couple",
         "Ilsa Brandt and Joss Ferrow are a married couple.",
         ("spouse", "Ilsa Brandt", "Joss Ferrow", None)),
    case("a-death-ending-a-marriage-is-no-split",
         "Joss Ferrow married Ilsa Brandt in 1990. His death in 2011 ended their marriage.",
         ("spouse", "Joss Ferrow", "Ilsa Brandt", "1990..2011"),
         ("died", "Joss Ferrow", None, "2011")),
]

DATES = [
    # how long a marriage lasted gives no wedding date, even when the sentence has a date
    case("years-of-being-married-is-no-wedding-date",
         "Actor Joss Ferrow and his wife, model Ilsa Brandt, have separated after almost 10 "
         "years of being married, a friend confirmed on Monday.",
         ("spouse", "Joss Ferrow", "Ilsa Brandt", None),
         ("separated", "Joss Ferrow", "Ilsa Brandt", None), pub="2024-01-29"),
]

GROUPS: dict[str, list[Case]] = {"noise": NOISE, "filings": FILINGS, "couples": COUPLES,
                                 "dates": DATES}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_entertainment_news(text: str, pub: str | None, only: tuple[str, ...],
                            expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
