"""GEXF 1.3 export with a timeline and Gephi-ready colours and sizes.

Columns and flattening are the GraphML exporter's (graph/export/flatten.py). On top:

- timeline: the graph is ``mode="dynamic"`` with ``timeformat="date"``; each node carries one
  spell (start = end) per publication date of the articles that mention it (``docs`` mapped
  through ``G.graph["articles"]``), each edge one per date of its evidence
  (``evidence[*].published``, else the date of ``evidence[*].doc``). A mention whose article
  has no date is placed on `default_date`; those articles are counted in the `GexfReport`;
- viz: node colour by entity type and size by mentions, edge colour by relation category
  (palette in graph/palette.py); edge ``kind`` is the contract key so Gephi keeps
  parallel edges apart.

>>> G = nx.MultiDiGraph(articles=[{"id": "a1", "published": "2025-06-05"}])
>>> G.add_node("kim", type="PERSON", mentions=3, docs=["a1", "a2"])
>>> timeline(G).report.undated_articles
('a2',)
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph import palette
from graph.export.atomic import atomic_open
from graph.export.flatten import (
    Column,
    FlatGraph,
    escape_attr,
    escape_text,
    flatten_graph,
    xml_text,
    xml_value,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_GEXF_TYPES = {"string": "string", "int": "integer", "long": "long", "double": "double",
               "boolean": "boolean"}
# Written as XML attributes of <node>/<edge>, not as attvalues.
_NODE_PROPERTIES = frozenset({"label"})
_EDGE_PROPERTIES = frozenset({"label", "weight"})

_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
)


@dataclass(frozen=True)
class GexfReport:
    """What the timeline is made of, for `kg build` to report."""

    default_date: str
    #: Ids of articles without a usable publication date (listed in ``G.graph["articles"]``
    #: or only referenced by a node or an edge).
    undated_articles: tuple[str, ...]
    #: Nodes and edges with at least one mention placed on `default_date`.
    undated_nodes: int
    undated_edges: int
    #: First and last date on the timeline, or None for an empty graph.
    time_bounds: tuple[str, str] | None


@dataclass(frozen=True)
class Timeline:
    """Sorted ISO dates per node and per edge (u, v, key), plus the report."""

    node_dates: Mapping[Hashable, tuple[str, ...]]
    edge_dates: Mapping[tuple[Hashable, Hashable, Hashable], tuple[str, ...]]
    report: GexfReport


def timeline(G: nx.MultiDiGraph, default_date: str | dt.date | None = None) -> Timeline:
    """Publication dates of every node and edge of `G`.

    `default_date` (ISO ``YYYY-MM-DD``) stands in for articles without a date; when None it
    is the latest publication date in the graph, or today if no article has a date, so
    undated mentions sit at the end of the story and the output stays reproducible.
    """
    article_dates = {
        str(a.get("id")): _iso(a.get("published")) for a in G.graph.get("articles") or ()
    }
    default = _default_date(default_date, article_dates.values())
    undated: set[str] = {doc for doc, date in article_dates.items() if date is None}

    def dates_of(docs: Iterable[tuple[str | None, Any]]) -> tuple[tuple[str, ...], bool]:
        found, fallback = set(), False
        for doc, published in docs:
            date = _iso(published) or article_dates.get(str(doc))
            if date is None:
                fallback = True
                if doc is not None:
                    undated.add(str(doc))
            else:
                found.add(date)
        if fallback or not found:
            found.add(default)
            fallback = True
        return tuple(sorted(found)), fallback

    node_dates, undated_nodes = {}, 0
    for n, docs in G.nodes(data="docs"):
        node_dates[n], fallback = dates_of((doc, None) for doc in docs or ())
        undated_nodes += fallback
    edge_dates, undated_edges = {}, 0
    for u, v, k, data in G.edges(keys=True, data=True):
        evidence = [e for e in data.get("evidence") or () if isinstance(e, Mapping)]
        docs = [(e.get("doc"), e.get("published")) for e in evidence] or [
            (doc, None) for doc in data.get("sources") or ()
        ]
        edge_dates[(u, v, k)], fallback = dates_of(docs)
        undated_edges += fallback

    every = [d for ds in (*node_dates.values(), *edge_dates.values()) for d in ds]
    bounds = (min(every), max(every)) if every else None
    report = GexfReport(default, tuple(sorted(undated)), undated_nodes, undated_edges, bounds)
    return Timeline(node_dates, edge_dates, report)


def generate_gexf(G: nx.MultiDiGraph, default_date: str | dt.date | None = None) -> Iterator[str]:
    """Yield the GEXF 1.3 document for `G`, one line at a time."""
    yield from _lines(G, flatten_graph(G), timeline(G, default_date))


def write_gexf(
    G: nx.MultiDiGraph, path: str | os.PathLike[str], default_date: str | dt.date | None = None,
    flat: FlatGraph | None = None,
) -> GexfReport:
    """Write `G` as GEXF 1.3 to `path` atomically; returns the timeline report. `flat` is
    `flatten_graph(G)` when the caller has it already (`kg build` flattens once for GraphML
    and GEXF)."""
    dates = timeline(G, default_date)
    with atomic_open(path) as out:
        out.writelines(_lines(G, flat or flatten_graph(G), dates))
    return dates.report


def _lines(G: nx.MultiDiGraph, flat: FlatGraph, dates: Timeline) -> Iterator[str]:
    report = dates.report
    modified = report.time_bounds[1] if report.time_bounds else report.default_date
    creator = escape_text(xml_text(str(G.graph.get("generator") or "kg-builder")))
    yield _HEADER
    yield (
        f'  <meta lastmodifieddate="{modified}"><creator>{creator}</creator>'
        "<description>Knowledge graph of news articles; timeline = publication dates"
        "</description></meta>\n"
    )
    yield '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">\n'
    node_columns = [c for c in flat.node_columns if c.name not in _NODE_PROPERTIES]
    edge_columns = [c for c in flat.edge_columns if c.name not in _EDGE_PROPERTIES]
    yield from _declare("node", node_columns)
    yield from _declare("edge", edge_columns)

    max_mentions = max((n.values["mentions"] for n in flat.nodes), default=0)
    yield "    <nodes>\n"
    for node in flat.nodes:
        r, g, b = palette.rgb(palette.node_color(G.nodes[node.node].get("type")))
        size = palette.node_size(node.values["mentions"], max_mentions)
        yield (
            f'      <node id="{escape_attr(node.id)}" label="{escape_attr(node.values["label"])}">'
            f"{_attvalues(node_columns, node.values)}{_spells(dates.node_dates[node.node])}"
            f'<viz:color r="{r}" g="{g}" b="{b}"/><viz:size value="{size}"/></node>\n'
        )
    yield "    </nodes>\n    <edges>\n"
    for edge in flat.edges:
        category = G.edges[edge.u, edge.v, edge.key].get("category")
        r, g, b = palette.rgb(palette.edge_color(category))
        yield (
            f'      <edge id="{escape_attr(edge.id)}" source="{escape_attr(edge.source)}"'
            f' target="{escape_attr(edge.target)}" label="{escape_attr(edge.values["label"])}"'
            f' kind="{escape_attr(edge.kind)}" weight="{xml_value(edge.values["weight"])}">'
            f"{_attvalues(edge_columns, edge.values)}"
            f"{_spells(dates.edge_dates[edge.u, edge.v, edge.key])}"
            f'<viz:color r="{r}" g="{g}" b="{b}"/></edge>\n'
        )
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _declare(scope: str, columns: list[Column]) -> Iterator[str]:
    yield f'    <attributes class="{scope}" mode="static">\n'
    for c in columns:
        yield (
            f'      <attribute id="{escape_attr(c.key)}" title="{escape_attr(c.name)}"'
            f' type="{_GEXF_TYPES[c.type]}"/>\n'
        )
    yield "    </attributes>\n"


def _attvalues(columns: list[Column], values: Mapping[str, Any]) -> str:
    cells = "".join(
        f'<attvalue for="{escape_attr(c.key)}" value="{escape_attr(xml_value(values[c.name]))}"/>'
        for c in columns
    )
    return f"<attvalues>{cells}</attvalues>"


def _spells(dates: tuple[str, ...]) -> str:
    return "<spells>" + "".join(f'<spell start="{d}" end="{d}"/>' for d in dates) + "</spells>"


def _iso(value: Any) -> str | None:
    """`YYYY-MM-DD` for a date, datetime or ISO string starting with a valid date."""
    if isinstance(value, dt.date):  # datetime included
        return dt.date(value.year, value.month, value.day).isoformat()
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _default_date(value: str | dt.date | None, known: Iterable[str | None]) -> str:
    if value is None:
        return max((d for d in known if d), default=dt.date.today().isoformat())
    date = _iso(value)
    if date is None:
        raise ValueError(f"default_date must be an ISO date YYYY-MM-DD, got {value!r}")
    return date
