"""Countries: names, alternative names, ISO codes, demonyms and capitals.

Built once from the countryinfo package's offline data (a maintained gazetteer), plus the few
short forms news uses that the data lacks (documented in `_NEWS_FORMS`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Country:
    name: str  # the common English name, the canonical label: "North Korea"
    capital: str | None
    demonym: str | None
    iso2: str | None
    iso3: str | None


#: short forms common in English news that the gazetteer does not carry; each maps to the
#: gazetteer's common name. General usage, not tied to any article.
_NEWS_FORMS = {
    "US": "United States", "U.S.": "United States", "U.S": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "DPRK": "North Korea", "D.P.R.K.": "North Korea",
    "ROK": "South Korea", "Republic of Korea": "South Korea", "PRC": "China",
    "People's Republic of China": "China", "UAE": "United Arab Emirates",
    "Soviet Union": None, "USSR": None,
}
_DEMONYM_PLURALS = ("s", "es")
#: English exonyms of capitals still common in news
_OLD_CAPITALS = {"Kiev": "Kyiv", "Peking": "Beijing", "Rangoon": "Naypyidaw"}


def key(text: str) -> str:
    """Case-, accent-, quote- and punctuation-insensitive lookup key.

    >>> key("Democratic People’s Republic of Korea") == key("democratic peoples republic of korea")
    True
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’]s$", "", text.strip())
    text = text.replace("’", "'").lower()
    text = re.sub(r"['.]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"^the ", "", text.strip())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    """(names, demonyms, capitals) keyed by `key()`."""
    from countryinfo import CountryInfo

    names: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    capitals: dict[str, Country] = {}
    # larger countries first, so a shared demonym ("American", "Indian") names the larger one
    for data in sorted(CountryInfo.all().values(), key=lambda d: -(d.get("population") or 0)):
        iso = data.get("ISO") or {}
        capital = data.get("capital") or None
        if isinstance(capital, list):  # a few countries list several capitals
            capital = capital[0] if capital else None
        country = Country(data["name"], capital, data.get("demonym") or None,
                          iso.get("alpha2"), iso.get("alpha3"))
        forms = [data["name"], *(data.get("altSpellings") or [])]
        for form in forms:
            if form and (len(form) > 3 or form.isupper()):
                names.setdefault(key(form), country)
        if country.demonym:
            demonyms.setdefault(key(country.demonym), country)
        if country.capital:
            capitals.setdefault(key(country.capital), country)
            capitals.setdefault(key(re.sub(r",? D\.?C\.?$", "", country.capital)), country)
    for old, new in _OLD_CAPITALS.items():
        if key(new) in capitals:
            capitals.setdefault(key(old), capitals[key(new)])
    by_name = {c.name: c for c in names.values()}
    for form, target in _NEWS_FORMS.items():
        if target is None:
            names.pop(key(form), None)
        elif target in by_name:
            names[key(form)] = by_name[target]
    # country names also serve as keys of their own demonym (e.g. "Russians")
    for k, country in list(demonyms.items()):
        for suffix in _DEMONYM_PLURALS:
            demonyms.setdefault(k + suffix, country)
    return names, demonyms, capitals


def country(name: str) -> Country | None:
    """The country a name, alternative name or ISO code denotes.

    >>> country("DPRK").name, country("Russian Federation").name, country("U.S.").name
    ('North Korea', 'Russia', 'United States')
    >>> country("Pyongyang") is None
    True
    """
    return _index()[0].get(key(name))


def country_of_demonym(word: str) -> Country | None:
    """The country of a demonym.

    >>> country_of_demonym("North Korean").name
    'North Korea'
    """
    return _index()[1].get(key(word))


def country_of_capital(city: str) -> Country | None:
    """The country whose capital a city is.

    >>> country_of_capital("Moscow").name
    'Russia'
    """
    return _index()[2].get(key(city))
