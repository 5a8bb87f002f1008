"""The tests' one SparkSession (local[2]), shared by every Spark test of the session.

With the connector jars fetched (tools/spark: `mvn -q -B package`, which .ci/run does) the
session can push; without pyspark the Spark tests skip, except in CI where they must run.
"""
from __future__ import annotations

import os

import pytest


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def start_session():
    """A local[2] session, with the Neo4j connector on its classpath when it has been fetched."""
    from extract.errors import SparkBuildError, SparkUnavailable
    from graph.spark import require_pyspark

    try:
        require_pyspark()
    except SparkUnavailable as err:
        if _in_ci():
            pytest.fail(f"{err}; the Spark tests must run in CI", pytrace=False)
        pytest.skip(str(err))
    from graph.spark.session import connector_jars, spark_session

    try:
        connector_jars()
        push = True
    except SparkBuildError:
        if _in_ci():
            raise
        push = False
    return spark_session("local[2]", push=push), push


@pytest.fixture(scope="session")
def spark():
    session, _ = start_session()
    yield session
    session.stop()
