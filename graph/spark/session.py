"""The SparkSession of a Spark build: one place that configures it.

Python workers are reused (`spark.python.worker.reuse`), so the spaCy pipeline cached in a
worker (graph.spark.worker) serves every task it runs. A failed task is retried
(`spark.task.maxFailures`, also in local mode through `local[N,F]`); its partial output is
discarded by Spark's commit protocol, so a retry never duplicates facts. The Neo4j connector
jars come from tools/spark (`mvn -q -B package` there) or from `connector_jars`.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from extract.errors import SparkBuildError

#: where tools/spark/pom.xml copies the Neo4j Connector for Apache Spark and its dependencies
CONNECTOR_LIB = Path(__file__).resolve().parents[2] / "tools" / "spark" / "target" / "lib"
#: attempts of a task before the build fails (Spark's own default is 4 on a cluster, 1 locally)
MAX_FAILURES = 4
DEFAULT_MASTER = "local[*]"
#: Java 17 closes modules Spark reaches into; pyspark adds most of these, not all
_JAVA_OPTIONS = " ".join(f"--add-opens=java.base/{p}=ALL-UNNAMED" for p in (
    "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
    "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch", "sun.nio.cs",
    "sun.security.action", "sun.util.calendar"))


def connector_jars(lib: Path = CONNECTOR_LIB) -> list[Path]:
    """The jars of the Neo4j connector; SparkBuildError saying how to fetch them when missing."""
    jars = sorted(lib.glob("*.jar")) if lib.is_dir() else []
    if not any(j.name.startswith("neo4j-connector-apache-spark") for j in jars):
        raise SparkBuildError(f"the Neo4j Connector for Apache Spark is not in {lib}: run "
                              f"`mvn -q -B package` in {lib.parents[1]} (fetches it from Maven Central)")
    return jars


def local_master(master: str) -> str:
    """`local[N]` becomes `local[N,MAX_FAILURES]`: local mode otherwise never retries a task.

    >>> local_master("local[2]"), local_master("local[*]"), local_master("spark://h:7077")
    ('local[2,4]', 'local[*,4]', 'spark://h:7077')
    """
    found = re.fullmatch(r"local\[(\d+|\*)\]", master)
    return f"local[{found[1]},{MAX_FAILURES}]" if found else ("local[1,%d]" % MAX_FAILURES
                                                              if master == "local" else master)


def spark_session(master: str = DEFAULT_MASTER, *, push: bool = False, app: str = "kg-builder"):
    """The active SparkSession, or a new one on `master`; with `push` the connector jars are on
    its classpath (they must be there when the session starts)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", _python())
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # no warning about the host's address
    builder = (SparkSession.builder.master(local_master(master)).appName(app)
               .config("spark.python.worker.reuse", "true")
               .config("spark.task.maxFailures", str(MAX_FAILURES))
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .config("spark.sql.shuffle.partitions", "8")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.extraJavaOptions", _JAVA_OPTIONS)
               .config("spark.executor.extraJavaOptions", _JAVA_OPTIONS))
    if push:
        builder = builder.config("spark.jars", ",".join(map(str, connector_jars())))
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def hadoop_path(path) -> str:
    r"""`path` for Spark's readers, which expand Hadoop globs: `[`, `]`, `{`, `}`, `*`, `?` escaped.

    >>> hadoop_path("/tmp/local[2]/documents")
    '/tmp/local\\[2\\]/documents'
    """
    return re.sub(r"([\[\]{}*?\\])", r"\\\1", str(path))


def _python() -> str:
    import sys

    return sys.executable
