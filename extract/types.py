"""Data objects that flow through the pipeline: frozen, hashable, no behaviour beyond views.

Document ──clean──▶ text ──spaCy──▶ Doc ──extract──▶ Mention, Triple ──resolve──▶ Entity
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: entity type given to a non-entity noun phrase such as "arms transfer"
CONCEPT = "CONCEPT"


@dataclass(frozen=True)
class Document:
    """One article as read from the input, before cleaning.

    >>> Document(id="a1", text="Kim met Putin.").title is None
    True
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Mention:
    """A name as it occurs in an article: an NER entity, or a concept noun phrase used as an argument.

    `text` is the clean name (titles and determiners stripped); `start`/`end` are character
    offsets of that name in the cleaned article text. `role` is a title or role word that
    preceded or followed the name ("President", "foreign minister"), kept for role facts and
    for resolution. `antecedent_of` is set when this mention stands in for a pronoun or a
    definite description: it holds the words that were resolved ("he", "the country").
    `antecedent_score` is the resolver's confidence in that antecedent, in [0, 1], when it
    gives one (None: no score; extract.confidence then uses its flat coreference factor).
    `restricted` marks a one-word concept its sentence pins to one thing by a restrictive
    participle or relative clause ("a bill legalising abortion"): it is scored as a
    concept phrase (extract.confidence.grounding). `instance` marks a one-word concept
    written as one unnamed thing, with an article, demonstrative or possessive ("the bill",
    "its doors": extract.concepts.instance); only the open profile sets it. `adjectival` marks
    a concept phrase whose head noun has only adjectives before it ("legal action", "modest
    rise"): the adjective describes the thing without saying which one, and the phrase is
    scored below one with a noun modifier ("interest rates": extract.confidence.grounding).
    """

    doc_id: str
    text: str
    type: str
    start: int
    end: int
    sentence_start: int = 0
    role: str | None = None
    antecedent_of: str | None = None
    antecedent_score: float | None = None
    restricted: bool = False
    instance: bool = False
    adjectival: bool = False


@dataclass(frozen=True)
class Triple:
    """One extracted fact with its evidence.

    `relation` is normalised (present tense, particles and prepositions kept); `surface` is the
    relation as written. Spans are character offsets in the cleaned article text.
    `confidence` in [0, 1] says how far to trust the extraction (extract.confidence.score);
    it is 1.0 until scored, and extract.pipeline.analyse scores every fact it returns.
    """

    doc_id: str
    subject: Mention
    relation: str
    object: Mention
    sentence: str
    relation_span: tuple[int, int]
    surface: str = ""
    category: str = "other"
    polarity: str = "positive"  # or "negative"
    certainty: str = "asserted"  # "asserted", "reported" or "hedged"
    modality: str | None = None  # governing verb of a control construction: "vowed", "plans"
    attributed_to: tuple[str, ...] = field(default_factory=tuple)
    rule: str = "svo"
    published: str | None = None
    confidence: float = 1.0

    def as_record(self) -> dict:
        """A JSON-ready dict: the line written to triples.jsonl and printed by `kg extract`."""
        return {
            "doc": self.doc_id,
            "subject": self.subject.text,
            "subject_type": self.subject.type,
            "relation": self.relation,
            "object": self.object.text,
            "object_type": self.object.type,
            "category": self.category,
            "polarity": self.polarity,
            "certainty": self.certainty,
            "modality": self.modality,
            "attributed_to": list(self.attributed_to),
            "sentence": self.sentence,
            "subject_span": [self.subject.start, self.subject.end],
            "relation_span": list(self.relation_span),
            "object_span": [self.object.start, self.object.end],
            "surface": self.surface,
            "subject_resolved_from": self.subject.antecedent_of,
            "object_resolved_from": self.object.antecedent_of,
            "rule": self.rule,
            "published": self.published,
            "confidence": self.confidence,
        }
