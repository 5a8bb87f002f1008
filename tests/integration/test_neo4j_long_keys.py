"""Names and article ids of 8 KB and more: the push and the .cypher script store them whole, and
the unique indexes only ever see fixed-length node keys (issue 11: "Property value is too large
to index" after some entities, on every later push, and in the script)."""

from __future__ import annotations

import pytest

from graph.export.cypher import node_key, script_statements, write_cypher
from graph.export.neo4j import push_graph
from tests.integration.test_neo4j_cypher_script import run_file, snapshot
from tests.neo4j_samples import LONG_ARTICLE, LONG_NAME, add_entity, long_graph

EXPECTED = {"entities": 7, "articles": 4, "mentions": 12, "facts": 10, "nodes": 11, "relationships": 22}


def test_long_values_exceed_the_index_limit_as_assumed():
    assert min(len(LONG_NAME.encode()), len(LONG_ARTICLE.encode())) > 9000


def test_push_graph_long_name_and_article_id(neo4j_target, neo4j_db, db_counts):
    G = long_graph()
    push_graph(G, neo4j_target.uri, neo4j_target.user, neo4j_target.password, batch_size=2)
    assert db_counts() == EXPECTED
    stored = neo4j_db.execute_query(
        "MATCH (a:Article)-[:MENTIONS]->(e:Entity)-[r:SUPPORTS]->(:Entity {id: 'russia'}) "
        "WHERE e.key = $key RETURN e.id AS id, e.name AS name, a.id AS article, a.key AS article_key, "
        "r.sources AS sources", key=node_key(LONG_NAME.lower())).records
    assert len(stored) == 1
    assert stored[0]["id"] == LONG_NAME.lower() and stored[0]["name"] == LONG_NAME
    assert stored[0]["article"] == LONG_ARTICLE and stored[0]["article_key"] == node_key(LONG_ARTICLE)
    assert stored[0]["sources"] == [LONG_ARTICLE]
    push_graph(G, neo4j_target.uri, neo4j_target.user, neo4j_target.password)  # re-push: no error, no change
    assert db_counts() == EXPECTED


def test_push_graph_long_values_after_many_entities(neo4j_target, neo4j_db, db_counts):
    """The issue's shape: the long entity comes after others, in a later batch."""
    G = long_graph()
    for i in range(30):
        add_entity(G, f"e{i}", f"E{i}", "ORG", [], ["a1"])
    push_graph(G, neo4j_target.uri, neo4j_target.user, neo4j_target.password, batch_size=5)
    assert db_counts()["entities"] == EXPECTED["entities"] + 30


def test_cypher_script_long_values_matches_push(neo4j_target, neo4j_db, db_counts, tmp_path):
    G = long_graph()
    push_graph(G, neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    pushed, pushed_counts = snapshot(neo4j_db), db_counts()
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    path = write_cypher(G, tmp_path / "graph.cypher")
    run_file(neo4j_db, path)
    run_file(neo4j_db, path)  # twice: idempotent
    assert db_counts() == pushed_counts == EXPECTED
    assert snapshot(neo4j_db) == pushed


@pytest.mark.parametrize("key", ["id", "name"])
def test_long_values_are_not_indexed(neo4j_target, neo4j_db, key):
    push_graph(long_graph(), neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    indexed = {p for r in neo4j_db.execute_query("SHOW INDEXES YIELD properties RETURN properties").records
               for p in r["properties"] or ()}
    assert key not in indexed and "key" in indexed


def test_script_statements_never_put_long_values_in_constraints(tmp_path):
    text = write_cypher(long_graph(), tmp_path / "graph.cypher").read_text(encoding="utf-8")
    schema = [s for s in script_statements(text) if "CONSTRAINT" in s]
    assert schema and all("e.key" in s or "a.key" in s for s in schema if s.startswith("CREATE"))
