"""Session-wide real Neo4j for integration tests: the project's launcher, or NEO4J_URI when set.

With CI=true these tests never skip: a missing Java or Maven fails the run. Elsewhere they skip.
Each test starts from an empty database, so an external NEO4J_URI must point at a database whose
contents may be deleted: the session refuses a non-empty one unless KG_TEST_NEO4J_WIPE=1.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import neo4j
import pytest

from tests.neo4j_server import LauncherUnavailable, Neo4jServer, external_server, wipe


@dataclass(frozen=True)
class Neo4jTarget:
    """Where the tests' Neo4j listens and how to log in (password None: auth off)."""

    uri: str
    user: str | None
    password: str | None

    @property
    def auth(self):
        return (self.user, self.password) if self.password else None


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _launch(password: str | None = None) -> Neo4jServer:
    try:
        return Neo4jServer(password=password).start()
    except LauncherUnavailable as err:
        if _in_ci():
            pytest.fail(f"{err}; integration tests must run in CI", pytrace=False)
        pytest.skip(str(err))


def _count(driver: neo4j.Driver) -> int:
    return driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]


@pytest.fixture(scope="session")
def neo4j_target():
    """The session's server: NEO4J_URI if set, else a launcher on a free port (stopped at the end)."""
    external = external_server()
    if external is not None:
        uri, auth = external
        target = Neo4jTarget(uri, auth[0] if auth else None, auth[1] if auth else None)
        with neo4j.GraphDatabase.driver(uri, auth=target.auth) as driver:
            if _count(driver) and os.environ.get("KG_TEST_NEO4J_WIPE") != "1":
                pytest.fail(f"{uri} is not empty; the tests delete everything (set KG_TEST_NEO4J_WIPE=1)")
        yield target
        return
    server = _launch()
    try:
        yield Neo4jTarget(server.uri, None, None)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_session_driver(neo4j_target):
    with neo4j.GraphDatabase.driver(neo4j_target.uri, auth=neo4j_target.auth) as driver:
        yield driver


@pytest.fixture
def neo4j_db(neo4j_target, neo4j_session_driver):
    """An empty database (data and constraints dropped) and a driver to inspect it."""
    wipe(neo4j_session_driver)
    return neo4j_session_driver


@pytest.fixture(scope="session")
def neo4j_auth_server():
    """A second launcher with authentication on; the password is ``server.password``."""
    server = _launch(password="kg-test-password")
    try:
        yield server
    finally:
        server.stop()


def _db_counts(driver: neo4j.Driver) -> dict[str, int]:
    query = """
    RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles,
           COUNT { ()-[:MENTIONS]->() } AS mentions, COUNT { (:Entity)-[]->(:Entity) } AS facts,
           COUNT { () } AS nodes, COUNT { ()-[]->() } AS relationships
    """
    return dict(driver.execute_query(query).records[0])


@pytest.fixture
def db_counts(neo4j_db):
    """``db_counts()`` -> entities, articles, mentions, facts, nodes and relationships in the database."""
    return lambda: _db_counts(neo4j_db)
