"""Typed records of the clause reader: a Frame per predicate, its Arguments and its Scope.

Frames hold token indices, never Mentions or strings of a view: the grounding view
(extract.triples) turns argument heads into Mentions, the surface view (extract.openie)
into text spans.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(str, Enum):
    """What an argument is to its predicate."""

    SUBJECT = "subject"  # the doer of an active clause (own or borrowed)
    AGENT = "agent"  # the by-phrase of a passive: the doer
    PATIENT = "patient"  # the subject of a passive: what is acted on
    OBJECT = "object"  # a direct object, or a shared object of a coordinated verb
    PREPOSITIONAL = "prepositional"  # an object of a preposition; Argument.preposition says which
    ATTRIBUTE = "attribute"  # a copula's complement, a title or an apposition
    CLAUSE = "clause"  # an embedded clause; its head is the clause's predicate
    COMPLEMENT = "complement"  # a subjectless xcomp that shares the subject: "vowed to support"
    ADJUNCT = "adjunct"  # a bare noun adjunct: "met Kim last week"


class Keep(str, Enum):
    """Which grounded mentions of an argument a view keeps (decided on names, not on syntax)."""

    ALL = "all"
    NAMED = "named"  # the argument only when one of its mentions is a named entity
    ENTITIES = "entities"  # only the named-entity mentions: "arrived in a bid" drops "bid"
    BESIDE_CONCEPT = "beside_concept"  # ENTITIES, and only when Argument.beside is a concept
    NAME_SPAN = "name_span"  # the entity span at the head, without coreference
    NONE = "none"  # read (the resolver counts it for salience) but never an argument of a fact
    # the one a message is told to ("told Reuters", extract.frames.addressee): NAMED in the news
    # profile; the open profile keeps it (ADDRESSEE) or, when a clause carries the message,
    # drops it (ADDRESSEE_OF_CONTENT: "told farmers that ...")
    ADDRESSEE = "addressee"
    ADDRESSEE_OF_CONTENT = "addressee_of_content"


class Via(str, Enum):
    """One step by which a clause borrowed its subject from a neighbouring token."""

    CONJ = "conj"  # "Kim arrived and met Putin"
    XCOMP = "xcomp"  # subject control: "Kim vowed to support Russia"
    OBJECT_CONTROL = "object_control"  # "urged China to persuade North Korea"
    RELCL = "relcl"  # "Belousov, who arrived"
    ACL = "acl"  # "a statement accusing X", "the treaty signed by Putin"
    ADVCL = "advcl"  # "..., saying X"
    PCOMP = "pcomp"  # "accused North Korea of supplying Russia"
    POSSESSOR = "possessor"  # "Blair's plan to cut taxes"
    NOUN_GOVERNOR = "noun_governor"  # "was the first to recognize X", "announced plans to support X"
    EVENT = "event"  # "X spoke during a meeting with Y": X takes part in the meeting


@dataclass(frozen=True)
class Argument:
    """One argument slot: a head token, its coordinated siblings and how it was found."""

    role: Role
    head: int
    conjuncts: tuple[int, ...] = ()  # later coordinated heads: "X, Y and Z"
    preposition: str = ""
    middle: str = ""  # words that join the relation: "sent troops to X" -> "troops"
    via: tuple[Via, ...] = ()  # () when the clause's own dependent; else the borrowing path
    keep: Keep = Keep.ALL
    beside: int | None = None  # for Keep.BESIDE_CONCEPT: the direct object checked
    negated: bool = False  # "sent no troops"
    hedged: bool = False  # "the suspected attack"
    light: tuple[LightReading | None, ...] = ()  # readings of an event-noun object, in order
    members: tuple[Argument, ...] = ()  # a clause argument stands for these: its subjects

    @property
    def heads(self) -> tuple[int, ...]:
        return (self.head, *self.conjuncts)


@dataclass(frozen=True)
class LightReading:
    """One preposition of a light verb's event noun: "pledged support for X" -> supports X."""

    objects: tuple[Argument, ...]  # the preposition's objects
    lemma: str  # the verb the pair stands for
    preposition: str = ""
    middle: str = ""
    performed: bool = False  # the verb carries the act out ("conducted an inquiry"): no modality


@dataclass(frozen=True)
class Scope:
    """What a clause inherits from the clauses above it: polarity, certainty, who says it."""

    polarity: str = "positive"
    certainty: str = "asserted"
    modality: str | None = None
    speakers: tuple[Argument, ...] = ()  # who says it, in the order found
    #: no reading of the clause is safe: "there is no evidence that X", "has no plans to X"
    #: state neither X nor its negation; the grounding view gives no fact
    unsupported: bool = False


@dataclass(frozen=True)
class Frame:
    """One predicate of a sentence with its arguments, scope and embedded clauses.

    `subjects` and `arguments` are the logical reading (who does what to whom: agents of
    passives, controllers, idioms applied: "called into question" -> question), empty when the
    predicate is no event ("be"); `grammatical` and `dependents` are the syntactic reading of the
    same clause. `rule` names the reading for the views ("svo", "passive", "control", ...);
    `construction` names the registry entry that built the frame.
    """

    construction: str
    predicate: int
    lemma: str
    rule: str
    subjects: tuple[Argument, ...] = ()
    arguments: tuple[Argument, ...] = ()
    grammatical: tuple[Argument, ...] = ()  # the surface subject (a passive's patient), own or borrowed
    dependents: tuple[Argument, ...] = ()  # every argument dependent in sentence order, by role
    scope: Scope = Scope()
    particle: str = ""
    passive: bool = False
    words: str = ""  # relation words of role frames: "foreign minister"
    embedded: tuple[int, ...] = ()  # heads of embedded clauses (ccomp, xcomp, acl, ...)


@dataclass(frozen=True)
class Heads:
    """Which tokens a construction can be headed by: any token whose part of speech, dependency
    or fine tag is listed (extract.frames.registry calls the construction on those only).

    >>> Heads(pos=frozenset({"NOUN"}), tag=frozenset({"VBN"})).match("VERB", "amod", "VBN")
    True
    """

    pos: frozenset[str] = frozenset()
    dep: frozenset[str] = frozenset()
    tag: frozenset[str] = frozenset()

    def match(self, pos: str, dep: str, tag: str) -> bool:
        return pos in self.pos or dep in self.dep or tag in self.tag


@dataclass(frozen=True)
class Context:
    """What every construction reads: the parsed Doc and its entity spans."""

    doc: object  # spacy.tokens.Doc
    names: object  # extract.mentions.NameIndex
