"""Recall: wordings of a relation the rules missed, each in sentences of our own.

Same conventions as tests/test_recall_rules.py: every case is read with two sets of invented
names, and compared as an exact set (or only the relations named in ``only``).
"""

from __future__ import annotations

import pytest
from test_generalization import cases
from test_relations import PARAMS, Case, check, params

DATING_VERBS = [
    # 'date' as a verb after 'went on to' (the tagger makes it a noun there)
    *cases("went-on-to-date", "After the tour ended, {a} went on to date {b}.",
           ("partner", "{a}", "{b}", None)),
    *cases("dates-present", "These days {a} dates {b}, a pastry chef from Lyon.",
           ("partner", "{a}", "{b}", None)),
    *cases("began-seeing", "In 2017 {a} began seeing {b}.", ("partner", "{a}", "{b}", "2017")),
    *cases("has-been-seeing", "{a} has been seeing {b} since March 2021.",
           ("partner", "{a}", "{b}", "2021-03")),
    *cases("going-out-with", "{a} has been going out with {b} since 2020.",
           ("partner", "{a}", "{b}", "2020")),
    *cases("stepping-out-with", "{a} was stepping out with {b} in 2015.",
           ("partner", "{a}", "{b}", "2015")),
    *cases("were-an-item", "{a} and {b} were an item in 2012.",
           ("partner", "{a}", "{b}", "2012")),
    *cases("became-an-item-with", "{a} became an item with {b} in 2019.",
           ("partner", "{a}", "{b}", "2019")),
    # a relationship announced: a couple, since a time the announcement's date is not
    *cases("announced-their-relationship", "{a} and {b} announced their relationship in April "
           "2021.", ("partner", "{a}", "{b}", None), only=("partner",)),
    # a wedding arranged after months of a relationship: a couple, no marriage yet
    *cases("tying-the-knot-after-a-six-month-relationship", "{a} and {b} are tying the knot "
           "after a six-month relationship.", ("partner", "{a}", "{b}", None),
           only=("partner", "spouse")),
    # 'were together' with a span or a time after it
    *cases("were-together-for", "{a} and {b} were together for almost a year before splitting "
           "in 2011.", ("partner", "{a}", "{b}", "..2011"),
           ("separated", "{a}", "{b}", "2011")),
    *cases("were-together-from", "{a} and {b} were together from 2005 to 2009.",
           ("partner", "{a}", "{b}", "2005..2009")),
    # a plural romance noun: every name of its list
    *cases("relationships-with-a-list", "{b} has had relationships with presenter Cara Wynn "
           "and, most recently, actress {a}.", ("partner", "{b}", "Cara Wynn", None),
           ("partner", "{b}", "{a}", None)),
]

OTHER_SENSES = [
    # the same words in their other senses: no couple
    *cases("album-to-date", "It is her best album to date, {a} told {b}.", only=("partner",)),
    *cases("dates-back", "The farmhouse {a} bought from {b} dates back to 1820.",
           only=("partner",)),
    *cases("seeing-a-play", "{a} is seeing a play with her friend in Leeds, {b} said.",
           only=("partner",)),
    *cases("an-item-on-the-list", "The vote was an item on the agenda that {a} set for {b}.",
           only=("partner",)),
    *cases("never-an-item", "{a} and {b} were never an item.", only=("partner",)),
    *cases("together-at-an-event", "{a} and {b} were together at the gala on Friday.",
           only=("partner",)),
    *cases("co-parenting-relationships", "{b} has worked on good co-parenting relationships "
           "with {a} and Cara Wynn.", only=("partner",)),
]

ODD_ITEMS = [
    # a list item that English also has as a stop word ('per', 'else'), tagged ADP or ADV
    *cases("stop-word-last-item", "{a} and {b} have two sons, Ivo and Per.",
           ("parent", "{a}", "Ivo", None), ("parent", "{a}", "Per", None),
           ("parent", "{b}", "Ivo", None), ("parent", "{b}", "Per", None)),
    *cases("stop-word-first-item", "{b} has two daughters, Else and Ida, from his first "
           "marriage.", ("parent", "{b}", "Else", None), ("parent", "{b}", "Ida", None)),
    *cases("stop-word-item-with-age", "{b} has two sons, Ivo, 12, and Per, 9.",
           ("parent", "{b}", "Ivo", None), ("parent", "{b}", "Per", None)),
    *cases("stop-word-after-kin-noun", "{b} and his son Per attended the premiere.",
           ("parent", "{b}", "Per", None), only=("parent",)),
    *cases("stop-word-after-to", "{a} is mother to Per and Ivo.",
           ("parent", "{a}", "Per", None), ("parent", "{a}", "Ivo", None)),
    # never a pronoun
    *cases("pronoun-item", "{b} went fishing with his sons, Ivo and I.",
           ("parent", "{b}", "Ivo", None), only=("parent",)),
]

JOINT_SPEAKERS = [
    # 'our' in a quotation two people speak: both are the parents
    *cases("our-two-speakers", "\"Our kids, Ivo and Siv, are everything,\" {a} and {b} said "
           "in a statement.", ("parent", "{a}", "Ivo", None), ("parent", "{a}", "Siv", None),
           ("parent", "{b}", "Ivo", None), ("parent", "{b}", "Siv", None)),
    *cases("our-speaker-and-his-wife", "\"Our daughter, Ida, is home at last,\" {b} and his "
           "wife {a} wrote.", ("parent", "{a}", "Ida", None), ("parent", "{b}", "Ida", None),
           only=("parent",)),
]

SPEAKER_AND_PARTNER = [
    # 'X and I have <children>' inside a quotation: X and the speaker are the parents
    *cases("partner-and-i-have", "\"{b} and I have two boys, Ivo and Siv,\" said {a}.",
           ("parent", "{a}", "Ivo", None), ("parent", "{a}", "Siv", None),
           ("parent", "{b}", "Ivo", None), ("parent", "{b}", "Siv", None)),
    # 'my' of 'my wife' is the wife's owner, not the children's only parent
    *cases("my-wife-and-i-have", "\"My wife {a} and I have three kids: Ivo, Siv and Ida,\" "
           "{b} told the magazine.", ("parent", "{a}", "Ivo", None),
           ("parent", "{a}", "Siv", None), ("parent", "{a}", "Ida", None),
           ("parent", "{b}", "Ivo", None), ("parent", "{b}", "Siv", None),
           ("parent", "{b}", "Ida", None), only=("parent",)),
    # a relative who is no partner: no children of the speaker's told
    *cases("my-sister-and-i", "\"My sister and I have two kids each,\" said {a}."),
]

BIOGRAPHY = [
    # an opening participle whose place has commas of its own: the date before the subject
    *cases("born-place-with-commas", "Born in Tulsa, Oklahoma, on May 2, 1961, {a} was raised "
           "by her grandmother.", ("born", "{a}", None, "1961-05-02")),
    *cases("born-place-date-parents", "Born in Perth, Western Australia, on April 23, 1955, to "
           "Hedda Vane and Otto Quint, {a} grew up on a farm.", ("born", "{a}", None, "1955-04-23"),
           ("parent", "Hedda Vane", "{a}", None), ("parent", "Otto Quint", "{a}", None)),
    *cases("born-birth-name-then-date", "Born {a} on April 2, 1931, in Bristol, she was the "
           "youngest of five children.", ("born", "{a}", None, "1931-04-02"), only=("born",)),
    # a kin noun that says what someone became: the subject (or the relative clause's name)
    *cases("became-her-husband", "The actress {a} met {b} in Perth. He became her husband in "
           "1986.",
           ("spouse", "{a}", "{b}", "1986")),
    *cases("surname-became-her-husband", "{a} met {b} in Perth. {B} became her husband in "
           "1986.", ("spouse", "{a}", "{b}", "1986")),
    *cases("who-would-become-her-husband", "{a} trained in Perth. She also performed with {b} "
           "who would become her husband in 1986.", ("spouse", "{a}", "{b}", "1986")),
    *cases("who-is-now-her-husband", "{a} met {b}, who is now her husband, in 1984.",
           ("spouse", "{a}", "{b}", None)),
    *cases("never-became-her-husband", "{a} met {b} in Perth. {B} never became her husband.",
           only=("spouse",)),
    *cases("became-her-manager", "{a} hired {b}, who became her manager in 1990."),
    # list items that name themselves: 'a boy named X and a girl named Y'
    *cases("a-boy-named-and-a-girl-named", "{a} and {b} have two children, a boy named Ezra "
           "and a girl named Lotte.", ("parent", "{a}", "Ezra", None),
           ("parent", "{a}", "Lotte", None), ("parent", "{b}", "Ezra", None),
           ("parent", "{b}", "Lotte", None)),
    *cases("a-friend-named-is-no-child", "{a} came with her son, a boy named Ezra, and a friend "
           "named Lotte.", ("parent", "{a}", "Ezra", None)),
]

SPLIT_FROM_KIN = [
    # the split's object is a kin noun whose name the parse hangs elsewhere
    *cases("split-from-boyfriend-of-years", "{a} split from her boyfriend of two years, banker "
           "{b}, in May 2020.", ("separated", "{a}", "{b}", "2020-05"),
           ("partner", "{a}", "{b}", "..2020-05")),
    # the name after 'to be with' is the new partner, not the husband she left
    *cases("split-from-husband-to-be-with", "{a} split from her husband in 2019 to be with "
           "actor {b}.", only=("separated",)),
]

AGE_BEFORE_KIN = [
    # 'her' before a hyphenated age is the possessive the tagger may read as an object pronoun
    *cases("her-aged-son", "{a} brought her 7-year-old son {k} to the rehearsal.",
           ("parent", "{a}", "{k}", None)),
    *cases("her-aged-twins", "Singer {a} often brings her 6-year-old twins Ivo and Siv to the "
           "set.", ("parent", "{a}", "Ivo", None), ("parent", "{a}", "Siv", None),
           ("sibling", "Ivo", "Siv", None)),
]

FUTURE_WEDDINGS = [
    # a progressive after 'to be' / 'will be' is a wedding still to come: no marriage
    *cases("thrilled-to-be-marrying", "{b} began dating {a} in 2019. \"So happy you said yes! "
           "I'm thrilled to be marrying you,\" {b} wrote.", ("partner", "{a}", "{b}", "2019"),
           only=("partner", "spouse")),
    *cases("will-be-marrying", "{b} will be marrying {a} in June.", only=("spouse",)),
]

YEARS_OF_ANOTHER_CLAUSE = [
    # 'after N years of marriage' dates the clause it is in, not an event of the clause before
    *cases("years-of-the-exes-marriage", "{a} and {b} announced their engagement in January "
           "2019, just one year after {b} and ex-wife {c} announced their split after eight "
           "years of marriage.", ("engaged", "{a}", "{b}", "2019-01"),
           ("spouse", "{b}", "{c}", None), only=("engaged", "spouse")),
    *cases("years-of-dating-before-the-wedding", "{a} and {b} wed in 2017 after two years of "
           "dating.", ("spouse", "{a}", "{b}", "2017"), ("partner", "{a}", "{b}", "2015")),
]

POSSESSED_EVENTS = [
    # an event noun's possessor and the person of its 'from' phrase, however far the name
    *cases("possessor-split-from-boyfriend-of-years", "The gossip picked up again following "
           "{a}'s split from her boyfriend of three years, billionaire {b}, in January 2020.",
           ("separated", "{a}", "{b}", "2020-01"), ("partner", "{a}", "{b}", "..2020-01")),
    *cases("possessor-split-from-a-band", "{a} announced her split from the band in 2019.",
           only=("separated",)),
]

GROUPS: dict[str, list[Case]] = {
    "biography": BIOGRAPHY,
    "dating-verbs": DATING_VERBS, "other-senses": OTHER_SENSES, "odd-items": ODD_ITEMS,
    "joint-speakers": JOINT_SPEAKERS, "speaker-and-partner": SPEAKER_AND_PARTNER,
    "split-from-kin": SPLIT_FROM_KIN, "age-before-kin": AGE_BEFORE_KIN,
    "future-weddings": FUTURE_WEDDINGS, "years-of-another-clause": YEARS_OF_ANOTHER_CLAUSE,
    "possessed-events": POSSESSED_EVENTS,
}


@pytest.mark.parametrize(PARAMS, params(GROUPS))
def test_recall_phrasing(text: str, pub: str | None, only: tuple[str, ...],
                         expected: set[tuple[str, str, str | None, str | None]]) -> None:
    check(text, pub, only, expected)
