"""graph.json (networkx node-link, rich values kept) and JSON Lines writers and readers."""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx

from extract.errors import InvalidGraph
from graph.export.atomic import atomic_open, write_lines


def generate_json(g: nx.MultiDiGraph) -> str:
    """The graph as node-link JSON; lists and evidence stay structured."""
    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)


def write_json(g: nx.MultiDiGraph, path: str | Path) -> None:
    with atomic_open(path) as handle:
        handle.write(generate_json(g))


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph.json written by write_json (or a directory holding one).

    The content is checked against docs/graph-contract.md first (:func:`check_graph_data`), so a
    wrong-typed field is an InvalidGraph naming it, not a crash in an exporter later.
    """
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    check_graph_data(data)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


# -- validation of graph.json: field name -> (expected, check); a missing field or null is allowed


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return _is_int(value) or (isinstance(value, float) and math.isfinite(value))


def _is_strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_records(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, Mapping) for v in value)


Check = tuple[str, Callable[[object], bool]]
TEXT: Check = ("a string", _is_str)
TEXTS: Check = ("a list of strings", _is_strings)

ARTICLE_FIELDS: dict[str, Check] = {name: TEXT for name in ("title", "url", "published", "source")}
NODE_FIELDS: dict[str, Check] = {
    "label": TEXT, "type": TEXT, "aliases": TEXTS, "mentions": ("an integer", _is_int), "docs": TEXTS,
    "first_seen": TEXT, "last_seen": TEXT,
}
EDGE_FIELDS: dict[str, Check] = {
    "relation": TEXT, "category": TEXT, "polarity": TEXT, "certainty": TEXT,
    "confidence": ("a number", _is_number), "weight": ("an integer", _is_int), "sources": TEXTS,
    "sentence": TEXT, "first_seen": TEXT, "last_seen": TEXT, "evidence": ("a list of objects", _is_records),
}
EVIDENCE_FIELDS: dict[str, Check] = {
    "doc": TEXT, "sentence": TEXT, "published": TEXT, "attributed_to": TEXTS,
    "confidence": ("a number", _is_number),
}


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _check_fields(record: Mapping, fields: Mapping[str, Check], where: str) -> None:
    for name, (expected, check) in fields.items():
        value = record.get(name)
        if value is not None and not check(value):
            raise InvalidGraph(f"{where}: {name!r} must be {expected}, found {type(value).__name__} {_short(value)}")


def _records(data: Mapping, name: str, where: str) -> list:
    value = data.get(name)
    if not _is_records(value):
        raise InvalidGraph(f"{where}{name!r} must be a list of objects, found {type(value).__name__}")
    return value


def check_graph_data(data: object) -> None:
    """Raise InvalidGraph naming the first field of node-link ``data`` that breaks the contract.

    >>> check_graph_data({"nodes": [{"id": "x", "mentions": "many"}], "edges": []})
    Traceback (most recent call last):
    ...
    extract.errors.InvalidGraph: node 'x': 'mentions' must be an integer, found str 'many'
    """
    if not isinstance(data, Mapping):
        raise InvalidGraph(f"expected a JSON object with nodes and edges, found {type(data).__name__}")
    graph = {} if data.get("graph") is None else data["graph"]
    if not isinstance(graph, Mapping):
        raise InvalidGraph(f"'graph' must be an object, found {type(graph).__name__}")
    for article in _records(graph, "articles", "graph ") if graph.get("articles") is not None else ():
        if not _is_str(article.get("id")):
            raise InvalidGraph(f"an article's 'id' must be a string, found {_short(article.get('id'))}")
        _check_fields(article, ARTICLE_FIELDS, f"article {_short(article['id'])}")
    ids = set()
    for node in _records(data, "nodes", ""):
        if not _is_str(node.get("id")):
            raise InvalidGraph(f"a node's 'id' must be a string, found {_short(node.get('id'))}")
        ids.add(node["id"])
        _check_fields(node, NODE_FIELDS, f"node {_short(node['id'])}")
    for edge in _records(data, "edges", ""):
        ends = (edge.get("source"), edge.get("target"))
        where = f"edge {_short(ends[0])} -> {_short(ends[1])}"
        if not all(_is_str(end) and end in ids for end in ends):
            raise InvalidGraph(f"{where}: 'source' and 'target' must be ids of nodes in the file")
        _check_fields(edge, EDGE_FIELDS, where)
        for item in edge.get("evidence") or ():
            _check_fields(item, EVIDENCE_FIELDS, f"{where}, evidence")


def write_jsonl(path: str | Path, records: Iterable[dict]) -> None:
    write_lines(path, (json.dumps(r, ensure_ascii=False, default=str) for r in records))


def read_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
