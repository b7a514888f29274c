"""What a test needs from the machine (a Neo4j server, Graphviz, Gramps, chromium): missing
here, the test is skipped; missing in CI (``CI`` set to anything: ``true``, ``1``, ...), where
``scripts/test`` installs all of it, the test fails, so a skip is never counted as a pass
there."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """Whether the tests run in CI, where whatever they need is installed: ``CI`` set to any
    value (CI services spell it "true", "1", "yes"; a skip there must never pass unseen)."""
    return bool(os.environ.get("CI"))


def unavailable(message: str) -> NoReturn:
    """Skip the calling test with ``message``, or fail it in CI."""
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
