"""The README's neo4j-admin command, run verbatim with the real neo4j-admin 5.26 (from the
launcher's jars, tools/neo4j/neo4j-admin) on `kg export --format neo4j-admin`, then served by
the launcher: labels are real labels, arrays real lists, counts those of the graph."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import neo4j
import pytest

from graph.embedded import Neo4jServer, missing_tools
from graph.export.cypher import graph_rows
from graph.export.json import write_json
from tests.sample_graphs import sample_graph

ROOT = Path(__file__).resolve().parents[2]


def readme_import_command() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^(neo4j-admin database import full .*?[^\\])$", text, flags=re.S | re.M)
    assert match, "README.md shows no neo4j-admin import command"
    return match.group(1)


def test_readme_command_names_the_array_delimiter():
    assert "--array-delimiter='|'" in readme_import_command()


def test_readme_neo4j_admin_import_gives_labels_and_lists(tmp_path):
    if missing := missing_tools():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"the launcher needs {missing}", pytrace=False)
        pytest.skip(f"the Neo4j launcher needs {', '.join(missing)}")
    G = sample_graph()
    write_json(G, tmp_path / "exports" / "graph.json")
    export = subprocess.run([sys.executable, str(ROOT / "cli.py"), "export", "exports", "--format", "neo4j-admin",
                             "-o", "import/"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert export.returncode == 0, export.stderr
    store = tmp_path / "store"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "neo4j-admin").symlink_to(ROOT / "tools" / "neo4j" / "neo4j-admin")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "NEO4J_HOME": str(store / "data")}
    imported = subprocess.run(["bash", "-c", readme_import_command()], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=600)
    assert imported.returncode == 0 and "IMPORT DONE" in imported.stdout, imported.stdout + imported.stderr
    counts = graph_rows(G).counts
    with Neo4jServer(data_dir=store) as server, neo4j.GraphDatabase.driver(server.uri) as driver:
        got = driver.execute_query(
            "RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles, "
            "COUNT { ()-[:MENTIONS]->() } AS mentions, COUNT { (:Entity)-[]->(:Entity) } AS facts").records[0].data()
        assert got == counts
        kim = driver.execute_query("MATCH (e:Entity:Person) WHERE 'Kim Jong-un' IN e.aliases "
                                   "RETURN labels(e) AS labels, e.aliases AS aliases").records
        assert len(kim) == 1 and sorted(kim[0]["labels"]) == ["Entity", "Person"]
        assert isinstance(kim[0]["aliases"], list) and "Kim Jong-un" in kim[0]["aliases"]
        joined = driver.execute_query("MATCH (n) WHERE any(l IN labels(n) WHERE l CONTAINS '|') "
                                      "RETURN count(n) AS n").records[0]["n"]
        assert joined == 0
