"""nodes.csv and edges.csv for spreadsheets and pandas: one row per entity and per relation.

The columns are those of the GraphML and GEXF exports (lists joined with ``|``, see
:mod:`graph.export.flatten`), plus ``id`` and, for edges, ``source``, ``target`` and ``key``.
The two files are written together: both replace their namesakes only once both are complete.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from graph.export.generations import new_generation
from graph.export.flatten import flatten_graph

FILES = ("nodes.csv", "edges.csv")


def generate_csv(G: nx.MultiDiGraph) -> tuple[str, str]:
    """The text of nodes.csv and edges.csv (RFC 4180 quoting, a header row each)."""
    flat = flatten_graph(G)
    node_columns = [c.name for c in flat.node_columns]
    edge_columns = [c.name for c in flat.edge_columns]
    nodes = _table(["id", *node_columns],
                   ([n.id, *(n.values[c] for c in node_columns)] for n in flat.nodes))
    edges = _table(["source", "target", "key", *edge_columns],
                   ([e.source, e.target, e.kind, *(e.values[c] for c in edge_columns)] for e in flat.edges))
    return nodes, edges


def _table(header: list[str], rows: Iterator[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(G: nx.MultiDiGraph, out_dir: str | Path) -> list[Path]:
    """Write nodes.csv and edges.csv into ``out_dir`` (created if needed); returns their paths."""
    out = Path(out_dir)
    nodes, edges = generate_csv(G)
    with new_generation(out, FILES) as stage:  # both files replace the old ones together, or none
        (stage / FILES[0]).write_text(nodes, encoding="utf-8", newline="")
        (stage / FILES[1]).write_text(edges, encoding="utf-8", newline="")
    return [out / name for name in FILES]
