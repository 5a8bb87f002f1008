#!/usr/bin/env python3
"""Build each dev gold set by itself and score it with the shared scorer.

usage: python benchmarks/dev_gold.py [--sets seeds_dev,dev_wikinews,dev_bbc] [--out DIR] [--missed]
Each set's articles are built in their own run (as the issue's measurement asks); prints
fact recall overall and by kind, merged entities, distinct violations and forbidden nodes.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from graph.pipeline import ReadOptions, build_exports  # noqa: E402

CORPORA = SHARED / "eval" / "corpora"


def inputs(name: str, docs: list[str]) -> tuple[list[Path], list[str]]:
    """The input paths and glob patterns that give exactly the gold documents their ids."""
    if name == "seeds_dev":
        return [SHARED / "seeds"], []
    if name == "dev_wikinews":
        txt = CORPORA / "wikinews_2019_2020" / "txt"
        return [txt / f"{d}.txt" for d in docs], []
    return [CORPORA / "bbc_news" / "bbc"], [f"{d}.txt" for d in docs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="seeds_dev,dev_wikinews,dev_bbc")
    parser.add_argument("--out", default=None)
    parser.add_argument("--missed", action="store_true", help="list the missed facts")
    parser.add_argument("--min-confidence", type=float, default=None,
                        help="build with this threshold instead of the default")
    args = parser.parse_args()
    base = Path(args.out or tempfile.mkdtemp(prefix="kg-dev-"))
    for name in args.sets.split(","):
        gold = SHARED / "gold" / f"{name}.json"
        docs = sorted({f["doc"] for f in json.loads(gold.read_text())["facts"]})
        paths, globs = inputs(name, docs)
        out = base / name
        publisher = {"dev_wikinews": "Wikinews", "dev_bbc": "BBC"}.get(name)
        threshold = {} if args.min_confidence is None else {"min_confidence": args.min_confidence}
        build_exports(paths, out, options=ReadOptions(glob=tuple(globs), publisher=publisher), **threshold)
        res = json.loads(subprocess.check_output(
            [sys.executable, str(SHARED / "eval" / "score_graph.py"), str(out / "graph.graphml"),
             str(gold), "--json"]))
        print(f"{name}: recall {res['fact_recall']} ({res['facts_hit']}/{res['facts_total']}) "
              f"nodes {res['nodes']} edges {res['edges']} merged {res['entities_merged']} "
              f"distinct {len(res['distinct_violations'])} forbidden {res['forbidden_nodes']}")
        print("   by kind:", res["recall_by_kind"])
        if res["split_entities"]:
            print("   split:", res["split_entities"])
        if res["distinct_violations"]:
            print("   distinct:", res["distinct_violations"])
        if args.missed:
            for m in res["missed"]:
                print("   -", m)
    print(f"exports under {base}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
