"""graph.filters: names, concepts and weak facts left out of a graph, purely."""
from __future__ import annotations

import networkx as nx
import pytest

from extract.errors import FilterError
from graph.filters import GraphFilter, exclusion_names, filter_graph, read_names
from tests.neo4j_samples import add_entity, add_fact, news_graph


def graph_with_publisher_and_concept() -> nx.MultiDiGraph:
    G = news_graph()
    add_entity(G, "ians", "IANS", "ORG", ["Indo-Asian News Service"], ["a1"])
    add_entity(G, "arms-transfer", "arms transfer", "CONCEPT", [], ["a3"])
    add_entity(G, "lonely", "Lonely Island", "GPE", [], ["a1"])  # no edge at all
    add_fact(G, "ians", "reports", "kim-jong-un", "statement")
    add_fact(G, "united-states", "condemns", "arms-transfer", "criticize", docs=("a3",))
    return G


def test_filter_graph_keeps_everything_by_default():
    G = graph_with_publisher_and_concept()
    H = filter_graph(G, GraphFilter())
    assert nx.utils.graphs_equal(G, H) and H is not G


@pytest.mark.parametrize("name", ["IANS", "ians", "  indo-asian   NEWS service "])
def test_filter_graph_excludes_by_label_or_alias_ignoring_case(name):
    G = graph_with_publisher_and_concept()
    H = filter_graph(G, GraphFilter(exclude=frozenset({name})))
    assert "ians" not in H and "ians" in G
    assert H.number_of_edges() == G.number_of_edges() - 1
    assert H.graph["articles"] == G.graph["articles"]


def test_filter_graph_matches_aliases_joined_as_text():
    G = nx.MultiDiGraph()
    G.add_node("a", label="A", aliases="Alpha|Aleph")
    G.add_node("b", label="B", aliases="")
    G.add_edge("a", "b", weight=1)
    assert sorted(filter_graph(G, GraphFilter(exclude=frozenset({"aleph"}))).nodes) == []


def test_filter_graph_no_concepts():
    G = graph_with_publisher_and_concept()
    H = filter_graph(G, GraphFilter(no_concepts=True))
    assert not any(d["type"] == "CONCEPT" for _, d in H.nodes(data=True))
    assert "united-states" in H  # still has its other facts


def test_filter_graph_min_weight_drops_edges_and_orphaned_nodes():
    G = graph_with_publisher_and_concept()
    H = filter_graph(G, GraphFilter(min_weight=2))
    assert all(d["weight"] >= 2 for *_, d in H.edges(data=True))
    assert sorted(H.nodes) == ["kim-jong-un", "lonely", "russia"]  # 'lonely' never had an edge


def test_filter_graph_min_confidence():
    G = graph_with_publisher_and_concept()
    H = filter_graph(G, GraphFilter(min_confidence=0.7))
    kept = {d["confidence"] for *_, d in H.edges(data=True)}
    assert kept and min(kept) >= 0.7
    assert H.number_of_edges() == sum(1 for *_, d in G.edges(data=True) if d["confidence"] >= 0.7)


def test_filter_graph_leaves_input_untouched():
    G = graph_with_publisher_and_concept()
    before = (sorted(G.nodes), G.number_of_edges())
    filter_graph(G, GraphFilter(exclude=frozenset({"Russia"}), no_concepts=True, min_weight=2))
    assert (sorted(G.nodes), G.number_of_edges()) == before


@pytest.mark.parametrize("kwargs, text", [({"min_weight": 0}, "--min-weight"),
                                          ({"min_confidence": 1.5}, "--min-confidence")])
def test_graph_filter_rejects_bad_values(kwargs, text):
    with pytest.raises(FilterError, match=text):
        GraphFilter(**kwargs)


def test_exclusion_names_from_file_and_at_file(tmp_path):
    names = tmp_path / "publishers.txt"
    names.write_text("# publishers\nIANS\n\n  Reuters  \n", encoding="utf-8")
    assert exclusion_names(["AFP", f"@{names}"]) == {"afp", "ians", "reuters"}
    assert exclusion_names([], [names]) == {"ians", "reuters"}


def test_read_names_missing_file_names_it(tmp_path):
    with pytest.raises(FilterError, match="nope.txt: no such file"):
        read_names(tmp_path / "nope.txt")


def test_read_names_binary_file_names_it(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(FilterError, match="bad.txt: not UTF-8"):
        read_names(path)
