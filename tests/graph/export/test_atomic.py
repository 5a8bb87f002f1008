"""Atomic writes: a failed or interrupted export never truncates or replaces the good file."""
from __future__ import annotations

import os
import signal
import stat

import networkx as nx
import pytest

from graph.export.atomic import TEMP_PREFIX, atomic_open, deferred_signals, write_atomic
from graph.export import gexf, graphml


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


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(articles=[{"id": "a", "published": "2024-06-19"}])
    g.add_node("kim", label="Kim", type="PERSON", mentions=1, aliases=["Kim"], docs=["a"])
    g.add_node("russia", label="Russia", type="GPE", mentions=1, aliases=["Russia"], docs=["a"])
    g.add_edge("kim", "russia", key="supports|positive", relation="supports", category="cooperate",
               polarity="positive", certainty="asserted", weight=1, sources=["a"], sentence="Kim supports Russia.",
               first_seen="2024-06-19", last_seen="2024-06-19", evidence=[])
    return g


@pytest.mark.parametrize("module, writer, generator, name", [
    (graphml, "write_graphml", "generate_graphml", "graph.graphml"),
    (gexf, "write_gexf", "_lines", "graph.gexf"),
])
def test_exporter_failing_midway_keeps_previous_export(tmp_path, monkeypatch, module, writer, generator, name):
    target = tmp_path / name
    getattr(module, writer)(small_graph(), target)
    before = target.read_bytes()
    real = getattr(module, generator)

    def dies_halfway(*args, **kwargs):
        lines = real(*args, **kwargs)
        yield next(lines)
        yield next(lines)
        raise Boom("disk full")

    monkeypatch.setattr(module, generator, dies_halfway)
    with pytest.raises(Boom):
        getattr(module, writer)(small_graph(), target)
    assert target.read_bytes() == before and leftovers(tmp_path) == []


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


def test_deferred_signals_delivers_after_the_block(tmp_path):
    steps = []
    with pytest.raises(KeyboardInterrupt):
        with deferred_signals():
            os.kill(os.getpid(), signal.SIGINT)
            steps.append("still running")
        steps.append("after the block")
    assert steps == ["still running"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
