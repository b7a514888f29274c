"""Configure, start, watch and stop the server JVM of one state directory."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from neo4j_local.base import (
    USERNAME,
    LocalConfig,
    Log,
    Neo4jLocalError,
    ServerInfo,
    locked,
    stderr_log,
)
from neo4j_local.jars import fetch_jars

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
JVM_FLAGS = (  # those of Neo4j's own launcher that matter here
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-XX:+ExitOnOutOfMemoryError",
    "-Dfile.encoding=UTF-8",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)
STATE_SUBDIRS = ("conf", "data", "logs", "run", "plugins", "import")

# JVMs started by this Python process: polling them reaps them, so none lingers as a zombie.
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


def status(config: LocalConfig) -> ServerInfo | None:
    """Return the running server of ``config.state_dir``, or None when none runs."""
    try:
        pid = int(config.pidfile.read_text().strip())
    except (OSError, ValueError):
        return None
    if not _is_our_server(pid, config):
        return None
    try:
        uri = json.loads(config.server_file.read_text())["uri"]
        password = config.password_file.read_text().strip()
    except (OSError, ValueError, KeyError):
        return None
    return ServerInfo(uri=uri, username=USERNAME, password=password, pid=pid)


def start(
    config: LocalConfig, log: Log = stderr_log, *, die_with_parent: bool = False
) -> ServerInfo:
    """Start the server (or find it running) and wait until it answers ``RETURN 1`` over Bolt.

    ``die_with_parent`` makes the JVM get SIGTERM when this process dies (for test sessions).
    """
    java = _java()
    fetch_jars(config, log)
    with locked(config.state_dir / ".lock"):
        running = status(config)
        if running is not None:
            log(f"already running: {running.uri} (pid {running.pid})")
            return running
        for sub in STATE_SUBDIRS:
            (config.state_dir / sub).mkdir(parents=True, exist_ok=True)
        port = config.port or _free_port()
        _write_conf(config, port)
        password = _ensure_password(config, java)
        log(f"starting Neo4j {config.version} on bolt://127.0.0.1:{port} (heap {config.heap}, "
            f"page cache {config.pagecache}, state {config.state_dir})")
        return _launch_and_wait(config, java, port, password, log, die_with_parent)


def admin(config: LocalConfig, *args: str, log: Log = stderr_log) -> str:
    """Run ``neo4j-admin ARGS...`` on the state of a stopped server (``database import full``
    needs its database stopped); returns its output. The configuration is the last start's."""
    java = _java()
    fetch_jars(config, log)
    with locked(config.state_dir / ".lock"):
        if status(config) is not None:
            raise Neo4jLocalError(f"the server of {config.state_dir} is running: stop it first")
        cmd = [java, "-XX:TieredStopAtLevel=1", "-cp", str(config.lib_dir / "*"), ADMIN_TOOL,
               *args]
        env = {**os.environ, "NEO4J_HOME": str(config.state_dir),
               "NEO4J_CONF": str(config.conf_dir)}
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise Neo4jLocalError(f"neo4j-admin {' '.join(args[:3])} failed:\n{done.stdout}"
                              f"{done.stderr}")
    return done.stdout + done.stderr


def stop(config: LocalConfig, log: Log = stderr_log) -> bool:
    """Stop the server of ``config.state_dir`` (SIGTERM, then SIGKILL); False if none ran."""
    with locked(config.state_dir / ".lock"):
        running = status(config)
        if running is None:
            log("not running")
            return False
        log(f"stopping Neo4j (pid {running.pid}) ...")
        began = time.monotonic()
        _terminate(running.pid, config, log)
        config.pidfile.unlink(missing_ok=True)
        _keep_cds_dump(config)
        log(f"stopped in {time.monotonic() - began:.1f} s")
        return True


# --- configuration ---------------------------------------------------------------------------


def _write_conf(config: LocalConfig, port: int) -> None:
    """Write neo4j.conf afresh: loopback Bolt only, auth on, sizes and paths from ``config``."""
    state = config.state_dir
    settings = {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.enabled": "true",
        "server.bolt.listen_address": f"127.0.0.1:{port}",
        "server.bolt.advertised_address": f"127.0.0.1:{port}",
        "server.http.enabled": "false",
        "server.https.enabled": "false",
        "server.memory.heap.initial_size": config.heap,
        "server.memory.heap.max_size": config.heap,
        "server.memory.pagecache.size": config.pagecache,
        "dbms.security.auth_enabled": "true",
        "db.tx_log.rotation.retention_policy": "2 files",
        # Netty waits a 5 s quiet period twice at shutdown; a local server needs none.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period": "0",
        **{f"server.directories.{sub}": str(state / sub)
           for sub in ("data", "logs", "run", "plugins", "import")},
    }
    lines = [f"{key}={value}" for key, value in settings.items()]
    header = "# Written by scripts/neo4j-local at every start; edits are lost.\n"
    (config.conf_dir / "neo4j.conf").write_text(header + "\n".join(lines) + "\n")


def _ensure_password(config: LocalConfig, java: str) -> str:
    """Return the state's password, setting a generated one before the very first start."""
    if config.password_file.exists():
        return config.password_file.read_text().strip()
    if (config.state_dir / "data" / "databases").exists():
        raise Neo4jLocalError(f"{config.state_dir} holds a database but no password file: "
                              "delete that directory to start afresh")
    # a leading '-' would read as an option to neo4j-admin: start with a letter
    password = "cg" + secrets.token_urlsafe(18)
    cmd = [java, "-XX:TieredStopAtLevel=1", "-cp", str(config.lib_dir / "*"), ADMIN_TOOL,
           "dbms", "set-initial-password", password]
    env = {**os.environ, "NEO4J_HOME": str(config.state_dir), "NEO4J_CONF": str(config.conf_dir)}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise Neo4jLocalError(f"setting the initial password failed:\n{done.stdout}{done.stderr}")
    config.password_file.touch(mode=0o600)
    config.password_file.write_text(password + "\n")
    return password


# --- the JVM ---------------------------------------------------------------------------------


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not java or not Path(java).exists():
        raise Neo4jLocalError("java not found: install Java 17 or 21 (or set JAVA_HOME)")
    return java


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _java_command(config: LocalConfig, java: str, cds_dump: Path | None) -> list[str]:
    """The server's command line. A class-data archive of an earlier run halves the boot time;
    without one, this run records one (``cds_dump``) when it exits."""
    if cds_dump is None:
        cds = f"-XX:SharedArchiveFile={config.cds_archive}"
    else:
        cds = f"-XX:ArchiveClassesAtExit={cds_dump}"
    return [java, f"-Xms{config.heap}", f"-Xmx{config.heap}", *JVM_FLAGS, cds,
            "-cp", str(config.lib_dir / "*"), ENTRY_POINT,
            f"--home-dir={config.state_dir}", f"--config-dir={config.conf_dir}"]


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM when the parent dies (Linux prctl)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _launch_and_wait(config: LocalConfig, java: str, port: int, password: str, log: Log,
                     die_with_parent: bool) -> ServerInfo:
    """Start the JVM in its own session, record its pid, and wait until it answers."""
    began = time.monotonic()
    cds_dump = None
    if not config.cds_archive.exists():
        cds_dump = config.cache_dir / f"neo4j.jsa.{secrets.token_hex(4)}.partial"
        log("no class archive yet: this first run records one when it stops")
    with config.console_file.open("ab") as console:
        proc = subprocess.Popen(
            _java_command(config, java, cds_dump), stdin=subprocess.DEVNULL, stdout=console,
            stderr=subprocess.STDOUT, cwd=config.state_dir, start_new_session=True,
            preexec_fn=_die_with_parent if die_with_parent else None,
        )
    _CHILDREN[proc.pid] = proc
    info = ServerInfo(f"bolt://127.0.0.1:{port}", USERNAME, password, proc.pid)
    config.pidfile.write_text(f"{proc.pid}\n")
    saved = {"uri": info.uri, "pid": proc.pid, "cds_dump": str(cds_dump) if cds_dump else None}
    config.server_file.write_text(json.dumps(saved) + "\n")
    try:
        _wait_ready(info, proc, config)
    except BaseException:
        _terminate(proc.pid, config, log)
        if cds_dump is not None:
            cds_dump.unlink(missing_ok=True)
        raise
    log(f"ready in {time.monotonic() - began:.1f} s (pid {proc.pid})")
    return info


def _wait_ready(info: ServerInfo, proc: subprocess.Popen[bytes], config: LocalConfig) -> None:
    """Block until the server answers ``RETURN 1`` over Bolt, or raise with the logs' tails."""
    try:
        from neo4j import GraphDatabase
    except ImportError as exc:
        raise Neo4jLocalError("the Python 'neo4j' driver is missing: run with the project's "
                              "venv (PYTHON=.venv/bin/python) or pip install neo4j") from exc
    deadline = time.monotonic() + config.timeout
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Neo4jLocalError(f"Neo4j exited with status {proc.returncode} while starting; "
                                  f"last log lines:\n{_log_tails(config)}")
        try:
            with socket.create_connection(("127.0.0.1", info.port), timeout=1):
                pass  # the port is open: now ask the driver
            with GraphDatabase.driver(info.uri, auth=(info.username, info.password)) as driver:
                driver.verify_connectivity()
                driver.execute_query("RETURN 1")
            return
        except Exception as exc:  # refused, not ready yet, database still starting
            last_error = f"{type(exc).__name__}: {exc}"
            time.sleep(0.25)
    raise Neo4jLocalError(f"Neo4j did not answer on {info.uri} within {config.timeout:.0f} s "
                          f"({last_error}); last log lines:\n{_log_tails(config)}")


def _log_tails(config: LocalConfig) -> str:
    parts = []
    for path, count in ((config.log_file, 25), (config.console_file, 15)):
        try:
            lines = path.read_text(errors="replace").splitlines()[-count:]
        except OSError:
            lines = ["(missing)"]
        parts.append(f"--- {path}:\n" + "\n".join(lines))
    return "\n".join(parts)


def _is_our_server(pid: int, config: LocalConfig) -> bool:
    """True when ``pid`` is a live Neo4j started on this state directory (not a zombie)."""
    child = _CHILDREN.get(pid)
    if child is not None:  # our own child: poll() knows, and reaps it once it has exited
        return child.poll() is None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False
    return ENTRY_POINT in cmdline and f"--config-dir={config.conf_dir}\0" in cmdline + "\0"


def _terminate(pid: int, config: LocalConfig, log: Log) -> None:
    """SIGTERM, wait up to ``config.stop_timeout``, then SIGKILL; raise if it still lives."""
    for sig, wait in ((signal.SIGTERM, config.stop_timeout), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _is_our_server(pid, config):
                _CHILDREN.pop(pid, None)
                return
            time.sleep(0.2)
        if sig == signal.SIGTERM:
            log(f"pid {pid} ignored SIGTERM for {wait:.0f} s: sending SIGKILL")
    raise Neo4jLocalError(f"could not stop Neo4j (pid {pid})")


def _keep_cds_dump(config: LocalConfig) -> None:
    """After a clean stop: the class archive this run dumped becomes the shared one.

    Dumps left by runs that were killed (a JVM writes its dump as it exits, in seconds) go.
    """
    try:
        dump = json.loads(config.server_file.read_text()).get("cds_dump")
    except (OSError, ValueError):
        dump = None
    if dump and Path(dump).is_file() and Path(dump).stat().st_size > 0:
        os.replace(dump, config.cds_archive)
    for stale in config.cache_dir.glob("neo4j.jsa.*.partial"):
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > 120:
                stale.unlink()
