"""Hypothesis strategies for exporter property tests: any text, any flat-ish value."""

import io
import xml.etree.ElementTree as ET

from hypothesis import strategies as st

from graph.export.flatten import EDGE_COLUMNS, NODE_COLUMNS, flatten_graph, xml_text
from tests.sample_graphs import random_graph

labels = st.text(min_size=0, max_size=40)  # any code point, surrogates and controls included

texts = st.text(max_size=30)  # any code point but surrogates, control characters included
values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.floats(), texts,
    st.lists(texts, max_size=3), st.dictionaries(texts, texts, max_size=2),
)
#: contract columns have fixed types (a float `mentions` is refused by design, tested elsewhere);
#: the free attributes tested here are every other name
_CONTRACT = {name for name, _ in NODE_COLUMNS + EDGE_COLUMNS}
free_names = texts.filter(lambda name: name not in _CONTRACT)
graphs = st.builds(
    random_graph,
    st.lists(texts, min_size=1, max_size=5, unique_by=xml_text),
    st.lists(st.dictionaries(free_names, values, max_size=4), max_size=5),
    st.lists(texts, max_size=6),
)


def assert_reads_back(G, text: str, read) -> None:
    """An export parses as XML and `read` (nx.read_graphml / read_gexf) gets G's nodes, edges,
    labels and relations back, as flattened."""
    ET.fromstring(text.encode("utf-8"))
    H = read(io.BytesIO(text.encode("utf-8")))
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    flat = flatten_graph(G)
    assert [H.nodes[n.id]["label"] for n in flat.nodes] == [n.values["label"] for n in flat.nodes]
    assert sorted(d["relation"] for *_, d in H.edges(data=True)) == sorted(
        e.values["relation"] for e in flat.edges
    )
