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
from extract.profiles import Profile, grounding
from extract.progress import Tally
from extract.sources import (ALREADY_BUILT, MAX_CHARS, ExportFiles, Format, Problem, count_files,
                             read_documents, unique_documents)
from graph.build import build_graph, resolve_articles
from graph.export.generations import Leftover, clean_leftovers, new_generation
from graph.filters import GraphFilter, filter_graph
from graph.export.flatten import flatten_graph
from graph.export.gexf import write_gexf
from graph.export.graphml import write_graphml
from graph.export.html import write_html
from graph.export.json import write_json, write_jsonl
from graph.export.writable import check_writable
from graph import incremental
from graph.faults import fault_point
from graph.lock import build_lock
from graph.resolve import Resolution

#: files `kg build` writes into the output directory
OUTPUTS = ("graph.graphml", "graph.gexf", "graph.json", "graph.html", "triples.jsonl",
           "merges.jsonl", incremental.ARTICLES, incremental.ENTITIES)
#: files other kg commands write beside the exports (`kg export`'s defaults); never read as input
OTHER_OUTPUTS = ("graph.cypher", "neo4j-admin")
#: how kg's own export folders are told apart in an input directory: never read as articles
EXPORT_FILES = ExportFiles(marker=frozenset({"graph.json", incremental.ARTICLES, incremental.ENTITIES}),
                           names=frozenset(OUTPUTS + OTHER_OUTPUTS))
#: warning kind for an article in which the cleaner found no prose
NO_PROSE = "no prose"


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read and grounded (`profile`); the defaults are those of `kg build`."""

    glob: tuple[str, ...] = ()
    stdin_format: Format = Format.text
    max_chars: int = MAX_CHARS
    publisher: str | None = None  # the source of documents that name none
    profile: Profile = Profile.news  # how facts are grounded (extract.profiles)


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
    leftovers: list[Leftover] = field(default_factory=list)  # of killed builds, removed
    default_date: str | None = None  # where the GEXF timeline places undated articles

    @property
    def skipped(self) -> Counter:
        """Skipped inputs (files or rows) by reason kind; articles already in the build apart."""
        return Counter(p.kind for p in self.problems if p.skipped and p.kind != ALREADY_BUILT)

    @property
    def already_built(self) -> int:
        """Inputs `--into` left out because the build holds their text already."""
        return sum(1 for p in self.problems if p.kind == ALREADY_BUILT)

    @property
    def warnings(self) -> Counter:
        """Inputs read with a warning (or files of other types ignored), by kind."""
        return Counter(p.kind for p in self.problems if not p.skipped)


def iter_articles(inputs: Iterable[str | Path], *, model: str | None = None,
                  options: ReadOptions = ReadOptions(),
                  on_problem: Callable[[Problem], None] | None = None,
                  exclude: Iterable[str | Path] = (), min_confidence: float | None = None,
                  known: dict[str, str] | None = None, workers: int = 1,
                  on_total: Callable[[int], None] | None = None) -> Iterator[Article]:
    """Read, deduplicate, clean, parse and extract every article of the inputs, lazily.

    Directories in `exclude` are not walked and files in it not read (build_exports passes its
    output directory and exports, so `kg build .` does not read its own exports); the files kg
    wrote into any other export folder in the inputs are not read either (`EXPORT_FILES`).
    With `min_confidence`, each article keeps only the facts at or above it (`kg extract`);
    None keeps every fact. Documents whose text key is in `known` (an earlier build's
    articles) are skipped before parsing. With `workers` > 1 the articles are extracted in that
    many processes (extract.workers), with the same result. `on_total` is called with the
    number of articles expected whenever it changes (extract.progress.Tally)."""
    if min_confidence is not None:
        check_threshold(min_confidence)
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    inputs = list(inputs)
    tally = Tally(count_files(inputs, glob=options.glob, exclude=exclude, exports=EXPORT_FILES),
                  on_total)

    def report(problem: Problem) -> None:
        tally.problem(problem)
        if on_problem:
            on_problem(problem)

    if workers == 1:
        nlp = load_pipeline(model)
    elif model is None:
        default_model()  # no pipeline installed: fail before reading, as with one worker
    documents = _traced(map(tally.document, unique_documents(
        read_documents(inputs, glob=options.glob, stdin_format=options.stdin_format,
                       max_chars=options.max_chars, on_problem=report, exclude=exclude,
                       publisher=options.publisher, exports=EXPORT_FILES, on_file=tally.file),
        report, known)))
    if workers == 1:
        articles = extract_articles(documents, nlp, on_problem=report, profile=options.profile)
    else:
        from extract.workers import parallel_articles

        articles = parallel_articles(documents, workers=workers, model=model, on_problem=report,
                                     profile=options.profile)
    for n, article in enumerate(articles):
        if n == 0:
            fault_point("extract")
        if not article.text:
            report(Problem(article.document.path or article.document.id,
                           "no article prose found (every line looked like page furniture)",
                           NO_PROSE, skipped=False))
        yield article if min_confidence is None else above_threshold([article], min_confidence)[0]
    tally.finish()


def _traced(documents: Iterable) -> Iterator:
    """The documents, passing the fault point "read" at the first (graph.faults, test-only)."""
    for n, document in enumerate(documents):
        if n == 0:
            fault_point("read")
        yield document


def extract(inputs: Iterable[str | Path], model: str | None = None,
            progress: Callable[[Article], None] | None = None, *,
            options: ReadOptions = ReadOptions(),
            on_problem: Callable[[Problem], None] | None = None,
            exclude: Iterable[str | Path] = (), known: dict[str, str] | None = None,
            workers: int = 1, on_total: Callable[[int], None] | None = None) -> list[Article]:
    """Read and extract every article of the inputs (no graph)."""
    articles = []
    for article in iter_articles(inputs, model=model, options=options, on_problem=on_problem,
                                 exclude=exclude, known=known, workers=workers, on_total=on_total):
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


@dataclass
class Built:
    """A graph built from inputs, with what went into it: `build_exports` writes it, `kg push`
    and `kg export` on articles use it directly."""

    graph: nx.MultiDiGraph
    articles: list[Article]  # every article, with every fact (articles.jsonl)
    kept: list[Article]  # the articles with the facts at or above the threshold
    resolution: object
    report: BuildReport
    state: incremental.State = field(default_factory=incremental.State)  # the build added to
    new: list[Article] = field(default_factory=list)  # the articles extracted by this run


def build_graph_of(inputs: Iterable[str | Path], *, model: str | None = None,
                   progress: Callable[[Article], None] | None = None,
                   options: ReadOptions = ReadOptions(),
                   on_problem: Callable[[Problem], None] | None = None,
                   on_stage: Callable[[str], None] | None = None, into: str | Path | None = None,
                   resolution_options: dict | None = None,
                   min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                   exclude: Iterable[str | Path] = (),
                   graph_filter: GraphFilter | None = None, workers: int = 1,
                   on_total: Callable[[int], None] | None = None) -> Built:
    """Read, extract, resolve and build: everything of `build_exports` but writing.

    `into` names an export folder whose articles and entity ids the build adds to; an input
    whose text that build holds already is skipped unparsed (`BuildReport.already_built`).
    Problems with inputs go to `on_problem` and into the report; raises NothingToRead when no
    article was read.
    """
    started = time.perf_counter()
    report = BuildReport(min_confidence=check_threshold(min_confidence))

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if on_problem:
            on_problem(p)

    t0 = time.perf_counter()
    state = incremental.read_state(into) if into is not None else incremental.State()
    report.timings["read state"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    articles = extract(inputs, model=model, progress=progress, options=options,
                       on_problem=problem, exclude=exclude, known=state.known_texts(),
                       workers=workers, on_total=on_total)
    report.timings["extract"] = time.perf_counter() - t0
    if not articles and not (state.articles and report.already_built):
        raise NothingToRead(_nothing_read(report))
    built = resolve_state(state, articles, report, on_stage=on_stage,
                          resolution_options=resolution_options, min_confidence=min_confidence,
                          profile=options.profile, graph_filter=graph_filter)
    report.seconds = time.perf_counter() - started
    return built


def resolve_state(state: incremental.State, new: list[Article], report: BuildReport, *,
                  on_stage: Callable[[str], None] | None, resolution_options: dict | None,
                  min_confidence: float, profile: Profile = Profile.news,
                  graph_filter: GraphFilter | None = None,
                  build: Callable[[list[Article], object], nx.MultiDiGraph] = build_graph,
                  resolution: Resolution | None = None) -> Built:
    """The stages after extraction, over the build's articles (`state`) and the new ones;
    `graph_filter` leaves entities and relations out of the graph (graph/filters.py), while
    triples.jsonl and articles.jsonl keep every fact. `build` makes the graph of the kept
    articles and the resolution (the Spark engine aggregates the edges in DataFrames);
    `resolution`, when given, is the kept articles' (the Spark engine resolves in stages)."""
    announce = on_stage or (lambda name: None)
    announce("resolve")
    fault_point("resolve")
    t0 = time.perf_counter()
    articles = incremental.combine(rescored(state.articles, grounding(profile).table), new)
    kept = above_threshold(articles, min_confidence)
    if resolution is None:
        resolution = resolve_articles(kept, id_map=incremental.id_map(state.entities),
                                      known=state.entities, **(resolution_options or {}),
                                      shared_concepts=grounding(profile).shared_concepts)
    report.timings["resolve"] = time.perf_counter() - t0
    announce("build")
    fault_point("build")
    t0 = time.perf_counter()
    g = build(kept, resolution)
    if graph_filter is not None:
        g = filter_graph(g, graph_filter)
    report.timings["build"] = time.perf_counter() - t0
    report.articles = len(articles)
    report.facts = sum(len(a.triples) for a in kept)
    report.below_threshold = sum(len(a.triples) for a in articles) - report.facts
    report.entities = g.number_of_nodes()
    report.relations = g.number_of_edges()
    return Built(g, articles, kept, resolution, report, state, new)


def write_built(built: Built, out: Path, on_stage: Callable[[str], None] | None = None) -> None:
    """Write every export of `built` into `out` as one generation (graph.export.generations):
    readers see the previous one until the new one is complete, then the new one, never a mix.
    Leftovers of killed builds are removed first (`report.leftovers`); raises ExportError when
    the exports cannot be written (the previous ones stay)."""
    report, g, state = built.report, built.graph, built.state
    announce = on_stage or (lambda name: None)
    announce("export")
    t0 = time.perf_counter()
    try:
        report.leftovers = clean_leftovers(out)
        fault_point("export")
        with new_generation(out, OUTPUTS, on_switched=lambda: announce("published")) as stage:
            flat = flatten_graph(g)  # one flattening for both XML formats
            write_graphml(g, stage / "graph.graphml", flat)
            fault_point("export-write")
            gexf = write_gexf(g, stage / "graph.gexf", flat=flat)
            report.undated = list(gexf.undated_articles)
            report.default_date = gexf.default_date
            write_json(g, stage / "graph.json")
            write_html(g, stage / "graph.html")
            write_jsonl(stage / "triples.jsonl", (t.as_record() for a in built.kept for t in a.triples))
            write_jsonl(stage / "merges.jsonl", (m.as_record() for m in built.resolution.merges))
            write_state(stage, built.articles, built.resolution, _kept(state.keys, built.new),
                        state.entities, _kept(state.lines, built.new))
    except OSError as exc:
        raise ExportError(f"cannot write the exports to {out}: {(exc.strerror or str(exc)).lower()}"
                          " (previous exports left unchanged)") from exc
    report.timings["export"] = time.perf_counter() - t0
    report.outputs = [str(out / name) for name in OUTPUTS]


def resolve_and_export(state: incremental.State, new: list[Article], out: Path,
                       report: BuildReport, *, on_stage: Callable[[str], None] | None,
                       resolution_options: dict | None, min_confidence: float,
                       profile: Profile = Profile.news) -> None:
    """The stages after extraction, over the build's articles and the new ones, then the exports."""
    write_built(resolve_state(state, new, report, on_stage=on_stage,
                              resolution_options=resolution_options, min_confidence=min_confidence,
                              profile=profile), out, on_stage)


def build_exports(inputs: Iterable[str | Path], out_dir: str | Path, *, model: str | None = None,
                  progress: Callable[[Article], None] | None = None,
                  options: ReadOptions = ReadOptions(),
                  on_problem: Callable[[Problem], None] | None = None,
                  on_stage: Callable[[str], None] | None = None, into: bool = False,
                  resolution_options: dict | None = None,
                  min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                  lock_timeout: float | None = None,
                  on_wait: Callable[[str], None] | None = None,
                  graph_filter: GraphFilter | None = None, workers: int = 1,
                  on_total: Callable[[int], None] | None = None) -> BuildReport:
    """Build the graph of the inputs and write every export into `out_dir`.

    `into=True` adds the inputs to the build already in `out_dir` (its articles.jsonl and
    entity ids); `resolution_options` go to graph.resolve.resolve (aliases, literal capitals).
    Only facts with a confidence of at least `min_confidence` enter the graph and
    triples.jsonl; articles.jsonl keeps every fact, so a later `into` build applies its own
    threshold to old and new articles alike (ValueError for a threshold outside [0, 1]).
    `graph_filter` leaves entities and relations out of the graph exports (graph.*): the
    publisher, concepts, weak facts (graph/filters.py); triples.jsonl keeps every fact.

    `progress` is called after each extracted article, `on_total` with the number of articles
    expected whenever it changes (extract.progress.Tally), `on_stage` with the name of each later
    stage ("resolve", "build", "export") as it starts: resolution of a large corpus takes a while;
    then with "published" the moment the new exports replace the previous ones.

    The exports form one generation (`write_built`): a failure leaves the previous exports
    untouched. Raises NothingToRead when no article was read, and ExportError before any
    reading when `out_dir` cannot be written. The files kg writes into `out_dir` are never read
    as input, even when `out_dir` is (or is inside) an input directory.

    One build at a time writes into `out_dir` (graph.lock): the lock is held from reading the
    previous state to the final rename; a second build waits for it (`on_wait` is told once)
    and raises BuildLocked after `lock_timeout` seconds (None: waits as long as it takes).
    With `into`, an input whose text the build holds already is skipped unparsed
    (`BuildReport.already_built`); when every input was, the build is written again as is.
    """
    started = time.perf_counter()
    check_writable(out_dir)
    with build_lock(out_dir, timeout=lock_timeout, on_wait=on_wait):
        built = build_graph_of(inputs, model=model, progress=progress, options=options,
                               on_problem=on_problem, on_stage=on_stage,
                               into=out_dir if into else None,
                               resolution_options=resolution_options,
                               min_confidence=min_confidence, exclude=own_files(out_dir),
                               graph_filter=graph_filter, workers=workers, on_total=on_total)
        write_built(built, Path(out_dir), on_stage)
    built.report.seconds = time.perf_counter() - started
    fault_point("done")
    return built.report


def rescored(articles: Iterable[Article], table=None) -> list[Article]:
    """Old facts scored again: a confidence follows from the stored fact alone, so old and
    new facts are judged by the same (possibly re-tuned) table, as in one build over all
    (`table`: the profile's, default extract.confidence.TABLE)."""
    return [replace(a, triples=tuple(scored(t, table) if table else scored(t) for t in a.triples))
            for a in articles]


def own_files(out_dir: str | Path) -> list[Path]:
    """What kg writes into `out_dir`: the directory itself (not walked when met inside an input
    directory) and its exports (skipped when `out_dir` is an input directory)."""
    out = Path(out_dir)
    return [out, *(out / name for name in OUTPUTS + OTHER_OUTPUTS)]


def previous_build(out_dir: str | Path, articles: list[Article],
                   table=None) -> tuple[list[Article], dict[str, str]]:
    """The articles of the build in `out_dir` followed by the new ones, and its entity ids."""
    state = incremental.read_state(out_dir)
    return (incremental.combine(rescored(state.articles, table), articles),
            incremental.id_map(state.entities))


def write_state(out: Path, articles: list[Article], resolution, keys: dict[str, str] | None = None,
                known: Iterable[incremental.KnownEntity] = (), lines: dict[str, str] | None = None) -> None:
    """What a later `--into` build needs: the extracted articles with their content keys
    (`keys`: document id -> key, known ones; the others are computed; `lines`: records of
    unchanged articles, copied) and the entity ids, with the ids of `known` no entity holds
    now kept as retired."""
    incremental.write_articles(out / incremental.ARTICLES, articles, keys, lines)
    write_jsonl(out / incremental.ENTITIES,
                incremental.entity_records(resolution.entities.values(), known))


def _kept(by_document: dict[str, str], new: list[Article]) -> dict[str, str]:
    """The entries of the build's articles that no new article replaces."""
    replaced = {a.document.id for a in new}
    return {doc_id: value for doc_id, value in by_document.items() if doc_id not in replaced}


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
