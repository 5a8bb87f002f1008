"""Push a graph to a Neo4j server: batched ``UNWIND $rows ... MERGE``, one transaction per batch.

The model and the query text live in :mod:`graph.export.cypher`; this module only talks to the
server. Every value travels as a parameter. MERGE on ids and fact keys makes a push idempotent, and
because each batch commits on its own, an interrupted push leaves whole batches that a second push
completes. Properties are set from the graph (the source of truth), never incremented.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import networkx as nx
import neo4j
from neo4j import exceptions as neo4j_errors

from graph.export.cypher import DEFAULT_BATCH_SIZE, Step, constraint_queries, graph_rows, write_plan

DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"


class PushError(Exception):
    """The server cannot be reached, refuses the login, lacks the database, or the push broke off.

    The message is one line meant for the user.
    """


@dataclass(frozen=True)
class PushStats:
    """What one push wrote (rows sent, whether new or already there) and how long it took."""

    entities: int
    articles: int
    mentions: int
    facts: int
    batches: int
    batch_size: int
    seconds: float

    @property
    def relationships(self) -> int:
        """Fact and MENTIONS relationships sent."""
        return self.facts + self.mentions


def _describe(err: Exception, uri: str, user: str | None, database: str | None) -> str:
    if isinstance(err, neo4j_errors.AuthError):
        return f"Neo4j at {uri} refused the login for user {user!r}: wrong user name or password"
    if isinstance(err, neo4j_errors.ClientError) and err.code == DATABASE_NOT_FOUND:
        return f"Neo4j at {uri} has no database {database!r} (Community edition has only 'neo4j')"
    if isinstance(err, neo4j_errors.ServiceUnavailable):
        return f"cannot reach Neo4j at {uri}: is the server running? (`make neo4j` starts one)"
    if isinstance(err, (neo4j_errors.ConfigurationError, ValueError)):
        return f"invalid Neo4j URI {uri!r}: {err}"
    return f"Neo4j at {uri} failed: {err}"


@contextmanager
def open_driver(
    uri: str, user: str | None = "neo4j", password: str | None = None, database: str | None = None
) -> Iterator[neo4j.Driver]:
    """The one place that opens a driver. Checks the login and the database, else raises PushError.

    Without a password no credentials are sent (for servers with authentication off).
    """
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth)
    except (neo4j_errors.ConfigurationError, ValueError) as err:
        raise PushError(_describe(err, uri, user, database)) from None
    try:
        try:
            driver.verify_connectivity()
            driver.execute_query("RETURN 1", database_=database)
        except (neo4j_errors.AuthError, neo4j_errors.ServiceUnavailable, neo4j_errors.ClientError) as err:
            raise PushError(_describe(err, uri, user, database)) from None
        yield driver
    finally:
        driver.close()


def _run(tx: neo4j.ManagedTransaction, query: str, rows: list[dict]) -> None:
    tx.run(query, rows=rows).consume()


def push_graph(
    G: nx.MultiDiGraph,
    uri: str,
    user: str | None = "neo4j",
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_batch: Callable[[int, Step], None] | None = None,
) -> PushStats:
    """Write ``G`` to Neo4j following the model in :mod:`graph.export.cypher`.

    ``on_batch(i, step)`` is called after batch ``i`` commits (progress reports, tests).
    Raises PushError with a one-line message when the server is unreachable, refuses the login,
    has no such database, or drops out mid-push (then running it again completes the graph).
    """
    rows = graph_rows(G)
    plan = write_plan(rows, batch_size)  # validates batch_size before connecting
    started = time.perf_counter()
    done = 0
    with open_driver(uri, user, password, database) as driver, driver.session(database=database) as session:
        try:
            for query in constraint_queries():
                session.execute_write(_run, query, [])
            for step in plan:
                session.execute_write(_run, step.query, step.rows)
                done += 1
                if on_batch is not None:
                    on_batch(done, step)
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, neo4j_errors.AuthError) as err:
            raise PushError(
                f"{_describe(err, uri, user, database)}; {done} batches were written, "
                "push again to complete the graph"
            ) from None
    counts = rows.counts
    return PushStats(
        entities=counts["entities"],
        articles=counts["articles"],
        mentions=counts["mentions"],
        facts=counts["facts"],
        batches=done,
        batch_size=batch_size,
        seconds=time.perf_counter() - started,
    )
