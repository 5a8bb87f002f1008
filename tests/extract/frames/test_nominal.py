"""extract.frames.nominal: event nouns and possessives."""
from __future__ import annotations

import pytest

from extract.frames import Keep, Role, Via
from tests.extract.frames.conftest import frame_at, words
from extract.triples import triples
from tests.extract.parses import VISIT

CONDEMNATION = [
    ("the", "DET", "DT", "det", 2, "the", "O"),
    ("US", "PROPN", "NNP", "compound", 2, "US", "B-GPE"),
    ("condemnation", "NOUN", "NN", "nsubj", 5, "condemnation", "O"),
    ("of", "ADP", "IN", "prep", 2, "of", "O"),
    ("Iran", "PROPN", "NNP", "pobj", 3, "Iran", "B-GPE"),
    ("angered", "VERB", "VBD", "ROOT", 5, "anger", "O"),
]
DURING = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 1, "speak", "O"),
    ("during", "ADP", "IN", "prep", 1, "during", "O"),
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("meeting", "NOUN", "NN", "pobj", 2, "meeting", "O"),
    ("with", "ADP", "IN", "prep", 4, "with", "O"),
    ("Shoigu", "PROPN", "NNP", "pobj", 5, "Shoigu", "B-PERSON"),
]


def test_nominal_possessor_is_agent_and_destination_drops_to(frames_of):
    doc, frames = frames_of(VISIT)
    frame = frame_at(doc, frames, "visit", "nominal_event")
    assert frame.lemma == "visit" and frame.rule == "event_noun"
    assert [(a.role, doc[a.head].text) for a in frame.subjects] == [(Role.AGENT, "Putin")]
    (theme,) = frame.arguments
    assert theme.preposition == "" and words(doc, theme.members) == ["Pyongyang"]


def test_nominal_named_compound_is_agent_and_of_is_the_theme(frames_of):
    doc, frames = frames_of(CONDEMNATION)
    frame = frame_at(doc, frames, "condemnation", "nominal_event")
    (agent,) = frame.subjects
    assert (doc[agent.head].text, agent.keep) == ("US", Keep.NAME_SPAN)
    assert [a.preposition for a in frame.arguments] == [""]


def test_nominal_event_during_a_clause_takes_its_subject(frames_of):
    doc, frames = frames_of(DURING)
    frame = frame_at(doc, frames, "meeting", "nominal_event")
    (agent,) = frame.subjects
    assert (doc[agent.head].text, agent.via) == ("Kim", (Via.EVENT,))
    assert [a.preposition for a in frame.arguments] == ["with"]


def test_nominal_possessive_frame(frames_of):
    doc, frames = frames_of(VISIT)
    frame = frame_at(doc, frames, "Putin", "possessive")
    assert words(doc, frame.grammatical) == ["Putin"] and words(doc, frame.dependents) == ["visit"]


RESPONSE = [  # Russia left in response to a statement from Biden
    ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia", "B-GPE"),
    ("left", "VERB", "VBD", "ROOT", 1, "leave", "O"),
    ("in", "ADP", "IN", "prep", 1, "in", "O"),
    ("response", "NOUN", "NN", "pobj", 2, "response", "O"),
    ("to", "ADP", "IN", "prep", 3, "to", "O"),
    ("a", "DET", "DT", "det", 6, "a", "O"),
    ("statement", "NOUN", "NN", "pobj", 4, "statement", "O"),
    ("from", "ADP", "IN", "prep", 6, "from", "O"),
    ("Biden", "PROPN", "NNP", "pobj", 7, "Biden", "B-PERSON"),
]


def test_nominal_in_response_to_takes_the_clause_subject_and_the_author(frames_of):
    doc, frames = frames_of(RESPONSE)
    frame = frame_at(doc, frames, "response", "nominal_event")
    (agent,) = frame.subjects
    assert (doc[agent.head].text, agent.via) == ("Russia", (Via.EVENT,))
    (theme,) = frame.arguments
    assert theme.preposition == "to" and words(doc, theme.members[0].members) == ["Biden"]


def test_nominal_in_response_gives_responds_to_the_author(doc_of):
    facts = [(t.subject.text, t.relation, t.object.text) for t in triples(doc_of(RESPONSE))]
    assert ("Russia", "responds to", "Biden") in facts


def test_nominal_in_with_other_event_nouns_takes_no_clause_subject(frames_of):
    """"in addition to", "in exchange for": "in" makes a complex preposition, not an event of
    the clause subject."""
    rows = [*RESPONSE]
    rows[3] = ("addition", "NOUN", "NN", "pobj", 2, "addition", "O")
    doc, frames = frames_of(rows)
    assert not [f for f in frames if f.construction == "nominal_event" and doc[f.predicate].text == "addition"
                and f.subjects]


TOUR = [  # Brown returned from a tour of Kenya
    ("Brown", "PROPN", "NNP", "nsubj", 1, "Brown", "B-PERSON"),
    ("returned", "VERB", "VBD", "ROOT", 1, "return", "O"),
    ("from", "ADP", "IN", "prep", 1, "from", "O"),
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("tour", "NOUN", "NN", "pobj", 2, "tour", "O"),
    ("of", "ADP", "IN", "prep", 4, "of", "O"),
    ("Kenya", "PROPN", "NNP", "pobj", 5, "Kenya", "B-GPE"),
]


def test_nominal_journey_the_clause_subject_returns_from_is_its_own(doc_of):
    facts = [(t.subject.text, t.relation, t.object.text) for t in triples(doc_of(TOUR))]
    assert ("Brown", "tours", "Kenya") in facts


def test_nominal_from_an_event_that_is_no_journey_gives_no_agent(frames_of):
    """"Brown returned from a meeting of X": only journeys pass their traveller on."""
    rows = [*TOUR[:4], ("meeting", "NOUN", "NN", "pobj", 2, "meeting", "O"), *TOUR[5:]]
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, "meeting", "nominal_event").subjects == ()


@pytest.mark.parametrize("noun, verb", [("proclamation", "proclaim"), ("abolition", "abolish"),
                                        ("prorogation", "prorogue"), ("acquisition", "acquire"),
                                        ("lawsuit", "sue")])
def test_nominal_irregular_derivations_name_their_verb(noun, verb):
    from extract.relations import verb_of_noun
    assert verb_of_noun(noun) == verb


def test_nominal_conference_is_no_event_of_conferring():
    from extract.relations import verb_of_noun
    assert verb_of_noun("conference") is None and verb_of_noun("interference") == "interfere"


def test_nominal_legislature_is_a_body_not_an_act_of_legislating():
    from extract.relations import verb_of_noun
    assert verb_of_noun("legislature") is None and verb_of_noun("legislation") == "legislate"


BOUND = [  # Kim continued his visit to Russia
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("continued", "VERB", "VBD", "ROOT", 1, "continue", "O"),
    ("his", "PRON", "PRP$", "poss", 3, "his", "O"),
    ("visit", "NOUN", "NN", "dobj", 1, "visit", "O"),
    ("to", "ADP", "IN", "prep", 3, "to", "O"),
    ("Russia", "PROPN", "NNP", "pobj", 4, "Russia", "B-GPE"),
]


def test_nominal_possessive_pronoun_of_an_object_is_the_clause_subject(frames_of):
    doc, frames = frames_of(BOUND)
    frame = frame_at(doc, frames, "visit", "nominal_event")
    assert words(doc, frame.subjects) == ["Kim"]


def test_nominal_possessive_pronoun_of_a_subject_stays_a_pronoun(frames_of):
    # "his visit to Russia ended": no clause subject binds it
    rows = [BOUND[2], ("visit", "NOUN", "NN", "nsubj", 4, "visit", "O"), ("to", "ADP", "IN", "prep", 1, "to", "O"),
            ("Russia", "PROPN", "NNP", "pobj", 2, "Russia", "B-GPE"), ("ended", "VERB", "VBD", "ROOT", 4, "end", "O")]
    rows[0] = ("his", "PRON", "PRP$", "poss", 1, "his", "O")
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "visit", "nominal_event").subjects) == ["his"]


SAID_IN = [  # Acme said in a filing to the SEC that ...
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("said", "VERB", "VBD", "ROOT", 1, "say", "O"),
    ("in", "ADP", "IN", "prep", 1, "in", "O"),
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("filing", "NOUN", "NN", "pobj", 2, "filing", "O"),
    ("to", "ADP", "IN", "prep", 4, "to", "O"),
    ("the", "DET", "DT", "det", 7, "the", "O"),
    ("SEC", "PROPN", "NNP", "pobj", 5, "SEC", "B-ORG"),
]


def test_nominal_speaker_makes_the_event_it_speaks_in(frames_of):
    doc, frames = frames_of(SAID_IN)
    frame = frame_at(doc, frames, "filing", "nominal_event")
    assert [(doc[a.head].text, a.via[:1]) for a in frame.subjects] == [("Acme", (Via.EVENT,))]
    # "Acme said in a filing": no theme, no participant
    doc, frames = frames_of(SAID_IN[:5])
    assert frame_at(doc, frames, "filing", "nominal_event").subjects == ()


# "a French lawsuit against Siemens angered Paris" / "a French condemnation of Siemens ...":
# a place before a legal proceeding names its court, before a statement its author
def _place_before(noun: str, lemma: str, prep: str):
    return [
        ("a", "DET", "DT", "det", 2, "a", "O"),
        ("French", "ADJ", "JJ", "amod", 2, "French", "B-NORP"),
        (noun, "NOUN", "NN", "nsubj", 5, lemma, "O"),
        (prep, "ADP", "IN", "prep", 2, prep, "O"),
        ("Siemens", "PROPN", "NNP", "pobj", 3, "Siemens", "B-ORG"),
        ("angered", "VERB", "VBD", "ROOT", 5, "anger", "O"),
        ("Paris", "PROPN", "NNP", "dobj", 5, "Paris", "B-GPE"),
    ]


def test_nominal_place_before_a_legal_proceeding_is_its_court_not_its_agent(frames_of):
    doc, frames = frames_of(_place_before("lawsuit", "lawsuit", "against"))
    assert frame_at(doc, frames, "lawsuit", "nominal_event").subjects == ()
    doc, frames = frames_of(_place_before("condemnation", "condemnation", "of"))
    assert words(doc, frame_at(doc, frames, "condemnation", "nominal_event").subjects) == ["French"]


# "Lee spoke after the departure of Kim."
AFTER_OF = [
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 1, "speak", "O"),
    ("after", "ADP", "IN", "prep", 1, "after", "O"),
    ("the", "DET", "DT", "det", 4, "the", "O"),
    ("departure", "NOUN", "NN", "pobj", 2, "departure", "O"),
    ("of", "ADP", "IN", "prep", 4, "of", "O"),
    ("Kim", "PROPN", "NNP", "pobj", 5, "Kim", "B-PERSON"),
]
# "Lee spoke after a meeting with Kim."
AFTER_WITH = [*AFTER_OF[:3], ("a", "DET", "DT", "det", 4, "a", "O"),
              ("meeting", "NOUN", "NN", "pobj", 2, "meeting", "O"),
              ("with", "ADP", "IN", "prep", 4, "with", "O"), AFTER_OF[6]]


def test_nominal_event_after_which_a_clause_happens_is_not_its_subjects_when_of_names_a_participant(frames_of):
    doc, frames = frames_of(AFTER_OF)
    frame = frame_at(doc, frames, "departure", "nominal_event")
    assert not [a for a in frame.subjects if Via.EVENT in a.via]


def test_nominal_event_after_which_a_clause_happens_keeps_its_subject_without_of(frames_of):
    doc, frames = frames_of(AFTER_WITH)
    frame = frame_at(doc, frames, "meeting", "nominal_event")
    assert words(doc, frame.subjects) == ["Lee"]


# "Lee said Kim's visit to Hanoi failed."
REPORTED_EVENT = [
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("said", "VERB", "VBD", "ROOT", 1, "say", "O"),
    ("Kim", "PROPN", "NNP", "poss", 4, "Kim", "B-PERSON"),
    ("'s", "PART", "POS", "case", 2, "'s", "O"),
    ("visit", "NOUN", "NN", "nsubj", 7, "visit", "O"),
    ("to", "ADP", "IN", "prep", 4, "to", "O"),
    ("Hanoi", "PROPN", "NNP", "pobj", 5, "Hanoi", "B-GPE"),
    ("failed", "VERB", "VBD", "ccomp", 1, "fail", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_nominal_event_in_a_reported_clause_is_reported_by_its_speaker(frames_of):
    doc, frames = frames_of(REPORTED_EVENT)
    frame = frame_at(doc, frames, "visit", "nominal_event")
    assert frame.scope.certainty == "reported" and words(doc, frame.scope.speakers) == ["Lee"]


def test_nominal_event_in_an_asserted_clause_stays_asserted(frames_of):
    doc, frames = frames_of(VISIT)
    assert frame_at(doc, frames, "visit", "nominal_event").scope.certainty == "asserted"


def test_nominal_event_in_a_reported_clause_with_its_own_modal_is_still_reported(frames_of):
    # "Lee said Kim's visit to Hanoi may fail."
    rows = [*REPORTED_EVENT[:4], ("visit", "NOUN", "NN", "nsubj", 8, "visit", "O"), *REPORTED_EVENT[5:7],
            ("may", "AUX", "MD", "aux", 8, "may", "O"),
            ("fail", "VERB", "VB", "ccomp", 1, "fail", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")]
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "visit", "nominal_event")
    assert frame.scope.certainty == "reported" and words(doc, frame.scope.speakers) == ["Lee"]


def _joins_delegation(aux: str | None):
    """ "Ed [will] join the UK delegation in Poland." """
    rows = [("Ed", "PROPN", "NNP", "nsubj", 2 if aux else 1, "Ed", "B-PERSON")]
    if aux:
        rows.append((aux, "AUX", "MD", "aux", 2, aux, "O"))
    at = len(rows)
    rows += [("join", "VERB", "VB" if aux else "VBD", "ROOT", at, "join", "O"),
             ("the", "DET", "DT", "det", at + 3, "the", "O"),
             ("UK", "PROPN", "NNP", "compound", at + 3, "UK", "B-GPE"),
             ("delegation", "NOUN", "NN", "dobj", at, "delegation", "O"),
             ("in", "ADP", "IN", "prep", at + 3, "in", "O"),
             ("Poland", "PROPN", "NNP", "pobj", at + 4, "Poland", "B-GPE")]
    return rows


@pytest.mark.parametrize("aux, certainty", [("will", "hedged"), ("shall", "hedged"), ("can", "asserted"),
                                            (None, "asserted")])
def test_nominal_event_in_a_future_clause_is_hedged(frames_of, aux, certainty):
    """"Ed will join the UK delegation": the delegation has not happened yet."""
    doc, frames = frames_of(_joins_delegation(aux))
    assert frame_at(doc, frames, "delegation", "nominal_event").scope.certainty == certainty


def _annexation(doer: str, pos: str, ent: str, subject_dep: str = "nsubj", aux: bool = False):
    """'Critics attacked the annexation of Crimea by <doer>.', the parser's "by" on the verb
    (or, with aux, the passive 'Critics were attacked ...' whose "by" is the verb's own)."""
    verb = [("were", "AUX", "VBD", "auxpass", 2, "be", "O")] if aux else []
    shift = len(verb)
    return [
        ("Critics", "NOUN", "NNS", "nsubjpass" if aux else subject_dep, 1 + shift, "critic", "O"),
        *verb,
        ("attacked", "VERB", "VBN" if aux else "VBD", "ROOT", 1 + shift, "attack", "O"),
        ("the", "DET", "DT", "det", 3 + shift, "the", "O"),
        ("annexation", "NOUN", "NN", "dobj", 1 + shift, "annexation", "O"),
        ("of", "ADP", "IN", "prep", 3 + shift, "of", "O"),
        ("Crimea", "PROPN", "NNP", "pobj", 4 + shift, "Crimea", "B-GPE"),
        ("by", "ADP", "IN", "prep", 1 + shift, "by", "O"),
        (doer, pos, "NNP" if pos == "PROPN" else "NN", "pobj", 6 + shift, doer.lower(), ent),
    ]


@pytest.mark.parametrize("rows, agents", [
    (_annexation("Russia", "PROPN", "B-GPE"), ["Russia"]),
    (_annexation("phone", "NOUN", "O"), []),
    (_annexation("Monday", "PROPN", "B-DATE"), []),
    (_annexation("Russia", "PROPN", "B-GPE", aux=True), []),
], ids=["name-on-active-verb", "means", "date", "passive-verb-own-agent"])
def test_nominal_by_phrase_on_an_active_verb_is_its_event_nouns_agent(frames_of, rows, agents):
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "annexation", "nominal_event")
    assert words(doc, frame.subjects) == agents


def _talks(adjective: str | None):
    """ "Ed is [due] to take part in talks with Japan." (or "Ed took part in talks with Japan.")"""
    if adjective is None:
        return [("Ed", "PROPN", "NNP", "nsubj", 1, "Ed", "B-PERSON"),
                ("took", "VERB", "VBD", "ROOT", 1, "take", "O"),
                ("part", "NOUN", "NN", "dobj", 1, "part", "O"),
                ("in", "ADP", "IN", "prep", 1, "in", "O"),
                ("talks", "NOUN", "NNS", "pobj", 3, "talk", "O"),
                ("with", "ADP", "IN", "prep", 4, "with", "O"),
                ("Japan", "PROPN", "NNP", "pobj", 5, "Japan", "B-GPE")]
    return [("Ed", "PROPN", "NNP", "nsubj", 1, "Ed", "B-PERSON"),
            ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
            (adjective, "ADJ", "JJ", "acomp", 1, adjective, "O"),
            ("to", "PART", "TO", "aux", 4, "to", "O"),
            ("take", "VERB", "VB", "xcomp", 2, "take", "O"),
            ("part", "NOUN", "NN", "dobj", 4, "part", "O"),
            ("in", "ADP", "IN", "prep", 4, "in", "O"),
            ("talks", "NOUN", "NNS", "pobj", 6, "talk", "O"),
            ("with", "ADP", "IN", "prep", 7, "with", "O"),
            ("Japan", "PROPN", "NNP", "pobj", 8, "Japan", "B-GPE")]


@pytest.mark.parametrize("adjective, certainty", [("due", "hedged"), ("set", "hedged"), (None, "asserted")])
def test_nominal_event_taken_part_in_only_as_planned_is_hedged(frames_of, adjective, certainty):
    """"Ed is due to take part in talks with Japan": the talks are scheduled, not held."""
    doc, frames = frames_of(_talks(adjective))
    frame = frame_at(doc, frames, "talks", "nominal_event")
    assert [doc[a.head].text for a in frame.subjects] == ["Ed"] and frame.scope.certainty == certainty


def _expansion(attr: str, one_of: bool):
    """"Acme's expansion of Zeta is [one of] the <attr>." """
    rows = [("Acme", "PROPN", "NNP", "poss", 2, "Acme", "B-ORG"),
            ("'s", "PART", "POS", "case", 0, "'s", "O"),
            ("expansion", "NOUN", "NN", "nsubj", 5, "expansion", "O"),
            ("of", "ADP", "IN", "prep", 2, "of", "O"),
            ("Zeta", "PROPN", "NNP", "pobj", 3, "Zeta", "B-ORG"),
            ("is", "AUX", "VBZ", "ROOT", 5, "be", "O")]
    if one_of:
        rows += [("one", "NUM", "CD", "attr", 5, "one", "O"), ("of", "ADP", "IN", "prep", 6, "of", "O"),
                 ("the", "DET", "DT", "det", 9, "the", "O"), (attr, "NOUN", "NNS", "pobj", 7, attr[:-1], "O")]
    else:
        rows += [("the", "DET", "DT", "det", 7, "the", "O"), (attr, "NOUN", "NN", "attr", 5, attr, "O")]
    return rows + [(".", "PUNCT", ".", "punct", 5, ".", "O")]


@pytest.mark.parametrize("rows, certainty", [
    (_expansion("plans", one_of=True), "hedged"),
    (_expansion("proposal", one_of=False), "hedged"),
    (_expansion("successes", one_of=True), "asserted"),
])
def test_nominal_event_said_to_be_a_plan_is_hedged(frames_of, rows, certainty):
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, "expansion", "nominal_event").scope.certainty == certainty
