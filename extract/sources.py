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
warning about one that was read (a Latin-1 byte, an unparseable date). A bad row costs only
itself: a JSON number of thousands of digits, a line nested 100,000 deep, a CSV quote that
never closes or a huge field are reported with the file and line, and the next row is read.

Only regular files are read (a symbolic link to one is fine): a FIFO, socket or device is
reported and skipped without being opened for reading, so it cannot hang a run. File names
that are not valid UTF-8 become ids and messages with the bad bytes backslash-escaped
(`bad\\xff`, see `display_name`), so every export can write them.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Callable, Iterable, Iterator, Mapping

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
NOT_REGULAR = "not a regular file"
#: an article `kg build --into` finds in the build already (same text_key): skipped, summed up
ALREADY_BUILT = "already in the build"
#: warnings about inputs that were read
DECODING, BAD_DATE, DUPLICATE_ID, OTHER_FILES = (
    "not UTF-8", "unparsed date", "duplicate id", "other file types")
TRUNCATED, NUL_CHARACTERS = "cut character", "NUL characters"
#: a file with more CSV quotes left open than this is read no further after the last one
MAX_OPEN_QUOTES = 100

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


@dataclass(frozen=True)
class ExportFiles:
    """How to tell a folder of kg's own exports met in a directory walk, and what in it kg wrote.

    >>> layout = ExportFiles(marker=frozenset({"graph.json"}), names=frozenset({"graph.json", "a.jsonl"}))
    >>> sorted(layout.own(["graph.json", "a.jsonl", "story.txt"])), layout.own(["a.jsonl"])
    (['a.jsonl', 'graph.json'], set())
    """

    marker: frozenset[str]  # files every build writes: a directory holding all of them is an export folder
    names: frozenset[str]  # files and directories kg writes into an export folder

    def own(self, entries: Iterable[str]) -> set[str]:
        """The entries of one directory that kg wrote (none unless it is an export folder)."""
        entries = set(entries)
        return entries & self.names if self.marker and self.marker <= entries else set()


def _ignore(problem: Problem) -> None:
    """The default callback: problems are dropped (pass `on_problem` to see them)."""


@dataclass
class _Context:
    on_problem: OnProblem
    max_chars: int
    exclude: frozenset[str] = frozenset()
    publisher: str | None = None
    exports: ExportFiles | None = None
    on_file: Callable[[str], None] = lambda name: None


def _real(path: str | Path) -> str:
    return os.path.realpath(path)


def display_name(path: str | Path) -> str:
    """`path` as text any writer accepts: bytes of a file name that are not valid UTF-8 (which
    Python carries as lone surrogates) are written as backslash escapes.

    This is the one place where paths become ids and names in messages, so JSON, XML, CSV and
    Neo4j exports never meet an unencodable character.

    >>> display_name(os.fsdecode(b"news/bad\\xff.txt")), display_name("news/ok.txt")
    ('news/bad\\\\xff.txt', 'news/ok.txt')
    """
    name = os.fspath(path)
    if isinstance(name, bytes):
        return name.decode("utf-8", "backslashreplace")
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file name decodes to
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def check_glob(patterns: Iterable[str]) -> tuple[str, ...]:
    """The patterns, or ValueError naming the first one that cannot match a file name.

    >>> check_glob(["*.txt"])
    ('*.txt',)
    >>> check_glob([""])
    Traceback (most recent call last):
    ...
    ValueError: glob pattern '' cannot match a file (empty pattern); patterns look like '*.txt' or 'politics/*'
    """
    patterns = tuple(patterns)
    for pattern in patterns:
        try:
            PurePosixPath("probe").match(pattern)
        except ValueError as exc:
            raise ValueError(f"glob pattern {pattern!r} cannot match a file ({exc}); patterns "
                             "look like '*.txt' or 'politics/*'") from None
    return patterns


def read_documents(inputs: Iterable[str | Path], *, glob: Iterable[str] = (),
                   stdin_format: Format | str = Format.text, on_problem: OnProblem = _ignore,
                   max_chars: int = MAX_CHARS, stdin: BinaryIO | None = None,
                   exclude: Iterable[str | Path] = (), publisher: str | None = None,
                   exports: ExportFiles | None = None,
                   on_file: Callable[[str], None] | None = None) -> Iterator[Document]:
    """Documents from files, directories (recursively, sorted) and `-` (standard input).

    `glob` patterns filter the files found in directories (any pattern may match the path
    relative to the directory, `PurePath.match` style, so `*.txt` matches at any depth); files
    named explicitly are always read. Hidden files and directories are not walked.
    Documents longer than `max_chars` characters are skipped. Directories in `exclude` (such
    as the output directory) are not walked. `publisher` is the `source` of documents whose
    input names none (plain text; rows without a `source` field; pages without a site name).
    `exclude` may also name files (kg's own exports): they are never read, even when named.
    With `exports`, the files kg wrote into any export folder met in a walk are not read either.
    Raises ValueError for a glob pattern that cannot match (`check_glob`), before reading.
    `on_file` is called with the name of each input as it is opened (see `count_files`).
    """
    ctx = _Context(on_problem, max_chars, frozenset(_real(p) for p in exclude), publisher, exports)
    patterns = check_glob(glob)
    if on_file is not None:
        ctx.on_file = on_file
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
            ctx.on_problem(Problem(display_name(path), _os_reason(exc), UNREADABLE, error=exc))
            continue
        if is_dir:
            yield from _read_dir(path, patterns, ctx)
        elif exists:
            fmt = SUFFIXES.get(path.suffix.lower())
            if fmt is None:
                ctx.on_problem(Problem(display_name(path), _unsupported(path), UNSUPPORTED))
            elif _real(path) not in ctx.exclude:
                yield from _read_file(path, path.parent, fmt, ctx)
        else:
            ctx.on_problem(Problem(display_name(path), "no such file or directory", MISSING))


def count_files(inputs: Iterable[str | Path], *, glob: Iterable[str] = (),
                exclude: Iterable[str | Path] = (), exports: ExportFiles | None = None) -> int:
    """How many inputs `read_documents` opens with the same arguments (standard input counts
    one): a progress total known before reading, each JSONL or CSV file counted as one."""
    ctx = _Context(_ignore, MAX_CHARS, frozenset(_real(p) for p in exclude), exports=exports)
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


def unique_documents(documents: Iterable[Document], on_problem: OnProblem = _ignore,
                     known: Mapping[str, str] | None = None) -> Iterator[Document]:
    """Drop documents whose article text repeats an earlier one; make repeated ids unique.

    Texts are compared after boilerplate removal, case folding and whitespace collapsing, so the
    same article saved twice with different page furniture counts once. `known` maps the
    `text_key` of articles an earlier build holds to their ids: those are dropped too (kind
    ALREADY_BUILT, listed with --verbose), so `--into` never parses or counts one twice.

    >>> docs = [Document("a", "Kim met Putin in Pyongyang on Wednesday, state media reported."),
    ...         Document("b", "Kim met  Putin in Pyongyang on Wednesday, state media REPORTED.")]
    >>> [d.id for d in unique_documents(docs)]
    ['a']
    """
    seen_text: dict[str, str] = {}
    seen_ids: dict[str, int] = {}
    known = known or {}
    for document in documents:
        key = text_key(document.text)
        if key in known:
            on_problem(Problem(document.path or document.id,
                               f"already in the build as {known[key]}", ALREADY_BUILT, minor=True))
            continue
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


@lru_cache(maxsize=1024)  # asked twice per article: its duplicate check, then its state record
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
            ctx.on_problem(Problem(display_name(path), _unsupported(path), OTHER_FILES, skipped=False,
                                   minor=True))
            continue
        yield from _read_file(path, root, fmt, ctx)


def _selected(path: Path, root: Path, patterns: tuple[str, ...]) -> bool:
    relative = PurePosixPath(path.relative_to(root).as_posix())
    return not patterns or any(relative.match(p) for p in patterns)


def _walk(root: Path, ctx: _Context) -> Iterator[Path]:
    """Files under `root`, sorted, hidden entries and `exclude`d ones left out, unreadable
    directories reported."""
    def failed(exc: OSError) -> None:
        ctx.on_problem(Problem(display_name(exc.filename or root), _os_reason(exc), UNREADABLE, error=exc))

    for directory, dirnames, filenames in os.walk(root, onerror=failed):
        own = ctx.exports.own(dirnames + filenames) if ctx.exports else set()
        real = _real(directory)  # one lookup per directory: the entries are not links to follow
        own |= {name for name in dirnames + filenames if os.path.join(real, name) in ctx.exclude}
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in own
                             and _real(os.path.join(directory, d)) not in ctx.exclude)
        for name in sorted(filenames):
            if not name.startswith(".") and name not in own:
                yield Path(directory) / name


def _unsupported(path: Path) -> str:
    kind = f"'{display_name(path.suffix)}'" if path.suffix else "without an extension"
    return f"unsupported file type {kind} (supported: {', '.join(sorted(SUFFIXES))})"


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


# -- one file --------------------------------------------------------------------------------

def _read_file(path: Path, root: Path, fmt: Format, ctx: _Context) -> Iterator[Document]:
    name = display_name(path)
    doc_id = display_name(path.relative_to(root).with_suffix("").as_posix())
    ctx.on_file(name)
    try:
        handle = _open_regular(path)
        if isinstance(handle, str):
            ctx.on_problem(Problem(name, f"not a regular file ({handle}); only files are read",
                                   NOT_REGULAR))
            return
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if size > _byte_limit(fmt, ctx.max_chars):
                ctx.on_problem(Problem(name, _too_long(f"{size / 1e6:.1f} MB", ctx.max_chars), TOO_LONG))
                return
            if fmt in (Format.jsonl, Format.csv):
                yield from _read_rows(handle, name, doc_id, fmt, ctx)
                return
            data = handle.read()
    except OSError as exc:
        ctx.on_problem(Problem(name, _os_reason(exc), UNREADABLE, error=exc))
        return
    yield from _read_bytes(data, name, fmt, ctx, doc_id=doc_id)


_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory"))


def _open_regular(path: Path) -> BinaryIO | str:
    """`path` opened for reading if it is a regular file (or a link to one), else what it is.

    Opening is non-blocking and the opened file is checked again, so a FIFO put in place of a
    file between the two checks cannot hang the run.
    """
    kind = _special_kind(os.stat(path).st_mode)
    if kind:
        return kind
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    kind = _special_kind(os.fstat(fd).st_mode)
    if kind:
        os.close(fd)
        return kind
    return os.fdopen(fd, "rb")


def _special_kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _FILE_KINDS if test(mode)), "not a file")


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


def _decode(data: bytes, name: str, ctx: _Context, line: int | None = None, *,
            sniff: int = SNIFF_BYTES) -> str | None:
    """Text of `data`: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 with a
    warning. None, with the problem reported, for empty and binary content (a NUL byte among
    the first `sniff` bytes)."""
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
    if b"\x00" in data[:sniff]:
        ctx.on_problem(Problem(name, "binary file (contains NUL bytes), not text", BINARY, line=line))
        return None
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _cut_utf8(body, exc)
        if text is not None:
            cut = len(body) - exc.start
            lost = "the last byte was" if cut == 1 else f"the last {cut} bytes were"
            ctx.on_problem(Problem(name, f"ends inside a UTF-8 character (the file was cut?): {lost} "
                                         "left out", TRUNCATED,
                                   line=line, skipped=False, error=exc))
        else:
            byte = body[exc.start:exc.start + 1].hex()
            text = body.decode("cp1252", errors="replace")
            ctx.on_problem(Problem(name, f"not valid UTF-8 (byte 0x{byte} at offset {exc.start}); "
                                         "read as Windows-1252 (Latin-1)", DECODING, line=line,
                                   skipped=False, error=exc))
    return _text_or_binary(text, name, ctx, line)


def _cut_utf8(data: bytes, exc: UnicodeDecodeError) -> str | None:
    """The text of UTF-8 `data` whose only fault is an incomplete character at its very end
    (a cut download or copy), else None.

    >>> _cut_utf8(b"pr\\xc3", UnicodeDecodeError("utf-8", b"pr\\xc3", 2, 3, "unexpected end of data"))
    'pr'
    """
    if exc.reason != "unexpected end of data" or len(data) - exc.start > 3:
        return None
    return data[:exc.start].decode("utf-8")  # the prefix is valid: decoding stopped at its end


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
    ctx = replace(ctx, on_problem=_RowLimiter(ctx.on_problem))
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
        except ValueError as exc:  # an integer beyond Python's 4,300-digit conversion limit
            ctx.on_problem(Problem(name, f"invalid JSON (a number of more than {sys.get_int_max_str_digits():,} "
                                         "digits)", BAD_ROW, line=number, error=exc))
            continue
        except RecursionError as exc:
            ctx.on_problem(Problem(name, "invalid JSON (nested too deeply)", BAD_ROW, line=number, error=exc))
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
    data = handle.read()
    # a NUL in a row costs only that row's text (read as a space); in the header, it is binary
    text = _decode(data, name, ctx, sniff=len(data.split(b"\n", 1)[0]))
    if text is None:
        return
    if "\x00" in text:  # the csv module refuses lines holding NUL; the rest of the line is text
        line = _line_of(text, text.index("\x00"))
        ctx.on_problem(Problem(name, "NUL characters (first on this line) read as spaces", NUL_CHARACTERS,
                               line=line, skipped=False))
        text = text.replace("\x00", " ")
    records = _csv_records(text, name, ctx)
    header = next(records, None)
    if header is None or header[1] is None:
        ctx.on_problem(Problem(name, "no CSV header", NO_TEXT_FIELD))
        return
    columns = [_field_name(c) for c in header[1]]
    if "text" not in columns:
        found = ", ".join(c for c in header[1] if c.strip()) or "none"
        ctx.on_problem(Problem(name, f"no 'text' column (columns: {found})", NO_TEXT_FIELD))
        return
    row_number = 0
    rows = 0
    for start, values in records:
        if values is None:  # a malformed record, reported
            row_number += 1
            continue
        if not any(v.strip() for v in values):
            continue
        row_number += 1
        rows += 1
        if len(values) != len(columns):
            ctx.on_problem(Problem(name, f"row has {len(values)} fields, the header {len(columns)}",
                                   BAD_ROW, line=start, skipped=False))
        yield start, row_number, dict(zip(columns, values))
    if not rows:
        ctx.on_problem(Problem(name, "no rows under the CSV header", EMPTY))


#: a quoted CSV field, from its opening quote (at the start of a field) to its closing quote,
#: or to the end of the text when it never closes
_QUOTED = re.compile(r'(?:^|(?<=[,\r\n]))"(?:[^"]+|"")*(?P<closed>")?')
_LINE_END = re.compile(r"\r\n|\r|\n")


def _csv_records(text: str, name: str, ctx: _Context) -> Iterator[tuple[int, list[str] | None]]:
    """(first line, fields) of each record of a CSV text, the header first; None for the fields
    of a record that could not be read (reported).

    A quote that never closes would make its field swallow the rest of the file: that record is
    reported with the line of the quote and skipped, and reading starts again on the next line.
    Field size is not limited here: the whole file is in memory already, and an over-long text
    is reported as such by `_fits`.
    """
    csv.field_size_limit(sys.maxsize)
    offset = 0  # lines of the file before `text`
    for _ in range(MAX_OPEN_QUOTES + 1):
        opened = _open_quote(text)
        reader = csv.reader(io.StringIO(text, newline=""))
        held = None  # the last record waits: with a quote left open, it is the swallowing one
        while True:
            start = offset + reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                ctx.on_problem(Problem(name, f"malformed CSV row ({exc})", BAD_ROW, line=start, error=exc))
                values = None
            if held is not None:
                yield held
            held = (start, values)
        if opened is None:
            if held is not None:
                yield held
            return
        line, rest = _line_of(text, opened), _next_line(text, opened)
        first = held[0] if held is not None else offset + line
        where = "" if first == offset + line else f" (in the row starting on line {first})"
        ctx.on_problem(Problem(name, f"quote opened on line {offset + line}{where} never closes: row "
                                     f"skipped, reading goes on at line {offset + line + 1}",
                               BAD_ROW, line=offset + line))
        yield first, None
        text, offset = text[rest:], offset + line
    ctx.on_problem(Problem(name, f"more than {MAX_OPEN_QUOTES} quotes left open: the rest of the file "
                                 "is not read", BAD_ROW, line=offset + 1))


def _open_quote(text: str) -> int | None:
    """Offset of the quote opening a CSV field that never closes, else None.

    >>> _open_quote('id,text\\n1,"fine"\\n2,"open\\n3,x\\n'), _open_quote('a,"b""c"\\n')
    (19, None)
    """
    last = None
    for last in _QUOTED.finditer(text):
        pass
    return last.start() if last is not None and last.group("closed") is None else None


def _line_of(text: str, offset: int) -> int:
    """1-based line of `offset` (lines end at \\n, \\r\\n or \\r, as for the csv module)."""
    return 1 + sum(1 for _ in _LINE_END.finditer(text, 0, offset))


def _next_line(text: str, offset: int) -> int:
    """Offset of the line after the one holding `offset` (the length of `text` on the last line)."""
    match = _LINE_END.search(text, offset)
    return match.end() if match else len(text)


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


def row_documents(rows: Iterable[tuple[int, dict]], name: str, base_id: str, *,
                  on_problem: OnProblem = _ignore, max_chars: int = MAX_CHARS,
                  publisher: str | None = None) -> Iterator[Document]:
    """Documents of rows already parsed elsewhere (a Parquet table's: `kg build --engine spark`),
    validated as JSONL rows are: `(row number, record)` pairs, ids `<base_id>#<row>` unless a
    row has an `id`, problems naming `name` and the row.

    >>> [d.id for d in row_documents([(1, {"text": "Kim met Putin."}), (2, {"text": 3})], "a.parquet", "a")]
    ['a#1']
    """
    ctx = _Context(_RowLimiter(on_problem), max_chars, publisher=publisher)
    for n, record in rows:
        document = _row_document(record, name, n, ctx, f"{base_id}#{n}")
        if document is not None:
            yield _with_publisher(document, ctx)
