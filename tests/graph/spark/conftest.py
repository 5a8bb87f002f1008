"""Fixtures of the Spark tests: the shared local[2] session, the inputs."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import ROOT, SHARED
from tests.spark_session import _in_ci, spark  # noqa: F401: the session-wide fixture

WIKINEWS = SHARED / "eval" / "corpora" / "wikinews_2019_2020" / "txt"


@pytest.fixture(scope="session")
def wikinews50(tmp_path_factory):
    """A fixed selection of 50 Wikinews articles: the first 50 .txt files by name."""
    files = sorted(WIKINEWS.glob("*.txt"))[:50] if WIKINEWS.is_dir() else []
    if len(files) < 50:
        if _in_ci():
            pytest.fail(f"the Wikinews corpus is missing ({WIKINEWS})", pytrace=False)
        pytest.skip(f"the Wikinews corpus is missing ({WIKINEWS})")
    root = tmp_path_factory.mktemp("wikinews50")
    for f in files:
        shutil.copy(f, root / f.name)
    return root


@pytest.fixture(scope="session")
def seeds():
    return ROOT / "seeds"
