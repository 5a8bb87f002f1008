"""Inquiries carried out: "opened an investigation into X" -> investigates X."""
from __future__ import annotations

import pytest

from extract.frames.inquiry import conducts
from extract.triples import triples


def _opened(verb: str, lemma: str, noun: str, noun_lemma: str, prep: str = "into", particle: bool = False):
    """"The FBI <verb> [out] an <noun> <prep> Smith." """
    rows = [
        ("The", "DET", "DT", "det", 1, "the", "O"),
        ("FBI", "PROPN", "NNP", "nsubj", 2, "FBI", "B-ORG"),
        (verb, "VERB", "VBD", "ROOT", 2, lemma, "O"),
    ]
    if particle:
        rows.append(("out", "ADP", "RP", "prt", 2, "out", "O"))
    n = len(rows)
    rows += [
        ("an", "DET", "DT", "det", n + 1, "an", "O"),
        (noun, "NOUN", "NN", "dobj", 2, noun_lemma, "O"),
        (prep, "ADP", "IN", "prep", n + 1, prep, "O"),
        ("Smith", "PROPN", "NNP", "pobj", n + 2, "Smith", "B-PERSON"),
        (".", "PUNCT", ".", "punct", 2, ".", "O"),
    ]
    return rows


def _facts(doc):
    return {(f.subject.text, f.relation, f.object.text): f for f in triples(doc)}


@pytest.mark.parametrize("verb, lemma, noun, noun_lemma, prep, particle, relation", [
    ("opened", "open", "investigation", "investigation", "into", False, "investigates"),
    ("launched", "launch", "inquiry", "inquiry", "into", False, "investigates"),
    ("performed", "perform", "review", "review", "of", False, "reviews"),
    ("carried", "carry", "audit", "audit", "of", True, "audits"),
])
def test_inquiry_carried_out_is_the_act_of_inquiring(doc_of, verb, lemma, noun, noun_lemma, prep, particle, relation):
    # "The FBI opened an investigation into Smith": the FBI investigates Smith, under way (no modality)
    facts = _facts(doc_of(_opened(verb, lemma, noun, noun_lemma, prep, particle)))
    fact = facts[("FBI", relation, "Smith")]
    assert (fact.modality, fact.certainty, fact.rule) == (None, "asserted", "light_verb")


@pytest.mark.parametrize("verb, lemma, particle", [("demanded", "demand", False), ("carried", "carry", False)])
def test_inquiry_asked_for_is_no_act_of_inquiring(doc_of, verb, lemma, particle):
    # "The FBI demanded an investigation into Smith": someone else is to investigate
    facts = _facts(doc_of(_opened(verb, lemma, "investigation", "investigation", "into", particle)))
    assert not any(rel == "investigates" for _, rel, _ in facts)


def test_inquiry_conducts_needs_an_inquiry_noun(doc_of):
    doc = doc_of(_opened("opened", "open", "office", "office", "in"))
    assert not conducts(doc[2], doc[4])
    doc = doc_of(_opened("opened", "open", "investigation", "investigation"))
    assert conducts(doc[2], doc[4])
