"""The README works verbatim: every shell command of its code blocks runs here (in README order,
in one scratch folder holding the files the examples name), and its Python API block runs as a
doctest. A command is skipped only for a reason listed in SKIP.

`kg` is this checkout's CLI; `.venv/bin/kg` and `.venv/bin/python` are this interpreter, so
`make demo` finds an installed venv and only builds; `scraper` stands for any program printing
JSON lines; `neo4j-admin` is tools/neo4j/neo4j-admin (the real one, from the launcher's jars).
`kg push` and `kg query` in the Neo4j section run with NEO4J_URI set (as after `make neo4j`): to
the embedded Neo4j that the `kg query --keep-running` example left running (one Neo4j start for
the whole README), else to one started for them; the other commands run without NEO4J_URI.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.embedded import Neo4jServer, missing_tools
from graph.query import running_server

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

#: commands that cannot run here, and why (a regular expression on the command)
SKIP = {
    r"^make test\b": "runs this very test suite (recursion)",
    r"\bmake neo4j\b": "runs Neo4j in the foreground until Ctrl-C; graph/embedded.py starts the same "
                       "launcher for tests/integration and kg query",
    r"^tools/neo4j/run\.sh\b": "runs Neo4j in the foreground until Ctrl-C (see make neo4j)",
    r"\bpip install\b": "installs packages into the environment; `make test` installs the dev extra, "
                        "which includes matplotlib",
    r"^cypher-shell\b": "cypher-shell (Neo4j's client) is not installed here; "
                        "tests/integration/test_neo4j_cypher_script.py runs the same script",
    r"--uri neo4j\+s://xxxx\.databases": "names an example hosted server (TLS) that does not exist; "
                                          "tests/integration/test_neo4j_cli.py runs kg push with --uri",
    r"--uri bolt://db:7687": "names an example server (db:7687, password 'secret') that does not exist; "
                             "tests/integration/test_neo4j_cli.py runs kg push with --uri",
}


@dataclass(frozen=True)
class Command:
    line: int  # where it starts in README.md
    text: str
    neo4j_section: bool


def shell_commands(text: str) -> list[Command]:
    """The commands of every ```sh block: comment lines dropped, continuation lines and quotes
    spanning lines joined."""
    neo4j_start = text.index("\n## Neo4j\n")
    neo4j_end = text.index("\n## ", neo4j_start + 1)
    commands = []
    for block in re.finditer(r"```(?:sh|bash|shell)\n(.*?)```", text, flags=re.S):
        first = text[:block.start(1)].count("\n") + 1
        pending, start = "", 0
        for offset, line in enumerate(block.group(1).splitlines()):
            if not pending and (not line.strip() or line.lstrip().startswith("#")):
                continue
            start = start if pending else first + offset
            pending = f"{pending}\n{line}" if pending else line
            if pending.endswith("\\") or pending.count("'") % 2:
                continue
            commands.append(Command(start, pending, neo4j_start < block.start() < neo4j_end))
            pending = ""
    return commands


COMMANDS = shell_commands(README.read_text(encoding="utf-8"))


def skip_reason(command: str) -> str | None:
    listed = next((reason for pattern, reason in SKIP.items() if re.search(pattern, command)), None)
    if listed is None and re.search(r"\|\s*jq\b", command) and shutil.which("jq") is None \
            and os.environ.get("CI", "").lower() not in ("1", "true", "yes"):
        return "jq is not installed here (.ci/run installs it for CI)"
    return listed


def _script(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/usr/bin/env bash\n" + body, encoding="utf-8")
    path.chmod(0o755)


def _jsonl(paths: list[Path]) -> str:
    import json

    return "".join(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}) + "\n" for p in paths)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    """A folder holding every file the README's commands name, and the programs they call."""
    root = tmp_path_factory.mktemp("readme")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "tools").symlink_to(ROOT / "tools")
    (root / "docs").mkdir()  # graph.render writes docs/graph.png here, not into the checkout
    for folder, seeds in (("articles", SEEDS), ("path/to/articles", SEEDS[:2]),
                          ("corpus", SEEDS[:1]), ("corpus/politics", SEEDS[1:2])):
        (root / folder).mkdir(parents=True, exist_ok=True)
        for seed in seeds:
            shutil.copy(seed, root / folder / seed.name)
    shutil.copytree(ROOT / "benchmarks" / "open_dev", root / "reports")  # explainers, no news
    shutil.copy(SEEDS[0], root / "article.txt")
    (root / "feed.jsonl").write_text(_jsonl(SEEDS[1:3]), encoding="utf-8")
    import csv

    with (root / "export.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "text"], [SEEDS[3].stem, SEEDS[3].read_text(encoding="utf-8")]])
    paragraphs = "".join(f"<p>{p}</p>" for p in SEEDS[4].read_text(encoding="utf-8").split("\n\n") if p.strip())
    (root / "saved_page.html").write_text(f"<html><head><title>Saved</title></head><body><article>"
                                          f"{paragraphs}</article></body></html>", encoding="utf-8")
    python = sys.executable
    _script(root / "bin" / "kg", f'exec "{python}" "{ROOT / "cli.py"}" "$@"\n')
    _script(root / "bin" / "scraper", f'cat "{root / "feed.jsonl"}"\n')
    _script(root / "bin" / "neo4j-admin", f'export NEO4J_HOME="${{NEO4J_HOME:-{root / "neo4j-home"}}}"\n'
                                          f'exec "{ROOT / "tools" / "neo4j" / "neo4j-admin"}" "$@"\n')
    _script(root / ".venv" / "bin" / "python", f'exec "{python}" "$@"\n')
    _script(root / ".venv" / "bin" / "kg", f'exec "{python}" "{ROOT / "cli.py"}" "$@"\n')
    (root / ".venv" / ".installed").touch()  # make demo: the venv is installed, just build
    (root / ".venv" / ".installed-dev").touch()
    yield root
    subprocess.run([python, str(ROOT / "cli.py"), "query", "--stop", str(root / "exports")],
                   capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def server():
    """Neo4j for the commands of the Neo4j section (kg push), started when first needed."""
    if missing := missing_tools():
        pytest.skip(f"the Neo4j launcher needs {', '.join(missing)}")
    with Neo4jServer() as started:
        yield started


def test_readme_has_shell_commands():
    assert len(COMMANDS) >= 20
    assert any(c.text.startswith("kg query") for c in COMMANDS)
    assert any("neo4j-admin database import" in c.text for c in COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=[f"L{c.line}:{c.text.split()[0]}" for c in COMMANDS])
def test_readme_command_runs(command, sandbox, request):
    reason = skip_reason(command.text)
    if reason:
        pytest.skip(reason)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env |= {"PATH": f"{sandbox / 'bin'}:{env['PATH']}", "PYTHONPATH": str(ROOT), "COLUMNS": "120",
            "NO_COLOR": "1", "PYTHON": sys.executable}
    if command.neo4j_section and re.search(r"\bkg (push|query)\b", command.text):
        kept = running_server(sandbox / "exports")  # left running by the kg query examples
        env["NEO4J_URI"] = kept.uri if kept else request.getfixturevalue("server").uri
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command.text], cwd=sandbox, env=env,
                            capture_output=True, text=True, timeout=900)
    where = f"README.md:{command.line}: {command.text}\n--- stdout\n{result.stdout[-2000:]}\n--- stderr\n{result.stderr[-4000:]}"
    assert result.returncode == 0, where
    assert "Traceback" not in result.stderr, where


def test_skip_reasons_each_match_a_command():
    """No stale entry: every reason in SKIP is used by some README command."""
    for pattern in SKIP:
        assert any(re.search(pattern, c.text) for c in COMMANDS), f"SKIP entry {pattern!r} matches nothing"


def test_readme_python_blocks_run(tmp_path, monkeypatch):
    """The README's ```python blocks, run as doctests from the checkout's root."""
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    assert blocks, "README.md has no python block"
    monkeypatch.chdir(ROOT)
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README.md python block {i + 1}", str(README), 0)
        assert test.examples, f"python block {i + 1} has no >>> examples"
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.failed == 0 and results.attempted > 0
