"""What a test needs from the machine (a Neo4j server, Graphviz, Gramps, chromium): missing
here, the test is skipped; missing in CI (``CI=true``), where ``scripts/test`` installs all of
it, the test fails, so a skip is never counted as a pass there."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def unavailable(message: str) -> NoReturn:
    """Skip the calling test with ``message``, or fail it in CI."""
    if os.environ.get("CI") == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)
