"""Run a real Neo4j Community server on this machine: no Docker, no tarball, only Java and Maven.

The server jars come from Maven Central into a cache directory (once); a state directory holds
the configuration, data, logs, the generated password and the pidfile. The command line
(``scripts/neo4j-local start|stop|status``) prints shell ``export`` lines on ``start``, so
``eval "$(scripts/neo4j-local start)"`` points ``NEO4J_URI`` & co. at the server.

The Python API, used by ``tests/conftest.py``::

    config = LocalConfig.from_env()      # CELEBGRAPH_NEO4J_* variables, see --help
    info = start(config)                 # ServerInfo(uri, username, password, pid)
    status(config)                       # the same ServerInfo, or None
    stop(config)                         # True when a server was stopped
    admin(config, "database", "import", "full", ...)  # neo4j-admin on a stopped server

Errors are ``Neo4jLocalError`` with a message that says what to do.
"""

from neo4j_local.base import LocalConfig, Neo4jLocalError, ServerInfo
from neo4j_local.jars import fetch_jars
from neo4j_local.server import admin, start, status, stop

__all__ = ["LocalConfig", "Neo4jLocalError", "ServerInfo", "admin", "fetch_jars", "start", "status",
           "stop"]
