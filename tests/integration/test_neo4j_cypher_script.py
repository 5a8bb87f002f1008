"""The .cypher script builds the same graph as a push when its statements run on a real server."""

from __future__ import annotations

from graph.export.cypher import script_statements, write_cypher
from graph.export.neo4j import push_graph
from tests.neo4j_samples import news_graph

SNAPSHOT = """
MATCH (n) WITH n ORDER BY coalesce(n.id, '') RETURN collect([labels(n), n {.*}]) AS nodes
"""
REL_SNAPSHOT = """
MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, coalesce(r.key, '')
RETURN collect([a.id, type(r), b.id, r {.*}]) AS rels
"""


def snapshot(driver):
    nodes = driver.execute_query(SNAPSHOT).records[0]["nodes"]
    rels = driver.execute_query(REL_SNAPSHOT).records[0]["rels"]
    return [[sorted(labels), props] for labels, props in nodes], rels


def run_file(driver, path):
    for statement in script_statements(path.read_text(encoding="utf-8")):
        driver.execute_query(statement)


def test_write_cypher_script_matches_push(neo4j_target, neo4j_db, db_counts, tmp_path):
    G = news_graph()
    push_graph(G, neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    pushed, pushed_counts = snapshot(neo4j_db), db_counts()

    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    path = write_cypher(G, tmp_path / "graph.cypher")
    run_file(neo4j_db, path)
    assert db_counts() == pushed_counts
    assert snapshot(neo4j_db) == pushed


def test_write_cypher_script_twice_is_idempotent(neo4j_db, db_counts, tmp_path):
    path = write_cypher(news_graph(), tmp_path / "graph.cypher")
    run_file(neo4j_db, path)
    first = db_counts()
    run_file(neo4j_db, path)
    assert db_counts() == first and first["facts"] == 8
