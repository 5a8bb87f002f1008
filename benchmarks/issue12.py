#!/usr/bin/env python3
"""Every figure of issue 12 in one run, with one table of ratios and bars at the end.

usage: python benchmarks/issue12.py [--quick] [--skip push into ...]

Runs, one after another and each build in a fresh process, the measurements of the other
benchmark scripts (their functions, imported):

- workers 1 vs 2 (`workers.build_run`, >= 300 BBC articles; exports compared byte for byte);
- the build with one worker vs raw `nlp.pipe` (`build_vs_spacy.compare`);
- peak RSS at 500, 1,000 and all 2,225 BBC articles, the Wikinews corpus and one
  1,000,000-character article (`memory.build_peak`);
- `kg push` of the Wikinews graph (the build just made): per-type batches of earlier versions
  vs `push_graph` vs a naive writer (`neo4j_push.push_figures`; a Neo4j started by
  tools/neo4j/run.sh, or NEO4J_URI, which is wiped);
- `--into` adding 10 articles to a 2,000-article build vs building everything
  (`incremental.into_cost`).

`--quick` runs the same steps on small inputs (40 articles for workers and spaCy; 50, 100 and
200 for memory; a 100,000-character article; 10 added to 100; push of the 50-article graph
with a naive sample of 300): a check that everything runs, not the figures of the issue. The
full run takes about 25 minutes on an idle 2-core machine (estimated from each step's figures;
docs/speed.md).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import build_vs_spacy, incremental, memory, workers  # noqa: E402
from benchmarks.speed import WIKINEWS, bbc_sample, load, long_article  # noqa: E402

STEPS = ("workers", "spacy", "memory", "push", "into")


@dataclass(frozen=True)
class Sizes:
    workers: int  # BBC articles for workers 1 vs 2
    spacy: int  # BBC articles for build vs raw spaCy
    memory: tuple[int, int, int]  # BBC articles for the peak RSS (the last / the first is the ratio)
    long_chars: int
    into: tuple[int, int]  # (articles of the existing build, articles added)
    naive_sample: int  # relationships the naive writer pushes


FULL = Sizes(workers=300, spacy=300, memory=(500, 1000, 2225), long_chars=1_000_000, into=(2000, 10),
             naive_sample=2000)
QUICK = Sizes(workers=40, spacy=40, memory=(50, 100, 200), long_chars=100_000, into=(100, 10),
              naive_sample=300)


@dataclass(frozen=True)
class Row:
    figure: str
    value: float
    text: str  # the measurement as printed
    bar: str
    met: bool | None  # None: no bar (a figure for reference)


def at_most(figure: str, value: float, limit: float, text: str, unit: str = "") -> Row:
    return Row(figure, value, text, f"<= {limit:g}{unit}", value <= limit)


def at_least(figure: str, value: float, limit: float, text: str) -> Row:
    return Row(figure, value, text, f">= {limit:g}", value >= limit)


def workers_rows(tmp: Path, articles: int) -> list[Row]:
    sample = bbc_sample(tmp / "workers-sample", articles)
    one, extract_one = workers.build_run(sample, tmp / "workers-1", 1)
    two, extract_two = workers.build_run(sample, tmp / "workers-2", 2)
    same = workers.same_exports(tmp / "workers-1", tmp / "workers-2")
    print(f"workers 1: wall {one.wall:.1f} s, cpu {one.cpu:.1f} s; workers 2: wall {two.wall:.1f} s, "
          f"cpu {two.cpu:.1f} s; exports {'byte-identical' if same else 'DIFFER'}", flush=True)
    speedup = one.wall / two.wall
    return [at_least(f"workers 2 / 1 throughput ({articles} BBC)", speedup, 1.6,
                     f"{speedup:.2f}x ({one.wall:.1f} s / {two.wall:.1f} s wall; extract stage "
                     f"{extract_one / extract_two:.2f}x)"),
            Row("workers 2 exports = workers 1", float(same), "byte-identical" if same else "DIFFER",
                "identical", same)]


def spacy_rows(tmp: Path, articles: int) -> list[Row]:
    figures = build_vs_spacy.compare(bbc_sample(tmp / "spacy-sample", articles))
    (raw_wall, raw_cpu, _), (wall, cpu, _) = figures["raw"], figures["build"]
    return [at_most(f"build / raw nlp.pipe, wall ({articles} BBC)", wall / raw_wall, 1.10,
                    f"{wall / raw_wall:.2f} ({wall:.1f} s / {raw_wall:.1f} s)"),
            at_most(f"build / raw nlp.pipe, CPU ({articles} BBC)", cpu / raw_cpu, 1.10,
                    f"{cpu / raw_cpu:.2f} ({cpu:.1f} s / {raw_cpu:.1f} s)")]


def memory_rows(tmp: Path, sizes: Sizes, quick: bool) -> tuple[list[Row], Path]:
    """The peak RSS rows, and the Wikinews build (or in quick mode the smallest BBC build) to push."""
    rows, peaks = [], {}
    for n in sizes.memory:
        run = memory.build_peak([bbc_sample(tmp / f"memory-{n}", n)], tmp / f"memory-out-{n}", 1)
        peaks[n] = run.peak_mb
        rows.append(at_most(f"peak RSS, {n} BBC articles", run.peak_mb, memory.LIMIT_MB,
                            f"{run.peak_mb:.0f} MB ({run.cpu:.1f} s CPU)", " MB"))
        print(rows[-1].figure, rows[-1].text, flush=True)
    small, large = sizes.memory[0], sizes.memory[-1]
    rows.append(at_most(f"peak RSS {large} / {small} articles", peaks[large] / peaks[small], 1.5,
                        f"{peaks[large] / peaks[small]:.2f}"))
    pushed = tmp / f"memory-out-{small}"
    if not quick:
        run = memory.build_peak(WIKINEWS, tmp / "memory-out-wikinews", 1)
        rows.append(at_most("peak RSS, Wikinews corpus", run.peak_mb, memory.LIMIT_MB,
                            f"{run.peak_mb:.0f} MB ({run.cpu:.1f} s CPU)", " MB"))
        print(rows[-1].figure, rows[-1].text, flush=True)
        pushed = tmp / "memory-out-wikinews"
    article = long_article(tmp / "long.txt", sizes.long_chars)
    run = memory.build_peak([article], tmp / "memory-out-long", 1)
    rows.append(at_most(f"peak RSS, one {sizes.long_chars:,}-character article", run.peak_mb, memory.LIMIT_MB,
                        f"{run.peak_mb:.0f} MB ({run.wall:.1f} s wall, {run.cpu:.1f} s CPU)", " MB"))
    print(rows[-1].figure, rows[-1].text, flush=True)
    return rows, pushed


def push_rows(graph: Path, naive_sample: int) -> list[Row]:
    from benchmarks import neo4j_push
    from graph.export.cypher import DEFAULT_BATCH_SIZE
    from tests.neo4j_server import Neo4jServer, external_server

    args = argparse.Namespace(graph=graph, batch_size=DEFAULT_BATCH_SIZE, naive_sample=naive_sample)
    external = external_server()
    if external is not None:
        uri, auth = external
        user, password = (auth[0], auth[1]) if auth else (None, None)
        speedup, ratio = neo4j_push.push_figures(uri, auth, user, password, args)
    else:
        with Neo4jServer() as server:
            speedup, ratio = neo4j_push.push_figures(server.uri, None, None, None, args)
    name = "Wikinews" if "wikinews" in graph.name else graph.name
    return [at_least(f"push after / before ({name} graph)", speedup, 10, f"{speedup:.1f}x"),
            at_least(f"push batched / naive ({name} graph)", ratio, 20, f"{ratio:.1f}x")]


def into_rows(base: int, add: int) -> list[Row]:
    (step_wall, step_cpu), (full_wall, full_cpu) = incremental.into_cost(base, add)
    return [at_most(f"--into {add} on {base} / build all, wall", step_wall / full_wall, 0.10,
                    f"{step_wall / full_wall:.3f} ({step_wall:.1f} s / {full_wall:.1f} s)"),
            at_most(f"--into {add} on {base} / build all, CPU", step_cpu / full_cpu, 0.10,
                    f"{step_cpu / full_cpu:.3f} ({step_cpu:.1f} s / {full_cpu:.1f} s)")]


def table(rows: list[Row]) -> str:
    width = max(len(r.figure) for r in rows)
    text = max(len(r.text) for r in rows)
    lines = [f"{'figure':{width}}  {'measured':{text}}  {'bar':10}  met", "-" * (width + text + 20)]
    for r in rows:
        met = "-" if r.met is None else ("yes" if r.met else "NO")
        lines.append(f"{r.figure:{width}}  {r.text:{text}}  {r.bar:10}  {met}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small inputs: check that every step runs")
    parser.add_argument("--skip", nargs="+", choices=STEPS, default=[], help="steps left out")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    started = time.perf_counter()
    print(f"issue 12 benchmarks ({'quick' if args.quick else 'full'}); {load()}", flush=True)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="kg-issue12-") as tmp:
        tmp = Path(tmp)
        if "workers" not in args.skip:
            rows += workers_rows(tmp, sizes.workers)
        if "spacy" not in args.skip:
            rows += spacy_rows(tmp, sizes.spacy)
        pushed = None
        if "memory" not in args.skip:
            memory_figures, pushed = memory_rows(tmp, sizes, args.quick)
            rows += memory_figures
        if "push" not in args.skip:
            if pushed is None:  # the memory step was skipped: build the graph to push here
                pushed = tmp / "push-graph"
                memory.build_peak(WIKINEWS if not args.quick else [bbc_sample(tmp / "push-sample", 50)],
                                  pushed, 1)
            rows += push_rows(pushed, sizes.naive_sample)
        if "into" not in args.skip:
            rows += into_rows(*sizes.into)
    minutes = (time.perf_counter() - started) / 60
    print()
    print(table(rows))
    print(f"{minutes:.1f} minutes; after: {load()}")
    if args.quick:
        print("quick mode: small inputs, not the issue's figures")
    return 0 if all(r.met is not False for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
