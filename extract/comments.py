"""Readers' comments after an article: page furniture, found by voice, not by a marker line.

A saved news page can go on after the report with readers' comments, often without any
heading: "Thank goodness he has gone!", "I think his views are out of date.", "Honestly,
who really cares?". A report is written in the third person and attributes what it quotes
("..., she said"); a comment speaks in its writer's own voice: first person singular or an
address to "you" outside quotation marks, exclamations, rhetorical questions, and no
reporting verb. `comments_start` finds the line from which such a run goes on to the end of
the page after a third-person report, so that `extract.clean.clean_text` cuts it. Words in
quotation marks are the report's sources speaking, never the page's voice, and a text in the
first person throughout (a column) has no report before any run, and an interview after a
report asks "you" questions that the next lines answer (`interview`): neither is cut.
Only closed classes of English are used (pronouns, reporting verbs), no strings of any site.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: a quotation: straight or curly double quotes, or an opening quote running on to the end of
#: the line (a quote continued into the next paragraph leaves its closing mark there)
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
#: the writer's own voice: first person singular, "we", and an address to the reader
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|me|my|myself)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|You|Your)\b")
_WE = re.compile(r"\b(?:we|We)\b")
#: reporting verbs and attributions of the third person: a report's paragraphs carry them
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|added|adds|according\s+to|warned|argued|claimed|stated|explained"
    r"|insisted|announced|reported|confirmed|spokesman|spokeswoman|spokesperson)\b", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")

#: a run of comments has at least this many lines in a reader's voice
MIN_VOICED = 3
#: ... and they are at least this share of its lines (the rest: comments in a neutral voice)
MIN_VOICED_SHARE = 0.5
#: at most this share of a run's lines attribute what they say (a comment may quote someone)
MAX_ATTRIBUTED_SHARE = 0.25
#: the report before the run: at least this many lines, at most this share of them voiced
MIN_REPORT_LINES, MAX_REPORT_VOICED_SHARE = 3, 0.2
#: a line of fewer words than this is neither voice nor report (a name, a place, a button)
MIN_WORDS = 3


def _unquoted(line: str) -> str:
    return _QUOTED.sub(" ", line)


def voiced(line: str) -> bool:
    """True when a line speaks in a reader's voice outside quotation marks: first person
    singular, "we", "you", an exclamation or a question of its own.

    >>> voiced("I think his views are out of date."), voiced('"I think so," the minister said.')
    (True, False)
    >>> voiced("Honestly, who really cares?"), voiced("The bank raised its rate to 5%.")
    (True, False)
    """
    own = _unquoted(line).strip()
    if not own:
        return False
    return bool(_FIRST_PERSON.search(own) or _SECOND_PERSON.search(own) or _WE.search(own)) \
        or own.rstrip("'’ )").endswith(("!", "?"))


def attributed(line: str) -> bool:
    """True when a line reports: a reporting verb or attribution outside its quotation marks."""
    return bool(_ATTRIBUTION.search(_unquoted(line)))


def comments_start(lines: list[str]) -> int | None:
    """The index of the first line of a run of readers' comments that goes on to the end of
    `lines` (the page's non-blank lines, in order), or None.

    The run begins with a voiced line, holds at least MIN_VOICED voiced lines making up at
    least MIN_VOICED_SHARE of its lines, at least one in the first person or an exclamation
    (an address to "you" alone is how advice columns write), few attributed lines; before it
    stand at least MIN_REPORT_LINES lines of a third-person report. The earliest such start
    wins, so the whole run is cut.
    """
    marks = [_marks(line) for line in lines]
    counted = [i for i, mark in enumerate(marks) if mark is not None]
    flags = [marks[i] for i in counted]
    n = len(counted)
    # sums over the lines from k to the end, so that each start is weighed in constant time
    voices, attributions, personal = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        voices[k] = voices[k + 1] + flags[k][0]
        attributions[k] = attributions[k + 1] + flags[k][1]
        personal[k] = personal[k + 1] + flags[k][2]
    for k in range(MIN_REPORT_LINES, n):
        if not flags[k][0]:
            continue
        if voices[0] - voices[k] > MAX_REPORT_VOICED_SHARE * k:
            continue  # the text before speaks in the first person too: a column, no report
        size = n - k
        if voices[k] >= MIN_VOICED and voices[k] >= MIN_VOICED_SHARE * size \
                and attributions[k] <= MAX_ATTRIBUTED_SHARE * size and personal[k]:
            # an interview's later lines are no comments either: its questions are above them
            return None if interview([lines[i] for i in counted[k:]]) else counted[k]
    return None


def _marks(line: str) -> tuple[bool, bool, bool] | None:
    """(voiced, attributed, personal) of a line of at least MIN_WORDS words, else None; kept
    per line like `extract.clean.is_prose`: the build cleans an article's lines twice (its
    duplicate key, then the text to parse), and this was most of cleaning's time."""
    return _remembered_marks(line) if len(line) <= _REMEMBERED_CHARS else _line_marks(line)


def _line_marks(line: str) -> tuple[bool, bool, bool] | None:
    if len(_WORDS.findall(line)) < MIN_WORDS:
        return None
    return voiced(line), attributed(line), _personal(line)


#: the answers of this many recent lines up to _REMEMBERED_CHARS long are kept (longer lines
#: are rare and would make the kept strings large)
_REMEMBERED_LINES, _REMEMBERED_CHARS = 4096, 2000
_remembered_marks = lru_cache(maxsize=_REMEMBERED_LINES)(_line_marks)


#: questions put to "you", each answered by the next line, that make a run an interview
MIN_INTERVIEW_QUESTIONS = 2


def interview(lines: list[str]) -> bool:
    """True for a question-and-answer layout: at least MIN_INTERVIEW_QUESTIONS lines are
    questions put to "you" ("What do you think of the notice?") that a line of another kind
    answers. An interview printed after a report speaks in the first and second person too,
    but it is the article's own content; a reader's rhetorical question asks no one."""
    asked = 0
    for line, following in zip(lines, lines[1:]):
        own = _unquoted(line).rstrip("'’ )")
        if own.endswith("?") and _SECOND_PERSON.search(own) and not _unquoted(following).rstrip("'’ )").endswith("?"):
            asked += 1
    return asked >= MIN_INTERVIEW_QUESTIONS


def _personal(line: str) -> bool:
    own = _unquoted(line)
    return bool(_FIRST_PERSON.search(own)) or own.rstrip("'’ )").endswith("!")
