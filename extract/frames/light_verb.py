"""Light verbs: a verb that carries an event noun as its object stands for the noun's verb.

"pledged support for North Korea" -> supports North Korea; "took issue with Tokyo" ->
criticizes Tokyo (an idiom from extract.relations.IDIOMS).
"""
from __future__ import annotations

from extract.frames import inquiry
from extract.frames.coordination import argument
from extract.frames.types import LightReading, Role
from extract.relations import IDIOMS, lemma_of, verb_of_noun

#: verbs that carry an event noun as their object: "pledged support", "expressed solidarity"
LIGHT_VERBS = frozenset({
    "pledge", "promise", "express", "voice", "offer", "give", "provide", "extend", "lend",
    "announce", "declare", "show", "make", "hold", "conduct", "carry", "launch", "stage",
    "issue", "reaffirm", "reiterate", "signal", "vow", "deliver", "mount", "take", "have",
    "receive", "seek", "demand", "welcome",
})
_EVENT_PREPS = frozenset({"for", "to", "of", "on", "against", "with", "toward", "towards"})
#: verbs of joint action that keep their preposition: "held talks with X" -> talks with X
_JOINT_VERBS = frozenset({"meet", "talk", "cooperate", "consult", "negotiate", "agree", "sign", "fight"})
#: verbs that take their party only through a preposition: "issued a ruling against X" ->
#: rules against X ("rules X" would read as governing X), "cast a vote on X" -> votes on X
_PREPOSITIONAL_VERBS = frozenset({"rule", "vote", "campaign", "protest", "appeal", "testify", "retaliate"})


#: nouns of what a party does, which an inquiry's "into" names in its party's place: "an
#: inquiry into the conduct of X" is an inquiry into X, "a probe into X's dealings" one into X
CONDUCT_NOUNS = frozenset({"conduct", "activity", "action", "behaviour", "behavior", "dealing"})


def conduct_owners(pobj) -> list:
    """The party whose conduct an "into" complement names ("an inquiry into the conduct of X"
    -> [X], "into X's activities" -> [X]), or [pobj] itself for any other complement."""
    if pobj.head.lower_ != "into" or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in CONDUCT_NOUNS:
        return [pobj]
    owners = [c for c in pobj.children if c.dep_ == "poss"]
    owners += [o for prep in pobj.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for o in prep.children if o.dep_ == "pobj"]
    return owners[:1] or [pobj]


def is_idiom(lemma: str, noun) -> bool:
    """True when (verb, noun) opens an idiom of extract.relations.IDIOMS."""
    return any(key[0] == lemma and key[1] == noun.lower_ for key in IDIOMS)


def carries(lemma: str, noun) -> bool:
    """True when a verb with this lemma may carry this noun object as its event."""
    return noun.pos_ == "NOUN" and (lemma in LIGHT_VERBS or is_idiom(lemma, noun)
                                    or lemma in inquiry.CONDUCTING_VERBS and noun.lemma_.lower() in inquiry.INQUIRY_NOUNS)


def readings(verb, noun) -> tuple[LightReading | None, ...]:
    """One reading per preposition of the noun, in order; None where no reading applies.

    The grounding view takes the first preposition whose objects ground to mentions.
    """
    out: list[LightReading | None] = []
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        owners = [o for p in prep.children if p.dep_ == "pobj" for o in conduct_owners(p)]
        objs = tuple(argument(Role.PREPOSITIONAL, o, preposition=prep.lower_) for o in owners)
        idiom = IDIOMS.get((lemma_of(verb), noun.lower_, prep.lower_))
        target = verb_of_noun(lemma_of(noun))
        inquired = inquiry.reading(verb, noun, prep, owners)  # "conducted an investigation into X"
        if inquired is not None:
            out.append(inquired)
        elif idiom:
            out.append(LightReading(objs, idiom))
        elif target and prep.lower_ in _EVENT_PREPS:
            keep_prep = prep.lower_ if prep.lower_ in {"with", "against", "on"} \
                and (target in _JOINT_VERBS or target in _PREPOSITIONAL_VERBS) else ""
            out.append(LightReading(objs, target, keep_prep))
        elif lemma_of(verb) in LIGHT_VERBS:
            out.append(LightReading(objs, lemma_of(verb), prep.lower_, noun.lower_))
        else:
            out.append(None)
    return tuple(out)


def taken_by_verb(noun) -> bool:
    """True when a light verb already read this event noun: the noun gives no frame of its own."""
    return (noun.dep_ == "dobj" and (lemma_of(noun.head) in LIGHT_VERBS or is_idiom(lemma_of(noun.head), noun)
                                     or inquiry.conducts(noun.head, noun))
            and any(c.dep_ == "prep" for c in noun.children))
