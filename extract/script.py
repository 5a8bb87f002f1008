"""Sentences written in another script than English's: the English model reads them as noise.

A news page quotes a statement in its original language ("Губернатор сказал: ..."), an
encyclopedia page gives a name in Greek or Chinese. The tagger and parser of an English model
label such words anyway, and the clause reader then builds facts from labels that mean nothing
("Скажем perceives tourist business"). A sentence whose letters are mostly outside the Latin
script gives no fact. Foreign words inside an English sentence (a name in Cyrillic in brackets)
leave it English; a sentence in another language written in Latin letters is not caught here.
"""
from __future__ import annotations

#: the Latin blocks of Unicode: Basic Latin and Latin-1 letters, Latin Extended-A/B and IPA,
#: Latin Extended Additional (Vietnamese), the Latin ligatures
_LATIN = ((0x0000, 0x02AF), (0x1E00, 0x1EFF), (0xFB00, 0xFB06))
#: below this share of Latin letters a sentence is not English
MIN_LATIN_SHARE = 0.5


def _latin(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _LATIN)


def latin_share(text: str) -> float:
    """The share of a text's letters that are Latin (1.0 for a text without letters).

    >>> latin_share("Putin met Kim."), latin_share("Ким Kim"), latin_share("1,000")
    (1.0, 0.5, 1.0)
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(map(_latin, letters)) / len(letters)


def foreign(text: str) -> bool:
    """True when a sentence is written mostly in another script than Latin.

    >>> foreign("Губернатор сказал, что медицина станет туризмом."), foreign("Zürich's café opened.")
    (True, False)
    """
    return not text.isascii() and latin_share(text) < MIN_LATIN_SHARE
