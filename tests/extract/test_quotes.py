"""extract.quotes: where quotations stand."""
from __future__ import annotations

from extract.quotes import quotation_at, quotations


def test_quotations_spans_and_unclosed_quote_ends_at_paragraph():
    text = 'A said \u201cyes\u201d. \u201cOpen\n\nNext para.'
    assert quotations(text) == [(7, 12), (14, 19)]


def test_quotation_at_finds_the_enclosing_quotation(vocab):
    from spacy.tokens import Doc

    doc = Doc(vocab, words=["He", "said", '"', "yes", '"', "."])
    inside, outside = doc[3].idx, doc[1].idx
    assert quotation_at(doc, inside) is not None and quotation_at(doc, outside) is None
