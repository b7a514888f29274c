"""LadybugDB's own plan of a user query, made in a child process that holds no data.

LadybugDB has no Python call that tells a statement's kind, and its binder crashes the whole
process on some table functions (``CALL READ_CSV_SERIAL(...)`` segfaults even under
``EXPLAIN``). So a child process with an empty in-memory database of celebgraph's schema
prepares ``EXPLAIN <query>`` and sends back the plan's operators; a crash or a hang there costs
only the child. The plan is a prepared single statement, never executed beyond EXPLAIN.

Run as ``python -m celebgraph.graph.ladybug_planner``: it reads pickled ``(query, params)``
frames on stdin and writes JSON frames ``{"steps": [[operator, detail], ...]}`` or
``{"error": message}`` on stdout, until stdin closes.
"""

from __future__ import annotations

import datetime
import decimal
import json
import os
import pickle
import re
import select
import struct
import subprocess
import sys
import uuid
import warnings
from typing import IO, Any

from celebgraph.errors import QueryError, WriteQueryRefusedError
from celebgraph.graph.readonly import PlanStep
from celebgraph.graph.sandbox import restrict

__all__ = ["Planner", "plan_steps"]

_HEADER = struct.Struct(">I")
_STARTUP_TIMEOUT = 60.0  # seconds to import LadybugDB on a busy machine
_CALL = "TABLE_FUNCTION_CALL"
_FUNCTION = re.compile(r"Function:\s*(\w+)")
_OPERATOR = re.compile(r"\b([A-Z][A-Z_]*)\[\d+\]")
_OPERATOR_CALLS = re.compile(_CALL + r"\[\d+\]")


def plan_steps(explain: str) -> list[PlanStep]:
    """The operators and table functions an EXPLAIN text names.

    Sibling operators are drawn side by side, so the text is searched as a whole rather than
    box by box: every ``NAME[id]`` is an operator, every ``Function: NAME`` a table function.
    A table function call whose name is missing is kept with an empty one (and so refused).
    Text of the query's own that looks like either can only add steps, never hide one.
    """
    calls = [PlanStep(_CALL, name) for name in _FUNCTION.findall(explain)]
    operators = [PlanStep(name) for name in _OPERATOR.findall(explain) if name != _CALL]
    unnamed = len(_OPERATOR_CALLS.findall(explain)) - len(calls)
    return operators + calls + [PlanStep(_CALL)] * max(unnamed, 0)


class Planner:
    """A planner child process, started on first use and again after it dies."""

    def __init__(self, timeout: float = 10.0) -> None:
        self.timeout = timeout
        self.sandboxed = False  # the child cannot touch files or the network (``sandbox``)
        self._child: subprocess.Popen[bytes] | None = None

    def steps(self, query: str, params: dict[str, Any]) -> list[PlanStep]:
        """The plan of ``query``; a query the planner cannot plan is refused or rejected here."""
        try:
            child = self._started()
            _send(child.stdin, pickle.dumps((query, params)))
            answer = _receive(child.stdout, self.timeout)
        except (OSError, EOFError, TimeoutError, pickle.PicklingError) as exc:
            self.close()
            raise WriteQueryRefusedError(_planner_failed(exc)) from exc
        if "error" in answer:
            raise _planner_error(answer["error"])
        return [PlanStep(op, detail) for op, detail in answer["steps"]]

    def _started(self) -> subprocess.Popen[bytes]:
        if self._child is None or self._child.poll() is not None:
            self._child = subprocess.Popen(
                [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": _package_root()},
            )
            hello = _receive(self._child.stdout, max(self.timeout, _STARTUP_TIMEOUT))
            self.sandboxed = bool(hello["sandboxed"])
        return self._child

    def close(self) -> None:
        if self._child is not None:
            self._child.kill()
            self._child.wait()
            for pipe in (self._child.stdin, self._child.stdout):
                if pipe:
                    pipe.close()
            self._child = None


def _package_root() -> str:
    """Where ``celebgraph`` is imported from, first on the child's path (an uninstalled checkout
    works too)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))


def _planner_failed(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "refused: LadybugDB took too long to plan this query (does it read a file?)."
    if isinstance(exc, pickle.PicklingError):
        return f"refused: a query parameter cannot be passed to LadybugDB ({exc})."
    return "refused: LadybugDB's planner crashed on this query, so it cannot be run safely."


def _planner_error(message: str) -> QueryError:
    if "multiple statements" in message:
        return WriteQueryRefusedError("refused: one statement per query (this one has several).")
    if "Permission denied" in message:  # the sandbox stopped the planner at a file
        return WriteQueryRefusedError(
            "refused: queries may not read or write files, and LadybugDB needed a file to plan "
            "this one.")
    first = message.strip().splitlines()[0] if message.strip() else "no reason given"
    return QueryError(f"LadybugDB rejected the query: {first}")


def _send(pipe: IO[bytes] | None, payload: bytes) -> None:
    assert pipe is not None
    pipe.write(_HEADER.pack(len(payload)) + payload)
    pipe.flush()


def _receive(pipe: IO[bytes] | None, timeout: float) -> dict[str, Any]:
    assert pipe is not None
    header = _read_exactly(pipe, _HEADER.size, timeout)
    answer: dict[str, Any] = json.loads(_read_exactly(pipe, _HEADER.unpack(header)[0], timeout))
    return answer


def _read_exactly(pipe: IO[bytes], size: int, timeout: float) -> bytes:
    data = b""
    while len(data) < size:
        ready, _, _ = select.select([pipe], [], [], timeout)
        if not ready:
            raise TimeoutError
        chunk = os.read(pipe.fileno(), size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def _explain(conn: Any, query: str, params: dict[str, Any]) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        prepared = conn.prepare("EXPLAIN " + query, params)
        if not prepared.is_success():
            return {"error": prepared.get_error_message()}
        try:
            result = conn.execute(prepared, params)
        except RuntimeError as exc:
            return {"error": str(exc)}
    text = result.get_all()[0][0]
    return {"steps": [[s.operator, s.detail] for s in plan_steps(text)]}


# One parameter of each type a caller may pass: binding them imports modules, which the
# sandboxed child could not read later.
_WARM_UP: dict[str, Any] = {
    "i": 1, "f": 1.5, "s": "x", "b": True, "n": None, "l": [1], "ls": ["x"], "m": {"k": 1},
    "d": datetime.date(2000, 1, 2), "t": datetime.datetime(2000, 1, 2, 3, 4),
    "td": datetime.timedelta(days=1), "u": uuid.UUID(int=1), "dec": decimal.Decimal("1.5"),
}


def _serve() -> None:
    import ladybug

    from celebgraph.graph.cypher_ladybug import SCHEMA

    conn = ladybug.Connection(ladybug.Database(None))
    for statement in SCHEMA:
        conn.execute(statement)
    _explain(conn, "RETURN " + ", ".join(f"${k}" for k in _WARM_UP), _WARM_UP)
    sandboxed = restrict()  # everything planning imports is loaded by now
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    _send(stdout, json.dumps({"sandboxed": sandboxed}).encode())
    while True:
        try:
            header = _read_exactly(stdin, _HEADER.size, timeout=3600 * 24)
        except (EOFError, TimeoutError):
            return
        try:
            query, params = pickle.loads(_read_exactly(stdin, _HEADER.unpack(header)[0], 60))
            answer = _explain(conn, query, params)
        except Exception as exc:  # anything short of a crash is this query's error
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        _send(stdout, json.dumps(answer).encode())


if __name__ == "__main__":
    _serve()
