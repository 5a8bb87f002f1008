"""extract.frames.reciprocal: coordinated subjects of a mutual act act on each other."""
from __future__ import annotations

import pytest

from extract.frames import Keep
from tests.extract.frames.conftest import words

MET = [  # "Kim and Putin met"
    ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
    ("and", "CCONJ", "CC", "cc", 0, "and", "O"),
    ("Putin", "PROPN", "NNP", "conj", 0, "Putin", "B-PERSON"),
    ("met", "VERB", "VBD", "ROOT", 3, "meet", "O"),
]
NO_AGREEMENT = [  # "Kim and Putin could not reach an agreement"
    ("Kim", "PROPN", "NNP", "nsubj", 5, "Kim", "B-PERSON"),
    ("and", "CCONJ", "CC", "cc", 0, "and", "O"),
    ("Putin", "PROPN", "NNP", "conj", 0, "Putin", "B-PERSON"),
    ("could", "AUX", "MD", "aux", 5, "could", "O"),
    ("not", "PART", "RB", "neg", 5, "not", "O"),
    ("reach", "VERB", "VB", "ROOT", 5, "reach", "O"),
    ("an", "DET", "DT", "det", 7, "an", "O"),
    ("agreement", "NOUN", "NN", "dobj", 5, "agreement", "O"),
]
MET_A_THIRD = [  # "Kim and Moon met Putin": a joint act towards a third party
    ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
    ("and", "CCONJ", "CC", "cc", 0, "and", "O"),
    ("Moon", "PROPN", "NNP", "conj", 0, "Moon", "B-PERSON"),
    ("met", "VERB", "VBD", "ROOT", 3, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 3, "Putin", "B-PERSON"),
]
SIGNED_PETITION = [  # "Kim and Moon signed the petition": two signatures, no exchange
    ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
    ("and", "CCONJ", "CC", "cc", 0, "and", "O"),
    ("Moon", "PROPN", "NNP", "conj", 0, "Moon", "B-PERSON"),
    ("signed", "VERB", "VBD", "ROOT", 3, "sign", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("petition", "NOUN", "NN", "dobj", 3, "petition", "O"),
]
BOTH_MET = [  # "Kim and Moon both met": each on their own
    ("Kim", "PROPN", "NNP", "nsubj", 4, "Kim", "B-PERSON"),
    ("and", "CCONJ", "CC", "cc", 0, "and", "O"),
    ("Moon", "PROPN", "NNP", "conj", 0, "Moon", "B-PERSON"),
    ("both", "ADV", "RB", "advmod", 4, "both", "O"),
    ("met", "VERB", "VBD", "ROOT", 4, "meet", "O"),
]


def _reciprocal(frames):
    return [f for f in frames if f.construction == "reciprocal"]


def test_reciprocal_verb_joins_its_coordinated_subjects(frames_of):
    doc, frames = frames_of(MET)
    (frame,) = _reciprocal(frames)
    (partner,) = frame.arguments
    assert words(doc, frame.subjects) == ["Kim"] and doc[partner.head].text == "Putin"
    assert (partner.preposition, partner.keep, frame.rule) == ("with", Keep.ENTITIES, "reciprocal")


def test_reciprocal_event_noun_keeps_its_noun_and_the_negation(frames_of):
    doc, frames = frames_of(NO_AGREEMENT)
    (frame,) = _reciprocal(frames)
    (partner,) = frame.arguments
    assert (doc[partner.head].text, partner.middle) == ("Putin", "agreement")
    assert (frame.lemma, frame.scope.polarity, frame.scope.certainty) == ("reach", "negative", "hedged")


@pytest.mark.parametrize("rows", [MET_A_THIRD, SIGNED_PETITION, BOTH_MET],
                         ids=["third-party", "not-mutual", "distributive"])
def test_reciprocal_needs_a_mutual_act_between_the_subjects(frames_of, rows):
    _, frames = frames_of(rows)
    assert _reciprocal(frames) == []
