"""extract.frames.nominal: event nouns and possessives."""
from __future__ import annotations

from extract.frames import Keep, Role, Via
from tests.extract.frames.conftest import frame_at, words
from tests.extract.parses import VISIT

CONDEMNATION = [
    ("the", "DET", "DT", "det", 2, "the", "O"),
    ("US", "PROPN", "NNP", "compound", 2, "US", "B-GPE"),
    ("condemnation", "NOUN", "NN", "nsubj", 5, "condemnation", "O"),
    ("of", "ADP", "IN", "prep", 2, "of", "O"),
    ("Iran", "PROPN", "NNP", "pobj", 3, "Iran", "B-GPE"),
    ("angered", "VERB", "VBD", "ROOT", 5, "anger", "O"),
]
DURING = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 1, "speak", "O"),
    ("during", "ADP", "IN", "prep", 1, "during", "O"),
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("meeting", "NOUN", "NN", "pobj", 2, "meeting", "O"),
    ("with", "ADP", "IN", "prep", 4, "with", "O"),
    ("Shoigu", "PROPN", "NNP", "pobj", 5, "Shoigu", "B-PERSON"),
]


def test_nominal_possessor_is_agent_and_destination_drops_to(frames_of):
    doc, frames = frames_of(VISIT)
    frame = frame_at(doc, frames, "visit", "nominal_event")
    assert frame.lemma == "visit" and frame.rule == "event_noun"
    assert [(a.role, doc[a.head].text) for a in frame.subjects] == [(Role.AGENT, "Putin")]
    (theme,) = frame.arguments
    assert theme.preposition == "" and words(doc, theme.members) == ["Pyongyang"]


def test_nominal_named_compound_is_agent_and_of_is_the_theme(frames_of):
    doc, frames = frames_of(CONDEMNATION)
    frame = frame_at(doc, frames, "condemnation", "nominal_event")
    (agent,) = frame.subjects
    assert (doc[agent.head].text, agent.keep) == ("US", Keep.NAME_SPAN)
    assert [a.preposition for a in frame.arguments] == [""]


def test_nominal_event_during_a_clause_takes_its_subject(frames_of):
    doc, frames = frames_of(DURING)
    frame = frame_at(doc, frames, "meeting", "nominal_event")
    (agent,) = frame.subjects
    assert (doc[agent.head].text, agent.via) == ("Kim", (Via.EVENT,))
    assert [a.preposition for a in frame.arguments] == ["with"]


def test_nominal_possessive_frame(frames_of):
    doc, frames = frames_of(VISIT)
    frame = frame_at(doc, frames, "Putin", "possessive")
    assert words(doc, frame.grammatical) == ["Putin"] and words(doc, frame.dependents) == ["visit"]
