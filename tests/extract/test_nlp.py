"""extract.nlp: the one place that loads the spaCy pipeline, once per model."""
from __future__ import annotations

from extract.nlp import default_model, load_pipeline


def test_load_pipeline_without_a_name_is_the_default_model_loaded_once():
    nlp = load_pipeline()
    misses = load_pipeline.cache_info().misses
    assert load_pipeline(None) is nlp  # the build asks with model=None
    assert load_pipeline(default_model()) is nlp
    assert load_pipeline.cache_info().misses == misses
    assert "kg_paragraphs" in nlp.pipe_names
