"""Fetch the Neo4j Community server jars from Maven Central into the cache, once."""

from __future__ import annotations

import shutil
import subprocess

from neo4j_local.base import LocalConfig, Log, Neo4jLocalError, locked, stderr_log

DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
# neo4j-server is the server; org.neo4j:neo4j adds CommunityEntryPoint and the AdminTool.
ARTIFACTS = (("org.neo4j.app", "neo4j-server"), ("org.neo4j", "neo4j"))


def pom(version: str) -> str:
    """A POM whose runtime dependencies are the server's class path."""
    deps = "\n".join(
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        f"<version>{version}</version></dependency>"
        for group, artifact in ARTIFACTS
    )
    return f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.celebgraph</groupId>
  <artifactId>neo4j-local</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
{deps}
  </dependencies>
</project>
"""


def _copy_dependencies(config: LocalConfig, out_dir: str, log: Log) -> None:
    """Run Maven on the cache's pom.xml, copying the jars to ``out_dir``, showing progress."""
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jLocalError("mvn not found: install Maven 3 (apt-get install maven)")
    cmd = [mvn, "-B", "-f", str(config.cache_dir / "pom.xml"),
           f"{DEPENDENCY_PLUGIN}:copy-dependencies", "-DincludeScope=runtime",
           f"-DoutputDirectory={out_dir}"]
    output: list[str] = []
    downloads = 0
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          stdin=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            output.append(line.rstrip())
            if "Downloaded from" in line:
                downloads += 1
                if downloads % 100 == 0:
                    log(f"  ... {downloads} files downloaded")
    if proc.returncode != 0:
        tail = "\n".join(output[-30:])
        raise Neo4jLocalError(f"Maven could not fetch the Neo4j jars ({' '.join(cmd)}):\n{tail}")
    log(f"  {downloads} files downloaded from Maven Central (the rest was in ~/.m2)")


def fetch_jars(config: LocalConfig, log: Log = stderr_log) -> None:
    """Fill ``config.lib_dir`` with the server's jars unless it is already there."""
    with locked(config.cache_dir / ".lock"):
        if (config.lib_dir / f"neo4j-{config.version}.jar").exists():
            return
        log(f"fetching the Neo4j {config.version} jars into {config.lib_dir} "
            "(first run: ~160 MB from Maven Central, 1-3 min)")
        (config.cache_dir / "pom.xml").write_text(pom(config.version))
        partial = config.cache_dir / "lib.partial"
        shutil.rmtree(partial, ignore_errors=True)
        _copy_dependencies(config, str(partial), log)
        shutil.rmtree(config.lib_dir, ignore_errors=True)
        partial.rename(config.lib_dir)
