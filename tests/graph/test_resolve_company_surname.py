"""A bare name the article uses both for a company ("Hale Motor") and as a person's surname
("Anna Hale"): each occurrence is decided by its own sentence (graph.resolve._company_or_person)."""
from __future__ import annotations

from graph.resolve import resolve
from tests.graph.conftest import Writer


def _article() -> Writer:
    return (Writer("a").say(("Hale Motor", "ORG"), " reported a loss.")
            .say(("Anna Hale", "PERSON"), " chairs the board.")
            .say("The charge cut the value of a debt owed to ", ("Hale", "PERSON"), " by ", ("Corvan", "ORG"), ".")
            .say("Shares of ", ("Hale", "PERSON"), " fell.")
            .say("Mr ", ("Hale", "PERSON"), " declined to comment.")
            .say(("Hale", "PERSON"), " will meet the unions."))


def _ids(w: Writer):
    r = resolve(w.mentions, (), texts={w.doc_id: w.text})
    return r, [r.entity_id(w.find("Hale", n)) for n in range(4)]


def test_resolve_bare_company_name_in_a_corporate_sentence_is_the_company():
    w = _article()
    r, (owed, shares, _, _) = _ids(w)
    company = r.entity_id(w.find("Hale Motor"))
    assert owed == company and shares == company


def test_resolve_person_never_absorbs_the_company_name_without_an_honorific():
    w = _article()
    r, (owed, shares, mister, bare) = _ids(w)
    person = r.entity_id(w.find("Anna Hale"))
    assert mister == person  # "Mr Hale" is the person
    assert person not in {owed, shares, bare}  # "Hale will meet the unions": either; no merge
    assert bare != r.entity_id(w.find("Hale Motor"))


def test_resolve_surname_without_a_company_of_that_name_still_joins_the_person():
    w = (Writer("b").say(("Anna Hale", "PERSON"), " chairs the board.")
         .say("Shares of ", ("Corvan", "ORG"), " fell as ", ("Hale", "PERSON"), " spoke."))
    r = resolve(w.mentions, (), texts={w.doc_id: w.text})
    assert r.entity_id(w.find("Hale")) == r.entity_id(w.find("Anna Hale"))
