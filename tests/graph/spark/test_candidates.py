"""The driver path's resolution as stages (graph.spark.candidates): the single machine's result,
with only names, types and counts on the driver."""
from __future__ import annotations

import json
from dataclasses import astuple

import pytest

from extract.pipeline import Article
from extract.types import Document
from graph.build import resolve_articles
from graph.incremental import article_record
from graph.spark.candidates import ARTICLES, COLLECTED, FORMS, resolve_stages

pytest.importorskip("pyarrow")

#: fields of a collected part (graph.resolve.ArticleNames without its occurrences)
PART_FIELDS = {"doc", "elements", "pending", "definitions", "fragments", "titled", "institution_heads",
               "definite", "rekeyed", "capitals", "counts", "concept_first"}


def _articles(article) -> list[Article]:
    """Articles whose names join across articles by every kind of corpus rule, and a pair the
    guard keeps apart: short forms and acronyms of another article, a title, two Kims."""
    a = (article("a").say("NATO, the ", ("North Atlantic Treaty Organization", "ORG"), " (", ("NATO", "ORG"),
                          "), met ", ("Vladimir Putin", "PERSON"), " in ", ("Moscow", "GPE"), ".")
         .say(("Kim Jong-un", "PERSON"), " and ", ("Kim Yo-jong", "PERSON"), " spoke to ",
              ("Queen Elizabeth II", "PERSON"), "."))
    b = (article("b").say(("Putin", "PERSON"), " criticised ", ("NATO", "ORG"), " and ",
                          ("President Bush", "ORG"), ".")
         .say(("George Bush", "PERSON"), " met ", ("the Queen", "PERSON"), " and ", ("Kim", "PERSON"), "."))
    c = article("c").say(("Bush", "PERSON"), " spoke of ", ("Kim Jong Un", "PERSON"), " and ",
                         ("Hyundai Motor Company", "ORG"), "; ", ("Hyundai", "ORG"), " agreed.")
    return [Article(Document(w.doc_id, w.text), w.text, tuple(w.mentions), ()) for w in (a, b, c)]


def _extracted(spark, articles):
    """An extraction table (graph.spark.worker.SCHEMA's columns the stages read) of `articles`."""
    rows = [(i, a.document.id, json.dumps(article_record(a))) for i, a in enumerate(articles)]
    return spark.createDataFrame(rows, "seq long, doc_id string, record string")


@pytest.mark.parametrize("options", [{}, {"overrides": {"Bush": "George W. Bush"}, "forbidden": [("Kim", "Kim Yo-jong")]}])
def test_resolve_stages_equal_the_single_machine_resolver(spark, article, tmp_path, options):
    articles = _articles(article)
    local = resolve_articles(articles, **options)
    resolution, occurrences = resolve_stages(spark, _extracted(spark, articles), tmp_path,
                                             min_confidence=0.0, resolution_options=options)
    assert {k: astuple(e) for k, e in resolution.entities.items()} == \
        {k: astuple(e) for k, e in local.entities.items()}
    assert [astuple(m) for m in resolution.merges] == [astuple(m) for m in local.merges]
    assert any(m.rule == "short_name_corpus" for m in local.merges)  # the case is one across articles
    assert all(m.sentence for m in local.merges)  # the sentences were looked up in the workers
    by_occurrence, _ = local.id_tables()
    assert {r["key"]: r["id"] for r in occurrences.collect()} == by_occurrence


def test_resolve_stages_collect_no_text_and_no_facts(spark, article, tmp_path):
    articles = _articles(article)
    resolve_stages(spark, _extracted(spark, articles), tmp_path, min_confidence=0.0, resolution_options=None)
    names = spark.read.parquet(str(tmp_path / "names"))
    assert names.schema.simpleString() == f"struct<{ARTICLES.replace(' ', ':').replace(',:', ',')}>"
    collected = names.select(*COLLECTED)
    assert collected.columns == ["doc", "part"]
    assert [c.split()[0] for c in FORMS.split(", ")] == ["text", "type", "n", "doc", "start", "end"]
    sentences = {s.strip() for a in articles for s in a.text.split(".") if len(s.strip()) > 20}
    for row in collected.collect():
        part = json.loads(row["part"])
        assert set(part) == PART_FIELDS
        assert not any(s in row["part"] for s in sentences)  # no sentence of any article
