"""extract.frames.verbal: subjects, objects and prepositional objects of a verb."""
from __future__ import annotations

import pytest

from extract.frames import Keep, Role
from extract.frames.clause import is_predicate
from tests.extract.frames.conftest import frame_at, words
from tests.extract.parses import NO_OBJECT

# (word, pos, tag, dep, head, lemma, ent)
SVO_PREP = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("sent", "VERB", "VBD", "ROOT", 1, "send", "O"),
    ("troops", "NOUN", "NNS", "dobj", 1, "troop", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("Russia", "PROPN", "NNP", "pobj", 3, "Russia", "B-GPE"),
    ("during", "ADP", "IN", "prep", 1, "during", "O"),
    ("talks", "NOUN", "NNS", "pobj", 5, "talk", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
ARRIVED = [
    ("Belousov", "PROPN", "NNP", "nsubj", 1, "Belousov", "B-PERSON"),
    ("arrived", "VERB", "VBD", "ROOT", 1, "arrive", "O"),
    ("in", "ADP", "IN", "prep", 1, "in", "O"),
    ("Pyongyang", "PROPN", "NNP", "pobj", 2, "Pyongyang", "B-GPE"),
    ("on", "ADP", "IN", "prep", 1, "on", "O"),
    ("Friday", "PROPN", "NNP", "pobj", 4, "Friday", "B-DATE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_object_and_entity_preposition_join_but_adjuncts_do_not(frames_of):
    doc, frames = frames_of(SVO_PREP)
    frame = frame_at(doc, frames, "sent")
    assert words(doc, frame.subjects) == ["Kim"] and frame.rule == "svo" and frame.lemma == "send"
    (obj, prep) = frame.arguments
    assert (obj.role, doc[obj.head].text) == (Role.OBJECT, "troops")
    # "sent troops to Russia": the object joins the relation, kept only beside a concept object
    assert (prep.role, prep.preposition, prep.middle, prep.keep) == (
        Role.PREPOSITIONAL, "to", "troops", Keep.BESIDE_CONCEPT)
    assert prep.beside == obj.head
    assert "talks" not in words(doc, frame.arguments)  # "during" is an adjunct

OWN_BID = [  # "Lee ended his own bid" / "Lee ended Kim's bid"
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("ended", "VERB", "VBD", "ROOT", 1, "end", "O"),
    ("his", "PRON", "PRP$", "poss", 4, "his", "O"),
    ("own", "ADJ", "JJ", "amod", 4, "own", "O"),
    ("bid", "NOUN", "NN", "dobj", 1, "bid", "O"),
]
OTHERS_BID = [  # "Lee ended Kim's own bid": a named owner is another party
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("ended", "VERB", "VBD", "ROOT", 1, "end", "O"),
    ("Kim", "PROPN", "NNP", "poss", 5, "Kim", "B-PERSON"),
    ("'s", "PART", "POS", "case", 2, "'s", "O"),
    ("own", "ADJ", "JJ", "amod", 5, "own", "O"),
    ("bid", "NOUN", "NN", "dobj", 1, "bid", "O"),
]


def test_verbal_own_possessor_is_no_second_party(frames_of):
    doc, frames = frames_of(OWN_BID)
    assert words(doc, frame_at(doc, frames, "ended").arguments) == ["bid"]
    doc, frames = frames_of(OTHERS_BID)
    assert words(doc, frame_at(doc, frames, "ended").arguments) == ["bid", "Kim"]


def test_verbal_dates_are_no_arguments_and_circumstance_preps_keep_entities(frames_of):
    doc, frames = frames_of(ARRIVED)
    (arg,) = frame_at(doc, frames, "arrived").arguments
    assert (doc[arg.head].text, arg.preposition, arg.keep) == ("Pyongyang", "in", Keep.ENTITIES)


def test_verbal_no_determiner_marks_the_slot_negated(frames_of):
    doc, frames = frames_of(NO_OBJECT)
    (arg,) = frame_at(doc, frames, "sent").arguments
    assert arg.negated and frame_at(doc, frames, "sent").scope.polarity == "positive"


@pytest.mark.parametrize("pos, dep, lemma, expected", [
    ("VERB", "ROOT", "send", True), ("VERB", "amod", "send", False), ("AUX", "ROOT", "be", False),
    ("AUX", "ROOT", "have", True), ("VERB", "aux", "have", False),
])
def test_verbal_is_predicate(doc_of, pos, dep, lemma, expected):
    doc = doc_of([("x", pos, "VB", dep, 0, lemma, "O")])
    assert is_predicate(doc[0]) is expected


def test_verbal_surface_reading_lists_dependents_in_order(frames_of):
    doc, frames = frames_of(SVO_PREP)
    frame = frame_at(doc, frames, "sent")
    assert [(a.role, doc[a.head].text) for a in frame.dependents] == [
        (Role.OBJECT, "troops"), (Role.PREPOSITIONAL, "to"), (Role.PREPOSITIONAL, "during")]
    assert words(doc, frame.grammatical) == ["Kim"]


def _from_to(quantifier: str | None):
    """"Smith found a [single] economist from the IMF to the OECD." ("to" on the verb, as
    the parser attaches it)."""
    rows = [
        ("Smith", "PROPN", "NNP", "nsubj", 1, "Smith", "B-PERSON"),
        ("found", "VERB", "VBD", "ROOT", 1, "find", "O"),
        ("a", "DET", "DT", "det", 4, "a", "O"),
        (quantifier or "young", "ADJ", "JJ", "amod", 4, quantifier or "young", "O"),
        ("economist", "NOUN", "NN", "dobj", 1, "economist", "O"),
        ("from", "ADP", "IN", "prep", 4, "from", "O"),
        ("the", "DET", "DT", "det", 7, "the", "O"),
        ("IMF", "PROPN", "NNP", "pobj", 5, "IMF", "B-ORG"),
        ("to", "ADP", "IN", "prep", 1, "to", "O"),
        ("the", "DET", "DT", "det", 10, "the", "O"),
        ("OECD", "PROPN", "NNP", "pobj", 8, "OECD", "B-ORG"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]
    return rows


def test_verbal_from_to_range_on_a_quantified_object_gives_no_arguments(frames_of):
    doc, frames = frames_of(_from_to("single"))
    assert words(doc, frame_at(doc, frames, "found").arguments) == ["economist"]


def test_verbal_from_to_without_quantifier_keeps_source_and_goal(frames_of):
    doc, frames = frames_of(_from_to(None))
    assert words(doc, frame_at(doc, frames, "found").arguments) == ["economist", "IMF", "OECD"]


POLICY = [  # "Acme backs the US's traditional dollar policy."
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("backs", "VERB", "VBZ", "ROOT", 1, "back", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("US", "PROPN", "NNP", "poss", 7, "US", "B-GPE"),
    ("'s", "PART", "POS", "case", 3, "'s", "O"),
    ("traditional", "ADJ", "JJ", "amod", 7, "traditional", "O"),
    ("dollar", "NOUN", "NN", "compound", 7, "dollar", "O"),
    ("policy", "NOUN", "NN", "dobj", 1, "policy", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_possessor_of_a_specified_object_is_no_argument(frames_of):
    doc, frames = frames_of(POLICY)
    assert words(doc, frame_at(doc, frames, "backs").arguments) == ["policy"]
    bare = [r for r in POLICY if r[0] not in {"traditional", "dollar"}]
    bare = [(w, p, t, d, h - 2 if h > 4 else h, l, e) for w, p, t, d, h, l, e in bare]
    doc, frames = frames_of(bare)
    assert words(doc, frame_at(doc, frames, "backs").arguments) == ["policy", "US"]


def test_verbal_object_set_in_another_time_gives_no_complement(frames_of):
    rows = [  # "Smith preferred the old currencies of Europe."
        ("Smith", "PROPN", "NNP", "nsubj", 1, "Smith", "B-PERSON"),
        ("preferred", "VERB", "VBD", "ROOT", 1, "prefer", "O"),
        ("the", "DET", "DT", "det", 4, "the", "O"),
        ("old", "ADJ", "JJ", "amod", 4, "old", "O"),
        ("currencies", "NOUN", "NNS", "dobj", 1, "currency", "O"),
        ("of", "ADP", "IN", "prep", 4, "of", "O"),
        ("Europe", "PROPN", "NNP", "pobj", 5, "Europe", "B-LOC"),
    ]
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "preferred").arguments) == ["currencies"]
    rows[3] = ("national", "ADJ", "JJ", "amod", 4, "national", "O")
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "preferred").arguments) == ["currencies", "Europe"]


def test_verbal_pronoun_owner_of_the_object_is_no_argument(frames_of):
    rows = [  # "Smith filed his resignation." / "Smith filed Acme's resignation."
        ("Smith", "PROPN", "NNP", "nsubj", 1, "Smith", "B-PERSON"),
        ("filed", "VERB", "VBD", "ROOT", 1, "file", "O"),
        ("his", "PRON", "PRP$", "poss", 3, "his", "O"),
        ("resignation", "NOUN", "NN", "dobj", 1, "resignation", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "filed").arguments) == ["resignation"]
    rows[2] = ("Jones", "PROPN", "NNP", "poss", 3, "Jones", "B-PERSON")
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "filed").arguments) == ["resignation", "Jones"]


# "The court ruled the merger unlawful.": a small clause, no ruling of the merger
SMALL_CLAUSE = [
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("ruled", "VERB", "VBD", "ROOT", 1, "rule", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("merger", "NOUN", "NN", "dobj", 1, "merger", "O"),
    ("unlawful", "ADJ", "JJ", "advmod", 1, "unlawful", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
# "Lee called the deal a disaster."
OBJECT_PREDICATIVE = [
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("called", "VERB", "VBD", "ROOT", 1, "call", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("deal", "NOUN", "NN", "dobj", 1, "deal", "O"),
    ("a", "DET", "DT", "det", 5, "a", "O"),
    ("disaster", "NOUN", "NN", "oprd", 1, "disaster", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
# "Lee signed the unlawful merger.": an attributive adjective is no small clause
ATTRIBUTIVE = [
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("signed", "VERB", "VBD", "ROOT", 1, "sign", "O"),
    ("the", "DET", "DT", "det", 4, "the", "O"),
    ("unlawful", "ADJ", "JJ", "amod", 4, "unlawful", "O"),
    ("merger", "NOUN", "NN", "dobj", 1, "merger", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows", [SMALL_CLAUSE, [row if row[0] != "called" else ("found", "VERB", "VBD", "ROOT", 1, "find", "O")
                                                  for row in OBJECT_PREDICATIVE]])
def test_verbal_object_of_a_small_clause_gives_no_argument(frames_of, rows):
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, doc[1].text, "verbal_clause")
    assert words(doc, frame.subjects) == ["Lee"] and frame.arguments == ()


def test_verbal_labelled_object_keeps_its_label(frames_of):
    # "Lee called the deal a disaster": what is said of the deal is the label (LABELLING_VERBS)
    doc, frames = frames_of(OBJECT_PREDICATIVE)
    (obj,) = frame_at(doc, frames, "called", "verbal_clause").arguments
    assert (doc[obj.head].text, obj.middle) == ("deal", "disaster")


def test_verbal_attributive_adjective_keeps_the_object(frames_of):
    doc, frames = frames_of(ATTRIBUTIVE)
    assert words(doc, frame_at(doc, frames, "signed", "verbal_clause").arguments) == ["merger"]


# "Merkel will take Germany forward."
DIRECTIONAL = [
    ("Merkel", "PROPN", "NNP", "nsubj", 2, "Merkel", "B-PERSON"),
    ("will", "AUX", "MD", "aux", 2, "will", "O"),
    ("take", "VERB", "VB", "ROOT", 2, "take", "O"),
    ("Germany", "PROPN", "NNP", "dobj", 2, "Germany", "B-GPE"),
    ("forward", "ADV", "RB", "advmod", 2, "forward", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
# "Merkel will take Germany quickly.": a manner adverb changes nothing
MANNER = [*DIRECTIONAL[:4], ("quickly", "ADV", "RB", "advmod", 2, "quickly", "O"), DIRECTIONAL[5]]


def test_verbal_directional_adverb_joins_the_relation_as_a_particle(frames_of):
    doc, frames = frames_of(DIRECTIONAL)
    frame = frame_at(doc, frames, "take", "verbal_clause")
    assert frame.particle == "forward" and words(doc, frame.arguments) == ["Germany"]
    doc, frames = frames_of(MANNER)
    assert frame_at(doc, frames, "take", "verbal_clause").particle == ""


# "Sugar gave Labour £2m." (dative) and "Sugar donated the Greens £2m." (object before an amount)
DATIVE = [
    ("Sugar", "PROPN", "NNP", "nsubj", 1, "Sugar", "B-PERSON"),
    ("gave", "VERB", "VBD", "ROOT", 1, "give", "O"),
    ("Labour", "PROPN", "NNP", "dative", 1, "Labour", "B-ORG"),
    ("£", "SYM", "$", "nmod", 4, "£", "B-MONEY"),
    ("2m", "NUM", "CD", "dobj", 1, "2m", "I-MONEY"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
DONATED = [
    ("Sugar", "PROPN", "NNP", "nsubj", 1, "Sugar", "B-PERSON"),
    ("donated", "VERB", "VBD", "ROOT", 1, "donate", "O"),
    ("the", "DET", "DT", "det", 3, "the", "B-ORG"),
    ("Greens", "PROPN", "NNPS", "dobj", 1, "Greens", "I-ORG"),
    ("£", "SYM", "$", "nmod", 5, "£", "B-MONEY"),
    ("2", "NUM", "CD", "nummod", 6, "2", "I-MONEY"),
    ("m", "NOUN", "NN", "npadvmod", 1, "m", "I-MONEY"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows, recipient", [(DATIVE, "Labour"), (DONATED, "Greens")])
def test_verbal_recipient_of_a_transfer_keeps_to(frames_of, rows, recipient):
    doc, frames = frames_of(rows)
    slots = [a for a in frame_at(doc, frames, doc[1].text, "verbal_clause").arguments if doc[a.head].text == recipient]
    assert [(a.role, a.preposition) for a in slots] == [(Role.PREPOSITIONAL, "to")]


@pytest.mark.parametrize("word, lemma", [("led", "lead"), ("fined", "fine"), ("beat", "beat")])
def test_verbal_object_before_an_amount_of_a_verb_of_no_transfer_is_its_patient(frames_of, word, lemma):
    # "Sugar led the Greens £2m": an amount after a verb that gives nothing measures the
    # act ("led Trump 49 percent to 42", "fined the club £5m"); the object takes no "to"
    rows = [(word, "VERB", "VBD", "ROOT", 1, lemma, "O") if r[0] == "donated" else r for r in DONATED]
    doc, frames = frames_of(rows)
    slots = [a for a in frame_at(doc, frames, word, "verbal_clause").arguments if doc[a.head].text == "Greens"]
    assert [(a.role, a.preposition) for a in slots] == [(Role.OBJECT, "")]


def test_verbal_object_without_an_amount_is_no_recipient(frames_of):
    doc, frames = frames_of(DIRECTIONAL)
    (slot,) = frame_at(doc, frames, "take", "verbal_clause").arguments
    assert (slot.role, slot.preposition) == (Role.OBJECT, "")


# "The unions rotated between Leeds, Bristol and Cardiff." / "... moved to Leeds and Bristol."
def _set_rows(prep: str):
    return [
        ("Unite", "PROPN", "NNP", "nsubj", 1, "Unite", "B-ORG"),
        ("rotated", "VERB", "VBD", "ROOT", 1, "rotate", "O"),
        (prep, "ADP", "IN", "prep", 1, prep, "O"),
        ("Leeds", "PROPN", "NNP", "pobj", 2, "Leeds", "B-GPE"),
        (",", "PUNCT", ",", "punct", 3, ",", "O"),
        ("Bristol", "PROPN", "NNP", "conj", 3, "Bristol", "B-GPE"),
        ("and", "CCONJ", "CC", "cc", 5, "and", "O"),
        ("Cardiff", "PROPN", "NNP", "conj", 5, "Cardiff", "B-GPE"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


def test_verbal_coordinated_objects_of_between_name_a_set_not_participants(frames_of):
    doc, frames = frames_of(_set_rows("between"))
    assert frame_at(doc, frames, "rotated", "verbal_clause").arguments == ()
    doc, frames = frames_of(_set_rows("to"))
    assert words(doc, frame_at(doc, frames, "rotated", "verbal_clause").arguments)[:1] == ["Leeds"]


# "2nd Army's spokesman Ann Lee told Reuters.": the parser hangs "2nd" on "told" as a dative
OBJECT_BEFORE_SUBJECT = [
    ("2nd", "PROPN", "NNP", "dative", 6, "2nd", "B-ORG"),
    ("Army", "PROPN", "NNP", "poss", 3, "Army", "I-ORG"),
    ("'s", "PART", "POS", "case", 1, "'s", "O"),
    ("spokesman", "NOUN", "NN", "compound", 5, "spokesman", "O"),
    ("Ann", "PROPN", "NNP", "compound", 5, "Ann", "B-PERSON"),
    ("Lee", "PROPN", "NNP", "nsubj", 6, "Lee", "I-PERSON"),
    ("told", "VERB", "VBD", "ROOT", 6, "tell", "O"),
    ("Reuters", "PROPN", "NNP", "dobj", 6, "Reuters", "B-ORG"),
    (".", "PUNCT", ".", "punct", 6, ".", "O"),
]


def test_verbal_object_before_the_subject_is_no_object(frames_of):
    doc, frames = frames_of(OBJECT_BEFORE_SUBJECT)
    frame = frame_at(doc, frames, "told")
    assert words(doc, frame.arguments) == ["Reuters"]


def _by_participle(word: str, lemma: str):
    """"misconduct by <word> President Ann Lee" with the participle parsed as a gerund."""
    return [
        ("misconduct", "NOUN", "NN", "ROOT", 0, "misconduct", "O"),
        ("by", "ADP", "IN", "prep", 0, "by", "O"),
        (word, "VERB", "VBG", "pcomp", 1, lemma, "O"),
        ("President", "PROPN", "NNP", "compound", 5, "President", "O"),
        ("Ann", "PROPN", "NNP", "compound", 5, "Ann", "B-PERSON"),
        ("Lee", "PROPN", "NNP", "dobj", 2, "Lee", "I-PERSON"),
    ]


@pytest.mark.parametrize("word, lemma, objects", [("sitting", "sit", []), ("outgoing", "outgo", []),
                                                  ("meeting", "meet", ["Lee"])])
def test_verbal_office_participle_before_a_title_takes_no_object(doc_of, word, lemma, objects):
    from extract.frames.verbal import objects as object_slots

    doc = doc_of(_by_participle(word, lemma))
    assert words(doc, object_slots(doc[2], False)) == objects


# "Aldi sold it to Salling Group.": the parser reads "Salling" as a gerund with "Group" as object
NAME_AS_GERUND = [
    ("Aldi", "PROPN", "NNP", "nsubj", 1, "Aldi", "B-ORG"),
    ("sold", "VERB", "VBD", "ROOT", 1, "sell", "O"),
    ("it", "PRON", "PRP", "dobj", 1, "it", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("Salling", "VERB", "VBG", "pcomp", 3, "salle", "B-ORG"),
    ("Group", "PROPN", "NNP", "dobj", 4, "Group", "I-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_first_word_of_a_name_is_no_verb(frames_of):
    doc, frames = frames_of(NAME_AS_GERUND)
    assert not [f for f in frames if doc[f.predicate].text == "Salling"]
    assert [doc[f.predicate].text for f in frames if f.construction == "verbal_clause"] == ["sold"]


NAME_PIECE_BEFORE_SUBJECT = [
    ("Acme", "PROPN", "NNP", "dative", 4, "Acme", "B-ORG"),
    ("sales", "NOUN", "NN", "compound", 2, "sales", "O"),
    ("chief", "NOUN", "NN", "compound", 4, "chief", "O"),
    ("Ann", "PROPN", "NNP", "compound", 4, "Ann", "B-PERSON"),
    ("Lee", "PROPN", "NNP", "nsubj", 5, "Lee", "I-PERSON"),
    ("told", "VERB", "VBD", "ROOT", 5, "tell", "O"),
    ("Reuters", "PROPN", "NNP", "dobj", 5, "Reuters", "B-ORG"),
    (".", "PUNCT", ".", "punct", 5, ".", "O"),
]
"""Acme sales chief Ann Lee told Reuters (the parse took "Acme" for a dative)."""


def test_verbal_object_before_the_subject_is_no_argument(frames_of):
    doc, frames = frames_of(NAME_PIECE_BEFORE_SUBJECT)
    frame = frame_at(doc, frames, "told", "verbal_clause")
    assert words(doc, frame.subjects) == ["Lee"] and words(doc, frame.arguments) == ["Reuters"]


BEFORE_THE_COURT = [  # Acme brought the case before the Tribunal before Easter.
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("brought", "VERB", "VBD", "ROOT", 1, "bring", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("case", "NOUN", "NN", "dobj", 1, "case", "O"),
    ("before", "ADP", "IN", "prep", 1, "before", "O"),
    ("the", "DET", "DT", "det", 6, "the", "O"),
    ("Tribunal", "PROPN", "NNP", "pobj", 4, "Tribunal", "B-ORG"),
    ("before", "ADP", "IN", "prep", 1, "before", "O"),
    ("Easter", "PROPN", "NNP", "pobj", 7, "Easter", "B-DATE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_before_a_named_organisation_is_a_party_not_a_time(frames_of):
    doc, frames = frames_of(BEFORE_THE_COURT)
    frame = frame_at(doc, frames, "brought", "verbal_clause")
    (forum,) = [a for a in frame.arguments if a.preposition == "before"]
    assert doc[forum.head].text == "Tribunal" and forum.middle == "case" and forum.keep is Keep.ENTITIES


VAGUE_OBJECT_TO = [  # Acme referred the matter to the Agency.
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("referred", "VERB", "VBD", "ROOT", 1, "refer", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("matter", "NOUN", "NN", "dobj", 1, "matter", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("the", "DET", "DT", "det", 6, "the", "O"),
    ("Agency", "PROPN", "NNP", "pobj", 4, "Agency", "B-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("obj, keep", [("matter", Keep.ENTITIES), ("dossier", Keep.BESIDE_CONCEPT)])
def test_verbal_recipient_beside_a_vague_object_is_kept_alone(frames_of, obj, keep):
    rows = [row if row[0] != "matter" else (obj, "NOUN", "NN", "dobj", 1, obj, "O") for row in VAGUE_OBJECT_TO]
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "referred", "verbal_clause")
    (to,) = [a for a in frame.arguments if a.preposition == "to"]
    assert doc[to.head].text == "Agency" and to.keep is keep and to.middle == obj


RIVAL = [  # Lee ran for the seat against Park.
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("ran", "VERB", "VBD", "ROOT", 1, "run", "O"),
    ("for", "ADP", "IN", "prep", 1, "for", "O"),
    ("the", "DET", "DT", "det", 4, "the", "O"),
    ("seat", "NOUN", "NN", "pobj", 2, "seat", "O"),
    ("against", "ADP", "IN", "prep", 4, "against", "O"),
    ("Park", "PROPN", "NNP", "pobj", 5, "Park", "B-PERSON"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("prize, lemma, rival", [("seat", "seat", ["Park"]), ("sanctions", "sanction", [])])
def test_verbal_against_hung_on_the_prize_is_the_verbs_rival(frames_of, prize, lemma, rival):
    rows = [row if row[0] != "seat" else (prize, "NOUN", "NNS", "pobj", 2, lemma, "O") for row in RIVAL]
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "ran", "verbal_clause")
    assert words(doc, [a for a in frame.arguments if a.preposition == "against"]) == rival


SPLIT_AMOUNT = [  # "Brown offered £960m to an international scheme": "m" split off, parsed as a verb
    ("Brown", "PROPN", "NNP", "nsubj", 1, "Brown", "B-PERSON"),
    ("offered", "VERB", "VBD", "ROOT", 1, "offer", "O"),
    ("£", "SYM", "$", "nmod", 3, "£", "O"),
    ("960", "NUM", "CD", "dobj", 1, "960", "B-MONEY"),
    ("m", "VERB", "VBP", "dobj", 1, "m", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("an", "DET", "DT", "det", 8, "an", "O"),
    ("international", "ADJ", "JJ", "amod", 8, "international", "O"),
    ("scheme", "NOUN", "NN", "pobj", 5, "scheme", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_split_amount_unit_is_no_participant_and_the_recipient_stays(frames_of):
    doc, frames = frames_of(SPLIT_AMOUNT)
    slots = frame_at(doc, frames, "offered").arguments
    recipient = [s for s in slots if s.preposition == "to"]
    assert words(doc, recipient) == ["scheme"] and recipient[0].keep is Keep.ALL


# "Acme had led to him working with Boeing."
LED_TO_HIM_WORKING = [
    ("Acme", "PROPN", "NNP", "nsubj", 2, "Acme", "B-ORG"),
    ("had", "AUX", "VBD", "aux", 2, "have", "O"),
    ("led", "VERB", "VBN", "ROOT", 2, "lead", "O"),
    ("to", "ADP", "IN", "prep", 2, "to", "O"),
    ("him", "PRON", "PRP", "pobj", 3, "he", "O"),
    ("working", "VERB", "VBG", "advcl", 2, "work", "O"),
    ("with", "ADP", "IN", "prep", 5, "with", "O"),
    ("Boeing", "PROPN", "NNP", "pobj", 6, "Boeing", "B-ORG"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]


def test_verbal_pronoun_before_a_gerund_is_its_subject_not_an_object(frames_of):
    """"led to him working": what the clause leads to is his working, so "him" is no object of
    "led" and the gerund does not borrow "Acme" as its subject."""
    doc, frames = frames_of(LED_TO_HIM_WORKING)
    assert "him" not in words(doc, frame_at(doc, frames, "led").arguments)
    assert frame_at(doc, frames, "working").subjects == ()


def test_verbal_pronoun_object_without_a_gerund_stays(frames_of):
    rows = LED_TO_HIM_WORKING[:5] + [(".", "PUNCT", ".", "punct", 2, ".", "O")]  # "Acme had led to him."
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "led").arguments) == ["him"]


# "Canada treats farmers well compared to NATO."
COMPARED_TO = [
    ("Canada", "PROPN", "NNP", "nsubj", 1, "Canada", "B-GPE"),
    ("treats", "VERB", "VBZ", "ROOT", 1, "treat", "O"),
    ("farmers", "NOUN", "NNS", "dobj", 1, "farmer", "O"),
    ("well", "ADV", "RB", "advmod", 1, "well", "O"),
    ("compared", "VERB", "VBN", "advcl", 1, "compare", "O"),
    ("to", "ADP", "IN", "prep", 4, "to", "O"),
    ("NATO", "PROPN", "NNP", "pobj", 5, "NATO", "B-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_compared_to_is_no_act_of_the_subject(frames_of):
    doc, frames = frames_of(COMPARED_TO)
    assert not [f for f in frames if doc[f.predicate].text == "compared"]
    assert words(doc, frame_at(doc, frames, "treats").subjects) == ["Canada"]


def test_verbal_compare_with_its_own_subject_is_a_relation(frames_of):
    rows = [("Analysts", "NOUN", "NNS", "nsubj", 1, "analyst", "O"), ("compared", "VERB", "VBD", "ROOT", 1, "compare", "O"),
            *COMPARED_TO[:1], ("to", "ADP", "IN", "prep", 1, "to", "O"), ("NATO", "PROPN", "NNP", "pobj", 3, "NATO", "B-ORG")]
    rows[2] = ("Canada", "PROPN", "NNP", "dobj", 1, "Canada", "B-GPE")
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "compared").subjects) == ["Analysts"]


CHARGE_CUT_LOOSE = [  # Kim accused Acme of, at worst, a lie (the charge parsed as a second object)
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("accused", "VERB", "VBD", "ROOT", 1, "accuse", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 1, "Acme", "B-ORG"),
    ("of", "ADP", "IN", "prep", 1, "of", "O"),
    ("at", "ADP", "IN", "prep", 1, "at", "O"),
    ("worst", "ADJ", "JJS", "pobj", 4, "bad", "O"),
    ("a", "DET", "DT", "det", 7, "a", "O"),
    ("lie", "NOUN", "NN", "dobj", 1, "lie", "O"),
]


@pytest.mark.parametrize("verb, lemma, kept", [("accused", "accuse", ["Acme"]), ("told", "tell", ["Acme", "lie"])])
def test_verbal_second_object_of_accusing_is_the_charge_not_an_accused(frames_of, verb, lemma, kept):
    """"accused Acme of at worst a lie": one accused (Acme); the lie is no second accused. Other
    verbs keep what the parse gives."""
    rows = [r if r[0] != "accused" else (verb, "VERB", "VBD", "ROOT", 1, lemma, "O") for r in CHARGE_CUT_LOOSE]
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, verb)
    assert [doc[a.head].text for a in frame.arguments if a.role is Role.OBJECT] == kept


CLAIM_SUBJECT_AS_OBJECT = [  # Oxfam maintained Kane would win (the clause subject parsed as the object)
    ("Oxfam", "PROPN", "NNP", "nsubj", 1, "Oxfam", "B-ORG"),
    ("maintained", "VERB", "VBD", "ROOT", 1, "maintain", "O"),
    ("Kane", "PROPN", "NNP", "dobj", 1, "Kane", "B-PERSON"),
    ("would", "AUX", "MD", "aux", 4, "would", "O"),
    ("win", "VERB", "VB", "conj", 1, "win", "O"),
]


@pytest.mark.parametrize("rows, kept", [
    (CLAIM_SUBJECT_AS_OBJECT, []),
    ([*CLAIM_SUBJECT_AS_OBJECT[:3], (".", "PUNCT", ".", "punct", 1, ".", "O")], ["Kane"]),
    ([r if r[0] != "maintained" else ("met", "VERB", "VBD", "ROOT", 1, "meet", "O") for r in CLAIM_SUBJECT_AS_OBJECT],
     ["Kane"]),
])
def test_verbal_claim_verb_object_before_a_finite_verb_is_the_clause_subject(frames_of, rows, kept):
    """"maintained Kane would win": Kane is the subject of what is maintained, not its object;
    without the finite verb, or with a verb that is not one of saying, the object stays."""
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, rows[1][0])
    assert [doc[a.head].text for a in frame.arguments if a.role is Role.OBJECT] == kept


SPLIT_HYPHEN = [  # The Greens launched their mini-manifesto (the halves parsed as three objects)
    ("Greens", "PROPN", "NNPS", "nsubj", 1, "Greens", "B-NORP"),
    ("launched", "VERB", "VBD", "ROOT", 1, "launch", "O"),
    ("their", "PRON", "PRP$", "poss", 3, "their", "O"),
    ("mini", "NOUN", "NN", "dobj", 1, "mini", "O"),
    ("-", "NOUN", "NN", "dobj", 1, "-", "O"),
    ("manifesto", "NOUN", "NN", "dobj", 1, "manifesto", "O"),
]


@pytest.mark.parametrize("spaced, kept", [(False, ["manifesto"]), (True, ["mini", "-", "manifesto"])])
def test_verbal_half_of_a_split_hyphenated_word_is_no_object(vocab, spaced, kept):
    """"launched their mini-manifesto": the manifesto is the object, never "mini"; spaced
    dashes ("mini - manifesto") join no word and the parse stands."""
    from spacy.tokens import Doc

    from extract.frames import Context, sentence_frames
    from extract.mentions import NameIndex
    rows = SPLIT_HYPHEN
    doc = Doc(vocab, words=[r[0] for r in rows], spaces=[True, True, True, spaced, spaced, False],
              pos=[r[1] for r in rows], tags=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[r[4] for r in rows], lemmas=[r[5] for r in rows], ents=[r[6] for r in rows])
    frame = frame_at(doc, sentence_frames(Context(doc, NameIndex(doc, "t")), doc), "launched")
    assert [doc[a.head].text for a in frame.arguments if a.role is Role.OBJECT] == kept


# "The paper revealed a plan whereby, on May 2, Acme bought Bolt.": the parser hangs "plan"
# and "whereby" on "Acme" as compounds across the comma and makes "Acme" the object
GLUED_ACROSS_COMMA = [
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("paper", "NOUN", "NN", "nsubj", 2, "paper", "O"),
    ("revealed", "VERB", "VBD", "ROOT", 2, "reveal", "O"),
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("plan", "NOUN", "NN", "compound", 11, "plan", "O"),
    ("whereby", "SCONJ", "WRB", "compound", 11, "whereby", "O"),
    (",", "PUNCT", ",", "punct", 11, ",", "O"),
    ("on", "ADP", "IN", "prep", 11, "on", "O"),
    ("May", "PROPN", "NNP", "pobj", 7, "May", "B-DATE"),
    ("2", "NUM", "CD", "nummod", 8, "2", "I-DATE"),
    (",", "PUNCT", ",", "punct", 11, ",", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 2, "Acme", "B-ORG"),
    ("bought", "VERB", "VBD", "ROOT", 12, "buy", "O"),
    ("Bolt", "PROPN", "NNP", "dobj", 12, "Bolt", "B-ORG"),
    (".", "PUNCT", ".", "punct", 12, ".", "O"),
]


def test_verbal_object_glued_across_a_comma_is_no_object(frames_of):
    doc, frames = frames_of(GLUED_ACROSS_COMMA)
    revealed = frame_at(doc, frames, "revealed")
    assert words(doc, revealed.subjects) == ["paper"] and words(doc, revealed.arguments) == []


# "Acme bought the old, tired Bolt factory.": coordinate adjectives across a comma
COORDINATE_ADJECTIVES = [
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("bought", "VERB", "VBD", "ROOT", 1, "buy", "O"),
    ("the", "DET", "DT", "det", 7, "the", "O"),
    ("old", "ADJ", "JJ", "amod", 7, "old", "O"),
    (",", "PUNCT", ",", "punct", 7, ",", "O"),
    ("tired", "ADJ", "JJ", "amod", 7, "tired", "O"),
    ("Bolt", "PROPN", "NNP", "compound", 7, "Bolt", "B-ORG"),
    ("factory", "NOUN", "NN", "dobj", 1, "factory", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_coordinate_adjectives_across_a_comma_keep_the_object(frames_of):
    doc, frames = frames_of(COORDINATE_ADJECTIVES)
    assert words(doc, frame_at(doc, frames, "bought").arguments)[:1] == ["factory"]


def _wants_out(verb: str, lemma: str, prep: str):
    """"Labour <verb> troops <prep> of Iraq." as the small model parses it."""
    return [
        ("Labour", "PROPN", "NNP", "nsubj", 1, "Labour", "B-ORG"),
        (verb, "VERB", "VBZ", "ROOT", 1, lemma, "O"),
        ("troops", "NOUN", "NNS", "dobj", 1, "troop", "O"),
        (prep, "ADP", "IN", "prep", 1, prep, "O"),
        ("of", "ADP", "IN", "prep", 3, "of", "O"),
        ("Iraq", "PROPN", "NNP", "pobj", 4, "Iraq", "B-GPE"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


@pytest.mark.parametrize("verb, lemma, prep, objects", [
    ("wants", "want", "out", []),  # wants no troops: wants them out
    ("needs", "need", "out", []),
    ("wants", "want", "ahead", ["troops"]),  # no place predicate
    ("pulls", "pull", "out", ["troops"]),  # pulling troops out is still a pulling of troops
])
def test_verbal_place_phrase_after_the_object_of_wanting_is_its_predicate(frames_of, verb, lemma, prep, objects):
    doc, frames = frames_of(_wants_out(verb, lemma, prep))
    assert [w for w in words(doc, frame_at(doc, frames, verb).arguments) if w == "troops"] == objects


# "Orban regained the prime ministry of Hungary.": lower-case "ministry" tagged NNP
LOWER_CASE_PROPN = [
    ("Orban", "PROPN", "NNP", "nsubj", 1, "Orban", "B-PERSON"),
    ("regained", "VERB", "VBD", "ROOT", 1, "regain", "O"),
    ("the", "DET", "DT", "det", 4, "the", "O"),
    ("prime", "PROPN", "NNP", "compound", 4, "prime", "O"),
    ("ministry", "PROPN", "NNP", "dobj", 1, "ministry", "O"),
    ("of", "ADP", "IN", "prep", 4, "of", "O"),
    ("Hungary", "PROPN", "NNP", "pobj", 5, "Hungary", "B-GPE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_lower_case_proper_noun_outside_a_name_takes_its_complement(frames_of):
    doc, frames = frames_of(LOWER_CASE_PROPN)
    args = frame_at(doc, frames, "regained").arguments
    assert [(doc[a.head].text, a.preposition, a.middle) for a in args if a.preposition] == [("Hungary", "of", "ministry")]


def test_verbal_capitalised_proper_noun_takes_no_complement(frames_of):
    """"regained Ministry of Hungary" would be a name the tagger missed: no concept to complete."""
    rows = [r if r[0] != "ministry" else ("Ministry", *r[1:]) for r in LOWER_CASE_PROPN]
    doc, frames = frames_of(rows)
    assert not [a for a in frame_at(doc, frames, "regained").arguments if a.preposition]


def _demonym_stores(second_ent: str):
    """"Acme sold its Thai and Lao stores to Bolt." with "Thai" parsed as the object."""
    return [
        ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
        ("sold", "VERB", "VBD", "ROOT", 1, "sell", "O"),
        ("its", "PRON", "PRP$", "poss", 3, "its", "O"),
        ("Thai", "PROPN", "NNP", "dobj", 1, "Thai", "B-NORP"),
        ("and", "CCONJ", "CC", "cc", 3, "and", "O"),
        ("Lao", "ADJ", "JJ", "amod", 6, "lao", second_ent),
        ("stores", "NOUN", "NNS", "conj", 3, "store", "O"),
        ("to", "ADP", "IN", "dative", 1, "to", "O"),
        ("Bolt", "PROPN", "NNP", "pobj", 7, "Bolt", "B-ORG"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


def test_verbal_coordinated_demonyms_modify_the_noun_that_is_the_object(frames_of):
    doc, frames = frames_of(_demonym_stores("B-NORP"))
    args = frame_at(doc, frames, "sold").arguments
    slots = [(doc[a.head].text, a.preposition, a.middle) for a in args]
    assert ("stores", "", "") in slots and ("Bolt", "to", "stores") in slots and "Thai" not in [s[0] for s in slots]


def test_verbal_demonym_beside_a_plain_noun_stays_the_object(frames_of):
    """"sold Thai and lao stores": without a demonym of its own the conjunct is a second object."""
    doc, frames = frames_of(_demonym_stores("O"))
    assert [doc[a.head].text for a in frame_at(doc, frames, "sold").arguments][0] == "Thai"


def _dubbed(name_pos: str, name: str = "Orion"):
    """"Acme launched a program dubbed Orion." """
    return [
        ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
        ("launched", "VERB", "VBD", "ROOT", 1, "launch", "O"),
        ("a", "DET", "DT", "det", 3, "a", "O"),
        ("program", "NOUN", "NN", "dobj", 1, "program", "O"),
        ("dubbed", "VERB", "VBN", "acl", 3, "dub", "O"),
        (name, name_pos, "NNP" if name_pos == "PROPN" else "JJ", "oprd", 4, name.lower(), "B-PRODUCT" if name_pos == "PROPN" else "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


def test_verbal_object_given_a_name_by_a_participle_is_the_name(frames_of):
    doc, frames = frames_of(_dubbed("PROPN"))
    assert words(doc, frame_at(doc, frames, "launched").arguments) == ["Orion"]


def test_verbal_object_called_by_an_adjective_stays_the_noun(frames_of):
    doc, frames = frames_of(_dubbed("ADJ", "unfair"))  # "a program dubbed unfair"
    assert words(doc, frame_at(doc, frames, "launched").arguments) == ["program"]


def _filed_in(place_pos: str, obj_pos: str = "NOUN"):
    """"Acme filed charges in a court against Bolt." with "against" hung on the place."""
    return [
        ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
        ("filed", "VERB", "VBD", "ROOT", 1, "file", "O"),
        ("charges", obj_pos, "NNS", "dobj", 1, "charge", "O"),
        ("in", "ADP", "IN", "prep", 1, "in", "O"),
        ("a", "DET", "DT", "det", 5, "a", "O"),
        ("court", place_pos, "NN", "pobj", 3, "court", "O"),
        ("against", "ADP", "IN", "prep", 5, "against", "O"),
        ("Bolt", "PROPN", "NNP", "pobj", 6, "Bolt", "B-ORG"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


def test_verbal_against_hung_on_a_place_is_the_verbs_opponent(frames_of):
    doc, frames = frames_of(_filed_in("NOUN"))
    slots = [(doc[a.head].text, a.preposition, a.middle, a.keep) for a in frame_at(doc, frames, "filed").arguments]
    assert ("Bolt", "against", "charges", Keep.BESIDE_CONCEPT) in slots


def test_verbal_against_hung_on_a_name_stays_there(frames_of):
    """"filed charges in Acme v Bolt against ...": only a common-noun place opposes nobody."""
    doc, frames = frames_of(_filed_in("PROPN"))
    assert "Bolt" not in words(doc, frame_at(doc, frames, "filed").arguments)


def _appointed(verb: str, lemma: str):
    """'Lee <verb> him Foreign Secretary .': an office after the object."""
    return [
        ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
        (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
        ("him", "PRON", "PRP", "dobj", 1, "he", "O"),
        ("Foreign", "PROPN", "NNP", "compound", 4, "Foreign", "O"),
        ("Secretary", "PROPN", "NNP", "oprd", 1, "Secretary", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


@pytest.mark.parametrize("verb, lemma, objects", [
    ("appointed", "appoint", ["him"]), ("named", "name", ["him"]), ("called", "call", [])],
    ids=["appoint-acts-on-its-object", "name-acts-on-its-object", "call-is-a-small-clause"])
def test_verbal_verb_of_appointment_keeps_its_object_before_an_office(frames_of, verb, lemma, objects):
    doc, frames = frames_of(_appointed(verb, lemma))
    frame = frame_at(doc, frames, verb, "verbal_clause")
    assert [doc[a.head].text for a in frame.arguments] == objects


def _share(verb: str, lemma: str, part: list, company: str = "Acme"):
    """'Lee <verb> <part> <company> .': the part rows hang on the verb (index 1) as its object."""
    rows = [("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"), (verb, "VERB", "VBD", "ROOT", 1, lemma, "O")]
    rows += part
    rows += [(company, "PROPN", "NNP", "pobj", len(rows) - 1, company, "B-ORG"), (".", "PUNCT", ".", "punct", 1, ".", "O")]
    return rows


_STAKE_IN = [("a", "DET", "DT", "det", 4, "a", "O"), ("20", "NUM", "CD", "nummod", 4, "20", "B-PERCENT"),
             ("%", "NOUN", "NN", "compound", 5, "%", "I-PERCENT"), ("stake", "NOUN", "NN", "dobj", 1, "stake", "O"),
             ("in", "ADP", "IN", "prep", 5, "in", "O")]
_PERCENT_OF = [("10", "NUM", "CD", "nummod", 3, "10", "B-PERCENT"), ("%", "NOUN", "NN", "dobj", 1, "%", "I-PERCENT"),
               ("of", "ADP", "IN", "prep", 3, "of", "O")]
_SHARES_OF = [("a", "DET", "DT", "det", 3, "a", "O"), ("third", "NOUN", "NN", "dobj", 1, "third", "O"),
              ("of", "ADP", "IN", "prep", 3, "of", "O"), ("the", "DET", "DT", "det", 6, "the", "O"),
              ("shares", "NOUN", "NNS", "pobj", 4, "share", "O"), ("in", "ADP", "IN", "prep", 6, "in", "O")]
_INTEREST_IN = [("an", "DET", "DT", "det", 3, "an", "O"), ("interest", "NOUN", "NN", "dobj", 1, "interest", "O"),
                ("in", "ADP", "IN", "prep", 3, "in", "O")]


@pytest.mark.parametrize("verb,lemma,part", [
    ("bought", "buy", _STAKE_IN),  # "Lee bought a 20% stake in Acme": a stake noun, any verb
    ("sold", "sell", _STAKE_IN),
    ("owns", "own", _PERCENT_OF),  # "Lee owns 10% of Acme": a part, with a verb of owning
    ("holds", "hold", _SHARES_OF),  # "Lee holds a third of the shares in Acme"
])
def test_verbal_share_of_a_company_is_a_stake_in_it(frames_of, verb, lemma, part):
    doc, frames = frames_of(_share(verb, lemma, part))
    slots = [(doc[a.head].text, a.preposition, a.middle, a.keep) for a in frame_at(doc, frames, verb).arguments]
    assert ("Acme", "in", "stake", Keep.ENTITIES) in slots
    assert [s for s in slots if s[0] == "Acme"] == [("Acme", "in", "stake", Keep.ENTITIES)]  # read once


@pytest.mark.parametrize("verb,lemma,part", [
    ("won", "win", _PERCENT_OF),  # "Lee won 10% of Acme('s vote)": no verb of owning, no stake
    ("showed", "show", _INTEREST_IN),  # "Lee showed an interest in Acme": curiosity, no percentage
])
def test_verbal_part_without_owning_is_no_stake(frames_of, verb, lemma, part):
    doc, frames = frames_of(_share(verb, lemma, part))
    assert not [a for a in frame_at(doc, frames, verb).arguments if a.middle == "stake"]


def _titled(verb_tag: str, before: str, before_tag: str):
    # "<before> shadow health secretary Jane Miller spoke": "shadow" a word of the title
    return [
        (before, "PROPN" if before_tag == "NNP" else "PRON", before_tag, "nsubj", 1, before, "O"),
        ("shadow", "VERB", verb_tag, "dep", 6, "shadow", "O"),
        ("health", "NOUN", "NN", "compound", 3, "health", "O"),
        ("secretary", "NOUN", "NN", "compound", 5, "secretary", "O"),
        ("Jane", "PROPN", "NNP", "compound", 5, "Jane", "B-PERSON"),
        ("Miller", "PROPN", "NNP", "dobj", 1, "Miller", "I-PERSON"),
        ("spoke", "VERB", "VBD", "ROOT", 6, "speak", "O"),
    ]


def test_verbal_bare_verb_inside_a_title_before_a_name_gives_no_frame(frames_of):
    # "Tory shadow health secretary Jane Miller spoke": no "Tory shadows Jane Miller"
    doc, frames = frames_of(_titled("VB", "Tory", "NNP"))
    assert [f for f in frames if doc[f.predicate].text == "shadow"] == []


def test_verbal_bare_verb_after_a_plural_subject_stays_a_verb(frames_of):
    # "They shadow health secretary Jane Miller": a pronoun subject agrees with the bare verb
    doc, frames = frames_of(_titled("VBP", "They", "PRP"))
    frame = frame_at(doc, frames, "shadow")
    assert words(doc, frame.subjects) == ["They"]


def _has_alleged(noun: str, tag: str, prep: str | None):
    # "Hale has alleged <noun> [<prep> Acme]"
    rows = [
        ("Hale", "PROPN", "NNP", "nsubj", 2, "Hale", "B-PERSON"),
        ("has", "AUX", "VBZ", "aux", 2, "have", "O"),
        ("alleged", "VERB", "VBN", "ROOT", 2, "allege", "O"),
        (noun, "NOUN", tag, "dobj", 2, noun, "O"),
    ]
    if prep:
        rows += [(prep, "ADP", "IN", "prep", 3, prep, "O"), ("Acme", "PROPN", "NNP", "pobj", 4, "Acme", "B-ORG")]
    return rows


def test_verbal_has_alleged_ties_to_gives_no_allege_frame(frames_of):
    # "Hale has alleged ties to Acme": others allege his ties; Hale alleges nothing
    doc, frames = frames_of(_has_alleged("ties", "NNS", "to"))
    assert [f for f in frames if doc[f.predicate].text == "alleged"] == []


def test_verbal_has_alleged_a_bare_object_stays_a_claim(frames_of):
    # "Hale has alleged fraud": Hale makes the claim
    doc, frames = frames_of(_has_alleged("fraud", "NN", None))
    frame = frame_at(doc, frames, "alleged")
    assert words(doc, frame.subjects) == ["Hale"] and frame.lemma == "allege"


def _supplied(verb: str, lemma: str):
    # "Acme <verb> Germany with tanks"
    return [
        ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
        (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
        ("Germany", "PROPN", "NNP", "dobj", 1, "Germany", "B-GPE"),
        ("with", "ADP", "IN", "prep", 1, "with", "O"),
        ("tanks", "NOUN", "NNS", "pobj", 3, "tank", "O"),
    ]


def test_verbal_supply_verb_object_before_with_is_the_recipient(frames_of):
    # "Acme supplied Germany with tanks": supplies tanks to Germany, not "supplies Germany"
    doc, frames = frames_of(_supplied("supplied", "supply"))
    (slot,) = frame_at(doc, frames, "supplied").arguments
    assert (slot.role, doc[slot.head].text, slot.preposition, slot.middle) == (
        Role.PREPOSITIONAL, "Germany", "to", "tanks")


def test_verbal_other_verb_object_before_with_stays_the_object(frames_of):
    # "Acme met Germany with tanks": "met" is no supply verb; Germany is its object
    doc, frames = frames_of(_supplied("met", "meet"))
    slots = frame_at(doc, frames, "met").arguments
    assert (slots[0].role, doc[slots[0].head].text) == (Role.OBJECT, "Germany")


def _asked(verb: str, lemma: str, prep: str, noun: str):
    # "Hale <verb> Miller <prep> her <noun> on Monday"
    return [
        ("Hale", "PROPN", "NNP", "nsubj", 1, "Hale", "B-PERSON"),
        (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
        ("Miller", "PROPN", "NNP", "dobj", 1, "Miller", "B-PERSON"),
        (prep, "ADP", "IN", "prep", 1, prep, "O"),
        ("her", "PRON", "PRP$", "poss", 5, "her", "O"),
        (noun, "NOUN", "NN", "pobj", 3, noun, "O"),
        ("on", "ADP", "IN", "prep", 5, "on", "O"),
        ("Monday", "PROPN", "NNP", "pobj", 6, "Monday", "B-DATE"),
    ]


@pytest.mark.parametrize("verb, lemma, prep, noun, middle", [
    ("asked", "ask", "for", "resignation", "for resignation"),
    ("named", "name", "as", "successor", "as successor"),
    ("thanked", "thank", "for", "help", ""),  # thanking Miller is a fact by itself
])
def test_verbal_object_keeps_the_complement_that_completes_it(frames_of, verb, lemma, prep, noun, middle):
    # "Hale asked Miller for her resignation": "asks for resignation" Miller, never a bare "asks"
    doc, frames = frames_of(_asked(verb, lemma, prep, noun))
    (obj,) = [a for a in frame_at(doc, frames, verb).arguments if a.role == Role.OBJECT]
    assert (doc[obj.head].text, obj.middle) == ("Miller", middle)


@pytest.mark.parametrize("verb, lemma, keep", [("informed", "inform", Keep.ADDRESSEE_OF_CONTENT), ("assured", "assure", Keep.ADDRESSEE_OF_CONTENT)])
def test_verbal_addressee_of_a_content_clause_is_kept_only_when_named(frames_of, verb, lemma, keep):
    # "Hale informed Miller that the deal was over": "informs Miller" only when Miller is named
    # (extract.frames.addressee; tests/extract/frames/test_addressee.py)
    doc, frames = frames_of([
        ("Hale", "PROPN", "NNP", "nsubj", 1, "Hale", "B-PERSON"),
        (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
        ("Miller", "PROPN", "NNP", "dobj", 1, "Miller", "B-PERSON"),
        ("that", "SCONJ", "IN", "mark", 6, "that", "O"),
        ("the", "DET", "DT", "det", 5, "the", "O"),
        ("deal", "NOUN", "NN", "nsubj", 6, "deal", "O"),
        ("ended", "VERB", "VBD", "ccomp", 1, "end", "O"),
    ])
    (obj,) = [a for a in frame_at(doc, frames, verb).arguments if a.role == Role.OBJECT]
    assert (doc[obj.head].text, obj.keep) == ("Miller", keep)


def test_verbal_a_name_set_off_by_a_comma_is_no_second_object(frames_of):
    # "The court issued a ruling, Ann Lee, a judge." as the small model parses an apposition
    # cut loose from its noun; "Kim gave Moon the letter." keeps both objects
    doc, frames = frames_of([
        ("The", "DET", "DT", "det", 1, "the", "O"),
        ("court", "NOUN", "NN", "nsubj", 2, "court", "O"),
        ("issued", "VERB", "VBD", "ROOT", 2, "issue", "O"),
        ("a", "DET", "DT", "det", 4, "a", "O"),
        ("ruling", "NOUN", "NN", "dobj", 2, "ruling", "O"),
        (",", "PUNCT", ",", "punct", 7, ",", "O"),
        ("Ann", "PROPN", "NNP", "compound", 7, "Ann", "B-PERSON"),
        ("Lee", "PROPN", "NNP", "dobj", 2, "Lee", "I-PERSON"),
        (".", "PUNCT", ".", "punct", 2, ".", "O"),
    ])
    assert [doc[a.head].text for a in frame_at(doc, frames, "issued").arguments if a.role == Role.OBJECT] == ["ruling"]
    doc, frames = frames_of([
        ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
        ("gave", "VERB", "VBD", "ROOT", 1, "give", "O"),
        ("Moon", "PROPN", "NNP", "dobj", 1, "Moon", "B-PERSON"),
        ("the", "DET", "DT", "det", 4, "the", "O"),
        ("letter", "NOUN", "NN", "dobj", 1, "letter", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ])
    objects = [doc[a.head].text for a in frame_at(doc, frames, "gave").arguments if a.role == Role.OBJECT]
    assert "letter" in objects and "Moon" in objects


def _coach(after: tuple | None):
    # "Hartley coach Jim Dale <after>": "coach" tagged a bare verb with the name as its object
    rows = [
        ("Hartley", "PROPN", "NNP", "nsubj", 1, "Hartley", "B-ORG"),
        ("coach", "VERB", "VBP", "ROOT", 1, "coach", "O"),
        ("Jim", "PROPN", "NNP", "compound", 3, "Jim", "B-PERSON"),
        ("Dale", "PROPN", "NNP", "dobj", 1, "Dale", "I-PERSON"),
    ]
    return rows + [after] if after else rows


def test_verbal_role_noun_before_a_named_subject_gives_no_frame(frames_of):
    # "Hartley coach Jim Dale said": Dale is the subject of "said", "coach" his title
    doc, frames = frames_of(_coach(("said", "VERB", "VBD", "conj", 1, "say", "O")))
    assert [f for f in frames if doc[f.predicate].text == "coach"] == []


def test_verbal_bare_verb_before_a_name_ending_the_clause_stays_a_verb(frames_of):
    # "Hartley coach Jim Dale." (a headline: the club coaches him) keeps its verb
    doc, frames = frames_of(_coach((".", "PUNCT", ".", "punct", 1, ".", "O")))
    frame = frame_at(doc, frames, "coach")
    assert words(doc, frame.subjects) == ["Hartley"]


def _possessed_object(verb: str, lemma: str):
    # "Acme <verb> the agency's name." : the owner of the object noun
    return [
        ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
        (verb, "VERB", "VBZ", "ROOT", 1, lemma, "O"),
        ("the", "DET", "DT", "det", 3, "the", "O"),
        ("Vexa", "PROPN", "NNP", "poss", 5, "Vexa", "B-ORG"),
        ("'s", "PART", "POS", "case", 3, "'s", "O"),
        ("name", "NOUN", "NN", "dobj", 1, "name", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


def test_verbal_owner_of_a_replaced_thing_is_no_argument(frames_of):
    # "Acme replaces Vexa's name": Vexa takes no part in the replacing
    doc, frames = frames_of(_possessed_object("replaces", "replace"))
    assert words(doc, frame_at(doc, frames, "replaces").arguments) == ["name"]
    # "Acme praises Vexa's name": the owner of a praised thing stays (praises name of Vexa)
    doc, frames = frames_of(_possessed_object("praises", "praise"))
    assert words(doc, frame_at(doc, frames, "praises").arguments) == ["name", "Vexa"]


def _complied(noun="request", owner_dep="of", prep="with"):
    # "Acme complied with the request of Zeta" / "Acme complied with Zeta's request"
    head = [("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
            ("complied", "VERB", "VBD", "ROOT", 1, "comply", "O"),
            (prep, "ADP", "IN", "prep", 1, prep, "O")]
    if owner_dep == "of":
        return head + [("the", "DET", "DT", "det", 4, "the", "O"), (noun, "NOUN", "NN", "pobj", 2, noun, "O"),
                       ("of", "ADP", "IN", "prep", 4, "of", "O"), ("Zeta", "PROPN", "NNP", "pobj", 5, "Zeta", "B-ORG")]
    return head + [("Zeta", "PROPN", "NNP", "poss", 5, "Zeta", "B-ORG"), ("'s", "PART", "POS", "case", 3, "'s", "O"),
                   (noun, "NOUN", "NN", "pobj", 2, noun, "O")]


def _rel_facts(doc):
    from extract.triples import triples
    return [(t.subject.text, t.relation, t.object.text) for t in triples(doc)]


def test_verbal_owner_of_a_prepositional_concept_is_a_party(doc_of):
    assert ("Acme", "complies with request of", "Zeta") in _rel_facts(doc_of(_complied()))
    # an event noun's possessor made it: "Zeta's request" is a request by Zeta
    assert ("Acme", "complies with request by", "Zeta") in _rel_facts(doc_of(_complied(owner_dep="poss")))


def test_verbal_possessor_of_a_prepositional_event_noun_is_its_doer(doc_of):
    # "Acme objected to Zeta's invasion": Zeta invades, nothing of Zeta is invaded
    facts = _rel_facts(doc_of(_complied(noun="invasion", owner_dep="poss", prep="to")))
    assert ("Acme", "complies to invasion by", "Zeta") in facts
    assert not [f for f in facts if f[1].endswith("invasion of")]


def test_verbal_owner_of_a_place_or_time_phrase_is_no_party(doc_of):
    # "Acme complied in the city of Zeta": a circumstance, whose owner takes no part
    assert not [f for f in _rel_facts(doc_of(_complied(prep="in"))) if f[2] == "Zeta"]


VAGUE_PARTY = [  # Acme struck a deal with Bolt.
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("struck", "VERB", "VBD", "ROOT", 1, "strike", "O"),
    ("a", "DET", "DT", "det", 3, "a", "O"),
    ("deal", "NOUN", "NN", "dobj", 1, "deal", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("Bolt", "PROPN", "NNP", "pobj", 4, "Bolt", "B-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("obj, prep, keep", [
    ("deal", "with", Keep.ENTITIES),  # a vague noun is no node: the partner is kept alone
    ("steps", "against", Keep.ENTITIES),
    ("lot", "with", Keep.BESIDE_CONCEPT),  # a measure: "has a lot in common with X" is no act toward X
    ("time", "with", Keep.BESIDE_CONCEPT),
    ("contract", "with", Keep.BESIDE_CONCEPT),  # a concept object joins the relation as before
    ("deal", "for", Keep.BESIDE_CONCEPT),  # only "with"/"against" (and "to") name the party
])
@pytest.mark.parametrize("on_noun", [False, True])
def test_verbal_party_beside_a_vague_object_is_kept_alone(frames_of, obj, prep, keep, on_noun):
    # the preposition hangs on the verb ("struck a deal | with Bolt") or on the noun ("a deal with Bolt")
    rows = [(obj, "NOUN", "NN", "dobj", 1, obj, "O") if row[0] == "deal"
            else (prep, "ADP", "IN", "prep", 3 if on_noun else 1, prep, "O") if row[0] == "with"
            else row for row in VAGUE_PARTY]
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "struck", "verbal_clause")
    (party,) = [a for a in frame.arguments if a.preposition == prep]
    assert doc[party.head].text == "Bolt" and party.keep is keep and party.middle == obj


def test_verbal_vague_object_with_of_is_no_party_noun(doc_of):
    from extract.frames.verbal import vague_party_noun
    doc = doc_of([  # Acme took the lead of the talks.
        ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
        ("took", "VERB", "VBD", "ROOT", 1, "take", "O"),
        ("the", "DET", "DT", "det", 3, "the", "O"),
        ("lead", "NOUN", "NN", "dobj", 1, "lead", "O"),
        ("of", "ADP", "IN", "prep", 3, "of", "O"),
        ("talks", "NOUN", "NNS", "pobj", 4, "talk", "O"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ])
    assert not vague_party_noun(doc[3])  # "the lead of the talks": the noun is specified
    assert not vague_party_noun(doc[5])  # not a vague noun at all


LABELLED = [  # Lee called Hale a liar.
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("called", "VERB", "VBD", "ROOT", 1, "call", "O"),
    ("Hale", "PROPN", "NNP", "dobj", 1, "Hale", "B-PERSON"),
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("liar", "NOUN", "NN", "oprd", 1, "liar", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_labelling_verb_joins_its_label_to_the_relation(frames_of):
    doc, frames = frames_of(LABELLED)
    frame = frame_at(doc, frames, "called", "verbal_clause")
    (obj,) = frame.arguments
    assert (obj.role, doc[obj.head].text, obj.middle) == (Role.OBJECT, "Hale", "liar")


@pytest.mark.parametrize("verb, lemma", [("ruled", "rule"), ("found", "find"), ("considered", "consider")])
def test_verbal_judging_verb_with_a_predicate_gives_no_object(frames_of, verb, lemma):
    # "the court ruled the closure unlawful": a judgement, no act toward its object
    rows = [(verb, "VERB", "VBD", "ROOT", 1, lemma, "O") if row[0] == "called" else row for row in LABELLED]
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, verb, "verbal_clause").arguments == ()


def test_verbal_coordinated_label_gives_no_object(frames_of):
    # "called the move a smash and grab": the parse breaks the label; no reading is safe
    rows = [*LABELLED[:5], ("and", "CCONJ", "CC", "cc", 1, "and", "O"), ("grab", "VERB", "VB", "conj", 1, "grab", "O")]
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, "called", "verbal_clause").arguments == ()


def _share_won_in(part: list, prep: str = "in", place: str = "Kent"):
    """'Lee won <part> the vote <prep> <place> .': a share object, then a prepositional phrase
    on the verb."""
    rows = [("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"), ("won", "VERB", "VBD", "ROOT", 1, "win", "O")]
    rows += part
    n = len(rows)
    rows += [("the", "DET", "DT", "det", n + 1, "the", "O"), ("vote", "NOUN", "NN", "pobj", n - 1, "vote", "O"),
             (prep, "ADP", "IN", "prep", 1, prep, "O"), (place, "PROPN", "NNP", "pobj", n + 2, place, "B-GPE"),
             (".", "PUNCT", ".", "punct", 1, ".", "O")]
    return rows


_PER_CENT_OF = [("31", "NUM", "CD", "nummod", 4, "31", "B-PERCENT"), ("per", "ADP", "IN", "compound", 4, "per", "I-PERCENT"),
                ("cent", "NOUN", "NN", "dobj", 1, "cent", "I-PERCENT"), ("of", "ADP", "IN", "prep", 4, "of", "O")]
_THIRD_OF = [("a", "DET", "DT", "det", 3, "a", "O"), ("third", "NOUN", "NN", "dobj", 1, "third", "O"),
             ("of", "ADP", "IN", "prep", 3, "of", "O")]
_MAJORITY = [("the", "DET", "DT", "det", 3, "the", "O"), ("seat", "NOUN", "NN", "dobj", 1, "seat", "O"),
             ("of", "ADP", "IN", "prep", 3, "of", "O")]


@pytest.mark.parametrize("part, prep", [(_PERCENT_OF, "in"), (_PER_CENT_OF, "in"), (_THIRD_OF, "in"),
                                        (_PERCENT_OF, "with")],
                         ids=["percent-in", "per-cent-in", "a-third-in", "percent-with"])
def test_verbal_share_object_gives_the_verb_no_prepositional_fact(frames_of, part, prep):
    """"Lee won 10% of the vote in Kent" is no win in Kent (nor "with" anyone)."""
    doc, frames = frames_of(_share_won_in(part, prep))
    assert "Kent" not in [doc[a.head].text for a in frame_at(doc, frames, "won").arguments]


def test_verbal_share_object_keeps_the_verbs_goal(frames_of):
    """"Lee spent 10% of the budget on defence": a goal holds whatever the share."""
    rows = [r if r[0] != "won" else ("spent", "VERB", "VBD", "ROOT", 1, "spend", "O")
            for r in _share_won_in(_PERCENT_OF, "on", "Defence")]
    doc, frames = frames_of(rows)
    assert "Defence" in [doc[a.head].text for a in frame_at(doc, frames, "spent").arguments]


def test_verbal_whole_object_keeps_its_prepositional_reading(frames_of):
    """"Lee won the seat of the vote in Kent" (no share): the place is read as before."""
    doc, frames = frames_of(_share_won_in(_MAJORITY))
    assert "Kent" in [doc[a.head].text for a in frame_at(doc, frames, "won").arguments]


@pytest.mark.parametrize("rows, share", [
    (_PERCENT_OF, True), (_PER_CENT_OF, True), (_THIRD_OF, True), (_MAJORITY, False),
    ([("a", "DET", "DT", "det", 3, "a", "O"), ("third", "NOUN", "NN", "dobj", 1, "third", "O")], False),
])
def test_verbal_share_amount(doc_of, rows, share):
    from extract.frames.verbal import share_amount
    doc = doc_of([("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"), ("won", "VERB", "VBD", "ROOT", 1, "win", "O"),
                  *rows])
    (obj,) = [t for t in doc if t.dep_ == "dobj"]
    assert share_amount(obj) is share


# "The bank left its rate unchanged.": the parser hangs the resultative adjective on the object
LEFT_UNCHANGED = [
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("bank", "NOUN", "NN", "nsubj", 2, "bank", "O"),
    ("left", "VERB", "VBD", "ROOT", 2, "leave", "O"),
    ("its", "PRON", "PRP$", "poss", 4, "its", "O"),
    ("rate", "NOUN", "NN", "dobj", 2, "rate", "O"),
    ("unchanged", "ADJ", "JJ", "amod", 4, "unchanged", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]


@pytest.mark.parametrize("verb, lemma, adjective, empty", [
    ("left", "leave", "unchanged", True), ("kept", "keep", "open", True), ("held", "hold", "responsible", True),
    ("signed", "sign", "unchanged", False),  # not a verb of result: the object stays
])
def test_verbal_resultative_adjective_after_the_object_gives_no_argument(frames_of, verb, lemma, adjective, empty):
    rows = [(verb, "VERB", "VBD", "ROOT", 2, lemma, "O") if r[0] == "left" else
            (adjective, *r[1:5], adjective, "O") if r[0] == "unchanged" else r for r in LEFT_UNCHANGED]
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, verb, "verbal_clause")
    assert words(doc, frame.subjects) == ["bank"]
    assert (frame.arguments == ()) is empty


def test_verbal_adjective_of_an_indefinite_pronoun_is_its_attribute(frames_of):
    # "The bank found something new.": a pronoun's own adjective follows it and is no predicate
    rows = [*LEFT_UNCHANGED[:2], ("found", "VERB", "VBD", "ROOT", 2, "find", "O"),
            ("something", "PRON", "NN", "dobj", 2, "something", "O"), ("new", "ADJ", "JJ", "amod", 3, "new", "O"),
            (".", "PUNCT", ".", "punct", 2, ".", "O")]
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "found", "verbal_clause").arguments) == ["something"]


# "The House voted to hold Ann Lee in contempt of Congress."
CONTEMPT = [
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("House", "PROPN", "NNP", "nsubj", 2, "House", "B-ORG"),
    ("held", "VERB", "VBD", "ROOT", 2, "hold", "O"),
    ("Ann", "PROPN", "NNP", "compound", 4, "Ann", "B-PERSON"),
    ("Lee", "PROPN", "NNP", "dobj", 2, "Lee", "I-PERSON"),
    ("in", "ADP", "IN", "prep", 2, "in", "O"),
    ("contempt", "NOUN", "NN", "pobj", 5, "contempt", "O"),
    ("of", "ADP", "IN", "prep", 6, "of", "O"),
    ("Congress", "PROPN", "NNP", "pobj", 7, "Congress", "B-ORG"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]


def test_verbal_hold_in_contempt_keeps_the_idiom_in_the_relation(frames_of):
    # an idiom is no feeling: "held X in contempt of Congress" is a sanction, not "despises X"
    doc, frames = frames_of(CONTEMPT)
    frame = frame_at(doc, frames, "held", "verbal_clause")
    assert frame.lemma == "hold in contempt of" and "Lee" in words(doc, frame.arguments)


# "Ann Lee, for the Greens, attacked the budget.": the aside hung on the verb
SET_OFF_FOR = [
    ("Ann", "PROPN", "NNP", "compound", 1, "Ann", "B-PERSON"),
    ("Lee", "PROPN", "NNP", "nsubj", 7, "Lee", "I-PERSON"),
    (",", "PUNCT", ",", "punct", 7, ",", "O"),
    ("for", "ADP", "IN", "prep", 7, "for", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("Greens", "PROPN", "NNPS", "pobj", 3, "Greens", "B-ORG"),
    (",", "PUNCT", ",", "punct", 7, ",", "O"),
    ("attacked", "VERB", "VBD", "ROOT", 7, "attack", "O"),
    ("the", "DET", "DT", "det", 9, "the", "O"),
    ("budget", "NOUN", "NN", "dobj", 7, "budget", "O"),
    (".", "PUNCT", ".", "punct", 7, ".", "O"),
]


def test_verbal_phrase_set_off_after_the_subject_is_no_argument(frames_of):
    doc, frames = frames_of(SET_OFF_FOR)
    frame = frame_at(doc, frames, "attacked", "verbal_clause")
    assert words(doc, frame.subjects) == ["Lee"] and words(doc, frame.arguments) == ["budget"]


def test_verbal_same_phrase_after_the_object_stays_an_argument(frames_of):
    # "Ann Lee attacked the budget for the Greens.": no commas, after the verb: an argument
    rows = [SET_OFF_FOR[0], ("Lee", "PROPN", "NNP", "nsubj", 2, "Lee", "I-PERSON"),
            ("attacked", "VERB", "VBD", "ROOT", 2, "attack", "O"), ("the", "DET", "DT", "det", 4, "the", "O"),
            ("budget", "NOUN", "NN", "dobj", 2, "budget", "O"), ("for", "ADP", "IN", "prep", 2, "for", "O"),
            ("the", "DET", "DT", "det", 7, "the", "O"), ("Greens", "PROPN", "NNPS", "pobj", 5, "Greens", "B-ORG"),
            (".", "PUNCT", ".", "punct", 2, ".", "O")]
    doc, frames = frames_of(rows)
    assert "Greens" in words(doc, frame_at(doc, frames, "attacked", "verbal_clause").arguments)


# 'Lee warned the "Green Party" was the real threat.': the "object" is the complement's subject
WARNED_SUBJECT = [
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("warned", "VERB", "VBD", "ROOT", 1, "warn", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ('"', "PUNCT", "``", "punct", 5, '"', "O"),
    ("Green", "PROPN", "NNP", "compound", 5, "Green", "B-ORG"),
    ("Party", "PROPN", "NNP", "dobj", 1, "Party", "I-ORG"),
    ('"', "PUNCT", "''", "punct", 5, '"', "O"),
    ("was", "AUX", "VBD", "ccomp", 1, "be", "O"),
    ("the", "DET", "DT", "det", 10, "the", "O"),
    ("real", "ADJ", "JJ", "amod", 10, "real", "O"),
    ("threat", "NOUN", "NN", "attr", 7, "threat", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_verbal_speech_verb_takes_no_object_that_a_finite_verb_follows(frames_of):
    doc, frames = frames_of(WARNED_SUBJECT)
    assert frame_at(doc, frames, "warned", "verbal_clause").arguments == ()


def test_verbal_speech_verb_keeps_an_object_with_no_finite_verb_after_it(frames_of):
    # 'Lee warned the "Green Party" about the threat.'
    rows = [*WARNED_SUBJECT[:7], ("about", "ADP", "IN", "prep", 1, "about", "O"),
            ("the", "DET", "DT", "det", 9, "the", "O"), ("threat", "NOUN", "NN", "pobj", 7, "threat", "O"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    doc, frames = frames_of(rows)
    assert "Party" in words(doc, frame_at(doc, frames, "warned", "verbal_clause").arguments)


# "Toyota took a 300m euro hit.": the parser makes the currency word the object
CURRENCY_AFTER_AMOUNT = [
    ("Toyota", "PROPN", "NNP", "nsubj", 1, "Toyota", "B-ORG"),
    ("took", "VERB", "VBD", "ROOT", 1, "take", "O"),
    ("a", "DET", "DT", "det", 5, "a", "O"),
    ("300", "NUM", "CD", "nummod", 4, "300", "B-MONEY"),
    ("m", "NOUN", "NN", "nmod", 5, "m", "I-MONEY"),
    ("euro", "NOUN", "NN", "dobj", 1, "euro", "O"),
    ("hit", "VERB", "VBN", "acl", 5, "hit", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("currency, kept", [("euro", False), ("dollar", False), ("yen", False), ("plan", True)])
def test_verbal_currency_after_an_amount_is_its_unit_not_an_object(frames_of, currency, kept):
    rows = [(currency, *row[1:4], row[4], currency, row[6]) if row[0] == "euro" else row
            for row in CURRENCY_AFTER_AMOUNT]
    doc, frames = frames_of(rows)
    assert (currency in words(doc, frame_at(doc, frames, "took").arguments)) is kept




# "Instead of pensioners paying, Acme wants reforms."
INSTEAD_OF = [
    ("Instead", "ADV", "RB", "advmod", 1, "instead", "O"),
    ("of", "ADP", "IN", "prep", 6, "of", "O"),
    ("pensioners", "NOUN", "NNS", "pobj", 1, "pensioner", "O"),
    ("paying", "VERB", "VBG", "acl", 2, "pay", "O"),
    (",", "PUNCT", ",", "punct", 6, ",", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 6, "Acme", "B-ORG"),
    ("wants", "VERB", "VBZ", "ROOT", 6, "want", "O"),
    ("reforms", "NOUN", "NNS", "dobj", 6, "reform", "O"),
    (".", "PUNCT", ".", "punct", 6, ".", "O"),
]

# "With the fund in deficit, Acme wants reforms."
ABSOLUTE_WITH = [
    ("With", "ADP", "IN", "prep", 7, "with", "O"),
    ("the", "DET", "DT", "det", 2, "the", "O"),
    ("fund", "NOUN", "NN", "pobj", 0, "fund", "O"),
    ("in", "ADP", "IN", "prep", 2, "in", "O"),
    ("deficit", "NOUN", "NN", "pobj", 3, "deficit", "O"),
    (",", "PUNCT", ",", "punct", 7, ",", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 7, "Acme", "B-ORG"),
    ("wants", "VERB", "VBZ", "ROOT", 7, "want", "O"),
    ("reforms", "NOUN", "NNS", "dobj", 7, "reform", "O"),
    (".", "PUNCT", ".", "punct", 7, ".", "O"),
]

# "With the fund, Acme wants reforms.": a plain "with" phrase (no predicate of its own)
PLAIN_WITH = [
    ("With", "ADP", "IN", "prep", 5, "with", "O"),
    ("the", "DET", "DT", "det", 2, "the", "O"),
    ("fund", "NOUN", "NN", "pobj", 0, "fund", "O"),
    (",", "PUNCT", ",", "punct", 5, ",", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 5, "Acme", "B-ORG"),
    ("wants", "VERB", "VBZ", "ROOT", 5, "want", "O"),
    ("reforms", "NOUN", "NNS", "dobj", 5, "reform", "O"),
    (".", "PUNCT", ".", "punct", 5, ".", "O"),
]


@pytest.mark.parametrize("rows, noun, kept", [(INSTEAD_OF, "pensioners", False), (ABSOLUTE_WITH, "fund", False),
                                              (ABSOLUTE_WITH, "deficit", False), (PLAIN_WITH, "fund", True)])
def test_verbal_side_clause_phrase_gives_the_verb_no_argument(frames_of, rows, noun, kept):
    """"Instead of X paying", "With X in deficit": side clauses of their own, no party of "wants"."""
    doc, frames = frames_of(rows)
    assert (noun in words(doc, frame_at(doc, frames, "wants").arguments)) is kept


# trailing absolute "with X + predicate" (issue 10 precision round 13, class 3)
TRAILING_WITH_DOWN = [  # "Shell fell 2%, with rival BP down 3%."
    ("Shell", "PROPN", "NNP", "nsubj", 1, "Shell", "B-ORG"),
    ("fell", "VERB", "VBD", "ROOT", 1, "fall", "O"),
    ("2", "NUM", "CD", "nummod", 3, "2", "B-PERCENT"),
    ("%", "NOUN", "NN", "npadvmod", 1, "%", "I-PERCENT"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("rival", "ADJ", "JJ", "amod", 7, "rival", "O"),
    ("BP", "PROPN", "NNP", "pobj", 5, "BP", "B-ORG"),
    ("down", "ADV", "RB", "advmod", 1, "down", "O"),
    ("3", "NUM", "CD", "nummod", 10, "3", "B-PERCENT"),
    ("%", "NOUN", "NN", "npadvmod", 8, "%", "I-PERCENT"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
TRAILING_WITH_LOWER = [  # "Shell fell 2%, with BP shares lower."
    *TRAILING_WITH_DOWN[:6],
    ("BP", "PROPN", "NNP", "compound", 7, "BP", "B-ORG"),
    ("shares", "NOUN", "NNS", "pobj", 5, "share", "O"),
    ("lower", "ADV", "RBR", "amod", 7, "lower", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
TRAILING_WITH_ALSO_DOWN = [  # "Shell fell, with BP also down."
    ("Shell", "PROPN", "NNP", "nsubj", 1, "Shell", "B-ORG"),
    ("fell", "VERB", "VBD", "ROOT", 1, "fall", "O"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("BP", "PROPN", "NNP", "pobj", 3, "BP", "B-ORG"),
    ("also", "ADV", "RB", "advmod", 1, "also", "O"),
    ("down", "ADV", "RB", "advmod", 1, "down", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
TRAILING_WITH_STATE = [  # "Shell merged with BP, with Exxon in talks."
    ("Shell", "PROPN", "NNP", "nsubj", 1, "Shell", "B-ORG"),
    ("merged", "VERB", "VBD", "ROOT", 1, "merge", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("BP", "PROPN", "NNP", "pobj", 2, "BP", "B-ORG"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("Exxon", "PROPN", "NNP", "pobj", 5, "Exxon", "B-ORG"),
    ("in", "ADP", "IN", "prep", 1, "in", "O"),
    ("talks", "NOUN", "NNS", "pobj", 7, "talk", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
# "Shell agreed with BP yesterday.": no comma before "with", a partner of the act
PARTNER_WITH = [
    ("Shell", "PROPN", "NNP", "nsubj", 1, "Shell", "B-ORG"),
    ("agreed", "VERB", "VBD", "ROOT", 1, "agree", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("BP", "PROPN", "NNP", "pobj", 2, "BP", "B-ORG"),
    ("yesterday", "NOUN", "NN", "npadvmod", 1, "yesterday", "B-DATE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows, verb, noun, kept", [
    (TRAILING_WITH_DOWN, "fell", "BP", False),
    (TRAILING_WITH_LOWER, "fell", "shares", False),
    (TRAILING_WITH_ALSO_DOWN, "fell", "BP", False),
    (TRAILING_WITH_STATE, "merged", "Exxon", False),
    (TRAILING_WITH_STATE, "merged", "BP", True),
    (PARTNER_WITH, "agreed", "BP", True),
], ids=["down-3%", "shares-lower", "also-down", "in-talks", "partner-before-it-kept", "partner-kept"])
def test_verbal_trailing_absolute_with_gives_the_verb_no_argument(frames_of, rows, verb, noun, kept):
    """", with rival BP down 3%": an absolute clause after the verb, set off by a comma, whose
    noun has its own predicate (an adverb, comparative or state phrase the parser hangs on the
    verb): no partner of "fell"."""
    doc, frames = frames_of(rows)
    assert (noun in words(doc, frame_at(doc, frames, verb).arguments)) is kept


# verbs of placing with a state phrase (issue 10 precision round 13, class 6)
PUT_IN_CHARGE = [  # "Tony Blair put Alan Milburn in charge of the campaign."
    ("Tony", "PROPN", "NNP", "compound", 1, "Tony", "B-PERSON"),
    ("Blair", "PROPN", "NNP", "nsubj", 2, "Blair", "I-PERSON"),
    ("put", "VERB", "VBD", "ROOT", 2, "put", "O"),
    ("Alan", "PROPN", "NNP", "compound", 4, "Alan", "B-PERSON"),
    ("Milburn", "PROPN", "NNP", "dobj", 2, "Milburn", "I-PERSON"),
    ("in", "ADP", "IN", "prep", 2, "in", "O"),
    ("charge", "NOUN", "NN", "pobj", 5, "charge", "O"),
    ("of", "ADP", "IN", "prep", 6, "of", "O"),
    ("the", "DET", "DT", "det", 9, "the", "O"),
    ("campaign", "NOUN", "NN", "pobj", 7, "campaign", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
# the same with "in" read as a particle
PUT_IN_CHARGE_PARTICLE = [r if r[0] != "in" else ("in", "ADP", "RP", "prt", 2, "in", "O") for r in PUT_IN_CHARGE]
PUT_INTO = [  # "Acme put money into Zeta.": a place with a name, no state
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("put", "VERB", "VBD", "ROOT", 1, "put", "O"),
    ("money", "NOUN", "NN", "dobj", 1, "money", "O"),
    ("into", "ADP", "IN", "prep", 1, "into", "O"),
    ("Zeta", "PROPN", "NNP", "pobj", 3, "Zeta", "B-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows", [PUT_IN_CHARGE, PUT_IN_CHARGE_PARTICLE], ids=["prep", "particle"])
def test_verbal_placing_verb_reads_its_state_phrase(frames_of, rows):
    """"put Milburn in charge of X": the state is the meaning; "puts Milburn" is empty."""
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "put")
    assert [(doc[a.head].text, a.middle) for a in frame.arguments] == [("Milburn", "in charge")]
    assert frame.particle == ""


def test_verbal_placing_verb_with_a_named_place_keeps_its_objects(frames_of):
    doc, frames = frames_of(PUT_INTO)
    assert words(doc, frame_at(doc, frames, "put").arguments) == ["money", "Zeta"]


def test_verbal_placing_verb_keeps_a_one_word_of_phrase_of_its_state(frames_of):
    # "Trump may put the US into state of emergency."
    rows = [("Trump", "PROPN", "NNP", "nsubj", 2, "Trump", "B-PERSON"),
            ("may", "AUX", "MD", "aux", 2, "may", "O"),
            ("put", "VERB", "VB", "ROOT", 2, "put", "O"),
            ("US", "PROPN", "NNP", "dobj", 2, "US", "B-GPE"),
            ("into", "ADP", "IN", "prep", 2, "into", "O"),
            ("state", "NOUN", "NN", "pobj", 4, "state", "O"),
            ("of", "ADP", "IN", "prep", 5, "of", "O"),
            ("emergency", "NOUN", "NN", "pobj", 6, "emergency", "O"),
            (".", "PUNCT", ".", "punct", 2, ".", "O")]
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "put")
    assert [(doc[a.head].text, a.middle) for a in frame.arguments] == [("US", "into state of emergency")]


TRAILING_WITH_AT_THE_HELM = [  # "Acme grew fast, with John Smith at the helm."
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("grew", "VERB", "VBD", "ROOT", 1, "grow", "O"),
    ("fast", "ADV", "RB", "advmod", 1, "fast", "O"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("John", "PROPN", "NNP", "compound", 6, "John", "B-PERSON"),
    ("Smith", "PROPN", "NNP", "pobj", 4, "Smith", "I-PERSON"),
    ("at", "ADP", "IN", "prep", 6, "at", "O"),
    ("the", "DET", "DT", "det", 9, "the", "O"),
    ("helm", "NOUN", "NN", "pobj", 7, "helm", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
TRAILING_WITH_AMONG = [  # "The Greens won the vote - with Jane Smith among their candidates."
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("Greens", "PROPN", "NNPS", "nsubj", 2, "Greens", "B-ORG"),
    ("won", "VERB", "VBD", "ROOT", 2, "win", "O"),
    ("the", "DET", "DT", "det", 4, "the", "O"),
    ("vote", "NOUN", "NN", "dobj", 2, "vote", "O"),
    ("-", "PUNCT", ",", "punct", 2, "-", "O"),
    ("with", "ADP", "IN", "prep", 2, "with", "O"),
    ("Jane", "PROPN", "NNP", "compound", 8, "Jane", "B-PERSON"),
    ("Smith", "PROPN", "NNP", "pobj", 6, "Smith", "I-PERSON"),
    ("among", "ADP", "IN", "prep", 2, "among", "O"),
    ("their", "PRON", "PRP$", "poss", 11, "their", "O"),
    ("candidates", "NOUN", "NNS", "pobj", 9, "candidate", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
# "Acme merged with Zeta in London.": not set off, a partner
MERGED_WITH_IN = [
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("merged", "VERB", "VBD", "ROOT", 1, "merge", "O"),
    ("with", "ADP", "IN", "prep", 1, "with", "O"),
    ("Zeta", "PROPN", "NNP", "pobj", 2, "Zeta", "B-ORG"),
    ("in", "ADP", "IN", "prep", 1, "in", "O"),
    ("London", "PROPN", "NNP", "pobj", 4, "London", "B-GPE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows, verb, noun, kept", [
    (TRAILING_WITH_AT_THE_HELM, "grew", "Smith", False),
    (TRAILING_WITH_AMONG, "won", "Smith", False),
    (MERGED_WITH_IN, "merged", "Zeta", True),
], ids=["at-the-helm", "dash-among", "not-set-off"])
def test_verbal_set_off_with_and_a_place_or_rank_is_a_side_clause(frames_of, rows, verb, noun, kept):
    """", with John Smith at the helm", "- with Lee among its candidates": absolute clauses."""
    doc, frames = frames_of(rows)
    assert (noun in words(doc, frame_at(doc, frames, verb).arguments)) is kept


def _put(noun):
    """"Blair put Milburn in <noun> of Labour." by hand."""
    return [("Blair", "PROPN", "NNP", "nsubj", 1, "Blair", "B-PERSON"),
            ("put", "VERB", "VBD", "ROOT", 1, "put", "O"),
            ("Milburn", "PROPN", "NNP", "dobj", 1, "Milburn", "B-PERSON"),
            ("in", "ADP", "IN", "prep", 1, "in", "O"),
            (noun, "NOUN", "NN", "pobj", 3, noun, "O"),
            ("of", "ADP", "IN", "prep", 4, "of", "O"),
            ("Labour", "PROPN", "NNP", "pobj", 5, "Labour", "B-ORG")]


def test_verbal_put_in_charge_completes_the_relation(doc_of):
    facts = _rel_facts(doc_of(_put("charge")))
    assert ("Blair", "puts in charge", "Milburn") in facts
    assert ("Blair", "puts", "Milburn") not in facts  # empty without its complement


def test_verbal_put_in_another_noun_is_no_charge(doc_of):
    assert not [f for f in _rel_facts(doc_of(_put("front"))) if "charge" in f[1]]


def _rose_with(state_on="noun", comma=True):
    """"Acme rose 3%[,] with Globex up 2%." by hand; `state_on` says where the parse hangs
    "up": on Globex ("noun") or on the verb ("verb")."""
    rows = [("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
            ("rose", "VERB", "VBD", "ROOT", 1, "rise", "O"),
            ("3", "NUM", "CD", "nummod", 3, "3", "B-PERCENT"),
            ("%", "NOUN", "NN", "npadvmod", 1, "%", "I-PERCENT")]
    if comma:
        rows.append((",", "PUNCT", ",", "punct", 1, ",", "O"))
    w = len(rows)
    rows += [("with", "ADP", "IN", "prep", 1, "with", "O"),
             ("Globex", "PROPN", "NNP", "pobj", w, "Globex", "B-ORG"),
             ("up", "ADV", "RB", "advmod", w + 1 if state_on == "noun" else 1, "up", "O"),
             ("2", "NUM", "CD", "nummod", w + 4, "2", "B-PERCENT"),
             ("%", "NOUN", "NN", "npadvmod", w + 2, "%", "I-PERCENT")]
    return rows


@pytest.mark.parametrize("state_on", ["noun", "verb"])
def test_verbal_trailing_absolute_with_gives_no_partner(doc_of, state_on):
    assert not [f for f in _rel_facts(doc_of(_rose_with(state_on))) if f[2] == "Globex"]


def test_verbal_with_partner_without_a_state_stays(doc_of):
    rows = _rose_with("noun")[:7]  # "Acme rose 3%, with Globex"
    assert ("Acme", "rises with", "Globex") in _rel_facts(doc_of(rows))


def _include(opener=None, headline=False):
    """'Members include Stop the War Coalition.' (after a colon: 'Members said: Stop the War
    Coalition'); `headline`: 'Members Include Stop The War Coalition'."""
    verb = ("said", "VERB", "VBD", "ROOT", 1, "say", "O") if opener else \
        ("Include" if headline else "include", "VERB", "VBP", "ROOT", 1, "include", "O")
    rows = [("Members", "NOUN", "NNS", "nsubj", 1, "member", "O"), verb]
    if opener:
        rows.append((opener, "PUNCT", ":", "punct", 1, opener, "O"))
    stop = len(rows)
    rows += [("Stop", "VERB", "VB", "xcomp" if not opener else "ccomp", 1, "stop", "B-ORG"),
             ("The" if headline else "the", "DET", "DT", "det", stop + 3, "the", "I-ORG"),
             ("War", "PROPN", "NNP", "compound", stop + 3, "War", "I-ORG"),
             ("Coalition", "PROPN", "NNP", "dobj", stop, "Coalition", "I-ORG"),
             (".", "PUNCT", ".", "punct", 1, ".", "O")]
    return rows


@pytest.mark.parametrize("rows, is_verb", [
    (_include(), False),  # the first word of a name
    (_include(opener=":"), True),  # an imperative after a colon opens a sentence of its own
    (_include(headline=True), True),  # a title-cased headline capitalises every word
])
def test_verbal_capitalised_imperative_opening_a_name_is_no_verb(frames_of, rows, is_verb):
    doc, frames = frames_of(rows)
    assert any(doc[f.predicate].text == "Stop" for f in frames) is is_verb


def _believe(cut: bool):
    """'Kim believes the government of Japan, which ..., took the data' as the parser cuts it
    (the government the object of 'believes', 'took' without a subject) when `cut`; else
    'Kim believes the government of Japan and Tom took the data'."""
    rows = [("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
            ("believes", "VERB", "VBZ", "ROOT", 1, "believe", "O"),
            ("the", "DET", "DT", "det", 3, "the", "O"),
            ("government", "NOUN", "NN", "dobj", 1, "government", "O"),
            ("of", "ADP", "IN", "prep", 3, "of", "O"),
            ("Japan", "PROPN", "NNP", "pobj", 4, "Japan", "B-GPE")]
    if cut:
        rows += [("-", "PUNCT", ",", "punct", 7, "-", "O"),
                 ("took", "VERB", "VBD", "ccomp", 1, "take", "O"),
                 ("data", "NOUN", "NNS", "dobj", 7, "data", "O")]
    else:
        rows += [("and", "CCONJ", "CC", "cc", 1, "and", "O"),
                 ("Tom", "PROPN", "NNP", "nsubj", 8, "Tom", "B-PERSON"),
                 ("took", "VERB", "VBD", "conj", 1, "take", "O"),
                 ("data", "NOUN", "NNS", "dobj", 8, "data", "O")]
    return rows + [(".", "PUNCT", ".", "punct", 1, ".", "O")]


@pytest.mark.parametrize("cut, has_frame", [(True, False), (False, True)])
def test_verbal_cognition_verb_whose_object_lost_its_clause_gives_no_frame(frames_of, cut, has_frame):
    doc, frames = frames_of(_believe(cut))
    assert any(doc[f.predicate].text == "believes" for f in frames) is has_frame


PUT_UP_FOR_SALE_ON_OBJECT = [  # "Acme put its tracks up for sale", 'for sale' hung on the tracks
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("put", "VERB", "VBD", "ROOT", 1, "put", "O"),
    ("its", "PRON", "PRP$", "poss", 3, "its", "O"),
    ("tracks", "NOUN", "NNS", "dobj", 1, "track", "O"),
    ("up", "ADP", "RP", "prt", 3, "up", "O"),
    ("for", "ADP", "IN", "prep", 3, "for", "O"),
    ("sale", "NOUN", "NN", "pobj", 5, "sale", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def _put_somewhere(obj: str, prep: str, noun: str, det: bool):
    """'Kim put <obj> <prep> [the] <noun>.'"""
    rows = [("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
            ("put", "VERB", "VBD", "ROOT", 1, "put", "O"),
            (obj, "PROPN" if obj[0].isupper() else "NOUN", "NNP" if obj[0].isupper() else "NN", "dobj", 1,
             obj, "B-PERSON" if obj[0].isupper() else "O"),
            (prep, "ADP", "IN", "prep", 1, prep, "O")]
    if det:
        rows.append(("the", "DET", "DT", "det", len(rows) + 1, "the", "O"))
    rows.append((noun, "PROPN" if noun[0].isupper() else "NOUN", "NNP" if noun[0].isupper() else "NN",
                 "pobj", 3, noun, "B-GPE" if noun[0].isupper() else "O"))
    return rows + [(".", "PUNCT", ".", "punct", 1, ".", "O")]


def test_verbal_idiom_hung_on_the_object_is_the_verbs(frames_of):
    doc, frames = frames_of(PUT_UP_FOR_SALE_ON_OBJECT)
    assert frame_at(doc, frames, "put").lemma == "put up for sale"


@pytest.mark.parametrize("rows, objects", [
    (_put_somewhere("Lee", "on", "spot", det=True), ["spot"]),  # "puts Lee" alone says nothing
    (_put_somewhere("pressure", "on", "Iran", det=False), ["pressure", "Iran"]),  # a concept object stays
    (_put_somewhere("Lee", "in", "charge", det=False), ["Lee"]),  # a state phrase: "puts in charge" Lee
])
def test_verbal_verb_of_placing_keeps_no_bare_named_object(frames_of, rows, objects):
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, "put").arguments) == objects


def _on(verb: str, lemma: str, noun: str):
    """'Kim <verb> on <noun> about Iran.'"""
    named = noun[0].isupper()
    return [("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
            (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
            ("on", "ADP", "IN", "prep", 1, "on", "O"),
            (noun, "PROPN" if named else "NOUN", "NNP" if named else "NN", "pobj", 2, noun,
             "B-ORG" if named else "O"),
            ("about", "ADP", "IN", "prep", 1, "about", "O"),
            ("Iran", "PROPN", "NNP", "pobj", 4, "Iran", "B-GPE"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]


@pytest.mark.parametrize("rows, objects", [
    (_on("spoke", "speak", "television"), ["Iran"]),  # how it was said, no argument
    (_on("commented", "comment", "Twitter"), ["Iran"]),
    (_on("commented", "comment", "Moscow"), ["Moscow", "Iran"]),  # a topic stays
    (_on("spent", "spend", "Twitter"), ["Twitter", "Iran"]),  # no verb of speech: as before
])
def test_verbal_medium_of_a_message_is_no_argument(frames_of, rows, objects):
    doc, frames = frames_of(rows)
    assert words(doc, frame_at(doc, frames, rows[1][0]).arguments) == objects


def test_verbal_medium_of_a_posted_thing_stays(frames_of):
    rows = [("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
            ("shared", "VERB", "VBD", "ROOT", 1, "share", "O"),
            ("an", "DET", "DT", "det", 3, "an", "O"),
            ("update", "NOUN", "NN", "dobj", 1, "update", "O"),
            ("on", "ADP", "IN", "prep", 1, "on", "O"),
            ("Twitter", "PROPN", "NNP", "pobj", 4, "Twitter", "B-ORG"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    doc, frames = frames_of(rows)
    assert "Twitter" in words(doc, frame_at(doc, frames, "shared").arguments)
