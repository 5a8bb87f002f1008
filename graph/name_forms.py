"""Written forms of one name that the resolver's key does not equate. Pure functions on names.

Each function answers one question about a name's form, for one rule of graph.resolve:

- `legal_form_stem`: "Salling Group A/S" is "Salling Group" (a company's legal-form suffix);
- `transliteration`: "al-Qa’ida" is "Al-Qaeda", "Usama bin Ladin" is "Osama bin Laden" (the
  vowels and apostrophes of a romanised Arabic name vary; its consonants do not);
- `institution` / `qualified`: "US State Department" is the United States' "Department of
  State"; "116th U.S. Congress" is the United States' "Congress";
- `party_names`: "Democrats", "Democrat" and "Democratic" are the "Democratic Party";
- `singular`: "Houthis" is the plural of "Houthi";
- `generic_concept`: "campaign", "new agreement" say nothing that tells one campaign from another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract import gazetteer

#: legal-form suffixes of company names (keys: "A/S" -> "a s", "S.A." -> "sa"); each is the
#: legal form of some country's company law, so a name ending in one is a company's name
LEGAL_FORMS = frozenset({
    "a s", "as", "asa", "ab", "oy", "oyj", "spa", "s p a", "sa", "s a", "nv", "bv", "kft", "zrt",
    "nyrt", "rt", "gmbh", "ag", "kg", "kgaa", "se", "ltd", "limited", "inc", "incorporated",
    "corp", "plc", "llc", "llp", "lp", "pty", "sarl", "sas", "srl", "s r l", "kk", "pjsc", "jsc",
    "oao", "zao", "ooo", "tbk", "bhd", "sdn bhd", "aps", "sp z o o", "doo", "d o o",
})
#: words of Arabic names a romanisation keeps apart ("bin", "Abu"); the article "al" counts
#: only hyphenated or in lower case ("al-Qaeda", "Bashar al Assad"), never "Al Gore"
_ARABIC_PARTICLES = frozenset({"bin", "ibn", "bint", "abu", "abd", "abdul", "abdel"})
_ROMANISED = re.compile(r"\w['’‘ʼʻʿʾ`´]\w|\b(?:[Aa]l|[Ee]l)-\w|(?:^|\s)(?:al|el)\s")
#: institution heads English writes both "X Department" and "Department of X"
_INSTITUTION_HEADS = frozenset({"department", "ministry"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)\s+", re.IGNORECASE)
#: titles that name one person when written alone, because a realm has one holder at a time
#: ("the Queen", "the Pope"); offices such as "President" or "Speaker" are predicated of people
#: ("was elected Speaker") too often to stand for one
MONARCH_TITLES = frozenset({"king", "queen", "pope", "emperor", "empress", "sultan", "emir", "tsar",
                            "shah", "prince", "princess", "monarch", "crown prince"})
#: modifiers that do not tell one concept from another of its kind: determiners, quantifiers,
#: and adjectives of time, size, order or of being the writer's own country ("national budget")
_NON_DISTINGUISHING = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your",
    "my", "any", "each", "every", "no", "all", "both", "some", "several", "many", "few", "more",
    "most", "much", "other", "another", "such", "same", "own", "new", "old", "recent", "latest",
    "last", "next", "first", "second", "third", "final", "current", "former", "previous", "early",
    "late", "major", "minor", "big", "large", "small", "great", "huge", "key", "main", "possible",
    "further", "additional", "certain", "similar", "different", "national", "local", "federal",
    "domestic", "official", "public", "general", "whole", "entire", "full", "initial", "proposed",
    "planned", "ongoing", "upcoming", "so", "called", "very", "high", "low", "long", "short",
})


def legal_form_stem(key: str) -> str | None:
    """The name without its legal-form suffix, or None when it has none (or is only one).

    >>> legal_form_stem("salling group a s"), legal_form_stem("hdt vedelmi ipari kft"), legal_form_stem("hdt")
    ('salling group', 'hdt vedelmi ipari', None)
    """
    words = key.split()
    for n in (4, 3, 2, 1):
        if len(words) > n and " ".join(words[-n:]) in LEGAL_FORMS:
            return " ".join(words[:-n])
    return None


def transliteration(key: str, surface: str) -> str | None:
    """A romanised Arabic name's skeleton: vowels and doubled letters folded, q as k; None for
    a name that shows no sign of romanisation (an inner apostrophe, a particle such as "al" or
    "bin"), so "Tim Cook" and "Tom Cook" are never folded together.

    >>> transliteration("al qaida", "al-Qa’ida") == transliteration("al qaeda", "Al-Qaeda")
    True
    >>> transliteration("usama bin ladin", "Usama bin Ladin") == transliteration("osama bin laden", "Osama bin Laden")
    True
    >>> transliteration("hamza bin laden", "Hamza bin Laden") == transliteration("osama bin laden", "Osama bin Laden")
    False
    >>> transliteration("tim cook", "Tim Cook") is None, transliteration("al gore", "Al Gore") is None
    (True, True)
    """
    words = key.split()
    if not (_ROMANISED.search(surface) or any(w in _ARABIC_PARTICLES for w in words[:-1])):
        return None
    folded = []
    for w in words:
        w = re.sub(r"[aeiouy]+", "a", w.replace("q", "k"))
        folded.append(re.sub(r"(.)\1+", r"\1", w))
    return " ".join(folded)


@lru_cache(maxsize=1 << 14)
def institution(key: str) -> str:
    """One form of an institution's name: "state department" and "department of state" are
    "department of state"; "ministry of foreign affairs" and "foreign ministry" are "ministry of
    foreign"; a leading ordinal ("116th Congress") is dropped.

    >>> institution("state department"), institution("ministry of the interior"), institution("foreign affairs ministry")
    ('department of state', 'ministry of interior', 'ministry of foreign')
    >>> institution("116th congress"), institution("house judiciary committee")
    ('congress', 'house judiciary committee')
    """
    key = _ORDINAL.sub("", key)
    words = [w for w in key.split() if w != "the"] if " of " in f" {key} " else key.split()
    if len(words) > 1 and words[-1] in _INSTITUTION_HEADS:
        words = [words[-1], "of", *words[:-1]]
    if len(words) > 3 and words[0] in _INSTITUTION_HEADS and words[1] == "of" and words[-1] == "affairs":
        words = words[:-1]
    return " ".join(words)


@dataclass(frozen=True)
class Qualified:
    """An institution named with its country: "US State Department" -> United States, "department of state"."""

    country: str
    institution: str


@lru_cache(maxsize=1 << 14)
def qualified(surface: str) -> Qualified | None:
    """The country and institution of a name that starts with a country (a name, code or
    demonym) or ends with "of (the) <country>"; None for any other name or a bare country.

    >>> qualified("116th U.S. Congress"), qualified("Parliament of the United Kingdom").country
    (Qualified(country='United States', institution='congress'), 'United Kingdom')
    >>> qualified("US State Department") == qualified("United States Department of State")
    True
    >>> qualified("Tunisian Parliament").country, qualified("Parliament"), qualified("New York Times")
    ('Tunisia', None, None)
    """
    text = _ORDINAL.sub("", surface.strip())
    tokens = text.split()
    for n in range(min(3, len(tokens) - 1), 0, -1):
        head, rest = " ".join(tokens[:n]), " ".join(tokens[n:])
        found = gazetteer.country(head, common=True) or gazetteer.country_of_demonym(head)
        if found is not None and rest[:1].isupper():
            return Qualified(found.name, institution(gazetteer.key(rest)))
    match = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", text)
    if match and match.group(1)[:1].isupper():
        found = gazetteer.country(match.group(2), common=True)
        if found is not None:
            return Qualified(found.name, institution(gazetteer.key(match.group(1))))
    return None


def singular(key: str) -> str | None:
    """The singular a one-word name would have if it were a plural: "houthis" -> "houthi";
    None when it cannot be one. The caller checks that the singular is a group's name too.

    >>> singular("houthis"), singular("republicans"), singular("congress"), singular("kurds")
    ('houthi', 'republican', None, 'kurd')
    """
    if " " in key or len(key) < 5 or not key.endswith("s") or key.endswith(("ss", "us")):
        return None
    return key[:-1]


def party_names(key: str) -> tuple[str, ...]:
    """The party names a one-word member or adjective form stands for: "democrats" ->
    ("democrat party", "democratic party"); "republican" -> ("republican party",).

    >>> party_names("democrats"), party_names("conservative"), party_names("new labour")
    (('democrat party', 'democratic party'), ('conservative party',), ())
    """
    if " " in key:
        return ()
    stem = singular(key) or key
    forms = [stem + " party"]
    if stem.endswith("at"):  # democrat -> democratic, technocrat -> technocratic
        forms.append(stem + "ic party")
    return tuple(forms)


def generic_concept(key: str) -> bool:
    """A concept with nothing that tells it from another of its kind: a bare noun, or a noun
    after determiners and modifiers of time, size or order.

    >>> generic_concept("campaign"), generic_concept("new agreement"), generic_concept("arms transfer")
    (True, True, False)
    """
    words = key.split()
    return all(w in _NON_DISTINGUISHING for w in words[:-1])
