"""A headline's facts take the certainty the article's body gives them. Pure.

A headline states its story flatly ("Acme moves for Zeta"), while the body may only report or
hedge it ("Zeta's owners are said to be considering an offer from Acme") or deny it. A headline
fact whose subject and object are the two arguments of a fact of the body (either way round)
reads as the body reads:

- a body fact of the same polarity as certain as the headline's, or more: the headline stands;
- body facts of the same polarity all less certain (reported, hedged): the headline fact takes
  the most certain of them, and its speakers when it has none of its own;
- body facts of the opposite polarity only: the body denies the headline, which is dropped.

A headline fact no body fact shares both arguments with is left as it is: the body often says
the same in other words the reader does not turn into that fact.

>>> from extract.types import Mention, Triple
>>> acme, zeta = Mention("d", "Acme", "ORG", 0, 4), Mention("d", "Zeta", "ORG", 15, 19)
>>> head = Triple("d", acme, "buys", zeta, "Acme buys Zeta.", (5, 9))
>>> body = Triple("d", acme, "buys", zeta, "Acme may buy Zeta.", (30, 33), certainty="hedged")
>>> [f.certainty for f in settled([head, body], 16)]
['hedged', 'hedged']
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from extract.types import Triple

_RANK = {"asserted": 0, "reported": 1, "hedged": 2}


def settled(facts: Iterable[Triple], end: int | None) -> Iterator[Triple]:
    """`facts` of one article with its headline's facts (those whose relation starts before
    the character offset `end`, where the headline ends; None: no headline) read as the
    body reads them."""
    facts = list(facts)
    if end is None:
        yield from facts
        return
    body = [f for f in facts if f.relation_span[0] >= end]
    for fact in facts:
        if fact.relation_span[0] >= end:
            yield fact
            continue
        support = [b for b in body if _same_pair(fact, b)]
        if not support:
            yield fact
            continue
        agreeing = [b for b in support if b.polarity == fact.polarity]
        if not agreeing:
            continue  # the body denies what the headline states
        best = min(agreeing, key=lambda b: _RANK.get(b.certainty, 2))
        if _RANK.get(best.certainty, 2) > _RANK.get(fact.certainty, 2):
            fact = replace(fact, certainty=best.certainty,
                           attributed_to=fact.attributed_to or best.attributed_to)
        yield fact


def _same_pair(fact: Triple, other: Triple) -> bool:
    """The two facts relate the same two arguments, either way round."""
    a, b = _key(fact.subject.text), _key(fact.object.text)
    c, d = _key(other.subject.text), _key(other.object.text)
    return (_same(a, c) and _same(b, d)) or (_same(a, d) and _same(b, c))


def _key(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name, or the short form of the other written as its last words ("Johnson",
    "Boris Johnson")."""
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long[len(long) - len(short):] == short
