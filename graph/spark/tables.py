"""The Parquet tables of a Spark build: articles, entities, facts, evidence, merges.

Written into `OUT/parquet/<table>/` whatever the size of the graph. Each table is a folder of
Parquet files (what Spark, pandas, DuckDB and Arrow read). The tables are written into a staging
folder first and swapped in once all are complete, so a reader never sees a half-written table.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

#: the tables, in the order they are written
NAMES = ("articles", "entities", "facts", "evidence", "merges")


def built_tables(session, built) -> dict:
    """Arrow tables of a graph built on the driver (graph.pipeline.Built): entities, facts,
    evidence, merges (the articles table is graph.spark.state.article_table, made in the workers)."""
    import pyarrow as pa

    g, resolution = built.graph, built.resolution
    entities = []
    for e in sorted(resolution.entities.values(), key=lambda e: e.id):
        node = g.nodes[e.id] if e.id in g else {}
        entities.append({"id": e.id, "label": e.label, "type": e.type, "aliases": list(e.aliases),
                         "mentions": e.mentions, "docs": list(e.docs), "keys": list(e.keys),
                         "in_graph": e.id in g, "first_seen": node.get("first_seen"),
                         "last_seen": node.get("last_seen")})
    facts, evidence = [], []
    for s, o, data in g.edges(data=True):
        edge = {"subject": s, "object": o, "relation": data["relation"], "polarity": data["polarity"]}
        facts.append({**edge, "category": data.get("category"), "weight": data["weight"],
                      "sources": list(data["sources"]), "first_seen": data.get("first_seen"),
                      "last_seen": data.get("last_seen"), "certainty": data.get("certainty"),
                      "confidence": float(data["confidence"]), "sentence": data.get("sentence")})
        for e in data["evidence"]:
            evidence.append({**edge, "doc": e["doc"], "sentence": e["sentence"],
                             "published": e["published"], "subject_text": e["subject"],
                             "relation_text": e["relation"], "object_text": e["object"],
                             "certainty": e["certainty"], "modality": e["modality"],
                             "rule": e["rule"], "confidence": float(e["confidence"])})
    merges = [{k: v for k, v in m.as_record().items() if k != "types"} for m in resolution.merges]
    return {name: pa.Table.from_pylist(rows) for name, rows in
            (("entities", entities), ("facts", facts),
             ("evidence", evidence), ("merges", merges))}


def write_tables(tables: dict, target: Path, staging: Path) -> dict[str, int]:
    """Write `tables` (Arrow tables or Spark DataFrames) into `staging`, then swap the folder in
    as `target`; returns the rows of each table."""
    import pyarrow.parquet as pq

    counts = {}
    staging.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        table = tables.get(name)
        if table is None:
            continue
        folder = staging / name
        if hasattr(table, "write"):  # a Spark DataFrame
            table.write.mode("overwrite").parquet(str(folder))
            from graph.spark.session import hadoop_path

            counts[name] = table.sparkSession.read.parquet(hadoop_path(folder)).count()
        else:
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, folder / "part-00000.parquet")
            counts[name] = table.num_rows
    _swap(staging, target)
    return counts


def _swap(new: Path, target: Path) -> None:
    """Put `new` where `target` is: the old folder is moved aside first, then removed."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
