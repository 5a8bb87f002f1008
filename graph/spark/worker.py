"""What a Spark Python worker runs: extraction of a partition of the documents table.

Importable on purpose: Spark ships a function defined in `__main__` by value, with fresh
globals, so a cache there would be empty in every task. Here the spaCy pipeline lives in
`extract.nlp.load_pipeline`'s cache, a module-level cache of the worker process, and the
session reuses workers (`spark.python.worker.reuse`): one load per Python worker, whatever
the number of tasks. Each output row says which worker made it and how many times that worker
loaded a pipeline, so a test can check it.

The function is given to `mapInPandas` as `functools.partial(extract_partition, ...)`: a partial
of a module-level function pickles by reference.
"""
from __future__ import annotations

import json
import math
import os
from typing import Iterator

from extract.nlp import load_pipeline
from extract.pipeline import extract_batch
from extract.profiles import Profile
from graph.incremental import article_record
from graph.spark.documents import document_of

#: the extraction table written before any global stage: one row per document (its article as
#: an articles.jsonl record, or the problem that left it out), by position; `names` counts the
#: name occurrences resolution will see
SCHEMA = ("seq long, doc_id string, record string, problem string, names long, worker string, "
          "loads long")


class InjectedFault(RuntimeError):
    """Raised by the test-only fault hook: the first attempt of one partition fails."""


def extract_partition(frames: Iterator, *, model: str | None = None, profile: str = Profile.news.value,
                      fail_partition: int | None = None, fault_marks: str | None = None) -> Iterator:
    """Extract the documents of one partition, a batch at a time (the batches of the documents
    table, which never span partitions), yielding pandas frames of `SCHEMA`.

    `fail_partition` (tests only) makes the first attempt of that partition fail after it has
    produced output: Spark retries the task and discards the failed attempt's rows; the fault
    leaves a file `failed-<partition>` in the folder `fault_marks` so a test knows it happened.
    """
    import pandas as pd

    nlp = load_pipeline(model)
    which = Profile(profile)
    fault = fail_partition is not None and _first_attempt_of(fail_partition)
    current, pending = None, []
    for frame in frames:
        for row in frame.to_dict("records"):
            row = {k: _none(v) for k, v in row.items()}
            if pending and row["batch"] != current:
                yield pd.DataFrame(_extract(pending, nlp, which), columns=_COLUMNS)
                pending = []
                if fault:
                    _fail(fail_partition, fault_marks)
            current = row["batch"]
            pending.append(row)
    if pending:
        yield pd.DataFrame(_extract(pending, nlp, which), columns=_COLUMNS)
    if fault:
        _fail(fail_partition, fault_marks)


_COLUMNS = ["seq", "doc_id", "record", "problem", "names", "worker", "loads"]


def _extract(rows: list[dict], nlp, profile: Profile) -> list[tuple]:
    """Rows of SCHEMA for one batch: `extract_batch`, the single-machine function, on its documents."""
    documents = [document_of(r) for r in rows]
    problems: dict[str, dict] = {}

    def on_problem(problem) -> None:
        problems[problem.path] = {"path": problem.path, "reason": problem.reason, "kind": problem.kind}

    articles = {a.document.id: a for a in extract_batch(documents, nlp, on_problem=on_problem,
                                                         profile=profile)}
    worker, loads = str(os.getpid()), load_pipeline.cache_info().misses
    out = []
    for row, document in zip(rows, documents):
        article = articles.get(document.id)
        record = json.dumps(_record(article), ensure_ascii=False, default=str) if article else None
        problem = problems.get(document.path or document.id)
        names = len(article.mentions) + 2 * len(article.triples) if article else 0
        out.append((row["seq"], document.id, record, json.dumps(problem) if problem else None,
                    names, worker, loads))
    return out


def _record(article) -> dict:
    """The articles.jsonl record of an article, keeping the raw text: the driver writes the
    build's state from these articles as `kg build` writes it from its own."""
    record = article_record(article)
    record["document"]["text"] = article.document.text
    return record


def _fail(partition: int, marks: str | None) -> None:
    if marks:
        with open(os.path.join(marks, f"failed-{partition}"), "w"):
            pass
    raise InjectedFault(f"injected fault in partition {partition} (first attempt)")


def _first_attempt_of(partition: int) -> bool:
    from pyspark import TaskContext

    context = TaskContext.get()
    return context is not None and context.partitionId() == partition and context.attemptNumber() == 0


def _none(value):
    """pandas' missing values (NaN, NA) as None, so Documents hold None as elsewhere."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        import pandas as pd

        return None if value is pd.NA else value
    except ImportError:  # pragma: no cover: pandas comes with the spark extra
        return value
