"""Hand-built mentions for resolution tests: no model, no files."""
from __future__ import annotations

import pytest

from extract.types import Mention


class Writer:
    """Builds an article's text and its mentions together, so offsets are right."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.text = ""
        self.mentions: list[Mention] = []
        self.sentence_start = 0

    def say(self, *parts) -> "Writer":
        """One sentence: plain strings, and (name, type) pairs that become mentions."""
        self.sentence_start = len(self.text)
        for part in parts:
            if isinstance(part, tuple):
                name, label = part
                start = len(self.text)
                self.text += name
                self.mentions.append(Mention(self.doc_id, name, label, start, len(self.text), self.sentence_start))
            else:
                self.text += part
        self.text += " "
        return self

    def find(self, name: str, nth: int = 0) -> Mention:
        return [m for m in self.mentions if m.text == name][nth]


@pytest.fixture
def article():
    return Writer
