#!/usr/bin/env python3
"""Random signals at a real `kg build` of the Wikinews corpus: is the export always whole?

usage: python benchmarks/signals.py [--runs 20] [--aimed 10] [--seed 11] [--corpus DIR] [--out DIR]

One uninterrupted build first (it times the stages and is the first "previous" generation). Then
`--runs` builds of the same corpus into the same folder, each sent SIGTERM, SIGINT or SIGKILL
(chosen at random): `--aimed` of them at a random moment of the export stage (after the build
reports it, through the test-only KG_FAULT_TRACE points of graph/faults.py), the others at a
random moment of the whole build. After each: the exit code, the last message, the stage the
signal hit, and what the folder shows (graph.export.generations.state): the complete previous
generation, the complete new one, or anything else (a failure). A last uninterrupted build
must remove every leftover of the killed ones, and report them. Prints a table; slow (about 20
builds).
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.export.generations import GENERATION_PREFIX, POINTER, state  # noqa: E402
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


def start(corpus: Path, out: Path) -> Run:
    env = {**os.environ, "KG_FAULT_TRACE": "1", "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "build", str(corpus), "-o", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--aimed", type=int, default=10, help="runs aimed at the export stage")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=Path("/tmp/kg-signals/exports"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)

    base = start(args.corpus, out)
    code = finish(base)
    if code != 0:
        sys.exit(f"the uninterrupted build failed ({code}): {base.messages[-1:]}")
    total = time.monotonic() - base.started
    times = dict((name, t) for t, name in base.points)
    export_time = total - times["export"]
    print(f"uninterrupted build: {total:.1f} s, export stage {export_time:.1f} s; "
          f"points: " + ", ".join(f"{n} {t:.1f}" for t, n in base.points if n != "rename"), flush=True)

    kinds = ["export"] * args.aimed + ["any"] * (args.runs - args.aimed)
    rng.shuffle(kinds)
    rows, failures = [], 0
    for i, kind in enumerate(kinds, 1):
        signum = rng.choice(SIGNALS)
        before = generation(out)
        run = start(args.corpus, out)
        if kind == "export":
            reached = run.wait_for("export")
            delay = rng.uniform(0, export_time * 1.2)
        else:
            reached = True
            delay = rng.uniform(0, total)
        time.sleep(delay)
        hit = run.last_point() if run.process.poll() is None else "(finished)"
        if reached and run.process.poll() is None:
            run.process.send_signal(signum)
        code = finish(run)
        after = state(out, OUTPUTS)
        shows = ("previous" if after.generation == before else "new") if after.complete else "BROKEN"
        if not after.complete:
            failures += 1
        message = run.messages[-1] if run.messages else ""
        left = leftovers(out)
        rows.append((i, kind, signal.Signals(signum).name, f"{delay:.1f}", hit, code, shows, len(left), message))
        print(" | ".join(map(str, rows[-1])), flush=True)

    final = start(args.corpus, out)
    code = finish(final)
    removed = next((m for m in final.messages if m.startswith("removed ")), "nothing removed")
    after = state(out, OUTPUTS)
    print()
    print("| # | aimed at | signal | after s | stage hit | exit | folder shows | leftovers | message |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(v).replace("|", "/") for v in row) + " |")
    print()
    print(f"final build: exit {code}, folder complete: {after.complete}, leftovers after it: "
          f"{leftovers(out) or 'none'}; {removed}")
    print(f"runs with a broken folder: {failures} of {len(rows)}")
    sys.exit(1 if failures or not after.complete or leftovers(out) else 0)


if __name__ == "__main__":
    main()
