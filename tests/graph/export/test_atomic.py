"""Atomic writes: a failed or interrupted export never truncates or replaces the good file."""
from __future__ import annotations

import os
import stat

import networkx as nx
import pytest

from graph.export.atomic import TEMP_PREFIX, atomic_open, staged_outputs, write_atomic
from graph.export.graphml import write_graphml


class Boom(Exception):
    pass


def leftovers(directory):
    return [p.name for p in directory.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_atomic_open_failure_keeps_previous_file(tmp_path):
    target = tmp_path / "graph.graphml"
    target.write_text("previous good export")
    with pytest.raises(Boom):
        with atomic_open(target) as handle:
            handle.write("half a graph")
            raise Boom
    assert target.read_text() == "previous good export" and leftovers(tmp_path) == []


def test_atomic_open_interrupt_keeps_previous_file(tmp_path):
    target = tmp_path / "graph.gexf"
    target.write_text("old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(target) as handle:
            handle.write("new")
            raise KeyboardInterrupt
    assert target.read_text() == "old" and leftovers(tmp_path) == []


def test_write_atomic_generator_failing_midway_leaves_nothing(tmp_path):
    def chunks():
        yield "<graphml>"
        raise Boom("serialiser failed")

    with pytest.raises(Boom):
        write_atomic(tmp_path / "new.graphml", chunks())
    assert list(tmp_path.iterdir()) == []


def test_write_graphml_unserialisable_graph_keeps_old_export(tmp_path):
    target = tmp_path / "graph.graphml"
    good = nx.MultiDiGraph()
    good.add_node("kim", label="Kim", type="PERSON", mentions=1)
    write_graphml(good, target)
    before = target.read_bytes()
    bad = nx.MultiDiGraph()
    bad.add_node("x", label=object(), type="PERSON", mentions=1)  # GraphML cannot hold an object
    with pytest.raises(Exception):
        write_graphml(bad, target)
    assert target.read_bytes() == before and leftovers(tmp_path) == []
    assert nx.read_graphml(target).nodes["kim"]["label"] == "Kim"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_open_keeps_permissions_of_replaced_file(tmp_path):
    target = tmp_path / "graph.json"
    target.write_text("{}")
    target.chmod(0o640)
    with atomic_open(target) as handle:
        handle.write("[]")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_atomic_open_new_file_is_not_private(tmp_path):
    old = os.umask(0o022)
    try:
        with atomic_open(tmp_path / "new.json") as handle:
            handle.write("{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


def test_staged_outputs_failure_changes_nothing(tmp_path):
    (tmp_path / "graph.graphml").write_text("old graphml")
    (tmp_path / "graph.json").write_text("old json")
    with pytest.raises(Boom):
        with staged_outputs(tmp_path) as stage:
            (stage / "graph.graphml").write_text("new graphml")
            raise Boom("the JSON writer failed")
    assert (tmp_path / "graph.graphml").read_text() == "old graphml"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.graphml", "graph.json"]


def test_staged_outputs_success_replaces_all_and_keeps_others(tmp_path):
    (tmp_path / "graph.json").write_text("old")
    (tmp_path / "notes.txt").write_text("mine")
    with staged_outputs(tmp_path) as stage:
        (stage / "graph.json").write_text("new")
        (stage / "triples.jsonl").write_text("{}\n")
    assert (tmp_path / "graph.json").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json", "notes.txt", "triples.jsonl"]
