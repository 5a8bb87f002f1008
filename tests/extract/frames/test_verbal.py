"""extract.frames.verbal: subjects, objects and prepositional objects of a verb."""
from __future__ import annotations

import pytest

from extract.frames import Keep, Role
from extract.frames.clause import is_predicate
from tests.extract.frames.conftest import frame_at, words
from tests.extract.parses import NO_OBJECT

# (word, pos, tag, dep, head, lemma, ent)
SVO_PREP = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("sent", "VERB", "VBD", "ROOT", 1, "send", "O"),
    ("troops", "NOUN", "NNS", "dobj", 1, "troop", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("Russia", "PROPN", "NNP", "pobj", 3, "Russia", "B-GPE"),
    ("during", "ADP", "IN", "prep", 1, "during", "O"),
    ("talks", "NOUN", "NNS", "pobj", 5, "talk", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
ARRIVED = [
    ("Belousov", "PROPN", "NNP", "nsubj", 1, "Belousov", "B-PERSON"),
    ("arrived", "VERB", "VBD", "ROOT", 1, "arrive", "O"),
    ("in", "ADP", "IN", "prep", 1, "in", "O"),
    ("Pyongyang", "PROPN", "NNP", "pobj", 2, "Pyongyang", "B-GPE"),
    ("on", "ADP", "IN", "prep", 1, "on", "O"),
    ("Friday", "PROPN", "NNP", "pobj", 4, "Friday", "B-DATE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_object_and_entity_preposition_join_but_adjuncts_do_not(frames_of):
    doc, frames = frames_of(SVO_PREP)
    frame = frame_at(doc, frames, "sent")
    assert words(doc, frame.subjects) == ["Kim"] and frame.rule == "svo" and frame.lemma == "send"
    (obj, prep) = frame.arguments
    assert (obj.role, doc[obj.head].text) == (Role.OBJECT, "troops")
    # "sent troops to Russia": the object joins the relation, kept only beside a concept object
    assert (prep.role, prep.preposition, prep.middle, prep.keep) == (
        Role.PREPOSITIONAL, "to", "troops", Keep.BESIDE_CONCEPT)
    assert prep.beside == obj.head
    assert "talks" not in words(doc, frame.arguments)  # "during" is an adjunct

OWN_BID = [  # "Lee ended his own bid" / "Lee ended Kim's bid"
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("ended", "VERB", "VBD", "ROOT", 1, "end", "O"),
    ("his", "PRON", "PRP$", "poss", 4, "his", "O"),
    ("own", "ADJ", "JJ", "amod", 4, "own", "O"),
    ("bid", "NOUN", "NN", "dobj", 1, "bid", "O"),
]
OTHERS_BID = [  # "Lee ended Kim's own bid": a named owner is another party
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("ended", "VERB", "VBD", "ROOT", 1, "end", "O"),
    ("Kim", "PROPN", "NNP", "poss", 5, "Kim", "B-PERSON"),
    ("'s", "PART", "POS", "case", 2, "'s", "O"),
    ("own", "ADJ", "JJ", "amod", 5, "own", "O"),
    ("bid", "NOUN", "NN", "dobj", 1, "bid", "O"),
]


def test_verbal_own_possessor_is_no_second_party(frames_of):
    doc, frames = frames_of(OWN_BID)
    assert words(doc, frame_at(doc, frames, "ended").arguments) == ["bid"]
    doc, frames = frames_of(OTHERS_BID)
    assert words(doc, frame_at(doc, frames, "ended").arguments) == ["bid", "Kim"]


def test_verbal_dates_are_no_arguments_and_circumstance_preps_keep_entities(frames_of):
    doc, frames = frames_of(ARRIVED)
    (arg,) = frame_at(doc, frames, "arrived").arguments
    assert (doc[arg.head].text, arg.preposition, arg.keep) == ("Pyongyang", "in", Keep.ENTITIES)


def test_verbal_no_determiner_marks_the_slot_negated(frames_of):
    doc, frames = frames_of(NO_OBJECT)
    (arg,) = frame_at(doc, frames, "sent").arguments
    assert arg.negated and frame_at(doc, frames, "sent").scope.polarity == "positive"


@pytest.mark.parametrize("pos, dep, lemma, expected", [
    ("VERB", "ROOT", "send", True), ("VERB", "amod", "send", False), ("AUX", "ROOT", "be", False),
    ("AUX", "ROOT", "have", True), ("VERB", "aux", "have", False),
])
def test_verbal_is_predicate(doc_of, pos, dep, lemma, expected):
    doc = doc_of([("x", pos, "VB", dep, 0, lemma, "O")])
    assert is_predicate(doc[0]) is expected


def test_verbal_surface_reading_lists_dependents_in_order(frames_of):
    doc, frames = frames_of(SVO_PREP)
    frame = frame_at(doc, frames, "sent")
    assert [(a.role, doc[a.head].text) for a in frame.dependents] == [
        (Role.OBJECT, "troops"), (Role.PREPOSITIONAL, "to"), (Role.PREPOSITIONAL, "during")]
    assert words(doc, frame.grammatical) == ["Kim"]
