"""The tests' handle on the embedded Neo4j: the library's launcher code (graph/embedded.py) plus
helpers that only tests need (an external server from the environment, wiping a database)."""

from __future__ import annotations

import os

import neo4j

from extract.errors import LauncherFailed, LauncherUnavailable
from graph.embedded import RUN_SH, Neo4jServer, free_port, missing_tools

__all__ = ["RUN_SH", "LauncherFailed", "LauncherUnavailable", "Neo4jServer", "external_server",
           "free_port", "missing_tools", "wipe"]


def external_server() -> tuple[str, tuple[str, str] | None] | None:
    """``(uri, auth)`` from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or None when NEO4J_URI is unset."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    password = os.environ.get("NEO4J_PASSWORD")
    return uri, ((os.environ.get("NEO4J_USER") or "neo4j", password) if password else None)


def wipe(driver: neo4j.Driver) -> None:
    """Drop every node, relationship and constraint."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    for record in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query("DROP CONSTRAINT `" + record["name"].replace("`", "``") + "`")
