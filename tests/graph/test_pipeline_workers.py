"""build_exports with worker processes and with a progress total: same exports, an honest total."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.pipeline import batches
from extract.sources import read_documents
from graph.pipeline import OUTPUTS, build_exports
from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[2]
BBC = SHARED / "eval" / "corpora" / "bbc_news" / "bbc"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The seeds and a few BBC articles: more than one batch, so that the pool is used."""
    root = tmp_path_factory.mktemp("inputs")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    if not BBC.is_dir():
        pytest.skip(f"needs the BBC corpus at {BBC}: the seeds alone fit in one batch")
    for category in ("politics", "business", "tech"):
        for f in sorted((BBC / category).glob("*.txt"))[:5]:
            (root / category).mkdir(exist_ok=True)
            shutil.copy(f, root / category / f.name)
    assert len(list(batches(read_documents([root])))) > 1
    return root


def test_build_exports_with_two_workers_is_byte_identical_to_one(inputs, tmp_path):
    reports = {n: build_exports([inputs], tmp_path / f"out{n}", workers=n) for n in (1, 2)}
    assert reports[1].articles == reports[2].articles > 5 and reports[1].facts == reports[2].facts > 0
    for name in OUTPUTS:
        one, two = (tmp_path / f"out{n}" / name for n in (1, 2))
        assert one.read_bytes() == two.read_bytes(), name


def test_build_exports_total_counts_files_first_then_rows(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    sentences = ["Kim met Putin in Pyongyang on Wednesday.", "Macron visited Berlin on Friday.",
                 "Japan signed a treaty with Korea.", "Germany sent tanks to Ukraine."]
    (inputs / "a.txt").write_text("North Korea denounced Emmanuel Macron on Thursday.", encoding="utf-8")
    (inputs / "b.txt").write_text("", encoding="utf-8")  # skipped: the total shrinks
    (inputs / "c.jsonl").write_text("".join(json.dumps({"text": s}) + "\n" for s in sentences),
                                    encoding="utf-8")
    totals, done = [], []
    report = build_exports([inputs], tmp_path / "out", on_total=totals.append,
                           progress=lambda article: done.append(totals[-1]))
    assert totals[0] == 3  # three files known before reading
    assert totals[-1] == report.articles == 5 == len(done)
    assert totals[-3:] == [3, 4, 5]  # the rows of c.jsonl, counted as read
    assert all(i + 1 <= total for i, total in enumerate(done))  # never more done than the total
