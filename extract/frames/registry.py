"""The ordered list of constructions that build frames, and the one place that runs them.

Each construction is `frames(ctx, token) -> Iterator[Frame]` and decides itself whether the
token is its trigger. Within a sentence, frames come in token order, then registry order.
Subject borrowing (passive, relative, control, coordination) is registered in
extract.frames.subject.BORROWERS; scope (negation, hedging, speech) in extract.frames.scope.
"""
from __future__ import annotations

from typing import Callable, Iterator, NamedTuple

from extract.frames import apposition, copula, nominal, reciprocal, relational, standing, target, verbal
from extract.frames.types import Context, Frame


class Construction(NamedTuple):
    name: str
    frames: Callable[[Context, object], Iterator[Frame]]


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction("verbal_clause", verbal.frames),
    Construction("reciprocal", reciprocal.frames),
    Construction("copula", copula.frames),
    Construction("copula_role", copula.role_frames),
    Construction("nominal_event", nominal.frames),
    Construction("role", apposition.frames),
    Construction("apposition", apposition.apposition_frames),
    Construction("possessive", nominal.possessive_frames),
    Construction("title", apposition.title_frames),
    Construction("relational", relational.frames),
    Construction("standing", standing.frames),
    Construction("target", target.frames),
)


def sentence_frames(ctx: Context, sentence, only: frozenset[str] | None = None) -> tuple[Frame, ...]:
    """Every frame of one sentence (a Span or a Doc), built once; `only` names the
    constructions a view reads (default: all)."""
    chosen = [c for c in CONSTRUCTIONS if only is None or c.name in only]
    return tuple(frame for token in sentence for construction in chosen
                 for frame in construction.frames(ctx, token))
