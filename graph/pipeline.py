"""The whole job behind `kg build`: read -> extract -> resolve -> build -> export.

The CLI calls `build_exports` and nothing else; progress is reported through a callback so
this module stays free of terminal code.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import networkx as nx

from extract.errors import NothingToRead
from extract.nlp import load_pipeline
from extract.pipeline import Article, extract_articles
from extract.sources import read_documents
from graph.build import build_graph, resolve_articles
from graph.export.gexf import write_gexf
from graph.export.graphml import write_graphml
from graph.export.json import write_json, write_jsonl
from graph import incremental

#: files `kg build` writes into the output directory
OUTPUTS = ("graph.graphml", "graph.gexf", "graph.json", "triples.jsonl", "merges.jsonl",
           incremental.ARTICLES, incremental.ENTITIES)


@dataclass
class BuildReport:
    """What a build did, for the summary line and for tests."""

    articles: int = 0
    facts: int = 0
    entities: int = 0
    relations: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    undated: list[str] = field(default_factory=list)  # articles without a publication date


def extract(inputs: Iterable[str | Path], model: str | None = None,
            progress: Callable[[Article], None] | None = None) -> list[Article]:
    """Read and extract every article of the inputs (no graph)."""
    nlp = load_pipeline(model)
    articles = []
    for article in extract_articles(read_documents(inputs), nlp):
        articles.append(article)
        if progress:
            progress(article)
    return articles


def build(articles: list[Article]) -> tuple[nx.MultiDiGraph, object]:
    """Resolve entities and build the graph; returns (graph, resolution)."""
    resolution = resolve_articles(articles)
    return build_graph(articles, resolution), resolution


def build_exports(inputs: Iterable[str | Path], out_dir: str | Path, *, model: str | None = None,
                  progress: Callable[[Article], None] | None = None, into: bool = False,
                  resolution_options: dict | None = None) -> BuildReport:
    """Build the graph of the inputs and write every export into `out_dir`.

    `into=True` adds the inputs to the build already in `out_dir` (its articles.jsonl and
    entity ids); `resolution_options` go to graph.resolve.resolve (aliases, literal capitals).
    """
    started = time.perf_counter()
    report = BuildReport()
    t0 = time.perf_counter()
    articles = extract(inputs, model=model, progress=progress)
    report.timings["extract"] = time.perf_counter() - t0
    if not articles:
        raise NothingToRead("no article could be read from the inputs")
    t0 = time.perf_counter()
    articles, id_map = previous_build(out_dir, articles) if into else (articles, {})
    resolution = resolve_articles(articles, id_map=id_map, **(resolution_options or {}))
    report.timings["resolve"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    g = build_graph(articles, resolution)
    report.timings["build"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_graphml(g, out / "graph.graphml")
    gexf = write_gexf(g, out / "graph.gexf")
    report.undated = list(gexf.undated_articles)
    write_json(g, out / "graph.json")
    write_jsonl(out / "triples.jsonl", (t.as_record() for a in articles for t in a.triples))
    write_jsonl(out / "merges.jsonl", (m.as_record() for m in resolution.merges))
    write_state(out, articles, resolution)
    report.timings["export"] = time.perf_counter() - t0
    report.outputs = [str(out / name) for name in OUTPUTS]
    report.articles = len(articles)
    report.facts = sum(len(a.triples) for a in articles)
    report.entities = g.number_of_nodes()
    report.relations = g.number_of_edges()
    report.seconds = time.perf_counter() - started
    return report


def previous_build(out_dir: str | Path, articles: list[Article]) -> tuple[list[Article], dict[str, str]]:
    """The articles of the build in `out_dir` followed by the new ones, and its entity ids."""
    out = Path(out_dir)
    old = incremental.read_articles(out / incremental.ARTICLES)
    return incremental.combine(old, articles), incremental.read_id_map(out / incremental.ENTITIES)


def write_state(out: Path, articles: list[Article], resolution) -> None:
    """What a later `--into` build needs: the extracted articles and the entity ids."""
    incremental.write_articles(out / incremental.ARTICLES, articles)
    write_jsonl(out / incremental.ENTITIES, (
        {"id": e.id, "label": e.label, "type": e.type, "keys": list(e.keys)}
        for e in sorted(resolution.entities.values(), key=lambda e: e.id)))
