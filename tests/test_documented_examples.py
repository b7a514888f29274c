"""Every example of every ``--help`` and every ``$ ...`` command of the README runs, in a real
shell, on the bundled examples: no traceback, no error, and an answer that is not empty."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from celebgraph.cli.app import _register_commands, cli
from celebgraph.settings import Settings

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NEO4J_EXAMPLE = "bolt://localhost:7687"
EMPTY = {"", "(no results)", "[]"}
OUTPUT_SUFFIXES = {".jsonl", ".graphml", ".ged", ".json", ".log", ".svg"}  # files examples write
_register_commands()


# Commands that change the graph (curation): the examples of each run together as one script,
# on a copy of the examples' store, so that every other example sees the graph as ingested.
CHANGES = {"merge", "split", "retract", "reject", "assert", "correct", "curation"}


def help_examples() -> list[str]:
    """The lines under "Example:" in the help of the root command, of every command and of
    every subcommand (a curation command's lines as one script)."""
    runner = CliRunner()
    found = []
    groups = [[name, sub] for name, c in sorted(cli.commands.items())
              if isinstance(c, click.Group) for sub in sorted(c.commands)]
    for args in [[], *([name] for name in sorted(cli.commands)), *groups]:
        text = runner.invoke(cli, [*args, "--help"]).stdout
        block = text.split("Example:", 1)[1].split("\n\n", 1)[0] if "Example:" in text else ""
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        found += ["\n".join(lines)] if args and args[0] in CHANGES and lines else lines
    return found


def copy_of(workdir: Path, tmp_path: Path) -> Path:
    """A folder like ``workdir`` with a copy of its store, for examples that change it."""
    (tmp_path / "examples").symlink_to(REPO / "examples")
    for store in workdir.glob("celebgraph.lbdb*"):
        shutil.copy2(store, tmp_path / store.name)
    return tmp_path


def readme_examples() -> list[str]:
    """The ``$ ...`` lines of the README's code blocks, each block as one script."""
    blocks = re.findall(r"```[a-z]*\n(.*?)```", (REPO / "README.md").read_text(), flags=re.S)
    scripts = ["\n".join(line[2:] for line in block.splitlines() if line.startswith("$ "))
               for block in blocks]
    return [s for s in scripts if s]


HELP, README = help_examples(), readme_examples()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the bundled examples (as ``examples/``) and a store ingested from them."""
    work = tmp_path_factory.mktemp("documented")
    (work / "examples").symlink_to(REPO / "examples")
    run("celebgraph ingest examples/", work, {})
    return work


def run(script: str, cwd: Path, env: dict[str, str]) -> str:
    """Run ``script`` in bash; return what it printed and what it wrote to new files."""
    before = set(cwd.rglob("*"))
    full_env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
                "CELEBGRAPH_STORE": str(cwd / "celebgraph.lbdb"), **env}
    full_env = {k: v for k, v in full_env.items() if not (k.startswith("NEO4J_") and k not in env)}
    done = subprocess.run(["bash", "-c", "set -eo pipefail\n" + script], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, f"{script}\n{done.stderr}"
    written = [p.read_text(errors="replace") for p in set(cwd.rglob("*")) - before
               if p.is_file() and p.suffix in OUTPUT_SUFFIXES]
    return (done.stdout + "".join(written)).strip()


def test_examples_were_found() -> None:
    assert len(HELP) >= len(cli.commands) and any("check" in s for s in README)


def serve_and_open(example: str, cwd: Path) -> str:
    """Start the server as the example does (on a free port), open the page its comment
    names, stop it; return the page."""
    command, _, comment = example.partition("#")
    url = re.search(r"https?://\S+", comment)
    assert url, example
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = shlex.split(re.sub(r"--port \d+", f"--port {port}", command))
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           "CELEBGRAPH_STORE": str(cwd / "celebgraph.lbdb")}
    server = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    page = re.sub(r":\d+/", f":{port}/", url.group(0), count=1)
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(page, timeout=5) as response:
                    return str(response.read().decode())
            except OSError:
                assert server.poll() is None, server.communicate()[1]
                time.sleep(0.2)
        raise AssertionError(f"{example}: nothing answered at {page}")
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.parametrize("example", [e for e in HELP if NEO4J_EXAMPLE not in e])
def test_help_example_runs_on_the_bundled_examples(example: str, workdir: Path,
                                                   tmp_path: Path) -> None:
    if example.startswith("celebgraph serve"):
        assert "Kim Kardashian" in serve_and_open(example, workdir)
        return
    cwd = copy_of(workdir, tmp_path) if example.split()[1] in CHANGES else workdir
    assert run(example, cwd, {}) not in EMPTY


@pytest.mark.slow
@pytest.mark.parametrize("example", [e for e in HELP if NEO4J_EXAMPLE in e])
def test_help_example_runs_against_neo4j(example: str, neo4j_clean: Settings,
                                         workdir: Path) -> None:
    env = {"NEO4J_PASSWORD": neo4j_clean.neo4j_password or "",
           "NEO4J_USERNAME": neo4j_clean.neo4j_username}
    script = example.replace(NEO4J_EXAMPLE, shlex.quote(neo4j_clean.neo4j_uri or ""))
    assert run(script, workdir, env) not in EMPTY


@pytest.mark.slow
@pytest.mark.parametrize("script", README)
def test_readme_example_runs(script: str, workdir: Path) -> None:
    assert run(script, workdir, {}) not in EMPTY
