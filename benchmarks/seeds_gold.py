#!/usr/bin/env python3
"""Build the sample graph and score it against the gold facts of the dev seeds.

usage: python benchmarks/seeds_gold.py [--gold ../shared/gold/seeds_dev.json] [--out DIR]
Prints score_graph.py's report (fact recall, merged entities, distinct violations, forbidden
nodes) and the build time.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.pipeline import build_exports  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "seeds_dev.json"))
    parser.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score_graph.py"))
    parser.add_argument("--out", default=None, help="export directory (default: a temporary one)")
    args = parser.parse_args()
    out = Path(args.out or tempfile.mkdtemp(prefix="kg-seeds-"))
    report = build_exports([ROOT / "seeds"], out)
    print(f"build: {report.articles} articles, {report.facts} facts, {report.entities} entities, "
          f"{report.relations} relations in {report.seconds:.1f} s")
    return subprocess.call([sys.executable, args.scorer, str(out / "graph.graphml"), args.gold])


if __name__ == "__main__":
    raise SystemExit(main())
