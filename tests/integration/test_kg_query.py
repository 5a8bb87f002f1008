"""`kg query` as a user runs it: a real process, the real embedded Neo4j in the export folder
(cold start, reuse, reload, stop) or the server of NEO4J_URI; and every Cypher query of the
README and docs/neo4j.md run through it on the sample graph."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import neo4j
import pytest
from typer.testing import CliRunner

from cli import app

from graph.embedded import missing_tools
from graph.export.json import write_json
from graph.export.neo4j import push_graph
from graph.query import STATE, plain, running_server, store_of
from tests.neo4j_samples import news_graph
from tests.sample_graphs import sample_graph

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "README.md", ROOT / "docs" / "neo4j.md")


def doc_queries() -> dict[str, str]:
    """Every ```cypher block of the README and docs/neo4j.md, by text (the two share queries)."""
    found: dict[str, str] = {}
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for title, body in re.findall(r"^#+ ([^\n]+)\n+```cypher\n(.*?)```", text, flags=re.S | re.M):
            found.setdefault(body.strip(), f"{path.name}: {title}")
        for body in re.findall(r"```cypher\n(.*?)```", text, flags=re.S):
            found.setdefault(body.strip(), f"{path.name}: cypher block")
    return {title: body for body, title in found.items()}


QUERIES = doc_queries()
NEO4J_ENV = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")
runner = CliRunner()


def kg(*args, env=None, timeout=600):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True,
                          text=True, env={**clean, "COLUMNS": "200", **(env or {})}, timeout=timeout)


def kg_in_process(*args):
    """`kg` through typer's runner: the same command without a Python start-up per query."""
    result = runner.invoke(app, [str(a) for a in args], env={k: None for k in NEO4J_ENV})
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def rows(result) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def launcher():
    if missing := missing_tools():
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"the launcher needs {missing}; integration tests must run in CI", pytrace=False)
        pytest.skip(f"the Neo4j launcher needs {', '.join(missing)}")


@pytest.fixture(scope="module")
def kept(launcher, tmp_path_factory):
    """The sample graph's export folder with its embedded Neo4j kept running for the module."""
    folder = tmp_path_factory.mktemp("query-export")
    write_json(sample_graph(), folder / "graph.json")
    first = kg("query", "--keep-running", "MATCH (e:Entity) RETURN count(e) AS n", folder, "-f", "json")
    assert rows(first) == [{"n": sample_graph().number_of_nodes()}]
    yield folder
    kg("query", "--stop", folder)


def _alive(pid: int) -> bool:
    try:
        return "Z" not in Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]
    except OSError:
        return False


def test_query_cold_start_loads_graph_and_stops(launcher, tmp_path):
    G = news_graph()
    write_json(G, tmp_path / "graph.json")
    result = kg("query", "MATCH (e:Entity) RETURN e.name AS name ORDER BY name", tmp_path, "-f", "csv")
    assert result.returncode == 0, result.stderr
    table = list(csv.reader(io.StringIO(result.stdout)))
    assert table[0] == ["name"]
    assert sorted(r[0] for r in table[1:]) == sorted(d["label"] for _, d in G.nodes(data=True))
    assert not (store_of(tmp_path) / STATE).exists() and running_server(tmp_path) is None
    assert (store_of(tmp_path) / "data").is_dir()  # the store stays for the next query


def test_query_without_graph_json_exits_1(tmp_path):
    result = kg_in_process("query", "RETURN 1", tmp_path)
    assert result.returncode == 1 and "no graph.json" in result.stderr


def test_query_reuses_the_kept_server(kept):
    before = running_server(kept)
    assert before is not None and _alive(before.pid)
    assert rows(kg_in_process("query", "RETURN 1 AS one", kept, "-f", "json")) == [{"one": 1}]
    assert running_server(kept) == before


@pytest.mark.parametrize("title", sorted(QUERIES))
def test_doc_query_runs_through_kg_query(kept, title):
    result = kg_in_process("query", QUERIES[title], kept, "-f", "json")
    got = rows(result)
    with neo4j.GraphDatabase.driver(running_server(kept).uri) as driver:
        records, _, keys = driver.execute_query(QUERIES[title])
    assert got == [{k: plain(r[k]) for k in keys} for r in records]


def test_doc_queries_find_the_sample_facts(kept):
    supporters = rows(kg_in_process("query", QUERIES["README.md: Who supports whom"], kept, "-f", "json"))
    assert {"supporter": "Kim Jong-un", "supported": "Russia"}.items() <= next(
        r for r in supporters if r["supporter"] == "Kim Jong-un" and r["supported"] == "Russia").items()


def test_query_params_are_typed(kept):
    result = kg_in_process("query", "MATCH (e:Entity) WHERE $name IN e.aliases RETURN e.name AS name, $n + 1 AS m",
                kept, "-p", "name=Kim Jong-un", "-p", "n=41", "-f", "json")
    assert rows(result) == [{"name": "Kim Jong-un", "m": 42}]


def test_query_table_output_shows_columns(kept):
    result = kg_in_process("query", "MATCH (e:Entity) WHERE 'Russia' IN e.aliases RETURN e.name AS entity, e.type AS type", kept)
    assert result.returncode == 0, result.stderr
    assert "entity" in result.stdout and "Russia" in result.stdout and "GPE" in result.stdout


@pytest.mark.parametrize("query, text", [
    ("MATCH (n RETURN n", "SyntaxError"),
    ("RETURN $missing", "missing"),
    ("RETURN nosuchfunction(1)", "nosuchfunction"),
])
def test_query_error_is_one_line_exit_2(kept, query, text):
    result = kg_in_process("query", query, kept)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and text in lines[0], result.stderr


def test_query_bad_param_is_usage_error(tmp_path):
    result = kg_in_process("query", "RETURN 1", tmp_path, "-p", "no-equals")
    assert result.returncode == 2 and "NAME=VALUE" in result.stderr


def test_query_reloads_when_graph_json_changes(kept):
    try:
        write_json(news_graph(), kept / "graph.json")  # a rebuild: fewer entities, other names
        again = rows(kg_in_process("query", "MATCH (e:Entity) RETURN count(e) AS n, collect(e.id) AS ids",
                                   kept, "-f", "json"))
        assert again[0]["n"] == news_graph().number_of_nodes()
        assert sorted(again[0]["ids"]) == sorted(news_graph().nodes)
    finally:
        write_json(sample_graph(), kept / "graph.json")
    back = rows(kg_in_process("query", "MATCH (e:Entity) RETURN count(e) AS n", kept, "-f", "json"))
    assert back == [{"n": sample_graph().number_of_nodes()}]


def test_query_uses_neo4j_uri_when_set(neo4j_target, neo4j_db, tmp_path):
    push_graph(news_graph(), neo4j_target.uri, neo4j_target.user, neo4j_target.password)
    env = {"NEO4J_URI": neo4j_target.uri}
    if neo4j_target.password:
        env |= {"NEO4J_USER": neo4j_target.user, "NEO4J_PASSWORD": neo4j_target.password}
    result = kg("query", "MATCH (e:Entity) RETURN count(e) AS n", tmp_path, "-f", "json", env=env)
    assert rows(result) == [{"n": 6}]
    assert not store_of(tmp_path).exists()  # no embedded server for a query on NEO4J_URI


def test_query_stop_ends_the_kept_server(kept):
    """Last in the module: it stops the server the tests above share."""
    state = running_server(kept)
    assert state is not None
    stopped = kg("query", "--stop", kept)
    assert stopped.returncode == 0 and "stopped" in stopped.stderr
    assert running_server(kept) is None and not _alive(state.pid)
    assert "no embedded Neo4j running" in kg("query", "--stop", kept).stderr
