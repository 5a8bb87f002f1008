"""`kg build --engine spark`: read -> extract on Spark -> Parquet -> resolve -> exports.

Every stage calls the single-machine code (graph.spark's docstring lists them), so the two
engines give the same graph: the documents and their extraction batches are those of
`kg build`; each batch is extracted by extract.pipeline.extract_batch in a Python worker;
the extraction table is written to Parquet before any global stage, so spaCy never runs
twice (a retried task is re-run whole, and its failed attempt's rows are discarded by the
Parquet commit); then, when the name occurrences fit on the driver (`DRIVER_LIMIT`), the
articles are collected in input order and go through graph.pipeline.resolve_state and
write_built, the functions `kg build` calls. Above the limit, graph.spark.components
resolves in DataFrames and only the Parquet tables are written (the graph files are skipped,
and the build says so).
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
from extract.errors import NothingToRead, SparkBuildError
from extract.pipeline import Article
from extract.sources import Problem
from graph import incremental
from graph.export.writable import check_writable
from graph.filters import GraphFilter
from graph.lock import build_lock
from graph.pipeline import (EXPORT_FILES, NO_PROSE, Built, BuildReport, ReadOptions, _nothing_read,
                            own_files, resolve_state, write_built)
from graph.spark import require_pyspark
from graph.spark.session import DEFAULT_MASTER

#: name occurrences (mentions and fact arguments) up to which resolution runs on the driver,
#: with the single-machine resolver; about 1 KB of driver memory each (docs/scale.md)
DRIVER_LIMIT = 5_000_000
#: the Parquet tables' folder inside the output directory
TABLES = "parquet"


@dataclass(frozen=True)
class SparkOptions:
    """How a Spark build runs; `fail_partition` is a test-only fault hook (graph.spark.worker)."""

    master: str = DEFAULT_MASTER
    partitions: int | None = None  # extraction partitions; default: 2 per core of the session
    driver_limit: int = DRIVER_LIMIT
    push: "object | None" = None  # a graph.spark.push.Target: write to Neo4j through the connector
    fail_partition: int | None = None
    fault_marks: str | None = None


@dataclass
class SparkReport(BuildReport):
    """A BuildReport with what the Spark engine adds: where the tables are and what was pushed."""

    engine: str = "spark"
    resolution: str = "driver"  # "driver" (graph.resolve) or "components" (DataFrames)
    tables: dict[str, int] = field(default_factory=dict)  # Parquet table -> rows
    workers: dict[str, int] = field(default_factory=dict)  # Python worker -> pipelines it loaded
    pushed: object | None = None  # graph.spark.push.PushStats
    skipped_exports: str | None = None  # why the graph files were not written


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
            built = _run(inputs, out, work, model=model, options=options, problem=problem,
                         announce=announce, report=report, resolution_options=resolution_options,
                         min_confidence=min_confidence, graph_filter=graph_filter, spark=spark)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if spark.push is not None and built is not None:
            from graph.spark.push import push_built

            announce("push")
            t0 = time.perf_counter()
            report.pushed = push_built(built.graph, spark.push)
            report.timings["push"] = time.perf_counter() - t0
    report.seconds = time.perf_counter() - started
    return report


def _run(inputs, out: Path, work: Path, *, model, options: ReadOptions, problem, announce,
         report: SparkReport, resolution_options, min_confidence, graph_filter,
         spark: SparkOptions) -> Built | None:
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
            from graph.spark.components import resolve_components

            report.resolution = "components"
            report.skipped_exports = (f"{names:,} name occurrences, above the driver limit of "
                                      f"{spark.driver_limit:,}: graph files skipped, Parquet tables written")
            announce("resolve")
            t0 = time.perf_counter()
            tables = resolve_components(session, extracted, work / "checkpoints",
                                        min_confidence=min_confidence)
            report.timings["resolve"] = time.perf_counter() - t0
            _collect_problems(extracted, problem)
            report.tables = write_tables(tables, out / TABLES, work / "tables")
            report.articles = report.tables.get("articles", 0)
            report.entities = report.tables.get("entities", 0)
            report.relations = report.tables.get("facts", 0)
            report.facts = report.tables.get("evidence", 0)
            return None
        articles, workers = collect(extracted, problem)
        report.workers = workers
    except (PySparkException, Py4JError) as exc:
        raise SparkBuildError(f"the Spark build failed: {_first_line(exc)}") from exc
    if not articles:
        raise NothingToRead(_nothing_read(report))
    built = resolve_state(incremental.State(), articles, report, on_stage=announce,
                          resolution_options=resolution_options, min_confidence=min_confidence,
                          profile=options.profile, graph_filter=graph_filter)
    write_built(built, out, announce)
    t0 = time.perf_counter()
    from graph.spark.tables import built_tables

    report.tables = write_tables(built_tables(session, built), out / TABLES, work / "tables")
    report.timings["tables"] = time.perf_counter() - t0
    return built


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


def collect(extracted, problem: Callable[[Problem], None]) -> tuple[list[Article], dict[str, int]]:
    """The articles of the extraction table in input order (problems reported), and the
    pipelines each Python worker loaded."""
    articles, workers = [], {}
    for row in extracted.orderBy("seq").toLocalIterator():
        workers[row["worker"]] = max(workers.get(row["worker"], 0), row["loads"])
        if row["problem"]:
            p = json.loads(row["problem"])
            problem(Problem(p["path"], p["reason"], p["kind"]))
        if row["record"] is None:
            continue
        article = incremental.article_from_record(json.loads(row["record"]))
        if not article.text:
            problem(Problem(article.document.path or article.document.id,
                            "no article prose found (every line looked like page furniture)",
                            NO_PROSE, skipped=False))
        articles.append(article)
    return articles, workers


def _collect_problems(extracted, problem: Callable[[Problem], None]) -> None:
    for row in extracted.where("problem IS NOT NULL").orderBy("seq").select("problem").toLocalIterator():
        p = json.loads(row["problem"])
        problem(Problem(p["path"], p["reason"], p["kind"]))


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
