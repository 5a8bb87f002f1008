"""Verbal clauses: a verb with its subjects, objects and prepositional objects.

"Putin praised North Korea" -> subject Putin, object North Korea; "arrived in Pyongyang" keeps
the preposition; times and circumstances ("during", "in a bid") are adjuncts, not arguments.
Passives, control, relative clauses, coordination and light verbs are read by their own
modules; this one puts the clause together.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from extract.frames import addressee, content, control, coordination, light_verb, passive, relative
from extract.frames.clause import dependents, is_copula, is_predicate
from extract.frames.coordination import argument
from extract.frames.scope import hedged_noun, scope_of
from extract.frames.speech import SAY_VERBS, SPEECH_VERBS
from extract.frames.subject import grammatical_subject, subjects_of
from extract.frames.types import Argument, Context, Frame, Heads, Keep, Role, Via
from extract.mentions import TITLE_HEADS, VAGUE_ADJECTIVES, VAGUE_NOUNS
from extract.relations import PREP_IDIOMS, category, lemma_of, verb_of_noun

_OBJ = frozenset({"dobj", "dative"})
#: prepositions whose object is a time, manner or circumstance, never an argument of the event
ADJUNCT_PREPS = frozenset({
    "during", "after", "before", "since", "until", "amid", "despite", "while", "throughout",
    "via", "per", "than", "like", "unlike", "including", "except", "beyond", "within", "among",
    "amongst", "upon", "through", "because", "as", "according", "regarding", "concerning",
})
#: prepositions whose concept objects are circumstances ("in desperation"); their entity
#: objects stay arguments ("arrived in Pyongyang")
#: prepositions that join a named entity to a concept object: "sanctions on Russia"
NOUN_COMPLEMENT_PREPS = frozenset({"to", "for", "against", "with", "on", "of", "over", "from", "into"})
CIRCUMSTANCE_PREPS = frozenset({"in", "at", "over", "under", "within", "out"})
#: entity types that are times and amounts, never participants
_VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_EMBEDDED = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "pcomp", "relcl", "acl", "csubj"})


#: the tokens the registry calls `frames` on: a verb, or an auxiliary: is_predicate and the clause test need one
FRAMES_HEADS = Heads(pos=frozenset({"VERB", "AUX"}))


def frames(ctx: Context, verb) -> Iterator[Frame]:
    """The frame of a verb: its logical reading (when it heads an event with a subject) and
    its syntactic reading (when it heads a clause)."""
    if _inside_a_name(ctx, verb):
        return  # "to Salling Group A/S": the parser's verb is the first word of a company's name
    if imperative_name(verb):
        return  # "groups include Stop Stansted Expansion": the verb is the first word of a name
    if cut_clause_object(verb):
        return  # "I believe the government, which ..., took X": the believed clause's subject
    if inside_a_title(verb):
        return  # "Tory shadow health secretary Jane Miller": a word of the title, no verb
    if alleged_possession(verb):
        return  # "has alleged ties to X": others allege his ties; he alleges nothing
    event = is_predicate(verb)
    clause = verb.pos_ == "VERB" and verb.dep_ not in {"aux", "auxpass"} or (verb.pos_ == "AUX" and is_copula(verb))
    if not event and not (clause and verb.pos_ == "VERB"):
        return  # a copula: extract.frames.copula
    if comparison(verb):
        return  # "treats minorities well compared to other countries": no act of the subject
    subjects, is_passive = subjects_of(verb) if event else ((), False)
    if subjects and gerund_after_its_subject(verb):
        subjects = ()  # "had led to him working with X": he works, not the clause's subject
    lemma = lemma_of(verb)
    placing = _placing(verb)  # "put him in charge": the state phrase is no particle
    particle = " ".join(c.lower_ for c in verb.children if (c.dep_ == "prt" or _directional(verb, c))
                        and (placing is None or c.i != placing[1].i))
    rule = "passive" if is_passive else ("control" if verb.dep_ == "xcomp" else
                                         "relative" if verb.dep_ in {"relcl", "acl"} else
                                         "participle" if any(Via.ADVCL in s.via for s in subjects) else "svo")
    slots: list[Argument] = []
    if subjects:
        slots = objects(verb, is_passive)
        slots.extend(content.existential_content(verb))  # "warned there could be walkouts"
        slots.extend(content.appeal_addressees(verb))  # "called for Russia to withdraw"
        asked = content.appeal_prepositional_addressees(verb)  # the same, "for" read as the verb's
        if asked:
            slots = [slot for slot in slots if not (slot.preposition == "for" and slot.head in {a.i for a in asked})]
            slots.extend(argument(Role.PREPOSITIONAL, a, preposition=content.APPEAL_VERBS[lemma_of(verb)])
                         for a in asked)
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                meaning = PREP_IDIOMS.get((lemma, prep.lower_, pobj.lemma_.lower()))
                if meaning:  # "called the rules into question" -> questions the rules
                    # the idiom's object slot stays: the reader before the frame layer compared
                    # tokens by identity, which never matched; kept so that output is unchanged
                    lemma, particle = meaning, ""
        if lemma == lemma_of(verb):
            moved = idiom_on_object(verb, lemma)
            if moved:  # "put its tracks up for sale" with "for sale" hung on the tracks
                lemma, particle = moved, ""
        slots = [slot for slot in slots if not medium_of_communication(verb, slot)]
        if bare_placing(verb, lemma, particle):
            # "put Thatcher on the spot": a party put somewhere is no relation with the putter
            # (a concept object stays: "put money into Zeta" reads "puts money into" Zeta)
            slots = [slot for slot in slots if not _party_object(verb, verb.doc[slot.head])]
        slots.extend(control.accused(verb, lemma, slots))
        slots = completed_objects(verb, lemma, slots)
        slots = addressee.addressed(ctx.names, verb, lemma, slots)  # "told Reuters that ...", "made it clear to X"
        doc = verb.doc
        slots = [_marked(verb, lemma, slot, doc[slot.head]) for slot in slots]
    yield Frame("verbal_clause", verb.i, lemma, rule, subjects=subjects, arguments=tuple(slots),
                grammatical=grammatical_subject(verb) if clause else (), dependents=dependents(verb),
                scope=scope_of(verb), particle=particle, passive=is_passive,
                embedded=tuple(c.i for c in verb.children if c.dep_ in _EMBEDDED))


def idiom_on_object(verb, lemma: str) -> str | None:
    """The meaning of a verb's prepositional idiom (relations.PREP_IDIOMS) whose phrase the
    parser hung on the direct object instead of the verb ("has put its greyhound tracks up
    for sale": 'for sale' on 'tracks'), else None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                meaning = PREP_IDIOMS.get((lemma, prep.lower_, pobj.lemma_.lower()))
                if meaning:
                    return meaning
    return None


#: media a message goes out on (general English and the common platforms): "on Twitter",
#: "on radio", "on state television" say how something was said or shown, not to or about whom
MEDIA = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "weibo",
                   "linkedin", "snapchat", "reddit", "radio", "television", "tv", "air", "camera",
                   "website", "blog", "podcast", "internet", "web", "online", "media", "platform",
                   "account", "page", "feed", "channel", "livestream", "broadcast"})


def medium_of_communication(verb, slot) -> bool:
    """True for an "on" phrase naming the medium a message went out on ("on Twitter referred
    to the vote as X", "said on state television"): an adjunct of the act, never its argument
    ("refers on Twitter"). Only with a verb of speech, reference or description without a
    direct object (with one, the medium is where that thing went: "posts message on Facebook")."""
    if slot.preposition != "on" or not slot.heads:
        return False
    if lemma_of(verb) not in SPEECH_VERBS | REFERRING_VERBS:
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "shared an update on the IRC channel": where the thing went out, kept
    noun = verb.doc[slot.head]
    return noun.lower_ in MEDIA or noun.lemma_.lower() in MEDIA


#: verbs that name or describe something (a speech act on their object)
REFERRING_VERBS = frozenset({"refer", "call", "label", "brand", "dub", "term", "comment", "share",
                             "announce", "speak", "talk", "attack", "criticise",
                             "criticize", "praise", "blame", "accuse", "thank", "congratulate",
                             "mock", "slam", "respond", "reply", "react", "urge", "ask", "promise"})


def _party_object(verb, token) -> bool:
    """A direct object of `verb` that names a party or stands for one (a name, a pronoun)."""
    return token.dep_ == "dobj" and token.head.i == verb.i and (
        token.pos_ in {"PROPN", "PRON"} or token.ent_type_ in _PARTY_TYPES)


def bare_placing(verb, lemma: str, particle: str) -> bool:
    """True for a verb of placing with neither particle nor idiom nor state phrase
    (`placed`): its direct object alone ("X puts Y") keeps only a fragment of the phrase."""
    return lemma in _EMPTY_WITH_OBJECT_ALONE and not particle and placed(verb) is None


def comparison(verb) -> bool:
    """True for "compare" without a subject of its own: "compared to/with X" (also the
    unmarked "compare to X") measures the clause against X; its subject does not compare."""
    return verb.lemma_.lower() == "compare" and verb.tag_ in {"VBN", "VB", "VBG"} \
        and passive.own_subject(verb) is None and verb.dep_ in {"advcl", "prep", "pcomp", "acl", "advmod", "npadvmod"}


#: object-case pronouns: before a gerund they are its subject ("led to him working"), never a
#: subject of a finite verb, so the gerund's subject is the pronoun, not the clause's subject
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def gerund_after_its_subject(verb) -> bool:
    """True for a gerund without a subject of its own right after an object-case pronoun:
    "eTranslate had led to him working with X" -- the pronoun does the working; the parse hangs
    the gerund on the main verb, as if the main subject did."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return verb.doc[verb.i - 1].lower_ in OBJECT_PRONOUNS


def _subject_of_a_gerund(noun) -> bool:
    """An object-case pronoun right before a gerund is the gerund's subject: the object of
    "led to him working" is the clause "he works", not him."""
    return noun.i + 1 < len(noun.doc) and gerund_after_its_subject(noun.doc[noun.i + 1])


#: entity types whose names are names of parties: a word inside one is no verb of the clause
_PARTY_TYPES = frozenset({"ORG", "PERSON", "GPE", "FAC", "NORP", "LOC"})


#: the longest run of words between a title's verb-tagged word and its head noun
_TITLE_RUN = 4


def inside_a_title(verb) -> bool:
    """True for a bare verb form inside a title before a name: "Tory shadow local government
    secretary Jane Miller" ("shadow" tagged VB). A singular noun right before a bare form
    cannot be its subject (it would take "shadows"), and the lower-case words after it end in
    a title's head noun right before a person's name: the whole run is the person's title."""
    doc = verb.doc
    if verb.tag_ not in {"VB", "VBP"} or verb.i == 0 or not verb.is_lower \
            or any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False
    before = doc[verb.i - 1]
    if before.tag_ not in {"NN", "NNP"} or before.sent.start != verb.sent.start:
        return False
    if _names_the_subject(verb):
        return True
    for j in range(verb.i + 1, min(verb.i + 2 + _TITLE_RUN, len(doc) - 1)):
        word = doc[j]
        if word.lower_ in TITLE_HEADS and doc[j + 1].ent_type_ == "PERSON":
            return True
        if not word.is_lower or not word.is_alpha or word.pos_ not in {"ADJ", "NOUN", "VERB"}:
            return False
    return False


#: finite verb tags: the verb of a clause
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _names_the_subject(verb) -> bool:
    """True for a bare form right before a person's name that a finite verb follows: "Caloundra
    coach Jim Hale said", "Acme chair Jane Doe resigned". The name is the subject of that verb,
    so the bare form cannot have it as its object: it is the role noun of the title before the
    name (the place or organisation before it is whom he serves). "Arsenal sign Jim Hale." and
    "Arsenal sign Jim Hale from Leeds" keep their verb: nothing follows the name as a verb."""
    doc = verb.doc
    first = verb.i + 1
    if first >= len(doc) or doc[first].ent_type_ != "PERSON" or doc[first].ent_iob_ != "B":
        return False
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end < len(doc) and doc[end].tag_ in _FINITE and doc[end].pos_ in {"VERB", "AUX"}


#: participles that, before a noun, say others claim it: "alleged ties", "suspected links"
_CLAIMED = frozenset({"alleged", "purported", "rumoured", "rumored", "suspected", "reputed"})


def alleged_possession(verb) -> bool:
    """True for "has alleged ties to X": "has" is the possessive verb and "alleged" the
    adjective of its object (others allege the ties), though the parser reads a perfect
    "has alleged". Read so only when the bare object right after the participle has its own
    "to"/"with" complement ("ties to", "links with"): "has alleged fraud" stays a claim of the
    subject."""
    doc = verb.doc
    if verb.lower_ not in _CLAIMED or verb.tag_ != "VBN" or verb.i + 1 >= len(doc) \
            or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    noun = doc[verb.i + 1]
    return noun.head.i == verb.i and noun.dep_ == "dobj" and noun.pos_ == "NOUN" \
        and any(c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in noun.children)


def _inside_a_name(ctx: Context, verb) -> bool:
    """True for a -ing or -ed word the parser made a verb although it is the first word of a
    multi-word name ("sell its branch to Salling Group A/S" read as "salling Group A/S")."""
    doc = verb.doc
    return verb.ent_iob_ == "B" and verb.ent_type_ in _PARTY_TYPES and verb.i + 1 < len(doc) \
        and doc[verb.i + 1].ent_iob_ == "I" and verb.tag_ in {"VBG", "VBN"} and verb.is_title and not verb.is_sent_start


#: verbs of cognition whose object is usually a clause ("I believe the government took X");
#: with a direct object they name what is believed, not a relation with it
COGNITION_VERBS = frozenset({"believe", "think", "suppose", "feel", "reckon", "guess", "imagine",
                             "assume", "presume"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def cut_clause_object(verb) -> bool:
    """True for a verb of cognition whose direct object is the subject of a clause the parser
    cut off: a finite verb after the object, outside its phrase, without a subject of its own
    ("I believe the government of the UK, which was ..., took the information"). The object
    is what the clause is about, not what is believed; the clause is the believed content."""
    if lemma_of(verb) not in COGNITION_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    end = objects[0].right_edge.i
    sentence_end = verb.sent.end
    doc = verb.doc
    return any(doc[i].pos_ in {"VERB", "AUX"} and doc[i].tag_ in _FINITE and doc[i].dep_ != "conj"
               and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in doc[i].children)
               for i in range(end + 1, sentence_end))


#: what may stand before an imperative that really is one: "He said: Stop the war", "(Stop it)"
_IMPERATIVE_OPENERS = frozenset({'"', "'", "“", "‘", ":", ";", "(", "[", "-", "–", "—"})


def imperative_name(verb) -> bool:
    """True for a capitalised base-form verb inside a sentence that opens a title-cased run:
    the first word of a name made of an imperative ("include Stop Stansted Expansion and X",
    "backed by Save the Children", "such as Stop the War Coalition"). English capitalises a
    verb inside a sentence only in a name (or after a colon or a quote, which open a sentence
    of their own); a title-cased sentence (a headline) capitalises every word, so it says
    nothing there."""
    if verb.tag_ != "VB" or not verb.is_title or verb.is_sent_start:
        return False
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text in _IMPERATIVE_OPENERS:
        return False
    nxt = verb.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "the":
        nxt += 1  # "Save the Children", "Stop the War Coalition"
    if not (verb.ent_iob_ in {"B", "I"} or nxt < len(doc) and doc[nxt].is_title):
        return False
    # not a title-cased headline: its common words are capitalised too
    words = [t for t in verb.sent if t.is_alpha and len(t) > 3 and t.i != verb.i
             and t.pos_ != "PROPN" and t.ent_iob_ == "O"]
    return sum(t.is_title for t in words) * 2 <= len(words)


#: adverbs of direction that, after a verb's object, change what the verb means: "take Britain
#: forward" is no taking of Britain, "bring the troops home" no bringing; they join the relation
#: as a particle does ("takes forward")
DIRECTIONAL_ADVERBS = frozenset({"forward", "forwards", "back", "backward", "backwards", "away", "aside",
                                 "apart", "together", "home", "onward", "onwards"})


def _directional(verb, child) -> bool:
    return child.dep_ in {"advmod", "npadvmod"} and child.lower_ in DIRECTIONAL_ADVERBS and child.i > verb.i


#: verbs of appointment: with an office after the object ("appointed him Foreign Secretary",
#: "elected her chair") they act on the object, who is then appointed; not a small clause
APPOINTING_VERBS = frozenset({"appoint", "reappoint", "elect", "re-elect", "name", "nominate", "crown",
                              "install", "choose", "select"})


def object_predicative(verb) -> bool:
    """True when a verb's direct object is the subject of a small clause: "ruled the closure
    unlawful", "called the deal a disaster", "found the plan sound". The verb says
    something about the object AND its predicate; neither "rules closure" nor "calls
    disaster" is stated, so such a clause gives no object fact (a labelling verb's object is
    read with its label instead: `labelled`). A verb of wanting with a place
    phrase after its object is one too: "wants troops out of Iraq" is no wanting of troops. A
    verb of appointment with an office ("appointed him Foreign Secretary") acts on its object:
    not this."""
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    if not direct or appointed(verb):
        return False
    first = direct[0].i
    for child in verb.children:
        if child.i > first and child.dep_ == "prep" and child.lower_ in PLACE_PREDICATES \
                and lemma_of(verb) in DESIRE_VERBS:
            return True  # "wanted the issue off the table", "wants troops out of Iraq"
        if child.i <= first or child.dep_ in {"prep", "punct", "cc", "conj", "mark", "advcl", "relcl"}:
            continue
        if child.dep_ == "oprd" or child.pos_ == "ADJ" and child.dep_ in {"advmod", "acomp", "ccomp", "xcomp", "amod"}:
            return True
    return lemma_of(verb) in RESULTATIVE_VERBS and any(_predicate_adjective(o) for o in direct) \
        or placed(verb) is not None


#: verbs of placing: with an object and a state phrase after it ("put Lee in charge of the
#: campaign", "placed the firm under review", "put the project on hold") the meaning is the
#: state; "puts Lee" alone is empty (a closed class of English)
PLACING_VERBS = frozenset({"put", "place", "set"})
#: prepositions of such a state phrase
_PLACING_PREPS = frozenset({"in", "on", "under", "at", "into"})
#: the placing verbs that say nothing with their object alone: "puts Thatcher" is a fragment
#: of "put Thatcher on the spot / on hold / up for sale" ("set a record" is a fact)
_EMPTY_WITH_OBJECT_ALONE = PLACING_VERBS - {"set"}


def placed(verb):
    """(object, state words) of a verb of placing whose direct object is followed by a state
    phrase, a preposition and a bare singular noun ("put Lee in charge of X" -> (Lee, "in
    charge"), "who Mr Blair put in charge" -> (the relative's noun, "in charge")), else None."""
    found = _placing(verb)
    if found is None:
        return None
    obj, prep, state = found
    # a one-word bare "of" phrase names the state with it: "into a state of emergency"
    named = [o for p in state.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and o.tag_ == "NN" and not list(o.children)]
    return obj, " ".join([prep.lower_, state.lower_, *(["of", named[0].lower_] if named else [])])


def _placing(verb):
    """(object, preposition, state noun) of `placed`, else None. The parser may call the
    preposition a particle ("put in charge")."""
    if lemma_of(verb) not in PLACING_VERBS:
        return None
    direct = relative.relative_object(verb) or [c for c in verb.children if c.dep_ == "dobj"]
    if len(direct) != 1:
        return None
    after = direct[0].i if direct[0].head == verb else verb.i
    for prep in (c for c in verb.children if c.dep_ in {"prep", "prt"} and c.i > after
                 and c.lower_ in _PLACING_PREPS):
        state = [o for o in prep.children if o.dep_ == "pobj" and o.tag_ == "NN" and o.pos_ == "NOUN"
                 and not any(d.dep_ in {"det", "poss", "nummod", "amod", "compound"} for d in o.children)
                 and (lemma_of(verb), prep.lower_, o.lemma_.lower()) not in PREP_IDIOMS]
        if state:  # an idiom reads as its own verb ("put X at risk" -> endangers X)
            return direct[0], prep, state[0]
    return None


#: verbs that take an object and a predicate adjective after it, a small clause whose adjective
#: carries the meaning: "left the rate unchanged", "kept the road open", "held them
#: responsible", "found him guilty", "made it clear". Without the adjective the verb is empty or
#: false ("leaves rate", "holds minister"). A closed class of English complex-transitive verbs.
RESULTATIVE_VERBS = frozenset({"leave", "keep", "hold", "find", "make", "render", "deem", "declare",
                               "consider", "prove", "judge", "rule", "set", "get", "push", "drive"})


def _predicate_adjective(obj) -> bool:
    """True when an object has an adjective right after it that the parser hung on the noun
    ("left its rate unchanged" read as "rate unchanged"): English adjectives go before their
    noun, so one after a resultative verb's object is the small clause's predicate. An
    indefinite pronoun's own adjective ("found something new") is an attribute."""
    nxt = obj.i + 1
    if obj.pos_ == "PRON" and obj.lower_.startswith(("some", "any", "no", "every")):
        return False
    return nxt < len(obj.doc) and obj.doc[nxt].pos_ == "ADJ" and obj.doc[nxt].head.i == obj.i \
        and obj.doc[nxt].dep_ == "amod"


#: verbs whose object complement is the label they give their object: "called Biden a liar",
#: "branded the plan a disaster" (said of the object, like "described X as Y")
LABELLING_VERBS = frozenset({"call", "label", "brand", "dub", "term"})
#: the most words of a label joined to a relation
_LABEL_WORDS = 3


def labelled(verb):
    """(object, label words) of a labelling verb with a direct object and a one-noun or
    adjective label after it ("called Biden a liar" -> (Biden, "liar"), "called the plan
    unworkable"), else None. Not when the label is coordinated or runs on ("called the move a
    smash and grab", which the parse breaks), nor for verbs that judge or rule ("ruled the
    closure unlawful" states no act toward the closure)."""
    if lemma_of(verb) not in LABELLING_VERBS:
        return None
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    labels = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "ADJ"}]
    if len(direct) != 1 or len(labels) != 1 or labels[0].i < direct[0].i:
        return None
    label = labels[0]
    if any(c.dep_ in {"cc", "conj", "prep", "relcl", "acl"} for c in label.children) \
            or any(c.dep_ in {"cc", "conj"} and c.i > label.i for c in verb.children):
        return None
    words = [t.lower_ for t in label.subtree if t.dep_ not in {"det", "poss", "punct", "case", "advmod"} and t.is_alpha]
    return (direct[0], " ".join(words)) if 0 < len(words) <= _LABEL_WORDS else None


#: verbs of wanting: their object is a state of affairs, so a place phrase after the object is
#: its predicate ("wants troops out of Iraq" wants no troops; "wanted the issue off the table")
DESIRE_VERBS = frozenset({"want", "need", "wish", "like", "prefer", "expect"})
#: prepositions that, after such an object, say where it should be (or not be)
PLACE_PREDICATES = frozenset({"off", "out", "away", "outside", "inside", "behind"})


def appointed(verb) -> bool:
    """True for a verb of appointment whose object is given an office, a noun after it:
    "Theresa May appointed him Foreign Secretary", "the board named Ann Lee chief executive"."""
    return lemma_of(verb) in APPOINTING_VERBS and any(
        c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


#: participles that, before a title, say how its holder holds the office: "sitting President
#: X", "outgoing Chancellor Y", "acting Director Z" -- adjectives of the title, never a verb
#: whose object is the holder
OFFICE_PARTICIPLES = frozenset({"sitting", "outgoing", "incoming", "acting", "reigning", "ruling",
                                "serving", "retiring", "departing", "presiding", "governing", "founding",
                                "managing", "caretaking", "standing"})


def _office_adjective(verb, obj) -> bool:
    """True for "by sitting President Ann Lee" parsed as a gerund "sitting" with the name as
    its object: the participle stands right before a title word of the name."""
    doc = verb.doc
    nxt = verb.i + 1
    return verb.lower_ in OFFICE_PARTICIPLES and not any(c.dep_ == "aux" for c in verb.children) \
        and nxt < obj.i and doc[nxt].dep_ == "compound" and doc[nxt].head.i == obj.i and doc[nxt].is_title


def _before_the_subject(verb, obj) -> bool:
    """True for an "object" the parser found before its verb's own subject: English objects
    follow the verb, and a noun before the subject is a fragment of something else ("1st Fleet
    Command's agency head X told Y" read with "1st" as what X told). Relative and question
    words ("which", "what") are left to their modules."""
    if obj.i > verb.i or obj.tag_ in {"WDT", "WP", "WP$"}:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and obj.i < c.i < verb.i for c in verb.children)


def _unnamed_thing(obj) -> bool:
    """A direct object that names no thing of its own: a vague noun ("the matter", "the
    issue") or a pronoun of a thing ("it", "this")."""
    return obj.lower_ in VAGUE_NOUNS or obj.pos_ == "PRON" and obj.lower_ in {"it", "this", "that", "them"} \
        or obj.pos_ == "DET" and obj.lower_ in {"this", "that"}


#: prepositions that, after a vague object, name the verb's party: "struck a deal with Acme",
#: "took steps against Acme" ("to" is read for any unnamed thing: `_unnamed_thing`)
PARTY_PREPS = frozenset({"with", "against"})
#: vague nouns that measure or sort ("a lot of", "a kind of", "some time with"): no act of the
#: verb toward the preposition's object ("had a lot in common with X")
_MEASURE_NOUNS = frozenset({"lot", "number", "kind", "sort", "type", "part", "half", "rest", "bit",
                            "amount", "percent", "per", "cent", "time", "times", "way", "ways", "thing",
                            "things", "something", "anything", "everything", "stuff", "extent", "degree",
                            "terms", "term", "line", "side", "sense", "regard", "respect", "manner"})


def vague_party_noun(obj) -> bool:
    """True for a vague common noun object that still names an act toward a party ("a deal",
    "steps", "an interview", "talks about the issue"), not a measure or manner ("a lot", "some
    time", "in a way"). Such a noun is no node of its own (extract.mentions.VAGUE_NOUNS), so a
    named party after it is kept alone, the noun joining the relation: "struck a deal with
    Acme" -> strikes deal with Acme."""
    return obj.pos_ == "NOUN" and obj.lower_ in VAGUE_NOUNS and obj.lower_ not in _MEASURE_NOUNS \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _forum(prep) -> bool:
    """"Before" with a named organisation is a place, not a time: "brought the case before the
    court", "testified before Congress" (an institution one appears in front of); "before
    the election", "before 2020" stay times."""
    return prep.lower_ == "before" and any(p.dep_ == "pobj" and p.ent_type_ == "ORG" for p in prep.children)


#: verbs of transfer, whose first object before an amount is its recipient ("gave Labour £2m",
#: "paid the firm $5m"): closed, general English (the give/send/future-having classes). After
#: other verbs an amount measures the act and the object is its patient: "led Trump 49
#: percent to 42", "beat Leeds 3-1", "fined the club £5m", "cost the firm $2bn"
TRANSFER_VERBS = frozenset({
    "give", "donate", "pay", "lend", "loan", "grant", "award", "offer", "sell", "hand", "owe",
    "promise", "allocate", "allot", "pledge", "send", "wire", "transfer", "bequeath", "leave",
    "refund", "repay", "advance", "guarantee", "issue", "provide", "contribute", "bring",
    "ship", "mail", "forward", "rent", "lease", "assign", "gift", "funnel", "channel"})


def _recipient(verb, obj) -> bool:
    """True when a first object is the recipient of a transfer: "gave Labour £2m", "donated the
    Red Cross $5m" (a dative, or an object before an amount after a verb of transfer): it keeps
    its "to"."""
    if obj.dep_ == "dative" and obj.pos_ in {"NOUN", "PROPN"}:
        return True
    return obj.dep_ == "dobj" and lemma_of(verb) in TRANSFER_VERBS and any(
        c.i > obj.i and c.dep_ in {"dobj", "npadvmod"} and (c.ent_type_ in {"MONEY", "QUANTITY"} or c.like_num
                                                            or any(g.like_num for g in c.children))
        for c in verb.children)


#: verbs whose direct object is the recipient and whose "with" object the thing given:
#: "provided the BBC with figures" = provided figures to the BBC
SUPPLY_WITH_VERBS = frozenset({"provide", "supply", "furnish", "equip", "arm", "present", "entrust"})


def supplied_with(verb, direct: list):
    """The thing given when a supply verb's one direct object is its recipient: "provided the
    BBC with figures" -> figures (the BBC is given them, not provided); else None."""
    if lemma_of(verb) not in SUPPLY_WITH_VERBS or len(direct) != 1:
        return None
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj" and p.i > direct[0].i), None)


#: verbs whose direct object is only half of what is said, with the preposition of the other
#: half: "asked X for his resignation" (not "asks X"), "named X as the main threat"
OBJECT_COMPLEMENT_PREPS = {"ask": "for", "name": "as", "describe": "as", "brand": "as", "label": "as",
                           "regard": "as", "portray": "as", "dub": "as"}
#: the most words of a complement joined to a relation
_COMPLEMENT_WORDS = 5


def completed_objects(verb, lemma: str, slots: list[Argument]) -> list[Argument]:
    """Direct objects that say nothing without the verb's other complement: "asked X for his
    resignation" keeps "for resignation" in the relation ("asks for resignation" X). (The
    addressee of "informed X that Y" is read by extract.frames.addressee.)"""
    doc = verb.doc
    prep = OBJECT_COMPLEMENT_PREPS.get(lemma)
    words = ""
    if prep is not None:
        pobj = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                     for p in c.children if p.dep_ == "pobj"), None)
        if pobj is not None and not any(c.dep_ in {"acl", "relcl"} for c in pobj.children):
            # the noun with its modifiers and an "of" phrase (times and places after it are
            # adjuncts); a complement that runs on into a clause ("as a try to ...") is left out
            phrase = list(doc[pobj.left_edge.i:pobj.i + 1]) + [
                t for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
            kept = [t.lower_ for t in phrase if t.dep_ not in {"det", "poss", "punct", "case"}]
            words = " ".join([prep] + kept[:_COMPLEMENT_WORDS])
    if not words:
        return slots
    return [replace(s, middle=words) if s.role == Role.OBJECT and not s.middle else s for s in slots]


#: prepositions whose coordinated objects name a set the event ranges over, not separate
#: participants: "rotated between Leeds, Bristol and Cardiff" is no fact about Leeds
SET_PREPS = frozenset({"between", "among", "amongst"})


def hyphen_half(token) -> bool:
    """The first half of a hyphenated word the tokenizer split and the parser read as a word
    of its own ("their ethnic mini-manifesto" parsed with "mini" as an object): it is part of
    the word that ends after the hyphen, never an object by itself (the hyphen, too)."""
    doc = token.doc
    if token.text == "-":
        return token.i > 0 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        and not doc[token.i + 1].whitespace_ and doc[token.i + 2].is_alpha


#: finite verb forms: one right after a noun opens a clause whose subject the noun is
_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})


def _claimed_subject(verb, obj) -> bool:
    """"Labour has maintained Mr Kane would have a role", parsed with "Mr Kane" as the
    object: a verb of saying or belief whose "object" is directly followed by a finite verb
    or modal takes the clause that noun is the subject of; the noun is no object of the
    saying ("maintains Kane" is not stated). Every verb of speech or belief reads so: "warned
    the Greens were the real threat" warns no Greens."""
    if lemma_of(verb) not in SPEECH_VERBS or obj.dep_ != "dobj" or obj.i < verb.i:
        return False
    after = obj.right_edge.i + 1
    # the finite verb is in the saying's own complement: in "failure to tell Parliament
    # angered Labour" it is the verb the saying hangs from, and Parliament is told
    return after < len(obj.doc) and obj.doc[after].tag_ in _FINITE and verb.is_ancestor(obj.doc[after])


#: participles that give a thing its name: "a program dubbed Zrinyi", "an operation called
#: Desert Storm", "a company named Acme"
NAMING_PARTICIPLES = frozenset({"dub", "call", "name", "codename", "title", "nickname", "brand"})


def named_as(obj):
    """The name a common-noun object is given by a naming participle: "launched a program
    dubbed Zrinyi 2026" launched Zrinyi 2026 (the noun only says what kind of thing it is);
    the name must be a proper noun, else the noun stays ("a tax called unfair")."""
    if obj.pos_ != "NOUN":
        return obj
    for acl in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in NAMING_PARTICIPLES):
        names = [c for c in acl.children if c.dep_ in {"oprd", "attr", "dobj"} and c.pos_ == "PROPN"]
        if names and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in acl.children):
            return names[0]
    return obj


def shared_head(obj):
    """The noun two coordinated demonyms modify: "sold its Thai and Malaysian stores to X" is
    parsed with "Thai" as the object and "Malaysian stores" as its conjunct; both demonyms
    modify "stores", which is the object (so "to X" is read beside it). Only when the
    conjunct noun has a demonym of its own: "met Americans and officials" stays two objects."""
    if obj.ent_type_ != "NORP" or obj.tag_ in {"NNS", "NNPS"} or obj.lower_.endswith("s"):
        return obj
    for conj in (c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
        if any(m.dep_ == "amod" and m.ent_type_ == "NORP" and m.i < conj.i for m in conj.children):
            return conj
    return obj


def glued_across_comma(noun) -> bool:
    """True for an "object" whose noun modifiers stand before a comma and a prepositional
    phrase of its own: "revealed a deal whereby, on May 2, Acme acquired Bolt" parsed with
    "deal" and "whereby" as compounds of "Acme". A prepositional phrase never stands among a
    noun's pre-modifiers in English, so the parse has glued two phrases and the noun is no
    object of the verb; no reading of it is safe. Coordinate adjectives ("the old, tired
    factory") and lists (hung as conj) are no such glue."""
    for comma in (c.i for c in noun.children if c.dep_ == "punct" and c.text == "," and c.i < noun.i):
        if any(c.dep_ in {"compound", "nmod"} and c.i < comma for c in noun.children) \
                and any(c.dep_ == "prep" and comma < c.i < noun.i for c in noun.children):
            return True
    return False


def _without_charge(verb, direct: list) -> list:
    """"accused Labour of "at best a half-truth, at worst a lie"": a verb of accusing takes one
    accused; a second direct object after it is the charge the parser cut loose from "of"
    (or "with"), never a second accused."""
    if len(direct) < 2 or category(verb.lemma_) != "accuse":
        return direct
    first = min(direct, key=lambda o: o.i)
    return [o for o in direct if o.i == first.i or o.dep_ != "dobj"]


def _without_comma_object(direct: list) -> list:
    """"issued a judgement favorable to the plaintiff, Eva Smith, a politician": a second
    direct object set off by a comma after the first is an apposition the parser cut loose,
    never a second object (a verb's two objects, "gave him the book", take no comma)."""
    if len(direct) < 2:
        return direct
    first = min(direct, key=lambda o: o.i)
    doc = first.doc

    def set_off(o) -> bool:
        return o.left_edge.i > first.i and (doc[o.left_edge.i].text == "," or doc[o.left_edge.i - 1].text == ",")
    return [o for o in direct if o.i == first.i or o.dep_ != "dobj" or not set_off(o)]


def set_off_after_subject(verb, prep) -> bool:
    """True for a prepositional phrase between commas after the verb's subject and before
    the verb: "Ann Lee, for the Greens, attacked the budget", "Lee, on behalf of the union,
    signed it". It says whom or in what capacity the subject acts (an aside on the subject
    the parser hung on the verb), never a party of the act ("attacks budget for Greens")."""
    doc = verb.doc
    start, end = prep.i, prep.right_edge.i
    if not start < verb.i or start == 0 or end + 1 >= len(doc):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < start]
    return bool(subjects) and doc[start - 1].text == "," and doc[end + 1].text == ","


#: prepositions of a state a noun is in, with a bare noun: "in deficit", "at risk", "on strike"
_STATE_PREPS = frozenset({"in", "at", "on", "under", "out", "off", "behind", "ahead"})


#: adverbs that predicate a state or a move of the noun before them in an absolute clause:
#: "with BP down 3%", "with the troops away", "with prices higher" (comparatives are read by tag)
_PREDICATE_ADVERBS = frozenset({"up", "down", "off", "out", "ahead", "behind", "away", "back", "aside",
                                "apart", "abroad", "overseas", "home", "alone", "together", "there",
                                "flat", "unchanged", "steady", "higher", "lower"})


def _absolute_with(verb, prep) -> bool:
    """"With the fund in deficit, the union wants Congress to act", "Shell fell 2%, with rival
    BP down 3%": a "with" phrase before the verb, or after it set off by a comma, whose noun
    has a predicate of its own (a state phrase with a bare noun, a participle, an adjective or
    adverb of state, the parser may hang on the verb) is an absolute clause setting the scene,
    no partner of the act."""
    if prep.lower_ != "with":
        return False
    set_off = prep.i > verb.i and prep.i > 0 and prep.nbor(-1).text in _SET_OFF
    if prep.i > verb.i and not set_off:
        return False
    if _predicate_after(prep) or set_off and _located(prep):
        return True
    for tok in prep.subtree:
        if tok.dep_ == "prep" and tok.lower_ in _STATE_PREPS and tok.head.pos_ in {"NOUN", "PROPN", "NUM"} \
                and any(p.dep_ == "pobj" and p.pos_ == "NOUN" and not any(d.dep_ in {"det", "poss"} for d in p.children)
                        for p in tok.children):
            return True
        if tok.dep_ in {"acl", "amod", "advmod"} and tok.i > tok.head.i and tok.head.head.i == prep.i \
                and (tok.tag_ in {"VBG", "VBN", "JJ", "JJR", "RBR"} or tok.lower_ in _PREDICATE_ADVERBS):
            return True  # "with the roads closed", "with BP shares lower"
    return False


#: what sets off a trailing absolute clause: "won 31% - with Lee among its candidates"
_SET_OFF = frozenset({",", ";", "-", "--", "\u2013", "\u2014"})
#: prepositions of a place, rank or capacity that predicate the noun of a set-off "with":
#: "with Lee at the helm", "with Lee among its candidates", "with Lee as chairman"
_PLACING_PREDICATES = frozenset({"at", "among", "in", "on", "under", "behind", "as", "inside", "outside"})


def _located(prep) -> bool:
    """A set-off "with" phrase whose noun has a phrase of place, rank or capacity of its own,
    on the noun or right after it: "..., with John Smith at the helm", "... - with Lee among
    its candidates" (the noun is where or what it is; no partner of the verb)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    end = prep.right_edge.i + 1
    after = prep.doc[end] if end < len(prep.doc) else None
    return any(c.dep_ == "prep" and c.i > obj.i and c.lower_ in _PLACING_PREDICATES for c in obj.children) \
        or after is not None and after.dep_ == "prep" and after.lower_ in _PLACING_PREDICATES


def _predicate_after(prep) -> bool:
    """The word right after a "with" phrase predicates its noun, though the parser hung it
    elsewhere: an adverb of state or direction ("with BP down 3%", "with prices higher"), an
    adjective ("with profits flat"), a participle ("with shares rising"), or a state phrase
    with a bare noun ("with the fund in deficit")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    end = prep.right_edge.i + 1
    if obj is None or obj.pos_ not in {"NOUN", "PROPN", "PRON"} or end >= len(prep.doc):
        return False
    nxt = prep.doc[end]
    while nxt.pos_ == "ADV" and nxt.tag_ == "RB" and nxt.lower_ not in _PREDICATE_ADVERBS \
            and end + 1 < len(prep.doc) and end < prep.right_edge.i + 3:
        end += 1  # "with BP also down", "with shares still higher"
        nxt = prep.doc[end]
    if nxt.pos_ == "ADV" and (nxt.lower_ in _PREDICATE_ADVERBS or nxt.tag_ == "RBR"):
        return True
    if nxt.pos_ == "ADJ" and nxt.tag_ in {"JJ", "JJR"} and nxt.head.i != end + 1 and nxt.dep_ != "amod":
        return True
    if nxt.tag_ in {"VBG", "VBN"} and nxt.dep_ not in {"amod", "compound"}:
        return True
    return nxt.dep_ == "prep" and nxt.lower_ in _STATE_PREPS and any(
        p.dep_ == "pobj" and p.pos_ == "NOUN" and not any(d.dep_ in {"det", "poss"} for d in p.children)
        for p in nxt.children)


#: the adverb that makes a preposition a contrast or an addition to the act: "instead of X",
#: "rather than X", "as well as X": what follows is what the subject does not do, or another act
_CONTRAST_ADVERBS = {"of": {"instead"}, "than": {"rather"}, "as": {"well"}}


def side_clause_adjunct(verb, prep) -> bool:
    """A prepositional phrase that is a side clause of its own gives the verb no argument: an
    absolute "with X + predicate" phrase, and "instead of / rather than X" ("Instead of
    taxpayers paying, the union wants ...": no "wants of taxpayers"), "as well as X -ing"."""
    if _absolute_with(verb, prep):
        return True
    adverbs = _CONTRAST_ADVERBS.get(prep.lower_, set())
    marked = any(c.dep_ == "advmod" and c.lower_ in adverbs for c in prep.children) \
        or prep.i > 0 and prep.nbor(-1).lower_ in adverbs
    if not marked:
        return False
    if prep.lower_ != "as":
        return True
    return any(t.tag_ == "VBG" for t in prep.subtree)


def objects(verb, is_passive: bool) -> list[Argument]:
    """The object slots of a verb: patients, direct and shared objects, prepositional objects."""
    slots = passive.patients(verb) if is_passive else []
    patient = slots[0].head if slots else None
    if not is_passive and object_predicative(verb):
        label = labelled(verb) or placed(verb)
        # "called Biden a liar" -> calls liar Biden, as "described Biden as a liar" reads
        return [argument(Role.OBJECT, label[0], middle=label[1])] if label is not None else []
    direct = [c for c in verb.children if c.dep_ in _OBJ and not _before_the_subject(verb, c)
              and not _office_adjective(verb, c)]
    if control.takes_no_object(verb) and not appointed(verb):
        direct = []
    direct = relative.relative_object(verb) or direct
    direct = [named_as(shared_head(o)) for o in direct]
    direct = _without_charge(verb, direct)
    direct = _without_comma_object(direct)
    direct = [o for o in direct if not _claimed_subject(verb, o) and not hyphen_half(o) and not glued_across_comma(o)
              and not currency_after_amount(o)]
    supplied = supplied_with(verb, direct)
    slots.extend(argument(Role.PREPOSITIONAL, obj, preposition="to", middle=supplied.lower_) if supplied is not None
                 else argument(Role.PREPOSITIONAL, obj, preposition="to") if _recipient(verb, obj)
                 else argument(Role.OBJECT, obj) for obj in direct if obj.lower_ not in passive.RELATIVE)
    if lemma_of(verb) not in REPLACING_VERBS:
        slots.extend(_possessors(direct))
    slots.extend(_noun_complements(verb, [o for o in direct if not _time_contrasted(o)]))
    slots.extend(coordination.shared_objects(verb, direct, is_passive))
    lemma = lemma_of(verb)
    # "put £1bn into Gavi", "invested $5bn in X": an amount is no participant, the recipient is
    amounts = bool(direct) and all(o.ent_type_ in _VALUE_TYPES or o.like_num or amount_unit(o) for o in direct)
    if any(c.dep_ in {"attr", "acomp"} for c in verb.children) or lemma in SPEECH_VERBS:
        # "became secretary of X": the preposition belongs to the complement; "on the tax
        # questions, he added": a speech verb's prepositions are topics and settings
        return [replace(slot, keep=Keep.NAMED) for slot in slots] if lemma in SAY_VERBS else slots
    shares = any(share_amount(o) for o in direct)
    for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP"):
        word = prep.lower_
        if shares and (word in CIRCUMSTANCE_PREPS or word == "with"):
            # "UKIP won 31% of the vote in Erewash": what was won is a share, so "wins in
            # Erewash" or "wins with X" would claim another thing; a goal or recipient holds
            # whatever the share ("spends 2% of GDP on defence", "sold 40% to Acme")
            continue
        if word in ADJUNCT_PREPS and not _forum(prep) or word == "by" and is_passive:
            continue
        if side_clause_adjunct(verb, prep):
            continue  # "Instead of taxpayers paying, it wants ...": no "wants of taxpayers"
        if set_off_after_subject(verb, prep):
            continue  # "Letwin, for the Tories, attacked red tape": whom he speaks for, no party of the act
        if word == "with" and supplied is not None:
            continue  # "provided the BBC with figures": the thing given joined the recipient's relation
        if word in SET_PREPS and any(p.dep_ == "pobj" and any(c.dep_ == "conj" for c in p.children)
                                     for p in prep.children):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.ent_type_ in _VALUE_TYPES:
                continue
            if _forum(prep):  # "brought the case before the ECJ": the court is a party whatever the object
                thing = direct[0] if direct else verb.doc[patient] if patient is not None else None
                concept = thing.lower_ if thing is not None and not thing.ent_type_ else ""
                slots.append(argument(Role.PREPOSITIONAL, pobj, preposition=word, middle=concept, keep=Keep.ENTITIES))
                continue
            if direct and not is_passive and (word == "to" and _unnamed_thing(direct[0])
                                              or word in PARTY_PREPS and vague_party_noun(direct[0])):
                # "disclosed the matter to the EPA", "struck a deal with Acme": a vague object
                # ("the matter", "it", "a deal") names nothing to join the relation as a node;
                # the recipient or partner is still the verb's party
                middle = direct[0].lower_ if direct[0].pos_ == "NOUN" else ""
                slots.append(argument(Role.PREPOSITIONAL, pobj, preposition=word, middle=middle, keep=Keep.ENTITIES))
                continue
            if (direct and not amounts) or is_passive:
                # "sent troops to Russia": the direct object joins the relation when it is a
                # concept and the prepositional object is an entity; places and times of an
                # event with an object ("signed the treaty in Pyongyang") are adjuncts
                if is_passive and patient is not None and word not in CIRCUMSTANCE_PREPS:
                    # "a complaint filed against the bank by Garzon": Garzon files a complaint
                    # against the bank, read as in the active "sent troops to Russia"
                    slots.append(argument(Role.PREPOSITIONAL, pobj, preposition=word,
                                          middle=verb.doc[patient].lower_, keep=Keep.BESIDE_CONCEPT,
                                          beside=patient))
                elif is_passive or word in CIRCUMSTANCE_PREPS:
                    slots.append(argument(Role.PREPOSITIONAL, pobj, preposition=word, keep=Keep.NONE))
                else:
                    slots.extend(argument(Role.PREPOSITIONAL, owner, preposition=word, middle=direct[0].lower_,
                                          keep=Keep.BESIDE_CONCEPT, beside=direct[0].i)
                                 for owner in light_verb.conduct_owners(pobj))
                continue
            keep = Keep.ENTITIES if word in CIRCUMSTANCE_PREPS else Keep.ALL  # "in a bid", "in remarks"
            slots.append(argument(Role.PREPOSITIONAL, pobj, preposition=word, keep=keep))
            if word not in CIRCUMSTANCE_PREPS:
                slots.extend(_owners_of_the_object(word, pobj))
    slots.extend(_rivals(verb, direct))
    slots.extend(_opponents_after_a_place(verb, direct))
    slots.extend(_shares(verb, direct))
    ends = range_ends(verb, direct)
    return [slot for slot in slots if verb.doc[slot.head].head.i not in ends
            and not _subject_of_a_gerund(verb.doc[slot.head])]


def _owners_of_the_object(word: str, pobj) -> list[Argument]:
    """The named owner of a concept a verb's preposition takes ("complied with the request of
    Boris Johnson" -> complies with request of Boris Johnson, "met with Acme's lawyers"): the
    owner is the verb's party through the concept, as "questioned the President's power" gives
    questions power of the President. Only a plain concept (no modifier that sets it apart)."""
    if pobj.pos_ != "NOUN" or _specified(pobj) or _time_contrasted(pobj):
        return []
    # an event noun's possessor is its doer, as in _possessors ("objected to Russia's invasion"
    # -> objects to invasion by Russia); an "of" phrase names its owner or its patient
    doer = "by" if verb_of_noun(lemma_of(pobj)) else "of"
    owners = [(c, doer) for c in pobj.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    owners += [(o, "of") for prep in pobj.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return [argument(Role.PREPOSITIONAL, owner, conjuncts=False, preposition=by, middle=f"{word} {pobj.lower_}",
                     keep=Keep.BESIDE_CONCEPT, beside=pobj.i) for owner, by in owners[:1]]


def _rivals(verb, direct) -> list[Argument]:
    """"competed for the role against Hunt", "ran for the seat against Smith": the parse hangs
    "against" on the prize, which is no event and has nobody to be against; the rival is the
    verb's (named) party. Not when the verb has an object or the prize is an event ("pushed
    for sanctions against Russia": the sanctions are against Russia)."""
    if direct:
        return []
    return [argument(Role.PREPOSITIONAL, rival, preposition="against", keep=Keep.ENTITIES)
            for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for prize in prep.children if prize.dep_ == "pobj" and prize.pos_ == "NOUN"
            and verb_of_noun(lemma_of(prize)) is None
            for against in prize.children if against.dep_ == "prep" and against.lower_ == "against"
            for rival in against.children if rival.dep_ == "pobj"]


def _opponents_after_a_place(verb, direct) -> list[Argument]:
    """"filed charges in a Boston court against X", "won a case at the tribunal against Y": the
    parse hangs "against" on the place, which opposes nobody; the opponent is the verb's,
    read beside its concept object as in "filed charges against X" (named opponents only)."""
    if not direct or direct[0].pos_ != "NOUN":
        return []
    return [argument(Role.PREPOSITIONAL, rival, preposition="against", middle=direct[0].lower_,
                     keep=Keep.BESIDE_CONCEPT, beside=direct[0].i)
            for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
            for place in prep.children if place.dep_ == "pobj" and place.pos_ == "NOUN"
            for against in place.children if against.dep_ == "prep" and against.lower_ == "against"
            for rival in against.children if rival.dep_ == "pobj"]


#: nouns that name a part of a company's ownership: "a 20% stake in Acme", "shares in Acme"
STAKE_NOUNS = frozenset({"stake", "shareholding", "holding", "share", "equity", "stock"})
#: nouns of a part: "10% of Acme", "a third of Acme", "a majority of the shares in Acme"
_PART_NOUNS = frozenset({"%", "percent", "per", "cent", "half", "third", "quarter", "fifth", "tenth",
                         "majority", "minority"})
#: verbs of owning and passing on (English, closed): with a part of a company as object, the part
#: is a stake ("owns 10% of Acme"); "won 40% of the vote" (no such verb) is no stake
OWNING_VERBS = frozenset({"own", "hold", "control", "have", "keep", "retain", "buy", "acquire", "purchase",
                          "sell", "take", "offload", "dispose", "transfer", "inherit", "increase", "raise",
                          "reduce", "cut", "build", "amass", "double", "halve", "trim"})


def _share_of(verb, obj):
    """The preposition that names the company a share object is a part of, else None:
    "bought a 20% stake in Acme" (a stake noun, any verb), "owns 10% of Acme", "holds a third
    of the shares in Acme" (a part, with a verb of owning: "won 40% of the vote" is no stake).
    "an interest in Acme" is a stake only with a percentage ("a 20% interest")."""
    lemma = obj.lemma_.lower()
    percent = any(c.ent_type_ == "PERCENT" for c in obj.subtree if c.i < obj.i) or obj.ent_type_ == "PERCENT"
    if lemma in STAKE_NOUNS or lemma == "interest" and percent:
        return next((p for p in obj.children if p.dep_ == "prep" and p.lower_ in {"in", "of"}), None)
    if not (obj.lower_ in _PART_NOUNS or percent) or lemma_of(verb) not in OWNING_VERBS:
        return None
    of = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
    if of is None:
        return None
    inner = next((p for p in of.children if p.dep_ == "pobj"), None)
    if inner is not None and inner.lemma_.lower() in STAKE_NOUNS:  # "a third of the shares in Acme"
        return _share_of(verb, inner)
    return of


def share_amount(obj) -> bool:
    """An object that is a share of something: a percentage ("31% of the vote", "40 per
    cent"), or a part noun with its whole ("a third of the seats", "a majority of the votes")."""
    if obj.ent_type_ == "PERCENT" or obj.lower_ in {"%", "percent", "percentage"} \
            or obj.lower_ == "cent" and obj.i > 0 and obj.nbor(-1).lower_ == "per":
        return True
    return obj.lower_ in _PART_NOUNS and any(p.dep_ == "prep" and p.lower_ == "of" for p in obj.children)


def _shares(verb, direct) -> list[Argument]:
    """The company a share object is a part of: "Siemens bought a 20% stake in Alstom" ->
    buys stake in Alstom; "Lee owns 10% of Acme" -> owns stake in Acme (named companies only:
    "holds a share of the market" names none)."""
    out = []
    for obj in direct:
        prep = _share_of(verb, obj)
        if prep is None:
            continue
        out.extend(argument(Role.PREPOSITIONAL, company, preposition="in", middle="stake", keep=Keep.ENTITIES)
                   for company in prep.children if company.dep_ == "pobj")
    return out


#: abbreviated units the tokenizer splits off an amount: "£960m", "$1.8bn", "€5tn"
AMOUNT_UNITS = frozenset({"m", "mn", "bn", "b", "k", "tn", "million", "billion", "trillion", "thousand"})


def amount_unit(token) -> bool:
    """The unit of an amount split from its number ("£960m" -> "960", "m"), which the parser
    may take for a word of its own (a "VBP" object): no participant."""
    return token.lower_ in AMOUNT_UNITS and token.i > 0 and token.nbor(-1).like_num


#: currency words of English (closed class): after an amount they are its unit, not a thing
CURRENCY_WORDS = frozenset({"euro", "euros", "dollar", "dollars", "pound", "pounds", "sterling", "yen", "yuan",
                            "renminbi", "rupee", "rupees", "franc", "francs", "rouble", "roubles", "ruble",
                            "rubles", "peso", "pesos", "won", "real", "reais", "rand", "krona", "kronor", "krone",
                            "kroner", "lira", "lire", "cent", "cents", "pence", "penny"})


def currency_after_amount(token) -> bool:
    """"took a 475m euro hit", "a 20bn dollar deal": a currency word right after a number or an
    amount's unit is the unit of that amount (the parser may make it the object), no participant."""
    if token.lower_ not in CURRENCY_WORDS or token.i == 0:
        return False
    before = token.nbor(-1)
    return before.like_num or amount_unit(before)


#: determiners and adjectives that make a noun stand for any member of a kind: "any
#: forecaster", "every party", "a single economist"
_QUANTIFIERS = frozenset({"any", "every", "each", "all", "no", "single"})
#: verbs whose "from X to Y" is a scale: "prices ranged from $5 to $10"
_RANGE_VERBS = frozenset({"range", "vary", "span", "stretch", "run"})


def range_ends(verb, direct) -> set[int]:
    """The "from" and "to" prepositions of a range idiom in a clause: "I can't find a single
    forecaster from the IMF to the IFS who ..." names the ends of a scale, no source and no
    goal; "operates flights from London to Paris" (no quantifier) keeps both."""
    heads = [verb, *direct]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in {"from", "to"}]
    if not {"from", "to"} <= {p.lower_ for p in preps}:
        return set()
    quantified = any(c.lower_ in _QUANTIFIERS and c.dep_ in {"det", "amod"} for o in direct for c in o.children) \
        or any(o.pos_ == "PRON" for o in direct)
    if quantified or lemma_of(verb) in _RANGE_VERBS:
        return {p.i for p in preps}
    return set()


#: adjectives that set a thing in another time than the clause's: "preferred the old
#: currencies of Europe" is no preference for Europe's currencies
_TIME_CONTRAST = frozenset({"old", "former", "previous", "past", "earlier", "erstwhile", "ex", "future"})


def _time_contrasted(noun) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _TIME_CONTRAST for c in noun.children)


#: verbs of putting one thing in another's place (general English): the owner of the thing
#: replaced takes no part in the act ("the new name replaces the agency's old designation" says
#: nothing of the new name and the agency), so the object's possessor is no argument of theirs
REPLACING_VERBS = frozenset({"replace", "succeed", "supersede", "supplant", "substitute", "displace",
                             "overtake", "outlast"})


def _possessors(direct) -> list[Argument]:
    """The named possessor of a concept object: "questioned the President's power" ->
    questions power of the President; an event noun's possessor is its doer: "condemned
    Russia's invasion" -> condemns invasion by Russia."""
    out = []
    for obj in (o for o in direct if o.pos_ == "NOUN" and not _time_contrasted(o)
                and (verb_of_noun(lemma_of(o)) or not _specified(o))):
        # a pronoun owner of the object is mostly the subject itself ("filed his
        # resignation", "streamlined its product range"): a guess, so no fact of its own
        for owner in (c for c in obj.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}):
            out.append(argument(Role.PREPOSITIONAL, owner, conjuncts=False, middle=obj.lower_,
                                preposition="by" if verb_of_noun(lemma_of(obj)) else "of",
                                keep=Keep.BESIDE_CONCEPT, beside=obj.i))
    return out


def _specified(noun) -> bool:
    """A noun with a modifier that tells which one: "the US's traditional "strong dollar"
    policy" is no "policy of the US" (the reading would lose what sets it apart)."""
    return any(c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i and c.lower_ not in VAGUE_ADJECTIVES
               and not c.like_num for c in noun.children)


def _noun_complements(verb, direct) -> list[Argument]:
    """A named entity completing a concept object: "imposed sanctions on Russia" -> imposes
    sanctions on Russia, "issued a ruling against Trump", "blocked access to youtube-dl".
    Left to the light-verb reading where one applies ("pledged support for X" = supports X)."""
    lemma = lemma_of(verb)
    out = []
    for obj in (o for o in direct if common_noun(o) and not light_verb.carries(lemma, o)
                and not any(c.dep_ == "poss" for c in o.children)  # "Russia's support for Kim"
                and _share_of(verb, o) is None):  # read by _shares
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in NOUN_COMPLEMENT_PREPS):
            # "reached a deal with Acme": a vague noun is no node to stand beside; the party is kept alone
            keep = {"keep": Keep.ENTITIES} if prep.lower_ in PARTY_PREPS and vague_party_noun(obj) \
                else {"keep": Keep.BESIDE_CONCEPT, "beside": obj.i}
            out.extend(argument(Role.PREPOSITIONAL, owner, preposition=prep.lower_, middle=obj.lower_, **keep)
                       for pobj in prep.children if pobj.dep_ == "pobj"
                       for owner in light_verb.conduct_owners(pobj))
    return out


def common_noun(token) -> bool:
    """A common noun, also one the tagger took for a proper noun although it is written in
    lower case outside any name: "regained the prime ministry of Hungary" (NNP "ministry")."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower and not token.ent_type_


def _marked(verb, lemma: str, slot: Argument, head) -> Argument:
    """A slot with its own negation ("sent no troops"), hedge and light-verb readings."""
    light = light_verb.readings(verb, head) if not slot.preposition and light_verb.carries(lemma, head) else ()
    return replace(slot, negated=any(c.dep_ == "det" and c.lower_ == "no" for c in head.children),
                   hedged=hedged_noun(head), light=light)
