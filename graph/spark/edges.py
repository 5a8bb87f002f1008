"""Facts joined to their entity ids and aggregated into edges, as DataFrame stages; the graph of
the aggregated edges assembled on the driver only when it is below a size limit.

Both resolution paths end here (graph.spark.build): the driver path joins the facts of the
extraction table to the ids of graph.resolve's Resolution (`Resolution.id_tables`, the very
lookups `entity_id` makes), the components path to the ids of its components. Then
`aggregate` groups the evidence by subject, relation, object and polarity into exactly the edge
attributes of graph.build.build_graph: weight, sources, first and last dates, certainty (the
strongest), confidence (the best), category (of the first fact in input order), the sentence
of the earliest evidence, and the evidence list in build_graph's order. `assemble` turns the
aggregated rows into the networkx graph, node by node and edge by edge in build_graph's order,
so the graph files are those of `kg build`.
"""
from __future__ import annotations

import json
from typing import Callable, Iterable, Iterator

import networkx as nx

#: aggregated edges up to which the graph is assembled on the driver and the graph files are
#: written; about 2.6 KB of driver memory an edge with its evidence and nodes (docs/scale.md)
GRAPH_LIMIT = 1_000_000

#: one row per fact kept for the graph, its ends as entity ids; `seq` and `idx` give its place
#: in the input (article, then fact), which orders ties as build_graph's stable sort does
EVIDENCE = ("subject string, object string, relation string, polarity string, category string, "
            "doc string, seq long, idx long, published string, sentence string, subject_text string, "
            "relation_text string, object_text string, subject_span array<long>, "
            "relation_span array<long>, object_span array<long>, certainty string, modality string, "
            "attributed_to array<string>, rule string, confidence double")
_EVIDENCE_COLUMNS = [c.split()[0] for c in EVIDENCE.split(", ")]
#: the facts with the keys their ends are looked up by (graph.resolve.lookup_keys)
_LOOKUPS = "s_occ string, s_name string, o_occ string, o_name string, " + EVIDENCE.split(", ", 2)[2]
_LOOKUP_COLUMNS = [c.split()[0] for c in _LOOKUPS.split(", ")]
#: the columns of the Parquet tables `facts` and `evidence` (those of graph.spark.tables)
FACT_COLUMNS = ("subject", "object", "relation", "polarity", "category", "weight", "sources",
                "first_seen", "last_seen", "certainty", "confidence", "sentence")
EVIDENCE_COLUMNS = ("subject", "object", "relation", "polarity", "doc", "sentence", "published",
                    "subject_text", "relation_text", "object_text", "certainty", "modality", "rule",
                    "confidence")
#: graph.build's certainty order: the strongest evidence gives the edge its certainty
_STRENGTH = ("asserted", "reported", "hedged")


def fact_values(t, seq: int, idx: int) -> tuple:
    """The columns of EVIDENCE after subject and object, of the triple `t`."""
    return (t.relation, t.polarity, t.category, t.doc_id, seq, idx, t.published, t.sentence,
            t.subject.text, t.surface or t.relation, t.object.text, [t.subject.start, t.subject.end],
            list(t.relation_span), [t.object.start, t.object.end], t.certainty, t.modality,
            list(t.attributed_to), t.rule, float(t.confidence))


def kept_articles(frame, min_confidence: float) -> Iterator[tuple[int, object]]:
    """(seq, article keeping the facts at or above the threshold) of a pandas frame of the
    extraction table (graph.spark.worker.SCHEMA)."""
    from graph.incremental import article_from_record
    from graph.pipeline import above_threshold

    for seq, record in zip(frame["seq"], frame["record"]):
        if isinstance(record, str):
            yield int(seq), above_threshold([article_from_record(json.loads(record))], min_confidence)[0]


def lookup_rows(frames: Iterator, *, min_confidence: float) -> Iterator:
    """mapInPandas: every kept fact of the extracted articles, with its ends' lookup keys."""
    import pandas as pd

    from graph.resolve import lookup_keys

    for frame in frames:
        out = []
        for seq, article in kept_articles(frame, min_confidence):
            for idx, t in enumerate(article.triples):
                out.append((*lookup_keys(t.subject), *lookup_keys(t.object), *fact_values(t, seq, idx)))
        yield pd.DataFrame(out, columns=_LOOKUP_COLUMNS)


def resolved_evidence(session, extracted, resolution, *, min_confidence: float, occurrences=None):
    """The EVIDENCE rows of the extraction table: each kept fact joined to the ids of its ends
    in `resolution` (by occurrence, else by name, as Resolution.entity_id); facts whose ends
    are unresolved or one entity are left out, as build_graph leaves them out. `occurrences`
    (a DataFrame of key, id) replaces the resolution's occurrence lookups when given
    (graph.spark.candidates keeps them in the workers' table)."""
    from functools import partial

    import pandas as pd
    from pyspark.sql import functions as F

    by_occurrence, by_name = resolution.id_tables()
    if occurrences is None:
        occurrences = session.createDataFrame(pd.DataFrame(list(by_occurrence.items()), columns=["key", "id"]),
                                              "key string, id string")
    names = session.createDataFrame(pd.DataFrame(list(by_name.items()), columns=["key", "id"]),
                                    "key string, id string")
    facts = extracted.select("seq", "record").mapInPandas(
        partial(lookup_rows, min_confidence=min_confidence), _LOOKUPS)
    for end in ("s", "o"):
        facts = (facts.join(occurrences.select(F.col("key").alias(f"{end}_occ"), F.col("id").alias(f"{end}_1")),
                            f"{end}_occ", "left")
                 .join(names.select(F.col("key").alias(f"{end}_name"), F.col("id").alias(f"{end}_2")),
                       f"{end}_name", "left"))
    return (facts.withColumn("subject", F.coalesce("s_1", "s_2")).withColumn("object", F.coalesce("o_1", "o_2"))
            .where("subject IS NOT NULL AND object IS NOT NULL AND subject != object")
            .select(*_EVIDENCE_COLUMNS))


def aggregate(evidence):
    """The edges of the EVIDENCE rows: grouped by subject, relation, object and polarity with
    build_graph's attributes, `first` (the place of the first fact) and the evidence list."""
    from pyspark.sql import functions as F

    dated = F.when(F.col("published") != "", F.col("published"))
    strength = F.lit(len(_STRENGTH))
    for rank, name in reversed(list(enumerate(_STRENGTH))):
        strength = F.when(F.col("certainty") == name, F.lit(rank)).otherwise(strength)
    place = F.struct(F.coalesce("published", F.lit("")).alias("p"), F.col("doc").alias("d"),
                     F.col("relation_span")[0].alias("s"), F.col("seq").alias("q"), F.col("idx").alias("i"))
    item = F.struct(
        F.col("doc"), F.col("sentence"), F.col("published"), F.col("subject_text").alias("subject"),
        F.col("relation_text").alias("relation"), F.col("object_text").alias("object"),
        F.col("subject_span"), F.col("relation_span"), F.col("object_span"), F.col("certainty"),
        F.col("modality"), F.col("attributed_to"), F.col("rule"), F.col("confidence"))
    return (evidence.groupBy("subject", "relation", "object", "polarity")
            .agg(F.count(F.lit(1)).alias("weight"), F.sort_array(F.collect_set("doc")).alias("sources"),
                 F.min(dated).alias("first_seen"), F.max(dated).alias("last_seen"),
                 F.min(F.struct(strength.alias("r"), F.col("certainty").alias("c"))).alias("strongest"),
                 F.max("confidence").alias("confidence"),
                 F.min(F.struct(F.col("seq").alias("q"), F.col("idx").alias("i"),
                                F.col("category").alias("c"))).alias("first"),
                 F.sort_array(F.collect_list(F.struct(place.alias("place"), item.alias("e")))).alias("items"))
            .select("subject", "relation", "object", "polarity", F.col("first.c").alias("category"),
                    "weight", "sources", "first_seen", "last_seen",
                    F.col("strongest.c").alias("certainty"), "confidence",
                    F.col("items")[0]["e"]["sentence"].alias("sentence"),
                    F.struct(F.col("first.q").alias("seq"), F.col("first.i").alias("idx")).alias("first"),
                    F.col("items.e").alias("evidence")))


def fact_table(edges):
    """The Parquet `facts` table of aggregated edges."""
    return edges.select(*FACT_COLUMNS)


def evidence_table(evidence):
    """The Parquet `evidence` table of EVIDENCE rows."""
    return evidence.select(*EVIDENCE_COLUMNS)


def node_attributes(entity, published: dict) -> dict:
    """build_graph's node attributes of an entity (anything with label, type, aliases,
    mentions and docs), its first and last dates from the `published` dates of its documents."""
    dates = sorted(d for d in (published.get(doc) for doc in entity.docs) if d)
    return {"label": entity.label, "type": entity.type, "aliases": list(entity.aliases),
            "mentions": entity.mentions, "docs": list(entity.docs),
            "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None}


def assemble(edges: Iterable, node: Callable[[str], dict], articles: list[dict]) -> nx.MultiDiGraph:
    """The graph of aggregated edge rows (of `aggregate`) taken in the order of their first
    fact, as build_graph makes it: nodes added as edges first name them (`node` gives their
    attributes), edge attributes in its order."""
    from graph.build import generator

    g = nx.MultiDiGraph()
    g.graph["articles"] = articles
    g.graph["generator"] = generator()
    for row in edges:
        s, o = row["subject"], row["object"]
        for n in (s, o):
            if n not in g:
                g.add_node(n, **node(n))
        evidence = [{**e.asDict(), "subject_span": list(e["subject_span"]),
                     "relation_span": list(e["relation_span"]), "object_span": list(e["object_span"]),
                     "attributed_to": list(e["attributed_to"] or ())} for e in row["evidence"]]
        g.add_edge(s, o, key=f"{row['relation']}|{row['polarity']}", relation=row["relation"],
                   category=row["category"], polarity=row["polarity"], evidence=evidence,
                   weight=row["weight"], sources=list(row["sources"]), sentence=row["sentence"],
                   first_seen=row["first_seen"], last_seen=row["last_seen"],
                   certainty=row["certainty"], confidence=row["confidence"])
    return g


def in_order(edges):
    """The aggregated edges in the order of their first fact, streamed to the driver."""
    return edges.orderBy("first.seq", "first.idx").toLocalIterator()
