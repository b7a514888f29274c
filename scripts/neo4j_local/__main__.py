"""``python -m neo4j_local start|stop|status`` (what scripts/neo4j-local runs)."""

from __future__ import annotations

import argparse
import sys

from neo4j_local.base import DEFAULT_VERSION, LocalConfig, Neo4jLocalError, stderr_log
from neo4j_local.server import start, status, stop

EPILOG = f"""\
environment:
  CELEBGRAPH_NEO4J_VERSION    Neo4j version from Maven Central (default {DEFAULT_VERSION})
  CELEBGRAPH_NEO4J_CACHE      jar cache (default ~/.cache/celebgraph/neo4j-VERSION)
  CELEBGRAPH_NEO4J_STATE      conf, data, logs, password, pidfile
                              (default ~/.cache/celebgraph/neo4j-state)
  CELEBGRAPH_NEO4J_HEAP       JVM heap, e.g. 4g (default 512m)
  CELEBGRAPH_NEO4J_PAGECACHE  page cache, e.g. 2g (default 256m)
  CELEBGRAPH_NEO4J_PORT       Bolt port (default: a free one, chosen at each start)
  CELEBGRAPH_NEO4J_TIMEOUT    seconds to wait for the server to answer (default 120)
  JAVA_HOME, MAVEN_OPTS       as usual (MAVEN_OPTS=-Dmaven.repo.local=DIR: another Maven repo)
  PYTHON                      the Python to run this with (default .venv/bin/python, python3)

exit status: 0 ok; 1 error; 3 'status' found no server running.

examples:
  eval "$(scripts/neo4j-local start)"     # sets NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD
  celebgraph stats                        # ... which the celebgraph CLI reads
  scripts/neo4j-local status              # running: bolt://127.0.0.1:PORT (pid N)
  scripts/neo4j-local stop
  CELEBGRAPH_NEO4J_HEAP=4g CELEBGRAPH_NEO4J_PAGECACHE=2g scripts/neo4j-local start  # benchmarks
"""


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="neo4j-local",
        description="A local Neo4j Community server (jars from Maven Central, no Docker) for "
        "tests and development. 'start' prints export lines for eval on stdout; progress "
        "goes to stderr.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=["start", "stop", "status"])
    args = parser.parse_args(argv)
    config = LocalConfig.from_env()
    try:
        if args.command == "start":
            sys.stdout.write(start(config).exports())
        elif args.command == "stop":
            stop(config)
        else:
            info = status(config)
            print(f"running: {info.uri} (pid {info.pid})" if info else "not running")
            return 0 if info else 3
    except Neo4jLocalError as exc:
        stderr_log(f"error: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
