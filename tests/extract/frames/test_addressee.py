"""The addressee of a verb of telling: a fact only when it can be named."""
from __future__ import annotations

import pytest

from extract.frames.types import Keep, Role
from extract.triples import triples
from tests.extract.frames.conftest import frame_at


def _told(verb: str, lemma: str, addressee: list[tuple]) -> list[tuple]:
    """"Hale <verb> <addressee> that the deal ended." (the addressee's rows head on token 1)."""
    n = 2 + len(addressee)
    return [
        ("Hale", "PROPN", "NNP", "nsubj", 1, "Hale", "B-PERSON"),
        (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
        *addressee,
        ("that", "SCONJ", "IN", "mark", n + 3, "that", "O"),
        ("the", "DET", "DT", "det", n + 2, "the", "O"),
        ("deal", "NOUN", "NN", "nsubj", n + 3, "deal", "O"),
        ("ended", "VERB", "VBD", "ccomp", 1, "end", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


_NAME = [("Miller", "PROPN", "NNP", "dobj", 1, "Miller", "B-PERSON")]
_AUDIENCE = [("reporters", "NOUN", "NNS", "dobj", 1, "reporter", "O")]
# "BBC's Breakfast with Frost": the model cut the programme's title after "Breakfast"
_PROGRAMME = [
    ("BBC", "PROPN", "NNP", "poss", 4, "BBC", "B-ORG"),
    ("'s", "PART", "POS", "case", 2, "'s", "O"),
    ("Breakfast", "PROPN", "NNP", "dobj", 1, "Breakfast", "B-ORG"),
    ("with", "ADP", "IN", "prep", 4, "with", "O"),
    ("Frost", "PROPN", "NNP", "pobj", 5, "Frost", "B-PERSON"),
]


def _facts(doc):
    return {(f.subject.text, f.relation, f.object.text) for f in triples(doc)}


@pytest.mark.parametrize("verb, lemma", [("told", "tell"), ("informed", "inform"), ("warned", "warn"),
                                         ("assured", "assure"), ("briefed", "brief")])
def test_addressee_named_is_kept_when_named(frames_of, doc_of, verb, lemma):
    # "Hale told Miller that the deal ended": Hale tells Miller, a fact of its own
    doc, frames = frames_of(_told(verb, lemma, _NAME))
    (obj,) = [a for a in frame_at(doc, frames, verb).arguments if a.role == Role.OBJECT]
    assert (doc[obj.head].text, obj.keep) == ("Miller", Keep.ADDRESSEE_OF_CONTENT)
    assert ("Hale", f"{lemma}s", "Miller") in _facts(doc_of(_told(verb, lemma, _NAME)))


def test_addressee_generic_audience_makes_no_fact(doc_of):
    # "Hale told reporters that the deal ended": reporters are no party of a graph
    assert not any(rel == "tells" for _, rel, _ in _facts(doc_of(_told("told", "tell", _AUDIENCE))))


def test_addressee_cut_from_a_programme_title_makes_no_fact(frames_of, doc_of):
    # "Hale told BBC's Breakfast with Frost that ...": "Breakfast" is a fragment of the title
    rows = _told("told", "tell", _PROGRAMME)
    doc, frames = frames_of(rows)
    (obj,) = [a for a in frame_at(doc, frames, "told").arguments
              if a.role == Role.OBJECT and doc[a.head].text == "Breakfast"]
    assert obj.keep == Keep.NONE
    assert not any(o == "Breakfast" for _, _, o in _facts(doc_of(rows)))


def test_addressee_other_verbs_keep_their_objects(frames_of):
    # "Hale praised Miller that ...": not a verb of telling, its object is left as it was
    doc, frames = frames_of(_told("praised", "praise", _NAME))
    (obj,) = [a for a in frame_at(doc, frames, "praised").arguments if a.role == Role.OBJECT]
    assert obj.keep == Keep.ALL


def _made_clear(addressee: tuple, on_adjective: bool) -> list[tuple]:
    """"Merkel made it clear to <addressee> that talks ended." ("to" on "clear" or on "made")."""
    return [
        ("Merkel", "PROPN", "NNP", "nsubj", 1, "Merkel", "B-PERSON"),
        ("made", "VERB", "VBD", "ROOT", 1, "make", "O"),
        ("it", "PRON", "PRP", "nsubj", 3, "it", "O"),
        ("clear", "ADJ", "JJ", "ccomp", 1, "clear", "O"),
        ("to", "ADP", "IN", "prep", 3 if on_adjective else 1, "to", "O"),
        addressee,
        ("that", "SCONJ", "IN", "mark", 8, "that", "O"),
        ("talks", "NOUN", "NNS", "nsubj", 8, "talk", "O"),
        ("ended", "VERB", "VBD", "ccomp", 1, "end", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


@pytest.mark.parametrize("on_adjective", [True, False])
def test_addressee_of_made_clear_is_told(doc_of, on_adjective):
    # "Merkel made it clear to Johnson that talks ended": Merkel makes clear to Johnson
    rows = _made_clear(("Johnson", "PROPN", "NNP", "pobj", 4, "Johnson", "B-PERSON"), on_adjective)
    assert ("Merkel", "makes clear to", "Johnson") in _facts(doc_of(rows))


def test_addressee_of_made_clear_generic_audience_makes_no_fact(doc_of):
    # "Merkel made it clear to reporters that talks ended": no party
    rows = _made_clear(("reporters", "NOUN", "NNS", "pobj", 4, "reporter", "O"), True)
    assert not any(o == "reporters" for _, _, o in _facts(doc_of(rows)))


def test_addressee_made_without_clear_is_left_alone(doc_of):
    # "Merkel made a gift to Johnson": no telling
    rows = [
        ("Merkel", "PROPN", "NNP", "nsubj", 1, "Merkel", "B-PERSON"),
        ("made", "VERB", "VBD", "ROOT", 1, "make", "O"),
        ("a", "DET", "DT", "det", 3, "a", "O"),
        ("gift", "NOUN", "NN", "dobj", 1, "gift", "O"),
        ("to", "ADP", "IN", "prep", 1, "to", "O"),
        ("Johnson", "PROPN", "NNP", "pobj", 4, "Johnson", "B-PERSON"),
    ]
    assert not any(rel.startswith("makes clear") for _, rel, _ in _facts(doc_of(rows)))


def _interview(outlet: tuple) -> list[tuple]:
    """"In an interview with <outlet>, Kerry said talks ended." """
    return [
        ("In", "ADP", "IN", "prep", 7, "in", "O"),
        ("an", "DET", "DT", "det", 2, "an", "O"),
        ("interview", "NOUN", "NN", "pobj", 0, "interview", "O"),
        ("with", "ADP", "IN", "prep", 2, "with", "O"),
        outlet,
        (",", "PUNCT", ",", "punct", 7, ",", "O"),
        ("Kerry", "PROPN", "NNP", "nsubj", 7, "Kerry", "B-PERSON"),
        ("said", "VERB", "VBD", "ROOT", 7, "say", "O"),
        ("talks", "NOUN", "NNS", "nsubj", 9, "talk", "O"),
        ("ended", "VERB", "VBD", "ccomp", 7, "end", "O"),
        (".", "PUNCT", ".", "punct", 7, ".", "O"),
    ]


def test_addressee_of_an_interview_is_spoken_to(doc_of):
    # "In an interview with CNN, Kerry said ...": Kerry speaks to CNN (CNN did not interview with Kerry)
    facts = _facts(doc_of(_interview(("CNN", "PROPN", "NNP", "pobj", 3, "CNN", "B-ORG"))))
    assert ("Kerry", "speaks to", "CNN") in facts
    assert not any(rel.startswith("interview") for _, rel, _ in facts)


def test_addressee_of_an_interview_unnamed_makes_no_fact(doc_of):
    # "In an interview with reporters, Kerry said ...": no party
    facts = _facts(doc_of(_interview(("reporters", "NOUN", "NNS", "pobj", 3, "reporter", "O"))))
    assert not any(o == "reporters" for _, _, o in facts)


def _said_to(verb: str, lemma: str, addressee: tuple) -> list[tuple]:
    """"Hale <verb> to <addressee> that talks ended." """
    return [
        ("Hale", "PROPN", "NNP", "nsubj", 1, "Hale", "B-PERSON"),
        (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
        ("to", "ADP", "IN", "prep", 1, "to", "O"),
        addressee,
        ("that", "SCONJ", "IN", "mark", 6, "that", "O"),
        ("talks", "NOUN", "NNS", "nsubj", 6, "talk", "O"),
        ("ended", "VERB", "VBD", "ccomp", 1, "end", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


_REUTERS = ("Reuters", "PROPN", "NNP", "pobj", 2, "Reuters", "B-ORG")


@pytest.mark.parametrize("verb, lemma, relation", [("said", "say", "says to"), ("explained", "explain", "explains to")])
def test_addressee_of_a_verb_of_saying_is_its_to_phrase(doc_of, verb, lemma, relation):
    # "Hale said to Reuters that talks ended": Hale says to Reuters
    assert ("Hale", relation, "Reuters") in _facts(doc_of(_said_to(verb, lemma, _REUTERS)))


def test_addressee_of_a_verb_of_saying_unnamed_or_other_verb_makes_no_fact(doc_of):
    audience = ("reporters", "NOUN", "NNS", "pobj", 2, "reporter", "O")
    assert not any(o == "reporters" for _, _, o in _facts(doc_of(_said_to("said", "say", audience))))
    # "Hale added to Reuters that ...": "add" takes no addressee ("added to the pressure")
    assert not any(o == "Reuters" for _, _, o in _facts(doc_of(_said_to("added", "add", _REUTERS))))



@pytest.fixture(scope="module")
def nlp():
    from extract.nlp import load_pipeline
    return load_pipeline()


def test_addressee_glued_to_the_clause_subject_is_split_off(nlp):
    # "Smith told CNN John Jones had resigned": the parse makes "CNN" a modifier of "Jones";
    # the names split CNN from John Jones, so CNN is told and John Jones resigned
    facts = _facts(nlp("Mary Smith told CNN John Jones had resigned."))
    assert ("Mary Smith", "tells", "CNN") in facts
    assert not any(rel == "tells" and o.endswith("Jones") for _, rel, o in facts)


def test_addressee_glued_needs_a_name_of_its_own(nlp):
    # "Smith told reporters John Jones had resigned": no name before the subject's, no addressee
    assert not any(rel == "tells" for _, rel, _ in _facts(nlp("Mary Smith told reporters John Jones had resigned.")))
