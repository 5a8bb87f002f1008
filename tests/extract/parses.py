"""Hand-built spaCy parses shared by several test files: rows of (word, pos, tag, dep, head, lemma, ent)."""
from __future__ import annotations

CONTROL = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("vowed", "VERB", "VBD", "ROOT", 1, "vow", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("support", "VERB", "VB", "xcomp", 1, "support", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 3, "Russia", "B-GPE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
"""Kim vowed to support Russia."""

PASSIVE = [
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("treaty", "NOUN", "NN", "nsubjpass", 3, "treaty", "O"),
    ("was", "AUX", "VBD", "auxpass", 3, "be", "O"),
    ("signed", "VERB", "VBN", "ROOT", 3, "sign", "O"),
    ("by", "ADP", "IN", "agent", 3, "by", "O"),
    ("Putin", "PROPN", "NNP", "pobj", 4, "Putin", "B-PERSON"),
    (".", "PUNCT", ".", "punct", 3, ".", "O"),
]
"""The treaty was signed by Putin."""

NO_OBJECT = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia", "B-GPE"),
    ("sent", "VERB", "VBD", "ROOT", 1, "send", "O"),
    ("no", "DET", "DT", "det", 3, "no", "O"),
    ("weapons", "NOUN", "NNS", "dobj", 1, "weapon", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
"""Russia sent no weapons."""

VISIT = [
    ("Putin", "PROPN", "NNP", "poss", 2, "Putin", "B-PERSON"),
    ("'s", "PART", "POS", "case", 0, "'s", "O"),
    ("visit", "NOUN", "NN", "nsubj", 5, "visit", "O"),
    ("to", "ADP", "IN", "prep", 2, "to", "O"),
    ("Pyongyang", "PROPN", "NNP", "pobj", 3, "Pyongyang", "B-GPE"),
    ("ended", "VERB", "VBD", "ROOT", 5, "end", "O"),
]
"""Putin's visit to Pyongyang ended (no full stop)."""
