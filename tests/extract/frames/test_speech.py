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


# "According to Ohio Senator Ann Lee, Kim met Putin.": the small model hangs the name's head on
# "according" as its subject and leaves only "Ohio" under "to"
ACCORDING_MISPARSED = [
    ("According", "VERB", "VBG", "prep", 8, "accord", "O"),
    ("to", "ADP", "IN", "prep", 0, "to", "O"),
    ("Ohio", "PROPN", "NNP", "pobj", 1, "Ohio", "B-GPE"),
    ("Senator", "PROPN", "NNP", "compound", 5, "Senator", "O"),
    ("Ann", "PROPN", "NNP", "compound", 5, "Ann", "B-PERSON"),
    ("Lee", "PROPN", "NNP", "nsubj", 0, "Lee", "I-PERSON"),
    (",", "PUNCT", ",", "punct", 8, ",", "O"),
    ("Kim", "PROPN", "NNP", "nsubj", 8, "Kim", "B-PERSON"),
    ("met", "VERB", "VBD", "ROOT", 8, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 8, "Putin", "B-PERSON"),
    (".", "PUNCT", ".", "punct", 8, ".", "O"),
]


def test_speech_according_is_no_event_even_with_a_parsed_subject(frames_of):
    doc, frames = frames_of(ACCORDING_MISPARSED)
    assert not [f for f in frames if doc[f.predicate].lower_ == "according" and (f.subjects or f.arguments)]


def test_speech_according_to_takes_the_source_head_hung_on_according(frames_of):
    doc, frames = frames_of(ACCORDING_MISPARSED)
    scope = frame_at(doc, frames, "met").scope
    assert scope.certainty == "reported" and words(doc, scope.speakers) == ["Lee"]
