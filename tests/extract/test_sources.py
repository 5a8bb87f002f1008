"""Reading inputs: formats, ids, dates, and one Problem per bad input (no model needed)."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from extract import sources
from extract.sources import Format, Problem, read_documents, unique_documents
from extract.types import Document

PROSE = ("North Korea on Thursday denounced French President Emmanuel Macron for criticising "
         "the North's troop dispatch to Russia over the war against Ukraine.")
OTHER = "The United States, South Korea and Japan strongly condemned the suspected supply of arms by North Korea to Russia."


def read(inputs, **options):
    problems: list[Problem] = []
    documents = list(read_documents(inputs, on_problem=problems.append, **options))
    return documents, problems


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_read_documents_text_ids_are_relative_paths(tmp_path):
    write(tmp_path / "world" / "a.txt", PROSE)
    write(tmp_path / "b.md", OTHER)
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["b", "world/a"]
    assert problems == []


def test_read_documents_file_named_explicitly_gets_its_stem(tmp_path):
    path = write(tmp_path / "deep" / "story.txt", PROSE)
    documents, _ = read([path])
    assert documents[0].id == "story" and documents[0].path == str(path)


def test_read_documents_header_date_becomes_published(tmp_path):
    write(tmp_path / "a.txt", f"Menu | World | Business\nLast updated: 05 Jun, 2025\n\n{PROSE}\n")
    documents, _ = read([tmp_path])
    assert documents[0].published == "2025-06-05"


def test_read_documents_no_date_when_header_has_none(tmp_path):
    write(tmp_path / "a.txt", f"Cyber crime booms in 2004\n\n{PROSE}\n")
    documents, _ = read([tmp_path])
    assert documents[0].published is None


def test_read_documents_html_main_text_title_date(tmp_path):
    html = f"""<html><head><title>Pyongyang slams Macron</title>
    <meta property="article:published_time" content="2025-06-05T09:00:00+05:30">
    <meta property="og:site_name" content="SME Times"></head><body>
    <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/biz">Business</a></nav>
    <article><h1>Pyongyang slams Macron</h1><p>{PROSE}</p><p>{OTHER}</p></article>
    <footer>About Us | Contact | Advertise with us</footer></body></html>"""
    write(tmp_path / "page.html", html)
    documents, problems = read([tmp_path])
    (document,) = documents
    assert PROSE in document.text and "Advertise" not in document.text and "Home" not in document.text
    assert document.title == "Pyongyang slams Macron"
    assert document.published == "2025-06-05" and document.source == "SME Times"
    assert problems == []


def test_read_documents_html_without_text_is_skipped(tmp_path):
    write(tmp_path / "blank.htm", "<html><head><title>x</title></head><body><div></div></body></html>")
    documents, problems = read([tmp_path])
    assert documents == [] and [p.kind for p in problems] == [sources.EMPTY]


def test_read_documents_jsonl_fields_and_row_ids(tmp_path):
    lines = [json.dumps({"id": 17, "text": PROSE, "title": "T", "url": "https://x.org/a",
                         "published": "Friday, January 4, 2019", "source": "Wire"}),
             "",
             json.dumps({"text": OTHER, "date": "2019-02-01"})]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["17", "feed#3"]
    assert documents[0].published == "2019-01-04" and documents[0].source == "Wire"
    assert documents[1].published == "2019-02-01" and documents[1].path.endswith("feed.jsonl:3")
    assert problems == []


@pytest.mark.parametrize("line, kind, words", [
    ('{"text": "unterminated', sources.BAD_ROW, "invalid JSON"),
    ("[1, 2]", sources.BAD_ROW, "expected a JSON object, found list"),
    ('{"title": "x"}', sources.NO_TEXT_FIELD, "no 'text' field"),
    ('{"text": 3}', sources.BAD_ROW, "'text' is a int"),
    ('{"text": "   "}', sources.EMPTY, "no text"),
])
def test_read_documents_bad_jsonl_row_skipped_with_line(tmp_path, line, kind, words):
    write(tmp_path / "rows.jsonl", json.dumps({"text": PROSE}) + "\n" + line + "\n" + json.dumps({"text": OTHER}) + "\n")
    documents, problems = read([tmp_path])
    assert len(documents) == 2
    (problem,) = problems
    assert problem.kind == kind and problem.line == 2 and problem.skipped
    assert words in problem.reason and str(problem).startswith(f"{tmp_path / 'rows.jsonl'}:2: ")


def test_read_documents_csv_rows_with_multiline_text(tmp_path):
    write(tmp_path / "news.csv", f'url,date,title,text\nhttps://a,2019-01-04,A,"{PROSE}\n\n{OTHER}"\n,,B,"{OTHER} Again."\n')
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["news#1", "news#2"]
    assert documents[0].published == "2019-01-04" and documents[0].url == "https://a"
    assert "\n\n" in documents[0].text and documents[1].path.endswith("news.csv:5")
    assert problems == []


def test_read_documents_csv_without_text_column_names_the_columns(tmp_path):
    write(tmp_path / "bad.csv", "url,title,body\nhttps://a,A,Some body\n")
    documents, problems = read([tmp_path])
    assert documents == []
    (problem,) = problems
    assert problem.kind == sources.NO_TEXT_FIELD and "columns: url, title, body" in problem.reason


def test_read_documents_latin1_byte_read_with_warning(tmp_path):
    write(tmp_path / "a.txt", PROSE.encode() + b" It cost \xa35m.")
    documents, problems = read([tmp_path])
    assert documents[0].text.endswith("It cost £5m.")
    (problem,) = problems
    assert problem.kind == sources.DECODING and not problem.skipped and "0xa3" in problem.reason


@pytest.mark.parametrize("content, kind", [
    (b"", sources.EMPTY),
    (b"  \n\n\t ", sources.EMPTY),
    (b"%PDF-1.4\n%\xe2\xe3\n", sources.BINARY),
    (bytes(range(256)) * 4, sources.BINARY),
    ("\x01\x02\x03\x04\x05\x06 abc".encode() * 50, sources.BINARY),
])
def test_read_documents_empty_and_binary_files_skipped(tmp_path, content, kind):
    write(tmp_path / "x.txt", content)
    documents, problems = read([tmp_path])
    assert documents == [] and [p.kind for p in problems] == [kind]


def test_read_documents_utf16_with_bom_is_text(tmp_path):
    write(tmp_path / "w.txt", PROSE.encode("utf-16"))
    documents, problems = read([tmp_path])
    assert documents[0].text == PROSE and problems == []


def test_read_documents_too_long_file_skipped_without_reading(tmp_path, monkeypatch):
    path = write(tmp_path / "huge.txt", "word " * 3000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the file was read"))
    documents, problems = read([path], max_chars=1000)
    assert documents == []
    (problem,) = problems
    assert problem.kind == sources.TOO_LONG and "--max-chars" in problem.reason


def test_read_documents_long_row_skipped_others_kept(tmp_path):
    write(tmp_path / "r.jsonl", json.dumps({"text": "x " * 2000}) + "\n" + json.dumps({"text": PROSE}) + "\n")
    documents, problems = read([tmp_path], max_chars=1000)
    assert [d.id for d in documents] == ["r#2"] and [(p.kind, p.line) for p in problems] == [(sources.TOO_LONG, 1)]


def test_read_documents_missing_and_unsupported_named_explicitly(tmp_path):
    pdf = write(tmp_path / "a.pdf", b"%PDF")
    documents, problems = read([tmp_path / "missing.txt", pdf])
    assert documents == []
    assert [(p.kind, p.skipped) for p in problems] == [(sources.MISSING, True), (sources.UNSUPPORTED, True)]
    assert "'.pdf'" in problems[1].reason


def test_read_documents_other_types_in_walk_are_minor(tmp_path):
    write(tmp_path / "a.txt", PROSE)
    write(tmp_path / "image.png", b"\x89PNG")
    write(tmp_path / ".hidden" / "b.txt", OTHER)
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["a"]
    assert [(p.kind, p.minor, p.skipped) for p in problems] == [(sources.OTHER_FILES, True, False)]


def test_read_documents_unreadable_file_reported(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", PROSE)

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sources, "_open_regular", denied)
    documents, problems = read([tmp_path])
    assert documents == [] and [(p.kind, p.reason) for p in problems] == [(sources.UNREADABLE, "permission denied")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_read_documents_permission_denied_for_real(tmp_path):
    path = write(tmp_path / "a.txt", PROSE)
    path.chmod(0)
    try:
        documents, problems = read([tmp_path])
    finally:
        path.chmod(0o644)
    assert documents == [] and problems[0].kind == sources.UNREADABLE


def test_read_documents_glob_filters_walk_not_explicit_files(tmp_path):
    write(tmp_path / "politics" / "1.txt", PROSE)
    write(tmp_path / "sport" / "1.txt", OTHER)
    explicit = write(tmp_path / "extra.md", OTHER + " Later.")
    documents, _ = read([tmp_path, explicit], glob=["politics/*"])
    assert [d.id for d in documents] == ["politics/1", "extra"]


@pytest.mark.parametrize("fmt, data, ids", [
    (Format.text, PROSE.encode(), None),
    (Format.jsonl, (json.dumps({"id": "a", "text": PROSE}) + "\n" + json.dumps({"text": OTHER})).encode(), ["a", None]),
])
def test_read_documents_stdin_ids_are_content_hashes(fmt, data, ids):
    problems = []
    documents = list(read_documents(["-"], stdin_format=fmt, stdin=io.BytesIO(data), on_problem=problems.append))
    again = list(read_documents(["-"], stdin_format=fmt, stdin=io.BytesIO(data)))
    assert [d.id for d in documents] == [d.id for d in again]
    for document, expected in zip(documents, ids or [None]):
        assert document.id == expected if expected else document.id.startswith("stdin-")
    assert problems == []


def test_unique_documents_drops_same_prose_and_reports(tmp_path):
    docs = [Document("a", f"Menu | Home\n{PROSE}", path="a.txt"),
            Document("b", f"Share | Tweet | Email\n{PROSE.replace('North Korea', 'NORTH  KOREA')}", path="b.txt"),
            Document("c", OTHER, path="c.txt")]
    problems = []
    assert [d.id for d in unique_documents(docs, problems.append)] == ["a", "c"]
    (problem,) = problems
    assert problem.path == "b.txt" and problem.kind == sources.DUPLICATE and "same text as a.txt" in problem.reason


def test_unique_documents_renames_repeated_id_with_warning():
    problems = []
    kept = list(unique_documents([Document("x", PROSE), Document("x", OTHER)], problems.append))
    assert [d.id for d in kept] == ["x", "x~2"]
    assert [(p.kind, p.skipped) for p in problems] == [(sources.DUPLICATE_ID, False)]


def test_read_documents_row_fields_made_writable(tmp_path):
    write(tmp_path / "r.jsonl", json.dumps({"id": "a\x00b\u0085", "title": "T\ud800", "text": PROSE + " \ud83d"}) + "\n")
    (document,), _ = read([tmp_path])
    assert document.id == "a b" and document.title == "T" and document.text.endswith("\ufffd")
    document.text.encode("utf-8")


def test_read_documents_row_problems_beyond_limit_are_minor(tmp_path):
    lines = [json.dumps({"doc": i}) for i in range(sources.ROW_PROBLEMS_SHOWN + 3)]
    write(tmp_path / "triples.jsonl", "\n".join(lines) + "\n")
    documents, problems = read([tmp_path])
    assert documents == [] and len(problems) == sources.ROW_PROBLEMS_SHOWN + 3
    assert [p.minor for p in problems] == [False] * sources.ROW_PROBLEMS_SHOWN + [True] * 3
    assert all(p.skipped and p.kind == sources.NO_TEXT_FIELD for p in problems)


def test_read_documents_excluded_directory_not_walked(tmp_path):
    write(tmp_path / "a.txt", PROSE)
    write(tmp_path / "exports" / "triples.jsonl", json.dumps({"doc": "a"}) + "\n")
    documents, problems = read([tmp_path], exclude=[tmp_path / "exports"])
    assert [d.id for d in documents] == ["a"] and problems == []


# -- headline and publisher -----------------------------------------------------------------

def test_read_documents_text_headline_becomes_title(tmp_path):
    write(tmp_path / "a.txt", f"Pyongyang denounces Macron\n\nThursday, June 5, 2025\n\n{PROSE}\n")
    write(tmp_path / "b.txt", f"{PROSE}\n\n{OTHER}\n")
    documents, _ = read([tmp_path])
    assert [d.title for d in documents] == ["Pyongyang denounces Macron", None]
    assert documents[0].text.startswith("Pyongyang denounces Macron")  # the input is kept whole


def test_read_documents_copyright_line_names_the_source(tmp_path):
    write(tmp_path / "a.txt", f"{PROSE}\n\n© 2025 Example News Agency. All rights reserved.\n")
    documents, _ = read([tmp_path])
    assert documents[0].source == "Example News Agency"


def test_read_documents_publisher_fills_only_missing_sources(tmp_path):
    write(tmp_path / "a.txt", f"{PROSE}\n")
    write(tmp_path / "b.jsonl", json.dumps({"text": PROSE, "source": "Agency"}) + "\n"
          + json.dumps({"text": OTHER}) + "\n")
    documents, _ = read([tmp_path], publisher="Wikinews")
    assert {d.id: d.source for d in documents} == {"a": "Wikinews", "b#1": "Agency", "b#2": "Wikinews"}


@pytest.mark.parametrize("title, site, expected", [
    ("Kim meets Putin | BBC News", "BBC", "Kim meets Putin"),
    ("Kim meets Putin - Reuters", "Reuters", "Kim meets Putin"),
    ("Kim meets Putin - what it means", "Reuters", "Kim meets Putin - what it means"),
    ("BBC", "BBC", "BBC"),
    ("", "BBC", None),
])
def test_page_title_drops_the_segment_naming_the_site(title, site, expected):
    assert sources.page_title(title, site) == expected


# -- hostile inputs: a bad row costs only itself, only regular files are read (issue 11) -------

def read_within(inputs, seconds: float = 20, **options):
    """`read` in a thread that must finish in time: a blocked open() fails the test, not the run."""
    import threading

    result: list = []
    worker = threading.Thread(target=lambda: result.append(read(inputs, **options)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"reading {inputs} did not finish in {seconds} s (blocked?)"
    return result[0]


GOOD_ROW = json.dumps({"id": "good", "text": PROSE})
PLAIN = "Kim met Putin in Pyongyang on Wednesday and signed a treaty."


@pytest.mark.parametrize("line, reason", [
    ('{"text": "Kim met Putin.", "id": ' + "9" * 5000 + "}", "a number of more than 4,300 digits"),
    ('{"text": ' + "1" * 4301 + "}", "a number of more than 4,300 digits"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"text": "Kim met Putin.", "x": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001, "nested too deeply"),
])
def test_read_documents_hostile_jsonl_row_costs_only_itself(tmp_path, line, reason):
    write(tmp_path / "rows.jsonl", "\n".join([GOOD_ROW, line, json.dumps({"text": OTHER})]) + "\n")
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["good", "rows#3"]
    assert [(p.line, p.kind, p.reason) for p in problems] == [(2, sources.BAD_ROW, f"invalid JSON ({reason})")]


def test_read_documents_csv_huge_field_reported_as_too_long(tmp_path):
    huge = "word " * 300_000  # beyond the csv module's default field limit of 131,072
    write(tmp_path / "rows.csv", f'id,text\na,"{PROSE}"\nb,"{huge}\n{huge}"\nc,"{OTHER}"\n')
    documents, problems = read([tmp_path], max_chars=100_000)
    assert [(d.id, d.path) for d in documents] == [("a", f"{tmp_path / 'rows.csv'}:2"),
                                                   ("c", f"{tmp_path / 'rows.csv'}:5")]
    assert [(p.line, p.kind) for p in problems] == [(3, sources.TOO_LONG)]


def test_read_documents_csv_unterminated_quote_costs_only_its_row(tmp_path):
    write(tmp_path / "rows.csv", f'id,text\na,"{PROSE}\nwith a second line"\nb,"never closed {PROSE}\n'
                                 f"c,{PLAIN}\nd,Kim met Putin.\n")
    documents, problems = read([tmp_path])
    assert [(d.id, d.path.rsplit(":", 1)[1]) for d in documents] == [("a", "2"), ("c", "5"), ("d", "6")]
    (problem,) = problems
    assert (problem.line, problem.kind, problem.skipped) == (4, sources.BAD_ROW, True)
    assert str(problem).endswith("rows.csv:4: quote opened on line 4 never closes: row skipped, "
                                 "reading goes on at line 5")


def test_read_documents_csv_quote_opening_inside_a_multiline_row(tmp_path):
    write(tmp_path / "rows.csv", f'id,title,text\na,"two\nlines","open {PROSE}\nc,t,{PLAIN}\n')
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["c"]
    assert [p.reason for p in problems] == [
        "quote opened on line 3 (in the row starting on line 2) never closes: row skipped, reading goes on at line 4"]


def test_read_documents_csv_nul_characters_read_with_warning(tmp_path):
    write(tmp_path / "rows.csv", ("id,text\n" + "a,filler\n" * 1000 + f"b,{PROSE}\x00 more\nc,{PLAIN}\n").encode())
    documents, problems = read([tmp_path])
    assert [d.id for d in documents][-2:] == ["b", "c"] and "\x00" not in documents[-2].text
    assert [(p.line, p.kind, p.skipped) for p in problems] == [(1002, sources.NUL_CHARACTERS, False)]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_read_documents_cut_utf8_decoded_up_to_the_cut(tmp_path, bom):
    write(tmp_path / "cut.txt", bom + "Le président Macron a parlé à Zoë".encode()[:-1])
    documents, problems = read([tmp_path])
    assert documents[0].text == "Le président Macron a parlé à Zo"
    assert [(p.kind, p.skipped, p.reason) for p in problems] == [
        (sources.TRUNCATED, False, "ends inside a UTF-8 character (the file was cut?): the last byte was left out")]


def test_read_documents_invalid_utf8_inside_still_windows_1252(tmp_path):
    write(tmp_path / "latin.txt", "Le président Macron a parlé".encode("cp1252") + "é".encode()[:1])
    documents, problems = read([tmp_path])
    assert "président" in documents[0].text and [p.kind for p in problems] == [sources.DECODING]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_read_documents_fifo_in_walk_and_named_reported_not_opened(tmp_path):
    write(tmp_path / "a.txt", PROSE)
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    documents, problems = read_within([tmp_path, tmp_path / "pipe.txt"])
    assert [d.id for d in documents] == ["a"]
    assert [(Path(p.path).name, p.kind, p.reason) for p in problems] == [
        ("pipe.jsonl", sources.NOT_REGULAR, "not a regular file (a FIFO); only files are read"),
        ("pipe.txt", sources.NOT_REGULAR, "not a regular file (a FIFO); only files are read"),
        ("pipe.txt", sources.NOT_REGULAR, "not a regular file (a FIFO); only files are read")]


@pytest.mark.skipif(os.name != "posix", reason="needs sockets and /dev/null")
def test_read_documents_socket_and_device_skipped_symlink_to_file_read(tmp_path):
    import socket

    write(tmp_path / "real.txt", PROSE)
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    (tmp_path / "null.txt").symlink_to("/dev/null")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(tmp_path / "sock.csv"))
        documents, problems = read_within([tmp_path])
    assert sorted(d.id for d in documents) == ["link", "real"]
    assert [(Path(p.path).name, p.reason) for p in problems] == [
        ("null.txt", "not a regular file (a character device); only files are read"),
        ("sock.csv", "not a regular file (a socket); only files are read")]


def test_open_regular_checks_the_opened_file_too(tmp_path, monkeypatch):
    """A FIFO put in place of a file between the check and the open cannot block: the open is
    non-blocking and the opened file is checked again."""
    os.mkfifo(tmp_path / "swapped.txt")
    regular = os.stat(write(tmp_path / "a.txt", PROSE))
    monkeypatch.setattr(sources.os, "stat", lambda path, **kw: regular)
    assert sources._open_regular(tmp_path / "swapped.txt") == "a FIFO"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_read_documents_non_utf8_name_becomes_escaped_id(tmp_path):
    os.makedirs(os.fsencode(tmp_path) + b"/n\xe9ws")
    with open(os.fsencode(tmp_path) + b"/n\xe9ws/bad\xff.txt", "wb") as handle:
        handle.write(PROSE.encode())
    with open(os.fsencode(tmp_path) + b"/rows\xfe.jsonl", "wb") as handle:
        handle.write(b'{"text": "Kim met Putin."}\n[1]\n')
    documents, problems = read([tmp_path])
    assert [d.id for d in documents] == ["rows\\xfe#1", "n\\xe9ws/bad\\xff"]
    assert documents[1].path == f"{tmp_path}/n\\xe9ws/bad\\xff.txt"
    assert [str(p) for p in problems] == [f"{tmp_path}/rows\\xfe.jsonl:2: expected a JSON object, found list"]
    for text in [d.id for d in documents] + [d.path for d in documents] + [str(p) for p in problems]:
        text.encode("utf-8")  # no lone surrogate left


@pytest.mark.parametrize("name, shown", [
    (os.fsdecode(b"a\xff\xfe.txt"), "a\\xff\\xfe.txt"),
    ("caf\u00e9.txt", "caf\u00e9.txt"),
    (b"raw\x80", "raw\\x80"),
    ("lone\ud800", "lone\\ud800"),
])
def test_display_name_escapes_only_undecodable_bytes(name, shown):
    assert sources.display_name(name) == shown


@pytest.mark.parametrize("pattern", ["", "."])
def test_read_documents_glob_that_cannot_match_is_refused_before_reading(tmp_path, pattern):
    write(tmp_path / "a.txt", PROSE)
    with pytest.raises(ValueError, match=f"glob pattern {pattern!r} cannot match a file"):
        read([tmp_path], glob=["*.txt", pattern])


def test_read_documents_excluded_files_never_read_even_named(tmp_path):
    write(tmp_path / "a.txt", PROSE)
    own = write(tmp_path / "articles.jsonl", json.dumps({"text": OTHER}) + "\n")
    documents, problems = read([tmp_path, own], exclude=[own])
    assert [d.id for d in documents] == ["a"] and problems == []


def test_read_documents_export_folder_files_skipped_in_walk(tmp_path):
    layout = sources.ExportFiles(marker=frozenset({"graph.json", "articles.jsonl"}),
                                 names=frozenset({"graph.json", "articles.jsonl", "triples.jsonl", "neo4j-admin"}))
    row = json.dumps({"text": OTHER}) + "\n"
    for folder in ("old", "user"):
        write(tmp_path / folder / "articles.jsonl", row)
        write(tmp_path / folder / "triples.jsonl", row.replace("United", "Disunited"))
        write(tmp_path / folder / "neo4j-admin" / "articles.csv", f"text\n{PROSE}\n")
        write(tmp_path / folder / "story.txt", PROSE.replace("North", f"{folder} North"))
    write(tmp_path / "old" / "graph.json", "{}")
    documents, _ = read([tmp_path], exports=layout)
    assert sorted(d.id for d in documents) == ["old/story", "user/articles#1", "user/neo4j-admin/articles#1",
                                               "user/story", "user/triples#1"]
