"""The Python API: build a graph from articles, read a built export back, filter it, export it.

Everything returns a plain ``networkx.MultiDiGraph`` that follows docs/graph-contract.md: nodes
are entities (``label``, ``type``, ``aliases``, ``mentions``, ...), edges are facts (``relation``,
``category``, ``polarity``, ``certainty``, ``confidence``, ``weight``, ``evidence``, ...), and
``G.graph["articles"]`` lists the articles. The README's "Python API" section is run as a test.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from extract.confidence import DEFAULT_MIN_CONFIDENCE
from extract.errors import NoGraph, NothingToRead
from graph.filters import GraphFilter, exclusion_names, filter_graph

__all__ = ["build_from", "read_export", "filtered", "export", "GraphFilter", "filter_graph"]


def build_from(inputs: str | Path | Iterable[str | Path], *, model: str | None = None,
               min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> nx.MultiDiGraph:
    """The graph of the articles in ``inputs`` (files or folders, as for `kg build`), in memory.

    Unreadable inputs are skipped as in `kg build`; NothingToRead when no article could be read.
    """
    from graph.pipeline import build, extract

    paths = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    articles = extract(paths, model=model)
    if not articles:
        raise NothingToRead(f"no article could be read from {', '.join(map(str, paths))}")
    graph, _ = build(articles, min_confidence=min_confidence)
    return graph


def read_export(path: str | Path) -> nx.MultiDiGraph:
    """The graph of a `kg build` export folder (its graph.json) or of a graph.json file."""
    from graph.export.json import read_graph

    path = Path(path)
    file = path / "graph.json" if path.is_dir() else path
    if not file.is_file():
        raise NoGraph(f"no graph.json in {path} (run kg build -o {path} first)")
    return read_graph(file)


def filtered(G: nx.MultiDiGraph, *, exclude: Iterable[str] = (), no_concepts: bool = False,
             min_weight: int = 1, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """A filtered copy of ``G``: without the entities named in ``exclude`` (labels or aliases,
    any case), without CONCEPT nodes, without facts below ``min_weight`` mentions or
    ``min_confidence``; nodes left without any fact go too.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="A", type="ORG", aliases=["Alpha"])
    >>> G.add_node("b", label="B", type="GPE", aliases=[])
    >>> _ = G.add_edge("a", "b", weight=3, confidence=0.9)
    >>> filtered(G, exclude=["alpha"]).number_of_nodes()
    0
    """
    return filter_graph(G, GraphFilter(exclusion_names(exclude), no_concepts, min_weight, min_confidence))


def export(G: nx.MultiDiGraph, fmt: str, output: str | Path) -> list[Path]:
    """Write ``G`` as ``fmt`` (graphml, gexf, json, csv, cypher, neo4j-admin, html) to
    ``output`` (a file, or a folder for csv and neo4j-admin); returns the files written."""
    from graph.export.registry import export_graph

    return export_graph(G, fmt, output)
