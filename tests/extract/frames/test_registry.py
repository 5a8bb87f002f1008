"""extract.frames.registry and .subject: one ordered registry, frames in token order."""
from __future__ import annotations

from extract.frames import CONSTRUCTIONS, Context, sentence_frames
from extract.frames.subject import BORROWERS, grammatical_subject
from extract.mentions import NameIndex
from tests.extract.parses import VISIT


def test_registry_names_are_unique_and_frames_come_in_token_order(doc_of):
    assert len({c.name for c in CONSTRUCTIONS}) == len(CONSTRUCTIONS)
    doc = doc_of(VISIT)
    frames = sentence_frames(Context(doc, NameIndex(doc, "t")), doc)
    assert [f.predicate for f in frames] == sorted(f.predicate for f in frames)
    assert {f.construction for f in frames} >= {"possessive", "nominal_event", "verbal_clause"}


def test_registry_only_builds_the_constructions_asked_for(doc_of):
    doc = doc_of(VISIT)
    frames = sentence_frames(Context(doc, None), doc, frozenset({"verbal_clause"}))
    assert [f.construction for f in frames] == ["verbal_clause"]


def test_subject_borrowers_cover_the_clause_dependencies():
    assert set(BORROWERS) == {"relcl", "acl", "pcomp", "xcomp", "conj", "advcl"}


def test_subject_grammatical_subject_of_a_clause_without_one_is_empty(doc_of):
    doc = doc_of([("Go", "VERB", "VB", "ROOT", 0, "go", "O")])
    assert grammatical_subject(doc[0]) == ()
