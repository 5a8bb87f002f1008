"""One build at a time per output directory: an exclusive `flock` on `<out>/.kg.lock`.

A build holds the lock from reading the previous state (`--into`) to the final rename of its
exports, so two builds into one folder run one after the other and neither loses the other's
articles. The kernel releases a `flock` when its process dies, however it dies, so a lock left
by a killed build never blocks the next one (its lock file stays, holding its pid, until the
next build removes it). A build removes the lock file, still holding the lock, as it finishes;
a build that was waiting on that file sees it is gone and locks the new one, so two builds
never hold "the" lock at once. The pid in the file only serves the waiting message.
"""
from __future__ import annotations

import errno
import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from extract.errors import BuildLocked, ExportError

#: the lock file inside the output directory (not `.kg-*`: those are leftovers to clean)
LOCK_NAME = ".kg.lock"
#: how often a waiting build tries again
POLL_SECONDS = 0.2


def holder(path: str | Path) -> int | None:
    """The pid written by the build holding the lock at `path` (None if unknown)."""
    try:
        text = Path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


@contextmanager
def build_lock(out_dir: str | Path, *, timeout: float | None = None,
               on_wait: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold the build lock of `out_dir` (created if missing) for the block.

    When another process holds it, `on_wait` is called once with "waiting for the build
    running in DIR (pid N)" and the build waits; after `timeout` seconds (None: no limit)
    it raises BuildLocked naming the directory and the holder.

    >>> import tempfile
    >>> with build_lock(tempfile.mkdtemp()) as path:
    ...     holder(path) == os.getpid()
    True
    """
    out = Path(out_dir)
    path = out / LOCK_NAME
    deadline = None if timeout is None else time.monotonic() + timeout
    told = created = False
    while True:
        try:
            created = not out.is_dir()
            out.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ExportError(f"cannot write the exports to {out}: "
                              f"{(exc.strerror or str(exc)).lower()}") from exc
        try:
            told = _acquire(fd, path, out, timeout, deadline, on_wait, told)
            if _same_file(fd, path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder removed that file as it finished: lock the new one
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield path
    finally:
        try:
            os.unlink(path)  # still held: a build waiting on this file tries again on a new one
        except FileNotFoundError:
            pass
        if created:
            _remove_if_empty(out)  # a build that wrote nothing leaves no folder behind
        os.close(fd)  # closing the last descriptor releases the lock


def _remove_if_empty(directory: Path) -> None:
    try:
        directory.rmdir()
    except OSError:
        pass  # it holds exports (or another build's lock file): keep it


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _acquire(fd: int, path: Path, out: Path, timeout: float | None, deadline: float | None,
             on_wait: Callable[[str], None] | None, told: bool) -> bool:
    """Lock `fd`, waiting as long as `deadline` allows; returns whether `on_wait` was told."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return told
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
        pid = holder(path)
        who = f" (pid {pid})" if pid else ""
        if deadline is not None and time.monotonic() >= deadline:
            raise BuildLocked(f"another build is running in {out}{who}; gave up after "
                              f"{timeout:g} s (--lock-timeout), nothing was written")
        if not told and on_wait:
            on_wait(f"waiting for the build running in {out}{who}")
        told = True
        time.sleep(POLL_SECONDS if deadline is None else
                   max(0.0, min(POLL_SECONDS, deadline - time.monotonic())))
