"""`kg build --workers`: Ctrl-C and SIGTERM stop the workers; progress shows a total on a terminal."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[1]
BBC = SHARED / "eval" / "corpora" / "bbc_news" / "bbc"


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def workers_of(pid: int) -> list[int]:
    """The spawned worker processes of `pid` (not multiprocessing's resource tracker)."""
    found = []
    for child in children(pid):
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(child)
        except FileNotFoundError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not BBC.is_dir(),
                    reason="needs Linux /proc and the BBC corpus")
@pytest.mark.parametrize("how, code", [("ctrl-c", 130), ("sigterm", 128 + signal.SIGTERM)])
def test_build_interrupted_stops_its_workers(tmp_path, how, code):
    inputs = tmp_path / "politics"
    shutil.copytree(BBC / "politics", inputs)
    out = tmp_path / "exports"
    process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "build", str(inputs), "-o", str(out),
                                "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    while len(workers := workers_of(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    everyone = children(process.pid)
    assert len(workers) == 2, process.stderr.read() if process.poll() is not None else "no workers"
    time.sleep(3)  # the workers are loading the model or extracting
    if how == "ctrl-c":
        os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    else:
        process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr
    assert b"Traceback" not in stderr
    deadline = time.monotonic() + 10
    while any(alive(p) for p in everyone) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in everyone)
    assert not out.exists()


def test_build_progress_on_a_terminal_shows_total_and_stages(tmp_path):
    env = {**os.environ, "TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "build", "seeds", "-o", str(tmp_path / "out"),
                             "--workers", "1"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    articles = int(result.stdout.split()[0])
    assert f"{articles}/{articles} articles" in result.stderr and "100%" in result.stderr
    for stage in ("resolving entities of", "building the graph of", "writing the exports of"):
        assert re.search(rf"{stage} {articles} articles \(\d+\.\d s so far\)", result.stderr), stage


def test_build_progress_silent_when_quiet(tmp_path):
    env = {**os.environ, "TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "build", "seeds", "-o", str(tmp_path / "out"),
                             "-q"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 0 and result.stderr == "" and result.stdout == ""
