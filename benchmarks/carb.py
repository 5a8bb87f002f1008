"""Score kg-builder's open-IE mode (or a released system output) on CaRB.

    python benchmarks/carb.py                         # our extractor on the dev split
    python benchmarks/carb.py --system-output ../shared/eval/carb/system_outputs/dev/openie5_output.txt
    python benchmarks/carb.py --dump /tmp/carb_dump.tsv --errors 10

CaRB sentences are PTB-tokenised.  By default (``--tokens ptb``) we parse the PTB words
as given: a Doc is built from them, with bracket and quote escapes turned into the
characters the model was trained on (and back on output), so every extracted word is
exactly one gold word.  ``--tokens spacy`` detokenises the sentence, lets spaCy tokenise
it, and merges spaCy's pieces back onto PTB words after parsing.  On dev both give F1
0.573 (AUC 0.392 vs 0.394): the model's features are per token and the two tokenisations
differ only on a few hyphenated words, so we keep the simpler, exactly aligned default.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # allow `python benchmarks/carb.py` from anywhere
    sys.path.insert(0, str(REPO))

from benchmarks.carb_score import (  # noqa: E402
    Extraction,
    Score,
    binary_lenient_tuple_match,
    normalize_sentence,
    read_gold,
    read_openie5,
    read_tabbed,
    score,
)

CARB_DIR = REPO / ".." / "shared" / "eval" / "carb"
DEFAULT_GOLD = CARB_DIR / "gold" / "dev.tsv"
DEFAULT_SENTENCES = CARB_DIR / "dev.txt"

# PTB escapes -> characters the spaCy model saw in training; unambiguous both ways.
PTB_TO_TEXT = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": "\u201c",
    "''": "\u201d",
}
TEXT_TO_PTB = {v: k for k, v in PTB_TO_TEXT.items()}

# Detokenisation: no space before these PTB words, no space after those.
_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "%", "-RRB-", "-RSB-", "-RCB-", "''",
                    "n't", "'s", "'re", "'m", "'ve", "'d", "'ll", "'"}
_NO_SPACE_AFTER = {"-LRB-", "-LSB-", "-LCB-", "``", "$", "#"}


class MissingExtractor(RuntimeError):
    """The open-IE mode of the extractor (extract.openie) is not available."""


# --- spaCy and the extractor, kept swappable ----------------------------------------------


def load_nlp(model: str | None = None):
    """The project's spaCy pipeline (extract.nlp is the one place that loads models)."""
    from extract.nlp import load_pipeline

    return load_pipeline(model)


def load_extractor():
    """extract.openie.openie_tuples, or a clear error naming what is missing."""
    try:
        from extract.openie import openie_tuples
    except ImportError as err:
        raise MissingExtractor(
            "benchmarks/carb.py needs extract.openie.openie_tuples(doc) -> "
            f"Iterator[OpenIETuple]; importing it failed: {err}. Merge main, or score a "
            "released output with --system-output FILE."
        ) from err
    return openie_tuples


# --- tokenisation ----------------------------------------------------------------------


def detokenize(words: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Plain text for PTB words and each word's character span in it.

    >>> detokenize(["He", "did", "n't", "-LRB-", "yet", "-RRB-", "."])[0]
    "He didn't (yet)."
    """
    text, spans = "", []
    for i, word in enumerate(words):
        if i and word not in _NO_SPACE_BEFORE and words[i - 1] not in _NO_SPACE_AFTER:
            text += " "
        surface = PTB_TO_TEXT.get(word, word)
        spans.append((len(text), len(text) + len(surface)))
        text += surface
    return text, spans


def _ptb_doc(nlp, words: Sequence[str]):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=[PTB_TO_TEXT.get(w, w) for w in words])


def _merge_onto_ptb(doc, spans: Sequence[tuple[int, int]]) -> bool:
    """Merge spaCy tokens so each covers one PTB word; False if spaCy joined two words."""
    groups = []
    for start, end in spans:
        span = doc.char_span(start, end)
        if span is None:
            return False
        groups.append(span)
    with doc.retokenize() as retokenizer:
        for span in groups:
            if len(span) > 1:
                retokenizer.merge(span)
    return True


def parse(nlp, sentences: Sequence[str], mode: str = "ptb", batch_size: int = 64) -> Iterator:
    """Parsed Docs, one per PTB sentence, whose tokens are the sentence's PTB words."""
    word_lists = [s.split() for s in sentences]
    if mode == "ptb":
        docs = (_ptb_doc(nlp, words) for words in word_lists)
        yield from nlp.pipe(docs, batch_size=batch_size)
        return
    if mode != "spacy":
        raise ValueError(f"tokenisation mode must be 'ptb' or 'spacy', got {mode!r}")
    texts = [detokenize(words) for words in word_lists]
    parsed = nlp.pipe((text for text, _ in texts), batch_size=batch_size)
    for doc, words, (_, spans) in zip(parsed, word_lists, texts):
        if _merge_onto_ptb(doc, spans):
            yield doc
        else:  # spaCy glued two PTB words together: fall back to the PTB words
            yield nlp(_ptb_doc(nlp, words))


def to_ptb(phrase: str) -> str:
    """Our phrase in CaRB's PTB tokens (words are space-joined token texts)."""
    return " ".join(TEXT_TO_PTB.get(w, w) for w in phrase.split())


# --- running the extractor -------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """Our extractions per CaRB sentence (raw sentence order) and the time they took."""

    sentences: tuple[str, ...]
    extractions: tuple[tuple[Extraction, ...], ...]
    seconds: float


def run_extractor(sentences: Sequence[str], mode: str, batch_size: int) -> Run:
    """Parse every sentence, run the open-IE extractor, convert to scorer tuples."""
    openie_tuples = load_extractor()
    nlp = load_nlp()
    nlp(" warm up ")
    started = time.perf_counter()
    out = []
    for doc in parse(nlp, sentences, mode, batch_size):
        out.append(
            tuple(
                Extraction(
                    to_ptb(t.relation),
                    (to_ptb(t.arg1), *(to_ptb(a) for a in t.args)),
                    float(t.confidence),
                )
                for t in openie_tuples(doc)
            )
        )
    return Run(tuple(sentences), tuple(out), time.perf_counter() - started)


def keyed(run: Run) -> dict[str, list[Extraction]]:
    """Our extractions keyed like CaRB's readers key theirs."""
    grouped: dict[str, list[Extraction]] = {}
    for sentence, exs in zip(run.sentences, run.extractions):
        grouped.setdefault(sentence, []).extend(exs)
    return {normalize_sentence(s): exs for s, exs in grouped.items()}


# --- reports ---------------------------------------------------------------------------


def format_tuple(ex: Extraction) -> str:
    return f"({ex.args[0] if ex.args else ''} ; {ex.relation} ; {' ; '.join(ex.args[1:])})"


def tabbed_lines(run: Run) -> Iterator[str]:
    """Our extractions in CaRB's --tabbed format, so CaRB's own scorer can check us."""
    for sentence, exs in zip(run.sentences, run.extractions):
        for ex in exs:
            yield "\t".join((sentence, repr(ex.confidence), ex.relation, *ex.args)) + "\n"


def dump_lines(
    sentences: Sequence[str],
    gold: dict[str, list[Extraction]],
    predicted: dict[str, list[Extraction]],
) -> Iterator[str]:
    """Per sentence: each gold tuple with its best recall, each prediction with its best
    precision, tab-separated, for error analysis."""
    yield "kind\tsentence\tconfidence\tbest_p\tbest_r\trelation\targ1\targs\n"
    for sentence in sentences:
        key = normalize_sentence(sentence)
        golds, preds = gold.get(key, []), predicted.get(key, [])
        for g in golds:
            best = max((binary_lenient_tuple_match(g, p) for p in preds), default=(0.0, 0.0),
                       key=lambda m: m[1])
            yield _dump_row("gold", sentence, g, best)
        for p in preds:
            best = max((binary_lenient_tuple_match(g, p) for g in golds), default=(0.0, 0.0))
            yield _dump_row("pred", sentence, p, best)


def _dump_row(kind: str, sentence: str, ex: Extraction, best: tuple[float, float]) -> str:
    args = " | ".join(ex.args[1:])
    arg1 = ex.args[0] if ex.args else ""
    return (f"{kind}\t{sentence}\t{ex.confidence:.3f}\t{best[0]:.2f}\t{best[1]:.2f}\t"
            f"{ex.relation}\t{arg1}\t{args}\n")


def error_report(
    sentences: Sequence[str],
    gold: dict[str, list[Extraction]],
    predicted: dict[str, list[Extraction]],
    limit: int,
) -> Iterator[str]:
    """The first ``limit`` sentences with a gold tuple that no prediction matches."""
    shown = 0
    for sentence in sentences:
        if shown >= limit:
            return
        key = normalize_sentence(sentence)
        golds, preds = gold.get(key, []), predicted.get(key, [])
        missed = [g for g in golds
                  if not any(binary_lenient_tuple_match(g, p)[1] for p in preds)]
        if not missed:
            continue
        shown += 1
        yield f"\n# {sentence}"
        yield from (f"  MISSED {format_tuple(g)}" for g in missed)
        yield from (f"  ours {p.confidence:.2f} {format_tuple(p)}" for p in preds)


def summary(s: Score, seconds: float | None = None, sentences: int = 0) -> str:
    lines = [
        f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  AUC {s.auc:.3f}"
        f"  (best threshold {s.threshold})",
        f"gold: {s.gold_tuples} tuples in {s.gold_sentences} sentences;"
        f" predicted: {s.predicted_tuples} tuples",
    ]
    if seconds is not None and sentences:
        lines.append(f"time: {seconds:.1f} s, {1000 * seconds / sentences:.1f} ms per sentence"
                     " (parse + extract)")
    return "\n".join(lines)


# --- command line ----------------------------------------------------------------------


def _read_system_output(path: Path, fmt: str) -> dict[str, list[Extraction]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if fmt == "auto":
        fmt = "openie5" if any("Relation(" in line for line in lines[:20]) else "tabbed"
    return read_openie5(lines) if fmt == "openie5" else read_tabbed(lines)


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="CaRB gold TSV")
    ap.add_argument("--sentences", type=Path, default=DEFAULT_SENTENCES,
                    help="one PTB-tokenised sentence per line")
    ap.add_argument("--system-output", type=Path,
                    help="score this released output instead of running our extractor")
    ap.add_argument("--format", choices=("auto", "openie5", "tabbed"), default="auto",
                    help="format of --system-output")
    ap.add_argument("--tokens", choices=("ptb", "spacy"), default="ptb",
                    help="parse the PTB words as given, or let spaCy re-tokenise")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--dump", type=Path, help="write gold and our tuples with match scores")
    ap.add_argument("--output", type=Path, help="write our tuples in CaRB's tabbed format")
    ap.add_argument("--pr-curve", type=Path, help="write Precision, Recall, Confidence")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N sentences with missed gold tuples")
    args = ap.parse_args(None if argv is None else list(argv))

    for path in (args.gold, args.sentences, args.system_output):
        if path is not None and not path.is_file():
            ap.error(f"no such file: {path}")
    gold = read_gold(args.gold.read_text(encoding="utf-8").splitlines())
    sentences = [s for s in args.sentences.read_text(encoding="utf-8").splitlines() if s.strip()]

    seconds = None
    if args.system_output:
        predicted = _read_system_output(args.system_output, args.format)
        print(f"system output: {args.system_output}")
    else:
        try:
            run = run_extractor(sentences, args.tokens, args.batch_size)
        except MissingExtractor as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        predicted, seconds = keyed(run), run.seconds
        if args.output:
            args.output.write_text("".join(tabbed_lines(run)), encoding="utf-8")
        print(f"kg-builder open-IE, tokens={args.tokens}")

    result = score(gold, predicted)
    print(summary(result, seconds, len(sentences)))
    if args.pr_curve:
        rows = sorted(result.curve, key=lambda pt: pt.recall)
        args.pr_curve.write_text(
            "Precision\tRecall\tConfidence\n"
            + "".join(f"{pt.precision}\t{pt.recall}\t{pt.threshold}\n" for pt in rows),
            encoding="utf-8",
        )
    if args.dump:
        args.dump.write_text("".join(dump_lines(sentences, gold, predicted)), encoding="utf-8")
    if args.errors:
        print("\n".join(error_report(sentences, gold, predicted, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
