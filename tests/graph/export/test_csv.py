"""graph.export.csv: nodes.csv and edges.csv read back with the csv module and pandas."""
from __future__ import annotations

import csv

import pytest

from graph.export.csv import FILES, write_csv
from tests.neo4j_samples import news_graph
from tests.sample_graphs import contract_graph


def read(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("make", [news_graph, contract_graph])
def test_write_csv_counts_match_graph(tmp_path, make):
    G = make()
    paths = write_csv(G, tmp_path / "csv")
    assert [p.name for p in paths] == list(FILES)
    nodes, edges = read(paths[0]), read(paths[1])
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert {r["id"] for r in nodes} == {str(n) for n in G.nodes}


def test_write_csv_values(tmp_path):
    nodes, edges = (read(p) for p in write_csv(news_graph(), tmp_path))
    kim = next(r for r in nodes if r["id"] == "kim-jong-un")
    assert kim["label"] == "Kim Jong-un" and kim["type"] == "PERSON" and kim["aliases"] == "Kim|Kim Jong-un"
    supports = next(r for r in edges if (r["source"], r["target"], r["polarity"]) == ("kim-jong-un", "russia", "positive"))
    assert supports["relation"] == "supports" and float(supports["weight"]) == 2 and supports["sources"] == "a1|a2"


def test_write_csv_with_pandas(tmp_path):
    pd = pytest.importorskip("pandas")
    G = contract_graph()
    nodes_path, edges_path = write_csv(G, tmp_path)
    nodes, edges = pd.read_csv(nodes_path), pd.read_csv(edges_path)
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert {"source", "target", "relation", "weight", "confidence"} <= set(edges.columns)


def test_write_csv_failure_keeps_previous_files(tmp_path, monkeypatch):
    write_csv(news_graph(), tmp_path)
    before = [(tmp_path / name).read_bytes() for name in FILES]
    import graph.export.csv as module

    monkeypatch.setattr(module, "generate_csv", lambda G: ("new nodes", None))  # the second write fails
    with pytest.raises(TypeError):
        write_csv(news_graph(), tmp_path)
    assert [(tmp_path / name).read_bytes() for name in FILES] == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == sorted(FILES)
