"""graph.json (networkx node-link, rich values kept) and JSON Lines writers and readers."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx

from graph.export.atomic import atomic_open, write_lines


def generate_json(g: nx.MultiDiGraph) -> str:
    """The graph as node-link JSON; lists and evidence stay structured."""
    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, default=str)


def write_json(g: nx.MultiDiGraph, path: str | Path) -> None:
    with atomic_open(path) as handle:
        handle.write(generate_json(g))


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph.json written by write_json (or a directory holding one)."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def write_jsonl(path: str | Path, records: Iterable[dict]) -> None:
    write_lines(path, (json.dumps(r, ensure_ascii=False, default=str) for r in records))


def read_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
