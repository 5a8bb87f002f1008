"""Every query in docs/neo4j.md runs against a real Neo4j holding the sample graph."""

from __future__ import annotations

import pytest

from graph.export.neo4j import push_graph
from tests.neo4j_samples import doc_queries, news_graph

QUERIES = doc_queries()


def test_doc_queries_cover_issue_list():
    assert len(QUERIES) >= 7
    for needle in ["supports whom", "Kim Jong-un", "Negated", "Conflict", "Shortest path", "degree", "date range"]:
        assert any(needle in title for title in QUERIES), needle


@pytest.fixture
def sample_db(neo4j_target, neo4j_db):
    push_graph(news_graph(), neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    return lambda title: [r.data() for r in neo4j_db.execute_query(QUERIES[title]).records]


def test_query_who_supports_whom(sample_db):
    rows = sample_db("Who supports whom")
    assert [(r["supporter"], r["supported"], r["mentions"]) for r in rows] == [("Kim Jong-un", "Russia", 2)]
    assert rows[0]["articles"] == ["a1", "a2"]


def test_query_everything_about_kim(sample_db):
    rows = sample_db("Everything said about Kim Jong-un, with sources and sentences")
    facts = {(r["subject"], r["relation"], r["object"]) for r in rows}
    assert facts == {("Kim Jong-un", "supports", "Russia"), ("Kim Jong-un", "not supports", "Ukraine"),
                     ("Vladimir Putin", "praises", "Kim Jong-un")}
    supports = next(r for r in rows if r["object"] == "Russia")
    assert sorted(supports["articles"]) == ["Kim backs Moscow", "Talks in Pyongyang"]
    assert supports["sentences"] == ["Kim Jong-un supports Russia (a1).", "Kim Jong-un supports Russia (a2)."]


def test_query_negated_facts(sample_db):
    rows = sample_db("Negated facts")
    assert rows == [{"subject": "Kim Jong-un", "relation": "not supports", "object": "Ukraine",
                     "evidence": "Kim Jong-un supports Ukraine (a3)."}]


def test_query_conflict_versus_cooperation(sample_db):
    rows = sample_db("Conflict versus cooperation, by category")
    by_side = {}
    for r in rows:
        by_side.setdefault(r["side"], {})[r["category"]] = r["facts"]
    assert by_side == {"conflict": {"criticize": 1, "accuse": 1, "use_force": 1},
                       "cooperation": {"cooperate": 1, "meet_visit": 1, "praise": 1, "sign_agree": 1}}


def test_query_shortest_path(sample_db):
    rows = sample_db("Shortest path between two entities (over facts only)")
    assert len(rows) == 1
    path = rows[0]["entities"]
    assert path[0] == "United States" and path[-1] == "Kim Jong-un" and len(path) == 3
    assert path[1] in {"Russia", "North Korea"}
    assert "mentions" not in rows[0]["relations"]


def test_query_top_entities_by_degree(sample_db):
    rows = sample_db("Top entities by degree")
    assert rows[0] == {"entity": "Russia", "type": "GPE", "degree": 4}
    assert [r["degree"] for r in rows] == sorted((r["degree"] for r in rows), reverse=True)
    assert len(rows) == 6


def test_query_facts_in_date_range(sample_db):
    rows = sample_db("Facts in a date range")
    assert {(r["subject"], r["relation"], r["object"]) for r in rows} == {
        ("Kim Jong-un", "supports", "Russia"), ("Vladimir Putin", "arrived in", "North Korea"),
        ("Vladimir Putin", "praises", "Kim Jong-un"), ("Russia", "signs pact with", "North Korea")}
    assert all(r["first_seen"].iso_format() >= "2024-06-01" for r in rows)


def test_query_articles_mentioning_entity(sample_db):
    rows = sample_db("Articles that mention an entity")
    assert [r["article"] for r in rows] == ["Kim backs Moscow", "Talks in Pyongyang", "Washington reacts"]
