"""Resolution in DataFrames, for corpora whose name occurrences do not fit on the driver.

1. Per article (mapInPandas): the single-machine resolver (graph.build.resolve_articles) on the
   article alone gives its local entities, each holding name keys (graph.resolve.name_key):
   "Putin" and "Vladimir Putin" of one article are one local entity. Every local entity links
   its keys (candidate pairs blocked by article and key); facts name the local entities of their
   ends by their smallest key.
2. Connected components of the key graph, by iterated minimum-label propagation in plain
   DataFrames, checkpointed every few rounds so the plan stays short: a key shared by two
   articles joins their entities, as the `key` rule does on one machine.
3. An entity per component: id `slug` of its smallest key (deterministic, whatever the
   partitions), label its most frequent written form, type its most frequent NER label.
4. Facts joined to their entities (graph.spark.edges.EVIDENCE rows), which graph.spark.build
   aggregates into edges as on the driver path (graph.spark.edges.aggregate).

What this path does not apply: the rules that need the whole corpus at once (a short form
joining the one full name of the corpus, the guard keeping two people's full names apart
across articles, alias files). Below graph.spark.build.DRIVER_LIMIT the driver path applies
every rule; docs/scale.md says where the two differ.
"""
from __future__ import annotations

from functools import partial
from typing import Iterator

#: rounds of label propagation between checkpoints
CHECKPOINT_EVERY = 4
#: give up (SparkBuildError) after this many rounds: a chain of keys this long is a bug
MAX_ROUNDS = 100

_LINKS = "a string, b string"
_OCCURRENCES = "key string, doc string, text string, type string"


def article_rows(frames: Iterator, *, kind: str, min_confidence: float,
                 resolution_options: dict | None = None) -> Iterator:
    """Per-article stage: `kind` "links", "occurrences" or "facts" rows of each extracted article,
    resolved with `resolution_options` (graph.resolve.resolve: the alias file, literal capitals)."""
    import pandas as pd

    from graph.build import resolve_articles
    from graph.spark.edges import EVIDENCE, fact_values, kept_articles

    columns = {"links": ["a", "b"], "occurrences": ["key", "doc", "text", "type"],
               "facts": [c.split()[0] for c in EVIDENCE.split(", ")]}[kind]
    for frame in frames:
        out = []
        for seq, article in kept_articles(frame, min_confidence):
            resolution = resolve_articles([article], **(resolution_options or {}))
            rep = {e.id: min(e.keys) if e.keys else e.id for e in resolution.entities.values()}
            if kind == "links":
                for e in resolution.entities.values():
                    keys = sorted(e.keys) or [e.id]
                    out.extend((keys[0], k) for k in keys)
            elif kind == "occurrences":
                for m in (*article.mentions, *(x for t in article.triples for x in (t.subject, t.object))):
                    found = resolution.entity_id(m)
                    if found is not None:
                        out.append((rep[found], m.doc_id, m.text, m.type))
            else:
                for idx, t in enumerate(article.triples):
                    s, o = resolution.entity_id(t.subject), resolution.entity_id(t.object)
                    if s is None or o is None or s == o:
                        continue
                    out.append((rep[s], rep[o], *fact_values(t, seq, idx)))
        yield pd.DataFrame(out, columns=columns)


def components(links, checkpoint_dir: str):
    """(key, component) for every key of the `links` (a, b): the smallest key it is connected to."""
    from pyspark.sql import functions as F

    from extract.errors import SparkBuildError

    session = links.sparkSession
    session.sparkContext.setCheckpointDir(checkpoint_dir)
    edges = links.union(links.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct()
    labels = edges.select(F.col("a").alias("key")).distinct().withColumn("component", F.col("key"))
    for round_ in range(1, MAX_ROUNDS + 1):
        best = (edges.join(labels, edges.b == labels.key).groupBy(edges.a)
                .agg(F.min("component").alias("best")))
        updated = (labels.join(best, labels.key == best.a, "left")
                   .select("key", F.least("component", F.coalesce("best", "component")).alias("component")))
        if round_ % CHECKPOINT_EVERY == 0:
            updated = updated.checkpoint()
        else:
            updated = updated.cache()
        changed = updated.join(labels.withColumnRenamed("component", "old"), "key") \
            .where(F.col("component") != F.col("old")).limit(1).count()
        labels = updated
        if not changed:
            return labels
    raise SparkBuildError(f"entity components did not settle in {MAX_ROUNDS} rounds")


def resolve_components(session, extracted, checkpoint_dir, *, min_confidence: float,
                       resolution_options: dict | None = None) -> dict:
    """The tables (Spark DataFrames) of the extraction table, resolved by components: the
    Parquet tables articles, entities and merges, and the facts joined to their entities as
    graph.spark.edges.EVIDENCE rows (`evidence`), which graph.spark.build aggregates."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from graph.resolve import slug
    from graph.spark.edges import EVIDENCE

    articles = extracted.where("record IS NOT NULL").select("seq", "record")

    def rows(kind: str, schema: str):
        return articles.mapInPandas(partial(article_rows, kind=kind, min_confidence=min_confidence,
                                            resolution_options=resolution_options), schema)

    links = rows("links", _LINKS)
    labels = components(links, str(checkpoint_dir))
    slugged = F.udf(slug, "string")
    ids = labels.select("key", slugged("component").alias("entity"), "component")
    occurrences = rows("occurrences", _OCCURRENCES).join(ids, "key")

    def most_frequent(column: str, name: str):
        counted = occurrences.groupBy("entity", column).count()
        rank = Window.partitionBy("entity").orderBy(F.desc("count"), F.col(column))
        return counted.withColumn("r", F.row_number().over(rank)).where("r = 1") \
            .select("entity", F.col(column).alias(name))

    entity_table = (occurrences.groupBy("entity")
                    .agg(F.count(F.lit(1)).alias("mentions"),
                         F.sort_array(F.collect_set("doc")).alias("docs"),
                         F.sort_array(F.collect_set("text")).alias("aliases"))
                    .join(most_frequent("text", "label"), "entity")
                    .join(most_frequent("type", "type"), "entity")
                    .join(ids.groupBy("entity").agg(F.sort_array(F.collect_set("key")).alias("keys")), "entity")
                    .select(F.col("entity").alias("id"), "label", "type", "aliases", "mentions", "docs", "keys"))
    evidence = (rows("facts", EVIDENCE)
                .join(ids.select(F.col("key").alias("subject"), F.col("entity").alias("s")), "subject")
                .join(ids.select(F.col("key").alias("object"), F.col("entity").alias("o")), "object")
                .where("s != o")
                .drop("subject", "object").withColumnRenamed("s", "subject").withColumnRenamed("o", "object"))
    merges = (ids.where("key != component")
              .select(F.col("key").alias("name"), "entity", F.lit("components").alias("rule")))
    documents = extracted.where("record IS NOT NULL").select(
        F.get_json_object("record", "$.document.id").alias("id"),
        F.get_json_object("record", "$.document.title").alias("title"),
        F.get_json_object("record", "$.document.url").alias("url"),
        F.get_json_object("record", "$.document.published").alias("published"),
        F.get_json_object("record", "$.document.source").alias("source"))
    return {"articles": documents, "entities": entity_table, "evidence": evidence, "merges": merges}
