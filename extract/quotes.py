"""Quotations in a text: where a speaker's own words stand. Pure."""
from __future__ import annotations

from bisect import bisect_left

from extract.nlp import doc_text

_QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"'}


def quotations(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of the double-quoted passages of a text, quote marks
    included; an unclosed quotation ends at its paragraph's end.

    >>> quotations('He said "we will" and left. \u201cNo,\u201d she said.')
    [(8, 17), (28, 33)]
    >>> quotations('He said: "A is so. "B is so." Then he left.')
    [(9, 19), (19, 29)]
    """
    spans, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in _QUOTE_PAIRS:
            close = _QUOTE_PAIRS[ch]
            end = text.find(close, i + 1)
            if ch == '"' and end >= 0 and _opens(text, end):
                # 'said: "A is so. "B is so." He left': a mark that opens, never closes, is
                # the next paragraph's quotation; this one ran unclosed to it (British style)
                spans.append((i, end))
                i = end
                continue
            para = text.find("\n\n", i + 1)
            if end < 0 or (0 <= para < end):
                end = para if para >= 0 else len(text)
                spans.append((i, end))
                i = end
                continue
            spans.append((i, end + 1))
            i = end + 1
            continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    """True when the straight quote mark at `i` can only open a quotation: white space (or the
    text's start) before it and a word after it ('said: "Far from ...').

    >>> _opens('made. "Far', 6), _opens('taxes." His', 6)
    (True, False)
    """
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and not after.isspace() and after != '"'


def quotation_at(doc, char: int) -> tuple[int, int] | None:
    """The (start, end) range of the quotation of a Doc holding character offset `char`;
    the Doc's quotations are found once and kept in its user_data. The quotations are
    disjoint and in order, so only the last one starting before `char` can hold it: a
    binary search keeps a long article's many look-ups linear, not quadratic."""
    spans, starts = doc.user_data.get("kg_quotations"), doc.user_data.get("kg_quotation_starts")
    if spans is None or starts is None:
        spans = doc.user_data["kg_quotations"] = quotations(doc_text(doc))
        starts = doc.user_data["kg_quotation_starts"] = [start for start, _ in spans]
    n = bisect_left(starts, char) - 1
    return spans[n] if n >= 0 and char < spans[n][1] else None
