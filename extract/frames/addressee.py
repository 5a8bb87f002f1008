"""Addressees of speech: whom a message is told to ("Ford told Reuters that ...").

The direct object of a verb of telling is the addressee of a message. "X told Reuters that ..."
and "X informed John Bolton" state a fact, X tells (informs) the addressee, when the addressee
is someone a reader can find: a name, or a pronoun or description resolved to one. A generic
audience ("told a news conference", "told reporters") or the message itself ("told the truth")
is no party, so the news view keeps the addressee only when it grounds to a named entity
(Keep.ADDRESSEE); the content clause keeps its own fact. A proper noun that is only the first part
of a longer title, as the model often cuts a programme's name ("told BBC One's Breakfast with
Frost", "told CNN's State of the Union"), names no addressee and makes no fact (Keep.NONE).

"made it clear to X that ..." tells X as plainly: "makes clear to" X, on the same terms.
"""
from __future__ import annotations

from dataclasses import replace

from extract.frames.coordination import argument
from extract.frames.types import Argument, Keep, Role, Via

def addressed(names, verb, lemma: str, slots: list[Argument]) -> list[Argument]:
    """A verb's slots with its addressees read: the object of telling (`addressees`, also one
    glued to the clause's subject: `glued_addressee`), the "to" of "made it clear"
    (`made_clear`) and of a verb of saying (`said_to`)."""
    slots = glued_addressee(names, verb, lemma, addressees(verb, lemma, slots))
    return said_to(verb, lemma, made_clear(verb, lemma, slots))


#: verbs of telling: their direct object is the one the message is addressed to
ADDRESSEE_VERBS = frozenset({"inform", "notify", "remind", "tell", "brief", "assure", "warn"})


def addressees(verb, lemma: str, slots: list[Argument]) -> list[Argument]:
    """`slots` with the direct object of a verb of telling read as an addressee (Keep.ADDRESSEE:
    kept only when it can be named), or never (Keep.NONE) when it is a fragment of a longer title."""
    if lemma not in ADDRESSEE_VERBS:
        return slots
    doc = verb.doc
    # the profile decides (extract.triples.KEEP): the news keeps a named addressee only
    keep = Keep.ADDRESSEE_OF_CONTENT if any(c.dep_ == "ccomp" for c in verb.children) else Keep.ADDRESSEE
    return [replace(s, keep=Keep.NONE if title_fragment(doc[s.head]) else keep)
            if s.role == Role.OBJECT and not s.via and not s.preposition and s.keep is Keep.ALL
            else s for s in slots]


def title_fragment(token) -> bool:
    """True when a proper noun is cut from a longer title: owned by another name ("BBC One's
    Breakfast", "CNN's State"), or followed by a preposition with a proper noun that continues
    it ("Breakfast with Frost", "Meet the Press" is one phrase the model may split the same way)."""
    if token.pos_ != "PROPN":
        return False
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children)
    continued = any(c.dep_ == "prep" and c.i == token.i + 1
                    and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
                    for c in token.children)
    return owned or continued


#: adjectives of "made it clear to X": the subject tells X something
TELLING_ADJECTIVES = frozenset({"clear", "plain", "known"})
#: pronouns that stand for the message of "made it clear": no party
_MESSAGE_PRONOUNS = frozenset({"it", "that", "this"})


def made_clear(verb, lemma: str, slots: list[Argument]) -> list[Argument]:
    """`slots` of "made (it) clear to X": the "to" phrase, on the verb or on the adjective, is
    an addressee ("makes clear to" X, kept only when X can be named), and "it" is the message."""
    if lemma != "make":
        return slots
    adjective = next((c for c in verb.children if c.dep_ in {"oprd", "ccomp", "acomp", "xcomp"}
                      and c.lower_ in TELLING_ADJECTIVES), None)
    if adjective is None:
        return slots
    doc, word = verb.doc, adjective.lower_
    out = [replace(s, middle=word, keep=Keep.NAMED)
           if s.role == Role.PREPOSITIONAL and s.preposition == "to" and not s.middle and not s.via
           else replace(s, keep=Keep.NONE) if s.role == Role.OBJECT and doc[s.head].lower_ in _MESSAGE_PRONOUNS
           else s for s in slots]
    out.extend(argument(Role.PREPOSITIONAL, pobj, preposition="to", middle=word, keep=Keep.NAMED)
               for prep in adjective.children if prep.dep_ == "prep" and prep.lower_ == "to"
               for pobj in prep.children if pobj.dep_ == "pobj")
    return out


#: event nouns of being questioned: "in an interview with X" is speaking to X
INTERVIEW_NOUNS = frozenset({"interview"})


def interviewee_speaks(verb: str, agents: list[Argument], themes: list[Argument]) -> tuple[str, list[Argument]]:
    """The reading of an interview whose only participant is the clause's subject ("X said in
    an interview with Y", Via.EVENT): X was interviewed, so X speaks to Y ("speak", "to"), and
    Y is an addressee, kept only when it can be named. An interview with its own agent ("Y's
    interview with X") is Y's act and keeps its reading."""
    if verb not in INTERVIEW_NOUNS or not agents or not all(Via.EVENT in a.via for a in agents):
        return verb, themes
    return "speak", [replace(t, preposition="to", keep=Keep.NAMED, members=tuple(
        replace(m, preposition="to", keep=Keep.NAMED) for m in t.members)) if t.preposition == "with" else t
        for t in themes]


#: verbs of saying whose "to" phrase is the one addressed: "said to Reuters", "wrote to the
#: Prime Minister", "explained to MPs", "complained to the UN" (not "added to", "referred to")
ADDRESSED_SPEECH_VERBS = frozenset({"say", "explain", "write", "announce", "declare", "admit", "confess",
                                    "reveal", "confirm", "report", "complain", "stress", "insist", "state"})


def said_to(verb, lemma: str, slots: list[Argument]) -> list[Argument]:
    """`slots` with the "to" phrase of a verb of saying as its addressee ("said to Reuters
    that ..." -> says to Reuters), kept only when it can be named; a verb of saying otherwise
    takes its prepositions as topics and settings (extract.frames.verbal.objects)."""
    if lemma not in ADDRESSED_SPEECH_VERBS or any(s.preposition == "to" for s in slots):
        return slots
    return slots + [argument(Role.PREPOSITIONAL, pobj, preposition="to", keep=Keep.NAMED)
                    for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                    for pobj in prep.children if pobj.dep_ == "pobj"]


def glued_addressee(names, verb, lemma: str, slots: list[Argument]) -> list[Argument]:
    """`slots` with the addressee the parser glued to the content clause's subject: in "told
    NPR Hamza bin Laden had appeared" it reads "NPR" as a modifier of "Laden", while the names
    (extract.mentions.NameIndex) split "NPR" from "Hamza bin Laden". When a verb of telling has
    no object and its clause's subject starts right after the verb with a name of its own that
    ends before the subject's name, that first name is the addressee ("Smith told CNN John
    Jones had resigned" -> tells CNN)."""
    if lemma not in ADDRESSEE_VERBS or any(s.role == Role.OBJECT for s in slots):
        return slots
    doc = verb.doc
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.left_edge.i != verb.i + 1:
            continue
        first, own = names.entity_at(verb.i + 1), names.entity_at(subject.i)
        if first is None or own is None or first.end > own.start or first.end > subject.i:
            continue
        return slots + [argument(Role.OBJECT, doc[first.end - 1], keep=Keep.ADDRESSEE_OF_CONTENT)]
    return slots
