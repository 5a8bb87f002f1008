"""The graph for the exporters that take "a built graph or articles" (`kg push`, `kg export`,
`kg query`); the `kg export` writers are in graph/export/registry.py.

Articles are built by the one build path of `kg build` (`graph.pipeline.build_graph_of`): the same
options, the same problem reports, the same graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import networkx as nx

from extract.confidence import DEFAULT_MIN_CONFIDENCE
from extract.errors import InputError
from extract.sources import Problem


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
               progress: Callable[[object], None] | None = None, *, options=None,
               on_problem: Callable[[Problem], None] | None = None,
               resolution_options: dict | None = None,
               min_confidence: float = DEFAULT_MIN_CONFIDENCE,
               exclude: Iterable[str | Path] = ()) -> nx.MultiDiGraph:
    """Read a built graph (``kg build`` output) or build one from article inputs as ``kg build``
    does (`options` are its ReadOptions; the other arguments as in build_graph_of).

    Raises InputError when graph.json cannot be read, NothingToRead when no article can.
    """
    path = built_graph_path(inputs)
    if path is not None:
        from graph.export.json import read_graph

        try:
            return read_graph(path)
        except (OSError, ValueError, KeyError, TypeError, nx.NetworkXError) as exc:
            raise InputError(str(path), f"not a graph.json written by kg build ({exc})") from None
    from graph.pipeline import ReadOptions, build_graph_of

    return build_graph_of(inputs, model=model, progress=progress, options=options or ReadOptions(),
                          on_problem=on_problem, resolution_options=resolution_options,
                          min_confidence=min_confidence, exclude=exclude).graph
