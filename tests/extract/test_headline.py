"""Headline verbs the tagger read as plural nouns (extract.headline), on hand-built and real parses."""
from __future__ import annotations

import pytest

from extract import headline
from extract.nlp import load_pipeline

# "Finnish Minister signs treaty." parsed as one noun phrase, then a body paragraph
NOUN_READING = [
    ("Finnish", "ADJ", "JJ", "amod", 1, "finnish", "B-NORP"),
    ("Minister", "PROPN", "NNP", "compound", 3, "Minister", "O"),
    ("signs", "NOUN", "NNS", "compound", 3, "sign", "O"),
    ("treaty", "NOUN", "NN", "ROOT", 3, "treaty", "O"),
    (".", "PUNCT", ".", "punct", 3, ".", "O"),
    ("\n\n", "SPACE", "_SP", "dep", 4, "\n\n", "O"),
    ("Body", "NOUN", "NN", "ROOT", 6, "body", "O"),
    (".", "PUNCT", ".", "punct", 6, ".", "O"),
]


def _parser(doc_of, heads, deps, tags):
    """A parse function that answers one hand-built reading of the stand-in sentence."""
    calls = []

    def parse(words, spaces):
        calls.append(list(words))
        return doc_of([(w, "X", t, d, h, w, "O") for w, h, d, t in zip(words, heads, deps, tags)])
    return parse, calls


VERB_READING = dict(heads=[1, 2, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj", "punct"],
                    tags=["JJ", "NNP", "VBZ", "NN", "."])


def test_headline_candidates_are_plural_nouns_between_a_noun_and_an_object(doc_of):
    doc = doc_of(NOUN_READING)
    assert headline.candidates(headline.headline_sentence(doc)) == [2]


def test_headline_repair_keeps_the_verb_reading_with_subject_and_object(doc_of):
    doc = doc_of(NOUN_READING)
    parse, calls = _parser(doc_of, **VERB_READING)
    assert headline.repair(doc, parse) is True
    assert calls == [["Finnish", "Minister", headline.STAND_IN, "treaty", "."]]
    signs = doc[2]
    assert (signs.text, signs.tag_, signs.dep_) == ("signs", "VBZ", "ROOT")
    assert [(t.text, t.dep_, t.head.i) for t in doc[:4]] == [
        ("Finnish", "amod", 1), ("Minister", "nsubj", 2), ("signs", "ROOT", 2), ("treaty", "dobj", 2)]
    assert [s.text.strip() for s in doc.sents][1] == "Body."  # the body keeps its own parse


def test_headline_repair_rejects_a_reading_without_an_object(doc_of):
    doc = doc_of(NOUN_READING)
    parse, _ = _parser(doc_of, heads=[1, 2, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "npadvmod", "punct"],
                       tags=["JJ", "NNP", "VBZ", "NN", "."])
    assert headline.repair(doc, parse) is False
    assert doc[2].tag_ == "NNS" and doc[3].dep_ == "ROOT"


def test_headline_repair_leaves_a_body_without_headline_alone(doc_of):
    rows = [r for r in NOUN_READING if r[0] != "\n\n"]
    rows = [(w, p, t, d, h if h < 5 else h - 1, lem, e) for w, p, t, d, h, lem, e in rows]
    parse, calls = _parser(doc_of, **VERB_READING)
    for doc in (doc_of(rows[:5]), doc_of(rows)):  # a sentence alone; two in one paragraph
        assert headline.headline_sentence(doc) is None
        assert headline.repair(doc, parse) is False and calls == []


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("text, verbs", [
    ("Finnish Foreign Minister signs treaty to ban cluster bombs.", {"signs": "sign"}),
    ("Irish police chief praises officers.", {"praises": "praise"}),
    ("Dutch court orders return of stolen paintings, museum issues apology.", {"orders": "order"}),
])
def test_headline_verbs_read_as_verbs_by_the_pipeline(nlp, text, verbs):
    doc = nlp(text + "\n\nThe body follows here.")
    first = list(doc.sents)[0]
    for tok in first:
        if tok.text in verbs:
            assert (tok.pos_, tok.tag_, tok.lemma_) == ("VERB", "VBZ", verbs[tok.text])
            assert any(c.dep_ == "nsubj" for c in tok.children)
            assert any(c.dep_ == "dobj" for c in tok.children)


@pytest.mark.parametrize("text", ["Oil prices in decline.", "Bank payout to flood victims."])
def test_headline_without_a_verb_reading_keeps_its_parse(nlp, text):
    doc = nlp(text + "\n\nThe body follows here.")
    assert not any(t.tag_ == "VBZ" for t in list(doc.sents)[0])
