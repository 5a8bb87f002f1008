"""A reimplementation of the CaRB open-IE scorer (Bhardwaj et al., EMNLP 2019).

Our own code, written to reproduce the figures of CaRB's ``carb.py`` with its default
matcher (``binary_linient_tuple_match``) at commit 024e0e9 of github.com/dair-iitd/CaRB:

* **Match.** A gold tuple and a predicted tuple are compared word by word (case-sensitive,
  whitespace tokens, no stop-word removal) after *binarising* both: arguments after the
  first are joined into one.  No relation word in common, or a missing subject or object,
  means no match; otherwise the match yields (precision, recall) = shared words over
  predicted words, shared words over gold words.
* **Recall** is many-to-one: each gold tuple takes the best recall of any prediction.
* **Precision** is one-to-one: predictions and gold tuples are paired greedily by best
  precision, each used at most once; unpaired predictions count zero.
* Both are computed at every distinct confidence of the predictions; the reported point is
  the threshold with the best F1, and AUC is the trapezoidal area under the PR curve with
  the point (recall 0, precision 1) appended.

Sentences are keyed by :func:`normalize_sentence`, so predictions may use any tokenisation
that keeps the same characters.

>>> gold = read_gold(["Kim met Putin .\\tmet\\tKim\\tPutin"])
>>> pred = read_tabbed(["Kim met Putin .\\t0.9\\tmet\\tKim\\tPutin"])
>>> s = score(gold, pred)
>>> (s.precision, s.recall, s.f1, s.auc)
(1.0, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

__all__ = [
    "Extraction",
    "PRPoint",
    "Score",
    "normalize_sentence",
    "read_gold",
    "read_tabbed",
    "read_openie5",
    "lenient_tuple_match",
    "binary_lenient_tuple_match",
    "score",
]

# CaRB's PTB bracket escapes, undone before punctuation is stripped from sentence keys.
PTB_ESCAPES = (
    ("(", "-LRB-"),
    (")", "-RRB-"),
    ("[", "-LSB-"),
    ("]", "-RSB-"),
    ("{", "-LCB-"),
    ("}", "-RCB-"),
)
_PUNCT = str.maketrans("", "", string.punctuation)

# CaRB lets a predicted "be" match any form of "be" in the gold relation.
FORMS_OF_BE = ("be", "is", "am", "are", "was", "were", "been", "being")

# Gold relations containing one of these (as a substring) are "said"-type: the prediction
# may also be scored with its arguments swapped ("He said X" vs "X, he said").
SAID_TYPE_RELATIONS = ("said", "told", "added", "adds", "says")


@dataclass(frozen=True)
class Extraction:
    """One open-IE tuple: relation phrase, arguments (subject first), confidence."""

    relation: str
    args: tuple[str, ...]
    confidence: float = 1.0


@dataclass(frozen=True)
class PRPoint:
    """Precision and recall when keeping predictions with confidence >= threshold."""

    threshold: float
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass(frozen=True)
class Score:
    """Best-F1 operating point, AUC, the whole PR curve and the counts behind them."""

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float | None
    curve: tuple[PRPoint, ...]
    gold_tuples: int
    gold_sentences: int
    predicted_tuples: int


def normalize_sentence(sentence: str) -> str:
    """Key under which CaRB matches a prediction's sentence to a gold sentence.

    >>> normalize_sentence("Bush -LRB- R. -RRB- said `` no '' .")
    'BushRsaidno'
    """
    key = sentence.replace(" ", "")
    for plain, escaped in PTB_ESCAPES:
        key = key.replace(escaped, plain)
    return key.translate(_PUNCT)


def _normalize_keys(
    grouped: Mapping[str, list[Extraction]],
) -> dict[str, list[Extraction]]:
    # As in CaRB: when two raw sentences share a key, the later one replaces the earlier.
    return {normalize_sentence(raw): exs for raw, exs in grouped.items()}


def read_gold(lines: Iterable[str]) -> dict[str, list[Extraction]]:
    """Parse CaRB gold lines ``sentence TAB relation TAB arg1 TAB arg2 ...``.

    Arguments containing ``C: `` (contexts such as attributions) are dropped, as CaRB does.
    """
    grouped: dict[str, list[Extraction]] = {}
    for line in lines:
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise ValueError(f"gold line needs a sentence and a relation, got {line!r}")
        text, relation = fields[0].strip(), fields[1].strip()
        args = tuple(a.strip() for a in fields[2:] if "C: " not in a)
        grouped.setdefault(text, []).append(Extraction(relation, args, 1.0))
    return _normalize_keys(grouped)


def read_tabbed(lines: Iterable[str]) -> dict[str, list[Extraction]]:
    """Parse predictions ``sentence TAB confidence TAB relation TAB arg1 TAB arg2 ...``."""
    grouped: dict[str, list[Extraction]] = {}
    for line in lines:
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 3:
            raise ValueError(
                f"tabbed line needs sentence, confidence and relation, got {line!r}"
            )
        text, confidence, relation = fields[:3]
        grouped.setdefault(text, []).append(
            Extraction(relation, tuple(fields[3:]), float(confidence))
        )
    return _normalize_keys(grouped)


def _openie5_text(element: str) -> str:
    # "SimpleArgument(the text,List([0, 8)))" -> "the text"
    return element[element.index("(") + 1 : element.index(",List(")]


def read_openie5(lines: Iterable[str]) -> dict[str, list[Extraction]]:
    """Parse OpenIE-5 output: confidence, context, arg1, relation, args (``; ``), sentence.

    Lines without arg1, relation or a second argument are skipped, and a context not
    already at the start of "arg1 relation" is prefixed to arg1, as CaRB's reader does.
    """
    grouped: dict[str, list[Extraction]] = {}
    for line in lines:
        fields = line.strip().split("\t")
        if len(fields) < 6 or not all(fields[2:5]):
            continue
        confidence, context, arg1, relation, rest, text = fields[:6]
        arg1, relation = _openie5_text(arg1), _openie5_text(relation)
        others = [_openie5_text(a) for a in rest.strip().split(");")]
        if context:
            context = _openie5_text(context)
            if not f"{arg1} {relation}".startswith(context):
                arg1 = f"{context} {arg1}"
        grouped.setdefault(text, []).append(
            Extraction(relation, (arg1, *others), float(confidence))
        )
    return _normalize_keys(grouped)


def _count_shared(gold_words: Sequence[str], predicted_words: list[str]) -> int:
    """Multiset overlap; consumes matched words from ``predicted_words``."""
    shared = 0
    for word in gold_words:
        if word in predicted_words:
            shared += 1
            predicted_words.remove(word)
    return shared


def lenient_tuple_match(gold: Extraction, pred: Extraction) -> tuple[float, float]:
    """CaRB's word-overlap match of two tuples: (precision, recall), (0, 0) if no match.

    No match when the relations share no word (a predicted "be" counts for any form of
    "be"), or when the prediction lacks one of the gold's first two arguments.  A gold
    argument beyond the prediction's arity only adds to the recall denominator; a predicted
    argument beyond the gold's arity is ignored.

    >>> lenient_tuple_match(Extraction("met", ("Kim",)), Extraction("met with", ("Kim",)))
    (0.6666666666666666, 1.0)
    """
    gold_words = gold.relation.split()
    predicted_words = pred.relation.split()
    pred_total, gold_total = len(predicted_words), len(gold_words)
    shared = _count_shared(gold_words, predicted_words)
    if "be" in predicted_words:
        if any(form in gold_words for form in FORMS_OF_BE):
            shared += 1
    if shared == 0:
        return (0.0, 0.0)
    pred_hit, gold_hit = shared, shared

    for i, gold_arg in enumerate(gold.args):
        gold_words = gold_arg.split()
        gold_total += len(gold_words)
        if i >= len(pred.args):
            if i < 2:
                return (0.0, 0.0)
            continue
        predicted_words = pred.args[i].split()
        pred_total += len(predicted_words)
        shared = _count_shared(gold_words, predicted_words)
        pred_hit += shared
        gold_hit += shared

    precision = pred_hit / pred_total if pred_total else 0.0
    recall = gold_hit / gold_total if gold_total else 0.0
    return (precision, recall)


def _binarised(ex: Extraction, swap: bool = False) -> Extraction:
    if len(ex.args) < 2:
        return ex
    first, rest = ex.args[0], " ".join(ex.args[1:])
    return Extraction(ex.relation, (rest, first) if swap else (first, rest), ex.confidence)


def binary_lenient_tuple_match(gold: Extraction, pred: Extraction) -> tuple[float, float]:
    """CaRB's default matcher: :func:`lenient_tuple_match` on binarised tuples.

    For "said"-type gold relations the prediction is also tried with subject and object
    swapped, keeping the better (precision first, then recall) of the two.

    >>> binary_lenient_tuple_match(
    ...     Extraction("met", ("Kim", "Putin", "in Moscow")),
    ...     Extraction("met", ("Kim", "Putin in Moscow")))
    (1.0, 1.0)
    """
    g = _binarised(gold)
    straight = lenient_tuple_match(g, _binarised(pred))
    if not any(verb in gold.relation for verb in SAID_TYPE_RELATIONS):
        return straight
    return max(straight, lenient_tuple_match(g, _binarised(pred, swap=True)))


def _f1(precision: float, recall: float) -> float:
    # CaRB catches ZeroDivisionError here, but numpy then yields NaN; we return 0 instead.
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _greedy_precision(scores: list[list[tuple[float, float]]], kept: list[int]) -> float:
    """Sum of precisions of a greedy one-to-one pairing of gold rows with kept columns.

    Pairs are taken best precision first, ties broken by (gold index, prediction index),
    until min(#gold, #kept) pairs are made, exactly as CaRB's "optimised global match".
    """
    candidates = sorted(
        (-scores[i][j][0], i, j) for i in range(len(scores)) for j in kept
    )
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    total = 0.0
    wanted = min(len(scores), len(kept))
    for neg_precision, i, j in candidates:
        if len(used_rows) == wanted:
            break
        if i in used_rows or j in used_cols:
            continue
        used_rows.add(i)
        used_cols.add(j)
        total -= neg_precision
    return total


def _trapezoid_area(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Area under a curve given by monotone xs, as sklearn.metrics.auc computes it."""
    area = sum((x1 - x0) * (y0 + y1) / 2 for x0, x1, y0, y1 in zip(xs, xs[1:], ys, ys[1:]))
    return abs(area)


def score(
    gold: Mapping[str, Sequence[Extraction]],
    predicted: Mapping[str, Sequence[Extraction]],
) -> Score:
    """Score predictions against gold, both keyed by :func:`normalize_sentence`.

    Predictions for sentences without gold are ignored, except that their confidences
    still count as thresholds (as in CaRB).
    """
    thresholds = sorted({ex.confidence for exs in predicted.values() for ex in exs})
    index = {conf: k for k, conf in enumerate(thresholds)}
    n = len(thresholds)
    p_num, p_den, r_num = [0.0] * n, [0] * n, [0.0] * n
    gold_total = sum(len(exs) for exs in gold.values())

    for key, gold_exs in gold.items():
        preds = list(predicted.get(key, ()))
        scores = [[binary_lenient_tuple_match(g, p) for p in preds] for g in gold_exs]
        # Threshold k sees the predictions with confidence >= thresholds[k]; all
        # thresholds between two of this sentence's confidences see the same set.
        start = 0
        for conf in sorted({p.confidence for p in preds}):
            kept = [j for j, p in enumerate(preds) if p.confidence >= conf]
            recall = sum(max(row[j][1] for j in kept) for row in scores)
            precision = _greedy_precision(scores, kept)
            stop = index[conf] + 1
            for k in range(start, stop):
                p_num[k] += precision
                p_den[k] += len(kept)
                r_num[k] += recall
            start = stop

    curve = tuple(
        PRPoint(
            threshold=thresholds[k],
            precision=p_num[k] / p_den[k] if p_den[k] else 1.0,
            recall=r_num[k] / gold_total if gold_total else 0.0,
        )
        for k in range(n)
    )
    n_pred = sum(len(exs) for exs in predicted.values())
    counts = dict(gold_tuples=gold_total, gold_sentences=len(gold), predicted_tuples=n_pred)
    if not curve:
        return Score(0.0, 0.0, 0.0, 0.0, None, (), **counts)
    # The first (lowest-threshold) point wins ties, like numpy.argmax.
    best = max(curve, key=lambda pt: (pt.f1, -pt.threshold))
    recalls = [pt.recall for pt in curve] + [0.0]
    precisions = [pt.precision for pt in curve] + [1.0]
    auc = _trapezoid_area(recalls, precisions)
    return Score(best.precision, best.recall, best.f1, auc, best.threshold, curve, **counts)
