"""extract.nlp: the pipeline's tokenizer keeps words with a bound prefix whole."""
from __future__ import annotations

import pytest

from extract.nlp import load_pipeline


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
