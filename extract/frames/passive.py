"""Passive clauses: the by-phrase is the doer, the grammatical subject what is acted on.

"The treaty was signed by Putin" and "the treaty signed by Putin" -> (Putin, signs, treaty).
"""
from __future__ import annotations

from extract.frames.coordination import argument
from extract.frames.types import Argument, Role, Via

RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})


def agents(verb) -> tuple[Argument, ...]:
    """The objects of the first by-phrase (dep "agent") of a verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return tuple(argument(Role.AGENT, obj) for obj in child.children if obj.dep_ == "pobj")
    return ()


def own_subject(verb):
    """(subjects, passive) from the verb's own subject or passive auxiliary, else None."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                return (argument(Role.SUBJECT, verb.head, via=(Via.RELCL,)),), False
            return (argument(Role.SUBJECT, child),), False
        if child.dep_ == "nsubjpass":
            return agents(verb), True
    if any(c.dep_ == "auxpass" for c in verb.children):
        return agents(verb), True
    return None


def patients(verb) -> list[Argument]:
    """What a passive verb acts on: its subject, the noun its participle modifies, or the
    noun its relative clause modifies ("the treaty which was signed")."""
    slots = [argument(Role.PATIENT, c) for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        slots.append(argument(Role.PATIENT, verb.head, conjuncts=False))
    if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE and c.dep_ == "nsubjpass" for c in verb.children):
        slots = [argument(Role.PATIENT, verb.head, conjuncts=False)]
    return slots
