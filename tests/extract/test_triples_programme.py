"""A broadcaster's programme title the model cut in two names ("BBC Two's Brunch with
Hale") grounds no fact (extract.triples._cut_programme), on sentences written here."""
from __future__ import annotations

import pytest

from extract.nlp import load_pipeline
from extract.triples import triples


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _facts(nlp, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.text, f.relation, f.object.text) for f in triples(nlp(text))}


@pytest.mark.parametrize("text,piece", [
    ("Ms Jones, speaking to BBC Two's Brunch with Hale, said the plan was dead.", "Brunch"),
    ("Ms Jones spoke to ITV's Lunch with Morgan on Sunday.", "Lunch"),
])
def test_triples_programme_cut_in_two_names_gives_no_fact(nlp, text, piece):
    facts = _facts(nlp, text)
    assert not any(piece in (s, o) or "Hale" in (s, o) or "Morgan" in (s, o) for s, _, o in facts)


def test_triples_person_owned_by_a_company_is_no_programme(nlp):
    # a two-word name after a company's possessive is the person, whatever follows
    assert ("Jones", "speaks to", "Bill Gates") in _facts(nlp, "Ms Jones spoke to Microsoft's Bill Gates at Davos.")


def test_triples_addressee_is_cut_before_the_next_clause_subject(nlp):
    facts = _facts(nlp, "Mr Smith told The Guardian the Liberals had lost the vote.")
    assert ("Smith", "tells", "Guardian") in facts
    assert not any("the Liberals" in o for _, _, o in facts)
