#!/usr/bin/env python3
"""Random signals at a real `kg build` of the Wikinews corpus: is the export always whole?

usage: python benchmarks/signals.py [--runs 20] [--aimed 10] [--seed 11] [--jobs 1] [--corpus DIR] [--work DIR]

One uninterrupted build first (it times the stages and is the "previous" generation). Then
`--runs` builds of the same corpus, each into its own copy of that folder (so `--jobs` of them can
run at once), each sent SIGTERM, SIGINT or SIGKILL (chosen at random): `--aimed` of them at a
random moment of the export stage (after the build reports it, through the test-only
KG_FAULT_TRACE points of graph/faults.py), the others at a random moment of the whole build.
After each: the exit code, the last message, the stage the signal hit, what the folder shows
(graph.export.generations.state: the complete previous generation, the complete new one, or
BROKEN), the leftovers, and whether the folder is clean after `clean_leftovers` (what the next
build does first). Last, one real next build into a folder with leftovers must remove and report
them. Prints a table; slow (about 20 builds). With `--add ARTICLE` the aimed runs add one article
to the base build with `--into` instead of building the corpus again: their export stage writes
the same whole-corpus generation, at a fraction of the CPU (for a busy machine).
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.export.generations import GENERATION_PREFIX, POINTER, clean_leftovers, state  # noqa: E402
from graph.pipeline import OUTPUTS  # noqa: E402

CORPUS = ROOT.parent / "shared" / "eval" / "corpora" / "wikinews_2019_2020" / "txt"
SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGKILL)
TRACE = "kg-fault: at "


@dataclass
class Run:
    """One build and what it printed, with the arrival time of each fault point."""

    process: subprocess.Popen
    started: float
    points: list[tuple[float, str]]
    messages: list[str]

    def wait_for(self, point: str) -> bool:
        while self.process.poll() is None:
            if any(name == point for _, name in self.points):
                return True
            time.sleep(0.05)
        return False

    def last_point(self) -> str:
        return self.points[-1][1] if self.points else "start (model loading)"


def _default_sigint() -> None:
    """A script started in the background inherits SIGINT ignored (POSIX), and so would each
    build: give the build the default handling a terminal's Ctrl-C meets."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(corpus: Path, out: Path, into: bool = False) -> Run:
    """`kg build corpus -o out`, or with `into` `kg build corpus --into out`."""
    env = {**os.environ, "KG_FAULT_TRACE": "1", "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "build", str(corpus),
                                "--into" if into else "-o", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
                               preexec_fn=_default_sigint)
    run = Run(process, time.monotonic(), [], [])

    def read() -> None:
        for line in process.stderr:
            if line.startswith(TRACE):
                run.points.append((time.monotonic() - run.started, line[len(TRACE):].strip()))
            elif line.strip():
                run.messages.append(line.strip())

    threading.Thread(target=read, daemon=True).start()
    return run


def finish(run: Run) -> int:
    run.process.stdout.read()
    code = run.process.wait()
    time.sleep(0.2)  # the reader thread has the last lines
    return code


def generation(out: Path) -> str | None:
    s = state(out, OUTPUTS)
    return s.generation if s.complete else None


def leftovers(out: Path) -> list[str]:
    keep = {POINTER, os.readlink(out / POINTER) if (out / POINTER).is_symlink() else None}
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in keep
                  and p.name.startswith((GENERATION_PREFIX, ".kg-tmp-", ".kg-staging-")))


def one(i: int, kind: str, signum: int, delay: float, corpus: Path, base: Path, work: Path,
        add: Path | None) -> list:
    """One run in its own copy of the base folder; returns its table row."""
    out = work / f"run{i:02d}"
    shutil.copytree(base, out, symlinks=True)
    before = generation(out)
    run = start(add, out, into=True) if kind == "export" and add else start(corpus, out)
    reached = run.wait_for("export") if kind == "export" else True
    time.sleep(delay)
    alive = run.process.poll() is None
    hit = run.last_point() if alive else "(finished)"
    if reached and alive:
        run.process.send_signal(signum)
    code = finish(run)
    after = state(out, OUTPUTS)
    shows = ("previous" if after.generation == before else "new") if after.complete else "BROKEN"
    message = run.messages[-1] if run.messages else ""
    left = leftovers(out)
    size = sum(sum(f.lstat().st_size for f in (out / name).rglob("*")) for name in left)
    return [i, kind, signal.Signals(signum).name, f"{delay:.1f}", hit, code, shows,
            f"{len(left)} ({size / 1e6:.1f} MB)", None, message]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--aimed", type=int, default=10, help="runs aimed at the export stage")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--jobs", type=int, default=1, help="runs at a time (each in its own folder)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-signals"))
    parser.add_argument("--add", type=Path, metavar="ARTICLE",
                        help="aimed runs are `kg build ARTICLE --into` a copy of the base build: the "
                        "export stage writes the whole corpus's generation without parsing it again")
    parser.add_argument("--base-times", type=float, nargs=2, metavar=("TOTAL", "EXPORT"),
                        help="reuse the build in WORK/base and these timings of it (seconds)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    base = args.work / "base"
    base.mkdir(parents=True, exist_ok=True)

    if args.base_times and state(base, OUTPUTS).complete:
        total, export_time = args.base_times
        print(f"reusing {base}: build {total:.1f} s, export stage {export_time:.1f} s", flush=True)
    else:
        first = start(args.corpus, base)
        if finish(first) != 0:
            sys.exit(f"the uninterrupted build failed: {first.messages[-1:]}")
        total = time.monotonic() - first.started
        times = dict((name, t) for t, name in first.points)
        export_time = total - times["export"]
        print(f"uninterrupted build: {total:.1f} s, export stage {export_time:.1f} s; points: "
              + ", ".join(f"{n} {t:.1f}" for t, n in first.points if n != "rename"), flush=True)

    kinds = ["export"] * args.aimed + ["any"] * (args.runs - args.aimed)
    rng.shuffle(kinds)
    plans = [(i, kind, rng.choice(SIGNALS), rng.uniform(0, export_time * 1.2 if kind == "export" else total))
             for i, kind in enumerate(kinds, 1)]
    with ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(one, *plan, args.corpus, base, args.work, args.add) for plan in plans]
        rows = []
        for future in as_completed(futures):
            rows.append(future.result())
            print(" | ".join(map(str, rows[-1])), flush=True)
    rows.sort(key=lambda row: row[0])

    # the next build: a real one into the first folder a SIGKILL left leftovers in (it must remove
    # and report them); in the other folders what that build does first, clean_leftovers
    dirty = next((r for r in rows if not r[7].startswith("0 ")), None)
    final_line = "no run left leftovers"
    for row in rows:
        out = args.work / f"run{row[0]:02d}"
        if row is dirty:  # any input will do: the build cleans before it writes
            final = start(min(args.corpus.glob("*.txt")) if args.corpus.is_dir() else args.corpus, out)
            code = finish(final)
            removed = next((m for m in final.messages if m.startswith("removed ")), "nothing reported")
            final_line = f"real next build into {out.name}: exit {code}; {removed}"
        else:
            clean_leftovers(out)
        row[8] = not leftovers(out) and state(out, OUTPUTS).complete
    failures = sum(r[6] == "BROKEN" or not r[8] for r in rows)
    print()
    print("| # | aimed at | signal | after s | stage hit | exit | folder shows | leftovers | clean after next build | message |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(v).replace("|", "/") for v in row) + " |")
    print()
    print(final_line)
    print(f"runs with a broken folder or leftovers not cleaned: {failures} of {len(rows)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
