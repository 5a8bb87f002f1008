"""The publisher of a document: known from its source or URL, never taken for an actor."""
from __future__ import annotations

import pytest

from extract.publisher import credit_publisher, host_label, is_publisher, publisher_key
from extract.types import Document

BODY = "The minister announced a new budget on Tuesday, raising taxes on large companies."


@pytest.mark.parametrize("url, label", [
    ("https://en.wikinews.org/wiki/Story", "wikinews"), ("http://news.bbc.co.uk/2/hi/x.stm", "bbc"),
    ("https://www.reuters.com/world/", "reuters"), ("www.abc.net.au/news", "abc"),
    ("example", None), (None, None), ("", None), ("[", None), ("http://[::1/x", None),
])
def test_host_label_is_the_domain_name_below_the_suffix(url, label):
    assert host_label(url) == label


@pytest.mark.parametrize("name, source, url", [
    ("Wikinews", None, "https://en.wikinews.org/wiki/Story"),
    ("BBC", "BBC News", None),
    ("the BBC", None, "https://www.bbc.co.uk/news/x"),
    ("Reuters", "Reuters", "https://example.org/x"),
    ("reuters.com", "Reuters", None),
])
def test_is_publisher_matches_source_or_domain(name, source, url):
    assert is_publisher(name, Document("a", BODY, source=source, url=url))


@pytest.mark.parametrize("name", ["New York", "Wikipedia", "News", "", "Kim Jong-un"])
def test_is_publisher_refuses_other_names(name):
    document = Document("a", BODY, source="The New York Times", url="https://en.wikinews.org/x")
    assert not is_publisher(name, document)


def test_is_publisher_without_any_publisher_is_false():
    assert not is_publisher("Reuters", Document("a", BODY))


def test_publisher_key_ignores_case_punctuation_and_generic_words():
    assert publisher_key("The  BBC-News") == publisher_key("bbc") != publisher_key("CBS News")


@pytest.mark.parametrize("line, name", [
    ("© 2024 Reuters. All rights reserved.", "Reuters"),
    ("Copyright (c) BBC 2005", "BBC"),
    ("Copyright 2019-2024 Example Media Ltd", "Example Media Ltd"),
    ("© Example Times", "Example Times"),
])
def test_credit_publisher_reads_a_final_copyright_line(line, name):
    assert credit_publisher(f"{BODY}\n\n{line}\n\nAbout us | Contact") == name


@pytest.mark.parametrize("text", [
    BODY, f"{BODY}\nCopyright law protects the authors of books, the court said on Monday.",
    f"© 2024 Reuters\n" + "\n".join([BODY] * 20),   # a copyright line at the top, not the end
])
def test_credit_publisher_none_without_a_final_copyright_line(text):
    assert credit_publisher(text) is None


@pytest.mark.parametrize("name, expected", [
    ("BBC Radio 4", True), ("BBC One", True),  # the publisher's station and channel
    ("BBC", True), ("NBC News", False), ("Times Square", False), ("Bbc Radio", False),
])
def test_is_publisher_takes_the_publishers_outlets(name, expected):
    # "told BBC Radio 4" in a BBC article is reporting furniture as "told the BBC" is
    assert is_publisher(name, Document("a", BODY, source="BBC")) is expected


def test_is_publisher_outlet_needs_an_acronym():
    # a plain word starts names of other things: "Times Square" is not The Times
    assert not is_publisher("Times Square", Document("a", BODY, source="The Times"))
