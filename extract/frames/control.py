"""Complements and control: who does the action of an infinitive or -ing complement.

"Kim vowed to support Russia" (subject control), "urged China to persuade North Korea"
(object control), "accused North Korea of supplying Russia" (the object acts), "continued
supporting X" (aspectual verbs share their subject); "called the plans dangerous" and "wanted
X to go" take no direct object (the noun belongs to the complement).
"""
from __future__ import annotations

from dataclasses import replace

from extract.frames.coordination import argument
from extract.frames.types import Argument, Role, Via
from extract.relations import category, lemma_of

#: verbs whose -ing complement shares their subject: "continued supporting X"
ASPECTUAL_VERBS = frozenset({"continue", "keep", "start", "begin", "stop", "resume", "finish",
                             "quit", "cease", "halt", "avoid", "consider", "risk"})
#: verbs of commitment whose -ing complement is the subject's own promised act: "pledged
#: converting the museum"; the scope reads the complement as a plan (extract.frames.scope)
COMMISSIVE_VERBS = frozenset({"pledge", "promise", "vow", "threaten", "undertake"})
#: verbs whose noun object is the subject of a following complement ("wanted X to go")
ECM_VERBS = frozenset({"want", "like", "expect", "need", "wish", "prefer", "allow", "cause",
                       "get", "see", "hear", "find", "consider", "believe", "suspect", "think",
                       "know", "fear", "declare", "judge", "deem", "suppose", "assume", "call",
                       "make", "let", "have", "watch", "feel", "imagine", "show", "prove"})


#: verbs whose object does the act of their infinitive (general English: directives,
#: causatives, permissions, appointments, sending): "urged China to act", "hired X to
#: investigate", "sent troops to fight". After any other verb with an object the infinitive
#: is the subject's purpose: "sued Vance to block the release", "used his stake to vote off
#: three members" -- the subject blocks, votes (see `purpose`)
OBJECT_CONTROL_VERBS = ECM_VERBS | frozenset({
    "ask", "urge", "order", "tell", "persuade", "convince", "force", "compel", "oblige", "require",
    "allow", "permit", "enable", "empower", "authorise", "authorize", "entitle", "invite",
    "encourage", "advise", "instruct", "direct", "command", "warn", "remind", "pressure",
    "pressurise", "pressurize", "press", "push", "lobby", "petition", "request", "beg", "implore",
    "call", "help", "lead", "prompt", "inspire", "motivate", "drive", "induce", "tempt", "provoke",
    "incite", "challenge", "dare", "teach", "train", "appoint", "elect", "nominate", "name",
    "choose", "select", "hire", "employ", "recruit", "enlist", "commission", "contract", "assign",
    "send", "deploy", "dispatch", "mobilise", "mobilize", "summon", "mandate", "trust", "leave",
    "pay", "bribe", "count", "rely", "wait", "schedule", "set", "prepare", "love", "hate",
    "demand", "assist", "aid", "support", "expect", "need", "want", "intend", "propose", "recommend",
})


#: adjectives whose "to"-infinitive is done by their subject (general English, closed: subject
#: control and raising): "is ready to call an election", "was quick to condemn X", "is keen to
#: buy Y", "Blair ready to call election" (a headline). Not "easy"/"hard" ("is hard to beat":
#: the subject is the object), not "unlikely" (a likelihood against the act)
CONTROL_ADJECTIVES = frozenset({"ready", "willing", "unwilling", "eager", "keen", "anxious", "determined",
                                "prepared", "reluctant", "able", "unable", "likely", "certain", "sure",
                                "bound", "due", "set", "poised", "quick", "happy", "desperate", "loath",
                                "powerless"})


#: dependencies of a control adjective that complements a linking verb: "is ready" (acomp),
#: "seems certain", "appears ready" (spaCy: oprd)
_COMPLEMENT_DEPS = frozenset({"acomp", "oprd"})


def controlling_adjective(verb) -> bool:
    """True for a "to"-infinitive of a control adjective (CONTROL_ADJECTIVES), also one the
    parser tags as a participle after a linking verb: "looks set to win", "seems poised to"."""
    gov = verb.head
    if verb.dep_ != "xcomp" or gov is verb or not infinitive(verb):
        return False
    if gov.pos_ == "ADJ":
        word = gov.lemma_.lower()
    elif gov.tag_ == "VBN" and gov.dep_ in _COMPLEMENT_DEPS:
        word = gov.lower_  # the participle's own form: "set", "poised", "determined"
    else:
        return False
    return word in CONTROL_ADJECTIVES


def _adjective_subject(verb, depth: int, climb):
    """(subjects, passive) of the infinitive of a control adjective: the copula's subject
    ("Lee is ready to call an election"), or the noun the adjective follows ("Lee ready to
    call election", "a firm keen to expand"); else nothing."""
    adjective = verb.head
    if adjective.dep_ in _COMPLEMENT_DEPS and adjective.head.pos_ in {"VERB", "AUX"}:
        # "Lee is ready to", "Lee seems certain to", "Acme looks set to": the linking verb's subject
        return _prefixed(climb(adjective.head, depth + 1), Via.XCOMP)
    if adjective.dep_ == "amod" and adjective.head.i < adjective.i and adjective.head.pos_ in {"NOUN", "PROPN"}:
        return (argument(Role.SUBJECT, adjective.head, via=(Via.XCOMP,)),), False
    return (), False


def purpose(verb) -> bool:
    """True for an infinitive that says why its governor's subject acted, though the parse
    hangs it as a complement on a verb with an object: "sued Vance to block the release"."""
    gov = verb.head
    return verb.dep_ == "xcomp" and gov is not verb and infinitive(verb) \
        and any(c.dep_ == "dobj" for c in gov.children) and lemma_of(gov) not in OBJECT_CONTROL_VERBS


def infinitive(verb) -> bool:
    """True for a "to"-infinitive: "to support", "to be managed"."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)
    return (verb.tag_ == "VB" or passive) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: verbs of appeal and reliance whose prepositional object does the act of their infinitive
#: (general English, closed: prepositional object control): "called on Russia to withdraw",
#: "appealed to donors to give", "pleaded with the rebels to stop", "relied on allies to
#: help" -- Russia withdraws (wanted, extract.frames.scope), never the subject
PREPOSITIONAL_CONTROL = frozenset({
    ("call", "on"), ("call", "upon"), ("appeal", "to"), ("plead", "with"), ("rely", "on"),
    ("count", "on"), ("depend", "on"), ("wait", "for"), ("look", "to"), ("prevail", "on"),
    ("prevail", "upon"), ("signal", "to"), ("beg", "of"),
})


def prepositional_controller(verb):
    """The prepositional object that does the act of an infinitive complement of an appeal
    verb (PREPOSITIONAL_CONTROL): "called on Russia to withdraw" -> Russia; else None. The
    phrase must come before the infinitive ("called to say hello on Monday" has none)."""
    gov = verb.head
    if verb.dep_ != "xcomp" or not infinitive(verb) or gov is verb:
        return None
    lemma = lemma_of(gov)
    for prep in gov.children:
        if prep.dep_ in {"prep", "prt"} and prep.i < verb.i and (lemma, prep.lower_) in PREPOSITIONAL_CONTROL:
            objects = [p for p in prep.children if p.dep_ == "pobj" and p.i < verb.i]
            if not objects and prep.dep_ == "prt":  # "called on NATO members": the particle's object
                objects = [c for c in gov.children if c.dep_ == "dobj" and prep.i < c.i < verb.i]
            if objects:
                return objects[0]
    return None


#: prepositions whose -ing complement is done by the governing verb's object: "accused X of
#: supplying", "banned X from flying", "thanked X for helping"; after others ("by hiring",
#: "after meeting", "without consulting") the subject acts
OBJECT_PREPOSITIONS = frozenset({"of", "from", "for", "into", "against", "over"})


#: prepositions whose -ing complement is a circumstance of the clause, done by no one it
#: names: "arrived amid deepening military ties", "amid growing concerns"
CIRCUMSTANCE_PREPOSITIONS = frozenset({"amid", "amidst"})


def borrow(verb, depth: int, climb):
    """(subjects, passive) of an xcomp or a prepositional -ing complement (pcomp)."""
    if verb.dep_ == "pcomp":
        if not (verb.tag_ == "VBG" and verb.head.head.pos_ == "VERB"):
            return (), False
        if verb.head.lower_ in CIRCUMSTANCE_PREPOSITIONS:
            return (), False  # "arrived amid deepening cooperation": no act of the arrival's subject
        # "accused North Korea of supplying Russia": the object acts; "insisted on meeting Kim": the subject
        gov = verb.head.head
        objs = [c for c in gov.children if c.dep_ == "dobj"]
        if objs and verb.head.lower_ in OBJECT_PREPOSITIONS:
            return (argument(Role.SUBJECT, objs[0], via=(Via.PCOMP,)),), False
        # the same object made the passive's subject: "X was accused of hiding", "was fined for misleading"
        patients = [c for c in gov.children if c.dep_ == "nsubjpass"]
        if patients and not objs and verb.head.lower_ in OBJECT_PREPOSITIONS:
            return (argument(Role.SUBJECT, patients[0], via=(Via.PCOMP,)),), False
        # "started its probe by hiring X", "left after meeting Y": the subject acts
        return _prefixed(climb(gov, depth + 1), Via.PCOMP)
    if controlling_adjective(verb):
        return _adjective_subject(verb, depth, climb)
    if verb.head.pos_ not in {"VERB", "AUX"}:
        return (), False  # "find it harder to succeed": no controller to inherit
    gov = verb.head
    if verb.tag_ == "VBG" and lemma_of(gov) not in ASPECTUAL_VERBS | COMMISSIVE_VERBS:
        return (), False  # "discussed implementing X" does not say who implements
    addressee = prepositional_controller(verb)
    if addressee is not None:  # "called on Russia to withdraw": Russia is asked to act
        return (argument(Role.SUBJECT, addressee, via=(Via.OBJECT_CONTROL,)),), False
    objs = [c for c in gov.children if c.dep_ in {"dobj"}]
    if objs and purpose(verb):  # "sued Vance to block the release": the subject's aim
        return _prefixed(climb(gov, depth + 1), Via.XCOMP)
    if objs:  # object control: "urged China to persuade North Korea"
        return (argument(Role.SUBJECT, objs[0], via=(Via.OBJECT_CONTROL,)),), False
    patients = [c for c in gov.children if c.dep_ == "nsubjpass"]
    if patients:  # the object of a passive controls too: "Kim was invited by Putin to visit Moscow"
        return (argument(Role.SUBJECT, patients[0], via=(Via.OBJECT_CONTROL,)),), False
    return _prefixed(climb(gov, depth + 1), Via.XCOMP)


def takes_no_object(verb) -> bool:
    """"called the plans dangerous", "would like each department to act", "suspected Labour
    was trying": the noun after the verb is not what the verb acts on."""
    lemma = lemma_of(verb)
    if any(c.dep_ == "prt" and (lemma, c.lower_) in PREPOSITIONAL_CONTROL for c in verb.children):
        return False  # "called on NATO members to act": the particle's object is the addressee
    return any(c.dep_ == "oprd" for c in verb.children) or (
        lemma in ECM_VERBS and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children))


#: verbs of claiming (general English): their clause is what is claimed, so its subject is no
#: object of the claim ("the Times alleged that Acme charged clients" alleges no Acme), as
#: "warned the Greens were a threat" warns no Greens
CLAIM_VERBS = frozenset({"allege", "claim", "charge", "suspect", "assert", "contend", "maintain", "say",
                         "report", "suggest"})


def accused(verb, lemma: str, slots: list[Argument]) -> list[Argument]:
    """"the board blamed that the staff had leaked it": the accused is the clause subject; a
    verb of claiming ("alleged that X supplied arms") takes its clause, and no accused."""
    if category(lemma) != "accuse" or lemma in CLAIM_VERBS or any(not slot.preposition for slot in slots):
        return []
    out = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subjects = tuple(argument(Role.SUBJECT, g) for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"})
        if subjects:
            out.append(Argument(Role.CLAUSE, clause.i, members=subjects))
    return out

def _prefixed(found, step: Via):
    subs, passive = found
    return tuple(replace(s, via=(step, *s.via)) for s in subs), passive
