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
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from graph import palette
from graph.export.atomic import atomic_open

_SIDE_LABELS = {
    "cooperation": "cooperation: " + ", ".join(sorted(palette.COOPERATION)),
    "conflict": "conflict: " + ", ".join(sorted(palette.CONFLICT)),
    "neutral": "neutral: statement, other categories",
}


def select(G: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """The `max_nodes` most-mentioned entities of the largest connected part of `G`.

    Small fragments (two entities linked by one sentence) and concepts linked to a single
    entity are left out: they crowd the picture and shrink the story that matters.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> sorted(select(G, 2))
    ['a', 'b']
    """
    if G.number_of_edges() == 0:
        return nx.MultiDiGraph()
    main = max(nx.weakly_connected_components(G), key=lambda c: (len(c), sorted(map(str, c))))
    # A concept linked to a single entity says little in a picture; the exports keep it.
    keep = [n for n in main
            if G.nodes[n].get("type") != "CONCEPT" or len(set(nx.all_neighbors(G, n))) > 1]
    ranked = sorted(keep, key=lambda n: (-_mentions(G, n), -G.degree(n), str(n)))
    H = _induced(G, set(ranked[:max_nodes]))
    biggest = max(nx.weakly_connected_components(H), key=len, default=set())
    return _induced(H, biggest)


def _induced(G: nx.MultiDiGraph, keep: set) -> nx.MultiDiGraph:
    """Subgraph in `G`'s own node and edge order (a subgraph view follows set order, which
    changes from run to run, and so would the layout)."""
    H = nx.MultiDiGraph(**G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n in keep)
    H.add_edges_from(
        (u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if u in keep and v in keep
    )
    return H


def draw(
    G: nx.MultiDiGraph,
    ax: Axes,
    *,
    max_nodes: int = 60,
    labels: int = 40,
    edge_labels: int = 10,
    seed: int = 7,
    title: str | None = None,
) -> None:
    """Draw `G` on `ax`: layout, nodes, edges, the top `labels` node names, the names of the
    `edge_labels` relations with most evidence, and a legend below."""
    H = select(G, max_nodes)
    ax.set_axis_off()
    if title is None:
        title = _title(G, H)
    ax.set_title(title, fontsize=13, loc="left", pad=12)
    if H.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no relations to draw", ha="center", va="center",
                transform=ax.transAxes)
        return
    nodes = list(H)
    top = max(_mentions(H, n) for n in nodes) or 1
    sizes = {n: 120 + 1500 * _mentions(H, n) / top for n in nodes}
    pos = _layout(H, seed, sizes)

    _draw_edges(H, pos, ax, sizes, edge_labels)
    nx.draw_networkx_nodes(
        H, pos, nodelist=nodes, ax=ax, node_size=[sizes[n] for n in nodes],
        node_color=[palette.node_color(H.nodes[n].get("type")) for n in nodes],
        edgecolors="white", linewidths=1.2,
    )
    _legend(H, ax)
    ax.margins(0.08)
    ranked = sorted(nodes, key=lambda n: (-_mentions(H, n), str(n)))[:labels]
    _label_nodes(H, ax, pos, sizes, ranked)


def _label_nodes(H: nx.MultiDiGraph, ax: Axes, pos: dict, sizes: dict, ranked: list) -> None:
    """Label nodes in rank order, each above, below, right or left of its node, wherever it
    covers no earlier label and no other node; a label with no free place is left out
    (the five biggest nodes are always labelled)."""
    figure = ax.figure
    if not hasattr(figure.canvas, "get_renderer"):
        FigureCanvasAgg(figure)
    figure.draw_without_rendering()  # settle the layout so positions are final
    renderer = figure.canvas.get_renderer()
    to_pixels = ax.transData.transform
    scale = figure.dpi / 72
    radius = {n: math.sqrt(sizes[n]) / 2 * scale for n in sizes}
    discs = {n: (*to_pixels(pos[n]), radius[n]) for n in sizes}
    taken: list = []
    for rank, n in enumerate(ranked):
        gap = math.sqrt(sizes[n]) / 2 + 3
        for offset, ha, va in (((0, gap), "center", "bottom"), ((0, -gap), "center", "top"),
                               ((gap, 0), "left", "center"), ((-gap, 0), "right", "center")):
            text = ax.annotate(
                _short(str(H.nodes[n].get("label") or n)), pos[n], xytext=offset,
                textcoords="offset points", ha=ha, va=va, zorder=5, color="#222222",
                fontsize=10 if rank < 5 else 8.5, fontweight="bold" if rank < 5 else "normal",
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
            )
            box = text.get_window_extent(renderer).expanded(1.04, 1.1)
            clear = not any(box.overlaps(other) for other in taken) and not any(
                _covers(box, disc) for m, disc in discs.items() if m != n
            )
            if clear or (rank < 5 and offset == (0, gap)):
                taken.append(box)
                break
            text.remove()


def _covers(box, disc: tuple[float, float, float]) -> bool:
    x, y, r = disc
    nearest_x, nearest_y = min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1)
    return (x - nearest_x) ** 2 + (y - nearest_y) ** 2 < r**2


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
    with atomic_open(path, "wb", encoding=None) as handle:
        figure.savefig(handle, format="png", facecolor="white")
    return path


def _mentions(G: nx.MultiDiGraph, n: Hashable) -> int:
    value = G.nodes[n].get("mentions")
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _layout(H: nx.MultiDiGraph, seed: int, sizes: dict) -> dict:
    simple = nx.Graph()
    simple.add_nodes_from(H)
    simple.add_edges_from((u, v) for u, v in H.edges() if u != v)
    # ForceAtlas2, as in Gephi; node sizes (in layout units) keep big nodes apart.
    radius = {n: 0.02 * math.sqrt(sizes[n]) for n in simple}
    return nx.forceatlas2_layout(
        simple, max_iter=600, scaling_ratio=4.0, gravity=2.0, seed=seed, node_size=radius,
        distributed_action=True,
    )


def _draw_edges(H: nx.MultiDiGraph, pos: dict, ax: Axes, sizes: dict, labels: int) -> None:
    # Parallel edges of one pair bend by growing amounts so each stays visible.
    seen: Counter = Counter()
    by_bend: dict[float, list] = defaultdict(list)
    for u, v, _, data in sorted(H.edges(keys=True, data=True), key=lambda e: str(e[:3])):
        bend = 0.08 + 0.14 * seen[u, v]
        seen[u, v] += 1
        by_bend[round(bend, 2)].append((u, v, data))
    # The relations with the most evidence get their name written on them.
    heaviest = sorted(
        ((d.get("weight") or 1, bend, u, v, d) for bend, edges in by_bend.items()
         for u, v, d in edges if u != v),
        key=lambda e: (-e[0], str(e[2]), str(e[3])),
    )[:labels]
    for weight, bend, u, v, d in heaviest:
        if weight > 1:
            texts = nx.draw_networkx_edge_labels(
                H, pos, ax=ax, edge_labels={(u, v): _relation_text(d)},
                connectionstyle=f"arc3,rad={bend}", font_size=8, font_color="#333333", rotate=False,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8},
            )
            for text in texts.values():
                text.set_fontstyle("italic")
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
    ax.figure.legend(
        handles=handles, loc="outside lower center", ncols=min(len(handles), 4),
        frameon=False, fontsize=9, title_fontsize=9,
        title="node colour = entity type, node size = mentions, edge colour = relation category",
    )


def _title(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> str:
    articles = len(G.graph.get("articles") or ())
    source = f" from {articles} articles" if articles else ""
    shown = ""
    if H.number_of_nodes() < G.number_of_nodes():
        shown = f"; the {H.number_of_nodes()} most-mentioned of the main connected part"
    return (f"{G.number_of_nodes()} entities, {G.number_of_edges()} relations{source}"
            f"{shown}")


def _relation_text(data: dict) -> str:
    """The relation as drawn: negated facts say so ("not supports")."""
    text = _short(str(data.get("relation") or ""), 20)
    return f"not {text}" if data.get("polarity") == "negative" else text


def _short(text: str, limit: int = 28) -> str:
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def main(argv: Sequence[str] | None = None) -> None:
    """Render a GraphML export to PNG."""
    parser = argparse.ArgumentParser(prog="python -m graph.render", description=main.__doc__)
    parser.add_argument("graphml", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--max-nodes", type=int, default=60)
    parser.add_argument("--labels", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    G = nx.MultiDiGraph(nx.read_graphml(args.graphml, force_multigraph=True))
    render_png(G, args.png, max_nodes=args.max_nodes, labels=args.labels, seed=args.seed)


if __name__ == "__main__":
    main()
