"""Extraction quality on invented celebrity-news articles, scored against hand-made gold.

Seven sets, each a directory of articles (``NN_kind.txt``) next to their gold files
(``NN_kind.json``, FACTS.md format). They stand in for the hidden held-out set: every person is
invented, none of the texts copies the shared dev articles, and each article imitates one kind
of outlet (birth announcements, divorce filings, obituaries, listicles, royal features,
Wikipedia "Personal life" sections, tabloid photo stories ...) with bylines, photo credits and
quoted sources. Gold holds only what the text states or strictly entails; an age alone
("Harper, 3") is not a birth year.

- ``tests/articles``: twelve articles; its gold also counts siblings implied by shared parents.
- ``tests/articles2``: twelve more, following the shared gold files' conventions (no sibling fact
  merely because two children share a parent; "wife of 41 years" is no wedding year).
- ``tests/articles3``: ten written blind to the extractor's rules. Blind when written: fact P
  0.770, R 0.572, F1 0.657; dated F1 0.611. The rules were fixed from its errors since.
- ``tests/articles4``: twenty written by an engineer who never saw the rules or their tests,
  across more kinds of page (Q&A explainers, infoboxes, interviews, timelines, death notices,
  19th-century genealogy). Blind when first scored: fact P 0.787, R 0.512, F1 0.621.
- ``tests/articles5``: nine with gold written by hand before the extractor ran on them (death
  notice, peerage bio, listicles with bulleted lead-ins, Q&A and infobox pages, record lines,
  sibling duos). Blind when first scored: fact P 0.786, R 0.495, F1 0.607; dated F1 0.574.
- ``tests/articles6``: eight written for generalization (a wedding with guest couples, a split
  with "the exes", a listicle of couples, an interview in the first person, a profile with
  pronouns and descriptions, titled European names, nicknames and initials, a timeline with
  relative dates), gold by hand before any run. Blind when first scored: F1 0.612, P 0.703.
- ``tests/articles7``: a development set in the styles where the extractor fails on held-out
  news (a 1950s society page, an obituary with survivors, an infobox biography, a listicle
  whose "the couple" must stay in its item, a ducal house with titles and regnal numbers,
  present-perfect news briefs, a first-person interview, rumours and denials, a circus family
  saga with lifespans and half-siblings, co-parenting exes, a 1953 social column of "Mrs. John
  Doe" styles, a royal birth with regnal numbers, genealogical notation), gold by hand before
  any run; 14 articles, 357 facts.
  ``tests/articles7/NOTES`` records every later change of its gold and why.

The floors are the scores last measured, less a margin (about 0.05 overall, 0.02 for articles4;
0.1 per article: one fact of a short article moves F1 by ~0.07), so the tests catch regressions.
Precision matters most for a knowledge graph. Raise the floors when the extractor improves
(``describe`` lists the mistakes in every failing assertion).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from celebgraph.evaluation import Report, evaluate, load_gold

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ArticleSet:
    """One directory of articles, its floors, and the articles without a date line."""

    name: str
    fact_f1: float
    dated_f1: float
    precision: float
    article_f1: dict[str, float]
    undated: frozenset[str]

    @property
    def directory(self) -> Path:
        return HERE / self.name


SETS = [
    # last measured: fact P 0.990, R 0.667, F1 0.797; dated F1 0.711
    ArticleSet(
        "articles",
        fact_f1=0.75,
        dated_f1=0.66,
        precision=0.93,
        article_f1={
            "01_birth_announcement.txt": 0.84,
            "02_divorce_filing.txt": 0.84,
            "03_aristocrat_bio.txt": 0.58,
            "04_wiki_biography.txt": 0.72,
            "05_listicle_siblings.txt": 0.52,
            "06_obituary.txt": 0.73,
            "07_redcarpet_engagement.txt": 0.90,
            "08_relationship_timeline.txt": 0.73,
            "09_quotes_source.txt": 0.81,
            "10_pregnancy.txt": 0.72,
            "11_blended_family.txt": 0.45,
            "12_breakup.txt": 0.90,
        },
        undated=frozenset({"03_aristocrat_bio.txt", "04_wiki_biography.txt"}),
    ),
    # last measured: fact P 0.984, R 0.784, F1 0.873; dated F1 0.785
    ArticleSet(
        "articles2",
        fact_f1=0.82,
        dated_f1=0.73,
        precision=0.93,
        article_f1={
            "01_pregnancy_reveal.txt": 0.90,
            "02_wedding_people.txt": 0.90,
            "03_wiki_personal_life.txt": 0.69,
            "04_royal_birth.txt": 0.30,
            "05_met_on_set_roundup.txt": 0.79,
            "06_obituary.txt": 0.83,
            "07_divorce_custody.txt": 0.73,
            "08_anniversary.txt": 0.83,
            "09_engagement_ring.txt": 0.82,
            "10_new_romance.txt": 0.76,
            "11_split_pagesix.txt": 0.90,
            "12_dailymail_adoption.txt": 0.72,
        },
        undated=frozenset(
            {
                "03_wiki_personal_life.txt",
                "05_met_on_set_roundup.txt",
                "08_anniversary.txt",
                "12_dailymail_adoption.txt",
            }
        ),
    ),
    # last measured: fact P 0.877, R 0.658, F1 0.752; dated F1 0.707
    ArticleSet(
        "articles3",
        fact_f1=0.70,
        dated_f1=0.65,
        precision=0.82,
        article_f1={
            "01_people_birth.txt": 0.72,
            "02_usweekly_divorce.txt": 0.65,
            "03_eonline_engagement.txt": 0.90,
            "04_tmz_split.txt": 0.47,
            "05_dailymail_wedding.txt": 0.64,
            "06_variety_obituary.txt": 0.72,
            "07_wiki_personal_life.txt": 0.65,
            "08_royal_family.txt": 0.34,
            "09_country_family.txt": 0.74,
            "10_reality_family.txt": 0.55,
        },
        undated=frozenset(
            {"07_wiki_personal_life.txt", "08_royal_family.txt", "09_country_family.txt"}
        ),
    ),
    # last measured: fact P 0.902, R 0.602, F1 0.722; dated F1 0.689 (blind when scored first:
    # F1 0.621, P 0.787; 0.617 before the rules were fixed from its errors on branch quality)
    ArticleSet(
        "articles4",
        fact_f1=0.70,
        dated_f1=0.66,
        precision=0.88,
        article_f1={
            "01_marisol-quintero-baby-girl.txt": 0.77,
            "02_kiki-abernathy-ruiz-divorce.txt": 0.32,
            "03_priya-valderrama-rhys-stroud-engaged.txt": 0.81,
            "04_everett-lark-obituary.txt": 0.72,
            "05_tobias-wren-personal-life.txt": 0.70,
            "06_sternau-princely-family.txt": 0.70,
            "07_famous-sibling-acts.txt": 0.74,
            "08_boone-hollister-kids.txt": 0.61,
            "09_who-is-callum-ashby-wife.txt": 0.86,
            "10_valentina-sato-infobox.txt": 0.90,
            "11_greta-harkort-interview.txt": 0.07,
            "12_sunny-adeyemi-joaquin-beltran-timeline.txt": 0.86,
            "13_duke-duchess-elmsworth-son.txt": 0.33,
            "14_zendra-kallis-oren-blackwood-rumours.txt": 0.66,
            "15_kowalczyk-death-notice.txt": 0.05,
            "16_jade-okoro-pregnant.txt": 0.47,
            "17_tunde-akinwale-kasia-nowicka-divorce-final.txt": 0.78,
            "18_yusuf-demir-holm-proposes.txt": 0.53,
            "19_sir-bartholomew-quenell-family.txt": 0.30,
            "20_oona-bassani-price-family.txt": 0.61,
        },
        undated=frozenset(
            {
                "05_tobias-wren-personal-life.txt",
                "10_valentina-sato-infobox.txt",
                "15_kowalczyk-death-notice.txt",
                "19_sir-bartholomew-quenell-family.txt",
            }
        ),
    ),
    # written before the extractor was run on it: fact P 0.786, R 0.495, F1 0.607; dated 0.574
    # last measured: fact P 0.832, R 0.667, F1 0.740; dated F1 0.722
    ArticleSet(
        "articles5",
        fact_f1=0.72,
        dated_f1=0.70,
        precision=0.81,
        article_f1={
            "01_holloway-death-notice.txt": 0.27,
            "02_fenwright-peerage.txt": 0.58,
            "03_mothers-day-famous-moms.txt": 0.40,
            "04_soren-halvorsen-wife.txt": 0.60,
            "05_omari-delacroix-profile.txt": 0.69,
            "06_beatriz-okonkwo-sandoval-wiki.txt": 0.90,
            "07_fairbank-ranch-family.txt": 0.75,
            "08_kovalenko-reyes-profile.txt": 0.90,
            "09_sibling-duos-charts.txt": 0.67,
        },
        undated=frozenset(
            {
                "02_fenwright-peerage.txt",
                "06_beatriz-okonkwo-sandoval-wiki.txt",
                "08_kovalenko-reyes-profile.txt",
            }
        ),
    ),
    # last measured: fact P 0.904, R 0.781, F1 0.838; dated F1 0.760 (blind when scored first,
    # gold written before any run: F1 0.612, P 0.703, R 0.542; dated F1 0.553)
    ArticleSet(
        "articles6",
        fact_f1=0.81,
        dated_f1=0.73,
        precision=0.87,
        article_f1={
            "01_lake_como_wedding.txt": 0.83,
            "02_summer_split.txt": 0.56,
            "03_met_on_set_listicle.txt": 0.73,
            "04_falk_interview.txt": 0.47,
            "05_sprinter_profile.txt": 0.85,
            "06_countess_third_child.txt": 0.60,
            "07_roz_engaged.txt": 0.90,
            "08_thorne_park_timeline.txt": 0.90,
        },
        undated=frozenset(),
    ),
    # gold written by hand before any run. Blind when first scored, 2026-12-06: articles 01-07
    # fact P 0.692, R 0.542, F1 0.608 (0.660 after one gold fix, see articles7/NOTES), 08-14
    # P 0.674, R 0.476, F1 0.558. Last measured (all 14): P 0.719, R 0.524, F1 0.606; dated 0.580
    ArticleSet(
        "articles7",
        fact_f1=0.55,
        dated_f1=0.53,
        precision=0.67,
        article_f1={
            "01_pemberton_okonjo_hale_wedding.txt": 0.17,
            "02_adebayo_finch_obituary.txt": 0.47,
            "03_ilse_marchetti_vogt_wiki.txt": 0.70,
            "04_secret_weddings_listicle.txt": 0.38,
            "05_ardmoray_ducal_house.txt": 0.70,
            "06_news_in_brief.txt": 0.88,
            "07_mirela_costache_byrne_interview.txt": 0.05,
            "08_oduya_westergaard_engagement_party.txt": 0.80,
            "09_zavatta_circus_family.txt": 0.47,
            "10_coparenting_exes_listicle.txt": 0.50,
            "11_social_notes_1953.txt": 0.08,
            "12_okwuosa_ferenczi_divorce.txt": 0.19,
            "13_vellmark_royal_birth.txt": 0.43,
            "14_imre_vasarhelyi_kane_wiki.txt": 0.60,
        },
        undated=frozenset(
            {
                "03_ilse_marchetti_vogt_wiki.txt",
                "05_ardmoray_ducal_house.txt",
                "09_zavatta_circus_family.txt",
                "14_imre_vasarhelyi_kane_wiki.txt",
            }
        ),
    ),
]
BY_NAME = {s.name: s for s in SETS}
SET_PARAMS = [pytest.param(s, id=s.name) for s in SETS]
ARTICLE_PARAMS = [
    pytest.param(s, doc, id=f"{s.name}/{doc}") for s in SETS for doc in sorted(s.article_f1)
]


@cache
def report(name: str) -> Report:
    """Extract every article of a set once and score it against the gold files beside it."""
    directory = BY_NAME[name].directory
    return evaluate(directory, [directory])


def describe(name: str, doc: str | None = None) -> str:
    """The mistakes of one document (or all of a set), one per line, for assertion messages."""
    return "\n".join(
        f"{e.doc}: {e.kind} {e.relation} {e.subject} -> {e.object} {e.detail} | {e.evidence[:120]}"
        for e in report(name).errors
        if doc is None or e.doc == doc
    )


@pytest.mark.parametrize("articles", SET_PARAMS)
def test_every_article_has_gold_and_is_read(articles: ArticleSet) -> None:
    texts = sorted(p.name for p in articles.directory.glob("*.txt"))
    assert texts == sorted(articles.article_f1)
    assert sorted(load_gold(articles.directory)) == texts
    r = report(articles.name)
    assert (r.ungraded, r.unread, r.input_errors) == ([], [], [])
    assert sorted(r.documents) == texts


@pytest.mark.parametrize("articles", SET_PARAMS)
def test_articles_start_with_their_publication_date_unless_undated(
    articles: ArticleSet,
) -> None:
    gold = load_gold(articles.directory)
    for path in articles.directory.glob("*.txt"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if path.name in articles.undated:
            assert not first.startswith("date ") and gold[path.name].published is None
        else:
            assert first == f"date {gold[path.name].published}"


@pytest.mark.parametrize("articles", SET_PARAMS)
def test_overall_fact_f1_floor(articles: ArticleSet) -> None:
    fact = report(articles.name).overall.fact
    assert fact.f1 >= articles.fact_f1, f"fact F1 {fact.f1:.3f}\n{describe(articles.name)}"


@pytest.mark.parametrize("articles", SET_PARAMS)
def test_overall_dated_f1_floor(articles: ArticleSet) -> None:
    dated = report(articles.name).overall.dated
    assert dated.f1 >= articles.dated_f1, f"dated F1 {dated.f1:.3f}\n{describe(articles.name)}"


@pytest.mark.parametrize("articles", SET_PARAMS)
def test_overall_precision_floor(articles: ArticleSet) -> None:
    fact = report(articles.name).overall.fact
    message = f"fact precision {fact.precision:.3f}\n{describe(articles.name)}"
    assert fact.precision >= articles.precision, message


@pytest.mark.parametrize(("articles", "doc"), ARTICLE_PARAMS)
def test_article_fact_f1_floor(articles: ArticleSet, doc: str) -> None:
    fact = report(articles.name).documents[doc].fact
    message = f"{doc}: fact F1 {fact.f1:.3f}\n{describe(articles.name, doc)}"
    assert fact.f1 >= articles.article_f1[doc], message
