"""Read inputs into Documents: files or directories -> Iterator[Document].

First version: `.txt` and `.md` files, directories recursively, in sorted order. A document's
id is its path relative to the input root without the extension (the file name for a file).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from extract.errors import InputError
from extract.types import Document

TEXT_SUFFIXES = frozenset({".txt", ".md"})


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every readable input file, directories walked recursively and sorted."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in TEXT_SUFFIXES:
                    yield child, path
        elif path.exists():
            yield path, path.parent
        else:
            raise InputError(str(path), "no such file or directory")


def read_documents(inputs: Iterable[str | Path]) -> Iterator[Document]:
    """Documents from text files; ids are stable relative paths without the suffix."""
    for path, root in iter_paths(inputs):
        text = path.read_text(encoding="utf-8", errors="replace")
        doc_id = path.relative_to(root).with_suffix("").as_posix()
        yield Document(id=doc_id, text=text, title=None, path=str(path))
