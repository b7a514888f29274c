"""Words of semi-structured records and genealogical notation, as data.

A *record* is a person heading followed by "Label: value" lines ("Parents: X and Y"); a
*dictionary entry* is "Born X ...; died ...; dau. of A and B; m. C, 1952 (div.); children: ...".
Everything is lower case. Kin words map to (relation, direction) as ``KIN_NOUNS`` does:
"forward" = the anchor is the parent (or one side), "reverse" = the named person is the
anchor's parent. In "Parents: X" the anchor is the record's person and X the named person.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATED_CHILD",
    "CHILD_OF_WORDS",
    "DENIAL_WORDS",
    "ENTRY_CHILDREN",
    "ENTRY_DIED",
    "ENTRY_MARRIED",
    "ENTRY_PARENTS",
    "IGNORED_LABELS",
    "ITEM_PREFIX_WORDS",
    "LABEL_ALIASES",
    "LIFE_LABELS",
    "MARRIAGE_WORDS",
    "NAME_LABELS",
    "NEE_WORDS",
    "NOTICE_ABBREVIATIONS",
    "NOTICE_AFFECTION",
    "NOTICE_DEATH_CLAUSES",
    "NOTICE_KIN",
    "NOT_HEADING_WORDS",
    "NOT_ITEM_NAMES",
    "ORDINALS",
    "RECORD_KIN",
    "RELATIONSHIP_LABEL",
    "SPOUSE_WORDS",
    "TERM_WORDS",
]

# Kin words of record labels ("Siblings:"), of "Relationship to X: Brother", of an item's own
# parenthesis ("Ada Moss (sister)") and of heading parentheses ("(Son of X, husband of Y)").
RECORD_KIN: dict[str, tuple[str, str]] = {
    "parent": ("parent", "reverse"),
    "parents": ("parent", "reverse"),
    "father": ("parent", "reverse"),
    "mother": ("parent", "reverse"),
    "dad": ("parent", "reverse"),
    "mom": ("parent", "reverse"),
    "mum": ("parent", "reverse"),
    "stepfather": ("parent", "reverse"),
    "stepmother": ("parent", "reverse"),
    "child": ("parent", "forward"),
    "children": ("parent", "forward"),
    "son": ("parent", "forward"),
    "sons": ("parent", "forward"),
    "daughter": ("parent", "forward"),
    "daughters": ("parent", "forward"),
    "dau.": ("parent", "forward"),
    "s.": ("parent", "forward"),
    "kids": ("parent", "forward"),
    "issue": ("parent", "forward"),
    "offspring": ("parent", "forward"),
    "stepson": ("parent", "forward"),
    "stepdaughter": ("parent", "forward"),
    "spouse": ("spouse", "forward"),
    "spouses": ("spouse", "forward"),
    "husband": ("spouse", "forward"),
    "husbands": ("spouse", "forward"),
    "wife": ("spouse", "forward"),
    "wives": ("spouse", "forward"),
    "widow": ("spouse", "forward"),
    "widower": ("spouse", "forward"),
    "ex-wife": ("spouse", "forward"),
    "ex-husband": ("spouse", "forward"),
    "partner": ("partner", "forward"),
    "partners": ("partner", "forward"),
    "domestic partner": ("partner", "forward"),
    "fiancé": ("engaged", "forward"),
    "fiancée": ("engaged", "forward"),
    "fiance": ("engaged", "forward"),
    "fiancee": ("engaged", "forward"),
    "sibling": ("sibling", "forward"),
    "siblings": ("sibling", "forward"),
    "brother": ("sibling", "forward"),
    "brothers": ("sibling", "forward"),
    "sister": ("sibling", "forward"),
    "sisters": ("sibling", "forward"),
    "half-brother": ("sibling", "forward"),
    "half-sister": ("sibling", "forward"),
    "stepbrother": ("sibling", "forward"),
    "stepsister": ("sibling", "forward"),
    "twin": ("sibling", "forward"),
    "twin brother": ("sibling", "forward"),
    "twin sister": ("sibling", "forward"),
    "girlfriend": ("partner", "forward"),
    "boyfriend": ("partner", "forward"),
    "stepchildren": ("parent", "forward"),
    "stepsons": ("parent", "forward"),
    "stepdaughters": ("parent", "forward"),
}
# Labels that say a kin word in other words ("Married to: X").
LABEL_ALIASES: dict[str, str] = {
    "married": "spouse",
    "married to": "spouse",
    "engaged to": "fiancé",
    "dating": "partner",
    "step-children": "stepchildren",
    "kids": "children",
}
# Labels whose value is the person's own birth or death ("Born: 3 March 1961 in Oslo").
LIFE_LABELS: dict[str, str] = {
    "born": "born",
    "birth": "born",
    "date of birth": "born",
    "birth date": "born",
    "birthdate": "born",
    "died": "died",
    "death": "died",
    "date of death": "died",
    "death date": "died",
}
# Labels whose value names the record's person ("Full name: Hanna Marie Sorel").
NAME_LABELS = frozenset({"name", "full name", "birth name", "real name", "born as"})
# Labels that name people without a schema relation: their items get no fact.
IGNORED_LABELS = frozenset(
    {"relatives", "family", "relations", "grandchildren", "grandparents", "in-laws", "cousins"}
)
RELATIONSHIP_LABEL = "relationship to"
# "(née Visser)", "(born Ada Moss)": a maiden or birth name.
NEE_WORDS = frozenset({"née", "nee", "born", "formerly"})
# Words that may open a value item before its name ("Twin sisters A and B", "late brother X").
ITEM_PREFIX_WORDS = frozenset(
    {
        "twin",
        "twins",
        "half",
        "late",
        "older",
        "younger",
        "elder",
        "eldest",
        "youngest",
        "step",
        "adopted",
        "and",
        "the",
        *RECORD_KIN,
    }
)
# Capitalised values that are no names ("Children: None", "Spouse: Unknown").
NOT_ITEM_NAMES = frozenset(
    {
        "none",
        "unknown",
        "n/a",
        "na",
        "various",
        "not",
        "no",
        "yes",
        "see",
        "private",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "one",
    }
)
ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "1st",
        "2nd",
        "3rd",
    }
)
# Fields of a dictionary entry, after the first ("Born X in Y, 1929"), separated by ';'.
ENTRY_DIED = ("died ", "d. ")
ENTRY_PARENTS = ("dau. of ", "daughter of ", "d. of ", "s. of ", "son of ", "child of ")
ENTRY_MARRIED = ("m. ", "married ", "mar. ")
ENTRY_CHILDREN = ("children:", "children ", "child:", "sons:", "daughters:", "issue:")
# A bare year range after a name these words introduce is a reign or a term of office
# ("King Olav (1957–1991)", "coach Tom Hale (2004–2010)"), not a lifespan.
TERM_WORDS = frozenset(
    {
        "king",
        "queen",
        "emperor",
        "empress",
        "sultan",
        "tsar",
        "czar",
        "pope",
        "shah",
        "monarch",
        "president",
        "minister",
        "premier",
        "chancellor",
        "governor",
        "mayor",
        "senator",
        "coach",
        "manager",
        "chairman",
        "chairwoman",
        "ceo",
        "editor",
        "captain",
        "leader",
    }
)
# Section titles shaped like names ("Quick Facts", "Family Tree") are no person headings.
NOT_HEADING_WORDS = frozenset(
    {
        "facts",
        "family",
        "life",
        "career",
        "years",
        "biography",
        "profile",
        "overview",
        "personal",
        "details",
        "info",
        "information",
        "tree",
        "summary",
        "background",
        "trivia",
        "relationships",
        "related",
        "more",
        "see",
        "also",
        "gallery",
        "photos",
        "video",
    }
)
# Prose notation: "daughter of", "dau. of" (the tokenizer splits "dau" "."), "by his wife Y".
CHILD_OF_WORDS = frozenset({"son", "daughter", "child", "dau", "dau.", "s", "s."})
ABBREVIATED_CHILD = frozenset({"dau", "s"})
SPOUSE_WORDS = frozenset({"wife", "husband", "spouse", "partner"})
# Words before a name that make a year range after it a marriage, not a lifespan.
MARRIAGE_WORDS = frozenset(
    {"married", "marriage", "marriages", "divorced", "wed", "dated", "spouses", "husbands", "wives"}
)
# An answer to "Who is X's wife?" that denies before it names anyone ("X is single").
DENIAL_WORDS = frozenset({"single", "unmarried", "never", "no", "not", "n't"})

# Death notices ("KOWALCZYK, Ida" / "Beloved wife of ...; much loved mother of ..."): the words
# that may stand before the kin noun that opens a notice's kin phrase, and the kin nouns.
NOTICE_AFFECTION = frozenset(
    {"beloved", "loving", "loved", "much", "much-loved", "dearly", "dear", "dearest", "devoted",
     "cherished", "adored", "proud", "treasured", "caring", "fond", "darling", "wonderful",
     "precious", "special", "and", "also", "a", "the", "very", "greatly", "sadly", "missed",
     "always", "forever"}
)
NOTICE_KIN = ("husband", "wife", "widow", "widower", "partner", "father", "mother", "dad", "mum",
              "mom", "son", "daughter", "brother", "sister", "stepfather", "stepmother",
              "stepson", "stepdaughter")
# '..., who died in 2008' after a notice's item: a death of that item.
NOTICE_DEATH_CLAUSES = ("who died", "who passed away", "who passed", "died", "d.")
# Abbreviations whose full stop ends no sentence inside a notice ('St. Luke's').
NOTICE_ABBREVIATIONS = frozenset({"st", "mr", "mrs", "ms", "dr", "rev", "jr", "sr", "mt", "ft"})
