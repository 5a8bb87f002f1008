"""answers(text) -> character ranges of an interviewee's answers in a question-and-answer layout.

Pure. An interview prints the interviewer's question as a paragraph of its own, ending in a
question mark, and the interviewee's answer in the paragraphs after it. What the answer says
is the interviewee's account, not the article's: a fact read there is reported, never asserted
("Canada was settled in 1600", answered by a candidate, is his claim).

A layout is an interview only when at least `MIN_QUESTIONS` question paragraphs are each
followed by an answer paragraph: one rhetorical question in a report makes no interview.

>>> text = "Q and A with Jo Lee\\n\\nWhy run?\\n\\nAcme bought Boeing.\\n\\nWhat next?\\n\\nI will win."
>>> [text[a:b] for a, b in answers(text)]
['Acme bought Boeing.', 'I will win.']
>>> answers("Acme bought Boeing.\\n\\nWhy? Nobody knows.\\n\\nIt was cheap.")
[]
"""
from __future__ import annotations

import re

#: question paragraphs, each followed by an answer, that make an article an interview
MIN_QUESTIONS = 2
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"


def _question(paragraph: str) -> bool:
    """A paragraph that is one question of the interviewer's: it ends in a question mark and
    is no quotation ('"Why now?" she asked' is reported speech, and ends otherwise)."""
    stripped = paragraph.strip()
    return stripped.endswith("?") and not stripped.startswith(tuple(_QUOTE_MARKS))


def answers(text: str) -> list[tuple[int, int]]:
    """(start, end) of every answer paragraph of a question-and-answer layout, else []."""
    out: list[tuple[int, int]] = []
    answered, asked, previous_question = 0, False, False
    for match in _PARAGRAPH.finditer(text):
        if not match.group().strip():
            continue
        if _question(match.group()):
            asked = previous_question = True
            continue
        if asked:
            answered += previous_question  # a question followed by its answer
            out.append((match.start(), match.end()))
        previous_question = False
    return out if answered >= MIN_QUESTIONS else []
