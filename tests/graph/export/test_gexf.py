"""GEXF 1.3 exporter: same columns as GraphML, a dated timeline and viz data."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph import palette
from graph.export.flatten import flatten_graph
from graph.export.gexf import generate_gexf, timeline, write_gexf
from tests.graph.export.strategies import assert_reads_back, graphs, labels
from tests.sample_graphs import CONTROL, LONG, bare_graph, contract_graph

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}


def gexf_text(G: nx.MultiDiGraph, default_date: str | None = "2025-07-01") -> str:
    return "".join(generate_gexf(G, default_date))


def read_back(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return nx.read_gexf(io.BytesIO(gexf_text(G).encode("utf-8")))


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return contract_graph()


@pytest.fixture(scope="module")
def root(graph) -> ET.Element:
    return ET.fromstring(gexf_text(graph).encode("utf-8"))


def test_gexf_is_version_1_3_dynamic_directed_with_dates(root):
    assert root.get("version") == "1.3"
    g = root.find("g:graph", NS)
    assert (g.get("mode"), g.get("defaultedgetype"), g.get("timeformat")) == (
        "dynamic", "directed", "date"
    )


def test_gexf_declares_same_types_as_graphml(root):
    types = {
        (a.get("class"), t.get("title")): t.get("type")
        for a in root.iterfind(".//g:attributes", NS) for t in a.iterfind("g:attribute", NS)
    }
    assert types[("node", "mentions")] == "integer"
    assert types[("node", "type")] == "string"
    assert types[("node", "score")] == "double"
    assert types[("node", "flag")] == "boolean"
    assert types[("edge", "category")] == "string"
    # label and weight are GEXF properties, not columns
    assert ("node", "label") not in types and ("edge", "weight") not in types


def test_gexf_node_spells_are_publication_dates_of_its_articles(root):
    spells = {
        n.get("id"): [(s.get("start"), s.get("end")) for s in n.iterfind("g:spells/g:spell", NS)]
        for n in root.iterfind(".//g:node", NS)
    }
    assert spells["kim-jong-un"] == [("2025-06-01", "2025-06-01"), ("2025-06-05", "2025-06-05")]
    # a3 has no date -> default date; ctrl has no article at all -> default date
    assert spells["russia"] == [("2025-06-01", "2025-06-01"), ("2025-07-01", "2025-07-01")]
    assert spells["ctrl"] == [("2025-07-01", "2025-07-01")]


def test_gexf_edge_spells_come_from_evidence(graph):
    dates = timeline(graph, "2025-07-01").edge_dates
    assert dates["kim-jong-un", "russia", "supports|positive"] == ("2025-06-01", "2025-06-05")
    assert dates["kim-jong-un", "russia", "supports|negative"] == ("2025-07-01",)
    assert dates["ctrl", "macron", "meets|positive"] == ("2025-07-01",)


def test_gexf_timeline_reports_undated_articles(graph):
    report = timeline(graph, dt.date(2025, 7, 1)).report
    assert report.default_date == "2025-07-01"
    assert report.undated_articles == ("a3", "a9")
    assert (report.undated_nodes, report.undated_edges) == (2, 2)
    assert report.time_bounds == ("2025-06-01", "2025-07-01")


def test_gexf_default_date_is_latest_publication_date(graph):
    assert timeline(graph).report.default_date == "2025-06-05"


def test_gexf_default_date_is_today_without_any_date():
    G = nx.MultiDiGraph()
    G.add_node("x")
    assert timeline(G).report.default_date == dt.date.today().isoformat()


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", "05/06/2025", 20250605])
def test_gexf_rejects_bad_default_date(graph, bad):
    with pytest.raises(ValueError, match="ISO date"):
        timeline(graph, bad)


def test_gexf_viz_colours_nodes_by_type_and_edges_by_category(root):
    def colour(element):
        c = element.find("viz:color", NS)
        return int(c.get("r")), int(c.get("g")), int(c.get("b"))

    nodes = {n.get("id"): n for n in root.iterfind(".//g:node", NS)}
    assert colour(nodes["kim-jong-un"]) == palette.rgb(palette.TYPE_COLORS["PERSON"])
    assert colour(nodes["russia"]) == palette.rgb(palette.TYPE_COLORS["GPE"])
    sizes = {i: float(n.find("viz:size", NS).get("value")) for i, n in nodes.items()}
    assert sizes["kim-jong-un"] == palette.MAX_SIZE
    assert sizes["ctrl"] < sizes["macron"] < sizes["russia"] < sizes["kim-jong-un"]
    edges = {e.get("label"): e for e in root.iterfind(".//g:edge", NS)}
    assert colour(edges["supports"]) == palette.rgb(palette.SIDE_COLORS["cooperation"])
    assert colour(edges["criticizes"]) == palette.rgb(palette.SIDE_COLORS["conflict"])
    assert colour(edges["reforms"]) == palette.rgb(palette.SIDE_COLORS["neutral"])


def test_gexf_edges_carry_kind_and_unique_ids(root, graph):
    edges = list(root.iterfind(".//g:edge", NS))
    assert len({e.get("id") for e in edges}) == graph.number_of_edges()
    assert {e.get("kind") for e in edges} == {k for *_, k in graph.edges(keys=True)}


def test_gexf_round_trip_keeps_nodes_edges_and_values(graph):
    H = read_back(graph)
    assert H.is_directed() and H.is_multigraph()
    flat = flatten_graph(graph)
    for node in flat.nodes:
        data = H.nodes[node.id]
        assert {k: data[k] for k in node.values} == dict(node.values)
    assert len(H.nodes) == len(flat.nodes)
    read = {k: d for *_, k, d in H.edges(keys=True, data=True)}
    assert len(read) == len(flat.edges)
    for edge in flat.edges:
        assert {k: read[edge.id][k] for k in edge.values} == dict(edge.values)
    dates = timeline(graph, "2025-07-01")
    assert H.nodes["kim-jong-un"]["spells"] == [(d, d) for d in dates.node_dates["kim-jong-un"]]
    assert read["kim-jong-un|sends troops to|positive|russia"]["sentence"] == LONG


def test_gexf_removes_every_xml_forbidden_character(graph):
    text = gexf_text(graph)
    assert not any(c in text for c in CONTROL + "\ufffe\uffff\ud800")
    assert read_back(graph).nodes["ctrl"]["label"] == "badname\ttab\nnew\rcr"


def test_gexf_writer_returns_report_and_matches_generator(graph, tmp_path):
    path = tmp_path / "graph.gexf"
    report = write_gexf(graph, path, default_date="2025-07-01")
    assert report == timeline(graph, "2025-07-01").report
    assert path.read_text(encoding="utf-8") == gexf_text(graph)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]


def test_gexf_output_is_reproducible(graph):
    assert gexf_text(graph, None) == gexf_text(contract_graph(), None)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(labels, min_size=1, max_size=5), st.lists(labels, max_size=5))
def test_gexf_always_parses(names, relations):
    G = bare_graph(names, relations)
    assert_reads_back(G, gexf_text(G), nx.read_gexf)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs)
def test_gexf_any_attributes_get_one_declared_type(G):
    text = gexf_text(G)
    ET.fromstring(text.encode("utf-8"))
    H = nx.read_gexf(io.BytesIO(text.encode("utf-8")))  # every value parses as its type
    assert (H.number_of_nodes(), H.number_of_edges()) == (len(G), G.number_of_edges())


def test_gexf_declares_confidence_as_double_and_reads_back_as_float(root, graph):
    types = {(a.get("class"), t.get("title")): t.get("type")
             for a in root.iterfind(".//g:attributes", NS) for t in a.iterfind("g:attribute", NS)}
    assert types[("edge", "confidence")] == "double"
    H = read_back(graph)
    read = {(u, v, d["relation"], d["polarity"]): d["confidence"] for u, v, d in H.edges(data=True)}
    for u, v, d in graph.edges(data=True):
        assert read[(u, v, d["relation"], d["polarity"])] == d["confidence"]
