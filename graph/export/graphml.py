"""graph.graphml for Gephi and other tools: flat, typed attributes (first version)."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.export.atomic import atomic_open

_NODE_FIELDS = ("label", "type", "aliases", "mentions", "first_seen", "last_seen")
_EDGE_FIELDS = ("relation", "category", "polarity", "certainty", "weight", "sources", "sentence",
                "first_seen", "last_seen")


def _flat(value):
    if isinstance(value, (list, tuple)):
        return "|".join(str(v) for v in value)
    return "" if value is None else value


def flatten(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        flat.add_node(n, **{k: _flat(d.get(k)) for k in _NODE_FIELDS})
    for u, v, k, d in g.edges(keys=True, data=True):
        attrs = {f: _flat(d.get(f)) for f in _EDGE_FIELDS}
        attrs["label"] = d.get("relation", "")
        flat.add_edge(u, v, key=k, **attrs)
    return flat


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    with atomic_open(path, "wb", encoding=None) as handle:
        nx.write_graphml(flatten(g), handle)
