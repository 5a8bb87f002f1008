"""Who does the action of a clause: its own subject, its passive agent, or a borrowed one.

Borrowing follows the clause's dependency to a neighbour; each construction module owns the
dependencies it explains (BORROWERS). Every borrowed Argument records its path in `via`, so a
view can apply its own filter to borrowed subjects.
"""
from __future__ import annotations

from extract.frames import control, coordination, relative
from extract.frames.passive import own_subject
from extract.frames.types import Argument

#: the clause dependency -> the construction that lends the clause a subject
BORROWERS = {
    "relcl": relative.borrow,
    "acl": relative.borrow,
    "pcomp": control.borrow,
    "xcomp": control.borrow,
    "conj": coordination.borrow,
    "advcl": coordination.borrow,
}
_MAX_DEPTH = 6


def subjects_of(verb, depth: int = 0) -> tuple[tuple[Argument, ...], bool]:
    """(subjects, passive) of a verb; with passive, the subjects are the by-phrase agents."""
    if depth > _MAX_DEPTH:
        return (), False
    own = own_subject(verb)
    if own is not None:
        return own
    borrow = BORROWERS.get(verb.dep_)
    return borrow(verb, depth, subjects_of) if borrow else ((), False)
