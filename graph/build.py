"""Entities + triples -> networkx MultiDiGraph (the contract in docs/graph-contract.md). Pure."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Iterable

import networkx as nx

from extract.pipeline import Article
from graph.resolve import Resolution, resolve

_CERTAINTY_STRENGTH = {"asserted": 0, "reported": 1, "hedged": 2}


def generator() -> str:
    try:
        return f"kg-builder {version('kg-builder')}"
    except PackageNotFoundError:
        return "kg-builder"


#: rules of facts between places: their subject is the place itself, never a capital that
#: stands for its country (graph.resolve's capital_actor)
PLACE_RULES = frozenset({"place"})


def resolve_articles(articles: Iterable[Article], **options) -> Resolution:
    """Run the resolver over every name occurrence of the articles (options: graph.resolve.resolve)."""
    mentions, actors, texts = [], [], {}
    for article in articles:
        texts[article.document.id] = article.text
        mentions.extend(article.mentions)
        for t in article.triples:
            mentions.extend((t.subject, t.object))
            if t.rule not in PLACE_RULES:  # "Tunis, the capital of Tunisia": a place, no actor
                actors.append(t.subject)
    return resolve(mentions, actors, texts=texts, **options)


def build_graph(articles: list[Article], resolution: Resolution | None = None) -> nx.MultiDiGraph:
    """One node per entity that takes part in a fact, one edge per (subject, relation, object, polarity).

    >>> build_graph([]).number_of_nodes()
    0
    """
    resolution = resolution or resolve_articles(articles)
    g = nx.MultiDiGraph()
    published = {a.document.id: a.document.published for a in articles}
    g.graph["articles"] = [
        {"id": a.document.id, "title": a.document.title, "url": a.document.url,
         "published": a.document.published, "source": a.document.source}
        for a in articles
    ]
    g.graph["generator"] = generator()
    for article in articles:
        for t in article.triples:
            s_id, o_id = resolution.entity_id(t.subject), resolution.entity_id(t.object)
            if s_id is None or o_id is None or s_id == o_id:
                continue
            for node in (s_id, o_id):
                if node not in g:
                    e = resolution.entities[node]
                    dates = sorted(d for d in (published.get(doc) for doc in e.docs) if d)
                    g.add_node(node, label=e.label, type=e.type, aliases=list(e.aliases),
                               mentions=e.mentions, docs=list(e.docs),
                               first_seen=dates[0] if dates else None,
                               last_seen=dates[-1] if dates else None)
            key = f"{t.relation}|{t.polarity}"
            evidence = {
                "doc": t.doc_id, "sentence": t.sentence, "published": t.published,
                "subject": t.subject.text, "relation": t.surface or t.relation, "object": t.object.text,
                "subject_span": [t.subject.start, t.subject.end], "relation_span": list(t.relation_span),
                "object_span": [t.object.start, t.object.end], "certainty": t.certainty,
                "modality": t.modality, "attributed_to": list(t.attributed_to), "rule": t.rule,
                "confidence": t.confidence,
            }
            if g.has_edge(s_id, o_id, key):
                data = g.edges[s_id, o_id, key]
                data["evidence"].append(evidence)
            else:
                g.add_edge(s_id, o_id, key=key, relation=t.relation, category=t.category,
                           polarity=t.polarity, evidence=[evidence])
    for _, _, data in g.edges(data=True):
        _summarise(data)
    return g


def _summarise(data: dict) -> None:
    """Derive weight, sources, dates, certainty, confidence and one sentence from the evidence list.

    An edge is as trustworthy as its best evidence: confidence is the maximum over it."""
    evidence = data["evidence"]
    evidence.sort(key=lambda e: (e["published"] or "", e["doc"], e["relation_span"][0]))
    data["weight"] = len(evidence)
    data["sources"] = sorted({e["doc"] for e in evidence})
    data["sentence"] = evidence[0]["sentence"]
    dates = sorted(e["published"] for e in evidence if e["published"])
    data["first_seen"] = dates[0] if dates else None
    data["last_seen"] = dates[-1] if dates else None
    data["certainty"] = min((e["certainty"] for e in evidence), key=_CERTAINTY_STRENGTH.get)
    data["confidence"] = max(e["confidence"] for e in evidence)
