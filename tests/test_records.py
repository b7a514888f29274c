"""Records and genealogical notation: "Label: value" lines under a person heading, heading
parentheses, dictionary entries, lifespans and "(née X)", "born to a miner, X, and a nurse, Y".

Every text here is invented (new names, new wording). Each case states exactly the facts the
text yields, as ``(relation, subject, object, when)``; ``when`` is the date for born/died and
``start``, ``"start..end"`` or ``"..end"`` for spouse/partner. The names in records are read by
position, so the cases do not rest on the NER tagging a particular name.
"""

from __future__ import annotations

import pytest

from celebgraph import Fact, extract_facts
from celebgraph.extract import extract_document
from celebgraph.extract.reading.sources import document_from_text
from celebgraph.extract.relations.notation import read_item, read_paren, split_items
from celebgraph.models import SYMMETRIC_RELATIONS

Key = tuple[str, str, str | None, str | None]


def _when(fact: Fact) -> str | None:
    if fact.relation in ("spouse", "partner"):
        return fact.start if fact.end is None else f"{fact.start or ''}..{fact.end}"
    return fact.date


def key(relation: str, subject: str, obj: str | None = None, when: str | None = None) -> Key:
    if relation in SYMMETRIC_RELATIONS and obj is not None and obj < subject:
        subject, obj = obj, subject
    return (relation, subject, obj, when)


def read(text: str, published: str | None = None) -> set[Key]:
    return {
        key(f.relation, f.subject, f.object, _when(f))
        for f in extract_facts(text, published=published)
    }


def parents(of: str, *names: str) -> list[Key]:
    return [key("parent", name, of) for name in names]


def children(of: str, *names: str) -> list[Key]:
    return [key("parent", of, name) for name in names]


RECORDS = {
    "dash-between-label-and-value": (
        "Idris Okafor\nBorn — 9 October 1974, Enugu\nSpouse — Chioma Okafor (m. 2003)\n"
        "Children – Obinna, Ngozi\n",
        [
            key("born", "Idris Okafor", None, "1974-10-09"),
            key("spouse", "Chioma Okafor", "Idris Okafor", "2003"),
            *children("Idris Okafor", "Obinna", "Ngozi"),
        ],
    ),
    "open-and-bare-ranges-by-spouses": (
        "Solveig Arneberg\nSpouses: Pal Vinje (2016–present), Eirik Dahle (2001–2011)\n"
        "Partner: Knut Rye (1998–present)\n",
        [
            key("spouse", "Pal Vinje", "Solveig Arneberg", "2016"),
            key("spouse", "Eirik Dahle", "Solveig Arneberg", "2001..2011"),
            key("partner", "Knut Rye", "Solveig Arneberg", "1998"),
        ],
    ),
    "two-labels-in-one-row": (
        "Mireille Danjou\nFather: Armand Danjou | Mother: Colette Danjou\n",
        parents("Mireille Danjou", "Armand Danjou", "Colette Danjou"),
    ),
    "table-cells-after-the-label": (
        "Tovan Reel Bio: Age, Wife, Kids\nTovan Reel | |\n---|---|\nQuick Data | |\n"
        "Real Name: | Tovan Aldo Reel |\nBorn: | 3 March 1961 (age 63 years old) |\n"
        "Parents: | Marek Reel, Ilsa Dorn Reel |\nSiblings: | Jana Reel, Otto Dorn |\n"
        "Spouse: | Kara Lind (m. 1990-1999), Mira Solt (m. 2003-2010) |\n",
        [
            key("born", "Tovan Aldo Reel", None, "1961-03-03"),
            *parents("Tovan Aldo Reel", "Marek Reel", "Ilsa Dorn Reel"),
            key("sibling", "Tovan Aldo Reel", "Jana Reel"),
            key("sibling", "Tovan Aldo Reel", "Otto Dorn"),
            key("spouse", "Tovan Aldo Reel", "Kara Lind", "1990..1999"),
            key("spouse", "Tovan Aldo Reel", "Mira Solt", "2003..2010"),
        ],
    ),
    "table-rows-label-cell-value-cell": (
        "Tovan Reel\n| Born | 3 March 1961 |\n| Parents | Marek Reel, Ilsa Dorn Reel |\n"
        "| Spouse | Kara Lind (m. 1990; div. 1999) |\n",
        [
            key("born", "Tovan Reel", None, "1961-03-03"),
            *parents("Tovan Reel", "Marek Reel", "Ilsa Dorn Reel"),
            key("spouse", "Tovan Reel", "Kara Lind", "1990..1999"),
        ],
    ),
    "errors-md-record": (
        "Oskar Lindqvist\nBorn: 3 March 1961\nSpouse: Mirja Lindqvist (m. 1988)\n"
        "Children: Elin, Axel and Saga\n",
        [
            key("born", "Oskar Lindqvist", None, "1961-03-03"),
            key("spouse", "Oskar Lindqvist", "Mirja Lindqvist", "1988"),
            *children("Oskar Lindqvist", "Elin", "Axel", "Saga"),
        ],
    ),
    "appendix-b-titles-kept-whole": (
        "Count Felix Aurand\nParents: Georg Aurand, 5th Count Aurand and Hedda Lowe\n"
        "Siblings: Lady Ottilie Brandt, Max Aurand\n",
        [
            *parents("Count Felix Aurand", "Georg Aurand, 5th Count Aurand", "Hedda Lowe"),
            key("sibling", "Count Felix Aurand", "Lady Ottilie Brandt"),
            key("sibling", "Count Felix Aurand", "Max Aurand"),
        ],
    ),
    "appendix-b-relationship-line": (
        "Max Aurand\nRelationship to Ottilie Brandt: Brother\n",
        [key("sibling", "Max Aurand", "Ottilie Brandt")],
    ),
    "relationship-line-parent": (
        "Corin Vale\nRelationship to Petra Vale, Duchess of Orm: Father\n",
        [key("parent", "Corin Vale", "Petra Vale")],
    ),
    "father-mother-spouse-range-died": (
        "Hanna Sorel\nFather: Luc Sorel\nMother: Anouk Perrin\n"
        "Spouse(s): Marc Tellier (m. 1988–2001)\nDied: 12 May 2015\n",
        [
            *parents("Hanna Sorel", "Luc Sorel", "Anouk Perrin"),
            key("spouse", "Hanna Sorel", "Marc Tellier", "1988..2001"),
            key("died", "Hanna Sorel", None, "2015-05-12"),
        ],
    ),
    "spouses-divorce-and-death": (
        "Greta Moll\nSpouses: Ivo Stern (m. 1975; div. 1980), Anton Rask (m. 1982, died 2010)\n",
        [
            key("spouse", "Greta Moll", "Ivo Stern", "1975..1980"),
            key("spouse", "Greta Moll", "Anton Rask", "1982..2010"),
        ],
    ),
    "bullets-under-a-label-are-items": (
        "Tobias Marek\nBorn: 1950\nChildren:\n• Vera Marek (b. 1979)\n• Jan Marek\n",
        [
            key("born", "Tobias Marek", None, "1950"),
            key("born", "Vera Marek", None, "1979"),
            *children("Tobias Marek", "Vera Marek", "Jan Marek"),
        ],
    ),
    "item-kin-words-and-relatives": (
        "Ilona Frey\nSiblings: twin brother Karel Frey; Dita Frey\n"
        "Relatives: Aldo Frey (grandfather), Nina Frey (sister)\n",
        [
            key("sibling", "Ilona Frey", "Karel Frey"),
            key("sibling", "Ilona Frey", "Dita Frey"),
            key("sibling", "Ilona Frey", "Nina Frey"),
        ],
    ),
    "subtitle-between-heading-and-record": (
        "Ruben Okoro\nNigerian footballer\nParents: Emeka Okoro and Ada Okoro\n",
        parents("Ruben Okoro", "Emeka Okoro", "Ada Okoro"),
    ),
    "full-name-label-without-heading": (
        "Full name: Selma Varga\nMother: Rita Varga\n",
        parents("Selma Varga", "Rita Varga"),
    ),
    "infobox-tabs-and-zero-width-spaces": (
        "Hanna Sorel\nSpouse(s)\tMarc Tellier \u200b(m. 1988; div. 2001)\u200b\n"
        "Child(ren)\tAva Sorel\n",
        [
            key("spouse", "Hanna Sorel", "Marc Tellier", "1988..2001"),
            *children("Hanna Sorel", "Ava Sorel"),
        ],
    ),
    "line-broken-value-without-bullets": (
        "Oskar Lind\nChildren:\nAva Lind\nBen Lind (b. 1990)\n\nOskar Lind lives in Oslo.",
        [*children("Oskar Lind", "Ava Lind", "Ben Lind"), key("born", "Ben Lind", None, "1990")],
    ),
    "infobox-value-over-lines-with-kin-words": (
        "Hanna Sorel\nBorn\t3 March 1961\nOslo\nParent(s)\tLuc Sorel (father)\n"
        "Anouk Perrin (mother)\nRelatives\tIvo Sorel (brother)\n",
        [
            key("born", "Hanna Sorel", None, "1961-03-03"),
            *parents("Hanna Sorel", "Luc Sorel", "Anouk Perrin"),
            key("sibling", "Hanna Sorel", "Ivo Sorel"),
        ],
    ),
    "next-record-heading-right-after-a-record": (
        "Count Felix Aurand\nParents: Georg Aurand and Hedda Lowe\nSiblings: Carl Aurand\n"
        "Max Aurand\nRelationship to Ottilie Brandt: Brother\n",
        [
            *parents("Count Felix Aurand", "Georg Aurand", "Hedda Lowe"),
            key("sibling", "Count Felix Aurand", "Carl Aurand"),
            key("sibling", "Max Aurand", "Ottilie Brandt"),
        ],
    ),
    "numbered-and-marked-up-headings": (
        "3. Ruben Okoro\nMother: Ada Okoro\n\n## **Lina Berg**\nFather: Sven Berg\n",
        [key("parent", "Ada Okoro", "Ruben Okoro"), key("parent", "Sven Berg", "Lina Berg")],
    ),
    "other-fields-and-label-wordings": (
        "Name: Tom Hale\nAge: 45\nOccupation: Actor\n**Married to:** Ann Roe (m. 2001)\n"
        "Mother's name: Ruth Hale\nEx-wife: Lisa Cole\nKids: Ava, Ben\n",
        [
            key("spouse", "Tom Hale", "Ann Roe", "2001"),
            key("spouse", "Tom Hale", "Lisa Cole"),
            key("parent", "Ruth Hale", "Tom Hale"),
            *children("Tom Hale", "Ava", "Ben"),
        ],
    ),
    "partner-since": (
        "Vera Holm\nPartner: Lena Ott since 2010\n",
        [key("partner", "Vera Holm", "Lena Ott", "2010")],
    ),
    "quote-after-a-label-is-no-record": (
        "Vera Holm\nMother: My son is a hero, says proud Ann Holm\n",
        [],
    ),
    "page-title-person-owns-unheaded-lines": (
        "date 2021-01-01\nTom Hale: Everything you need to know about the actor\n\n"
        "Tom Hale is an actor from Leeds.\n\nBorn: 3 May 1970\nSpouse: Ann Roe\n",
        [key("born", "Tom Hale", None, "1970-05-03"), key("spouse", "Tom Hale", "Ann Roe")],
    ),
    "section-title-is-no-person": (
        "Quick Facts\nBorn: 4 May 1970\nSpouse: Lena Ott\n",
        [],
    ),
    "credit-labels-are-no-records": (
        "Photo: Dana Hill\nImage Credit: Moritz Lang/Agency\n",
        [],
    ),
    "headline-with-a-colon-is-prose": (
        "Exclusive: Tom Hale opens up about his divorce from Ann Roe\nPhoto: Jane Doe\n",
        [key("spouse", "Tom Hale", "Ann Roe")],
    ),
}

HEADINGS = {
    "appendix-b-heading-parenthesis": (
        "Paul Mercer (Son of Ruth Mercer, husband of Ines Vidal)\n\n"
        "Paul Mercer trained as a pilot in Lyon.",
        [key("parent", "Ruth Mercer", "Paul Mercer"), key("spouse", "Paul Mercer", "Ines Vidal")],
    ),
    "heading-mother-of-two": (
        "Sofia Brandt (Wife of Arne, mother of Lasse and Malin)\n\nSofia Brandt grew up in Bergen.",
        [key("spouse", "Sofia Brandt", "Arne"), *children("Sofia Brandt", "Lasse", "Malin")],
    ),
    "heading-lifespan": (
        "Edvard Holm (1931–2004)\n\nEdvard Holm painted harbours.",
        [key("born", "Edvard Holm", None, "1931"), key("died", "Edvard Holm", None, "2004")],
    ),
    "heading-born": (
        "Marta Quist (b. 1960)\n\nMarta Quist is a sculptor.",
        [key("born", "Marta Quist", None, "1960")],
    ),
}

ENTRIES = {
    "entry-year-before-spouse": (
        "Born Edda Maria Kron in Bonn, 4 May 1950; dau. of Karl Kron and Ute Kron; m. 1975, "
        "Lars Holm (div.); m. 1990, Per Falk.",
        [
            key("born", "Edda Maria Kron", None, "1950-05-04"),
            *parents("Edda Maria Kron", "Karl Kron", "Ute Kron"),
            key("spouse", "Edda Maria Kron", "Lars Holm", "1975"),
            key("spouse", "Edda Maria Kron", "Per Falk", "1990"),
        ],
    ),
    "appendix-b-dictionary-entry": (
        "Born Ottilie Anne Brandt in Graz, Austria, May 2, 1931; died Jan. 9, 2004, in Vienna; "
        "dau. of Hedwig Brandt (1905–1988) and Karl Brandt; m. Felix Moser, 1955 (div.); "
        "children: Eva Moser (b. 1957); Paul Moser (b. 1960).",
        [
            key("born", "Ottilie Anne Brandt", None, "1931-05-02"),
            key("died", "Ottilie Anne Brandt", None, "2004-01-09"),
            key("born", "Hedwig Brandt", None, "1905"),
            key("died", "Hedwig Brandt", None, "1988"),
            key("spouse", "Ottilie Anne Brandt", "Felix Moser", "1955"),
            key("born", "Eva Moser", None, "1957"),
            key("born", "Paul Moser", None, "1960"),
            *parents("Ottilie Anne Brandt", "Hedwig Brandt", "Karl Brandt"),
            *children("Ottilie Anne Brandt", "Eva Moser", "Paul Moser"),
        ],
    ),
    "entry-last-marriage-ends-with-first-death": (
        "Born Agnes Wilma Roth in Linz, 1920; died March 3, 1990, in Graz; dau. of Emil Roth; "
        "m. Bruno Falk, 1945 (div.); m. Otto Lenz, 1950 (died Oct. 2, 1995); "
        "children: Lore Lenz (b. 1952).",
        [
            key("born", "Agnes Wilma Roth", None, "1920"),
            key("died", "Agnes Wilma Roth", None, "1990-03-03"),
            key("spouse", "Agnes Wilma Roth", "Bruno Falk", "1945"),
            key("spouse", "Agnes Wilma Roth", "Otto Lenz", "1950..1990-03-03"),
            key("died", "Otto Lenz", None, "1995-10-02"),
            key("born", "Lore Lenz", None, "1952"),
            key("parent", "Emil Roth", "Agnes Wilma Roth"),
            *children("Agnes Wilma Roth", "Lore Lenz"),
        ],
    ),
}

PROSE = {
    "marriages-counted-then-listed-with-spans": (
        "Tom Pike has been married three times. Ada Moss (Feb 1950 – Jan 1955), Lina Borg "
        "(Sept 1957 – Jan 1970) and Eva Lund (Jun 1972 – Jun 1990).",
        [
            key("spouse", "Tom Pike", "Ada Moss", "1950-02..1955-01"),
            key("spouse", "Tom Pike", "Lina Borg", "1957-09..1970-01"),
            key("spouse", "Tom Pike", "Eva Lund", "1972-06..1990-06"),
        ],
    ),
    "married-to-a-list-with-spans": (
        "Tom Pike was married to Ada Moss (1950–1955), Lina Borg (1957–1970) and Eva Lund "
        "(1972–1990).",
        [
            key("spouse", "Tom Pike", "Ada Moss", "1950..1955"),
            key("spouse", "Tom Pike", "Lina Borg", "1957..1970"),
            key("spouse", "Tom Pike", "Eva Lund", "1972..1990"),
        ],
    ),
    "married-n-times-colon-list": (
        "Tom Pike has been married three times: Ada Moss (1950–1955) and Lina Borg (1957–1970).",
        [
            key("spouse", "Tom Pike", "Ada Moss", "1950..1955"),
            key("spouse", "Tom Pike", "Lina Borg", "1957..1970"),
        ],
    ),
    "dated-wedding-keeps-the-spouse-lifespan": (
        "In 1948 Tom Pike married Ada Moss (1906–1990).",
        [
            key("spouse", "Tom Pike", "Ada Moss", "1948"),
            key("born", "Ada Moss", None, "1906"),
            key("died", "Ada Moss", None, "1990"),
        ],
    ),
    "appendix-b-lifespans-are-no-wedding-dates": (
        "Imre Kovacs (1899–1970) married Rozsa Balogh (b. 1905) in 1927.",
        [
            key("born", "Imre Kovacs", None, "1899"),
            key("died", "Imre Kovacs", None, "1970"),
            key("born", "Rozsa Balogh", None, "1905"),
            key("spouse", "Imre Kovacs", "Rozsa Balogh", "1927"),
        ],
    ),
    "lifespan-with-a-full-date": (
        "Anton Reyes (1899 – 3 March 1970) was a painter.",
        [key("born", "Anton Reyes", None, "1899"), key("died", "Anton Reyes", None, "1970-03-03")],
    ),
    "born-abbreviation-after-a-first-name": (
        "Nils Berg and his daughter Maxi (b. 2012) live in Bergen.",
        [key("parent", "Nils Berg", "Maxi"), key("born", "Maxi", None, "2012")],
    ),
    "died-abbreviation": (
        "The sculptor Bram Olde (d. 2004) left his estate to a museum.",
        [key("died", "Bram Olde", None, "2004")],
    ),
    "errors-md-elder-daughter-by-second-wife": (
        "Imogen Faraday (b. 1960), elder daughter of Sir Giles Faraday (1931-2004) and his "
        "second wife Helena Marsh, lives in Kent.",
        [
            key("born", "Imogen Faraday", None, "1960"),
            key("born", "Sir Giles Faraday", None, "1931"),
            key("died", "Sir Giles Faraday", None, "2004"),
            *parents("Imogen Faraday", "Sir Giles Faraday", "Helena Marsh"),
            key("spouse", "Sir Giles Faraday", "Helena Marsh"),
        ],
    ),
    "daughter-of-x-by-his-second-wife": (
        "Nell Archer is the daughter of Hugh Archer by his second wife Maud Sefton.",
        [
            *parents("Nell Archer", "Hugh Archer", "Maud Sefton"),
            key("spouse", "Hugh Archer", "Maud Sefton"),
        ],
    ),
    "appendix-b-born-as-the-daughter-of": (
        "Vera Lind was born on 3 June 1960 in Pecs as the second daughter of Gyula Varga and "
        "his first wife, Erzsebet Toth.",
        [
            key("born", "Vera Lind", None, "1960-06-03"),
            *parents("Vera Lind", "Gyula Varga", "Erzsebet Toth"),
            key("spouse", "Gyula Varga", "Erzsebet Toth"),
        ],
    ),
    "son-of-x-by-his-first-wife-pronoun-child": (
        "Jakub Marek grew up in Brno. He was the son of Ivo Marek by his first wife, Dora Kiss.",
        [
            *parents("Jakub Marek", "Ivo Marek", "Dora Kiss"),
            key("spouse", "Ivo Marek", "Dora Kiss"),
        ],
    ),
    "born-to-a-miner-and-a-nurse": (
        "Dafydd Rees was born in Swansea to a coal miner, Emrys Rees, and a nurse, Gwen Pryce.",
        parents("Dafydd Rees", "Emrys Rees", "Gwen Pryce"),
    ),
    "born-to-a-family-is-no-parent": (
        "Tom Hale was born to a family of farmers in Kent, Ann Roe told the radio station.",
        [],
    ),
    "born-to-x-and-raised-by-y": (
        "Tom Hale was born to a young nurse, Ann Roe, and raised by his uncle, Ivo Roe.",
        [key("parent", "Ann Roe", "Tom Hale")],
    ),
    "born-to-parents-with-lifespan-and-description": (
        "Rafael Cruz was born in 1971 to Eva Ortiz (1940–2015), a teacher from Cadiz, and "
        "Luis Cruz.",
        [
            key("born", "Rafael Cruz", None, "1971"),
            key("born", "Eva Ortiz", None, "1940"),
            key("died", "Eva Ortiz", None, "2015"),
            *parents("Rafael Cruz", "Eva Ortiz", "Luis Cruz"),
        ],
    ),
    "abbreviated-daughter-of": (
        "Piet Hale, s. of Tom Hale and Eva Roe, farmed near Ghent.",
        parents("Piet Hale", "Tom Hale", "Eva Roe"),
    ),
    "kin-phrase-in-a-parenthesis": (
        "Tomas Hale (son of Ruth Hale) opened a bakery in 1990.",
        [key("parent", "Ruth Hale", "Tomas Hale")],
    ),
    "nee-is-a-maiden-name-not-a-person": (
        "Lotte Brink (née Visser) runs a bakery in Delft with her husband, Joost Brink.",
        [key("spouse", "Lotte Brink", "Joost Brink")],
    ),
    "year-ranges-of-marriages-are-no-lifespans": (
        "Marta Olsen was married to Tom Ekberg (1994–2001) and to Ian Blyth (2003–2010).",
        [
            key("spouse", "Marta Olsen", "Tom Ekberg", "1994..2001"),
            key("spouse", "Marta Olsen", "Ian Blyth", "2003..2010"),
        ],
    ),
    "reigns-and-terms-are-no-lifespans": (
        "King Olav Brenn (1957–1991) and coach Tom Hale (2004–2010) met Queen Ingrid Falk "
        "(2 May 1930 – 8 June 2001) in Oslo.",
        [
            key("born", "Queen Ingrid Falk", None, "1930-05-02"),
            key("died", "Queen Ingrid Falk", None, "2001-06-08"),
        ],
    ),
    "asides-that-are-no-notation": (
        "Jonas Brandt (left) and Kurt Vogel (52) attended the premiere in 2019.",
        [],
    ),
    "partner-field-range-is-the-relationship": (
        "Mara Lind\nSwedish actress\n\nBorn: 4 May 1970, Malmo\nPartner(s): Jens Holm "
        "(2003–2008)\nParent(s): Sven Lind (1931–2004)\n",
        [key("born", "Mara Lind", None, "1970-05-04"),
         key("partner", "Mara Lind", "Jens Holm", "2003..2008"),
         *parents("Mara Lind", "Sven Lind"),
         key("born", "Sven Lind", None, "1931"), key("died", "Sven Lind", None, "2004")],
    ),
    "question-heading-and-its-answer": (
        "Who are Selma Rudd's parents?\nAldo Rudd and Clara Fenn met at an art school in "
        "Leeds in 1980.\n",
        parents("Selma Rudd", "Aldo Rudd", "Clara Fenn"),
    ),
    "question-answered-with-a-denial": (
        "Who is Dirk Veld's wife?\nDirk Veld is single, though he dated Mia Roos for a year.\n",
        [key("partner", "Dirk Veld", "Mia Roos")],
    ),
    "question-for-one-answered-by-two-is-not-read": (
        "Who is Selma Rudd's husband?\nAldo Rudd and Clara Fenn met at an art school in "
        "Leeds in 1980.\n",
        [],
    ),
}


def siblings(*names: str) -> list[Key]:
    return [key("sibling", a, b) for i, a in enumerate(names) for b in names[i + 1 :]]


# Lines that each name one set of siblings, under a sibling title or lead-in.
SIBLING_SETS = {
    "numbered-under-a-sibling-title": (
        "Six Sibling Duos Who Run Their Own Record Labels\n\n1. Tova and Emil Strand\n"
        "The pair started in a garage in Uppsala.\n\n2. Ines, Pablo and Marta Quiroga\n"
        "Three producers, one studio.\n\n3. Noor Haddad and Sami Belkacem\nDifferent "
        "fathers, same label.\n",
        siblings("Tova Strand", "Emil Strand")
        + siblings("Ines Quiroga", "Pablo Quiroga", "Marta Quiroga")
        + siblings("Noor Haddad", "Sami Belkacem"),
    ),
    "bullets-after-a-lead-in": (
        "Few brothers and sisters both make it in film. My list:\n"
        "• Kit and Odile van Wyk\n• Bram & Joost Haverkamp (the younger one mostly on TV)\n",
        siblings("Kit van Wyk", "Odile van Wyk") + siblings("Bram Haverkamp", "Joost Haverkamp"),
    ),
    "no-lead-in-no-siblings": (
        "Couples who met on set:\n• Kit and Odile van Wyk\n• Bram & Joost Haverkamp\n",
        [],
    ),
    "born-apart-is-no-birth": (
        "Sibling DJ Acts to Know\n\n1. Kit and Odile van Wyk\nThe Belgian DJ pair, sisters "
        "born two years apart, opened the festival in 2021.\n",
        siblings("Kit van Wyk", "Odile van Wyk"),
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(t, e, id=f"{group}-{name}")
        for group, cases in (
            ("record", RECORDS),
            ("heading", HEADINGS),
            ("entry", ENTRIES),
            ("prose", PROSE),
            ("sibling-set", SIBLING_SETS),
        )
        for name, (t, e) in cases.items()
    ],
)
def test_records(text: str, expected: list[Key]) -> None:
    got = read(text)
    want = set(expected)
    assert got == want, f"missing {want - got}, unexpected {got - want}"


def test_record_lines_are_not_read_as_prose() -> None:
    """Siblings listed for the heading person are that person's siblings only (no pairs
    between the items), and a record's people are no photo credits."""
    facts = read("Mara Lund\nSiblings: Kai Lund, Tove Lund, Eir Lund\n")
    assert {(f[1], f[2]) for f in facts} == {
        ("Kai Lund", "Mara Lund"),
        ("Mara Lund", "Tove Lund"),
        ("Eir Lund", "Mara Lund"),
    }


def test_items_keep_titles_whole() -> None:
    text = (
        "Ada Moss, Baroness Moss, Tom Reyes, Prince Otto, Princess Ilse, Lena Berg, "
        "5th Countess Berg"
    )
    items = [text[s:e] for s, e in split_items(text, 0, len(text))]
    assert items == [
        "Ada Moss, Baroness Moss",
        "Tom Reyes",
        "Prince Otto",
        "Princess Ilse",
        "Lena Berg, 5th Countess Berg",
    ]
    spans = [read_item(text, s, e) for s, e in split_items(text, 0, len(text))]
    assert [text[i.name[0] : i.name[1]] for i in spans if i] == items  # titles stay with names
    line = "Nils Berg 9th Earl Berg, Dita Berg"
    assert [line[s:e] for s, e in split_items(line, 0, len(line))] == [
        "Nils Berg 9th Earl Berg",
        "Dita Berg",
    ]


@pytest.mark.parametrize(
    ("inside", "fields"),
    [
        ("1899 – 3 March 1970", {"born": "1899", "died": "1970-03-03"}),
        ("b. 1960", {"born": "1960"}),
        ("b.1960", {"born": "1960"}),  # no space after the abbreviation
        ("d.2004", {"died": "2004"}),
        ("d. 2004", {"died": "2004"}),
        ("m. 1988–2001", {"married": "1988", "ended": "2001"}),
        ("m. 1988; div. 2001", {"married": "1988", "ended": "2001", "divorced": True}),
        ("m. 1952, died 1980", {"married": "1952", "ended": "1980", "partner_died": "1980"}),
        ("née Visser; born 1955", {"born": "1955", "birth_name": "Visser"}),
        ("died Sept 12, 2003", {"died": "2003-09-12"}),
        ("sister", {"word": "sister"}),
        ("52", {}),
        ("2001–2015", {"born": "2001", "died": "2015"}),
        ("born Ada Moss; 1931–2004", {"born": "1931", "died": "2004", "birth_name": "Ada Moss"}),
        ("March 3, 1931 – May 5, 2004", {"born": "1931-03-03", "died": "2004-05-05"}),
        ("c. 1850 – 1892", {"born": "1850", "died": "1892"}),
        ("born 12 May 1950 in Oslo", {"born": "1950-05-12"}),
        ("2009–", {}),
        ("1990–2150", {}),
    ],
)
def test_parentheses(inside: str, fields: dict[str, object]) -> None:
    text = f"X ({inside})"
    paren = read_paren(text, 3, len(text) - 1)
    got = {
        name: value
        for name in ("born", "died", "married", "ended", "divorced", "partner_died", "word")
        if (value := getattr(paren, name))
    }
    if paren.birth_name:
        got["birth_name"] = text[paren.birth_name[0] : paren.birth_name[1]]
    assert got == fields


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Lotte Brink (née Visser) married Joost Brink in 2001.", "Lotte Brink", "Lotte Visser"),
        ("Greta Holm (née Berg)\nSpouse: Ivo Holm (m. 1970)\n", "Greta Holm", "Greta Berg"),
    ],
)
def test_nee_name_is_an_alias(text: str, name: str, alias: str) -> None:
    extraction = extract_document(document_from_text(text, "x"))
    assert [(p.name, p.aliases) for p in extraction.people if p.name == name] == [(name, (alias,))]
    assert all("née" not in p.name and p.name != alias.split()[-1] for p in extraction.people)


def test_a_lifespan_abbreviation_without_a_space_dates_each_parent() -> None:
    found = {(f.relation, f.subject, f.date) for f in extract_facts(
        "Born in 1980, Lena Vogt is the only child of Anton Vogt (b.1950) and Ursula Kress "
        "(b.1952).")}
    assert {("born", "Anton Vogt", "1950"), ("born", "Ursula Kress", "1952")} <= found
