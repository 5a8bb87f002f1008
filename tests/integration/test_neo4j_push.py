"""push_graph against a real Neo4j: model, idempotence, incremental updates, interrupted pushes."""

from __future__ import annotations

import copy

import pytest

from graph.export.cypher import graph_rows, node_key, write_plan
from graph.export.cypher import relationship_type
from graph.export.neo4j import push_graph
from tests.neo4j_samples import add_entity, add_fact, news_graph

EXPECTED = {"entities": 6, "articles": 3, "mentions": 11, "facts": 8, "nodes": 9, "relationships": 19}


def push(target, G, **kwargs):
    return push_graph(G, target.uri, target.user, target.password, **kwargs)


def test_push_graph_writes_model(neo4j_target, neo4j_db, db_counts):
    stats = push(neo4j_target, news_graph())
    assert db_counts() == EXPECTED
    assert (stats.entities, stats.facts, stats.mentions, stats.articles) == (6, 8, 11, 3)
    kim = neo4j_db.execute_query(
        "MATCH (e:Entity {id: 'kim-jong-un'}) RETURN e {.*} AS e, labels(e) AS labels").records[0]
    assert kim["e"] == {"key": node_key("kim-jong-un"), "id": "kim-jong-un", "name": "Kim Jong-un",
                        "type": "PERSON", "aliases": ["Kim", "Kim Jong-un"], "mentions": 2}
    assert sorted(kim["labels"]) == ["Entity", "Person"]
    rel = neo4j_db.execute_query(
        "MATCH (:Entity {id: 'kim-jong-un'})-[r:SUPPORTS {polarity: 'positive'}]->(:Entity {id: 'russia'}) "
        "RETURN r {.*} AS r").records[0]["r"]
    assert rel["relation"] == "supports" and rel["category"] == "cooperate" and rel["weight"] == 2
    assert rel["sources"] == ["a1", "a2"] and rel["evidence_docs"] == ["a1", "a2"]
    assert rel["first_seen"].iso_format() == "2024-06-19" and rel["last_seen"].iso_format() == "2024-06-20"
    assert len(rel["sentences"]) == 2 and rel["sentence"] == rel["sentences"][0]
    types = {r["t"] for r in neo4j_db.execute_query("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t").records}
    assert {"SUPPORTS", "ARRIVED_IN", "SIGNS_PACT_WITH", "MENTIONS"} <= types
    article = neo4j_db.execute_query("MATCH (a:Article {id: 'a1'}) RETURN a {.*} AS a").records[0]["a"]
    assert article["title"] == "Kim backs Moscow" and article["published"].iso_format() == "2024-06-19"


def test_push_graph_sets_confidence_as_float_property(neo4j_target, neo4j_db):
    G = news_graph()
    push(neo4j_target, G)
    found = {(r["s"], r["o"], r["relation"], r["polarity"]): r["confidence"] for r in neo4j_db.execute_query(
        "MATCH (s:Entity)-[r]->(o:Entity) RETURN s.id AS s, o.id AS o, r.relation AS relation, "
        "r.polarity AS polarity, r.confidence AS confidence").records}
    assert found == {(u, v, d["relation"], d["polarity"]): d["confidence"] for u, v, d in G.edges(data=True)}
    assert all(isinstance(c, float) for c in found.values())
    kept = neo4j_db.execute_query("MATCH ()-[r]->() WHERE r.confidence >= 0.7 RETURN count(r) AS n").records
    assert kept[0]["n"] == sum(1 for *_, c in G.edges(data="confidence") if c >= 0.7)


def test_push_graph_creates_unique_constraints(neo4j_target, neo4j_db):
    push(neo4j_target, news_graph())
    records = neo4j_db.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *").records
    assert {(tuple(r["labelsOrTypes"]), tuple(r["properties"]), r["type"]) for r in records} == {
        (("Entity",), ("key",), "UNIQUENESS"), (("Article",), ("key",), "UNIQUENESS")}


def test_push_graph_twice_is_idempotent(neo4j_target, neo4j_db, db_counts):
    push(neo4j_target, news_graph())
    first = db_counts()
    push(neo4j_target, news_graph(), batch_size=2)
    assert db_counts() == first == EXPECTED


def test_push_graph_bigger_graph_adds_difference_and_updates(neo4j_target, neo4j_db, db_counts):
    push(neo4j_target, news_graph())
    bigger = news_graph()
    bigger.graph["articles"].append({"id": "a4", "title": "More", "url": None, "published": "2024-08-01", "source": None})
    add_entity(bigger, "china", "China", "GPE", [], ["a4"])
    add_fact(bigger, "kim-jong-un", "supports", "russia", "cooperate", docs=("a1", "a2", "a4"))  # replaces edge
    bigger.edges["kim-jong-un", "russia", "supports|positive"]["last_seen"] = "2024-08-01"
    add_fact(bigger, "china", "criticizes", "united-states", "criticize", docs=("a4",))
    push(neo4j_target, bigger)
    assert db_counts() == {**EXPECTED, "entities": 7, "articles": 4, "mentions": 12, "facts": 9,
                           "nodes": 11, "relationships": 21}
    rel = neo4j_db.execute_query(
        "MATCH (:Entity {id: 'kim-jong-un'})-[r:SUPPORTS {polarity: 'positive'}]->(:Entity {id: 'russia'}) "
        "RETURN r.weight AS w, r.sources AS s, size(r.sentences) AS n, r.last_seen AS last").records
    assert len(rel) == 1
    assert (rel[0]["w"], rel[0]["s"], rel[0]["n"]) == (3, ["a1", "a2", "a4"], 3)
    assert rel[0]["last"].iso_format() == "2024-08-01"


def test_push_graph_type_change_replaces_label(neo4j_target, neo4j_db):
    push(neo4j_target, news_graph())
    G = news_graph()
    G.nodes["russia"]["type"] = "ORG"
    push(neo4j_target, G)
    labels = neo4j_db.execute_query("MATCH (e:Entity {id: 'russia'}) RETURN labels(e) AS l").records[0]["l"]
    assert sorted(labels) == ["Entity", "Organization"]


def test_push_graph_interrupted_leaves_whole_batches_and_rerun_completes(neo4j_target, neo4j_db, db_counts):
    G = news_graph()
    steps = list(write_plan(graph_rows(G), batch_size=2))

    class Interrupt(Exception):
        pass

    def stop_after_three(i, step):
        if i == 3:
            raise Interrupt

    with pytest.raises(Interrupt):
        push(neo4j_target, G, batch_size=2, on_batch=stop_after_three)
    written = db_counts()
    assert written["nodes"] == sum(len(s.rows) for s in steps[:3])  # three entity/article batches
    assert written["relationships"] == 0
    push(neo4j_target, G, batch_size=2)
    assert db_counts() == EXPECTED


def test_push_graph_respects_batch_size(neo4j_target, neo4j_db, db_counts):
    seen = []
    stats = push(neo4j_target, news_graph(), batch_size=3, on_batch=lambda i, step: seen.append(len(step.rows)))
    assert max(seen) == 3 and stats.batches == len(seen)
    assert db_counts() == EXPECTED


def test_push_graph_empty_graph(neo4j_target, neo4j_db, db_counts):
    import networkx as nx

    stats = push(neo4j_target, nx.MultiDiGraph())
    assert stats.batches == 0 and db_counts()["nodes"] == 0


def test_push_graph_does_not_modify_graph(neo4j_target, neo4j_db):
    G = news_graph()
    before = copy.deepcopy(G)
    push(neo4j_target, G)
    assert list(G.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))


def test_push_graph_batches_mix_relationship_types_idempotently(neo4j_target, neo4j_db, db_counts):
    G = news_graph()
    fact_batches = []
    push(neo4j_target, G, batch_size=5,
         on_batch=lambda i, step: fact_batches.append(step.rows) if "$(row.type)" in step.query else None)
    assert any(len({row["type"] for row in batch}) > 1 for batch in fact_batches)
    assert db_counts() == EXPECTED
    push(neo4j_target, G, batch_size=3)
    assert db_counts() == EXPECTED
    found = {(r["s"], r["t"], r["o"], r["p"]) for r in neo4j_db.execute_query(
        "MATCH (s:Entity)-[r]->(o:Entity) RETURN s.id AS s, type(r) AS t, o.id AS o, r.polarity AS p").records}
    assert found == {(u, relationship_type(d["relation"]), v, d["polarity"]) for u, v, d in G.edges(data=True)}


def test_push_graph_reports_total_batches(neo4j_target, neo4j_db):
    totals, done = [], []
    stats = push(neo4j_target, news_graph(), batch_size=2, on_start=totals.append,
                 on_batch=lambda i, step: done.append(i))
    assert totals == [len(list(write_plan(graph_rows(news_graph()), 2)))]
    assert done == list(range(1, totals[0] + 1)) and stats.batches == totals[0]


def test_push_graph_adopts_nodes_of_a_keyless_database(neo4j_target, neo4j_db, db_counts):
    """A database written before node keys (constraints on id, no key) gets keys, not duplicates."""
    neo4j_db.execute_query("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE")
    neo4j_db.execute_query("CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE")
    neo4j_db.execute_query("CREATE (:Entity:Person {id: 'kim-jong-un', name: 'Kim'})<-[:MENTIONS]-(:Article {id: 'a1'})")
    push(neo4j_target, news_graph())
    assert db_counts() == EXPECTED
    names = neo4j_db.execute_query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n").records[0]["n"]
    assert sorted(names) == ["article_key", "entity_key"]
