"""extract.frames.subject: who does the action of a clause."""
from __future__ import annotations

import pytest

from extract.frames.subject import stranded_subject, subjects_of
from tests.extract.frames.conftest import frame_at


def _speaking(fronted: bool = True, label: str = "PERSON"):
    """'Speaking to Reuters , the head of Oxfam , Anna Berg , said .' as the small model parses
    it: the title and the name hang on "Reuters" as appositions, "said" has no subject."""
    first = ("Speaking", "VERB", "VBG", "advcl", 12, "speak", "O") if fronted else \
        ("Speaking", "NOUN", "NN", "npadvmod", 12, "speaking", "O")
    b, i = f"B-{label}", f"I-{label}"
    return [
        first,
        ("to", "ADP", "IN", "prep", 0, "to", "O"),
        ("Reuters", "PROPN", "NNP", "pobj", 1, "Reuters", "B-ORG"),
        (",", "PUNCT", ",", "punct", 2, ",", "O"),
        ("the", "DET", "DT", "det", 5, "the", "O"),
        ("head", "NOUN", "NN", "appos", 2, "head", "O"),
        ("of", "ADP", "IN", "prep", 5, "of", "O"),
        ("Oxfam", "PROPN", "NNP", "pobj", 6, "Oxfam", "B-ORG"),
        (",", "PUNCT", ",", "punct", 2, ",", "O"),
        ("Anna", "PROPN", "NNP", "compound", 10, "Anna", b),
        ("Berg", "PROPN", "NNP", "appos", 2, "Berg", i),
        (",", "PUNCT", ",", "punct", 12, ",", "O"),
        ("said", "VERB", "VBD", "ROOT", 12, "say", "O"),
        (".", "PUNCT", ".", "punct", 12, ".", "O"),
    ]


@pytest.mark.parametrize("rows, expected", [
    (_speaking(), "Berg"), (_speaking(fronted=False), None), (_speaking(label="GPE"), None)],
    ids=["stranded-in-a-fronted-participle", "no-fronted-clause", "not-a-person-or-organisation"])
def test_subject_stranded_in_a_fronted_participle_is_the_main_verbs(doc_of, rows, expected):
    doc = doc_of(rows)
    found = stranded_subject(doc[12])
    assert (found.text if found is not None else None) == expected


def test_subject_stranded_subject_reaches_the_participle(frames_of):
    doc, frames = frames_of(_speaking())
    assert [doc[a.head].text for a in subjects_of(doc[12])[0]] == ["Berg"]
    assert [doc[a.head].text for a in frame_at(doc, frames, "Speaking").subjects] == ["Berg"]
