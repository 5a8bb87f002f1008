"""graph_stats: the figures behind `kg stats`, on hand-built graphs."""
from __future__ import annotations

import networkx as nx

from graph.stats import graph_stats


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(articles=[{"id": "a", "published": "2024-06-19"}, {"id": "b", "published": None},
                                  {"id": "c", "published": "2023-10-27"}])
    for node, label, kind, mentions in [("kim", "Kim Jong-un", "PERSON", 5), ("putin", "Vladimir Putin", "PERSON", 4),
                                        ("russia", "Russia", "GPE", 9), ("treaty", "treaty", "CONCEPT", 1)]:
        g.add_node(node, label=label, type=kind, mentions=mentions)
    g.add_edge("kim", "russia", relation="supports", category="cooperate", weight=3)
    g.add_edge("putin", "kim", relation="meets", category="meet_visit", weight=1)
    g.add_edge("putin", "treaty", relation="signs", category="sign_agree", weight=2)
    g.add_edge("kim", "putin", relation="supports", category="cooperate", weight=1)
    return g


def test_graph_stats_counts_types_and_facts():
    s = graph_stats(small_graph())
    assert s.nodes == 4 and s.edges == 4 and s.facts == 7
    assert s.nodes_by_type == [("PERSON", 2), ("CONCEPT", 1), ("GPE", 1)]


def test_graph_stats_top_entities_by_degree():
    s = graph_stats(small_graph(), top=2)
    assert [(e.label, e.degree) for e in s.top_entities] == [("Kim Jong-un", 3), ("Vladimir Putin", 3)]


def test_graph_stats_relations_and_categories_ranked():
    s = graph_stats(small_graph())
    assert s.relations[0] == ("supports", 2, 4)
    assert [c for c, _, _ in s.categories] == ["cooperate", "sign_agree", "meet_visit"]  # ties: more facts first


def test_graph_stats_date_range_ignores_undated_articles():
    s = graph_stats(small_graph())
    assert s.articles == 3 and s.dated_articles == 2 and s.date_range == ("2023-10-27", "2024-06-19")


def test_graph_stats_empty_graph():
    s = graph_stats(nx.MultiDiGraph())
    assert (s.nodes, s.facts, s.date_range, s.top_entities) == (0, 0, None, [])
