"""Passive clauses: the by-phrase is the doer, the grammatical subject what is acted on.

"The treaty was signed by Putin" and "the treaty signed by Putin" -> (Putin, signs, treaty);
"Pelosi resumed the office, being voted into it by Congress" and "Started in 2008 by Garcia,
youtube-dl is ..." (a participle acts on its clause's subject); "nominated by A and elected by
B" (a conjunct shares its head's patient); "arrived in Moscow and was greeted by Putin" (a
passive conjunct acts on its active head's subject); "is joined in this action by X" (a
by-phrase one preposition away from the verb).
"""
from __future__ import annotations

from extract.frames.coordination import argument
from extract.frames.relative import RELATIVE, antecedent, relative_subject
from extract.frames.speech import SPEECH_VERBS
from extract.frames.types import Argument, Role, Via

#: nouns of a by-phrase that name a manner, measure or channel, never a doer:
#: "approved by a majority", "taken by force", "contacted by phone"
NOT_AGENTS = frozenset({"margin", "majority", "vote", "means", "way", "phone", "telephone", "email",
                        "mail", "post", "letter", "hand", "force", "law", "default", "decree",
                        "order", "accident", "chance", "mistake", "far", "end", "time", "percent",
                        "half", "third", "quarter", "factor", "point", "lot", "unanimity"})
#: clause dependencies of a subjectless participle that acts on its head clause's subject
_PARTICIPLE_DEPS = frozenset({"advcl", "ccomp"})
#: entity types that are times and amounts: "by 2020", "by 5%" are no doers
_VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


#: nouns of an armed or official operation and of the forces that carry it out: the country or
#: organisation that names one is the doer ("killed in a US operation", "by Russian troops")
OPERATION_NOUNS = frozenset({"operation", "raid", "strike", "airstrike", "attack", "bombing",
                             "offensive", "assault", "shelling", "force", "troop", "soldier",
                             "army", "military", "police", "navy", "warplane", "jet", "drone"})
#: entity types that can name an operation's doer
_DOER_TYPES = frozenset({"GPE", "NORP", "ORG"})


def agents(verb) -> tuple[Argument, ...]:
    """The doers of a passive verb: the objects of its first by-phrase, else of a by-phrase
    hanging on one of its prepositional objects ("joined in this action by X"), else the
    named doer of an operation it happened in ("was killed in a US raid")."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return _doers(child)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for by in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"):
                return _doers(by)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            named = _operation_doer(pobj)
            if named is not None:
                return (argument(Role.AGENT, named, conjuncts=False),)
    return ()


def _doers(by) -> tuple[Argument, ...]:
    return tuple(argument(Role.AGENT, _operation_doer(obj) or obj, conjuncts=_operation_doer(obj) is None)
                 for obj in by.children if obj.dep_ == "pobj" and _can_act(obj))


def _operation_doer(noun):
    """The named country or organisation that an operation or force noun is of ("a US raid",
    "Russian troops", "the army's shelling" names no one here: a possessor is its own doer
    through extract.frames.nominal), else None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OPERATION_NOUNS:
        return None
    for child in noun.lefts:
        if child.dep_ in {"compound", "nmod", "amod"} and child.ent_type_ in _DOER_TYPES:
            return child
    return None


def _can_act(token) -> bool:
    """"by force" is a manner, "by US forces" a doer."""
    return (token.lemma_.lower() not in NOT_AGENTS or _operation_doer(token) is not None) \
        and token.ent_type_ not in _VALUE_TYPES and token.pos_ in {"NOUN", "PROPN", "PRON"}


def own_subject(verb):
    """(subjects, passive) from the verb's own subject, passive auxiliary or by-phrase, else
    None. A by-phrase (dep "agent") marks a passive without an auxiliary: "elected by B"."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                noun = antecedent(verb)
                # read by agreement: "Smith and Acme, which own X" (both), "..., which owns X" (Acme)
                return ((relative_subject(verb, noun),) if noun is not None else ()), False
            if reduced_relative(verb, child):
                return agents(verb), True
            return (argument(Role.SUBJECT, child),), False
        if child.dep_ == "nsubjpass":
            return agents(verb), True
    if any(c.dep_ == "auxpass" for c in verb.children):
        return agents(verb), True
    if verb.tag_ in {"VBN", "VBD"} and any(c.dep_ == "agent" for c in verb.children):
        return agents(verb), True
    return None


#: past forms that are also the participle without "-ed": "the nationals, sent home, ..."
_SAME_FORM_PARTICIPLES = frozenset({"sent", "told", "paid", "kept", "left", "held", "brought", "bought",
                                    "sold", "found", "lost", "put", "set", "cut", "hit", "led", "sentenced"})


def reduced_relative(verb, subject) -> bool:
    """True when the parser read a past participle that modifies a noun as a past-tense verb
    with that noun as its subject, so the noun is the participle's patient or recipient, never
    its doer. Two surface signs: the noun directly follows a preposition left without an object
    ("the case of six students refused visas to Canada": they are the object of "of"); or the
    participle is set off by commas after the noun and hangs on a later verb that has no
    subject of its own ("three nationals, refused entry to Norway, had returned")."""
    form = verb.lower_
    if verb.tag_ != "VBD" or not (form.endswith("ed") or form in _SAME_FORM_PARTICIPLES):
        return False
    doc = verb.doc
    before = subject.left_edge.i - 1
    if before >= 0 and doc[before].dep_ == "prep" and doc[before].pos_ == "ADP" and doc[before].head.i < before \
            and not any(c.dep_ in {"pobj", "pcomp"} for c in doc[before].children):
        return True
    head = verb.head
    return subject.i < verb.i and doc[verb.i - 1].text == "," and verb.dep_ in {"ccomp", "conj"} \
        and head.i > verb.i and head.pos_ in {"VERB", "AUX"} \
        and not any(c.dep_ in _SUBJECTS for c in head.children)


#: verbs of saying and belief whose passive raises the subject of an infinitive: "X is
#: reported by Reuters to have won", "X is believed to be ..." -- what is reported is the
#: clause; its subject is not what the verb acts on
RAISING_PASSIVES = frozenset({"say", "report", "believe", "think", "expect", "know", "rumour", "rumor",
                              "understand", "allege", "claim", "suppose", "consider", "estimate",
                              "fear", "presume", "assume", "suspect", "see", "show", "find"})


def raised_subject(verb) -> bool:
    """True for a passive verb of saying or belief with an infinitive clause: "Acme is
    reported by Reuters to have won a contract" (Reuters reports the win, not Acme)."""
    return verb.lemma_.lower() in RAISING_PASSIVES and any(
        c.dep_ in {"xcomp", "ccomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def reporting_aside(verb) -> bool:
    """True for an "as" clause of a passive verb of saying: "Erdogan said, as reported by the
    Daily News, that ..." -- the paper reports what was said; the clause it hangs on (or its
    subject) is no patient. "The treaty, as signed by Putin" (no saying) keeps its patient."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in SPEECH_VERBS \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def patients(verb) -> list[Argument]:
    """What a passive verb acts on: its subject, the noun its participle or relative clause
    modifies ("the treaty which was signed", "a fund to be managed by X"), the subject of the
    clause its participle hangs on, or the patient of the passive it is coordinated with.
    Nothing for a raising verb of saying ("X is reported to have won": `raised_subject`)."""
    if raised_subject(verb) or reporting_aside(verb):
        return []
    slots = [argument(Role.PATIENT, c) for c in verb.children if c.dep_ == "nsubjpass"]
    if slots and not (verb.dep_ == "relcl" and slots[0].head < verb.i
                      and verb.doc[slots[0].head].lower_ in RELATIVE):
        return slots
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [argument(Role.PATIENT, verb.head, conjuncts=False)]
    if verb.dep_ == "relcl" and not any(c.dep_ in _SUBJECTS and c.lower_ not in RELATIVE for c in verb.children):
        noun = antecedent(verb)  # "the treaty which was signed", "a fund to be managed"
        return [argument(Role.PATIENT, noun, conjuncts=False)] if noun is not None else []
    if verb.dep_ in _PARTICIPLE_DEPS and verb.tag_ in {"VBN", "VBD"} and verb.head.pos_ in {"VERB", "AUX"}:
        noun = reduced_relative_noun(verb)
        if noun is not None:
            return [argument(Role.PATIENT, noun, conjuncts=False)]  # "evidence gathered by the US"
        if _after_an_object(verb) or _after_a_phrase_noun(verb):
            return []
        # "Pelosi resumed the office, being voted into it by Congress"
        return [argument(Role.PATIENT, c) for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}][:1]
    if adjunct_gerund(verb):
        return _clause_subject(verb.head.head)  # "Lee resigned after being sacked by Chelsea"
    if verb.dep_ == "conj" and _passive(verb.head):
        return patients(verb.head)  # "nominated by A and elected by B"
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        return _shared_subject(verb.head)  # "passed the House and was signed by Trump"
    return []


def adjunct_gerund(verb) -> bool:
    """True for a passive gerund without a subject of its own that is the object of a
    preposition on a verb: "resigned after being sacked by Chelsea", "was criticised for being
    thrown into defensive mode by Howard". English reads the gerund's patient as the subject of
    the clause it hangs on. Not when "for" follows the verb's object ("praised Lee for being
    chosen by X": the object is the one chosen)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBN" or not any(
            c.dep_ == "auxpass" and c.lower_ in {"being", "been"} for c in verb.children):
        return False
    prep = verb.head
    head = prep.head
    if prep.dep_ != "prep" or head.pos_ not in {"VERB", "AUX"} or head.i == prep.i:
        return False
    return not (prep.lower_ == "for" and any(c.dep_ in {"dobj", "dative"} for c in head.children))


def _clause_subject(head) -> list[Argument]:
    """The subject of a clause as a patient: its own subject (active or passive), or the noun a
    relative clause's "who"/"which" stands for; nothing when the clause borrows its subject."""
    for child in head.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            if child.lower_ in RELATIVE and head.dep_ == "relcl":
                noun = antecedent(head)
                return [argument(Role.PATIENT, noun, conjuncts=False)] if noun is not None else []
            return [argument(Role.PATIENT, child)]
    return []


def _shared_subject(head) -> list[Argument]:
    """The active subject a passive conjunct shares with its head: what the passive acts on
    ("the territory, which belonged to Syria and was occupied by Israel")."""
    for child in head.children:
        if child.dep_ == "nsubj":
            if child.lower_ in RELATIVE and head.dep_ == "relcl":
                noun = antecedent(head)
                return [argument(Role.PATIENT, noun, conjuncts=False)] if noun is not None else []
            return [argument(Role.PATIENT, child)]
    return []


def reduced_relative_noun(participle):
    """The noun a bare past participle modifies when the parser hung the participle on the
    clause's verb: "was refused in the light of evidence gathered against him by the US" -- a
    participle right after a common noun of a prepositional phrase inside a noun phrase ("the
    light of evidence"), with no comma, no auxiliary and no subject, is a reduced relative
    clause on that noun (the evidence was
    gathered), never an act on the clause's subject. None otherwise."""
    if participle.tag_ != "VBN" or participle.i == 0 or participle.i < participle.head.i \
            or any(c.dep_ in _SUBJECTS | {"auxpass", "aux", "mark"} for c in participle.children):
        return None
    noun = participle.doc[participle.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" \
            or noun.head.head.pos_ not in {"NOUN", "PROPN"}:
        # a noun of a phrase on the verb itself may be a place the subject moves through
        # ("arrived at the airport accompanied by Jones": Jones accompanies Smith)
        return None
    return noun


def _after_a_phrase_noun(participle) -> bool:
    """True for a bare past participle right after the noun of a prepositional phrase, with no
    comma between: "was jailed on evidence gathered by Lee" (the evidence was gathered) and
    "arrived at the airport accompanied by Jones" (Smith was accompanied) parse alike, and a
    name there ("a deal with Acme signed by Lee") may be what was signed or not: no patient is
    safe (reduced_relative_noun takes the one sure case first)."""
    if participle.i == 0 or participle.i < participle.head.i \
            or any(c.dep_ in _SUBJECTS | {"auxpass", "aux", "mark"} for c in participle.children):
        return False
    noun = participle.doc[participle.i - 1]
    return noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ == "pobj"


def _after_an_object(participle) -> bool:
    """True for a bare past participle after its head verb's object: "the board opened an
    inquiry, led by Ann Lee" -- the parser hangs it on the verb, but it reads as well (more
    often) as a modifier of the nearest noun, the inquiry, as of the subject; no patient is safe.
    "being"/"having been" ("resumed the office, being elected by X") and a participle before
    its clause ("Led by X, the army ...") act on the subject."""
    if participle.i < participle.head.i or any(c.dep_ == "auxpass" for c in participle.children):
        return False
    return any(c.dep_ in {"dobj", "attr", "oprd"} and c.i < participle.i for c in participle.head.children)


def _passive(verb) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in verb.children)
