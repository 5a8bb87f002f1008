"""Unreachable or silent server, unsupported URI, wrong passwords, unknown database: PushError with
one clear line, fast."""

from __future__ import annotations

import socket
import time

import neo4j
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


def _fails_fast(uri: str, match: str, limit: float, **kwargs) -> PushError:
    started = time.monotonic()
    with pytest.raises(PushError, match=match) as info:
        push_graph(news_graph(), uri, **kwargs)
    assert time.monotonic() - started < limit
    assert "\n" not in str(info.value)
    return info.value


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "https://db.example.org", "ftp://x"])
def test_push_graph_unsupported_scheme(uri):
    error = _fails_fast(uri, "unsupported Neo4j URI scheme", 1.0)
    assert "bolt://" in str(error) and "neo4j://" in str(error)


@pytest.fixture
def silent_port():
    """A port that accepts connections and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_push_graph_silent_port_times_out(silent_port, scheme):
    _fails_fast(f"{scheme}://127.0.0.1:{silent_port}", "no answer within 1 s", 5.0, timeout=1)


def test_push_graph_silent_port_default_timeout(silent_port):
    started = time.monotonic()
    _fails_fast(f"bolt://127.0.0.1:{silent_port}", "no answer within 10 s", 15.0)
    assert time.monotonic() - started >= 9


@pytest.mark.parametrize("timeout", [0, -1, float("nan")])
def test_push_graph_rejects_bad_timeout(timeout):
    with pytest.raises(ValueError, match="timeout"):
        push_graph(news_graph(), "bolt://127.0.0.1:1", timeout=timeout)


@pytest.fixture
def locked_user(neo4j_auth_server):
    """A user of its own on the auth server (so that locking it out disturbs no other test)."""
    with neo4j.GraphDatabase.driver(neo4j_auth_server.uri, auth=neo4j_auth_server.auth) as driver:
        driver.execute_query("CREATE USER kg_locked IF NOT EXISTS SET PASSWORD 'kg-locked-password' "
                             "CHANGE NOT REQUIRED", database_="system")
    return "kg_locked"


def test_push_graph_repeated_wrong_passwords_rate_limited(neo4j_auth_server, locked_user):
    messages = set()
    for _ in range(6):  # the server locks a user out after 3 failures in a row (5 s)
        messages.add(str(_fails_fast(neo4j_auth_server.uri, "refused the login for user 'kg_locked'", 5.0,
                                     user=locked_user, password="wrong")))
    assert any("too many wrong passwords" in m for m in messages), messages
    assert all("AuthenticationRateLimit" not in m and "{" not in m for m in messages)
