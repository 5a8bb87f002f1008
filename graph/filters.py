"""Leave parts of a built graph out: named entities (the publisher), concepts, weak facts.

`filter_graph` is pure: it returns a new graph and never touches its input. `kg build` applies it
before writing the exports, `kg export` to a graph it read back, the Python API to any graph.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from extract.errors import FilterError

CONCEPT = "CONCEPT"


@dataclass(frozen=True)
class GraphFilter:
    """What to leave out. The defaults keep everything.

    ``exclude``: names never to become nodes, matched case-insensitively on a node's label and
    aliases; ``no_concepts``: leave out CONCEPT nodes; ``min_weight``: leave out edges with fewer
    supporting mentions; ``min_confidence``: leave out edges whose confidence is below it.
    """

    exclude: frozenset[str] = frozenset()
    no_concepts: bool = False
    min_weight: int = 1
    min_confidence: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "exclude", frozenset(_key(n) for n in self.exclude if _key(n)))
        if self.min_weight < 1:
            raise FilterError(f"--min-weight must be at least 1, got {self.min_weight}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise FilterError(f"--min-confidence must be between 0 and 1, got {self.min_confidence:g}")

    @property
    def keeps_everything(self) -> bool:
        return self == GraphFilter()


def _key(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def read_names(path: str | Path) -> list[str]:
    """Names from a file, one per line; blank lines and lines starting with # are skipped."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FilterError(f"{path}: no such file (the --exclude file)") from None
    except UnicodeDecodeError as exc:
        raise FilterError(f"{path}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset {exc.start})") from None
    except OSError as exc:
        raise FilterError(f"{path}: {(exc.strerror or str(exc)).lower()}") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def exclusion_names(values: Iterable[str], files: Iterable[str | Path] = ()) -> frozenset[str]:
    """The names of ``--exclude`` values (``@FILE`` reads a file) and ``--exclude-file`` files.

    >>> sorted(exclusion_names(["IANS", "  the  Guardian "]))
    ['ians', 'the guardian']
    """
    names: list[str] = []
    for value in values:
        names.extend(read_names(value[1:]) if value.startswith("@") else [value])
    for path in files:
        names.extend(read_names(path))
    return frozenset(_key(n) for n in names if _key(n))


def _names(data: Mapping) -> set[str]:
    aliases = data.get("aliases") or []
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    return {_key(n) for n in [data.get("label") or "", *aliases] if n}


def excluded_nodes(G: nx.MultiDiGraph, graph_filter: GraphFilter) -> set[Hashable]:
    """Nodes the filter leaves out by name or type."""
    return {n for n, data in G.nodes(data=True)
            if (graph_filter.no_concepts and data.get("type") == CONCEPT)
            or (graph_filter.exclude and _names(data) & graph_filter.exclude)}


def filter_graph(G: nx.MultiDiGraph, graph_filter: GraphFilter) -> nx.MultiDiGraph:
    """A copy of ``G`` without the left-out nodes and edges.

    A node that loses every edge to the filter goes too (it was only there for those facts);
    a node that had no edge to begin with stays. Graph attributes (articles) are kept.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("kim", label="Kim Jong-un", type="PERSON", aliases=["Kim"])
    >>> G.add_node("ians", label="IANS", type="ORG", aliases=[])
    >>> G.add_node("russia", label="Russia", type="GPE", aliases=[])
    >>> _ = G.add_edge("kim", "russia", weight=2, confidence=0.8)
    >>> _ = G.add_edge("ians", "kim", weight=1, confidence=0.9)
    >>> sorted(filter_graph(G, GraphFilter(exclude=frozenset({"ians"}))).nodes)
    ['kim', 'russia']
    >>> filter_graph(G, GraphFilter(min_weight=3)).number_of_nodes()
    0
    """
    if graph_filter.keeps_everything:
        return G.copy()
    dropped = excluded_nodes(G, graph_filter)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True) if n not in dropped)
    H.add_edges_from(
        (u, v, k, dict(d)) for u, v, k, d in G.edges(keys=True, data=True)
        if u not in dropped and v not in dropped
        and (d.get("weight") or 1) >= graph_filter.min_weight
        and (d.get("confidence") or 0.0) >= graph_filter.min_confidence)
    H.remove_nodes_from([n for n in list(H.nodes) if H.degree(n) == 0 and G.degree(n) > 0])
    return H
