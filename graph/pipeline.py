"""The whole job behind `kg build`: read -> extract -> resolve -> build -> export.

The CLI calls `build_exports` (or `iter_articles` for `kg extract`) and nothing else. Progress
and problems with inputs are reported through callbacks, so this module stays free of terminal
code; the `BuildReport` counts what was read, skipped and why.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import networkx as nx

from extract.errors import ExportError, NothingToRead
from extract.nlp import load_pipeline
from extract.pipeline import Article, extract_articles
from extract.sources import MAX_CHARS, Format, Problem, read_documents, unique_documents
from graph.build import build_graph, resolve_articles
from graph.export.atomic import staged_outputs
from graph.export.gexf import write_gexf
from graph.export.graphml import write_graphml
from graph.export.json import write_json, write_jsonl
from graph import incremental

#: files `kg build` writes into the output directory
OUTPUTS = ("graph.graphml", "graph.gexf", "graph.json", "triples.jsonl", "merges.jsonl",
           incremental.ARTICLES, incremental.ENTITIES)
#: warning kind for an article in which the cleaner found no prose
NO_PROSE = "no prose"
#: spaCy batch size: 8 to 128 were within 5% on 150 BBC articles, and n_process=2 was slower on 2 cores
BATCH_SIZE = 32


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read; the defaults are those of `kg build`."""

    glob: tuple[str, ...] = ()
    stdin_format: Format = Format.text
    max_chars: int = MAX_CHARS


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
    problems: list[Problem] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # articles without a publication date
    default_date: str | None = None  # where the GEXF timeline places undated articles

    @property
    def skipped(self) -> Counter:
        """Skipped inputs (files or rows) by reason kind."""
        return Counter(p.kind for p in self.problems if p.skipped)

    @property
    def warnings(self) -> Counter:
        """Inputs read with a warning (or files of other types ignored), by kind."""
        return Counter(p.kind for p in self.problems if not p.skipped)


def iter_articles(inputs: Iterable[str | Path], *, model: str | None = None,
                  options: ReadOptions = ReadOptions(),
                  on_problem: Callable[[Problem], None] | None = None,
                  batch_size: int = BATCH_SIZE, exclude: Iterable[str | Path] = ()) -> Iterator[Article]:
    """Read, deduplicate, clean, parse and extract every article of the inputs, lazily.

    Directories in `exclude` are not walked (build_exports passes its output directory, so
    `kg build .` does not read its own exports)."""
    report = on_problem or (lambda problem: None)
    nlp = load_pipeline(model)
    documents = unique_documents(
        read_documents(inputs, glob=options.glob, stdin_format=options.stdin_format,
                       max_chars=options.max_chars, on_problem=report, exclude=exclude),
        report)
    for article in extract_articles(documents, nlp, batch_size=batch_size, on_problem=report):
        if not article.text:
            report(Problem(article.document.path or article.document.id,
                           "no article prose found (every line looked like page furniture)",
                           NO_PROSE, skipped=False))
        yield article


def extract(inputs: Iterable[str | Path], model: str | None = None,
            progress: Callable[[Article], None] | None = None, *,
            options: ReadOptions = ReadOptions(),
            on_problem: Callable[[Problem], None] | None = None,
            exclude: Iterable[str | Path] = ()) -> list[Article]:
    """Read and extract every article of the inputs (no graph)."""
    articles = []
    for article in iter_articles(inputs, model=model, options=options, on_problem=on_problem,
                                 exclude=exclude):
        articles.append(article)
        if progress:
            progress(article)
    return articles


def build(articles: list[Article]) -> tuple[nx.MultiDiGraph, object]:
    """Resolve entities and build the graph; returns (graph, resolution)."""
    resolution = resolve_articles(articles)
    return build_graph(articles, resolution), resolution


def build_exports(inputs: Iterable[str | Path], out_dir: str | Path, *, model: str | None = None,
                  progress: Callable[[Article], None] | None = None,
                  options: ReadOptions = ReadOptions(),
                  on_problem: Callable[[Problem], None] | None = None,
                  on_stage: Callable[[str], None] | None = None, into: bool = False,
                  resolution_options: dict | None = None) -> BuildReport:
    """Build the graph of the inputs and write every export into `out_dir`.

    `into=True` adds the inputs to the build already in `out_dir` (its articles.jsonl and
    entity ids); `resolution_options` go to graph.resolve.resolve (aliases, literal capitals).

    `progress` is called after each extracted article, `on_stage` with the name of each later
    stage ("resolve", "build", "export") as it starts: resolution of a large corpus takes a while.

    Exports are staged and moved into `out_dir` together once all are written: a failure
    leaves the previous exports untouched. Raises NothingToRead when no article was read.
    """
    started = time.perf_counter()
    report = BuildReport()

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if on_problem:
            on_problem(p)

    t0 = time.perf_counter()
    articles = extract(inputs, model=model, progress=progress, options=options, on_problem=problem,
                       exclude=[out_dir])
    report.timings["extract"] = time.perf_counter() - t0
    if not articles:
        raise NothingToRead(_nothing_read(report))
    announce = on_stage or (lambda name: None)
    announce("resolve")
    t0 = time.perf_counter()
    articles, id_map = previous_build(out_dir, articles) if into else (articles, {})
    resolution = resolve_articles(articles, id_map=id_map, **(resolution_options or {}))
    report.timings["resolve"] = time.perf_counter() - t0
    announce("build")
    t0 = time.perf_counter()
    g = build_graph(articles, resolution)
    report.timings["build"] = time.perf_counter() - t0
    announce("export")
    t0 = time.perf_counter()
    out = Path(out_dir)
    try:
        with staged_outputs(out) as stage:
            write_graphml(g, stage / "graph.graphml")
            gexf = write_gexf(g, stage / "graph.gexf")
            report.undated = list(gexf.undated_articles)
            report.default_date = gexf.default_date
            write_json(g, stage / "graph.json")
            write_jsonl(stage / "triples.jsonl", (t.as_record() for a in articles for t in a.triples))
            write_jsonl(stage / "merges.jsonl", (m.as_record() for m in resolution.merges))
            write_state(stage, articles, resolution)
    except OSError as exc:
        raise ExportError(f"cannot write the exports to {out}: {(exc.strerror or str(exc)).lower()}"
                          " (previous exports left unchanged)") from exc
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


def _nothing_read(report: BuildReport) -> str:
    skipped = report.skipped
    if not skipped:
        return "no article could be read from the inputs (no .txt, .md, .html, .htm, .jsonl or .csv files found)"
    return f"no article could be read from the inputs ({summarise(skipped)} skipped)"


def summarise(counts: Counter) -> str:
    """'3 empty, 1 binary' from counts by kind, largest first.

    >>> summarise(Counter({"empty": 1, "duplicate": 3}))
    '3 duplicate, 1 empty'
    """
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
