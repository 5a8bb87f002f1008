"""extract.frames.content: an announcement whose clause only says that something exists."""
from __future__ import annotations

import pytest

from extract.frames import Role
from extract.frames.content import existential_content
from tests.extract.frames.conftest import frame_at


def _announced(verb="warned", lemma="warn", det="further", noun="strikes", mark=None, neg=False, modal="could"):
    """"Unison <verb> [mark] there <modal> [not] be <det> <noun> at Acme." by hand."""
    rows = [("Unison", "PROPN", "NNP", "nsubj", 1, "Unison", "B-ORG"),
            (verb, "VERB", "VBD", "ROOT", 1, lemma, "O")]
    be = 2 + (mark is not None) + 2 + neg
    if mark is not None:
        rows.append((mark, "SCONJ", "IN", "mark", be, mark, "O"))
    rows.append(("there", "PRON", "EX", "expl", be, "there", "O"))
    rows.append((modal, "AUX", "MD", "aux", be, modal, "O"))
    if neg:
        rows.append(("not", "PART", "RB", "neg", be, "not", "O"))
    rows.append(("be", "AUX", "VB", "ccomp", 1, "be", "O"))
    noun_at = be + 2
    rows.append((det, "DET" if det in {"no", "any", "a"} else "ADJ", "DT" if det in {"no", "any", "a"} else "JJ",
                 "det" if det in {"no", "any", "a"} else "amod", noun_at, det, "O"))
    rows.append((noun, "NOUN", "NNS", "attr", be, noun, "O"))
    rows += [("at", "ADP", "IN", "prep", noun_at, "at", "O"),
             ("Acme", "PROPN", "NNP", "pobj", noun_at + 1, "Acme", "B-ORG"),
             (".", "PUNCT", ".", "punct", 1, ".", "O")]
    return rows


def test_content_warning_of_what_there_will_be_joins_it_with_of(frames_of):
    doc, frames = frames_of(_announced())
    frame = frame_at(doc, frames, "warned", "verbal_clause")
    assert [(a.role, doc[a.head].text, a.preposition) for a in frame.arguments] == \
        [(Role.PREPOSITIONAL, "strikes", "of")]
    assert frame.scope.certainty == "asserted"  # the warning was given; "could" is its content's


@pytest.mark.parametrize("verb, lemma", [("announced", "announce"), ("predicted", "predict"),
                                         ("admitted", "admit")])
def test_content_announcement_takes_the_thing_as_its_object(frames_of, verb, lemma):
    doc, frames = frames_of(_announced(verb, lemma, det="a", noun="strike", modal="would"))
    frame = frame_at(doc, frames, verb, "verbal_clause")
    assert [(a.role, doc[a.head].text) for a in frame.arguments] == [(Role.OBJECT, "strike")]


@pytest.mark.parametrize("verb, lemma", [("said", "say"), ("told", "tell"), ("claimed", "claim")])
def test_content_plain_saying_takes_no_object(frames_of, verb, lemma):
    doc, frames = frames_of(_announced(verb, lemma))
    assert frame_at(doc, frames, verb, "verbal_clause").arguments == ()


@pytest.mark.parametrize("case", [dict(det="no"), dict(neg=True), dict(mark="whether"), dict(mark="if")])
def test_content_denied_or_open_existence_gives_nothing(doc_of, case):
    doc = doc_of(_announced(**case))
    assert existential_content(doc[1]) == []


def test_content_fact_in_the_graph_view(doc_of):
    from extract.triples import triples
    facts = [(t.subject.text, t.relation, t.object.text, t.polarity) for t in triples(doc_of(_announced()))]
    assert ("Unison", "warns of", "strikes", "positive") in facts
    assert not [f for f in triples(doc_of(_announced(det="no")))
                if f.subject.text == "Unison" and "warn" in f.relation]


def _called_for(verb="called", lemma="call", passive=False):
    """"The UN <verb> for Russia to withdraw troops." or, passive, "The UN <verb> for the
    bill to be dropped." by hand."""
    rows = [("UN", "PROPN", "NNP", "nsubj", 1, "UN", "B-ORG"),
            (verb, "VERB", "VBD", "ROOT", 1, lemma, "O")]
    if passive:
        return rows + [("for", "SCONJ", "IN", "mark", 7, "for", "O"),
                       ("the", "DET", "DT", "det", 4, "the", "O"),
                       ("bill", "NOUN", "NN", "nsubjpass", 7, "bill", "O"),
                       ("to", "PART", "TO", "aux", 7, "to", "O"),
                       ("be", "AUX", "VB", "auxpass", 7, "be", "O"),
                       ("dropped", "VERB", "VBN", "advcl", 1, "drop", "O")]
    return rows + [("for", "SCONJ", "IN", "mark", 5, "for", "O"),
                   ("Russia", "PROPN", "NNP", "nsubj", 5, "Russia", "B-GPE"),
                   ("to", "PART", "TO", "aux", 5, "to", "O"),
                   ("withdraw", "VERB", "VB", "advcl", 1, "withdraw", "O"),
                   ("troops", "NOUN", "NNS", "dobj", 5, "troop", "O")]


@pytest.mark.parametrize("verb, lemma, prep", [("called", "call", "on"), ("appealed", "appeal", "to")])
def test_content_appeal_with_a_for_infinitive_names_its_addressee(doc_of, verb, lemma, prep):
    from extract.triples import triples
    facts = {(t.subject.text, t.relation, t.object.text, t.certainty) for t in triples(doc_of(_called_for(verb, lemma)))}
    assert ("UN", f"{lemma}s {prep}", "Russia", "asserted") in facts
    assert ("Russia", "withdraws", "troops", "hedged") in facts  # wanted, not done


def test_content_appeal_for_a_passive_infinitive_names_no_addressee(doc_of):
    from extract.frames.content import appeal_addressees
    doc = doc_of(_called_for(passive=True))
    assert appeal_addressees(doc[1]) == []
    assert appeal_addressees(doc_of(_called_for("wanted", "want"))[1]) == []  # no verb of appeal


def _called_for_read_as_preposition(infinitive: bool):
    """'Acme called for Tesco to hold a vote' as the parser reads it: 'for Tesco' the verb's
    preposition, 'hold' its xcomp (`infinitive`); else 'Acme called for Tesco's vote' shape
    without an infinitive ('called for Tesco' alone)."""
    rows = [("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
            ("called", "VERB", "VBD", "ROOT", 1, "call", "O"),
            ("for", "ADP", "IN", "prep", 1, "for", "O"),
            ("Tesco", "PROPN", "NNP", "pobj", 2, "Tesco", "B-ORG")]
    if infinitive:
        rows += [("to", "PART", "TO", "aux", 5, "to", "O"),
                 ("hold", "VERB", "VB", "xcomp", 1, "hold", "O"),
                 ("vote", "NOUN", "NN", "dobj", 5, "vote", "O")]
    return rows + [(".", "PUNCT", ".", "punct", 1, ".", "O")]


@pytest.mark.parametrize("infinitive, slots", [(True, [("Tesco", "on")]), (False, [("Tesco", "for")])])
def test_content_for_object_before_an_appeals_infinitive_is_its_addressee(frames_of, infinitive, slots):
    doc, frames = frames_of(_called_for_read_as_preposition(infinitive))
    frame = frame_at(doc, frames, "called")
    assert [(doc[a.head].text, a.preposition) for a in frame.arguments] == slots
