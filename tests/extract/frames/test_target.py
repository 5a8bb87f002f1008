"""extract.frames.target: "X is the subject/target/victim of an event by Y" -> Y does it to X."""
from __future__ import annotations

import pytest

from extract.triples import triples
from tests.extract.frames.conftest import frame_at, words

INQUIRY = [  # Google was the target of an investigation by Brussels
    ("Google", "PROPN", "NNP", "nsubj", 1, "Google", "B-ORG"),
    ("was", "AUX", "VBD", "ROOT", 1, "be", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("target", "NOUN", "NN", "attr", 1, "target", "O"),
    ("of", "ADP", "IN", "prep", 3, "of", "O"),
    ("an", "DET", "DT", "det", 6, "an", "O"),
    ("investigation", "NOUN", "NN", "pobj", 4, "investigation", "O"),
    ("by", "ADP", "IN", "prep", 6, "by", "O"),
    ("Brussels", "PROPN", "NNP", "pobj", 7, "Brussels", "B-GPE"),
]
APPOSED = [  # Iran, the subject of EU sanctions, fell
    ("Iran", "PROPN", "NNP", "nsubj", 7, "Iran", "B-GPE"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("subject", "NOUN", "NN", "appos", 0, "subject", "O"),
    ("of", "ADP", "IN", "prep", 3, "of", "O"),
    ("EU", "PROPN", "NNP", "compound", 6, "EU", "B-ORG"),
    ("sanctions", "NOUN", "NNS", "pobj", 4, "sanction", "O"),
    ("fell", "VERB", "VBD", "ROOT", 7, "fall", "O"),
]


def _with(rows, index, **changes):
    fields = ("word", "pos", "tag", "dep", "head", "lemma", "ent")
    row = dict(zip(fields, rows[index]))
    row.update(changes)
    return [*rows[:index], tuple(row[f] for f in fields), *rows[index + 1:]]


def _facts(doc):
    return [(t.subject.text, t.relation, t.object.text, t.certainty) for t in triples(doc)]


def test_target_copula_subject_is_the_patient_of_the_by_agent(frames_of, doc_of):
    doc, frames = frames_of(INQUIRY)
    frame = frame_at(doc, frames, "investigation", "target")
    assert frame.lemma == "investigate"
    assert words(doc, frame.subjects) == ["Brussels"] and words(doc, frame.arguments) == ["Google"]
    assert ("Brussels", "investigates", "Google", "asserted") in _facts(doc_of(INQUIRY))


def test_target_apposed_name_and_named_compound_agent(doc_of):
    assert ("EU", "sanctions", "Iran", "asserted") in _facts(doc_of(APPOSED))


def test_target_modal_copula_hedges_the_fact(doc_of):
    rows = [INQUIRY[0], ("could", "AUX", "MD", "aux", 2, "could", "O"),
            *[(w, p, t, d, h + 1, lem, e) for w, p, t, d, h, lem, e in INQUIRY[1:]]]
    rows[0] = ("Google", "PROPN", "NNP", "nsubj", 2, "Google", "B-ORG")
    assert ("Brussels", "investigates", "Google", "hedged") in _facts(doc_of(rows))


@pytest.mark.parametrize(("index", "changes"), [
    (3, {"word": "head", "lemma": "head"}),  # "the head of an investigation": no target noun
    (6, {"word": "table", "lemma": "table"}),  # "the target of a table": no event noun
    (0, {"ent": "O", "pos": "NOUN", "word": "market", "lemma": "market"}),  # unnamed holder
])
def test_target_needs_target_noun_event_and_named_holder(doc_of, index, changes):
    assert not [t for t in triples(doc_of(_with(INQUIRY, index, **changes))) if t.rule == "target"]


def test_target_event_without_agent_gives_no_frame(frames_of):
    """"Google was the target of an investigation": nobody named does it."""
    rows = INQUIRY[:7]
    doc, frames = frames_of(rows)
    assert not [f for f in frames if f.construction == "target"]
