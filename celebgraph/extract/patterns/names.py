"""Words and patterns of people's names, as data: what belongs to a name and what is glued on.

Everything is lower case unless it is a regular expression.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from nicknames import NickNamer

__all__ = [
    "AFFILIATION_WORDS",
    "CORPORATE_NOUNS",
    "COURTESY_STYLES",
    "GLUED_NAME_INFIXES",
    "HUSBAND_NAME_STYLES",
    "LEADING_NOT_NAME",
    "NAME_JOINERS",
    "NAME_SUFFIXES",
    "NAME_WORD_SLOTS",
    "NUMBERED_NOUNS",
    "OCCUPATIONS",
    "OCCUPATION_QUALIFIERS",
    "PEER_RANKS",
    "PEER_RANK_MODIFIERS",
    "PLACE_NOUNS",
    "REGNAL_NUMERAL",
    "ROMANIZED_GIVEN_NAME",
    "SLOT_PREPOSITIONS",
    "STYLE_ABBREVIATIONS",
    "STYLE_EPITHETS",
    "STYLE_GENDERS",
    "STYLE_OF_ADDRESS",
    "STYLE_RANKS",
    "TITLE_CASE_SMALL_WORDS",
    "VENUE_NOUNS",
    "WORK_NOUNS",
    "given_names",
    "nicknames_of",
]

# Tokenizer infixes for page residue glued to a name: "14Greta" (a list number), "Varga)Nils"
# (a heading's bracket and the next line), "Lind(52)" (an age in brackets with no space),
# "Reilly.[22]" (a footnote mark).
GLUED_NAME_INFIXES = (
    r"(?<=[0-9])(?=[A-Z][a-z])",
    r"(?<=[A-Za-z])\((?=[0-9])",
    r"(?<=[a-z])\)(?=[A-Z])",
    r"(?<=[A-Za-z])\.(?=\[[0-9])",
    r"(?<=[A-Za-z.])\[(?=[0-9])",
)

# Styles a wife is written with before her husband's full name ("Mrs. Tom Pike"): she is his
# wife, not he; her own name is another form, if the text gives it ("the former Ada Moss").
HUSBAND_NAME_STYLES = frozenset({"mrs", "mrs."})

# Styles before a surname and the gender they tell ('Mrs. Pike' is no 'Tom Pike').
STYLE_GENDERS = {"mrs": "F", "mrs.": "F", "ms": "F", "ms.": "F", "miss": "F", "mr": "M", "mr.": "M"}

# Abbreviated styles before a name, kept one token with their period ('the Hon. Ada X').
STYLE_ABBREVIATIONS = ("Hon.", "Rt.")

# A romanized Korean given name, written last ('Park Min-jun', 'Seo Ji-woo'): the family name
# comes first, so 'Ara and Park Min-jun' do not share 'Min-jun' as a surname.
ROMANIZED_GIVEN_NAME = r"^[A-Z][a-z]+-[a-z]+$"

# "Otto III", "Pike III": a regnal or generational numeral after a name (not "I").
REGNAL_NUMERAL = r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$"
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "snr", "jnr"})

# Nouns that take a Roman numeral and are no names: "World War II", "Part IV", "Apollo XI".
NUMBERED_NOUNS = frozenset(
    {"war", "part", "chapter", "episode", "act", "volume", "vol", "book", "phase", "stage",
     "grade", "type", "class", "level", "article", "title", "section", "series", "season",
     "round", "mark", "mk", "apollo", "vatican", "bowl", "league", "division", "generation",
     "version", "model", "unit", "block", "schedule", "appendix", "tier", "category", "pope"}
)

# Particles that join two parts of a name with a hyphen: "al-Rashid", "el-Amin", "bin-Salem".
NAME_JOINERS = frozenset({"al", "el", "ul", "ben", "bin", "abu", "ibn"})

# Honorifics before a name, part of how it is written: 'Mrs Ilse Varga', 'Dr. Omar Haddad'.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.",
                        "mme", "mme.", "mlle", "mlle."})

# Courtesy styles before a name, no part of it: 'the Hon. Ada Moss', 'the Rt. Hon. Teo Pike'.
COURTESY_STYLES = frozenset({"hon.", "hon", "rt.", "rt"})

# Capitalised words that start a line or a headline but are not part of the name after them:
# "Born Ada Moss on ...", "Married Teo Pike and ...", "Troubled Ada Moss ...".
LEADING_NOT_NAME = frozenset(
    {
        "hon.",  # 'the Hon. Ada Moss': a courtesy style, not part of the name
        "rt.",
        "born",
        "married",
        "divorced",
        "engaged",
        "widowed",
        "pictured",
        "troubled",
        "tragic",
        "heartbroken",
        "pregnant",
        "newlywed",
        "newlyweds",
        "groom",  # 'Groom Ivo Lant, 33, works in ...': the wedding's role, not his name
        "bride",
        "bridegroom",
        "exclusive",
        "watch",
        "see",
        "meet",
        "inside",
        "why",
        "how",
        "when",
        "where",
        "what",
        "who",
        "update",
        "breaking",
        "congratulations",
        "late",
        "former",
        "disgraced",
        "legendary",
        "iconic",
        "veteran",
        "beloved",
    }
)

# Nationalities and faiths written before a name or a title ("married Flemish Count Ivo Lant",
# "Norwegian Lutheran pastor Eir Vik"): a descriptor, never the name's first word.
AFFILIATION_WORDS = frozenset(
    {"afghan", "albanian", "algerian", "argentine", "argentinian", "armenian", "austrian",
     "bavarian", "belgian", "bolivian", "brazilian", "bulgarian", "burmese", "cambodian",
     "chilean", "chinese", "colombian", "croatian", "cuban", "czech", "danish", "dutch",
     "ecuadorian", "egyptian", "estonian", "ethiopian", "filipina", "filipino", "finnish",
     "flemish", "georgian", "german", "ghanaian", "greek", "hungarian", "icelandic", "indian",
     "indonesian", "iranian", "iraqi", "israeli", "italian", "jamaican", "japanese", "jordanian",
     "kenyan", "korean", "latvian", "lebanese", "lithuanian", "luxembourgish", "malaysian",
     "maltese", "mexican", "moroccan", "nigerian", "norwegian", "pakistani", "palestinian",
     "peruvian", "polish", "portuguese", "prussian", "romanian", "russian", "saudi", "scottish",
     "serbian", "slovak", "slovenian", "spanish", "swedish", "swiss", "syrian", "taiwanese",
     "thai", "tunisian", "turkish", "ukrainian", "uruguayan", "venezuelan", "vietnamese",
     "welsh"}
    # the nouns of a nationality ("her latest ex, Frenchman Teo Pike")
    | {"frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman",
       "scotsman", "scotswoman", "welshman", "welshwoman", "dutchman", "dutchwoman", "briton"}
    | {"catholic", "protestant", "lutheran", "anglican", "orthodox", "jewish", "muslim",
       "hindu", "sikh", "buddhist", "calvinist", "methodist", "baptist"}
)

# Words after a title that make a style of it, with no place ('Ada, Princess Royal', 'the
# Prince Consort', 'the Queen Dowager').
STYLE_EPITHETS = frozenset({"royal", "consort", "regent", "dowager", "mother"})

# Words of a style of address before a name ("His Serene Highness Prince Ivo", "HRH Princess
# Ada"): no part of the name.
STYLE_OF_ADDRESS = frozenset(
    {"highness", "majesty", "serene", "imperial", "hrh", "trh", "hsh", "hm", "his", "her",
     "their", "royal", "highnesses", "majesties", "excellency"}
)

# Occupations written before a name ("Novelist Ada Moss"): a descriptor, not part of the name.
OCCUPATIONS = frozenset(
    {
        "novelist",
        "painter",
        "sculptor",
        "poet",
        "playwright",
        "pilot",
        "surgeon",
        "nurse",
        "teacher",
        "professor",
        "scientist",
        "physicist",
        "architect",
        "senator",
        "governor",
        "congressman",
        "congresswoman",
        "mayor",
        "president",
        "minister",
        "judge",
        "coach",
        "pro",
        "driver",
        "manager",
        "captain",
        "detective",
        "officer",
        "soldier",
        "banker",
        "tycoon",
        "billionaire",
        "millionaire",
        "magnate",
        "mogul",
        "heir",
        "heiress",
        "socialite",
        "aristocrat",
        "philanthropist",
        "activist",
        "historian",
        "journalist",
        "editor",
        "broadcaster",
        "newsreader",
        "anchor",
        "columnist",
        "blogger",
        "vlogger",
        "podcaster",
        "cellist",
        "violinist",
        "conductor",
        "vocalist",
        "frontman",
        "frontwoman",
        "bassist",
        "ballerina",
        "choreographer",
        "stylist",
        "hairstylist",
        "makeup",
        "supermodel",
        "starlet",
        "superstar",
        "megastar",
        "popstar",
        "hitmaker",
        "crooner",
        "diva",
        "skier",
        "swimmer",
        "sprinter",
        "cyclist",
        "tennis",
        "striker",
        "goalkeeper",
        "midfielder",
        "defender",
        "pitcher",
        "jockey",
        "racer",
        "skater",
        "gymnast",
        "olympian",
        "champion",
        "ceo",
        "chairman",
        "chairwoman",
        "executive",
        "founder",
        "businessman",
        "businesswoman",
        "entrepreneur",
        "lawmaker",
        "politician",
        "diplomat",
        "ambassador",
        "rancher",
        "farmer",
        "fisherman",
        "miner",
        "chef",
        "restaurateur",
        "star",
    }
)

# Short words a Title-Case headline leaves in lower case ("X Cradles Her Baby in White").
TITLE_CASE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "at", "to", "for", "by"}
    | {"with", "as", "from", "vs", "via", "into", "onto", "amid", "over", "off", "up", "per"}
)

# Verbs of news headlines, as a Title-Case headline writes them: a name the NER runs across
# one ('Lark Marries Designer Ada Moss') is two names and the verb between them; a couple's
# verb after their names ('Ada Moss and Teo Pike Divorce') is no part of the second name.
HEADLINE_VERBS = frozenset(
    {"marries", "weds", "welcomes", "divorces", "splits", "dies", "files", "gives", "announces",
     "reveals", "is", "are", "was", "opens", "launches", "turns", "steps", "drops", "wins",
     "engaged", "married", "expecting", "celebrates", "mourns", "joins", "says", "shares",
     "confirms", "denies", "returns", "reunites", "meets", "dates", "leaves", "loses", "sues",
     "adopts", "names", "breaks", "makes", "honors", "honours", "remembers", "introduces"}
    # after a couple ('Ada Moss and Teo Pike Divorce', 'Moss and Pike Separate')
    | {"marry", "wed", "welcome", "divorce", "split", "separate", "announce", "reveal",
       "celebrate", "reunite", "adopt", "expect", "confirm", "deny", "renew", "finalize"}
)

# Last words of a firm's name, never a surname: 'Moss Hotels', 'Moss Hotels Corporation' are no
# person even where the NER tags them so or 'Moss' is a surname of the article.
CORPORATE_NOUNS = frozenset(
    {"hotels", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "holdings"}
    | {"enterprises", "industries", "productions", "pictures", "entertainment", "partners"}
    | {"records", "recordings", "studios", "films", "tour"}  # a label, a studio, a tour
)

# Nouns of a creative work: the capitalised words they introduce ('her album Rosa Bell', 'the
# song "Ivy Rose"', 'the series 'Silent Orchards'') are its title, no person.
WORK_NOUNS = frozenset(
    {"album", "albums", "song", "songs", "single", "track", "ballad", "anthem", "mixtape", "ep"}
    | {"film", "movie", "biopic", "documentary", "series", "miniseries", "sitcom", "show"}
    | {"telenovela", "drama", "soap", "musical", "play", "novel", "book", "memoir", "franchise"}
)

# Last words of a place's or an institution's name: 'Grant Park', 'Florence Hall' are no
# person, though they start with a given name.
PLACE_NOUNS = frozenset(
    {"street", "st", "road", "avenue", "lane", "drive", "boulevard", "square", "park", "garden",
     "gardens", "county", "city", "island", "islands", "beach", "bay", "lake", "river", "valley",
     "hills", "heights", "mountain", "mountains", "falls", "springs", "court", "hall", "house",
     "hotel", "church", "chapel", "cathedral", "school", "college", "university", "academy",
     "institute", "hospital", "center", "centre", "theatre", "theater", "museum", "gallery",
     "stadium", "arena", "station", "airport", "bridge", "tower", "castle", "palace", "abbey",
     "foundation", "fund", "trust", "award", "awards", "prize", "records", "studios", "company",
     "tech", "festival", "week", "day", "show", "club", "cup", "league", "state", "estate"}
    | CORPORATE_NOUNS
)
# The last word of a venue's name, after 'in', 'at' or 'the' ('married in Vellmoor Cathedral',
# 'at the Sankt Anna Clinic'): never a person there.
VENUE_NOUNS = PLACE_NOUNS | frozenset(
    {"clinic", "cemetery", "basilica", "minster", "synagogue", "mosque", "chateau", "château"}
)

# Capitalised words before a peer rank (PEER_RANKS) that belong to its style ('the Dowager
# Duchess of Arden', 'the Hereditary Grand Duke of X').
PEER_RANK_MODIFIERS = frozenset({"dowager", "grand", "crown", "hereditary"})

# Words that qualify an occupation before a name ("pop star", "ballet dancer"): part of the
# descriptor, never trimmed from a name on their own ("Rock Hudson").
OCCUPATION_QUALIFIERS = frozenset(
    {"pop", "rock", "country", "film", "movie", "ballet", "opera", "jazz", "folk", "soul", "rap"}
    | {"fashion", "news", "talk", "radio", "stage", "tennis", "football", "soccer", "golf"}
    | {"basketball", "baseball", "hockey", "olympic", "award-winning", "oscar-winning"}
)

# Dependency labels under which the small model hangs the name a kin noun introduces
# ("a son, X": appos; "son X": compound or appos; "sons, X and Y": conj; list items also come
# as npadvmod or dep).
NAME_WORD_SLOTS = frozenset({"appos", "compound", "conj", "npadvmod", "dep", "attr", "nmod"})
# Prepositions whose object a relation word asks for: "divorce from X", "engaged to X".
SLOT_PREPOSITIONS = frozenset({"from", "to", "with"})


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names, lower case: ``given_names.txt``, built by ``scripts/build_given_names.py``."""
    text = resources.files(__package__).joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line and line[0] != "#")


# Peerages that name their holder with no given name: 'the Duke of Harwick', 'the Countess of
# Ware' is a person. Royal ranks are left out: 'the King of Pop', 'the Queen of Soul' are
# epithets as often as people.
PEER_RANKS = frozenset({"duke", "duchess", "marquess", "marquis", "marchioness", "earl",
                        "countess", "viscount", "viscountess", "baron", "baroness"})


# Ranks a person is called by alone once the story has named them with it ('the King' after
# 'King Frederik', 'the Crown Princess' after 'Crown Princess Ada of X'): the peer ranks and the
# royal ones, which alone name no one ('the King of Pop').
STYLE_RANKS = PEER_RANKS | frozenset(
    {"prince", "princess", "king", "queen", "count", "emperor", "empress", "archduke",
     "archduchess", "infanta", "infante"}
)


@lru_cache(maxsize=1)
def _nicknamer() -> NickNamer:
    return NickNamer()  # the package's table of English given names, read once


@lru_cache(maxsize=4096)
def nicknames_of(given: str) -> frozenset[str]:
    """Short forms of a given name, lower case ('Donald' → 'don', 'donnie', ...), from the
    ``nicknames`` package's hand-curated table (as ``graph.names.short_form`` uses it)."""
    return frozenset(_nicknamer().nicknames_of(given.lower()))
