"""Who published an article, so that the publisher never becomes an actor in its facts.

News text names its own publisher in reporting formulas ("told Wikinews", "a BBC
correspondent", "With Wikinews, X discusses..."); those are not facts about the world. The
publisher of a Document is its `source` (a CSV/JSONL `source` field, an HTML page's site name,
a copyright line of a plain-text page, or the build's `publisher` option) and the main label
of its URL's host (`en.wikinews.org` -> "wikinews").
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from extract.types import Document

#: words that name the medium rather than the publisher: "BBC News" is BBC, "Reuters.com" Reuters
GENERIC = frozenset({"the", "news", "online", "media", "network", "com", "co", "uk", "org", "net",
                     "website", "site", "newspaper", "magazine", "daily"})
#: second-level labels under a country code that are not the publisher (bbc.co.uk, abc.net.au)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "news"})
#: a copyright line: "© 2024 Reuters. All rights reserved", "Copyright (c) BBC 2005"
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
                        r"(?P<name>[^\d©|]{2,60}?)\s*(?:\d{4})?\s*(?:[.,]\s*all rights reserved\.?|\.)?\s*$",
                        re.IGNORECASE)
#: lines at the end of a page searched for a copyright line
CREDIT_LINES = 15
_KEY_WORD = re.compile(r"[^\W_]+")


def publisher_key(name: str) -> str:
    """A comparison key for a publisher's name: case, punctuation and generic words dropped.

    >>> publisher_key("BBC News"), publisher_key("bbc.co.uk"), publisher_key("The New York Times")
    ('bbc', 'bbc', 'newyorktimes')
    """
    words = [w for w in _KEY_WORD.findall(name.casefold()) if w not in GENERIC]
    return "".join(words)


def host_label(url: str | None) -> str | None:
    """The main label of a URL's host: the publisher's name as the domain spells it.

    >>> host_label("https://en.wikinews.org/wiki/Story"), host_label("http://news.bbc.co.uk/1/hi")
    ('wikinews', 'bbc')
    >>> host_label("["), host_label("http://[::1")  # what urllib cannot parse names no host
    (None, None)
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "Invalid IPv6 URL" and the like, from a row's url field
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-1]


def publisher_keys(document: Document) -> frozenset[str]:
    """Keys of every name the document's publisher goes by (see `publisher_key`)."""
    names = [document.source or "", host_label(document.url) or ""]
    return frozenset(key for key in map(publisher_key, names) if key)


def is_publisher(name: str, document: Document) -> bool:
    """True when `name` names the publisher of `document`, so a fact about it is reporting
    furniture ("told Wikinews"), not a fact about the world.

    >>> doc = Document("a", "...", url="https://en.wikinews.org/wiki/X", source="Wikinews")
    >>> is_publisher("Wikinews", doc), is_publisher("Wikipedia", doc)
    (True, False)
    >>> bbc = Document("b", "...", source="BBC")
    >>> is_publisher("BBC Radio 4", bbc), is_publisher("NBC News", bbc), is_publisher("ABC", bbc)
    (True, False, False)
    """
    key = publisher_key(name)
    keys = publisher_keys(document)
    return bool(key) and (key in keys or outlet_key(name) in keys)


def outlet_key(name: str) -> str:
    """The key of a name's first word when it is an acronym followed by more words: a
    publisher's channel, station or programme ("BBC Radio 4", "BBC One", "CNN International")
    is the publisher ("told BBC Radio 4" is reporting furniture as "told the BBC" is). Only an
    acronym: a plain word ("Times Square" for The Times) starts names of other things.

    >>> outlet_key("BBC Radio 4"), outlet_key("Times Square"), outlet_key("BBC")
    ('bbc', '', '')
    """
    words = name.split()
    if len(words) < 2 or not (len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha()):
        return ""
    return publisher_key(words[0])


def credit_publisher(text: str) -> str | None:
    """The publisher named in a copyright line among the last lines of a page, or None.

    >>> credit_publisher("Kim met Putin on Wednesday.\\n\\n© 2024 Reuters. All rights reserved.")
    'Reuters'
    >>> credit_publisher("Copyright is a legal right that protects the creators of original works.") is None
    True
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines[-CREDIT_LINES:]):
        found = _COPYRIGHT.match(line)
        if found and len(found.group("name").split()) <= 6:
            name = found.group("name").strip(" .,-–")
            if name and name[0].isupper():
                return name
    return None
