"""Standing relations: a prepositional phrase that puts its holder in a state with another party.

"Germany remains at odds with France" -> (Germany, is at odds with, France); "Ukraine, which is
in a military conflict with Russia" -> (Ukraine, is in conflict with, Russia); "Mitsubishi is in
talks with Peugeot" -> (Mitsubishi, talks with, Peugeot); "Lee sits on the board of Acme" -> (Lee,
is on board of, Acme); "HDT is under the aegis of X" -> (HDT,
is under aegis of, X). The holder is the surface subject of a copula or a verb of state ("locked
in talks with"); the other party is the object of "with" (of "of" after "under").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from extract.frames.coordination import argument
from extract.frames.scope import scope_of
from extract.frames.subject import grammatical_subject
from extract.frames.types import Argument, Context, Frame, Heads, Keep, Role
from extract.relations import lemma_of


@dataclass(frozen=True)
class Standing:
    """How a preposition + state noun reads: the relation words and the verb lemma of its category."""

    words: str
    lemma: str
    party: str = "with"  # the preposition of the other party


#: (preposition, noun lemma) -> reading. General English idioms of state with a party ("with").
STANDINGS: dict[tuple[str, str], Standing] = {
    ("at", "odds"): Standing("is at odds with", "disagree"),
    ("at", "loggerheads"): Standing("is at odds with", "disagree"),
    ("at", "war"): Standing("is at war with", "fight"),
    ("in", "conflict"): Standing("is in conflict with", "conflict"),
    ("in", "dispute"): Standing("is in dispute with", "disagree"),
    ("in", "talk"): Standing("talks with", "talk"),
    ("in", "talks"): Standing("talks with", "talk"),
    ("in", "negotiation"): Standing("negotiates with", "negotiate"),
    ("in", "partnership"): Standing("partners with", "partner"),
    ("in", "alliance"): Standing("is allied with", "ally"),
    # entering a state: "Acme entered into talks with Bolt", "X entered into a partnership with Y"
    ("into", "talk"): Standing("talks with", "talk"),
    ("into", "talks"): Standing("talks with", "talk"),
    ("into", "negotiation"): Standing("negotiates with", "negotiate"),
    ("into", "partnership"): Standing("partners with", "partner"),
    ("into", "alliance"): Standing("is allied with", "ally"),
    ("into", "conflict"): Standing("is in conflict with", "conflict"),
    ("into", "dispute"): Standing("is in dispute with", "disagree"),
    # subordination: "the firm is under the aegis of X", "the port remains under the control of X"
    **{("under", noun): Standing(f"is under {noun} of", "control", "of")
       for noun in ("aegis", "auspices", "control", "command", "ownership", "authority", "supervision")},
    # a seat on a governing body: "Lee sits on the board of Acme", "who served on the board of X"
    ("on", "board"): Standing("is on board of", "member", "of"),
}
#: verbs whose surface subject is in the state their prepositional phrase names: copulas and
#: verbs of being held in a state ("locked in talks with", "embroiled in a dispute with"), and
#: of holding a seat ("sits on the board of", "served on the board of")
STATE_VERBS = frozenset({"be", "remain", "stay", "become", "seem", "appear", "lock", "embroil",
                         "engage", "enter", "find", "sit", "serve"})



def _stance(adjective: str, lemma: str, *parties: str) -> dict[tuple[str, str], Standing]:
    return {(adjective, party): Standing(f"is {adjective} {party}", lemma, party) for party in parties}


#: (adjective, preposition) -> reading: predicate adjectives of stance toward a party, a closed
#: list of general English ("Lee is critical of Hale", "Acme remains wary of China"). Adjectives
#: of place, likeness or duty ("close to", "similar to", "responsible for") are no stance.
STANCES: dict[tuple[str, str], Standing] = {
    **_stance("critical", "criticize", "of"),
    **_stance("supportive", "support", "of"),
    **_stance("opposed", "oppose", "to"),
    **_stance("hostile", "oppose", "to", "towards", "toward"),
    **_stance("loyal", "support", "to"),
    **_stance("allied", "ally", "with", "to"),
    **_stance("concerned", "worry", "about", "over", "by"),
    **_stance("worried", "worry", "about", "over", "by"),
    **_stance("wary", "distrust", "of"),
    **_stance("suspicious", "distrust", "of"),
    **_stance("sceptical", "doubt", "of", "about"),
    **_stance("skeptical", "doubt", "of", "about"),
    **_stance("eager", "want", "for"),
    **_stance("keen", "want", "on"),
    **_stance("angry", "criticize", "with", "at"),
    **_stance("furious", "criticize", "with", "at"),
    **_stance("unhappy", "criticize", "with", "about"),
    **_stance("dissatisfied", "criticize", "with"),
    **_stance("grateful", "thank", "to"),
}
#: participles the parser reads as a passive although they are stance adjectives: "Acme was
#: opposed to the merger" (no agent; "was opposed by X" stays a passive)
_STANCE_PARTICIPLES = frozenset({"opposed", "allied", "concerned", "worried"})

#: the tokens the registry calls `frames` on: a state noun, a predicate adjective (stance), or
#: a participle ("based", a stance read as a passive)
FRAMES_HEADS = Heads(pos=frozenset({"NOUN"}), dep=frozenset({"acomp"}), tag=frozenset({"VBN"}))


def frames(ctx: Context, noun) -> Iterator[Frame]:
    """The frame of a state noun after "at"/"in" with a "with" party and a holder; of a
    stance adjective with its party (stance_frames); and of "based" with its place
    (based_frames)."""
    if noun.lower_ == "based" and noun.tag_ == "VBN":
        yield from based_frames(ctx, noun)
        return
    if noun.pos_ != "NOUN":
        yield from stance_frames(ctx, noun)
        return
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.dep_ != "prep":
        return
    reading = STANDINGS.get((prep.lower_, noun.lemma_.lower())) or STANDINGS.get((prep.lower_, noun.lower_))
    if reading is None:
        return
    governor = prep.head
    if governor.pos_ not in {"VERB", "AUX"} or lemma_of(governor) not in STATE_VERBS:
        return  # "sanctions hit Iran, at odds with the US": the PP's holder is not the subject
    holders = grammatical_subject(governor)
    parties = tuple(argument(Role.PREPOSITIONAL, p, keep=Keep.NAMED) for w in noun.children
                    if w.dep_ == "prep" and w.lower_ == reading.party for p in w.children if p.dep_ == "pobj")
    if not holders or not parties:
        return
    yield Frame("standing", noun.i, reading.lemma, "standing", subjects=named(noun.doc, holders),
                arguments=parties, words=reading.words, scope=scope_of(governor))


def stance_frames(ctx: Context, adjective) -> Iterator[Frame]:
    """"Lee is critical of Hale", "the Bank remains concerned about the risks", "Acme was
    opposed to the merger" -> (holder, is critical of | ..., party): a stance adjective
    (STANCES) predicated of its holder by a copula or a verb of state, with the party as the
    object of its preposition. The holder must be named; the party may be a concept (scored
    as one)."""
    if adjective.dep_ == "acomp" and adjective.pos_ in {"ADJ", "VERB"}:
        governor = adjective.head  # "is critical of", "remains concerned about"
        if governor.pos_ not in {"VERB", "AUX"} or lemma_of(governor) not in STATE_VERBS:
            return
    elif adjective.lower_ in _STANCE_PARTICIPLES and adjective.tag_ == "VBN":
        if not any(c.dep_ == "auxpass" for c in adjective.children) \
                or any(c.dep_ == "agent" for c in adjective.children):
            return  # "was opposed by X" is a passive with its doer
        governor = adjective
    else:
        return
    for prep in (c for c in adjective.children if c.dep_ == "prep"):
        reading = STANCES.get((adjective.lower_, prep.lower_))
        parties = tuple(argument(Role.PREPOSITIONAL, p) for p in prep.children if p.dep_ == "pobj")
        holders = grammatical_subject(governor)
        if reading is None or not parties or not holders:
            continue
        yield Frame("standing", adjective.i, reading.lemma, "standing", subjects=named(adjective.doc, holders),
                    arguments=parties, words=reading.words, scope=scope_of(governor))
        return


def named(doc, holders: tuple[Argument, ...]) -> tuple[Argument, ...]:
    """The holders with their coordinated siblings, kept only when named: a state of "the
    comments" or "the firm" is no fact between parties."""
    return tuple(argument(h.role, doc[h.head], via=h.via, keep=Keep.NAMED) for h in holders)


#: entity labels of where a holder is based, and of who can be based somewhere
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_BASED_LABELS = frozenset({"ORG", "PERSON"})


def based_frames(ctx: Context, based) -> Iterator[Frame]:
    """"Denmark-based retailer Salling Group", "Acme, a firm based in Paris" -> (holder, based
    in, place): the place of a hyphenated prefix or of "based in"; the holder is the name the
    participle's noun is (or titles, or renames). A common noun with no name gives nothing."""
    places = [c for c in based.children if _place(ctx, c) and (
        c.i < based.i and c.dep_ in {"npadvmod", "compound", "nmod"} and _hyphen_before(ctx, c, based)
    )]
    places += [p for c in based.children if c.dep_ == "prep" and c.lower_ == "in"
               for p in c.children if p.dep_ == "pobj" and _place(ctx, p)]
    holder = _based_holder(ctx, based)
    if not places or holder is None:
        return
    yield Frame("standing", based.i, "base", "standing", subjects=(holder,), words="based in",
                arguments=tuple(Argument(Role.PREPOSITIONAL, p.i, preposition="in", keep=Keep.NAME_SPAN)
                                for p in places[:1]))


def _place(ctx: Context, token) -> bool:
    span = ctx.names.entity_at(token.i)
    return span is not None and span.label in _PLACE_LABELS


def _hyphen_before(ctx: Context, place, based) -> bool:
    """The place's name ends right before a hyphen glued to "based": "UK-based"."""
    span = ctx.names.entity_at(place.i)
    doc = based.doc
    return span.end + 1 == based.i and doc[span.end].tag_ == "HYPH" and not doc[span.end - 1].whitespace_ \
        and not doc[span.end].whitespace_


def _based_holder(ctx: Context, based) -> Argument | None:
    """The named organisation or person "based" describes: the name it modifies ("a London-based
    Acme"), the name right after the noun it modifies ("Paris-based retailer Acme"), the name
    the noun renames ("Acme, a Paris-based firm"; "a firm based in Paris, Acme")."""
    noun = based.head if based.dep_ in {"amod", "acl"} else None
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    candidates = [noun]
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        candidates.append(noun.head)  # "retailer Acme": the noun titles the name after it
    if noun.dep_ == "appos":
        candidates.append(noun.head)  # "Acme, a Paris-based firm"
    candidates += [c for c in noun.children if c.dep_ == "appos"]  # "a firm based in Paris, Acme"
    for token in candidates:
        span = ctx.names.entity_at(token.i)
        if span is None or span.label not in _BASED_LABELS or ctx.names.doc[span.start:span.end].root != token:
            continue
        if token == noun.head and noun.dep_ == "compound" and span.start != noun.i + 1:
            continue  # the parse hung the noun on a later name: "X-based retailer Tesco and Y"
        return Argument(Role.SUBJECT, token.i, keep=Keep.NAME_SPAN)
    return None
