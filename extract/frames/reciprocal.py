"""Reciprocal predicates: coordinated subjects that act on each other.

"Trump and Congress could not reach an agreement" -> Trump reaches agreement with Congress
(negative); "Kim and Putin met" -> Kim meets with Putin. Only when the clause names no partner
of its own ("Kim and Moon met Putin", "X and Y agreed with Z" are joint acts towards a third),
and only for verbs and event nouns whose meaning is mutual: "X and Y signed the petition" is
two signatures, not an exchange between them.
"""
from __future__ import annotations

from typing import Iterator

from extract.frames.scope import scope_of
from extract.frames.types import Argument, Context, Frame, Heads, Keep, Role
from extract.relations import lemma_of

#: verbs whose coordinated subjects act on each other (general English, closed list)
RECIPROCAL_VERBS = frozenset({"meet", "talk", "agree", "disagree", "negotiate", "clash", "quarrel",
                              "cooperate", "collaborate", "reconcile", "ally", "feud", "spar"})
#: event nouns of a mutual act, carried by a verb ("reached an agreement", "held talks")
RECIPROCAL_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "truce", "ceasefire",
                              "talks", "meeting", "compromise", "settlement", "partnership",
                              "alliance", "dispute", "feud"})
#: verbs that carry a reciprocal noun as the event itself
CARRIERS = frozenset({"reach", "sign", "strike", "conclude", "hold", "have", "negotiate", "forge",
                      "seal", "agree", "form"})
_SUBJECTS = frozenset({"nsubj"})


#: the tokens the registry calls `frames` on: a verb
FRAMES_HEADS = Heads(pos=frozenset({"VERB"}))


def frames(ctx: Context, verb) -> Iterator[Frame]:
    """The frame of a reciprocal clause with coordinated subjects: the first subject acts
    "with" the others (Keep.ENTITIES: only named parties make a fact)."""
    if verb.pos_ != "VERB":
        return
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or not subjects[0].conjuncts:
        return
    first = subjects[0]
    partners = [c for c in first.conjuncts if c.i > first.i]
    if not partners or any(c.dep_ in {"dobj", "dative"} and c.pos_ == "PROPN" for c in verb.children) \
            or any(c.dep_ == "prep" and c.lower_ in {"with", "against"} for c in verb.children):
        return
    if any(c.dep_ == "preconj" or c.lower_ in {"both", "each"} for c in first.children) \
            or any(c.lower_ in {"both", "each", "separately", "respectively"} for c in verb.children):
        return  # "both X and Y agreed", "X and Y each met Z": distributive, not mutual
    lemma = lemma_of(verb)
    middle = ""
    if lemma in RECIPROCAL_VERBS and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return  # "X and Y agreed to cut output": agreeing to a plan, maybe each on its own
    if lemma not in RECIPROCAL_VERBS:
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RECIPROCAL_NOUNS
                 and not any(p.dep_ == "prep" and p.lower_ in {"with", "between"} for p in c.children)]
        if lemma not in CARRIERS or not nouns:
            return
        middle = nouns[0].lower_
    partner = Argument(Role.PREPOSITIONAL, partners[0].i, tuple(p.i for p in partners[1:]),
                       preposition="with", middle=middle, keep=Keep.ENTITIES)
    yield Frame("reciprocal", verb.i, lemma, "reciprocal",
                subjects=(Argument(Role.SUBJECT, first.i, keep=Keep.ENTITIES),),
                arguments=(partner,), scope=scope_of(verb),
                particle=" ".join(c.lower_ for c in verb.children if c.dep_ == "prt"))
