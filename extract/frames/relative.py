"""Relative and participial clauses: the modified noun is an argument of the clause.

"Belousov, who arrived in Pyongyang" (subject), "the treaty that Putin signed" (object),
"a statement accusing X" (the noun acts), "the treaty signed by Putin" (a passive participle),
"Blair's plan to cut taxes" (the possessor acts), "was the first to recognize X" and
"announced plans to support X" (the governing clause's subject acts).
"""
from __future__ import annotations

from dataclasses import replace

from extract.frames.control import infinitive
from extract.frames.coordination import argument
from extract.frames.light_verb import LIGHT_VERBS
from extract.frames.passive import RELATIVE, agents
from extract.frames.types import Role, Via
from extract.relations import lemma_of

#: "was the first / the only one to recognize X": the subject does the action
FIRST_WORDS = frozenset({"first", "last", "only", "next", "second", "third", "one", "latest"})


def borrow(verb, depth: int, climb):
    """(subjects, passive) of a relative (relcl) or participial / infinitive (acl) clause."""
    step = Via.RELCL if verb.dep_ == "relcl" else Via.ACL
    if infinitive(verb):
        noun = verb.head
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:  # "Blair's plan to cut taxes"
            return (argument(Role.SUBJECT, owners[0], via=(step, Via.POSSESSOR)),), False
        if (noun.dep_ == "attr" and (noun.lower_ in FIRST_WORDS or noun.tag_ == "JJS"
                                     or any(c.lower_ in FIRST_WORDS for c in noun.children))) \
                or (noun.dep_ == "dobj" and lemma_of(noun.head) in LIGHT_VERBS):
            # "was the first to recognize X", "announced plans to support X"; but not
            # "backed an attempt to change the law", whose attempt is someone else's
            subs, passive = climb(noun.head, depth + 1)
            return tuple(replace(s, via=(step, Via.NOUN_GOVERNOR, *s.via)) for s in subs), passive
        return (), False
    if verb.dep_ == "relcl":
        return (argument(Role.SUBJECT, verb.head, via=(step,)),), False
    if verb.tag_ == "VBN":  # "the treaty signed by Putin": passive participle
        return agents(verb), True
    return (argument(Role.SUBJECT, verb.head, via=(step,)),), False  # "a statement accusing X"


def relative_object(verb) -> list:
    """"the treaty that Putin signed": the modified noun is the object; else []."""
    if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE and c.dep_ == "dobj" for c in verb.children):
        return [verb.head]
    return []
