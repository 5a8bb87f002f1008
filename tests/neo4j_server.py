"""Start and stop the project's embedded Neo4j launcher (tools/neo4j/run.sh) for tests and benchmarks."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import neo4j
from neo4j import exceptions as neo4j_errors

ROOT = Path(__file__).resolve().parent.parent
RUN_SH = ROOT / "tools" / "neo4j" / "run.sh"


class LauncherUnavailable(RuntimeError):
    """Java or Maven is missing, so the launcher cannot run here."""


class LauncherFailed(RuntimeError):
    """The launcher exited or did not become ready; the message carries its log."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing_tools() -> list[str]:
    """Tools the launcher needs that are not on PATH (Maven only matters before the first build)."""
    needed = ["java"] + ([] if (RUN_SH.parent / "target" / ".built").exists() else ["mvn"])
    return [tool for tool in needed if shutil.which(tool) is None]


class Neo4jServer:
    """One launcher process with its own data directory under a temporary folder.

    Use as a context manager: ``with Neo4jServer() as server: push_graph(G, server.uri)``.
    """

    def __init__(self, port: int | None = None, password: str | None = None, timeout: float = 180.0,
                 pagecache: str | None = None):
        self.port = port or free_port()
        self.password = password
        self.pagecache = pagecache
        self.timeout = timeout
        self.uri = f"bolt://127.0.0.1:{self.port}"
        self.auth = ("neo4j", password) if password else None
        self._tmp = tempfile.TemporaryDirectory(prefix="kg-neo4j-")
        self.log_path = Path(self._tmp.name) / "launcher.log"
        self.process: subprocess.Popen | None = None
        self.startup_seconds: float | None = None

    def log(self) -> str:
        """Launcher output so far plus the tail of Neo4j's debug.log."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        debug = Path(self._tmp.name) / "data" / "logs" / "debug.log"
        if debug.exists():
            text += "\n--- debug.log (tail) ---\n" + "\n".join(debug.read_text(errors="replace").splitlines()[-40:])
        return text

    def start(self) -> "Neo4jServer":
        """Build if needed, start, and wait until Bolt answers; raise LauncherFailed with the log.

        The Maven build (first run downloads the jars) is not counted in ``timeout``.
        """
        missing = missing_tools()
        if missing:
            raise LauncherUnavailable(f"the Neo4j launcher needs {', '.join(missing)} on PATH")
        build = subprocess.run([str(RUN_SH), "--build-only"], capture_output=True, text=True, timeout=1800)
        if build.returncode != 0:
            raise LauncherFailed(f"building the Neo4j launcher failed:\n{build.stdout}{build.stderr}")
        args = [str(RUN_SH), "--port", str(self.port), "--data", str(Path(self._tmp.name) / "data")]
        if self.password:
            args += ["--password", self.password]
        if self.pagecache:
            args += ["--pagecache", self.pagecache]
        started = time.monotonic()
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = started + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise LauncherFailed(f"Neo4j launcher exited with {self.process.returncode}:\n{self.log()}")
            if "NEO4J READY" in self.log_path.read_text(errors="replace") and self._answers():
                self.startup_seconds = time.monotonic() - started
                return self
            time.sleep(0.5)
        self.stop()
        raise LauncherFailed(f"Neo4j did not answer on {self.uri} within {self.timeout:.0f} s:\n{self.log()}")

    def _answers(self) -> bool:
        try:
            with neo4j.GraphDatabase.driver(self.uri, auth=self.auth) as driver:
                driver.verify_connectivity()
            return True
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired):
            return False

    def stop(self) -> None:
        """SIGTERM (Neo4j shuts down cleanly), then SIGKILL after 60 s; removes the data directory."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._tmp.cleanup()

    def __enter__(self) -> "Neo4jServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def external_server() -> tuple[str, tuple[str, str] | None] | None:
    """``(uri, auth)`` from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or None when NEO4J_URI is unset."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    password = os.environ.get("NEO4J_PASSWORD")
    return uri, ((os.environ.get("NEO4J_USER") or "neo4j", password) if password else None)


def wipe(driver: neo4j.Driver) -> None:
    """Drop every node, relationship and constraint."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    for record in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query("DROP CONSTRAINT `" + record["name"].replace("`", "``") + "`")
