#!/usr/bin/env python3
"""Throughput of `kg build --workers N`: one worker against several, on BBC articles.

usage: python benchmarks/workers.py [--articles 300] [--workers 1 2] [--no-raw]

For each worker count, `kg build --workers N -v` runs in a fresh process over the same
articles (a BBC sample mixing the five categories): wall time, CPU time, peak RSS of the
largest process, the extraction stage's time, articles per second, and the speed-up over the
first count (the bar: >= 1.6x with 2 workers on 2 cores). The exports of every run are then
compared byte for byte with the first run's. Last, for comparison with spaCy's own
multiprocessing, raw `nlp.pipe(n_process=N)` over the same cleaned texts.

On a machine shared with other work the wall-time ratios are depressed; the load average is
printed before and after.
"""
from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speed import PYTHON, ROOT, Run, bbc_sample, load, run_child  # noqa: E402


def raw_spacy(sample: str, n_process: int) -> None:
    """Child mode: time raw nlp.pipe over the cleaned texts of the sample; prints 'seconds tokens'."""
    from extract.clean import article_text
    from extract.nlp import load_pipeline
    from extract.sources import read_documents, unique_documents

    nlp = load_pipeline()
    texts = [article_text(d.text, d.title) for d in unique_documents(read_documents([sample]))]
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32, n_process=n_process))
    print(f"{time.perf_counter() - started} {tokens} {len(texts)}")


def stage_seconds(stderr: str, name: str) -> float | None:
    for line in stderr.splitlines():
        if line.startswith("stages:"):
            for part in line[len("stages:"):].split(","):
                stage, seconds, _ = part.strip().rsplit(" ", 2)  # a stage name may be two words
                if stage == name:
                    return float(seconds)
    return None


def build_run(sample: str | Path, out: Path, workers: int) -> tuple[Run, float | None]:
    """`kg build SAMPLE -o OUT --workers N -v` in a fresh process: the run and its extraction stage's seconds."""
    run = run_child([PYTHON, ROOT / "cli.py", "build", sample, "-o", out, "--workers", workers, "-v"])
    return run, stage_seconds(run.stderr, "extract")


def same_exports(first: Path, other: Path) -> bool:
    """Every export file of `first` is byte for byte the same in `other` (generation folders aside)."""
    return all(filecmp.cmp(f, other / f.name, shallow=False) for f in first.iterdir()
               if not f.name.startswith("."))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-raw", action="store_true", help="skip raw spaCy n_process timings")
    parser.add_argument("--raw-child", nargs=2, metavar=("SAMPLE", "N_PROCESS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw_child:
        raw_spacy(args.raw_child[0], int(args.raw_child[1]))
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-workers-") as tmp:
        sample = bbc_sample(Path(tmp) / "sample", args.articles)
        print(f"{args.articles} BBC articles; {load()}")
        first = None
        for workers in args.workers:
            out = Path(tmp) / f"out-{workers}"
            run, extract = build_run(sample, out, workers)
            line = (f"workers {workers}: wall {run.wall:.1f} s, cpu {run.cpu:.1f} s, extract stage "
                    f"{extract:.1f} s, {args.articles / run.wall:.2f} articles/s, peak RSS "
                    f"{run.peak_mb:.0f} MB (largest process)")
            if first is None:
                first = (run, extract, out)
            else:
                same = same_exports(first[2], out)
                line += (f"; speed-up {first[0].wall / run.wall:.2f}x wall, {first[1] / extract:.2f}x "
                         f"extract stage; exports {'byte-identical' if same else 'DIFFER'} to workers "
                         f"{args.workers[0]}")
            print(line, flush=True)
        if not args.no_raw:
            base = None
            for n_process in sorted(set(args.workers)):
                run = run_child([PYTHON, __file__, "--raw-child", sample, n_process])
                seconds, tokens, texts = run.stdout.split()
                seconds = float(seconds)
                base = base or seconds
                print(f"raw nlp.pipe n_process={n_process}: {seconds:.1f} s for {texts} texts, "
                      f"{int(tokens) / seconds:,.0f} tokens/s, speed-up {base / seconds:.2f}x", flush=True)
        print(f"after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
