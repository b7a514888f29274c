"""Peerage notation and death notices read by their grammar: the father a 'by his second wife'
belongs to, a courtesy style before a name, a lifespan after a name in a dated marriage, and
'predeceased' (active: the subject died; passive: the subject outlived). Sentences and people
invented for these tests."""

from __future__ import annotations

from test_relations import key, read


def test_by_his_wife_is_the_first_parents_wife_and_a_style_is_no_name() -> None:
    text = ("Hugo Barrett is a British peer. He was the elder son of Cedric Barrett, 3rd Baron "
            "Alder (1889–1957), by his second wife, the Hon. Winifred Sallow (1895–1972).")
    facts = read(text, only=("parent", "spouse"))
    assert key("parent", "Winifred Sallow", "Hugo Barrett", None) in facts
    assert key("spouse", "Cedric Barrett, 3rd Baron Alder", "Winifred Sallow", None) in facts
    assert not {f for f in facts if f[0] == "spouse" and "Hugo Barrett" in f[1:3]}
    assert not {f for f in facts if "Hon" in (f[1], f[2])}


def test_a_range_after_a_name_in_a_dated_marriage_is_a_lifespan() -> None:
    text = ("Sir Walter Penrose was a shipbuilder. Penrose married secondly, in 1884, Clara "
            "Vane-Trevor (1860–1941), younger daughter of a banker.")
    assert read(text, only=("spouse", "born", "died")) == {
        key("spouse", "Walter Penrose", "Clara Vane-Trevor", "1884"),
        key("born", "Clara Vane-Trevor", None, "1860"),
        key("died", "Clara Vane-Trevor", None, "1941"),
    }


def test_an_undated_marriage_range_stays_the_marriage() -> None:
    text = "Sir Walter Penrose was a shipbuilder. He was married to Ada Vane (1994–2001)."
    assert read(text, only=("spouse", "born", "died")) == {
        key("spouse", "Walter Penrose", "Ada Vane", "1994..2001")}


def test_a_range_after_the_parent_of_the_one_married_is_that_parents_life() -> None:
    text = ("Sir Walter Penrose was a shipbuilder. In 1951 he married Ada Vane, daughter of the "
            "banker Giles Vane (1890–1962).")
    assert read(text, only=("spouse", "born", "died")) == {
        key("spouse", "Walter Penrose", "Ada Vane", "1951"),
        key("born", "Giles Vane", None, "1890"),
        key("died", "Giles Vane", None, "1962"),
    }


def test_predeceased_active_gives_a_death_passive_does_not() -> None:
    text = ("Ruth Amsel married Karl Amsel in 1953; he predeceased her in 2009. She was also "
            "predeceased by her son, Otto Amsel.")
    facts = read(text, only=("died", "parent"))
    assert key("died", "Karl Amsel", None, "2009") in facts
    assert key("parent", "Ruth Amsel", "Otto Amsel", None) in facts
    assert not {f for f in facts if f[0] == "died" and f[1] == "Ruth Amsel"}


def test_an_opening_born_participle_belongs_to_the_main_clause_subject() -> None:
    text = ("Born March 8, 1932, in Port Ellery to the late Walter and Edith Pettigrew, Rachel "
            "Moore was the youngest of five children.")
    assert read(text, only=("born", "parent")) == {
        key("born", "Rachel Moore", None, "1932-03-08"),
        key("parent", "Walter Pettigrew", "Rachel Moore", None),
        key("parent", "Edith Pettigrew", "Rachel Moore", None),
    }


def test_a_pronoun_subject_never_means_the_parents_of_the_participle() -> None:
    text = ("Rachel Moore is a nurse. Born in Leeds in 1950 to Walter Moore and Edith Moore, she "
            "moved to York in 1970.")
    facts = read(text, only=("born",))
    assert not {f for f in facts if f[1] in {"Walter Moore", "Edith Moore"}}


def test_a_record_partner_since_a_year_starts_then() -> None:
    text = ("Dmitri Kovalenko\nDate of birth: 4 April 1990\nPartner: Selene Akiyama (since 2022)"
            "\n\nKovalenko is a goalkeeper.\n")
    assert key("partner", "Dmitri Kovalenko", "Selene Akiyama", "2022") in read(text)
