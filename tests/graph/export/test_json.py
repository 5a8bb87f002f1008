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


import json  # noqa: E402

import pytest  # noqa: E402

from extract.errors import InvalidGraph  # noqa: E402
from graph.export.json import check_graph_data, generate_json  # noqa: E402


def _data():
    return json.loads(generate_json(news_graph()))


def _set_node(field, value):
    def change(data):
        data["nodes"][0][field] = value
    return change


def _set_edge(field, value):
    def change(data):
        data["edges"][0][field] = value
    return change


def _set_evidence(field, value):
    def change(data):
        data["edges"][0]["evidence"][0][field] = value
    return change


def _set_article(field, value):
    def change(data):
        data["graph"]["articles"][0][field] = value
    return change


@pytest.mark.parametrize(("change", "message"), [
    (_set_node("mentions", "many"), "'mentions' must be an integer, found str 'many'"),
    (_set_node("mentions", 2.5), "'mentions' must be an integer"),
    (_set_node("mentions", True), "'mentions' must be an integer"),
    (_set_node("aliases", "Kim"), "'aliases' must be a list of strings"),
    (_set_node("aliases", ["Kim", 3]), "'aliases' must be a list of strings"),
    (_set_node("docs", [None]), "'docs' must be a list of strings"),
    (_set_node("label", ["x"]), "'label' must be a string"),
    (_set_node("id", 7), "a node's 'id' must be a string"),
    (_set_edge("confidence", "high"), "'confidence' must be a number"),
    (_set_edge("weight", "2"), "'weight' must be an integer"),
    (_set_edge("sources", "a1"), "'sources' must be a list of strings"),
    (_set_edge("evidence", ["x"]), "'evidence' must be a list of objects"),
    (_set_edge("target", "nobody"), "must be ids of nodes in the file"),
    (_set_evidence("attributed_to", "State"), "evidence: 'attributed_to' must be a list of strings"),
    (_set_article("id", None), "an article's 'id' must be a string"),
    (_set_article("published", 20240619), "'published' must be a string"),
    (lambda data: data.update(nodes={}), "'nodes' must be a list of objects"),
    (lambda data: data.update(graph=[]), "'graph' must be an object"),
])
def test_check_graph_data_names_wrong_field(change, message):
    data = _data()
    change(data)
    with pytest.raises(InvalidGraph, match=message.replace("(", r"\(")):
        check_graph_data(data)


@pytest.mark.parametrize("data", [[], "graph", None])
def test_check_graph_data_rejects_non_objects(data):
    with pytest.raises(InvalidGraph, match="expected a JSON object"):
        check_graph_data(data)


def test_check_graph_data_accepts_written_graph_and_missing_fields():
    check_graph_data(_data())
    data = _data()
    del data["nodes"][0]["mentions"]
    data["edges"][0]["confidence"] = None
    check_graph_data(data)


def test_read_graph_rejects_wrong_typed_field(tmp_path):
    data = _data()
    data["nodes"][1]["mentions"] = "lots"
    (tmp_path / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidGraph, match="'mentions' must be an integer") as info:
        read_graph(tmp_path)
    assert isinstance(info.value, ValueError)  # callers that catch ValueError still report it
