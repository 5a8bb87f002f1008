"""Pure tests of the Neo4j model: labels, relationship types, rows, query text and literals."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.export import cypher
from tests.neo4j_samples import NASTY_NAMES, nasty_graph, news_graph
from tests.sample_graphs import contract_graph, fuzz_graphs, small_graph


@pytest.mark.parametrize(
    ("entity_type", "label"),
    [("PERSON", "Person"), ("ORG", "Organization"), ("GPE", "Location"), ("LOC", "Location"),
     ("FAC", "Location"), ("NORP", "Group"), ("CONCEPT", "Concept"), ("EVENT", "Event"),
     ("WORK_OF_ART", "WorkOfArt"), ("person", "Person"), ("WHATEVER", "Other"), ("", "Other"), (None, "Other")],
)
def test_entity_label_maps_types(entity_type, label):
    assert cypher.entity_label(entity_type) == label


@pytest.mark.parametrize(
    ("relation", "rel_type"),
    [("supports", "SUPPORTS"), ("arrived in", "ARRIVED_IN"), ("signs pact with", "SIGNS_PACT_WITH"),
     ("réfute", "REFUTE"), ("  pays--tribute to ", "PAYS_TRIBUTE_TO"), ("2nd strike", "RELATED_TO"),
     ("지지한다", "RELATED_TO"), ("поддерживает", "RELATED_TO"), ("", "RELATED_TO"), ("mentions", "RELATED_TO"),
     ("`]->() DETACH DELETE n //", "DETACH_DELETE_N")],
)
def test_relationship_type_normalises(relation, rel_type):
    assert cypher.relationship_type(relation) == rel_type


@given(st.text())
def test_relationship_type_always_valid(relation):
    assert cypher.REL_TYPE_PATTERN.match(cypher.relationship_type(relation))


@pytest.mark.parametrize("bad", ["SUPPORTS`]->() MATCH (n) DELETE n //", "supports", "A B", "", "1X", "ÄX"])
def test_check_rel_type_rejects_unsafe(bad):
    with pytest.raises(ValueError, match="does not match"):
        cypher.check_rel_type(bad)


@pytest.mark.parametrize("bad", ["Person:Admin", "person", "Pe rson", "P`", ""])
def test_check_label_rejects_unsafe(bad):
    with pytest.raises(ValueError, match="does not match"):
        cypher.check_label(bad)


def test_merge_facts_query_takes_type_as_value():
    query = cypher.merge_facts_query()
    assert "[r:$(row.type) {key: row.key}]" in query
    assert cypher.merge_facts_query("[{type: 'X'}]").startswith("UNWIND [{type: 'X'}] AS row ")


def test_graph_rows_fact_types_are_checked():
    G = news_graph()
    G.add_edge("russia", "ukraine", key="x", relation="`]->() DETACH DELETE n //", polarity="positive")
    types = {row["type"] for row in cypher.graph_rows(G).facts}
    assert all(cypher.REL_TYPE_PATTERN.match(t) for t in types) and "DETACH_DELETE_N" in types


@pytest.mark.parametrize("node_id", ["russia", "", "김정은", "x" * 8192, "a\x1fb"])
def test_node_key_is_fixed_length_and_deterministic(node_id):
    key = cypher.node_key(node_id)
    assert len(key) == 64 and key == cypher.node_key(node_id) and set(key) <= set("0123456789abcdef")


def test_node_key_distinguishes_ids():
    ids = ["russia", "Russia", "russia ", "x" * 8192, "x" * 8193]
    assert len({cypher.node_key(i) for i in ids}) == len(ids)


def test_graph_rows_long_ids_get_short_keys():
    G = nx.MultiDiGraph(articles=[{"id": "a" * 8192, "title": "Long"}])
    G.add_node("n" * 8192, label="N" * 8192, type="PERSON", aliases=["N" * 8192], mentions=1, docs=["a" * 8192])
    G.add_node("short", label="Short", type="ORG", aliases=[], mentions=1, docs=["a" * 8192])
    G.add_edge("n" * 8192, "short", key="k", relation="leads", polarity="positive")
    rows = cypher.graph_rows(G)
    person = rows.entities["Person"][0]
    assert person["id"] == "n" * 8192 and person["key"] == cypher.node_key("n" * 8192)
    assert rows.articles[0]["id"] == "a" * 8192 and len(rows.articles[0]["key"]) == 64
    assert {m["article"] for m in rows.mentions} == {rows.articles[0]["key"]}
    assert (rows.facts[0]["source"], rows.facts[0]["target"]) == (person["key"], cypher.node_key("short"))


def test_write_plan_batches_span_relationship_types():
    rows = cypher.graph_rows(news_graph())
    fact_steps = [s for s in cypher.write_plan(rows, batch_size=100) if "$(row.type)" in s.query]
    assert len(fact_steps) == 1 and len({r["type"] for r in fact_steps[0].rows}) >= 4
    assert sum(len(s.rows) for s in fact_steps) == rows.counts["facts"]


def test_merge_queries_take_values_only_as_parameters():
    rows = cypher.graph_rows(nasty_graph())
    for step in cypher.write_plan(rows, batch_size=2):
        query = step.query
        assert query.startswith("UNWIND $rows AS row ")
        for row in step.rows:
            for value in (row.get("name"), row.get("id"), row.get("key"), row.get("type")):
                if value:
                    assert value not in query


def test_merge_entities_query_removes_other_type_labels():
    query = cypher.merge_entities_query("Person")
    assert "e:Person" in query
    assert "REMOVE e:" in query and ":Person" not in query.split("REMOVE")[1]


def test_graph_rows_flattens_contract_graph():
    rows = cypher.graph_rows(news_graph())
    assert rows.counts == {"entities": 6, "articles": 3, "mentions": 11, "facts": 8}
    assert sorted(rows.entities) == ["Location", "Person"]
    kim = next(r for r in rows.entities["Person"] if r["id"] == "kim-jong-un")
    assert kim == {"key": cypher.node_key("kim-jong-un"), "id": "kim-jong-un", "name": "Kim Jong-un",
                   "type": "PERSON", "aliases": ["Kim", "Kim Jong-un"], "mentions": 2}
    key = cypher.node_key
    supports = [r for r in rows.facts if r["type"] == "SUPPORTS"]
    assert {(r["source"], r["target"], r["props"]["polarity"]) for r in supports} == {
        (key("kim-jong-un"), key("russia"), "positive"), (key("kim-jong-un"), key("ukraine"), "negative")}
    props = next(r["props"] for r in supports if r["target"] == key("russia"))
    assert props["weight"] == 2 and props["sources"] == ["a1", "a2"]
    assert props["first_seen"] == "2024-06-19" and props["last_seen"] == "2024-06-20"
    assert props["evidence_docs"] == ["a1", "a2"] and len(props["sentences"]) == 2
    accuses = next(r for r in rows.facts if r["type"] == "ACCUSES")
    assert accuses["props"]["attributed_to"] == ["State Department"]


def test_graph_rows_keys_distinguish_polarity():
    rows = cypher.graph_rows(news_graph())
    keys = [r["key"] for r in rows.facts]
    assert len(keys) == len(set(keys))


def test_graph_rows_adds_articles_missing_from_metadata():
    G = nx.MultiDiGraph()
    G.add_node("x", label="X", type="ORG", aliases=["X"], mentions=1, docs=["unknown-doc"])
    rows = cypher.graph_rows(G)
    assert rows.articles == [{"key": cypher.node_key("unknown-doc"), "id": "unknown-doc", "title": None,
                              "url": None, "published": None, "source": None}]
    assert rows.mentions == [{"article": cypher.node_key("unknown-doc"), "entity": cypher.node_key("x")}]


def test_graph_rows_rejects_non_multidigraph():
    with pytest.raises(TypeError, match="MultiDiGraph"):
        cypher.graph_rows(nx.Graph())


def test_batches_split_rows():
    assert [len(b) for b in cypher.batches(list(range(7)), 3)] == [3, 3, 1]
    with pytest.raises(ValueError, match="at least 1"):
        list(cypher.batches([1], 0))


def test_write_plan_writes_nodes_before_relationships():
    queries = [step.query for step in cypher.write_plan(cypher.graph_rows(news_graph()), batch_size=100)]
    first_rel = next(i for i, q in enumerate(queries) if "MATCH" in q)
    assert all("MATCH" in q for q in queries[first_rel:])
    assert all("MATCH" not in q for q in queries[:first_rel])


@pytest.mark.parametrize(
    ("value", "literal"),
    [(None, "null"), (True, "true"), (3, "3"), (1.5, "1.5"), ("it's", r"'it\'s'"), ("a\\b", r"'a\\b'"),
     ("two\nlines", r"'two\nlines'"), ("\x00", r"'\u0000'"), ("\u2028", r"'\u2028'"), ("김정은", "'김정은'"),
     ("\U0001F680", "'\U0001F680'"), ("\U000E0001", r"'\U000E0001'"), (dt.date(2024, 6, 19), "date('2024-06-19')"),
     (["a", 1], "['a', 1]"), ({"k": "v"}, "{k: 'v'}")],
)
def test_cypher_literal_escapes(value, literal):
    assert cypher.cypher_literal(value) == literal


def test_cypher_literal_rejects_unsafe_map_keys():
    with pytest.raises(ValueError, match="identifier"):
        cypher.cypher_literal({"a}) DELETE n //": 1})


@given(st.text())
def test_cypher_literal_string_stays_on_one_line_and_closed(text):
    literal = cypher.cypher_literal(text)
    assert "\n" not in literal and "\r" not in literal
    body = literal[1:-1]
    # every quote inside is escaped: strip escape pairs, no bare quote may remain
    stripped = body.replace("\\\\", "").replace("\\'", "")
    assert "'" not in stripped


def test_generate_cypher_one_statement_per_line():
    text = "".join(cypher.generate_cypher(nasty_graph(), batch_size=2))
    statements = cypher.script_statements(text)
    schema = cypher.constraint_queries()
    assert statements[:len(schema)] == schema
    assert all(line.endswith(";") for line in text.splitlines() if not line.startswith("//"))
    assert len(statements) == len(schema) + len(list(cypher.write_plan(cypher.graph_rows(nasty_graph()), 2)))
    assert "DETACH DELETE n" not in "".join(s.split("UNWIND")[0] for s in statements)
    assert any(cypher.cypher_literal(NASTY_NAMES[0]) in s for s in statements)


def test_write_cypher_writes_utf8(tmp_path):
    path = cypher.write_cypher(nasty_graph(), tmp_path / "graph.cypher")
    assert "김정은" in path.read_text(encoding="utf-8")


def test_write_cypher_failing_midway_keeps_previous_script(tmp_path, monkeypatch):
    path = cypher.write_cypher(news_graph(), tmp_path / "graph.cypher")
    before = path.read_bytes()
    real = cypher.generate_cypher

    def dies_halfway(G):
        lines = real(G)
        yield next(lines)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cypher, "generate_cypher", dies_halfway)
    with pytest.raises(OSError):
        cypher.write_cypher(nasty_graph(), path)
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["graph.cypher"]


def _all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _all_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _all_strings(item)


@pytest.mark.parametrize("graph", [contract_graph(), small_graph(), *fuzz_graphs(5, 20)])
def test_graph_rows_strings_are_valid_utf8(graph):
    rows = cypher.graph_rows(graph)
    every = [rows.articles, rows.mentions, list(rows.entities.values()), rows.facts]
    for text in _all_strings(every):
        text.encode("utf-8")  # raises on a lone surrogate
    assert rows.counts["entities"] == graph.number_of_nodes()
    assert rows.counts["facts"] == graph.number_of_edges()


def test_graph_rows_replaces_lone_surrogates_only():
    G = nx.MultiDiGraph()
    G.add_node("x", label="a\ud800b \ud83d\ude80 김", type="ORG", aliases=[], mentions=1, docs=[])
    assert cypher.graph_rows(G).entities["Organization"][0]["name"] == "a\ufffdb \U0001F680 김"


def test_graph_rows_carry_edge_confidence_as_float():
    G = news_graph()
    rows = cypher.graph_rows(G)
    expected = {(u, v, d["relation"], d["polarity"]): d["confidence"] for u, v, d in G.edges(data=True)}
    ids = {cypher.node_key(n): n for n in G}
    found = {(ids[r["source"]], ids[r["target"]], r["props"]["relation"], r["props"]["polarity"]):
             r["props"]["confidence"] for r in rows.facts}
    assert found == expected and all(isinstance(c, float) for c in found.values())


def test_graph_rows_leave_missing_confidence_absent():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", key="meets|positive", relation="meets", polarity="positive")
    (row,) = cypher.graph_rows(G).facts
    assert row["type"] == "MEETS" and row["props"]["confidence"] is None


def test_generate_cypher_sets_confidence_property():
    script = "".join(cypher.generate_cypher(news_graph()))
    assert "confidence: 0.72" in script and "confidence: 0.6" in script
