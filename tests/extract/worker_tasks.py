"""Worker tasks for tests of extract.workers, importable by name in a spawned worker process."""
from __future__ import annotations

import os

from extract.pipeline import Article, extract_batch


def crash_on_marker(documents, nlp, **options):
    """extract_batch, but the process dies on a document whose id starts with "crash" (a segfault)."""
    if any(document.id.startswith("crash") for document in documents):
        os._exit(3)
    return extract_batch(documents, nlp, **options)


def echo(documents, nlp, **options):
    """An article per document holding its text twice, unparsed: big results, fast."""
    return [Article(document, document.text * 2, (), ()) for document in documents]
