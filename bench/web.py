"""Web view speed: how long a person page takes to load in a real browser.

Run from the repository root::

    .venv/bin/python bench/web.py [--people 100000] [--relatives 50] [--stores embedded,neo4j]

Two pages, each served by ``celebgraph.web`` over a store of its own and loaded ``--loads``
times (after one warm-up) in headless Debian chromium driven by selenium
(``scripts/web_browser.py``; ``scripts/system-packages`` installs it):

1. Kim Kardashian on the bundled examples (ingested through the Python API): target < 1 s;
2. a person with ``--relatives`` family links (2 parents, 3 spouses, 5 siblings, the rest
   children) in a synthetic store of ``--people`` people (``bench/synthetic.py``, bulk
   loaded): target < 2 s.

The time is the browser's own: from the navigation's start to the end of its load event, which
comes after the HTML, the stylesheet, cytoscape.js and the family drawing (family.js draws
synchronously before it); the median is compared with the target. The server's time for the
HTML alone (an HTTP GET from this process) is printed beside it. A script, not a test: its
figures depend on the machine and on what else runs on it (the load average is printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench"), str(REPO / "scripts")]

import web_browser  # noqa: E402
from synthetic import PARENT, SIBLING, SPOUSE, FamilyGraph, generate, person_id  # noqa: E402

from celebgraph.graph import open_graph  # noqa: E402
from celebgraph.web import background  # noqa: E402

EXAMPLES_TARGET_S = 1.0
LARGE_TARGET_S = 2.0
_LOAD = ("const n = performance.getEntriesByType('navigation')[0];"
         "return [n.loadEventEnd, n.responseEnd,"
         " window.celebgraphFamily ? window.celebgraphFamily.nodes().length : -1];")


def with_hub(people: int, relatives: int, seed: int) -> tuple[FamilyGraph, int]:
    """A synthetic graph and one more person linked to ``relatives`` people of it."""
    g = generate(people - 1, seed)
    hub = g.add_person(1950, g.surname[0])
    others = iter(range(0, people - 1, max(1, (people - 1) // (relatives + 1))))
    for _ in range(2):
        g.link(PARENT, next(others), hub, 1950)
    for k in range(3):
        g.link(SPOUSE, hub, next(others), 1975 + 10 * k)
    for _ in range(5):
        g.link(SIBLING, hub, next(others), 1950)
    for _ in range(relatives - 10):
        g.link(PARENT, hub, next(others), 1980)
    return g, hub


def measure(url: str, loads: int) -> tuple[list[float], list[float], int]:
    """Browser load times and server HTML times (seconds), and the people drawn."""
    browser_s, http_s, drawn = [], [], -1
    with web_browser.chrome() as driver:
        for k in range(loads + 1):
            driver.get("about:blank")
            driver.get(url)
            load_ms, _, drawn = driver.execute_script(_LOAD)
            start = time.perf_counter()
            with urllib.request.urlopen(url, timeout=60) as answer:
                answer.read()
            if k:  # the first load warms caches: not counted
                browser_s.append(load_ms / 1000)
                http_s.append(time.perf_counter() - start)
    return browser_s, http_s, drawn


def line(label: str, browser_s: list[float], http_s: list[float], drawn: int,
         target: float) -> str:
    median = statistics.median(browser_s)
    verdict = "MET" if median < target else "NOT MET"
    return (f"{label}: browser load median {median:.3f} s (max {max(browser_s):.3f} s), "
            f"server HTML median {statistics.median(http_s) * 1000:.0f} ms, {drawn} people "
            f"drawn; target < {target:g} s: {verdict}")


def neo4j_settings(workdir: Path) -> tuple[Any, Any]:
    import neo4j_local  # type: ignore[import-not-found,unused-ignore]

    from celebgraph.settings import Settings

    config = replace(neo4j_local.LocalConfig.from_env(), state_dir=workdir / "neo4j")
    info = neo4j_local.start(config)
    return Settings(neo4j_uri=info.uri, neo4j_username=info.username,
                    neo4j_password=info.password), config


def http_median(url: str, loads: int) -> float:
    """The median time (seconds) of GETting ``url`` (after one warm-up)."""
    times = []
    for k in range(loads + 1):
        start = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as answer:
            answer.read()
        if k:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(kind: str, args: argparse.Namespace, workdir: Path) -> list[str]:
    out: list[str] = []
    config = None
    if kind == "neo4j":
        target, config = neo4j_settings(workdir)
    try:
        # 1. The bundled examples.
        spec = target if kind == "neo4j" else str(workdir / "examples.lbdb")
        with open_graph(spec) as g:  # a fresh server, or a new file
            g.ingest(sorted(str(p) for p in (REPO / "examples").glob("*.txt")))
        with open_graph(spec, read_only=True) as g, background(g) as url:
            out.append(line(f"{kind}, examples, Kim Kardashian",
                            *measure(url + "/person/kim-kardashian", args.loads),
                            EXAMPLES_TARGET_S))
        # 2. A person with many relatives in a large store.
        start = time.perf_counter()
        g_syn, hub = with_hub(args.people, args.relatives, args.seed)
        spec = target if kind == "neo4j" else str(workdir / "large.lbdb")
        with open_graph(spec) as g:
            if kind == "neo4j":
                g.store.write(lambda tx: tx.run("MATCH (n) DETACH DELETE n"))
            g.store.bulk_load(g_syn.person_rows(), g_syn.rel_rows(), articles=g_syn.articles(),
                              claims=g_syn.claim_rows(), batch_size=10_000)
            people = g.stats()["people"]
        print(f"{kind}: loaded {people:,} people, {g_syn.relationships:,} relationships in "
              f"{time.perf_counter() - start:.0f} s", flush=True)
        with open_graph(spec, read_only=True) as g, background(g) as url:
            links = len(g.store.neighbors([person_id(hub)]))
            out.append(line(f"{kind}, {people:,} people, a person with {links} relatives",
                            *measure(url + "/person/" + person_id(hub), args.loads),
                            LARGE_TARGET_S))
            word = g_syn.name(hub).split()[1][:3]
            out.append(f"{kind}, {people:,} people, search '{word}' (HTML, no target): median "
                       f"{http_median(f'{url}/search?q={word}', args.loads) * 1000:.0f} ms")
    finally:
        if config is not None:
            import neo4j_local

            neo4j_local.stop(config)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--relatives", type=int, default=50)
    parser.add_argument("--loads", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stores", default="embedded", help="embedded,neo4j")
    args = parser.parse_args(argv)
    if web_browser.missing():
        sys.exit(f"not installed: {', '.join(web_browser.missing())} (scripts/system-packages)")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; "
          "time measured in headless chromium (navigation start to load event end)")
    lines = []
    for kind in args.stores.split(","):
        with tempfile.TemporaryDirectory(prefix="celebgraph-web-bench-") as tmp:
            lines += run(kind, args, Path(tmp))
            print("\n".join(lines[-3:]), flush=True)
    print("\nsummary:\n" + "\n".join(lines))


if __name__ == "__main__":
    main()
