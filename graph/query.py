"""`kg query`: run one Cypher query on a server, or on the export folder's own embedded Neo4j.

With a URI the query goes to that server. Without one, the export folder gets its own store in
``EXPORT_DIR/.neo4j/``: the launcher starts on demand on a free port, the graph is loaded by the
same code as `kg push` whenever ``graph.json`` changed since the last load, and the server stops
after the query unless it is kept running (then later queries reuse it; `stop_embedded` ends it).
Values come back as plain Python (nodes, relationships and paths as dicts, dates as ISO text),
ready for a table, JSON lines or CSV. Every value reaches Neo4j as a parameter.
"""

from __future__ import annotations

import csv
import datetime as dt
import fcntl
import io
import json
import math
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import neo4j
from neo4j import exceptions as neo4j_errors
from neo4j import graph as neo4j_graph

from extract.errors import NoGraph, QueryError, ServerError
from graph.embedded import Neo4jServer, RunningServer, read_state, terminate, write_state

#: the embedded store of an export folder, hidden so builds never read it
STORE = ".neo4j"
STATE = "server.json"
LOADED = "loaded.json"
LOCK = "lock"
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
#: prefixes that force how a --param value is read
JSON_PREFIX, TEXT_PREFIX = "json:", "str:"


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of plain values, and how the query was run."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    uri: str = ""
    seconds: float = 0.0
    timings: Mapping[str, float] = field(default_factory=dict)

    def records(self) -> list[dict]:
        """The rows as dicts keyed by column."""
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass(frozen=True)
class Connection:
    """A server to query: a Bolt URI and the login (password None: no credentials sent)."""

    uri: str
    user: str | None = "neo4j"
    password: str | None = None
    database: str | None = None


# -- parameters ---------------------------------------------------------------------------------

def parse_value(text: str) -> object:
    """A --param value typed sensibly: ``json:...`` is JSON, ``str:...`` text; else an integer,
    a float, true/false/null, a JSON list or object, or the text itself.

    >>> [parse_value(v) for v in ("42", "0.5", "true", "null", '["a", 1]', "Kim", "str:42")]
    [42, 0.5, True, None, ['a', 1], 'Kim', '42']
    >>> parse_value('json:"007"')
    '007'
    """
    if text.startswith(TEXT_PREFIX):
        return text[len(TEXT_PREFIX):]
    if text.startswith(JSON_PREFIX):
        try:
            return json.loads(text[len(JSON_PREFIX):])
        except ValueError as exc:
            raise ValueError(f"not valid JSON after {JSON_PREFIX!r}: {exc}") from None
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?", text):
        return float(text)
    if text in ("true", "false", "null"):
        return json.loads(text)
    if text[:1] in ("[", "{"):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def parse_params(items: Iterable[str]) -> dict[str, object]:
    """``NAME=VALUE`` strings to a parameter dict (ValueError naming the bad item).

    >>> parse_params(["name=Kim Jong-un", "limit=5"])
    {'name': 'Kim Jong-un', 'limit': 5}
    """
    params: dict[str, object] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not NAME.match(name):
            raise ValueError(f"{item!r}: expected NAME=VALUE with a name of letters, digits and _")
        try:
            params[name] = parse_value(value)
        except ValueError as exc:
            raise ValueError(f"{name}: {exc}") from None
    return params


# -- values -------------------------------------------------------------------------------------

def plain(value: object) -> object:
    """A driver value as plain Python: nodes, relationships and paths as dicts, temporal values
    and other driver types as text, lists and maps recursively."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, neo4j_graph.Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j_graph.Relationship):
        return {"type": value.type, "start": value.start_node.get("id") if value.start_node else None,
                "end": value.end_node.get("id") if value.end_node else None,
                **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j_graph.Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return str(value)


def cell(value: object) -> str:
    """One value as table or CSV text: lists and maps as JSON, None as empty.

    >>> cell(None), cell(3), cell(["a", "b"])
    ('', '3', '["a", "b"]')
    """
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def json_lines(result: QueryResult) -> Iterator[str]:
    """One JSON object per row."""
    for record in result.records():
        yield json.dumps(record, ensure_ascii=False)


def csv_text(result: QueryResult) -> str:
    """The rows as CSV with a header row (RFC 4180 quoting)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([cell(v) for v in row] for row in result.rows)
    return buffer.getvalue()


# -- running -----------------------------------------------------------------------------------

def _describe(err: neo4j_errors.Neo4jError) -> str:
    message = " ".join((err.message or str(err)).split())
    code = (err.code or "").rsplit(".", 1)[-1]
    return f"{code}: {message}" if code else message


def run_query(query: str, params: Mapping[str, object] | None = None,
              connection: Connection = Connection("bolt://127.0.0.1:7687")) -> QueryResult:
    """Run ``query`` with ``params`` on the server; QueryError (one line) when Neo4j rejects it,
    ServerError when the server cannot be reached or refuses the login."""
    from graph.export.neo4j import PushError, open_driver

    if not query.strip():
        raise QueryError("the query is empty")
    started = time.perf_counter()
    try:
        with open_driver(connection.uri, connection.user, connection.password, connection.database) as driver:
            try:
                records, _, keys = driver.execute_query(
                    neo4j.Query(query), parameters_=dict(params or {}), database_=connection.database,
                    routing_=neo4j.RoutingControl.WRITE)
            except (neo4j_errors.ClientError, neo4j_errors.DatabaseError, neo4j_errors.TransientError) as err:
                raise QueryError(_describe(err)) from None
            except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as err:
                raise ServerError(f"lost the connection to Neo4j at {connection.uri}: {err}") from None
    except PushError as err:
        raise ServerError(str(err)) from None
    rows = tuple(tuple(plain(record[k]) for k in keys) for record in records)
    return QueryResult(tuple(keys), rows, connection.uri, time.perf_counter() - started)


def store_of(export_dir: str | Path) -> Path:
    """Where the embedded store of an export folder lives."""
    return Path(export_dir) / STORE


def graph_file(export_dir: str | Path) -> Path:
    """The export folder's graph.json; NoGraph when there is none."""
    path = Path(export_dir) / "graph.json"
    if not path.is_file():
        raise NoGraph(f"no graph.json in {export_dir} (run kg build -o {export_dir} first, "
                      "or set NEO4J_URI to query a server)")
    return path


def _stamp(path: Path) -> dict:
    stat = path.stat()
    return {"graph_mtime_ns": stat.st_mtime_ns, "graph_size": stat.st_size}


def is_loaded(export_dir: str | Path) -> bool:
    """True when the store holds the current graph.json (loaded since it last changed)."""
    try:
        loaded = json.loads((store_of(export_dir) / LOADED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return loaded == _stamp(graph_file(export_dir))


@contextmanager
def _locked(store: Path) -> Iterator[None]:
    """One `kg query` at a time starts, loads or stops the store of a folder."""
    try:
        store.mkdir(parents=True, exist_ok=True)
        handle = open(store / LOCK, "w")
    except OSError as exc:
        raise ServerError(f"cannot create the embedded Neo4j store {store}: "
                          f"{(exc.strerror or str(exc)).lower()}") from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def running_server(export_dir: str | Path) -> RunningServer | None:
    """The embedded server kept running for this export folder, if any."""
    return read_state(store_of(export_dir) / STATE)


def stop_embedded(export_dir: str | Path) -> bool:
    """Stop the server kept running for this export folder; False when none was running."""
    store = store_of(export_dir)
    if not store.is_dir():
        return False
    with _locked(store):
        state = read_state(store / STATE)
        if state is None:
            return False
        terminate(state.pid)
        (store / STATE).unlink(missing_ok=True)
        return True


def _load(export_dir: Path, uri: str, fresh: bool) -> None:
    """Replace the store's graph with graph.json, by the push code; record what was loaded."""
    from graph.export.json import read_graph
    from graph.export.neo4j import PushError, open_driver, push_graph

    path = graph_file(export_dir)
    stamp = _stamp(path)
    loaded = store_of(export_dir) / LOADED
    loaded.unlink(missing_ok=True)
    try:
        graph = read_graph(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NoGraph(f"{path}: not a graph.json written by kg build ({exc})") from None
    try:
        if not fresh:
            with open_driver(uri) as driver, driver.session() as session:
                session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        push_graph(graph, uri)
    except PushError as err:
        raise ServerError(str(err)) from None
    loaded.write_text(json.dumps(stamp), encoding="utf-8")


def query_export(query: str, export_dir: str | Path, params: Mapping[str, object] | None = None, *,
                 keep_running: bool = False,
                 on_stage: Callable[[str], None] | None = None) -> QueryResult:
    """Run ``query`` on the embedded Neo4j of ``export_dir`` (see the module docstring).

    ``on_stage`` hears "start" before the server starts and "load" before the graph is loaded.
    Raises NoGraph without a graph.json, ServerError when the launcher cannot run, QueryError
    when Neo4j rejects the query."""
    export_dir = Path(export_dir)
    graph_file(export_dir)
    announce = on_stage or (lambda stage: None)
    store = store_of(export_dir)
    timings: dict[str, float] = {}
    with _locked(store):
        state = read_state(store / STATE)
        server = None
        fresh = False
        if state is None:
            if not is_loaded(export_dir):
                shutil.rmtree(store / "data", ignore_errors=True)
                (store / LOADED).unlink(missing_ok=True)
                fresh = True
            announce("start")
            t0 = time.perf_counter()
            server = Neo4jServer(data_dir=store, detach=keep_running).start()
            timings["start"] = time.perf_counter() - t0
            uri = server.uri
            if keep_running:
                write_state(store / STATE, server)
        else:
            uri = state.uri
        try:
            if not is_loaded(export_dir):
                announce("load")
                t0 = time.perf_counter()
                _load(export_dir, uri, fresh)
                timings["load"] = time.perf_counter() - t0
            result = run_query(query, params, Connection(uri))
        finally:
            if server is not None and not keep_running:
                server.stop()
    timings["query"] = result.seconds
    return QueryResult(result.columns, result.rows, uri, result.seconds, timings)

