"""extract.frames.registry and .subject: one ordered registry, frames in token order."""
from __future__ import annotations

import pytest

from extract.frames import CONSTRUCTIONS, Context, registry, sentence_frames
from extract.nlp import load_pipeline
from extract.frames.subject import BORROWERS, grammatical_subject
from extract.mentions import NameIndex
from tests.conftest import SHARED
from tests.extract.parses import VISIT


def test_registry_names_are_unique_and_frames_come_in_token_order(doc_of):
    assert len({c.name for c in CONSTRUCTIONS}) == len(CONSTRUCTIONS)
    assert all(c.heads is not None for c in CONSTRUCTIONS)  # each declares its heads
    doc = doc_of(VISIT)
    frames = sentence_frames(Context(doc, NameIndex(doc, "t")), doc)
    assert [f.predicate for f in frames] == sorted(f.predicate for f in frames)
    assert {f.construction for f in frames} >= {"possessive", "nominal_event", "verbal_clause"}


def test_registry_only_builds_the_constructions_asked_for(doc_of):
    doc = doc_of(VISIT)
    frames = sentence_frames(Context(doc, None), doc, frozenset({"verbal_clause"}))
    assert [f.construction for f in frames] == ["verbal_clause"]


def test_subject_borrowers_cover_the_clause_dependencies():
    assert set(BORROWERS) == {"relcl", "acl", "pcomp", "xcomp", "conj", "advcl"}


def test_subject_grammatical_subject_of_a_clause_without_one_is_empty(doc_of):
    doc = doc_of([("Go", "VERB", "VB", "ROOT", 0, "go", "O")])
    assert grammatical_subject(doc[0]) == ()


# ---- Heads: each construction is called on exactly the tokens it declares

#: one token of each kind a declaration names, and some no declaration names
MIXED = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("has", "AUX", "VBZ", "aux", 2, "have", "O"),
    ("based", "VERB", "VBN", "ROOT", 2, "base", "O"),
    ("her", "PRON", "PRP$", "poss", 4, "her", "O"),
    ("talks", "NOUN", "NNS", "dobj", 2, "talk", "O"),
    ("in", "ADP", "IN", "prep", 2, "in", "O"),
    ("Seoul", "PROPN", "NNP", "pobj", 5, "Seoul", "B-GPE"),
    (",", "PUNCT", ",", "punct", 6, ",", "O"),
    ("the", "DET", "DT", "det", 9, "the", "O"),
    ("capital", "NOUN", "NN", "appos", 6, "capital", "O"),
    ("is", "AUX", "VBZ", "conj", 2, "be", "O"),
    ("near", "ADJ", "JJ", "acomp", 10, "near", "O"),
]


def _recorder(name, calls):
    def frames(ctx, token):
        calls.append((name, token.i))
        return iter(())
    return frames


def test_registry_calls_each_construction_on_exactly_the_tokens_it_declares(doc_of, monkeypatch):
    doc = doc_of(MIXED)
    calls: list[tuple[str, int]] = []
    recorders = tuple(registry.Construction(c.name, _recorder(c.name, calls), c.heads) for c in CONSTRUCTIONS)
    monkeypatch.setattr(registry, "CONSTRUCTIONS", recorders)
    monkeypatch.setattr(registry, "_TABLES", {})
    sentence_frames(Context(doc, None), doc)
    declared = [(c.name, t.i) for t in doc for c in recorders
                if t.pos_ in c.heads.pos or t.dep_ in c.heads.dep or t.tag_ in c.heads.tag]
    assert calls == declared  # token order, then registry order
    by_name = {name: [doc[i].text for n, i in calls if n == name] for name, _ in calls}
    assert by_name["verbal_clause"] == ["has", "based", "is"]
    assert by_name["copula"] == ["has", "is"]
    assert by_name["possessive"] == ["her"]
    assert by_name["apposition"] == ["capital"]
    assert by_name["standing"] == ["based", "talks", "capital", "near"]  # "near": a predicate adjective
    assert "," not in {doc[i].text for _, i in calls} and "the" not in {doc[i].text for _, i in calls}


def test_registry_only_indexes_the_constructions_asked_for(doc_of, monkeypatch):
    doc = doc_of(MIXED)
    calls: list[tuple[str, int]] = []
    recorders = tuple(registry.Construction(c.name, _recorder(c.name, calls), c.heads) for c in CONSTRUCTIONS)
    monkeypatch.setattr(registry, "CONSTRUCTIONS", recorders)
    monkeypatch.setattr(registry, "_TABLES", {})
    sentence_frames(Context(doc, None), doc, frozenset({"possessive", "role"}))
    assert calls == [("role", 0), ("possessive", 3), ("role", 6)]


def test_registry_calls_a_construction_without_heads_on_every_token(doc_of, monkeypatch):
    doc = doc_of(MIXED)
    calls: list[tuple[str, int]] = []
    monkeypatch.setattr(registry, "CONSTRUCTIONS", (registry.Construction("any", _recorder("any", calls)),))
    monkeypatch.setattr(registry, "_TABLES", {})
    sentence_frames(Context(doc, None), doc)
    assert calls == [("any", t.i) for t in doc]


@pytest.fixture(scope="module")
def seed_docs():
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"no seed articles in {SHARED}")
    nlp = load_pipeline()
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    return list(nlp.pipe(texts))


def test_registry_heads_cover_every_frame_of_the_seed_articles(seed_docs):
    """A construction called on every token yields frames only for tokens it declares: a
    rule change that widens a construction's guard must widen its Heads too."""
    built = missed = 0
    for doc in seed_docs:
        ctx = Context(doc, NameIndex(doc, "t"))
        for token in doc:
            for construction in CONSTRUCTIONS:
                frames = list(construction.frames(ctx, token))
                built += bool(frames)
                if frames and construction.heads and not construction.heads.match(token.pos_, token.dep_,
                                                                                   token.tag_):
                    missed += 1
        everything = tuple(f for token in doc for c in CONSTRUCTIONS for f in c.frames(ctx, token))
        assert sentence_frames(ctx, doc) == everything
    assert built > 100 and missed == 0
