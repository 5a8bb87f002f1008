"""Coordination: conjunct expansion, subjects shared by coordinated verbs, shared objects.

"The US, South Korea and Japan condemned X" gives three subjects; "Kim arrived and met Putin"
lends Kim to "met"; "neither confirmed nor denied the reports" shares "the reports".
"""
from __future__ import annotations

from dataclasses import replace

from extract.arrays import token_arrays
from extract.frames.types import Argument, Role, Via

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
#: dependents that may follow a verb whose object is shared with a later conjunct
RNR_OK = frozenset({"cc", "conj", "punct", "prt", "advmod", "neg"})


#: generational suffixes of a name (general English): the parser hangs "Jr." as an apposition
#: and what is coordinated after the name on it ("sued Cyrus Vance, Jr. and Mazars USA")
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def argument(role: Role, token, conjuncts: bool = True, **fields) -> Argument:
    """An Argument for a head token and, unless told not to, its later coordinated siblings
    (also those the parse hangs on a name's suffix: "Vance, Jr. and Mazars"); a participle
    the parse made the head of a name is read as the name (`participle_after_name`)."""
    token = participle_after_name(token)
    later = ()
    if conjuncts:  # the coordination read from the Doc's arrays: a Token only for a candidate
        doc, a = token.doc, token_arrays(token.doc)
        heads = [token.i] + [c for c in a.children[token.i] if a.dep[c] == "appos" and doc[c].lower_ in NAME_SUFFIXES]
        later = tuple(sorted({c for head in heads for c in a.conjuncts(head)
                              if c > token.i and c not in heads and not subject_of_next_clause(doc[c])}))
        later = tuple(sorted(set(later) | set(included_names(token))))
    return Argument(role, token.i, later, **fields)


#: entity types of a named member of a set: people, organisations, places, peoples
_MEMBER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def included_names(noun) -> list[int]:
    """The named members of a plural noun's "including" phrase, who take its part in the
    clause as its coordinated siblings do: "several leaders, including Macron and Merkel,
    condemned the attack" -> Macron, Merkel; "websites including YouTube" -> YouTube. Not after
    a singular noun ("a package including aid to X" is one thing), not "not including", and
    only names ("ten people including two children" adds no one)."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return []
    doc, a = noun.doc, token_arrays(noun.doc)
    found: list[int] = []
    for prep in a.children[noun.i]:
        if a.dep[prep] != "prep" or doc[prep].lower_ != "including" or prep < noun.i \
                or any(doc[c].lower_ in {"not", "never"} for c in a.children[prep]) \
                or doc[prep - 1].lower_ in {"not", "never"}:
            continue
        for member in a.children[prep]:
            if a.dep[member] != "pobj":
                continue
            for i in (member, *a.conjuncts(member)):
                if doc[i].ent_type_ in _MEMBER_TYPES:
                    found.append(i)
    return found


#: finite verb tags: a clause that starts right after a noun with one of these has begun
_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})


def subject_of_next_clause(noun) -> bool:
    """True for a noun the parse coordinated with an object although it begins the next
    clause: "plans to help farmers and the Greens would extend the scheme" -- "the Greens" is
    the subject of "would extend" (a finite verb right after it, with no subject of its own),
    not a second one helped."""
    doc = noun.doc
    nxt = noun.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].tag_ not in _FINITE:
        return False
    verb = doc[nxt] if doc[nxt].pos_ == "VERB" else doc[nxt].head
    return verb.pos_ in {"VERB", "AUX"} and verb.i >= nxt and verb.i != noun.head.i \
        and not any(c.dep_ in _SUBJ | {"expl"} for c in verb.children)


#: named entity types that a participle may follow as the object it belongs after
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def participle_after_name(token):
    """The name before a participle the tagger made a noun with the name as its compound:
    "issued a ruling against President Ann Lee finding that X" is parsed with "finding" as
    the object of "against" and "Ann Lee" as its compound; the "that" clause shows a verb of
    finding or saying, whose subject is the ruling, not a kind of Ann Lee. Only a bare -ing
    word (no determiner or possessor: "the Lee ruling that X" is a noun) right after the
    name, with a clause of its own opened by the conjunction "that" (not a relative "that")."""
    if token.pos_ != "NOUN" or not token.lower_.endswith("ing") or token.i == 0:
        return token
    name = token.doc[token.i - 1]
    if name.dep_ != "compound" or name.head.i != token.i or name.ent_type_ not in _NAMED \
            or (token.i < len(token.doc) and token.ent_type_):
        return token
    if any(c.dep_ in {"det", "poss"} for c in token.children):
        return token
    clause = any(c.dep_ in {"acl", "ccomp", "relcl"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for c in token.children)
    return name if clause else token


def borrow(verb, depth: int, climb):
    """A conjunct, an -ing adverbial clause or an infinitive of purpose takes its head's
    subject: "arrived and met X", "posted a message, blaming Y", "went to court to stop Y"
    (the purpose is the subject's: extract.frames.scope reads it as hedged).

    A conjunct of a passive has no doer of its own; an adverbial keeps the agents as doers.
    A purpose infinitive is done by its clause's subject: "joined up to fund Gavi" (its scope
    marks it a plan); not after an expletive ("it takes years to build trust") nor a passive
    ("Merkel was invited by Putin to visit Moscow": Merkel would visit).
    """
    if verb.dep_ == "advcl" and not (verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}) \
            and not purpose(verb):
        return (), False
    if participle_after_a_prepositional_noun(verb):
        return (), False  # "paid $2m to an agent in Benin claiming ties with X": who claims?
    if verb.dep_ == "conj" and imperative(verb) and verb.head.tag_ in {"VBD", "VBZ", "VBP"}:
        return (), False  # "we made a plea: don't hold workers hostage" -- a command, no act
    subs, passive = climb(verb.head, depth + 1)
    step = Via.CONJ if verb.dep_ == "conj" else Via.ADVCL
    subs = tuple(_via(s, step) for s in subs)
    return (subs, False) if not passive or verb.dep_ == "advcl" else ((), False)


def participle_after_a_prepositional_noun(verb) -> bool:
    """True for an -ing adverbial clause that follows a prepositional object right away, with
    no comma and no subordinator: "paid $2m to an unnamed agent in Benin claiming ties with
    the president", "posted a message on Facebook blaming Moscow". English reads such a
    participle as a reduced relative on the noun before it ("an agent ... who claimed"), so
    the clause's subject is not its governor's; the parser's attachment cannot say which
    noun, so the clause borrows no subject ("He left, blaming Moscow" keeps his)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0:
        return False
    if any(c.dep_ == "mark" or c.dep_ in _SUBJ for c in verb.children):
        return False  # "while paying X", "after meeting Y"
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False  # a comma, a dash or an adverb sets the participle off
    while noun.dep_ in {"compound", "flat"} and noun.head.i > noun.i:
        noun = noun.head
    return noun.dep_ == "pobj"


def purpose(verb) -> bool:
    """An infinitive of purpose hanging on a full verb, with no subject of its own: "went to
    court to stop Y", "joined up to fund Gavi". Not when the head's own subject is missing or is
    an expletive ("it takes years to build trust"), when the head is passive ("Merkel was invited
    by Putin to visit Moscow": Merkel would visit) or negated ("did not go to court to stop Y"),
    nor a purpose of a purpose ("persuade X to stop sending troops to assist Y"): no one's plan;
    "for Kim to decide" has its own subject."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and head.pos_ == "VERB" and head is not verb \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
        and not any(c.dep_ in _SUBJ or c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) \
        and not any(c.dep_ == "neg" for c in head.children) \
        and any(c.dep_ in _SUBJ for c in head.children) \
        and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children) \
        and not any(c.dep_ in {"nsubj", "expl"} and c.lower_ in _EXPLETIVES for c in head.children)


#: subjects that stand for no doer: "it takes years to build trust", "there is time to act"
_EXPLETIVES = frozenset({"it", "this", "that", "there"})


def imperative(verb) -> bool:
    """A base-form verb with no subject and no modal or "to" of its own: "don't hold",
    "stop it" (a "do"/"don't" before it makes it one even with "not"). A tensed "did" or
    "does" is no command: "agreed to X but did not accede to Y" shares its subject."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
        and all(a.lower_ in {"do", "don't", "dont"} or (a.lemma_ == "do" and a.tag_ == "VB") for a in aux)


def shared_objects(verb, direct, passive) -> list[Argument]:
    """Right node raising: "neither confirmed nor denied the reports" -> both verbs take it.

    Only with "or"/"nor" or a correlative ("neither", "either", "both"): after "and" the first
    verb is as often intransitive ("Kim arrived and met Putin" is no "arrived Putin")."""
    out = []
    alternatives = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in verb.children) \
        or any(c.dep_ == "preconj" for c in verb.children)
    if alternatives and not direct and not passive and all(c.dep_ in RNR_OK for c in verb.rights):
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            shared = [c for c in conj.children if c.dep_ == "dobj"]
            if shared and not any(c.dep_ in _SUBJ for c in conj.children):
                out.append(argument(Role.OBJECT, shared[0]))
    return out


def _via(arg: Argument, step: Via) -> Argument:
    return replace(arg, via=(step, *arg.via))
