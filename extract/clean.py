"""Page boilerplate removal: pure str -> str.

Saved news pages carry menus, tickers, share buttons, comment forms and footers around the
article. A line is kept when it reads as prose: enough lower-case words, mostly letters, few
separators, a sentence ending. No list of strings from any site is used.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_SEPARATORS = re.compile(r"[|•»«·►▶◆■●]|&nbsp;")
#: a spaced hyphen: a dash in prose ("CB Richard Ellis - an estate agent - said"), a separator
#: in menus ("Home - World - Sport")
_DASHES = re.compile(r"\s-\s(?=\S)")
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)\]]))\s+(?=[\"'“‘(\[]?[A-Z])")
#: glyphs that start the items of link lists and tickers ("» Top story", "• Just in")
_LIST_GLYPHS = "»•·►▶■●◆→"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

#: a prose line has at least this many words
MIN_WORDS = 8
#: a line with no sentence ending is kept only as one long sentence (a standfirst)
MIN_WORDS_UNTERMINATED = 12


def is_prose(line: str) -> bool:
    """True when a line reads as article prose rather than page furniture.

    >>> is_prose("North Korea on Thursday denounced French President Emmanuel Macron for criticising it.")
    True
    >>> is_prose("Bitcoin (BTC) $ 63,768.09 1.02%"), is_prose("About Us | Advertise with Us | Contact Us")
    (False, False)
    >>> is_prose("Jo Smith, director of Acme - an estate agency - told the BBC this was a good step.")
    True
    >>> is_prose("Home - World news - Business news - Sport news - Weather - Contact")
    False
    """
    words = _WORD.findall(line)
    if len(words) < MIN_WORDS or line[0] in _LIST_GLYPHS:
        return False
    letters = sum(c.isalpha() for c in line)
    if letters < 0.6 * len(line.replace(" ", "")):
        return False
    if len(_SEPARATORS.findall(line)) >= 2:
        return False
    dashes = len(_DASHES.findall(line))
    if dashes >= 2 and (not _SENTENCE_END.search(line.rstrip()) or dashes * 6 > len(words)):
        return False  # "Home - World - Business - Sport" is a menu; two dashes in prose are not
    lower = sum(1 for w in words if w[0].islower())
    if lower < 0.3 * len(words):  # menus and headline lists are Title Case
        return False
    stripped = line.rstrip()
    if stripped.endswith("?") and len(_SENTENCE_SPLIT.split(stripped)) == 1:
        return False  # polls and calls to action are lone questions
    if not _SENTENCE_END.search(stripped):
        return len(words) >= MIN_WORDS_UNTERMINATED and not stripped.endswith(":")
    return True


def trim_unfinished(line: str) -> str:
    """Drop a trailing unfinished sentence from a multi-sentence line (a cut-off teaser).

    >>> trim_unfinished("Romania excluded a hopeful. On Saturday, an electoral commission statement")
    'Romania excluded a hopeful.'
    """
    stripped = line.rstrip()
    if _SENTENCE_END.search(stripped):
        return stripped
    parts = _SENTENCE_SPLIT.split(stripped)
    if len(parts) > 1:
        return stripped[: len(stripped) - len(parts[-1])].rstrip()
    return stripped


def clean_text(text: str) -> str:
    """Article prose from a page's text: prose lines kept, paragraphs separated by blank lines.

    >>> clean_text("Menu | Home | World\\nKim Jong-un met Vladimir Putin in Pyongyang on Wednesday, state media said.\\nShare this")
    'Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday, state media said.'
    """
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept = []
    for raw in text.split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", raw).strip()
        if line and is_prose(line):
            kept.append(trim_unfinished(line))
    return "\n\n".join(kept)
