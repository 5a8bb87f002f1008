"""The whole job behind `kg build`: read -> extract -> resolve -> build -> export.

The CLI calls `build_exports` (or `iter_articles` for `kg extract`) and nothing else. Progress
and problems with inputs are reported through callbacks, so this module stays free of terminal
code; the `BuildReport` counts what was read, skipped and why.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

import networkx as nx

from extract.confidence import DEFAULT_MIN_CONFIDENCE, check_threshold, confident, scored
from extract.errors import ExportError, NothingToRead
from extract.nlp import default_model, load_pipeline
from extract.pipeline import Article, extract_articles
from extract.progress import Tally
from extract.sources import MAX_CHARS, Format, Problem, count_files, read_documents, unique_documents
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


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read; the defaults are those of `kg build`."""

    glob: tuple[str, ...] = ()
    stdin_format: Format = Format.text
    max_chars: int = MAX_CHARS
    publisher: str | None = None  # the source of documents that name none


@dataclass
class BuildReport:
    """What a build did, for the summary line and for tests."""

    articles: int = 0
    facts: int = 0  # facts in the graph: at or above the confidence threshold
    below_threshold: int = 0  # facts left out for a confidence below `min_confidence`
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
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
                  exclude: Iterable[str | Path] = (), min_confidence: float | None = None,
                  workers: int = 1, on_total: Callable[[int], None] | None = None) -> Iterator[Article]:
    """Read, deduplicate, clean, parse and extract every article of the inputs, lazily.

    Directories in `exclude` are not walked (build_exports passes its output directory, so
    `kg build .` does not read its own exports). With `min_confidence`, each article keeps only
    the facts at or above it (`kg extract`); None keeps every fact. With `workers` > 1 the
    articles are extracted in that many processes (extract.workers), with the same result.
    `on_total` is called with the number of articles expected whenever it changes
    (extract.progress.Tally)."""
    if min_confidence is not None:
        check_threshold(min_confidence)
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    inputs = list(inputs)
    tally = Tally(count_files(inputs, glob=options.glob, exclude=exclude), on_total)

    def report(problem: Problem) -> None:
        tally.problem(problem)
        if on_problem:
            on_problem(problem)

    if workers == 1:
        nlp = load_pipeline(model)
    elif model is None:
        default_model()  # no pipeline installed: fail before reading, as with one worker
    documents = map(tally.document, unique_documents(
        read_documents(inputs, glob=options.glob, stdin_format=options.stdin_format,
                       max_chars=options.max_chars, on_problem=report, exclude=exclude,
                       publisher=options.publisher, on_file=tally.file),
        report))
    if workers == 1:
        articles = extract_articles(documents, nlp, on_problem=report)
    else:
        from extract.workers import parallel_articles

        articles = parallel_articles(documents, workers=workers, model=model, on_problem=report)
    for article in articles:
        if not article.text:
            report(Problem(article.document.path or article.document.id,
                           "no article prose found (every line looked like page furniture)",
                           NO_PROSE, skipped=False))
        yield article if min_confidence is None else above_threshold([article], min_confidence)[0]
    tally.finish()


def extract(inputs: Iterable[str | Path], model: str | None = None,
            progress: Callable[[Article], None] | None = None, *,
            options: ReadOptions = ReadOptions(),
            on_problem: Callable[[Problem], None] | None = None,
            exclude: Iterable[str | Path] = (), workers: int = 1,
            on_total: Callable[[int], None] | None = None) -> list[Article]:
    """Read and extract every article of the inputs (no graph)."""
    articles = []
    for article in iter_articles(inputs, model=model, options=options, on_problem=on_problem,
                                 exclude=exclude, workers=workers, on_total=on_total):
        articles.append(article)
        if progress:
            progress(article)
    return articles


def above_threshold(articles: Iterable[Article], min_confidence: float) -> list[Article]:
    """The articles keeping only their facts whose confidence is at least `min_confidence`.

    Their entity mentions stay: a named entity is mentioned whether or not a fact about it is
    kept. Facts are filtered before resolution, so entity mention counts and the graph agree.
    """
    check_threshold(min_confidence)
    return [replace(a, triples=tuple(t for t in a.triples if confident(t, min_confidence)))
            for a in articles]


def build(articles: list[Article], min_confidence: float = DEFAULT_MIN_CONFIDENCE,
          ) -> tuple[nx.MultiDiGraph, object]:
    """Resolve entities and build the graph of the facts at or above `min_confidence`;
    returns (graph, resolution)."""
    articles = above_threshold(articles, min_confidence)
    resolution = resolve_articles(articles)
    return build_graph(articles, resolution), resolution


def build_exports(inputs: Iterable[str | Path], out_dir: str | Path, *, model: str | None = None,
                  progress: Callable[[Article], None] | None = None,
                  options: ReadOptions = ReadOptions(),
                  on_problem: Callable[[Problem], None] | None = None,
                  on_stage: Callable[[str], None] | None = None, into: bool = False,
                  resolution_options: dict | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE, workers: int = 1,
                  on_total: Callable[[int], None] | None = None) -> BuildReport:
    """Build the graph of the inputs and write every export into `out_dir`.

    `into=True` adds the inputs to the build already in `out_dir` (its articles.jsonl and
    entity ids); `resolution_options` go to graph.resolve.resolve (aliases, literal capitals).
    Only facts with a confidence of at least `min_confidence` enter the graph and
    triples.jsonl; articles.jsonl keeps every fact, so a later `into` build applies its own
    threshold to old and new articles alike (ValueError for a threshold outside [0, 1]).

    `progress` is called after each extracted article, `on_total` with the number of articles
    expected whenever it changes (extract.progress.Tally), `on_stage` with the name of each later
    stage ("resolve", "build", "export") as it starts: resolution of a large corpus takes a while.

    Exports are staged and moved into `out_dir` together once all are written: a failure
    leaves the previous exports untouched. Raises NothingToRead when no article was read.
    """
    started = time.perf_counter()
    report = BuildReport(min_confidence=check_threshold(min_confidence))

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if on_problem:
            on_problem(p)

    t0 = time.perf_counter()
    articles = extract(inputs, model=model, progress=progress, options=options, on_problem=problem,
                       exclude=[out_dir], workers=workers, on_total=on_total)
    report.timings["extract"] = time.perf_counter() - t0
    if not articles:
        raise NothingToRead(_nothing_read(report))
    announce = on_stage or (lambda name: None)
    announce("resolve")
    t0 = time.perf_counter()
    articles, id_map = previous_build(out_dir, articles) if into else (articles, {})
    kept = above_threshold(articles, min_confidence)
    resolution = resolve_articles(kept, id_map=id_map, **(resolution_options or {}))
    report.timings["resolve"] = time.perf_counter() - t0
    announce("build")
    t0 = time.perf_counter()
    g = build_graph(kept, resolution)
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
            write_jsonl(stage / "triples.jsonl", (t.as_record() for a in kept for t in a.triples))
            write_jsonl(stage / "merges.jsonl", (m.as_record() for m in resolution.merges))
            write_state(stage, articles, resolution)
    except OSError as exc:
        raise ExportError(f"cannot write the exports to {out}: {(exc.strerror or str(exc)).lower()}"
                          " (previous exports left unchanged)") from exc
    report.timings["export"] = time.perf_counter() - t0
    report.outputs = [str(out / name) for name in OUTPUTS]
    report.articles = len(articles)
    report.facts = sum(len(a.triples) for a in kept)
    report.below_threshold = sum(len(a.triples) for a in articles) - report.facts
    report.entities = g.number_of_nodes()
    report.relations = g.number_of_edges()
    report.seconds = time.perf_counter() - started
    return report


def previous_build(out_dir: str | Path, articles: list[Article]) -> tuple[list[Article], dict[str, str]]:
    """The articles of the build in `out_dir` followed by the new ones, and its entity ids.

    Old facts are scored again: a confidence follows from the stored fact alone, so old and
    new facts are judged by the same (possibly re-tuned) table, as in one build over all."""
    out = Path(out_dir)
    old = [replace(a, triples=tuple(map(scored, a.triples)))
           for a in incremental.read_articles(out / incremental.ARTICLES)]
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
