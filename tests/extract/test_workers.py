"""extract.workers: articles in input order, the same as in process; a dying worker costs one article."""
from __future__ import annotations

import signal

import pytest

from extract.errors import ModelNotFound
from extract.nlp import load_pipeline
from extract.pipeline import EXTRACTION_FAILED, extract_articles
from extract.types import Document
from extract.workers import default_workers, parallel_articles
from tests.extract.worker_tasks import crash_on_marker, echo

SENTENCES = ["North Korea denounced French President Emmanuel Macron on Thursday.",
             "Russian President Vladimir Putin thanked Kim Jong-un for the support.",
             "The United States condemned the supply of arms by North Korea to Russia.",
             "Japan and South Korea signed a defence pact in Seoul.",
             "Germany sent tanks to Ukraine, the government said."]


def documents(ids):
    return [Document(doc_id, f"{SENTENCES[i % len(SENTENCES)]} Story {i}.", path=f"{doc_id}.txt")
            for i, doc_id in enumerate(ids)]


def records(articles):
    return [(a.document.id, a.text, a.mentions, a.triples) for a in articles]


def test_parallel_articles_match_in_process_in_input_order():
    docs = documents([f"d{i}" for i in range(12)])
    expected = list(extract_articles(docs, load_pipeline(), batch_chars=150))
    got = list(parallel_articles(docs, workers=2, batch_chars=150))
    assert [a.document.id for a in got] == [d.id for d in docs]
    assert records(got) == records(expected) and any(a.triples for a in got)


def test_parallel_articles_worker_crash_costs_only_that_article():
    docs = documents(["d0", "d1", "crash2", "d3", "d4", "d5", "d6"])
    problems = []
    got = list(parallel_articles(docs, workers=2, batch_chars=200, task=crash_on_marker,
                                 on_problem=problems.append))
    assert [a.document.id for a in got] == ["d0", "d1", "d3", "d4", "d5", "d6"]
    assert [(p.path, p.kind) for p in problems] == [("crash2.txt", EXTRACTION_FAILED)]
    assert "worker process died, exit code 3" in problems[0].reason


def test_parallel_articles_missing_model_raises_model_not_found():
    with pytest.raises(ModelNotFound, match="no_such_model"):
        list(parallel_articles(documents([f"d{i}" for i in range(6)]), workers=2, batch_chars=150,
                               model="no_such_model"))


def test_default_workers_is_the_cores_capped():
    assert 1 <= default_workers() <= 8


def test_parallel_articles_large_tasks_and_results_do_not_deadlock():
    docs = [Document(f"d{i}", f"{i} " + "word " * 60_000) for i in range(16)]  # 300 KB each
    signal.alarm(300)  # a deadlock fails the test instead of hanging the suite
    try:
        got = list(parallel_articles(docs, workers=2, batch_chars=700_000, task=echo))
    finally:
        signal.alarm(0)
    assert [a.text for a in got] == [d.text * 2 for d in docs]
