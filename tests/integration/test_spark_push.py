"""`kg build --engine spark --push`: the graph through the Neo4j Connector for Apache Spark."""
from __future__ import annotations

from graph.export.cypher import graph_rows, node_key
from graph.export.json import read_graph
from graph.spark.build import SparkOptions, spark_build
from graph.spark.push import Target
from tests.conftest import ROOT
from tests.spark_session import spark  # noqa: F401: the session-wide fixture


def _counts(driver) -> tuple[int, int]:
    return (driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"],
            driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"])


def test_spark_push_writes_the_graph_of_kg_push_and_again_changes_nothing(spark, neo4j_target, neo4j_db,
                                                                          tmp_path):
    target = Target(neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    report = spark_build([ROOT / "seeds"], tmp_path, spark=SparkOptions(master="local[2]", push=target))
    rows = graph_rows(read_graph(tmp_path / "graph.json"))
    expected = (rows.counts["entities"] + rows.counts["articles"],
                rows.counts["mentions"] + rows.counts["facts"])
    assert _counts(neo4j_db) == expected and expected[1] > 0
    assert (report.pushed.nodes, report.pushed.relationships) == expected
    constraints = {r["name"] for r in neo4j_db.execute_query("SHOW CONSTRAINTS YIELD name").records}
    assert {"entity_key", "article_key"} <= constraints
    some = next(iter(rows.entities.values()))[0]
    found = neo4j_db.execute_query("MATCH (e:Entity {key: $key}) RETURN e.id AS id, e.name AS name",
                                   key=node_key(some["id"])).records
    assert [(r["id"], r["name"]) for r in found] == [(some["id"], some["name"])]
    weights = neo4j_db.execute_query("MATCH (:Entity)-[r]->(:Entity) RETURN sum(r.weight) AS w").records[0]["w"]
    assert weights == sum(f["props"]["weight"] for f in rows.facts)

    spark_build([ROOT / "seeds"], tmp_path / "again", spark=SparkOptions(master="local[2]", push=target))
    assert _counts(neo4j_db) == expected
