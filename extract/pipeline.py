"""Documents -> cleaned, parsed, extracted articles. The one loop that runs spaCy."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from extract.clean import article_text
from extract.confidence import scored
from extract.nlp import KNOWN_TEXT, doc_text
from extract.publisher import is_publisher
from extract.profiles import Profile, grounding
from extract.triples import triples
from extract.types import Document, Mention, Triple

#: the parser and NER need about 3.5 MB per 1,000 characters they parse together (measured with
#: en_core_web_sm: +345 MB for one 100,000-character text), and `nlp.max_length` refuses texts
#: over 1,000,000. So a text longer than PIECE_CHARS is parsed in pieces, and texts and pieces
#: go to spaCy in batches of at most BATCH_CHARS characters: parsing stays near 150 MB above
#: the model whatever the input (benchmarks/memory.py)
PIECE_CHARS = 10_000
BATCH_CHARS = 40_000
#: kinds of problems reported by this module (see extract.sources.Problem)
EXTRACTION_FAILED = "extraction failed"

_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+"))


@dataclass(frozen=True)
class Article:
    """One article after extraction: its entity mentions and its facts (no spaCy Doc)."""

    document: Document
    text: str  # cleaned text; every span offset refers to it
    mentions: tuple[Mention, ...]
    triples: tuple[Triple, ...]


def extract_articles(documents: Iterable[Document], nlp, *, on_problem: Callable | None = None,
                     batch_chars: int = BATCH_CHARS, piece_chars: int = PIECE_CHARS,
                     profile: Profile = Profile.news) -> Iterator[Article]:
    """Clean, parse and extract each document; yields in input order.

    Documents are taken in batches of about `batch_chars` characters (`batches`), each
    extracted by `extract_batch`: the same batches a pool of workers gets (extract.workers),
    so that both give the same articles. See `extract_batch` for pieces and failures;
    `profile` chooses how facts are grounded (extract.profiles).
    """
    for batch in batches(documents, batch_chars):
        yield from extract_batch(batch, nlp, on_problem=on_problem, batch_chars=batch_chars,
                                 piece_chars=piece_chars, profile=profile)


def batches(documents: Iterable[Document], size: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """Consecutive documents in lists of at most `size` characters of text (title included);
    a longer document is a list of its own.

    >>> [[d.id for d in b] for b in batches([Document(i, "x" * n) for i, n in
    ...                                      (("a", 30), ("b", 60), ("c", 20), ("d", 200))], 100)]
    [['a', 'b'], ['c'], ['d']]
    """
    return _by_size(documents, size, document_chars)


def document_chars(document: Document) -> int:
    """The size of a document for batching: its text and title, about its cleaned length."""
    return len(document.text) + len(document.title or "")


def extract_batch(documents: list[Document], nlp, *, on_problem: Callable | None = None,
                  batch_chars: int = BATCH_CHARS, piece_chars: int = PIECE_CHARS,
                  profile: Profile = Profile.news) -> list[Article]:
    """The articles of a few documents, in their order.

    The parsed text is the title as a sentence of its own, then the cleaned body
    (`extract.clean.article_text`), so that facts stated only in a headline are found.
    A text longer than `piece_chars` is parsed in pieces cut at paragraph or sentence ends
    (`split_text`) and joined back into one Doc, so offsets refer to the whole cleaned text;
    pieces go to spaCy in groups of at most `batch_chars` characters, which bounds the
    parser's memory. When `on_problem` is given, an article whose extraction raises is
    reported to it as a `Problem` and left out; without it the error propagates.
    `profile` chooses how facts are grounded (extract.profiles).
    """
    view = grounding(profile)
    texts = [article_text(document.text, document.title) for document in documents]
    pieces = [(piece, i) for i, text in enumerate(texts) for piece in split_text(text, piece_chars)]
    parsed: list[list] = [[] for _ in documents]
    for group in _by_size(pieces, batch_chars, lambda piece: len(piece[0])):
        for doc, i in nlp.pipe(group, as_tuples=True, batch_size=len(group)):
            parsed[i].append(doc)
    articles = []
    for i, document in enumerate(documents):
        parts, parsed[i] = parsed[i], []
        whole = parts[0] if len(parts) == 1 else type(parts[0]).from_docs(parts, ensure_whitespace=False)
        del parts
        # spaCy's tokenizer keeps every character, so the Doc's text is the text it was given
        # (the pieces joined back): known here, it need not be joined from a Token per token
        whole.user_data.setdefault(KNOWN_TEXT, texts[i])
        if on_problem is None:
            articles.append(analyse(whole, document, view))
            continue
        try:
            articles.append(analyse(whole, document, view))
        except Exception as exc:  # a bug on one article must not lose a long build; reported
            on_problem(extraction_failed(document, f"{type(exc).__name__}: {exc}", exc))
    return articles


def extraction_failed(document: Document, why: str, error: BaseException | None = None):
    """The Problem reported for a document whose extraction failed (it is left out)."""
    from extract.sources import Problem

    return Problem(document.path or document.id, f"extraction failed ({why}); article left out",
                   EXTRACTION_FAILED, error=error)


def _by_size(items: Iterable, size: int, length: Callable) -> Iterator[list]:
    """Consecutive items in lists whose `length`s add up to at most `size` (or one longer item)."""
    group, total = [], 0
    for item in items:
        n = length(item)
        if group and total + n > size:
            yield group
            group, total = [], 0
        group.append(item)
        total += n
    if group:
        yield group


def split_text(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Pieces of at most `size` characters whose concatenation is `text`, cut after a paragraph
    break, else after a sentence end, else at a space, else anywhere.

    >>> split_text("One. Two.\\n\\nThree. Four.", size=12)
    ['One. Two.\\n\\n', 'Three. Four.']
    >>> split_text("") == [""]
    True
    """
    pieces = []
    while len(text) > size:
        window = text[:size]
        cut = 0
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends and ends[-1] > size // 4:
                cut = ends[-1]
                break
        cut = cut or size
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


def analyse(doc, document: Document, view=None) -> Article:
    """Mentions and triples of one parsed document, each triple carrying its confidence;
    `view` is a profile's grounding (extract.profiles.grounding; default: news)."""
    view = view or grounding(Profile.news)
    names = view.names(doc, document.id)
    mentions = tuple(names.entity_mention(span) for span in names.spans)
    facts = tuple(scored(fact, view.table)
                  for fact in triples(doc, document.id, document.published, names=names, grounding=view)
                  if not publisher_acts(fact, document))
    return Article(document, doc_text(doc), mentions, facts)


def publisher_acts(fact: Triple, document: Document) -> bool:
    """True when the article's publisher is an argument of a fact: the publisher reports the
    news and is never part of it ("told Wikinews", "With Wikinews, X discusses", "Wikinews
    reporter X": a reader judges all of these page furniture)."""
    return is_publisher(fact.subject.text, document) or is_publisher(fact.object.text, document)
