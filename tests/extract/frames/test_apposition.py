"""extract.frames.apposition: titles and appositions."""
from __future__ import annotations

import pytest

from tests.extract.frames.conftest import frame_at, words
from tests.extract.frames.test_subject import _speaking

ROLE = [
    ("North", "ADJ", "JJ", "amod", 1, "north", "B-NORP"),
    ("Korean", "ADJ", "JJ", "amod", 2, "korean", "I-NORP"),
    ("leader", "NOUN", "NN", "compound", 4, "leader", "O"),
    ("Kim", "PROPN", "NNP", "compound", 4, "Kim", "B-PERSON"),
    ("Jong-un", "PROPN", "NNP", "nsubj", 5, "Jong-un", "I-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 5, "speak", "O"),
]
APPOSITION = [
    ("Choe", "PROPN", "NNP", "nsubj", 7, "Choe", "B-PERSON"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("Korea", "PROPN", "NNP", "poss", 5, "Korea", "B-GPE"),
    ("'s", "PART", "POS", "case", 2, "'s", "O"),
    ("foreign", "ADJ", "JJ", "amod", 5, "foreign", "O"),
    ("minister", "NOUN", "NN", "appos", 0, "minister", "O"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("spoke", "VERB", "VBD", "ROOT", 7, "speak", "O"),
]
NO_ORG = [
    ("leader", "NOUN", "NN", "compound", 1, "leader", "O"),
    ("Kim", "PROPN", "NNP", "nsubj", 2, "Kim", "B-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 2, "speak", "O"),
]


def test_apposition_title_before_a_name_gives_a_role(frames_of):
    doc, frames = frames_of(ROLE)
    frame = frame_at(doc, frames, "Jong-un", "role_title")
    assert frame.words == "leader" and words(doc, frame.arguments) == ["North"]
    assert words(doc, frame.subjects) == ["Jong-un"]


def test_apposition_after_a_name_gives_a_role_anchored_at_the_apposition(frames_of):
    doc, frames = frames_of(APPOSITION)
    frame = frame_at(doc, frames, "minister", "role_apposition")
    assert frame.words == "foreign minister" and words(doc, frame.arguments) == ["Korea"]
    surface = frame_at(doc, frames, "minister", "apposition")
    assert words(doc, surface.grammatical) == ["Choe"]


def test_apposition_no_role_without_an_organisation(frames_of):
    doc, frames = frames_of(NO_ORG)
    assert not [f for f in frames if f.construction.startswith("role")]
    assert words(doc, frame_at(doc, frames, "Kim", "title").dependents) == ["leader"]


def _row(word, pos, dep, head, ent="O", tag=None):
    """One row of a hand-built parse (tag and lemma derived from the word)."""
    tags = {"PROPN": "NNP", "NOUN": "NN", "ADJ": "JJ", "DET": "DT", "ADP": "IN", "PUNCT": ",",
            "VERB": "VBD", "AUX": "VBZ", "PART": "POS", "PRON": "PRP$"}
    return (word, pos, tag or tags[pos], dep, head, word.lower(), ent)


SAID = _row("said", "VERB", "ROOT", None)


def _rows(*rows):
    """Rows with `said` as the root at the end: head None points at it."""
    out = list(rows) + [SAID]
    root = len(out) - 1
    return [(w, p, t, d, root if h is None else h, l, e) for w, p, t, d, h, l, e in out]


# "Pelosi, the Speaker of the House, said"
APPOS_OF = _rows(
    _row("Pelosi", "PROPN", "nsubj", None, "B-PERSON"), _row(",", "PUNCT", "punct", 0),
    _row("the", "DET", "det", 3), _row("Speaker", "PROPN", "appos", 0), _row("of", "ADP", "prep", 3),
    _row("the", "DET", "det", 6), _row("House", "PROPN", "pobj", 4, "B-ORG"), _row(",", "PUNCT", "punct", 0),
)
# "Smith, chief US economist at HFE, said": the country is part of the title
APPOS_COUNTRY_AND_ORG = _rows(
    _row("Smith", "PROPN", "nsubj", None, "B-PERSON"), _row(",", "PUNCT", "punct", 0),
    _row("chief", "ADJ", "amod", 4), _row("US", "PROPN", "compound", 4, "B-GPE"),
    _row("economist", "NOUN", "appos", 0), _row("at", "ADP", "prep", 4), _row("HFE", "PROPN", "pobj", 5, "B-ORG"),
    _row(",", "PUNCT", "punct", 0),
)
# "Germany's foreign minister Maas said": the name is an apposition of its title
APPOSED = _rows(
    _row("Germany", "PROPN", "poss", 3, "B-GPE"), _row("'s", "PART", "case", 0),
    _row("foreign", "ADJ", "amod", 3), _row("minister", "NOUN", "nsubj", None), _row("Maas", "PROPN", "appos", 3, "B-PERSON"),
)
# "his lawyer Cohen said": whose lawyer is for coreference, not for the title reader
APPOSED_PRONOUN = _rows(
    _row("his", "PRON", "poss", 1), _row("lawyer", "NOUN", "nsubj", None), _row("Cohen", "PROPN", "appos", 1, "B-PERSON"),
)
# "PCS leader Serwotka said" / "Home Secretary Clarke said"
ACRONYM = _rows(
    _row("PCS", "PROPN", "compound", 1, "B-ORG"), _row("leader", "NOUN", "compound", 2),
    _row("Serwotka", "PROPN", "nsubj", None, "B-PERSON"),
)
ONE_WORD_TITLE = _rows(
    _row("Home", "PROPN", "compound", 1, "B-ORG"), _row("Secretary", "PROPN", "compound", 2),
    _row("Clarke", "PROPN", "nsubj", None, "B-PERSON"),
)
# "French Ambassador to Italy Dupont said"
TITLE_TO = _rows(
    _row("French", "ADJ", "amod", 1, "B-NORP"), _row("Ambassador", "PROPN", "nmod", 4),
    _row("to", "ADP", "prep", 1), _row("Italy", "PROPN", "pobj", 2, "B-GPE"),
    _row("Dupont", "PROPN", "nsubj", None, "B-PERSON"),
)
# "Secretary of State Pompeo said": a short "of" phrase without a name is part of the title
TITLE_OF_PHRASE = _rows(
    _row("Secretary", "PROPN", "nmod", 3), _row("of", "ADP", "prep", 0), _row("State", "PROPN", "pobj", 1),
    _row("Pompeo", "PROPN", "nsubj", None, "B-PERSON"),
)
# "Joanna Cherry of the SNP said" / "Doug Collins of Georgia said"
MEMBER = _rows(
    _row("Joanna", "PROPN", "compound", 1, "B-PERSON"), _row("Cherry", "PROPN", "nsubj", None, "I-PERSON"),
    _row("of", "ADP", "prep", 1), _row("the", "DET", "det", 4), _row("SNP", "PROPN", "pobj", 2, "B-ORG"),
)
HOME_TOWN = _rows(
    _row("Doug", "PROPN", "compound", 1, "B-PERSON"), _row("Collins", "PROPN", "nsubj", None, "I-PERSON"),
    _row("of", "ADP", "prep", 1), _row("Georgia", "PROPN", "pobj", 2, "B-GPE"),
)
# "Duke of Edinburgh said": one word before "of" may be a title of nobility
ONE_WORD_OF = _rows(
    _row("Duke", "PROPN", "nsubj", None, "B-PERSON"), _row("of", "ADP", "prep", 0),
    _row("Edinburgh", "PROPN", "pobj", 1, "B-ORG"),
)
# "the city's Democratic mayor Bowser said": the possessor holds the title, and is no name
COMMON_POSSESSOR = _rows(
    _row("the", "DET", "det", 1), _row("city", "NOUN", "poss", 4), _row("'s", "PART", "case", 1),
    _row("Democratic", "ADJ", "amod", 4, "B-NORP"), _row("mayor", "NOUN", "nsubj", None),
    _row("Bowser", "PROPN", "appos", 4, "B-PERSON"),
)
# "Israel Image: Jane Saar said": a caption before a name is no title
CAPTION = _rows(
    _row("Israel", "PROPN", "compound", 1, "B-GPE"), _row("Image", "NOUN", "compound", 4),
    _row(":", "PUNCT", "punct", 4),
    _row("Jane", "PROPN", "compound", 4, "B-PERSON"), _row("Saar", "PROPN", "nsubj", None, "I-PERSON"),
)
# "Liberal Democrat leader Kennedy said": a capitalised adjective is no title word
CAPITAL_ADJECTIVE = _rows(
    _row("Liberal", "ADJ", "amod", 1), _row("Democrat", "PROPN", "compound", 2, "B-NORP"),
    _row("leader", "NOUN", "compound", 3), _row("Kennedy", "PROPN", "nsubj", None, "B-PERSON"),
)


def _roles(doc, frames):
    return [(f.construction, f.words, [(doc[a.head].text, a.preposition) for a in f.arguments])
            for f in frames if f.construction.startswith("role")]


def test_apposition_proper_noun_title_takes_its_of_phrase(frames_of):
    doc, frames = frames_of(APPOS_OF)
    assert _roles(doc, frames) == [("role_apposition", "speaker", [("House", "")])]


def test_apposition_organisation_of_a_preposition_beats_a_country_in_the_title(frames_of):
    doc, frames = frames_of(APPOS_COUNTRY_AND_ORG)
    assert _roles(doc, frames) == [("role_apposition", "chief economist", [("HFE", "")])]


def test_apposition_name_apposed_to_its_title_takes_the_possessor(frames_of):
    doc, frames = frames_of(APPOSED)
    assert _roles(doc, frames) == [("role_apposed", "foreign minister", [("Germany", "")])]


def test_apposition_pronoun_possessor_is_the_holder_for_coreference_to_ground(frames_of):
    # "his lawyer, Cohen": held for whoever "his" is; grounding drops it when coreference abstains
    doc, frames = frames_of(APPOSED_PRONOUN)
    assert _roles(doc, frames) == [("role_apposed", "lawyer", [("his", "")])]


def test_apposition_acronym_before_a_title_is_an_organisation(frames_of):
    doc, frames = frames_of(ACRONYM)
    assert _roles(doc, frames) == [("role_title", "leader", [("PCS", "")])]


def test_apposition_one_word_organisation_only_before_a_title_is_a_title_word(frames_of):
    doc, frames = frames_of(ONE_WORD_TITLE)
    assert _roles(doc, frames) == []


# "Riggs spokesman Hendrix said Riggs paid": the word is a name on its own elsewhere
NAMED_ALONE = [
    _row("Riggs", "PROPN", "compound", 1, "B-ORG"), _row("spokesman", "NOUN", "compound", 2),
    _row("Hendrix", "PROPN", "nsubj", 3, "B-PERSON"), _row("said", "VERB", "ROOT", 3),
    _row("Riggs", "PROPN", "nsubj", 5, "B-ORG"), _row("paid", "VERB", "ccomp", 3),
]


def test_apposition_one_word_organisation_named_alone_elsewhere_is_an_organisation(frames_of):
    doc, frames = frames_of(NAMED_ALONE)
    assert _roles(doc, frames) == [("role_title", "spokesman", [("Riggs", "")])]


def test_apposition_to_phrase_keeps_its_preposition_beside_the_nationality(frames_of):
    doc, frames = frames_of(TITLE_TO)
    assert _roles(doc, frames) == [("role_title", "ambassador", [("French", ""), ("Italy", "to")])]


def test_apposition_short_of_phrase_without_a_name_is_part_of_the_title(frames_of):
    doc, frames = frames_of(TITLE_OF_PHRASE)
    assert _roles(doc, frames) == []


def test_apposition_of_phrase_after_a_name_gives_an_organisation(frames_of):
    doc, frames = frames_of(MEMBER)
    assert _roles(doc, frames) == [("role_member", "member", [("SNP", "")])]
    assert _roles(*frames_of(ONE_WORD_OF)) == []


def test_apposition_of_phrase_with_a_place_is_no_role(frames_of):
    doc, frames = frames_of(HOME_TOWN)
    assert _roles(doc, frames) == []


def test_apposition_common_noun_possessor_gives_no_role(frames_of):
    assert _roles(*frames_of(COMMON_POSSESSOR)) == []


def test_apposition_title_stops_at_punctuation_before_the_name(frames_of):
    assert _roles(*frames_of(CAPTION)) == []


def test_apposition_capitalised_adjective_is_no_title_word(frames_of):
    # the adjective is the party's first word ("Liberal Democrat"), the holder's name
    doc, frames = frames_of(CAPITAL_ADJECTIVE)
    assert _roles(doc, frames) == [("role_title", "leader", [("Liberal", "")])]


# "Israel's image: Jane Saar said": a colon between a title noun and a name is a caption
APPOSED_CAPTION = _rows(
    _row("Israel", "PROPN", "poss", 2, "B-GPE"), _row("'s", "PART", "case", 0), _row("image", "NOUN", "nsubj", None),
    _row(":", "PUNCT", "punct", 2), _row("Jane", "PROPN", "compound", 5, "B-PERSON"),
    _row("Saar", "PROPN", "appos", 2, "I-PERSON"),
)


def test_apposition_name_after_a_colon_is_no_apposed_title(frames_of):
    assert _roles(*frames_of(APPOSED_CAPTION)) == []


# "the president of the League for Rights, Jane Doe, said": the title's own phrase comes between
APPOSED_AFTER_OF = _rows(
    _row("the", "DET", "det", 1), _row("president", "NOUN", "nsubj", None), _row("of", "ADP", "prep", 1),
    _row("the", "DET", "det", 4), _row("League", "PROPN", "pobj", 2, "B-ORG"), _row("for", "ADP", "prep", 4, "I-ORG"),
    _row("Rights", "PROPN", "pobj", 5, "I-ORG"), _row(",", "PUNCT", "punct", 1),
    _row("Jane", "PROPN", "compound", 9, "B-PERSON"), _row("Doe", "PROPN", "appos", 1, "I-PERSON"),
    _row(",", "PUNCT", "punct", 1),
)
# "A member of the Parliament of Ruritania, Jane Doe said": the parse makes both subjects of "said"
TWO_SUBJECTS = _rows(
    _row("A", "DET", "det", 1), _row("member", "NOUN", "nsubj", None), _row("of", "ADP", "prep", 1),
    _row("the", "DET", "det", 4), _row("Bundesrat", "PROPN", "pobj", 2, "B-ORG"), _row(",", "PUNCT", "punct", 7),
    _row("Jane", "PROPN", "compound", 7, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
)
# "The report, Jane Doe said": two subjects, the first no title with a holder
TWO_SUBJECTS_NO_HOLDER = _rows(
    _row("The", "DET", "det", 1), _row("report", "NOUN", "nsubj", None), _row(",", "PUNCT", "punct", 4),
    _row("Jane", "PROPN", "compound", 4, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
)
# "The Senate Majority Leader, Jane Doe, said": an institution's name is no title word
INSTITUTION_IN_TITLE = _rows(
    _row("The", "DET", "det", 3), _row("Senate", "PROPN", "compound", 3, "B-ORG"),
    _row("Majority", "PROPN", "compound", 3), _row("Leader", "PROPN", "nsubj", None), _row(",", "PUNCT", "punct", 3),
    _row("Jane", "PROPN", "compound", 6, "B-PERSON"), _row("Doe", "PROPN", "appos", 3, "I-PERSON"),
    _row(",", "PUNCT", "punct", 3),
)
# "The minister: Jane Doe said" keeps the caption rule; "the minister, the envoy, Doe" is a list
APPOSED_LIST = _rows(
    _row("the", "DET", "det", 1), _row("minister", "NOUN", "nsubj", None), _row("of", "ADP", "prep", 1),
    _row("Ruritania", "PROPN", "pobj", 2, "B-GPE"), _row(",", "PUNCT", "punct", 1), _row("the", "DET", "det", 6),
    _row("envoy", "NOUN", "conj", 1), _row(",", "PUNCT", "punct", 1),
    _row("Jane", "PROPN", "compound", 9, "B-PERSON"), _row("Doe", "PROPN", "appos", 1, "I-PERSON"),
)


def test_apposition_apposed_title_may_keep_its_of_phrase_before_the_comma(frames_of):
    assert _roles(*frames_of(APPOSED_AFTER_OF)) == [("role_apposed", "president", [("League", "")])]


def test_apposition_title_and_name_parsed_as_two_subjects_is_an_apposition(frames_of):
    assert _roles(*frames_of(TWO_SUBJECTS)) == [("role_apposed", "member", [("Bundesrat", "")])]
    assert _roles(*frames_of(TWO_SUBJECTS_NO_HOLDER)) == []


def test_apposition_institution_word_before_a_title_is_its_holder(frames_of):
    assert _roles(*frames_of(INSTITUTION_IN_TITLE)) == [("role_apposed", "majority leader", [("Senate", "")])]


def test_apposition_name_after_a_list_is_no_apposition_of_its_first_title(frames_of):
    assert _roles(*frames_of(APPOSED_LIST)) == []


# "Jane Doe, the then chair and spokesperson for the Greens, spoke": the parse makes the titles a
# conjunct of the name; without "and" between them this is an apposition, and the titles share
# the last one's holder
LISTED_TITLES = _rows(
    _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
    _row(",", "PUNCT", "punct", 1), _row("the", "DET", "det", 4), _row("chair", "NOUN", "conj", 1),
    _row("and", "CCONJ", "cc", 4, tag="CC"), _row("spokesperson", "NOUN", "conj", 4), _row("for", "ADP", "prep", 6),
    _row("the", "DET", "det", 9), _row("Greens", "PROPN", "pobj", 7, "B-NORP"), _row(",", "PUNCT", "punct", 1),
)
# "Jane Doe, the envoy and Kim met": a conjunction makes it a list
LIST_WITH_AND = _rows(
    _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
    _row(",", "PUNCT", "punct", 1), _row("the", "DET", "det", 4), _row("envoy", "NOUN", "conj", 1),
    _row("of", "ADP", "prep", 4), _row("Ruritania", "PROPN", "pobj", 5, "B-GPE"),
    _row("and", "CCONJ", "cc", 1, tag="CC"), _row("Kim", "PROPN", "conj", 1, "B-PERSON"),
)
# "A spokesman for Acme, Dr Vancheshwar, said": the name index makes the name after an
# honorific a person whatever the tagger said
HONORIFIC_PERSON = _rows(
    _row("the", "DET", "det", 1), _row("chief", "NOUN", "nsubj", None), _row("of", "ADP", "prep", 1),
    _row("Acme", "PROPN", "pobj", 2, "B-ORG"), _row(",", "PUNCT", "punct", 1),
    _row("Dr", "PROPN", "compound", 6, "B-ORG"), _row("Vancheshwar", "PROPN", "appos", 1, "I-ORG"),
    _row(",", "PUNCT", "punct", 1),
)


def test_apposition_titles_listed_after_a_name_share_the_last_holder(frames_of):
    assert _roles(*frames_of(LISTED_TITLES)) == [("role_apposition", "chair", [("Greens", "")]),
                                                  ("role_apposition", "spokesperson", [("Greens", "")])]


def test_apposition_conjunct_after_and_is_no_apposition(frames_of):
    assert _roles(*frames_of(LIST_WITH_AND)) == []


def test_apposition_person_is_read_from_the_name_index(frames_of):
    doc, frames = frames_of(HONORIFIC_PERSON)
    assert [f.construction for f in frames if f.construction.startswith("role")] == ["role_apposed"]


# "Jane Doe - former minister, mayor of Springfield, and member of the Bundesrat - spoke"
TITLE_LIST = _rows(
    _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
    _row("-", "PUNCT", "punct", 1), _row("former", "ADJ", "amod", 4), _row("minister", "NOUN", "appos", 1),
    _row(",", "PUNCT", "punct", 4), _row("mayor", "NOUN", "appos", 4), _row("of", "ADP", "prep", 6),
    _row("Springfield", "PROPN", "pobj", 7, "B-GPE"), _row(",", "PUNCT", "punct", 4),
    _row("and", "CCONJ", "cc", 4, tag="CC"), _row("member", "NOUN", "conj", 4), _row("of", "ADP", "prep", 11),
    _row("the", "DET", "det", 14), _row("Bundesrat", "PROPN", "pobj", 12, "B-ORG"),
)


def test_apposition_each_title_of_a_list_takes_its_own_holder(frames_of):
    assert _roles(*frames_of(TITLE_LIST)) == [("role_apposition", "mayor", [("Springfield", "")]),
                                              ("role_apposition", "member", [("Bundesrat", "")])]


# "US Senator from Vermont Jane Doe said": the name is the object of the title's "from"
TITLE_FROM_PLACE = _rows(
    _row("US", "PROPN", "compound", 1, "B-GPE"), _row("Senator", "PROPN", "nsubj", None),
    _row("from", "ADP", "prep", 1), _row("Vermont", "PROPN", "compound", 5, "B-GPE"),
    _row("Jane", "PROPN", "compound", 5, "B-PERSON"), _row("Doe", "PROPN", "pobj", 2, "I-PERSON"),
)
# "a letter from Vermont Jane Doe wrote": no title before the preposition
LETTER_FROM_PLACE = _rows(
    _row("a", "DET", "det", 1), _row("letter", "NOUN", "nsubj", None),
    _row("from", "ADP", "prep", 1), _row("Vermont", "PROPN", "compound", 5, "B-GPE"),
    _row("Jane", "PROPN", "compound", 5, "B-PERSON"), _row("Doe", "PROPN", "pobj", 2, "I-PERSON"),
)


def test_apposition_title_with_a_place_before_the_name_gives_the_place(frames_of):
    assert _roles(*frames_of(TITLE_FROM_PLACE)) == [("role_title", "senator", [("Vermont", "from"), ("US", "")])]
    assert _roles(*frames_of(LETTER_FROM_PLACE)) == []


# "Democratic committee chairman Jane Doe said. The Finance Committee met.": the committee is
# the article's one committee; the party adjective stays a holder too
COMMITTEE_TITLE = _rows(
    _row("Democratic", "ADJ", "amod", 2, "B-NORP"), _row("committee", "NOUN", "compound", 2),
    _row("chairman", "NOUN", "compound", 4), _row("Jane", "PROPN", "compound", 4, "B-PERSON"),
    _row("Doe", "PROPN", "nsubj", None, "I-PERSON"), _row(".", "PUNCT", "punct", None, tag="."),
) + [("The", "DET", "DT", "det", 9, "the", "O"), ("Finance", "PROPN", "NNP", "compound", 9, "Finance", "B-ORG"),
     ("Committee", "PROPN", "NNP", "nsubj", 10, "Committee", "I-ORG"), ("met", "VERB", "VBD", "ROOT", 10, "meet", "O")]
# "Ruritania committee chairman Jane Doe said. The Finance Committee met.": a place in the title names its body
PLACE_COMMITTEE_TITLE = [("Ruritania", "PROPN", "NNP", "compound", 2, "Ruritania", "B-GPE"), *COMMITTEE_TITLE[1:]]


def test_apposition_title_common_noun_is_the_article_one_body_of_that_name(frames_of):
    assert _roles(*frames_of(COMMITTEE_TITLE)) == [("role_title", "committee chairman",
                                                    [("Committee", ""), ("Democratic", "")])]
    assert _roles(*frames_of(PLACE_COMMITTEE_TITLE)) == [("role_title", "committee chairman", [("Ruritania", "")])]


# "... The Ways Committee met. The Committee of Rules met.": two committees, none is meant
TWO_COMMITTEES = COMMITTEE_TITLE + [
    ("The", "DET", "DT", "det", 12, "the", "O"), ("Committee", "PROPN", "NNP", "nsubj", 15, "Committee", "B-ORG"),
    ("of", "ADP", "IN", "prep", 12, "of", "I-ORG"), ("Rules", "PROPN", "NNP", "pobj", 13, "Rules", "I-ORG"),
    ("met", "VERB", "VBD", "ROOT", 15, "meet", "O")]


def test_apposition_title_common_noun_names_no_body_when_two_fit(frames_of):
    assert _roles(*frames_of(TWO_COMMITTEES)) == [("role_title", "committee chairman", [("Democratic", "")])]


# "the director of Acme Corp, Jane Doe, said": the parse hangs the name on the organisation
NAME_ON_THE_BODY = _rows(
    _row("the", "DET", "det", 1), _row("director", "NOUN", "nsubj", None), _row("of", "ADP", "prep", 1),
    _row("Acme", "PROPN", "compound", 4, "B-ORG"), _row("Corp", "PROPN", "pobj", 2, "I-ORG"),
    _row(",", "PUNCT", "punct", 4), _row("Jane", "PROPN", "compound", 7, "B-PERSON"),
    _row("Doe", "PROPN", "appos", 4, "I-PERSON"), _row(",", "PUNCT", "punct", 1),
)
# "FBI agent and security specialist Jane Doe said": the parse coordinates the name with its titles
COORDINATED_TITLES = _rows(
    _row("FBI", "PROPN", "compound", 1, "B-ORG"), _row("agent", "NOUN", "nsubj", None),
    _row("and", "CCONJ", "cc", 1, tag="CC"), _row("security", "NOUN", "compound", 4),
    _row("specialist", "NOUN", "conj", 1), _row("Jane", "PROPN", "compound", 6, "B-PERSON"),
    _row("Doe", "PROPN", "conj", 1, "I-PERSON"),
)
# "the FBI agent and Jane Doe met": a name coordinated with a title is another person
AGENT_AND_NAME = _rows(
    _row("the", "DET", "det", 2), _row("FBI", "PROPN", "compound", 2, "B-ORG"), _row("agent", "NOUN", "nsubj", None),
    _row("and", "CCONJ", "cc", 2, tag="CC"), _row("Jane", "PROPN", "compound", 5, "B-PERSON"),
    _row("Doe", "PROPN", "conj", 2, "I-PERSON"),
)


def test_apposition_name_hung_on_the_organisation_is_the_title_holder(frames_of):
    assert _roles(*frames_of(NAME_ON_THE_BODY)) == [("role_apposed", "director", [("Corp", "")])]


def test_apposition_name_coordinated_with_its_titles_holds_them(frames_of):
    assert _roles(*frames_of(COORDINATED_TITLES)) == [("role_title", "agent", [("FBI", "")])]
    assert _roles(*frames_of(AGENT_AND_NAME)) == []


def _based(prefix_tag="VBN", participle="based"):
    """"Hans Meier, a Zurich-based fund manager, spoke." (or "a Zurich fund manager")"""
    rows = [
        ("Hans", "PROPN", "NNP", "compound", 1, "Hans", "B-PERSON"),
        ("Meier", "PROPN", "NNP", "nsubj", 10, "Meier", "I-PERSON"),
        (",", "PUNCT", ",", "punct", 1, ",", "O"),
        ("a", "DET", "DT", "det", 8, "a", "O"),
        ("Zurich", "PROPN", "NNP", "npadvmod", 6, "Zurich", "B-GPE"),
        ("-", "PUNCT", "HYPH", "punct", 6, "-", "O"),
        (participle, "VERB", prefix_tag, "amod", 8, participle, "O"),
        ("fund", "NOUN", "NN", "compound", 8, "fund", "O"),
        ("manager", "NOUN", "NN", "appos", 1, "manager", "O"),
        (",", "PUNCT", ",", "punct", 1, ",", "O"),
        ("spoke", "VERB", "VBD", "ROOT", 10, "speak", "O"),
    ]
    return rows


def test_apposition_place_hyphened_to_a_participle_is_no_holder(frames_of):
    doc, frames = frames_of(_based())
    assert not [f for f in frames if f.construction.startswith("role") and f.arguments]


def test_apposition_place_as_plain_modifier_is_the_holder(frames_of):
    rows = [r for r in _based() if r[0] not in {"-", "based"}]
    rows = [(w, p, t, d, h - (2 if h > 4 else 0), l, e) for w, p, t, d, h, l, e in rows]
    rows[4] = ("Zurich", "PROPN", "NNP", "compound", 6, "Zurich", "B-GPE")
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, "manager", "role_apposition")
    assert words(doc, frame.arguments) == ["Zurich"]


GROUP_BEFORE_NAME = [  # Tory Mary Brown and Canadian John Ward spoke.
    ("Tory", "ADJ", "JJ", "amod", 2, "Tory", "B-NORP"),
    ("Mary", "PROPN", "NNP", "compound", 2, "Mary", "B-PERSON"),
    ("Brown", "PROPN", "NNP", "nsubj", 7, "Brown", "I-PERSON"),
    ("and", "CCONJ", "CC", "cc", 2, "and", "O"),
    ("Canadian", "PROPN", "NNP", "compound", 6, "Canadian", "B-NORP"),
    ("John", "PROPN", "NNP", "compound", 6, "John", "B-PERSON"),
    ("Ward", "PROPN", "NNP", "conj", 2, "Ward", "I-PERSON"),
    ("spoke", "VERB", "VBD", "ROOT", 7, "speak", "O"),
]


def test_apposition_group_name_before_a_person_gives_membership(frames_of):
    doc, frames = frames_of(GROUP_BEFORE_NAME)
    roles = [(doc[f.subjects[0].head].text, f.words, words(doc, f.arguments)) for f in frames
             if f.construction == "role_member"]
    # a nationality says where one is from, not what one belongs to
    assert roles == [("Brown", "member", ["Tory"])]


def _group_after_title(group: str, label: str):
    # "incumbent Democrat Jane Miller spoke" / "Canadian senator Jane Miller spoke"
    first, second = ("incumbent", group) if label == "after" else (group, "senator")
    return (
        _row(first, "ADJ" if first == "incumbent" else "PROPN", "amod", 3, "O" if first == "incumbent" else "B-NORP"),
        _row(second, "PROPN" if second == group else "NOUN", "compound", 3, "B-NORP" if second == group else "O"),
        _row("Jane", "PROPN", "compound", 3, "B-PERSON"), _row("Miller", "PROPN", "nsubj", 4, "I-PERSON"),
        _row("spoke", "VERB", "ROOT", 4),
    )


def test_apposition_group_between_title_and_name_is_no_holder_of_the_title(frames_of):
    """"incumbent Democrat Jane Miller": she is a Democrat and the incumbent, not the
    incumbent of the Democrats."""
    doc, frames = frames_of(_group_after_title("Democrat", "after"))
    assert not [r for r in _roles(doc, frames) if r[0] == "role_title"]


def test_apposition_group_before_the_title_still_holds_it(frames_of):
    doc, frames = frames_of(_group_after_title("Canadian", "before"))
    assert _roles(doc, frames) == [("role_title", "senator", [("Canadian", "")])]


def test_apposition_nationality_after_a_title_adjective_still_holds_it(frames_of):
    # "former Canadian senator Jane Miller": the nationality names the country
    rows = (_row("former", "ADJ", "amod", 2), _row("Canadian", "PROPN", "amod", 2, "B-NORP"),
            _row("senator", "NOUN", "compound", 4), _row("Jane", "PROPN", "compound", 4, "B-PERSON"),
            _row("Miller", "PROPN", "nsubj", 5, "I-PERSON"), _row("spoke", "VERB", "ROOT", 5))
    doc, frames = frames_of(rows)
    assert [r for r in _roles(doc, frames) if r[0] == "role_title"] == [("role_title", "former senator", [("Canadian", "")])]


def _former(first: str):
    """'<First> Kenyan leader Tom Reed spoke.' with "Former"/"former" as its first word."""
    return [
        (first, "ADJ", "JJ", "amod", 2, "former", "O"),
        ("Kenyan", "ADJ", "JJ", "amod", 2, "kenyan", "B-NORP"),
        ("leader", "NOUN", "NN", "compound", 4, "leader", "O"),
        ("Tom", "PROPN", "NNP", "compound", 4, "Tom", "B-PERSON"),
        ("Reed", "PROPN", "NNP", "nsubj", 5, "Reed", "I-PERSON"),
        ("spoke", "VERB", "VBD", "ROOT", 5, "speak", "O"),
    ]


def test_apposition_capitalised_first_word_of_a_sentence_stays_a_qualifier(frames_of):
    # "Former Kenyan leader Tom Reed": capitalised by its place, not a name the tagger missed
    for first in ("Former", "former"):
        doc, frames = frames_of(_former(first))
        frame = frame_at(doc, frames, "Reed", "role_title")
        assert frame.words == "former leader" and words(doc, frame.arguments) == ["Kenyan"]


def test_apposition_title_and_name_side_by_side_on_one_noun(frames_of):
    # "Speaking to Reuters, the head of Oxfam, Anna Berg, said": both hang on "Reuters"
    doc, frames = frames_of(_speaking())
    roles = [(f.words, words(doc, f.arguments)) for f in frames if f.construction.startswith("role")]
    assert ("head", ["Oxfam"]) in roles


def _minister_in(country_rows: list, title_rows: list):
    """'<country sentence> . <title> Ann Lee spoke .' with the title rows before the name."""
    at = len(country_rows)
    name = at + len(title_rows)
    shifted = [(w, p, t, d, h + at, lem, e) for w, p, t, d, h, lem, e in title_rows]
    return [*country_rows, *shifted,
            ("Ann", "PROPN", "NNP", "compound", name + 1, "Ann", "B-PERSON"),
            ("Lee", "PROPN", "NNP", "nsubj", name + 2, "Lee", "I-PERSON"),
            ("spoke", "VERB", "VBD", "ROOT", name + 2, "speak", "O"),
            (".", "PUNCT", ".", "punct", name + 2, ".", "O")]


_INDIA = [("India", "PROPN", "NNP", "nsubj", 1, "India", "B-GPE"),
          ("grew", "VERB", "VBD", "ROOT", 1, "grow", "O"),
          (".", "PUNCT", ".", "punct", 1, ".", "O")]
_INDIA_AND_CHINA = [("India", "PROPN", "NNP", "nsubj", 3, "India", "B-GPE"),
                    ("and", "CCONJ", "CC", "cc", 0, "and", "O"),
                    ("China", "PROPN", "NNP", "conj", 0, "China", "B-GPE"),
                    ("grew", "VERB", "VBD", "ROOT", 3, "grow", "O"),
                    (".", "PUNCT", ".", "punct", 3, ".", "O")]
_DEPUTY_PM = [("Deputy", "PROPN", "NNP", "compound", 2, "Deputy", "O"),
              ("Prime", "PROPN", "NNP", "compound", 2, "Prime", "O"),
              ("Minister", "PROPN", "NNP", "compound", 4, "Minister", "O")]


def test_apposition_a_state_office_naming_no_state_is_held_for_the_articles_one_country(frames_of):
    # "India grew. Deputy Prime Minister Ann Lee spoke."
    doc, frames = frames_of(_minister_in(_INDIA, _DEPUTY_PM))
    frame = frame_at(doc, frames, "Lee", "role_title")
    assert frame.words == "deputy prime minister" and words(doc, frame.arguments) == ["India"]


def test_apposition_a_state_office_abstains_when_the_article_names_two_countries(frames_of):
    doc, frames = frames_of(_minister_in(_INDIA_AND_CHINA, _DEPUTY_PM))
    assert not [f for f in frames if f.construction == "role_title"]


def test_apposition_an_office_companies_have_too_is_not_given_the_country(frames_of):
    # "India grew. President Ann Lee spoke.": a company or union has a president
    doc, frames = frames_of(_minister_in(_INDIA, [("President", "PROPN", "NNP", "compound", 1, "President", "O")]))
    assert not [f for f in frames if f.construction == "role_title"]


def test_apposition_a_word_joined_to_a_listed_title_is_part_of_it(frames_of):
    # "India grew. Ann Lee, Commerce and Industry Minister, spoke." (the parse lists the
    # title words as conjuncts of the name, as the small model does)
    doc, frames = frames_of([*_INDIA,
        ("Ann", "PROPN", "NNP", "compound", 4, "Ann", "B-PERSON"),
        ("Lee", "PROPN", "NNP", "nsubj", 11, "Lee", "I-PERSON"),
        (",", "PUNCT", ",", "punct", 4, ",", "O"),
        ("Commerce", "PROPN", "NNP", "conj", 4, "Commerce", "O"),
        ("and", "CCONJ", "CC", "cc", 6, "and", "O"),
        ("Industry", "PROPN", "NNP", "compound", 9, "Industry", "O"),
        ("Minister", "PROPN", "NNP", "conj", 6, "Minister", "O"),
        (",", "PUNCT", ",", "punct", 4, ",", "O"),
        ("spoke", "VERB", "VBD", "ROOT", 11, "speak", "O"),
        (".", "PUNCT", ".", "punct", 11, ".", "O")])
    roles = [f for f in frames if f.construction == "role_apposition"]
    assert [(f.words, words(doc, f.arguments)) for f in roles] == [("commerce and industry minister", ["India"])]


def test_apposition_a_possessive_pronoun_title_is_held_for_its_antecedent(frames_of):
    # "His lawyer Bob Dunn spoke.": the holder is the pronoun, grounded by coreference
    from extract.frames import Keep
    doc, frames = frames_of([
        ("His", "PRON", "PRP$", "poss", 1, "his", "O"),
        ("lawyer", "NOUN", "NN", "compound", 3, "lawyer", "O"),
        ("Bob", "PROPN", "NNP", "compound", 3, "Bob", "B-PERSON"),
        ("Dunn", "PROPN", "NNP", "nsubj", 4, "Dunn", "I-PERSON"),
        ("spoke", "VERB", "VBD", "ROOT", 4, "speak", "O"),
        (".", "PUNCT", ".", "punct", 4, ".", "O")])
    frame = frame_at(doc, frames, "Dunn", "role_title")
    assert frame.words == "lawyer" and words(doc, frame.arguments) == ["His"]
    assert frame.arguments[0].keep is Keep.ENTITIES  # the antecedent, never the pronoun itself


def test_apposition_a_listed_title_with_its_own_name_is_not_the_persons(frames_of):
    # "Ann Lee, Jr. and her lawyer Acme LLP sued." (Acme LLP hung as the title's apposition)
    doc, frames = frames_of([
        ("Ann", "PROPN", "NNP", "compound", 1, "Ann", "B-PERSON"),
        ("Lee", "PROPN", "NNP", "nsubj", 9, "Lee", "I-PERSON"),
        (",", "PUNCT", ",", "punct", 1, ",", "O"),
        ("Jr.", "PROPN", "NNP", "appos", 1, "Jr.", "O"),
        ("and", "CCONJ", "CC", "cc", 3, "and", "O"),
        ("her", "PRON", "PRP$", "poss", 6, "her", "O"),
        ("lawyer", "NOUN", "NN", "conj", 3, "lawyer", "O"),
        ("Acme", "PROPN", "NNP", "compound", 8, "Acme", "B-ORG"),
        ("LLP", "PROPN", "NNP", "appos", 6, "LLP", "I-ORG"),
        ("sued", "VERB", "VBD", "ROOT", 9, "sue", "O"),
        (".", "PUNCT", ".", "punct", 9, ".", "O")])
    assert not [f for f in frames if f.construction.startswith("role") and "lawyer" in f.words]


def _set_off_of(*org):
    # "Ann Kerr, of <org>, said" with the "of" phrase between commas
    rows = [_row("Ann", "PROPN", "compound", 1, "B-PERSON"), _row("Kerr", "PROPN", "nsubj", None, "I-PERSON"),
            _row(",", "PUNCT", "punct", 1), _row("of", "ADP", "prep", 1)]
    for n, (word, pos, dep, ent) in enumerate(org):
        rows.append(_row(word, pos, dep, 3 if dep == "pobj" else 4 + len(org) - 1, ent))
    return _rows(*rows, _row(",", "PUNCT", "punct", 1))


def test_apposition_one_plain_word_between_commas_is_a_home_town_not_an_employer(frames_of):
    # "Ann Kerr, of Hartley, said" (the tagger calls the town an organisation)
    doc, frames = frames_of(_set_off_of(("Hartley", "PROPN", "pobj", "B-ORG")))
    assert _roles(doc, frames) == []


def test_apposition_longer_name_or_acronym_between_commas_stays_an_employer(frames_of):
    # "Ann Kerr, of Acme Securities, said" / "Ann Kerr, of IHRC, said"
    longer = _set_off_of(("Acme", "PROPN", "compound", "B-ORG"), ("Securities", "PROPN", "pobj", "I-ORG"))
    doc, frames = frames_of(longer)
    assert _roles(doc, frames) == [("role_member", "member", [("Securities", "")])]
    doc, frames = frames_of(_set_off_of(("IHRC", "PROPN", "pobj", "B-ORG")))
    assert _roles(doc, frames) == [("role_member", "member", [("IHRC", "")])]


# "Jane Doe, the then chair of the Greens, said" / "Jane Doe, the ex-chair of the Greens, said"
def _chair(*qualifier):
    return _rows(
        _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
        _row(",", "PUNCT", "punct", 1), _row("the", "DET", "det", 4 + len(qualifier)),
        *qualifier, _row("chair", "NOUN", "appos", 1), _row("of", "ADP", "prep", 4 + len(qualifier)),
        _row("the", "DET", "det", 7 + len(qualifier)),
        _row("Greens", "PROPN", "pobj", 5 + len(qualifier), "B-NORP"), _row(",", "PUNCT", "punct", 1))


def test_apposition_time_qualifier_of_any_tag_stays_in_the_title(frames_of):
    # "then" is an adverb: dropping it would make a past chair a current one
    doc, frames = frames_of(_chair(_row("then", "ADV", "amod", 5, tag="RB")))
    assert _roles(doc, frames) == [("role_apposition", "then chair", [("Greens", "")])]


def test_apposition_hyphenated_prefix_is_read_once(frames_of):
    doc, frames = frames_of(_chair(_row("ex", "ADJ", "amod", 6), _row("-", "PUNCT", "punct", 6, tag="HYPH")))
    assert _roles(doc, frames) == [("role_apposition", "ex-chair", [("Greens", "")])]


def test_apposition_honorific_before_the_name_is_no_part_of_the_title(doc_of):
    # "Liberal Democrat peer Lord Greaves said": the party is the holder, "Lord" an address
    from extract.triples import triples
    doc = doc_of(_rows(
        _row("Liberal", "ADJ", "amod", 1), _row("Democrat", "PROPN", "compound", 2, "B-NORP"),
        _row("peer", "NOUN", "compound", 4), _row("Lord", "PROPN", "compound", 4),
        _row("Greaves", "PROPN", "nsubj", None, "B-PERSON")))
    roles = [(t.subject.text, t.relation, t.object.text) for t in triples(doc) if t.rule == "role"]
    assert roles == [("Greaves", "peer of", "Liberal Democrat")]


@pytest.mark.parametrize("place, ent, head, kept", [
    ("Toronto", "B-GPE", "lawyer", []), ("Swiss", "B-NORP", "banker", []),
    ("IBM", "B-ORG", "engineer", [("IBM", "")]), ("Ruritania", "B-GPE", "ambassador", [("Ruritania", "")]),
    ("Ruritania", "B-GPE", "ruler", [("Ruritania", "")])])
def test_apposition_place_before_an_occupation_is_no_holder(frames_of, place, ent, head, kept):
    # "Jane Doe, a Toronto lawyer, said": where she works, not whom she serves; an employer
    # ("an IBM engineer") and an office of a state ("a Ruritania ambassador") keep theirs
    doc, frames = frames_of(_rows(
        _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
        _row(",", "PUNCT", "punct", 1), _row("a", "DET", "det", 5), _row(place, "PROPN", "compound", 5, ent),
        _row(head, "NOUN", "appos", 1), _row(",", "PUNCT", "punct", 1)))
    assert _roles(doc, frames) == ([("role_apposition", head, kept)] if kept else [])


# "Leeds protested over India." / "Leeds protested over the India war." / "... the war in India."
_OVER_INDIA = [("Leeds", "PROPN", "NNP", "nsubj", 1, "Leeds", "B-ORG"),
               ("protested", "VERB", "VBD", "ROOT", 1, "protest", "O"),
               ("over", "ADP", "IN", "prep", 1, "over", "O"),
               ("India", "PROPN", "NNP", "pobj", 2, "India", "B-GPE"),
               (".", "PUNCT", ".", "punct", 1, ".", "O")]
_INDIA_WAR = [("Leeds", "PROPN", "NNP", "nsubj", 1, "Leeds", "B-ORG"),
              ("backed", "VERB", "VBD", "ROOT", 1, "back", "O"),
              ("the", "DET", "DT", "det", 4, "the", "O"),
              ("India", "PROPN", "NNP", "compound", 4, "India", "B-GPE"),
              ("war", "NOUN", "NN", "dobj", 1, "war", "O"),
              (".", "PUNCT", ".", "punct", 1, ".", "O")]
_WAR_IN_INDIA = [("Leeds", "PROPN", "NNP", "nsubj", 1, "Leeds", "B-ORG"),
                 ("backed", "VERB", "VBD", "ROOT", 1, "back", "O"),
                 ("the", "DET", "DT", "det", 3, "the", "O"),
                 ("war", "NOUN", "NN", "dobj", 1, "war", "O"),
                 ("in", "ADP", "IN", "prep", 3, "in", "O"),
                 ("India", "PROPN", "NNP", "pobj", 4, "India", "B-GPE"),
                 (".", "PUNCT", ".", "punct", 1, ".", "O")]


@pytest.mark.parametrize("country_rows", [_OVER_INDIA, _INDIA_WAR, _WAR_IN_INDIA])
def test_apposition_a_country_named_as_the_other_side_is_no_state_of_the_office(frames_of, country_rows):
    # a country named only as a topic ("over India") or as a war's theatre ("the India
    # war", "the war in India") is not the state the article's minister serves
    doc, frames = frames_of(_minister_in(country_rows, _DEPUTY_PM))
    assert not [f for f in frames if f.construction == "role_title" and f.arguments]


def _fundraiser(determiner: str, clause: bool):
    """"<determiner> Republican fundraiser Tim Cox appointed left." (a clause after the name:
    the fundraiser whom Cox appointed) or "... fundraiser Tim Cox left." (Cox is the fundraiser)."""
    rows = [(determiner, "DET", "DT", "det", 2, determiner.lower(), "O"),
            ("Republican", "ADJ", "JJ", "amod", 2, "republican", "B-NORP"),
            ("fundraiser", "NOUN", "NN", "compound", 4, "fundraiser", "O"),
            ("Tim", "PROPN", "NNP", "compound", 4, "Tim", "B-PERSON"),
            ("Cox", "PROPN", "NNP", "nsubj", 6 if clause else 5, "Cox", "I-PERSON")]
    if clause:
        rows = [*rows[:4], ("Cox", "PROPN", "NNP", "nsubj", 6, "Cox", "I-PERSON"),
                ("appointed", "VERB", "VBN", "acl", 4, "appoint", "O"),
                ("left", "VERB", "VBD", "ROOT", 6, "leave", "O")]
    else:
        rows = [*rows, ("left", "VERB", "VBD", "ROOT", 5, "leave", "O")]
    return [*rows, (".", "PUNCT", ".", "punct", len(rows) - 1, ".", "O")]


@pytest.mark.parametrize("determiner, clause, titled", [("A", True, False), ("The", True, True), ("A", False, True)])
def test_apposition_an_indefinite_noun_before_a_relative_clause_subject_is_no_title(frames_of, determiner, clause, titled):
    # "A Republican fundraiser Tim Cox appointed left.": Cox appointed the fundraiser
    doc, frames = frames_of(_fundraiser(determiner, clause))
    found = [f for f in frames if f.construction == "role_title" and doc[f.predicate].text == "Cox"]
    assert bool(found and found[0].words) is titled


# "Jane Doe, the chairman of the company, said"
CHAIRMAN_OF_THE_COMPANY = _rows(
    _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
    _row(",", "PUNCT", "punct", 1), _row("the", "DET", "det", 4), _row("chairman", "NOUN", "appos", 1),
    _row("of", "ADP", "prep", 4), _row("the", "DET", "det", 7), _row("company", "NOUN", "pobj", 5),
    _row(",", "PUNCT", "punct", 1))


def test_apposition_of_the_organisation_noun_is_the_holder_not_a_title_word(frames_of):
    # "the Lord President of the court", "the chairman of the company": "of State" (no
    # article) stays a word of the title; "of the company" is whom the title serves
    doc, frames = frames_of(CHAIRMAN_OF_THE_COMPANY)
    assert _roles(doc, frames) == [("role_apposition", "chairman", [("company", "")])]


def test_apposition_of_the_organisation_noun_is_grounded_by_coreference(doc_of):
    from extract.triples import triples
    acme = [("Acme", "PROPN", "NNP", "compound", 1, "acme", "B-ORG"), ("Corp", "PROPN", "NNP", "nsubj", 2, "corp", "I-ORG"),
            ("grew", "VERB", "VBD", "ROOT", 2, "grow", "O"), (".", "PUNCT", ".", "punct", 2, ".", "O")]
    shifted = [(w, p, t, d, h + len(acme), lem, e) for w, p, t, d, h, lem, e in CHAIRMAN_OF_THE_COMPANY]
    roles = [(t.subject.text, t.relation, t.object.text) for t in triples(doc_of(acme + shifted)) if t.rule == "role"]
    assert roles == [("Jane Doe", "chairman of", "Acme Corp")]
    # no organisation in view: coreference abstains, and no fact is made of "company"
    assert not [t for t in triples(doc_of(CHAIRMAN_OF_THE_COMPANY)) if t.rule == "role"]


def _one_of(noun, tag="NNS", lemma=None):
    # "Jane Doe, one of the <noun> of Acme, said"
    rows = _rows(
        _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
        _row(",", "PUNCT", "punct", 1), _row("one", "NUM", "appos", 1, tag="CD"), _row("of", "ADP", "prep", 3),
        _row("the", "DET", "det", 6), _row(noun, "NOUN", "pobj", 4, tag=tag), _row("of", "ADP", "prep", 6),
        _row("Acme", "PROPN", "pobj", 7, "B-ORG"), _row(",", "PUNCT", "punct", 1))
    return [(w, p, t, d, h, lemma if w == noun and lemma else le, e) for w, p, t, d, h, le, e in rows]


def test_apposition_one_of_the_title_holders_holds_the_title(frames_of):
    doc, frames = frames_of(_one_of("directors", lemma="director"))
    assert _roles(doc, frames) == [("role_apposition", "director", [("Acme", "")])]


@pytest.mark.parametrize(("noun", "tag", "lemma"), [("victims", "NNS", "victim"), ("director", "NN", "director")])
def test_apposition_one_of_needs_a_plural_title(frames_of, noun, tag, lemma):
    # "one of the victims of Acme": no title; "one of the director": no plural, a parse slip
    doc, frames = frames_of(_one_of(noun, tag=tag, lemma=lemma))
    assert _roles(doc, frames) == []


# "Ann Lee, managing director, of Acme Corp said"
TITLE_THEN_MEMBER = _rows(
    _row("Ann", "PROPN", "compound", 1, "B-PERSON"), _row("Lee", "PROPN", "nsubj", None, "I-PERSON"),
    _row(",", "PUNCT", "punct", 1), _row("managing", "NOUN", "compound", 4), _row("director", "NOUN", "appos", 1),
    _row(",", "PUNCT", "punct", 1), _row("of", "ADP", "prep", 1), _row("Acme", "PROPN", "compound", 8, "B-ORG"),
    _row("Corp", "PROPN", "pobj", 6, "I-ORG"),
)


def test_apposition_title_between_a_name_and_its_of_phrase_is_the_role(frames_of):
    doc, frames = frames_of(TITLE_THEN_MEMBER)
    roles = _roles(doc, frames)
    assert ("role_apposition", "managing director", [("Corp", "")]) in roles
    assert not [r for r in roles if r[0] == "role_member"]


# "Jane Doe, a lawyer and director of the Acme Trust, said": an occupation joined to an office
# holds nothing of the office's organisation (issue 10 precision round 13, class 4)
OCCUPATION_AND_OFFICE = _rows(
    _row("Jane", "PROPN", "compound", 1, "B-PERSON"), _row("Doe", "PROPN", "nsubj", None, "I-PERSON"),
    _row(",", "PUNCT", "punct", 1), _row("a", "DET", "det", 4), _row("lawyer", "NOUN", "appos", 1),
    _row("and", "CCONJ", "cc", 4, tag="CC"), _row("director", "NOUN", "conj", 4), _row("of", "ADP", "prep", 6),
    _row("the", "DET", "det", 10, "B-ORG"), _row("Acme", "PROPN", "compound", 10, "I-ORG"),
    _row("Trust", "PROPN", "pobj", 7, "I-ORG"), _row(",", "PUNCT", "punct", 1),
)
# "Jane Doe, a director and spokesperson of the Acme Trust, said": two offices share it
OFFICE_AND_OFFICE = [r if r[0] != "lawyer" else ("director", *r[1:5], "director", r[6]) for r in OCCUPATION_AND_OFFICE]
OFFICE_AND_OFFICE = [r if r[0] != "director" or r[3] != "conj" else ("spokesperson", *r[1:5], "spokesperson", r[6])
                     for r in OFFICE_AND_OFFICE]


def test_apposition_occupation_joined_to_an_office_takes_no_holder(frames_of):
    assert _roles(*frames_of(OCCUPATION_AND_OFFICE)) == [("role_apposition", "director", [("Trust", "")])]


def test_apposition_two_offices_joined_share_the_holder(frames_of):
    assert _roles(*frames_of(OFFICE_AND_OFFICE)) == [("role_apposition", "director", [("Trust", "")]),
                                                     ("role_apposition", "spokesperson", [("Trust", "")])]


# "Report co-author Tom Ray of the Acme Institute said": the "of" phrase after the name is the
# person's affiliation, not what the part before the name is held for
COAUTHOR_OF = _rows(
    _row("report", "NOUN", "compound", 1), _row("co-author", "NOUN", "compound", 3),
    _row("Tom", "PROPN", "compound", 3, "B-PERSON"), _row("Ray", "PROPN", "nsubj", None, "I-PERSON"),
    _row("of", "ADP", "prep", 3), _row("the", "DET", "det", 7, "B-ORG"), _row("Acme", "PROPN", "compound", 7, "I-ORG"),
    _row("Institute", "PROPN", "pobj", 4, "I-ORG"),
)
# "Spokesman Tom Ray of the Acme Institute said": an office takes it
SPOKESMAN_OF = [("Spokesman", "NOUN", "NN", "compound", 3, "spokesman", "O"), *COAUTHOR_OF[2:]]


def test_apposition_of_phrase_after_a_name_is_an_affiliation_for_an_occupation(frames_of):
    assert _roles(*frames_of(COAUTHOR_OF)) == [("role_member", "member", [("Institute", "")])]


def test_apposition_of_phrase_after_a_name_serves_an_office_before_it(frames_of):
    rows = [(w, p, t, d, h - 1, l, e) for w, p, t, d, h, l, e in SPOKESMAN_OF]  # one word fewer
    assert _roles(*frames_of(rows)) == [("role_title", "spokesman", [("Institute", "")])]


GREENS_THEN_LEADER = [  # The Greens lost seats. But leader Ann Lee stayed.
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("Greens", "PROPN", "NNPS", "nsubj", 2, "Greens", "B-NORP"),
    ("lost", "VERB", "VBD", "ROOT", 2, "lose", "O"),
    ("seats", "NOUN", "NNS", "dobj", 2, "seat", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
    ("But", "CCONJ", "CC", "cc", 9, "but", "O"),
    ("leader", "NOUN", "NN", "compound", 8, "leader", "O"),
    ("Ann", "PROPN", "NNP", "compound", 8, "Ann", "B-PERSON"),
    ("Lee", "PROPN", "NNP", "nsubj", 9, "Lee", "I-PERSON"),
    ("stayed", "VERB", "VBD", "ROOT", 9, "stay", "O"),
    (".", "PUNCT", ".", "punct", 9, ".", "O"),
]


def _role_facts(doc):
    from extract.triples import triples
    return [(t.subject.text, t.relation, t.object.text) for t in triples(doc) if t.rule == "role"]


def test_apposition_bare_organisation_title_is_held_for_the_body_the_last_sentence_is_about(doc_of):
    assert _role_facts(doc_of(GREENS_THEN_LEADER)) == [("Ann Lee", "leader of", "Greens")]


@pytest.mark.parametrize("index, changes", [
    # "The Greens lost seats to Labour.": two bodies named, either may be Lee's
    (3, {"word": "Labour", "pos": "PROPN", "tag": "NNP", "dep": "dobj", "lemma": "Labour", "ent": "B-ORG"}),
    (6, {"word": "judge", "lemma": "judge"}),  # "judge Ann Lee": no title inside an organisation
    (5, {"word": "the", "pos": "DET", "tag": "DT", "dep": "det", "head": 6, "lemma": "the"}),  # "the leader": no bare title
    (1, {"ent": "B-GPE"}),  # a place the sentence is about holds no party's leader
])
def test_apposition_bare_organisation_title_abstains_unless_one_body_fits(doc_of, index, changes):
    rows = list(GREENS_THEN_LEADER)
    fields = ("word", "pos", "tag", "dep", "head", "lemma", "ent")
    row = dict(zip(fields, rows[index]))
    row.update(changes)
    rows[index] = tuple(row[f] for f in fields)
    assert _role_facts(doc_of(rows)) == []
