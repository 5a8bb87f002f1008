"""extract.frames.light_verb: event nouns carried by light verbs and idioms."""
from __future__ import annotations

from tests.extract.frames.conftest import frame_at

LIGHT = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin", "B-PERSON"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge", "O"),
    ("support", "NOUN", "NN", "dobj", 1, "support", "O"),
    ("for", "ADP", "IN", "prep", 2, "for", "O"),
    ("Korea", "PROPN", "NNP", "pobj", 3, "Korea", "B-GPE"),
]
IDIOM = [
    ("Seoul", "PROPN", "NNP", "nsubj", 1, "Seoul", "B-GPE"),
    ("took", "VERB", "VBD", "ROOT", 1, "take", "O"),
    ("issue", "NOUN", "NN", "dobj", 1, "issue", "O"),
    ("with", "ADP", "IN", "prep", 2, "with", "O"),
    ("Tokyo", "PROPN", "NNP", "pobj", 3, "Tokyo", "B-GPE"),
]
HEAVY = [
    ("Putin", "PROPN", "NNP", "nsubj", 1, "Putin", "B-PERSON"),
    ("praised", "VERB", "VBD", "ROOT", 1, "praise", "O"),
    ("support", "NOUN", "NN", "dobj", 1, "support", "O"),
    ("for", "ADP", "IN", "prep", 2, "for", "O"),
    ("Korea", "PROPN", "NNP", "pobj", 3, "Korea", "B-GPE"),
]


def test_light_verb_reads_the_event_nouns_verb(frames_of):
    doc, frames = frames_of(LIGHT)
    (slot,) = frame_at(doc, frames, "pledged").arguments
    (reading,) = slot.light
    assert (reading.lemma, reading.preposition) == ("support", "")
    assert [doc[a.head].text for a in reading.objects] == ["Korea"]


def test_light_verb_idiom(frames_of):
    doc, frames = frames_of(IDIOM)
    (slot,) = frame_at(doc, frames, "took").arguments
    assert [r.lemma for r in slot.light] == ["criticize"]


def test_light_verb_not_for_other_verbs(frames_of):
    doc, frames = frames_of(HEAVY)
    # the object slot (the noun's "for Korea" is a complement slot of its own)
    (slot,) = [a for a in frame_at(doc, frames, "praised").arguments if not a.preposition]
    assert slot.light == ()


def test_light_verb_noun_gives_no_event_frame_of_its_own(frames_of):
    doc, frames = frames_of(LIGHT)
    assert not [f for f in frames if f.construction == "nominal_event"]


def _ruling(prep: str, noun: str = "ruling", lemma: str = "ruling"):
    """"Lee issued a <noun> <prep> Acme."""
    return [
        ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
        ("issued", "VERB", "VBD", "ROOT", 1, "issue", "O"),
        ("a", "DET", "DT", "det", 3, "a", "O"),
        (noun, "NOUN", "NN", "dobj", 1, lemma, "O"),
        (prep, "ADP", "IN", "prep", 3, prep, "O"),
        ("Acme", "PROPN", "NNP", "pobj", 4, "Acme", "B-ORG"),
    ]


def test_light_verb_prepositional_verb_keeps_its_preposition(frames_of):
    """"issued a ruling against Acme" rules against Acme; "rules Acme" would be governing it."""
    doc, frames = frames_of(_ruling("against"))
    (slot,) = [a for a in frame_at(doc, frames, "issued").arguments if not a.preposition]
    assert [(r.lemma, r.preposition) for r in slot.light] == [("rule", "against")]


def test_light_verb_transitive_event_verb_drops_the_preposition(frames_of):
    doc, frames = frames_of(_ruling("for", "support", "support"))  # "issued a support for Acme"
    (slot,) = [a for a in frame_at(doc, frames, "issued").arguments if not a.preposition]
    assert [(r.lemma, r.preposition) for r in slot.light] == [("support", "")]


def _inquiry(prep="into", noun="conduct", attach=2):
    # "Lee launched an inquiry <prep> the <noun> of Acme" (the "into" phrase on the noun or the verb)
    return [
        ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
        ("launched", "VERB", "VBD", "ROOT", 1, "launch", "O"),
        ("an", "DET", "DT", "det", 3, "an", "O"),
        ("inquiry", "NOUN", "NN", "dobj", 1, "inquiry", "O"),
        (prep, "ADP", "IN", "prep", attach + 1 if attach == 2 else 1, prep, "O"),
        ("the", "DET", "DT", "det", 6, "the", "O"),
        (noun, "NOUN", "NN", "pobj", 4, noun, "O"),
        ("of", "ADP", "IN", "prep", 6, "of", "O"),
        ("Acme", "PROPN", "NNP", "pobj", 7, "Acme", "B-ORG"),
    ]


def _facts(doc):
    from extract.triples import triples
    return [(t.subject.text, t.relation, t.object.text) for t in triples(doc)]


def test_light_verb_inquiry_into_the_conduct_of_a_party_is_into_the_party(doc_of):
    # on the noun (an inquiry carried out: extract.frames.inquiry) and, as the parser often
    # hangs it, on the verb
    assert ("Lee", "investigates", "Acme") in _facts(doc_of(_inquiry(attach=2)))
    assert ("Lee", "launches inquiry into", "Acme") in _facts(doc_of(_inquiry(attach=1)))


def test_light_verb_only_conduct_after_into_stands_for_its_party(doc_of):
    # "an inquiry into the sale of Acme" is about the sale; "a call for the conduct of Acme" no inquiry
    assert ("Lee", "launches inquiry into", "Acme") not in _facts(doc_of(_inquiry(noun="sale")))
    assert not [f for f in _facts(doc_of(_inquiry(prep="for"))) if f[2] == "Acme"]
