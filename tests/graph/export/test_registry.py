"""graph.export.registry: every format of `kg export --format` writes, atomically."""
from __future__ import annotations

import importlib.util
import os

import pytest

from extract.errors import ExportError
from graph.export.registry import WRITERS, Writer, export_graph, writer
from tests.neo4j_samples import news_graph

EXPECTED = {"graphml", "gexf", "json", "csv", "cypher", "neo4j-admin", "html"}


def available(w: Writer) -> bool:
    return importlib.util.find_spec(w.target.partition(":")[0]) is not None


def test_registry_lists_the_issue_formats():
    assert set(WRITERS) == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_writer_writes_non_empty_files(tmp_path, name):
    w = writer(name)
    if not available(w):
        pytest.skip(f"{w.target} is not on this branch yet")
    written = export_graph(news_graph(), name, export_dir=tmp_path)
    assert written and all(p.is_file() and p.stat().st_size > 0 for p in written)
    assert all(p.is_relative_to(tmp_path / w.default) or p == tmp_path / w.default for p in written)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_writer_failure_keeps_previous_export(tmp_path, name, monkeypatch):
    w = writer(name)
    if not available(w):
        pytest.skip(f"{w.target} is not on this branch yet")
    first = export_graph(news_graph(), name, export_dir=tmp_path)
    before = {p: p.read_bytes() for p in first}
    real_replace = os.replace

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    G = news_graph()
    G.add_node("new", label="New", type="ORG", aliases=[], mentions=1, docs=[])
    G.add_edge("new", "russia", key="x|positive", relation="x", category="other", polarity="positive",
               weight=1, confidence=0.9, sources=["a1"], evidence=[])
    with pytest.raises(ExportError, match="no space left"):
        export_graph(G, name, export_dir=tmp_path)
    monkeypatch.setattr(os, "replace", real_replace)
    assert {p: p.read_bytes() for p in first} == before
    current = {link.resolve() for link in tmp_path.rglob(".kg-current")}  # folder formats' generation
    leftovers = [p for p in tmp_path.rglob("*")
                 if p.name.startswith(".kg-") and p.name != ".kg-current" and p.resolve() not in current
                 and not any(parent in current for parent in p.resolve().parents)]
    assert not leftovers


def test_unknown_format_lists_choices():
    with pytest.raises(ExportError, match="choose from graphml, gexf"):
        writer("xlsx")


def test_missing_module_is_a_clear_error(tmp_path):
    ghost = Writer("ghost", "graph.export.no_such_module:write", "g.x", False, "none")
    with pytest.raises(ExportError, match="ghost export is not available"):
        ghost.write(news_graph(), tmp_path / "g.x")
