"""`kg build --engine spark --push`: the graph to Neo4j through the Neo4j Connector for Apache Spark.

The rows are those of `kg push` (graph.export.cypher.graph_rows: hashed node `key`s, fact keys)
and so are the queries: each `merge_*_query` of graph.export.cypher runs once per row in the
connector's query write mode (`UNWIND $events AS event` + our query over `[event]`), every value a
parameter. The uniqueness constraints come first (the connector's `script` option, the
statements of `constraint_queries`), then nodes (entities by label, articles), then
relationships (MENTIONS, facts). MERGE on keys makes a second push change nothing.

Relationship writes run in one partition: concurrent MERGEs of relationships on shared nodes
deadlock in Neo4j; node writes, unique by key, run in parallel.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from extract.errors import SparkPushError
from graph.export.cypher import (DEFAULT_BATCH_SIZE, constraint_queries, graph_rows,
                                 merge_articles_query, merge_entities_query, merge_facts_query,
                                 merge_mentions_query)

DATA_SOURCE = "org.neo4j.spark.DataSource"
#: a connector query reads its row as `event`; our queries UNWIND a list of rows
ROW = "[event]"
#: the fact properties travel as columns of their own (the connector does not pass a struct
#: column as a map) and are gathered into `props` again by a map projection
PROPS = ("relation", "category", "polarity", "certainty", "confidence", "weight", "sources",
         "first_seen", "last_seen", "sentence", "sentences", "evidence_docs", "attributed_to")
FACT_ROW = ("[{type: event.type, source: event.source, target: event.target, key: event.key, "
            "props: event {" + ", ".join("." + p for p in PROPS) + "}}]")


@dataclass(frozen=True)
class Target:
    """Where to push: a Bolt URI and the login (no password: a server with auth off)."""

    uri: str
    user: str | None = "neo4j"
    password: str | None = None
    database: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE


@dataclass(frozen=True)
class PushStats:
    """What the connector wrote and how fast."""

    nodes: int
    relationships: int
    seconds: float

    @property
    def rate(self) -> float:
        """Nodes and relationships written per second."""
        return (self.nodes + self.relationships) / self.seconds if self.seconds else 0.0


def push_built(graph, target: Target) -> PushStats:
    """Write `graph` (docs/graph-contract.md) to Neo4j through the connector; SparkPushError
    with the connector's first line when a write fails (pushing again completes the graph)."""
    from pyspark.errors import PySparkException
    from py4j.protocol import Py4JError
    from pyspark.sql import SparkSession

    check_target(target)
    session = SparkSession.getActiveSession()
    rows = graph_rows(graph)
    started = time.perf_counter()
    try:
        first = True
        for label in sorted(rows.entities):
            _write(session.createDataFrame(rows.entities[label], _ENTITY), target,
                   merge_entities_query(label, ROW), script=first)
            first = False
        _write(session.createDataFrame(rows.articles, _ARTICLE), target, merge_articles_query(ROW),
               script=first)
        if rows.mentions:
            _write(session.createDataFrame(rows.mentions, _MENTION).coalesce(1), target,
                   merge_mentions_query(ROW))
        if rows.facts:
            facts = [{**{k: row[k] for k in ("type", "source", "target", "key")}, **row["props"]}
                     for row in rows.facts]
            _write(session.createDataFrame(facts, _FACT).coalesce(1), target, merge_facts_query(FACT_ROW))
    except (PySparkException, Py4JError) as exc:
        line = cause(exc)
        raise SparkPushError(f"the Neo4j connector could not write to {target.uri}: {line} "
                              "(push again to complete the graph)") from exc
    counts = rows.counts
    return PushStats(counts["entities"] + counts["articles"], counts["mentions"] + counts["facts"],
                     time.perf_counter() - started)


def check_target(target: Target) -> Target:
    """`target` if its URI has a Bolt scheme, else SparkPushError (before anything is built)."""
    from graph.export.neo4j import PushError, check_uri

    try:
        check_uri(target.uri)
    except PushError as exc:
        raise SparkPushError(str(exc)) from exc
    return target


def cause(exc: BaseException) -> str:
    """The line of a Spark error that says what went wrong: the innermost `Caused by`, else the
    first line naming an exception, else the first line."""
    lines = [x.strip() for x in str(exc).splitlines() if x.strip() and not x.strip().startswith("at ")]
    causes = [x.removeprefix("Caused by: ") for x in lines if x.startswith("Caused by: ")]
    named = [x for x in lines if "Exception: " in x]
    return (causes or named or lines or [type(exc).__name__])[-1 if causes else 0]


def _write(frame, target: Target, query: str, *, script: bool = False) -> None:
    writer = (frame.write.format(DATA_SOURCE).mode("Append")
              .option("url", target.uri).option("query", query)
              .option("batch.size", str(target.batch_size)))
    if target.password is not None:
        writer = (writer.option("authentication.type", "basic")
                  .option("authentication.basic.username", target.user or "neo4j")
                  .option("authentication.basic.password", target.password))
    else:
        writer = writer.option("authentication.type", "none")
    if target.database:
        writer = writer.option("database", target.database)
    if script:
        writer = writer.option("script", ";".join(constraint_queries()))
    writer.save()


_ENTITY = ("key string, id string, name string, type string, aliases array<string>, mentions long")
_ARTICLE = "key string, id string, title string, url string, published string, source string"
_MENTION = "article string, entity string"
_FACT = ("type string, source string, target string, key string, relation string, "
         "category string, polarity string, certainty string, confidence double, weight long, "
         "sources array<string>, first_seen string, last_seen string, sentence string, "
         "sentences array<string>, evidence_docs array<string>, attributed_to array<string>")
