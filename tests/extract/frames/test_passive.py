"""extract.frames.passive: agents do, patients are acted on."""
from __future__ import annotations

from extract.frames import Role
from tests.extract.frames.conftest import frame_at, words
from tests.extract.parses import PASSIVE

PARTICIPLE = [
    ("the", "DET", "DT", "det", 1, "the", "O"),
    ("treaty", "NOUN", "NN", "nsubj", 5, "treaty", "O"),
    ("signed", "VERB", "VBN", "acl", 1, "sign", "O"),
    ("by", "ADP", "IN", "agent", 2, "by", "O"),
    ("Putin", "PROPN", "NNP", "pobj", 3, "Putin", "B-PERSON"),
    ("expired", "VERB", "VBD", "ROOT", 5, "expire", "O"),
]
AGENTLESS = [
    ("Kyiv", "PROPN", "NNP", "nsubjpass", 2, "Kyiv", "B-GPE"),
    ("was", "AUX", "VBD", "auxpass", 2, "be", "O"),
    ("attacked", "VERB", "VBN", "ROOT", 2, "attack", "O"),
]


def test_passive_agent_is_subject_and_grammatical_subject_is_patient(frames_of):
    doc, frames = frames_of(PASSIVE)
    frame = frame_at(doc, frames, "signed")
    assert frame.passive and frame.rule == "passive"
    assert [(a.role, doc[a.head].text) for a in frame.subjects] == [(Role.AGENT, "Putin")]
    assert [(a.role, doc[a.head].text) for a in frame.arguments] == [(Role.PATIENT, "treaty")]
    assert words(doc, frame.grammatical) == ["treaty"]


def test_passive_participle_acts_on_the_noun_it_modifies(frames_of):
    doc, frames = frames_of(PARTICIPLE)
    frame = frame_at(doc, frames, "signed")
    assert frame.passive and words(doc, frame.subjects) == ["Putin"]
    (patient,) = frame.arguments
    assert doc[patient.head].text == "treaty" and patient.conjuncts == ()


def test_passive_without_agent_has_no_doer(frames_of):
    doc, frames = frames_of(AGENTLESS)
    frame = frame_at(doc, frames, "attacked")
    assert frame.subjects == () and frame.arguments == ()
