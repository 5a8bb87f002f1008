"""Draw the knowledge graph to a PNG with networkx and matplotlib (no display needed).

Same visual language as the GEXF export (graph/palette.py): node colour by entity type,
node area by mentions, edge colour by relation category (cooperation green, conflict red,
other grey), edge width by evidence. Only the most-mentioned connected entities are drawn so
the picture stays readable; the top ones are labelled.

Works on the in-memory graph and on a GraphML export read back with networkx, since it only
uses ``label``, ``type``, ``mentions``, ``category`` and ``weight``::

    python -m graph.render exports/graph.graphml docs/graph.png
"""

from __future__ import annotations

import argparse
import math
import os
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path

import networkx as nx
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from graph import palette

_SIDE_LABELS = {
    "cooperation": "cooperation: " + ", ".join(sorted(palette.COOPERATION)),
    "conflict": "conflict: " + ", ".join(sorted(palette.CONFLICT)),
    "neutral": "neutral: statement, other",
}


def select(G: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The subgraph of the `max_nodes` most-mentioned nodes, without isolated nodes.

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b"); G.add_node("c", mentions=9)
    0
    >>> sorted(select(G, 3))
    ['a', 'b']
    """
    ranked = sorted(G, key=lambda n: (-_mentions(G, n), -G.degree(n), str(n)))
    H = G.subgraph(ranked[:max_nodes]).copy()
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    return H


def draw(
    G: nx.MultiDiGraph,
    ax: Axes,
    *,
    max_nodes: int = 60,
    labels: int = 20,
    seed: int = 7,
    title: str | None = None,
) -> None:
    """Draw `G` on `ax`: layout, nodes, edges, labels and legend."""
    H = select(G, max_nodes)
    ax.set_axis_off()
    if title is None:
        title = _title(G, H)
    ax.set_title(title, fontsize=13, loc="left", pad=12)
    if H.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no relations to draw", ha="center", va="center",
                transform=ax.transAxes)
        return
    pos = _layout(H, seed)
    nodes = list(H)
    top = max(_mentions(H, n) for n in nodes) or 1
    sizes = {n: 120 + 1500 * _mentions(H, n) / top for n in nodes}

    _draw_edges(H, pos, ax, sizes)
    nx.draw_networkx_nodes(
        H, pos, nodelist=nodes, ax=ax, node_size=[sizes[n] for n in nodes],
        node_color=[palette.node_color(H.nodes[n].get("type")) for n in nodes],
        edgecolors="white", linewidths=1.2,
    )
    ranked = sorted(nodes, key=lambda n: (-_mentions(H, n), str(n)))[:labels]
    for rank, n in enumerate(ranked):
        x, y = pos[n]
        ax.annotate(
            _short(str(H.nodes[n].get("label") or n)), (x, y),
            xytext=(0, 7 + math.sqrt(sizes[n]) / 2), textcoords="offset points",
            ha="center", va="bottom", fontsize=10 if rank < 5 else 8.5,
            fontweight="bold" if rank < 5 else "normal", zorder=5,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
        )
    _legend(H, ax)
    ax.margins(0.08)


def render_png(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    size: tuple[float, float] = (14, 10),
    dpi: int = 110,
    **options,
) -> Path:
    """Draw `G` (see `draw` for `options`) and save it as a PNG at `path`."""
    figure = Figure(figsize=size, dpi=dpi, layout="constrained")
    draw(G, figure.add_subplot(), **options)
    path = Path(path)
    figure.savefig(path, format="png", facecolor="white")
    return path


def _mentions(G: nx.MultiDiGraph, n: Hashable) -> int:
    value = G.nodes[n].get("mentions")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _layout(H: nx.MultiDiGraph, seed: int) -> dict:
    simple = nx.Graph()
    simple.add_nodes_from(H)
    for u, v, w in H.edges(data="weight", default=1):
        if u != v:
            weight = simple.get_edge_data(u, v, {}).get("weight", 0) + (w or 1)
            simple.add_edge(u, v, weight=weight)
    k = 2.2 / math.sqrt(max(len(simple), 1))
    return nx.spring_layout(simple, k=k, iterations=300, seed=seed, method="force",
                            weight=None)


def _draw_edges(H: nx.MultiDiGraph, pos: dict, ax: Axes, sizes: dict) -> None:
    # Parallel edges of one pair bend by growing amounts so each stays visible.
    seen: Counter = Counter()
    by_bend: dict[float, list] = defaultdict(list)
    for u, v, k, data in sorted(H.edges(keys=True, data=True), key=lambda e: str(e[:3])):
        bend = 0.08 + 0.14 * seen[u, v]
        seen[u, v] += 1
        by_bend[round(bend, 2)].append((u, v, data))
    for bend, edges in sorted(by_bend.items()):
        nx.draw_networkx_edges(
            H, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges],
            edge_color=[palette.edge_color(d.get("category")) for *_, d in edges],
            width=[0.9 + 0.9 * math.log2(max(d.get("weight") or 1, 1)) for *_, d in edges],
            alpha=0.8, arrows=True, arrowstyle="-|>", arrowsize=11,
            connectionstyle=f"arc3,rad={bend}", node_size=[sizes[n] for n in H],
            nodelist=list(H),
        )


def _legend(H: nx.MultiDiGraph, ax: Axes) -> None:
    types = Counter(H.nodes[n].get("type") or "other" for n in H)
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=9, markeredgecolor="white",
               markerfacecolor=palette.node_color(t), label=f"{t} ({count})")
        for t, count in types.most_common()
    ]
    sides = Counter(palette.side(c) for *_, c in H.edges(data="category"))
    handles += [
        Line2D([], [], color=palette.SIDE_COLORS[s], linewidth=2.5, label=_SIDE_LABELS[s])
        for s in ("cooperation", "conflict", "neutral") if sides[s]
    ]
    legend = ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
        fontsize=9, title="node colour = type, size = mentions\nedge colour = category",
        title_fontsize=9, alignment="left",
    )
    legend.get_title().set_multialignment("left")


def _title(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> str:
    articles = len(G.graph.get("articles") or ())
    source = f" from {articles} articles" if articles else ""
    shown = ""
    if H.number_of_nodes() < G.number_of_nodes():
        shown = f" (showing the {H.number_of_nodes()} most-mentioned connected ones)"
    return (f"{G.number_of_nodes()} entities, {G.number_of_edges()} relations{source}"
            f"{shown}")


def _short(text: str, limit: int = 28) -> str:
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main(argv: Sequence[str] | None = None) -> None:
    """Render a GraphML export to PNG."""
    parser = argparse.ArgumentParser(prog="python -m graph.render", description=main.__doc__)
    parser.add_argument("graphml", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--max-nodes", type=int, default=60)
    parser.add_argument("--labels", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    G = nx.MultiDiGraph(nx.read_graphml(args.graphml, force_multigraph=True))
    render_png(G, args.png, max_nodes=args.max_nodes, labels=args.labels, seed=args.seed)


if __name__ == "__main__":
    main()
