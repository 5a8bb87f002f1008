"""Tests of the open-IE adapter on hand-built parses (no model needed)."""

import pytest
import spacy
from spacy.tokens import Doc

from extract.openie import BORROWED_SUBJECT, RULE_CONFIDENCE, openie_tuples


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parse(vocab, tokens, ents=None):
    """Doc from (word, head index, dep, pos, tag) rows."""
    words, heads, deps, pos, tags = zip(*tokens)
    return Doc(vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
               tags=list(tags), ents=ents)


def triples(doc):
    return [(t.arg1, t.relation, t.args) for t in openie_tuples(doc)]


def test_openie_tuples_subject_verb_object_with_adjunct(vocab):
    doc = parse(vocab, [("Kim", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
                        ("Putin", 1, "dobj", "PROPN", "NNP"), ("in", 1, "prep", "ADP", "IN"),
                        ("Moscow", 3, "pobj", "PROPN", "NNP")])
    (tup,) = openie_tuples(doc)
    assert (tup.arg1, tup.relation, tup.args) == ("Kim", "met", ("Putin", "in Moscow"))
    assert (tup.rule, tup.confidence) == ("svo", RULE_CONFIDENCE["svo"])


def test_openie_tuples_prepositional_object_joins_relation(vocab):
    doc = parse(vocab, [("He", 1, "nsubj", "PRON", "PRP"), ("served", 1, "ROOT", "VERB", "VBD"),
                        ("as", 1, "prep", "ADP", "IN"), ("minister", 2, "pobj", "NOUN", "NN")])
    assert triples(doc) == [("He", "served as", ("minister",))]


def test_openie_tuples_coordinated_verb_borrows_subject(vocab):
    # He served as minister and became judge
    doc = parse(vocab, [("He", 1, "nsubj", "PRON", "PRP"), ("served", 1, "ROOT", "VERB", "VBD"),
                        ("as", 1, "prep", "ADP", "IN"), ("minister", 2, "pobj", "NOUN", "NN"),
                        ("and", 1, "cc", "CCONJ", "CC"), ("became", 1, "conj", "VERB", "VBD"),
                        ("judge", 5, "attr", "NOUN", "NN")])
    tups = list(openie_tuples(doc))
    assert [(t.arg1, t.relation, t.args) for t in tups] == [
        ("He", "served as", ("minister",)),
        ("He", "became", ("judge",)),
    ]
    assert tups[1].rule == "svo<conj"
    assert tups[1].confidence == pytest.approx(RULE_CONFIDENCE["svo"] * BORROWED_SUBJECT["conj"])


def test_openie_tuples_one_tuple_per_coordinated_object(vocab):
    doc = parse(vocab, [("Kim", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
                        ("Putin", 1, "dobj", "PROPN", "NNP"), ("and", 2, "cc", "CCONJ", "CC"),
                        ("Shoigu", 2, "conj", "PROPN", "NNP")])
    assert triples(doc) == [("Kim", "met", ("Putin",)), ("Kim", "met", ("Shoigu",))]


def test_openie_tuples_relative_clause_takes_modified_noun(vocab):
    # the envoy who arrived in Pyongyang smiled
    doc = parse(vocab, [("the", 1, "det", "DET", "DT"), ("envoy", 6, "nsubj", "NOUN", "NN"),
                        ("who", 3, "nsubj", "PRON", "WP"), ("arrived", 1, "relcl", "VERB", "VBD"),
                        ("in", 3, "prep", "ADP", "IN"), ("Pyongyang", 4, "pobj", "PROPN", "NNP"),
                        ("smiled", 6, "ROOT", "VERB", "VBD")])
    assert triples(doc) == [("the envoy", "arrived in", ("Pyongyang",))]


def test_openie_tuples_clausal_complement_without_complementiser(vocab):
    # Kim said that Russia won the vote
    doc = parse(vocab, [("Kim", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
                        ("that", 4, "mark", "SCONJ", "IN"), ("Russia", 4, "nsubj", "PROPN", "NNP"),
                        ("won", 1, "ccomp", "VERB", "VBD"), ("the", 6, "det", "DET", "DT"),
                        ("vote", 4, "dobj", "NOUN", "NN")])
    assert triples(doc) == [
        ("Kim", "said", ("Russia won the vote",)),
        ("Russia", "won", ("the vote",)),
    ]


def test_openie_tuples_control_verb_folds_into_relation(vocab):
    # Kim did not vow to support Russia
    doc = parse(vocab, [("Kim", 3, "nsubj", "PROPN", "NNP"), ("did", 3, "aux", "AUX", "VBD"),
                        ("not", 3, "neg", "PART", "RB"), ("vow", 3, "ROOT", "VERB", "VB"),
                        ("to", 5, "aux", "PART", "TO"), ("support", 3, "xcomp", "VERB", "VB"),
                        ("Russia", 5, "dobj", "PROPN", "NNP")])
    assert triples(doc) == [("Kim", "did not vow to support", ("Russia",))]


def test_openie_tuples_title_of_person(vocab):
    # former Attorney Todd Graves resigned
    doc = parse(vocab, [("former", 1, "amod", "ADJ", "JJ"), ("Attorney", 3, "compound", "PROPN", "NNP"),
                        ("Todd", 3, "compound", "PROPN", "NNP"), ("Graves", 4, "nsubj", "PROPN", "NNP"),
                        ("resigned", 4, "ROOT", "VERB", "VBD")],
                ents=["O", "O", "B-PERSON", "I-PERSON", "O"])
    assert triples(doc) == [("Todd Graves", "is", ("former Attorney",))]


def test_openie_tuples_requires_a_parse(vocab):
    with pytest.raises(ValueError, match="dependency-parsed"):
        list(openie_tuples(Doc(vocab, words=["Kim", "met", "Putin"])))
