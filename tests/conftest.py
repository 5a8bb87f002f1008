"""Shared fixtures: hand-built spaCy Docs (no model needed) and the sample build."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """The project's shared data (`shared/`: corpora, gold sets, scorer) beside the checkout,
    or, for a clone made elsewhere (`git clone . /tmp/x`), beside the checkout it was cloned from."""
    beside = ROOT.parent / "shared"
    if beside.is_dir():
        return beside
    origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                            capture_output=True, text=True).stdout.strip()
    if origin and Path(origin).is_dir() and (Path(origin).resolve().parent / "shared").is_dir():
        return Path(origin).resolve().parent / "shared"
    return beside


SHARED = _shared()

_NO_SPACE_BEFORE = {".", ",", "'s", "’s", "-", ":", ";", "!", "?", ")", "n't"}


@pytest.fixture(scope="session")
def vocab():
    return spacy.blank("en").vocab


def make_doc(vocab, rows) -> Doc:
    """A parsed Doc from rows of (word, pos, tag, dep, head index, lemma, ent IOB-label)."""
    words = [r[0] for r in rows]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE and words[i] != "-"
        for i in range(len(words))
    ]
    return Doc(
        vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], tags=[r[2] for r in rows],
        deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
        ents=[r[6] for r in rows],
    )


@pytest.fixture
def doc_of(vocab):
    """doc_of(rows) -> Doc, for tests that build their parse by hand."""
    return lambda rows: make_doc(vocab, rows)
