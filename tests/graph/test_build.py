"""graph.build: edges aggregate facts; an edge's confidence is that of its best evidence."""
from __future__ import annotations

from dataclasses import replace

from graph.build import build_graph
from tests.graph.confidence_articles import SURE, UNSURE, article


def test_build_edge_confidence_is_maximum_over_evidence():
    a = article("a1", [("Kim Jong-un", "PERSON", "supports", "Russia", "GPE", UNSURE)])
    b = article("b1", [("Kim Jong-un", "PERSON", "supports", "Russia", "GPE", SURE)])
    low, high = a.triples[0].confidence, b.triples[0].confidence
    assert low < high
    g = build_graph([a, b])
    data = g.edges["kim-jong-un", "russia", "supports|positive"]
    assert data["weight"] == 2 and data["confidence"] == high
    assert sorted(e["confidence"] for e in data["evidence"]) == [low, high]


def test_build_edge_confidence_follows_facts_not_defaults():
    a = article("a1", [("Kim Jong-un", "PERSON", "supports", "Russia", "GPE", SURE)])
    a = replace(a, triples=tuple(replace(t, confidence=0.123) for t in a.triples))
    assert build_graph([a]).edges["kim-jong-un", "russia", "supports|positive"]["confidence"] == 0.123


def test_build_capital_in_a_place_fact_stays_a_place_and_as_an_actor_is_its_country():
    place = article("p1", [("Nairobi", "GPE", "capital of", "Kenya", "GPE", {"rule": "place"})])
    actor = article("a1", [("Nairobi", "GPE", "condemns", "Kenya", "GPE", SURE)])
    assert {"nairobi", "kenya"} <= set(build_graph([place]).nodes)
    assert "nairobi" not in build_graph([actor]).nodes
