"""`kg build` and `kg export` with filters and every export format, through typer's runner."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from cli import app
from graph.export.json import read_graph, write_json
from graph.export.registry import WRITERS
from tests.neo4j_samples import news_graph

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seeds built twice: plain and without North Korea (by an alias), concepts and one-offs."""
    root = tmp_path_factory.mktemp("filters")
    names = root / "names.txt"
    names.write_text("# never nodes\ndprk\n", encoding="utf-8")
    plain = runner.invoke(app, ["build", str(SEEDS), "-o", str(root / "plain"), "-q"])
    filtered = runner.invoke(app, ["build", str(SEEDS), "-o", str(root / "filtered"), "-q",
                                   "--exclude", f"@{names}", "--no-concepts", "--min-weight", "2"])
    assert plain.exit_code == 0 and filtered.exit_code == 0, plain.stderr + filtered.stderr
    return read_graph(root / "plain"), read_graph(root / "filtered"), root


def test_build_filters_leave_out_names_concepts_and_weak_facts(built):
    plain, filtered, _ = built
    assert "north-korea" in plain and "north-korea" not in filtered
    assert not any(d["type"] == "CONCEPT" for _, d in filtered.nodes(data=True))
    assert filtered.number_of_edges() and all(d["weight"] >= 2 for *_, d in filtered.edges(data=True))
    assert filtered.number_of_nodes() < plain.number_of_nodes()


def test_build_filters_apply_to_every_graph_export(built):
    _, filtered, root = built
    graphml = nx.read_graphml(root / "filtered" / "graph.graphml")
    assert graphml.number_of_nodes() == filtered.number_of_nodes()
    assert graphml.number_of_edges() == filtered.number_of_edges()


def test_build_missing_exclude_file_is_usage_error(tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--exclude-file", str(tmp_path / "no.txt")])
    assert result.exit_code == 2 and "no.txt: no such file" in result.stderr
    assert not (tmp_path / "graph.json").exists()


@pytest.fixture
def export_dir(tmp_path):
    write_json(news_graph(), tmp_path / "graph.json")
    return tmp_path


@pytest.mark.parametrize("fmt", [f for f in WRITERS if f != "html"])
def test_export_every_format_to_its_default_place(export_dir, fmt):
    result = runner.invoke(app, ["export", str(export_dir), "--format", fmt])
    assert result.exit_code == 0, result.stderr
    target = export_dir / WRITERS[fmt].default
    assert target.exists() and (target.is_file() or any(target.iterdir()))
    assert "6 entities, 8 facts" in result.stdout


def test_export_csv_with_filters(export_dir):
    result = runner.invoke(app, ["export", str(export_dir), "-f", "csv", "-o", str(export_dir / "t"),
                                 "--exclude", "washington", "--min-confidence", "0.7"])
    assert result.exit_code == 0, result.stderr
    with (export_dir / "t" / "nodes.csv").open(encoding="utf-8", newline="") as f:
        ids = {r["id"] for r in csv.DictReader(f)}
    with (export_dir / "t" / "edges.csv").open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert "united-states" not in ids and "kim-jong-un" in ids
    assert edges and all(float(e["confidence"]) >= 0.7 for e in edges)
    assert "united-states" not in {e["source"] for e in edges}


def test_export_json_round_trip_with_no_concepts(export_dir):
    G = news_graph()
    G.add_node("deal", label="deal", type="CONCEPT", aliases=[], mentions=1, docs=["a1"])
    G.add_edge("russia", "deal", key="signs|positive", relation="signs", category="sign_agree",
               polarity="positive", weight=1, confidence=0.9, sources=["a1"], evidence=[])
    write_json(G, export_dir / "graph.json")
    result = runner.invoke(app, ["export", str(export_dir), "-f", "json", "-o", str(export_dir / "out.json"),
                                 "--no-concepts"])
    assert result.exit_code == 0, result.stderr
    data = json.loads((export_dir / "out.json").read_text(encoding="utf-8"))
    assert "deal" not in {n["id"] for n in data["nodes"]} and len(data["nodes"]) == 6


def test_export_unknown_format_is_usage_error(export_dir):
    result = runner.invoke(app, ["export", str(export_dir), "--format", "xlsx"])
    assert result.exit_code == 2 and "graphml" in result.stderr
