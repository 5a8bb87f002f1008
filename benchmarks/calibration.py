#!/usr/bin/env python3
"""Calibrate fact confidence on edges an independent reader has judged (JUDGING.md).

usage: python benchmarks/calibration.py [--judged /work/judge10*] [--cache FILE] [--dev-gold]

Each judged reading is a folder with `articles/` (Wikinews `*.txt` at the top, BBC articles under
`business/` and `politics/`) and its judged rows in `judged.tsv` or `judged1.tsv` + `judged2.tsv`
(columns of edges_for_judging.py plus verdict, cause, note). The rows stay outside the repository:
a folder without them is skipped with a message.

For every reading the script rebuilds the articles with the CURRENT tree, as
`kg build DIR/articles/*.txt --publisher Wikinews --min-confidence 0` and
`kg build DIR/articles/business DIR/articles/politics --publisher BBC --min-confidence 0` do
(in-process: the model loads once), matches today's edges to the judged rows (same doc, source,
relation, target), and prints the match rate, the counts CORRECT / VAGUE / WRONG of the matched
edges at or above the default threshold (and at each threshold), and the same counts per
confidence band and per feature of the edge's best fact: the rule that made it, the grounding of
subject and object (name, pronoun, description, concept phrase, concept), certainty, polarity,
modality, coordination (its verb gave several facts), object type. With `--cache FILE` the matched
facts are stored (pickle) after the first run and later runs only score them again with
extract.confidence: the way to try a change of the confidence table in seconds (a change to the
extraction needs a run without the cache). `--dev-gold` also runs benchmarks/dev_gold.py at the
default threshold and prints each set's recall.
"""
from __future__ import annotations

import argparse
import csv
import glob
import pickle
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.confidence import DEFAULT_MIN_CONFIDENCE, grounding, score  # noqa: E402
from extract.types import CONCEPT, Triple  # noqa: E402

VERDICTS = ("CORRECT", "VAGUE", "WRONG")
BANDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "i", "we",
                      "me", "us", "my", "our", "you", "your", "who", "which", "that"})


@dataclass(frozen=True)
class Judged:
    """One judged row matched to today's edge: its verdict and the facts behind the edge."""

    reading: str
    key: tuple[str, str, str, str]  # doc, source, relation, target
    verdict: str
    cause: str
    facts: tuple[Triple, ...]
    coordinated: bool  # the edge's best fact shares its verb with another fact of the sentence

    def confidence(self) -> float:
        """The edge's confidence as the graph computes it today: the best of its facts."""
        return max(score(t) for t in self.facts)

    def best(self) -> Triple:
        return max(self.facts, key=score)


def astuple_shallow(judged: Judged) -> tuple:
    return tuple(getattr(judged, f.name) for f in fields(judged))


def judged_rows(reading: Path) -> list[dict]:
    files = sorted(reading.glob("judged*.tsv"))
    rows = []
    for f in files:
        with f.open(newline="", encoding="utf-8") as handle:
            rows += [r for r in csv.DictReader(handle, delimiter="\t") if r.get("verdict")]
    return rows


def builds(reading: Path):
    """(inputs, publisher) of the two builds of a reading, as its judges' graphs were built."""
    articles = reading / "articles"
    wikinews = sorted(articles.glob("*.txt"))
    bbc = [p for p in (articles / "business", articles / "politics") if p.is_dir()]
    return [(inputs, publisher) for inputs, publisher in ((wikinews, "Wikinews"), (bbc, "BBC")) if inputs]


def match(reading: Path, rows: list[dict]) -> tuple[list[Judged], list[tuple[Triple, ...]]]:
    """The judged rows found among today's edges, and the facts of each edge judged by no row."""
    from graph.pipeline import ReadOptions, build_graph_of

    by_key = {(r["doc"], r["source"], r["relation"], r["target"]): r for r in rows}
    found: list[Judged] = []
    unjudged = []
    for inputs, publisher in builds(reading):
        built = build_graph_of(inputs, options=ReadOptions(publisher=publisher), min_confidence=0.0)
        facts = {}
        verbs = Counter()
        for article in built.articles:
            for t in article.triples:
                facts[(t.doc_id, t.subject.start, t.subject.end, t.relation_span, t.object.start, t.object.end)] = t
                verbs[(t.doc_id, t.relation_span)] += 1
        graph = built.graph
        labels = {n: d.get("label", n) for n, d in graph.nodes(data=True)}
        for s, o, data in graph.edges(data=True):
            evidence = [facts.get((e["doc"], *e["subject_span"], tuple(e["relation_span"]), *e["object_span"]))
                        for e in data["evidence"]]
            evidence = tuple(t for t in evidence if t is not None)
            keys = [(doc, labels[s], data["relation"], labels[o]) for doc in data.get("sources", [])]
            row = next((by_key[k] for k in keys if k in by_key), None)
            if row is None or not evidence:
                if evidence:
                    unjudged.append(evidence)
                continue
            best = max(evidence, key=score)
            found.append(Judged(reading.name, (row["doc"], row["source"], row["relation"], row["target"]),
                                row["verdict"].strip().upper(), row.get("cause", "").strip(), evidence,
                                verbs[(best.doc_id, best.relation_span)] > 1))
    return found, unjudged


def argument_kind(triple: Triple, which: str) -> str:
    mention = getattr(triple, which)
    if mention.antecedent_of is not None:
        return "pronoun" if mention.antecedent_of.lower() in PRONOUNS else "description"
    if mention.type == CONCEPT:
        return grounding(mention)
    return "name"


FEATURES = {
    "rule": lambda j: j.best().rule,
    "subject": lambda j: argument_kind(j.best(), "subject"),
    "object": lambda j: argument_kind(j.best(), "object"),
    "certainty": lambda j: j.best().certainty,
    "polarity": lambda j: j.best().polarity,
    "modality": lambda j: "modal/control" if j.best().modality else "none",
    "coordination": lambda j: "verb with several facts" if j.coordinated else "one fact",
    "object type": lambda j: j.best().object.type,
    "concept object form": lambda j: concept_form(j.best().object),
    "subject to verb": lambda j: gap(j.best().relation_span[0] - j.best().subject.end),
    "verb to object": lambda j: gap(j.best().object.start - j.best().relation_span[1]),
    "sentence words": lambda j: "<= 20" if len(j.best().sentence.split()) <= 20 else
    ("21-35" if len(j.best().sentence.split()) <= 35 else "> 35"),
    "subject type": lambda j: j.best().subject.type,
}


def concept_form(mention) -> str:
    """How a concept argument says which thing it is; "name" for an entity."""
    if mention.type != CONCEPT:
        return "name"
    words = mention.text.lower().split()
    if len(words) == 1:
        return "bare, restricted by a clause" if mention.restricted else "bare noun"
    if any(w in {"of", "for", "on", "to", "in", "with", "against"} for w in words[1:]):
        return "with a complement"
    return "adjectives only" if mention.adjectival else "noun modifier"


def gap(chars: int) -> str:
    """A distance in characters between two parts of a fact, in words a reader uses."""
    return "before (inverted)" if chars < 0 else "adjacent" if chars <= 2 else "near (< 30)" if chars < 30 \
        else "far (>= 30)"


def band(value: float) -> str:
    low = max(b for b in BANDS if b <= value)
    high = next((b for b in BANDS if b > low), 1.0)
    return f"{low:.1f}-{high:.1f}"


def counts(judged: list[Judged]) -> str:
    c = Counter(j.verdict for j in judged)
    n = len(judged) or 1
    return (f"{len(judged):4d}  " + "  ".join(f"{v} {c[v]:3d} ({c[v] / n:.2f})" for v in VERDICTS))


def table(title: str, judged: list[Judged], key) -> None:
    print(f"\n{title}: all edges | edges >= {DEFAULT_MIN_CONFIDENCE}")
    groups = defaultdict(list)
    for j in judged:
        groups[key(j)].append(j)
    for value in sorted(groups, key=lambda v: -len(groups[v])):
        above = [j for j in groups[value] if j.confidence() >= DEFAULT_MIN_CONFIDENCE]
        print(f"  {str(value)[:26]:26s} {counts(groups[value])} | {counts(above)}")


def report(judged: list[Judged], total: int, unjudged: list[tuple[Triple, ...]]) -> None:
    above = sum(max(score(t) for t in facts) >= DEFAULT_MIN_CONFIDENCE for facts in unjudged)
    print(f"matched {len(judged)} of {total} judged rows ({len(judged) / max(total, 1):.2f}); "
          f"{above} of today's {len(unjudged)} unjudged edges are at or above {DEFAULT_MIN_CONFIDENCE} "
          "(their precision is not measured here)")
    for threshold in (0.0, 0.4, DEFAULT_MIN_CONFIDENCE, 0.55, 0.6, 0.7):
        kept = [j for j in judged if j.confidence() >= threshold]
        print(f"  edges >= {threshold:.2f}: {counts(kept)}")
    table("confidence band", judged, lambda j: band(j.confidence()))
    for name, feature in FEATURES.items():
        table(name, judged, feature)
    wrong = Counter(j.cause for j in judged if j.verdict == "WRONG" and j.confidence() >= DEFAULT_MIN_CONFIDENCE)
    print(f"\nWRONG at or above {DEFAULT_MIN_CONFIDENCE} by cause: {dict(wrong.most_common())}")


def dev_gold() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dev_gold.py")], capture_output=True,
                         text=True, check=True).stdout
    print(f"\ndev_gold at the default threshold {DEFAULT_MIN_CONFIDENCE}:")
    for line in out.splitlines():
        if "recall" in line:
            print("  " + line.split(" nodes")[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judged", nargs="*", default=sorted(glob.glob("/work/judge10*")),
                        help="reading folders (articles/ and judged*.tsv)")
    parser.add_argument("--cache", type=Path, help="store the matched facts here; later runs rescore them")
    parser.add_argument("--dev-gold", action="store_true", help="also print dev_gold recall")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        rows, total, unjudged = pickle.loads(args.cache.read_bytes())
        judged = [Judged(*row) for row in rows]
    else:
        judged, total, unjudged = [], 0, []
        for folder in map(Path, args.judged):
            rows = judged_rows(folder)
            if not rows or not (folder / "articles").is_dir():
                print(f"skipped {folder}: no judged*.tsv with verdicts or no articles/ folder", file=sys.stderr)
                continue
            found, extra = match(folder, rows)
            print(f"{folder.name}: {len(found)} of {len(rows)} judged rows matched", file=sys.stderr)
            judged += found
            total += len(rows)
            unjudged += extra
        if args.cache:
            rows = [astuple_shallow(j) for j in judged]  # plain tuples: the cache outlives this module's name
            args.cache.write_bytes(pickle.dumps((rows, total, unjudged)))
    if not total:
        print("no judged reading found (give --judged DIR...)", file=sys.stderr)
        return 1
    report(judged, total, unjudged)
    if args.dev_gold:
        dev_gold()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
