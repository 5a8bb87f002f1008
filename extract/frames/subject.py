"""Who does the action of a clause: its own subject, its passive agent, or a borrowed one.

Borrowing follows the clause's dependency to a neighbour; each construction module owns the
dependencies it explains (BORROWERS). Every borrowed Argument records its path in `via`, so a
view can apply its own filter to borrowed subjects.
"""
from __future__ import annotations

from dataclasses import replace

from extract.frames import control, coordination, relative
from extract.frames.passive import RELATIVE, own_subject
from extract.frames.types import Argument, Role, Via

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


#: dependencies through which a clause shows its neighbour's subject on the surface
_SURFACE_CONTROL = {"conj": Via.CONJ, "xcomp": Via.XCOMP, "advcl": Via.ADVCL}
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def grammatical_subject(verb) -> tuple[Argument, ...]:
    """The subject a clause shows on the surface: its own (a passive's patient included), else
    the one it borrows through coordination, control or the noun its relative clause modifies.

    Unlike subjects_of it neither swaps in a passive's agent nor checks who really acts.
    """
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own:
        if own[0].lower_ in RELATIVE and verb.dep_ == "relcl":
            return (Argument(Role.SUBJECT, verb.head.i, via=(Via.RELCL,)),)
        return (Argument(Role.SUBJECT, own[0].i),)
    dep = verb.dep_
    if dep == "xcomp":
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        if objects:  # object control: "enlisted his friends to travel"
            return tuple(Argument(Role.SUBJECT, o.i, via=(Via.OBJECT_CONTROL,)) for o in objects)
    if dep in {"relcl", "acl"} and verb.head.pos_ in _NOUNS:
        return (Argument(Role.SUBJECT, verb.head.i, via=(Via(dep),)),)
    if dep in _SURFACE_CONTROL:
        return tuple(replace(a, via=(_SURFACE_CONTROL[dep], *a.via)) for a in grammatical_subject(verb.head))
    return ()
