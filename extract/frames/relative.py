"""Relative and participial clauses: the modified noun is an argument of the clause.

"Belousov, who arrived in Pyongyang" (subject), "the treaty that Putin signed" (object),
"a statement accusing X" (the noun acts), "the treaty signed by Putin" (a passive participle),
"Blair's plan to cut taxes" (the possessor acts), "was the first to recognize X" and
"announced plans to support X" (the governing clause's subject acts). A relative clause on
a noun that sits under another noun ("a coalition to patrol the Red Sea which was joined by
Spain") may belong to either: the clause then has no antecedent.
"""
from __future__ import annotations

from dataclasses import replace

from extract.frames.control import infinitive
from extract.frames.coordination import argument
from extract.frames.light_verb import LIGHT_VERBS
from extract.frames.types import Role, Via
from extract.mentions import TITLE_HEADS
from extract.relations import lemma_of

RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
#: common nouns that stand for people besides titles: "the son of X, who" may be about the son
PERSON_NOUNS = frozenset({"son", "daughter", "wife", "husband", "father", "mother", "brother",
                          "sister", "child", "parent", "family", "relative", "widow", "member",
                          "supporter", "critic", "ally", "friend", "colleague", "lawyer", "aide",
                          "adviser", "advisor", "employee", "worker", "voter", "successor",
                          "predecessor", "rival", "opponent", "partner", "founder", "owner",
                          "candidate", "person", "man", "woman", "people", "group", "team"})
#: "was the first / the only one to recognize X": the subject does the action
_VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
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
        noun = antecedent(verb)
        return ((argument(Role.SUBJECT, noun, via=(step,)),) if noun is not None else ()), False
    if verb.tag_ == "VBN":  # a passive participle without a by-phrase: no doer
        return (), True
    return (argument(Role.SUBJECT, verb.head, via=(step,)),), False  # "a statement accusing X"


def relative_object(verb) -> list:
    """"the treaty that Putin signed": the modified noun is the object; else []."""
    if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE and c.dep_ == "dobj" for c in verb.children):
        return [verb.head] if antecedent(verb) is not None else []
    return []


def antecedent(verb):
    """The noun a relative clause modifies, or None when the parse cannot be trusted to have
    picked it: a noun inside a prepositional phrase of another noun ("the son of X, who") or
    the object of an infinitive that follows another object ("joined a coalition to patrol
    the Red Sea which ...") could each be the one the clause is about."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        # "a meeting with Belousov, who arrived": the relative agrees with the name only
        return noun if _only_name(verb, noun, noun.head.head) else None
    gov = noun.head
    if noun.dep_ == "dobj" and infinitive(gov) and gov.dep_ in {"acl", "advcl", "xcomp", "relcl"} and (
            gov.head.pos_ in {"NOUN", "PROPN"} or any(c.dep_ == "dobj" for c in gov.head.children)):
        return None
    return noun


#: finite forms that agree only with a plural subject: "who own", "which were", "who have"
_PLURAL_FORMS = frozenset({"are", "were", "have", "do"})
_SINGULAR_TAGS = frozenset({"NN", "NNP"})


def plural_antecedent(verb, noun):
    """The first conjunct of the coordination a relative clause closes when its verb agrees
    only with a plural and `noun`, the conjunct it hangs on, is singular: "Smith and Acme
    Holdings, which own half of Globex" -- both own it (the parse hangs the clause on the last
    name). Else `noun`. A singular verb ("..., which owns") or a plural noun ("Smith and the
    unions, which own") leaves the nearest noun, which agrees by itself."""
    if noun.dep_ != "conj" or noun.tag_ not in _SINGULAR_TAGS or not _plural_verb(verb):
        return noun
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"} and first.head.i < first.i:
        first = first.head
    if first is noun or first.tag_ not in _SINGULAR_TAGS:
        return noun
    return first


def relative_subject(verb, noun):
    """The subject Argument of a relative clause whose relative word is its subject, on its
    antecedent `noun`, read by agreement when the antecedent is coordinated: a plural verb
    takes the whole coordination (`plural_antecedent`); a singular one ("Putin and Xi, who
    was ...", the parse hanging the clause on the first name) only the conjunct right before
    the relative word, never the others."""
    relative_word = verb.doc[verb.left_edge.i]
    if noun.tag_ in _SINGULAR_TAGS and _singular_verb(verb):
        later = [c for c in noun.conjuncts if c.i > noun.i and c.tag_ in _SINGULAR_TAGS]
        if later and relative_word.i - later[-1].right_edge.i in {1, 2}:
            return argument(Role.SUBJECT, later[-1], conjuncts=False, via=(Via.RELCL,))
    found = argument(Role.SUBJECT, plural_antecedent(verb, noun), via=(Via.RELCL,))
    # a conjunct after the clause is no antecedent of it: "the party that nominated Wallace in
    # 1968 and Trump in 2016" (the parse joins Trump to "party"): Trump nominated no one
    return replace(found, conjuncts=tuple(c for c in found.conjuncts if c < relative_word.i))


def _singular_verb(verb) -> bool:
    """True when a finite verb agrees only with a singular subject: "owns", "was", "has"."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.tag_ == "VBZ" or finite.lower_ == "was"


def _plural_verb(verb) -> bool:
    """True when a finite verb agrees only with a plural subject: "own" (VBP), "were
    elected", "have said" (the first auxiliary decides when there is one)."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    finite = auxiliaries[0] if auxiliaries else verb
    if finite.tag_ == "VBP":
        return finite.lower_ != "am"
    return finite.lower_ in _PLURAL_FORMS and finite.tag_ in {"VBD", "VBP"}


def on_a_name(verb) -> bool:
    """True for a non-restrictive relative clause whose relative word is its subject, set off
    by a comma right after a name: "the Court of Appeals, which issued a stay", "Cherry, who
    led the petition". The comma closes the name, so the clause is about the named thing
    itself and its subject is as plain as a clause's own ("the treaty that expired", a
    restrictive clause on a common noun, and "the son of X, who", are not this).
    """
    if verb.dep_ != "relcl" or antecedent(verb) != verb.head:
        return False
    word = verb.doc[verb.left_edge.i]
    if word.lower_ not in {"who", "which"} or word.dep_ != "nsubj" or word.head != verb or word.i < 2:
        return False
    noun, comma = verb.head, verb.doc[word.i - 1]
    if noun.pos_ != "PROPN" or not noun.ent_type_ or noun.ent_type_ in _VALUE_TYPES or comma.text != ",":
        return False
    end = noun.i + 1  # the end of the name the noun is in
    while end < len(verb.doc) and verb.doc[end].ent_iob_ == "I":
        end += 1
    # the name ends at the comma ("Cherry,"), or its short form in brackets does ("(ECJ),")
    return end == comma.i or (verb.doc[comma.i - 1].text == ")" and verb.doc[end].text == "(")


def _only_name(verb, inner, outer) -> bool:
    """True when the relative word can only be about the named entity `inner`, not `outer`:
    "who" after a person when `outer` is no person, "which" after a name of something else."""
    word = verb.left_edge.lower_
    if not inner.ent_type_ or inner.ent_type_ in _VALUE_TYPES:
        return False
    person = inner.ent_type_ == "PERSON"
    outer_person = outer.ent_type_ == "PERSON" or lemma_of(outer) in TITLE_HEADS | PERSON_NOUNS
    if word in {"who", "whom", "whose"}:
        return person and not outer_person
    return word == "which" and not person and not outer_person and not outer.ent_type_
