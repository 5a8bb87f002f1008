"""Property tests of `--into` builds over generated articles: no model, real state files.

Ids are a function of the state and the new articles: adding articles the build holds already
changes nothing (ids included), a rebuild from the state gives every id back, and an id once
given names the entity it was given to; A then B and A+B at once agree on nodes and edges.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.confidence import scored
from extract.pipeline import Article
from extract.sources import text_key
from extract.types import Document, Mention, Triple
from graph import incremental
from graph.export.json import read_graph
from graph.pipeline import BuildReport, resolve_and_export

PROPERTY = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: names that share short forms, initials and keys, so resolution has choices to make
NAMES = [("Vladimir Putin", "PERSON"), ("Putin", "PERSON"), ("Kim Jong-un", "PERSON"),
         ("Kim Jong Un", "PERSON"), ("Kim", "PERSON"), ("Kim Yo-jong", "PERSON"),
         ("Sergei Shoigu", "PERSON"), ("Shoigu", "PERSON"), ("North Korea", "GPE"),
         ("DPRK", "GPE"), ("Pyongyang", "GPE"), ("Russia", "GPE"), ("Moscow", "GPE"),
         ("United Nations", "ORG"), ("UN", "ORG"), ("Labour", "ORG"), ("Labour Party", "ORG"),
         ("arms transfer", "CONCEPT"), ("campaign", "CONCEPT"), ("John Smith", "PERSON"),
         ("Smith", "PERSON"), ("Jane Smith", "PERSON"), ("President Putin", "ORG"),
         ("Mr Smith", "ORG")]  # an organisation whose label, read as a name, is a person's key
RELATIONS = ["visits", "praises", "supports", "condemns", "meets"]

fact = st.tuples(st.sampled_from(NAMES), st.sampled_from(RELATIONS), st.sampled_from(NAMES))
articles_facts = st.lists(st.lists(fact, min_size=1, max_size=4), min_size=1, max_size=6)


def _article(doc_id: str, facts) -> Article:
    """An article of one sentence per fact, with offsets into its text."""
    text, mentions, triples = "", [], []
    for (s, st_), rel, (o, ot) in facts:
        start = len(text)
        sentence = f"{s} {rel} {o}."
        text += sentence + " "
        subj = Mention(doc_id, s, st_, start, start + len(s), start)
        obj_start = start + len(s) + len(rel) + 2
        obj = Mention(doc_id, o, ot, obj_start, obj_start + len(o), start)
        mentions += [subj, obj]
        triples.append(scored(Triple(doc_id, subj, rel, obj, sentence, (start + len(s) + 1, obj_start - 1),
                                     surface=rel, published="2024-06-19")))  # as extraction scores them
    return Article(Document(doc_id, text, title=doc_id), text, tuple(mentions), tuple(triples))


def _articles(prefix: str, facts) -> list[Article]:
    return [_article(f"{prefix}{i}", f) for i, f in enumerate(facts)]


def _into(out: Path, new: list[Article]) -> None:
    """One `--into` step over `new` as build_exports runs it: an article whose text the build
    holds, or an earlier new article has, is left out (extract.sources.unique_documents)."""
    state = incremental.read_state(out)
    known = state.known_texts()
    fresh = []
    for a in new:
        if text_key(a.document.text) not in known:
            known[text_key(a.document.text)] = a.document.id
            fresh.append(a)
    resolve_and_export(state, fresh, out, BuildReport(), on_stage=None, resolution_options=None,
                       min_confidence=0.0)


def _files(out: Path) -> dict[str, str]:
    return {name: (out / name).read_text(encoding="utf-8")
            for name in ("graph.json", "entities.jsonl", "triples.jsonl", "merges.jsonl")}


def _content(out: Path):
    """Nodes and edges by label, so builds whose ids differ can be compared."""
    g = read_graph(out / "graph.json")
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    nodes = sorted((d["label"], d["type"], tuple(d["aliases"]), d["mentions"], tuple(d["docs"]))
                   for _, d in g.nodes(data=True))
    edges = sorted((label[u], label[v], k, d["weight"], tuple(d["sources"]))
                   for u, v, k, d in g.edges(keys=True, data=True))
    return nodes, edges


@PROPERTY
@given(articles_facts, articles_facts)
def test_incremental_adding_the_same_articles_again_changes_nothing(a, b):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _into(out, _articles("a", a))
        _into(out, _articles("b", b))
        first = _files(out)
        _into(out, _articles("b", b))  # the same step again
        assert _files(out) == first
        _into(out, _articles("again-b", b))  # the same texts under other ids (another folder)
        assert _files(out) == first


@PROPERTY
@given(articles_facts, articles_facts)
def test_incremental_rebuild_from_the_state_gives_every_id_back(a, b):
    """The fixed point behind stable ids: resolving the build's own articles with its own ids."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        _into(out, _articles("a", a))
        _into(out, _articles("b", b))
        first = _files(out)
        _into(out, [])
        assert _files(out) == first


@PROPERTY
@given(articles_facts, articles_facts)
def test_incremental_a_then_b_agrees_with_a_and_b_at_once(a, b):
    with tempfile.TemporaryDirectory() as tmp:
        at_once, stepwise = Path(tmp) / "once", Path(tmp) / "steps"
        _into(at_once, _articles("a", a) + _articles("b", b))
        _into(stepwise, _articles("a", a))
        _into(stepwise, _articles("b", b))
        assert _content(stepwise) == _content(at_once)


@PROPERTY
@given(articles_facts, articles_facts, articles_facts)
def test_incremental_an_id_once_given_names_the_same_entity(a, b, c):
    """Every id of an earlier build stays in the state, and where it is live it holds a name
    key it held before (the same entity, maybe grown); a new entity never takes an old id."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        seen: dict[str, set[str]] = {}
        for prefix, facts in (("a", a), ("b", b), ("c", c)):
            _into(out, _articles(prefix, facts))
            entities = incremental.read_entities(out / incremental.ENTITIES)
            assert set(seen) <= {e.id for e in entities}
            for e in entities:
                if e.id in seen and not e.retired and seen[e.id] and e.keys:
                    assert seen[e.id] & set(e.keys), (e.id, seen[e.id], e.keys)
                if not e.retired:
                    seen[e.id] = set(e.keys)
