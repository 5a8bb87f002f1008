"""`kg build --engine spark`: its options and the message without the spark extra."""
from __future__ import annotations

import importlib.util

import pytest

from typer.testing import CliRunner

from cli import app
from tests.conftest import ROOT

runner = CliRunner()


def test_cli_engine_spark_without_pyspark_says_how_to_install(monkeypatch, tmp_path):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pyspark" else real(name, *a))
    result = runner.invoke(app, ["build", "--engine", "spark", str(ROOT / "seeds"), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "pip install 'kg-builder[spark]'" in result.output
    assert not (tmp_path / "graph.json").exists()


def test_cli_master_and_push_need_engine_spark(tmp_path):
    for option in (["--master", "local[2]"], ["--push", "bolt://127.0.0.1:7687"]):
        result = runner.invoke(app, ["build", *option, str(ROOT / "seeds"), "-o", str(tmp_path)])
        assert result.exit_code == 2 and "need --engine spark" in result.output


def test_cli_engine_spark_refuses_into(tmp_path):
    result = runner.invoke(app, ["build", "--engine", "spark", "--into", str(tmp_path), str(ROOT / "seeds")])
    assert result.exit_code == 2 and "--into" in result.output


def test_cli_spark_push_with_a_wrong_uri_exits_2_before_building(tmp_path):
    pytest.importorskip("pyspark")
    result = runner.invoke(app, ["build", "--engine", "spark", "--push", "http://127.0.0.1:7474",
                                 str(ROOT / "seeds"), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "unsupported Neo4j URI scheme 'http'" in result.output
    assert not (tmp_path / "graph.json").exists()
