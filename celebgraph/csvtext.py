"""CSV that spreadsheets read as data: no cell of ours is run as a formula.

A spreadsheet runs a cell starting with ``=``, ``+``, ``-`` or ``@`` (some also one starting with
a tab or a carriage return) as a formula, so ``=HYPERLINK("http://…?"&A1)`` in an article could
send a reader's data away. As OWASP's CSV-injection guidance says, such a text cell gets a
leading single quote, which spreadsheets show as text, and every text cell is quoted, so that a
separator inside it (a comma, or the semicolon some locales split on) cannot start a new cell.
Numbers (int and float values) stay bare numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["FORMULA_STARTS", "csv_text", "safe_cell"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value``, with a single quote in front when it is text a spreadsheet would run.

    Examples
    --------
    >>> safe_cell('=HYPERLINK("http://example.com")'), safe_cell("-1"), safe_cell(-1)
    ('\\'=HYPERLINK("http://example.com")', "'-1", -1)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The header and rows as CSV, one ``\\n``-ended line each; None is an empty cell."""
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow([safe_cell(name) for name in header])
    writer.writerows([safe_cell("" if v is None else v) for v in row] for row in rows)
    return buf.getvalue()
