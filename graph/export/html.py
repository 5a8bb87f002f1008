"""graph.html: one self-contained page to explore the graph offline.

The page is ``assets/view.html`` with its stylesheet, the graph data and the script inlined:
``assets/view.js`` bundles sigma.js, graphology and the ForceAtlas2 web worker (built at
development time from ``tools/view/`` with esbuild; Python needs no Node). It opens from
``file://`` and loads nothing from the network.

Same visual language as the GEXF export (graph/palette.py): node colour by entity type, size by
mentions, edge colour by the side of the relation category. The data is compact JSON
(`view_data`): column names once, then one row per node, edge and evidence sentence, with
nodes and articles referred to by their index. Every ``<`` in it is written ``\\u003c``, so no
name or sentence can close the ``<script>`` element that holds it.

>>> G = nx.MultiDiGraph(articles=[{"id": "a1", "title": "T", "url": None, "published": None}])
>>> G.add_node("kim", label="Kim </script>", type="PERSON", mentions=2)
>>> G.add_node("x", label="X", type="GPE", mentions=1)
>>> _ = G.add_edge("kim", "x", relation="visits", category="meet_visit", polarity="positive",
...            certainty="asserted", confidence=0.8, weight=1,
...            evidence=[{"doc": "a1", "sentence": "Kim visits X.", "confidence": 0.8}])
>>> data = view_data(G)
>>> data["nodes"]["rows"][0][:4], data["edges"]["rows"][0][:4]
(['kim', 'Kim </script>', 'PERSON', 2], [0, 1, 'visits', 'meet_visit'])
>>> "</" in script_json(data)
False
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Hashable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from extract.errors import ExportError, NoGraph
from graph import palette
from graph.export.atomic import write_atomic
from graph.export.spring import spring_layout

#: columns of the node, edge, evidence and article rows in the page's data
NODE_COLUMNS = ("id", "label", "type", "mentions", "x", "y", "size", "aliases", "first_seen",
                "last_seen")
EDGE_COLUMNS = ("source", "target", "relation", "category", "polarity", "certainty",
                "confidence", "weight", "first_seen", "last_seen", "evidence")
EVIDENCE_COLUMNS = ("article", "sentence", "published", "certainty", "confidence")
ARTICLE_COLUMNS = ("id", "title", "url", "published")
_TYPE = NODE_COLUMNS.index("type")
_CATEGORY = EDGE_COLUMNS.index("category")
_DATES = (EDGE_COLUMNS.index("first_seen"), EDGE_COLUMNS.index("last_seen"))
#: data format version, bumped when the columns change
FORMAT = 1
#: graphs up to this many nodes get a spring layout as their seed; larger ones a radial one
#: (networkx lays out 500 nodes and more with scipy, which kg-builder does not install)
SPRING_LAYOUT_MAX_NODES = 499
#: palette.node_size (GEXF units, 10 to 50) times this is the page's node size in pixels
VIEW_SIZE_SCALE = 0.3

_TEMPLATE_SLOT = re.compile(r"<!--kg:(\w+)-->")
_SCRIPT_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                  ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # not encodable in UTF-8


def _asset(name: str) -> str:
    return (resources.files("graph.export") / "assets" / name).read_text(encoding="utf-8")


def seed_positions(g: nx.MultiDiGraph, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Deterministic start positions for the page's ForceAtlas2.

    Small graphs get networkx's spring layout, so the first drawing is already readable.
    Large ones get a radial tree layout per connected component, in O(nodes + edges): the
    breadth-first tree from the component's hub, each subtree in its own slice of the circle
    and each level on its own ring, so linked entities start close together; components are
    packed in rows, largest first. The worker's ForceAtlas2 then refines it.

    >>> sorted(seed_positions(nx.MultiDiGraph([("a", "b")])))
    ['a', 'b']
    """
    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_nodes() <= SPRING_LAYOUT_MAX_NODES:
        simple = nx.Graph()
        simple.add_nodes_from(g)
        simple.add_edges_from(g.edges())  # without attributes: copying evidence is slow
        layout = spring_layout(simple, seed)  # nx.spring_layout's numbers, faster
        return {n: (round(float(x) * 100, 3), round(float(y) * 100, 3)) for n, (x, y) in layout.items()}
    neighbours: dict[Hashable, set] = {n: set() for n in g}
    for u, v in g.edges():
        if u != v:
            neighbours[u].add(v)
            neighbours[v].add(u)
    ordered = {n: sorted(ns, key=str) for n, ns in neighbours.items()}
    components = sorted(_components(ordered), key=lambda c: (-len(c), min(map(str, c))))
    layouts = [_radial(ordered, component) for component in components]
    width = math.sqrt(sum((2 * radius + 2) ** 2 for _, radius in layouts))
    positions: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for local, radius in layouts:
        size = 2 * radius + 2
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in local.items():
            positions[n] = (round((x + size / 2 + px) * 10, 3), round(-(y + size / 2 + py) * 10, 3))
        x += size
        row_height = max(row_height, size)
    return positions


def _components(neighbours: dict[Hashable, list]) -> Iterator[list]:
    """Connected components, each in breadth-first order."""
    seen: set = set()
    for start in neighbours:
        if start in seen:
            continue
        seen.add(start)
        component = [start]
        for node in component:
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    component.append(other)
        yield component


def _radial(neighbours: dict[Hashable, list], component: list,
            ) -> tuple[dict[Hashable, tuple[float, float]], float]:
    """A radial layout of the breadth-first tree of `component` from its hub, and its radius."""
    hub = max(component, key=lambda n: (len(neighbours[n]), str(n)))
    parent = {hub: None}
    order = [hub]
    for node in order:  # breadth first; `order` grows while it is walked
        for other in neighbours[node]:
            if other not in parent:
                parent[other] = node
                order.append(other)
    leaves = dict.fromkeys(order, 1)
    for node in reversed(order[1:]):
        leaves[parent[node]] += leaves[node]
    children: dict[Hashable, list] = {n: [] for n in order}
    for node in order[1:]:
        children[parent[node]].append(node)
    start, depth = {hub: 0.0}, {hub: 0}
    local = {hub: (0.0, 0.0)}
    for node in order:
        at = start[node]
        for child in children[node]:
            share = 2 * math.pi * leaves[child] / leaves[hub]
            start[child], depth[child] = at, depth[node] + 1
            angle = at + share / 2
            local[child] = (depth[child] * math.cos(angle), depth[child] * math.sin(angle))
            at += share
    return local, float(max(depth.values()))


def _http_url(url: Any) -> str | None:
    """Only web links become links in the page (no `javascript:`)."""
    return url if isinstance(url, str) and re.match(r"https?://", url, re.IGNORECASE) else None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def view_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The graph as the page reads it: columns and rows, colours, categories and dates."""
    articles = [a for a in g.graph.get("articles") or () if isinstance(a, Mapping)]
    article_index = {str(a.get("id")): i for i, a in enumerate(articles)}
    positions = seed_positions(g)
    index = {n: i for i, n in enumerate(g.nodes)}
    max_mentions = max((_count(d.get("mentions"), 0) for _, d in g.nodes(data=True)), default=0)
    nodes = []
    for n, d in g.nodes(data=True):
        mentions = _count(d.get("mentions"), 0)
        x, y = positions[n]
        nodes.append([str(n), str(d.get("label") or n), str(d.get("type") or "OTHER"), mentions,
                      x, y, round(palette.node_size(mentions, max_mentions) * VIEW_SIZE_SCALE, 2),
                      _strings(d.get("aliases")),
                      _text(d.get("first_seen")), _text(d.get("last_seen"))])
    edges = []
    for u, v, d in g.edges(data=True):
        evidence = _evidence_rows(d.get("evidence"), article_index)
        edges.append([index[u], index[v], str(d.get("relation") or ""),
                      str(d.get("category") or "other"), str(d.get("polarity") or "positive"),
                      str(d.get("certainty") or "asserted"), _confidence(d.get("confidence")) or 0.0,
                      _count(d.get("weight"), len(evidence) or 1),
                      _text(d.get("first_seen")), _text(d.get("last_seen")), evidence])
    categories = sorted({row[_CATEGORY] for row in edges})
    types = sorted({row[_TYPE] for row in nodes})
    dates = sorted({row[column] for row in edges for column in _DATES if row[column]})
    return {
        "format": FORMAT,
        "generator": _text(g.graph.get("generator")),
        "nodes": {"columns": list(NODE_COLUMNS), "rows": nodes},
        "edges": {"columns": list(EDGE_COLUMNS), "rows": edges},
        "evidence_columns": list(EVIDENCE_COLUMNS),
        "articles": {"columns": list(ARTICLE_COLUMNS),
                     "rows": [[str(a.get("id")), _text(a.get("title")), _http_url(a.get("url")),
                               _text(a.get("published"))] for a in articles]},
        "categories": categories,
        "date_range": [dates[0], dates[-1]] if dates else None,
        "palette": {
            "types": {t: palette.node_color(t) for t in types},
            "other_type": palette.OTHER_TYPE_COLOR,
            "categories": {c: palette.edge_color(c) for c in categories},
            "other_category": palette.SIDE_COLORS["neutral"],
        },
    }


def _evidence_rows(evidence: Any, article_index: dict[str, int]) -> list[list]:
    """One row per evidence mention; its article by index (None when not listed)."""
    if not isinstance(evidence, (list, tuple)):
        return []
    return [[article_index.get(str(e.get("doc"))), _text(e.get("sentence")),
             _text(e.get("published")), _text(e.get("certainty")), _confidence(e.get("confidence"))]
            for e in evidence if isinstance(e, dict)]


def _confidence(value: Any) -> float | None:
    """A finite number for the page, else None (JSON has no NaN)."""
    if type(value) is float:  # the common case, checked first: a graph has many
        return value if math.isfinite(value) else None
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _count(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, (list, tuple)) else []


def script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the JavaScript line
    separators are escaped, so no value can end the element or open a comment in it; a lone
    surrogate (not encodable in UTF-8) becomes U+FFFD."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for unsafe, escaped in _SCRIPT_UNSAFE:
        text = text.replace(unsafe, escaped)
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def _title(g: nx.MultiDiGraph) -> str:
    return (f"kg-builder: {g.number_of_nodes():,} entities, {g.number_of_edges():,} relations")


def generate_html(g: nx.MultiDiGraph) -> Iterator[str]:
    """The page, in pieces: the template with its slots filled."""
    slots = {
        "title": lambda: _escape_html(_title(g)),
        "generator": lambda: _escape_html(str(g.graph.get("generator") or "kg-builder")),
        "style": lambda: _asset("view.css"),
        "data": lambda: script_json(view_data(g)),
        "script": lambda: _asset("view.js"),
    }
    template = _asset("view.html")
    at = 0
    for match in _TEMPLATE_SLOT.finditer(template):
        yield template[at:match.start()]
        yield slots[match.group(1)]()
        at = match.end()
    yield template[at:]


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def write_html(g: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write the interactive view of `g` to `path` atomically; returns the path."""
    return write_atomic(path, generate_html(g))


def view_export(export_dir: str | Path, output: str | Path | None = None) -> Path:
    """Write the view of the graph in `export_dir` (a `kg build` output directory or its
    graph.json) to `output`, by default graph.html beside graph.json; returns its path.

    Raises NoGraph when there is no graph.json, ValueError when it is not one kg wrote,
    ExportError when the page cannot be written (an earlier page is then left as it was)."""
    from graph.export.json import read_graph

    export_dir = Path(export_dir)
    source = export_dir / "graph.json" if export_dir.is_dir() else export_dir
    if not source.is_file():
        raise NoGraph(f"no graph.json in {export_dir} (run kg build -o {export_dir} first)")
    try:
        g = read_graph(source)
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{source}: not a graph.json written by kg build ({exc})") from exc
    target = Path(output) if output is not None else source.with_name("graph.html")
    try:
        return write_html(g, target)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {(exc.strerror or str(exc)).lower()}") from exc

