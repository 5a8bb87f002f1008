"""The progress total of a build: how many articles to expect, known before they are all read."""
from __future__ import annotations

from typing import Callable

from extract.pipeline import EXTRACTION_FAILED
from extract.sources import Problem


class Tally:
    """The progress total: the articles read so far plus the inputs not yet opened, less the
    articles whose extraction failed. Files are counted before reading (`count_files`); a JSONL
    or CSV file counts one until its rows are read, so the total grows as rows are counted, and
    it shrinks when an input is skipped. Once everything is read it is the number of articles.

    A file opened changes the total only with what it yields, so the total does not dip while
    a file is read; `finish` gives the final count.

    >>> totals = []
    >>> tally = Tally(2, totals.append)
    >>> tally.file("a.jsonl"); _ = tally.document("row 1"); _ = tally.document("row 2")
    >>> tally.file("b.txt"); tally.problem(Problem("b.txt", "empty file", "empty")); tally.finish()
    >>> totals
    [2, 3, 2]
    """

    def __init__(self, files: int, on_total: Callable[[int], None] | None = None):
        self.files_left, self.documents, self.failed = files, 0, 0
        self.on_total = on_total
        self.total = None
        self._emit()

    def file(self, name: str) -> None:
        self.files_left -= 1

    def document(self, document):
        self.documents += 1
        self._emit()
        return document

    def problem(self, problem: Problem) -> None:
        if problem.kind == EXTRACTION_FAILED:
            self.failed += 1
            self._emit()

    def finish(self) -> None:
        self._emit()

    def _emit(self) -> None:
        total = self.documents + max(self.files_left, 0) - self.failed
        if total != self.total:
            self.total = total
            if self.on_total:
                self.on_total(total)
