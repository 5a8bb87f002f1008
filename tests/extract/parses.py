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

BEING_ELECTED = [
    ('Pelosi', 'PROPN', 'NNP', 'nsubj', 1, 'Pelosi', 'B-PERSON'),
    ('resumed', 'VERB', 'VBD', 'ROOT', 1, 'resume', 'O'),
    ('office', 'NOUN', 'NN', 'dobj', 1, 'office', 'O'),
    (',', 'PUNCT', ',', 'punct', 1, ',', 'O'),
    ('being', 'AUX', 'VBG', 'auxpass', 5, 'be', 'O'),
    ('elected', 'VERB', 'VBN', 'ccomp', 1, 'elect', 'O'),
    ('by', 'ADP', 'IN', 'agent', 5, 'by', 'O'),
    ('Congress', 'PROPN', 'NNP', 'pobj', 6, 'Congress', 'B-ORG'),
    ('.', 'PUNCT', '.', 'punct', 1, '.', 'O'),
]
"""Pelosi resumed office, being elected by Congress."""

NOMINATED_AND_ELECTED = [
    ('Pelosi', 'PROPN', 'NNP', 'nsubjpass', 2, 'Pelosi', 'B-PERSON'),
    ('was', 'AUX', 'VBD', 'auxpass', 2, 'be', 'O'),
    ('nominated', 'VERB', 'VBN', 'ROOT', 2, 'nominate', 'O'),
    ('by', 'ADP', 'IN', 'agent', 2, 'by', 'O'),
    ('Democrats', 'PROPN', 'NNPS', 'pobj', 3, 'Democrats', 'B-NORP'),
    ('and', 'CCONJ', 'CC', 'cc', 2, 'and', 'O'),
    ('elected', 'VERB', 'VBN', 'conj', 2, 'elect', 'O'),
    ('by', 'ADP', 'IN', 'agent', 6, 'by', 'O'),
    ('the', 'DET', 'DT', 'det', 9, 'the', 'O'),
    ('House', 'PROPN', 'NNP', 'pobj', 7, 'House', 'B-ORG'),
]
"""Pelosi was nominated by Democrats and elected by the House."""

INFINITIVE_OBJECT = [
    ('Britain', 'PROPN', 'NNP', 'nsubj', 1, 'Britain', 'B-GPE'),
    ('joined', 'VERB', 'VBD', 'ROOT', 1, 'join', 'O'),
    ('a', 'DET', 'DT', 'det', 3, 'a', 'O'),
    ('coalition', 'NOUN', 'NN', 'dobj', 1, 'coalition', 'O'),
    ('to', 'PART', 'TO', 'aux', 5, 'to', 'O'),
    ('patrol', 'VERB', 'VB', 'advcl', 1, 'patrol', 'O'),
    ('the', 'DET', 'DT', 'det', 7, 'the', 'O'),
    ('Sea', 'PROPN', 'NNP', 'dobj', 5, 'Sea', 'B-LOC'),
    ('which', 'PRON', 'WDT', 'nsubjpass', 10, 'which', 'O'),
    ('was', 'AUX', 'VBD', 'auxpass', 10, 'be', 'O'),
    ('joined', 'VERB', 'VBN', 'relcl', 7, 'join', 'O'),
    ('by', 'ADP', 'IN', 'agent', 10, 'by', 'O'),
    ('Spain', 'PROPN', 'NNP', 'pobj', 11, 'Spain', 'B-GPE'),
]
"""Britain joined a coalition to patrol the Sea which was joined by Spain."""
