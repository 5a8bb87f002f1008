"""extract.arrays: the per-Doc lists give exactly what spaCy's Token attributes give."""
from __future__ import annotations

import pytest

from extract.arrays import TokenArrays, token_arrays
from extract.nlp import load_pipeline
from tests.conftest import SHARED


def _expected(token):
    return (token.head.i, token.dep_, token.pos_, token.lower_, tuple(c.i for c in token.children),
            token.sent.start, token.sent.end, (token.pos, token.dep, token.tag), token.tag_, token.lemma_,
            token.ent_type_)


def _got(arrays, i):
    return (arrays.head[i], arrays.dep[i], arrays.pos[i], arrays.lower[i], arrays.children[i],
            arrays.sent_start[i], arrays.sent_end[i], arrays.keys[i], arrays.tag[i], arrays.lemma[i],
            arrays.ent_type[i])


def test_token_arrays_match_tokens_on_a_hand_built_parse(doc_of):
    doc = doc_of([("Kim", "PROPN", "NNP", "nsubj", 2, "Kim", "B-PERSON"),
                  ("did", "AUX", "VBD", "aux", 2, "do", "O"),
                  ("go", "VERB", "VB", "ROOT", 2, "go", "O"),
                  (".", "PUNCT", ".", "punct", 2, ".", "O"),
                  ("Lee", "PROPN", "NNP", "ROOT", 4, "Lee", "B-PERSON"),
                  ("?", "PUNCT", ".", "punct", 4, "?", "O")])
    arrays = TokenArrays(doc)
    assert [_got(arrays, t.i) for t in doc] == [_expected(t) for t in doc]
    assert arrays.children[2] == (0, 1, 3) and arrays.sent_end[4] == 6


def test_token_arrays_match_tokens_on_parsed_articles():
    if not (SHARED / "seeds").is_dir():
        pytest.skip("shared seeds not available")
    nlp = load_pipeline()
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    texts.append("Kim, Lee and Park met Putin, Xi and Modi, and Biden or Trump spoke and left.")
    conjuncts = 0
    for doc in nlp.pipe(texts):
        arrays = token_arrays(doc)
        assert [_got(arrays, t.i) for t in doc] == [_expected(t) for t in doc]
        assert [arrays.conjuncts(t.i) for t in doc] == [tuple(c.i for c in t.conjuncts) for t in doc]
        conjuncts += sum(bool(t.conjuncts) for t in doc)
    assert conjuncts > 10


def test_token_arrays_are_kept_for_the_last_doc_only(doc_of):
    rows = [("Go", "VERB", "VB", "ROOT", 0, "go", "O")]
    first, second = doc_of(rows), doc_of(rows)
    a = token_arrays(first)
    assert token_arrays(first) is a
    assert token_arrays(second) is not a
    assert token_arrays(first) is not a  # rebuilt: only the last Doc's arrays are kept
