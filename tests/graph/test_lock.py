"""One build at a time per output folder: real processes holding, waiting on and dying with
the lock (graph.lock)."""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.errors import BuildLocked, ExportError
from graph.lock import LOCK_NAME, build_lock, holder

ROOT = Path(__file__).resolve().parents[2]
#: a process that takes the lock of argv[1], says so, and holds it until its stdin closes
HOLD = ("import sys; from graph.lock import build_lock\n"
        "with build_lock(sys.argv[1]):\n"
        "    print('locked', flush=True); sys.stdin.read()\n")


def _holder(out: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout.readline().strip() == "locked"
    return process


def _release(process: subprocess.Popen) -> None:
    process.stdin.close()
    assert process.wait(timeout=30) == 0


def test_lock_refuses_after_timeout_naming_folder_and_holder(tmp_path):
    process = _holder(tmp_path)
    try:
        started = time.monotonic()
        with pytest.raises(BuildLocked, match=rf"another build is running in {tmp_path} \(pid {process.pid}\)"):
            with build_lock(tmp_path, timeout=0.5):
                pass
        assert 0.4 <= time.monotonic() - started < 10
    finally:
        _release(process)


def test_lock_waits_tells_once_and_runs_after_the_holder(tmp_path):
    process = _holder(tmp_path)
    told = []
    subprocess.Popen(["sh", "-c", f"sleep 1; kill -TERM {process.pid}"])  # the holder ends in 1 s
    started = time.monotonic()
    with build_lock(tmp_path, timeout=30, on_wait=told.append):
        waited = time.monotonic() - started
        assert holder(tmp_path / LOCK_NAME) == os.getpid()
    process.wait(timeout=30)
    assert told == [f"waiting for the build running in {tmp_path} (pid {process.pid})"]
    assert waited >= 0.5


def test_lock_of_a_killed_build_never_blocks(tmp_path):
    process = _holder(tmp_path)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert holder(tmp_path / LOCK_NAME) == process.pid  # the file outlives its process
    with build_lock(tmp_path, timeout=0):
        assert holder(tmp_path / LOCK_NAME) == os.getpid()


def test_lock_leaves_no_file_and_no_new_folder_behind(tmp_path):
    with build_lock(tmp_path / "out"):
        assert (tmp_path / "out" / LOCK_NAME).exists()
    assert not (tmp_path / "out").exists()
    (tmp_path / "kept").mkdir()
    with build_lock(tmp_path / "kept"):
        pass
    assert list((tmp_path / "kept").iterdir()) == []


def test_lock_unwritable_folder_is_an_export_error(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ExportError, match="cannot write the exports to .*file"):
        with build_lock(tmp_path / "file" / "out"):
            pass


def _kg(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"})


def test_lock_concurrent_into_builds_lose_nothing(tmp_path):
    """Two `kg build --into X` at once (while a third process holds X): both wait, both exit
    0, and X ends with the articles of the seed build and of both runs."""
    pytest.importorskip("spacy")
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if len(seeds) < 3:
        pytest.skip("needs three seed articles")
    for name, chosen in (("s", seeds[:1]), ("one", seeds[1:2]), ("two", seeds[2:3])):
        (tmp_path / name).mkdir()
        for path in chosen:
            (tmp_path / name / f"{name}-{path.name}").write_bytes(path.read_bytes())
    seed = _kg("build", "s", "-o", "X", "-q", cwd=tmp_path)
    assert seed.wait(timeout=300) == 0, seed.stderr.read()
    process = _holder(tmp_path / "X")
    runs = [_kg("build", name, "--into", "X", cwd=tmp_path) for name in ("one", "two")]
    try:
        told = [_read_until(run, f"waiting for the build running in X (pid {process.pid})")
                for run in runs]  # both runs are blocked on the lock now
    finally:
        _release(process)
    results = [(run.wait(timeout=600), told + run.stderr.read()) for run, told in zip(runs, told)]
    assert [code for code, _ in results] == [0, 0], results
    articles = (tmp_path / "X" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(articles) == 3


def _read_until(run: subprocess.Popen, text: str, timeout: float = 300) -> str:
    """The stderr of `run` up to the first line holding `text` (fails after `timeout`)."""
    seen, deadline = "", time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([run.stderr], [], [], 1)
        if ready:
            line = run.stderr.readline()
            seen += line
            if text in line:
                return seen
            if not line:
                break
    pytest.fail(f"no {text!r} on stderr: {seen!r}")


def test_lock_cli_gives_up_after_lock_timeout_with_exit_one(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    (tmp_path / "X").mkdir()
    (tmp_path / "X" / "graph.json").write_text("previous")
    process = _holder(tmp_path / "X")
    try:
        result = CliRunner().invoke(app, ["build", str(ROOT / "seeds"), "--into", str(tmp_path / "X"),
                                          "--lock-timeout", "0.3"])
    finally:
        _release(process)
    assert result.exit_code == 1
    assert f"waiting for the build running in {tmp_path / 'X'} (pid {process.pid})" in result.output
    assert "another build is running in" in result.output and "nothing was written" in result.output
    assert (tmp_path / "X" / "graph.json").read_text() == "previous"
