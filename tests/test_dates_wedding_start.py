"""When a marriage began, told other than by the wedding's own date: a numbered wedding
anniversary on a date, a '-born' adjective that is no birth (its date is the wedding's); a
month with 'last year' read as one date. Sentences and people invented for these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read

from celebgraph.extract.dates.find import find_dates


@pytest.mark.parametrize(("text", "pub", "expected"), [
    pytest.param("Tobias Wren and Mara Quint celebrated their 35th wedding anniversary in March.",
                 "2024-05-06", key("spouse", "Tobias Wren", "Mara Quint", "1989-03"),
                 id="numbered-anniversary-in-a-month"),
    pytest.param("The baby is the first grandchild of King Tobias and Queen Mara, who celebrated "
                 "their 35th wedding anniversary in March.", "2024-05-06",
                 key("spouse", "King Tobias", "Queen Mara", "1989-03"),
                 id="anniversary-in-a-who-clause"),
    pytest.param("Tobias Wren and Mara Quint celebrate their first wedding anniversary next "
                 "month.", "2023-01-17", key("spouse", "Tobias Wren", "Mara Quint", "2022-02"),
                 id="first-anniversary-next-month"),
    pytest.param("Tobias Wren married the Swedish-born architect Mara Quint in 2018, and the "
                 "couple welcomed a daughter, Ada, in 2020.", "2023-01-17",
                 key("spouse", "Tobias Wren", "Mara Quint", "2018"),
                 id="a-born-adjective-is-no-birth"),
])
def test_wedding_start(text: str, pub: str, expected: Key) -> None:
    assert expected in read(text, published=pub, only=("spouse",))


def test_an_anniversary_ahead_in_a_month_gives_no_start() -> None:
    facts = read("Tobias Wren and Mara Quint will celebrate their tenth wedding anniversary in "
                 "June.", published="2024-05-06", only=("spouse",))
    assert all(f[3] is None for f in facts)


@pytest.mark.parametrize(("text", "value"), [
    ("They wed in February last year.", "2022-02"),
    ("They wed in May this year.", "2023-05"),
    ("They plan to wed in June of next year.", "2024-06"),
])
def test_month_with_a_year_word(text: str, value: str) -> None:
    assert [m.value for m in find_dates(text, "2023-01-17")] == [value]
