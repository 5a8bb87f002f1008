"""Hostile names and relations are stored verbatim and inject nothing, by push and by script."""

from __future__ import annotations

import pytest

from graph.export.cypher import generate_cypher, script_statements
from graph.export.neo4j import push_graph
from tests.neo4j_samples import NASTY_NAMES, nasty_graph


def run_script(driver, G):
    for statement in script_statements("".join(generate_cypher(G, batch_size=3))):
        driver.execute_query(statement)


def push(target, driver, G):
    push_graph(G, target.uri, target.user, target.password, batch_size=3)


@pytest.mark.parametrize("write", [push, lambda target, driver, G: run_script(driver, G)], ids=["push", "script"])
def test_nasty_names_stored_verbatim(neo4j_target, neo4j_db, db_counts, write):
    G = nasty_graph()
    write(neo4j_target, neo4j_db, G)
    write(neo4j_target, neo4j_db, G)
    assert db_counts() == {"entities": len(NASTY_NAMES), "articles": 1, "mentions": len(NASTY_NAMES),
                           "facts": 6, "nodes": len(NASTY_NAMES) + 1, "relationships": len(NASTY_NAMES) + 6}
    stored = {r["id"]: (r["name"], r["aliases"]) for r in neo4j_db.execute_query(
        "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases").records}
    assert stored == {node: (data["label"], data["aliases"]) for node, data in G.nodes(data=True)}
    relations = {r["relation"]: (r["type"], r["sentence"]) for r in neo4j_db.execute_query(
        "MATCH (:Entity)-[r]->(:Entity) RETURN r.relation AS relation, type(r) AS type, r.sentence AS sentence").records}
    assert relations == {
        "supports": ("SUPPORTS", NASTY_NAMES[0]),
        "지지한다": ("RELATED_TO", NASTY_NAMES[1]),
        "`]->() DETACH DELETE n //": ("DETACH_DELETE_N", NASTY_NAMES[2]),
        "pays tribute to": ("PAYS_TRIBUTE_TO", NASTY_NAMES[3]),
        "réfute": ("REFUTE", NASTY_NAMES[4]),
        "mentions": ("RELATED_TO", NASTY_NAMES[5]),
    }
    article = neo4j_db.execute_query("MATCH (a:Article) RETURN a.id AS id, a.title AS t").records[0]
    assert (article["id"], article["t"]) == ("x'1", "'; DROP")


def test_nasty_names_do_not_touch_other_data(neo4j_target, neo4j_db, db_counts):
    neo4j_db.execute_query("CREATE (:Bystander {name: 'keep me'})")
    push(neo4j_target, neo4j_db, nasty_graph())
    run_script(neo4j_db, nasty_graph())
    assert neo4j_db.execute_query("MATCH (b:Bystander) RETURN b.name AS n").records[0]["n"] == "keep me"
    assert db_counts()["nodes"] == len(NASTY_NAMES) + 2
