"""Titles and appositions: a person's role in an organisation or country, and what a noun
phrase is said to be.

Role frames (the graph view): "North Korean leader Kim Jong-un" -> (Kim Jong-un, leader of,
North Korean); "Choe Son Hui, North Korea's foreign minister" -> (Choe Son Hui, foreign
minister of, North Korea). Syntactic frames (the surface view): "X, Y" -> X is Y; "former U.S.
Attorney Todd Graves" -> Todd Graves is former U.S. Attorney.
"""
from __future__ import annotations

from typing import Iterator

from extract.frames.types import Argument, Context, Frame, Keep, Role
from extract.mentions import PRONOUNS

_ORG_LABELS = frozenset({"ORG", "GPE", "NORP"})
_APPOS_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def is_person_head(ctx: Context, token) -> bool:
    """True for the syntactic head of a person's name ("Putin" in "Vladimir Putin")."""
    span = ctx.names.entity_at(token.i)
    return token.ent_type_ == "PERSON" and span is not None and token.doc[span.start:span.end].root == token


def frames(ctx: Context, head) -> Iterator[Frame]:
    """Role frames of a person's name: the title before it, then each apposition after it."""
    if head.pos_ != "PROPN" or not is_person_head(ctx, head):
        return
    span = ctx.names.entity_at(head.i)
    person = Argument(Role.SUBJECT, head.i, keep=Keep.NAME_SPAN)
    title, orgs, inside_title = [], [], set()
    for tok in head.doc[head.left_edge.i: span.start]:
        if tok.i in inside_title:
            continue
        ent = ctx.names.entity_at(tok.i)
        if ent is not None and ent.label == "ORG" and ent.end - ent.start == 1 \
                and tok.head.i == tok.i + 1 and tok.head.pos_ in {"NOUN", "PROPN"} \
                and ctx.names.entity_at(tok.i + 1) is None:
            title.append(tok.lower_)  # "Home Secretary": a one-word department is part of the title
        elif ent is not None and ent.label in _ORG_LABELS:
            if not orgs or orgs[-1][1] != ent.text:
                orgs.append((tok.i, ent.text))
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"compound", "nmod"} and ent is None:
            title.append(tok.lower_)
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                # "Secretary of State": the whole phrase is the title
                words = [w for w in prep.subtree]
                inside_title.update(w.i for w in words)
                title.extend(w.lower_ for w in words)
    if title:
        yield from _role("role_title", person, " ".join(title), orgs[-1:], head)
    for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        words, app_orgs = [], []
        for tok in appos.subtree:
            ent = ctx.names.entity_at(tok.i)
            if ent is not None and ent.label in _APPOS_LABELS:
                if not app_orgs or app_orgs[-1][1] != ent.text:
                    app_orgs.append((tok.i, ent.text))
            elif tok.i <= appos.i and tok.pos_ in {"NOUN", "ADJ"} and tok.dep_ in {"amod", "compound", "ROOT", "appos"}:
                words.append(tok.lower_)
            if tok.dep_ == "relcl" or tok.dep_ == "acl":
                break
        if words and app_orgs:
            yield from _role("role_apposition", person, " ".join(words), app_orgs[:1], appos)


def _role(construction: str, person: Argument, title: str, orgs, anchor) -> Iterator[Frame]:
    title = title.strip()
    if not orgs or not title or any(w in PRONOUNS for w in title.split()):
        return
    yield Frame(construction, anchor.i, "", "role", subjects=(person,), words=title,
                arguments=tuple(Argument(Role.ATTRIBUTE, i, keep=Keep.NAME_SPAN) for i, _ in orgs))


HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir"})


def apposition_frames(ctx: Context, token) -> Iterator[Frame]:
    """"X, Y": the apposition Y is an attribute of X."""
    if token.dep_ == "appos" and token.head.pos_ in {"PROPN", "NOUN"}:
        yield Frame("apposition", token.i, "be", "appos", grammatical=(Argument(Role.SUBJECT, token.head.i),),
                    dependents=(Argument(Role.ATTRIBUTE, token.i),))


def title_frames(ctx: Context, token) -> Iterator[Frame]:
    """Role words before a person's name (an entity of the Doc ending at `token`)."""
    name = person_name(token)
    if not name:
        return
    title = tuple(Argument(Role.ATTRIBUTE, c.i) for c in token.lefts
                  if c.i < name[0].i and c.dep_ in {"compound", "amod", "nmod"})
    if title:
        yield Frame("title", token.i, "be", "title", grammatical=(Argument(Role.SUBJECT, token.i),),
                    dependents=title)


def person_name(token) -> list:
    """The PERSON entity ending at `token` without honorifics, or []."""
    if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
        return []
    ent = next((e for e in token.doc.ents if e.end - 1 == token.i), None)
    if ent is None:
        return []
    return [t for t in ent if t.lower_ not in HONORIFICS]
