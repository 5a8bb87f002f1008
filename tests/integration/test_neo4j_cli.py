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


def test_cli_push_articles_builds_like_kg_build(neo4j_target, neo4j_db, db_counts, tmp_path):
    """Articles given to push go through kg build's path: the same reports, options and graph."""
    broken = ROOT / "tests" / "data" / "broken"
    (tmp_path / "aliases.csv").write_text("Pyongyang,North Korea\n", encoding="utf-8")
    options = ["--glob", "*.txt", "--aliases", tmp_path / "aliases.csv", "--min-confidence", "0.2"]
    built = kg("build", broken, "-o", tmp_path / "exports", *options)
    assert built.returncode == 0, built.stderr
    assert kg("push", tmp_path / "exports", "--uri", neo4j_target.uri, *auth_args(neo4j_target)).returncode == 0
    from_build = db_counts()
    neo4j_db.execute_query("MATCH (n) DETACH DELETE n")
    pushed = kg("push", broken, "--uri", neo4j_target.uri, *auth_args(neo4j_target), *options)
    assert pushed.returncode == 0, pushed.stderr
    assert db_counts() == from_build and from_build["entities"] > 0
    problem_lines = [line for line in built.stderr.splitlines() if line.startswith(("skipped", "warning"))]
    assert problem_lines and all(line in pushed.stderr for line in problem_lines)
