"""Fault injection: a real `kg build` process stopped at every stage by SIGTERM, SIGINT or SIGKILL,
or out of disk space. After each, the export folder shows the complete previous generation or the
complete new one, never a mix; the next build removes every leftover and reports it.

The stops come from the test-only hook of graph/faults.py (KG_FAULT=<point>:<action>).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.lock import LOCK_NAME

from graph.export.generations import GENERATION_PREFIX, POINTER, current, state
from graph.pipeline import OUTPUTS, build_exports
from tests.conftest import ROOT

PREVIOUS_INPUT = ROOT / "tests" / "data" / "broken" / "good_article.txt"
NEW_INPUTS = [ROOT / "seeds" / "000_b7e2282bce3d566d.txt", ROOT / "seeds" / "001_c9b6a6ea8f5819be.txt"]
#: fault points before the new generation replaces the previous one, and after
BEFORE_SWITCH = ["read", "extract", "resolve", "build", "export", "export-write", "export-written", "switch"]
AFTER_SWITCH = ["old", "done"]
EXIT = {"TERM": 128 + signal.SIGTERM, "INT": 128 + signal.SIGINT, "KILL": -signal.SIGKILL}


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """An export folder holding one complete generation, and its id."""
    out = tmp_path_factory.mktemp("previous") / "exports"
    build_exports([PREVIOUS_INPUT], out)
    return out, state(out, OUTPUTS).generation


@pytest.fixture
def folder(previous, tmp_path):
    """A copy of the previous export folder for one test to break."""
    out = tmp_path / "exports"
    shutil.copytree(previous[0], out, symlinks=True)
    return out


def kg_build(out: Path, fault: str | None = None, **popen) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "300"}
    env.pop("KG_FAULT", None)
    if fault:
        env["KG_FAULT"] = fault
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "build", *map(str, NEW_INPUTS), "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, **popen)


def run(out: Path, fault: str) -> tuple[int, str]:
    process = kg_build(out, fault)
    _, stderr = process.communicate(timeout=300)
    return process.returncode, stderr


def hidden(out: Path) -> list[str]:
    """The hidden entries of an export folder but the build lock (graph.lock), held while a build runs."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name != LOCK_NAME)


def assert_next_build_cleans(out: Path, expect_leftovers: bool) -> None:
    report = build_exports(NEW_INPUTS, out)
    assert bool(report.leftovers) == expect_leftovers, report.leftovers
    assert all(p.path.name.startswith(GENERATION_PREFIX) for p in report.leftovers)
    assert state(out, OUTPUTS).complete
    assert hidden(out) == sorted([POINTER, current(out).name])


#: SIGKILL at every point; SIGTERM and SIGINT (which the build handles) at points of each stage
CASES = ([(point, "KILL") for point in BEFORE_SWITCH + AFTER_SWITCH]
         + [("extract", "TERM"), ("export-write", "TERM"), ("old", "TERM"),
            ("read", "INT"), ("export", "INT"), ("switch", "INT"), ("done", "INT")])


@pytest.mark.parametrize("point, action", CASES)
def test_signal_at_each_stage_leaves_one_whole_generation(folder, previous, point, action):
    code, stderr = run(folder, f"{point}:{action}")
    assert code == EXIT[action], stderr
    assert "Traceback" not in stderr
    shown = state(folder, OUTPUTS)
    assert shown.complete, shown.problems
    switched = point in AFTER_SWITCH
    assert (shown.generation != previous[1]) == switched
    if action != "KILL":
        word = "terminated" if action == "TERM" else "interrupted"
        held = "were already complete" if switched else "are unchanged"
        assert f"error: {word}; " in stderr and held in stderr, stderr
        assert len(hidden(folder)) == 2  # the pointer and the generation it names: nothing left
    # only SIGKILL leaves something: a generation being written, or the previous one after the switch
    left_behind = action == "KILL" and point in ("export-write", "export-written", "switch", "old")
    assert_next_build_cleans(folder, expect_leftovers=left_behind)


def test_signal_from_outside_while_writing(folder, previous):
    process = kg_build(folder, "export-write:pause")
    for line in process.stderr:
        if line.startswith("kg-fault: paused at export-write"):
            break
    assert (folder / POINTER).is_symlink() and len(hidden(folder)) == 3  # the new generation, half written
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=60)
    assert process.returncode == 143 and "are unchanged" in rest, rest
    assert state(folder, OUTPUTS).generation == previous[1] and len(hidden(folder)) == 2


def test_disk_full_by_hook_keeps_previous_generation(folder, previous):
    code, stderr = run(folder, "export-write:ENOSPC")
    assert code == 1 and "no space left on device (previous exports left unchanged)" in stderr, stderr
    assert state(folder, OUTPUTS).generation == previous[1] and len(hidden(folder)) == 2


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs (needs root; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_real_disk_full_keeps_previous_generation(tiny_disk, previous):
    out = tiny_disk / "exports"
    shutil.copytree(previous[0], out, symlinks=True)
    free = shutil.disk_usage(tiny_disk).free
    filler = tiny_disk / "filler"
    filler.write_bytes(b"\0" * (free - 40_000))  # room for a few KB, not for a generation
    code, stderr = run(out, "")
    assert code == 1 and "no space left on device" in stderr, stderr
    assert state(out, OUTPUTS).generation == previous[1] and len(hidden(out)) == 2
    filler.unlink()
    assert_next_build_cleans(out, expect_leftovers=False)


def test_killed_converting_a_folder_of_an_older_version_is_completed_by_the_next_build(tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    for name in OUTPUTS:  # what kg-builder wrote before generations: plain files
        (out / name).write_text(f"old {name}")
    code, _ = run(out, "rename:KILL")
    assert code == -signal.SIGKILL
    assert not state(out, OUTPUTS).complete  # the one window generations cannot close (documented)
    assert_next_build_cleans(out, expect_leftovers=False)
    assert all((out / name).is_symlink() for name in OUTPUTS)


def test_stale_generation_of_a_live_build_is_kept(folder):
    """Another build still writing (its process alive) keeps its folder: only the dead are cleaned."""
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        theirs = folder / f"{GENERATION_PREFIX}{sleeper.pid}-busy"
        theirs.mkdir()
        report = build_exports(NEW_INPUTS, folder)
        assert report.leftovers == [] and theirs.is_dir()
    finally:
        sleeper.kill()
        sleeper.wait()
    time.sleep(0.1)
    assert [p.path for p in build_exports(NEW_INPUTS, folder).leftovers] == [theirs]
