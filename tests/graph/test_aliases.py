"""The aliases file of `kg build --aliases`."""
from __future__ import annotations

import pytest

from graph.aliases import AliasFileError, parse_aliases, read_aliases


def test_aliases_parse_force_forbid_isolate_and_comments():
    a = parse_aliases(["name,canonical", "# a comment", "", "Dubya,George W. Bush",
                       "Georgia,!Georgia Guidestones", "Jordan,!"])
    assert a.overrides == {"Dubya": "George W. Bush"}
    assert a.forbidden == (("Georgia", "Georgia Guidestones"),)
    assert a.isolated == ("Jordan",)


def test_aliases_follow_chains_to_the_last_canonical_name():
    assert parse_aliases(["W,Dubya", "Dubya,George W. Bush"]).overrides == {"W": "George W. Bush", "Dubya": "George W. Bush"}


@pytest.mark.parametrize("lines,line,reason", [
    (["Kim"], 1, "expected 2 columns"),
    (["a,b,c"], 1, "expected 2 columns"),
    ([",Kim"], 1, "the name is empty"),
    (["Kim,!"  , "Kim,Kim Jong-un"], 2, "isolated"),
    (["Kim,Kim Jong-un", "Kim,Kim Yo-jong"], 2, "already mapped"),
    (["Kim,kim"], 1, "to itself"),
    (["a,b", "b,a"], 1, "cycle"),
    (["Kim,Kim Jong-un", "Kim,!Kim Jong-un"], 1, "forbids"),
])
def test_aliases_bad_rows_name_file_and_line(lines, line, reason):
    with pytest.raises(AliasFileError, match=rf"aliases.csv:{line}: .*{reason}"):
        parse_aliases(lines, "aliases.csv")


def test_aliases_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(AliasFileError, match="no such file"):
        read_aliases(tmp_path / "nope.csv")
