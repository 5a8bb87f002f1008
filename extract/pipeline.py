"""Documents -> cleaned, parsed, extracted articles. The one loop that runs spaCy."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from extract.clean import article_text
from extract.confidence import scored
from extract.publisher import is_publisher
from extract.profiles import Profile, grounding
from extract.triples import triples
from extract.types import Document, Mention, Triple

#: longer texts are parsed in pieces: spaCy's parser and NER need about 1 GB of memory per
#: 100,000 characters, and `nlp.max_length` refuses texts over 1,000,000
CHUNK_CHARS = 100_000
#: kinds of problems reported by this module (see extract.sources.Problem)
EXTRACTION_FAILED = "extraction failed"

_CUTS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"'”’)\]]*\s+"), re.compile(r"\s+"))


@dataclass(frozen=True)
class Article:
    """One article after extraction: its entity mentions and its facts."""

    document: Document
    text: str  # cleaned text; every span offset refers to it
    mentions: tuple[Mention, ...]
    triples: tuple[Triple, ...]


def extract_articles(documents: Iterable[Document], nlp, *, batch_size: int = 16,
                     n_process: int = 1, on_problem: Callable | None = None,
                     chunk_chars: int = CHUNK_CHARS, profile: Profile = Profile.news) -> Iterator[Article]:
    """Clean, parse and extract each document; yields in input order.

    The parsed text is the title as a sentence of its own, then the cleaned body
    (`extract.clean.article_text`), so that facts stated only in a headline are found.
    A text longer than `chunk_chars` is parsed in pieces cut at paragraph or sentence ends and
    joined back into one Doc, so offsets still refer to the whole cleaned text. When
    `on_problem` is given, an article whose extraction raises is reported to it as a
    `Problem` and left out, and the run goes on; without it the error propagates.
    `profile` chooses how facts are grounded (extract.profiles).
    """
    view = grounding(profile)
    def pieces():
        for document in documents:
            parts = split_text(article_text(document.text, document.title), chunk_chars)
            for index, part in enumerate(parts):
                yield part, (document, index, len(parts))

    parts = []
    for doc, (document, index, count) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size,
                                                  n_process=n_process):
        parts.append(doc)
        if index + 1 < count:
            continue
        whole = parts[0] if count == 1 else type(doc).from_docs(parts, ensure_whitespace=False)
        parts = []
        if on_problem is None:
            yield analyse(whole, document, view)
            continue
        try:
            article = analyse(whole, document, view)
        except Exception as exc:  # a bug on one article must not lose a long build; reported
            from extract.sources import Problem

            on_problem(Problem(document.path or document.id,
                               f"extraction failed ({type(exc).__name__}: {exc}); article left out",
                               EXTRACTION_FAILED, error=exc))
            continue
        yield article


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
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
    return Article(document, doc.text, mentions, facts)


def publisher_acts(fact: Triple, document: Document) -> bool:
    """True when the article's publisher is an argument of a fact: the publisher reports the
    news and is never part of it ("told Wikinews", "With Wikinews, X discusses", "Wikinews
    reporter X": a reader judges all of these page furniture)."""
    return is_publisher(fact.subject.text, document) or is_publisher(fact.object.text, document)
