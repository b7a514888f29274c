"""Long inputs: extraction time and memory against document length (issue #11).

Run from the repository root::

    .venv/bin/python bench/long_input.py [--sentences 250 500 1000 3000] [--largest]
                                         [--article-chars 990000] [--timeout 900]

It builds its inputs itself: N "married"-style sentences about invented people (four to a
paragraph), a ~1 MB article listing guests by name, a text longer than spaCy's
``nlp.max_length`` and, with ``--largest``, one of the 10 MB input limit. Each input is
extracted in a fresh process (the model loaded and warmed up first, not timed), so each peak
RSS is that input's. It prints wall and CPU seconds, their ratio to the 250-sentence run's,
peak RSS, facts, whether every fact's span holds its evidence, and the targets. A script, not
a test: its figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shlex
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

FEMALE = ("Brisa", "Elska", "Isolde", "Linnea", "Maren", "Odette", "Rosalind", "Tamsin",
          "Vesna", "Yara", "Ada", "Cleo", "Mira", "Oona", "Rhea", "Tova")
MALE = ("Alvar", "Corin", "Davin", "Faro", "Hollis", "Jorun", "Norwin", "Perrin",
        "Wendel", "Zelig", "Bram", "Dario", "Fenn", "Hugo", "Nils", "Sven")
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]  # 70
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ARTICLE_CHARS = 990_000  # "a 1 MB article", just inside spaCy's default max_length
RATIO_TARGET = 12.0  # 3,000 sentences in at most 12x the time of 250
ARTICLE_SECONDS = 30.0
ARTICLE_MIB = 1024.0


def surname(i: int) -> str:
    """An invented surname unique to ``i`` (below 19,600), e.g. 'Babansen', 'Beban'."""
    stem = SYLLABLES[i % 70] + SYLLABLES[(i // 70) % 70] + "nrsk"[(i // 4900) % 4]
    return stem.capitalize() + ("sen" if i % 3 == 0 else "")


def sentence(i: int) -> str:
    """The i-th "married"-style sentence: two new people, six shapes in turn."""
    she, he = f"{FEMALE[i % 16]} {surname(2 * i)}", f"{MALE[i * 7 % 16]} {surname(2 * i + 1)}"
    year = 1950 + i * 13 % 70
    shapes = (
        f"{she} married {he} in {year}.",
        f"{he} and {she} wed on {MONTHS[i % 12]} {1 + i % 28}, {year}, in a small ceremony.",
        f"Actress {she}, {25 + i % 30}, married her longtime partner, {he}, in {year}, "
        f"and the couple welcomed a son, {MALE[i % 16]}, a year later.",
        f"{she} has been married to {he} since {year}; she filed for divorce from him "
        f"in {year + 9}.",
        f"Singer {he} married {she} in {MONTHS[i % 12]} {year}.",
        f"The actor later married {she}, {he}'s sister, in {year}.",  # who is 'the actor'?
    )
    return shapes[i % len(shapes)]


def married_text(n: int, per_paragraph: int = 4) -> str:
    """A dated article of ``n`` sentences, ``per_paragraph`` to a paragraph."""
    paragraphs = [
        " ".join(sentence(i) for i in range(start, min(n, start + per_paragraph)))
        for start in range(0, n, per_paragraph)
    ]
    return "date 2021-06-09\n\n" + "\n\n".join(paragraphs) + "\n"


def guest_list_article(chars: int) -> str:
    """About ``chars`` of an article listing guests, 12 to a paragraph, a wedding now and then."""
    parts, size, i = ["date 2021-06-09\nThe Winter Gala Guest List"], 0, 0
    while size < chars:
        names = [f"{(FEMALE + MALE)[(i + k) % 32]} {surname(i + k)}" for k in range(12)]
        text = "Guests at the gala included " + ", ".join(names[:-1]) + f", and {names[-1]}."
        if i % 120 == 0:
            text += f" {names[0]} married {names[1]} in {1960 + i % 60}."
        parts.append(text)
        size += len(text) + 2
        i += 12
    return "\n\n".join(parts) + "\n"


def case_text(case: str, size: int) -> str:
    """The input of a case: ``size`` sentences, or about ``size`` characters."""
    if case == "sentences":
        return married_text(size)
    if case == "article":
        return guest_list_article(size)
    text = married_text(size // 75 + 1)  # "over": about 1.1 x size, "largest": more than size
    return text if case == "over" else text[: text.rfind("\n\n", 0, size) + 1]


def measure(case: str, size: int) -> dict[str, Any]:
    """In this process: extract one input of ``case`` and ``size``; the figures as a dict."""
    sys.path.insert(0, str(REPO))
    from celebgraph.extract import extract_documents, load_pipeline
    from celebgraph.extract.reading.sources import MAX_BYTES, document_from_text

    nlp = load_pipeline()
    list(extract_documents([document_from_text(married_text(20), "warm-up")]))
    sizes = {"over": nlp.max_length, "largest": MAX_BYTES}
    text = case_text(case, sizes.get(case, size))
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        (extraction,) = extract_documents([document_from_text(text, case)])
    except Exception as exc:  # the figures of a failed run still say what failed
        return {"chars": len(text), "error": f"{type(exc).__name__}: {exc}"[:100]}
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    facts = extraction.facts
    spans_ok = all(text[f.span[0] : f.span[1]] == f.evidence for f in facts if f.span)
    return {"chars": len(text), "seconds": wall, "cpu": cpu, "facts": len(facts),
            "spans_ok": spans_ok, "rss_mib": peak_rss_mib()}


def peak_rss_mib() -> float:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def run_case(case: str, size: int, timeout: float) -> dict[str, Any]:
    """``measure`` in a fresh process, so that its peak RSS is this input's alone."""
    command = [sys.executable, __file__, "--measure", case, str(size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"not done after {timeout:.0f} s (stopped)"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": f"exit status {done.returncode}: {last}"[:100]}
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return figures


HEADER = (f"{'input':<26} {'chars':>9} {'wall s':>8} {'CPU s':>7} {'wall x':>7} {'CPU x':>7} "
          f"{'peak MiB':>8} {'facts':>6} {'spans':>5}")


def row(label: str, figures: dict[str, Any], base: dict[str, Any]) -> str:
    """One line of the table; ``x``: time over the 250-sentence run's."""
    if "error" in figures:
        return f"{label:<26} {figures.get('chars', '?'):>9}  {figures['error']}"
    wall = f"{figures['seconds'] / base['seconds']:.1f}" if "seconds" in base else "-"
    cpu = f"{figures['cpu'] / base['cpu']:.1f}" if "cpu" in base else "-"
    return (f"{label:<26} {figures['chars']:>9} {figures['seconds']:>8.2f} {figures['cpu']:>7.2f} "
            f"{wall:>7} {cpu:>7} {figures['rss_mib']:>8.0f} {figures['facts']:>6} "
            f"{'yes' if figures['spans_ok'] else 'NO':>5}")


def verdict(label: str, ok: bool, detail: str) -> str:
    return f"target {label}: {detail}, {'met' if ok else 'NOT met'}"


def targets(small: dict[str, Any], big: dict[str, Any], article: dict[str, Any],
            over: dict[str, Any], names: tuple[str, str]) -> list[str]:
    """The verdicts; the ratio is judged by CPU seconds, which other programs sway less."""
    lines = []
    if "cpu" in small and "cpu" in big:
        cpu, wall = big["cpu"] / small["cpu"], big["seconds"] / small["seconds"]
        lines.append(verdict(f"{names[1]} in at most {RATIO_TARGET:g}x the time of {names[0]}",
                             cpu <= RATIO_TARGET, f"{cpu:.1f}x by CPU seconds ({wall:.1f}x wall)"))
    else:
        lines.append(verdict(f"{names[1]} vs {names[0]}", False, "a run failed"))
    seconds, mib = article.get("seconds", float("inf")), article.get("rss_mib", float("inf"))
    lines.append(verdict(f"the ~1 MB article in under {ARTICLE_SECONDS:g} s",
                         seconds < ARTICLE_SECONDS, f"{seconds:.1f} s wall"))
    lines.append(verdict(f"the ~1 MB article under {ARTICLE_MIB:g} MiB peak RSS",
                         mib < ARTICLE_MIB, f"{mib:.0f} MiB"))
    done = over.get("facts", 0) > 0 and over.get("spans_ok", False)
    lines.append(verdict("text over max_length extracted, every span inside the whole text",
                         done, f"{over.get('facts', 0)} facts"))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    add = parser.add_argument
    add("--sentences", type=int, nargs="+", default=[250, 500, 1000, 3000])
    add("--article-chars", type=int, default=ARTICLE_CHARS)
    add("--largest", action="store_true", help="also a text of the 10 MB input limit")
    add("--timeout", type=float, default=900, help="seconds per input")
    add("--measure", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure[0], int(args.measure[1]))))
        return 0
    print("command:", shlex.join([Path(sys.executable).name, *sys.argv]))
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, "
          f"load average before {os.getloadavg()[0]:.2f}")
    cases = [(f"{n} sentences", "sentences", n) for n in args.sentences]
    cases += [("guest-list article", "article", args.article_chars),
              ("text over max_length", "over", 0)]
    cases += [("text at the 10 MB limit", "largest", 0)] if args.largest else []
    print(HEADER)
    runs: dict[str, dict[str, Any]] = {}
    for label, case, size in cases:
        runs[label] = run_case(case, size, args.timeout)
        print(row(label, runs[label], runs[cases[0][0]]), flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print()
    names = (cases[0][0], cases[len(args.sentences) - 1][0])
    lines = targets(runs[names[0]], runs[names[1]], runs["guest-list article"],
                    runs["text over max_length"], names)
    print("\n".join(lines))
    return 0 if all(line.endswith(" met") for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
