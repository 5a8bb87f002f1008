"""Export generations: every visible name switches from one build to the next in one step."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from extract.errors import ExportError
from graph.export import generations
from graph.export.generations import (GENERATION_PREFIX, MANIFEST, POINTER, clean_leftovers, current,
                                      new_generation, state)

NAMES = ("graph.json", "triples.jsonl")


class Boom(Exception):
    pass


def visible(directory):
    return sorted(p.name for p in directory.iterdir() if not p.name.startswith("."))


def hidden(directory):
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def publish(out, text, names=NAMES):
    with new_generation(out, names) as gen:
        for name in names:
            (gen / name).write_text(f"{text} {name}")
    return current(out)


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_new_generation_switches_every_name_and_removes_the_old_one(tmp_path):
    first = publish(tmp_path, "one")
    second = publish(tmp_path, "two")
    assert first != second and not first.exists()
    assert [(tmp_path / n).read_text() for n in NAMES] == ["two graph.json", "two triples.jsonl"]
    assert all(os.readlink(tmp_path / n) == f"{POINTER}/{n}" for n in NAMES)
    assert hidden(tmp_path) == sorted([POINTER, second.name])
    assert sorted(p.name for p in second.iterdir()) == sorted([*NAMES, MANIFEST])


def test_new_generation_failure_changes_nothing(tmp_path):
    gen = publish(tmp_path, "old")
    with pytest.raises(Boom):
        with new_generation(tmp_path, NAMES) as stage:
            (stage / "graph.json").write_text("new")
            raise Boom("the JSONL writer failed")
    assert (tmp_path / "graph.json").read_text() == "old graph.json"
    assert hidden(tmp_path) == sorted([POINTER, gen.name]) and state(tmp_path, NAMES).complete


def test_new_generation_missing_file_is_an_export_error(tmp_path):
    publish(tmp_path, "old")
    with pytest.raises(ExportError, match="triples.jsonl not written"):
        with new_generation(tmp_path, NAMES) as stage:
            (stage / "graph.json").write_text("new")
    assert (tmp_path / "graph.json").read_text() == "old graph.json"


def test_new_generation_replaces_files_of_a_build_before_generations(tmp_path):
    (tmp_path / "graph.json").write_text("legacy")
    (tmp_path / "notes.txt").write_text("mine")
    publish(tmp_path, "new")
    assert visible(tmp_path) == sorted([*NAMES, "notes.txt"])
    assert (tmp_path / "graph.json").read_text() == "new graph.json"
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_new_generation_refuses_a_folder_in_place_of_a_name_before_writing(tmp_path):
    (tmp_path / "graph.json").mkdir()
    with pytest.raises(ExportError, match="graph.json is a folder"):
        with new_generation(tmp_path, NAMES):
            pytest.fail("the generation should not start")
    assert hidden(tmp_path) == []


def test_state_detects_a_mix_and_a_changed_file(tmp_path):
    publish(tmp_path, "one")
    assert state(tmp_path, NAMES).complete and state(tmp_path, NAMES).generation
    (tmp_path / "triples.jsonl").unlink()
    (tmp_path / "triples.jsonl").write_text("a file of another build")
    assert state(tmp_path, NAMES).problems == ("triples.jsonl is not the link into the current generation",)
    publish(tmp_path, "two")
    (current(tmp_path) / "graph.json").write_text("changed")
    assert state(tmp_path, NAMES).problems == ("graph.json differs from the manifest",)


def test_clean_leftovers_removes_only_what_dead_builds_left(tmp_path):
    gen = publish(tmp_path, "one")
    dead, alive = dead_pid(), os.getppid()
    for name in (f"{GENERATION_PREFIX}{dead}-abc", f"{GENERATION_PREFIX}{alive}-def", ".kg-staging-xyz"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "graph.json").write_text("x" * 1000)
    (tmp_path / f".kg-tmp-{dead}-graph.json.q1").write_text("half")
    (tmp_path / ".kg-graph.json.q2.tmp").write_text("half")
    (tmp_path / ".kg-lock").write_text("")
    removed = clean_leftovers(tmp_path)
    assert sorted(p.path.name for p in removed) == sorted([
        f"{GENERATION_PREFIX}{dead}-abc", ".kg-staging-xyz", f".kg-tmp-{dead}-graph.json.q1",
        ".kg-graph.json.q2.tmp"])
    assert sum(p.size for p in removed) == 2000 + 4 + 4
    assert hidden(tmp_path) == sorted([POINTER, gen.name, f"{GENERATION_PREFIX}{alive}-def", ".kg-lock"])
    assert clean_leftovers(tmp_path) == []


def test_signal_after_the_switch_waits_for_the_old_generation_to_go(tmp_path, monkeypatch):
    first = publish(tmp_path, "one")
    switched = []
    monkeypatch.setenv("KG_FAULT", "old:INT")  # SIGINT between the switch and the removal
    with pytest.raises(KeyboardInterrupt):
        with new_generation(tmp_path, NAMES, on_switched=lambda: switched.append(True)) as gen:
            for name in NAMES:
                (gen / name).write_text(f"two {name}")
    assert switched == [True] and not first.exists()
    assert state(tmp_path, NAMES).complete and (tmp_path / "graph.json").read_text() == "two graph.json"


def test_without_symbolic_links_the_files_are_moved(tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(generations.os, "symlink", no_links)
    publish(tmp_path, "one")
    publish(tmp_path, "two")
    assert (tmp_path / "graph.json").read_text() == "two graph.json"
    assert not (tmp_path / "graph.json").is_symlink() and hidden(tmp_path) == []


def test_new_generation_is_readable_like_any_new_folder(tmp_path):
    """Other users read the exports as they read any folder the user makes (umask), not 0700."""
    mask = os.umask(0o022)
    try:
        with new_generation(tmp_path, ["a.txt"]) as gen:
            (gen / "a.txt").write_text("one")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(os.stat(tmp_path / ".kg-current").st_mode) == 0o755
