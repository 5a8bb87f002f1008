"""`kg push` and `kg export` as a user runs them: a real process, a real server, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.export.json import write_json
from tests.neo4j_samples import news_graph
from tests.neo4j_server import free_port

ROOT = Path(__file__).resolve().parents[2]


def kg(*args, env=None):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True,
                          text=True, env={**clean, "COLUMNS": "60", **(env or {})}, timeout=300)


@pytest.fixture
def export_dir(tmp_path):
    write_json(news_graph(), tmp_path / "graph.json")
    return tmp_path


def assert_one_line_error(result, text):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and text in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def auth_args(target):
    return ["--user", target.user, "--password", target.password] if target.password else []


def test_cli_push_export_dir(neo4j_target, neo4j_db, db_counts, export_dir):
    result = kg("push", export_dir, "--uri", neo4j_target.uri, *auth_args(neo4j_target), "--batch-size", "4")
    assert result.returncode == 0, result.stderr
    assert "6 entities, 8 facts" in result.stdout
    assert db_counts()["facts"] == 8
    again = kg("push", export_dir / "graph.json", "--uri", neo4j_target.uri, *auth_args(neo4j_target))
    assert again.returncode == 0 and db_counts()["facts"] == 8


def test_cli_push_reads_environment(neo4j_target, neo4j_db, db_counts, export_dir):
    env = {"NEO4J_URI": neo4j_target.uri}
    if neo4j_target.password:
        env |= {"NEO4J_USER": neo4j_target.user, "NEO4J_PASSWORD": neo4j_target.password}
    assert kg("push", export_dir, env=env).returncode == 0
    assert db_counts()["entities"] == 6


def test_cli_push_unreachable_exits_2(export_dir):
    assert_one_line_error(kg("push", export_dir, "--uri", f"bolt://127.0.0.1:{free_port()}"), "cannot reach Neo4j")


def test_cli_push_unknown_database_exits_2(neo4j_target, neo4j_db, export_dir):
    result = kg("push", export_dir, "--uri", neo4j_target.uri, *auth_args(neo4j_target), "--database", "nope")
    assert_one_line_error(result, "has no database 'nope'")


def test_cli_push_wrong_password_exits_2(neo4j_auth_server, export_dir):
    result = kg("push", export_dir, "--uri", neo4j_auth_server.uri, "--password", "wrong-password")
    assert_one_line_error(result, "refused the login")


def test_cli_push_bad_graph_json_exits_2(tmp_path):
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    assert_one_line_error(kg("push", tmp_path, "--uri", "bolt://127.0.0.1:1"), "graph.json")


def test_cli_export_cypher_runs_on_server(neo4j_db, db_counts, export_dir, tmp_path):
    from graph.export.cypher import script_statements

    out = tmp_path / "out.cypher"
    result = kg("export", export_dir, "--format", "cypher", "-o", out)
    assert result.returncode == 0, result.stderr
    for statement in script_statements(out.read_text(encoding="utf-8")):
        neo4j_db.execute_query(statement)
    assert db_counts()["facts"] == 8


def test_cli_export_neo4j_admin(export_dir, tmp_path):
    result = kg("export", export_dir, "--format", "neo4j-admin", "-o", tmp_path / "csv")
    assert result.returncode == 0, result.stderr
    assert "neo4j-admin database import full" in (tmp_path / "csv" / "README.txt").read_text()
    assert (tmp_path / "csv" / "facts.csv").read_text(encoding="utf-8").count("\n") == 9


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_cli_push_graph_of_non_utf8_file_name(neo4j_target, neo4j_db, tmp_path):
    """A file name that is not valid UTF-8 becomes a backslash-escaped article id (issue 11)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    with open(os.fsencode(inputs) + b"/bad\xff.txt", "wb") as handle:
        handle.write(b"North Korea on Thursday denounced French President Emmanuel Macron for criticising "
                     b"the North's troop dispatch to Russia over the war against Ukraine.")
    built = kg("build", inputs, "-o", tmp_path / "out", "--min-confidence", "0")
    assert built.returncode == 0, built.stderr
    result = kg("push", tmp_path / "out", "--uri", neo4j_target.uri, *auth_args(neo4j_target))
    assert result.returncode == 0, result.stderr
    ids = neo4j_db.execute_query("MATCH (a:Article)-[:MENTIONS]->(:Entity) RETURN DISTINCT a.id AS id").records
    assert [r["id"] for r in ids] == ["bad\\xff"]
