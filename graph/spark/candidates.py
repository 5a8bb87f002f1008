"""Resolution of the driver path as stages: graph.resolve's three parts run apart.

1. **Forms** (DataFrame): every name occurrence of the kept facts' articles, grouped by its
   written form (text, NER type) with its count and first occurrence. The driver collects the
   forms (no text, no facts) and keys them with graph.resolve.key_corpus: the majority label of
   each key (the `title` rule), transliterations, the alias file, the corpus's people and
   country-qualified institutions.
2. **Articles** (mapInPandas): graph.resolve.article_pass on each article in the workers, with
   the keying shipped to them: the only part that reads the article's text. Each article gives
   one `part` (graph.resolve.ArticleNames as JSON: its elements with their written forms, types
   and counts, the joins its text explains, its definitions, titles, cut-off names) and its
   occurrences' elements, which stay in the table for the join of the facts to their ids.
3. **Corpus** (driver): the parts, in document order, merged by element (a name's normalised
   key is its element across articles: the blocking key) and decided by graph.resolve.corpus_pass,
   the same union-find, guard and corpus rules as `kg build`. The merge log's sentences are
   looked up afterwards in the workers, for the (document, sentence start) pairs the log names.

What the driver holds: one row per written form and one part per article (no text, no facts);
the `COLLECTED` schema says so and tests/graph/spark/test_candidates.py checks it.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from functools import partial
from typing import Iterator

#: what the driver collects of the forms stage: one row per written form
FORMS = "text string, type string, n long, doc string, start long, end long"
#: what the article stage writes: the part (collected) and the occurrences' elements (not)
ARTICLES = "doc string, part string, occurrences array<struct<occ:string,element:string>>"
#: the columns the driver collects of the article stage
COLLECTED = ("doc", "part")
_SENTENCES = "doc string, start long, sentence string"


def _occurrences(article):
    """graph.build.resolve_articles' inputs for one article: its distinct occurrences in the
    resolver's order, and those that are the subject of a fact."""
    from graph.build import PLACE_RULES
    from graph.resolve import _occ, occurrence_order

    mentions = [*article.mentions, *(x for t in article.triples for x in (t.subject, t.object))]
    occurrences = sorted({_occ(m): m for m in mentions}.values(), key=occurrence_order)
    actors = {_occ(t.subject) for t in article.triples if t.rule not in PLACE_RULES}
    return occurrences, actors


def form_rows(frames: Iterator, *, min_confidence: float) -> Iterator:
    """mapInPandas: one row per (article, written form): its count and first occurrence."""
    import pandas as pd

    from graph.spark.edges import kept_articles

    for frame in frames:
        out = []
        for _, article in kept_articles(frame, min_confidence):
            occurrences, _ = _occurrences(article)
            first: dict = {}
            counts: Counter = Counter()
            for m in occurrences:
                counts[m.text, m.type] += 1
                first.setdefault((m.text, m.type), m)
            out.extend((m.text, m.type, counts[form], m.doc_id, m.start, m.end) for form, m in first.items())
        yield pd.DataFrame(out, columns=[c.split()[0] for c in FORMS.split(", ")])


def article_rows(frames: Iterator, *, keying, settings, min_confidence: float) -> Iterator:
    """mapInPandas: graph.resolve.article_pass on each article."""
    import pandas as pd

    from graph.resolve import _joined, article_pass
    from graph.spark.edges import kept_articles

    for frame in frames:
        out = []
        for _, article in kept_articles(frame, min_confidence):
            occurrences, actors = _occurrences(article)
            if not occurrences:
                continue
            part = article_pass(occurrences, keying, settings, text=article.text, actors=actors)
            out.append((part.doc, json.dumps(encode(part), ensure_ascii=False),
                        [{"occ": _joined(occ), "element": e} for occ, e in part.occurrence_element.items()]))
        yield pd.DataFrame(out, columns=["doc", "part", "occurrences"])


def encode(part) -> dict:
    """An ArticleNames as JSON values, its occurrences left out."""
    return {
        "doc": part.doc,
        "elements": [[name, e.key, dict(e.surfaces), dict(e.types), sorted(e.docs), e.evidence,
                      [[s, *ev] for s, ev in e.first.items()]] for name, e in part.elements.items()],
        "pending": part.pending,
        "definitions": {k: sorted(v) for k, v in part.definitions.items()},
        "fragments": sorted(part.fragments),
        "titled": {k: sorted(v) for k, v in part.titled.items()},
        "institution_heads": [[d, k, v] for (d, k), v in part.institution_heads.items()],
        "definite": sorted(part.definite),
        "rekeyed": part.rekeyed,
        "capitals": part.capitals,
        "counts": dict(part.counts),
        "concept_first": part.concept_first,
    }


def decode(record: dict):
    """The ArticleNames of `encode`'s JSON values."""
    from graph.resolve import ArticleNames, _Element

    elements = {}
    for name, key, surfaces, types, docs, evidence, first in record["elements"]:
        elements[name] = _Element(key, Counter(surfaces), Counter(types), set(docs),
                                  evidence=tuple(evidence) if evidence else None,
                                  first={s: (d, start) for s, d, start in first})
    return ArticleNames(
        record["doc"], elements, [tuple(p) for p in record["pending"]],
        {k: set(v) for k, v in record["definitions"].items()}, set(record["fragments"]),
        {k: set(v) for k, v in record["titled"].items()},
        {(d, k): v for d, k, v in record["institution_heads"]}, set(record["definite"]),
        [tuple(r) for r in record["rekeyed"]], [tuple(c) for c in record["capitals"]],
        Counter(record["counts"]), {k: tuple(v) for k, v in record["concept_first"].items()})


def sentence_rows(frames: Iterator, *, wanted: dict) -> Iterator:
    """mapInPandas: the sentences at the (document, start) pairs of `wanted` (doc -> starts)."""
    import pandas as pd

    from graph.incremental import article_from_record
    from graph.resolve import sentence_at

    for frame in frames:
        out = []
        for doc, record in zip(frame["doc_id"], frame["record"]):
            if doc in wanted and isinstance(record, str):
                text = article_from_record(json.loads(record)).text
                out.extend((doc, start, sentence_at(text, start) if text else "") for start in wanted[doc])
        yield pd.DataFrame(out, columns=["doc", "start", "sentence"])


class _Wanted:
    """graph.resolve's sentence lookup, deferred: records what the merge log asks for."""

    def __init__(self):
        self.pairs: set[tuple[str, int]] = set()

    def get(self, doc: str, start: int) -> str:
        self.pairs.add((doc, start))
        return ""


def resolve_stages(session, extracted, work, *, min_confidence: float, resolution_options: dict | None,
                   shared_concepts: bool = False):
    """The driver path's resolution of the extraction table, as stages: returns the Resolution
    (its occurrence lookups left empty) and the occurrence table (key as graph.resolve.lookup_keys,
    entity id) for graph.spark.edges.resolved_evidence."""
    import pandas as pd
    from pyspark.sql import functions as F

    from extract.types import Mention
    from graph.resolve import Settings, _occ, corpus_pass, key_corpus, occurrence_order
    from graph.spark.session import hadoop_path

    options = dict(resolution_options or {})
    settings = Settings.of(options.get("overrides"), options.get("forbidden", ()), options.get("isolated", ()),
                           options.get("literal_capitals", False), shared_concepts)
    records = extracted.where("record IS NOT NULL").select("seq", "doc_id", "record")
    forms = (records.mapInPandas(partial(form_rows, min_confidence=min_confidence), FORMS)
             .groupBy("text", "type")
             .agg(F.sum("n").alias("n"), F.min(F.struct("doc", "start", "end")).alias("first")))
    firsts, counts = [], {}
    for row in forms.toLocalIterator():
        m = Mention(row["first"]["doc"], row["text"], row["type"], row["first"]["start"], row["first"]["end"])
        firsts.append(m)
        counts[_occ(m)] = row["n"]
    keying = key_corpus(sorted(firsts, key=occurrence_order), settings, counts)

    (records.mapInPandas(partial(article_rows, keying=keying, settings=settings, min_confidence=min_confidence),
                         ARTICLES).write.mode("overwrite").parquet(str(work / "names")))
    articles = session.read.parquet(hadoop_path(work / "names"))
    parts = (decode(json.loads(row["part"])) for row in articles.select(*COLLECTED).orderBy("doc").toLocalIterator())
    wanted = _Wanted()
    resolution, element_entity = corpus_pass(parts, settings, wanted)
    sentences = _sentences(records, wanted.pairs)
    resolution.merges[:] = [replace(m, sentence=sentences.get((m.doc, m.sentence_start), ""))
                            for m in resolution.merges]
    ids = session.createDataFrame(pd.DataFrame(list(element_entity.items()), columns=["element", "id"]),
                                  "element string, id string")
    occurrences = (articles.select(F.explode("occurrences").alias("o"))
                   .select(F.col("o.occ").alias("key"), F.col("o.element").alias("element"))
                   .join(ids, "element").select("key", "id"))
    return resolution, occurrences


def _sentences(records, pairs: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The sentences at `pairs` (document, sentence start), looked up in the workers."""
    wanted: dict[str, list[int]] = {}
    for doc, start in sorted(pairs):
        wanted.setdefault(doc, []).append(start)
    if not wanted:
        return {}
    rows = (records.where(records.doc_id.isin(sorted(wanted)))
            .mapInPandas(partial(sentence_rows, wanted=wanted), _SENTENCES))
    return {(r["doc"], r["start"]): r["sentence"] for r in rows.toLocalIterator()}
