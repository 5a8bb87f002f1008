"""Golden files: the exact GraphML and GEXF of a small graph, so format changes show in review.

Regenerate after an intended change with KG_UPDATE_GOLDEN=1 and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.export.gexf import generate_gexf
from graph.export.graphml import generate_graphml
from tests.sample_graphs import small_graph

GOLDEN = Path(__file__).parent / "golden"
EXPORTS = {
    "small.graphml": lambda G: generate_graphml(G),
    "small.gexf": lambda G: generate_gexf(G, default_date="2025-06-30"),
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_golden_export_is_unchanged(name):
    text = "".join(EXPORTS[name](small_graph()))
    path = GOLDEN / name
    if os.environ.get("KG_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8", newline="\n")
    assert text == path.read_text(encoding="utf-8")
