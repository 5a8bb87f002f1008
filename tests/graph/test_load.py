"""load_graph: a built graph is read, articles are built by the build path of kg build."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract.pipeline
from extract.errors import InputError
from extract.pipeline import EXTRACTION_FAILED
from graph.aliases import read_aliases
from graph.export.json import read_graph, write_json
from graph.pipeline import ReadOptions, build_exports
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


# -- articles go through the one build path of kg build -----------------------------------------

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"


def nodes_and_edges(G):
    return sorted(G.nodes), sorted((u, v, k) for u, v, k in G.edges(keys=True))


def test_load_graph_of_articles_is_the_graph_kg_build_writes(tmp_path):
    (tmp_path / "aliases.csv").write_text("name,canonical\nPyongyang,North Korea\n", encoding="utf-8")
    kwargs = dict(options=ReadOptions(glob=("good_*", "page.*")), min_confidence=0.3,
                  resolution_options={"literal_capitals": True, **read_aliases(tmp_path / "aliases.csv").options()})
    loaded = load_graph([BROKEN], **kwargs)
    build_exports([BROKEN], tmp_path / "out", **kwargs)
    assert nodes_and_edges(loaded) == nodes_and_edges(read_graph(tmp_path / "out" / "graph.json"))
    plain = load_graph([BROKEN], options=kwargs["options"])
    assert nodes_and_edges(plain) != nodes_and_edges(loaded)  # the options were not ignored
    assert {a["id"] for a in loaded.graph["articles"]} == {"good_article", "page"}


def test_load_graph_reports_bad_inputs_and_a_crashed_extraction(monkeypatch):
    real = extract.pipeline.analyse

    def crashes_on_page(doc, document, *rest):
        if document.id == "page":
            raise RuntimeError("a bug")
        return real(doc, document, *rest)

    monkeypatch.setattr(extract.pipeline, "analyse", crashes_on_page)
    problems = []
    G = load_graph([BROKEN], on_problem=problems.append)
    failed = [p for p in problems if p.kind == EXTRACTION_FAILED]
    assert [Path(p.path).name for p in failed] == ["page.html"] and "a bug" in failed[0].reason
    assert sum(p.skipped for p in problems) == 9 + 1
    assert "page" not in {a["id"] for a in G.graph["articles"]}
