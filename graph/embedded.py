"""The project's embedded Neo4j 5.26 (tools/neo4j/run.sh): start it, wait until Bolt answers, stop it.

One implementation for the tests, the benchmarks and `kg query`. A `Neo4jServer` with no data
directory lives in a temporary folder removed on stop (tests); with one, the store is kept.
`kg query` keeps a server per export folder in `EXPORT_DIR/.neo4j/` (see :mod:`graph.query`): its
pid and port are in `server.json`, so a later query (or `kg query --stop`) finds it again.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from extract.errors import LauncherFailed, LauncherUnavailable

ROOT = Path(__file__).resolve().parent.parent
RUN_SH = ROOT / "tools" / "neo4j" / "run.sh"
#: the launcher's Java class: how a pid is recognised as our server
LAUNCHER_CLASS = "kgbuilder.neo4j.Launcher"
#: seconds to wait for Bolt after the JVM started (the Maven build is not counted)
START_TIMEOUT = 180.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing_tools() -> list[str]:
    """Tools the launcher needs that are not on PATH (Maven only matters before the first build)."""
    if not RUN_SH.exists():
        return [str(RUN_SH)]
    needed = ["java"] + ([] if (RUN_SH.parent / "target" / ".built").exists() else ["mvn"])
    return [tool for tool in needed if shutil.which(tool) is None]


def bolt_answers(uri: str, auth: tuple[str, str] | None = None) -> bool:
    """True when a Bolt server answers at ``uri`` (and accepts ``auth``)."""
    from graph.export.neo4j import PushError, open_driver

    user, password = auth if auth else (None, None)
    try:
        with open_driver(uri, user, password):
            return True
    except PushError:
        return False


class Neo4jServer:
    """One launcher process. Use as a context manager: ``with Neo4jServer() as server: ...``.

    ``data_dir`` None: a temporary store, deleted on stop. ``detach``: the JVM gets its own
    session, so it outlives the process that started it (``kg query --keep-running``).
    """

    def __init__(self, port: int | None = None, password: str | None = None,
                 timeout: float = START_TIMEOUT, pagecache: str | None = None,
                 data_dir: str | Path | None = None, detach: bool = False):
        self.port = port or free_port()
        self.password = password
        self.pagecache = pagecache
        self.timeout = timeout
        self.detach = detach
        self.uri = f"bolt://127.0.0.1:{self.port}"
        self.auth = ("neo4j", password) if password else None
        self._tmp = None if data_dir is not None else tempfile.TemporaryDirectory(prefix="kg-neo4j-")
        self.home = Path(data_dir) if data_dir is not None else Path(self._tmp.name)
        self.data = self.home / "data"
        self.log_path = self.home / "launcher.log"
        self.process: subprocess.Popen | None = None
        self.startup_seconds: float | None = None

    def log(self) -> str:
        """Launcher output so far plus the tail of Neo4j's debug.log."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        debug = self.data / "logs" / "debug.log"
        if debug.exists():
            text += "\n--- debug.log (tail) ---\n" + "\n".join(debug.read_text(errors="replace").splitlines()[-40:])
        return text

    def start(self) -> "Neo4jServer":
        """Build if needed, start, and wait until Bolt answers; raise LauncherFailed with the log."""
        missing = missing_tools()
        if missing:
            raise LauncherUnavailable(f"the Neo4j launcher needs {', '.join(missing)} (Java 17+; "
                                      "Maven before its first build); or set NEO4J_URI to a server")
        build = subprocess.run([str(RUN_SH), "--build-only"], capture_output=True, text=True, timeout=1800)
        if build.returncode != 0:
            raise LauncherFailed(f"building the Neo4j launcher failed:\n{build.stdout}{build.stderr}")
        self.home.mkdir(parents=True, exist_ok=True)
        args = [str(RUN_SH), "--port", str(self.port), "--data", str(self.data)]
        if self.password:
            args += ["--password", self.password]
        if self.pagecache:
            args += ["--pagecache", self.pagecache]
        started = time.monotonic()
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=self.detach)
        deadline = started + self.timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise LauncherFailed(f"Neo4j launcher exited with {self.process.returncode}:\n{self.log()}")
            if "NEO4J READY" in self.log_path.read_text(errors="replace") and bolt_answers(self.uri, self.auth):
                self.startup_seconds = time.monotonic() - started
                return self
            time.sleep(0.25)
        self.stop()
        raise LauncherFailed(f"Neo4j did not answer on {self.uri} within {self.timeout:.0f} s:\n{self.log()}")

    def stop(self) -> None:
        """SIGTERM (Neo4j shuts down cleanly), then SIGKILL after 60 s; a temporary store is removed."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> "Neo4jServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# -- a server kept running for an export folder ------------------------------------------------

@dataclass(frozen=True)
class RunningServer:
    """A launcher started for an export folder, as recorded in its ``server.json``."""

    pid: int
    port: int
    data: str

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"


def _is_launcher(pid: int, data: str) -> bool:
    """True when ``pid`` is alive and is our launcher serving ``data`` (not a reused pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        try:
            os.kill(pid, 0)  # no /proc (macOS): trust the pid if it is alive
        except (ProcessLookupError, PermissionError):
            return False
        return True
    args = [a.decode(errors="replace") for a in cmdline]
    return LAUNCHER_CLASS in args and data in args


def read_state(path: Path) -> RunningServer | None:
    """The server recorded in ``path`` when it is still running, else None (and the file is removed)."""
    try:
        state = RunningServer(**json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        path.unlink(missing_ok=True)
        return None
    if not _is_launcher(state.pid, state.data):
        path.unlink(missing_ok=True)
        return None
    return state


def write_state(path: Path, server: Neo4jServer) -> RunningServer:
    state = RunningServer(pid=server.process.pid, port=server.port, data=str(server.data))
    path.write_text(json.dumps(state.__dict__), encoding="utf-8")
    return state


def terminate(pid: int, timeout: float = 60.0) -> None:
    """SIGTERM a launcher that is not our child and wait until it is gone (SIGKILL after ``timeout``)."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        if _zombie(pid):
            return
        time.sleep(0.2)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except (OSError, IndexError):
        return False
