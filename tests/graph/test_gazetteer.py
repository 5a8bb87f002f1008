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


def _key_without_ascii_path(text: str) -> str:
    """gazetteer.key as first written, every text through NFKD and the accent filter."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", text.translate(gazetteer._TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(gazetteer._APOSTROPHES).strip()
    text = re.sub(r"'s$", "", text).lower()
    text = re.sub(r"['.]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"^the ", "", text.strip())


def test_key_of_ascii_text_skips_decomposition_with_the_same_answer():
    """ASCII text skips NFKD and the accent filter (nothing to do): every printable ASCII
    character alone and in names, and non-ASCII names, keyed as before."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    samples = [chr(i) for i in range(128)] + ["The U.S.", "Russia's", "`Kim` Jong-un ", "the  B.B.C.",
                                             "Zürich", "Łódź’s", "Ærø", "Straße", "São Tomé"]
    for text in samples:
        assert gazetteer.key(text) == _key_without_ascii_path(text), text

    @settings(max_examples=300, deadline=None)
    @given(st.text(st.characters(max_codepoint=127), max_size=30) | st.text(max_size=20))
    def same(text):
        assert gazetteer.key(text) == _key_without_ascii_path(text)

    same()
