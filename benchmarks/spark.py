#!/usr/bin/env python3
"""Time the Spark build against the single-machine build, and the connector's write rate.

usage: python benchmarks/spark.py [--limit 1000] [--no-push]

On the first LIMIT BBC articles (../shared/eval/corpora/bbc_news/bbc, sorted by path):
1. the single-machine build (`build_exports`, one process): wall time, and CPU time per article;
2. `spark_build` on local[1] and on local[2] (a fresh session each, startup included and
   reported apart): wall time and throughput, the local[2] / local[1] ratio;
3. with a Neo4j (the launcher, tools/neo4j/run.sh): the local[2] graph pushed through the Neo4j
   Connector for Apache Spark, nodes + relationships per second.
Prints `uptime` before and after: the machine is shared, so the load goes with the figures.
Run it once; it takes a while (three builds of LIMIT articles).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.pipeline import build_exports  # noqa: E402

BBC = ROOT.parent / "shared" / "eval" / "corpora" / "bbc_news" / "bbc"


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def corpus(limit: int, into: Path) -> Path:
    files = sorted(BBC.glob("*/*.txt"))[:limit]
    if len(files) < limit:
        sys.exit(f"benchmarks/spark.py: {BBC} holds {len(files)} articles, fewer than {limit}")
    for f in files:
        (into / f.parent.name).mkdir(parents=True, exist_ok=True)
        shutil.copy(f, into / f.parent.name / f.name)
    return into


def spark_run(master: str, inputs: Path, out: Path, push=None) -> tuple[float, float, object]:
    """(session start seconds, build seconds, report) on a fresh session."""
    from pyspark.sql import SparkSession

    from graph.spark.build import SparkOptions, spark_build
    from graph.spark.session import spark_session

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
    t0 = time.perf_counter()
    spark_session(master, push=True)
    started = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = spark_build([inputs], out, spark=SparkOptions(master=master, push=push))
    return started, time.perf_counter() - t0, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--no-push", action="store_true", help="skip the Neo4j connector write")
    args = parser.parse_args()
    print(f"load before: {uptime()}  ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="kg-spark-bench-") as tmp:
        tmp = Path(tmp)
        inputs = corpus(args.limit, (tmp / "in"))
        cpu0, t0 = time.process_time(), time.perf_counter()
        local = build_exports([inputs], tmp / "local", workers=1)
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        print(f"single machine (1 process): {local.articles} articles, {local.facts} facts, "
              f"{local.relations} relations in {wall:.1f} s ({local.articles / wall:.2f} articles/s); "
              f"CPU {cpu:.1f} s = {cpu / local.articles * 1000:.0f} ms per article "
              f"(extract {local.timings['extract']:.1f} s, resolve {local.timings['resolve']:.1f} s)")
        runs = {}
        for master in ("local[1]", "local[2]"):
            started, seconds, report = spark_run(master, inputs, tmp / f"spark-{master[6:-1]}")
            runs[master] = seconds
            print(f"spark {master}: session {started:.1f} s, build {seconds:.1f} s "
                  f"({report.articles / seconds:.2f} articles/s; extract {report.timings['extract']:.1f} s, "
                  f"resolve {report.timings['resolve']:.1f} s), {report.relations} relations "
                  f"(single machine: {local.relations})")
        print(f"throughput local[2] / local[1]: {runs['local[1]'] / runs['local[2]']:.2f}x")
        print(f"build time spark local[2] / single machine (1 process): {runs['local[2]'] / wall:.2f}")
        if not args.no_push:
            from graph.export.json import read_graph
            from graph.spark.push import Target, push_built
            from tests.neo4j_server import Neo4jServer

            graph = read_graph(tmp / "spark-2" / "graph.json")
            with Neo4jServer() as server:
                stats = push_built(graph, Target(server.uri, None, None))
                again = push_built(graph, Target(server.uri, None, None))
            print(f"connector push: {stats.nodes} nodes + {stats.relationships} relationships in "
                  f"{stats.seconds:.1f} s = {stats.rate:.0f} per second (again, all MERGE matches: "
                  f"{again.seconds:.1f} s = {again.rate:.0f} per second)")
    print(f"load after: {uptime()}")


if __name__ == "__main__":
    main()
