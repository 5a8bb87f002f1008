"""Test-only fault injection: named points of a build where a test makes it fail or stop.

Nothing happens unless the environment asks for it, so a normal run pays one dict lookup per point.
Two variables, read at each point (tests/test_faults.py and benchmarks/signals.py use them):

- ``KG_FAULT=<point>:<action>[,<point>:<action>...]`` makes the build, on reaching ``point``,
  send itself a signal (``TERM``, ``INT``, ``KILL``), raise ``ENOSPC`` (an OSError "No space left
  on device"), or ``pause``: print ``kg-fault: paused at <point>`` on stderr and sleep until a
  signal comes (the test then sends one from outside).
- ``KG_FAULT_TRACE=1`` prints ``kg-fault: at <point>`` on stderr as each point is reached, so a
  test can aim a signal at a stage.

The points, in build order: ``read`` (first document read), ``extract`` (first article extracted),
``resolve``, ``build``, ``export`` (stage starts, leftovers cleaned), ``export-write`` (a file of
the new generation written), ``export-written`` (all written), ``switch`` (manifest written, before
the pointer is replaced), ``rename`` (before each name is linked or moved), ``old`` (after the
switch, before the previous generation is removed; signals are held back here), ``done`` (the
exports are published, the build returns to the CLI).

Not for users: the names and actions may change with the tests.
"""
from __future__ import annotations

import errno
import os
import signal
import sys
import time

FAULT = "KG_FAULT"
TRACE = "KG_FAULT_TRACE"
_SIGNALS = {"TERM": signal.SIGTERM, "INT": signal.SIGINT, "KILL": signal.SIGKILL}


def fault_point(name: str) -> None:
    """Do what KG_FAULT asks at the point `name` (usually nothing)."""
    spec = os.environ.get(FAULT)
    if os.environ.get(TRACE):
        print(f"kg-fault: at {name}", file=sys.stderr, flush=True)
    if not spec:
        return
    for item in spec.split(","):
        point, _, action = item.strip().partition(":")
        if point == name:
            _act(name, action.strip())


def _act(name: str, action: str) -> None:
    if action in _SIGNALS:
        os.kill(os.getpid(), _SIGNALS[action])
        time.sleep(1)  # a held-back signal (point "old") waits; others have stopped the build
    elif action == "ENOSPC":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    elif action == "pause":
        print(f"kg-fault: paused at {name}", file=sys.stderr, flush=True)
        time.sleep(3600)
    else:
        raise ValueError(f"{FAULT}: unknown action {action!r} at {name} "
                         f"(expected {', '.join(_SIGNALS)}, ENOSPC or pause)")
