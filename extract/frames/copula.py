"""Copular clauses: "Kim is the leader", "the talks were useful".

The graph view reads no facts from a copula (an attribute is not a relation between two
entities); the surface view reads (subject; is; attribute).
"""
from __future__ import annotations

from typing import Iterator

from extract.frames.types import Context, Frame

_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})


def is_copula(token) -> bool:
    """An auxiliary that heads its clause: spaCy makes the copula the clause head."""
    return token.pos_ == "AUX" and token.dep_ in _CLAUSE_DEPS


def frames(ctx: Context, token) -> Iterator[Frame]:
    """No frames yet: the surface view reads copulas (see extract.openie)."""
    return iter(())
