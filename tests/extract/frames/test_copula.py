"""extract.frames.copula: copular clauses have a syntactic reading only."""
from __future__ import annotations

from extract.frames import Role
from tests.extract.frames.conftest import frame_at, words

COPULA = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("leader", "NOUN", "NN", "attr", 1, "leader", "O"),
]
HAVE = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("has", "AUX", "VBZ", "ROOT", 1, "have", "O"),
    ("missiles", "NOUN", "NNS", "dobj", 1, "missile", "O"),
]


def test_copula_reads_subject_and_attribute_but_no_event(frames_of):
    doc, frames = frames_of(COPULA)
    frame = frame_at(doc, frames, "is")
    assert frame.construction == "copula" and frame.subjects == () and frame.arguments == ()
    assert words(doc, frame.grammatical) == ["Kim"]
    assert [(a.role, doc[a.head].text) for a in frame.dependents] == [(Role.ATTRIBUTE, "leader")]


def test_copula_have_as_a_main_verb_is_a_verbal_clause(frames_of):
    doc, frames = frames_of(HAVE)
    frame = frame_at(doc, frames, "has")
    assert frame.construction == "verbal_clause" and words(doc, frame.arguments) == ["missiles"]
