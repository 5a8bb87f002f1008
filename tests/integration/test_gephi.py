"""Gephi's own importer opens our GraphML and GEXF exports cleanly (issue 6).

Runs tools/gephi/run.sh (gephi-toolkit 0.10.1, headless) once for every file. Never
skipped in CI (CI=true); elsewhere skipped when Java or Maven is missing.
"""

from __future__ import annotations

import time

import networkx as nx
import pytest

from graph import palette
from graph.export.gexf import write_gexf
from graph.export.graphml import write_graphml
from tests.gephi_toolkit import bad_issues, column_types, gephi_import, in_ci, missing_tools
from tests.sample_graphs import contract_graph, fuzz_graphs, sample_graph

NODE_TYPES = {"type": "String", "aliases": "String", "mentions": "Integer", "docs": "String",
              "first_seen": "String", "last_seen": "String"}
EDGE_TYPES = {"relation": "String", "category": "String", "polarity": "String",
              "certainty": "String", "confidence": "Double", "sources": "String", "sentence": "String",
              "first_seen": "String", "last_seen": "String", "Weight": "Double"}


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> dict[str, tuple[nx.MultiDiGraph, object, dict]]:
    """name -> (graph, GEXF report or None, Gephi's entry), from one JVM run."""
    if missing := missing_tools():
        if in_ci():
            pytest.fail(f"CI=true but {', '.join(missing)} not found: Gephi check cannot run")
        pytest.skip(f"{', '.join(missing)} not found")
    out = tmp_path_factory.mktemp("gephi")
    files = {}
    for stem, G in (("contract", contract_graph()), ("sample", sample_graph())):
        write_graphml(G, out / f"{stem}.graphml")
        files[f"{stem}.graphml"] = (G, None)
        files[f"{stem}.gexf"] = (G, write_gexf(G, out / f"{stem}.gexf", default_date="2025-07-01"))
    # Negative control: plain networkx GraphML, whose parallel edges carry no edge type.
    plain = nx.MultiDiGraph([("a", "b", {"relation": "x"}), ("a", "b", {"relation": "y"})])
    files["plain.graphml"] = (plain, None)
    nx.write_graphml(plain, out / "plain.graphml")
    for i, fuzzed in enumerate(fuzz_graphs(seed=6, count=FUZZED)):
        write_graphml(fuzzed, out / f"fuzz{i}.graphml")
        files[f"fuzz{i}.graphml"] = (fuzzed, None)
        files[f"fuzz{i}.gexf"] = (fuzzed, write_gexf(fuzzed, out / f"fuzz{i}.gexf"))
    started = time.monotonic()
    entries = gephi_import(*(out / name for name in files))
    print(f"gephi check: {len(files)} files in {time.monotonic() - started:.1f}s")
    return {name: (g, report, entries[str(out / name)]) for name, (g, report) in files.items()}


NAMES = ["contract.graphml", "contract.gexf", "sample.graphml", "sample.gexf"]
FUZZED = 25


@pytest.mark.parametrize("name", NAMES)
def test_gephi_imports_without_error(exports, name):
    _, _, entry = exports[name]
    assert "error" not in entry, entry.get("error")
    assert bad_issues(entry) == []


@pytest.mark.parametrize("name", NAMES)
def test_gephi_counts_equal_ours_with_default_merging(exports, name):
    G, _, entry = exports[name]
    assert entry["container"]["default_edge_merge_strategy"] == "SUM"
    assert entry["graph"]["nodes"] == G.number_of_nodes()
    assert entry["graph"]["edges"] == G.number_of_edges()  # parallel edges not merged
    assert entry["graph"]["directed"] is True


@pytest.mark.parametrize("name", NAMES)
def test_gephi_sees_our_columns_with_their_types(exports, name):
    _, _, entry = exports[name]
    nodes, edges = column_types(entry, "node"), column_types(entry, "edge")
    assert nodes.items() >= NODE_TYPES.items()
    assert edges.items() >= EDGE_TYPES.items()
    assert nodes["Label"] == edges["Label"] == "String"


@pytest.mark.parametrize("name", ["contract.graphml", "contract.gexf"])
def test_gephi_sees_extra_columns_with_inferred_types(exports, name):
    _, _, entry = exports[name]
    assert column_types(entry, "node").items() >= {
        "score": "Double", "flag": "Boolean", "kg_size": "Integer"}.items()
    assert column_types(entry, "edge")["note"] == "String"


@pytest.mark.parametrize("name", ["contract.gexf", "sample.gexf"])
def test_gephi_sees_gexf_timeline_as_dynamic(exports, name):
    _, report, entry = exports[name]
    graph = entry["graph"]
    assert graph["dynamic"] is True and graph["time_format"] == "DATE"
    low, high = report.time_bounds
    assert graph["time_bounds"] == [f"{low}T00:00:00Z", f"{high}T00:00:00Z"]
    assert column_types(entry, "node")["Interval"] == "IntervalSet"
    assert column_types(entry, "edge")["Interval"] == "IntervalSet"


@pytest.mark.parametrize("name", NAMES)
def test_gephi_reads_labels_and_weights(exports, name):
    G, _, entry = exports[name]
    graph = entry["graph"]
    assert graph["labelled_nodes"] == G.number_of_nodes()
    assert graph["labelled_edges"] == G.number_of_edges()
    assert graph["weight_sum"] == pytest.approx(sum(w for *_, w in G.edges(data="weight")))


@pytest.mark.parametrize("name", ["contract.gexf", "sample.gexf"])
def test_gephi_reads_gexf_colours_and_sizes(exports, name):
    G, _, entry = exports[name]
    graph = entry["graph"]
    assert set(graph["node_colors"]) == {palette.node_color(t) for _, t in G.nodes(data="type")}
    assert set(graph["edge_colors"]) == {
        palette.edge_color(c) for *_, c in G.edges(data="category")
    }
    low, high = graph["node_size"]  # Gephi rescales sizes on import, keeping their order
    assert low < high


def test_gephi_check_catches_merged_parallel_edges(exports):
    """The check has teeth: without edge types Gephi merges parallel edges, silently."""
    G, _, entry = exports["plain.graphml"]
    assert entry["container"]["edges"] == G.number_of_edges() == 2
    assert entry["graph"]["edges"] == 1


def test_gephi_imports_random_graphs_cleanly(exports):
    """Random ids, attribute names, values and relations: always the same counts, no issues."""
    fuzzed = {name: value for name, value in exports.items() if name.startswith("fuzz")}
    assert len(fuzzed) == 2 * FUZZED
    for name, (G, _, entry) in fuzzed.items():
        assert "error" not in entry, (name, entry.get("error"))
        assert bad_issues(entry) == [], name
        assert (entry["graph"]["nodes"], entry["graph"]["edges"]) == (
            G.number_of_nodes(), G.number_of_edges()), name
