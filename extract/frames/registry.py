"""The ordered list of constructions that build frames, and the one place that runs them.

Each construction is `frames(ctx, token) -> Iterator[Frame]` and decides itself whether the
token is its trigger. It also declares `Heads`: which tokens can head it at all (a part of
speech, a dependency or a tag: what its guard requires first), so that it is called only on
those; a token's constructions are looked up once per (POS, dependency, tag). Within a
sentence, frames come in token order, then registry order. Subject borrowing (passive,
relative, control, coordination) is registered in extract.frames.subject.BORROWERS; scope
(negation, hedging, speech) in extract.frames.scope.
"""
from __future__ import annotations

from typing import Callable, Iterator, NamedTuple

from extract.arrays import token_arrays
from extract.frames import apposition, copula, nominal, reciprocal, relational, standing, target, verbal
from extract.frames.types import Context, Frame, Heads


class Construction(NamedTuple):
    name: str
    frames: Callable[[Context, object], Iterator[Frame]]
    #: the only tokens `frames` is called on (it yields nothing for any other); None: every token
    heads: Heads | None = None


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction("verbal_clause", verbal.frames, verbal.FRAMES_HEADS),
    Construction("reciprocal", reciprocal.frames, reciprocal.FRAMES_HEADS),
    Construction("copula", copula.frames, copula.FRAMES_HEADS),
    Construction("copula_role", copula.role_frames, copula.ROLE_FRAMES_HEADS),
    Construction("nominal_event", nominal.frames, nominal.FRAMES_HEADS),
    Construction("role", apposition.frames, apposition.FRAMES_HEADS),
    Construction("apposition", apposition.apposition_frames, apposition.APPOSITION_FRAMES_HEADS),
    Construction("possessive", nominal.possessive_frames, nominal.POSSESSIVE_FRAMES_HEADS),
    Construction("title", apposition.title_frames, apposition.TITLE_FRAMES_HEADS),
    Construction("relational", relational.frames, relational.FRAMES_HEADS),
    Construction("standing", standing.frames, standing.FRAMES_HEADS),
    Construction("target", target.frames, target.FRAMES_HEADS),
)

#: per `only`: (token.pos, token.dep, token.tag) -> the constructions, in registry order, that
#: declare such a token; filled as keys are met (a corpus has a few hundred)
_TABLES: dict[frozenset[str] | None, dict[tuple[int, int, int], tuple[Construction, ...]]] = {}


def sentence_frames(ctx: Context, sentence, only: frozenset[str] | None = None) -> tuple[Frame, ...]:
    """Every frame of one sentence (a Span or a Doc), built once; `only` names the
    constructions a view reads (default: all). Each token goes only to the constructions
    whose `Heads` it matches (`candidates`)."""
    table = _TABLES.setdefault(only, {})
    out: list[Frame] = []
    doc = sentence.doc
    keys = token_arrays(doc).keys  # a Token is built only for a token some construction takes
    start, end = (0, len(doc)) if sentence is doc else (sentence.start, sentence.end)
    for i in range(start, end):
        chosen = table.get(keys[i])
        if chosen is None:
            chosen = table[keys[i]] = candidates(doc[i], only)
        if chosen:
            token = doc[i]
            for construction in chosen:
                out.extend(construction.frames(ctx, token))
    return tuple(out)


def candidates(token, only: frozenset[str] | None = None) -> tuple[Construction, ...]:
    """The constructions (of `only`, default all) that declare `token` as a possible head."""
    return tuple(c for c in CONSTRUCTIONS if (only is None or c.name in only)
                 and (c.heads is None or c.heads.match(token.pos_, token.dep_, token.tag_)))
