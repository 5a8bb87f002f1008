"""Hand-built, scored articles whose facts differ in confidence, for threshold tests."""
from __future__ import annotations

from extract.confidence import scored
from extract.pipeline import Article
from extract.types import CONCEPT, Document, Mention, Triple


def article(doc_id: str, facts: list[tuple[str, str, str, str, str, dict]]) -> Article:
    """One sentence per fact (subject, type, relation, object, type, Triple fields); every fact scored."""
    text, mentions, triples = "", [], []
    for s, st, rel, o, ot, fields in facts:
        start = len(text)
        sentence = f"{s} {rel} {o}."
        text += sentence + " "
        subj = Mention(doc_id, s, st, start, start + len(s), start)
        obj_start = start + len(s) + len(rel) + 2
        obj = Mention(doc_id, o, ot, obj_start, obj_start + len(o), start)
        mentions += [m for m in (subj, obj) if m.type != CONCEPT]
        triples.append(scored(Triple(doc_id, subj, rel, obj, sentence, (start + len(s) + 1, obj_start - 1),
                                     surface=rel, published="2024-06-19", **fields)))
    return Article(Document(doc_id, text, title=doc_id, published="2024-06-19"), text, tuple(mentions),
                   tuple(triples))


#: a plain fact between two entities, and a hedged one with a bare concept under a modal verb
SURE = {"rule": "svo"}
UNSURE = {"rule": "event_noun", "certainty": "hedged", "modality": "may"}
