"""Push a graph to a Neo4j server: batched ``UNWIND $rows ... MERGE``, one transaction per batch.

The model and the query text live in :mod:`graph.export.cypher`; this module only talks to the
server. Every value travels as a parameter. MERGE on node keys and fact keys makes a push
idempotent, and because each batch commits on its own, an interrupted push leaves whole batches
that a second push completes. Properties are set from the graph (the source of truth), never
incremented. Every failure becomes a PushError with a one-line message.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import networkx as nx
import neo4j
from neo4j import exceptions as neo4j_errors

from graph.export.cypher import (
    DEFAULT_BATCH_SIZE, Step, constraint_queries, graph_rows, node_key, write_plan,
)

DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"
AUTH_RATE_LIMIT = "Neo.ClientError.Security.AuthenticationRateLimit"
#: URI schemes of the Bolt protocol the push speaks (the driver's http(s) preview is not supported).
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_TIMEOUT = 10.0  # seconds to connect, or to get a connection from the pool
#: The first Neo4j with dynamic relationship types (``MERGE ()-[:$(row.type)]->()``).
MIN_VERSION = (5, 26)

# The driver logs connection failures as warnings; with no handler Python would print them on
# stderr next to our one-line message.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


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


def _one_line(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def _describe(err: Exception, uri: str, user: str | None, database: str | None,
              timed_out: float | None = None) -> str:
    """One line for the user; ``timed_out`` is the timeout in seconds when the wait ran out."""
    if isinstance(err, neo4j_errors.AuthError):
        return f"Neo4j at {uri} refused the login for user {user!r}: wrong user name or password"
    if isinstance(err, neo4j_errors.Neo4jError) and err.code == AUTH_RATE_LIMIT:
        return (f"Neo4j at {uri} refused the login for user {user!r}: too many wrong passwords in a "
                "row; wait a few seconds, then try again with the right one")
    if isinstance(err, neo4j_errors.Neo4jError) and err.code == DATABASE_NOT_FOUND:
        return f"Neo4j at {uri} has no database {database!r} (Community edition has only 'neo4j')"
    if isinstance(err, neo4j_errors.ServiceUnavailable) and timed_out:
        return f"cannot reach Neo4j at {uri}: no answer within {timed_out:g} s (is this a Neo4j Bolt port?)"
    if isinstance(err, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired)):
        return f"cannot reach Neo4j at {uri}: is the server running? (`make neo4j` starts one)"
    if isinstance(err, (neo4j_errors.ConfigurationError, ValueError)):
        return f"invalid Neo4j URI {uri!r}: {_one_line(err)}"
    message = err.message if isinstance(err, neo4j_errors.Neo4jError) and err.message else err
    return f"Neo4j at {uri} failed: {_one_line(message)}"


def check_uri(uri: str) -> str:
    """Return ``uri`` if its scheme is one the push speaks, else raise PushError naming them.

    >>> check_uri("neo4j+s://db.example.org")
    'neo4j+s://db.example.org'
    """
    scheme, sep, rest = uri.partition("://")
    if not sep or not rest:
        raise PushError(f"invalid Neo4j URI {uri!r}: expected scheme://host[:port], e.g. bolt://127.0.0.1:7687")
    if scheme.lower() not in SCHEMES:
        raise PushError(f"unsupported Neo4j URI scheme {scheme!r} in {uri!r}: use one of "
                        f"{', '.join(s + '://' for s in SCHEMES)}")
    return uri


def check_version(agent: str | None, uri: str) -> None:
    """Raise PushError when the server's agent string (``Neo4j/5.20.0``) is older than MIN_VERSION.

    >>> check_version("Neo4j/2025.01.0", "bolt://x")
    >>> check_version("Neo4j/5.20.0", "bolt://x")
    Traceback (most recent call last):
    ...
    graph.export.neo4j.PushError: Neo4j at bolt://x is version 5.20.0; kg-builder needs 5.26 or later
    """
    found = re.match(r"Neo4j/((\d+)\.(\d+)\S*)", agent or "")
    if found and (int(found[2]), int(found[3])) < MIN_VERSION:
        raise PushError(f"Neo4j at {uri} is version {found[1]}; kg-builder needs "
                        f"{'.'.join(map(str, MIN_VERSION))} or later")


def check_timeout(timeout: float) -> float:
    """Return ``timeout`` if it is a positive number of seconds, else raise ValueError."""
    if not timeout > 0:
        raise ValueError(f"the connection timeout must be more than 0 seconds, found {timeout!r}")
    return float(timeout)


@contextmanager
def open_driver(
    uri: str, user: str | None = "neo4j", password: str | None = None, database: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[neo4j.Driver]:
    """The one place that opens a driver. Checks the login and the database, else raises PushError.

    Without a password no credentials are sent (for servers with authentication off). ``timeout``
    bounds connecting (a port that accepts and never answers) and waiting for a pooled connection.
    """
    check_uri(uri)
    timeout = check_timeout(timeout)
    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout,
                                            connection_acquisition_timeout=timeout)
    except (neo4j_errors.ConfigurationError, ValueError) as err:
        raise PushError(_describe(err, uri, user, database)) from None
    try:
        started = time.monotonic()
        try:
            agent = driver.get_server_info().agent
            driver.execute_query("RETURN 1", database_=database)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as err:
            waited = time.monotonic() - started >= timeout * 0.9
            raise PushError(_describe(err, uri, user, database, timeout if waited else None)) from None
        check_version(agent, uri)
        yield driver
    finally:
        driver.close()


def _run(tx: neo4j.ManagedTransaction, query: str, rows: list[dict]) -> None:
    tx.run(query, rows=rows).consume()


LEGACY_NODES = "MATCH (n:{label}) WHERE n.key IS NULL AND n.id IS NOT NULL RETURN elementId(n) AS node, n.id AS id"
SET_KEYS = "UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.node SET n.key = row.key"


def _add_missing_keys(session: neo4j.Session, batch_size: int) -> int:
    """Give nodes written before node keys existed their key, so that this push MERGEs onto them
    instead of adding duplicates. Returns how many nodes got one (0 on any later push)."""
    added = 0
    for label in ("Entity", "Article"):
        found = session.run(LEGACY_NODES.format(label=label)).data()
        rows = [{"node": r["node"], "key": node_key(str(r["id"]))} for r in found]
        for start in range(0, len(rows), batch_size):
            session.execute_write(_run, SET_KEYS, rows[start : start + batch_size])
        added += len(rows)
    return added


def push_graph(
    G: nx.MultiDiGraph,
    uri: str,
    user: str | None = "neo4j",
    password: str | None = None,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_batch: Callable[[int, Step], None] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    on_start: Callable[[int], None] | None = None,
) -> PushStats:
    """Write ``G`` to Neo4j following the model in :mod:`graph.export.cypher`.

    ``on_start(total)`` is called once connected with the number of batches to write, and
    ``on_batch(i, step)`` after batch ``i`` commits (progress reports, tests). ``timeout`` bounds
    connecting, in seconds. Raises PushError with a one-line message when the URI is unusable, the
    server is unreachable or silent, refuses the login, has no such database, or fails mid-push
    (then running it again completes the graph).
    """
    rows = graph_rows(G)
    plan = list(write_plan(rows, batch_size))  # validates batch_size before connecting
    started = time.perf_counter()
    done = 0
    with open_driver(uri, user, password, database, timeout) as driver, driver.session(database=database) as session:
        try:
            for query in constraint_queries():
                session.execute_write(_run, query, [])
            _add_missing_keys(session, batch_size)
            if on_start is not None:
                on_start(len(plan))
            for step in plan:
                session.execute_write(_run, step.query, step.rows)
                done += 1
                if on_batch is not None:
                    on_batch(done, step)
        except (neo4j_errors.Neo4jError, neo4j_errors.DriverError) as err:
            raise PushError(
                f"{_describe(err, uri, user, database)}; {done} of {len(plan)} batches were written, "
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
