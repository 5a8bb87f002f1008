"""Copular clauses: "Kim is the leader", "the talks were useful".

spaCy makes the copula the head of its clause. A copula gives a syntactic reading only: the
graph view reads no facts from it (an attribute is not a relation between two entities); the
surface view reads (subject; is; attribute).
"""
from __future__ import annotations

from typing import Iterator

from extract.frames.clause import dependents, is_copula, is_predicate
from extract.frames.scope import scope_of
from extract.frames.subject import grammatical_subject
from extract.frames.types import Context, Frame
from extract.relations import lemma_of


def frames(ctx: Context, token) -> Iterator[Frame]:
    """The syntactic frame of a copula ("have" as a main verb is a verbal clause)."""
    if not is_copula(token) or is_predicate(token):
        return
    yield Frame("copula", token.i, lemma_of(token), "copula", grammatical=grammatical_subject(token),
                dependents=dependents(token), scope=scope_of(token))
