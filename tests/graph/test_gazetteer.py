"""The countries gazetteer (countryinfo data) and its ambiguity rules."""
from __future__ import annotations

import pytest

from extract import gazetteer


@pytest.mark.parametrize("name,country", [
    ("DPRK", "North Korea"), ("Democratic People’s Republic of Korea", "North Korea"),
    ("U.S.", "United States"), ("USA", "United States"), ("Britain", "United Kingdom"),
    ("Russian Federation", "Russia"), ("Burma", "Myanmar"), ("PRK", "North Korea"),
])
def test_country_finds_names_codes_and_news_forms(name, country):
    assert gazetteer.country(name).name == country


@pytest.mark.parametrize("name", ["IT", "AI", "TV", "can", "Korea", "Pyongyang", "Soviet Union"])
def test_country_ignores_words_two_letter_codes_and_non_countries(name):
    assert gazetteer.country(name) is None


def test_country_common_skips_one_word_alternative_spellings():
    assert gazetteer.country("Island").name == "Iceland"
    assert gazetteer.country("Island", common=True) is None
    assert gazetteer.country("Russian Federation", common=True).name == "Russia"


@pytest.mark.parametrize("demonym,country", [
    ("North Korean", "North Korea"), ("Americans", "United States"), ("French", "France"),
    ("Chinese", "China"), ("British", "United Kingdom"),
])
def test_country_of_demonym_maps_dominant_bearers(demonym, country):
    assert gazetteer.country_of_demonym(demonym).name == country


@pytest.mark.parametrize("demonym", ["Korean", "Congolese", "Channel Islander"])
def test_country_of_demonym_ambiguous_maps_to_nothing(demonym):
    assert gazetteer.country_of_demonym(demonym) is None


@pytest.mark.parametrize("city,country", [("Moscow", "Russia"), ("Washington", "United States"),
                                          ("Kiev", "Ukraine"), ("Pyongyang", "North Korea")])
def test_country_of_capital(city, country):
    assert gazetteer.country_of_capital(city).name == country


@pytest.mark.parametrize("a,b", [("Łódź", "lodz"), ("“Kim’s”", "kims"), ("the Hague", "hague")])
def test_key_folds_accents_quotes_and_articles(a, b):
    assert gazetteer.key(a) == b
