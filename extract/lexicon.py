"""lemminflect's and gender-guesser's word tables, read lazily: only the words asked for are decoded.

Both libraries parse their whole table into nested dicts on first use (lemminflect's lemma and
inflection tables, 80,676 and 40,450 lines; gender-guesser's 48,821 names): about 0.7 s CPU per
process, a fifth of everything a 100-article build does outside spaCy. An article asks for a
few hundred words. So the tables here keep the raw lines (lemminflect's: the decompressed file,
sorted by word, searched by binary search; gender-guesser's: the lines indexed by name) and
decode a word's lines with the library's own parser when the word is asked for, merging them
as the library's loader does: every answer is the one the library gives (tests/extract/
test_lexicon.py compares every word of each table). `install()` hands the tables to the
libraries, which load their own only when none is set (`hasattr` in lemminflect's
`_getLemmaDict` / `_getInflDict`).
"""
from __future__ import annotations

import bisect
import gzip
from functools import lru_cache
from pathlib import Path


def _word(line: str) -> str:
    return line[:line.index(",")]


class _SortedLines(dict):
    """A read-only mapping word -> entry over a table's lines sorted by word (`line` starts
    with "word,"); `decode(lines)` builds one word's entry. Only `get` and `[]` are answered
    (what the libraries call); the lines are read on the first lookup."""

    def __init__(self, path: str, decode, overrides: dict | None = None):
        super().__init__()
        self._path, self._decode, self._overrides = path, decode, overrides or {}
        self._lines: list[str] | None = None
        self._decoded: dict[str, object] = {}  # the libraries copy what they are given

    def _entry(self, word: str):
        if word in self._overrides:
            return self._overrides[word]
        if word in self._decoded:
            return self._decoded[word]
        entry = self._decoded[word] = self._read(word)
        return entry

    def _read(self, word: str):
        if self._lines is None:
            self._lines = gzip.decompress(Path(self._path).read_bytes()).decode().splitlines()
        lines = self._lines
        i = bisect.bisect_left(lines, word, key=_word)
        j = i
        while j < len(lines) and _word(lines[j]) == word:
            j += 1
        return self._decode(lines[i:j]) if j > i else None

    def get(self, word, default=None):
        entry = self._entry(word)
        return default if entry is None else entry

    def __getitem__(self, word):
        entry = self._entry(word)
        if entry is None:
            raise KeyError(word)
        return entry

    def __contains__(self, word) -> bool:
        return self._entry(word) is not None


def _lemma_entry(lines: list[str]) -> dict:
    """One word's lemmas as lemminflect's LemmaLUCodec.load merges them: {upos: forms}."""
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    entry: dict = {}
    for line in lines:
        _, category, forms = LemmaLUCodec.fromString(line)
        entry.update({categoryToUPos(category): forms})
    return entry


def _inflection_entry(lines: list[str]) -> dict:
    """One lemma's forms as lemminflect's InflectionLUCodec.load merges them: {tag: forms}."""
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    entry: dict = {}
    for line in lines:
        entry.update(InflectionLUCodec.fromString(line)[2])
    return entry


def lemma_table() -> _SortedLines:
    """lemminflect's lemma table (word -> {upos: lemmas}), read lazily."""
    from lemminflect import config

    return _SortedLines(config.lemma_lu_fn, _lemma_entry)


def inflection_table() -> _SortedLines:
    """lemminflect's inflection table (lemma -> {tag: forms}), read lazily; the modal and
    auxiliary verbs come from the library's hard-coded forms, as in its loader."""
    from lemminflect import config
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    return _SortedLines(config.inflection_lu_fn, _inflection_entry,
                        overrides=InflectionLUCodec.updateForAuxMod({}))


class _Names(dict):
    """gender-guesser's `Detector.names` (lower-case name -> {gender: country values}) for a
    detector that ignores case: the data file's lines indexed by name, a name's entry decoded
    by the library's own line parser when it is asked for."""

    def __init__(self, path: str):
        super().__init__()
        self._index: dict[str, list[str]] = {}
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line[:1] in "#=":  # comments (the library skips lines starting with either)
                continue
            name = line.split(None, 2)[1].lower()
            keys = [name.replace("+", r) for r in ("", " ", "-")] if "+" in name else [name]
            for key in keys:
                self._index.setdefault(key, []).append(line)
        self._decoded: dict[str, dict] = {}

    def __contains__(self, name) -> bool:
        return name in self._index

    def __getitem__(self, name):
        entry = self._decoded.get(name)
        if entry is None:
            import gender_guesser.detector

            scratch = gender_guesser.detector.Detector.__new__(gender_guesser.detector.Detector)
            scratch.case_sensitive, scratch.names = False, {}
            for line in self._index[name]:
                scratch._eat_name_line(line.strip())
            entry = self._decoded[name] = scratch.names[name]
        return entry

    def get(self, name, default=None):
        return self[name] if name in self else default


@lru_cache(maxsize=1)
def name_detector():
    """gender-guesser's Detector (case-insensitive) over the lazily decoded names."""
    import os

    import gender_guesser.detector

    detector = gender_guesser.detector.Detector.__new__(gender_guesser.detector.Detector)
    detector.case_sensitive = False
    detector.names = _Names(os.path.join(os.path.dirname(gender_guesser.detector.__file__),
                                         "data", "nam_dict.txt"))
    return detector


def install() -> None:
    """Give lemminflect the lazy tables, unless it has loaded its own already (idempotent)."""
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer, inflections = Lemmatizer(), Inflections()
    if not hasattr(lemmatizer, "lemma_dict"):
        lemmatizer.lemma_dict = lemma_table()
    if not hasattr(inflections, "infl_dict"):
        inflections.infl_dict = inflection_table()
