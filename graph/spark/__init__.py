"""`kg build --engine spark`: the same build on Apache Spark (docs/scale.md).

The stages, each in its own module, all calling the single-machine code:

- `documents`: inputs -> a Parquet table of documents (read by extract.sources, as `kg build`
  reads them, plus Parquet inputs), each numbered and given the extraction batch it belongs to;
- `worker`: `mapInPandas` over those documents, extract.pipeline.extract_batch per batch, the
  spaCy pipeline loaded once per Python worker; results written to Parquet (`extracted/`);
- `build`: resolution and the graph. Below `DRIVER_LIMIT` mentions `candidates` runs
  graph.resolve's three parts as stages (forms keyed on the driver, each article's names in the
  workers, the same union-find and rules on the driver over what the articles found: the same
  graph); above it `components` resolves by connected components in DataFrames;
- `edges`: on both paths, the facts joined to their entity ids and aggregated into edges in
  DataFrames; the graph assembled on the driver (graph files) only below `GRAPH_LIMIT` edges;
- `tables`: the Parquet tables (entities, facts, evidence, merges); `push`: Neo4j through the
  Neo4j Connector for Apache Spark.

pyspark is an optional extra: `require_pyspark` says how to install it.
"""
from __future__ import annotations

import importlib.util
import shutil

from extract.errors import SparkUnavailable

INSTALL = "pip install 'kg-builder[spark]'"


def require_pyspark() -> None:
    """Raise SparkUnavailable, saying how to install it, when pyspark or Java is missing."""
    for module in ("pyspark", "pyarrow", "pandas"):
        if importlib.util.find_spec(module) is None:
            raise SparkUnavailable(f"--engine spark needs {module}, which is not installed: {INSTALL}")
    if shutil.which("java") is None:
        raise SparkUnavailable("--engine spark needs Java 17 (java not found on PATH)")
