"""Word lists the discourse tracker reads: who "the couple", "she", "the actress" or "my" means.

Everything is lower case; verbs are matched on lemmas. The first-name list is a data file
(``first_names.txt``), read once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = [
    "ASSOCIATE_JOBS",
    "ASSOCIATE_NOUNS",
    "ATTRIBUTION_NOUNS",
    "CHILD_SET_NOUNS",
    "COUPLE_NOUNS",
    "EX_COUPLE_WORDS",
    "FEMALE_NOUNS",
    "FEMALE_TITLES",
    "GUEST_CUES",
    "MALE_NOUNS",
    "MALE_TITLES",
    "NOT_COUPLE_VERBS",
    "ROLE_NOUNS",
    "ROMANCE_NOUNS",
    "ROMANCE_PHRASES",
    "SET_COUNTS",
    "SIBLING_SET_NOUNS",
    "SPEECH_VERBS",
    "first_name_gender",
]

# "the couple", "the pair", "the exes": the two people in focus.
COUPLE_NOUNS = frozenset(
    {
        "couple",
        "pair",
        "duo",
        "twosome",
        "two",
        "newlyweds",
        "lovebirds",
        "spouses",
        "parents",
        "exes",
        "ex-couple",
    }
)
# "the exes", "the former couple", "the estranged pair": a couple that has split.
EX_COUPLE_WORDS = frozenset(
    {"exes", "ex-couple", "former", "ex", "estranged", "divorced", "separated", "divorcing"}
)
# Nouns that name someone by a tie of work or friendship to another person ("her co-star X",
# "his manager, X", "friends X and Y"): people beside the story, whose own couple told in
# passing ("X's co-star Y and his girlfriend, Z") is not "the couple" of the article.
ASSOCIATE_NOUNS = frozenset(
    {
        "co-star",
        "costar",
        "castmate",
        "cast-mate",
        "co-host",
        "cohost",
        "bandmate",
        "teammate",
        "colleague",
        "coworker",
        "co-worker",
        "friend",
        "pal",
        "bestie",
        "roommate",
        "neighbor",
        "neighbour",
        "classmate",
        "mentor",
        "officiant",
        "godmother",
        "godfather",
    }
)
# Jobs that are a tie to another person only with a possessor: "her stylist, X" is someone
# beside the story, "German stylist X" may be anyone (a spouse, the subject).
ASSOCIATE_JOBS = frozenset(
    {
        "manager",
        "agent",
        "lawyer",
        "attorney",
        "publicist",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "rep",
        "assistant",
        "bodyguard",
        "stylist",
        "therapist",
        "doctor",
        "coach",
        "trainer",
        "boss",
    }
)
# Words before names that make them onlookers, never the couple: "guests including X and Y".
GUEST_CUES = frozenset(
    {
        "including",
        "include",
        "included",
        "includes",
        "among",
        "amongst",
        "such",
        "alongside",
        "guest",
        "guests",
        "attendee",
        "attendees",
        "celebrities",
        "fans",
        "stars",
        "famous",
    }
)
# Two people as the subject of these verbs are onlookers ("X and Y wished the couple well").
NOT_COUPLE_VERBS = frozenset(
    {
        "congratulate",
        "wish",
        "thank",
        "attend",
        "join",
        "send",
        "greet",
        "praise",
        "perform",
        "sing",
        "present",
        "host",
        "star",
        "appear",
        "cheer",
        "comment",
        "react",
        "flood",
        "toast",
        "serenade",
        "officiate",
    }
)
# Verbs that put two people in focus as a couple without a family fact: "X fell for Y".
ROMANCE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("meet",),
    ("fall", "for"),
    ("fall", "in", "love"),
    ("romance",),
    ("court",),
    ("woo",),
    ("kiss",),
    ("date",),
    ("move", "on"),  # 'X moved on with Y': a new couple, not yet told married or dating
    ("find", "love"),  # 'X has since found love with Y'
)
# Nouns of a romance that put its two people in focus: "her affair with Y".
ROMANCE_NOUNS = frozenset({"affair", "romance", "relationship", "fling", "courtship", "love"})
# Verbs that attribute a quote or a statement to a person: "..., said X", "X told reporters".
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "write",
        "add",
        "recall",
        "explain",
        "confirm",
        "announce",
        "gush",
        "joke",
        "note",
        "quip",
        "continue",
        "admit",
        "insist",
        "state",
        "declare",
        "laugh",
        "comment",
        "caption",
        "reveal",
        "share",
        "post",
        "remember",
        "describe",
        "decline",
        "refuse",
    }
)
# Nouns that introduce a person who speaks about the story, not a person in it.
ATTRIBUTION_NOUNS = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "rep",
        "representative",
        "publicist",
        "lawyer",
        "attorney",
        "source",
        "insider",
        "agent",
        "reporter",
        "correspondent",
        "editor",
        "writer",
    }
)
FEMALE_TITLES = frozenset(
    {
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "madam",
        "madame",
        "lady",
        "dame",
        "queen",
        "princess",
        "duchess",
        "countess",
        "baroness",
        "empress",
        "archduchess",
        "marchioness",
        "viscountess",
        "infanta",
        "sultana",
        "sheikha",
        "tsarina",
        "czarina",
        "maharani",
        "margravine",
        "landgravine",
    }
)
MALE_TITLES = frozenset(
    {
        "mr",
        "mr.",
        "sir",
        "lord",
        "king",
        "prince",
        "duke",
        "count",
        "baron",
        "emperor",
        "archduke",
        "marquess",
        "marquis",
        "viscount",
        "infante",
        "earl",
        "sheikh",
        "sultan",
        "emir",
        "tsar",
        "czar",
        "maharaja",
        "margrave",
        "landgrave",
    }
)
# Nouns that tell a person's gender: "his wife, X", "X, a mother of two", "the bride".
FEMALE_NOUNS = frozenset(
    {
        "wife",
        "ex-wife",
        "mother",
        "mom",
        "mum",
        "mama",
        "daughter",
        "sister",
        "half-sister",
        "stepsister",
        "stepmother",
        "stepdaughter",
        "widow",
        "girlfriend",
        "ex-girlfriend",
        "fiancée",
        "fiancee",
        "bride",
        "actress",
        "aunt",
        "niece",
        "grandmother",
        "granddaughter",
        "goddaughter",
        "woman",
        "girl",
        "businesswoman",
        "spokeswoman",
        "chairwoman",
        "songstress",
        "heiress",
        "hostess",
        "matriarch",
        "queen",
        "princess",
        "duchess",
        "countess",
        "baroness",
        "empress",
    }
)
MALE_NOUNS = frozenset(
    {
        "husband",
        "ex-husband",
        "father",
        "dad",
        "papa",
        "son",
        "brother",
        "half-brother",
        "stepbrother",
        "stepfather",
        "stepson",
        "widower",
        "boyfriend",
        "ex-boyfriend",
        "fiancé",
        "fiance",
        "groom",
        "bridegroom",
        "actor",
        "uncle",
        "nephew",
        "grandfather",
        "grandson",
        "godson",
        "man",
        "boy",
        "businessman",
        "spokesman",
        "chairman",
        "frontman",
        "patriarch",
        "king",
        "prince",
        "duke",
        "count",
        "baron",
        "emperor",
    }
)
# Head nouns of a description that means a person ("the jazz great", "the talent manager").
ROLE_NOUNS = frozenset(
    {
        "actor",
        "actress",
        "singer",
        "star",
        "rapper",
        "musician",
        "model",
        "athlete",
        "player",
        "manager",
        "goalkeeper",
        "footballer",
        "great",
        "legend",
        "icon",
        "superstar",
        "sensation",
        "personality",
        "host",
        "presenter",
        "comedian",
        "director",
        "producer",
        "writer",
        "author",
        "designer",
        "entrepreneur",
        "businessman",
        "businesswoman",
        "mogul",
        "founder",
        "heiress",
        "socialite",
        "influencer",
        "chef",
        "dancer",
        "choreographer",
        "songwriter",
        "songstress",
        "hitmaker",
        "crooner",
        "diva",
        "frontman",
        "performer",
        "billionaire",
        "veteran",
        "winner",
        "nominee",
        "bride",
        "groom",
        "bridegroom",
        "mother",
        "mom",
        "father",
        "dad",
        "monarch",
        "royal",
        "politician",
        "boxer",
        "golfer",
        "quarterback",
        "pitcher",
        "striker",
        "champion",
        "olympian",
        "painter",
        "poet",
        "novelist",
        "journalist",
        "anchor",
        "filmmaker",
    }
)
# Plural nouns for a set of children or of siblings: "all three boys", "her children".
CHILD_SET_NOUNS = frozenset(
    {"children", "kids", "boys", "girls", "sons", "daughters", "twins", "youngsters", "ones"}
)
SIBLING_SET_NOUNS = frozenset({"siblings", "brothers", "sisters"})
# "both siblings": the size of a set said by a word other than a number word ("all three
# boys" is read with dates.relative.SMALL_NUMBER_WORDS).
SET_COUNTS = {"both": 2}


@cache
def first_name_gender() -> dict[str, str]:
    """Common first names → "F" or "M" (US Census lists, ambiguous names left out)."""
    path = Path(__file__).with_name("first_names.txt")
    genders: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            genders[name] = gender
    return genders
