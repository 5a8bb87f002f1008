"""graph.html without a browser: the embedded data (shape, escaping, values) and the writer.

The page itself is exercised in a real Chromium by tests/integration/test_view_browser.py.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest

from extract.errors import NoGraph
from graph import palette
from graph.export import html
from graph.export.html import (
    ARTICLE_COLUMNS,
    EDGE_COLUMNS,
    EVIDENCE_COLUMNS,
    NODE_COLUMNS,
    SPRING_LAYOUT_MAX_NODES,
    script_json,
    seed_positions,
    view_data,
    view_export,
    write_html,
)
from graph.export.json import write_json
from tests.sample_graphs import contract_graph, fuzz_graphs, small_graph

ROOT = Path(__file__).resolve().parents[3]
ASSETS = ROOT / "graph" / "export" / "assets"
DATA_ELEMENT = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


def embedded(page: str) -> dict:
    """The graph data of a written page, parsed as the browser's JSON.parse would."""
    match = DATA_ELEMENT.search(page)
    assert match, "no data element in the page"
    return json.loads(match.group(1))


def records(table: dict) -> list[dict]:
    return [dict(zip(table["columns"], row, strict=True)) for row in table["rows"]]


@pytest.mark.parametrize("text", ["</script>", "</SCRIPT >", "<!--<script>", "a</b", "x & y",
                                  "\u2028line\u2029", "]]>", "<\\/script>"])
def test_script_json_cannot_end_the_element(text):
    encoded = script_json({"label": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded and "\u2029" not in encoded
    assert json.loads(encoded) == {"label": text}


def test_script_json_replaces_lone_surrogates():
    encoded = script_json(["a\ud800b"])
    encoded.encode("utf-8")
    assert json.loads(encoded) == ["a\ufffdb"]


def test_write_html_keeps_a_script_closing_name_inside_the_data(tmp_path):
    g = small_graph()
    g.nodes["russia"]["label"] = "Russia</script><script>alert(1)</script><!--"
    page = write_html(g, tmp_path / "graph.html").read_text(encoding="utf-8")
    # the data element and the script element close once each, nowhere else
    assert page.lower().count("</script") == 2
    data = embedded(page)
    labels = {n["id"]: n["label"] for n in records(data["nodes"])}
    assert labels["russia"] == "Russia</script><script>alert(1)</script><!--"


def test_view_data_has_one_row_per_node_and_edge_in_graph_order():
    g = contract_graph()
    data = view_data(g)
    nodes, edges = records(data["nodes"]), records(data["edges"])
    assert data["nodes"]["columns"] == list(NODE_COLUMNS)
    assert data["edges"]["columns"] == list(EDGE_COLUMNS)
    assert [n["id"] for n in nodes] == list(g.nodes)
    assert [(nodes[e["source"]]["id"], nodes[e["target"]]["id"], e["relation"], e["polarity"])
            for e in edges] == [(u, v, d["relation"], d["polarity"]) for u, v, d in g.edges(data=True)]


def test_view_data_keeps_fact_values_and_evidence():
    g = small_graph()
    data = view_data(g)
    nodes, edges = records(data["nodes"]), records(data["edges"])
    articles = records(data["articles"])
    assert data["articles"]["columns"] == list(ARTICLE_COLUMNS)
    assert [a["id"] for a in articles] == ["a1", "a2"]
    for row, (u, v, d) in zip(edges, g.edges(data=True), strict=True):
        assert (row["category"], row["certainty"], row["confidence"], row["weight"]) == \
            (d["category"], d["certainty"], d["confidence"], d["weight"])
        evidence = [dict(zip(EVIDENCE_COLUMNS, e, strict=True)) for e in row["evidence"]]
        assert [articles[e["article"]]["id"] for e in evidence] == [e["doc"] for e in d["evidence"]]
        assert [e["sentence"] for e in evidence] == [e["sentence"] for e in d["evidence"]]
    kim = next(n for n in nodes if n["id"] == "kim-jong-un")
    assert kim["aliases"] == ["Kim", "Kim Jong-un"] and kim["mentions"] == 3
    assert data["date_range"] == ["2025-06-05", "2025-06-05"]


def test_view_data_colours_and_sizes_follow_the_palette():
    g = small_graph()
    data = view_data(g)
    nodes = records(data["nodes"])
    assert data["palette"]["types"] == {t: palette.node_color(t) for t in ("CONCEPT", "GPE", "PERSON")}
    assert data["palette"]["categories"]["deny"] == palette.SIDE_COLORS["conflict"]
    assert data["palette"]["categories"]["cooperate"] == palette.SIDE_COLORS["cooperation"]
    by_mentions = sorted(nodes, key=lambda n: n["mentions"])
    assert [n["size"] for n in by_mentions] == sorted(n["size"] for n in nodes)
    assert by_mentions[0]["size"] < by_mentions[-1]["size"]


def test_view_data_links_only_web_urls():
    g = small_graph()
    g.graph["articles"] = [dict(g.graph["articles"][0], url="javascript:alert(1)"),
                           dict(g.graph["articles"][1], url="https://example.org/a?b=1&c=<2>")]
    urls = [a["url"] for a in records(view_data(g)["articles"])]
    assert urls == [None, "https://example.org/a?b=1&c=<2>"]


def test_view_data_of_an_evidence_to_an_unknown_article_has_no_article():
    data = view_data(contract_graph())
    evidence = [e for row in records(data["edges"]) for e in row["evidence"]]
    assert any(e[0] is None for e in evidence)  # doc "a9" is not in G.graph["articles"]


@pytest.mark.parametrize("g", fuzz_graphs(seed=13, count=25))
def test_view_data_of_odd_graphs_is_strict_json(g):
    encoded = script_json(view_data(g))
    data = json.loads(encoded, parse_constant=lambda c: pytest.fail(f"{c} in JSON"))
    assert len(data["nodes"]["rows"]) == g.number_of_nodes()
    assert len(data["edges"]["rows"]) == g.number_of_edges()


def test_view_data_turns_non_finite_confidence_into_none():
    g = small_graph()
    for _, _, d in g.edges(data=True):
        d["confidence"] = math.nan
    assert {row[EDGE_COLUMNS.index("confidence")] for row in view_data(g)["edges"]["rows"]} == {0.0}


@pytest.mark.parametrize("n", [40, SPRING_LAYOUT_MAX_NODES, SPRING_LAYOUT_MAX_NODES + 1,
                               SPRING_LAYOUT_MAX_NODES + 300])
def test_seed_positions_are_deterministic_and_spread(n):
    g = nx.MultiDiGraph(nx.gnm_random_graph(n, n * 2, seed=3, directed=True))
    first, again = seed_positions(g), seed_positions(g)
    assert first == again
    assert set(first) == set(g.nodes)
    assert len(set(first.values())) == n  # no two nodes start on the same spot


def test_seed_positions_of_large_graph_start_neighbours_closer_than_strangers():
    g = nx.MultiDiGraph(nx.connected_watts_strogatz_graph(2000, 4, 0.05, seed=1))
    pos = seed_positions(g)

    def dist(a, b):
        return math.dist(pos[a], pos[b])

    linked = sum(dist(u, v) for u, v in g.edges()) / g.number_of_edges()
    nodes = list(g)
    strangers = sum(dist(nodes[i], nodes[(i * 7919) % len(nodes)]) for i in range(len(nodes))) / len(nodes)
    assert linked < strangers / 2


def test_write_html_inlines_everything(tmp_path):
    page = write_html(small_graph(), tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "<!--kg:" not in page
    assert (ASSETS / "view.js").read_text(encoding="utf-8") in page
    assert not re.search(r'\b(src|href)\s*=\s*"(?!#)', page)  # nothing loaded from elsewhere
    assert "<title>kg-builder: 3 entities, 3 relations</title>" in page


def test_write_html_failure_keeps_previous_page(tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    target.write_text("previous", encoding="utf-8")

    def broken(g):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(html, "view_data", broken)
    with pytest.raises(RuntimeError):
        write_html(small_graph(), target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_view_export_writes_beside_graph_json(tmp_path):
    write_json(small_graph(), tmp_path / "graph.json")
    written = view_export(tmp_path)
    assert written == tmp_path / "graph.html"
    assert len(embedded(written.read_text(encoding="utf-8"))["nodes"]["rows"]) == 3
    other = view_export(tmp_path / "graph.json", tmp_path / "sub" / "view.html")
    assert other.is_file()


def test_view_export_without_graph_names_the_folder(tmp_path):
    with pytest.raises(NoGraph, match=re.escape(str(tmp_path))):
        view_export(tmp_path)


def test_view_export_of_a_broken_graph_names_the_file(tmp_path):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="graph.json: not a graph.json written by kg build"):
        view_export(tmp_path)


def test_bundle_licences_cover_every_bundled_package():
    bundle = (ASSETS / "view.js").read_text(encoding="utf-8")
    banner = re.match(r"/\* kg-builder graph view\. Bundled: (.*?)\. Licences", bundle)
    assert banner, "view.js lacks its banner (rebuild with tools/view/build.mjs)"
    bundled = re.findall(r"([\w@/.-]+) (\d[\w.-]*) \((\w[\w.-]*)\)", banner.group(1))
    assert {name for name, _, _ in bundled} >= {"sigma", "graphology", "graphology-layout-forceatlas2"}
    licences = (ASSETS / "THIRD_PARTY_LICENSES.txt").read_text(encoding="utf-8")
    lock = json.loads((ROOT / "tools" / "view" / "package-lock.json").read_text(encoding="utf-8"))
    for name, version, licence in bundled:
        assert f"{name} {version} ({licence})" in licences
        assert lock["packages"][f"node_modules/{name}"]["version"] == version


def test_bundle_cannot_end_its_script_element():
    bundle = (ASSETS / "view.js").read_text(encoding="utf-8")
    assert "</script" not in bundle.lower() and "<!--" not in bundle
