"""extract.frames.apposition: titles and appositions."""
from __future__ import annotations

from tests.extract.frames.conftest import frame_at, words

ROLE = [
    ("North", "ADJ", "JJ", "amod", 1, "north", "B-NORP"),
    ("Korean", "ADJ", "JJ", "amod", 2, "korean", "I-NORP"),
    ("leader", "NOUN", "NN", "compound", 4, "leader", "O"),
    ("Kim", "PROPN", "NNP", "compound", 4, "Kim", "B-PERSON"),
    ("Jong-un", "PROPN", "NNP", "nsubj", 5, "Jong-un", "I-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 5, "speak", "O"),
]
APPOSITION = [
    ("Choe", "PROPN", "NNP", "nsubj", 7, "Choe", "B-PERSON"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("Korea", "PROPN", "NNP", "poss", 5, "Korea", "B-GPE"),
    ("'s", "PART", "POS", "case", 2, "'s", "O"),
    ("foreign", "ADJ", "JJ", "amod", 5, "foreign", "O"),
    ("minister", "NOUN", "NN", "appos", 0, "minister", "O"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("spoke", "VERB", "VBD", "ROOT", 7, "speak", "O"),
]
NO_ORG = [
    ("leader", "NOUN", "NN", "compound", 1, "leader", "O"),
    ("Kim", "PROPN", "NNP", "nsubj", 2, "Kim", "B-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 2, "speak", "O"),
]


def test_apposition_title_before_a_name_gives_a_role(frames_of):
    doc, frames = frames_of(ROLE)
    frame = frame_at(doc, frames, "Jong-un", "role_title")
    assert frame.words == "leader" and words(doc, frame.arguments) == ["North"]
    assert words(doc, frame.subjects) == ["Jong-un"]


def test_apposition_after_a_name_gives_a_role_anchored_at_the_apposition(frames_of):
    doc, frames = frames_of(APPOSITION)
    frame = frame_at(doc, frames, "minister", "role_apposition")
    assert frame.words == "foreign minister" and words(doc, frame.arguments) == ["Korea"]
    surface = frame_at(doc, frames, "minister", "apposition")
    assert words(doc, surface.grammatical) == ["Choe"]


def test_apposition_no_role_without_an_organisation(frames_of):
    doc, frames = frames_of(NO_ORG)
    assert not [f for f in frames if f.construction.startswith("role")]
    assert words(doc, frame_at(doc, frames, "Kim", "title").dependents) == ["leader"]
