"""graph.json: node-link JSON that keeps rich values, read back by read_graph."""
from __future__ import annotations

from graph.export.json import read_graph, write_json
from tests.neo4j_samples import news_graph


def test_json_round_trip_keeps_edge_and_evidence_confidence(tmp_path):
    G = news_graph()
    write_json(G, tmp_path / "graph.json")
    H = read_graph(tmp_path)
    for u, v, k, d in G.edges(keys=True, data=True):
        read = H.edges[u, v, k]
        assert read["confidence"] == d["confidence"]
        assert [e["confidence"] for e in read["evidence"]] == [e["confidence"] for e in d["evidence"]]
