"""extract.script: a sentence written in another script gives no fact."""
from __future__ import annotations

import pytest

from extract.script import foreign, latin_share
from extract.triples import triples


# (word, pos, tag, dep, head, lemma, ent): "<subject> met <object> ." with both names tagged
def _met(subject: str, verb: str, obj: str):
    return [
        (subject, "PROPN", "NNP", "nsubj", 1, subject, "B-PERSON"),
        (verb, "VERB", "VBD", "ROOT", 1, "meet", "O"),
        (obj, "PROPN", "NNP", "dobj", 1, obj, "B-PERSON"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Губернатор сказал, что медицина станет туризмом.", True),  # Cyrillic
    ("Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο.", True),  # Greek
    ("北京 欢迎 代表团。", True),  # Chinese
    ("The governor (губернатор) met the mayor of Tyumen.", False),  # one foreign word
    ("Zürich's café reopened in São Paulo and Kraków.", False),  # accented Latin letters
    ("Trump met Kim.", False),
    ("2019 — 1,000 — 45%", False),  # no letters at all
])
def test_foreign_is_a_sentence_mostly_in_another_script(text, expected):
    assert foreign(text) is expected


def test_latin_share_counts_letters_only():
    assert latin_share("Ким Kim") == 0.5
    assert latin_share("Kim, 2019!") == 1.0


def test_triples_skip_a_sentence_in_another_script(doc_of):
    english = list(triples(doc_of(_met("Lee", "met", "Park"))))
    assert [(t.subject.text, t.object.text) for t in english] == [("Lee", "Park")]
    # the same parse on Cyrillic words: the labels would give a fact, the sentence gives none
    assert list(triples(doc_of(_met("Путин", "встретил", "Кима")))) == []
