"""Speech and quotes: who says a clause ("Kim said that ...", "according to Tass", "..., the
media reported", "citing officials"). Speakers are Arguments; views ground them to names.
"""
from __future__ import annotations

from extract.arrays import token_arrays
from extract.frames.coordination import argument
from extract.frames.types import Argument, Role
from extract.relations import lemma_of

#: speech and report verbs: their clausal complement is an attributed fact
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "affirm", "claim", "report", "announce", "declare", "insist",
    "add", "note", "stress", "emphasize", "emphasise", "argue", "warn", "confirm", "reiterate",
    "write", "indicate", "allege", "assert", "maintain", "suggest", "explain", "acknowledge",
    "admit", "reveal", "believe", "think", "deny", "quote", "cite", "describe", "predict",
    "estimate", "expect", "hope", "fear", "tweet", "post", "publish", "recall", "remark",
})
#: verbs of saying whose object is a message, not a participant: kept only with a named object
SAY_VERBS = frozenset({"say", "state", "add", "note", "claim", "insist", "argue", "stress",
                       "emphasize", "emphasise", "write", "remark", "explain", "reveal", "predict",
                       "estimate", "think", "believe", "suggest", "indicate", "assert", "maintain"})


def speakers(verb) -> list[Argument]:
    """The subject of a speech verb: who said it."""
    return [argument(Role.SUBJECT, subj) for subj in verb.children if subj.dep_ == "nsubj"]


_SOURCE_DEPS = frozenset({"nsubj", "pobj", "dobj", "npadvmod", "appos", "dep"})


def according_to(prep) -> list[Argument]:
    """The source of "according to X".

    When the parser hangs the head of X on "according" itself and leaves only a modifier
    under "to" ("According to [Ohio] Senator Ann [Lee]"), the head after "to" is the source.
    """
    heads = [c for c in prep.children if c.dep_ in _SOURCE_DEPS and c.pos_ in {"PROPN", "NOUN"}
             and any(to.lower_ == "to" and to.i < c.i for to in prep.children)]
    if heads:
        return [argument(Role.SUBJECT, obj) for obj in heads]
    return [argument(Role.SUBJECT, obj) for to in prep.children if to.lower_ == "to"
            for obj in to.children if obj.dep_ == "pobj"]


def cited(verb) -> list[Argument]:
    """"..., citing Russia's Security Council": the cited source also speaks."""
    return [argument(Role.SUBJECT, obj) for child in verb.children
            if child.dep_ == "advcl" and lemma_of(child) == "cite"
            for obj in child.children if obj.dep_ == "dobj"]


def trailing_reporters(node) -> list:
    """Speech verbs after a main clause that report it: "X will support Y, the media reported"."""
    doc, a = node.doc, token_arrays(node.doc)  # children read from the Doc's arrays
    dep, children = a.dep, a.children
    return [doc[c] for c in children[node.i]
            if dep[c] in {"parataxis", "ccomp"} and c > node.i and lemma_of(doc[c]) in SPEECH_VERBS
            and not any(dep[g] in {"ccomp", "dobj"} for g in children[c])]
