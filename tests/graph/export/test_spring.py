"""graph.export.spring: the same layout as networkx's spring layout, to the last bit."""
import networkx as nx
import numpy as np
import pytest

from graph.export.spring import SPARSE_FROM, spring_layout


def _graph(nodes: int, edges: int, seed: int) -> nx.Graph:
    rng = np.random.RandomState(seed)
    g = nx.Graph()
    g.add_nodes_from(f"n{i}" for i in range(nodes))
    for _ in range(edges):
        u, v = rng.randint(nodes, size=2)
        g.add_edge(f"n{u}", f"n{v}")  # self-loops and repeated pairs included, as in a real graph
    return g


@pytest.mark.parametrize("nodes, edges, seed", [
    (1, 0, 7), (2, 1, 7), (3, 0, 7), (12, 20, 7), (60, 40, 3), (393, 304, 7),
    (SPARSE_FROM - 1, 600, 11),
])
def test_spring_layout_equals_networkx_exactly(nodes, edges, seed):
    g = _graph(nodes, edges, seed)
    ours, theirs = spring_layout(g, seed), nx.spring_layout(g, seed=seed)
    assert list(ours) == list(theirs)
    assert all(np.array_equal(ours[n], theirs[n]) for n in g)
