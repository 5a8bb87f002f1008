"""`kg build --engine spark` gives the single-machine build's graph, tables and state."""
from __future__ import annotations

import json

import pytest

from extract.errors import NothingToRead
from graph.export.json import read_graph
from graph.pipeline import build_exports
from graph.spark.build import SparkOptions, spark_build

#: the single machine's rules that need the whole corpus (DataFrame stages on the components path)
CORPUS_RULES = ("acronym_corpus", "short_name_corpus", "title_corpus")
#: the corpus-wide form rules of graph.resolve._join_forms the components path applies across
#: articles as DataFrame stages (graph.spark.components.form_edges; a bare institution in the article pass)
FORM_RULES = ("institution", "plural", "party")

pq = pytest.importorskip("pyarrow.parquet")  # the spark extra; tests/spark_session.py fails in CI without it


def nodes(g) -> dict:
    return {n: (d["label"], d["type"], tuple(d["aliases"])) for n, d in g.nodes(data=True)}


def edges(g) -> dict:
    return {(s, o, k): d["weight"] for s, o, k, d in g.edges(keys=True, data=True)}


def assert_same_build(local_dir, spark_dir) -> None:
    a, b = read_graph(local_dir / "graph.json"), read_graph(spark_dir / "graph.json")
    assert nodes(a) == nodes(b) and a.number_of_nodes() > 0
    assert edges(a) == edges(b) and a.number_of_edges() > 0
    # every edge attribute (graph.spark.edges aggregates them), evidence lists in their order
    assert {(s, o, k): d for s, o, k, d in a.edges(keys=True, data=True)} == \
        {(s, o, k): d for s, o, k, d in b.edges(keys=True, data=True)}
    assert list(a.nodes) == list(b.nodes)  # nodes in build_graph's order
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    for name in ("triples.jsonl", "articles.jsonl", "entities.jsonl", "merges.jsonl"):
        assert (local_dir / name).read_bytes() == (spark_dir / name).read_bytes(), name


@pytest.fixture(scope="module")
def local_seeds(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("local-seeds")
    return out, build_exports([seeds], out, workers=1)


def test_spark_build_equals_local_build_on_seeds(spark, seeds, local_seeds, tmp_path):
    local_dir, local = local_seeds
    report = spark_build([seeds], tmp_path, spark=SparkOptions(master="local[2]"))
    assert_same_build(local_dir, tmp_path)
    assert (report.articles, report.facts, report.entities, report.relations) == \
        (local.articles, local.facts, local.entities, local.relations)
    assert report.resolution == "driver"


def test_spark_build_streams_the_state_files_never_gathering_the_articles(spark, seeds, local_seeds, tmp_path):
    local_dir, local = local_seeds
    report = spark_build([seeds], tmp_path, spark=SparkOptions(master="local[2]", fetch_rows=2))
    assert report.resolution == "driver"
    assert_same_build(local_dir, tmp_path)  # articles.jsonl and triples.jsonl byte for byte
    # the driver held one range partition of the extraction table at a time, never all 5 rows
    assert 0 < report.held < local.articles == 5


def test_spark_build_equals_local_build_on_50_wikinews_articles(spark, wikinews50, tmp_path):
    local = build_exports([wikinews50], tmp_path / "local", workers=1)
    report = spark_build([wikinews50], tmp_path / "spark", spark=SparkOptions(master="local[2]", partitions=4))
    assert_same_build(tmp_path / "local", tmp_path / "spark")
    assert report.articles == local.articles == 50
    assert report.relations == local.relations and report.facts == local.facts


def test_spark_build_retries_a_failed_task_without_duplicating_facts(spark, wikinews50, tmp_path):
    local = build_exports([wikinews50], tmp_path / "local", workers=1)
    marks = tmp_path / "marks"
    marks.mkdir()
    report = spark_build([wikinews50], tmp_path / "spark",
                         spark=SparkOptions(master="local[2]", partitions=3, fail_partition=1,
                                            fault_marks=str(marks)))
    assert (marks / "failed-1").exists()  # the first attempt did fail, after writing output
    assert_same_build(tmp_path / "local", tmp_path / "spark")
    assert report.tables["evidence"] == local.facts  # every fact once
    ids = [r["doc"] for r in pq.read_table(tmp_path / "spark" / "parquet" / "evidence").to_pylist()]
    triples = [json.loads(line)["doc"] for line in (tmp_path / "local" / "triples.jsonl").open()]
    assert sorted(ids) == sorted(triples)
    # three partitions and a retried task, yet each Python worker loaded the model once
    assert report.workers and set(report.workers.values()) == {1}


def test_spark_build_writes_the_parquet_tables(spark, seeds, local_seeds, tmp_path):
    tmp_path = tmp_path / "out[2]"  # Spark's readers expand globs: the brackets must not matter
    spark_build([seeds], tmp_path, spark=SparkOptions(master="local[2]"))
    g = read_graph(tmp_path / "graph.json")
    tables = {name: pq.read_table(tmp_path / "parquet" / name).to_pylist()
              for name in ("articles", "entities", "facts", "evidence", "merges")}
    assert len(tables["articles"]) == 5
    assert {(f["subject"], f["object"], f"{f['relation']}|{f['polarity']}"): f["weight"]
            for f in tables["facts"]} == edges(g)
    assert len(tables["evidence"]) == sum(edges(g).values())
    graph_entities = {e["id"]: (e["label"], e["type"], tuple(e["aliases"]))
                      for e in tables["entities"] if e["in_graph"]}
    assert graph_entities == nodes(g)
    merges = [json.loads(line) for line in (tmp_path / "merges.jsonl").open()]
    assert [(m["name"], m["entity"], m["rule"]) for m in tables["merges"]] == \
        [(m["name"], m["entity"], m["rule"]) for m in merges]


def test_spark_build_reads_parquet_documents_and_reports_bad_rows(spark, tmp_path):
    import pyarrow as pa

    rows = [{"id": "kim", "text": "Kim Jong-un met Vladimir Putin in Vladivostok on Thursday.",
             "title": "Kim meets Putin", "published": "2019-04-25"},
            {"id": "bad", "text": None, "title": "no text", "published": None},
            {"id": "moon", "text": "Moon Jae-in criticised Shinzo Abe in Seoul on Monday.",
             "title": None, "published": "not a date"}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "news.parquet")
    problems = []
    report = spark_build([tmp_path / "news.parquet"], tmp_path / "out", on_problem=problems.append,
                         spark=SparkOptions(master="local[2]"))
    assert report.articles == 2
    assert [a["id"] for a in pq.read_table(tmp_path / "out" / "parquet" / "articles").to_pylist()] == ["kim", "moon"]
    name = str(tmp_path / "news.parquet")
    assert {(p.path, p.line, p.kind) for p in problems} == {(name, 2, "no text column"),
                                                          (name, 3, "unparsed date")}


def test_spark_build_of_nothing_raises_nothing_to_read(spark, tmp_path):
    (tmp_path / "in").mkdir()
    with pytest.raises(NothingToRead):
        spark_build([tmp_path / "in"], tmp_path / "out", spark=SparkOptions(master="local[2]"))


def _table(folder, name) -> list[dict]:
    rows = pq.read_table(folder / "parquet" / name).to_pylist()
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def test_spark_build_above_the_driver_limit_resolves_by_components(spark, seeds, local_seeds, tmp_path):
    reports = [spark_build([seeds], tmp_path / f"p{n}", spark=SparkOptions(
        master="local[2]", partitions=n, driver_limit=0)) for n in (1, 3)]
    assert [r.resolution for r in reports] == ["components"] * 2
    assert reports[0].skipped_exports is None  # below the graph limit: the graph files too
    g = read_graph(tmp_path / "p1" / "graph.json")
    assert list(read_graph(tmp_path / "p3" / "graph.json").edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))
    assert {(f["subject"], f["object"], f"{f['relation']}|{f['polarity']}"): f["weight"]
            for f in _table(tmp_path / "p1", "facts")} == edges(g)
    for name in ("entities", "facts", "evidence", "merges", "articles"):  # ids do not depend on partitions
        assert _table(tmp_path / "p1", name) == _table(tmp_path / "p3", name), name
    entities, facts = _table(tmp_path / "p1", "entities"), _table(tmp_path / "p1", "facts")
    ids = {e["id"] for e in entities}
    keys = [k for e in entities for k in e["keys"]]
    assert len(keys) == len(set(keys))  # a name key belongs to one entity
    assert all(f["subject"] in ids and f["object"] in ids for f in facts)
    assert sum(f["weight"] for f in facts) == len(_table(tmp_path / "p1", "evidence")) > 0
    local = read_graph(local_seeds[0] / "graph.json")
    # the corpus rules run as DataFrame stages ("NATO" of an article that does not spell it out
    # joins the North Atlantic Treaty Organization by acronym_corpus): the single machine's graph
    assert any(json.loads(line)["rule"] in CORPUS_RULES for line in (local_seeds[0] / "merges.jsonl").open())
    assert dict(g.nodes(data=True)) == dict(local.nodes(data=True))
    assert {(s, o, k): d for s, o, k, d in g.edges(keys=True, data=True)} == \
        {(s, o, k): d for s, o, k, d in local.edges(keys=True, data=True)}


def test_spark_build_by_components_equals_local_build_on_50_wikinews_articles(spark, wikinews50, tmp_path):
    local = build_exports([wikinews50], tmp_path / "local", workers=1)
    report = spark_build([wikinews50], tmp_path / "spark",
                         spark=SparkOptions(master="local[2]", partitions=4, driver_limit=0))
    assert report.resolution == "components" and report.facts == local.facts
    a, b = read_graph(tmp_path / "local" / "graph.json"), read_graph(tmp_path / "spark" / "graph.json")
    # the corpus-wide form rules (DataFrame stages on the components path) take part here
    merges = [json.loads(line) for line in (tmp_path / "local" / "merges.jsonl").open()]
    assert {m["rule"] for m in merges} >= set(FORM_RULES)
    assert nodes(a) == nodes(b) and a.number_of_nodes() > 0
    assert edges(a) == edges(b) and a.number_of_edges() > 0
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert {(s, o, k): d for s, o, k, d in a.edges(keys=True, data=True)} == \
        {(s, o, k): d for s, o, k, d in b.edges(keys=True, data=True)}


def test_spark_build_above_the_graph_limit_writes_only_the_parquet_tables(spark, seeds, local_seeds, tmp_path):
    local_dir, local = local_seeds
    report = spark_build([seeds], tmp_path, spark=SparkOptions(master="local[2]", graph_limit=10))
    assert report.resolution == "driver"
    assert report.skipped_exports.startswith(f"{local.relations:,} edges, above the graph limit of 10")
    assert not any((tmp_path / name).exists() for name in ("graph.json", "graph.graphml", "triples.jsonl"))
    assert report.relations == report.tables["facts"] == local.relations
    assert report.entities == local.entities
    local_edges = edges(read_graph(local_dir / "graph.json"))
    assert {(f["subject"], f["object"], f"{f['relation']}|{f['polarity']}"): f["weight"]
            for f in _table(tmp_path, "facts")} == local_edges


def test_spark_build_by_components_applies_the_alias_file(spark, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The World Health Organization warned governments about the virus.\n")
    (tmp_path / "in" / "b.txt").write_text("The WHO praised China for its response to the outbreak.\n")
    options = {"overrides": {"WHO": "World Health Organization"}}
    local = build_exports([tmp_path / "in"], tmp_path / "local", resolution_options=options)
    report = spark_build([tmp_path / "in"], tmp_path / "spark", resolution_options=options,
                         spark=SparkOptions(master="local[2]", driver_limit=0))
    assert report.resolution == "components" and local.relations == 1
    g = read_graph(tmp_path / "spark" / "graph.json")
    assert edges(g) == edges(read_graph(tmp_path / "local" / "graph.json")) == \
        {("world-health-organization", "china", "praises|positive"): 1}
    entity = next(e for e in _table(tmp_path / "spark", "entities") if e["id"] == "world-health-organization")
    assert len(entity["docs"]) == 2  # the full name of one article, the alias of the other


def test_spark_build_by_components_joins_a_legal_form_across_articles(spark, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Siemens Energy AG signed a contract with Germany on Monday. "
                                  "Siemens Energy AG supports Germany.\n")
    (inputs / "b.txt").write_text("Siemens Energy criticised France on Tuesday. Siemens Energy opposes France.\n")
    build_exports([inputs], tmp_path / "local", workers=1)
    spark_build([inputs], tmp_path / "spark", spark=SparkOptions(master="local[2]", driver_limit=0))
    merges = [json.loads(line) for line in (tmp_path / "local" / "merges.jsonl").open()]
    assert any(m["rule"] == "legal_form" and m["doc"] == "a" for m in merges)  # a name of the other article
    a, b = read_graph(tmp_path / "local" / "graph.json"), read_graph(tmp_path / "spark" / "graph.json")
    assert nodes(a) == nodes(b) and edges(a) == edges(b) and a.number_of_edges() > 0


def test_spark_build_by_components_joins_a_bare_institution_to_its_articles_country(spark, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    texts = {"a": "The UK Treasury criticised the Bank of England on Monday. The UK Treasury opposes the Bank of England.",
             "b": "The US Treasury criticised Goldman Sachs on Tuesday. The US Treasury opposes Goldman Sachs.",
             "c": "Gordon Brown spoke in Britain on Monday. The Treasury praised Barclays in Britain.",
             "d": "George Bush spoke in the United States on Tuesday. The Treasury praised Citigroup in the United States."}
    for name, text in texts.items():
        (inputs / f"{name}.txt").write_text(text + "\n")
    build_exports([inputs], tmp_path / "local", workers=1)
    spark_build([inputs], tmp_path / "spark", spark=SparkOptions(master="local[2]", driver_limit=0))
    merges = [json.loads(line) for line in (tmp_path / "local" / "merges.jsonl").open()]
    # "Treasury" of the article about Britain is the corpus's "UK Treasury", decided per article
    assert any(m["rule"] == "institution" and m["doc"] == "c" and m["entity"] == "uk-treasury" for m in merges)
    a, b = read_graph(tmp_path / "local" / "graph.json"), read_graph(tmp_path / "spark" / "graph.json")
    assert ("uk-treasury", "barclays", "praises|positive") in edges(a)
    assert nodes(a) == nodes(b) and edges(a) == edges(b)
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))


def test_spark_build_by_components_keys_a_titled_name_by_the_corpus_people(spark, tmp_path):
    import shutil

    from tests.conftest import SHARED

    article = SHARED / "eval" / "corpora" / "bbc_news" / "bbc" / "entertainment" / "118.txt"
    if not article.exists():
        pytest.skip(f"the BBC corpus is missing ({article})")
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(article, inputs / "a.txt")  # R.E.M.'s Mike Mills, once tagged a person as "Mills"
    (inputs / "b.txt").write_text("John Nettle, a former employee of General Mills, was charged on Monday. "
                                  "General Mills criticised John Nettle.\n")
    build_exports([inputs], tmp_path / "local", workers=1)
    spark_build([inputs], tmp_path / "spark", spark=SparkOptions(master="local[2]", driver_limit=0))
    merges = [json.loads(line) for line in (tmp_path / "local" / "merges.jsonl").open()]
    # "General" is a title and the corpus (article a) mostly tags "Mills" a person: the title
    # rule re-keys "General Mills" of article b to "mills", reading the labels of both articles
    assert any(m["rule"] == "title" and m["name"] == "General Mills" for m in merges)
    a, b = read_graph(tmp_path / "local" / "graph.json"), read_graph(tmp_path / "spark" / "graph.json")
    assert nodes(a) == nodes(b) and edges(a) == edges(b) and a.number_of_edges() > 0
