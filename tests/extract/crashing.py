"""A worker task for tests of extract.workers, importable by name in a spawned worker process:
it kills its own process on a document whose id starts with "crash", like a segfault in spaCy."""
from __future__ import annotations

import os

from extract.pipeline import extract_batch


def crash_on_marker(documents, nlp, **options):
    if any(document.id.startswith("crash") for document in documents):
        os._exit(3)
    return extract_batch(documents, nlp, **options)
