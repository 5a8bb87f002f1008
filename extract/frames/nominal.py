"""Nominal events: an event noun with its agent and themes.

"Putin's visit to Pyongyang" -> (Putin, visits, Pyongyang); "a condemnation by the US of X";
"US accusations that North Korea supplied Russia" (the accused is the clause subject); "Kim
spoke during a meeting with Belousov" (the clause subject takes part: Via.EVENT).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from extract.frames import addressee, light_verb
from extract.frames.coordination import argument
from extract.frames.speech import SAY_VERBS
from extract.frames.scope import hedged_noun, scope_of
from extract.frames.subject import subjects_of
from extract.frames.types import Argument, Context, Frame, Heads, Keep, Role, Scope, Via
from extract.mentions import TITLE_HEADS
from extract.relations import category, lemma_of, verb_of_noun

AGENT_PREPS = frozenset({"by"})
#: "X spoke during a meeting with Y": X takes part; complex prepositions ("in relation to",
#: "in response to") are excluded by keeping to these time prepositions
DURING_PREPS = frozenset({"during", "throughout", "at", "after", "before", "following", "amid"})
#: "X withdrew in response to Y": "in" + one of these event nouns is a complex preposition
#: whose event the clause subject does ("in retaliation for", "in support of", "in talks with");
#: other "in" nouns are not ("in addition to", "in exchange for", "in connection with")
IN_EVENT_VERBS = frozenset({"respond", "retaliate", "react", "reply", "protest", "support", "violate",
                            "meet", "talk", "negotiate", "cooperate", "solidarity"})
#: a reaction is to what someone said or did: "in response to a statement from X" -> responds to X
REACTION_VERBS = frozenset({"respond", "retaliate", "react", "reply"})
_AUTHOR_PREPS = frozenset({"from", "by"})
THEME_PREPS = frozenset({"to", "with", "of", "on", "against", "for", "into", "in", "toward", "towards", "from"})
#: verbs of travel whose destination is a direct object when verbal: "visit to X" -> visits X
DESTINATION_VERBS = frozenset({"visit", "tour"})
#: "returned from a tour of X", "arrived on a visit to X": the clause subject made the journey
TRAVEL_PREPS = frozenset({"from", "on"})
#: nouns of legal proceedings: a place named before them is the court's country, not who acts
#: ("a US lawsuit against X" is a lawsuit in a US court; who sues is the clause's subject)
FORUM_NOUNS = frozenset({"lawsuit", "suit", "case", "trial", "litigation", "proceedings", "hearing", "court"})
_AGENT_NAME_LABELS = {"compound": frozenset({"GPE", "ORG", "PERSON", "NORP"}), "amod": frozenset({"NORP", "GPE"})}


#: the tokens the registry calls `frames` on: an event noun
FRAMES_HEADS = Heads(pos=frozenset({"NOUN"}))


def frames(ctx: Context, noun) -> Iterator[Frame]:
    """The frame of an event noun; its subjects are agents, then (Via.EVENT) the governing
    clause's subjects, which the view uses only when the agents give no mention. A frame
    without agents or themes is still built: the view grounds what it has, in order."""
    if noun.pos_ != "NOUN":
        return
    verb = verb_of_noun(lemma_of(noun))
    if verb is None or light_verb.taken_by_verb(noun):
        return
    agents = event_agents(ctx, noun)
    taken = {a.head for a in agents}
    themes: list[Argument] = []
    middle = ""
    for child in noun.children:
        if child.i in taken or child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            continue
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            middle = child.text.lower()
        elif child.dep_ == "prep" and child.lower_ in THEME_PREPS:
            objs = tuple(_reacted_to(ctx, p) if verb in REACTION_VERBS else argument(Role.PREPOSITIONAL, p)
                         for p in child.children if p.dep_ == "pobj")
            if objs:
                themes.append(Argument(Role.PREPOSITIONAL, objs[0].head, preposition=_preposition(verb, child.lower_),
                                       members=objs))
        elif child.dep_ in {"acl", "ccomp"} and category(verb) == "accuse":
            # "accusations that North Korea has supplied Russia": the accused is the clause subject
            subjects = tuple(argument(Role.SUBJECT, g) for g in child.children if g.dep_ in {"nsubj", "nsubjpass"})
            if subjects:
                themes.append(Argument(Role.CLAUSE, child.i, members=subjects))
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and not _ordered_by_time(noun) and (
            noun.head.lower_ in DURING_PREPS or noun.head.lower_ == "in" and verb in IN_EVENT_VERBS
            or noun.head.lower_ in TRAVEL_PREPS and verb in DESTINATION_VERBS
            # "Ford said in a filing to the SEC": the speaker made what it speaks in
            or noun.head.lower_ == "in" and lemma_of(noun.head.head) in SAY_VERBS and themes):
        # "Kim spoke during a meeting with Belousov": the clause subject takes part in the event
        subjects, is_passive = subjects_of(noun.head.head)
        keep = {"keep": Keep.NONE} if is_passive else {}  # a passive's agents are read, not taken
        agents.extend(replace(s, via=(Via.EVENT, *s.via), **keep) for s in subjects)
    verb, themes = addressee.interviewee_speaks(verb, agents, themes)  # "said in an interview with Y"
    scope = Scope(certainty="hedged" if hedged_noun(noun) or _in_future_clause(noun)
                  or _planned_participation(noun, agents) or called_a_plan(noun) else "asserted")
    reported = _reported_around(noun)
    if reported is not None and scope.certainty == "asserted":
        scope = replace(scope, certainty="reported", speakers=reported.speakers)
    yield Frame("nominal_event", noun.i, verb, "event_noun", subjects=tuple(agents),
                arguments=tuple(replace(t, middle=middle) for t in themes), scope=scope)


#: prepositions that order a clause after or before an event without making its subject take
#: part: "prices rose after the invasion of Iraq", "Brown spoke following the departure of Lee"
SEQUENCE_PREPS = frozenset({"after", "before", "following", "amid", "since"})


def _ordered_by_time(noun) -> bool:
    """True when an event noun under a preposition of time order names its own participant
    with "of": the "of" phrase is the one who departs, dies or is invaded, and the clause
    subject is only placed in time by the event ("Brown had a chance following the departure
    of Lee" is no departing of Brown's)."""
    return noun.head.lower_ in SEQUENCE_PREPS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in noun.children)


#: auxiliaries that put a clause ahead in time
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def _in_future_clause(noun) -> bool:
    """"Prince Ed will join the UK delegation in Poland": an event noun that is an argument of
    a clause set in the future names an event that has not happened yet (the delegation of the
    coming ceremony): it is hedged like the clause, never asserted."""
    head = noun.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children)
        if head.head is head:
            return False
        head = head.head
    return False


#: nouns that name what is intended, not done: an event said to be one is not (yet) an event
PLAN_NOUNS = frozenset({"plan", "proposal", "scheme", "project", "idea", "option", "goal", "aim",
                        "ambition", "priority", "target", "bid", "attempt", "effort", "hope",
                        "dream", "vision", "blueprint", "initiative", "intention"})


def called_a_plan(noun) -> bool:
    """True when an event noun is the subject of a copula whose predicate is a plan ("BAA's
    expansion of Stansted is one of the most opposed plans", "the merger is a proposal"):
    the event is what someone intends, so it is hedged, never asserted."""
    head = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or lemma_of(head) != "be":
        return False
    for attr in (c for c in head.children if c.dep_ == "attr"):
        if attr.lemma_.lower() in PLAN_NOUNS:
            return True
        # "one of the plans", "part of a scheme"
        if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in PLAN_NOUNS
                                                              for o in p.children) for p in attr.children):
            return True
    return False


def _planned_participation(noun, agents) -> bool:
    """True when the clause subject takes part in the event (`Via.EVENT`) only as planned or
    scheduled: "is due to take part in talks with X", "is set to attend a meeting with X",
    "plans to join talks with X" -- the talks have not happened; the clause's own certainty
    (its governors: due to, set to, plan, expect ...) reaches the event."""
    return any(Via.EVENT in a.via for a in agents) and scope_of(noun.head.head).certainty == "hedged"


def _reported_around(noun) -> Scope | None:
    """The scope of the clause an event noun stands in, when that clause is someone's report
    or claim: "the expert claimed X is a pretext for NATO's interference" (the interference is
    the expert's word); None otherwise. Only the report reaches the noun: a modal or negation
    of its clause is about the clause's own verb ("did not mention the visit")."""
    head = noun.head
    for _ in range(8):
        if head.pos_ in {"VERB", "AUX"}:
            scope = scope_of(head)  # its own modal or hedge is about the clause's verb
            return scope if scope.certainty == "reported" or scope.speakers else None
        if head.head is head:
            return None
        head = head.head
    return None


def event_agents(ctx: Context, noun) -> list[Argument]:
    """Who does an event noun's event: its possessor, a named compound or adjective ("the US
    condemnation", "Russian strikes") and the objects of "by"."""
    agents: list[Argument] = []
    for child in noun.children:
        span = ctx.names.entity_at(child.i)
        if child.dep_ == "poss" and (bound := _bound_possessor(noun, child)):
            agents.extend(bound)  # "Sanders continued his bid": his = Sanders
        elif child.dep_ == "poss":
            agents.append(argument(Role.AGENT, child))
        elif child.dep_ in _AGENT_NAME_LABELS and span is not None and span.label in _AGENT_NAME_LABELS[child.dep_] \
                and not (noun.lemma_.lower() in FORUM_NOUNS and span.label in {"GPE", "NORP"}):
            agents.append(Argument(Role.AGENT, child.i, keep=Keep.NAME_SPAN))  # "the US condemnation"
        elif child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            agents.extend(argument(Role.AGENT, p) for p in child.children if p.dep_ == "pobj")
    return agents or _stray_agents(ctx, noun)


#: entity labels of a doer named in a "by" phrase
_DOER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _stray_agents(ctx: Context, noun) -> list[Argument]:
    """The doer in a "by" phrase the parser hung on the active verb whose object the event
    noun is, or on a plain noun of that verb's prepositional phrase: "critics attacked the
    annexation of Crimea by Russia", "attacked the recognition of X as a state by Y". An
    active verb takes no agent, so the phrase can only be the event's. Only for an event noun
    with its own "of" theme and no other agent, and a "by" phrase after it naming a doer (a
    name or a title standing for its holder: not "by phone", "by Monday", "by 10%")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.tag_ == "VBN" \
            or any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return []
    hosts = [verb] + [p for c in verb.children if c.dep_ == "prep" and c.i > noun.i for p in c.children
                      if p.dep_ == "pobj" and p.pos_ == "NOUN" and verb_of_noun(lemma_of(p)) is None]
    agents = []
    for host in hosts:
        for by in (c for c in host.children if c.dep_ == "prep" and c.lower_ in AGENT_PREPS and c.i > noun.i):
            for doer in (p for p in by.children if p.dep_ == "pobj"):
                span = ctx.names.entity_at(doer.i)
                if (span is not None and span.label in _DOER_LABELS) or (span is None and lemma_of(doer) in TITLE_HEADS):
                    agents.append(argument(Role.AGENT, doer))
    return agents


#: possessive pronouns that a clause's subject binds
_BOUND_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _bound_possessor(noun, possessor) -> tuple[Argument, ...]:
    """The subject of the clause whose direct object the event noun is, when a possessive
    pronoun names its agent: in "Sanders continued his bid", "Labour stressed its support",
    the pronoun is bound by the subject (English prefers it to any earlier name). The
    subject's own named heads only, not a pronoun or a borrowed subject."""
    verb = noun.head
    if possessor.lower_ not in _BOUND_POSSESSIVES or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return ()
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return tuple(argument(Role.AGENT, s) for s in subjects[:1])


def _reacted_to(ctx: Context, token) -> Argument:
    """What a reaction is to: the author of an unnamed act or statement ("a statement from X",
    "X's remarks": X), else the object itself."""
    if ctx.names.entity_at(token.i) is None and token.pos_ == "NOUN":
        authors = [c for c in token.children if c.dep_ == "poss"] + [
            p for c in token.children if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS
            for p in c.children if p.dep_ == "pobj"]
        if authors:
            return Argument(Role.PREPOSITIONAL, authors[0].i, keep=Keep.ENTITIES,
                            members=tuple(argument(Role.PREPOSITIONAL, a, keep=Keep.ENTITIES) for a in authors))
    return argument(Role.PREPOSITIONAL, token)


def _preposition(verb: str, prep: str) -> str:
    """The preposition a theme keeps in the relation: none for "of", "visit to", "support for"."""
    if prep == "of" or (prep == "to" and verb in DESTINATION_VERBS) or (prep == "for" and verb == "support"):
        return ""
    return prep


#: the tokens the registry calls `possessive_frames` on: a possessor
POSSESSIVE_FRAMES_HEADS = Heads(dep=frozenset({"poss"}))


def possessive_frames(ctx: Context, token) -> Iterator[Frame]:
    """"X's Y": X has Y."""
    if token.dep_ == "poss" and token.pos_ in {"PROPN", "NOUN"}:
        yield Frame("possessive", token.i, "have", "poss", grammatical=(Argument(Role.SUBJECT, token.i),),
                    dependents=(Argument(Role.OBJECT, token.head.i),))
