"""The registry of extraction profiles (extract.profiles)."""
from __future__ import annotations

import pytest

from extract.profiles import Profile, grounding
from extract.triples import NEWS, Grounding


@pytest.mark.parametrize("profile", list(Profile))
def test_every_profile_has_a_grounding(profile):
    view = grounding(profile)
    assert isinstance(view, Grounding) and view.name == profile.value
    assert "verbal_clause" in view.views and view.read


def test_news_is_the_default_profile():
    assert grounding() is NEWS and grounding("news") is NEWS


def test_open_profile_reads_copulas_and_appositions_news_does_not():
    assert {"copula", "apposition"} <= set(grounding(Profile.open).read) - set(NEWS.read)
    assert not grounding(Profile.open).require_entity and NEWS.require_entity
    assert grounding(Profile.open).shared_concepts and not NEWS.shared_concepts


def test_unknown_profile_names_the_choices():
    with pytest.raises(ValueError, match="unknown profile 'poetry'; choose one of: news, open"):
        grounding("poetry")
