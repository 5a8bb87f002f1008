"""Load and first-draw time of graph.html in headless Chromium (software WebGL), and its size.

    python benchmarks/view.py                          # the sample graph and a 20k/50k graph
    python benchmarks/view.py --nodes 5000 --edges 12000 --screenshot /tmp/view.png

For each graph: the seconds Python takes to write the page (wall and CPU), the page's size, and from the
page's own clock (ms since navigation start): JSON parsed, graphology graph built, sigma's
first render, and the first frame on screen; the wall time from navigation to that frame as
Playwright sees it; then, with the layout paused, the ms a category filter takes (filter and
re-render) and a search that opens an entity's facts panel (first time, and again). The sample graph is `kg build seeds` (spaCy model needed).
The generated one follows docs/graph-contract.md: entity popularity is skewed as in news
(a few hubs, a long tail), one to three evidence sentences per fact.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # allow `python benchmarks/view.py` from anywhere
    sys.path.insert(0, str(REPO))

import networkx as nx  # noqa: E402

from graph.export.html import write_html  # noqa: E402
from graph.export.json import read_graph  # noqa: E402
from graph.pipeline import build_exports  # noqa: E402
from tests.browser import launch, open_view  # noqa: E402

TYPES = ["PERSON"] * 30 + ["ORG"] * 20 + ["GPE"] * 20 + ["CONCEPT"] * 20 + ["NORP", "LOC", "EVENT",
                                                                           "FAC", "LAW", "PRODUCT"]
CATEGORIES = ["statement"] * 6 + ["other"] * 6 + ["role"] * 3 + [
    "cooperate", "provide_aid", "meet_visit", "praise", "criticize", "accuse", "threaten",
    "use_force", "sign_agree", "deny"]
RELATIONS = ["says", "meets", "supports", "criticizes", "visits", "accuses", "signs", "denies",
             "leads", "attacks", "praises", "warns", "joins", "sends troops to", "is leader of"]
WORDS = ("government minister talks border troops agreement election market council statement "
         "report officials week capital said visit support crisis aid deal summit").split()


def generated_graph(nodes: int, edges: int, seed: int = 1, articles: int = 2000) -> nx.MultiDiGraph:
    """A contract-shaped graph of `nodes` entities and `edges` facts."""
    rng = random.Random(seed)
    start = 19000  # days since 1970: 2022-01-08
    docs = [{"id": f"doc{i:05d}", "title": f"Story {i}: {' '.join(rng.sample(WORDS, 5))}",
             "url": f"https://news.example/{i}", "published": _day(start + rng.randrange(900)),
             "source": "Example News"} for i in range(articles)]
    g = nx.MultiDiGraph(generator="kg-builder benchmark", articles=docs)
    for i in range(nodes):
        kind = rng.choice(TYPES)
        label = f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}"
        g.add_node(f"e{i}", label=label, type=kind, aliases=[label], mentions=1, docs=[],
                   first_seen=None, last_seen=None)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(nodes)]
    ends = rng.choices(range(nodes), weights=weights, k=2 * edges)
    for i in range(min(nodes, edges)):  # every entity is in at least one fact
        ends[2 * i] = i
    for i in range(edges):
        u, v = ends[2 * i], ends[2 * i + 1]
        if u == v:
            v = (v + 1) % nodes
        relation, category = rng.choice(RELATIONS), rng.choice(CATEGORIES)
        polarity = "negative" if rng.random() < 0.08 else "positive"
        evidence = []
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            doc = rng.choice(docs)
            sentence = " ".join(rng.choices(WORDS, k=rng.randrange(12, 30))).capitalize() + "."
            evidence.append({"doc": doc["id"], "sentence": sentence, "published": doc["published"],
                             "certainty": rng.choice(("asserted", "asserted", "reported", "hedged")),
                             "confidence": round(rng.uniform(0.3, 0.95), 2)})
        dates = sorted(e["published"] for e in evidence)
        g.add_edge(f"e{u}", f"e{v}", key=f"{relation}|{polarity}|{i}", relation=relation,
                   category=category, polarity=polarity, certainty=evidence[0]["certainty"],
                   confidence=max(e["confidence"] for e in evidence), weight=len(evidence),
                   sources=sorted({e["doc"] for e in evidence}), sentence=evidence[0]["sentence"],
                   first_seen=dates[0], last_seen=dates[-1], evidence=evidence)
        for n in (f"e{u}", f"e{v}"):
            g.nodes[n]["mentions"] += len(evidence)
    return g


def _day(days: int) -> str:
    import datetime as dt

    return (dt.date(1970, 1, 1) + dt.timedelta(days=days)).isoformat()


#: ms for a category filter on and off again (filter, re-render) and for a search that opens
#: an entity's facts panel, the first time (sigma sets up its highlight drawing) and again;
#: all run synchronously in the page
INTERACTIONS = """() => {
  window.kgView.pauseLayout();
  const box = document.querySelector("#f-category input");
  let t = performance.now();
  box.click(); box.click();
  const filter = (performance.now() - t) / 2;
  const search = document.querySelector("#search");
  const times = [];
  for (const key of ["0", "1"]) {
    t = performance.now();
    search.value = window.kgView.graph.getNodeAttribute(key, "label");
    search.dispatchEvent(new Event("input"));
    search.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter"}));
    times.push(performance.now() - t);
    if (window.kgView.selected() === null) throw new Error("the search selected nothing");
  }
  return {filter, select: times[0], again: times[1]};
}"""


def measure(browser, path: Path, screenshot: Path | None = None) -> dict:
    page, log, wall = open_view(browser, path, timeout=600)
    timings = page.evaluate("window.kgView.timings")
    error = page.evaluate("window.kgView.error")
    timings.update(page.evaluate(INTERACTIONS))
    if screenshot:
        page.wait_for_timeout(6000)
        page.screenshot(path=str(screenshot))
    page.close()
    if error or log.errors or log.online:
        raise SystemExit(f"{path}: {error or log.errors or log.online}")
    return {"wall": wall, **timings}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20000)
    parser.add_argument("--edges", type=int, default=50000)
    parser.add_argument("--no-sample", action="store_true", help="skip the sample graph (no spaCy)")
    parser.add_argument("--screenshot", type=Path, help="PNG of the generated graph's view")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        graphs = []
        if not args.no_sample:
            build_exports([REPO / "seeds"], tmp / "sample")
            graphs.append(("sample (kg build seeds)", read_graph(tmp / "sample")))
        graphs.append((f"generated {args.nodes:,}/{args.edges:,}", generated_graph(args.nodes, args.edges)))
        rows = []
        with sync_playwright() as playwright:
            browser = launch(playwright)
            for i, (name, g) in enumerate(graphs):
                path = tmp / f"view{i}.html"
                t0, c0 = time.perf_counter(), time.process_time()
                write_html(g, path)
                written = (time.perf_counter() - t0, time.process_time() - c0)
                shot = args.screenshot if args.screenshot and i == len(graphs) - 1 else None
                rows.append((name, g, written, path.stat().st_size, measure(browser, path, shot)))
            browser.close()
    print(f"{'graph':<26} {'nodes':>7} {'edges':>7} {'write s':>8} {'cpu s':>6} {'size MB':>8} {'parsed ms':>10} "
          f"{'built ms':>9} {'render ms':>10} {'1st frame ms':>13} {'wall s':>7} {'filter ms':>10} "
          f"{'search ms':>10} {'again ms':>9}")
    for name, g, written, size, t in rows:
        print(f"{name:<26} {g.number_of_nodes():>7,} {g.number_of_edges():>7,} "
              f"{written[0]:>8.2f} {written[1]:>6.2f} "
              f"{size / 1e6:>8.2f} {t['parsed']:>10.0f} {t['built']:>9.0f} {t['rendered']:>10.0f} "
              f"{t['firstDraw']:>13.0f} {t['wall']:>7.2f} {t['filter']:>10.0f} {t['select']:>10.0f} {t['again']:>9.0f}")


if __name__ == "__main__":
    main()
