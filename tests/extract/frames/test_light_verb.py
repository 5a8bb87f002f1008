"""extract.frames.light_verb: event nouns carried by light verbs and idioms."""
from __future__ import annotations

from tests.extract.frames.conftest import frame_at

LIGHT = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin", "B-PERSON"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge", "O"),
    ("support", "NOUN", "NN", "dobj", 1, "support", "O"),
    ("for", "ADP", "IN", "prep", 2, "for", "O"),
    ("Korea", "PROPN", "NNP", "pobj", 3, "Korea", "B-GPE"),
]
IDIOM = [
    ("Seoul", "PROPN", "NNP", "nsubj", 1, "Seoul", "B-GPE"),
    ("took", "VERB", "VBD", "ROOT", 1, "take", "O"),
    ("issue", "NOUN", "NN", "dobj", 1, "issue", "O"),
    ("with", "ADP", "IN", "prep", 2, "with", "O"),
    ("Tokyo", "PROPN", "NNP", "pobj", 3, "Tokyo", "B-GPE"),
]
HEAVY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin", "B-PERSON"),
    ("praised", "VERB", "VBD", "ROOT", 1, "praise", "O"),
    ("support", "NOUN", "NN", "dobj", 1, "support", "O"),
    ("for", "ADP", "IN", "prep", 2, "for", "O"),
    ("Korea", "PROPN", "NNP", "pobj", 3, "Korea", "B-GPE"),
]


def test_light_verb_reads_the_event_nouns_verb(frames_of):
    doc, frames = frames_of(LIGHT)
    (slot,) = frame_at(doc, frames, "pledged").arguments
    (reading,) = slot.light
    assert (reading.lemma, reading.preposition) == ("support", "")
    assert [doc[a.head].text for a in reading.objects] == ["Korea"]


def test_light_verb_idiom(frames_of):
    doc, frames = frames_of(IDIOM)
    (slot,) = frame_at(doc, frames, "took").arguments
    assert [r.lemma for r in slot.light] == ["criticize"]


def test_light_verb_not_for_other_verbs(frames_of):
    doc, frames = frames_of(HEAVY)
    # the object slot (the noun's "for Korea" is a complement slot of its own)
    (slot,) = [a for a in frame_at(doc, frames, "praised").arguments if not a.preposition]
    assert slot.light == ()


def test_light_verb_noun_gives_no_event_frame_of_its_own(frames_of):
    doc, frames = frames_of(LIGHT)
    assert not [f for f in frames if f.construction == "nominal_event"]
