"""Copular clauses: "Kim is the leader", "the talks were useful".

spaCy makes the copula the head of its clause. A copula gives a syntactic reading only: the
graph view reads no facts from it (an attribute is not a relation between two entities); the
surface view reads (subject; is; attribute). One reading is a fact: a person's title with
whom it is held for, "Johnson became leader of the Conservative Party" -> (Johnson, leader of,
Conservative Party), as a role frame like an apposition's.
"""
from __future__ import annotations

from typing import Iterator

from extract.frames.apposition import is_person_head, is_title_noun, read_title
from extract.frames.clause import dependents, is_copula, is_predicate
from extract.frames.scope import scope_of
from extract.frames.subject import grammatical_subject
from extract.frames.types import Argument, Context, Frame, Heads, Keep, Role
from extract.relations import lemma_of


#: the tokens the registry calls `frames` on: an auxiliary (is_copula)
FRAMES_HEADS = Heads(pos=frozenset({"AUX"}))


def frames(ctx: Context, token) -> Iterator[Frame]:
    """The syntactic frame of a copula ("have" as a main verb is a verbal clause)."""
    if not is_copula(token) or is_predicate(token):
        return
    yield Frame("copula", token.i, lemma_of(token), "copula", grammatical=grammatical_subject(token),
                dependents=dependents(token), scope=scope_of(token))


#: verbs that link a subject to what it is, like a copula ("became leader of X")
LINKING_VERBS = frozenset({"become", "remain"})


#: the tokens the registry calls `role_frames` on: a copula or a linking verb
ROLE_FRAMES_HEADS = Heads(pos=frozenset({"AUX", "VERB"}))


def role_frames(ctx: Context, token) -> Iterator[Frame]:
    """"X is the president of Y", "X became leader of Y": a person's title as a role frame,
    only when the title names whom it is held for; the clause's scope comes along."""
    if not (is_copula(token) or (token.pos_ == "VERB" and lemma_of(token) in LINKING_VERBS)):
        return
    subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and is_person_head(ctx, c)]
    attrs = [c for c in token.children if c.dep_ == "attr" and is_title_noun(ctx, c)]
    if len(subjects) != 1 or not attrs:
        return
    title = read_title(ctx, range(attrs[0].left_edge.i, attrs[0].i + 1), (attrs[0].i,))
    if not title.holders or not title.words:
        return
    yield Frame("role_copula", attrs[0].i, "", "role",
                subjects=(Argument(Role.SUBJECT, subjects[0].i, keep=Keep.NAME_SPAN),),
                words=" ".join(title.words), arguments=title.holders, scope=scope_of(token))
