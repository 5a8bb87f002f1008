#!/usr/bin/env python3
"""Edges per 500 words of a `--profile open` build (issue 14's density bar: >= 10).

usage: python benchmarks/open_profile.py INPUT [INPUT ...] [--profile open] [--min-confidence X]

Builds the inputs in memory (extract, resolve, build: no files written) and prints, per
article, its words (of the cleaned text, title included) and the graph edges it gives evidence
for, then the totals and edges per 500 words. An edge with evidence from two articles counts
for each. The development texts of the open profile are benchmarks/open_dev/ and BBC tech
001-040; tech 041 and above are kept for evaluation.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.confidence import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from extract.profiles import Profile, grounding  # noqa: E402
from graph.build import build_graph, resolve_articles  # noqa: E402
from graph.pipeline import ReadOptions, above_threshold, extract  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--profile", choices=[p.value for p in Profile], default=Profile.open.value)
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    args = parser.parse_args()
    profile = Profile(args.profile)
    started = time.perf_counter()
    articles = above_threshold(extract(args.inputs, options=ReadOptions(profile=profile)),
                               args.min_confidence)
    resolution = resolve_articles(articles, shared_concepts=grounding(profile).shared_concepts)
    graph = build_graph(articles, resolution)
    edges: Counter = Counter()
    for _, _, data in graph.edges(data=True):
        for doc in {e["doc"] for e in data["evidence"]}:
            edges[doc] += 1
    words = {a.document.id: len(a.text.split()) for a in articles}
    for doc in sorted(words):
        print(f"{doc:40s} {words[doc]:6d} words {edges[doc]:5d} edges "
              f"{500 * edges[doc] / max(words[doc], 1):6.1f} per 500 words")
    total_words, total_edges = sum(words.values()), sum(edges[d] for d in words)
    print(f"{len(words)} articles, {total_words} words, {total_edges} edge-article pairs, "
          f"{graph.number_of_edges()} edges, {graph.number_of_nodes()} nodes: "
          f"{500 * total_edges / max(total_words, 1):.1f} edges per 500 words "
          f"({args.profile}, min confidence {args.min_confidence:g}, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
