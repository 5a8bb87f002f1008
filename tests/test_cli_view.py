"""`kg view` through typer's CliRunner: where it writes, what it prints, its exit codes."""
from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from cli import app
from graph.export.json import write_json
from tests.sample_graphs import small_graph

runner = CliRunner()


def _node_ids(page: str) -> list[str]:
    data = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    return [row[0] for row in json.loads(data.group(1))["nodes"]["rows"]]


def test_view_writes_graph_html_beside_graph_json(tmp_path):
    write_json(small_graph(), tmp_path / "graph.json")
    result = runner.invoke(app, ["view", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(tmp_path / "graph.html")
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert _node_ids(page) == list(small_graph().nodes)


def test_view_output_option_names_the_file(tmp_path):
    write_json(small_graph(), tmp_path / "graph.json")
    target = tmp_path / "pages" / "news.html"
    result = runner.invoke(app, ["view", str(tmp_path / "graph.json"), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target) and target.is_file()
    assert not (tmp_path / "graph.html").exists()


def test_view_without_graph_exits_one(tmp_path):
    result = runner.invoke(app, ["view", str(tmp_path)])
    assert result.exit_code == 1
    assert "no graph.json in" in result.stderr and str(tmp_path) in result.stderr


def test_view_of_a_broken_graph_exits_one_naming_the_file(tmp_path):
    (tmp_path / "graph.json").write_text("[1, 2", encoding="utf-8")
    result = runner.invoke(app, ["view", str(tmp_path)])
    assert result.exit_code == 1
    assert "graph.json: not a graph.json written by kg build" in result.stderr


def test_view_into_an_unwritable_place_exits_one(tmp_path):
    write_json(small_graph(), tmp_path / "graph.json")
    (tmp_path / "blocker").write_text("a file, not a folder", encoding="utf-8")
    result = runner.invoke(app, ["view", str(tmp_path), "-o", str(tmp_path / "blocker" / "g.html")])
    assert result.exit_code == 1
    assert f"error: cannot write {tmp_path / 'blocker' / 'g.html'}: " in result.stderr
    assert not list(tmp_path.glob("blocker*/*"))
