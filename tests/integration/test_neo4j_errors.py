"""Unreachable server, wrong password, unknown database: PushError with one clear line."""

from __future__ import annotations

import pytest

from graph.export.neo4j import PushError, open_driver, push_graph
from tests.neo4j_samples import news_graph
from tests.neo4j_server import free_port


def test_push_graph_unreachable_server():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(PushError, match="cannot reach Neo4j at bolt://127.0.0.1") as info:
        push_graph(news_graph(), uri)
    assert "\n" not in str(info.value)


def test_push_graph_unknown_database(neo4j_target, neo4j_db, db_counts):
    with pytest.raises(PushError, match="has no database 'no-such-db'") as info:
        push_graph(news_graph(), neo4j_target.uri, neo4j_target.user, neo4j_target.password, database="no-such-db")
    assert "\n" not in str(info.value)
    assert db_counts()["nodes"] == 0


def test_push_graph_wrong_password(neo4j_auth_server):
    with pytest.raises(PushError, match="refused the login for user 'neo4j'") as info:
        push_graph(news_graph(), neo4j_auth_server.uri, "neo4j", "not-the-password")
    assert "\n" not in str(info.value)


def test_push_graph_right_password(neo4j_auth_server):
    stats = push_graph(news_graph(), neo4j_auth_server.uri, "neo4j", neo4j_auth_server.password)
    assert stats.facts == 8


def test_open_driver_invalid_uri():
    with pytest.raises(PushError, match="invalid Neo4j URI"):
        with open_driver("http//nowhere"):
            pass
