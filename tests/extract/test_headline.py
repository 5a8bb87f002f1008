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


# "Senate holds two Finance officials in contempt." with "holds" already read as the verb
VERB_ALREADY = [
    ("Senate", "PROPN", "NNP", "nsubj", 1, "Senate", "B-ORG"),
    ("holds", "VERB", "VBZ", "ROOT", 1, "hold", "O"),
    ("two", "NUM", "CD", "nummod", 4, "two", "O"),
    ("Finance", "PROPN", "NNP", "compound", 4, "Finance", "B-ORG"),
    ("officials", "NOUN", "NNS", "dobj", 1, "official", "O"),
    ("in", "ADP", "IN", "prep", 1, "in", "O"),
    ("contempt", "NOUN", "NN", "pobj", 5, "contempt", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ("\n\n", "SPACE", "_SP", "dep", 7, "\n\n", "O"),
    ("Body", "NOUN", "NN", "ROOT", 9, "body", "O"),
    (".", "PUNCT", ".", "punct", 9, ".", "O"),
]


def test_headline_noun_after_the_parsers_own_verb_stays_its_object(doc_of):
    # "officials" lies between a name and a preposition, like a headline verb, but the
    # clause already has its verb: one verb a clause, so no reading of it as a verb is tried
    doc = doc_of(VERB_ALREADY)
    assert headline.candidates(headline.headline_sentence(doc)) == [4]
    parse, calls = _parser(doc_of, heads=[1, 1, 4, 4, 1, 4, 5, 1], tags=["NNP", "VBZ", "CD", "NNP", "VBZ", "IN", "NN", "."],
                           deps=["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "prt", "dobj", "punct"])
    assert headline.repair(doc, parse) is False and calls == []
    assert (doc[4].tag_, doc[4].dep_) == ("NNS", "dobj")


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


def test_headline_object_noun_phrase_stays_a_noun_in_the_pipeline(nlp):
    doc = nlp("Canadian Senate holds two Finance officials in contempt of Parliament.\n\nThe body follows here.")
    words = {t.text: t for t in list(doc.sents)[0]}
    assert words["holds"].pos_ == "VERB"
    assert words["officials"].pos_ == "NOUN" and words["officials"].head.i == words["holds"].i
