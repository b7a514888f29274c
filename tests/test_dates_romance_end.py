"""When a dating relationship ended: at the two's latest dated split, and a split 'before the
end of the year' in the year the sentence told before it. Sentences and people invented for
these tests."""

from __future__ import annotations

import pytest
from test_relations import Key, key, read


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Tobias Wren and Mara Quint have been dating since 2020. Sources tell us Tobias "
                 "and Mara broke up last month after four years together.",
                 key("partner", "Tobias Wren", "Mara Quint", "2020..2024-05"),
                 id="a-split-later-in-the-text"),
    pytest.param("Mara Quint is engaged to Leon Voss. Quint and Tobias Wren dated for four years "
                 "before calling it quits in late 2022.",
                 key("partner", "Mara Quint", "Tobias Wren", "..2022"),
                 id="calling-it-quits-in-a-year"),
    pytest.param("After her divorce, Mara Quint briefly dated DJ Tobias Wren in 2019, but the two "
                 "called it quits before the end of the year.",
                 key("separated", "Mara Quint", "Tobias Wren", "2019"),
                 id="before-the-end-of-the-year"),
])
def test_romance_end(text: str, expected: Key) -> None:
    assert expected in read(text, published="2024-06-20", only=("partner", "separated"))


def test_a_split_before_the_romance_ends_nothing() -> None:
    facts = read("Tobias Wren and Mara Quint split in 2015. The two began dating again in 2018.",
                 published="2024-06-20", only=("partner",))
    assert all(not f[3] or ".." not in f[3] for f in facts)

