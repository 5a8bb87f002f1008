#!/usr/bin/env python3
"""Time the Spark build against the single-machine build, and the connector's write rate.

usage: python benchmarks/spark.py [--limit 1000] [--no-push] [--masters local[1] local[2]] [--components]

On the first LIMIT BBC articles (../shared/eval/corpora/bbc_news/bbc, sorted by path):
1. the single-machine build (`build_exports`, one process): wall time, and CPU time per article;
2. `spark_build` on local[1] and on local[2] (a fresh session each, startup included and
   reported apart): wall time and throughput, the local[2] / local[1] ratio;
   Each Spark graph is compared with the single machine's: every node and edge attribute, and
   the state files byte for byte;
3. with `--components`, the components path forced (driver limit 0) on local[2]: the nodes and
   edges it shares with the single machine (docs/scale.md says which rules it leaves out);
4. with a Neo4j (the launcher, tools/neo4j/run.sh): the local[2] graph pushed through the Neo4j
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


def compare(local: Path, spark: Path) -> str:
    """How the graph and state files in `spark` compare with those of the single machine."""
    from graph.export.json import read_graph

    a, b = read_graph(local / "graph.json"), read_graph(spark / "graph.json")
    ea = {(s, o, k): d for s, o, k, d in a.edges(keys=True, data=True)}
    eb = {(s, o, k): d for s, o, k, d in b.edges(keys=True, data=True)}
    files = [n for n in ("triples.jsonl", "articles.jsonl", "entities.jsonl", "merges.jsonl")
             if (spark / n).exists() and (local / n).read_bytes() == (spark / n).read_bytes()]
    same_nodes = sum(1 for n, d in b.nodes(data=True) if n in a and a.nodes[n] == d)
    same_edges = sum(1 for k, d in eb.items() if ea.get(k) == d)
    weights = sum(1 for k, d in eb.items() if k in ea and ea[k]["weight"] == d["weight"])
    return (f"nodes {same_nodes} identical of {a.number_of_nodes()} (spark {b.number_of_nodes()}), "
            f"edges {same_edges} identical of {len(ea)} (spark {len(eb)}; {weights} with the same ends, "
            f"key and weight); state files identical: {', '.join(files) or 'none'}")


def spark_run(master: str, inputs: Path, out: Path, push=None, driver_limit: int | None = None,
              ) -> tuple[float, float, object]:
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
    options = SparkOptions(master=master, push=push)
    if driver_limit is not None:
        options = SparkOptions(master=master, push=push, driver_limit=driver_limit)
    report = spark_build([inputs], out, spark=options)
    return started, time.perf_counter() - t0, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--no-push", action="store_true", help="skip the Neo4j connector write")
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--components", action="store_true",
                        help="also force the components path on local[2] and compare its graph")
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
        for master in args.masters:
            started, seconds, report = spark_run(master, inputs, tmp / f"spark-{master[6:-1]}")
            runs[master] = seconds
            print(f"spark {master}: session {started:.1f} s, build {seconds:.1f} s "
                  f"({report.articles / seconds:.2f} articles/s; extract {report.timings['extract']:.1f} s, "
                  f"resolve {report.timings['resolve']:.1f} s), {report.relations} relations "
                  f"(single machine: {local.relations})")
            print(f"  against the single machine: {compare(tmp / 'local', tmp / f'spark-{master[6:-1]}')}")
        if {"local[1]", "local[2]"} <= runs.keys():
            print(f"throughput local[2] / local[1]: {runs['local[1]'] / runs['local[2]']:.2f}x")
        if "local[2]" in runs:
            print(f"build time spark local[2] / single machine (1 process): {runs['local[2]'] / wall:.2f}")
        if args.components:
            started, seconds, report = spark_run("local[2]", inputs, tmp / "components", driver_limit=0)
            print(f"spark local[2], components path: build {seconds:.1f} s, {report.relations} relations; "
                  f"against the single machine: {compare(tmp / 'local', tmp / 'components')}")
        if not args.no_push:
            from graph.export.json import read_graph
            from graph.spark.push import Target, push_built
            from tests.neo4j_server import Neo4jServer

            graph = read_graph(tmp / f"spark-{args.masters[-1][6:-1]}" / "graph.json")
            with Neo4jServer() as server:
                stats = push_built(graph, Target(server.uri, None, None))
                again = push_built(graph, Target(server.uri, None, None))
            print(f"connector push: {stats.nodes} nodes + {stats.relationships} relationships in "
                  f"{stats.seconds:.1f} s = {stats.rate:.0f} per second (again, all MERGE matches: "
                  f"{again.seconds:.1f} s = {again.rate:.0f} per second)")
    print(f"load after: {uptime()}")


if __name__ == "__main__":
    main()
