"""The end of a marriage told apart from the marriage: a divorce finalized after a filing, a
'which' clause on the marriage, a divorce noun that times another event, a divorce told in
the present perfect in a dated article. Sentences and people invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Mara Quint married Tobias Wren in 2008. Quint filed for divorce in March 2016, "
                 "citing irreconcilable differences; the divorce was finalized in January 2017.",
                 key("spouse", "Mara Quint", "Tobias Wren", "2008..2017-01"),
                 id="finalized-after-a-filing-of-one-side"),
    pytest.param("Mara Quint married Tobias Wren in 2008. Quint filed for divorce in 2015, and it "
                 "was finalized the following year.",
                 key("spouse", "Mara Quint", "Tobias Wren", "2008..2016"),
                 id="it-was-finalized-the-following-year"),
    pytest.param("Both were married then, she to the director Leon Voss. Mara Quint filed for "
                 "divorce from Voss in late 1952; it became final in 1953.",
                 key("spouse", "Mara Quint", "Leon Voss", "..1953"),
                 id="it-became-final"),
    pytest.param("Tobias Wren has a son, Ivo, from his first marriage to Mara Quint, which ended "
                 "in divorce in 2005.", key("spouse", "Tobias Wren", "Mara Quint", "..2005"),
                 id="which-clause-on-the-marriage"),
    pytest.param("Tobias Wren was married to Mara Quint from 2009 until their divorce in 2015.",
                 key("spouse", "Tobias Wren", "Mara Quint", "2009..2015"),
                 id="until-their-divorce-in-a-year"),
    pytest.param("Nadia Brooks married Leon Voss in 1962, and after their divorce in 1970 she "
                 "moved to Lyon.", key("spouse", "Nadia Brooks", "Leon Voss", "1962..1970"),
                 id="after-their-divorce-in-a-year"),
    pytest.param("Mara Quint and Tobias Wren have finalized their divorce, according to court "
                 "documents.", key("spouse", "Mara Quint", "Tobias Wren", "..2023-07-11"),
                 id="have-finalized-their-divorce-is-news"),
    pytest.param("Mara Quint and Tobias Wren have divorced after six years of marriage.",
                 key("spouse", "Mara Quint", "Tobias Wren", "2017..2023-07-11"),
                 id="have-divorced-is-news"),
    pytest.param("Mara Quint and Tobias Wren divorced in 2019 after eight years of marriage.",
                 key("spouse", "Mara Quint", "Tobias Wren", "2011..2019"),
                 id="divorced-after-years-of-marriage"),
    pytest.param("Mara Quint and Tobias Wren have finalized their divorce more than a year "
                 "after the singer filed to end their marriage, according to court documents.",
                 key("spouse", "Mara Quint", "Tobias Wren", "..2023-07-11"),
                 id="finalized-told-before-the-filing"),
    pytest.param("Mara Quint and Tobias Wren are officially divorced.",
                 key("spouse", "Mara Quint", "Tobias Wren", "..2023-07-11"),
                 id="are-officially-divorced-is-news"),
])
def test_marriage_end(text: str, expected: Key) -> None:
    assert expected in read(text, published="2023-07-11", only=("spouse",))


@pytest.mark.parametrize(("text", "pair"), [
    pytest.param("Mara Quint has a daughter, Ada, from an earlier relationship with Leon Voss. "
                 "Quint filed for divorce in March 2016; the divorce was finalized in January "
                 "2017.", ("Leon Voss", "Mara Quint"), id="no-marriage-of-the-filer-told"),
    pytest.param("Tobias Wren has a son, Ivo, from his first marriage to Mara Quint, who moved "
                 "to Lyon in 2005.", ("Mara Quint", "Tobias Wren"), id="a-who-clause-is-hers"),
    pytest.param("Mara Quint and Tobias Wren are divorced.", ("Mara Quint", "Tobias Wren"),
                 id="a-state-is-no-news"),
])
def test_no_marriage_end(text: str, pair: tuple[str, str]) -> None:
    facts = read(text, published="2023-07-11", only=("spouse",))
    assert not [f for f in facts if tuple(sorted(f[1:3])) == pair and f[3]]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tobias Wren married Mara Quint in 1990. They had two sons before divorcing in "
                 "2001.", key("spouse", "Tobias Wren", "Mara Quint", "1990..2001"),
                 id="before-divorcing-in-a-year"),
    pytest.param("In 1979 Tobias Wren married Mara Quint, by whom he has a son, Ivo. The marriage "
                 "was dissolved in 1996.", key("spouse", "Tobias Wren", "Mara Quint", "1979..1996"),
                 id="the-marriage-was-dissolved"),
    pytest.param("In 1979 Tobias Wren married Mara Quint, by whom he has a son, Ivo. The marriage "
                 "was dissolved in 1996, and in 1999 Wren married Nadia Brooks.",
                 key("spouse", "Tobias Wren", "Mara Quint", "1979..1996"),
                 id="the-marriage-is-the-couple-before-it"),
    pytest.param("Tobias Wren married Mara Quint in 2001, having two children. Their marriage "
                 "ended in 2007, with Wren then marrying Nadia Brooks in 2011.",
                 key("spouse", "Tobias Wren", "Mara Quint", "2001..2007"),
                 id="their-marriage-before-the-next-wedding"),
    pytest.param("Tobias Wren, the actor, died Monday. Wren's first marriage, to actress Mara "
                 "Quint, ended in divorce in 1978.",
                 key("spouse", "Tobias Wren", "Mara Quint", "..1978"),
                 id="to-a-job-noun-the-parser-reads-as-a-verb"),
])
def test_marriage_end_told_of_the_couple(text: str, expected: Key) -> None:
    assert expected in read(text, published="2023-07-11", only=("spouse",))


def test_the_next_marriage_keeps_no_end() -> None:
    facts = read("In 1979 Tobias Wren married Mara Quint, by whom he has a son, Ivo. The "
                 "marriage was dissolved in 1996, and in 1999 Wren married Nadia Brooks.",
                 published="2023-07-11", only=("spouse",))
    assert key("spouse", "Tobias Wren", "Nadia Brooks", "1999") in facts
