"""Property tests for hostile inputs (issue 11): arbitrary JSONL and CSV rows, file names and file
kinds never abort a run, and a bad row or file costs only itself."""
from __future__ import annotations

import csv
import io
import json
import os
import socket
import tempfile
import threading
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from extract import sources
from extract.sources import display_name, read_documents

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX file names, FIFOs and sockets")


def read(inputs, seconds: float = 30, **options):
    """Documents and problems of `inputs`, read in a thread that must finish in time."""
    result: list = []

    def run() -> None:
        problems: list = []
        result.append((list(read_documents(inputs, on_problem=problems.append, **options)), problems))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"reading did not finish in {seconds} s (blocked on a file?)"
    return result[0]


def good_text(i: int) -> str:
    return f"Kim Jong-un met Vladimir Putin in Pyongyang on day {i} and signed a treaty"


# -- JSONL: every hostile line costs only itself ------------------------------------------------

huge_number = st.integers(4301, 6000).map(lambda n: '{"text": "Kim met Putin.", "id": ' + "7" * n + "}")
deep = st.builds(lambda depth, opener: opener * depth, st.integers(900, 120_000),
                 st.sampled_from(["[", '{"a":', '{"text": "x", "b": ['])).map(lambda s: s + "1")
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                          max_leaves=10)
row = st.dictionaries(st.sampled_from(["text", "id", "title", "url", "published", "date", "source", "x"]),
                      json_value, max_size=6)
hostile_line = st.one_of(
    st.binary(max_size=300).map(lambda b: b.replace(b"\n", b" ")),
    st.text(max_size=200).map(lambda t: t.replace("\n", " ").encode("utf-8", "surrogatepass")),
    huge_number.map(str.encode), deep.map(str.encode),
    row.map(lambda r: json.dumps(r, allow_nan=True).encode()),
)


@PROPERTY
@given(hostile=st.lists(hostile_line, min_size=1, max_size=8), goods=st.integers(1, 4), seed=st.randoms())
def test_jsonl_hostile_lines_cost_only_themselves(hostile, goods, seed):
    good = [json.dumps({"id": f"good-{i}", "text": good_text(i)}).encode() for i in range(goods)]
    lines = good + hostile
    seed.shuffle(lines)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "rows.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        documents, problems = read([tmp])
    texts = {(d.id, d.text) for d in documents}
    assert all((f"good-{i}", good_text(i)) in texts for i in range(goods))
    good_lines = {n for n, line in enumerate(lines, start=1) if line in good}
    assert not {p.line for p in problems} & good_lines, [str(p) for p in problems]
    for item in [d.id for d in documents] + [str(p) for p in problems]:
        item.encode("utf-8")
    event(f"{len(problems)} problems")


# -- CSV ------------------------------------------------------------------------------------------

csv_text = st.lists(st.sampled_from(list(',"\n\r ab\x00é') + ["\r\n", "text", "id"]), max_size=120).map("".join)


@PROPERTY
@given(text=csv_text)
def test_csv_open_quote_agrees_with_the_csv_module(text):
    """`_open_quote` finds a quote left open exactly when the csv module's last record swallows a
    line added after the text."""
    text = text.replace("\x00", " ")
    records = list(csv.reader(io.StringIO(text + "\nSENTINEL", newline="")))
    assert (sources._open_quote(text) is None) == (records[-1] == ["SENTINEL"])


@PROPERTY
@given(text=st.one_of(csv_text, st.text(max_size=300)))
def test_csv_arbitrary_text_never_aborts(text):
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "rows.csv").write_text("id,text\n" + text, encoding="utf-8", errors="surrogatepass")
        documents, problems = read([tmp])
    assert all(isinstance(d.text, str) and d.text.strip() for d in documents)


bad_csv_row = st.one_of(
    st.just("open,\"a quote that never closes"),
    st.integers(1, 3).map(lambda n: "nul," + "x\x00" * n),
    st.integers(2001, 5000).map(lambda n: "huge," + "word " * n),
    st.just("empty,"),
    st.just("extra,Kim met Putin,and,more,fields"),
    st.just("latin,caf\udce9"),  # a byte that is not UTF-8: the file is read as Windows-1252
)


@PROPERTY
@given(bad=st.lists(bad_csv_row, min_size=1, max_size=6), goods=st.integers(1, 4), seed=st.randoms())
def test_csv_bad_rows_cost_only_themselves(bad, goods, seed):
    """Good rows written plainly, bad rows of every kind (at most one quote: a second one would
    close the first, as the CSV format wants) in any order: every good row is read."""
    assume(sum('"' in b for b in bad) <= 1)
    good = [f"good-{i},{good_text(i)}" for i in range(goods)]
    rows = good + bad
    seed.shuffle(rows)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "rows.csv").write_bytes(("id,text\n" + "\n".join(rows) + "\n").encode("utf-8", "surrogateescape"))
        documents, problems = read([tmp], max_chars=10_000)
    assert {(f"good-{i}", good_text(i)) for i in range(goods)} <= {(d.id, d.text) for d in documents}
    good_lines = {n for n, r in enumerate(rows, start=2) if r in good}
    assert not {p.line for p in problems if p.skipped} & good_lines, [str(p) for p in problems]


# -- file names and file kinds ---------------------------------------------------------------------

file_name = st.binary(min_size=1, max_size=60).filter(
    lambda b: b"/" not in b and b"\x00" not in b and not b.startswith(b".")).map(lambda b: b + b".txt")


@posix_only
@PROPERTY
@given(names=st.lists(file_name, min_size=1, max_size=6, unique=True))
def test_any_file_name_becomes_a_writable_id(names):
    with tempfile.TemporaryDirectory() as tmp:
        for i, name in enumerate(names):
            with open(os.fsencode(tmp) + b"/" + name, "wb") as handle:
                handle.write(good_text(i).encode())
        documents, problems = read([tmp])
    assert problems == [] and len(documents) == len(names)
    shown = sorted(display_name(os.fsdecode(n[:-4])) for n in names)
    assert sorted(d.id for d in documents) == shown
    for document in documents:
        (document.id + document.path).encode("utf-8")  # strict: no lone surrogate


CONTENT = {".txt": "{}", ".md": "{}", ".jsonl": '{{"text": "{}"}}\n', ".csv": "text\n{}\n",
           ".html": "<html><body><article><p>{}.</p><p>{}.</p></article></body></html>"}


def _article(path: Path, i: int) -> None:
    text = good_text(i)
    path.write_text(CONTENT[path.suffix].format(text, text), encoding="utf-8")


def _make(kind: str, path: Path, target: Path) -> bool:
    """Make a file of `kind` at `path`; True when it should be read as an article."""
    if kind == "regular":
        _article(path, len(path.name))
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()  # the socket file stays
    elif kind == "device":
        path.symlink_to("/dev/null")
    elif kind == "link to regular":
        _article(target, len(path.name) + 1000)
        path.symlink_to(target)
    elif kind == "link to fifo":
        os.mkfifo(target)
        path.symlink_to(target)
    elif kind == "dangling link":
        path.symlink_to(target)
    return kind in ("regular", "link to regular")


KINDS = ["regular", "fifo", "socket", "device", "link to regular", "link to fifo", "dangling link"]


@posix_only
@settings(PROPERTY, max_examples=25)
@given(kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=7),
       suffix=st.sampled_from([".txt", ".md", ".jsonl", ".csv", ".html"]), named=st.booleans())
def test_only_regular_files_are_read_others_reported(kinds, suffix, named):
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:  # a short path: sockets have a length limit
        folder, elsewhere = Path(tmp) / "in", Path(tmp) / "targets"
        folder.mkdir()
        elsewhere.mkdir()
        paths, readable = [], set()
        for i, kind in enumerate(kinds):
            path = folder / f"f{i}{suffix}"
            if _make(kind, path, elsewhere / f"t{i}{suffix}"):
                readable.add(path.name)
            paths.append(path)
        documents, problems = read(paths if named else [folder])
    assert {Path(d.path.split(":")[0]).name for d in documents} == readable
    reported = sorted(Path(p.path).name for p in problems if p.skipped)
    assert reported == sorted(p.name for p in paths if p.name not in readable)


# -- the whole build: hostile names and rows, every export writable -------------------------------

@posix_only
@settings(PROPERTY, max_examples=5)
@given(names=st.lists(file_name, min_size=1, max_size=3, unique=True),
       hostile=st.lists(hostile_line, max_size=3))
def test_build_hostile_names_and_rows_every_export_writes(names, hostile):
    from graph.export.cypher import write_cypher
    from graph.export.json import read_graph
    from graph.export.neo4j_admin import write_neo4j_admin
    from graph.pipeline import build_exports

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, name in enumerate(names):
            with open(os.fsencode(folder) + b"/" + name, "wb") as handle:
                handle.write(f"North Korea on day {i} denounced Emmanuel Macron for visiting Japan.".encode())
        with open(os.fsencode(folder) + b"/" + names[0][:-4] + b".jsonl", "wb") as handle:
            handle.write(b"\n".join([*hostile, json.dumps({"text": good_text(1)}).encode()]) + b"\n")
        out = Path(tmp) / "out"
        report = build_exports([folder], out, min_confidence=0)
        assert report.articles >= len(names)
        g = read_graph(out)
        assert {a["id"] for a in g.graph["articles"]} >= {display_name(os.fsdecode(n[:-4])) for n in names}
        nx.read_graphml(out / "graph.graphml")
        nx.read_gexf(out / "graph.gexf")
        write_cypher(g, Path(tmp) / "graph.cypher").read_text(encoding="utf-8")
        for path in write_neo4j_admin(g, Path(tmp) / "admin"):
            path.read_text(encoding="utf-8")
