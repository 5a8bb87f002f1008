"""extract.frames.relative: the noun a relative or participial clause modifies."""
from __future__ import annotations

import pytest

from extract.frames import Role, Via
from extract.frames.relative import on_a_name
from tests.extract.frames.conftest import frame_at, words
from tests.extract.parses import INFINITIVE_OBJECT

WHO = [
    ("Belousov", "PROPN", "NNP", "nsubj", 5, "Belousov", "B-PERSON"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("who", "PRON", "WP", "nsubj", 3, "who", "O"),
    ("arrived", "VERB", "VBD", "relcl", 0, "arrive", "O"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("left", "VERB", "VBD", "ROOT", 5, "leave", "O"),
]
THAT_OBJECT = [
    ("the", "DET", "DT", "det", 1, "the", "O"),
    ("treaty", "NOUN", "NN", "nsubj", 5, "treaty", "O"),
    ("that", "PRON", "WDT", "dobj", 4, "that", "O"),
    ("Putin", "PROPN", "NNP", "nsubj", 4, "Putin", "B-PERSON"),
    ("signed", "VERB", "VBD", "relcl", 1, "sign", "O"),
    ("expired", "VERB", "VBD", "ROOT", 5, "expire", "O"),
]
POSSESSOR = [
    ("Blair", "PROPN", "NNP", "poss", 2, "Blair", "B-PERSON"),
    ("'s", "PART", "POS", "case", 0, "'s", "O"),
    ("plan", "NOUN", "NN", "nsubj", 6, "plan", "O"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("cut", "VERB", "VB", "acl", 2, "cut", "O"),
    ("taxes", "NOUN", "NNS", "dobj", 4, "tax", "O"),
    ("failed", "VERB", "VBD", "ROOT", 6, "fail", "O"),
]
ATTEMPT = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("backed", "VERB", "VBD", "ROOT", 1, "back", "O"),
    ("an", "DET", "DT", "det", 3, "an", "O"),
    ("attempt", "NOUN", "NN", "dobj", 1, "attempt", "O"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("change", "VERB", "VB", "acl", 3, "change", "O"),
    ("laws", "NOUN", "NNS", "dobj", 5, "law", "O"),
]
FIRST = [
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia", "B-GPE"),
    ("was", "AUX", "VBD", "ROOT", 1, "be", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("first", "ADJ", "JJ", "attr", 1, "first", "O"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("recognize", "VERB", "VB", "relcl", 3, "recognize", "O"),
    ("Kosovo", "PROPN", "NNP", "dobj", 5, "Kosovo", "B-GPE"),
]


def test_relative_pronoun_subject_is_the_modified_noun(frames_of):
    doc, frames = frames_of(WHO)
    frame = frame_at(doc, frames, "arrived")
    (subj,) = frame.subjects
    assert (doc[subj.head].text, subj.via, frame.rule) == ("Belousov", (Via.RELCL,), "relative")


def test_relative_pronoun_object_makes_the_noun_the_object(frames_of):
    doc, frames = frames_of(THAT_OBJECT)
    frame = frame_at(doc, frames, "signed")
    assert words(doc, frame.subjects) == ["Putin"]
    assert [(a.role, doc[a.head].text) for a in frame.arguments] == [(Role.OBJECT, "treaty")]


def test_relative_infinitive_takes_the_possessor(frames_of):
    doc, frames = frames_of(POSSESSOR)
    (subj,) = frame_at(doc, frames, "cut").subjects
    assert (doc[subj.head].text, subj.via) == ("Blair", (Via.ACL, Via.POSSESSOR))


@pytest.mark.parametrize("rows, verb, expected", [(ATTEMPT, "change", []), (FIRST, "recognize", ["Russia"])],
                         ids=["someone-elses-attempt", "the-first-to"])
def test_relative_infinitive_of_a_noun(frames_of, rows, verb, expected):
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, verb).subjects) == expected




def _under_noun(outer: str, outer_ent: str, inner_ent: str, relative: str):
    """"<outer> of X, <relative> left": a relative clause on a noun inside another noun's PP."""
    return [
        ("the", "DET", "DT", "det", 1, "the", "O"),
        (outer, "NOUN", "NN", "nsubj", 7, outer, outer_ent),
        ("of", "ADP", "IN", "prep", 1, "of", "O"),
        ("X", "PROPN", "NNP", "pobj", 2, "X", inner_ent),
        (",", "PUNCT", ",", "punct", 3, ",", "O"),
        (relative, "PRON", "WP", "nsubj", 6, relative, "O"),
        ("left", "VERB", "VBD", "relcl", 3, "leave", "O"),
        ("spoke", "VERB", "VBD", "ROOT", 7, "speak", "O"),
    ]


def test_relative_on_an_infinitive_object_has_no_antecedent(frames_of):
    doc, frames = frames_of(INFINITIVE_OBJECT)
    (frame,) = [f for f in frames if f.predicate == 10]
    assert words(doc, frame.subjects) == ["Spain"] and frame.arguments == ()


@pytest.mark.parametrize("outer, outer_ent, inner_ent, relative, trusted", [
    ("meeting", "O", "B-PERSON", "who", True),  # only the person can be "who"
    ("son", "O", "B-PERSON", "who", False),  # the son or X: either may have left
    ("meeting", "O", "B-ORG", "who", False),
    ("decision", "O", "B-ORG", "which", True),  # "which" after a name of a thing
    ("decision", "O", "O", "which", False),  # two common nouns: either may be meant
    ("meeting", "O", "B-PERSON", "which", False),
])
def test_relative_under_another_noun_trusts_only_an_agreeing_name(frames_of, outer, outer_ent,
                                                                  inner_ent, relative, trusted):
    doc, frames = frames_of(_under_noun(outer, outer_ent, inner_ent, relative))
    frame = frame_at(doc, frames, "left")
    assert words(doc, frame.subjects) == (["X"] if trusted else [])


ENVOY_WHO = [
    ("the", "DET", "DT", "det", 1, "the", "O"),
    ("envoy", "NOUN", "NN", "nsubj", 5, "envoy", "O"),
    ("who", "PRON", "WP", "nsubj", 3, "who", "O"),
    ("arrived", "VERB", "VBD", "relcl", 1, "arrive", "O"),
    ("today", "NOUN", "NN", "npadvmod", 3, "today", "B-DATE"),
    ("left", "VERB", "VBD", "ROOT", 5, "leave", "O"),
]
BRACKETED_WHICH = [
    ("Acme", "PROPN", "NNP", "compound", 1, "Acme", "B-ORG"),
    ("Bank", "PROPN", "NNP", "nsubj", 9, "Bank", "I-ORG"),
    ("(", "PUNCT", "-LRB-", "punct", 3, "(", "O"),
    ("AB", "PROPN", "NNP", "appos", 1, "AB", "B-ORG"),
    (")", "PUNCT", "-RRB-", "punct", 3, ")", "O"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("which", "PRON", "WDT", "nsubj", 7, "which", "O"),
    ("lent", "VERB", "VBD", "relcl", 1, "lend", "O"),
    ("money", "NOUN", "NN", "dobj", 7, "money", "O"),
    ("failed", "VERB", "VBD", "ROOT", 9, "fail", "O"),
]


@pytest.mark.parametrize("rows, verb, expected", [
    (WHO, "arrived", True), (BRACKETED_WHICH, "lent", True),
    (ENVOY_WHO, "arrived", False), (THAT_OBJECT, "signed", False)],
    ids=["name-comma-who", "name-bracket-comma-which", "restrictive-on-a-noun", "relative-object"])
def test_relative_on_a_name_only_after_a_name_and_a_comma(doc_of, rows, verb, expected):
    doc = doc_of(rows)
    assert on_a_name(next(t for t in doc if t.text == verb)) is expected


def _coordinated_relative(verb, lemma, tag, attach=2, aux=None):
    """"Kim met Putin and Xi, who [aux] <verb> Iran." by hand, the relative clause hung on
    the first conjunct (attach=2) or the last (attach=4)."""
    at = 7 if aux is None else 8
    rows = [("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
            ("met", "VERB", "VBD", "ROOT", 1, "meet", "O"),
            ("Putin", "PROPN", "NNP", "dobj", 1, "Putin", "B-PERSON"),
            ("and", "CCONJ", "CC", "cc", 2, "and", "O"),
            ("Xi", "PROPN", "NNP", "conj", 2, "Xi", "B-PERSON"),
            (",", "PUNCT", ",", "punct", attach, ",", "O"),
            ("who", "PRON", "WP", "nsubj", at, "who", "O")]
    if aux is not None:
        rows.append((aux[0], "AUX", aux[1], "aux", at, aux[2], "O"))
    rows += [(verb, "VERB", tag, "relcl", attach, lemma, "O"),
             ("Iran", "PROPN", "NNP", "dobj", at, "Iran", "B-GPE"),
             (".", "PUNCT", ".", "punct", 1, ".", "O")]
    return rows


def _relative_subjects(frames_of, rows, verb):
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, verb, "verbal_clause")
    return [doc[i].text for a in frame.subjects for i in a.heads]


@pytest.mark.parametrize("attach", [2, 4])
def test_relative_plural_verb_takes_the_whole_coordination(frames_of, attach):
    rows = _coordinated_relative("own", "own", "VBP", attach)
    assert _relative_subjects(frames_of, rows, "own") == ["Putin", "Xi"]
    rows = _coordinated_relative("supported", "support", "VBN", attach, aux=("have", "VBP", "have"))
    assert _relative_subjects(frames_of, rows, "supported") == ["Putin", "Xi"]


@pytest.mark.parametrize("attach", [2, 4])
def test_relative_singular_verb_takes_only_the_nearest_conjunct(frames_of, attach):
    rows = _coordinated_relative("owns", "own", "VBZ", attach)
    assert _relative_subjects(frames_of, rows, "owns") == ["Xi"]
    rows = _coordinated_relative("visiting", "visit", "VBG", attach, aux=("was", "VBD", "be"))
    assert _relative_subjects(frames_of, rows, "visiting") == ["Xi"]


def test_relative_agreement_in_the_graph_view(doc_of):
    from extract.triples import triples
    facts = {(t.subject.text, t.relation, t.object.text) for t in triples(doc_of(_coordinated_relative("owns", "own", "VBZ")))}
    assert ("Xi", "owns", "Iran") in facts and ("Putin", "owns", "Iran") not in facts


# "Acme, the party that backed Lee in 1968 and Kim in 2016, won." with Kim hung on "party"
AFTER_THE_CLAUSE = [
    ("Acme", "PROPN", "NNP", "nsubj", 13, "Acme", "B-ORG"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("party", "NOUN", "NN", "appos", 0, "party", "O"),
    ("that", "PRON", "WDT", "nsubj", 5, "that", "O"),
    ("backed", "VERB", "VBD", "relcl", 3, "back", "O"),
    ("Lee", "PROPN", "NNP", "dobj", 5, "Lee", "B-PERSON"),
    ("in", "ADP", "IN", "prep", 5, "in", "O"),
    ("1968", "NUM", "CD", "pobj", 7, "1968", "B-DATE"),
    ("and", "CCONJ", "CC", "cc", 3, "and", "O"),
    ("Kim", "PROPN", "NNP", "conj", 3, "Kim", "B-PERSON"),
    ("in", "ADP", "IN", "prep", 10, "in", "O"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("won", "VERB", "VBD", "ROOT", 13, "win", "O"),
]


def test_relative_conjunct_after_the_clause_is_not_its_subject(frames_of, doc_of):
    assert _relative_subjects(frames_of, AFTER_THE_CLAUSE, "backed") == ["party"]
    from extract.triples import triples
    assert not [t for t in triples(doc_of(AFTER_THE_CLAUSE)) if t.subject.text == "Kim"]
