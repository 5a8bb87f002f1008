"""Who does the action of a clause: its own subject, its passive agent, or a borrowed one.

Borrowing follows the clause's dependency to a neighbour; each construction module owns the
dependencies it explains (BORROWERS). Every borrowed Argument records its path in `via`, so a
view can apply its own filter to borrowed subjects.
"""
from __future__ import annotations

from dataclasses import replace

from extract.frames import control, coordination, relative
from extract.frames.coordination import argument
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
    stranded = stranded_subject(verb)
    if stranded is not None:
        return (argument(Role.SUBJECT, stranded),), False
    borrow = BORROWERS.get(verb.dep_)
    return borrow(verb, depth, subjects_of) if borrow else ((), False)


#: entity labels of a subject the parser can strand in a fronted clause
_STRANDED_LABELS = frozenset({"PERSON", "ORG"})


def stranded_subject(verb):
    """The subject the parser hung inside a fronted participial clause when the main verb has
    none: "Speaking to Reuters, the head of the Red Cross, Anna Berg, said ..." is parsed with
    "Anna Berg" as an apposition of "Reuters". A name right before the verb (a comma between)
    whose head is an apposition inside the verb's own fronted adverbial clause can only be the
    verb's subject: an apposition never directly precedes its clause's verb. None otherwise.
    """
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    name = verb.doc[verb.i - 2]
    if name.ent_type_ not in _STRANDED_LABELS:
        return None
    head = name
    while head.dep_ == "compound" or (head.dep_ == "flat" and head.head.i > head.i):
        head = head.head
    if head.dep_ != "appos" or head.ent_type_ != name.ent_type_:
        return None
    fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < head.i and c.tag_ == "VBG"]
    return head if any(head in clause.subtree for clause in fronted) else None


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
