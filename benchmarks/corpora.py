#!/usr/bin/env python3
"""Build the full evaluation corpora and time them against raw spaCy parsing.

usage: python benchmarks/corpora.py [--corpus bbc|wikinews ...] [--limit N] [--no-raw]

For each corpus: a full `build_exports` into a temporary directory (reading, deduplication,
cleaning, spaCy, extraction, resolution, graph, every export), then raw `nlp.pipe` over the
same cleaned texts of the same documents with the same pipeline. Prints articles read, inputs
skipped with their reasons, warnings, facts, entities, relations, the build time by stage, the
raw spaCy time and the ratio build / raw spaCy.

Corpora (in ../shared/eval/corpora/):
- bbc: bbc_news/bbc/, the 2,225 BBC articles (`--glob '*/*.txt'` leaves out the dataset's README.TXT).
- wikinews: wikinews_2019_2020/wikinews_2019.csv and wikinews_2020.csv, 295 rows with dates,
  titles and URLs (the txt/ folder holds the same articles without metadata).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.clean import clean_text  # noqa: E402
from extract.nlp import load_pipeline  # noqa: E402
from extract.sources import read_documents, unique_documents  # noqa: E402
from graph.pipeline import ReadOptions, build_exports, summarise  # noqa: E402

CORPORA_DIR = ROOT.parent / "shared" / "eval" / "corpora"
CORPORA = {
    "bbc": ([CORPORA_DIR / "bbc_news" / "bbc"], ("*/*.txt",)),
    "wikinews": ([CORPORA_DIR / "wikinews_2019_2020" / "wikinews_2019.csv",
                  CORPORA_DIR / "wikinews_2019_2020" / "wikinews_2020.csv"], ()),
}


def run(name: str, limit: int | None, raw: bool) -> None:
    inputs, glob = CORPORA[name]
    options = ReadOptions(glob=glob)
    if limit:
        documents = list(read_documents(inputs, glob=glob))[:limit]
        inputs = _write_sample(documents)
        options = ReadOptions()
    load_pipeline()  # loaded once, outside both timings
    problems = []
    with tempfile.TemporaryDirectory(prefix=f"kg-{name}-") as out:
        report = build_exports(inputs, out, on_problem=problems.append, options=options)
        sizes = {p.name: p.stat().st_size for p in Path(out).iterdir() if not p.name.startswith(".")}
    print(f"== {name}: {', '.join(str(p) for p in inputs[:2])}{' ...' if len(inputs) > 2 else ''}")
    print(f"articles read: {report.articles}")
    print(f"skipped: {sum(report.skipped.values())} ({summarise(report.skipped) or 'none'})")
    for problem in problems:
        if problem.skipped and problem.kind != "duplicate":
            print(f"  {problem}")
    print(f"warnings: {sum(report.warnings.values())} ({summarise(report.warnings) or 'none'})")
    for problem in problems:
        if not problem.skipped:
            print(f"  {problem}")
    print(f"facts: {report.facts}  entities: {report.entities}  relations: {report.relations}")
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in report.timings.items())
    print(f"build: {report.seconds:.1f} s ({stages})")
    print(f"exports: {', '.join(f'{k} {v / 1e6:.1f} MB' for k, v in sorted(sizes.items()))}")
    if raw:
        nlp = load_pipeline()
        texts = [clean_text(d.text) for d in unique_documents(read_documents(inputs, glob=options.glob))]
        t0 = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
        seconds = time.perf_counter() - t0
        print(f"raw spaCy ({' '.join(nlp.pipe_names)}) on the same {len(texts)} cleaned texts: "
              f"{seconds:.1f} s, {tokens / seconds:,.0f} tokens/s")
        print(f"ratio build / raw spaCy: {report.seconds / seconds:.2f}")
    sys.stdout.flush()


def _write_sample(documents) -> list[Path]:
    directory = Path(tempfile.mkdtemp(prefix="kg-sample-"))
    for i, document in enumerate(documents):
        (directory / f"{i:05d}.txt").write_text(document.text, encoding="utf-8")
    return [directory]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA),
                        help="corpus to build (repeatable; default: all)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--no-raw", action="store_true", help="skip the raw spaCy timing")
    args = parser.parse_args()
    for name in args.corpus or sorted(CORPORA):
        run(name, args.limit, not args.no_raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
