"""Inquiries carried out: "conducted an investigation into X" -> investigates X.

A verb that carries out an inquiry ("perform", "conduct", "carry out", "launch", "open",
"begin", "start", "undertake", "initiate", "pursue") with an inquiry noun as its object and an
"of" or "into" phrase states that its subject inquires into that phrase's object: "the FBI
opened an investigation into Smith" -> the FBI investigates Smith, "the regulator is
conducting a review of the deal" -> the regulator reviews the deal. The inquiry is under way,
so the verb is no modality (unlike "pledged support", a promise); the clause's own scope
stays ("Acme said the FBI had opened an investigation into Smith": reported). Verbs that only
ask for an inquiry ("demanded", "called for", "ordered" an investigation) are not in the list:
their subject does not investigate.
"""
from __future__ import annotations

from extract.frames.coordination import argument
from extract.frames.types import LightReading, Role
from extract.relations import lemma_of

#: verbs whose subject carries out the inquiry that is their object ("carry" only with "out")
CONDUCTING_VERBS = frozenset({"perform", "conduct", "carry", "launch", "open", "begin", "start",
                              "undertake", "initiate", "pursue"})
#: inquiry nouns and the verb of inquiring each stands for
INQUIRY_NOUNS = {"investigation": "investigate", "inquiry": "investigate", "enquiry": "investigate",
                 "probe": "investigate", "review": "review", "audit": "audit", "examination": "examine"}
#: prepositions that name what is inquired into
INQUIRY_PREPS = frozenset({"of", "into"})


def conducts(verb, noun) -> bool:
    """True when `verb` carries out the inquiry `noun` ("conducted an investigation")."""
    lemma = lemma_of(verb)
    if lemma not in CONDUCTING_VERBS or noun.pos_ != "NOUN" or noun.lemma_.lower() not in INQUIRY_NOUNS:
        return False
    return lemma != "carry" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def reading(verb, noun, prep, owners) -> LightReading | None:
    """The inquiry reading of one preposition of the noun (`owners` are its objects, as
    extract.frames.light_verb.conduct_owners gives them), or None."""
    if prep.lower_ not in INQUIRY_PREPS or not conducts(verb, noun):
        return None
    objects = tuple(argument(Role.PREPOSITIONAL, o, preposition=prep.lower_) for o in owners)
    return LightReading(objects, INQUIRY_NOUNS[noun.lemma_.lower()], performed=True)
