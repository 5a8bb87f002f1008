"""Canonical concept phrases (extract.concepts) on hand-built parses."""
from __future__ import annotations

import pytest

from extract.concepts import (EMPTY_NOUNS, anaphoric, canonical_word, concept_mention, concept_phrase, counted, empty_event,
                              generic, instance, singular, unspecified)
from extract.types import CONCEPT, Mention


def phrase(doc_of, rows, head: str):
    doc = doc_of(rows)
    (token,) = [t for t in doc if t.text == head]
    found = concept_phrase(token)
    return found[0] if found else None


def np(*words):
    """Rows of one noun phrase as the object of "X saw ...": (word, pos, tag, dep) per word,
    the last being the head; every other word hangs on the head."""
    head = len(words) + 1
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("saw", "VERB", "VBD", "ROOT", 1, "see", "O")]
    for word, pos, tag, dep, *lemma in words[:-1]:
        rows.append((word, pos, tag, dep, head, lemma[0] if lemma else word.lower(), "O"))
    word, pos, tag, _dep, *lemma = words[-1]
    rows.append((word, pos, tag, "dobj", 1, lemma[0] if lemma else word.lower(), "O"))
    rows.append((".", "PUNCT", ".", "punct", 1, ".", "O"))
    return rows, word


@pytest.mark.parametrize("words, expected", [
    ([("most", "ADJ", "JJS", "amod"), ("flowering", "VERB", "VBG", "amod"), ("crops", "NOUN", "NNS", "", "crop")],
     "flowering crop"),
    ([("the", "DET", "DT", "det"), ("honey", "NOUN", "NN", "compound"), ("bees", "NOUN", "NNS", "", "bee")],
     "honey bee"),
    ([("food", "NOUN", "NN", "compound"), ("supply", "NOUN", "NN", "")], "food supply"),
    ([("a", "DET", "DT", "det"), ("new", "ADJ", "JJ", "amod"), ("ledger", "NOUN", "NN", "")], "ledger"),
    ([("French", "ADJ", "JJ", "amod"), ("educators", "NOUN", "NNS", "", "educator")], "French educator"),
    ([("Polish", "ADJ", "JJ", "amod"), ("MEPs", "NOUN", "NNS", "", "mep")], "Polish MEPs"),
    ([("three", "NUM", "CD", "nummod"), ("colonies", "NOUN", "NNS", "", "colony")], "colony"),
])
def test_concept_phrase_is_head_lemma_with_specific_modifiers(doc_of, words, expected):
    rows, head = np(*words)
    assert phrase(doc_of, rows, head) == expected


@pytest.mark.parametrize("word, tag", [("thing", "NN"), ("way", "NN"), ("lot", "NN"), ("kind", "NN"),
                                       ("part", "NN"), ("it", "PRP"), ("this", "DT"), ("2008", "CD")])
def test_empty_words_are_no_concept(doc_of, word, tag):
    pos = {"PRP": "PRON", "DT": "DET", "CD": "NUM"}.get(tag, "NOUN")
    rows, head = np((word, pos, tag, ""))
    assert phrase(doc_of, rows, head) is None


def test_empty_noun_hands_on_to_its_of_phrase(doc_of):
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("used", "VERB", "VBD", "ROOT", 1, "use", "O"),
            ("large", "ADJ", "JJ", "amod", 3, "large", "O"), ("amounts", "NOUN", "NNS", "dobj", 1, "amount", "O"),
            ("of", "ADP", "IN", "prep", 3, "of", "O"), ("electricity", "NOUN", "NN", "pobj", 4, "electricity", "O"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert phrase(doc_of, rows, "amounts") == "electricity"


def test_bare_head_keeps_a_short_of_complement(doc_of):
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("uses", "VERB", "VBZ", "ROOT", 1, "use", "O"),
            ("proof", "NOUN", "NN", "dobj", 1, "proof", "O"), ("of", "ADP", "IN", "prep", 2, "of", "O"),
            ("work", "NOUN", "NN", "pobj", 3, "work", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert phrase(doc_of, rows, "proof") == "proof of work"


def test_sentence_initial_capital_is_lowered_unless_a_name(doc_of):
    rows = [("Worker", "PROPN", "NNP", "compound", 1, "Worker", "O"), ("bees", "NOUN", "NNS", "nsubj", 2, "bee", "O"),
            ("collect", "VERB", "VBP", "ROOT", 2, "collect", "O"), ("nectar", "NOUN", "NN", "dobj", 2, "nectar", "O"),
            (".", "PUNCT", ".", "punct", 2, ".", "O")]
    assert phrase(doc_of, rows, "bees") == "worker bee"


@pytest.mark.parametrize("plural, single", [("colonies", "colony"), ("cryptocurrencies", "cryptocurrency"),
                                            ("species", "species"), ("mice", "mouse")])
def test_singular_of_plural_noun(plural, single):
    assert singular(plural, plural) == single


def test_canonical_word_keeps_names_and_acronyms():
    assert canonical_word("DNA", "dna", "NN") == "DNA"
    assert canonical_word("Athens", "Athens", "NNP") == "Athens"
    assert canonical_word("Crops", "crop", "NNS") == "crop"


def test_empty_noun_list_is_general_english():
    assert {"thing", "way", "part", "lot", "kind"} <= EMPTY_NOUNS


def head_of(doc_of, *words):
    rows, head = np(*words)
    (token,) = [t for t in doc_of(rows) if t.text == head]
    return token


@pytest.mark.parametrize("words", [
    [("the", "DET", "DT", "det"), ("device", "NOUN", "NN", "")],
    [("its", "PRON", "PRP$", "poss"), ("console", "NOUN", "NN", "")],
    [("this", "DET", "DT", "det"), ("robot", "NOUN", "NN", "")],
    [("the", "DET", "DT", "det"), ("entertainment", "NOUN", "NN", "compound"), ("device", "NOUN", "NN", "")],
])
def test_definite_or_possessive_singular_is_anaphoric(doc_of, words):
    assert anaphoric(head_of(doc_of, *words))


@pytest.mark.parametrize("words", [
    [("bees", "NOUN", "NNS", "", "bee")],
    [("electricity", "NOUN", "NN", "")],
    [("the", "DET", "DT", "det"), ("devices", "NOUN", "NNS", "", "device")],
    [("a", "DET", "DT", "det"), ("device", "NOUN", "NN", "")],
    [("the", "DET", "DT", "det"), ("Cell", "PROPN", "NNP", "compound"), ("processor", "NOUN", "NN", "")],
    [("the", "DET", "DT", "det"), ("oldest", "ADJ", "JJS", "amod"), ("gadget", "NOUN", "NN", "")],
])
def test_kinds_names_and_superlatives_are_not_anaphoric(doc_of, words):
    assert not anaphoric(head_of(doc_of, *words))


def test_a_complement_says_which_thing_a_definite_is(doc_of):
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("saw", "VERB", "VBD", "ROOT", 1, "see", "O"),
            ("the", "DET", "DT", "det", 3, "the", "O"), ("capital", "NOUN", "NN", "dobj", 1, "capital", "O"),
            ("of", "ADP", "IN", "prep", 3, "of", "O"), ("France", "PROPN", "NNP", "pobj", 4, "France", "B-GPE"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    (token,) = [t for t in doc_of(rows) if t.text == "capital"]
    assert not anaphoric(token)


@pytest.mark.parametrize("words, empty", [
    ([("a", "DET", "DT", "det"), ("rise", "NOUN", "NN", "")], True),
    ([("sale", "NOUN", "NN", "")], True),
    ([("an", "DET", "DT", "det"), ("announcement", "NOUN", "NN", "")], True),
    ([("a", "DET", "DT", "det"), ("queen", "NOUN", "NN", "")], False),
    ([("information", "NOUN", "NN", "")], False),
    ([("crops", "NOUN", "NNS", "", "crop")], False),
])
def test_bare_event_or_measure_noun_is_empty(doc_of, words, empty):
    assert empty_event(head_of(doc_of, *words), 1) is empty


def test_event_noun_with_a_specific_modifier_is_kept(doc_of):
    token = head_of(doc_of, ("price", "NOUN", "NN", "compound"), ("rise", "NOUN", "NN", ""))
    assert not empty_event(token, 2)


def test_negating_head_stays_in_the_concept(doc_of):
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("means", "VERB", "VBZ", "ROOT", 1, "mean", "O"),
            ("the", "DET", "DT", "det", 3, "the", "O"), ("end", "NOUN", "NN", "dobj", 1, "end", "O"),
            ("of", "ADP", "IN", "prep", 3, "of", "O"), ("the", "DET", "DT", "det", 7, "the", "O"),
            ("mass-mailing", "NOUN", "NN", "compound", 7, "mass-mailing", "O"),
            ("virus", "NOUN", "NN", "pobj", 4, "virus", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert phrase(doc_of, rows, "end") == "end of mass-mailing virus"
    # a quantity still hands on: only a negating head stays
    rows[3] = ("amounts", "NOUN", "NNS", "dobj", 1, "amount", "O")
    assert phrase(doc_of, rows, "amounts") == "mass-mailing virus"


def test_ordinal_stays_with_its_compound(doc_of):
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("sells", "VERB", "VBZ", "ROOT", 1, "sell", "O"),
            ("third", "ADJ", "JJ", "amod", 3, "third", "B-ORDINAL"), ("generation", "NOUN", "NN", "nmod", 5, "generation", "O"),
            ("mobile", "ADJ", "JJ", "amod", 5, "mobile", "O"), ("phones", "NOUN", "NNS", "dobj", 1, "phone", "O"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert phrase(doc_of, rows, "phones") == "third generation mobile phone"


def test_ordinal_after_an_article_picks_one_and_is_dropped(doc_of):
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("saw", "VERB", "VBD", "ROOT", 1, "see", "O"),
            ("the", "DET", "DT", "det", 4, "the", "O"), ("third", "ADJ", "JJ", "amod", 4, "third", "B-ORDINAL"),
            ("robot", "NOUN", "NN", "dobj", 1, "robot", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert phrase(doc_of, rows, "robot") == "robot"
    rows[2] = ("saw", "VERB", "VBD", "dep", 1, "see", "O")  # no article: the ordinal names a kind
    assert phrase(doc_of, rows, "robot") == "third robot"


@pytest.mark.parametrize("words, is_generic", [
    ([("the", "DET", "DT", "det"), ("company", "NOUN", "NN", "")], True),
    ([("users", "NOUN", "NNS", "", "user")], True),
    ([("the", "DET", "DT", "det"), ("ability", "NOUN", "NN", "")], True),
    ([("PC", "NOUN", "NN", "compound"), ("users", "NOUN", "NNS", "", "user")], False),
    ([("the", "DET", "DT", "det"), ("immune", "ADJ", "JJ", "amod"), ("system", "NOUN", "NN", "")], False),
    ([("new", "ADJ", "JJ", "amod"), ("technology", "NOUN", "NN", "")], True),  # "new" specifies nothing
    ([("honey", "NOUN", "NN", "compound"), ("bees", "NOUN", "NNS", "", "bee")], False),
    ([("pesticides", "NOUN", "NNS", "", "pesticide")], False),
])
def test_generic_concept_is_a_generic_head_without_a_specific_modifier(doc_of, words, is_generic):
    rows, head = np(*words)
    doc = doc_of(rows)
    (token,) = [t for t in doc if t.text == head]
    mention = concept_mention(token, "d", 0)
    assert generic(mention) is is_generic


def test_capitalised_word_of_a_name_is_kept_even_when_it_is_an_empty_adjective(doc_of):
    rows, head = np(("High", "PROPN", "NNP", "compound"), ("Speed", "PROPN", "NNP", "compound"),
                    ("Access", "PROPN", "NNP", ""))
    assert phrase(doc_of, rows, head) == "High Speed Access"
    rows, head = np(("high", "ADJ", "JJ", "amod"), ("speed", "NOUN", "NN", "compound"), ("access", "NOUN", "NN", ""))
    assert phrase(doc_of, rows, head) == "speed access"


def test_adjective_before_a_hyphenated_participle_stays(doc_of):
    """"blue laser-based technology": the noun inside "laser-based" is the participle's
    adverbial, so the compound is one modifier and "blue" before it is kept."""
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("uses", "VERB", "VBZ", "ROOT", 1, "use", "O"),
            ("blue", "ADJ", "JJ", "amod", 6, "blue", "O"), ("laser", "NOUN", "NN", "npadvmod", 5, "laser", "O"),
            ("-", "PUNCT", "HYPH", "punct", 5, "-", "O"), ("based", "VERB", "VBN", "amod", 6, "base", "O"),
            ("technology", "NOUN", "NN", "dobj", 1, "technology", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert phrase(doc_of, rows, "technology") == "blue laser-based technology"
    rows[2] = ("the", "DET", "DT", "det", 6, "the", "O")
    assert phrase(doc_of, rows, "technology") == "laser-based technology"


# ---------------------------------------------------------------- round 5: spans and empty heads

FOUR_STAR = [('Old', 'ADJ', 'JJ', 'amod', 1, 'old', 'O'), ('engines', 'NOUN', 'NNS', 'nsubj', 2, 'engine', 'O'),
             ('ran', 'VERB', 'VBD', 'ROOT', 2, 'run', 'O'), ('on', 'ADP', 'IN', 'prep', 2, 'on', 'O'),
             ('four', 'NUM', 'CD', 'nummod', 6, 'four', 'B-CARDINAL'), ('star', 'NOUN', 'NN', 'compound', 6, 'star', 'O'),
             ('petrol', 'NOUN', 'NN', 'pobj', 3, 'petrol', 'O'), ('.', 'PUNCT', '.', 'punct', 2, '.', 'O')]
"""Old engines ran on four star petrol."""


def test_number_before_a_singular_noun_modifier_of_a_singular_head_is_the_modifiers(doc_of):
    assert phrase(doc_of, FOUR_STAR, "petrol") == "four star petrol"
    # "three rescue workers": a plural head is counted, the number is no part of the concept
    rows, head = np(("three", "NUM", "CD", "nummod"), ("rescue", "NOUN", "NN", "compound"),
                    ("workers", "NOUN", "NNS", "", "worker"))
    assert phrase(doc_of, rows, head) == "rescue worker"


def test_noun_modifier_keeps_its_own_adjective(doc_of):
    rows = [('A', 'DET', 'DT', 'det', 4, 'a', 'O'), ('next', 'ADJ', 'JJ', 'amod', 2, 'next', 'O'),
            ('generation', 'NOUN', 'NN', 'compound', 4, 'generation', 'O'),
            ('battery', 'NOUN', 'NN', 'compound', 4, 'battery', 'O'),
            ('technology', 'NOUN', 'NN', 'nsubj', 5, 'technology', 'O'), ('won', 'VERB', 'VBD', 'ROOT', 5, 'win', 'O'),
            ('an', 'DET', 'DT', 'det', 7, 'an', 'O'), ('award', 'NOUN', 'NN', 'dobj', 5, 'award', 'O'),
            ('.', 'PUNCT', '.', 'punct', 5, '.', 'O')]
    assert phrase(doc_of, rows, "technology") == "next generation battery technology"
    # "a new battery technology": an adjective of the head itself is still left out
    rows[1] = ('new', 'ADJ', 'JJ', 'amod', 4, 'new', 'O')
    assert phrase(doc_of, rows, "technology") == "generation battery technology"


def test_word_broken_at_its_hyphen_stays_whole(vocab):
    from spacy.tokens import Doc
    words = ["Firms", "announced", "lower", "-", "cost", "sensors", "."]
    spaces = [True, True, False, True, True, False, False]
    doc = Doc(vocab, words=words, spaces=spaces, pos=["NOUN", "VERB", "ADJ", "PUNCT", "NOUN", "NOUN", "PUNCT"],
              tags=["NNS", "VBD", "JJR", "HYPH", "NN", "NNS", "."],
              deps=["nsubj", "ROOT", "amod", "punct", "compound", "dobj", "punct"],
              heads=[1, 1, 5, 4, 5, 1, 1], lemmas=["firm", "announce", "low", "-", "cost", "sensor", "."])
    assert doc.text == "Firms announced lower- cost sensors."
    assert concept_phrase(doc[5])[0] == "lower-cost sensor"


@pytest.mark.parametrize("words, expected", [
    # partitives hand on to their "of" phrase, evaluative adjectives say nothing of the kind
    ([("vast", "ADJ", "JJ", "amod"), ("quantities", "NOUN", "NNS", "", "quantity")], None),
    ([("a", "DET", "DT", "det"), ("significant", "ADJ", "JJ", "amod"), ("chunk", "NOUN", "NN", "")], None),
    ([("an", "DET", "DT", "det"), ("odd", "ADJ", "JJ", "amod"), ("mix", "NOUN", "NN", "")], None),
    ([("bumper", "ADJ", "JJ", "amod"), ("harvests", "NOUN", "NNS", "", "harvest")], "harvest"),
    ([("a", "DET", "DT", "det"), ("good", "ADJ", "JJ", "amod"), ("compromise", "NOUN", "NN", "")], "compromise"),
])
def test_partitive_heads_are_empty_and_evaluative_adjectives_dropped(doc_of, words, expected):
    rows, head = np(*words)
    assert phrase(doc_of, rows, head) == expected


def test_partitive_head_hands_on_to_its_of_phrase(doc_of):
    rows = [('Engines', 'NOUN', 'NNS', 'nsubj', 1, 'engine', 'O'), ('burned', 'VERB', 'VBD', 'ROOT', 1, 'burn', 'O'),
            ('vast', 'ADJ', 'JJ', 'amod', 3, 'vast', 'O'), ('quantities', 'NOUN', 'NNS', 'dobj', 1, 'quantity', 'O'),
            ('of', 'ADP', 'IN', 'prep', 3, 'of', 'O'), ('oil', 'NOUN', 'NN', 'pobj', 4, 'oil', 'O'),
            ('.', 'PUNCT', '.', 'punct', 1, '.', 'O')]
    assert phrase(doc_of, rows, "quantities") == "oil"


def test_counted_one_word_concept_is_a_measure(doc_of):
    rows, head = np(("three", "NUM", "CD", "compound"), ("million", "NUM", "CD", "nummod"),
                    ("copies", "NOUN", "NNS", "", "copy"))
    rows[3] = ("million", "NUM", "CD", "nummod", 4, "million", "O")
    doc = doc_of(rows)
    assert counted(doc[4], 1)
    assert not counted(doc[4], 2)  # "three million gold coins": the concept says what was counted
    plain, head = np(("copies", "NOUN", "NNS", "", "copy"))
    assert not counted(doc_of(plain)[2], 1)


@pytest.mark.parametrize("word", ["finding", "compromise", "crowd", "title"])
def test_round5_generic_heads(word):
    assert generic(Mention("d", word, CONCEPT, 0, len(word)))
    assert not generic(Mention("d", f"research {word}", CONCEPT, 0, 9 + len(word)))


def test_rival_format_is_a_generic_stand_in(doc_of):
    rows, head = np(("a", "DET", "DT", "det"), ("rival", "ADJ", "JJ", "amod"), ("format", "NOUN", "NN", ""))
    assert phrase(doc_of, rows, head) == "format"
    assert generic(Mention("d", "format", CONCEPT, 0, 6))
    assert not generic(Mention("d", "video format", CONCEPT, 0, 12))


@pytest.mark.parametrize("words, expected", [
    ([("the", "DET", "DT", "det"), ("bill", "NOUN", "NN", None)], True),
    ([("this", "DET", "DT", "det"), ("trick", "NOUN", "NN", None)], True),
    ([("a", "DET", "DT", "det"), ("device", "NOUN", "NN", None)], True),
    ([("its", "PRON", "PRP$", "poss"), ("doors", "NOUN", "NNS", None)], True),
    ([("the", "DET", "DT", "det"), ("allies", "NOUN", "NNS", None)], False),  # the ones of the text
    ([("some", "DET", "DT", "det"), ("allies", "NOUN", "NNS", None)], False),  # some of a kind
    ([("digits", "NOUN", "NNS", None)], False),  # a bare plural is a kind
    ([("electricity", "NOUN", "NN", None)], False),  # a mass noun is a kind
    ([("the", "DET", "DT", "det"), ("oldest", "ADJ", "JJS", "amod"), ("gadget", "NOUN", "NN", None)], False),
])
def test_instance_is_a_one_word_noun_written_as_one_unnamed_thing(doc_of, words, expected):
    rows, head = np(*words)
    (token,) = [t for t in doc_of(rows) if t.text == head]
    assert instance(token, 1) is expected


def test_instance_needs_one_word_and_no_predicate_position(doc_of):
    rows, head = np(("the", "DET", "DT", "det"), ("patent", "NOUN", "NN", "compound"), ("bill", "NOUN", "NN", None))
    (token,) = [t for t in doc_of(rows) if t.text == head]
    assert instance(token, 2) is False  # "the patent bill": the modifier says which
    rows = [("Painkiller", "PROPN", "NNP", "nsubj", 1, "Painkiller", "B-PRODUCT"), ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
            ("a", "DET", "DT", "det", 3, "a", "O"), ("game", "NOUN", "NN", "attr", 1, "game", "O"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert instance(doc_of(rows)[3], 1) is False  # "is a game": the kind it is


def test_instance_is_not_a_noun_its_restrictive_clause_picks_out(doc_of):
    rows = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("saw", "VERB", "VBD", "ROOT", 1, "see", "O"),
            ("the", "DET", "DT", "det", 3, "the", "O"), ("server", "NOUN", "NN", "dobj", 1, "server", "O"),
            ("that", "PRON", "WDT", "nsubj", 5, "that", "O"), ("links", "VERB", "VBZ", "relcl", 3, "link", "O"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert instance(doc_of(rows)[3], 1) is False  # "the server that links": which one it is
    rows[4:6] = [(",", "PUNCT", ",", "punct", 3, ",", "O"), ("which", "PRON", "WDT", "nsubj", 6, "which", "O"),
                 ("links", "VERB", "VBZ", "relcl", 3, "link", "O")]
    rows[-1] = (".", "PUNCT", ".", "punct", 1, ".", "O")
    assert instance(doc_of(rows)[3], 1) is True  # "the server, which links": a comment on one known


@pytest.mark.parametrize("det, expected", [("The", None), ("A", "mobile user")])
def test_the_number_of_a_thing_is_a_measure_a_number_of_them_is_the_things(doc_of, det, expected):
    rows = [(det, "DET", "DT", "det", 1, det.lower(), "O"), ("number", "NOUN", "NN", "nsubj", 5, "number", "O"),
            ("of", "ADP", "IN", "prep", 1, "of", "O"), ("mobile", "ADJ", "JJ", "amod", 4, "mobile", "O"),
            ("users", "NOUN", "NNS", "pobj", 2, "user", "O"), ("rose", "VERB", "VBD", "ROOT", 5, "rise", "O"),
            (".", "PUNCT", ".", "punct", 5, ".", "O")]
    assert phrase(doc_of, rows, "number") == expected


def test_container_without_an_of_phrase_is_no_concept(doc_of):
    rows, head = np(("a", "DET", "DT", "det"), ("list", "NOUN", "NN", ""))
    assert phrase(doc_of, rows, head) is None


def test_a_list_item_before_a_comma_is_no_modifier(doc_of):
    # "There are shoot-em-ups, adventure games": the parse hangs the first item on the second
    rows = [("There", "PRON", "EX", "expl", 1, "there", "O"), ("are", "VERB", "VBP", "ROOT", 1, "be", "O"),
            ("shoot", "NOUN", "NN", "nmod", 9, "shoot", "O"), ("-", "PUNCT", "HYPH", "punct", 2, "-", "O"),
            ("em", "NOUN", "NN", "dobj", 2, "em", "O"), ("-", "PUNCT", "HYPH", "punct", 4, "-", "O"),
            ("ups", "NOUN", "NNS", "conj", 2, "up", "O"), (",", "PUNCT", ",", "punct", 6, ",", "O"),
            ("adventure", "NOUN", "NN", "compound", 9, "adventure", "O"),
            ("games", "NOUN", "NNS", "attr", 1, "game", "O"), (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert phrase(doc_of, rows, "games") == "adventure game"
    rows[7] = ("-", "PUNCT", "HYPH", "punct", 6, "-", "O")  # no comma: the compound is one modifier
    assert phrase(doc_of, rows, "games") != "adventure game"


def _saw(*rows):
    """X saw [rows]: each (word, pos, tag, dep, head offset from the object's first word, ent)."""
    out = [("X", "PROPN", "NNP", "nsubj", 1, "X", "B-PERSON"), ("saw", "VERB", "VBD", "ROOT", 1, "see", "O")]
    for word, pos, tag, dep, head, ent in rows:
        out.append((word, pos, tag, dep, 1 if dep == "dobj" else head + 2, word.lower(), ent))
    return out + [(".", "PUNCT", ".", "punct", 1, ".", "O")]


def _unspecified(doc_of, rows, head):
    doc = doc_of(rows)
    (token,) = [t for t in doc if t.text == head]
    return unspecified(token, concept_phrase(token)[0])


@pytest.mark.parametrize("rows, head, expected", [
    # "an annual 66% growth rate": the figure is what the rate is
    (_saw(("an", "DET", "DT", "det", 4, "O"), ("66", "NUM", "CD", "nummod", 2, "B-PERCENT"),
          ("%", "NOUN", "NN", "compound", 4, "I-PERCENT"), ("growth", "NOUN", "NN", "compound", 4, "O"),
          ("rate", "NOUN", "NN", "dobj", 0, "O")), "rate", True),
    (_saw(("the", "DET", "DT", "det", 2, "O"), ("interest", "NOUN", "NN", "compound", 2, "O"),
          ("rate", "NOUN", "NN", "dobj", 0, "O")), "rate", False),
    (_saw(("revenue", "NOUN", "NN", "dobj", 0, "O"), ("from", "ADP", "IN", "prep", 0, "O"),
          ("sales", "NOUN", "NNS", "pobj", 1, "O")), "revenue", True),
    (_saw(("the", "DET", "DT", "det", 2, "O"), ("top", "ADJ", "JJ", "amod", 2, "O"),
          ("spot", "NOUN", "NN", "dobj", 0, "O")), "spot", True),
    (_saw(("the", "DET", "DT", "det", 2, "O"), ("top", "ADJ", "JJ", "amod", 2, "O"),
          ("job", "NOUN", "NN", "dobj", 0, "O")), "job", False),  # no dependent noun
])
def test_a_dependent_noun_without_what_specifies_it_is_unspecified(doc_of, rows, head, expected):
    assert _unspecified(doc_of, rows, head) is expected


def test_a_dependent_noun_keeps_the_figure_of_its_of_phrase(doc_of):
    rows = _saw(("speeds", "NOUN", "NNS", "dobj", 0, "O"), ("of", "ADP", "IN", "prep", 0, "O"),
                ("70.72", "NUM", "CD", "nummod", 3, "B-CARDINAL"), ("teraflops", "NOUN", "NNS", "pobj", 1, "O"))
    assert phrase(doc_of, rows, "speeds") == "speed of 70.72 teraflops"
    assert _unspecified(doc_of, rows, "speeds") is False
    rows[2] = ("models", "NOUN", "NNS", "dobj", 1, "model", "O")  # no dependent noun: no figure kept
    assert phrase(doc_of, rows, "models") == "model of teraflops"


@pytest.mark.parametrize("words, expected", [
    # round 14: a plural-only noun keeps its plural, a fixed phrase its otherwise empty adjective
    ([("current", "ADJ", "JJ", "amod"), ("affairs", "NOUN", "NNS", "", "affair")], "current affairs"),
    ([("stolen", "VERB", "VBN", "amod"), ("goods", "NOUN", "NNS", "", "good")], "stolen goods"),
    ([("current", "ADJ", "JJ", "amod"), ("prices", "NOUN", "NNS", "", "price")], "price"),
    ([("love", "NOUN", "NN", "compound"), ("affairs", "NOUN", "NNS", "", "affair")], "love affairs"),
    ([("high", "ADJ", "JJ", "amod"), ("street", "NOUN", "NN", "")], "high street"),
    ([("high", "ADJ", "JJ", "amod"), ("prices", "NOUN", "NNS", "", "price")], "price"),
])
def test_plural_only_nouns_and_fixed_phrases_keep_their_form(doc_of, words, expected):
    rows, head = np(*words)
    assert phrase(doc_of, rows, head) == expected


THANKS_TO = [
    ('Racing', 'NOUN', 'NN', 'nsubj', 1, 'racing', 'O'),
    ('is', 'AUX', 'VBZ', 'ROOT', 1, 'be', 'O'),
    ('now', 'ADV', 'RB', 'advmod', 1, 'now', 'O'),
    ('possible', 'ADJ', 'JJ', 'amod', 4, 'possible', 'O'),
    ('thanks', 'NOUN', 'NNS', 'attr', 1, 'thank', 'O'),
    ('to', 'ADP', 'IN', 'prep', 4, 'to', 'O'),
    ('new', 'ADJ', 'JJ', 'amod', 7, 'new', 'O'),
    ('technology', 'NOUN', 'NN', 'pobj', 5, 'technology', 'O'),
    ('.', 'PUNCT', '.', 'punct', 1, '.', 'O'),
]
"""Racing is now possible thanks to new technology."""


def test_a_noun_of_a_compound_preposition_is_no_concept(doc_of):
    assert phrase(doc_of, THANKS_TO, "thanks") is None
    assert phrase(doc_of, THANKS_TO, "technology") == "technology"
    # "thanks" not followed by its preposition is a noun like any other
    rows = [r if r[0] != "to" else ("for", "ADP", "IN", "prep", 4, "for", "O") for r in THANKS_TO]
    assert phrase(doc_of, rows, "thanks") == "thanks"


GADGET_OF_CHOICE = [
    ('MP3', 'NOUN', 'NN', 'compound', 1, 'mp3', 'O'),
    ('players', 'NOUN', 'NNS', 'nsubj', 2, 'player', 'O'),
    ('are', 'AUX', 'VBP', 'ROOT', 2, 'be', 'O'),
    ('the', 'DET', 'DT', 'det', 4, 'the', 'O'),
    ('gadget', 'NOUN', 'NN', 'attr', 2, 'gadget', 'O'),
    ('of', 'ADP', 'IN', 'prep', 4, 'of', 'O'),
    ('choice', 'NOUN', 'NN', 'pobj', 5, 'choice', 'O'),
    ('.', 'PUNCT', '.', 'punct', 2, '.', 'O'),
]
"""MP3 players are the gadget of choice."""


def test_a_noun_of_an_of_idiom_is_no_concept(doc_of):
    assert phrase(doc_of, GADGET_OF_CHOICE, "gadget") is None
    # "of the choice" is no idiom: the noun stays
    rows = GADGET_OF_CHOICE[:6] + [('the', 'DET', 'DT', 'det', 7, 'the', 'O'),
                                   ('choice', 'NOUN', 'NN', 'pobj', 5, 'choice', 'O'),
                                   ('.', 'PUNCT', '.', 'punct', 2, '.', 'O')]
    assert phrase(doc_of, rows, "gadget") == "gadget"


@pytest.mark.parametrize("words, expected", [
    ([("these", "DET", "DT", "det"), ("questions", "NOUN", "NNS", "", "question")], None),
    ([("third", "ADJ", "JJ", "amod"), ("entry", "NOUN", "NN", "")], None),
    ([("tough", "ADJ", "JJ", "amod"), ("questions", "NOUN", "NNS", "", "question")], None),
])
def test_an_entry_or_a_question_alone_is_no_concept(doc_of, words, expected):
    rows, head = np(*words)
    assert phrase(doc_of, rows, head) == expected


DASH_GLOSS = [
    ("X", "PROPN", "NNP", "nsubj", 1, "X", "B-ORG"),
    ("recognises", "VERB", "VBZ", "ROOT", 1, "recognise", "O"),
    ("web", "NOUN", "NN", "compound", 3, "web", "O"),
    ("logs", "NOUN", "NNS", "nmod", 6, "log", "O"),
    ("–", "PUNCT", ":", "punct", 5, "–", "O"),
    ("online", "ADJ", "JJ", "advmod", 3, "online", "O"),
    ("diaries", "NOUN", "NNS", "dobj", 1, "diary", "O"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
"""X recognises web logs – online diaries. (the parse makes the glossed noun a modifier of its gloss; the
test helper glues "-" to its neighbours, so an en dash stands for the spaced dash)"""


def test_a_noun_before_a_spaced_dash_is_no_modifier_of_its_gloss(doc_of):
    assert phrase(doc_of, DASH_GLOSS, "diaries") == "diary"
    # a hyphen inside a word joins it: "peer-to-peer system"
    rows, head = np(("peer", "NOUN", "NN", "compound"), ("-", "PUNCT", "HYPH", "punct"), ("to", "ADP", "IN", "prep"),
                    ("-", "PUNCT", "HYPH", "punct"), ("peer", "NOUN", "NN", "compound"), ("system", "NOUN", "NN", ""))
    assert phrase(doc_of, rows, head).endswith("system")
