"""The README's first command, run as a new user runs it: a copy of the repository, a fresh
virtual environment with only what ``pip install -e .`` brings (no dev extras), and the output
the README shows as real."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def readme_blocks() -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", (REPO / "README.md").read_text(), flags=re.S)


@pytest.mark.slow
def test_the_first_readme_command_works_on_a_fresh_environment(tmp_path: Path) -> None:
    blocks = readme_blocks()
    command = blocks[0].strip()
    assert command.startswith("python3 -m venv .venv && .venv/bin/pip install -e .")
    shown = next(b for b in blocks if b.startswith("2 documents:"))
    files = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.split()
    copy = tmp_path / "celebgraph"
    for name in files:
        if (REPO / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, copy / name)
    done = subprocess.run(["bash", "-c", command], cwd=copy, capture_output=True, text=True,
                          timeout=1200)
    assert done.returncode == 0, done.stderr[-3000:]
    printed = done.stdout[done.stdout.index("2 documents:"):]  # after pip's own lines
    assert printed.strip() == shown.strip()
