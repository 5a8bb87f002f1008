"""A name the tagger ran on across a lower-case "the" into the next clause splits there
(extract.mentions._names_split_at_a_clause), on the model's parses of sentences written here."""
from __future__ import annotations

import pytest

from extract.mentions import NameIndex
from extract.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _names(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [s.text for s in NameIndex(doc, "d").spans]


@pytest.mark.parametrize("text,addressee,subject", [
    ("Mr Smith told The Guardian the Liberals had lost the vote.", "Guardian", "Liberals"),
    ("Mr Smith told The Independent the Tories would win.", "Independent", "Tories"),
])
def test_names_split_at_a_clause_cuts_before_the_next_subject(nlp, text, addressee, subject):
    names = _names(nlp, text)
    assert addressee in names and subject in names
    assert not any("the" in n.split() for n in names)


@pytest.mark.parametrize("text,name", [
    ("He visited the Museum of the Moving Image in New York.", "Museum of the Moving Image"),  # after a joiner
    ("The statue shows Alfred the Great on a horse.", "Alfred the Great"),  # an epithet hung on the name
])
def test_names_split_at_a_clause_keeps_a_the_inside_a_name(nlp, text, name):
    assert name in _names(nlp, text)
