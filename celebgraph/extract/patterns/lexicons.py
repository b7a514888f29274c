"""Relation words, as data. Adding a phrase is one line here plus one test sentence.

Everything is lower case. Verb triggers are matched on lemmas; kin nouns on lemma or text.
"""

from __future__ import annotations

__all__ = [
    "ACTIVE_DEATH_VERBS",
    "BIRTH_NOUNS",
    "BIRTH_VERBS",
    "CAPTION_WORDS",
    "CHILD_MODIFIERS",
    "CHILD_NOUNS",
    "COUPLE_NOUNS",
    "COUSIN_WORDS",
    "CUSTODY_NOUNS",
    "DATED_EVENT_NOUNS",
    "DEATH_NOUNS",
    "DEATH_VERBS",
    "DESCRIPTOR_WORDS",
    "DIVORCE_WORDS",
    "ENDED_WORDS",
    "ENGAGE_PHRASES",
    "EPITHET_ROLES",
    "FEMALE_WORDS",
    "FILING_WORDS",
    "KIN_GROUP_NOUNS",
    "KIN_NOUNS",
    "MALE_WORDS",
    "MARRIAGE_END_VERBS",
    "MARRIAGE_NOUNS",
    "MARRIAGE_SPAN_VERBS",
    "MARRY_PHRASES",
    "MARRY_VERBS",
    "NAME_PARTICLES",
    "NAME_TITLES",
    "NAMING_NOUNS",
    "NOT_NAMES",
    "PARTNER_PHRASES",
    "PARTNER_PHRASES_NAMING_AFTER",
    "PHOTO_NOUNS",
    "PREDECEASED_LEADS",
    "SEPARATE_PHRASES",
    "SIBLING_TOPIC_WORDS",
    "SURNAME_PARTICLES",
    "WEDDING_NOUNS",
]

# Kin nouns: the word → (relation, direction). "forward": anchor is the parent / one side;
# "reverse": the named person is the parent of the anchor ("her mother, X").
KIN_NOUNS: dict[str, tuple[str, str]] = {
    "husband": ("spouse", "forward"),
    "wife": ("spouse", "forward"),
    "spouse": ("spouse", "forward"),
    "widow": ("spouse", "forward"),
    "widower": ("spouse", "forward"),
    "ex-husband": ("spouse", "forward"),
    "ex-wife": ("spouse", "forward"),
    "ex-spouse": ("spouse", "forward"),
    "father": ("parent", "reverse"),
    "mother": ("parent", "reverse"),
    "dad": ("parent", "reverse"),
    "mom": ("parent", "reverse"),
    "mum": ("parent", "reverse"),
    "stepfather": ("parent", "reverse"),
    "stepmother": ("parent", "reverse"),
    "stepdad": ("parent", "reverse"),
    "stepmom": ("parent", "reverse"),
    "stepmum": ("parent", "reverse"),
    "stepparent": ("parent", "reverse"),
    "parent": ("parent", "reverse"),
    "son": ("parent", "forward"),
    "daughter": ("parent", "forward"),
    "child": ("parent", "forward"),
    "kid": ("parent", "forward"),
    "baby": ("parent", "forward"),
    "eldest": ("parent", "forward"),
    "youngest": ("parent", "forward"),
    "firstborn": ("parent", "forward"),
    "twin": ("parent", "forward"),
    # plural only: 'mom to three boys', 'has two girls, A and B' (not 'the boy band')
    "boys": ("parent", "forward"),
    "girls": ("parent", "forward"),
    "stepson": ("parent", "forward"),
    "stepdaughter": ("parent", "forward"),
    "stepchild": ("parent", "forward"),
    "stepkid": ("parent", "forward"),
    "brother": ("sibling", "forward"),
    "sister": ("sibling", "forward"),
    "sibling": ("sibling", "forward"),
    "half-brother": ("sibling", "forward"),
    "half-sister": ("sibling", "forward"),
    "stepbrother": ("sibling", "forward"),
    "stepsister": ("sibling", "forward"),
    "fiancé": ("engaged", "forward"),
    "fiancée": ("engaged", "forward"),
    "fiance": ("engaged", "forward"),
    "fiancee": ("engaged", "forward"),
    "boyfriend": ("partner", "forward"),
    "girlfriend": ("partner", "forward"),
    "ex-boyfriend": ("partner", "forward"),
    "ex-girlfriend": ("partner", "forward"),
    "partner": ("partner", "forward"),
    "ex": ("partner", "forward"),  # 'his ex X': a former partner, married or not
}

CHILD_NOUNS = frozenset(
    {
        "son",
        "daughter",
        "child",
        "kid",
        "baby",
        "eldest",
        "youngest",
        "firstborn",
        "twin",
        "stepson",
        "stepdaughter",
        "boy",
        "girl",
        "newborn",
        "bundle",
        "arrival",
        "little one",
    }
)
# Words that open a photo caption's aside: 'X (left, with daughter Y in 2023) welcomed ...'.
CAPTION_WORDS = frozenset({"left", "right", "center", "centre", "pictured", "above", "below",
                           "top", "bottom", "inset", "far"})
# What an AP-style lead caption shows: 'In this April 2010 file photo, X ...'.
PHOTO_NOUNS = frozenset({"photo", "photograph", "picture", "image"})
# Nouns whose list names the children just told of: 'Their names are: A, B and C',
# 'each son has a nickname: A, B and C'.
NAMING_NOUNS = frozenset({"name", "nickname"})
# Words that may stand between a kin noun and the name it introduces ("her late husband").
CHILD_MODIFIERS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "new",
        "newborn",
        "baby",
        "little",
        "late",
        "former",
        "estranged",
        "older",
        "younger",
        "elder",
        "big",
        "only",
        "eldest",
        "youngest",
        "adopted",
        "beloved",
        "twin",
        "teenage",
        "adult",
        "infant",
        "beautiful",
        "oldest",
        "then-husband",
        "then-wife",
        "future",
        "current",
        "longtime",
        "biological",
    }
)
# Job and role words allowed between a kin noun and a name ("her father, actor Jon Doe").
DESCRIPTOR_WORDS = frozenset(
    {
        "actor",
        "actress",
        "model",
        "singer",
        "rapper",
        "musician",
        "director",
        "producer",
        "writer",
        "screenwriter",
        "filmmaker",
        "poet",
        "co-star",
        "costar",
        "co",
        "star",
        "designer",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "athlete",
        "player",
        "dancer",
        "comedian",
        "chef",
        "author",
        "artist",
        "photographer",
        "songwriter",
        "tv",
        "reality",
        "personality",
        "host",
        "presenter",
        "journalist",
        "lawyer",
        "doctor",
        "former",
        "fellow",
        "the",
        "and",
        "american",
        "british",
        "english",
        "canadian",
        "australian",
        "french",
        "heiress",
        "socialite",
        "influencer",
        "youtuber",
        "politician",
        "footballer",
        "boxer",
        "golfer",
        "wrestler",
        "sportscaster",
        "dj",
        "quarterback",
        "trainer",
        "composer",
        "drummer",
        "guitarist",
        "pianist",
        "then",
        "now",
        "late",
    }
)
NAME_TITLES = frozenset(
    {
        "prince",
        "princess",
        "king",
        "queen",
        "duke",
        "duchess",
        "grand",
        "hereditary",
        "crown",
        "archduke",
        "archduchess",
        "emperor",
        "empress",
        "count",
        "countess",
        "baron",
        "baroness",
        "lady",
        "lord",
        "sultan",
        "sheikh",
        "sheikha",
        "emir",
        "tsar",
        "tsarina",
        "czar",
        "czarina",
        "maharaja",
        "maharani",
        "margrave",
        "margravine",
        "landgrave",
        "landgravine",
        "infanta",
        "infante",
        "dame",
        "earl",
        "marquess",
        "marquis",
        "viscount",
        "viscountess",
        "baronet",
    }
)
# Lower-case particles inside names ("Ana Ruiz y Costa", "Pieter van Dam").
NAME_PARTICLES = frozenset(
    {"y", "de", "del", "da", "dos", "das", "van", "von", "der", "den", "di", "bin", "bint",
     "ibn", "la", "le", "du", "della", "ter", "ten"}
    # German, Scandinavian and noble particles: 'Count Ivo zu Lenz-Ark', 'Ada Berg af Sund',
    # 'Prince Olaf of Ried und Lamm', 'Count Holm til Vester'
    | {"zu", "zur", "af", "und", "til"}
)
# Capitalised particles that start an Irish or Scottish surname ("Aoife Ní Mhurchú", "Seán Mac
# Aodha"): the proper noun before one is the given name, even at a sentence's start.
SURNAME_PARTICLES = frozenset({"ní", "nic", "ó", "ua", "uí", "mac", "mhic", "bean"})
# Capitalised words the NER tags as people that are never people.
NOT_NAMES = frozenset(
    {
        "instagram",
        "twitter",
        "facebook",
        "tiktok",
        "youtube",
        "snapchat",
        "getty",
        "gettyimages",
        "grammy",
        "grammys",
        "oscar",
        "oscars",
        "emmy",
        "emmys",
        "tony",
        "billboard",
        "god",
        "mom",
        "dad",
        "mama",
        "papa",
        "baby",
        "healthy",
        "happy",
        "love",
        "scroll",
        "credit",
        "photo",
        "image",
        "images",
        "source",
        "sources",
        "reuters",
        "ap",
        "people",
        "us",
        "news",
    }
)

MARRY_VERBS = frozenset({"marry", "wed", "remarry", "elope"})
MARRY_PHRASES = (
    ("tie", "the", "knot"),
    ("tied", "the", "knot"),
    ("tying", "the", "knot"),
    ("exchange", "vows"),
    ("exchanged", "vows"),
    ("said", "i", "do"),
    ("walked", "down", "the", "aisle"),
    ("got", "hitched"),
    ("marriage", "to"),
)
DIVORCE_WORDS = frozenset({"divorce", "divorced", "divorcing", "divorces"})
FILING_WORDS = frozenset(
    {"file", "filed", "filing", "files", "papers", "petition", "lodge", "lodged"}
)
SEPARATE_PHRASES = (
    ("split",),
    ("splits",),
    ("splitting",),
    ("separated",),
    ("separation",),
    ("separate",),
    ("separating",),
    ("breakup",),
    ("break-up",),
    ("broke", "up"),
    ("break", "up"),
    ("breaking", "up"),
    ("called", "it", "quits"),
    ("call", "it", "quits"),
    ("calling", "it", "quits"),
    ("parted", "ways"),
    ("part", "ways"),
    ("broke", "it", "off"),  # an engagement ended: 'the pair broke it off in 2019'
    ("broke", "off"),  # 'broke off their engagement'
)
ENGAGE_PHRASES = (
    ("engaged",),
    ("engagement",),
    ("proposed",),
    ("popped", "the", "question"),
    ("pops", "the", "question"),
    ("got", "engaged"),
    ("said", "yes", "to"),  # accepting a proposal: 'X said yes to Y in 2019'
    ("says", "yes", "to"),
)
PARTNER_PHRASES = (
    ("dating",),
    ("dated",),
    ("to", "date"),  # 'went on to date Y' (the tagger makes this 'date' a noun)
    ("been", "together"),
    ("started", "seeing"),
    ("romantically",),
    ("relationship", "with"),
    ("relationships", "with"),  # 'has had relationships with A and, most recently, B'
    ("romance", "with"),
    ("affair", "with"),
    ("fling", "with"),
    ("coupled", "up"),  # a dating show's pairing: 'was coupled up with Y in the villa'
    # read only when the parse names both people ("A and B were linked", "A got together with B")
    ("linked",),
    ("got", "together"),
    ("get", "together"),
    ("getting", "together"),
)
# Partner phrases with another sense ('the film was dated', 'her best album to date'): a
# couple only with a name right after them or both daters named by the parse.
PARTNER_PHRASES_NAMING_AFTER = frozenset({("dated",), ("to", "date")})
# Partner words too common in other senses ("linked to the scandal") to pair people by order.
PARTNER_WORDS_NEEDING_PARSE = frozenset({"linked", "got", "get", "getting"})
WEDDING_NOUNS = frozenset({"wedding", "nuptials"})
# Nouns a year before them dates as a family event ('a 2013 ceremony', 'their 2016 split');
# a year before any other noun names the thing ('the 1966 drama', 'his 2005 memoir').
DATED_EVENT_NOUNS = frozenset(
    {
        "ceremony", "wedding", "nuptials", "union", "marriage", "engagement", "proposal",
        "divorce", "split", "separation", "breakup", "birth", "arrival", "delivery", "death",
        "passing", "funeral", "elopement", "honeymoon", "reception", "romance", "relationship",
    }
)
# "their marriage was over", "the union was dissolved": a marriage that ended.
MARRIAGE_NOUNS = frozenset({"marriage", "union"})
ENDED_WORDS = frozenset({"over", "ended", "dissolved", "annulled"})
# Verbs whose subject 'marriage' ends at their date ('Her marriage to X ended in 1990'), or
# spans their two dates ('lasted from 1980 to 1985').
MARRIAGE_END_VERBS = frozenset({"end", "dissolve", "collapse", "crumble", "fail"})
MARRIAGE_SPAN_VERBS = frozenset({"last"})
BIRTH_VERBS = frozenset({"welcome", "bear", "arrive", "deliver"})
BIRTH_NOUNS = frozenset({"birth", "arrival"})
DEATH_VERBS = frozenset({"die", "pass", "assassinate", "murder", "perish", "succumb"})
# Death verbs whose active subject died: 'he predeceased her in 2009' (not 'she was
# predeceased by her son': the passive's subject outlived the death).
ACTIVE_DEATH_VERBS = frozenset({"predecease"})
# Nouns whose 'of' names children and whose 'from'/'with' names the other parent:
# 'was granted custody of A and B from her ex-husband Y'.
CUSTODY_NOUNS = frozenset({"custody"})
DEATH_NOUNS = frozenset({"death", "passing"})
# "the couple", "the pair", "the former couple": a reference to the couple in focus.
COUPLE_NOUNS = frozenset({"couple", "pair", "duo", "two", "newlyweds", "spouses", "parents"})
# Role nouns that make "the <X> <role>" an epithet for a person ("the reality star").
EPITHET_ROLES = frozenset(
    {
        "founder",
        "star",
        "mogul",
        "rapper",
        "singer",
        "actor",
        "actress",
        "model",
        "mother",
        "mom",
        "icon",
        "personality",
        "superstar",
        "entrepreneur",
        "businesswoman",
        "businessman",
        "athlete",
        "musician",
        "producer",
        "director",
        "host",
        "heiress",
        "billionaire",
        "legend",
        "winner",
        "nominee",
        "veteran",
        "comedian",
        "author",
        "designer",
        "chef",
        "songstress",
    }
)
# Words that tell a person's gender right before the name ("his wife, Jane Doe").
FEMALE_WORDS = frozenset(
    {
        "wife",
        "ex-wife",
        "mother",
        "mom",
        "daughter",
        "sister",
        "half-sister",
        "stepsister",
        "stepmother",
        "stepmom",
        "stepmum",
        "stepdaughter",
        "widow",
        "girlfriend",
        "ex-girlfriend",
        "fiancée",
        "actress",
        "aunt",
        "niece",
        "grandmother",
        "granddaughter",
        "queen",
        "princess",
        "duchess",
    }
)
MALE_WORDS = frozenset(
    {
        "husband",
        "ex-husband",
        "father",
        "dad",
        "son",
        "brother",
        "half-brother",
        "stepbrother",
        "stepfather",
        "stepdad",
        "stepson",
        "widower",
        "boyfriend",
        "ex-boyfriend",
        "fiancé",
        "actor",
        "uncle",
        "nephew",
        "grandfather",
        "grandson",
        "king",
        "prince",
        "duke",
    }
)
COUSIN_WORDS = frozenset({"cousin", "cousins"})
SIBLING_TOPIC_WORDS = frozenset({"siblings", "sibling", "brothers", "sisters"})
# Nouns a kin noun modifies to name a kind of group, whatever the tagger makes of their number:
# 'brother duos', 'sibling acts', 'sister teams' (the tagger calls 'duos' singular).
KIN_GROUP_NOUNS = frozenset({"acts", "duos", "pairs", "trios", "teams", "groups", "bands", "sets"})
# An obituary's list of those who died first: 'predeceased by his wife, X, in 2010; his son
# Y, in 1985' (each entry's own date is that entry's death); 'proceeded in death by' is the
# misspelling obituaries often print.
PREDECEASED_LEADS = (
    ("predeceased", "by"),
    ("preceded", "in", "death", "by"),
    ("proceeded", "in", "death", "by"),
)
