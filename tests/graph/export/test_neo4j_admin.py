"""neo4j-admin CSV files: headers, values read back, delimiter choice, README command."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from graph.export import neo4j_admin
from graph.export.cypher import graph_rows, node_key
from tests.neo4j_samples import LONG_ARTICLE, LONG_NAME, NASTY_NAMES, long_graph, nasty_graph, news_graph


def read(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_write_neo4j_admin_headers_and_counts(tmp_path):
    paths = neo4j_admin.write_neo4j_admin(news_graph(), tmp_path)
    assert [p.name for p in paths] == ["entities.csv", "articles.csv", "facts.csv", "mentions.csv", "README.txt"]
    entities, articles, facts, mentions = (read(tmp_path / name) for name in neo4j_admin.FILES)
    assert entities[0] == ["key:ID(Entity)", "id", "name", "type", "aliases:string[]", "mentions:int", ":LABEL"]
    assert articles[0][:2] == ["key:ID(Article)", "id"]
    assert facts[0][:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert (len(entities), len(articles), len(facts), len(mentions)) == (7, 4, 9, 12)
    kim = next(r for r in entities if r[1] == "kim-jong-un")
    assert kim == [node_key("kim-jong-un"), "kim-jong-un", "Kim Jong-un", "PERSON", "Kim|Kim Jong-un", "2",
                   "Entity|Person"]
    assert [node_key("a1"), "a1"] in [r[:2] for r in articles]
    assert [node_key("a1"), node_key("kim-jong-un"), "MENTIONS"] in mentions
    supports = next(r for r in facts if r[:3] == [node_key("kim-jong-un"), node_key("russia"), "SUPPORTS"]
                    and "positive" in r)
    row = dict(zip(facts[0], supports))
    assert row["weight:int"] == "2" and row["sources:string[]"] == "a1|a2" and row["first_seen:date"] == "2024-06-19"


def test_write_neo4j_admin_keeps_nasty_values(tmp_path):
    neo4j_admin.write_neo4j_admin(nasty_graph(), tmp_path)
    entities = read(tmp_path / "entities.csv")
    delimiter = neo4j_admin.array_delimiter(graph_rows(nasty_graph()))
    assert delimiter == "|"  # the first choice: no name holds one
    names = [r[2] for r in entities[1:]]
    assert sorted(names) == sorted(NASTY_NAMES)
    assert all(r[4].split(delimiter) == [r[2], r[2] + "`"] for r in entities[1:])
    assert f"--array-delimiter='|'" in (tmp_path / "README.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("texts", "expected"), [([], "|"), (["a|b"], ";"), (["a;b|c"], "¦"), (["; | ¦"], "\x1f")])
def test_array_delimiter_avoids_values(texts, expected):
    G = nx.MultiDiGraph()
    G.add_node("x", label="X", type="ORG", aliases=texts, mentions=1, docs=[])
    assert neo4j_admin.array_delimiter(graph_rows(G)) == expected


def test_array_delimiter_gives_up_when_all_used():
    G = nx.MultiDiGraph()
    G.add_node("x", label="X", type="ORG", aliases=["".join(neo4j_admin.DELIMITER_CANDIDATES)], mentions=1, docs=[])
    with pytest.raises(ValueError, match="occurs in the data"):
        neo4j_admin.array_delimiter(graph_rows(G))


def test_import_command_quotes_unit_separator():
    assert "--array-delimiter=$'\\x1f'" in neo4j_admin.import_command("\x1f")


def test_write_neo4j_admin_confidence_is_a_typed_column(tmp_path):
    G = news_graph()
    neo4j_admin.write_neo4j_admin(G, tmp_path)
    facts = read(tmp_path / "facts.csv")
    assert "confidence:double" in facts[0]
    ids = {node_key(n): n for n in G}
    found = {(ids[r[0]], ids[r[1]], row["relation"], row["polarity"]): float(row["confidence:double"])
             for r in facts[1:] for row in [dict(zip(facts[0], r))]}
    assert found == {(u, v, d["relation"], d["polarity"]): d["confidence"] for u, v, d in G.edges(data=True)}


def test_write_neo4j_admin_ids_are_push_keys_for_long_values(tmp_path):
    neo4j_admin.write_neo4j_admin(long_graph(), tmp_path)
    entities, articles, facts, mentions = (read(tmp_path / name)[1:] for name in neo4j_admin.FILES)
    rows = graph_rows(long_graph())
    assert {r[0] for r in entities} == {r["key"] for group in rows.entities.values() for r in group}
    assert all(len(r[0]) == 64 for r in entities + articles)
    assert [node_key(LONG_NAME.lower()), LONG_NAME.lower(), LONG_NAME] in [r[:3] for r in entities]
    assert [node_key(LONG_ARTICLE), LONG_ARTICLE] in [r[:2] for r in articles]
    keys = {r[0] for r in entities}
    assert all(r[0] in keys and r[1] in keys for r in facts)
    assert {(r[0], r[1]) for r in mentions} == {(m["article"], m["entity"]) for m in rows.mentions}
    readme = (tmp_path / "README.txt").read_text(encoding="utf-8")
    assert "REQUIRE e.key IS UNIQUE" in readme and "REQUIRE a.key IS UNIQUE" in readme


def test_write_neo4j_admin_failure_keeps_every_previous_file(tmp_path, monkeypatch):
    neo4j_admin.write_neo4j_admin(news_graph(), tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in (*neo4j_admin.FILES, neo4j_admin.README)}
    real = neo4j_admin._write

    def dies_on_facts(path, header, records, delimiter):
        if path.name == "facts.csv":
            path.write_text("half a file")
            raise OSError(28, "No space left on device")
        real(path, header, records, delimiter)

    monkeypatch.setattr(neo4j_admin, "_write", dies_on_facts)
    with pytest.raises(OSError, match="No space left"):
        neo4j_admin.write_neo4j_admin(nasty_graph(), tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert len([p for p in tmp_path.iterdir() if p.name.startswith(".kg-gen-")]) == 1
