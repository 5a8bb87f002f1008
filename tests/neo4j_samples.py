"""Hand-built graphs that follow docs/graph-contract.md, for exporter tests (no NLP involved)."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

ARTICLES = [
    {"id": "a1", "title": "Kim backs Moscow", "url": "https://example.org/a1", "published": "2024-06-19", "source": "seeds"},
    {"id": "a2", "title": "Talks in Pyongyang", "url": "https://example.org/a2", "published": "2024-06-20", "source": "seeds"},
    {"id": "a3", "title": "Washington reacts", "url": None, "published": "2024-07-02", "source": "seeds"},
]
_DATES = {a["id"]: a["published"] for a in ARTICLES}


def add_entity(G: nx.MultiDiGraph, node_id: str, label: str, type_: str, aliases=(), docs=()) -> None:
    """Add a node with every contract attribute."""
    dates = sorted(_DATES.get(d, "2024-01-01") for d in docs) or [None]
    G.add_node(
        node_id, label=label, type=type_, aliases=sorted({label, *aliases}), mentions=max(1, len(docs)),
        docs=sorted(docs), first_seen=dates[0], last_seen=dates[-1],
    )


def add_fact(G, subject, relation, obj, category, polarity="positive", docs=("a1",), certainty="asserted",
             attributed_to=(), confidence=0.8) -> None:
    """Add one edge with one evidence item per doc in ``docs``."""
    evidence = [
        {
            "doc": doc, "sentence": f"{G.nodes[subject]['label']} {relation} {G.nodes[obj]['label']} ({doc}).",
            "published": _DATES.get(doc), "subject": G.nodes[subject]["label"], "relation": relation,
            "object": G.nodes[obj]["label"], "subject_span": [0, 3], "relation_span": [4, 8],
            "object_span": [9, 12], "certainty": certainty, "modality": None,
            "attributed_to": list(attributed_to), "rule": "svo", "confidence": confidence,
        }
        for doc in docs
    ]
    dates = sorted(e["published"] for e in evidence if e["published"])
    G.add_edge(
        subject, obj, key=f"{relation}|{polarity}", relation=relation, category=category, polarity=polarity,
        certainty=certainty, confidence=confidence, weight=len(evidence), sources=sorted(set(docs)),
        sentence=evidence[0]["sentence"],
        first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None, evidence=evidence,
    )


def news_graph() -> nx.MultiDiGraph:
    """A small world: Kim Jong-un supports Russia, Putin visits Pyongyang, Washington objects.

    6 entities, 8 facts (one negated), 3 articles.
    """
    G = nx.MultiDiGraph(articles=[dict(a) for a in ARTICLES], generator="kg-builder test")
    add_entity(G, "kim-jong-un", "Kim Jong-un", "PERSON", ["Kim"], ["a1", "a2"])
    add_entity(G, "vladimir-putin", "Vladimir Putin", "PERSON", ["Putin"], ["a1", "a2"])
    add_entity(G, "russia", "Russia", "GPE", ["Moscow"], ["a1", "a2", "a3"])
    add_entity(G, "north-korea", "North Korea", "GPE", ["DPRK", "Pyongyang"], ["a2", "a3"])
    add_entity(G, "united-states", "United States", "GPE", ["Washington"], ["a3"])
    add_entity(G, "ukraine", "Ukraine", "GPE", [], ["a3"])
    add_fact(G, "kim-jong-un", "supports", "russia", "cooperate", docs=("a1", "a2"))
    add_fact(G, "vladimir-putin", "arrived in", "north-korea", "meet_visit", docs=("a2",))
    add_fact(G, "vladimir-putin", "praises", "kim-jong-un", "praise", docs=("a2",))
    add_fact(G, "russia", "signs pact with", "north-korea", "sign_agree", docs=("a2",))
    add_fact(G, "united-states", "condemns", "north-korea", "criticize", docs=("a3",))
    add_fact(G, "united-states", "accuses", "russia", "accuse", docs=("a3",), certainty="reported",
             attributed_to=["State Department"], confidence=0.72)
    add_fact(G, "kim-jong-un", "supports", "ukraine", "cooperate", polarity="negative", docs=("a3",))
    add_fact(G, "russia", "attacks", "ukraine", "use_force", docs=("a3",), certainty="hedged", confidence=0.6)
    return G


NASTY_NAMES = [
    "O'Brien \"the Hammer\"",
    "back`tick` }) MATCH (n) DETACH DELETE n //",
    "semi; colon; {brace} $param",
    "MATCH (n) DETACH DELETE n",
    "line\nbreak\r\ttab \\ backslash \\' \\u0041",
    "김정은",
    "Владимир Путин",
    "محمد بن سلمان",
    "emoji 🚀 and \u2028 separator \x00 nul",
]


def nasty_graph() -> nx.MultiDiGraph:
    """Entities whose names, aliases and relations try to break out of Cypher text."""
    G = nx.MultiDiGraph(articles=[{"id": "x'1", "title": "'; DROP", "url": None, "published": "2024-01-01", "source": None}])
    for i, name in enumerate(NASTY_NAMES):
        G.add_node(f"n{i}-{name}", label=name, type="PERSON" if i % 2 else "ORG", aliases=[name, name + "`"],
                   mentions=1, docs=["x'1"], first_seen="2024-01-01", last_seen="2024-01-01")
    nodes = list(G.nodes)
    relations = ["supports", "지지한다", "`]->() DETACH DELETE n //", "pays tribute to", "réfute", "mentions"]
    for i, relation in enumerate(relations):
        G.add_edge(nodes[i], nodes[i + 1], key=f"{relation}|positive", relation=relation, category="other",
                   polarity="positive", certainty="asserted", confidence=0.8, weight=1, sources=["x'1"],
                   sentence=NASTY_NAMES[i], first_seen="2024-01-01", last_seen="2024-01-01",
                   evidence=[{"doc": "x'1", "sentence": NASTY_NAMES[i], "attributed_to": []}])
    return G


DOC = Path(__file__).resolve().parents[1] / "docs" / "neo4j.md"


def doc_queries() -> dict[str, str]:
    """``#### Title`` -> the ```cypher block under it."""
    text = DOC.read_text(encoding="utf-8")
    return dict(re.findall(r"^#### (.+?)\n+```cypher\n(.*?)```", text, flags=re.S | re.M))


#: Over Neo4j's index key limit (about 8 KB: 8,200 one-byte characters already fail), in UTF-8 bytes too.
LONG_NAME = "Kim " + "김정은 " * 1000 + "x" * 9000
LONG_ARTICLE = "article-" + "é" * 9000


def long_graph() -> nx.MultiDiGraph:
    """The news graph plus an entity whose id and name are ~20 KB, cited by a ~18 KB article id."""
    G = news_graph()
    G.graph["articles"].append({"id": LONG_ARTICLE, "title": "Long", "url": None, "published": "2024-07-03",
                                "source": "seeds"})
    add_entity(G, LONG_NAME.lower(), LONG_NAME, "PERSON", [LONG_NAME + "!"], [LONG_ARTICLE])
    add_fact(G, LONG_NAME.lower(), "supports", "russia", "cooperate", docs=(LONG_ARTICLE,))
    add_fact(G, "russia", "meets with", LONG_NAME.lower(), "meet_visit", docs=("a1",))
    return G
