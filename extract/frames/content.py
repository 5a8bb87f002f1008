"""What an announcement is about when its clause only says that something exists.

"Serwotka warned there could be further walkouts" and "Blair will announce there will be an
election on 5 May": a verb of announcing, warning, predicting or admitting whose complement
clause is an existential "there is / will be / could be N" has N itself as its content, as in
"warned of further walkouts" and "announced an election". The existential clause has no
subject of its own, so without this reading the sentence holds no fact at all.

Only the existential clause is read this way: "warned that the union would strike" has a
subject that acts, and its own frame says so. A denied existence ("announced there would be
no election", "said there will not be talks") states no content the verb could take as its
object ("does not announce an election" is false), so it gives nothing.
"""
from __future__ import annotations

from extract.frames.coordination import argument
from extract.frames.scope import negated
from extract.frames.types import Argument, Role
from extract.relations import lemma_of

#: verbs of announcing, warning, predicting and admitting whose object can be the thing
#: announced (general English: "announce an election", "predict cuts", "admit failures"),
#: with the preposition that joins that object ("warn of walkouts"). Verbs of plain saying
#: ("say", "tell", "claim") are left out: "says walkouts" is no relation.
CONTENT_VERBS = {
    "announce": "", "predict": "", "forecast": "", "promise": "", "pledge": "", "confirm": "",
    "reveal": "", "expect": "", "fear": "", "threaten": "", "admit": "", "acknowledge": "",
    "concede": "", "warn": "of",
}
#: markers of a clause that asks or supposes instead of stating: "predicted whether there ..."
_OPEN_MARKS = frozenset({"if", "whether"})


def existential_content(verb) -> list[Argument]:
    """The things a content verb's existential complement says there are or will be:
    "warned there could be further walkouts" -> [walkouts (of)]; [] for any other verb or
    complement, or when the existence is denied ("there will be no election")."""
    preposition = CONTENT_VERBS.get(lemma_of(verb))
    if preposition is None or any(c.dep_ == "dobj" for c in verb.children):
        return []
    found: list[Argument] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or negated(clause):
            continue
        kids = list(clause.children)
        if not any(c.dep_ == "expl" and c.lower_ == "there" for c in kids) \
                or any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in kids):
            continue
        for noun in kids:
            if noun.dep_ not in {"attr", "nsubj"} or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in noun.children):
                continue  # "there will be no election": nothing is announced
            role = Role.PREPOSITIONAL if preposition else Role.OBJECT
            found.append(argument(role, noun, preposition=preposition))
    return found


#: verbs of appeal whose "for X to do" clause names the one appealed to, with the preposition
#: that joins that addressee when it is the verb's own: "called for Russia to withdraw" is
#: "called on Russia to withdraw" (extract.frames.control reads the latter)
APPEAL_VERBS = {"call": "on", "appeal": "to"}


def appeal_addressees(verb) -> list[Argument]:
    """The addressees of an appeal made with a "for" infinitive: "the UN called for Russia to
    withdraw its troops" -> [Russia (on)]: the UN calls on Russia, and Russia's withdrawal is
    only wanted (extract.frames.scope). A passive infinitive names what is to be done, not who
    is asked ("called for the bill to be dropped"): nothing."""
    preposition = APPEAL_VERBS.get(lemma_of(verb))
    if preposition is None:
        return []
    found: list[Argument] = []
    for clause in verb.children:
        if clause.dep_ not in {"advcl", "ccomp"} or clause.i < verb.i or clause.tag_ != "VB":
            continue
        kids = list(clause.children)
        if not any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            continue
        found.extend(argument(Role.PREPOSITIONAL, c, preposition=preposition)
                     for c in kids if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"})
    return found


def appeal_prepositional_addressees(verb) -> list:
    """The "for" objects of an appeal that the parser read as the verb's own preposition, with
    the infinitive hung on the verb: "TCI has called for Deutsche Boerse to hold a meeting"
    (for -> Deutsche Boerse, hold -> xcomp of called). The object is asked to act (calls on
    Deutsche Boerse), never what is called for; [] for any other shape."""
    preposition = APPEAL_VERBS.get(lemma_of(verb))
    if preposition is None:
        return []
    infinitives = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and not any(a.dep_ in {"nsubj", "nsubjpass", "auxpass"} for a in c.children)]
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}):
            if any(inf.left_edge.i == pobj.right_edge.i + 1 for inf in infinitives):
                found.append(pobj)  # "called for X to hold": the infinitive right after X
    return found
