"""Run the real Gephi toolkit importer (tools/gephi/run.sh) from tests.

One JVM start-up validates several files, so callers pass every path at once.
Outside CI the caller may skip when Java or Maven is missing; with CI=true it must not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

RUN = Path(__file__).resolve().parents[1] / "tools" / "gephi" / "run.sh"
#: Issue levels that mean the file did not open cleanly.
BAD_LEVELS = frozenset({"WARNING", "SEVERE", "CRITICAL"})


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def missing_tools() -> list[str]:
    """Executables the Gephi check needs that are not on PATH (Maven only until built)."""
    built = (RUN.parent / "target" / "classpath.txt").exists()
    needed = ("java",) if built else ("java", "mvn")
    return [tool for tool in needed if shutil.which(tool) is None]


def gephi_import(*paths: Path, no_merge: bool = False, timeout: float = 900) -> dict[str, dict]:
    """Gephi's report for each path, keyed by the path as given.

    The first call may build the checker, downloading gephi-toolkit into ~/.m2.
    """
    args = [str(RUN), *(["--no-merge"] if no_merge else []), *map(str, paths)]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(
            f"{RUN.name} exited {proc.returncode}\nstdout:\n{proc.stdout[-4000:]}\n"
            f"stderr:\n{proc.stderr[-4000:]}"
        )
    # The toolkit may log to stdout before our JSON; the report is the last line.
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    return {entry["file"]: entry for entry in report["files"]}


def bad_issues(entry: dict) -> list[dict]:
    """Issues of severity WARNING or above."""
    return [issue for issue in entry["issues"] if issue["level"] in BAD_LEVELS]


def column_types(entry: dict, table: str) -> dict[str, str]:
    """Column title -> Java type simple name, for `table` "node" or "edge"."""
    return {c["title"]: c["type"] for c in entry[f"{table}_columns"]}
