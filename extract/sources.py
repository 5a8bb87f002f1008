"""Read inputs into Documents: files, directories and standard input -> Iterator[Document].

Formats, chosen by file extension:

- `.txt`, `.md`: one article per file; the publication date is taken from a date line in the
  page header when there is an unambiguous one (`extract.dates.header_date`); the first line
  is the title when it reads as a headline (`extract.clean.split_headline`); the publisher
  (`source`) is the name on a copyright line at the end (`extract.publisher.credit_publisher`).
- `.html`, `.htm`: main text, title (without the site's name), URL, site name (the `source`)
  and publication date extracted with trafilatura and htmldate.
- `.jsonl`: one JSON object per line; `.csv`: a header row. Both need a `text` field and may
  have `id`, `title`, `url`, `published` (or `date`) and `source`.

Document ids are stable: the `id` field when a row has one; else the path relative to the input
root without its extension (`politics/001`), with `#<row>` for JSONL and CSV rows
(`wikinews_2019#12`: the JSONL line number or the 1-based CSV data row); else, for standard
input, a hash of the text (`stdin-1f2e3d4c5b6a`).

Reading never prints. A file or row that cannot be read is reported as a `Problem` through the
`on_problem` callback and the reading goes on; `Problem.skipped` tells a skipped input from a
warning about one that was read (a Latin-1 byte, an unparseable date).
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Callable, Iterable, Iterator

from extract.clean import clean_text, split_headline
from extract.dates import header_date, normalise_date
from extract.publisher import credit_publisher, publisher_key
from extract.types import Document

#: spaCy's default `nlp.max_length`: longer texts are skipped unless the limit is raised
MAX_CHARS = 1_000_000
#: bytes looked at to tell a text file from a binary one
SNIFF_BYTES = 8192
#: the name standing for standard input
STDIN = "-"
#: problems with rows of one JSONL or CSV file shown one by one; the rest are `minor`
ROW_PROBLEMS_SHOWN = 5


class Format(str, Enum):
    """Input formats; files get theirs from the extension, standard input from an option."""

    text = "text"
    html = "html"
    jsonl = "jsonl"
    csv = "csv"


SUFFIXES = {".txt": Format.text, ".md": Format.text, ".html": Format.html, ".htm": Format.html,
            ".jsonl": Format.jsonl, ".csv": Format.csv}

#: row fields besides `text`; a row may name the date `date` instead of `published`
FIELDS = ("id", "title", "url", "published", "source")
FIELD_ALIASES = {"date": "published"}

#: why an input was skipped: the keys of the summary counts
EMPTY, BINARY, TOO_LONG, UNREADABLE, MISSING, UNSUPPORTED, BAD_ROW, NO_TEXT_FIELD, DUPLICATE = (
    "empty", "binary", "too long", "unreadable", "missing", "unsupported type", "malformed row",
    "no text column", "duplicate")
#: warnings about inputs that were read
DECODING, BAD_DATE, DUPLICATE_ID, OTHER_FILES = (
    "not UTF-8", "unparsed date", "duplicate id", "other file types")

_BINARY_MAGIC = {b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
                 b"\x1f\x8b": "a gzip archive", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                 b"GIF8": "a GIF image", b"\x7fELF": "an executable", b"SQLite format 3": "an SQLite database"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_SPACE = re.compile(r"\s+")
#: characters XML and UTF-8 writers refuse: C0/C1 controls, lone surrogates, non-characters
_UNWRITABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    """Something about one input a user should know: where, why, and whether it was skipped.

    >>> str(Problem("data.jsonl", "invalid JSON (Expecting value: column 1)", "malformed row", line=7))
    'data.jsonl:7: invalid JSON (Expecting value: column 1)'
    """

    path: str
    reason: str
    kind: str
    line: int | None = None
    skipped: bool = True
    #: shown only with --verbose (files of other types met in a directory walk, row problems
    #: of a file beyond the first ROW_PROBLEMS_SHOWN); always counted
    minor: bool = False
    error: BaseException | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


OnProblem = Callable[[Problem], None]


def _ignore(problem: Problem) -> None:
    """The default callback: problems are dropped (pass `on_problem` to see them)."""


@dataclass
class _Context:
    on_problem: OnProblem
    max_chars: int
    exclude: frozenset[str] = frozenset()
    publisher: str | None = None
    on_file: Callable[[str], None] = lambda name: None


def _real(path: str | Path) -> str:
    return os.path.realpath(path)


def read_documents(inputs: Iterable[str | Path], *, glob: Iterable[str] = (),
                   stdin_format: Format | str = Format.text, on_problem: OnProblem = _ignore,
                   max_chars: int = MAX_CHARS, stdin: BinaryIO | None = None,
                   exclude: Iterable[str | Path] = (), publisher: str | None = None,
                   on_file: Callable[[str], None] | None = None) -> Iterator[Document]:
    """Documents from files, directories (recursively, sorted) and `-` (standard input).

    `glob` patterns filter the files found in directories (any pattern may match the path
    relative to the directory, `PurePath.match` style, so `*.txt` matches at any depth); files
    named explicitly are always read. Hidden files and directories are not walked.
    Documents longer than `max_chars` characters are skipped. Directories in `exclude` (such
    as the output directory) are not walked. `publisher` is the `source` of documents whose
    input names none (plain text; rows without a `source` field; pages without a site name).
    `on_file` is called with the name of each input as it is opened (see `count_files`).
    """
    ctx = _Context(on_problem, max_chars, frozenset(_real(p) for p in exclude), publisher)
    if on_file is not None:
        ctx.on_file = on_file
    patterns = tuple(glob)
    for item in inputs:
        if str(item) == STDIN:
            ctx.on_file("<stdin>")
            data = (stdin or sys.stdin.buffer).read()
            yield from _read_bytes(data, "<stdin>", Format(stdin_format), ctx)
            continue
        path = Path(item)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:
            ctx.on_problem(Problem(str(path), _os_reason(exc), UNREADABLE, error=exc))
            continue
        if is_dir:
            yield from _read_dir(path, patterns, ctx)
        elif exists:
            fmt = SUFFIXES.get(path.suffix.lower())
            if fmt is None:
                ctx.on_problem(Problem(str(path), _unsupported(path), UNSUPPORTED))
            else:
                yield from _read_file(path, path.parent, fmt, ctx)
        else:
            ctx.on_problem(Problem(str(path), "no such file or directory", MISSING))


def count_files(inputs: Iterable[str | Path], *, glob: Iterable[str] = (),
                exclude: Iterable[str | Path] = ()) -> int:
    """How many inputs `read_documents` opens with the same arguments (standard input counts
    one): a progress total known before reading, each JSONL or CSV file counted as one."""
    ctx = _Context(_ignore, MAX_CHARS, frozenset(_real(p) for p in exclude))
    patterns = tuple(glob)
    count = 0
    for item in inputs:
        path = Path(item)
        try:
            if str(item) == STDIN:
                count += 1
            elif path.is_dir():
                count += sum(1 for f in _walk(path, ctx) if _selected(f, path, patterns)
                             and f.suffix.lower() in SUFFIXES)
            elif path.exists() and path.suffix.lower() in SUFFIXES:
                count += 1
        except OSError:
            continue  # read_documents reports it
    return count


def unique_documents(documents: Iterable[Document], on_problem: OnProblem = _ignore) -> Iterator[Document]:
    """Drop documents whose article text repeats an earlier one; make repeated ids unique.

    Texts are compared after boilerplate removal, case folding and whitespace collapsing, so the
    same article saved twice with different page furniture counts once.

    >>> docs = [Document("a", "Kim met Putin in Pyongyang on Wednesday, state media reported."),
    ...         Document("b", "Kim met  Putin in Pyongyang on Wednesday, state media REPORTED.")]
    >>> [d.id for d in unique_documents(docs)]
    ['a']
    """
    seen_text: dict[str, str] = {}
    seen_ids: dict[str, int] = {}
    for document in documents:
        key = text_key(document.text)
        if key in seen_text:
            on_problem(Problem(document.path or document.id,
                               f"same text as {seen_text[key]} (processed once)", DUPLICATE))
            continue
        doc_id = document.id
        if doc_id in seen_ids:
            seen_ids[doc_id] += 1
            new_id = f"{doc_id}~{seen_ids[doc_id]}"
            on_problem(Problem(document.path or doc_id,
                               f"id {doc_id!r} already used by another article; using {new_id!r}",
                               DUPLICATE_ID, skipped=False))
            document = replace(document, id=new_id)
            doc_id = new_id
        seen_ids.setdefault(doc_id, 1)
        seen_text[key] = document.path or doc_id
        yield document


def text_key(text: str) -> str:
    """A digest of the article prose of `text`, insensitive to case, whitespace and furniture."""
    prose = clean_text(text) or text
    normal = _SPACE.sub(" ", unicodedata.normalize("NFKC", prose).casefold()).strip()
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


# -- walking ---------------------------------------------------------------------------------

def _read_dir(root: Path, patterns: tuple[str, ...], ctx: _Context) -> Iterator[Document]:
    for path in _walk(root, ctx):
        if not _selected(path, root, patterns):
            continue
        fmt = SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            ctx.on_problem(Problem(str(path), _unsupported(path), OTHER_FILES, skipped=False, minor=True))
            continue
        yield from _read_file(path, root, fmt, ctx)


def _selected(path: Path, root: Path, patterns: tuple[str, ...]) -> bool:
    relative = PurePosixPath(path.relative_to(root).as_posix())
    return not patterns or any(relative.match(p) for p in patterns)


def _walk(root: Path, ctx: _Context) -> Iterator[Path]:
    """Files under `root`, sorted, hidden entries left out, unreadable directories reported."""
    def failed(exc: OSError) -> None:
        ctx.on_problem(Problem(exc.filename or str(root), _os_reason(exc), UNREADABLE, error=exc))

    for directory, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and _real(os.path.join(directory, d)) not in ctx.exclude)
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(directory) / name


def _unsupported(path: Path) -> str:
    kind = f"'{path.suffix}'" if path.suffix else "without an extension"
    return f"unsupported file type {kind} (supported: {', '.join(sorted(SUFFIXES))})"


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


# -- one file --------------------------------------------------------------------------------

def _read_file(path: Path, root: Path, fmt: Format, ctx: _Context) -> Iterator[Document]:
    name = str(path)
    doc_id = path.relative_to(root).with_suffix("").as_posix()
    ctx.on_file(name)
    try:
        size = path.stat().st_size
        if size > _byte_limit(fmt, ctx.max_chars):
            ctx.on_problem(Problem(name, _too_long(f"{size / 1e6:.1f} MB", ctx.max_chars), TOO_LONG))
            return
        if fmt in (Format.jsonl, Format.csv):
            with open(path, "rb") as handle:
                yield from _read_rows(handle, name, doc_id, fmt, ctx)
            return
        data = path.read_bytes()
    except OSError as exc:
        ctx.on_problem(Problem(name, _os_reason(exc), UNREADABLE, error=exc))
        return
    yield from _read_bytes(data, name, fmt, ctx, doc_id=doc_id)


def _read_bytes(data: bytes, name: str, fmt: Format, ctx: _Context,
                doc_id: str | None = None) -> Iterator[Document]:
    """Documents from the whole content of one input (a file or standard input)."""
    if fmt in (Format.jsonl, Format.csv):
        yield from _read_rows(io.BytesIO(data), name, doc_id or "stdin", fmt, ctx, hash_ids=doc_id is None)
        return
    text = _decode(data, name, ctx)
    if text is None:
        return
    if fmt is Format.html:
        document = _html_document(text, name, doc_id, ctx)
    else:
        title, _ = split_headline(text)
        document = Document(doc_id or _hash_id(text), text, title=title, published=header_date(text),
                            source=credit_publisher(text), path=name)
    if document is not None and _fits(document.text, name, None, ctx):
        yield _with_publisher(document, ctx)


def _with_publisher(document: Document, ctx: _Context) -> Document:
    """The document with the build's publisher as its source when the input named none."""
    if document.source or not ctx.publisher:
        return document
    return replace(document, source=ctx.publisher)


def _decode(data: bytes, name: str, ctx: _Context, line: int | None = None) -> str | None:
    """Text of `data`: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 with a
    warning. None, with the problem reported, for empty and binary content."""
    if not data.strip():
        ctx.on_problem(Problem(name, "empty file" if data == b"" else "empty file (only whitespace)",
                               EMPTY, line=line))
        return None
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            ctx.on_problem(Problem(name, f"binary file ({what}), not text", BINARY, line=line))
            return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _text_or_binary(data.decode("utf-16"), name, ctx, line)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:SNIFF_BYTES]:
        ctx.on_problem(Problem(name, "binary file (contains NUL bytes), not text", BINARY, line=line))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = data[exc.start:exc.start + 1].hex()
        text = data.decode("cp1252", errors="replace")
        ctx.on_problem(Problem(name, f"not valid UTF-8 (byte 0x{byte} at offset {exc.start}); "
                                     "read as Windows-1252 (Latin-1)", DECODING, line=line,
                               skipped=False, error=exc))
    return _text_or_binary(text, name, ctx, line)


def _text_or_binary(text: str, name: str, ctx: _Context, line: int | None) -> str | None:
    sample = text[:SNIFF_BYTES]
    if len(_CONTROL.findall(sample)) > 0.1 * len(sample):
        ctx.on_problem(Problem(name, "binary file (mostly control characters), not text", BINARY, line=line))
        return None
    if not text.strip():
        ctx.on_problem(Problem(name, "empty file (only whitespace)", EMPTY, line=line))
        return None
    return text


def _fits(text: str, name: str, line: int | None, ctx: _Context) -> bool:
    if len(text) > ctx.max_chars:
        ctx.on_problem(Problem(name, _too_long(f"{len(text):,} characters", ctx.max_chars), TOO_LONG, line=line))
        return False
    if not text.strip():
        ctx.on_problem(Problem(name, "no text", EMPTY, line=line))
        return False
    return True


def _too_long(size: str, limit: int) -> str:
    return (f"too long for one article ({size}; the limit is {limit:,} characters): split it into "
            "several files, or raise --max-chars")


def _byte_limit(fmt: Format, max_chars: int) -> float:
    """Files larger than this cannot hold an article of `max_chars` characters (4 bytes per
    character at most in UTF-8; a saved web page carries scripts and markup besides its text).
    JSONL and CSV files hold many articles: only their rows are limited."""
    if fmt is Format.text:
        return 4 * max_chars
    if fmt is Format.html:
        return 16 * max_chars
    return float("inf")


def _hash_id(text: str) -> str:
    return "stdin-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


# -- HTML ------------------------------------------------------------------------------------

def _html_document(html: str, name: str, doc_id: str | None, ctx: _Context) -> Document | None:
    """Main text and metadata of a web page (trafilatura), publication date from htmldate.

    htmldate runs without its extensive search: a date must come from the page's metadata,
    its URL or a marked-up date element, not from any date-like string in the page.
    """
    import trafilatura
    from htmldate import find_date

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    text = (extracted.text or "") if extracted is not None else ""
    if not text.strip():
        ctx.on_problem(Problem(name, "no article text found in the HTML page", EMPTY))
        return None
    url = extracted.url or None
    try:
        published = find_date(html, extensive_search=False, original_date=True, url=url)
    except ValueError:
        published = None
    site = extracted.sitename or None
    return Document(doc_id or _hash_id(text), text, title=page_title(extracted.title, site), url=url,
                    published=normalise_date(published), source=site, path=name)


_TITLE_SEGMENTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def page_title(title: str | None, site: str | None) -> str | None:
    """A page title without the segment naming the site ("Kim meets Putin | BBC News").

    >>> page_title("Kim meets Putin - BBC News", "BBC"), page_title("Kim meets Putin", None)
    ('Kim meets Putin', 'Kim meets Putin')
    """
    if not title:
        return None
    parts = _TITLE_SEGMENTS.split(title.strip())
    if site and len(parts) > 1:
        parts = [p for p in parts if publisher_key(p) != publisher_key(site)] or parts
    return " - ".join(parts) or None


# -- JSONL and CSV ---------------------------------------------------------------------------

def _read_rows(handle: BinaryIO, name: str, base_id: str, fmt: Format, ctx: _Context,
               hash_ids: bool = False) -> Iterator[Document]:
    ctx = _Context(_RowLimiter(ctx.on_problem), ctx.max_chars, ctx.exclude, ctx.publisher)
    rows = _jsonl_rows(handle, name, ctx) if fmt is Format.jsonl else _csv_rows(handle, name, ctx)
    for line, row_number, record in rows:
        document = _row_document(record, name, line, ctx,
                                 None if hash_ids else f"{base_id}#{row_number}")
        if document is not None:
            yield _with_publisher(document, ctx)


class _RowLimiter:
    """Passes on the first ROW_PROBLEMS_SHOWN problems of a file, marks the rest `minor`, so a
    file of the wrong kind (every row without text) gives a few lines, not thousands."""

    def __init__(self, on_problem: OnProblem):
        self.on_problem = on_problem
        self.seen = 0

    def __call__(self, problem: Problem) -> None:
        if problem.line is not None:
            self.seen += 1
            if self.seen > ROW_PROBLEMS_SHOWN:
                problem = replace(problem, minor=True)
        self.on_problem(problem)


def _jsonl_rows(handle: BinaryIO, name: str, ctx: _Context) -> Iterator[tuple[int, int, dict]]:
    """(line, line, object) for each well-formed line; malformed lines reported and skipped."""
    blank = True
    for number, raw in enumerate(handle, start=1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        blank = False
        if len(raw) > 4 * ctx.max_chars + 1000:
            ctx.on_problem(Problem(name, _too_long(f"{len(raw) / 1e6:.1f} MB", ctx.max_chars), TOO_LONG, line=number))
            continue
        text = _decode(raw, name, ctx, line=number)
        if text is None:
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            ctx.on_problem(Problem(name, f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})", BAD_ROW,
                                   line=number, error=exc))
            continue
        if not isinstance(record, dict):
            ctx.on_problem(Problem(name, f"expected a JSON object, found {type(record).__name__}",
                                   BAD_ROW, line=number))
            continue
        yield number, number, record
    if blank:
        ctx.on_problem(Problem(name, "empty file", EMPTY))


def _csv_rows(handle: BinaryIO, name: str, ctx: _Context) -> Iterator[tuple[int, int, dict]]:
    """(line, data-row number, row) for each CSV record; the header must name a `text` column."""
    text = _decode(handle.read(), name, ctx)
    if text is None:
        return
    csv.field_size_limit(max(ctx.max_chars * 4, 1 << 20))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as exc:
        ctx.on_problem(Problem(name, f"no CSV header ({exc})", NO_TEXT_FIELD, error=exc))
        return
    columns = [_field_name(c) for c in header]
    if "text" not in columns:
        found = ", ".join(c for c in header if c.strip()) or "none"
        ctx.on_problem(Problem(name, f"no 'text' column (columns: {found})", NO_TEXT_FIELD))
        return
    row_number = 0
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            if not rows:
                ctx.on_problem(Problem(name, "no rows under the CSV header", EMPTY))
            return
        except csv.Error as exc:
            row_number += 1
            ctx.on_problem(Problem(name, f"malformed CSV row ({exc})", BAD_ROW, line=start, error=exc))
            if reader.line_num < start:
                return
            continue
        if not any(v.strip() for v in values):
            continue
        row_number += 1
        rows += 1
        if len(values) != len(columns):
            ctx.on_problem(Problem(name, f"row has {len(values)} fields, the header {len(columns)}",
                                   BAD_ROW, line=start, skipped=False))
        yield start, row_number, dict(zip(columns, values))


def _field_name(name: str) -> str:
    key = name.strip().lstrip("\ufeff").lower()
    return FIELD_ALIASES.get(key, key)


def _row_document(record: dict, name: str, line: int, ctx: _Context, default_id: str | None) -> Document | None:
    """A Document from one JSONL object or CSV row: validation at the edge."""
    record = {_field_name(str(k)): v for k, v in record.items()}
    text = record.get("text")
    if not isinstance(text, str):
        reason = "no 'text' field" if text is None else f"'text' is a {type(text).__name__}, not a string"
        ctx.on_problem(Problem(name, reason, NO_TEXT_FIELD if text is None else BAD_ROW, line=line))
        return None
    text = _SURROGATE.sub("\ufffd", text)  # JSON escapes can encode lone surrogates
    if not _fits(text, name, line, ctx):
        return None
    values = {}
    for key in FIELDS:
        value = record.get(key)
        if isinstance(value, (dict, list)) or value is None:
            values[key] = None
            continue
        value = _SPACE.sub(" ", _UNWRITABLE.sub(" ", str(value))).strip()
        values[key] = value or None
    published = normalise_date(values["published"]) if values["published"] else header_date(text)
    if values["published"] and published is None:
        ctx.on_problem(Problem(name, f"publication date {values['published']!r} not understood "
                                     "(expected e.g. 2024-06-19); left empty", BAD_DATE,
                               line=line, skipped=False))
    doc_id = values["id"] or default_id or _hash_id(text)
    return Document(doc_id, text, title=values["title"], url=values["url"], published=published,
                    source=values["source"], path=f"{name}:{line}")
