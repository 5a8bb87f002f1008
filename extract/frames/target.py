"""Targets of an event noun: "X is the subject of EU sanctions" -> (EU, sanctions, X).

A noun of being acted on ("subject", "target", "victim", "focus") names its holder as the
patient of the event noun after "of"; the event's agent is its possessor, a named compound or a
by-phrase (extract.frames.nominal.event_agents): "Yukos is the target of a campaign by the
Kremlin", "Deutsche Bank, the subject of an investigation by the SEC". The holder is the
subject of a copula whose complement the noun is, or the name the noun stands in apposition to.
"""
from __future__ import annotations

from typing import Iterator

from extract.frames.nominal import event_agents
from extract.frames.scope import hedged_noun, scope_of
from extract.frames.standing import named
from extract.frames.subject import grammatical_subject
from extract.frames.types import Argument, Context, Frame, Heads, Role, Scope
from extract.relations import lemma_of, verb_of_noun

#: nouns whose holder undergoes the event after "of"
TARGET_NOUNS = frozenset({"subject", "target", "victim", "focus"})
#: copulas whose subject holds the noun: "was the target of", "became the subject of"
_COPULAS = frozenset({"be", "become", "remain"})


#: the tokens the registry calls `frames` on: a target noun
FRAMES_HEADS = Heads(pos=frozenset({"NOUN"}))


def frames(ctx: Context, noun) -> Iterator[Frame]:
    """The frame of a target noun: the event's agents do the event to the holder."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TARGET_NOUNS:
        return
    holders, scope = _holders(noun)
    if not holders:
        return
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for event in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
            verb = verb_of_noun(lemma_of(event))
            agents = event_agents(ctx, event) if verb else []
            if agents:
                certainty = "hedged" if hedged_noun(event) else scope.certainty
                yield Frame("target", event.i, verb, "target", subjects=tuple(agents), arguments=holders,
                            scope=Scope(scope.polarity, certainty, scope.modality, scope.speakers))


def _holders(noun) -> tuple[tuple[Argument, ...], Scope]:
    """(named holders, scope): the copula's subject ("X was the target of") or the name the
    noun is in apposition to ("X, the target of")."""
    head = noun.head
    if noun.dep_ == "attr" and lemma_of(head) in _COPULAS:
        return named(noun.doc, grammatical_subject(head)), scope_of(head)
    if noun.dep_ == "appos" and head.pos_ == "PROPN":
        return named(noun.doc, (Argument(Role.PATIENT, head.i),)), Scope()
    return (), Scope()
