"""`kg build --engine spark`: read -> extract on Spark -> Parquet -> resolve -> exports.

Every stage calls the single-machine code (graph.spark's docstring lists them), so the two
engines give the same graph: the documents and their extraction batches are those of
`kg build`; each batch is extracted by extract.pipeline.extract_batch in a Python worker;
the extraction table is written to Parquet before any global stage, so spaCy never runs
twice (a retried task is re-run whole, and its failed attempt's rows are discarded by the
Parquet commit); then, when the name occurrences fit on the driver (`DRIVER_LIMIT`),
graph.spark.candidates resolves them as stages (graph.resolve's parts: forms keyed on the
driver, each article's names in the workers, the corpus pass on the driver, no text or facts
collected for it); graph.pipeline.write_built writes the state files as `kg build` does, from
the articles streamed out of the extraction table a partition at a time (graph.spark.state,
never gathered on the driver); above the limit
graph.spark.components resolves in DataFrames.
Either way the facts are joined to their entity ids and aggregated into edges in DataFrames
(graph.spark.edges), and the graph is assembled on the driver and its files written only when
the edges are at most the graph limit (`GRAPH_LIMIT`); above it only the Parquet tables are
written, and the build says so.
"""
from __future__ import annotations

import json
import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable

from extract.confidence import DEFAULT_MIN_CONFIDENCE, check_threshold
import networkx as nx

from extract.errors import ExportError, NothingToRead, SparkBuildError
from extract.sources import Problem
from graph import incremental
from graph.export.writable import check_writable
from graph.filters import GraphFilter, filter_graph
from graph.lock import build_lock
from graph.pipeline import (EXPORT_FILES, Built, BuildReport, ReadOptions, _nothing_read,
                            own_files, write_built)
from graph.spark import require_pyspark
from graph.spark.edges import GRAPH_LIMIT
from graph.spark.session import DEFAULT_MASTER

#: name occurrences (mentions and fact arguments) up to which resolution runs on the driver,
#: with the single-machine resolver; about 1 KB of driver memory each (docs/scale.md)
DRIVER_LIMIT = 5_000_000
#: the Parquet tables' folder inside the output directory
TABLES = "parquet"
#: the graph files written when the aggregated graph is at most the graph limit
GRAPH_FILES = ("graph.graphml", "graph.gexf", "graph.json", "graph.html")


@dataclass(frozen=True)
class SparkOptions:
    """How a Spark build runs; `fail_partition` is a test-only fault hook (graph.spark.worker)."""

    master: str = DEFAULT_MASTER
    partitions: int | None = None  # extraction partitions; default: 2 per core of the session
    driver_limit: int = DRIVER_LIMIT
    graph_limit: int = GRAPH_LIMIT  # aggregated edges up to which the graph files are written
    push: "object | None" = None  # a graph.spark.push.Target: write to Neo4j through the connector
    fail_partition: int | None = None
    fault_marks: str | None = None
    fetch_rows: int = 5_000  # extraction-table rows the driver holds at once (graph.spark.state)


@dataclass
class SparkReport(BuildReport):
    """A BuildReport with what the Spark engine adds: where the tables are and what was pushed."""

    engine: str = "spark"
    resolution: str = "driver"  # "driver" (graph.resolve) or "components" (DataFrames)
    tables: dict[str, int] = field(default_factory=dict)  # Parquet table -> rows
    workers: dict[str, int] = field(default_factory=dict)  # Python worker -> pipelines it loaded
    pushed: object | None = None  # graph.spark.push.PushStats
    skipped_exports: str | None = None  # why the graph files were not written
    held: int = 0  # the most extraction-table rows the driver held at once (driver path)


def spark_build(inputs: Iterable[str | Path], out_dir: str | Path, *, model: str | None = None,
                options: ReadOptions = ReadOptions(),
                on_problem: Callable[[Problem], None] | None = None,
                on_stage: Callable[[str], None] | None = None,
                resolution_options: dict | None = None,
                min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                graph_filter: GraphFilter | None = None, lock_timeout: float | None = None,
                on_wait: Callable[[str], None] | None = None,
                spark: SparkOptions = SparkOptions()) -> SparkReport:
    """Build the graph of the inputs on Spark and write the exports and Parquet tables into
    `out_dir`; with `spark.push`, write it to Neo4j through the connector.

    Same arguments and errors as graph.pipeline.build_exports (NothingToRead, ExportError,
    BuildLocked), plus SparkUnavailable without pyspark or Java and SparkBuildError when a
    Spark stage fails.
    """
    require_pyspark()
    if spark.push is not None:
        from graph.spark.push import check_target

        check_target(spark.push)  # a wrong URI fails now, not after the build
    started = time.perf_counter()
    check_writable(out_dir)
    out = Path(out_dir)
    announce = on_stage or (lambda name: None)
    report = SparkReport(min_confidence=check_threshold(min_confidence))

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if on_problem:
            on_problem(p)

    with build_lock(out, timeout=lock_timeout, on_wait=on_wait):
        work = out / f".kg-spark-{int(time.time() * 1000)}"
        try:
            graph = _run(inputs, out, work, model=model, options=options, problem=problem,
                         announce=announce, report=report, resolution_options=resolution_options,
                         min_confidence=min_confidence, graph_filter=graph_filter, spark=spark)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if spark.push is not None and graph is None:
            report.skipped_exports = f"{report.skipped_exports}; --push skipped (it writes the assembled graph)"
        if spark.push is not None and graph is not None:
            from graph.spark.push import push_built

            announce("push")
            t0 = time.perf_counter()
            report.pushed = push_built(graph, spark.push)
            report.timings["push"] = time.perf_counter() - t0
    report.seconds = time.perf_counter() - started
    return report


def _run(inputs, out: Path, work: Path, *, model, options: ReadOptions, problem, announce,
         report: SparkReport, resolution_options, min_confidence, graph_filter,
         spark: SparkOptions) -> nx.MultiDiGraph | None:
    """The build's stages; returns the graph written to the graph files (None when skipped)."""
    from pyspark.errors import PySparkException
    from py4j.protocol import Py4JError

    from graph.spark.documents import documents, write_documents
    from graph.spark.session import spark_session
    from graph.spark.tables import write_tables

    t0 = time.perf_counter()
    from extract.nlp import default_model

    model = model or default_model()  # no pipeline installed: fail before reading
    docs = documents(inputs, on_problem=problem, read_options=options, exclude=own_files(out),
                     exports=EXPORT_FILES)
    count = write_documents(docs, work / "documents")
    report.timings["read"] = time.perf_counter() - t0
    if count == 0:
        raise NothingToRead(_nothing_read(report))
    try:
        session = spark_session(spark.master, push=spark.push is not None)
        announce("extract")
        t0 = time.perf_counter()
        extracted = extract(session, work / "documents", work / "extracted", model=model,
                            profile=options.profile, partitions=spark.partitions,
                            fail_partition=spark.fail_partition, fault_marks=spark.fault_marks)
        report.timings["extract"] = time.perf_counter() - t0
        names = extracted.groupBy().sum("names").first()[0] or 0
        if names > spark.driver_limit:
            return _by_components(session, extracted, out, work, announce=announce, problem=problem,
                                  report=report, min_confidence=min_confidence,
                                  resolution_options=resolution_options, graph_filter=graph_filter,
                                  graph_limit=spark.graph_limit)
        from graph.spark.state import Stream, StreamedArticles, article_table, survey

        found = survey(extracted, problem, min_confidence=min_confidence, rows=spark.fetch_rows)
        report.workers = found.workers
        if not found.articles:
            raise NothingToRead(_nothing_read(report))
        from extract.profiles import grounding
        from graph.spark.candidates import resolve_stages

        announce("resolve")
        t0 = time.perf_counter()
        resolution, occurrences = resolve_stages(
            session, extracted, work, min_confidence=min_confidence, resolution_options=resolution_options,
            shared_concepts=grounding(options.profile).shared_concepts)
        report.timings["resolve"] = time.perf_counter() - t0
        announce("build")
        t0 = time.perf_counter()
        articles = _materialised(article_table(extracted, min_confidence=min_confidence), work / "articles")
        edges = _DriverEdges(session, extracted, work, min_confidence=min_confidence,
                             limit=spark.graph_limit, occurrences=occurrences)
        g = edges(resolution, Stream(articles, spark.fetch_rows)())
        if graph_filter is not None:
            g = filter_graph(g, graph_filter)
        report.timings["build"] = time.perf_counter() - t0
        report.articles, report.facts, report.below_threshold = found.articles, found.kept, found.facts - found.kept
        report.entities, report.relations = g.number_of_nodes(), g.number_of_edges()
        # the state files streamed from the extraction table: write_built writes them from
        # Articles it is given one at a time, the driver holding one fetch of rows at a time
        stream = Stream(extracted, spark.fetch_rows)
        built = Built(g, StreamedArticles(stream), StreamedArticles(stream, min_confidence), resolution, report)
        if edges.skipped:
            report.skipped_exports = edges.skipped
            report.entities, report.relations = edges.nodes, edges.count
        else:
            write_built(built, out, announce)
        report.held = stream.held
        t0 = time.perf_counter()
        from graph.spark.tables import built_tables

        tables = {**built_tables(session, built), **edges.tables, "articles": articles.drop("seq")}
        report.tables = write_tables(tables, out / TABLES, work / "tables")
        report.timings["tables"] = time.perf_counter() - t0
    except (PySparkException, Py4JError) as exc:
        raise SparkBuildError(f"the Spark build failed: {_first_line(exc)}") from exc
    return None if edges.skipped else built.graph


class _DriverEdges:
    """build_graph of the driver path, as DataFrame stages (graph.spark.edges): the facts of the
    extraction table joined to the Resolution's ids and aggregated; the graph assembled on the
    driver when the edges are at most `limit`, else an empty graph and `skipped` says why."""

    def __init__(self, session, extracted, work: Path, *, min_confidence: float, limit: int, occurrences=None):
        self.session, self.extracted, self.work = session, extracted, work
        self.occurrences = occurrences
        self.min_confidence, self.limit = min_confidence, limit
        self.tables: dict = {}
        self.count = self.nodes = 0
        self.skipped: str | None = None

    def __call__(self, resolution, articles: Iterable) -> nx.MultiDiGraph:
        """The graph of `resolution`; `articles` streams the article_table rows (its list)."""
        from graph.spark.edges import (aggregate, assemble, evidence_table, fact_table, in_order,
                                       node_attributes, resolved_evidence)

        evidence = _materialised(resolved_evidence(self.session, self.extracted, resolution,
                                                   min_confidence=self.min_confidence,
                                                   occurrences=self.occurrences),
                                 self.work / "evidence")
        edges = _materialised(aggregate(evidence), self.work / "edges")
        self.tables = {"facts": fact_table(edges), "evidence": evidence_table(evidence)}
        self.count = edges.count()
        if self.count > self.limit:
            self.nodes = _node_count(edges)
            self.skipped = _too_big(self.count, self.limit)
            return nx.MultiDiGraph()
        listed = [{k: row[k] for k in ("id", "title", "url", "published", "source")} for row in articles]
        published = {a["id"]: a["published"] for a in listed}
        return assemble(in_order(edges), lambda n: node_attributes(resolution.entities[n], published), listed)


def _by_components(session, extracted, out: Path, work: Path, *, announce, problem,
                   report: SparkReport, min_confidence: float, resolution_options: dict | None,
                   graph_filter,
                   graph_limit: int) -> nx.MultiDiGraph | None:
    """The components path: resolution and aggregation in DataFrames, the Parquet tables, and
    the graph files when the aggregated graph is at most `graph_limit` edges."""
    from graph.spark.components import resolve_components
    from graph.spark.edges import aggregate, evidence_table, fact_table, in_order
    from graph.spark.tables import write_tables

    report.resolution = "components"
    announce("resolve")
    t0 = time.perf_counter()
    tables = resolve_components(session, extracted, work / "checkpoints", min_confidence=min_confidence,
                                resolution_options=resolution_options)
    evidence = _materialised(tables.pop("evidence"), work / "evidence")
    edges = _materialised(aggregate(evidence), work / "edges")
    entities = _materialised(tables["entities"], work / "entities")
    report.timings["resolve"] = time.perf_counter() - t0
    _collect_problems(extracted, problem)
    tables.update(entities=entities, facts=fact_table(edges), evidence=evidence_table(evidence))
    count, g = edges.count(), None
    if count > graph_limit:
        report.skipped_exports = _too_big(count, graph_limit)
    else:
        g = _component_graph(session, extracted, edges, entities, in_order)
        if graph_filter is not None:
            g = filter_graph(g, graph_filter)
        _write_graph_files(g, out, announce, report)
    report.tables = write_tables(tables, out / TABLES, work / "tables")
    report.articles = report.tables.get("articles", 0)
    report.entities = report.tables.get("entities", 0)
    report.relations = report.tables.get("facts", 0)
    report.facts = report.tables.get("evidence", 0)
    return g


def _component_graph(session, extracted, edges, entities, in_order) -> nx.MultiDiGraph:
    """The graph of the components path's aggregated edges, assembled on the driver."""
    from types import SimpleNamespace

    from pyspark.sql import functions as F

    from graph.spark.edges import assemble, node_attributes

    articles = [_article_meta(incremental.article_from_record(json.loads(row["record"])).document)
                for row in extracted.where("record IS NOT NULL").orderBy("seq").select("record")
                .toLocalIterator()]
    published = {a["id"]: a["published"] for a in articles}
    ends = edges.select(F.col("subject").alias("id")).union(edges.select(F.col("object").alias("id")))
    nodes = {row["id"]: node_attributes(SimpleNamespace(**row.asDict()), published)
             for row in entities.join(ends.distinct(), "id").toLocalIterator()}
    return assemble(in_order(edges), nodes.__getitem__, articles)


def _write_graph_files(g: nx.MultiDiGraph, out: Path, announce, report: SparkReport) -> None:
    """GraphML, GEXF, JSON and HTML of `g` into `out`, as one generation (never half-written)."""
    from graph.export.generations import clean_leftovers, new_generation
    from graph.export.gexf import write_gexf
    from graph.export.graphml import write_graphml
    from graph.export.html import write_html
    from graph.export.json import write_json

    announce("export")
    t0 = time.perf_counter()
    try:
        report.leftovers = clean_leftovers(out)
        with new_generation(out, GRAPH_FILES, on_switched=lambda: announce("published")) as stage:
            write_graphml(g, stage / "graph.graphml")
            gexf = write_gexf(g, stage / "graph.gexf")
            report.undated, report.default_date = list(gexf.undated_articles), gexf.default_date
            write_json(g, stage / "graph.json")
            write_html(g, stage / "graph.html")
    except OSError as exc:
        raise ExportError(f"cannot write the exports to {out}: {(exc.strerror or str(exc)).lower()}"
                          " (previous exports left unchanged)") from exc
    report.timings["export"] = time.perf_counter() - t0
    report.outputs = [str(out / name) for name in GRAPH_FILES]


def _materialised(frame, folder: Path):
    """`frame` written to Parquet in the build's work folder and read back: later stages (a
    count, the tables, the driver's graph) read it instead of computing it again."""
    from graph.spark.session import hadoop_path

    frame.write.mode("overwrite").parquet(str(folder))
    return frame.sparkSession.read.parquet(hadoop_path(folder))


def _node_count(edges) -> int:
    ends = edges.select("subject").union(edges.select("object"))
    return ends.distinct().count()


def _too_big(edges: int, limit: int) -> str:
    return f"{edges:,} edges, above the graph limit of {limit:,}: graph files skipped, Parquet tables written"


def _article_meta(document) -> dict:
    return {"id": document.id, "title": document.title, "url": document.url,
            "published": document.published, "source": document.source}


def extract(session, documents: Path, target: Path, *, model: str, profile, partitions: int | None,
            fail_partition: int | None = None, fault_marks: str | None = None):
    """Extract the documents table on Spark into the Parquet table `target`; returns it, read back.

    Whole batches go to one partition (range-partitioned by batch, sorted by position), so
    every batch is parsed as the single-machine build parses it.
    """
    from graph.spark.session import hadoop_path
    from graph.spark.worker import SCHEMA, extract_partition

    frame = session.read.parquet(hadoop_path(documents))
    n = partitions or max(1, 2 * session.sparkContext.defaultParallelism)
    batches = frame.agg({"batch": "max"}).first()[0] + 1
    run = partial(extract_partition, model=model, profile=profile.value, fail_partition=fail_partition,
                  fault_marks=fault_marks)
    (frame.repartitionByRange(min(n, batches), "batch").sortWithinPartitions("seq")
     .mapInPandas(run, SCHEMA).write.mode("overwrite").parquet(str(target)))
    return session.read.parquet(hadoop_path(target))


def _collect_problems(extracted, problem: Callable[[Problem], None]) -> None:
    for row in extracted.where("problem IS NOT NULL").orderBy("seq").select("problem").toLocalIterator():
        p = json.loads(row["problem"])
        problem(Problem(p["path"], p["reason"], p["kind"]))


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
