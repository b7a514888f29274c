"""One exception root for the library; only ``cli.py`` turns these into messages and exit codes."""

from __future__ import annotations

__all__ = [
    "AmbiguousNameError",
    "CelebgraphError",
    "CurationError",
    "DiskFullError",
    "InputError",
    "QueryError",
    "StoreError",
    "StoreUnavailableError",
    "UnknownArticleError",
    "UnknownFactError",
    "UnknownNameError",
    "WriteQueryRefusedError",
    "WriteTimeoutError",
]


class CelebgraphError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(CelebgraphError):
    """An input document could not be read or is not text."""


class StoreError(CelebgraphError):
    """The graph store failed to do what was asked."""


class StoreUnavailableError(StoreError):
    """The graph store cannot be reached or refused the credentials."""


class WriteTimeoutError(StoreError):
    """A write ran past the store's write timeout, so the store rolled it back."""


class DiskFullError(StoreError):
    """The disk holding the store has no room for the next write; nothing committed was lost."""


class QueryError(StoreError):
    """A query was rejected by the store (syntax, unknown label, ...)."""


class WriteQueryRefusedError(QueryError):
    """A read-only query contained a write clause."""


class UnknownNameError(CelebgraphError):
    """No person in the graph matches the name."""


class UnknownFactError(CelebgraphError):
    """No fact in the graph has the given fact id."""


class UnknownArticleError(CelebgraphError):
    """No article in the graph has the given id, path or URL."""


class CurationError(CelebgraphError):
    """A curation decision that cannot be taken (or undone) as asked."""


class AmbiguousNameError(CelebgraphError):
    """More than one person in the graph matches the name."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        listed = "; ".join(candidates)
        super().__init__(f"'{name}' matches several people: {listed}. Use a full name, "
                         "or --id ID to pick one.")
