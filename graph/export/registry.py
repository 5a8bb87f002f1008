"""Every export format `kg export --format` offers, in one table.

A `Writer` names the module and function that write the format; the module is imported only
when the format is used, so a format whose module (or optional dependency) is missing fails
on its own with a clear message and the others still work. Every writer is atomic: a failure
leaves the previous file (or set of files) in place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from extract.errors import ExportError


@dataclass(frozen=True)
class Writer:
    """One export format: ``target`` is "module:function", called as ``function(G, path)``.

    ``default`` is the file (or, with ``directory``, the folder) it writes inside the export
    folder when no output is given."""

    name: str
    target: str
    default: str
    directory: bool
    description: str

    def load(self) -> Callable[[nx.MultiDiGraph, Path], object]:
        """The writing function; ExportError when its module cannot be imported."""
        module, _, function = self.target.partition(":")
        try:
            return getattr(importlib.import_module(module), function)
        except ImportError as exc:
            raise ExportError(f"the {self.name} export is not available: {exc}") from None

    def write(self, G: nx.MultiDiGraph, path: str | Path) -> list[Path]:
        """Write ``G`` to ``path``; returns the files written."""
        written = self.load()(G, Path(path))
        if isinstance(written, (list, tuple)):
            return [Path(p) for p in written]
        return [Path(path)]


WRITERS: dict[str, Writer] = {w.name: w for w in (
    Writer("graphml", "graph.export.graphml:write_graphml", "graph.graphml", False,
           "GraphML for yEd, Cytoscape and networkx"),
    Writer("gexf", "graph.export.gexf:write_gexf", "graph.gexf", False,
           "GEXF for Gephi, with colours, sizes and a timeline"),
    Writer("json", "graph.export.json:write_json", "graph.json", False,
           "networkx node-link JSON with every evidence record"),
    Writer("csv", "graph.export.csv:write_csv", "csv", True,
           "nodes.csv and edges.csv for spreadsheets and pandas"),
    Writer("cypher", "graph.export.cypher:write_cypher", "graph.cypher", False,
           "a script for cypher-shell -f"),
    Writer("neo4j-admin", "graph.export.neo4j_admin:write_neo4j_admin", "neo4j-admin", True,
           "CSV files and the command for neo4j-admin database import"),
    Writer("html", "graph.export.html:write_html", "graph.html", False,
           "one self-contained page to explore the graph in a browser"),
)}


def writer(name: str) -> Writer:
    """The writer of a format; ExportError listing the formats for an unknown one.

    >>> writer("gexf").default
    'graph.gexf'
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise ExportError(f"unknown export format {name!r} (choose from {', '.join(WRITERS)})") from None


def export_graph(G: nx.MultiDiGraph, fmt: str, output: str | Path | None = None,
                 export_dir: str | Path = "exports") -> list[Path]:
    """Write ``G`` in format ``fmt`` to ``output`` (default: the format's name in ``export_dir``)."""
    chosen = writer(fmt)
    path = Path(output) if output is not None else Path(export_dir) / chosen.default
    try:
        return chosen.write(G, path)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {(exc.strerror or str(exc)).lower()} "
                          "(previous output left unchanged)") from None
    except ValueError as exc:  # a value the format cannot hold
        raise ExportError(f"cannot write {path}: {exc}") from None
