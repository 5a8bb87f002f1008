"""Written forms of one name (graph.name_forms): pure functions on keys and surfaces."""
from __future__ import annotations

import pytest

from extract.gazetteer import key
from graph import name_forms


@pytest.mark.parametrize("name,stem", [
    ("Salling Group A/S", "salling group"),
    ("HDT Védelmi Ipari Kft", "hdt vedelmi ipari"),
    ("Volvo AB", "volvo"),
    ("Nokia Oyj", "nokia"),
    ("Banco Santander S.A.", "banco santander"),
    ("Fiat S.p.A.", "fiat"),
    ("Sidley Austin LLP", "sidley austin"),
])
def test_legal_form_stem_drops_the_legal_form(name, stem):
    assert name_forms.legal_form_stem(key(name)) == stem


@pytest.mark.parametrize("name", ["Salling Group", "Kft", "Limited", "Ford Motor Company"])
def test_legal_form_stem_is_none_without_a_legal_form_after_a_name(name):
    assert name_forms.legal_form_stem(key(name)) is None


@pytest.mark.parametrize("a,b", [
    ("al-Qa’ida", "Al-Qaeda"),
    ("al-Qaida", "Al-Qaeda"),
    ("Usama bin Ladin", "Osama bin Laden"),
    ("Hamza bin Ladin", "Hamza bin Laden"),
    ("Bashar al Assad", "Bashar al-Asad"),
])
def test_transliteration_folds_romanisations_of_one_name(a, b):
    assert name_forms.transliteration(key(a), a) == name_forms.transliteration(key(b), b) is not None


@pytest.mark.parametrize("a,b", [
    ("Hamza bin Laden", "Osama bin Laden"),
    ("Abu Bakr al-Baghdadi", "Abu Mohammed al-Julani"),
])
def test_transliteration_keeps_different_names_apart(a, b):
    assert name_forms.transliteration(key(a), a) != name_forms.transliteration(key(b), b)


@pytest.mark.parametrize("name", ["Tim Cook", "Kim Jong-un", "Ben Stokes", "Al Gore", "El Salvador"])
def test_transliteration_ignores_names_without_a_sign_of_romanisation(name):
    assert name_forms.transliteration(key(name), name) is None


@pytest.mark.parametrize("a,b", [
    ("State Department", "Department of State"),
    ("Justice Department", "Department of Justice"),
    ("Foreign Ministry", "Ministry of Foreign Affairs"),
    ("Interior Ministry", "Ministry of the Interior"),
    ("116th Congress", "Congress"),
])
def test_institution_gives_one_form_to_both_word_orders(a, b):
    assert name_forms.institution(key(a)) == name_forms.institution(key(b))


@pytest.mark.parametrize("a,b", [
    ("House Judiciary Committee", "Judiciary Committee"),
    ("State Department", "Department of Justice"),
    ("Foreign Ministry", "Defence Ministry"),
])
def test_institution_keeps_different_institutions_apart(a, b):
    assert name_forms.institution(key(a)) != name_forms.institution(key(b))


@pytest.mark.parametrize("name,country,institution", [
    ("US State Department", "United States", "department of state"),
    ("United States Department of State", "United States", "department of state"),
    ("116th U.S. Congress", "United States", "congress"),
    ("Tunisian Parliament", "Tunisia", "parliament"),
    ("Parliament of the United Kingdom", "United Kingdom", "parliament"),
    ("British Foreign Ministry", "United Kingdom", "ministry of foreign"),
])
def test_qualified_splits_country_and_institution(name, country, institution):
    assert name_forms.qualified(name) == name_forms.Qualified(country, institution)


@pytest.mark.parametrize("name", ["Parliament", "New York Times", "United States", "US", "Chinese government",
                                  "Democratic Party"])
def test_qualified_is_none_for_names_not_led_by_a_country(name):
    assert name_forms.qualified(name) is None


@pytest.mark.parametrize("plural,one", [("houthis", "houthi"), ("kurds", "kurd"), ("republicans", "republican")])
def test_singular_of_a_plural(plural, one):
    assert name_forms.singular(plural) == one


@pytest.mark.parametrize("name", ["congress", "boss", "taliban", "united states", "us"])
def test_singular_is_none_for_what_cannot_be_a_plural(name):
    assert name_forms.singular(name) is None


@pytest.mark.parametrize("member,party", [
    ("democrats", "democratic party"), ("democrat", "democratic party"), ("republicans", "republican party"),
    ("republican", "republican party"), ("conservatives", "conservative party"), ("greens", "green party"),
])
def test_party_names_of_member_forms(member, party):
    assert party in name_forms.party_names(member)


def test_party_names_of_a_multiword_name_are_none():
    assert name_forms.party_names("new labour") == ()


@pytest.mark.parametrize("phrase,generic", [
    ("campaign", True), ("new campaign", True), ("recent national agreement", True),
    ("arms transfer", False), ("nuclear deal", False), ("election campaign", False),
])
def test_generic_concept(phrase, generic):
    assert name_forms.generic_concept(phrase) is generic
