"""Dates anchored to other events: 'one year later' after an earlier sentence's date, and an
age reached on a dated birthday. Sentences and people invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Anna Kowalski started dating Peter Brandt in May 2014. The actor proposed one "
                 "year later.", key("engaged", "Anna Kowalski", "Peter Brandt", "2015"),
                 id="later-than-the-last-date-told"),
    pytest.param("Anna Kowalski met Peter Brandt in 2009. Three years later, the two were married.",
                 key("spouse", "Anna Kowalski", "Peter Brandt", "2012"),
                 id="opening-offset"),
    pytest.param("Anna Kowalski and Peter Brandt threw a party for their daughter Ida, who turned "
                 "two on Monday.", key("born", "Ida", None, "2021"), id="turned-two-on-a-day"),
    pytest.param("Anna Kowalski turned 50 in 2019.", key("born", "Anna Kowalski", None, "1969"),
                 id="turned-fifty-in-a-year"),
])
def test_dates_from_other_events(text: str, expected: Key) -> None:
    assert expected in read(text, published="2023-05-10")


def test_an_age_goes_to_the_name_before_who() -> None:
    facts = read("Together the pair share son Ivo, three, and daughter Ada, who turned one on "
                 "Tuesday.", published="2022-10-04", only=("born",))
    assert facts == {key("born", "Ada", None, "2021")}
