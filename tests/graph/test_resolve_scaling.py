"""Coreference and resolution do work about linear in the length of one article.

A long article (up to the 1,000,000 characters the build accepts) must not make them compare
every name with every earlier one. No timing: the work is counted as the lines of Python the
modules execute (sys.settrace), on synthetic articles of n and 4n blocks; quadratic work would
make the count about 16 times larger, linear work about 4 times.
"""
from __future__ import annotations

import string
import sys
from itertools import product
from pathlib import Path

import pytest

from extract.coref import PERSONAL, Resolver
from extract.mentions import NameIndex
from extract.types import Mention
from graph.resolve import resolve

ROOT = Path(__file__).resolve().parents[2]
#: linear work gives about 4x; the bar leaves room for the logarithms of binary searches
MAX_GROWTH = 5.5


def lines_run(files: tuple[str, ...], work) -> int:
    """How many lines of the given source files `work()` executes."""
    paths = {str(ROOT / f) for f in files}
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename in paths else None

    sys.settrace(tracer)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


def surnames(n: int) -> list[str]:
    """n distinct capitalised words of letters ("Baab", "Baac", ...): names the key keeps apart."""
    return ["B" + "".join(p) for p, _ in zip(product(string.ascii_lowercase, repeat=3), range(n))]


def block(name: str, base: int) -> list[tuple]:
    """Rows of three sentences: "Anna <name> met Kim. He thanked the country. “I agree,” Kim said."."""
    rows = [
        ("Anna", "PROPN", "NNP", "compound", 1, "Anna", "B-PERSON"),
        (name, "PROPN", "NNP", "nsubj", 2, name, "I-PERSON"),
        ("met", "VERB", "VBD", "ROOT", 2, "meet", "O"),
        ("Kim", "PROPN", "NNP", "dobj", 2, "Kim", "B-PERSON"),
        (".", "PUNCT", ".", "punct", 2, ".", "O"),
        ("He", "PRON", "PRP", "nsubj", 6, "he", "O"),
        ("thanked", "VERB", "VBD", "ROOT", 6, "thank", "O"),
        ("the", "DET", "DT", "det", 8, "the", "O"),
        ("country", "NOUN", "NN", "dobj", 6, "country", "O"),
        (".", "PUNCT", ".", "punct", 6, ".", "O"),
        ("“", "PUNCT", "``", "punct", 16, "“", "O"),
        ("I", "PRON", "PRP", "nsubj", 12, "I", "O"),
        ("agree", "VERB", "VBP", "ccomp", 16, "agree", "O"),
        (",", "PUNCT", ",", "punct", 16, ",", "O"),
        ("”", "PUNCT", "''", "punct", 16, "”", "O"),
        ("Kim", "PROPN", "NNP", "nsubj", 16, "Kim", "B-PERSON"),
        ("said", "VERB", "VBD", "ROOT", 16, "say", "O"),
        (".", "PUNCT", ".", "punct", 16, ".", "O"),
    ]
    return [(w, p, t, d, h + base, lemma, e) for w, p, t, d, h, lemma, e in rows]


def coref_work(doc_of, n: int):
    rows = [r for i, name in enumerate(surnames(n)) for r in block(name, 18 * i)]
    doc = doc_of(rows)

    def work():
        resolver = Resolver(doc, NameIndex(doc, "d"))
        found = [resolver.resolve(t) for t in doc if t.lower_ in PERSONAL | {"country", "i"}]
        assert any(found)  # the pronouns are resolved: the work is real

    return work


def test_coref_work_grows_linearly_with_the_article(doc_of):
    files = ("extract/coref.py", "extract/mentions.py", "extract/quotes.py")
    lines_run(files, coref_work(doc_of, 40))  # warm the caches (gender, gazetteer)
    small = lines_run(files, coref_work(doc_of, 40))
    large = lines_run(files, coref_work(doc_of, 160))
    assert large / small <= MAX_GROWTH, (small, large)


def mentions(n: int) -> list[Mention]:
    """One article of n paragraphs, each naming a person in full, then by surname, a company in
    full, then by its first word, and "Kim", whom two full names of the article fit."""
    out, offset = [], 0
    for i, name in enumerate(surnames(n)):
        company = "C" + name[1:]
        for text, kind in ((f"Anna {name}", "PERSON"), ("Kim Jong-un", "PERSON"), (name, "PERSON"),
                           (f"{company} Motor Company", "ORG"), (company, "ORG"),
                           ("Kim Yo-jong", "PERSON") if i % 2 else ("Seoul", "GPE"), ("Kim", "PERSON")):
            out.append(Mention("d", text, kind, offset, offset + len(text), offset))
            offset += len(text) + 12  # "... said. " between names: one sentence each
    return out


def text_of(ms: list[Mention]) -> str:
    chars = [" "] * (ms[-1].end + 1)
    for m in ms:
        chars[m.start:m.end] = m.text
        chars[m.end:m.end + 7] = " said. "
    return "".join(chars)


@pytest.mark.parametrize("n", [40])
def test_resolution_work_grows_linearly_with_the_article(n):
    def work(size):
        ms = mentions(size)
        texts = {"d": text_of(ms)}

        def run():
            result = resolve(ms, texts=texts)
            assert len(result.entities) >= 2 * size  # every person and company is an entity
        return run

    files = ("graph/resolve.py",)
    lines_run(files, work(4 * n))  # warm the caches (name keys)
    small = lines_run(files, work(n))
    large = lines_run(files, work(4 * n))
    assert large / small <= MAX_GROWTH, (small, large)
