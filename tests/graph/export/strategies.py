"""Hypothesis strategies for exporter property tests: any text, any flat-ish value."""

from hypothesis import strategies as st

from graph.export.flatten import xml_text
from tests.sample_graphs import random_graph

texts = st.text(max_size=30)  # any code point but surrogates, control characters included
values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.floats(), texts,
    st.lists(texts, max_size=3), st.dictionaries(texts, texts, max_size=2),
)
graphs = st.builds(
    random_graph,
    st.lists(texts, min_size=1, max_size=5, unique_by=xml_text),
    st.lists(st.dictionaries(texts, values, max_size=4), max_size=5),
    st.lists(texts, max_size=6),
)
