"""extract.headline_scope: a headline's facts read as the article's body reads them."""
from __future__ import annotations

import pytest

from extract.headline_scope import settled
from extract.types import Mention, Triple

HEADLINE_END = 20
ACME, ZETA, BETA = (Mention("d", "Acme Corp", "ORG", 0, 9), Mention("d", "Zeta", "ORG", 15, 19),
                    Mention("d", "Beta", "ORG", 40, 44))


def _fact(start: int, subject=ACME, obj=ZETA, **kw) -> Triple:
    return Triple("d", subject, "buys", obj, "s", (start, start + 4), **kw)


HEAD = _fact(10)


@pytest.mark.parametrize("body, certainty", [
    ([_fact(30, certainty="reported", attributed_to=("analysts",))], "reported"),
    ([_fact(30, certainty="hedged")], "hedged"),
    ([_fact(30, certainty="hedged"), _fact(60, certainty="reported")], "reported"),
    ([_fact(30, certainty="hedged"), _fact(60)], "asserted"),
    ([_fact(30, subject=ZETA, obj=ACME, certainty="hedged")], "hedged"),
    ([_fact(30, subject=Mention("d", "Corp", "ORG", 30, 34), certainty="hedged")], "hedged"),
    ([_fact(30, obj=BETA, certainty="hedged")], "asserted"),
    ([], "asserted"),
], ids=["reported", "hedged", "most-certain-body-fact", "asserted-in-body", "either-way-round",
        "short-form-of-a-name", "other-pair", "no-body-fact"])
def test_headline_scope_takes_the_bodys_certainty(body, certainty):
    facts = list(settled([HEAD, *body], HEADLINE_END))
    assert facts[0].relation_span == HEAD.relation_span and facts[0].certainty == certainty
    assert facts[1:] == body  # the body's own facts are untouched


def test_headline_scope_takes_the_bodys_speakers():
    (head, _) = settled([HEAD, _fact(30, certainty="reported", attributed_to=("analysts",))], HEADLINE_END)
    assert head.attributed_to == ("analysts",)


def test_headline_scope_drops_a_headline_the_body_denies():
    denied = _fact(30, polarity="negative")
    assert list(settled([HEAD, denied], HEADLINE_END)) == [denied]


def test_headline_scope_without_a_headline_changes_nothing():
    facts = [HEAD, _fact(30, certainty="hedged")]
    assert list(settled(facts, None)) == facts
