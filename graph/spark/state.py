"""The driver path's state files and article list, streamed from the extraction table.

`kg build` writes `articles.jsonl` (every article with every fact) and `triples.jsonl` (the
kept facts) from the articles it holds. The Spark engine never gathers them: `Stream` fetches
the extraction table to the driver one range partition at a time, in input order (`seq`), and
`StreamedArticles` turns each row into its Article as it comes, so graph.pipeline.write_built
writes the very files of `kg build` (the same functions, the same order) while the driver holds
at most `FETCH_ROWS` rows of the table. `survey` is what the driver needs of every article
before that (problems, counts, the Python workers), computed in the workers; `article_table` is
the Parquet `articles` table and the graph's article list, also made in the workers.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterator

#: rows of the extraction table the driver holds at once while streaming it (one fetch)
FETCH_ROWS = 5_000

_SURVEY = ("seq long, worker string, loads long, problem string, article boolean, no_prose string, "
           "facts long, kept long")
#: the Parquet `articles` table of the driver path (graph.spark.tables.NAMES), with its order
ARTICLES = "seq long, id string, title string, url string, published string, source string, facts long"


class Stream:
    """Rows of a DataFrame in `seq` order, fetched to the driver one range partition of at most
    about `rows` rows at a time; `held` is the most rows the driver held at once."""

    def __init__(self, frame, rows: int = FETCH_ROWS):
        self.frame, self.rows, self.held = frame, max(1, rows), 0

    def __call__(self, *columns: str) -> Iterator:
        frame = self.frame.select(*columns) if columns else self.frame
        total = frame.count()
        parts = max(1, -(-total // self.rows))
        rdd = frame.repartitionByRange(parts, "seq").sortWithinPartitions("seq").rdd
        context = frame.sparkSession.sparkContext
        for index in range(rdd.getNumPartitions()):
            rows = context.runJob(rdd, _rows, [index])
            self.held = max(self.held, len(rows))
            yield from rows
            del rows


def _rows(iterator):
    return iterator


class StreamedArticles:
    """The articles of the extraction table in input order, as Articles, read again on every
    iteration (a re-iterable, never a list); with `min_confidence`, keeping only the facts at or
    above it (graph.pipeline.above_threshold), as `Built.kept`."""

    def __init__(self, stream: Stream, min_confidence: float | None = None):
        self.stream, self.min_confidence = stream, min_confidence

    def __iter__(self):
        from graph.incremental import article_from_record
        from graph.pipeline import above_threshold

        for row in self.stream("seq", "record"):
            if row["record"] is None:
                continue
            article = article_from_record(json.loads(row["record"]))
            if self.min_confidence is not None:
                article = above_threshold([article], self.min_confidence)[0]
            yield article


@dataclass
class Survey:
    """What the driver keeps of the whole corpus: counts and the Python workers' loads."""

    articles: int = 0
    facts: int = 0  # every fact
    kept: int = 0  # the facts at or above the threshold
    workers: dict[str, int] = field(default_factory=dict)  # Python worker -> pipelines it loaded


def survey_rows(frames: Iterator, *, min_confidence: float) -> Iterator:
    """mapInPandas over the extraction table: per row its worker, problem, whether it holds an
    article, the path of an article with no prose (reported as graph.pipeline reports it) and
    its facts, all and kept."""
    import pandas as pd

    from extract.confidence import confident
    from graph.incremental import article_from_record

    for frame in frames:
        out = []
        for seq, worker, loads, problem, record in zip(frame["seq"], frame["worker"], frame["loads"],
                                                       frame["problem"], frame["record"]):
            problem = problem if isinstance(problem, str) else None
            if not isinstance(record, str):
                out.append((seq, worker, loads, problem, False, None, 0, 0))
                continue
            article = article_from_record(json.loads(record))
            no_prose = None if article.text else (article.document.path or article.document.id)
            kept = sum(1 for t in article.triples if confident(t, min_confidence))
            out.append((seq, worker, loads, problem, True, no_prose, len(article.triples), kept))
        yield pd.DataFrame(out, columns=[c.split()[0] for c in _SURVEY.split(", ")])


def survey(extracted, problem: Callable, *, min_confidence: float, rows: int = FETCH_ROWS) -> Survey:
    """The extraction table's problems reported in input order (an extraction problem, then an
    article with no prose, as `kg build` reports them), its counts and its workers; the driver
    holds one fetch of small rows at a time, never a record."""
    from extract.sources import Problem
    from graph.pipeline import NO_PROSE

    found = Survey()
    rows_ = extracted.select("seq", "worker", "loads", "problem", "record").mapInPandas(
        partial(survey_rows, min_confidence=min_confidence), _SURVEY)
    for row in Stream(rows_, rows)():
        found.workers[row["worker"]] = max(found.workers.get(row["worker"], 0), row["loads"])
        if row["problem"]:
            p = json.loads(row["problem"])
            problem(Problem(p["path"], p["reason"], p["kind"]))
        if not row["article"]:
            continue
        if row["no_prose"] is not None:
            problem(Problem(row["no_prose"], "no article prose found (every line looked like page furniture)",
                            NO_PROSE, skipped=False))
        found.articles += 1
        found.facts += row["facts"]
        found.kept += row["kept"]
    return found


def article_rows(frames: Iterator, *, min_confidence: float) -> Iterator:
    """mapInPandas: each extracted article's document (id, title, url, published, source) and
    its facts at or above the threshold: the Parquet `articles` table and the graph's list."""
    import pandas as pd

    from graph.spark.edges import kept_articles

    for frame in frames:
        out = [(seq, a.document.id, a.document.title, a.document.url, a.document.published,
                a.document.source, len(a.triples)) for seq, a in kept_articles(frame, min_confidence)]
        yield pd.DataFrame(out, columns=[c.split()[0] for c in ARTICLES.split(", ")])


def article_table(extracted, *, min_confidence: float):
    """The extracted articles' documents and kept fact counts, a DataFrame of `ARTICLES`."""
    return extracted.select("seq", "record").mapInPandas(
        partial(article_rows, min_confidence=min_confidence), ARTICLES)
