"""build_exports end to end on small article sets: skipped inputs, duplicates, dates, atomic exports."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import graph.pipeline
from extract import sources
from extract.errors import ExportError, NothingToRead
from graph.export.atomic import TEMP_PREFIX
from graph.pipeline import OUTPUTS, build_exports

ARTICLE = """World | Markets | Share

Last updated: 05 Jun, 2025

North Korea on Thursday denounced French President Emmanuel Macron for criticising the North's troop dispatch to Russia.

Russian President Vladimir Putin thanked Kim Jong-un for the support, and the two leaders signed a partnership treaty in Pyongyang.
"""
OTHER = ("The United States, South Korea and Japan strongly condemned the suspected supply of arms by North Korea to Russia, "
         "officials said on Friday.")


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory):
    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (inputs / "copy_of_a.txt").write_text(ARTICLE.replace("World | Markets | Share", "Home | Video"), encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "rows.jsonl").write_text(json.dumps({"id": "r1", "text": OTHER, "published": "2023-10-27"}) + "\n{oops\n",
                                       encoding="utf-8")
    (inputs / "image.png").write_bytes(b"\x89PNG")
    out = tmp_path_factory.mktemp("out")
    seen = []
    report = build_exports([inputs], out, on_problem=seen.append)
    return out, report, seen


def test_build_exports_counts_skipped_by_reason(mixed_build):
    _, report, seen = mixed_build
    assert report.articles == 2
    assert report.skipped == {sources.DUPLICATE: 1, sources.EMPTY: 1, sources.BAD_ROW: 1}
    assert report.warnings == {sources.OTHER_FILES: 1}
    assert seen == report.problems


def test_build_exports_duplicate_processed_once(mixed_build):
    out, _, _ = mixed_build
    docs = {json.loads(line)["doc"] for line in (out / "triples.jsonl").read_text().splitlines()}
    assert "copy_of_a" not in docs and "a" in docs


def test_build_exports_dates_become_evidence_dates(mixed_build):
    out, _, _ = mixed_build
    facts = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
    assert {f["doc"]: f["published"] for f in facts} == {"a": "2025-06-05", "r1": "2023-10-27"}


def test_build_exports_writes_parseable_exports_and_no_temp_files(mixed_build):
    out, report, _ = mixed_build
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
    g = nx.read_graphml(out / "graph.graphml")
    assert g.number_of_nodes() == report.entities > 0
    assert json.loads((out / "graph.json").read_text())["graph"]["articles"][0]["id"] == "a"


def test_build_exports_nothing_readable_raises_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 100)
    with pytest.raises(NothingToRead, match="1 binary, 1 empty"):
        build_exports([tmp_path], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_build_exports_failed_writer_keeps_previous_exports(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    build_exports([tmp_path / "in"], out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    (tmp_path / "in" / "b.txt").write_text(OTHER, encoding="utf-8")

    def broken(g, path):
        Path(path).write_text('{"nodes": [')  # a writer dying half-way
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(graph.pipeline, "write_json", broken)
    with pytest.raises(ExportError, match="no space left on device"):
        build_exports([tmp_path / "in"], out)
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert not [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_build_exports_does_not_read_its_own_output_directory(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = build_exports([tmp_path], tmp_path / "exports")
    second = build_exports([tmp_path], tmp_path / "exports")
    assert first.articles == second.articles == 1
    assert second.problems == [] and second.facts == first.facts


def test_build_exports_reports_stages_in_order(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    stages, progress = [], []
    build_exports([tmp_path], tmp_path / "out", on_stage=stages.append, progress=progress.append)
    assert stages == ["resolve", "build", "export"] and len(progress) == 1
