"""`kg push` and `kg export` as a user runs them: a real process, a real server, exit codes."""

from __future__ import annotations

import os
import re
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
    import time

    started = time.monotonic()
    result = kg("push", export_dir, "--uri", neo4j_auth_server.uri, "--password", "wrong-password")
    assert_one_line_error(result, "refused the login")
    assert time.monotonic() - started < 30  # Python's start-up alone takes seconds on a loaded machine


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


def test_cli_push_summary_and_quiet(neo4j_target, neo4j_db, export_dir):
    loud = kg("push", export_dir, "--uri", neo4j_target.uri, *auth_args(neo4j_target), "--batch-size", "2")
    assert loud.returncode == 0 and loud.stderr == ""  # no terminal: no progress
    assert "6 entities, 8 facts, 3 articles, 11 mentions pushed to" in loud.stdout and " batches, " in loud.stdout
    quiet = kg("push", export_dir, "--uri", neo4j_target.uri, *auth_args(neo4j_target), "--quiet")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""


def test_cli_push_progress_on_a_terminal(neo4j_target, neo4j_db, export_dir):
    """Under a pseudo-terminal the progress shows batches done of the total on stderr."""
    import pty

    from graph.export.cypher import graph_rows, write_plan

    total = len(list(write_plan(graph_rows(news_graph()), 1)))
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    primary, secondary = pty.openpty()
    with subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "push", str(export_dir), "--uri", neo4j_target.uri,
                           *auth_args(neo4j_target), "--batch-size", "1"],
                          stdin=secondary, stdout=subprocess.PIPE, stderr=secondary,
                          env={**clean, "COLUMNS": "120", "TERM": "xterm"}) as process:
        os.close(secondary)
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            shown += chunk
        stdout = process.stdout.read().decode()
    os.close(primary)
    assert process.returncode == 0, shown
    shown = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", shown)  # colours and cursor moves
    assert f"{total}/{total} batches".encode() in shown and b"pushing" in shown
    assert f"in {total} batches" in stdout


def test_cli_push_unsupported_scheme_exits_2(export_dir, tmp_path):
    result = kg("push", export_dir, "--uri", "http://127.0.0.1:7474")
    assert_one_line_error(result, "unsupported Neo4j URI scheme 'http'")
    # checked before anything is read or built: articles given, no model needed
    (tmp_path / "a.txt").write_text("Kim supports Russia.", encoding="utf-8")
    assert_one_line_error(kg("push", tmp_path / "a.txt", "--uri", "https://x", "--model", "no-such-model"),
                          "unsupported Neo4j URI scheme 'https'")


def test_cli_push_silent_port_exits_2_within_timeout(export_dir):
    import socket
    import time

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        started = time.monotonic()
        result = kg("push", export_dir, "--uri", f"bolt://127.0.0.1:{listener.getsockname()[1]}", "--timeout", "1")
        seconds = time.monotonic() - started
    assert_one_line_error(result, "no answer within 1 s")
    assert seconds < 30  # the driver's default waited 61 s; start-up alone takes seconds when loaded


def test_cli_push_bad_timeout_is_usage_error(export_dir):
    result = kg("push", export_dir, "--timeout", "0")
    assert result.returncode == 2 and "--timeout" in result.stderr


def test_cli_push_wrong_typed_graph_json_exits_2(tmp_path):
    import json

    from graph.export.json import generate_json

    data = json.loads(generate_json(news_graph()))
    data["nodes"][2]["mentions"] = "many"
    (tmp_path / "graph.json").write_text(json.dumps(data), encoding="utf-8")
    result = kg("push", tmp_path, "--uri", "bolt://127.0.0.1:1")
    assert_one_line_error(result, "'mentions' must be an integer")
    assert str(tmp_path / "graph.json") in result.stderr.replace("\n", "")


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
