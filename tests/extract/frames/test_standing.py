"""extract.frames.standing: "at odds with", "in conflict with", "in talks with"."""
from __future__ import annotations

import pytest

from extract.triples import triples
from tests.extract.frames.conftest import frame_at, words

CONFLICT = [  # Ukraine, which is in a conflict with Russia, asked
    ("Ukraine", "PROPN", "NNP", "nsubj", 10, "Ukraine", "B-GPE"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("which", "PRON", "WDT", "nsubj", 3, "which", "O"),
    ("is", "AUX", "VBZ", "relcl", 0, "be", "O"),
    ("in", "ADP", "IN", "prep", 3, "in", "O"),
    ("a", "DET", "DT", "det", 6, "a", "O"),
    ("conflict", "NOUN", "NN", "pobj", 4, "conflict", "O"),
    ("with", "ADP", "IN", "prep", 6, "with", "O"),
    ("Russia", "PROPN", "NNP", "pobj", 7, "Russia", "B-GPE"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("asked", "VERB", "VBD", "ROOT", 10, "ask", "O"),
]
ODDS = [  # Germany remains at odds with France
    ("Germany", "PROPN", "NNP", "nsubj", 1, "Germany", "B-GPE"),
    ("remains", "VERB", "VBZ", "ROOT", 1, "remain", "O"),
    ("at", "ADP", "IN", "prep", 1, "at", "O"),
    ("odds", "NOUN", "NNS", "pobj", 2, "odds", "O"),
    ("with", "ADP", "IN", "prep", 3, "with", "O"),
    ("France", "PROPN", "NNP", "pobj", 4, "France", "B-GPE"),
]


def _with(rows, index, **changes):
    fields = ("word", "pos", "tag", "dep", "head", "lemma", "ent")
    row = dict(zip(fields, rows[index]))
    row.update(changes)
    return [*rows[:index], tuple(row[f] for f in fields), *rows[index + 1:]]


def _facts(doc):
    return [(t.subject.text, t.relation, t.object.text, t.polarity) for t in triples(doc)]


def test_standing_relative_clause_holder_is_the_modified_name(frames_of):
    doc, frames = frames_of(CONFLICT)
    frame = frame_at(doc, frames, "conflict", "standing")
    assert words(doc, frame.subjects) == ["Ukraine"] and words(doc, frame.arguments) == ["Russia"]
    assert ("Ukraine", "is in conflict with", "Russia", "positive") in _facts(doc)


@pytest.mark.parametrize(("prep", "noun", "relation"), [
    ("at", "odds", "is at odds with"), ("at", "war", "is at war with"), ("in", "talks", "talks with"),
    ("into", "talks", "talks with"), ("into", "partnership", "partners with")])
def test_standing_state_verb_subject_holds_the_state(doc_of, prep, noun, relation):
    rows = _with(_with(ODDS, 2, word=prep, lemma=prep), 3, word=noun, lemma=noun)
    assert ("Germany", relation, "France", "positive") in _facts(doc_of(rows))


def test_standing_negated_copula_gives_a_negative_fact(doc_of):
    rows = [  # Germany is not at odds with France
        ("Germany", "PROPN", "NNP", "nsubj", 1, "Germany", "B-GPE"),
        ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
        ("not", "PART", "RB", "neg", 1, "not", "O"),
        ("at", "ADP", "IN", "prep", 1, "at", "O"),
        ("odds", "NOUN", "NNS", "pobj", 3, "odds", "O"),
        ("with", "ADP", "IN", "prep", 4, "with", "O"),
        ("France", "PROPN", "NNP", "pobj", 5, "France", "B-GPE"),
    ]
    assert ("Germany", "is at odds with", "France", "negative") in _facts(doc_of(rows))


def test_standing_phrase_on_an_action_verb_gives_no_frame(frames_of):
    """"sanctions hit Iran, at odds with the US": the phrase describes Iran, not the hitter."""
    doc, frames = frames_of(_with(ODDS, 1, word="hits", lemma="hit"))
    assert not [f for f in frames if f.construction == "standing"]


def test_standing_unnamed_holder_gives_no_fact(doc_of):
    """"the comments remain at odds with X": a state of a concept is no fact between parties."""
    rows = _with(ODDS, 0, word="comments", pos="NOUN", tag="NNS", lemma="comment", ent="O")
    assert not [f for f in _facts(doc_of(rows)) if f[1] == "is at odds with"]


def test_standing_other_noun_gives_no_frame(frames_of):
    doc, frames = frames_of(_with(ODDS, 3, word="ease", lemma="ease"))
    assert not [f for f in frames if f.construction == "standing"]


AEGIS = [  # Acme remains under the aegis of Ruritania
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("remains", "VERB", "VBZ", "ROOT", 1, "remain", "O"),
    ("under", "ADP", "IN", "prep", 1, "under", "O"),
    ("the", "DET", "DT", "det", 4, "the", "O"),
    ("aegis", "NOUN", "NN", "pobj", 2, "aegis", "O"),
    ("of", "ADP", "IN", "prep", 4, "of", "O"),
    ("Ruritania", "PROPN", "NNP", "pobj", 5, "Ruritania", "B-GPE"),
]


def test_standing_under_the_control_of_a_party(doc_of):
    assert ("Acme", "is under aegis of", "Ruritania", "positive") in _facts(doc_of(AEGIS))
    # "under the aegis with X" is no standing: the party of "under" is its "of"
    assert not _facts(doc_of(_with(AEGIS, 5, word="with", lemma="with")))


BASED = [  # Paris-based retailer Acme Corp and Oslo-based retailer Globex Inc merged
    ("Paris", "PROPN", "NNP", "npadvmod", 2, "Paris", "B-GPE"),
    ("-", "PUNCT", "HYPH", "punct", 2, "-", "O"),
    ("based", "VERB", "VBN", "amod", 3, "base", "O"),
    ("retailer", "NOUN", "NN", "compound", 5, "retailer", "O"),  # hung on the right name
    ("Acme", "PROPN", "NNP", "compound", 5, "Acme", "B-ORG"),
    ("Corp", "PROPN", "NNP", "nsubj", 13, "Corp", "I-ORG"),
    ("and", "CCONJ", "CC", "cc", 5, "and", "O"),
    ("Oslo", "PROPN", "NNP", "npadvmod", 9, "Oslo", "B-GPE"),
    ("-", "PUNCT", "HYPH", "punct", 9, "-", "O"),
    ("based", "VERB", "VBN", "amod", 10, "base", "O"),
    ("retailer", "NOUN", "NN", "compound", 5, "retailer", "O"),  # hung on the wrong name
    ("Globex", "PROPN", "NNP", "compound", 12, "Globex", "B-ORG"),
    ("Inc", "PROPN", "NNP", "conj", 5, "Inc", "I-ORG"),
    ("merged", "VERB", "VBD", "ROOT", 13, "merge", "O"),
]
BASED_IN = [  # Acme Corp, a firm based in Paris, hired Lee
    ("Acme", "PROPN", "NNP", "compound", 1, "Acme", "B-ORG"),
    ("Corp", "PROPN", "NNP", "nsubj", 9, "Corp", "I-ORG"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("firm", "NOUN", "NN", "appos", 1, "firm", "O"),
    ("based", "VERB", "VBN", "acl", 4, "base", "O"),
    ("in", "ADP", "IN", "prep", 5, "in", "O"),
    ("Paris", "PROPN", "NNP", "pobj", 6, "Paris", "B-GPE"),
    (",", "PUNCT", ",", "punct", 1, ",", "O"),
    ("hired", "VERB", "VBD", "ROOT", 9, "hire", "O"),
    ("Lee", "PROPN", "NNP", "dobj", 9, "Lee", "B-PERSON"),
]
NO_NAME = [  # a Paris-based firm hired Lee
    ("a", "DET", "DT", "det", 4, "a", "O"),
    ("Paris", "PROPN", "NNP", "npadvmod", 3, "Paris", "B-GPE"),
    ("-", "PUNCT", "HYPH", "punct", 3, "-", "O"),
    ("based", "VERB", "VBN", "amod", 4, "base", "O"),
    ("firm", "NOUN", "NN", "nsubj", 5, "firm", "O"),
    ("hired", "VERB", "VBD", "ROOT", 5, "hire", "O"),
    ("Lee", "PROPN", "NNP", "dobj", 5, "Lee", "B-PERSON"),
]


def test_standing_based_prefix_places_the_name_its_noun_titles(doc_of):
    facts = [f for f in _facts(doc_of(BASED)) if f[1] == "based in"]
    # the second noun hangs on the first name: abstain rather than base Acme in Oslo
    assert facts == [("Acme Corp", "based in", "Paris", "positive")]


def test_standing_based_in_places_the_name_the_noun_renames(doc_of):
    assert ("Acme Corp", "based in", "Paris", "positive") in _facts(doc_of(BASED_IN))


def test_standing_based_without_a_name_gives_no_fact(doc_of):
    assert not [f for f in _facts(doc_of(NO_NAME)) if f[1] == "based in"]


BOARD = [  # Ann Lee sits on the board of Acme Corp
    ("Ann", "PROPN", "NNP", "compound", 1, "Ann", "B-PERSON"),
    ("Lee", "PROPN", "NNP", "nsubj", 2, "Lee", "I-PERSON"),
    ("sits", "VERB", "VBZ", "ROOT", 2, "sit", "O"),
    ("on", "ADP", "IN", "prep", 2, "on", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("board", "NOUN", "NN", "pobj", 3, "board", "O"),
    ("of", "ADP", "IN", "prep", 5, "of", "O"),
    ("Acme", "PROPN", "NNP", "compound", 8, "Acme", "B-ORG"),
    ("Corp", "PROPN", "NNP", "pobj", 6, "Corp", "I-ORG"),
]


@pytest.mark.parametrize(("verb", "lemma"), [("sits", "sit"), ("served", "serve"), ("was", "be")])
def test_standing_seat_on_the_board_of_a_named_organisation(doc_of, verb, lemma):
    rows = _with(BOARD, 2, word=verb, lemma=lemma, pos="AUX" if lemma == "be" else "VERB")
    assert ("Ann Lee", "is on board of", "Acme Corp", "positive") in _facts(doc_of(rows))


def test_standing_board_needs_its_of_party_and_a_seat_verb(doc_of):
    """"Lee praised the board of Acme" is no seat; "on board with Acme" names no body."""
    assert not [f for f in _facts(doc_of(_with(BOARD, 2, word="rules", lemma="rule"))) if "board" in f[1]]
    assert not [f for f in _facts(doc_of(_with(BOARD, 6, word="with", lemma="with"))) if "board" in f[1]]


CRITICAL = [  # Lee is critical of Hale.
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
    ("critical", "ADJ", "JJ", "acomp", 1, "critical", "O"),
    ("of", "ADP", "IN", "prep", 2, "of", "O"),
    ("Hale", "PROPN", "NNP", "pobj", 3, "Hale", "B-PERSON"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("adjective, prep, relation", [
    ("critical", "of", "is critical of"),
    ("wary", "of", "is wary of"),
    ("sceptical", "about", "is sceptical about"),
    ("hostile", "towards", "is hostile towards"),
])
def test_stance_adjective_puts_its_holder_toward_the_party(doc_of, adjective, prep, relation):
    rows = _with(_with(CRITICAL, 2, word=adjective, lemma=adjective), 3, word=prep, lemma=prep)
    assert _facts(doc_of(rows)) == [("Lee", relation, "Hale", "positive")]


@pytest.mark.parametrize("index, changes", [
    (2, {"word": "close", "lemma": "close"}),  # "close to" is a place or kinship, no stance
    (3, {"word": "about", "lemma": "about"}),  # "critical about" is not the adjective's party
    (0, {"ent": "O", "pos": "NOUN", "tag": "NN", "word": "plan", "lemma": "plan"}),  # an unnamed holder
])
def test_stance_needs_its_adjective_preposition_and_a_named_holder(doc_of, index, changes):
    assert _facts(doc_of(_with(CRITICAL, index, **changes))) == []


def test_stance_under_negation_is_negative(doc_of):
    rows = [*CRITICAL[:2], ("not", "PART", "RB", "neg", 1, "not", "O"),
            *[(w, p, t, d, h + 1 if h > 1 else h, l, e) for (w, p, t, d, h, l, e) in CRITICAL[2:]]]
    assert _facts(doc_of(rows)) == [("Lee", "is critical of", "Hale", "negative")]


def test_stance_adjective_needs_a_copula_or_verb_of_state(doc_of):
    # "Lee made critical remarks of Hale"-like parses: an adjective under another verb is no stance
    rows = _with(CRITICAL, 1, word="sounded", lemma="sound", pos="VERB", tag="VBD")
    assert _facts(doc_of(rows)) == []


OPPOSED = [  # Lee was opposed to Hale.
    ("Lee", "PROPN", "NNP", "nsubjpass", 2, "Lee", "B-PERSON"),
    ("was", "AUX", "VBD", "auxpass", 2, "be", "O"),
    ("opposed", "VERB", "VBN", "ROOT", 2, "oppose", "O"),
    ("to", "ADP", "IN", "prep", 2, "to", "O"),
    ("Hale", "PROPN", "NNP", "pobj", 3, "Hale", "B-PERSON"),
]


def test_stance_participle_read_as_a_passive_is_a_stance(doc_of, frames_of):
    assert _facts(doc_of(OPPOSED)) == [("Lee", "is opposed to", "Hale", "positive")]
    # "Lee was opposed by Hale" is a passive with its doer: no stance
    by = [*OPPOSED[:3], ("by", "ADP", "IN", "agent", 2, "by", "O"), OPPOSED[4]]
    doc, frames = frames_of(by)
    assert not [f for f in frames if f.construction == "standing"]


def test_standing_into_needs_a_verb_of_state(doc_of):
    # "Germany entered into talks with France" is a state entered; "looked into talks" is not
    rows = _with(_with(_with(ODDS, 1, word="entered", lemma="enter", tag="VBD"), 2, word="into", lemma="into"),
                 3, word="talks", lemma="talk")
    assert ("Germany", "talks with", "France", "positive") in _facts(doc_of(rows))
    looked = _with(rows, 1, word="looked", lemma="look")
    assert not [f for f in _facts(doc_of(looked)) if f[1] == "talks with"]


def test_stance_participle_tagged_as_a_verb_after_a_copula_is_a_stance(doc_of):
    # "Lee remains concerned about Hale" with "concerned" tagged VBN (acomp of "remains")
    rows = _with(_with(_with(CRITICAL, 1, word="remains", lemma="remain", pos="VERB"), 2, word="concerned",
                       lemma="concern", pos="VERB", tag="VBN"), 3, word="about", lemma="about")
    assert _facts(doc_of(rows)) == [("Lee", "is concerned about", "Hale", "positive")]
