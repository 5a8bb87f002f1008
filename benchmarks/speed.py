"""Shared by the speed and memory benchmarks (workers.py, memory.py, build_vs_spacy.py): the
sample inputs and a child process measured for wall time, CPU time and peak memory.

Every figure comes from a fresh child process (`run_child`), so model loading, caches and
peak RSS of one run never leak into the next. The machine's load average is printed with
the figures: on a shared machine wall-time ratios are depressed; CPU times are not.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA_DIR = ROOT.parent / "shared" / "eval" / "corpora"
BBC = CORPORA_DIR / "bbc_news" / "bbc"
WIKINEWS = [CORPORA_DIR / "wikinews_2019_2020" / "wikinews_2019.csv",
            CORPORA_DIR / "wikinews_2019_2020" / "wikinews_2020.csv"]
PYTHON = sys.executable


def bbc_files(limit: int | None = None) -> list[Path]:
    """BBC article files, taken round-robin across the five categories so a sample mixes them."""
    by_category = [sorted(d.glob("*.txt")) for d in sorted(BBC.iterdir()) if d.is_dir()]
    files = [f for group in _zip_longest(by_category) for f in group]
    return files[:limit] if limit else files


def _zip_longest(groups):
    for i in range(max(len(g) for g in groups)):
        yield [g[i] for g in groups if i < len(g)]


def bbc_sample(directory: Path, limit: int | None = None) -> Path:
    """A directory of links to `limit` BBC articles (bbc_files), as category/NNN.txt like the corpus."""
    for f in bbc_files(limit):
        link = directory / f.parent.name / f.name
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(f)
    return directory


def long_article(path: Path, chars: int = 1_000_000) -> Path:
    """One article of exactly `chars` characters: BBC articles one after another, a blank line apart."""
    text = ""
    for f in bbc_files():
        text += f.read_text(encoding="latin-1").strip() + "\n\n"
        if len(text) >= chars:
            break
    path.write_text(text[:chars], encoding="utf-8")
    return path


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process and its children
    peak_mb: float  # largest resident set of the process or any of its children
    stdout: str
    stderr: str


def run_child(args: list[str], env: dict | None = None) -> Run:
    """Run a command to its end; its wall time, CPU time and peak RSS (os.wait4: the maximum
    over the process and every descendant it waited for, such as its worker processes)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen([str(a) for a in args], stdout=out, stderr=err, text=True, cwd=ROOT,
                                   env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode:
        raise RuntimeError(f"{' '.join(map(str, args))} failed ({process.returncode}):\n{stderr[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stdout, stderr)


def load() -> str:
    """The load averages (1, 5, 15 min) and the number of cores, for the printout."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"
