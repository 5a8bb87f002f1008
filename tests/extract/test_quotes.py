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


def test_quotations_a_mark_that_only_opens_starts_the_next_quotation():
    # British style: a quotation running on into a new paragraph is not closed before it;
    # the next mark (space before, word after) opens, and the narration after the last
    # closing mark is outside every quotation
    text = 'Lee said: "Taxes rose. "Costs rose too." His deputy agreed.'
    spans = quotations(text)
    assert spans == [(10, 23), (23, 40)]
    his = text.index("His")
    assert not any(start <= his < end for start, end in spans)


def test_quotations_closing_mark_before_a_word_still_closes():
    # '"yes" and "no"': the second mark has a word before it, so it closes
    assert quotations('He said "yes" and "no" twice.') == [(8, 13), (18, 22)]
