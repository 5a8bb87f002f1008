"""Incremental builds: the state `kg build --into DIR` keeps between runs.

Two files in the export directory make a later build over old + new articles give the same
graph as one build over all of them:

- `articles.jsonl`: one compact record per extracted article (document metadata without the
  raw text, the content key, cleaned text, mentions, facts), so a later build re-resolves the
  whole corpus without re-parsing it, and recognises an article it already holds by its
  content (`extract.sources.text_key`, the key a build deduplicates by) whatever its path;
- `entities.jsonl`: the id of every entity with the name keys it holds, so ids never change
  when articles are added (an entity keeps its id even when a longer name becomes its label).
  Entities that left the graph stay as `"retired": true` records, so their ids are never
  given to another entity and come back if they do.

Reading is the edge: a malformed line raises `StateError` naming the file and the line.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from extract.errors import KgError
from extract.pipeline import Article
from extract.sources import text_key
from extract.types import Document, Mention, Triple

ARTICLES = "articles.jsonl"
ENTITIES = "entities.jsonl"


class StateError(KgError):
    """A state file of an export directory cannot be read."""

    def __init__(self, path: str | Path, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")


@dataclass(frozen=True)
class KnownEntity:
    """An entity id given by an earlier build and the name keys it held then."""

    id: str
    keys: tuple[str, ...]
    label: str | None = None
    retired: bool = False


@dataclass
class State:
    """The build in an output directory: its articles (with their content keys) and its ids."""

    articles: list[Article] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # document id -> content key
    entities: list[KnownEntity] = field(default_factory=list)
    lines: dict[str, str] = field(default_factory=dict, repr=False)  # document id -> its record as read

    def known_texts(self) -> dict[str, str]:
        """Content key -> document id of every article of the build."""
        return {key: doc_id for doc_id, key in self.keys.items()}


def article_record(article: Article, key: str | None = None) -> dict:
    """A JSON-ready dict holding everything resolution and graph building need, and the
    article's content key (`text_key` of its raw text, computed when not given); the raw
    text itself is left out: nothing after extraction reads it.

    >>> a = Article(Document("d1", ""), "Kim met Putin.", (Mention("d1", "Kim", "PERSON", 0, 3),), ())
    >>> article_from_record(json.loads(json.dumps(article_record(a)))) == a
    True
    """
    return {
        "document": {**vars(article.document), "text": ""},
        "key": key or text_key(article.document.text),
        "text": article.text,
        "mentions": [vars(m) for m in article.mentions],
        "triples": [_triple_record(t) for t in article.triples],
    }


def _triple_record(t: Triple) -> dict:
    # vars(), not dataclasses.asdict: asdict deep-copies, and was a third of an --into build
    return {**vars(t), "subject": vars(t.subject), "object": vars(t.object)}


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


def write_articles(path: str | Path, articles: Iterable[Article],
                   keys: Mapping[str, str] | None = None, lines: Mapping[str, str] | None = None) -> None:
    """Write articles.jsonl; `keys` (document id -> content key) spares computing known keys,
    `lines` (document id -> record line) copies the records of unchanged articles as they are."""
    from graph.export.atomic import write_lines

    keys, lines = keys or {}, lines or {}
    write_lines(path, (lines.get(a.document.id) or
                       json.dumps(article_record(a, keys.get(a.document.id)), ensure_ascii=False, default=str)
                       for a in articles))


def read_articles(path: str | Path) -> list[Article]:
    """Articles of an articles.jsonl; a missing file is an empty list."""
    return [article for article, _, _ in _read_articles(path)]


def _read_articles(path: str | Path) -> Iterator[tuple[Article, str, str | None]]:
    """(article, content key, line) of each record; an older record (raw text, no key) gets
    its key computed and no line, so that it is written again in the compact form."""
    for n, record, line in _records(path, "article"):
        try:
            article = article_from_record(record)
            key = record.get("key") or text_key(article.document.text)
            if not isinstance(key, str):
                raise ValueError(f"'key' is {type(key).__name__}, expected a string")
        except (ValueError, KeyError, TypeError) as exc:
            raise StateError(path, n, f"not a valid article record ({exc})") from exc
        yield article, key, line if "key" in record else None


def _records(path: str | Path, what: str) -> Iterator[tuple[int, dict, str]]:
    path = Path(path)
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise StateError(path, n, f"not a valid {what} record (invalid JSON: {exc})") from exc
            if not isinstance(record, dict):
                raise StateError(path, n, f"not a valid {what} record (expected a JSON object, "
                                          f"found {type(record).__name__})")
            yield n, record, line.rstrip("\n")


def read_entities(path: str | Path) -> list[KnownEntity]:
    """The ids of an entities.jsonl (records `{id, label, type, keys}`, maybe `retired`)."""
    known = []
    for n, record, _ in _records(path, "entity"):
        ident, keys = record.get("id"), record.get("keys")
        if not isinstance(ident, str) or not isinstance(keys, list) \
                or not all(isinstance(k, str) for k in keys):
            raise StateError(path, n, "not a valid entity record (expected a string 'id' and a "
                                      "list of strings 'keys')")
        label = record.get("label")
        known.append(KnownEntity(ident, tuple(keys), label if isinstance(label, str) else None,
                                 bool(record.get("retired"))))
    return known


def read_id_map(path: str | Path) -> dict[str, str]:
    """Name key -> entity id from an entities.jsonl (the first entity by id holding a key)."""
    return id_map(read_entities(path))


def id_map(known: Iterable[KnownEntity]) -> dict[str, str]:
    """Name key -> id: of the entities holding a key, the live one first, then the first by id.

    >>> id_map([KnownEntity("b", ("kim",)), KnownEntity("a", ("kim",), "Kim", retired=True)])
    {'kim': 'b'}
    """
    ids: dict[str, str] = {}
    for entity in sorted(known, key=lambda e: (e.retired, e.id)):
        for k in entity.keys:
            ids.setdefault(k, entity.id)
    return ids


def read_state(out_dir: str | Path) -> State:
    """The build in `out_dir` (an empty State where there is none)."""
    out = Path(out_dir)
    state = State(entities=read_entities(out / ENTITIES))
    for article, key, line in _read_articles(out / ARTICLES):
        state.articles.append(article)
        state.keys[article.document.id] = key
        if line is not None:
            state.lines[article.document.id] = line
    return state


def entity_records(entities: Iterable, known: Iterable[KnownEntity] = ()) -> Iterator[dict]:
    """The records of entities.jsonl: the entities of this build sorted by id, then the ids
    given earlier that no entity holds now, as `retired`.

    >>> from graph.resolve import Entity
    >>> list(entity_records([Entity("kim", "Kim", "PERSON", (), 1, (), ("kim",))],
    ...                     [KnownEntity("putin", ("putin",))]))[1]
    {'id': 'putin', 'label': None, 'keys': ['putin'], 'retired': True}
    """
    live = sorted(entities, key=lambda e: e.id)
    ids = {e.id for e in live}
    for e in live:
        yield {"id": e.id, "label": e.label, "type": e.type, "keys": list(e.keys)}
    for k in sorted({k.id: k for k in known if k.id not in ids}.values(), key=lambda k: k.id):
        yield {"id": k.id, "label": k.label, "keys": list(k.keys), "retired": True}


def combine(old: list[Article], new: list[Article]) -> list[Article]:
    """Old then new articles; a new article replaces an old one with the same document id.

    >>> a, b = Article(Document("a", "x"), "x", (), ()), Article(Document("a", "y"), "y", (), ())
    >>> [x.text for x in combine([a], [b])]
    ['y']
    """
    new_ids = {a.document.id for a in new}
    return [a for a in old if a.document.id not in new_ids] + list(new)
