"""neo4j-admin CSV files: headers, values read back, delimiter choice, README command."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

from graph.export import neo4j_admin
from graph.export.cypher import graph_rows
from tests.neo4j_samples import NASTY_NAMES, nasty_graph, news_graph


def read(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_write_neo4j_admin_headers_and_counts(tmp_path):
    paths = neo4j_admin.write_neo4j_admin(news_graph(), tmp_path)
    assert [p.name for p in paths] == ["entities.csv", "articles.csv", "facts.csv", "mentions.csv", "README.txt"]
    entities, articles, facts, mentions = (read(tmp_path / name) for name in neo4j_admin.FILES)
    assert entities[0] == ["id:ID(Entity)", "name", "type", "aliases:string[]", "mentions:int", ":LABEL"]
    assert facts[0][:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert (len(entities), len(articles), len(facts), len(mentions)) == (7, 4, 9, 12)
    kim = next(r for r in entities if r[0] == "kim-jong-un")
    assert kim == ["kim-jong-un", "Kim Jong-un", "PERSON", "Kim|Kim Jong-un", "2", "Entity|Person"]
    supports = next(r for r in facts if r[:3] == ["kim-jong-un", "russia", "SUPPORTS"] and "positive" in r)
    row = dict(zip(facts[0], supports))
    assert row["weight:int"] == "2" and row["sources:string[]"] == "a1|a2" and row["first_seen:date"] == "2024-06-19"


def test_write_neo4j_admin_keeps_nasty_values(tmp_path):
    neo4j_admin.write_neo4j_admin(nasty_graph(), tmp_path)
    entities = read(tmp_path / "entities.csv")
    delimiter = neo4j_admin.array_delimiter(graph_rows(nasty_graph()))
    assert delimiter == "|"  # the first choice: no name holds one
    names = [r[1] for r in entities[1:]]
    assert sorted(names) == sorted(NASTY_NAMES)
    assert all(r[3].split(delimiter) == [r[1], r[1] + "`"] for r in entities[1:])
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
    found = {(r[0], r[1], row["relation"], row["polarity"]): float(row["confidence:double"])
             for r in facts[1:] for row in [dict(zip(facts[0], r))]}
    assert found == {(u, v, d["relation"], d["polarity"]): d["confidence"] for u, v, d in G.edges(data=True)}
