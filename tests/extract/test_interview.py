"""extract.interview: the answers of a question-and-answer layout are the interviewee's account."""
from __future__ import annotations

import pytest

from extract.interview import answers
from extract.nlp import load_pipeline
from extract.triples import triples

INTERVIEW = ("Jo Lee talks to us about her bid\n\n"
             "What made you run for mayor?\n\n"
             "Acme bought Boeing in 1990.\n\n"
             "What would you change first?\n\n"
             "Boeing should build a plant in Leeds.")


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in answers(text)]


def test_interview_answers_are_the_paragraphs_after_questions():
    assert _texts(INTERVIEW) == ["Acme bought Boeing in 1990.", "Boeing should build a plant in Leeds."]


@pytest.mark.parametrize("text", [
    # one rhetorical question in a report makes no interview
    "Acme closed the factory.\n\nWhy did it close?\n\nNobody knows.",
    # quoted questions are reported speech
    "Acme closed the factory.\n\n\"Why now?\"\n\nLee asked.\n\n\"Who pays?\"\n\nShe said.",
    # questions never answered
    "Why now?\n\nWho pays?",
])
def test_interview_no_layout_without_two_answered_questions(text):
    assert answers(text) == []


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_interview_fact_in_an_answer_is_reported_and_outside_it_asserted(nlp):
    doc = nlp(INTERVIEW)
    closed = [t for t in triples(doc) if t.subject.text == "Acme"]
    assert closed and {t.certainty for t in closed} == {"reported"}
    plain = nlp("Acme bought Boeing in 1990.")
    assert {t.certainty for t in triples(plain) if t.subject.text == "Acme"} == {"asserted"}
