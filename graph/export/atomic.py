"""Atomic file writing: a temporary file in the target directory, fsync, then rename.

An interrupted or failed export never leaves a truncated file, and the previous good file
stays in place until the new one is complete. `staged_outputs` extends this to a set of files:
a build writes every export into a hidden staging directory and moves them into place only
when all of them were written, so a failure in the last writer keeps the whole previous export.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

#: prefix of the temporary files and staging directories (hidden; removed on failure)
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
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=".tmp", dir=path.parent)
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
def staged_outputs(out_dir: str | Path) -> Iterator[Path]:
    """A staging directory inside `out_dir`; when the block succeeds, every file written into it
    replaces its namesake in `out_dir`; when the block fails, nothing in `out_dir` changes.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with staged_outputs(out) as stage:
    ...     _ = (stage / "a.txt").write_text("new")
    >>> sorted(p.name for p in out.iterdir()), (out / "a.txt").read_text()
    (['a.txt'], 'new')
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}staging-", dir=out))
    try:
        yield stage
        mode = _default_mode()
        for staged in sorted(stage.iterdir()):
            target = out / staged.name
            try:
                os.chmod(staged, stat.S_IMODE(target.stat().st_mode))
            except FileNotFoundError:
                os.chmod(staged, mode)
            os.replace(staged, target)
        _fsync_dir(out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _fsync_dir(directory: Path) -> None:
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
