"""The Neo4j model of the graph as rows and parameterised Cypher, plus a ``.cypher`` script writer.

Pure functions only (STYLE habit 7): the push (:mod:`graph.export.neo4j`), the script writer below and
the neo4j-admin CSV writer (:mod:`graph.export.neo4j_admin`) all share these rows and queries.

Model::

    (:Entity:<TypeLabel> {key, id, name, type, aliases, mentions})
    (:Entity)-[:<RELATION> {key, relation, category, polarity, certainty, confidence, weight, sources,
                            first_seen, last_seen, sentence, sentences, evidence_docs,
                            attributed_to}]->(:Entity)
    (:Article {key, id, title, url, published, source})-[:MENTIONS]->(:Entity)

Nodes are merged on ``key``, the SHA-256 of their ``id`` (:func:`node_key`): 64 characters whatever
the input, so the unique index behind the constraint never meets a value too large to index (an
8 KB name or article id would be). ``id`` keeps the full text, unindexed. Dates are native Neo4j
``date`` values. ``sentences[i]`` comes from article ``evidence_docs[i]``.

>>> relationship_type("arrived in")
'ARRIVED_IN'
>>> relationship_type("지지한다")
'RELATED_TO'
>>> cypher_literal("it's")
"'it\\\\'s'"
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import networkx as nx


LABEL_PATTERN = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
REL_TYPE_PATTERN = re.compile(r"^[A-Z][A-Z0-9_]*$")

#: Entity type (spaCy label or CONCEPT) -> extra node label. Types not listed get OTHER_LABEL.
TYPE_LABELS: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Group",
    "EVENT": "Event",
    "CONCEPT": "Concept",
    "PRODUCT": "Product",
    "LAW": "Law",
    "WORK_OF_ART": "WorkOfArt",
    "LANGUAGE": "Language",
    "DATE": "Date",
    "TIME": "Date",
    "MONEY": "Quantity",
    "PERCENT": "Quantity",
    "QUANTITY": "Quantity",
    "CARDINAL": "Quantity",
    "ORDINAL": "Quantity",
}
OTHER_LABEL = "Other"
ALL_TYPE_LABELS: tuple[str, ...] = tuple(sorted({*TYPE_LABELS.values(), OTHER_LABEL}))

#: Relationship type for relations that do not normalise to upper snake case (e.g. Korean text),
#: or that would clash with the model's own relationship types.
FALLBACK_REL_TYPE = "RELATED_TO"
RESERVED_REL_TYPES = frozenset({"MENTIONS"})

DEFAULT_BATCH_SIZE = 5000  # benchmarks/neo4j_push.py: 5000 beat 1000 and 10000 here


def check_label(label: str) -> str:
    """Return ``label`` if it may enter query text as a node label, else raise ValueError."""
    if not LABEL_PATTERN.match(label):
        raise ValueError(f"node label {label!r} does not match {LABEL_PATTERN.pattern}")
    return label


def check_rel_type(rel_type: str) -> str:
    """Return ``rel_type`` if it may enter query text as a relationship type, else raise ValueError."""
    if not REL_TYPE_PATTERN.match(rel_type):
        raise ValueError(f"relationship type {rel_type!r} does not match {REL_TYPE_PATTERN.pattern}")
    return rel_type


def entity_label(entity_type: str | None) -> str:
    """Node label for an entity type: ``PERSON`` -> ``Person``; unknown types -> ``Other``."""
    return check_label(TYPE_LABELS.get((entity_type or "").upper(), OTHER_LABEL))


def relationship_type(relation: str) -> str:
    """Upper snake case relationship type for a normalised relation, or ``RELATED_TO``.

    Accents are folded (``réfute`` -> ``REFUTE``); anything else outside ``[A-Z0-9_]`` separates
    words. Relations left empty, non-Latin, starting with a digit or reserved fall back.
    """
    folded = unicodedata.normalize("NFKD", relation)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    if not folded.isascii():
        return FALLBACK_REL_TYPE
    candidate = re.sub(r"[^A-Z0-9]+", "_", folded.upper()).strip("_")
    if not REL_TYPE_PATTERN.match(candidate) or candidate in RESERVED_REL_TYPES:
        return FALLBACK_REL_TYPE
    return candidate


def as_date(value: object) -> dt.date | None:
    """ISO ``YYYY-MM-DD`` (or a longer ISO timestamp) -> date; None or unparsable -> None."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` or None. Rows carry dates as text: the driver packs dates in Python, slowly;
    the queries turn them into Neo4j dates with ``date()``."""
    day = as_date(value)
    return day.isoformat() if day else None


def _text(value: object) -> str | None:
    """A string Bolt can carry: paired surrogates joined, lone ones (invalid UTF-8) -> U+FFFD."""
    if value is None:
        return None
    text = str(value)
    if text.isascii():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _number(value: object) -> float | None:
    """A float, or None (the property is left absent) for a missing value."""
    return None if value is None else float(value)


def _strings(values: Iterable[object] | None) -> list[str]:
    return [_text(v) for v in values or () if v is not None]


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Rows:
    """Everything to write. Entities are grouped by node label (one query text per label); facts
    are one list, each row naming its relationship type, so that batches span types."""

    entities: Mapping[str, list[dict]]  # node label -> rows {key, id, name, type, aliases, mentions}
    articles: list[dict]  # {key, id, title, url, published, source}
    mentions: list[dict]  # {article, entity}: node keys
    facts: list[dict]  # {type, source, target, key, props}: source and target are node keys

    @property
    def counts(self) -> dict[str, int]:
        """Expected counts: entities, articles, mentions, facts."""
        return {
            "entities": sum(map(len, self.entities.values())),
            "articles": len(self.articles),
            "mentions": len(self.mentions),
            "facts": len(self.facts),
        }


def node_key(node_id: str) -> str:
    """The indexed identity of an entity or article: the SHA-256 of its id, as 64 hex digits.

    Fixed length whatever the id (Neo4j refuses to index a value of about 8 KB or more), and
    deterministic, so pushes stay idempotent. In Cypher with APOC: ``apoc.util.sha256([id])``.

    >>> node_key("russia")
    '90a6d53df47e4097ad65833c01eba6203665b93a60b00a848edbcc3ac53d605d'
    >>> len(node_key("x" * 100_000))
    64
    """
    return hashlib.sha256(node_id.encode("utf-8")).hexdigest()


def fact_key(subject: str, relation: str, obj: str, polarity: str) -> str:
    """Identity of one fact relationship; MERGE on it keeps pushes idempotent.

    Not indexed (relationships are found from their two end nodes), so its length does not matter.
    """
    return "\x1f".join((subject, relation, obj, polarity))


def graph_rows(G: nx.MultiDiGraph) -> Rows:
    """Flatten a graph that follows docs/graph-contract.md into rows of primitive values."""
    if not isinstance(G, nx.MultiDiGraph):
        raise TypeError(f"expected a networkx.MultiDiGraph, found {type(G).__name__}")
    entities: dict[str, list[dict]] = defaultdict(list)
    mentioned: list[tuple[str, str]] = []  # (article id, entity key)
    keys: dict[object, str] = {}
    for node, data in G.nodes(data=True):
        node_id = _text(node)
        keys[node] = key = node_key(node_id)
        entities[entity_label(data.get("type"))].append(
            {
                "key": key,
                "id": node_id,
                "name": _text(data.get("label") or node_id),
                "type": _text(data.get("type") or ""),
                "aliases": _strings(data.get("aliases")),
                "mentions": int(data.get("mentions") or 0),
            }
        )
        mentioned.extend((doc, key) for doc in _strings(data.get("docs")))

    articles = [
        _article_row(
            _text(a["id"]), title=_text(a.get("title")), url=_text(a.get("url")),
            published=iso_date(a.get("published")), source=_text(a.get("source")),
        )
        for a in G.graph.get("articles") or ()
    ]
    known = {a["id"] for a in articles}
    # An entity may cite an article the graph has no metadata for; keep MENTIONS complete anyway.
    articles.extend(_article_row(doc) for doc in sorted({doc for doc, _ in mentioned} - known))
    mentions = [{"article": node_key(doc), "entity": key} for doc, key in mentioned]

    facts: list[dict] = []
    for subject, obj, data in G.edges(data=True):
        subject_id, obj_id = _text(subject), _text(obj)
        relation = _text(data.get("relation") or "")
        polarity = _text(data.get("polarity") or "positive")
        evidence = [e for e in data.get("evidence") or () if isinstance(e, Mapping)]
        attributed = sorted({_text(p) for e in evidence for p in e.get("attributed_to") or ()})
        props = {
            "relation": relation,
            "category": _text(data.get("category")),
            "polarity": polarity,
            "certainty": _text(data.get("certainty")),
            "confidence": _number(data.get("confidence")),
            "weight": int(data.get("weight") or len(evidence)),
            "sources": _strings(data.get("sources")),
            "first_seen": iso_date(data.get("first_seen")),
            "last_seen": iso_date(data.get("last_seen")),
            "sentence": _text(data.get("sentence")),
            "sentences": [_text(e.get("sentence") or "") for e in evidence],
            "evidence_docs": [_text(e.get("doc") or "") for e in evidence],
            "attributed_to": attributed,
        }
        facts.append(
            {
                "type": check_rel_type(relationship_type(relation)),
                "source": keys[subject],
                "target": keys[obj],
                "key": fact_key(subject_id, relation, obj_id, polarity),
                "props": props,
            }
        )
    facts.sort(key=lambda row: row["type"])  # stable: a script lists facts by type, as before
    return Rows(dict(entities), articles, mentions, facts)


def _article_row(article_id: str, *, title=None, url=None, published=None, source=None) -> dict:
    return {"key": node_key(article_id), "id": article_id, "title": title, "url": url,
            "published": published, "source": source}


def batches(rows: list[dict], size: int) -> Iterator[list[dict]]:
    """Consecutive slices of at most ``size`` rows."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, found {size}")
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


# --------------------------------------------------------------------------- queries

#: Constraints of kg-builder before node keys: their range index refused long ids. Dropped.
LEGACY_CONSTRAINTS = ("entity_id", "article_id")


def constraint_queries() -> list[str]:
    """Schema statements, idempotent thanks to IF [NOT] EXISTS: drop the old constraints on ``id``,
    make ``key`` unique."""
    return [
        *(f"DROP CONSTRAINT {name} IF EXISTS" for name in LEGACY_CONSTRAINTS),
        "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE",
        "CREATE CONSTRAINT article_key IF NOT EXISTS FOR (a:Article) REQUIRE a.key IS UNIQUE",
    ]


def merge_entities_query(label: str, rows: str = "$rows") -> str:
    """MERGE entities by key, set their type label and drop a stale one from an earlier push."""
    label = check_label(label)
    stale = ":".join(other for other in ALL_TYPE_LABELS if other != label)
    return (
        f"UNWIND {rows} AS row "
        "MERGE (e:Entity {key: row.key}) "
        "SET e.id = row.id, e.name = row.name, e.type = row.type, e.aliases = row.aliases, "
        f"e.mentions = row.mentions, e:{label} "
        f"REMOVE e:{stale}"
    )


def merge_articles_query(rows: str = "$rows") -> str:
    """MERGE articles by key and set their id and metadata."""
    return (
        f"UNWIND {rows} AS row "
        "MERGE (a:Article {key: row.key}) "
        "SET a.id = row.id, a.title = row.title, a.url = row.url, a.published = date(row.published), "
        "a.source = row.source"
    )


def merge_mentions_query(rows: str = "$rows") -> str:
    """MERGE one (:Article)-[:MENTIONS]->(:Entity) per article and entity."""
    return (
        f"UNWIND {rows} AS row "
        "MATCH (a:Article {key: row.article}) "
        "MATCH (e:Entity {key: row.entity}) "
        "MERGE (a)-[:MENTIONS]->(e)"
    )


def merge_facts_query(rows: str = "$rows") -> str:
    """MERGE fact relationships by key, whatever their type; properties are replaced, never incremented.

    The type comes from each row (Neo4j 5.26 dynamic types, ``$(row.type)``): it is a value, not
    query text, so one batch holds facts of many types. Rows carry types made by
    :func:`relationship_type` (checked against ``REL_TYPE_PATTERN``) all the same.
    """
    return (
        f"UNWIND {rows} AS row "
        "MATCH (s:Entity {key: row.source}) "
        "MATCH (o:Entity {key: row.target}) "
        "MERGE (s)-[r:$(row.type) {key: row.key}]->(o) "
        "SET r += row.props, r.first_seen = date(r.first_seen), r.last_seen = date(r.last_seen)"
    )


@dataclass(frozen=True)
class Step:
    """One batch and the query that writes it; ``build`` renders the query for a rows expression."""

    build: Callable[[str], str]
    rows: list[dict]

    @property
    def query(self) -> str:
        """The query with the batch as the ``$rows`` parameter."""
        return self.build("$rows")


def write_plan(rows: Rows, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Step]:
    """Yield the batches in write order: entities, articles, mentions, then facts of all types.

    Nodes come first so that every relationship batch finds both ends.
    """
    for label in sorted(rows.entities):
        for batch in batches(rows.entities[label], batch_size):
            yield Step(partial(merge_entities_query, label), batch)
    for batch in batches(rows.articles, batch_size):
        yield Step(merge_articles_query, batch)
    for batch in batches(rows.mentions, batch_size):
        yield Step(merge_mentions_query, batch)
    for batch in batches(rows.facts, batch_size):
        yield Step(merge_facts_query, batch)


# --------------------------------------------------------------------------- script


def _escape_char(c: str) -> str:
    simple = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
    if c in simple:
        return simple[c]
    if unicodedata.category(c)[0] in "CZ" and c != " ":
        # Control, format, separator and unassigned characters: spell them out so that every
        # statement stays on one line and nothing invisible reaches the parser.
        code = ord(c)
        return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"
    return c


def cypher_literal(value: object) -> str:
    """Cypher literal text for a primitive, date, list or string-keyed map; used only by scripts.

    Strings are single-quoted with backslash escapes, so quotes, backslashes and newlines cannot
    end the literal; map keys must be plain identifiers.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"Cypher has no literal for {value!r}")
        return repr(value)
    if isinstance(value, str):
        return "'" + "".join(map(_escape_char, value)) + "'"
    if isinstance(value, dt.date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(map(cypher_literal, value)) + "]"
    if isinstance(value, Mapping):
        items = []
        for key, item in value.items():
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", str(key)):
                raise ValueError(f"map key {key!r} is not a plain identifier")
            items.append(f"{key}: {cypher_literal(item)}")
        return "{" + ", ".join(items) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


STATEMENT_END = ";\n"


def generate_cypher(G: nx.MultiDiGraph, batch_size: int = 500) -> Iterator[str]:
    """Yield a ``cypher-shell -f`` script: comment lines, then one statement per line ending in ``;``.

    Statements are the push queries with the batch inlined as a literal list, so running the
    script twice is as idempotent as pushing twice.
    """
    rows = graph_rows(G)
    yield f"// kg-builder graph: {rows.counts['entities']} entities, {rows.counts['facts']} facts\n"
    yield "// run with: cypher-shell -a bolt://127.0.0.1:7687 -f graph.cypher\n"
    for query in constraint_queries():
        yield query + STATEMENT_END
    for step in write_plan(rows, batch_size):
        yield step.build(cypher_literal(step.rows)) + STATEMENT_END


def write_cypher(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write :func:`generate_cypher` to ``path`` (UTF-8, atomically) and return the path."""
    from graph.export.atomic import write_atomic

    return write_atomic(path, generate_cypher(G))


def script_statements(text: str) -> list[str]:
    """Split a script written by :func:`generate_cypher` into statements (without the ``;``)."""
    return [line[:-1] for line in text.splitlines() if line and not line.startswith("//")]
