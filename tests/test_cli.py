"""The kg CLI through typer's CliRunner: messages, summary, exit codes, stats, version."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from cli import app

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "broken"
runner = CliRunner()

#: every broken input in tests/data/broken (plus the ones made at test time) and its message
EXPECTED_LINES = [
    ("skipped:", "empty.txt: empty file"),
    ("skipped:", "whitespace_only.md: empty file (only whitespace)"),
    ("skipped:", "report.txt: binary file (a PDF document)"),
    ("skipped:", "nested/noise.txt: binary file"),
    ("warning:", "latin1_pound.txt: not valid UTF-8 (byte 0xa3"),
    ("skipped:", "rows.jsonl:2: invalid JSON"),
    ("skipped:", "rows.jsonl:3: expected a JSON object, found list"),
    ("skipped:", "rows.jsonl:4: no 'text' field"),
    ("warning:", "rows.jsonl:6: publication date 'sometime soon' not understood"),
    ("skipped:", "no_text_column.csv: no 'text' column (columns: url, date, title, body)"),
    ("skipped:", "good_article.txt: same text as "),
    ("skipped:", "duplicate_of_good.txt (processed once)"),
    ("skipped:", "huge.txt: too long for one article (50.0 MB"),
    ("skipped:", "dangling.txt: no such file or directory"),
    ("skipped:", "missing.txt: no such file or directory"),
    ("skipped:", "picture.png: unsupported file type '.png'"),
]


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    """`kg build` over a copy of tests/data/broken plus a 50 MB one-line file and a dangling link."""
    root = tmp_path_factory.mktemp("cli")
    inputs = root / "broken"
    shutil.copytree(DATA, inputs)
    with open(inputs / "huge.txt", "w") as handle:
        chunk = "word " * 200_000
        for _ in range(50):
            handle.write(chunk)
    (inputs / "dangling.txt").symlink_to(root / "nowhere.txt")
    out = root / "exports"
    result = runner.invoke(app, ["build", str(inputs), str(root / "missing.txt"),
                                 str(inputs / "picture.png"), "-o", str(out)])
    return result, out


def test_build_broken_inputs_exit_zero_with_graph(broken_build):
    result, out = broken_build
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(out / "graph.graphml")
    articles = json.loads((out / "graph.json").read_text())["graph"]["articles"]
    assert g.number_of_nodes() > 0 and len(articles) == 6


@pytest.mark.parametrize("label, message", EXPECTED_LINES)
def test_build_broken_inputs_one_line_each(broken_build, label, message):
    result, _ = broken_build
    lines = [line for line in result.stderr.splitlines() if message in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(label)


def test_build_broken_inputs_summary_counts(broken_build):
    result, _ = broken_build
    assert result.stdout.startswith("6 articles, ")
    assert ("skipped 13: 2 binary, 2 empty, 2 malformed row, 2 no text column, 1 duplicate, 1 missing, "
            "1 too long, 1 unreadable, 1 unsupported type") in result.stderr
    assert "warnings 2: 1 not UTF-8, 1 unparsed date" in result.stderr
    assert "ignored 2 files of other types in directories: 1 .docx, 1 .png" in result.stderr
    assert "Traceback" not in result.output
    assert "\x1b[" not in result.output  # no colour codes when not writing to a terminal


def test_build_nothing_readable_exits_one(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "error: no article could be read from the inputs (1 empty skipped)" in result.stderr
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [
    ["build", "--max-chars", "10"],
    ["build", "--stdin-format", "pdf", "-"],
    ["build", "-", "-"],
    ["build", "--no-such-option"],
    ["build", "-q", "-v"],
    ["stats", "--top", "0"],
])
def test_cli_usage_errors_exit_two(args, tmp_path):
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("command", ["build", "extract"])
@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "high"])
def test_min_confidence_outside_unit_interval_exits_two(command, value, tmp_path):
    result = runner.invoke(app, [command, str(DATA / "good_article.txt"), "--min-confidence", value,
                                 *(["-o", str(tmp_path / "out")] if command == "build" else [])])
    assert result.exit_code == 2 and "--min-confidence" in result.stderr, result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def facts_at_zero(tmp_path_factory):
    """The facts of `kg build` over the good article with --min-confidence 0 (keeps all)."""
    out = tmp_path_factory.mktemp("all")
    result = runner.invoke(app, ["build", str(DATA / "good_article.txt"), "-o", str(out),
                                 "--min-confidence", "0"])
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
    assert len({f["confidence"] for f in facts}) > 1, "the test needs facts of different confidence"
    return facts


def _threshold(facts) -> float:
    """A threshold that keeps some facts and leaves out others: the highest confidence."""
    return max(f["confidence"] for f in facts)


def test_build_min_confidence_filters_facts_graph_and_exports(facts_at_zero, tmp_path):
    threshold = _threshold(facts_at_zero)
    result = runner.invoke(app, ["build", str(DATA / "good_article.txt"), "-o", str(tmp_path),
                                 "--min-confidence", str(threshold)])
    assert result.exit_code == 0, result.output
    kept = [json.loads(line) for line in (tmp_path / "triples.jsonl").read_text().splitlines()]
    assert kept and len(kept) < len(facts_at_zero) and all(f["confidence"] >= threshold for f in kept)
    assert f"below --min-confidence {threshold:g} left out" in result.stderr
    for reader in (nx.read_graphml, nx.read_gexf):
        g = reader(tmp_path / ("graph.graphml" if reader is nx.read_graphml else "graph.gexf"))
        confidences = [d["confidence"] for *_, d in g.edges(data=True)]
        assert confidences and all(isinstance(c, float) and c >= threshold for c in confidences)


def test_extract_min_confidence_filters_printed_facts(facts_at_zero):
    threshold = _threshold(facts_at_zero)
    result = runner.invoke(app, ["extract", str(DATA / "good_article.txt"), "--min-confidence", str(threshold)])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed and len(printed) < len(facts_at_zero) and all(f["confidence"] >= threshold for f in printed)


def test_build_output_that_is_a_file_is_a_usage_error(tmp_path, monkeypatch):
    (tmp_path / "exports").write_text("not a directory")
    monkeypatch.chdir(tmp_path)  # a short path: the error box must not cut the message
    result = runner.invoke(app, ["build", str(DATA / "good_article.txt"), "-o", "exports"])
    assert result.exit_code == 2 and "--output" in result.stderr and "is a" in result.stderr


def test_build_quiet_prints_nothing(tmp_path):
    result = runner.invoke(app, ["build", "-q", str(DATA / "rows.jsonl"), "-o", str(tmp_path)])
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert (tmp_path / "graph.graphml").exists()


def test_build_debug_shows_traceback_of_skipped_input(tmp_path):
    result = runner.invoke(app, ["--debug", "build", str(DATA / "rows.jsonl"), "-o", str(tmp_path)])
    assert result.exit_code == 0 and "JSONDecodeError" in result.stderr and "Traceback" in result.stderr


def test_extract_reads_jsonl_from_stdin():
    rows = "\n".join(json.dumps(r) for r in [
        {"id": "s1", "published": "2019-01-21",
         "text": "Germany on Monday banned the Iranian airline Mahan Air from its airspace, citing security concerns."},
        {"text": "[not json"}])
    result = runner.invoke(app, ["extract", "-", "--stdin-format", "jsonl"], input=rows + "\n{broken\n")
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert facts and {f["doc"] for f in facts} == {"s1"} and facts[0]["published"] == "2019-01-21"
    assert "<stdin>:3: invalid JSON" in result.stderr


def test_extract_nothing_readable_exits_one():
    result = runner.invoke(app, ["extract", "-"], input="")
    assert result.exit_code == 1 and "<stdin>: empty file" in result.stderr


def test_stats_reads_built_graph(broken_build):
    _, out = broken_build
    result = runner.invoke(app, ["stats", str(out), "--top", "3"])
    assert result.exit_code == 0, result.output
    for title in ("Entities by type", "Top entities by degree", "Top relations", "Categories"):
        assert title in result.stdout
    assert "2019-01-04 to 2025-06-05" in result.stdout


def test_stats_json_is_parseable(broken_build):
    _, out = broken_build
    result = runner.invoke(app, ["stats", str(out), "--json", "-n", "2"])
    figures = json.loads(result.stdout)
    assert figures["articles"] == 6 and len(figures["top_entities"]) == 2


def test_stats_without_graph_exits_one(tmp_path):
    result = runner.invoke(app, ["stats", str(tmp_path)])
    assert result.exit_code == 1 and "no graph.json" in result.stderr


def test_version_prints_name():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("kg-builder")


def test_completion_is_available():
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def _wait_until_idle(pid: int, timeout: float = 120) -> None:
    """Wait until the process stops using CPU (blocked reading its input)."""
    def cpu() -> int:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    deadline, last, still = time.monotonic() + timeout, -1, 0
    while time.monotonic() < deadline and still < 3:
        time.sleep(0.5)
        now = cpu()
        still, last = (still + 1 if now == last else 0), now


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_build_terminated_leaves_previous_exports(tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    (out / "graph.graphml").write_text("previous good export")
    process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "build", "-", "-o", str(out)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    _wait_until_idle(process.pid)  # the model is loaded, the build waits for standard input
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert b"Traceback" not in stderr
    assert [p.name for p in out.iterdir()] == ["graph.graphml"]
    assert (out / "graph.graphml").read_text() == "previous good export"


# -- hostile inputs (issue 11): real files, a real FIFO, a real non-UTF-8 file name -----------

PROSE = ("North Korea on Thursday denounced French President Emmanuel Macron for criticising the "
         "North's troop dispatch to Russia over the war against Ukraine.")


def kg(*args, timeout: float = 300):
    """`kg` as a user runs it: a real process (a hang fails the test through the timeout)."""
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True,
                          text=True, errors="backslashreplace", timeout=timeout, cwd=ROOT,
                          env={**os.environ, "COLUMNS": "200"})


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """`kg build` of a folder holding a FIFO, a non-UTF-8 name, a JSONL row with a 5,000-digit
    number and one nested 100,000 deep, a cut UTF-8 file and a CSV quote that never closes."""
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    inputs.mkdir()
    os.mkfifo(inputs / "pipe.txt")
    with open(os.fsencode(inputs) + b"/bad\xff.txt", "wb") as handle:
        handle.write(PROSE.encode())
    good = json.dumps({"id": "row-good", "text": "Vladimir Putin met Xi Jinping in Beijing on Friday."})
    (inputs / "rows.jsonl").write_text("\n".join([
        good, '{"text": "x", "id": ' + "9" * 5000 + "}", "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "row-after", "text": "The United Nations condemned the attack on Kyiv."})]) + "\n")
    (inputs / "cut.txt").write_bytes("Emmanuel Macron visited Berlin on Monday and met Olaf Scholz in Potsdam, "
                                      "said the café owner Zoë".encode()[:-1])
    (inputs / "quote.csv").write_text('id,text\ncsv-open,"Kim met Putin\ncsv-after,Japan protested to China.\n')
    out = root / "out"
    return kg("build", inputs, "-o", out, timeout=600), inputs, out


def test_build_hostile_inputs_each_reported_run_goes_on(hostile_build):
    result, inputs, out = hostile_build
    assert result.returncode == 0, result.stderr
    for message in ["pipe.txt: not a regular file (a FIFO)", "rows.jsonl:2: invalid JSON (a number of more than 4,300 digits)",
                    "rows.jsonl:3: invalid JSON (nested too deeply)",
                    "cut.txt: ends inside a UTF-8 character (the file was cut?): the last byte was left out",
                    "quote.csv:2: quote opened on line 2 never closes"]:
        assert len([line for line in result.stderr.splitlines() if message in line]) == 1, (message, result.stderr)
    assert "Traceback" not in result.stderr
    ids = {json.loads(line)["document"]["id"] for line in (out / "articles.jsonl").read_text().splitlines()}
    assert ids == {"bad\\xff", "cut", "csv-after", "row-good", "row-after"}


def test_build_non_utf8_name_every_export_writable(hostile_build, tmp_path):
    result, _, out = hostile_build
    assert result.returncode == 0, result.stderr
    articles = {a["id"] for a in json.loads((out / "graph.json").read_text(encoding="utf-8"))["graph"]["articles"]}
    assert "bad\\xff" in articles
    assert any("bad\\xff" in str(d.get("sources", "")) for *_, d in nx.read_graphml(out / "graph.graphml").edges(data=True))
    nx.read_gexf(out / "graph.gexf")
    assert '"bad\\\\xff"' in (out / "triples.jsonl").read_text(encoding="utf-8")
    cypher = kg("export", out, "-f", "cypher", "-o", tmp_path / "graph.cypher")
    admin = kg("export", out, "-f", "neo4j-admin", "-o", tmp_path / "admin")
    assert cypher.returncode == 0 and admin.returncode == 0, cypher.stderr + admin.stderr
    assert "bad\\\\xff" in (tmp_path / "graph.cypher").read_text(encoding="utf-8")
    assert "bad\\xff" in (tmp_path / "admin" / "articles.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["build", "extract"])
def test_fifo_named_on_command_line_does_not_hang(tmp_path, command):
    os.mkfifo(tmp_path / "pipe.txt")
    result = kg(command, tmp_path / "pipe.txt", *(["-o", tmp_path / "out"] if command == "build" else []),
                timeout=120)
    assert result.returncode == 1, result.stderr
    assert "pipe.txt: not a regular file (a FIFO); only files are read" in result.stderr


@pytest.mark.parametrize("command", ["build", "extract"])
@pytest.mark.parametrize("pattern", ["", "."])
def test_glob_that_cannot_match_is_usage_error(tmp_path, command, pattern):
    result = runner.invoke(app, [command, str(DATA / "good_article.txt"), "--glob", pattern,
                                 *(["-o", str(tmp_path / "out")] if command == "build" else [])])
    assert result.exit_code == 2, result.output
    assert f"glob pattern '{pattern}' cannot match a file" in result.stderr and "unexpected" not in result.stderr


def test_build_output_is_input_folder_never_reads_its_exports(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("good_article.txt", "rows.jsonl"):
        shutil.copy(DATA / name, folder / name)
    first = runner.invoke(app, ["build", str(folder), "-o", str(folder)])
    assert first.exit_code == 0, first.output
    before = [json.loads(line)["document"]["id"] for line in (folder / "articles.jsonl").read_text().splitlines()]
    assert runner.invoke(app, ["export", str(folder), "-f", "neo4j-admin", "-o", str(folder / "neo4j-admin")]).exit_code == 0
    (folder / "good_article.txt").unlink()
    again = runner.invoke(app, ["build", str(folder), "-o", str(folder)])
    assert again.exit_code == 0, again.output
    ids = [json.loads(line)["document"]["id"] for line in (folder / "articles.jsonl").read_text().splitlines()]
    assert "good_article" in before and ids == [i for i in before if i != "good_article"]  # no articles#2
    assert again.stderr.count("skipped:") == first.stderr.count("skipped:")  # only rows.jsonl's bad rows


def test_build_unwritable_output_fails_before_extraction(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    shutil.copy(DATA / "good_article.txt", tmp_path / "good.txt")
    (tmp_path / "afile").write_text("a file, not a folder")
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "afile" / "out")])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == f"error: cannot write the exports to {tmp_path}/afile/out: {tmp_path}/afile is not a directory"


EXPLAINERS = {
    "bees.txt": "Bees pollinate most flowering crops. A honey bee is a species of flying insect. "
                "The first colonies were brought to America in 1622.",
    "farming.txt": "Farmers keep honey bees in wooden hives near their fields. The bees make honey "
                   "from nectar.",
}


def test_extract_open_profile_gives_concept_facts_news_does_not(tmp_path):
    (tmp_path / "bees.txt").write_text(EXPLAINERS["bees.txt"], encoding="utf-8")
    facts = {}
    for profile in ("news", "open"):
        result = runner.invoke(app, ["extract", str(tmp_path / "bees.txt"), "--profile", profile])
        assert result.exit_code == 0, result.output
        facts[profile] = [json.loads(line) for line in result.stdout.splitlines()]
    triples = {(f["subject"], f["relation"], f["object"]) for f in facts["open"]}
    assert ("bee", "pollinates", "flowering crop") in triples
    assert ("honey bee", "is a", "flying insect") in triples
    assert any(f["object"] == "1622" and f["rule"] == "circumstance" for f in facts["open"])
    assert all(f["subject_type"] != "CONCEPT" or f["object_type"] != "CONCEPT" for f in facts["news"])


def test_build_open_profile_merges_concepts_across_articles(tmp_path):
    for name, text in EXPLAINERS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "exports"
    result = runner.invoke(app, ["build", str(tmp_path / "bees.txt"), str(tmp_path / "farming.txt"),
                                 "-o", str(out), "--profile", "open"])
    assert result.exit_code == 0, result.output
    nodes = json.loads((out / "graph.json").read_text())["nodes"]
    bees = [n for n in nodes if n["label"] == "honey bee"]
    assert len(bees) == 1 and bees[0]["type"] == "CONCEPT" and sorted(bees[0]["docs"]) == ["bees", "farming"]
    merges = [json.loads(line) for line in (out / "merges.jsonl").read_text().splitlines()]
    assert [(m["name"], m["doc"]) for m in merges if m["rule"] == "concept" and m["label"] == "honey bee"] \
        == [("honey bee", "farming")]


def test_unknown_profile_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["build", "--profile", "poetry", "-o", str(tmp_path)])
    assert result.exit_code == 2 and "poetry" in result.stderr


def test_export_articles_reports_bad_inputs_as_build_does(tmp_path):
    result = runner.invoke(app, ["export", str(DATA), "-o", str(tmp_path / "graph.cypher")])
    assert result.exit_code == 0, result.output
    assert "skipped 9: 2 binary, 2 empty, 2 malformed row, 2 no text column, 1 duplicate" in result.stderr
    for label, message in EXPECTED_LINES[:11]:
        assert f"{label} " in result.stderr and message in result.stderr, message
    assert (tmp_path / "graph.cypher").read_text(encoding="utf-8").startswith("//")


def test_export_write_failure_exits_one(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    result = runner.invoke(app, ["export", str(DATA / "good_article.txt"), "-f", "neo4j-admin",
                                 "-o", str(tmp_path / "a-file" / "csv")])
    assert result.exit_code == 1, result.output
    assert "error: cannot write" in result.stderr and "Traceback" not in result.output


def test_build_reports_leftovers_of_a_killed_build(tmp_path):
    out = tmp_path / "exports"
    (out / ".kg-staging-abc123").mkdir(parents=True)  # what a killed build left
    (out / ".kg-staging-abc123" / "graph.json").write_bytes(b"x" * 2_000_000)
    result = runner.invoke(app, ["build", str(DATA / "good_article.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "removed 1 leftovers of interrupted builds in" in result.stderr
    assert ".kg-staging-abc123 (2.0 MB)" in result.stderr
    assert not (out / ".kg-staging-abc123").exists()
