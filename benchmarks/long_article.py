#!/usr/bin/env python3
"""How the build of one long article grows with its length: 100,000, 300,000, 1,000,000 characters.

usage: python benchmarks/long_article.py [--chars 100000 300000 1000000]

Each size is one article of BBC texts one after another (benchmarks.speed.long_article), built
by `kg build --workers 1 -q` in a fresh process; prints wall and CPU seconds, CPU seconds per
100,000 characters and peak RSS. Linear work keeps the CPU per 100,000 characters about
constant; work quadratic in the number of names of the article (coreference, short forms)
made it grow with the length. Bar: the 1,000,000-character article finishes with a peak RSS
<= 1,000 MB.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speed import PYTHON, ROOT, load, long_article, run_child  # noqa: E402

LIMIT_MB = 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    args = parser.parse_args()
    print(load())
    with tempfile.TemporaryDirectory(prefix="kg-long-") as tmp:
        tmp = Path(tmp)
        for chars in args.chars:
            article = long_article(tmp / f"long-{chars}.txt", chars)
            run = run_child([PYTHON, ROOT / "cli.py", "build", article, "-o", tmp / f"out-{chars}",
                             "--workers", 1, "-q"])
            verdict = "ok" if run.peak_mb <= LIMIT_MB else f"OVER {LIMIT_MB} MB"
            print(f"{chars:>9,} chars: wall {run.wall:6.1f} s, cpu {run.cpu:6.1f} s "
                  f"({run.cpu / chars * 100_000:5.1f} s per 100,000 chars), peak RSS {run.peak_mb:5.0f} MB ({verdict})",
                  flush=True)
    print(f"after: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
