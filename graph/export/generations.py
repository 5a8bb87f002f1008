"""Export generations: a set of files that readers see switch from one build to the next in one step.

Every build writes its files into a fresh hidden generation folder inside the output folder. The
user-visible names are fixed symbolic links through one pointer::

    exports/graph.json      -> .kg-current/graph.json      (written once, never changed)
    exports/.kg-current     -> .kg-gen-4711-k2j3h1          (the one link a build replaces)
    exports/.kg-gen-4711-k2j3h1/graph.json ... manifest.json

When every file of the new generation is written and synced, its `manifest.json` is written last
and the pointer is replaced by one atomic rename: every name then shows the new generation, and
before it every name showed the previous one; no moment shows a mix. The previous generation is
removed afterwards. A build killed before the switch leaves its generation folder behind; the next
build into the folder removes it (`clean_leftovers`) and reports what it removed.

Generation and temporary names carry the id of the process that made them, so a build never
removes the folder of another build still running (builds into one folder also take a lock).

Where the file system has no symbolic links the files are moved into place one by one, as
before generations existed (see docs/reliability.md).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract.errors import ExportError
from graph.export.atomic import TEMP_PREFIX, deferred_signals, fsync_dir, write_atomic
from graph.faults import fault_point

#: the link naming the current generation
POINTER = f"{TEMP_PREFIX}current"
#: prefix of generation folders: .kg-gen-<pid>-<random>
GENERATION_PREFIX = f"{TEMP_PREFIX}gen-"
#: written last into each generation: its id and the size and SHA-256 of every file
MANIFEST = "manifest.json"

_OWNED = re.compile(rf"^{re.escape(TEMP_PREFIX)}(?:gen|tmp)-(\d+)-")
#: folders and files of kg-builder versions before generations (no process id in the name)
_LEGACY = re.compile(rf"^{re.escape(TEMP_PREFIX)}(?:staging-.*|.+\.tmp)$")


@dataclass(frozen=True)
class Leftover:
    """A generation folder or temporary file of an earlier build that was killed."""

    path: Path
    size: int  # bytes

    def __str__(self) -> str:
        return f"{self.path.name} ({self.size / 1e6:.1f} MB)"


@dataclass(frozen=True)
class GenerationState:
    """What the output folder shows: the generation id and whether it is complete and unmixed."""

    generation: str | None  # the id in the manifest of the current generation
    complete: bool
    problems: tuple[str, ...] = ()


@contextmanager
def new_generation(out_dir: str | Path, names: Iterable[str],
                   on_switched: Callable[[], None] | None = None) -> Iterator[Path]:
    """A fresh generation folder for the files `names`; when the block succeeds it becomes the
    current generation in one step, when it fails it is removed and nothing visible changes.

    `on_switched` is called right after the switch (signals are held back until the old
    generation is removed, so a caller learns whether an interruption came before or after).

    >>> out = Path(tempfile.mkdtemp())
    >>> with new_generation(out, ["a.txt"]) as gen:
    ...     _ = (gen / "a.txt").write_text("one")
    >>> with new_generation(out, ["a.txt"]) as gen:
    ...     _ = (gen / "a.txt").write_text("two")
    >>> (out / "a.txt").read_text(), sorted(p.name for p in out.iterdir() if p.name[0] != ".")
    ('two', ['a.txt'])
    """
    out = Path(out_dir)
    names = tuple(names)
    out.mkdir(parents=True, exist_ok=True)
    _check_names(out, names)
    gen = Path(tempfile.mkdtemp(prefix=f"{GENERATION_PREFIX}{os.getpid()}-", dir=out))
    os.chmod(gen, 0o777 & ~_umask())  # mkdtemp's 0700 would hide the exports from other users
    try:
        yield gen
        fault_point("export-written")
        missing = [name for name in names if not (gen / name).is_file()]
        if missing:
            raise ExportError(f"{gen}: {', '.join(missing)} not written (previous exports left unchanged)")
        _write_manifest(gen, names)
        fsync_dir(gen)
        fault_point("switch")
        with deferred_signals():
            previous = _switch(out, gen, names)
            if on_switched:
                on_switched()
            fault_point("old")
            if previous is not None and previous != gen:
                shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        if current(out) != gen:
            shutil.rmtree(gen, ignore_errors=True)
        raise


def current(out_dir: str | Path) -> Path | None:
    """The folder of the current generation, or None (no build yet, or one before generations)."""
    pointer = Path(out_dir) / POINTER
    try:
        target = os.readlink(pointer)
    except OSError:
        return None
    return Path(out_dir) / target


def clean_leftovers(out_dir: str | Path) -> list[Leftover]:
    """Remove what killed builds left in `out_dir`: generation folders that are not current and
    temporary files, of processes no longer running. Returns what was removed."""
    out = Path(out_dir)
    if not out.is_dir():
        return []
    keep = current(out)
    removed = []
    for entry in sorted(out.iterdir()):
        if entry == keep or entry.name == POINTER or not _stale(entry.name):
            continue
        size = _size(entry)
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except FileNotFoundError:
            continue
        removed.append(Leftover(entry, size))
    return removed


def state(out_dir: str | Path, names: Iterable[str]) -> GenerationState:
    """Check what `out_dir` shows: every name one file of the current generation, each file as
    its manifest records it (size and SHA-256). For tests and benchmarks/signals.py."""
    out = Path(out_dir)
    gen = current(out)
    if gen is None:
        return GenerationState(None, False, ("no current generation",))
    try:
        manifest = json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return GenerationState(None, False, (f"no readable manifest: {exc}",))
    problems = []
    for name in names:
        path = out / name
        if not path.is_symlink() or os.readlink(path) != f"{POINTER}/{name}":
            problems.append(f"{name} is not the link into the current generation")
            continue
        record = manifest["files"].get(name)
        if record is None:
            problems.append(f"{name} is not in the manifest")
        elif _digest(path) != (record["bytes"], record["sha256"]):
            problems.append(f"{name} differs from the manifest")
    return GenerationState(manifest["generation"], not problems, tuple(problems))


# -- the steps ---------------------------------------------------------------------------------

def _check_names(out: Path, names: tuple[str, ...]) -> None:
    """Fail before any work when a name cannot become a link (a folder holds it)."""
    for name in (POINTER, *names):
        path = out / name
        if path.is_dir() and not path.is_symlink():
            raise ExportError(f"{path} is a folder; kg-builder needs this name for a file")


def _write_manifest(gen: Path, names: tuple[str, ...]) -> None:
    files = {}
    for name in names:
        size, sha = _digest(gen / name)
        files[name] = {"bytes": size, "sha256": sha}
    generation = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{gen.name[len(GENERATION_PREFIX):]}"
    write_atomic(gen / MANIFEST, [json.dumps({"generation": generation, "files": files}, indent=1), "\n"])


def _switch(out: Path, gen: Path, names: tuple[str, ...]) -> Path | None:
    """Point every name at `gen`; returns the previous generation folder."""
    previous = current(out)
    if not _replace_link(out, POINTER, gen.name):
        _move_files(out, gen, names)  # no symbolic links here: the files themselves
        return previous
    fsync_dir(out)
    for name in names:
        path = out / name
        if path.is_symlink() and os.readlink(path) == f"{POINTER}/{name}":
            continue
        fault_point("rename")
        _replace_link(out, name, f"{POINTER}/{name}")
    fsync_dir(out)
    return previous


def _replace_link(out: Path, name: str, target: str) -> bool:
    """Atomically make `out/name` a symbolic link to `target`; False where links are unsupported."""
    tmp = out / f"{TEMP_PREFIX}tmp-{os.getpid()}-{name.lstrip('.')}"
    try:
        tmp.unlink()
    except FileNotFoundError:
        pass
    try:
        os.symlink(target, tmp)
    except (NotImplementedError, PermissionError):
        return False
    except OSError as exc:
        if exc.errno in (1, 38, 95):  # EPERM, ENOSYS, EOPNOTSUPP: a file system without links
            return False
        raise
    os.replace(tmp, out / name)
    return True


def _move_files(out: Path, gen: Path, names: tuple[str, ...]) -> None:
    for name in names:
        fault_point("rename")
        os.replace(gen / name, out / name)
    fsync_dir(out)
    shutil.rmtree(gen, ignore_errors=True)


def _stale(name: str) -> bool:
    """Whether a hidden name belongs to a build that is no longer running."""
    if _LEGACY.match(name):
        return True
    owned = _OWNED.match(name)
    if not owned:
        return False  # not ours (the lock file, a user's own hidden file)
    pid = int(owned.group(1))
    if pid == os.getpid():
        return True  # made by an earlier process that had our id: ours start after this check
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _size(path: Path) -> int:
    if path.is_symlink() or not path.is_dir():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*"))


def _digest(path: Path) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


def _umask() -> int:
    """The process's umask: from /proc on Linux, else read by setting it and putting it back."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
