"""extract.frames.speech: who says a clause."""
from __future__ import annotations

from tests.extract.frames.conftest import frame_at, words

SAID = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("said", "VERB", "VBD", "ROOT", 1, "say", "O"),
    ("that", "SCONJ", "IN", "mark", 4, "that", "O"),
    ("Korea", "PROPN", "NNP", "nsubj", 4, "Korea", "B-GPE"),
    ("supports", "VERB", "VBZ", "ccomp", 1, "support", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 4, "Russia", "B-GPE"),
]
ACCORDING_TO = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia", "B-GPE"),
    ("supports", "VERB", "VBZ", "ROOT", 1, "support", "O"),
    ("Iran", "PROPN", "NNP", "dobj", 1, "Iran", "B-GPE"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("according", "VERB", "VBG", "prep", 1, "accord", "O"),
    ("to", "ADP", "IN", "prep", 4, "to", "O"),
    ("Tass", "PROPN", "NNP", "pobj", 5, "Tass", "B-ORG"),
]
TRAILING = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia", "B-GPE"),
    ("supports", "VERB", "VBZ", "ROOT", 1, "support", "O"),
    ("Iran", "PROPN", "NNP", "dobj", 1, "Iran", "B-GPE"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("Tass", "PROPN", "NNP", "nsubj", 5, "Tass", "B-ORG"),
    ("reported", "VERB", "VBD", "parataxis", 1, "report", "O"),
]
SAY_OBJECT = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("said", "VERB", "VBD", "ROOT", 1, "say", "O"),
    ("things", "NOUN", "NNS", "dobj", 1, "thing", "O"),
]


def test_speech_complement_is_reported_by_the_speaker(frames_of):
    doc, frames = frames_of(SAID)
    scope = frame_at(doc, frames, "supports").scope
    assert scope.certainty == "reported" and words(doc, scope.speakers) == ["Kim"]


def test_speech_according_to_names_the_source(frames_of):
    doc, frames = frames_of(ACCORDING_TO)
    scope = frame_at(doc, frames, "supports").scope
    assert scope.certainty == "reported" and words(doc, scope.speakers) == ["Tass"]


def test_speech_trailing_report_verb_attributes_the_main_clause(frames_of):
    doc, frames = frames_of(TRAILING)
    assert words(doc, frame_at(doc, frames, "supports").scope.speakers) == ["Tass"]


def test_speech_say_verb_object_is_kept_only_when_named(frames_of):
    from extract.frames import Keep

    doc, frames = frames_of(SAY_OBJECT)
    (obj,) = frame_at(doc, frames, "said").arguments
    assert obj.keep is Keep.NAMED
