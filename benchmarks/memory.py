#!/usr/bin/env python3
"""Peak memory of `kg build`: BBC at 500, 1,000 and 2,225 articles, Wikinews, one 1,000,000-character article.

usage: python benchmarks/memory.py [--cases bbc500 bbc1000 bbc2225 wikinews long] [--workers 1 2]

Each case is `kg build ... --workers N -q` in a fresh process; its peak RSS is the largest
resident set of the build process or any of its worker processes (os.wait4), printed with the
wall and CPU time. Bars: every peak <= 1,000 MB, and the peak for all 2,225 BBC articles at most
1.5x the peak for 500. The long article is BBC texts one after another up to exactly
1,000,000 characters, the longest the build accepts by default (--max-chars).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speed import PYTHON, ROOT, WIKINEWS, Run, bbc_sample, load, long_article, run_child  # noqa: E402

CASES = ("bbc500", "bbc1000", "bbc2225", "wikinews", "long")
LIMIT_MB = 1000


def inputs(case: str, tmp: Path) -> list[Path]:
    if case.startswith("bbc"):
        return [bbc_sample(tmp / case, int(case[3:]))]
    if case == "wikinews":
        return WIKINEWS
    return [long_article(tmp / "long.txt")]


def build_peak(paths: list[Path], out: Path, workers: int) -> Run:
    """`kg build PATHS -o OUT --workers N -q` in a fresh process; Run.peak_mb is the largest
    resident set of the build or any of its workers."""
    return run_child([PYTHON, ROOT / "cli.py", "build", *paths, "-o", out, "--workers", workers, "-q"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="+", choices=CASES, default=list(CASES))
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(load())
    peaks = {}
    with tempfile.TemporaryDirectory(prefix="kg-memory-") as tmp:
        tmp = Path(tmp)
        for case in args.cases:
            paths = inputs(case, tmp)
            for workers in args.workers:
                run = build_peak(paths, tmp / f"out-{case}-{workers}", workers)
                peaks[case, workers] = run.peak_mb
                verdict = "ok" if run.peak_mb <= LIMIT_MB else f"OVER {LIMIT_MB} MB"
                print(f"{case:9} workers {workers}: peak RSS {run.peak_mb:6.0f} MB ({verdict}), "
                      f"wall {run.wall:6.1f} s, cpu {run.cpu:6.1f} s", flush=True)
    for workers in args.workers:
        if ("bbc500", workers) in peaks and ("bbc2225", workers) in peaks:
            ratio = peaks["bbc2225", workers] / peaks["bbc500", workers]
            print(f"workers {workers}: peak bbc2225 / bbc500 = {ratio:.2f} (bar <= 1.5)")
    print(f"after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
