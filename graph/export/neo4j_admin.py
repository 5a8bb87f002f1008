"""CSV files for ``neo4j-admin database import full``: the same model as the push, for bulk loads.

Four files (entities, articles, facts, mentions) with typed headers and ID spaces, plus a
README.txt holding the import command. Arrays use a delimiter that occurs in no value (``;`` unless
a value contains one); the command in README.txt names it. Empty lists and None become empty
fields, which neo4j-admin stores as absent properties.
"""

from __future__ import annotations

import csv
import datetime as dt
import shlex
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from graph.export.cypher import Rows, constraint_queries, graph_rows
from graph.export.generations import new_generation

#: "|" first: the README's command names it; ";" (neo4j-admin's default) is common in sentences
DELIMITER_CANDIDATES = ("|", ";", "¦", "\x1f")

ENTITY_HEADER = ["key:ID(Entity)", "id", "name", "type", "aliases:string[]", "mentions:int", ":LABEL"]
ARTICLE_HEADER = ["key:ID(Article)", "id", "title", "url", "published:date", "source", ":LABEL"]
MENTION_HEADER = [":START_ID(Article)", ":END_ID(Entity)", ":TYPE"]
FACT_PROPS = [
    ("key", "key"), ("relation", "relation"), ("category", "category"), ("polarity", "polarity"),
    ("certainty", "certainty"), ("confidence", "confidence:double"), ("weight", "weight:int"), ("sources", "sources:string[]"),
    ("first_seen", "first_seen:date"), ("last_seen", "last_seen:date"), ("sentence", "sentence"),
    ("sentences", "sentences:string[]"), ("evidence_docs", "evidence_docs:string[]"),
    ("attributed_to", "attributed_to:string[]"),
]
FACT_HEADER = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"] + [h for _, h in FACT_PROPS]
FILES = ("entities.csv", "articles.csv", "facts.csv", "mentions.csv")
README = "README.txt"


def array_delimiter(rows: Rows) -> str:
    """The first candidate delimiter that occurs in no array element and no label."""
    used: set[str] = set()
    for group in rows.entities.values():
        for row in group:
            used.update(row["aliases"])
    for row in rows.facts:
        for name in ("sources", "sentences", "evidence_docs", "attributed_to"):
            used.update(row["props"][name])
    for candidate in DELIMITER_CANDIDATES:
        if not any(candidate in text for text in used):
            return candidate
    raise ValueError(f"every array delimiter {DELIMITER_CANDIDATES!r} occurs in the data")


def _field(value: object, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _write(path: Path, header: list[str], records: Iterable[list], delimiter: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([_field(v, delimiter) for v in record] for record in records)


def import_command(delimiter: str, database: str = "neo4j") -> str:
    """The neo4j-admin command line, run from the directory holding the CSV files."""
    quoted = "$'\\x1f'" if delimiter == "\x1f" else shlex.quote(delimiter)
    return (
        f"neo4j-admin database import full {shlex.quote(database)} --overwrite-destination "
        f"--id-type=string --multiline-fields=true --array-delimiter={quoted} "
        "--nodes=entities.csv --nodes=articles.csv --relationships=facts.csv --relationships=mentions.csv"
    )


def write_neo4j_admin(G: nx.MultiDiGraph, out_dir: str | Path) -> list[Path]:
    """Write the CSV files and README.txt into ``out_dir``; return the paths written.

    The five files are one generation (graph.export.generations): they replace the previous
    ones together, or not at all."""
    rows = graph_rows(G)
    delimiter = array_delimiter(rows)
    with new_generation(out_dir, (*FILES, README)) as stage:
        _write_files(stage, rows, delimiter)
    return [Path(out_dir) / name for name in (*FILES, README)]


def _write_files(out: Path, rows: Rows, delimiter: str) -> None:
    _write(out / "entities.csv", ENTITY_HEADER, (
        [r["key"], r["id"], r["name"], r["type"], r["aliases"], r["mentions"], ["Entity", label]]
        for label in sorted(rows.entities) for r in rows.entities[label]), delimiter)
    _write(out / "articles.csv", ARTICLE_HEADER, (
        [r["key"], r["id"], r["title"], r["url"], r["published"], r["source"], "Article"]
        for r in rows.articles), delimiter)
    _write(out / "facts.csv", FACT_HEADER, (
        [r["source"], r["target"], r["type"]] + [r["key"] if name == "key" else r["props"][name] for name, _ in FACT_PROPS]
        for r in rows.facts), delimiter)
    _write(out / "mentions.csv", MENTION_HEADER, (
        [r["article"], r["entity"], "MENTIONS"] for r in rows.mentions), delimiter)
    (out / README).write_text(
        "kg-builder graph for neo4j-admin (Neo4j 5). Stop the database, cd into this directory, run:\n\n"
        f"    {import_command(delimiter)}\n\n"
        "then start Neo4j and create the constraints the push creates:\n\n"
        + "".join(f"    {query};\n" for query in constraint_queries() if query.startswith("CREATE")),
        encoding="utf-8",
    )
