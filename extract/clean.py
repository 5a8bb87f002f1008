"""Page boilerplate removal and the headline: pure str -> str.

Saved news pages carry menus, tickers, share buttons, comment forms and footers around the
article. A line is kept when it reads as prose: enough lower-case words, mostly letters, few
separators, a sentence ending. After the article, teasers for other stories are dropped: a
generic section heading ("Related stories", "Most read") or a run of excerpts cut off
mid-sentence. No list of strings from any site is used.

A plain-text article's first line is its headline when it is short, unpunctuated and set off
by a blank line or a dateline (`split_headline`); `article_text` puts it back in front of the
cleaned body as a sentence of its own, so that facts stated only in the headline are parsed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.comments import comments_start

_BLANKS = re.compile(r"[ \t\u00a0]+")
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
_SPACE = re.compile(r"\s+")
_STORY_START = re.compile(r"[\"'“‘]?[A-Z]")
#: a lower-case function word glued to the capitalised word after it, a typing slip ("ofNew
#: Labour", "theUnited States", "inLondon"): the tokenizer keeps it one token, which then
#: becomes part of a name. Only closed-class words (articles, prepositions, conjunctions) of
#: two letters or more, not inside a handle, hashtag, address or longer word ("@inLondon",
#: "#theVoice", "x.inLondon.com", "McDonald"); the capitalised part must go on in lower case
#: ("theBBC", an acronym, is left alone)
GLUED = re.compile(r"(?<![\w@#/.:\\\-'’])(of|the|in|on|at|to|by|for|from|with|and|or|but|into|onto"
                   r"|than|as|an|among|about|after|before|against|between|during|over|under)"
                   r"(?=[A-Z][a-z]{2,})")

#: headings of the blocks a page shows after its article: links to other stories, sharing,
#: comments, sign-ups, copyright. Generic web vocabulary, not taken from any article.
_TEASER_HEADING = re.compile(
    r"^(?:related(?:\s+\w+)?|more\s+(?:from|on|in|about|stories|articles|news|like\s+this)\b.*"
    r"|(?:most|more)\s+(?:read|popular|viewed|shared|watched)(?:\s+\w+)?|latest(?:\s+\w+)?"
    r"|recommended(?:\s+\w+){0,2}|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)"
    r"|read\s+(?:more|next)|top\s+stories|trending(?:\s+\w+)?|share\s+(?:this|on)\b.*"
    r"|(?:leave\s+a\s+|post\s+a\s+)?(?:comment|reply|comments)|(?:your|readers['’]?)\s+(?:comments|views)"
    r"|have\s+your\s+say|send\s+us\s+your\s+(?:comments|views)|sign\s+up\b.*|subscribe\b.*"
    r"|newsletter\b.*|follow\s+us\b.*|(?:©|copyright\b).*)$", re.IGNORECASE)
_HEADING_MAX_WORDS = 6
_HEADLINE_END = re.compile(r"[.:;,!]$")

#: a prose line has at least this many words
MIN_WORDS = 8
#: a line with no sentence ending is kept only as one long sentence (a standfirst)
MIN_WORDS_UNTERMINATED = 12
#: a headline has at least this many words and at most MAX_HEADLINE_WORDS
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 3, 25
#: trailing teasers: at least this many kept lines, each cut off mid-sentence
MIN_TEASER_RUN = 2


#: is_prose keeps its answers for this many recent lines up to _REMEMBERED_CHARS long: the
#: build reads each article's lines twice (its duplicate key, extract.sources.text_key, then
#: the text to parse, which may lack the title line) and page furniture repeats across pages
_REMEMBERED_LINES, _REMEMBERED_CHARS = 4096, 2000


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
    return _remembered_prose(line) if len(line) <= _REMEMBERED_CHARS else _prose(line)


@lru_cache(maxsize=_REMEMBERED_LINES)
def _remembered_prose(line: str) -> bool:
    return _prose(line)


def _prose(line: str) -> bool:
    words = _WORD.findall(line)
    if len(words) < MIN_WORDS or line[0] in _LIST_GLYPHS:
        return False
    letters = sum(map(str.isalpha, line))
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


def is_teaser_heading(line: str) -> bool:
    """True for the heading of a block of links, sharing or comments after an article.

    >>> is_teaser_heading("Related Stories"), is_teaser_heading("More from Business")
    (True, True)
    >>> is_teaser_heading("Related party transactions rose sharply in the second quarter.")
    False
    """
    stripped = line.strip().rstrip(":").strip()
    return (0 < len(_WORD.findall(stripped)) <= _HEADING_MAX_WORDS or stripped.startswith("©")) \
        and _TEASER_HEADING.match(stripped) is not None


def _lines(text: str) -> list[str]:
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    # blanks collapsed over the whole text at once: a run of them never spans a line end
    return [raw.strip() for raw in _BLANKS.sub(" ", text).split("\n")]


def clean_text(text: str) -> str:
    """Article prose from a page's text: prose lines kept, paragraphs separated by blank lines.

    Reading stops at a teaser heading once the article has begun and the rest of the page is
    shorter than what came before (a sidebar in mid-article does not end it); a trailing run
    of excerpts cut off mid-sentence or without an ending (teasers) is dropped, and so is a
    run of readers' comments after the report (`readers_comments`).

    >>> clean_text("Menu | Home | World\\nKim Jong-un met Vladimir Putin in Pyongyang on Wednesday, state media said.\\nShare this")
    'Kim Jong-un met Vladimir Putin in Pyongyang on Wednesday, state media said.'
    """
    lines = _lines(text)
    lines = lines[:readers_comments(lines)]
    remaining = sum(len(line) for line in lines)
    kept: list[str] = []
    finished: list[bool] = []
    read = 0
    for line in lines:
        read += len(line)
        if kept and remaining - read < read and is_teaser_heading(line):  # the cheap test first
            break
        if line and is_prose(line):
            trimmed = trim_unfinished(line)
            kept.append(unglue(trimmed))
            # a teaser is the opening of another story, cut off: it starts as a story starts
            finished.append(trimmed == line or not _STORY_START.match(line))
    run = 0
    while run < len(kept) and not finished[len(kept) - 1 - run]:
        run += 1
    if run >= MIN_TEASER_RUN and run < len(kept):
        kept = kept[: len(kept) - run]
    return "\n\n".join(kept)


def readers_comments(lines: list[str]) -> int | None:
    """The index in `lines` where a run of readers' comments begins (extract.comments), or None."""
    filled = [i for i, line in enumerate(lines) if line]
    start = comments_start([lines[i] for i in filled])
    return None if start is None else filled[start]


def unglue(line: str) -> str:
    """The line with each function word glued to a capitalised word set apart (GLUED).

    >>> unglue("a leader ofNew Labour visited theUnited States and inLondon met theBBC")
    'a leader of New Labour visited the United States and in London met theBBC'
    >>> unglue("Follow @inLondon or see #theVoice; iPhone, eBay and McDonald stay")
    'Follow @inLondon or see #theVoice; iPhone, eBay and McDonald stay'
    """
    return GLUED.sub(r"\1 ", line)


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline, rest): the first line is a headline when it is short, has no sentence
    punctuation at its end, and a blank line or a dateline follows it; else (None, text).

    >>> split_headline("India seeks to boost construction\\n\\nIndia has cleared a proposal.")
    ('India seeks to boost construction', '\\nIndia has cleared a proposal.')
    >>> split_headline("India has cleared a proposal.\\n\\nIt was welcomed.")[0] is None
    True
    """
    from extract.dates import header_date  # dates reads prose with is_prose: import here

    first, newline, rest = text.lstrip("\ufeff \t\r\n").partition("\n")
    line = _BLANKS.sub(" ", first).strip()
    words = _WORD.findall(line)
    if not newline or not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return None, text
    following = rest.lstrip(" \t\r").partition("\n")[0].strip()
    if _HEADLINE_END.search(line) or line[0] in _LIST_GLYPHS or line[0].islower() \
            or len(_SEPARATORS.findall(line)) + len(_DASHES.findall(line)) > 1 or is_teaser_heading(line) or header_date(line):
        return None, text
    if following and not header_date(following):
        return None, text
    return line, rest


def headline_sentence(headline: str, body: str = "") -> str:
    """The headline as a sentence to parse: Title Case words that the body writes in lower
    case, and never capitalised mid-sentence, are lowered (the parser reads "Pledges Support For" as a name), and a full stop ends
    it (the blank line after it already ends the sentence; the stop is what the parser expects).

    >>> headline_sentence("Putin Pledges Support For Kim", "Russia pledges its support for the North.")
    'Putin pledges support for Kim.'
    >>> headline_sentence("Is the euro safe?")
    'Is the euro safe?'
    """
    words = _WORD.findall(headline)
    if words and sum(w[0].isupper() for w in words) > 0.8 * len(words) and len(words) > 2:
        lower = {w for w in _WORD.findall(body) if w.islower()}
        lower -= {m.group().lower() for m in _WORD.finditer(body)  # capitalised mid-sentence
                  if m.group()[0].isupper() and re.search(r"[\w,]\s+$", body[max(0, m.start() - 3):m.start()])}
        first = _WORD.search(headline).start()

        def lowered(match: re.Match) -> str:
            word = match.group()
            return word.lower() if match.start() != first and word.lower() in lower \
                and word[1:].islower() else word
        headline = _WORD.sub(lowered, headline)
    if re.search(r"[.!?][\"'”’)\]]*$", headline) or re.search(r"\b\w$", headline):
        return headline  # "A/S." would be read as one abbreviation token: leave single letters
    return headline + "."


def article_text(text: str, title: str | None = None) -> str:
    """The text to parse for one article: the headline as its first paragraph, then the
    cleaned body. A body that begins with the title does not repeat it.

    >>> article_text("Menu | Home\\nKim Jong-un met Vladimir Putin in Pyongyang on Wednesday, state media said.",
    ...              title="Kim meets Putin")
    'Kim meets Putin.\\n\\nKim Jong-un met Vladimir Putin in Pyongyang on Wednesday, state media said.'
    """
    if title:
        first, _, rest = text.lstrip("\ufeff \t\r\n").partition("\n")
        if _SPACE.sub(" ", first).strip() == _SPACE.sub(" ", title).strip():
            text = rest
    body = clean_text(text)
    title = unglue(_SPACE.sub(" ", title or "").strip())
    if not title:
        return body
    head = headline_sentence(title, body)
    return f"{head}\n\n{body}" if body else head
