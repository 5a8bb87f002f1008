"""Countries: names, alternative names, ISO codes, demonyms and capitals.

Built once from the countryinfo package's offline data (a maintained gazetteer), plus the few
short forms news uses that the data lacks (documented in `_NEWS_FORMS`).

Ambiguity is resolved the same way for names, demonyms and capitals: a form shared by several
countries maps to the most populous one only when it dominates (a territory sharing its
parent's demonym: "French" is France, not Réunion); otherwise it maps to nothing ("Congolese",
"Channel Islander"). Entries of one ISO code (the data lists "Burma" and "Myanmar") are one
country. Two-letter ISO codes are never names ("IT", "AI", "TV" are words in news); three-letter
codes count only when written in capitals ("PRK", not "can").
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
#: how many times more populous than the next the main bearer of a shared form must be
_DOMINANCE = 20
#: letters NFKD does not decompose
_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                           "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'"})
#: English exonyms of capitals still common in news
_OLD_CAPITALS = {"Kiev": "Kyiv", "Peking": "Beijing", "Rangoon": "Naypyidaw"}


@lru_cache(maxsize=1 << 18)
def key(text: str) -> str:
    """Case-, accent-, quote- and punctuation-insensitive lookup key.

    >>> key("Democratic People’s Republic of Korea") == key("democratic peoples republic of korea")
    True
    """
    if not text.isascii():  # ASCII has nothing to decompose, transliterate or strip of accents
        text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_APOSTROPHES).strip()
    text = re.sub(r"'s$", "", text).lower()  # a possessive: "Russia's"
    text = re.sub(r"['.]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"^the ", "", text.strip())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country], dict[str, Country]]:
    """(names, demonyms, capitals, three-letter codes) keyed by `key()`."""
    from countryinfo import CountryInfo

    # one Country per ISO code: the entry with a numeric code and the larger population wins
    by_code: dict[str, list[dict]] = {}
    for data in CountryInfo.all().values():
        iso = data.get("ISO") or {}
        by_code.setdefault(iso.get("alpha2") or data["name"], []).append(data)
    names: dict[str, dict[str, tuple[int, Country]]] = {}
    demonyms: dict[str, dict[str, tuple[int, Country]]] = {}
    capitals: dict[str, dict[str, tuple[int, Country]]] = {}
    codes: dict[str, Country] = {}

    def add(table: dict, form: str | None, code: str, population: int, country: Country) -> None:
        if form:
            entry = table.setdefault(key(form), {})
            if code not in entry or entry[code][0] < population:
                entry[code] = (population, country)

    for code, entries in sorted(by_code.items()):
        entries.sort(key=lambda d: (not (d.get("ISO") or {}).get("numeric"), -(d.get("population") or 0), d["name"]))
        main = entries[0]
        iso = main.get("ISO") or {}
        population = max(d.get("population") or 0 for d in entries)
        capital = _first(main.get("capital"))
        demonym = next((d["demonym"] for d in entries if d.get("demonym")), None)
        country = Country(main["name"], capital, demonym, iso.get("alpha2"), iso.get("alpha3"))
        for data in entries:
            for form in [data["name"], *(data.get("altSpellings") or [])]:
                if form and len(form) > 3 and not form.isupper():
                    add(names, form, code, population, country)
            if data.get("demonym"):
                for suffix in ("", *_DEMONYM_PLURALS):
                    add(demonyms, data["demonym"] + suffix, code, population, country)
            for cap in _all(data.get("capital")):
                add(capitals, cap, code, population, country)
                add(capitals, re.sub(r",? D\.?C\.?$", "", cap), code, population, country)
        if country.iso3:
            codes[key(country.iso3)] = country
    resolved_names = _unambiguous(names)
    by_name = {c.name: c for c in resolved_names.values()}
    _COMMON.update(key(c.name) for c in by_name.values())
    _COMMON.update(key(form) for form, target in _NEWS_FORMS.items() if target)
    for form, target in _NEWS_FORMS.items():
        if target is None:
            resolved_names.pop(key(form), None)
        elif target in by_name:
            resolved_names[key(form)] = by_name[target]
    resolved_capitals = _unambiguous(capitals)
    for old, new in _OLD_CAPITALS.items():
        if key(new) in resolved_capitals:
            resolved_capitals.setdefault(key(old), resolved_capitals[key(new)])
    return resolved_names, _unambiguous(demonyms), resolved_capitals, codes


#: keys of the countries' common English names and news forms (filled by `_index`)
_COMMON: set[str] = set()


def _first(value) -> str | None:
    values = _all(value)
    return values[0] if values else None


def _all(value) -> list[str]:
    if isinstance(value, list):  # a few countries list several capitals
        return [v for v in value if v]
    return [value] if value else []


def _unambiguous(table: dict[str, dict[str, tuple[int, Country]]]) -> dict[str, Country]:
    """Form -> country, keeping a form shared by several countries only when one dominates."""
    out = {}
    for form, entry in table.items():
        ranked = sorted(entry.values(), key=lambda pc: (-pc[0], pc[1].name))
        if len(ranked) == 1 or ranked[0][0] >= _DOMINANCE * max(ranked[1][0], 1):
            out[form] = ranked[0][1]
    return out


def country(name: str, *, common: bool = False) -> Country | None:
    """The country a name, alternative name or ISO code denotes; with `common=True` only by
    its common English name or a news form when the name is one word (for an organisation's
    name: "Island" Records is not Iceland, "Russian Federation" is Russia).

    >>> country("DPRK").name, country("Russian Federation").name, country("U.S.").name
    ('North Korea', 'Russia', 'United States')
    >>> country("Pyongyang") is None, country("Island").name, country("Island", common=True) is None
    (True, 'Iceland', True)
    """
    names, _, _, codes = _index()
    if common and " " not in key(name) and key(name) not in _COMMON:
        return None
    found = names.get(key(name))
    if found is None and name.replace(".", "").isupper():
        found = codes.get(key(name))
    return found


def country_of_demonym(word: str) -> Country | None:
    """The country of a demonym.

    >>> country_of_demonym("North Korean").name, country_of_demonym("French").name
    ('North Korea', 'France')
    >>> country_of_demonym("Korean") is None, country_of_demonym("Congolese") is None
    (True, True)
    """
    return _index()[1].get(key(word))


def country_of_capital(city: str) -> Country | None:
    """The country whose capital a city is.

    >>> country_of_capital("Moscow").name
    'Russia'
    """
    return _index()[2].get(key(city))
