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
from graph.export.generations import POINTER, current, state
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
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(OUTPUTS)
    assert state(out, OUTPUTS).complete
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
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)) == sorted([
        POINTER, current(out).name])


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
    assert stages == ["resolve", "build", "export", "published"] and len(progress) == 1


# -- --min-confidence: facts below the threshold are left out before resolution ---------------

from dataclasses import replace  # noqa: E402

from graph.build import resolve_articles  # noqa: E402
from graph.pipeline import above_threshold, build, previous_build, write_state  # noqa: E402
from tests.graph.confidence_articles import SURE, UNSURE, article  # noqa: E402

MIXED = [article("a1", [("Kim Jong-un", "PERSON", "supports", "Russia", "GPE", SURE),
                        ("Kim Jong-un", "PERSON", "joins", "talks", "CONCEPT", UNSURE)]),
         article("a2", [("Vladimir Putin", "PERSON", "visits", "North Korea", "GPE", UNSURE)])]
LATER = [article("b1", [("Vladimir Putin", "PERSON", "praises", "Kim Jong-un", "PERSON", SURE),
                        ("Russia", "GPE", "signs", "pact", "CONCEPT", UNSURE)])]


def _between(articles) -> float:
    """A threshold strictly between the lowest and the highest confidence of the facts."""
    scores = sorted({t.confidence for a in articles for t in a.triples})
    assert len(scores) > 1
    return (scores[0] + scores[-1]) / 2


def test_above_threshold_keeps_facts_at_or_above_and_every_mention():
    threshold = _between(MIXED)
    kept = above_threshold(MIXED, threshold)
    assert all(t.confidence >= threshold for a in kept for t in a.triples)
    assert sum(len(a.triples) for a in kept) < sum(len(a.triples) for a in MIXED)
    assert [a.mentions for a in kept] == [a.mentions for a in MIXED]
    exact = MIXED[0].triples[0].confidence
    assert MIXED[0].triples[0] in above_threshold(MIXED, exact)[0].triples


def test_above_threshold_zero_keeps_everything():
    assert above_threshold(MIXED, 0.0) == MIXED


def test_build_with_threshold_leaves_out_low_facts_and_their_concepts():
    everything, _ = build(MIXED, min_confidence=0.0)
    g, resolution = build(MIXED, min_confidence=_between(MIXED))
    talks = [n for n, label in everything.nodes(data="label") if label == "talks"]
    assert talks and not [n for n, label in g.nodes(data="label") if label == "talks"]
    assert g.number_of_edges() < everything.number_of_edges()
    assert all(d["confidence"] >= _between(MIXED) for *_, d in g.edges(data=True))
    assert all(e.label != "talks" for e in resolution.entities.values())


def test_build_exports_threshold_filters_graph_and_triples_but_keeps_state(tmp_path, monkeypatch):
    monkeypatch.setattr(graph.pipeline, "extract", lambda inputs, **kw: list(MIXED))
    threshold = _between(MIXED)
    report = build_exports(["unused"], tmp_path, min_confidence=threshold)
    facts = [json.loads(line) for line in (tmp_path / "triples.jsonl").read_text().splitlines()]
    assert facts and all(f["confidence"] >= threshold for f in facts)
    assert report.facts == len(facts) and report.below_threshold == 3 - len(facts) > 0
    g = nx.read_graphml(tmp_path / "graph.graphml")
    assert g.number_of_edges() == report.relations and all(
        d["confidence"] >= threshold for *_, d in g.edges(data=True))
    state = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text().splitlines()]
    assert sum(len(a["triples"]) for a in state) == 3


def test_build_exports_into_applies_threshold_to_old_and_new_alike(tmp_path, monkeypatch):
    threshold = _between(MIXED + LATER)
    monkeypatch.setattr(graph.pipeline, "extract", lambda inputs, **kw: list(MIXED + LATER))
    build_exports(["unused"], tmp_path / "once", min_confidence=threshold)
    # the first run keeps only its surest facts; the second, with a lower threshold, gets the rest back
    monkeypatch.setattr(graph.pipeline, "extract", lambda inputs, **kw: list(MIXED))
    build_exports(["unused"], tmp_path / "inc", min_confidence=1.0)
    monkeypatch.setattr(graph.pipeline, "extract", lambda inputs, **kw: list(LATER))
    build_exports(["unused"], tmp_path / "inc", min_confidence=threshold, into=True)
    one = nx.read_graphml(tmp_path / "once" / "graph.graphml")
    two = nx.read_graphml(tmp_path / "inc" / "graph.graphml")
    assert sorted(one.nodes(data=True)) == sorted(two.nodes(data=True))
    edges = lambda g: sorted((u, v, sorted(d.items())) for u, v, d in g.edges(data=True))  # noqa: E731
    assert edges(one) == edges(two) and one.number_of_edges() > 0


def test_build_exports_into_scores_old_facts_again(tmp_path, monkeypatch):
    stale = [replace(a, triples=tuple(replace(t, confidence=0.0) for t in a.triples)) for a in MIXED]
    write_state(tmp_path, stale, resolve_articles(stale))
    articles, _ = previous_build(tmp_path, [])
    assert [t.confidence for a in articles for t in a.triples] == [t.confidence for a in MIXED for t in a.triples]


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan")])
def test_build_exports_refuses_threshold_outside_unit_interval(tmp_path, bad):
    with pytest.raises(ValueError, match="number from 0 to 1"):
        build_exports([tmp_path], tmp_path / "out", min_confidence=bad)


def test_build_exports_removes_and_reports_leftovers_of_killed_builds(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    build_exports([tmp_path / "in"], out)
    (out / ".kg-staging-old").mkdir()  # what a build before generations left when killed
    (out / ".kg-staging-old" / "graph.json").write_text("x" * 500)
    report = build_exports([tmp_path / "in"], out)
    assert [(p.path.name, p.size) for p in report.leftovers] == [(".kg-staging-old", 500)]
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [POINTER, current(out).name]
