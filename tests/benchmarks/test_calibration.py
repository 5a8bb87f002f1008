"""benchmarks/calibration.py: reading judged rows, matching them to a real build, the features."""
from __future__ import annotations

import csv

import pytest

from benchmarks import calibration
from benchmarks.calibration import Judged, band, builds, concept_form, gap, judged_rows, match
from extract.types import CONCEPT, Mention, Triple

HEADER = ["n", "source", "relation", "target", "polarity", "certainty", "confidence", "weight", "doc",
          "sentence", "verdict", "cause", "note"]


def _write(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(HEADER)
        writer.writerows(rows)


def _row(source, relation, target, doc, verdict, cause=""):
    return ["1", source, relation, target, "positive", "asserted", "0.8", "1", doc, "s", verdict, cause, "n"]


def test_judged_rows_reads_one_file_or_two_and_skips_rows_without_verdict(tmp_path):
    _write(tmp_path / "judged1.tsv", [_row("A", "meets", "B", "d1", "CORRECT"), _row("A", "x", "C", "d1", "")])
    _write(tmp_path / "judged2.tsv", [_row("B", "joins", "C", "d2", "WRONG", "argument")])
    rows = judged_rows(tmp_path)
    assert [(r["source"], r["verdict"]) for r in rows] == [("A", "CORRECT"), ("B", "WRONG")]


def test_builds_splits_wikinews_files_from_bbc_folders(tmp_path):
    articles = tmp_path / "articles"
    (articles / "politics").mkdir(parents=True)
    (articles / "2019_001.txt").write_text("x")
    assert builds(tmp_path) == [([articles / "2019_001.txt"], "Wikinews"), ([articles / "politics"], "BBC")]


def test_match_finds_the_judged_edge_of_a_real_build(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "2019_001.txt").write_text(
        "Leaders meet in Oslo\n\nPresident Ana Morales of Chile met Prime Minister Erik Dahl of Norway in Oslo "
        "on Monday. Morales praised Dahl for his support.\n", encoding="utf-8")
    from graph.pipeline import ReadOptions, build_graph_of

    built = build_graph_of([articles / "2019_001.txt"], options=ReadOptions(publisher="Wikinews"), min_confidence=0.0)
    labels = {n: d.get("label", n) for n, d in built.graph.nodes(data=True)}
    edges = list(built.graph.edges(data=True))
    assert edges, "the article gives at least one edge"
    s, o, data = edges[0]
    _write(tmp_path / "judged.tsv", [_row(labels[s], data["relation"], labels[o], "2019_001", "CORRECT"),
                                      _row("Nobody", "meets", "Nothing", "2019_001", "WRONG", "other")])
    found, unjudged = match(tmp_path, judged_rows(tmp_path))
    assert [(j.key[1], j.key[2], j.verdict) for j in found] == [(labels[s], data["relation"], "CORRECT")]
    assert len(unjudged) == len(edges) - 1
    assert 0.0 <= found[0].confidence() <= 1.0


@pytest.mark.parametrize("mention,form", [
    (Mention("d", "Acme", "ORG", 0, 4), "name"),
    (Mention("d", "talks", CONCEPT, 0, 5), "bare noun"),
    (Mention("d", "bill", CONCEPT, 0, 4, restricted=True), "bare, restricted by a clause"),
    (Mention("d", "plans for tax cuts", CONCEPT, 0, 18), "with a complement"),
    (Mention("d", "legal action", CONCEPT, 0, 12, adjectival=True), "adjectives only"),
    (Mention("d", "interest rates", CONCEPT, 0, 14), "noun modifier"),
])
def test_concept_form_of_an_argument(mention, form):
    assert concept_form(mention) == form


def test_band_and_gap_put_a_value_in_one_bucket():
    assert [band(v) for v in (0.0, 0.52, 0.8, 1.0)] == ["0.0-0.3", "0.5-0.6", "0.8-1.0", "0.8-1.0"]
    assert [gap(v) for v in (-5, 1, 10, 40)] == ["before (inverted)", "adjacent", "near (< 30)", "far (>= 30)"]


def test_judged_edge_confidence_is_the_best_of_its_facts():
    kim, acme = Mention("d", "Kim", "PERSON", 0, 3), Mention("d", "Acme", "ORG", 10, 14)
    weak = Triple("d", kim, "joins", acme, "Kim joins Acme.", (4, 9), rule="event_noun")
    strong = Triple("d", kim, "joins", acme, "Kim joins Acme.", (4, 9), rule="svo")
    judged = Judged("r", ("d", "Kim", "joins", "Acme"), "CORRECT", "", (weak, strong), False)
    assert judged.confidence() == calibration.score(strong) > calibration.score(weak)


def test_main_without_readings_says_so_and_fails(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.argv", ["calibration.py", "--judged", str(tmp_path)])
    assert calibration.main() == 1
    err = capsys.readouterr().err
    assert f"skipped {tmp_path}" in err and "no judged reading found" in err
