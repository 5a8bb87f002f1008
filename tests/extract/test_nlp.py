"""extract.nlp: the one place that loads the spaCy pipeline, once per model; its tokenizer
keeps words with a bound prefix whole."""
from __future__ import annotations

import pytest

from extract.nlp import default_model, load_pipeline


def test_load_pipeline_without_a_name_is_the_default_model_loaded_once():
    nlp = load_pipeline()
    misses = load_pipeline.cache_info().misses
    assert load_pipeline(None) is nlp  # the build asks with model=None
    assert load_pipeline(default_model()) is nlp
    assert load_pipeline.cache_info().misses == misses
    assert "kg_paragraphs" in nlp.pipe_names


@pytest.mark.parametrize("sentence,word", [
    ("Unison will co-ordinate action with Amicus.", "co-ordinate"),
    ("Germany will co-operate with France.", "co-operate"),
    ("Lee was re-elected by Congress.", "re-elected"),
])
def test_load_pipeline_keeps_a_prefixed_verb_whole_and_parses_it_as_the_verb(sentence, word):
    doc = load_pipeline()(sentence)
    (token,) = [t for t in doc if t.text == word]
    assert token.pos_ == "VERB" and token.dep_ == "ROOT"


@pytest.mark.parametrize("sentence,parts", [
    ("a well-known MP", ["well", "-", "known"]),  # no bound prefix: split as before
    ("the co-founder's firm", ["co-founder"]),
    ("Co-operation grew.", ["Co-operation"]),
])
def test_load_pipeline_splits_only_after_a_bound_prefix(sentence, parts):
    words = [t.text for t in load_pipeline()(sentence)]
    assert all(p in words for p in parts)


def test_per_token_answers_are_the_uncached_answers_on_the_seed_articles():
    # scope_of, question and negated are kept per token of the last Doc: on real parses, read
    # in any order and across Docs, each answer is the one the function itself gives
    from extract.frames import scope
    from extract.nlp import load_pipeline, per_token
    from tests.conftest import SHARED

    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip(f"no seed articles in {SHARED}")
    docs = list(load_pipeline().pipe(p.read_text(encoding="utf-8") for p in seeds[:4]))
    checked = 0
    for function in (scope.scope_of, scope.question, scope.negated):
        for doc in docs + docs[:1]:  # back to the first Doc: its answers are computed afresh
            verbs = [t for t in doc if t.pos_ in {"VERB", "AUX"}]
            for token in verbs + verbs[::-1]:
                assert function(token) == function.__wrapped__(token)
                checked += 1
    assert checked > 100
    calls = []
    counted = per_token(lambda token: calls.append(token.i) or token.i)
    assert [counted(t) for t in docs[0][:3]] * 2 == [counted(t) for t in list(docs[0][:3]) * 2]
    assert calls == [0, 1, 2]
