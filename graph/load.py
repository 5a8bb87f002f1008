"""Get a graph for the exporters that take "a built graph or articles" (`kg push`, `kg export`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import networkx as nx

from extract.errors import InputError, NothingToRead


def built_graph_path(inputs: Sequence[Path]) -> Path | None:
    """The graph.json to read when ``inputs`` is one export directory or one .json file, else None."""
    if len(inputs) != 1:
        return None
    path = Path(inputs[0])
    if path.is_dir() and (path / "graph.json").is_file():
        return path / "graph.json"
    if path.is_file() and path.suffix == ".json":
        return path
    return None


def load_graph(inputs: Sequence[Path], model: str | None = None,
               progress: Callable[[object], None] | None = None) -> nx.MultiDiGraph:
    """Read a built graph (``kg build`` output) or build one from article inputs.

    Raises InputError when graph.json cannot be read, NothingToRead when no article can.
    """
    path = built_graph_path(inputs)
    if path is not None:
        from graph.export.json import read_graph

        try:
            return read_graph(path)
        except (OSError, ValueError, KeyError, TypeError, nx.NetworkXError) as exc:
            raise InputError(str(path), f"not a graph.json written by kg build ({exc})") from None
    from graph.pipeline import build, extract

    articles = extract(inputs, model=model, progress=progress)
    if not articles:
        raise NothingToRead("no article could be read from the inputs")
    graph, _ = build(articles)
    return graph
