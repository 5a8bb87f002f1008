"""Documents -> cleaned, parsed, extracted articles. The one loop that runs spaCy."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from extract.clean import clean_text
from extract.mentions import NameIndex
from extract.triples import triples
from extract.types import Document, Mention, Triple


@dataclass(frozen=True)
class Article:
    """One article after extraction: its entity mentions and its facts."""

    document: Document
    text: str  # cleaned text; every span offset refers to it
    mentions: tuple[Mention, ...]
    triples: tuple[Triple, ...]


def extract_articles(documents: Iterable[Document], nlp, *, batch_size: int = 16,
                     n_process: int = 1) -> Iterator[Article]:
    """Clean, parse and extract each document; yields in input order."""
    def cleaned():
        for document in documents:
            yield clean_text(document.text), document

    for doc, document in nlp.pipe(cleaned(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield analyse(doc, document)


def analyse(doc, document: Document) -> Article:
    """Mentions and triples of one parsed document."""
    names = NameIndex(doc, document.id)
    mentions = tuple(names.entity_mention(span) for span in names.spans)
    facts = tuple(triples(doc, document.id, document.published, names=names))
    return Article(document, doc.text, mentions, facts)
