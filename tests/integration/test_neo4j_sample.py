"""The sample graph (`kg build seeds`) in a real Neo4j: the docs/neo4j.md queries find its facts.

Asserts structure that follows from the articles, not counts that depend on extraction details.
"""

from __future__ import annotations

import pytest

from graph.export.cypher import graph_rows
from graph.export.neo4j import push_graph
from tests.neo4j_samples import doc_queries
from tests.neo4j_server import wipe
from tests.sample_graphs import sample_graph

QUERIES = doc_queries()


@pytest.fixture(scope="module")
def seeds_db(neo4j_target, neo4j_session_driver):
    """The sample graph pushed once for the module; its tests only read."""
    wipe(neo4j_session_driver)
    push_graph(sample_graph(), neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    return lambda title: [r.data() for r in neo4j_session_driver.execute_query(QUERIES[title]).records]


def test_sample_push_counts_match_graph(seeds_db, neo4j_session_driver):
    counts = graph_rows(sample_graph()).counts
    query = ("RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles, "
             "COUNT { ()-[:MENTIONS]->() } AS mentions, COUNT { (:Entity)-[]->(:Entity) } AS facts")
    assert neo4j_session_driver.execute_query(query).records[0].data() == counts


def test_sample_kim_jong_un_supports_russia(seeds_db):
    assert ("Kim Jong-un", "Russia") in {(r["supporter"], r["supported"]) for r in seeds_db("Who supports whom")}


def test_sample_everything_about_kim_has_sentences(seeds_db):
    rows = seeds_db("Everything said about Kim Jong-un, with sources and sentences")
    assert any(r["subject"] == "Kim Jong-un" and r["relation"] == "supports" and r["object"] == "Russia" for r in rows)
    assert all(r["sentences"] and r["articles"] for r in rows)
    assert any("Putin" in r["subject"] or "Putin" in r["object"] for r in rows)


def test_sample_negated_facts_are_negative(seeds_db):
    rows = seeds_db("Negated facts")
    expected = sum(1 for *_, d in sample_graph().edges(data=True) if d["polarity"] == "negative")
    assert len(rows) == expected and all(r["relation"].startswith("not ") for r in rows)


def test_sample_conflict_and_cooperation_both_present(seeds_db):
    sides = {r["side"] for r in seeds_db("Conflict versus cooperation, by category")}
    assert {"conflict", "cooperation"} <= sides


def test_sample_shortest_path_united_states_to_kim(seeds_db):
    rows = seeds_db("Shortest path between two entities (over facts only)")
    assert len(rows) == 1
    assert rows[0]["entities"][0] == "United States" and rows[0]["entities"][-1] == "Kim Jong-un"


def test_sample_top_entities_include_kim_and_russia(seeds_db):
    top = [r["entity"] for r in seeds_db("Top entities by degree")]
    assert {"Kim Jong-un", "Russia"} <= set(top[:5])


def test_sample_date_range_and_articles_queries_run(seeds_db):
    for row in seeds_db("Facts in a date range"):
        assert row["first_seen"] is not None
    assert len(seeds_db("Articles that mention an entity")) == 5
