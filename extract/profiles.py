"""The registry of extraction profiles: one clause reader, one grounding per kind of text.

- `news` (the default): facts about named entities, as news event coders read them;
  a concept is an argument only beside a named entity (extract.triples.NEWS).
- `open`: facts of encyclopedia pages, reports and explainers, between concepts as well
  as named entities: concept phrases, is-a facts, places and times (extract.open_facts.OPEN).

>>> grounding(Profile.open).require_entity, grounding("news").require_entity
(False, True)
"""
from __future__ import annotations

from enum import Enum
from functools import lru_cache
from types import MappingProxyType


class Profile(str, Enum):
    """What kind of text a build reads; chooses how frames are grounded."""

    news = "news"
    open = "open"


@lru_cache(maxsize=1)
def _registry():
    from extract.open_facts import OPEN
    from extract.triples import NEWS

    return MappingProxyType({Profile.news: NEWS, Profile.open: OPEN})


def grounding(profile: Profile | str = Profile.news):
    """The Grounding (extract.triples.Grounding) of a profile; ValueError naming the profiles
    for an unknown one."""
    try:
        key = Profile(profile)
    except ValueError:
        raise ValueError(f"unknown profile {profile!r}; choose one of: "
                         + ", ".join(p.value for p in Profile)) from None
    return _registry()[key]
