"""A test whose machine lacks what it needs is skipped here and fails in CI (tests/needs.py)."""

from __future__ import annotations

import pytest
from needs import unavailable


@pytest.mark.parametrize("ci", ["true", "1", "yes", "True"])
def test_in_ci_a_missing_need_fails(ci: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.fail.Exception, match="no server"):
        unavailable("no server")


def test_elsewhere_a_missing_need_skips(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no server"):
        unavailable("no server")
