"""`kg build --into`: adding articles gives the graph of building everything at once."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import Article
from extract.types import Document, Mention, Triple
from graph import incremental
from graph.build import build_graph, resolve_articles
from graph.pipeline import previous_build, write_state


def _article(doc_id: str, facts: list[tuple[str, str, str, str, str]]) -> Article:
    """An article of one sentence per fact (subject, subject type, relation, object, object type)."""
    text, mentions, triples = "", [], []
    for s, st, rel, o, ot in facts:
        start = len(text)
        sentence = f"{s} {rel} {o}."
        text += sentence + " "
        subj = Mention(doc_id, s, st, start, start + len(s), start)
        obj_start = start + len(s) + len(rel) + 2
        obj = Mention(doc_id, o, ot, obj_start, obj_start + len(o), start)
        mentions += [subj, obj]
        triples.append(Triple(doc_id, subj, rel, obj, sentence, (start + len(s) + 1, obj_start - 1),
                              surface=rel, published="2024-06-19"))
    return Article(Document(doc_id, "", title=doc_id), text, tuple(mentions), tuple(triples))


A = [_article("a1", [("Vladimir Putin", "PERSON", "visits", "North Korea", "GPE"),
                     ("Putin", "PERSON", "praises", "Kim Jong-un", "PERSON")]),
     _article("a2", [("Kim Jong-un", "PERSON", "supports", "Russia", "GPE")])]
B = [_article("b1", [("Putin", "PERSON", "praises", "Kim Jong Un", "PERSON"),
                     ("DPRK", "GPE", "condemns", "United States", "GPE")]),
     _article("b2", [("Shoigu", "PERSON", "visits", "Pyongyang", "GPE")])]


def _graph_facts(g):
    nodes = {n: (d["label"], d["type"], tuple(d["aliases"]), d["mentions"]) for n, d in g.nodes(data=True)}
    edges = {(u, v, k): (d["weight"], tuple(d["sources"])) for u, v, k, d in g.edges(keys=True, data=True)}
    return nodes, edges


def test_incremental_build_equals_building_everything_at_once(tmp_path):
    at_once = build_graph(A + B, resolve_articles(A + B))
    write_state(tmp_path, A, resolve_articles(A))
    articles, id_map = previous_build(tmp_path, B)
    later = build_graph(articles, resolve_articles(articles, id_map=id_map))
    assert _graph_facts(later) == _graph_facts(at_once)
    assert later.edges["vladimir-putin", "kim-jong-un", "praises|positive"]["weight"] == 2


def test_incremental_build_never_renames_an_entity(tmp_path):
    first = [_article("a1", [("Shoigu", "PERSON", "visits", "North Korea", "GPE")])]
    write_state(tmp_path, first, resolve_articles(first))
    articles, id_map = previous_build(tmp_path, [_article("b1", [("Sergei Shoigu", "PERSON", "meets", "Kim Jong-un", "PERSON")])])
    r = resolve_articles(articles, id_map=id_map)
    assert r.entities["shoigu"].label == "Sergei Shoigu"


def test_incremental_new_article_replaces_one_of_the_same_id(tmp_path):
    write_state(tmp_path, A, resolve_articles(A))
    newer = _article("a2", [("Kim Jong-un", "PERSON", "condemns", "Japan", "GPE")])
    articles, _ = previous_build(tmp_path, [newer])
    assert [a.document.id for a in articles] == ["a1", "a2"] and articles[-1] == newer


def test_incremental_articles_round_trip_through_jsonl(tmp_path):
    incremental.write_articles(tmp_path / "articles.jsonl", A + B)
    assert incremental.read_articles(tmp_path / "articles.jsonl") == A + B


@pytest.mark.parametrize("line,reason", [
    ("not json", "not a valid article record"),
    ("[1, 2]", "expected a JSON object"),
    ('{"document": {"id": "x"}}', "not a valid article record"),
])
def test_incremental_bad_state_line_names_file_and_line(tmp_path, line, reason):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(incremental.article_record(A[0])) + "\n" + line + "\n")
    with pytest.raises(incremental.StateError, match=rf"articles.jsonl:2: .*{reason}"):
        incremental.read_articles(path)


def test_incremental_cli_into_matches_one_build(tmp_path):
    """End to end with the spaCy model: seeds 000-001, then 002-004 --into, vs all five."""
    pytest.importorskip("spacy")
    from graph.pipeline import build_exports

    seeds = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt"))
    try:
        build_exports(seeds, tmp_path / "all")
    except Exception as exc:  # noqa: BLE001 - no model installed: nothing to compare
        if type(exc).__name__ == "ModelNotFound":
            pytest.skip(str(exc))
        raise
    build_exports(seeds[:2], tmp_path / "inc")
    build_exports(seeds[2:], tmp_path / "inc", into=True)
    import networkx as nx

    one = nx.read_graphml(tmp_path / "all" / "graph.graphml")
    two = nx.read_graphml(tmp_path / "inc" / "graph.graphml")
    assert sorted(one.nodes(data=True)) == sorted(two.nodes(data=True))
    edges = lambda g: sorted((u, v, sorted(d.items())) for u, v, d in g.edges(data=True))  # noqa: E731
    assert edges(one) == edges(two)


def test_incremental_build_keeps_generic_concepts_per_article(tmp_path):
    first = [_article("a1", [("Putin", "PERSON", "launches", "campaign", "CONCEPT"),
                             ("Putin", "PERSON", "stops", "arms transfer", "CONCEPT")])]
    second = [_article("b1", [("Zelensky", "PERSON", "launches", "campaign", "CONCEPT"),
                              ("Zelensky", "PERSON", "stops", "arms transfer", "CONCEPT")])]
    at_once = build_graph(first + second, resolve_articles(first + second))
    write_state(tmp_path, first, resolve_articles(first))
    articles, id_map = previous_build(tmp_path, second)
    later = build_graph(articles, resolve_articles(articles, id_map=id_map))
    assert _graph_facts(later) == _graph_facts(at_once)
    campaigns = [n for n, d in later.nodes(data=True) if d["label"] == "campaign"]
    transfers = [n for n, d in later.nodes(data=True) if d["label"] == "arms transfer"]
    assert len(campaigns) == 2 and len(transfers) == 1


@pytest.fixture
def seed_build(tmp_path):
    """Two seed articles in in/a/, built into X with the spaCy model."""
    pytest.importorskip("spacy")
    from graph.pipeline import build_exports

    seeds = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt"))[:2]
    (tmp_path / "in" / "a").mkdir(parents=True)
    for path in seeds:
        (tmp_path / "in" / "a" / path.name).write_bytes(path.read_bytes())
    try:
        build_exports([tmp_path / "in" / "a"], tmp_path / "X")
    except Exception as exc:  # noqa: BLE001 - no model installed: nothing to compare
        if type(exc).__name__ == "ModelNotFound":
            pytest.skip(str(exc))
        raise
    return tmp_path


def test_incremental_same_articles_again_are_skipped_unparsed(seed_build, monkeypatch):
    """Through their parent folder (other paths, other ids): recognised by content, never
    parsed again, and the build stays as it was (weights not doubled, ids kept)."""
    import graph.pipeline as pipeline

    before = {name: (seed_build / "X" / name).read_bytes() for name in ("graph.json", "entities.jsonl")}
    parsed = []
    real = pipeline.extract_articles

    def spy(documents, nlp, **kwargs):
        return real((parsed.append(d.id) or d for d in documents), nlp, **kwargs)

    monkeypatch.setattr(pipeline, "extract_articles", spy)
    report = pipeline.build_exports([seed_build / "in"], seed_build / "X", into=True)
    assert parsed == []
    assert report.already_built == 2 and report.articles == 2 and not report.skipped
    assert {name: (seed_build / "X" / name).read_bytes() for name in before} == before


def test_incremental_cli_says_how_many_articles_were_already_built(seed_build):
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["build", str(seed_build / "in"), "--into", str(seed_build / "X")])
    assert result.exit_code == 0, result.output
    assert "2 articles already in the build, skipped" in result.output
    assert "skipped 2" not in result.output  # not counted again among bad inputs
