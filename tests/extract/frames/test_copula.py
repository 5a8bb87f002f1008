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

BECAME = [
    ("Johnson", "PROPN", "NNP", "nsubj", 1, "Johnson", "B-PERSON"),
    ("became", "VERB", "VBD", "ROOT", 1, "become", "O"),
    ("leader", "NOUN", "NN", "attr", 1, "leader", "O"),
    ("of", "ADP", "IN", "prep", 2, "of", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("Tories", "PROPN", "NNPS", "pobj", 3, "Tories", "B-ORG"),
]
NOT_PRESIDENT = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
    ("not", "PART", "RB", "neg", 1, "not", "O"),
    ("the", "DET", "DT", "det", 4, "the", "O"),
    ("president", "NOUN", "NN", "attr", 1, "president", "O"),
    ("of", "ADP", "IN", "prep", 4, "of", "O"),
    ("Acme", "PROPN", "NNP", "pobj", 5, "Acme", "B-ORG"),
]


def test_copula_linking_verb_with_a_title_of_an_organisation_gives_a_role(frames_of):
    doc, frames = frames_of(BECAME)
    frame = frame_at(doc, frames, "leader", "role_copula")
    assert frame.words == "leader" and words(doc, frame.arguments) == ["Tories"]
    assert words(doc, frame.subjects) == ["Johnson"]


def test_copula_role_keeps_the_negation_of_its_clause(frames_of):
    doc, frames = frames_of(NOT_PRESIDENT)
    frame = frame_at(doc, frames, "president", "role_copula")
    assert frame.scope.polarity == "negative" and words(doc, frame.arguments) == ["Acme"]


def test_copula_title_without_an_organisation_gives_no_role(frames_of):
    doc, frames = frames_of(COPULA)
    assert not [f for f in frames if f.construction == "role_copula"]
