"""Property tests: random text, HTML pages and JSON rows through the whole pipeline (reading,
cleaning, spaCy, extraction, graph, exports). Nothing crashes and every export parses."""
from __future__ import annotations

import html
import json
import tempfile
from pathlib import Path

import networkx as nx
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from extract.errors import NothingToRead
from extract.pipeline import EXTRACTION_FAILED
from graph.export.json import read_graph, read_jsonl
from graph.pipeline import build_exports

PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["Kim Jong-un", "Vladimir Putin", "North Korea", "the United States", "Japan", "he", "they",
         "the ministry", "NATO", "Emmanuel Macron", "O'Brien & Co.", "Zoë", "<Ltd>", "\"Quoted\""]
VERBS = ["condemned", "met", "signed", "was criticised by", "did not support", "arrived in", "said",
         "vowed to defend", "denies", "will visit"]
OBJECTS = ["Russia", "the treaty signed by Putin", "an arms transfer", "Pyongyang on Friday", "it",
           "sanctions against Iran", "the UN Security Council", "&amp; <b>", "\u00a0", "100 % of $5m"]

sentence = st.builds(lambda s, v, o, end: f"{s} {v} {o}{end}", st.sampled_from(NAMES), st.sampled_from(VERBS),
                     st.sampled_from(OBJECTS), st.sampled_from([".", "!", "?", "", ". ", ".\u2028"]))
noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
paragraph = st.lists(st.one_of(sentence, sentence, noise), min_size=1, max_size=6).map(" ".join)
article = st.lists(paragraph, min_size=1, max_size=5).map(lambda ps: "\n\n".join(ps))
date = st.one_of(st.none(), st.dates().map(str), st.text(max_size=20), st.sampled_from(
    ["Friday, January 4, 2019", "2023.10.27 18:45", "04/05/2019", "Last updated: 05 Jun, 2025"]))


def build(write) -> None:
    """Write inputs with `write(directory)`, build, and check every export parses."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        write(inputs)
        problems = []
        try:
            report = build_exports([inputs], out, on_problem=problems.append)
        except NothingToRead:
            event("nothing to read")
            assert not out.exists() or not any(out.iterdir())
            return
        finally:
            assert not [p for p in problems if p.kind == EXTRACTION_FAILED], problems
        event("graph with facts" if report.facts else "graph without facts")
        g = nx.read_graphml(out / "graph.graphml")
        assert g.number_of_nodes() == report.entities
        assert read_graph(out).number_of_edges() == report.relations
        assert sum(1 for _ in read_jsonl(out / "triples.jsonl")) == report.facts
        list(read_jsonl(out / "merges.jsonl"))


@PROPERTY
@given(header=st.lists(st.one_of(date.map(str), noise), max_size=4), body=article)
def test_pipeline_random_text_exports_parse(header, body):
    text = "\n".join(header) + "\n\n" + body
    build(lambda d: (d / "article.txt").write_text(text, encoding="utf-8", errors="surrogatepass"))


@PROPERTY
@given(title=noise, paragraphs=st.lists(paragraph, min_size=1, max_size=5), published=date,
       escape=st.booleans(), tag=st.sampled_from(["p", "div", "li", "span", "td"]))
def test_pipeline_random_html_exports_parse(title, paragraphs, published, escape, tag):
    body = "".join(f"<{tag}>{html.escape(p) if escape else p}</{tag}>" for p in paragraphs)
    meta = f'<meta property="article:published_time" content="{html.escape(str(published))}">'
    page = f"<html><head><title>{html.escape(title)}</title>{meta}</head><body><article>{body}</article></body></html>"
    build(lambda d: (d / "page.html").write_text(page, encoding="utf-8"))


json_value = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), noise,
                       st.lists(st.integers(), max_size=2), st.dictionaries(noise, st.integers(), max_size=2))
fields = {"id": json_value, "title": json_value, "url": json_value,
          "published": st.one_of(date, json_value), "source": json_value}
good_row = st.fixed_dictionaries({"text": article}, optional=fields)
bad_row = st.one_of(st.fixed_dictionaries({"text": json_value}, optional=fields), json_value)


@PROPERTY
@given(good=st.lists(good_row, min_size=1, max_size=3), bad=st.lists(bad_row, max_size=3), garbage=noise)
def test_pipeline_random_jsonl_rows_exports_parse(good, bad, garbage):
    rows = [r for pair in zip(good + bad, bad + good) for r in pair][: len(good) + len(bad)]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + [garbage.replace("\n", " ")]
    build(lambda d: (d / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass"))
