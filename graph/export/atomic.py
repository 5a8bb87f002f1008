"""Atomic file writing: a temporary file in the target directory, fsync, then rename.

An interrupted or failed export never leaves a truncated file, and the previous good file
stays in place until the new one is complete. A set of files switches in one step through
`graph.export.generations`, which also uses `deferred_signals` and `fsync_dir` from here.
"""
from __future__ import annotations

import os
import signal
import stat
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

#: prefix of temporary files and generation folders (hidden; removed on failure or by the next build)
TEMP_PREFIX = ".kg-"


def _default_mode() -> int:
    """The permissions a newly created file would get (mkstemp always uses 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path`, on error it is removed.

    The new file keeps the permissions of the file it replaces (else the usual umask ones).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_open(target) as handle:
    ...     _ = handle.write("done")
    >>> target.read_text()
    'done'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        file_mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        file_mode = _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}tmp-{os.getpid()}-{path.name}.", dir=path.parent)
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding,
                       newline=None if binary else "\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, file_mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_lines(path: str | Path, lines: Iterable[str]) -> None:
    """Write an iterable of lines (without newlines) atomically."""
    with atomic_open(path) as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")


def write_atomic(path: str | Path, chunks: Iterable[str]) -> Path:
    """Write text `chunks` (a generator of the serialised file) atomically; returns the path."""
    with atomic_open(path) as handle:
        for chunk in chunks:
            handle.write(chunk)
    return Path(path)


@contextmanager
def deferred_signals(signums: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)) -> Iterator[None]:
    """Hold SIGINT and SIGTERM back during a step that must not stop half-way (switching export
    generations); a signal that arrived meanwhile is delivered when the block ends.

    Only the main thread can set signal handlers; elsewhere the block runs unprotected.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = {signum: signal.signal(signum, lambda n, frame: pending.append(n)) for signum in signums}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)


def fsync_dir(directory: Path) -> None:
    """Make the renames durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
