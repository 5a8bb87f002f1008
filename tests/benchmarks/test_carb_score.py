"""Unit tests of our CaRB scorer on hand-made gold and predictions.

Every expected value is derived by hand in the comment next to it.
"""

import os

import pytest

from benchmarks.carb_score import (
    Extraction,
    binary_lenient_tuple_match,
    lenient_tuple_match,
    normalize_sentence,
    read_gold,
    read_openie5,
    read_tabbed,
    score,
)
from tests.conftest import SHARED

CARB_DIR = SHARED / "eval" / "carb"


def ex(relation, *args, confidence=1.0):
    return Extraction(relation, tuple(args), confidence)


# --- tuple match ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "gold, pred, expected",
    [
        # identical tuples
        (ex("met", "Kim", "Putin"), ex("met", "Kim", "Putin"), (1.0, 1.0)),
        # relations share no word: no match, whatever the arguments
        (ex("met", "Kim", "Putin"), ex("saw", "Kim", "Putin"), (0.0, 0.0)),
        # prediction lacks the object: no match
        (ex("met", "Kim", "Putin"), ex("met", "Kim"), (0.0, 0.0)),
        # predicted "be" matches the gold "is"
        (ex("is", "Bush", "President"), ex("be", "Bush", "President"), (1.0, 1.0)),
        # matching is case-sensitive: "The" != "the"; 3 of 4 words shared each way
        (ex("is", "the pact", "new"), ex("is", "The pact", "new"), (0.75, 0.75)),
        # repeated words count once each: gold "the the" vs predicted "the" -> 1 shared;
        # P = (1 rel + 1 + 1) / 3 predicted words, R = 3 / 4 gold words
        (ex("saw", "the the", "it"), ex("saw", "the", "it"), (1.0, 0.75)),
        # a predicted argument beyond the gold's arity is ignored: P = R = 2/2
        (ex("is", "Bush"), ex("is", "Bush", "President"), (1.0, 1.0)),
        # relation: 1 of pred 1 / gold 4 words; arg1: 1 of 1 / 2; arg2: 3 of 6 / 3
        # P = 5 / (1+1+6) = 0.625, R = 5 / (4+2+3) = 5/9
        (
            ex("made an offer on", "President Bush", "the minimum wage"),
            ex("made", "Bush", "an offer on the minimum wage"),
            (0.625, 5 / 9),
        ),
    ],
)
def test_lenient_tuple_match_word_overlap(gold, pred, expected):
    assert lenient_tuple_match(gold, pred) == pytest.approx(expected)


def test_binary_lenient_tuple_match_joins_extra_arguments():
    # gold ("met", "Kim", "Putin in Moscow") vs predicted ("met", "Kim", "Putin Moscow"):
    # rel 1/1, arg1 1/1, arg2 2 shared of 2 predicted / 3 gold -> P = 4/4, R = 4/5
    gold = ex("met", "Kim", "Putin", "in Moscow")
    pred = ex("met", "Kim", "Putin", "Moscow")
    assert binary_lenient_tuple_match(gold, pred) == pytest.approx((1.0, 0.8))


def test_binary_lenient_tuple_match_swaps_arguments_for_said_relations():
    # straight: only the relation matches, P = R = 1/5; swapped: P = R = 1
    gold = ex("said", "he", "prices will rise")
    pred = ex("said", "prices will rise", "he")
    assert binary_lenient_tuple_match(gold, pred) == (1.0, 1.0)


def test_binary_lenient_tuple_match_keeps_order_for_other_relations():
    gold = ex("argued", "he", "prices will rise")
    pred = ex("argued", "prices will rise", "he")
    assert binary_lenient_tuple_match(gold, pred) == pytest.approx((0.2, 0.2))


# --- readers -------------------------------------------------------------------------


def test_normalize_sentence_ignores_tokenisation_and_brackets():
    ptb = "Bush -LRB- R. -RRB- said `` no '' ."
    assert normalize_sentence(ptb) == normalize_sentence('Bush (R.) said "no".')


def test_read_gold_drops_context_arguments():
    gold = read_gold(["A said B won .\twon\tB\tC: A said\n", "A said B won .\tsaid\tA\tB won"])
    (tuples,) = gold.values()
    assert tuples == [ex("won", "B"), ex("said", "A", "B won")]


def test_read_tabbed_parses_confidence_and_arguments():
    pred = read_tabbed(["Kim met Putin .\t0.25\tmet\tKim\tPutin\ttoday\n", "\n"])
    assert pred == {"KimmetPutin": [ex("met", "Kim", "Putin", "today", confidence=0.25)]}


def test_read_openie5_prefixes_context_and_skips_incomplete_lines():
    sentence = "He said that Kim met Putin ."
    lines = [
        "0.5\tContext(He said,List([0, 7)))\tSimpleArgument(Kim,List([13, 16)))"
        "\tRelation(met,List([17, 20)))\tSimpleArgument(Putin,List([21, 26)))"
        f"; TemporalArgument(today,List([0, 0)))\t{sentence}\n",
        # no second argument: skipped
        f"0.9\t\tSimpleArgument(He,List([0, 2)))\tRelation(said,List([3, 7)))\t\t{sentence}\n",
    ]
    assert read_openie5(lines) == {
        normalize_sentence(sentence): [ex("met", "He said Kim", "Putin", "today", confidence=0.5)]
    }


# --- aggregate score -----------------------------------------------------------------


def test_score_recall_is_many_to_one_precision_one_to_one():
    # One prediction, two gold tuples. (Kim met Putin) scores (1, 1) on G1 and
    # (2/3, 2/3) on G2. Recall = (1 + 2/3) / 2 = 5/6; precision: the single prediction
    # pairs with G1 only -> 1/1. F1 = 2 * 5/6 / (11/6) = 10/11. AUC: points
    # (R 5/6, P 1) and the appended (0, 1) -> 5/6.
    gold = {"s": [ex("met", "Kim", "Putin"), ex("met", "Kim", "Shoigu")]}
    pred = {"s": [ex("met", "Kim", "Putin", confidence=0.9)]}
    s = score(gold, pred)
    assert (s.precision, s.recall, s.f1, s.auc) == pytest.approx((1, 5 / 6, 10 / 11, 5 / 6))


def test_score_duplicate_prediction_counts_against_precision():
    # At threshold 0.9 one correct prediction: P 1, R 1. At 0.5 the duplicate cannot pair
    # with the already-used gold tuple: P 1/2, R 1. Best F1 is at 0.9.
    gold = {"s": [ex("met", "Kim", "Putin")]}
    pred = {"s": [ex("met", "Kim", "Putin", confidence=0.9), ex("met", "Kim", "Putin", confidence=0.5)]}
    s = score(gold, pred)
    assert (s.precision, s.recall, s.f1, s.threshold) == (1.0, 1.0, 1.0, 0.9)
    assert [(pt.threshold, pt.precision, pt.recall) for pt in s.curve] == [
        (0.5, 0.5, 1.0),
        (0.9, 1.0, 1.0),
    ]


def test_score_best_threshold_and_auc_over_sentences():
    # Sentence a: correct prediction at 0.8; sentence b: a wrong one at 0.9.
    # Threshold 0.9: P 0/1, R 0/2. Threshold 0.8: P 1/2, R 1/2, F1 1/2 (best).
    # AUC over (R .5, P .5), (0, 0), (0, 1): trapezoid .5 * (.5 + 0) / 2 = 0.125.
    gold = {"a": [ex("met", "Kim", "Putin")], "b": [ex("won", "Lee", "the vote")]}
    pred = {
        "a": [ex("met", "Kim", "Putin", confidence=0.8)],
        "b": [ex("lost", "Lee", "the vote", confidence=0.9)],
    }
    s = score(gold, pred)
    assert (s.precision, s.recall, s.f1, s.auc, s.threshold) == pytest.approx(
        (0.5, 0.5, 0.5, 0.125, 0.8)
    )


def test_score_ignores_sentences_without_gold_but_keeps_their_thresholds():
    # The stray prediction adds threshold 0.9, where no scored prediction survives:
    # precision defaults to 1, recall 0. At 0.5: P 1/1, R 1/2 (best).
    # AUC over (R .5, P 1), (0, 1), (0, 1) = 0.5.
    gold = {"a": [ex("met", "Kim", "Putin")], "b": [ex("won", "Lee", "the vote")]}
    pred = {
        "a": [ex("met", "Kim", "Putin", confidence=0.5)],
        "z": [ex("met", "Kim", "Putin", confidence=0.9)],
    }
    s = score(gold, pred)
    assert (s.precision, s.recall, s.threshold, s.auc) == pytest.approx((1.0, 0.5, 0.5, 0.5))
    assert s.curve[1].precision == 1.0 and s.curve[1].recall == 0.0


def test_score_without_predictions_is_zero():
    s = score({"a": [ex("met", "Kim", "Putin")]}, {})
    assert (s.precision, s.recall, s.f1, s.auc, s.gold_tuples) == (0, 0, 0, 0, 1)


# --- calibration against CaRB's own scorer ---------------------------------------------


def test_score_reproduces_carb_on_openie5_dev():
    if not CARB_DIR.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CaRB data expected at {CARB_DIR}")
        pytest.skip(f"CaRB data not found at {CARB_DIR}")
    gold = read_gold((CARB_DIR / "gold" / "dev.tsv").read_text().splitlines())
    output = CARB_DIR / "system_outputs" / "dev" / "openie5_output.txt"
    pred = read_openie5(output.read_text().splitlines())
    s = score(gold, pred)
    # CaRB's carb.py --openiefive on dev: P .526 R .406 F1 .458 AUC .24
    assert (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)) == (0.526, 0.406, 0.458)
    assert round(s.auc, 2) == 0.24
