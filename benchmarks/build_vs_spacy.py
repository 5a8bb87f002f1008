#!/usr/bin/env python3
"""End-to-end `kg build` with one worker against raw spaCy `nlp.pipe` on the same texts.

usage: python benchmarks/build_vs_spacy.py [--articles 500]

Two fresh processes over the same BBC sample, each loading the model before its clock starts:
the whole build (`build_exports(workers=1)`: reading, cleaning, spaCy, extraction, resolution,
graph, every export) and raw `nlp.pipe(batch_size=32)` over the cleaned texts of the same
articles. Prints wall and CPU seconds of both and the ratios build / raw (the bar: <= 1.10).
CPU time is the figure to trust on a machine shared with other work.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.speed import PYTHON, bbc_sample, load, run_child  # noqa: E402


def child(mode: str, sample: str) -> None:
    """Time one side in this process; prints 'wall cpu peak_mb'."""
    import resource

    from extract.clean import article_text
    from extract.nlp import load_pipeline
    from extract.sources import read_documents, unique_documents
    from graph.pipeline import build_exports

    nlp = load_pipeline()
    if mode == "raw":
        texts = [article_text(d.text, d.title) for d in unique_documents(read_documents([sample]))]
    wall, cpu = time.perf_counter(), time.process_time()
    if mode == "raw":
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        with tempfile.TemporaryDirectory() as out:
            build_exports([sample], out, workers=1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{time.perf_counter() - wall} {time.process_time() - cpu} {peak}")


def compare(sample: str | Path) -> dict[str, tuple[float, float, float]]:
    """(wall, cpu, peak MB) of raw spaCy ("raw") and of the build ("build") over `sample`,
    each in a fresh process; prints a line for each."""
    figures = {}
    for mode in ("raw", "build"):
        run = run_child([PYTHON, __file__, "--child", mode, sample])
        figures[mode] = tuple(float(x) for x in run.stdout.split())
        wall, cpu, peak = figures[mode]
        print(f"{mode:5}: wall {wall:.1f} s, cpu {cpu:.1f} s, peak RSS {peak:.0f} MB", flush=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "SAMPLE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    print(f"{args.articles} BBC articles; {load()}")
    with tempfile.TemporaryDirectory(prefix="kg-vs-spacy-") as tmp:
        figures = compare(bbc_sample(Path(tmp) / "sample", args.articles))
    print(f"build / raw spaCy: wall {figures['build'][0] / figures['raw'][0]:.2f}, "
          f"cpu {figures['build'][1] / figures['raw'][1]:.2f} (bar <= 1.10)")
    print(f"after: {load()}")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
