"""Refuse write clauses in user Cypher, on the text itself (strings and comments ignored)."""

from __future__ import annotations

import re

from celebgraph.errors import WriteQueryRefusedError

__all__ = ["check_read_only"]

_WRITE_CLAUSES = (
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY", "LOAD",
    "INSTALL", "UNINSTALL", "ATTACH", "IMPORT", "EXPORT", "FOREACH", "CHECKPOINT", "BEGIN",
    "COMMIT", "ROLLBACK", "USE",
)
_WRITE_PROC = re.compile(
    r"create|merge|set|delete|drop|remove|load|import|export|write|periodic|refactor|install|"
    r"attach|checkpoint|clear|kill|terminate|truncate|rename",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL
)
_CLAUSE = re.compile(r"(?<![.$\w])(" + "|".join(_WRITE_CLAUSES) + r")(?![\w:])", re.IGNORECASE)
_CALL = re.compile(r"(?<![.$\w])CALL\s+([\w.]+)", re.IGNORECASE)


def check_read_only(query: str) -> None:
    """Raise ``WriteQueryRefusedError`` when the query would write or change the store."""
    text = _NOISE.sub(" ", query)
    clause = _CLAUSE.search(text)
    if clause:
        raise WriteQueryRefusedError(
            f"refused: queries are read-only, and this one has a {clause.group(1).upper()} clause. "
            "Change the graph with `celebgraph ingest` instead."
        )
    for call in _CALL.finditer(text):
        if _WRITE_PROC.search(call.group(1)):
            raise WriteQueryRefusedError(
                f"refused: queries are read-only, and procedure {call.group(1)} may write."
            )
