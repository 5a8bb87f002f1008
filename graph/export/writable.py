"""Fail fast: find out before a long build whether its exports can be written at all."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from extract.errors import ExportError
from extract.sources import display_name
from graph.export.atomic import TEMP_PREFIX


def check_writable(out_dir: str | Path) -> None:
    """Raise ExportError when no file can be created in `out_dir` (or, when it does not exist
    yet, in the nearest directory above it that does): a path through a file, a read-only
    disk, missing permissions. Nothing is left behind.

    >>> import tempfile, pathlib
    >>> check_writable(pathlib.Path(tempfile.mkdtemp()) / "new" / "exports")
    """
    out = Path(out_dir)
    existing = out
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        raise ExportError(f"cannot write the exports to {display_name(out)}: {display_name(existing)} "
                          "is not a directory")
    try:
        fd, probe = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}probe-", dir=existing)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise ExportError(f"cannot write the exports to {display_name(out)}: "
                          f"{(exc.strerror or str(exc)).lower()} ({display_name(existing)})") from None
