"""Entity resolution on real corpora: near-duplicate nodes, merges per rule, a sample to judge.

    python benchmarks/resolution.py                      # BBC News and Wikinews (several minutes)
    python benchmarks/resolution.py --cache /tmp/rcache  # keep/reuse the extracted articles

For each corpus: extract (graph.pipeline.extract), resolve, build the graph and export it,
timing each stage; then
- lists graph nodes whose names differ only by case, punctuation, a title or a possessive
  (the bar: none);
- counts the merge-log records per rule;
- prints 20 merges drawn at random with a fixed seed, with their evidence, for a human to judge;
- reports resolution time as a share of the whole build.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import incremental  # noqa: E402
from graph.build import build_graph, resolve_articles  # noqa: E402
from graph.export.graphml import write_graphml  # noqa: E402
from graph.pipeline import extract  # noqa: E402
from extract.mentions import TITLES  # noqa: E402
from graph.resolve import name_key  # noqa: E402

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "corpora"
DEFAULT = {"bbc": CORPORA / "bbc_news" / "bbc", "wikinews": CORPORA / "wikinews_2019_2020" / "txt"}
#: merge-log records that are not merges
NOT_MERGES = {"type_conflict"}


def articles_of(name: str, source: Path, cache: Path | None) -> tuple[list, float]:
    """The corpus's extracted articles and the extraction seconds (from the cache when there)."""
    if cache is not None and (cache / f"{name}.jsonl").exists():
        meta = json.loads((cache / f"{name}.meta.json").read_text())
        return incremental.read_articles(cache / f"{name}.jsonl"), meta["extract_seconds"]
    t0 = time.perf_counter()
    articles = extract([source])
    seconds = time.perf_counter() - t0
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        incremental.write_articles(cache / f"{name}.jsonl", articles)
        (cache / f"{name}.meta.json").write_text(json.dumps({"extract_seconds": seconds, "articles": len(articles)}))
    return articles, seconds


def near_duplicates(g) -> list[list[tuple[str, str, str]]]:
    """Groups of nodes whose labels are one name up to case, punctuation, possessive or title."""
    groups = defaultdict(set)
    for node, data in g.nodes(data=True):
        if data["type"] == "CONCEPT":
            continue
        label = data["label"]
        groups[name_key(label, person=False)].add((node, label, data["type"]))
        if data["type"] == "PERSON":
            groups[name_key(label)].add((node, label, data["type"]))
    # a title only counts for a person ("General Motors" is not "Motors"), or when it leads
    # a name the tagger did not call a person ("Mr Blair" as ORG)
    for node, data in g.nodes(data=True):
        words = data["label"].split()
        if data["type"] not in {"PERSON", "CONCEPT"} and len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
            k = name_key(" ".join(words[1:]))
            if k in groups and any(t == "PERSON" for _, _, t in groups[k]):
                groups[k].add((node, data["label"], data["type"]))
    return sorted(sorted(v) for v in groups.values() if len({n for n, _, _ in v}) > 1)


def run(name: str, source: Path, cache: Path | None) -> tuple[dict, list]:
    articles, extract_seconds = articles_of(name, source, cache)
    articles = [a for a in articles if "readme" not in a.document.id.lower()]
    t0 = time.perf_counter()
    resolution = resolve_articles(articles)
    resolve_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    g = build_graph(articles, resolution)
    build_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        write_graphml(g, Path(tmp) / "graph.graphml")
    export_seconds = time.perf_counter() - t0
    total = extract_seconds + resolve_seconds + build_seconds + export_seconds
    rules = Counter(m.rule for m in resolution.merges)
    report = {
        "corpus": name, "articles": len(articles), "entities": len(resolution.entities),
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
        "near_duplicate_nodes": near_duplicates(g),
        "merges_per_rule": dict(sorted(rules.items(), key=lambda kv: -kv[1])),
        "seconds": {"extract": round(extract_seconds, 1), "resolve": round(resolve_seconds, 2),
                    "build": round(build_seconds, 2), "export": round(export_seconds, 2)},
        "resolve_share": round(resolve_seconds / total, 4),
    }
    return report, [(name, m) for m in resolution.merges if m.rule not in NOT_MERGES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", default=list(DEFAULT), help="bbc, wikinews")
    parser.add_argument("--cache", type=Path, help="directory to keep/reuse extracted articles")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--sample", type=int, default=20)
    args = parser.parse_args(argv)
    pool = []
    for name in args.corpora:
        report, merges = run(name, DEFAULT[name], args.cache)
        pool.extend(merges)
        dups = report.pop("near_duplicate_nodes")
        print(json.dumps(report, indent=1))
        print(f"near-duplicate node groups: {len(dups)}")
        for group in dups:
            print("   ", group)
    rng = random.Random(args.seed)
    print(f"\n{args.sample} merges sampled with seed {args.seed} from {len(pool)}:")
    for i, (corpus, m) in enumerate(rng.sample(sorted(pool, key=lambda cm: (cm[0], cm[1].entity, cm[1].rule, cm[1].name, cm[1].doc)),
                                               min(args.sample, len(pool))), 1):
        print(f"{i:2}. [{m.rule}] {m.name!r} -> {m.label!r} ({m.entity})  {corpus}:{m.doc}")
        print(f"      {m.sentence[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
