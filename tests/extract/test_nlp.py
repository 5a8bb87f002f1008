"""The pipeline load_pipeline() gives: kg-builder's components in place of or beside spaCy's."""
from __future__ import annotations

from pathlib import Path

from extract.clean import article_text
from extract.nlp import MemoLemmatizer, load_pipeline
from extract.sources import read_documents

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_nlp_memo_lemmatizer_gives_spacys_lemmas():
    nlp = load_pipeline()
    assert "kg_lemmatizer" in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    memo = nlp.get_pipe("kg_lemmatizer")
    assert isinstance(memo, MemoLemmatizer)
    texts = [article_text(d.text, d.title) for d in read_documents([SEEDS])]
    assert len(texts) >= 3
    fast = list(nlp.pipe(texts))
    with nlp.select_pipes(disable=["kg_lemmatizer"]):
        bare = list(nlp.pipe(texts))
    slow = [memo.lemmatizer(doc) for doc in bare]  # spaCy's own lemmatizer, token by token
    assert [[t.lemma_ for t in d] for d in fast] == [[t.lemma_ for t in d] for d in slow]
    assert len({t.lemma_ for d in fast for t in d if t.lemma_ != t.lower_}) > 20  # real lemmatisation
