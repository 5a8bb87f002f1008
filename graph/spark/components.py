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
_OCCURRENCES = "key string, doc string, text string, type string, start long, end long"
_ENTITY = ("entity string, label string, type string, surfaces array<string>, mentions long, "
           "docs array<string>, keys array<string>, base string")


def article_rows(frames: Iterator, *, kind: str, min_confidence: float,
                 resolution_options: dict | None = None) -> Iterator:
    """Per-article stage: `kind` "links", "occurrences" or "facts" rows of each extracted article,
    resolved with `resolution_options` (graph.resolve.resolve: the alias file, literal capitals)."""
    import pandas as pd

    from graph.build import resolve_articles
    from graph.spark.edges import EVIDENCE, fact_values, kept_articles

    columns = {"links": ["a", "b"], "occurrences": ["key", "doc", "text", "type", "start", "end"],
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
                        out.append((rep[found], m.doc_id, m.text, m.type, m.start, m.end))
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

    canonical = sorted({v for v in ((resolution_options or {}).get("overrides") or {}).values()})
    entities = _entities(occurrences, ids, canonical)
    evidence = (rows("facts", EVIDENCE)
                .join(ids.select(F.col("key").alias("subject"), F.col("entity").alias("s")), "subject")
                .join(ids.select(F.col("key").alias("object"), F.col("entity").alias("o")), "object")
                .where("s != o")
                .drop("subject", "object").withColumnRenamed("s", "subject").withColumnRenamed("o", "object"))
    final = entities.select("entity", "id")
    evidence = (evidence.join(final.select(F.col("entity").alias("subject"), F.col("id").alias("s")), "subject")
                .join(final.select(F.col("entity").alias("object"), F.col("id").alias("o")), "object")
                .drop("subject", "object").withColumnRenamed("s", "subject").withColumnRenamed("o", "object"))
    merges = (ids.where("key != component").join(final, "entity")
              .select(F.col("key").alias("name"), F.col("id").alias("entity"), F.lit("components").alias("rule")))
    documents = extracted.where("record IS NOT NULL").select(
        F.get_json_object("record", "$.document.id").alias("id"),
        F.get_json_object("record", "$.document.title").alias("title"),
        F.get_json_object("record", "$.document.url").alias("url"),
        F.get_json_object("record", "$.document.published").alias("published"),
        F.get_json_object("record", "$.document.source").alias("source"))
    entity_table = entities.select("id", "label", "type", "aliases", "mentions", "docs", "keys")
    return {"articles": documents, "entities": entity_table, "evidence": evidence, "merges": merges}


def entity_rows(frame, *, canonical: tuple[str, ...] = ()):
    """applyInPandas, one component's distinct occurrences: its label, type and id base by the
    rules of graph.resolve._entities and _assign_ids (a country's or the alias file's canonical
    name, else the most frequent multiword name; the majority type; "concept-" for concepts)."""
    from collections import Counter

    import pandas as pd

    from extract import gazetteer
    from extract.types import CONCEPT
    from graph.resolve import SCOPE, _label, majority, name_key, slug

    keys = sorted(frame["keys"].iloc[0])
    surfaces, types = Counter(frame["text"]), Counter(frame["type"])
    wanted = {name_key(c): c for c in canonical}
    label, etype = None, None
    for k in keys:
        country = gazetteer.country(k)
        if country is not None and name_key(country.name, person=False) == k:
            label, etype = country.name, "GPE"
            break
        if label is None and k in wanted:
            label = wanted[k]
    label = label or _label(surfaces, types)
    etype = etype or majority(types) or "GPE"
    base = ("concept-" if etype == CONCEPT else "") + slug(gazetteer.key(label) or label)
    if etype == CONCEPT and keys and all(SCOPE in k for k in keys):
        base += "-" + slug(keys[0].rsplit(SCOPE, 1)[1])
    return pd.DataFrame([(frame["entity"].iloc[0], label, etype, sorted(surfaces), len(frame),
                         sorted(set(frame["doc"])), keys, base)],
                        columns=[c.split()[0] for c in _ENTITY.split(", ")])


def _entities(occurrences, ids, canonical: list[str]):
    """The entities of the components, with graph.resolve's labels, types, aliases (names that
    two entities are written as are no alias of either) and ids (the label's slug, numbered on
    a clash in the order of the entities' keys)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from graph.resolve import _written

    keys = ids.groupBy("entity").agg(F.sort_array(F.collect_set("key")).alias("keys"))
    distinct = (occurrences.groupBy("entity", "doc", "start", "end", "text").agg(F.max("type").alias("type"))
                .join(keys, "entity"))
    drafts = distinct.groupBy("entity").applyInPandas(partial(entity_rows, canonical=tuple(canonical)), _ENTITY)
    written = F.udf(_written, "string")
    forms = (drafts.select("entity", F.explode(F.array_union("surfaces", F.array("label"))).alias("s"))
             .select("entity", written("s").alias("w")).distinct())
    shared = forms.groupBy("w").agg(F.count(F.lit(1)).alias("n")).where("n > 1").select("w")
    own = (drafts.select("entity", "label", F.explode("surfaces").alias("s"))
           .withColumn("w", written("s")).join(shared.withColumn("shared", F.lit(True)), "w", "left")
           .where("s = label OR shared IS NULL")
           .groupBy("entity").agg(F.sort_array(F.collect_list("s")).alias("aliases")))
    order = Window.partitionBy("base").orderBy(F.col("keys").cast("string"), "entity")
    return (drafts.join(own, "entity", "left")
            .withColumn("aliases", F.coalesce("aliases", F.array().cast("array<string>")))
            .withColumn("n", F.row_number().over(order))
            .withColumn("id", F.when(F.col("n") == 1, F.col("base"))
                        .otherwise(F.concat("base", F.lit("-"), F.col("n").cast("string")))))
