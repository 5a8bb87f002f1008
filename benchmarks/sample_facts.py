#!/usr/bin/env python3
"""Sample extracted facts from a corpus for a human reading: each fact with its sentence.

usage: python benchmarks/sample_facts.py DIR [--n 50] [--seed 7] [--articles 60]
Extracts facts from the first --articles files of DIR (sorted), then prints --n facts chosen
at random with a fixed seed, numbered, so a reader can judge each as stated in its sentence.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.pipeline import extract  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--articles", type=int, default=60)
    args = parser.parse_args()
    files = sorted(Path(args.directory).rglob("*.txt"))[: args.articles]
    started = time.perf_counter()
    articles = extract(files)
    facts = [t for a in articles for t in a.triples]
    print(f"{len(articles)} articles, {len(facts)} facts in {time.perf_counter() - started:.1f} s")
    rng = random.Random(args.seed)
    for n, t in enumerate(rng.sample(facts, min(args.n, len(facts))), 1):
        flags = [t.polarity] if t.polarity != "positive" else []
        flags += [t.certainty] if t.certainty != "asserted" else []
        print(f"{n:2d}. ({t.subject.text}) -[{t.relation}{' ' + ','.join(flags) if flags else ''}]-> "
              f"({t.object.text})  [{t.rule}, {t.doc_id}]\n    {t.sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
