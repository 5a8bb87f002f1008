"""Open-IE mode of the extractor: the surface view of the clause reader (extract.frames).

Surface (arg1; relation; args...) tuples, ClausIE/ReVerb-style, used by the CaRB benchmark
(``benchmarks/carb.py``).  The frames say which tokens head the subject and the arguments of
each clause (their syntactic reading); this view renders them as text spans and scores them.
Unlike the graph view it keeps surface text and makes no entity decisions.  Pure: one parsed
sentence in, tuples out, no I/O.

For every verb (and copula) frame:

* **arg1** is the subject's subtree (without relative clauses and appositions); a clause
  without its own subject borrows it from the verb it is coordinated with, the verb that
  controls it, or the noun its relative / participial clause modifies.
* **relation** is the verb with its auxiliaries, negation and particle, plus the
  preposition of a prepositional object when the verb has no direct object.
* **args** are the objects, complements, prepositional phrases and clausal complements in
  sentence order; coordinated objects give one tuple per conjunct.
* **confidence** comes from the rule that built the tuple (see ``RULE_CONFIDENCE``).

Noun-mediated facts add low-confidence tuples: appositions (X; is; Y), possessives
(X; has; Y) and title compounds (Bush; is; President).

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Kim", "met", "Putin", "in", "Moscow"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3],
...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN"])
>>> [(t.arg1, t.relation, t.args) for t in openie_tuples(doc)]
[('Kim', 'met', ('Putin', 'in Moscow'))]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from extract.frames import Context, Frame, Role, Via, sentence_frames
from extract.frames.apposition import HONORIFICS, person_name

__all__ = ["OpenIETuple", "openie_tuples", "RULE_CONFIDENCE"]


@dataclass(frozen=True)
class OpenIETuple:
    """A surface open-IE fact; strings are space-joined token texts."""

    arg1: str
    relation: str
    args: tuple[str, ...]
    confidence: float
    rule: str = ""


# Confidence per rule: roughly the mean best-match precision each rule's tuples had on
# CaRB dev (tuned there only), so that thresholds and the PR curve rank tuples sensibly.
RULE_CONFIDENCE = {
    "svc": 0.76,  # subject, verb, clausal complement ("said that ...")
    "svp": 0.74,  # subject, verb + preposition, prepositional object
    "sv": 0.72,  # subject and verb only, with adjuncts as args
    "svo": 0.70,  # subject, verb, direct object / complement
    "copula": 0.62,  # subject, is, attribute / adjective
    "appos": 0.44,  # X, Y  ->  X; is; Y
    "title": 0.42,  # former U.S. Attorney Todd Graves  ->  Todd Graves; is; former U.S. Attorney
    "poss": 0.22,  # X 's Y  ->  X; has; Y
}
# Multiplied in when the subject is borrowed, keyed by the dependency it came through.
BORROWED_SUBJECT = {"conj": 0.95, "xcomp": 1.0, "advcl": 0.85, "relcl": 0.8, "acl": 0.68}

CLAUSES = {"ccomp"}
REL_MODIFIERS = {"aux", "auxpass", "neg", "prt"}
# Children cut from an argument's subtree: they are facts of their own.
CUT_FROM_ARG = {"relcl", "appos", "punct", "cc"}
CUT_DEEP = {"relcl"}


def openie_tuples(doc: Doc | Span) -> Iterator[OpenIETuple]:
    """Open-IE tuples of a parsed sentence (a Doc or a sentence Span)."""
    root_doc = doc.doc if isinstance(doc, Span) else doc
    if not root_doc.has_annotation("DEP"):
        raise ValueError("openie_tuples needs a dependency-parsed Doc (DEP annotation missing)")
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for tup in _all_tuples(doc):
        key = (tup.arg1, tup.relation, tup.args)
        if tup.arg1 and tup.relation and key not in seen:
            seen.add(key)
            yield tup


def _all_tuples(doc: Doc | Span) -> Iterator[OpenIETuple]:
    root = doc.doc if isinstance(doc, Span) else doc
    for frame in sentence_frames(Context(root, None), doc, frozenset(VIEWS)):
        yield from VIEWS[frame.construction](root, frame)


# --- verbs -----------------------------------------------------------------------------

#: the borrowing step that names a borrowed subject's source (keys of BORROWED_SUBJECT)
_SOURCE = {Via.OBJECT_CONTROL: "xcomp"}


def _subject(frame: Frame) -> tuple[list[int], str] | None:
    """The subject head(s) of a clause and where they came from ("" if its own subject,
    else the dependency through which the first borrowing went)."""
    if not frame.grammatical:
        return None
    via = frame.grammatical[0].via
    source = _SOURCE.get(via[0], via[0].value) if via else ""
    return [a.head for a in frame.grammatical], source


def _relation_tokens(verb: Token) -> list[Token]:
    tokens = [verb]
    tokens += [c for c in verb.children if c.dep_ in REL_MODIFIERS]
    # adverbs between auxiliary and verb: "is first mentioned", "were generally separated"
    tokens += [c for c in verb.lefts if c.dep_ == "advmod" and c.i > min(t.i for t in tokens)]
    # auxiliaries of the coordinated head carry over: "will rise and fall"
    if (verb.dep_ == "conj" and verb.tag_ in {"VB", "VBN", "VBG"}
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        tokens += [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return tokens


def _verb_tuples(doc: Doc, frame: Frame) -> Iterator[OpenIETuple]:
    found = _subject(frame)
    if not found:
        return
    heads, source = found
    subjects = [doc[i] for i in heads]
    verb = doc[frame.predicate]
    rel = _relation_tokens(verb)
    by_role = {role: [doc[a.head] for a in frame.dependents if a.role is role] for role in Role}
    # "vowed to support": fold an xcomp without its own subject into the relation
    xcomps = by_role[Role.COMPLEMENT]
    objects = [doc[a.head] for a in frame.dependents if a.role in {Role.OBJECT, Role.ATTRIBUTE}]
    preps, clauses, adjuncts = by_role[Role.PREPOSITIONAL], by_role[Role.CLAUSE], by_role[Role.ADJUNCT]
    if xcomps and not objects and not preps and not clauses:
        return  # the tuple is produced from the xcomp, with this verb in its relation

    if verb.dep_ == "xcomp":
        rel = _relation_tokens(verb.head) + [c for c in verb.children if c.dep_ == "aux"] + rel
        rel = list({t.i: t for t in rel}.values())

    rule, slots = _slots(verb, objects, preps, clauses, adjuncts, rel)
    confidence = RULE_CONFIDENCE[rule] * BORROWED_SUBJECT.get(source, 1.0)
    rule = f"{rule}<{source}" if source else rule
    relation = _text(rel + slots.rel_extra)
    for subj in subjects:
        for arg1 in _conjuncts(subj):
            # a borrowed subject ("the man who ...") must not contain this clause
            cut = set(verb.subtree) if arg1.is_ancestor(verb) else set()
            arg1_text = _text(t for t in _arg_tokens(arg1) if t not in cut)
            for first in slots.first_options:
                args = tuple(a for a in (first, *slots.rest) if a)
                yield OpenIETuple(arg1_text, relation, args, confidence, rule)


@dataclass
class _Slots:
    rel_extra: list[Token]
    first_options: list[str]
    rest: list[str]


def _slots(verb, objects, preps, clauses, adjuncts, rel) -> tuple[str, _Slots]:
    """Choose the rule and fill the argument slots after the subject."""
    after = sorted([*objects, *preps, *clauses, *adjuncts], key=lambda t: t.i)
    rel_extra: list[Token] = []
    if objects:
        main, rule = objects[0], ("copula" if verb.pos_ == "AUX" else "svo")
        first = [_text(_arg_tokens(c)) for c in _conjuncts(main)]
    elif any(p.i > verb.i for p in preps):
        main, rule = next(p for p in preps if p.i > verb.i), "svp"
        rel_extra = [main]
        first = [_text(_arg_tokens(c)) for c in _conjuncts(_pobj(main))]
    elif clauses:
        main, rule = clauses[0], "svc"
        first = [_text(_clause_tokens(main))]
    else:
        main, rule = None, "sv"
        first = [""]
    rest = [_text(_arg_tokens(c) if c.dep_ not in CLAUSES else _clause_tokens(c))
            for c in after if c is not main]
    if rule == "sv":
        first, rest = rest[:1] or [""], rest[1:]
        if first == [""]:
            return rule, _Slots(rel_extra, [], [])
    return rule, _Slots(rel_extra, first, rest)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def _conjuncts(token: Token) -> list[Token]:
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


# --- nouns -----------------------------------------------------------------------------


def _appos_tuples(doc: Doc, frame: Frame) -> Iterator[OpenIETuple]:
    (head,), (appos,) = frame.grammatical, frame.dependents
    yield OpenIETuple(_text(_arg_tokens(doc[head.head])), "is", (_text(_arg_tokens(doc[appos.head])),),
                      RULE_CONFIDENCE["appos"], "appos")


def _poss_tuples(doc: Doc, frame: Frame) -> Iterator[OpenIETuple]:
    (owner_arg,), (owned_arg,) = frame.grammatical, frame.dependents
    token = doc[owner_arg.head]
    owner = [t for t in _arg_tokens(token) if t.dep_ != "case"]
    owned = [t for t in _arg_tokens(doc[owned_arg.head])
             if t not in set(token.subtree) and t.dep_ not in {"case", "det"}]
    yield OpenIETuple(_text(owner), "has", (_text(owned),), RULE_CONFIDENCE["poss"], "poss")


def _title_tuples(doc: Doc, frame: Frame) -> Iterator[OpenIETuple]:
    """Role words before a person's name: "former U.S. Attorney Todd Graves"."""
    name = person_name(doc[frame.predicate])
    title = [t for a in frame.dependents for t in doc[a.head].subtree]
    title = [t for t in title if t.lower_ not in HONORIFICS and not t.is_punct]
    if title:
        yield OpenIETuple(_text(name), "is", (_text(title),), RULE_CONFIDENCE["title"], "title")


#: the surface view of each construction it reads (extract.frames.registry)
VIEWS = {
    "verbal_clause": _verb_tuples,
    "copula": _verb_tuples,
    "apposition": _appos_tuples,
    "possessive": _poss_tuples,
    "title": _title_tuples,
}


# --- spans -----------------------------------------------------------------------------


def _arg_tokens(head: Token) -> list[Token]:
    """The head's subtree without its conjuncts and without clauses and appositions
    (``CUT_DEEP``) at any depth, edges trimmed."""
    tokens = [head]
    stack = [c for c in head.children if c.dep_ not in CUT_FROM_ARG and c.dep_ != "conj"]
    while stack:
        token = stack.pop()
        if token.dep_ in CUT_DEEP:
            continue
        tokens.append(token)
        stack.extend(token.children)
    return _trim(sorted(tokens, key=lambda t: t.i))


def _clause_tokens(head: Token) -> list[Token]:
    """A clausal complement without its complementiser ("that")."""
    tokens = [t for t in head.subtree if not (t.dep_ == "mark" and t.head is head)]
    tokens = _trim(tokens)
    if tokens and tokens[0].lower_ in {"that", "whether", "if"}:
        tokens = tokens[1:]
    return tokens


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]
    return tokens


def _text(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in sorted(set(tokens), key=lambda t: t.i))
