"""GraphML exporter: typed, flat, XML-safe, and read back by networkx unchanged."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.export.flatten import flatten_graph
from graph.export.graphml import generate_graphml, write_graphml
from tests.graph.export.strategies import assert_reads_back, graphs, labels
from tests.sample_graphs import CONTROL, LONG, bare_graph, contract_graph

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def graphml_text(G: nx.MultiDiGraph) -> str:
    return "".join(generate_graphml(G))


def read_back(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(graphml_text(G).encode("utf-8")), force_multigraph=True)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return contract_graph()


@pytest.fixture(scope="module")
def keys(graph) -> dict[tuple[str, str], str]:
    root = ET.fromstring(graphml_text(graph).encode("utf-8"))
    return {
        (k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iterfind("g:key", NS)
    }


def test_graphml_declares_contract_types(keys):
    assert keys[("node", "label")] == "string"
    assert keys[("node", "mentions")] == "int"
    assert keys[("edge", "label")] == "string"
    assert keys[("edge", "weight")] == "double"
    for name in ("relation", "category", "polarity", "certainty", "sources", "sentence",
                 "first_seen", "last_seen"):
        assert keys[("edge", name)] == "string"


def test_graphml_infers_one_type_for_extra_attributes(keys):
    assert keys[("node", "score")] == "double"  # 0.5 on one node, 2 on another
    assert keys[("node", "flag")] == "boolean"
    assert keys[("node", "kg_size")] == "int"  # `size` is reserved by Gephi
    assert keys[("edge", "note")] == "string"


def test_graphml_drops_dicts_and_evidence(keys):
    names = {name for _, name in keys}
    assert "meta" not in names and "evidence" not in names


def test_graphml_is_directed_with_one_value_per_key_everywhere(graph):
    root = ET.fromstring(graphml_text(graph).encode("utf-8"))
    assert root.find("g:graph", NS).get("edgedefault") == "directed"
    node_keys = {k.get("id") for k in root.iterfind("g:key[@for='node']", NS)}
    edge_keys = {k.get("id") for k in root.iterfind("g:key[@for='edge']", NS)}
    for node in root.iterfind(".//g:node", NS):
        assert {d.get("key") for d in node} == node_keys
    for edge in root.iterfind(".//g:edge", NS):
        assert {d.get("key") for d in edge} == edge_keys
        assert edge.get("label")  # Gephi's edge type: keeps parallel edges apart


def test_graphml_round_trip_keeps_nodes_edges_and_values(graph):
    H = read_back(graph)
    assert H.is_directed() and H.is_multigraph()
    flat = flatten_graph(graph)
    assert {n: dict(d) for n, d in H.nodes(data=True)} == {n.id: dict(n.values) for n in flat.nodes}
    read = sorted((u, v, k, sorted(d.items())) for u, v, k, d in H.edges(keys=True, data=True))
    written = sorted((e.source, e.target, e.id, sorted(e.values.items())) for e in flat.edges)
    assert read == written


def test_graphml_round_trip_flattens_as_documented(graph):
    H = read_back(graph)
    kim = H.nodes["kim-jong-un"]
    assert kim["label"] == 'Kim "Jong" Un & <co>'
    assert kim["aliases"] == "Kim|Kim Jong-un|김정은"
    assert kim["docs"] == "a1|a2" and kim["mentions"] == 7 and kim["flag"] is True
    russia = H.nodes["russia"]
    assert (russia["label"], russia["aliases"], russia["last_seen"]) == ("Россия", "", "")
    assert (russia["score"], russia["flag"]) == (2.0, False)
    assert H.nodes["ctrl"]["label"] == "badname\ttab\nnew\rcr"
    assert H.nodes["ctrl"]["aliases"] == "a|b|x"
    assert H.nodes["macron"]["aliases"] == ""
    edges = {(u, v, d["relation"], d["polarity"]): d for u, v, d in H.edges(data=True)}
    supports = edges["kim-jong-un", "russia", "supports", "positive"]
    assert supports["label"] == "supports" and supports["weight"] == 2.0
    assert supports["sources"] == "a1|a2" and supports["category"] == "cooperate"
    assert edges["kim-jong-un", "russia", "sends troops to", "positive"]["sentence"] == LONG
    assert edges["macron", "kim-jong-un", "criticizes", "positive"]["sentence"] == (
        "Macron criticizes Kim."
    )
    assert edges["kim-jong-un", "russia", "supports", "negative"]["note"] == ""
    assert len(edges) == graph.number_of_edges()


def test_graphml_removes_every_xml_forbidden_character(graph):
    text = graphml_text(graph)
    assert not any(c in text for c in CONTROL + "\ufffe\uffff\ud800")
    text.encode("utf-8")  # no lone surrogate left


def test_graphml_writer_is_atomic_and_matches_generator(graph, tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_text("old")
    write_graphml(graph, path)
    assert path.read_text(encoding="utf-8") == graphml_text(graph)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]


def test_graphml_writer_keeps_old_file_when_generation_fails(tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_text("old")
    with pytest.raises(TypeError, match="MultiDiGraph"):
        write_graphml(nx.Graph(), path)
    assert path.read_text() == "old" and len(list(tmp_path.iterdir())) == 1


def test_graphml_keeps_ids_distinct_once_cleaned():
    G = nx.MultiDiGraph()
    G.add_edge("a", "a\x00", key="k")
    G.add_node("\x01")
    H = read_back(G)
    assert sorted(H) == ["_", "a", "a#1"]
    assert list(H.edges) == [("a", "a#1", "a|k|a#1")]


def test_graphml_writes_empty_graph():
    assert read_back(nx.MultiDiGraph()).number_of_nodes() == 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(labels, min_size=1, max_size=5), st.lists(labels, max_size=5))
def test_graphml_always_parses(names, relations):
    G = bare_graph(names, relations)
    assert_reads_back(G, graphml_text(G), nx.read_graphml)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs)
def test_graphml_any_attributes_get_one_declared_type(G):
    text = graphml_text(G)
    root = ET.fromstring(text.encode("utf-8"))
    keys = [(k.get("for"), k.get("attr.name")) for k in root.iterfind("g:key", NS)]
    assert len(keys) == len(set(keys))
    H = nx.read_graphml(io.BytesIO(text.encode("utf-8")))  # every value parses as its type
    assert (H.number_of_nodes(), H.number_of_edges()) == (len(G), G.number_of_edges())


def test_graphml_refuses_contract_column_of_wrong_type():
    G = nx.MultiDiGraph()
    G.add_node("kim", label="Kim", mentions=0.5)
    with pytest.raises(ValueError, match="'mentions' = 0.5 is not a int"):
        graphml_text(G)


def test_graphml_declares_confidence_as_double_and_reads_back_as_float(keys, graph):
    assert keys[("edge", "confidence")] == "double"
    H = read_back(graph)
    read = {(u, v, d["relation"], d["polarity"]): d["confidence"] for u, v, d in H.edges(data=True)}
    for u, v, d in graph.edges(data=True):
        assert read[(u, v, d["relation"], d["polarity"])] == d["confidence"]


def test_graphml_edge_without_confidence_gets_zero():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="meets|positive", relation="meets")
    assert [d["confidence"] for *_, d in read_back(G).edges(data=True)] == [0.0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graphs)
def test_one_flattening_shared_by_graphml_and_gexf_gives_the_same_files(tmp_path_factory, G):
    """`kg build` flattens the graph once and hands it to both XML writers: each file is the
    one the writer makes flattening the graph itself."""
    from graph.export.gexf import write_gexf

    d = tmp_path_factory.mktemp("flat")
    flat = flatten_graph(G)
    write_graphml(G, d / "own.graphml")
    write_graphml(G, d / "shared.graphml", flat)
    write_gexf(G, d / "own.gexf", default_date="2024-01-01")
    write_gexf(G, d / "shared.gexf", default_date="2024-01-01", flat=flat)
    assert (d / "shared.graphml").read_bytes() == (d / "own.graphml").read_bytes()
    assert (d / "shared.gexf").read_bytes() == (d / "own.gexf").read_bytes()
