"""Flatten the rich in-memory graph into typed, XML-safe columns (STYLE habit 6).

Shared by the GraphML and GEXF exporters. The rules, documented in docs/gephi.md:

- every string (ids, names, values) loses the characters XML 1.0 forbids: control
  characters other than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF;
- a list becomes its items joined with ``|``; dicts and lists holding dicts or lists
  (``evidence``) are dropped;
- ``None`` and missing values become the column's typed default: ``""``, ``0``, ``0.0``,
  ``false`` (and ``1.0`` for an edge ``weight``: Gephi ignores zero-weight edges);
- a column has one type on every element: the contract's columns (docs/graph-contract.md)
  have fixed types, any other attribute gets one inferred over all elements
  (bool -> boolean, int -> int or long, int and float -> double, anything else -> string);
- attributes outside the contract whose names Gephi reserves (``label``, ``weight``, ``x``,
  ``size``, ``color`` ...) are renamed ``kg_<name>``.

>>> G = nx.MultiDiGraph()
>>> G.add_node("kim", label="Kim\\x00", aliases=["Kim", "Kim Jong Un"], mentions=2)
>>> flat = flatten_graph(G)
>>> flat.nodes[0].values["label"], flat.nodes[0].values["aliases"], flat.nodes[0].values["type"]
('Kim', 'Kim|Kim Jong Un', '')
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

Value = str | int | float | bool

# Everything outside XML 1.0's Char production.
_XML_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_INT32 = range(-(2**31), 2**31)

DEFAULTS: dict[str, Value] = {"string": "", "int": 0, "long": 0, "double": 0.0, "boolean": False}

#: Names Gephi's importers read as built-in properties rather than data columns.
RESERVED = frozenset(
    {"id", "label", "weight", "kind", "x", "y", "z", "size", "color", "r", "g", "b",
     "nodelabel", "edgelabel", "xpos", "ypos", "zpos", "start", "end", "timeset", "interval",
     "timestamp", "timestamps", "spells"}
)
#: Attributes that no flat format can hold; Neo4j and JSON exports keep them.
DROPPED = frozenset({"evidence"})


@dataclass(frozen=True)
class Column:
    """One typed attribute: `name` as users see it, `key` a safe XML identifier."""

    name: str
    type: str
    key: str

    @property
    def default(self) -> Value:
        return 1.0 if self.name == "weight" else DEFAULTS[self.type]


NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("label", "string"), ("type", "string"), ("aliases", "string"), ("mentions", "int"),
    ("docs", "string"), ("first_seen", "string"), ("last_seen", "string"),
)
EDGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("label", "string"), ("relation", "string"), ("category", "string"),
    ("polarity", "string"), ("certainty", "string"), ("confidence", "double"), ("weight", "double"),
    ("sources", "string"), ("sentence", "string"), ("first_seen", "string"),
    ("last_seen", "string"),
)


@dataclass(frozen=True)
class FlatNode:
    node: Hashable
    id: str
    values: Mapping[str, Value]


@dataclass(frozen=True)
class FlatEdge:
    u: Hashable
    v: Hashable
    key: Hashable
    id: str
    source: str
    target: str
    kind: str
    values: Mapping[str, Value]


@dataclass(frozen=True)
class FlatGraph:
    """Columns and rows ready for an XML exporter; rows keep the original ids."""

    node_columns: tuple[Column, ...]
    edge_columns: tuple[Column, ...]
    nodes: tuple[FlatNode, ...]
    edges: tuple[FlatEdge, ...]


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 forbids.

    >>> xml_text("a\\x00b\\x1fc\\ufffe\\ud800d\\te")
    'abcd\\te'
    """
    return _XML_FORBIDDEN.sub("", text)


def escape_text(text: str) -> str:
    """Escape element content; CR as a reference so XML parsers keep it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        "\r", "&#13;"
    )


def escape_attr(text: str) -> str:
    """Escape a double-quoted attribute value; whitespace as references so it survives."""
    return (
        escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    )


def xml_value(value: Value) -> str:
    """Lexical form of a flat value, readable by Java and Python alike."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    return str(value)


def flat_value(value: Any) -> Value | None:
    """A primitive for `value`, or None when it has no flat form.

    >>> flat_value(["b", "a"]), flat_value({"a": 1}), flat_value([{"a": 1}]), flat_value(2)
    ('b|a', None, None, 2)
    """
    if value is None or isinstance(value, Mapping):
        return None
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        if any(isinstance(item, (Mapping, list, tuple, set, frozenset)) for item in items):
            return None
        return "|".join(xml_text(_text(item)) for item in items if item is not None)
    return xml_text(str(value))


def flatten_graph(G: nx.MultiDiGraph) -> FlatGraph:
    """Typed columns and flat rows for every node and edge of `G`."""
    if not isinstance(G, nx.MultiDiGraph):
        raise TypeError(f"expected a networkx MultiDiGraph, got {type(G).__name__}")
    node_attrs = [_node_values(n, d) for n, d in G.nodes(data=True)]
    edge_attrs = [_edge_values(d) for _, _, d in G.edges(data=True)]
    node_columns = _columns(NODE_COLUMNS, node_attrs, prefix="n")
    edge_columns = _columns(EDGE_COLUMNS, edge_attrs, prefix="e")

    ids: dict[Hashable, str] = {}
    node_ids: set[str] = set()
    nodes = []
    for (n, _), attrs in zip(G.nodes(data=True), node_attrs, strict=True):
        ids[n] = _unique(xml_text(str(n)) or "_", node_ids)
        nodes.append(FlatNode(n, ids[n], _row(node_columns, attrs, f"node {n!r}")))

    edge_ids: set[str] = set()
    edges = []
    for (u, v, k, _), attrs in zip(G.edges(keys=True, data=True), edge_attrs, strict=True):
        kind = xml_text(str(k))
        edge_id = _unique(f"{ids[u]}|{kind}|{ids[v]}", edge_ids)
        row = _row(edge_columns, attrs, f"edge {(u, v, k)!r}")
        edges.append(FlatEdge(u, v, k, edge_id, ids[u], ids[v], kind, row))
    return FlatGraph(node_columns, edge_columns, tuple(nodes), tuple(edges))


def _unique(candidate: str, taken: set[str]) -> str:
    """`candidate`, or `candidate#<n>` if taken, now added to `taken`: ids that differ only
    in removed characters, or that contain "|", stay distinct."""
    unique, n = candidate, 1
    while unique in taken:
        unique, n = f"{candidate}#{n}", n + 1
    taken.add(unique)
    return unique


def _text(item: Any) -> str:
    return xml_value(item) if isinstance(item, (bool, float)) else str(item)


def _node_values(node: Hashable, data: Mapping[str, Any]) -> dict[str, Any]:
    values = _renamed(data, {name for name, _ in NODE_COLUMNS})
    values["label"] = data.get("label") or str(node)
    return values


def _edge_values(data: Mapping[str, Any]) -> dict[str, Any]:
    values = _renamed(data, {name for name, _ in EDGE_COLUMNS})
    values["label"] = data.get("relation")
    return values


def _renamed(data: Mapping[str, Any], contract: set[str]) -> dict[str, Any]:
    """Contract attributes as they are, others XML-safe and clear of Gephi's reserved names."""
    out: dict[str, Any] = {}
    for name, value in data.items():
        name = str(name)
        if name in DROPPED:
            continue
        if name not in contract:
            name = xml_text(name)
            while name in RESERVED or name in contract or name in out:
                name = f"kg_{name}"
        if name:
            out[name] = value
    return out


def _columns(
    contract: Iterable[tuple[str, str]], rows: list[dict[str, Any]], prefix: str
) -> tuple[Column, ...]:
    typed = dict(contract)
    extra: dict[str, list[Value]] = {}
    for row in rows:
        for name, value in row.items():
            if name not in typed:
                flat = flat_value(value)
                extra.setdefault(name, [])
                if flat is not None:
                    extra[name].append(flat)
    typed.update({name: _infer(values) for name, values in sorted(extra.items()) if values})
    return tuple(
        Column(name, xml_type, _key(prefix, i, name))
        for i, (name, xml_type) in enumerate(typed.items())
    )


def _key(prefix: str, index: int, name: str) -> str:
    """`n_<name>` / `e_<name>`, or `n<index>` when the name is not an XML name token."""
    return f"{prefix}_{name}" if _IDENTIFIER.fullmatch(name) else f"{prefix}{index}"


def _infer(values: list[Value]) -> str:
    kinds = {type(value) for value in values}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "int" if all(value in _INT32 for value in values) else "long"
    if kinds <= {int, float}:
        return "double"
    return "string"


def _row(columns: tuple[Column, ...], attrs: Mapping[str, Any], where: str) -> dict[str, Value]:
    row: dict[str, Value] = {}
    for column in columns:
        flat = flat_value(attrs.get(column.name))
        row[column.name] = column.default if flat is None else _coerce(flat, column, where)
    return row


def _coerce(value: Value, column: Column, where: str) -> Value:
    try:
        if column.type == "string":
            return _text(value)
        if column.type == "boolean":
            return bool(value)
        if column.type in ("int", "long"):
            if isinstance(value, float) and not value.is_integer():
                raise ValueError("not a whole number")
            return int(value)
        return float(value)
    except (TypeError, ValueError) as err:
        raise ValueError(
            f"{where}: attribute {column.name!r} = {value!r} is not a {column.type} ({err})"
        ) from err
