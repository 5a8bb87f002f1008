"""extract.comments: readers' comments after a report are found by voice; quotes, columns
and interviews are not comments. Texts written for these tests."""
from __future__ import annotations

import pytest

from extract.clean import clean_text
from extract.comments import attributed, comments_start, interview, voiced

REPORT = [
    "Ann Lee, the leader of the Harbour Party, has resigned after ten years in charge.",
    "Ms Lee told reporters in Dover that she wanted to spend more time with her family.",
    "Her deputy, Tom Cole, will lead the party until a vote in the spring, officials said.",
    "The party won four seats at the last election, its best result since it was founded.",
]
COMMENTS = [
    "Good riddance to her, and about time too!",
    "I think her policies were never going to work in a town like ours.",
    "She has no mandate and should have gone years ago.",
    "Honestly, who really cares what happens to that lot?",
    "Many people believe you were treated unfairly, Ann.",
]


def test_comments_voice_is_read_outside_quotation_marks():
    assert voiced("I think she was right to go.")
    assert not voiced('"I think it is time to go," Ms Lee said.')
    assert attributed('"I think it is time to go," Ms Lee said.')
    assert not attributed("I think she was right to go.")


def test_comments_run_after_a_report_starts_at_its_first_voiced_line():
    assert comments_start(REPORT + COMMENTS) == len(REPORT)


def test_comments_run_is_cut_by_clean_text():
    text = "\n\n".join(REPORT + COMMENTS)
    cleaned = clean_text(text)
    assert "Tom Cole" in cleaned and "policies" not in cleaned and "mandate" not in cleaned


def test_comments_reports_own_quoted_paragraphs_are_not_comments():
    quotes = [
        '"I have given this party everything I had," Ms Lee said in a statement.',
        '"You cannot lead a party with half a heart. I will miss it," she added.',
        '"It was a privilege to serve you all," she told supporters on Friday.',
        '"We will carry on her work!" Mr Cole said.',
    ]
    assert comments_start(REPORT + quotes) is None


def test_comments_a_column_in_the_first_person_throughout_is_not_cut():
    column = [
        "I have lived in Dover all my life and I have never seen a week like this one.",
        "When I heard that Ann Lee had resigned, my first thought was for her family.",
        "I met her twice, and both times she asked me more questions than I asked her.",
        "You may not have agreed with her, but you could not doubt her.",
        "I will miss her, and I suspect you will too!",
    ]
    assert comments_start(column) is None
    assert comments_start(column + COMMENTS) is None


def test_comments_an_interview_after_a_report_is_not_cut():
    talk = [
        "What do you think of the result?",
        "I am pleased, but I know we have work to do in the north of the town.",
        "Will you stand again next year?",
        "I have not decided yet; my family will have a say in it.",
        "Thank you for your time!",
    ]
    assert interview(talk)
    assert comments_start(REPORT + talk) is None


def test_comments_advice_that_only_addresses_you_is_not_cut():
    # second person alone is how guides write; a comment run needs a writer's "I" or an exclamation
    advice = [
        "If you live in the town, you can vote at any of the six polling stations.",
        "You will need to bring your polling card or another proof of your address.",
        "Your vote counts as much as anyone else's in a close race.",
    ]
    assert comments_start(REPORT + advice) is None


@pytest.mark.parametrize("heading", ["Your comments", "Have your say", "Send us your comments", "Readers' comments"])
def test_comments_marker_line_ends_the_article(heading):
    neutral = "The result was announced by the council on Friday evening after a long count."
    cleaned = clean_text("\n\n".join([*REPORT, heading, neutral]))
    assert "Tom Cole" in cleaned and "long count" not in cleaned


def _comments_start_uncached(lines):
    """comments_start as first written: every line's marks computed afresh (the reference)."""
    from extract import comments as c

    counted = [i for i, line in enumerate(lines) if len(c._WORDS.findall(line)) >= c.MIN_WORDS]
    flags = [(voiced(lines[i]), attributed(lines[i]), c._personal(lines[i])) for i in counted]
    n = len(counted)
    voices, attributions, personal = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        voices[k] = voices[k + 1] + flags[k][0]
        attributions[k] = attributions[k + 1] + flags[k][1]
        personal[k] = personal[k + 1] + flags[k][2]
    for k in range(c.MIN_REPORT_LINES, n):
        if not flags[k][0] or voices[0] - voices[k] > c.MAX_REPORT_VOICED_SHARE * k:
            continue
        size = n - k
        if voices[k] >= c.MIN_VOICED and voices[k] >= c.MIN_VOICED_SHARE * size \
                and attributions[k] <= c.MAX_ATTRIBUTED_SHARE * size and personal[k]:
            return None if interview([lines[i] for i in counted[k:]]) else counted[k]
    return None


def test_comments_marks_kept_per_line_give_the_uncached_answers():
    """Each line's marks are kept (the build cleans an article's lines twice): the same start,
    cold and warm, on the pages above, on every seed article and on a line too long to keep."""
    from pathlib import Path

    from extract.clean import _lines
    from extract.comments import _REMEMBERED_CHARS, _remembered_marks

    long_line = "I think " + "and so on " * (_REMEMBERED_CHARS // 10) + "!"
    pages = [REPORT + COMMENTS, REPORT + COMMENTS[:2], COMMENTS, REPORT + [long_line] * 3 + COMMENTS]
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    pages += [[line for line in _lines(p.read_text(encoding="utf-8")) if line] for p in seeds]
    assert len(pages) > len(seeds) >= 5
    _remembered_marks.cache_clear()
    for _ in ("cold", "warm"):
        for page in pages:
            assert comments_start(page) == _comments_start_uncached(page), page[:2]
    assert comments_start(REPORT + COMMENTS) == len(REPORT) and _remembered_marks.cache_info().hits
