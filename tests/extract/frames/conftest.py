"""Fixtures for the clause reader: frames of a hand-built parse."""
from __future__ import annotations

import pytest

from extract.frames import Context, sentence_frames
from extract.mentions import NameIndex


@pytest.fixture
def frames_of(doc_of):
    """frames_of(rows) -> (doc, frames of its whole text)."""
    def build(rows):
        doc = doc_of(rows)
        return doc, sentence_frames(Context(doc, NameIndex(doc, "t")), doc)
    return build


def frame_at(doc, frames, word: str, construction: str | None = None):
    """The one frame whose predicate is `word` (and of this construction, if given)."""
    (found,) = [f for f in frames if doc[f.predicate].text == word
                and (construction is None or f.construction == construction)]
    return found


def words(doc, args) -> list[str]:
    return [doc[a.head].text for a in args]
