"""networkx's spring layout of a small graph, the same numbers in about half the time.

`nx.spring_layout` of a graph under 500 nodes runs `_fruchterman_reingold`: 50 iterations, each
over every pair of nodes. Half of each iteration is `np.linalg.norm(delta, axis=-1)`, which
builds the (n, n, 2) array of squared coordinates before summing its last axis; here the
distance is `sqrt(dx * dx + dy * dy)` from two views of the same `delta`: the same products,
the same single addition and square root per pair, so the same floats. Every other step is
networkx's, in its order, with its operands (the forces' `einsum` included), so the layout is
equal to networkx's to the last bit (tests/graph/export/test_spring.py compares them). Graphs
the fast path does not cover (fewer than 2 or 500 nodes and more) go to networkx itself.
"""
from __future__ import annotations

from typing import Hashable

import networkx as nx
import numpy as np

#: networkx lays out graphs of this many nodes and more with its sparse method
SPARSE_FROM = 500


def spring_layout(g: nx.Graph, seed: int) -> dict[Hashable, np.ndarray]:
    """`nx.spring_layout(g, seed=seed)` (two dimensions, default k, scale and centre).

    >>> g = nx.path_graph(4)
    >>> all((spring_layout(g, 7)[n] == nx.spring_layout(g, seed=7)[n]).all() for n in g)
    True
    """
    if not 2 <= len(g) < SPARSE_FROM:
        return nx.spring_layout(g, seed=seed)
    adjacency = nx.to_numpy_array(g, weight="weight")
    pos = _fruchterman_reingold(adjacency, np.random.RandomState(seed))
    pos = nx.rescale_layout(pos, scale=1) + np.zeros(2)
    return dict(zip(g, pos))


def _fruchterman_reingold(A: np.ndarray, seed: np.random.RandomState, iterations: int = 50,
                          threshold: float = 1e-4, dim: int = 2) -> np.ndarray:
    """networkx's dense `_fruchterman_reingold` (3.x) without fixed nodes, initial positions
    or k, the distances computed from two views of `delta` (see the module's docstring)."""
    nnodes, _ = A.shape
    pos = np.asarray(seed.rand(nnodes, dim), dtype=A.dtype)
    k = np.sqrt(1.0 / nnodes)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, np.newaxis, :] - pos[np.newaxis, :, :]
        dx, dy = delta[..., 0], delta[..., 1]
        distance = np.sqrt(dx * dx + dy * dy)
        np.clip(distance, 0.01, None, out=distance)
        displacement = np.einsum("ijk,ij->ik", delta, (k * k / distance**2 - A * distance / k))
        length = np.linalg.norm(displacement, axis=-1)
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / nnodes) < threshold:
            break
    return pos
