"""The sample graph (`kg build seeds`) survives GraphML and GEXF round trips through networkx."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.export.flatten import flatten_graph
from graph.export.gexf import write_gexf
from graph.export.graphml import write_graphml
from tests.sample_graphs import sample_graph


@pytest.fixture(scope="module")
def flat():
    return flatten_graph(sample_graph())


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_sample_round_trip_keeps_nodes_edges_and_values(flat, tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    if fmt == "graphml":
        write_graphml(sample_graph(), path)
        H = nx.read_graphml(path, force_multigraph=True)
    else:
        write_gexf(sample_graph(), path)
        H = nx.read_gexf(path)
    assert H.number_of_nodes() == len(flat.nodes) > 50
    assert H.number_of_edges() == len(flat.edges) > 50
    for node in flat.nodes:
        assert {k: H.nodes[node.id][k] for k in node.values} == dict(node.values)
    read = {k: d for *_, k, d in H.edges(keys=True, data=True)}
    for edge in flat.edges:
        assert {k: read[edge.id][k] for k in edge.values} == dict(edge.values)


def test_sample_nodes_keep_contract_values(flat):
    G = sample_graph()
    for node in flat.nodes:
        data = G.nodes[node.node]
        assert node.values["label"] == data["label"]
        assert node.values["mentions"] == data["mentions"]
        assert node.values["aliases"] == "|".join(data["aliases"])
