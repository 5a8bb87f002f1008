"""Hand-built graphs that follow docs/graph-contract.md, shared by the exporter tests."""

from __future__ import annotations

import functools
import random
from pathlib import Path

import networkx as nx

LONG = "long sentence " * 8000  # ~112 000 characters
CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")


def evidence(doc: str, published: str | None, sentence: str, confidence: float = 0.8) -> dict:
    """One evidence record shaped like the contract's."""
    return {
        "doc": doc, "sentence": sentence, "published": published, "subject": "s",
        "relation": "r", "object": "o", "subject_span": [0, 1], "relation_span": [2, 3],
        "object_span": [4, 5], "certainty": "asserted", "modality": None,
        "attributed_to": ["IANS"], "rule": "svo", "confidence": confidence,
    }


def contract_graph() -> nx.MultiDiGraph:
    """A small news graph with parallel edges, a self loop, an undated article and
    values that break naive writers: quotes, ampersands, non-Latin text, control
    characters, lone surrogates, empty lists, None and a very long string."""
    G = nx.MultiDiGraph(
        generator="kg-builder test",
        articles=[
            {"id": "a1", "title": 'T & "1"', "url": None, "published": "2025-06-01",
             "source": "x"},
            {"id": "a2", "title": "Т2", "url": "u", "published": "2025-06-05", "source": None},
            {"id": "a3", "title": None, "url": None, "published": None, "source": None},
        ],
    )
    G.add_node(
        "kim-jong-un", label='Kim "Jong" Un & <co>', type="PERSON",
        aliases=["Kim", "Kim Jong-un", "김정은"], mentions=7, docs=["a1", "a2"],
        first_seen="2025-06-01", last_seen="2025-06-05", score=0.5, flag=True,
        size=3, meta={"nested": 1},
    )
    G.add_node(
        "russia", label="Россия", type="GPE", aliases=[], mentions=3, docs=["a1", "a3"],
        first_seen="2025-06-01", last_seen=None, score=2,
    )
    G.add_node(
        "ctrl", label=f"bad{CONTROL}\ufffe\uffff\ud800name\ttab\nnew\rcr", type="CONCEPT",
        aliases=["a|b", f"x{CONTROL}"], mentions=1, docs=[], first_seen=None, last_seen=None,
    )
    G.add_node("macron", label="Emmanuel Macron", type="PERSON", aliases=None, mentions=2,
               docs=["a2"], first_seen="2025-06-05", last_seen="2025-06-05")

    def edge(u, v, relation, polarity, category, ev, **extra):
        G.add_edge(
            u, v, key=f"{relation}|{polarity}", relation=relation, category=category,
            polarity=polarity, certainty="asserted", weight=len(ev),
            confidence=max(e["confidence"] for e in ev),
            sources=sorted({e["doc"] for e in ev}), sentence=ev[0]["sentence"],
            first_seen=min((e["published"] for e in ev if e["published"]), default=None),
            last_seen=max((e["published"] for e in ev if e["published"]), default=None),
            evidence=ev, **extra,
        )

    edge("kim-jong-un", "russia", "supports", "positive", "cooperate",
         [evidence("a1", "2025-06-01", "Kim supports Russia."),
          evidence("a2", "2025-06-05", 'He said "we support" & more.', confidence=0.56)])
    edge("kim-jong-un", "russia", "supports", "negative", "cooperate",
         [evidence("a3", None, "Kim does not support Russia.")], note=None)
    edge("kim-jong-un", "russia", "sends troops to", "positive", "use_force",
         [evidence("a2", "2025-06-05", LONG)])
    edge("macron", "kim-jong-un", "criticizes", "positive", "criticize",
         [evidence("a2", "2025-06-05", f"Macron criticizes{CONTROL} Kim.")], note="n")
    edge("russia", "russia", "reforms", "positive", "other",
         [evidence("a1", "2025-06-01", "Россия reforms itself.")])
    edge("ctrl", "macron", "meets", "positive", "meet_visit",
         [evidence("a9", None, "Unknown article.")])
    return G


def bare_graph(labels: list[str], relations: list[str]) -> nx.MultiDiGraph:
    """A chain of nodes with arbitrary labels/aliases and edges with arbitrary relations."""
    G = nx.MultiDiGraph(articles=[{"id": "a", "published": "2025-01-02"}])
    for i, label in enumerate(labels):
        G.add_node(f"n{i}", label=label, type="PERSON", aliases=[label, label[::-1]],
                   mentions=i + 1, docs=["a"])
    for i, relation in enumerate(relations):
        u, v = f"n{i % len(labels)}", f"n{(i + 1) % len(labels)}"
        G.add_edge(u, v, key=f"{i}|positive", relation=relation, category="statement",
                   polarity="positive", certainty="hedged", confidence=0.6, weight=1, sources=["a"],
                   sentence=relation, evidence=[evidence("a", "2025-01-02", relation)])
    return G


def random_graph(ids: list[str], extras: list[dict], relations: list[str]) -> nx.MultiDiGraph:
    """Nodes with arbitrary ids and extra attributes, a ring of edges with arbitrary relations."""
    G = nx.MultiDiGraph()
    for node, attrs in zip(ids, extras + [{}] * len(ids), strict=False):
        G.add_node(node)
        G.nodes[node].update(attrs)
    for i, relation in enumerate(relations):
        u, v, key = ids[i % len(ids)], ids[(i + 1) % len(ids)], f"{relation}|{i}"
        G.add_edge(u, v, key=key)
        G.edges[u, v, key].update(extras[i % len(extras)] if extras else {}, relation=relation)
    return G


def _random_text(rng: random.Random, longest: int = 12) -> str:
    """Random code points from every plane, control characters included, no surrogates."""
    planes = [(0, 0x80), (0x80, 0x800), (0x3000, 0xA000), (0xE000, 0x10000), (0x10000, 0x110000)]
    out = []
    for _ in range(rng.randrange(longest)):
        code = rng.randrange(*rng.choice(planes))
        if not 0xD800 <= code <= 0xDFFF:
            out.append(chr(code))
    return "".join(out)


def _random_value(rng: random.Random):
    return rng.choice([
        None, True, False, rng.randrange(-(2**40), 2**40), rng.randrange(100), rng.random() * 1e6,
        float("nan"), float("inf"), _random_text(rng), [_random_text(rng), _random_text(rng)],
        [], {"a": 1}, [{"a": 1}],
    ])


def fuzz_graphs(seed: int, count: int) -> list[nx.MultiDiGraph]:
    """`count` reproducible random graphs: odd ids, attribute names, values and relations."""
    rng = random.Random(seed)
    graphs = []
    for _ in range(count):
        ids = [_random_text(rng) for _ in range(rng.randrange(1, 8))]
        extras = [{_random_text(rng, 6): _random_value(rng) for _ in range(rng.randrange(4))}
                  for _ in range(rng.randrange(1, 6))]
        relations = [_random_text(rng) for _ in range(rng.randrange(10))]
        graphs.append(random_graph(list(dict.fromkeys(ids)), extras, relations))
    return graphs


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@functools.cache
def sample_graph() -> nx.MultiDiGraph:
    """The graph `kg build seeds --min-confidence 0` builds, through the library (spaCy model
    needed): every fact kept, so exports and Neo4j are exercised on the fullest sample graph.

    Cached: extraction takes seconds; callers must not modify the graph.
    """
    from graph.pipeline import build, extract

    graph, _ = build(extract([SEEDS]), min_confidence=0.0)
    return graph


def small_graph() -> nx.MultiDiGraph:
    """Three entities, two articles (one undated), parallel edges: for golden files."""
    G = nx.MultiDiGraph(
        generator="kg-builder test",
        articles=[{"id": "a1", "title": "A & B", "url": None, "published": "2025-06-05",
                   "source": "IANS"},
                  {"id": "a2", "title": None, "url": None, "published": None, "source": None}],
    )
    G.add_node("kim-jong-un", label="Kim Jong-un", type="PERSON", aliases=["Kim", "Kim Jong-un"],
               mentions=3, docs=["a1", "a2"], first_seen="2025-06-05", last_seen="2025-06-05")
    G.add_node("russia", label="Russia", type="GPE", aliases=["Russia"], mentions=2,
               docs=["a1"], first_seen="2025-06-05", last_seen="2025-06-05")
    G.add_node("arms-transfer", label="arms transfer", type="CONCEPT", aliases=[], mentions=1,
               docs=["a2"], first_seen=None, last_seen=None)
    for u, v, relation, polarity, category, doc, published, sentence, confidence in [
        ("kim-jong-un", "russia", "supports", "positive", "cooperate", "a1", "2025-06-05",
         'Kim said: "we support Russia" & its army.', 0.72),
        ("kim-jong-un", "russia", "supports", "negative", "cooperate", "a2", None,
         "Kim does not support Russia.", 0.8),
        ("russia", "arms-transfer", "denies", "positive", "deny", "a2", None,
         "Russia denies the arms transfer.\x07", 0.68),
    ]:
        G.add_edge(u, v, key=f"{relation}|{polarity}", relation=relation, category=category,
                   polarity=polarity, certainty="asserted", confidence=confidence, weight=1,
                   sources=[doc], sentence=sentence, first_seen=published, last_seen=published,
                   evidence=[evidence(doc, published, sentence, confidence)])
    return G
