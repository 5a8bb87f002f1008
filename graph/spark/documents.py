"""Inputs -> the Parquet table of documents a Spark build extracts.

Files, folders, JSONL and CSV are read by extract.sources exactly as `kg build` reads them
(same ids, dates, publishers, problems), deduplicated by `unique_documents`; Parquet inputs
(a `.parquet` file or a folder of them, with the columns id, text, title, url, published,
source: only `text` is required) go through the same row validation (`row_documents`).
Reading streams: documents are written in chunks, never all held at once.

Each document gets its position (`seq`) and the extraction batch it belongs to
(`extract.pipeline.batches`, the batches the single-machine build and its workers cut), so
the Spark workers parse exactly the groups of texts the single-machine path parses.
"""
from __future__ import annotations

from dataclasses import fields
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract.pipeline import batches
from extract.sources import (MISSING, Problem, display_name, read_documents, row_documents,
                             unique_documents)
from extract.types import Document

#: columns of the documents table: the Document fields, then its position and batch
COLUMNS = tuple(f.name for f in fields(Document)) + ("seq", "batch")
#: documents per chunk written by the driver
CHUNK = 5000
PARQUET = ".parquet"


def is_parquet(path: str | Path) -> bool:
    """A `.parquet` file, or a folder whose name ends in `.parquet` (a Spark/Arrow dataset)."""
    return str(path).lower().rstrip("/").endswith(PARQUET)


def documents(inputs: Iterable[str | Path], *, on_problem: Callable[[Problem], None],
              known: dict[str, str] | None = None, read_options=None, exclude=(), exports=None,
              on_file: Callable[[str], None] | None = None) -> Iterator[Document]:
    """The unique documents of the inputs, in input order (Parquet ones where they are named)."""
    from graph.pipeline import ReadOptions

    options = read_options or ReadOptions()

    def read(group: list, parquet: bool) -> Iterator[Document]:
        if parquet:
            for path in group:
                yield from parquet_documents(path, on_problem=on_problem,
                                             max_chars=options.max_chars, publisher=options.publisher)
        else:
            yield from read_documents(group, glob=options.glob, stdin_format=options.stdin_format,
                                      max_chars=options.max_chars, on_problem=on_problem,
                                      exclude=exclude, publisher=options.publisher, exports=exports,
                                      on_file=on_file)

    groups: list[tuple[bool, list]] = []
    for item in inputs:
        parquet = is_parquet(item)
        if groups and groups[-1][0] == parquet:
            groups[-1][1].append(item)
        else:
            groups.append((parquet, [item]))
    return unique_documents(chain.from_iterable(read(g, p) for p, g in groups), on_problem, known)


def parquet_documents(path: str | Path, *, on_problem: Callable[[Problem], None],
                      max_chars: int, publisher: str | None = None) -> Iterator[Document]:
    """The documents of a Parquet file or dataset folder, validated row by row."""
    import pyarrow.dataset as ds
    from pyarrow import ArrowException

    path = Path(path)
    name = display_name(path)
    if not path.exists():
        on_problem(Problem(name, "no such file or directory", MISSING))
        return
    try:
        dataset = ds.dataset(str(path), format="parquet")
        names = set(dataset.schema.names)
        if "text" not in names:
            on_problem(Problem(name, f"no 'text' column (found: {', '.join(sorted(names)) or 'none'})",
                               "no text column"))
            return
        wanted = [c for c in ("id", "text", "title", "url", "published", "date", "source") if c in names]
        rows = _rows(dataset.to_batches(columns=wanted))
        yield from row_documents(rows, name, path.name[: -len(PARQUET)] if is_parquet(path.name) else path.name,
                                 on_problem=on_problem, max_chars=max_chars, publisher=publisher)
    except (ArrowException, OSError) as exc:
        on_problem(Problem(name, f"not a readable Parquet table ({exc})", "unreadable", error=exc))


def _rows(record_batches) -> Iterator[tuple[int, dict]]:
    n = 0
    for batch in record_batches:
        for record in batch.to_pylist():
            n += 1
            yield n, record


def numbered(docs: Iterable[Document]) -> Iterator[dict]:
    """Rows of the documents table: each document with its position and extraction batch."""
    seq = 0
    for number, batch in enumerate(batches(docs)):
        for document in batch:
            yield {**vars(document), "seq": seq, "batch": number}
            seq += 1


def write_documents(docs: Iterable[Document], folder: Path, chunk: int = CHUNK) -> int:
    """Write the documents table into `folder` (Parquet files of `chunk` rows); returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in ("seq", "batch") else pa.string()) for c in COLUMNS])
    folder.mkdir(parents=True, exist_ok=True)
    count, rows, part = 0, [], 0
    for row in numbered(docs):
        rows.append(row)
        if len(rows) >= chunk:
            pq.write_table(pa.Table.from_pylist(rows, schema), folder / f"part-{part:05d}.parquet")
            count, rows, part = count + len(rows), [], part + 1
    if rows or part == 0:
        pq.write_table(pa.Table.from_pylist(rows, schema), folder / f"part-{part:05d}.parquet")
        count += len(rows)
    return count


def document_of(row: dict) -> Document:
    """The Document of a documents-table row."""
    return Document(**{f.name: row.get(f.name) for f in fields(Document)})
