"""extract.confidence: the score of a fact from its rule, grounding, coreference and scope."""
from __future__ import annotations

import itertools
import math
from dataclasses import replace

import pytest

from extract.confidence import (
    DEFAULT_MIN_CONFIDENCE,
    TABLE,
    check_threshold,
    confident,
    grounding,
    score,
    scored,
)
from extract.pipeline import analyse
from extract.types import CONCEPT, Document, Mention, Triple
from tests.extract.parses import CONTROL

KIM = Mention("d", "Kim Jong-un", "PERSON", 0, 11)
RUSSIA = Mention("d", "Russia", "GPE", 21, 27)
PHRASE = Mention("d", "arms transfer", CONCEPT, 21, 34)
BARE = Mention("d", "talks", CONCEPT, 21, 26)


def fact(subject: Mention = KIM, obj: Mention = RUSSIA, **fields) -> Triple:
    return Triple("d", subject, "supports", obj, "Kim Jong-un supports Russia.", (12, 20), **fields)


def resolved(mention: Mention, words: str = "he", antecedent_score: float | None = None) -> Mention:
    return replace(mention, antecedent_of=words, antecedent_score=antecedent_score)


@pytest.mark.parametrize("rule,certainty,modality,subject,obj", list(itertools.product(
    [*TABLE.rules, "a rule nobody knows"], TABLE.certainty, [None, "vowed"],
    [KIM, resolved(KIM), resolved(KIM, antecedent_score=0.3)], [RUSSIA, PHRASE, BARE])))
def test_score_is_a_probability_like_number(rule, certainty, modality, subject, obj):
    value = score(fact(subject, obj, rule=rule, certainty=certainty, modality=modality))
    assert 0.0 <= value <= 1.0 and round(value, 3) == value


def test_score_two_entities_above_concept_phrase_above_bare_concept():
    both, phrase, bare = (score(fact(obj=o)) for o in (RUSSIA, PHRASE, BARE))
    assert both > phrase > bare


def test_score_grounding_counts_each_argument():
    assert score(fact(PHRASE, BARE)) < score(fact(KIM, BARE))


@pytest.mark.parametrize("mention,kind", [(KIM, "entity"), (PHRASE, "concept phrase"), (BARE, "concept"),
                                          (Mention("d", "United Nations", "ORG", 0, 14), "entity")])
def test_grounding_kind_of_argument(mention, kind):
    assert grounding(mention) == kind


@pytest.mark.parametrize("words", ["he", "the country"])
def test_score_resolved_argument_lowers_confidence(words):
    assert score(fact(resolved(KIM, words))) < score(fact())
    assert score(fact(resolved(KIM), resolved(RUSSIA, "it"))) < score(fact(resolved(KIM)))


def test_score_resolver_score_replaces_flat_coreference_factor():
    sure, doubtful = resolved(KIM, antecedent_score=1.0), resolved(KIM, antecedent_score=0.2)
    assert score(fact(sure)) == score(fact())
    assert score(fact(doubtful)) < score(fact(resolved(KIM))) < score(fact(sure))


def test_score_resolver_score_outside_unit_interval_is_clamped():
    assert score(fact(resolved(KIM, antecedent_score=7.0))) == score(fact())
    assert score(fact(resolved(KIM, antecedent_score=-1.0))) == 0.0


def test_score_scope_hedged_below_reported_below_asserted():
    asserted, reported, hedged = (score(fact(certainty=c)) for c in ("asserted", "reported", "hedged"))
    assert asserted > reported > hedged


def test_score_modality_lowers_confidence():
    assert score(fact(modality="vowed")) < score(fact())


def test_score_follows_rule_table_and_unknown_rule_default():
    table = replace(TABLE, rules={"svo": 0.9, "event_noun": 0.3}, unknown_rule=0.5)
    assert score(fact(rule="svo"), table) == 0.9
    assert score(fact(rule="event_noun"), table) == 0.3
    assert score(fact(rule="not in the table"), table) == 0.5


def test_score_relative_clause_on_a_name_keeps_a_concept_phrase_object():
    # "the Court of Appeals, which issued an emergency stay": as plain as the clause's own subject
    assert score(fact(obj=PHRASE, rule="relative_name")) == score(fact(obj=PHRASE, rule="svo"))
    assert score(fact(obj=PHRASE, rule="relative_name")) >= DEFAULT_MIN_CONFIDENCE
    assert score(fact(obj=PHRASE, rule="relative")) < DEFAULT_MIN_CONFIDENCE


def test_table_values_are_in_unit_interval():
    numbers = [*TABLE.rules.values(), TABLE.unknown_rule, *TABLE.grounding.values(), TABLE.resolved,
               *TABLE.certainty.values(), TABLE.modality]
    assert all(0.0 <= n <= 1.0 for n in numbers)
    assert TABLE.grounding["entity"] == 1.0 and TABLE.certainty["asserted"] == 1.0


def test_table_cannot_be_changed_in_place():
    with pytest.raises(TypeError):
        TABLE.rules["svo"] = 1.0


def test_scored_sets_confidence_and_nothing_else():
    t = fact(certainty="reported", rule="passive")
    s = scored(t)
    assert s.confidence == score(t) != t.confidence
    assert replace(s, confidence=t.confidence) == t


def test_as_record_carries_confidence():
    assert scored(fact()).as_record()["confidence"] == score(fact())


@pytest.mark.parametrize("value", [0, 0.0, 0.35, 1, 1.0])
def test_check_threshold_accepts_unit_interval(value):
    assert check_threshold(value) == float(value)


@pytest.mark.parametrize("value", [-0.01, 1.01, math.nan, math.inf, True, "0.5", None])
def test_check_threshold_refuses_other_values(value):
    with pytest.raises(ValueError, match="number from 0 to 1"):
        check_threshold(value)


def test_confident_keeps_a_score_equal_to_the_threshold():
    t = replace(fact(), confidence=0.6)
    assert confident(t, 0.6) and confident(t, 0.0) and not confident(t, 0.61)


def test_default_threshold_is_a_valid_threshold():
    assert check_threshold(DEFAULT_MIN_CONFIDENCE) == DEFAULT_MIN_CONFIDENCE


def test_analyse_scores_every_fact(doc_of):
    article = analyse(doc_of(CONTROL), Document("d", "Kim vowed to support Russia."))
    assert article.triples
    assert all(t.confidence == score(t) for t in article.triples)


def test_score_empty_relation_counts_less():
    from extract.types import Mention, Triple

    a, b = Mention("d", "Acme", "ORG", 0, 4), Mention("d", "Paris", "GPE", 9, 14)
    has = Triple("d", a, "has", b, "Acme has Paris.", (5, 8))
    buys = Triple("d", a, "buys", b, "Acme buys Paris.", (5, 9))
    assert score(has) < score(buys)


def test_score_generic_concept_factor_applies_only_to_the_listed_concepts():
    table = replace(TABLE, generic_concepts=frozenset({"talks"}), generic=0.5)
    assert score(fact(obj=BARE), table) == pytest.approx(score(fact(obj=BARE)) * 0.5, abs=1e-3)
    assert score(fact(obj=PHRASE), table) == score(fact(obj=PHRASE))
    assert score(fact(obj=Mention("d", "Talks", "ORG", 21, 26)), table) == score(fact())  # a name is no concept
    assert TABLE.generic_concepts == frozenset()  # the news table lowers nothing


@pytest.mark.parametrize("text", ["series of protests", "number of banks", "kind of truce", "review of those rules",
                                  "this plan"])
def test_score_concept_naming_nothing_of_its_own_is_lowered(text):
    unspecific = Mention("d", text, CONCEPT, 21, 21 + len(text))
    assert score(fact(obj=unspecific)) < DEFAULT_MIN_CONFIDENCE <= score(fact(obj=PHRASE))


def test_score_partitive_needs_of_and_a_head_after_it():
    # "tour of African nations" names a journey; "number" alone is no partitive phrase
    for text in ("tour of African nations", "lot numbers"):
        assert score(fact(obj=Mention("d", text, CONCEPT, 21, 21 + len(text)))) == score(fact(obj=PHRASE))


def test_score_concept_audience_of_a_speech_relation_is_lowered():
    conference = Mention("d", "news conference", CONCEPT, 21, 36)
    told = replace(fact(obj=conference), relation="tells")
    assert score(told) < DEFAULT_MIN_CONFIDENCE <= score(replace(told, relation="holds"))
    assert score(replace(fact(), relation="tells")) == score(fact())  # a named hearer is a party


def test_score_a_kind_noun_tagged_as_a_name_counts_as_a_bare_concept():
    board = Mention("d", "Board", "ORG", 21, 26)
    named = Mention("d", "Federal Reserve Board", "ORG", 21, 42)
    assert score(fact(obj=board)) == pytest.approx(score(fact(obj=named)) * TABLE.grounding["concept"], abs=1e-3)
    assert score(fact(obj=board)) < DEFAULT_MIN_CONFIDENCE <= score(fact(obj=named))


def test_score_a_concept_cut_from_a_quotation_is_unspecific():
    cut = Mention("d", 'call for a "pause', CONCEPT, 21, 38)
    whole = Mention("d", "call for pause", CONCEPT, 21, 35)
    assert score(fact(obj=cut)) == pytest.approx(score(fact(obj=whole)) * TABLE.unspecific, abs=1e-3)


def test_score_adjectival_concept_object_falls_below_the_default_threshold():
    # "the company took legal action" against "the company cut energy prices"
    adjectival = Mention("d", "legal action", CONCEPT, 21, 33, adjectival=True)
    noun_modified = Mention("d", "energy prices", CONCEPT, 21, 34)
    assert score(fact(obj=adjectival)) < DEFAULT_MIN_CONFIDENCE <= score(fact(obj=noun_modified))


def test_score_adjectival_mark_counts_only_on_a_concept():
    named = replace(RUSSIA, adjectival=True)  # a name is never scored as a described thing
    assert score(fact(obj=named)) == score(fact(obj=RUSSIA))


def test_score_open_table_has_no_adjectival_factor():
    from extract.open_facts import OPEN_TABLE

    adjectival = Mention("d", "legal action", CONCEPT, 21, 33, adjectival=True)
    assert score(fact(obj=adjectival), OPEN_TABLE) == score(fact(obj=replace(adjectival, adjectival=False)), OPEN_TABLE)
