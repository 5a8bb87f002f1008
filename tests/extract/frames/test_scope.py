"""extract.frames.scope: polarity, certainty and modality from a clause and its governors."""
from __future__ import annotations

import pytest

from extract.frames.scope import flip, stronger
from tests.extract.frames.conftest import frame_at

NEGATED_CONTROL = [
    ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
    ("did", "AUX", "VBD", "aux", 3, "do", "O"),
    ("not", "PART", "RB", "neg", 3, "not", "O"),
    ("vow", "VERB", "VB", "ROOT", 3, "vow", "O"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("support", "VERB", "VB", "xcomp", 3, "support", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 5, "Russia", "B-GPE"),
]
REFUSED = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("meet", "VERB", "VB", "xcomp", 1, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 3, "Putin", "B-PERSON"),
]
MAY = [
    ("Korea", "PROPN", "NNP", "nsubj", 2, "Korea", "B-GPE"),
    ("may", "AUX", "MD", "aux", 2, "may", "O"),
    ("arm", "VERB", "VB", "ROOT", 2, "arm", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 2, "Russia", "B-GPE"),
]
WHETHER = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("asked", "VERB", "VBD", "ROOT", 1, "ask", "O"),
    ("whether", "SCONJ", "IN", "mark", 4, "whether", "O"),
    ("Russia", "PROPN", "NNP", "nsubj", 4, "Russia", "B-GPE"),
    ("attacked", "VERB", "VBD", "ccomp", 1, "attack", "O"),
]


@pytest.mark.parametrize("rows, verb, polarity, certainty, modality", [
    (NEGATED_CONTROL, "support", "negative", "asserted", "vow"),
    (REFUSED, "meet", "negative", "asserted", None),
    (MAY, "arm", "positive", "hedged", "may"),
    (WHETHER, "attacked", "positive", "hedged", None),
], ids=["negated-governor", "negating-verb", "modal", "whether"])
def test_scope_of_clause(frames_of, rows, verb, polarity, certainty, modality):
    doc, frames = frames_of(rows)
    scope = frame_at(doc, frames, verb).scope
    assert (scope.polarity, scope.certainty, scope.modality) == (polarity, certainty, modality)


def test_scope_helpers():
    assert flip("positive") == "negative" and flip("negative") == "positive"
    assert stronger("reported", "hedged") == "hedged" and stronger("hedged", "asserted") == "hedged"
