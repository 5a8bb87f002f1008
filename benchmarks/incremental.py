#!/usr/bin/env python3
"""What `kg build --into` costs next to building everything again.

usage: python benchmarks/incremental.py [--base N] [--add K] [--no-full] [--keep DIR] [--reuse DIR]

Takes the first N + K BBC articles (bbc_news/bbc/, sorted by path), writes the first N into one
folder and the next K into another (real files), then:

1. builds the N articles into an output folder (the existing build);
2. adds the K articles with `build_exports(..., into=True)` (the incremental build);
3. builds all N + K articles at once into a fresh folder (building everything), unless
   `--no-full`, in which case step 1 stands in for it.

`--keep DIR` keeps the build of step 1 in DIR; `--reuse DIR` copies such a kept build instead
of running step 1 again (then only step 2 is timed, and the ratio needs step 3).

Prints each run's time by stage and the ratio incremental / everything (bar: at most 0.10 for
10 articles added to 2,000). The model is loaded once before any timing.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.nlp import load_pipeline  # noqa: E402
from graph.pipeline import build_exports  # noqa: E402

BBC = ROOT.parent / "shared" / "eval" / "corpora" / "bbc_news" / "bbc"


def _copy(paths: list[Path], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for i, path in enumerate(paths):
        shutil.copyfile(path, folder / f"{path.parent.name}-{path.name}")
    return folder


def _timed(label: str, *args, **kwargs):
    """Wall and CPU seconds of one build (CPU: steadier on a machine shared with other jobs)."""
    t0, c0 = time.perf_counter(), time.process_time()
    report = build_exports(*args, **kwargs)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    stages = ", ".join(f"{k} {v:.2f} s" for k, v in report.timings.items())
    print(f"{label}: {seconds:.2f} s wall, {cpu:.2f} s CPU, {report.articles} articles, "
          f"{report.entities} entities, {report.relations} relations (wall by stage: {stages})",
          flush=True)
    return seconds, cpu


def into_cost(base: int, add: int, *, full: bool = True, keep: Path | None = None,
              reuse: Path | None = None) -> tuple[tuple[float, float], tuple[float, float] | None]:
    """((wall, cpu) of `--into` adding `add` articles to a build of `base`, (wall, cpu) of
    building all base + add at once, or of the base build when not `full`; None when `reuse`
    skipped it). Prints a line per build."""
    files = sorted(BBC.glob("*/*.txt"))[: base + add]
    if len(files) < base + add:
        raise ValueError(f"only {len(files)} articles in {BBC}")
    load_pipeline()
    with tempfile.TemporaryDirectory(prefix="kg-incremental-") as tmp:
        tmp = Path(tmp)
        old = _copy(files[:base], tmp / "old")
        new = _copy(files[base:], tmp / "new")
        if reuse:
            shutil.copytree(reuse, tmp / "out")
            everything = None
        else:
            everything = _timed(f"build of {base}", [old], tmp / "out")
            if keep:
                shutil.copytree(tmp / "out", keep)
        step = _timed(f"--into adding {add}", [new], tmp / "out", into=True)
        if full:
            everything = _timed(f"build of all {base + add}", [old, new], tmp / "all")
    return step, everything


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=2000, help="articles of the existing build")
    parser.add_argument("--add", type=int, default=10, help="articles added with --into")
    parser.add_argument("--no-full", action="store_true",
                        help="skip building all N + K at once (the N build stands in for it)")
    parser.add_argument("--keep", type=Path, help="keep the build of the N articles here")
    parser.add_argument("--reuse", type=Path, help="start from a build kept with --keep")
    args = parser.parse_args()
    try:
        step, full = into_cost(args.base, args.add, full=not args.no_full, keep=args.keep, reuse=args.reuse)
    except ValueError as exc:
        parser.error(str(exc))
    if full is None:
        return 0
    stand_in = ", the N build standing in" if args.no_full else ""
    for what, i in (("wall", 0), ("CPU", 1)):
        print(f"ratio --into / everything ({what}): {step[i] / full[i]:.3f} "
              f"({step[i]:.2f} s / {full[i]:.2f} s{stand_in})")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
