"""load_graph: a built graph is read, anything else is built (the build itself is tested elsewhere)."""

from __future__ import annotations

import pytest

from extract.errors import InputError
from graph.export.json import write_json
from graph.load import built_graph_path, load_graph
from tests.neo4j_samples import news_graph


def test_built_graph_path_finds_export_dir_and_json(tmp_path):
    write_json(news_graph(), tmp_path / "graph.json")
    assert built_graph_path([tmp_path]) == tmp_path / "graph.json"
    assert built_graph_path([tmp_path / "graph.json"]) == tmp_path / "graph.json"
    assert built_graph_path([tmp_path, tmp_path]) is None
    assert built_graph_path([tmp_path / "article.txt"]) is None


def test_load_graph_reads_graph_json(tmp_path):
    write_json(news_graph(), tmp_path / "graph.json")
    G = load_graph([tmp_path])
    assert (G.number_of_nodes(), G.number_of_edges()) == (6, 8)
    assert G.nodes["kim-jong-un"]["aliases"] == ["Kim", "Kim Jong-un"]


def test_load_graph_bad_json_names_file(tmp_path):
    (tmp_path / "graph.json").write_text("[1, 2", encoding="utf-8")
    with pytest.raises(InputError, match="graph.json: not a graph.json"):
        load_graph([tmp_path])


def test_load_graph_wrong_typed_field_names_file_and_field(tmp_path):
    import json

    from graph.export.json import generate_json

    data = json.loads(generate_json(news_graph()))
    data["nodes"][0]["mentions"] = "many"
    (tmp_path / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"graph.json: not a graph.json .*'mentions' must be an integer") as info:
        load_graph([tmp_path])
    assert info.value.path == str(tmp_path / "graph.json")
