"""graph.query's pure parts: typed --param values, plain values, JSON lines and CSV output."""
from __future__ import annotations

import csv
import io
import json

import neo4j.time
import pytest

from graph.query import QueryResult, csv_text, json_lines, parse_params, parse_value, plain


@pytest.mark.parametrize("text, expected", [
    ("5", 5), ("-12", -12), ("0.25", 0.25), ("1e3", 1000.0), ("true", True), ("false", False),
    ("null", None), ('["Kim", 2]', ["Kim", 2]), ('{"a": 1}', {"a": 1}), ("Kim Jong-un", "Kim Jong-un"),
    ("", ""), ("[not json", "[not json"), ("str:5", "5"), ("str:", ""), ('json:"5"', "5"),
    ("json:[1, 2.5]", [1, 2.5]), ("2024-06-01", "2024-06-01"), ("007x", "007x"),
])
def test_parse_value_types(text, expected):
    value = parse_value(text)
    assert value == expected and type(value) is type(expected)


def test_parse_value_bad_json_prefix_names_problem():
    with pytest.raises(ValueError, match="not valid JSON"):
        parse_value("json:[1,")


def test_parse_params_keeps_equals_in_value():
    assert parse_params(["q=a=b", "n=3"]) == {"q": "a=b", "n": 3}


@pytest.mark.parametrize("item", ["novalue", "=5", "1x=2", "a-b=3"])
def test_parse_params_rejects_bad_names(item):
    with pytest.raises(ValueError, match="NAME=VALUE"):
        parse_params([item])


def test_plain_turns_driver_values_into_text_and_lists():
    value = {"d": neo4j.time.Date(2024, 6, 1), "xs": (1, neo4j.time.Date(2024, 6, 2)), "f": float("nan")}
    assert plain(value) == {"d": "2024-06-01", "xs": [1, "2024-06-02"], "f": "nan"}


RESULT = QueryResult(("name", "aliases", "n", "none"),
                     (("Kim, \"Jong-un\"", ["Kim", "김정은"], 3, None), ("Russia", [], 1, None)))


def test_json_lines_one_object_per_row():
    rows = [json.loads(line) for line in json_lines(RESULT)]
    assert rows == [dict(zip(RESULT.columns, r)) for r in RESULT.rows]


def test_csv_text_reads_back():
    rows = list(csv.reader(io.StringIO(csv_text(RESULT))))
    assert rows[0] == list(RESULT.columns)
    assert rows[1] == ['Kim, "Jong-un"', '["Kim", "김정은"]', "3", ""]
    assert len(rows) == 1 + len(RESULT.rows)
