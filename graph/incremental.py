"""Incremental builds: the state `kg build --into DIR` keeps between runs.

Two files in the export directory make a later build over old + new articles give the same
graph as one build over all of them:

- `articles.jsonl`: every extracted article (document, cleaned text, mentions, facts), so a
  later build re-resolves the whole corpus without re-parsing it;
- `entities.jsonl`: the id of every entity with the names it holds, so ids never change when
  articles are added (an entity keeps its id even when a longer name becomes its label).

Reading is the edge: a malformed line raises `StateError` naming the file and the line.
"""
from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, Iterator

from extract.errors import KgError
from extract.pipeline import Article
from extract.types import Document, Mention, Triple

ARTICLES = "articles.jsonl"
ENTITIES = "entities.jsonl"


class StateError(KgError):
    """A state file of an export directory cannot be read."""

    def __init__(self, path: str | Path, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")


def article_record(article: Article) -> dict:
    """A JSON-ready dict holding everything resolution and graph building need.

    >>> a = Article(Document("d1", "Kim met Putin."), "Kim met Putin.", (Mention("d1", "Kim", "PERSON", 0, 3),), ())
    >>> article_from_record(json.loads(json.dumps(article_record(a)))) == a
    True
    """
    return {
        "document": asdict(article.document),
        "text": article.text,
        "mentions": [asdict(m) for m in article.mentions],
        "triples": [_triple_record(t) for t in article.triples],
    }


def _triple_record(t: Triple) -> dict:
    record = asdict(t)
    record["subject"], record["object"] = asdict(t.subject), asdict(t.object)
    return record


def article_from_record(record: dict) -> Article:
    """The Article of `article_record`; raises KeyError/TypeError/ValueError on a bad record."""
    triples = []
    for t in record["triples"]:
        t = dict(t)
        t["subject"], t["object"] = Mention(**t["subject"]), Mention(**t["object"])
        t["relation_span"] = tuple(t["relation_span"])
        t["attributed_to"] = tuple(t["attributed_to"])
        triples.append(Triple(**t))
    return Article(Document(**record["document"]), record["text"],
                   tuple(Mention(**m) for m in record["mentions"]), tuple(triples))


def write_articles(path: str | Path, articles: Iterable[Article]) -> None:
    from graph.export.json import write_jsonl

    write_jsonl(path, (article_record(a) for a in articles))


def read_articles(path: str | Path) -> list[Article]:
    """Articles of an articles.jsonl; a missing file is an empty list."""
    return [article_from_record(r) for r in _records(path, "article")]


def _records(path: str | Path, what: str) -> Iterator[dict]:
    path = Path(path)
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError(f"expected a JSON object, found {type(record).__name__}")
                if what == "article":
                    article_from_record(record)  # validate here, so the error names the line
                yield record
            except (ValueError, KeyError, TypeError) as exc:
                raise StateError(path, n, f"not a valid {what} record ({exc})") from exc


def read_id_map(path: str | Path) -> dict[str, str]:
    """Name key -> entity id from an entities.jsonl (records `{id, label, type, keys}`)."""
    ids: dict[str, str] = {}
    for record in _records(path, "entity"):
        if not isinstance(record.get("id"), str) or not isinstance(record.get("keys"), list):
            raise StateError(path, 0, f"entity record without 'id' and 'keys': {record!r}")
        for k in record["keys"]:
            ids.setdefault(k, record["id"])
    return ids


def combine(old: list[Article], new: list[Article]) -> list[Article]:
    """Old then new articles; a new article replaces an old one with the same document id.

    >>> a, b = Article(Document("a", "x"), "x", (), ()), Article(Document("a", "y"), "y", (), ())
    >>> [x.text for x in combine([a], [b])]
    ['y']
    """
    new_ids = {a.document.id for a in new}
    return [a for a in old if a.document.id not in new_ids] + list(new)
