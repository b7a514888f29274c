"""A death notice's kin phrases chained by commas belong to the notice's person; a kin phrase
after a comma in prose does not (invented text)."""

from __future__ import annotations

from test_relations import read

DATELINE_OBITUARY = (
    "date 2021-03-02\n"
    "Ivo Marsh, Harbour Builder, Dies at 90\n\n"
    "DUNMORE, Kan. — Ivo Marsh, who built half the piers on the coast, died Sunday at his "
    "home. He was 90.\n\n"
    "He is survived by four grandchildren, among them Ivo Marsh III, the son of Ivo Jr. and "
    "his wife, Celia Marsh, who is a student at the state university.\n"
)


def test_a_kin_phrase_after_a_comma_in_prose_is_no_notice_kin_of_the_dateline() -> None:
    facts = read(DATELINE_OBITUARY)
    assert not {f for f in facts if "Dunmore" in (f[1] or "") or "Dunmore" in (f[2] or "")
                or "Kan" in (f[1] or "") or "Kan" in (f[2] or "")}


def test_chained_kin_phrases_of_a_notice_each_end_at_the_next() -> None:
    facts = read(
        "date 2022-05-10\nDeaths\n\nFENWORTH, Agnes Mary (née Pike), died peacefully on 1st "
        "May 2022, aged 90. Beloved wife of the late Cyril, much-loved mother of Roland and "
        "Tessa, and grandmother of five.\n"
    )
    assert ("parent", "Agnes Mary Fenworth", "Tessa", None) in facts
    assert not {f for f in facts if f[0] == "spouse" and "Tessa" in (f[1], f[2])}


def test_his_kin_listed_after_and_are_the_first_his_kin_not_the_last_named() -> None:
    """'survived by his son, X, and his daughter, Y': one 'his', the person who died, for
    both; not X's daughter ('X and his wife' stays X's: see test_relations' his-ex-wife)."""
    for text in ("He is survived by his son, Tomas Ardell, and his daughter, Ines Ardell.",
                 "He is survived by his son Tomas Ardell and his daughter Ines Ardell.",
                 "He is survived by his wife, Petra, his son, Tomas, and his daughter, Ines."):
        facts = read("date 2020-01-06\nDeaths\n\nThe magnate Ruben Ardell died on Sunday at "
                     f"88. {text}\n")
        daughter = "Ines Ardell" if "Ines Ardell" in text else "Ines"
        son = "Tomas Ardell" if "Tomas Ardell" in text else "Tomas"
        assert ("parent", "Ruben Ardell", daughter, None) in facts, text
        assert ("parent", son, daughter, None) not in facts, text
