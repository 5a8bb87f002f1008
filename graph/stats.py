"""Summary figures of a built graph, for `kg stats`. Pure: a graph in, a GraphStats out.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(articles=[{"id": "a", "published": "2024-06-19"}])
>>> g.add_node("kim", label="Kim Jong-un", type="PERSON", mentions=3)
>>> g.add_node("russia", label="Russia", type="GPE", mentions=2)
>>> _ = g.add_edge("kim", "russia", relation="supports", category="cooperate", weight=2)
>>> s = graph_stats(g)
>>> s.nodes_by_type, s.relations, s.facts, s.date_range
([('GPE', 1), ('PERSON', 1)], [('supports', 1, 2)], 2, ('2024-06-19', '2024-06-19'))
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

import networkx as nx


@dataclass(frozen=True)
class EntityDegree:
    label: str
    type: str
    degree: int
    mentions: int


@dataclass(frozen=True)
class GraphStats:
    """Counts of a graph; lists are (name, count) pairs, largest first."""

    nodes: int
    edges: int
    facts: int  # sum of edge weights: every supporting mention
    articles: int
    dated_articles: int
    date_range: tuple[str, str] | None
    nodes_by_type: list[tuple[str, int]]
    top_entities: list[EntityDegree]
    relations: list[tuple[str, int, int]]  # (relation, edges, facts)
    categories: list[tuple[str, int, int]]  # (category, edges, facts)

    def as_dict(self) -> dict:
        return asdict(self)


def graph_stats(g: nx.MultiDiGraph, top: int = 10) -> GraphStats:
    """Counts by type, the `top` entities by degree, relations and categories, article dates."""
    types = Counter(d.get("type") or "?" for _, d in g.nodes(data=True))
    degree = sorted(
        (EntityDegree(d.get("label") or str(n), d.get("type") or "?", g.degree(n), int(d.get("mentions") or 0))
         for n, d in g.nodes(data=True)),
        key=lambda e: (-e.degree, -e.mentions, e.label))
    relations: dict[str, list[int]] = {}
    categories: dict[str, list[int]] = {}
    facts = 0
    for _, _, d in g.edges(data=True):
        weight = int(d.get("weight") or 1)
        facts += weight
        for table, key in ((relations, d.get("relation") or "?"), (categories, d.get("category") or "?")):
            counts = table.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += weight
    articles = g.graph.get("articles") or []
    dates = sorted(a["published"] for a in articles if isinstance(a, dict) and a.get("published"))
    return GraphStats(
        nodes=g.number_of_nodes(), edges=g.number_of_edges(), facts=facts, articles=len(articles),
        dated_articles=len(dates), date_range=(dates[0], dates[-1]) if dates else None,
        nodes_by_type=_ranked(types.items()),
        top_entities=degree[:top],
        relations=_ranked3(relations)[:top],
        categories=_ranked3(categories),
    )


def _ranked(pairs) -> list[tuple[str, int]]:
    return sorted(pairs, key=lambda kv: (-kv[1], kv[0]))


def _ranked3(table: dict[str, list[int]]) -> list[tuple[str, int, int]]:
    return sorted(((k, e, f) for k, (e, f) in table.items()), key=lambda r: (-r[1], -r[2], r[0]))
