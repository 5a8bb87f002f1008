"""extract_articles: long texts parsed in pieces give the same article; failures are isolated."""
from __future__ import annotations

import pytest

import extract.pipeline
from extract.nlp import load_pipeline
from extract.pipeline import EXTRACTION_FAILED, extract_articles, split_text
from extract.types import Document

TEXT = """North Korea on Thursday denounced French President Emmanuel Macron for criticising the North's troop dispatch to Russia.

Russian President Vladimir Putin thanked Kim Jong-un for the support, and the two leaders signed a partnership treaty in Pyongyang.

The United States, South Korea and Japan strongly condemned the suspected supply of arms by North Korea to Russia, officials said."""


@pytest.mark.parametrize("text, size", [
    ("a" * 50, 10), (TEXT, 80), (TEXT, 10_000), ("one two three four five six", 7), ("", 5),
])
def test_split_text_pieces_rejoin_and_fit(text, size):
    pieces = split_text(text, size)
    assert "".join(pieces) == text and all(len(p) <= size for p in pieces)


def test_split_text_prefers_paragraph_breaks():
    pieces = split_text(TEXT, 260)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


def facts(article):
    return sorted((t.subject.text, t.relation, t.object.text, t.relation_span) for t in article.triples)


def test_extract_articles_chunked_text_matches_whole():
    nlp = load_pipeline()
    (whole,) = extract_articles([Document("a", TEXT)], nlp)
    (chunked,) = extract_articles([Document("a", TEXT)], nlp, piece_chars=150)
    assert chunked.text == whole.text and facts(chunked) == facts(whole) and facts(whole)


def test_extract_articles_failure_reported_and_run_goes_on(monkeypatch):
    real = extract.pipeline.analyse

    def flaky(doc, document, *view):
        if document.id == "bad":
            raise RuntimeError("rule crashed")
        return real(doc, document, *view)

    monkeypatch.setattr(extract.pipeline, "analyse", flaky)
    problems = []
    articles = list(extract_articles([Document("bad", TEXT, path="bad.txt"), Document("good", TEXT)],
                                     load_pipeline(), on_problem=problems.append))
    assert [a.document.id for a in articles] == ["good"]
    assert [(p.path, p.kind) for p in problems] == [("bad.txt", EXTRACTION_FAILED)]
    assert "RuntimeError: rule crashed" in problems[0].reason


def test_extract_articles_parses_the_title_as_the_first_sentence():
    nlp = load_pipeline()
    title = "India seeks to boost construction"
    (article,) = extract_articles([Document("a", f"{title}\n\n{TEXT}", title=title)], nlp)
    assert article.text.startswith(title + ".\n\n") and article.text.count(title) == 1
    headline = [t for t in article.triples if t.relation_span[1] <= len(title)]
    assert headline and all(t.subject.text == "India" for t in headline)


def test_extract_articles_offsets_refer_to_the_stored_text_with_title():
    nlp = load_pipeline()
    (article,) = extract_articles([Document("a", TEXT, title="Pyongyang Denounces Macron")], nlp)
    for t in article.triples:
        for mention in (t.subject, t.object):
            if mention.antecedent_of is None:
                assert article.text[mention.start:mention.end] == mention.text
        assert article.text[slice(*t.relation_span)] and t.sentence in article.text


def test_publisher_acts_drops_every_publisher_fact():
    from extract.pipeline import publisher_acts
    from extract.types import Document, Mention, Triple

    document = Document(id="a", text="", source="Wikinews")

    def fact(subject, obj, rule="svo"):
        return Triple("a", Mention("a", subject, "PERSON", 0, 1), "tells",
                      Mention("a", obj, "ORG", 2, 3), "s", (0, 1), rule=rule)

    assert publisher_acts(fact("Zara Kay", "Wikinews"), document)
    assert publisher_acts(fact("Wikinews", "Zara Kay"), document)
    assert publisher_acts(fact("Zara Kay", "Wikinews", rule="role"), document)
    assert not publisher_acts(fact("Zara Kay", "BBC"), document)


LONG = "\n\n".join(f"Paragraph {p}. " + " ".join(
    f"Minister {chr(65 + s)}{p} met President Macron in Paris on day {s} of the talks." for s in range(6))
    for p in range(30))


@pytest.mark.parametrize("size", [300, 1_000, 4_000])
def test_split_text_cuts_only_at_sentence_ends_when_it_can(size):
    pieces = split_text(LONG, size)
    assert "".join(pieces) == LONG and len(pieces) > 1
    assert all(len(p) <= size and p.rstrip().endswith(".") for p in pieces)


class Recorder:
    """The real pipeline, recording the characters of each group of texts it is given."""

    def __init__(self, nlp):
        self.nlp, self.groups = nlp, []

    def pipe(self, items, **options):
        items = list(items)
        self.groups.append(sum(len(text) for text, _ in items))
        return self.nlp.pipe(items, **options)


def test_extract_articles_bounds_the_characters_parsed_together():
    nlp = Recorder(load_pipeline())
    docs = [Document("long", LONG), Document("short", TEXT), Document("other", TEXT.upper())]
    articles = list(extract_articles(docs, nlp, batch_chars=2_000, piece_chars=1_000))
    assert [a.document.id for a in articles] == ["long", "short", "other"]
    assert len(nlp.groups) > 3 and max(nlp.groups) <= 2_000
    long = articles[0]
    assert long.text == LONG and long.triples
    for m in long.mentions:
        assert long.text[m.start:m.end] == m.text
    for t in long.triples:
        assert t.sentence in long.text and long.text[slice(*t.relation_span)]


def test_extract_articles_pieces_give_the_facts_of_the_whole():
    nlp = load_pipeline()
    (whole,) = extract_articles([Document("a", LONG)], nlp, piece_chars=len(LONG), batch_chars=len(LONG))
    (pieces,) = extract_articles([Document("a", LONG)], nlp, piece_chars=1_500, batch_chars=3_000)
    assert facts(pieces) == facts(whole) and facts(whole)


def test_batches_are_bounded_by_characters_not_count():
    from extract.pipeline import batches

    docs = [Document(str(i), "x" * n) for i, n in enumerate([10] * 50 + [500, 20, 20])]
    groups = list(batches(docs, 100))
    assert [d.id for g in groups for d in g] == [d.id for d in docs]
    assert all(sum(len(d.text) for d in g) <= 100 or len(g) == 1 for g in groups)
    assert [len(g) for g in groups] == [10, 10, 10, 10, 10, 1, 2]


@pytest.mark.parametrize("piece_chars", [10_000, 150])
def test_the_text_kept_for_extraction_is_the_docs_own(monkeypatch, piece_chars):
    """extract_batch hands extraction the text it parsed instead of joining Doc.text: the same
    string, whole or parsed in pieces, with odd whitespace and a title."""
    real, seen = extract.pipeline.analyse, []

    def spy(doc, document, *view):
        seen.append((doc.user_data["kg_text"], doc.text))
        return real(doc, document, *view)

    monkeypatch.setattr(extract.pipeline, "analyse", spy)
    odd = "Kim  met\tPutin in\u00a0Pyongyang.\n\n\n  Macron   said   so.  \n" + TEXT
    list(extract_articles([Document("a", TEXT, title="Kim meets Putin"), Document("b", odd)],
                          load_pipeline(), piece_chars=piece_chars))
    assert len(seen) == 2 and all(kept == joined for kept, joined in seen)
