"""triples(doc) -> Iterator[Triple]: the grounding view of the clause reader (extract.frames).

Pure: no I/O, no model loading. The frames say which tokens are the arguments of which
predicate; this view grounds each argument head to Mentions and writes Triples:

- active clauses: "Putin praised North Korea" -> (Putin, praises, North Korea)
- passives with an agent: "the treaty signed by Putin" -> (Putin, signs, treaty)
- coordinated subjects, objects and verbs are expanded; "neither confirmed nor denied the
  reports" gives two negative facts
- prepositional objects keep the preposition: "arrived in Pyongyang" -> arrives in
- control verbs: "Kim vowed to support Russia" -> (Kim, supports, Russia), modality "vowed"
- relative clauses and participles: "Belousov, who arrived in Pyongyang" -> (Belousov, arrives in, ...)
- light verbs: "pledged support for North Korea" -> (_, supports, North Korea)
- event nouns: "Putin's visit to Pyongyang" -> (Putin, visits, Pyongyang)
- roles: "North Korean leader Kim Jong-un" -> (Kim Jong-un, leader of, North Korean)
- attribution: facts under "said", "according to" keep their speakers in `attributed_to`
- negation and hedging set `polarity` and `certainty`

Arguments are entity names or head noun phrases, never clauses; pronouns and descriptions are
replaced by their antecedents (extract.coref) or the fact is dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Callable, Iterable, Iterator, Mapping

from extract import interview
from extract.confidence import DEMONSTRATIVES, TABLE, Table
from extract.coref import PERSONAL, Resolver
from extract.frames import Argument, Context, Frame, Keep, Scope, Via, sentence_frames
from extract.frames.relative import on_a_name
from extract.frames.scope import flip
from extract.headline import headline_sentence
from extract.headline_scope import settled
from extract.mentions import TITLE_HEADS, TITLES, NameIndex, PRONOUNS
from extract.nlp import doc_text
from extract.relations import category, relation_text
from extract.script import foreign
from extract.types import CONCEPT, Mention, Triple

_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
#: how far to trust a resolved argument, by the word resolved: a person's pronoun or the
#: speaker of a quotation agree in gender or place; "it" and "they" agree only in number
ANTECEDENT_SCORES = {
    **dict.fromkeys(("he", "him", "his", "she", "her", "hers"), 0.85),
    **dict.fromkeys(("i", "me", "my", "we", "our", "us"), 0.8),
    **dict.fromkeys(("it", "its", "they", "them", "their"), 0.7),
    "description": 0.75,  # "the country", "the Russian president"
}
#: participles used as prepositions: their borrowed subject does not do them
PREPOSITIONAL_PARTICIPLES = frozenset(
    [(lemma, "VBG") for lemma in ("follow", "include", "regard", "concern", "accord", "consider",
                                  "exclude", "pend", "bar", "begin", "start", "involve", "count",
                                  "judge", "comprise")]
    + [(lemma, "VBN") for lemma in ("give", "base", "compare")])
#: at most this many facts from one predicate's subject x object pairs
MAX_PAIRS = 6


@dataclass
class _Ctx:
    doc_id: str
    published: str | None
    names: NameIndex
    resolver: Resolver
    require_entity: bool = True
    seen: set = field(default_factory=set)
    grounding: "Grounding | None" = None  # None: the news profile (NEWS, defined below)
    memo: dict = field(default_factory=dict)  # a profile's per-document state


def triples(doc, doc_id: str = "doc", published: str | None = None, *,
            require_entity: bool | None = None, names: NameIndex | None = None,
            grounding: "Grounding | None" = None) -> Iterator[Triple]:
    """Every fact in a parsed Doc, in reading order, without duplicates.

    `grounding` is the profile's view of the frames (extract.profiles; default: the news
    profile, NEWS). `require_entity` overrides the profile's choice of keeping only facts with
    at least one named entity argument (the graph of news wants entities).
    """
    if not doc.has_annotation("DEP"):
        raise ValueError("triples() needs a Doc with a dependency parse (DEP); got one without")
    grounding = grounding or NEWS
    names = names or grounding.names(doc, doc_id)
    require = grounding.require_entity if require_entity is None else require_entity
    ctx = _Ctx(doc_id, published, names, grounding.resolver(doc, names), require, grounding=grounding)
    headline = headline_sentence(doc)
    # the headline's facts read as the body reads them (extract.headline_scope)
    yield from settled(_facts(ctx, doc, grounding), None if headline is None else headline.end_char)


def _facts(ctx: "_Ctx", doc, grounding: "Grounding") -> Iterator[Triple]:
    """Every fact of the Doc's sentences, in reading order, without duplicates."""
    reader = Context(doc, ctx.names)
    answered = interview.answers(doc_text(doc))
    for sent in doc.sents:
        if foreign(sent.text):
            continue  # another script: the English model's labels on it mean nothing
        # an interviewee's answer is the interviewee's account: reported, not asserted
        told = any(start <= sent.start_char < end for start, end in answered)
        for frame in sentence_frames(reader, sent, grounding.read):
            if frame.scope.unsupported:
                continue  # "no evidence that X": neither X nor its negation is stated
            for fact in grounding.views.get(frame.construction, _no_facts)(ctx, frame):
                if told and fact.certainty == "asserted":
                    fact = replace(fact, certainty="reported")
                key = (fact.subject.text.lower(), fact.relation, fact.object.text.lower(),
                       fact.polarity, fact.sentence)
                if key not in ctx.seen:
                    ctx.seen.add(key)
                    yield fact


# ---------------------------------------------------------------- grounding

def _ground(ctx: _Ctx, arg: Argument) -> list[Mention]:
    """Mentions of an argument: its members, else its head and coordinated siblings, kept
    as its `keep` says."""
    if arg.members:
        return [m for member in arg.members for m in _ground(ctx, member)]
    if arg.keep is Keep.NAME_SPAN:
        span = ctx.names.entity_at(arg.head)
        if span is not None and _title_alone(ctx.names.doc, span):
            # "the Queen's grandson, X": a title alone is whoever holds it here, or no one
            token = ctx.names.doc[arg.head]
            return [_resolved_mention(ctx, token, c) for c in ctx.resolver.resolve(token)]
        if not_the_name(ctx.names.doc[arg.head], span):
            return []
        return [ctx.names.entity_mention(span)]
    doc = ctx.names.doc
    mentions = [m for head in arg.heads for m in _arg(ctx, doc[head])]
    return (ctx.grounding or NEWS).keep[arg.keep](ctx, arg, mentions)


def _keep_beside_concept(ctx: _Ctx, arg: Argument, mentions: list[Mention]) -> list[Mention]:
    token = ctx.names.doc[arg.beside]
    if _counted(token):  # "sent 3,000 troops to Syria": a concept, counted
        return _entities(mentions)
    beside = _arg(ctx, token)
    return _entities(mentions) if beside and beside[0].type == CONCEPT else []


def _entities(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type != CONCEPT]


#: how each Keep filters an argument's mentions
KEEP: dict[Keep, Callable[[_Ctx, Argument, list[Mention]], list[Mention]]] = {
    Keep.ALL: lambda ctx, arg, mentions: mentions,
    Keep.NAMED: lambda ctx, arg, mentions: mentions if _entities(mentions) else [],
    Keep.ENTITIES: lambda ctx, arg, mentions: _entities(mentions),
    Keep.BESIDE_CONCEPT: _keep_beside_concept,
    Keep.NONE: lambda ctx, arg, mentions: [],
    Keep.ADDRESSEE: lambda ctx, arg, mentions: mentions if _entities(mentions) else [],
    Keep.ADDRESSEE_OF_CONTENT: lambda ctx, arg, mentions: mentions if _entities(mentions) else [],
}


def _arg(ctx: _Ctx, token) -> list[Mention]:
    """One argument head -> its mention(s); [] when it is a pronoun that stays unresolved."""
    if measure(token):
        return []  # "revoked $1bn worth of contracts", "produce 12,600 MW": an amount, no thing
    lower = token.lower_
    span = ctx.names.entity_at(token.i)
    if span is not None and token.pos_ != "PRON" and _title_alone(token.doc, span):
        # "the Queen" tagged as a name is a description: the person who holds the title, or nothing
        return [_resolved_mention(ctx, token, c) for c in ctx.resolver.resolve(token)]
    if span is not None and token.pos_ != "PRON" and (_version_of_name(token, span) or not_the_name(token, span)):
        return []  # "build a better Britain": a Britain that is not (yet) there
    if span is not None and token.pos_ != "PRON":  # "US" is a name, not the pronoun "us"
        return [ctx.names.entity_mention(span)]
    if lower in PERSONAL or token.pos_ == "PRON" or (token.pos_ in {"NOUN", "PROPN"} and _is_description(token)):
        resolved = ctx.resolver.resolve(token)
        if resolved:
            return [_resolved_mention(ctx, token, c) for c in resolved]
        if token.pos_ == "PRON" or lower in PRONOUNS:
            return (ctx.grounding or NEWS).unresolved(ctx, token)
    if lower in PRONOUNS or lower in _RELATIVE:
        return []
    institution = ctx.resolver.institution(token) or ctx.resolver.government(token)  # "suspends parliament", "her government"
    if institution:
        return [_resolved_mention(ctx, token, c) for c in institution]
    holder = ctx.resolver.headline_title(token)  # "Tunisian Prime Minister signs decree"
    if holder:
        return [_resolved_mention(ctx, token, c) for c in holder]
    # an apposition naming the entity: "the envoy, Kim" -> Kim
    for child in token.children:
        if child.dep_ == "appos" and ctx.names.entity_at(child.i) is not None:
            return [ctx.names.entity_mention(ctx.names.entity_at(child.i))]
    mention = (ctx.grounding or NEWS).concept(ctx, token)
    return [mention] if mention else []


def _version_of_name(token, span) -> bool:
    """True when a name is the head of a phrase that names a state or kind of it, not it: an
    indefinite article ("a new Iraq", "a Britain where everyone counts", "a Mr Smith") or a
    comparative adjective outside the name ("a stronger Germany", "better Europe"). A name
    needs neither to refer; with one, the phrase is a hoped-for or hypothetical version."""
    return any(c.i < span.start and (c.dep_ == "det" and c.lower_ in {"a", "an"}
                                     or c.dep_ == "amod" and c.tag_ == "JJR") for c in token.children)


#: compass adjectives (a closed class of English): "northern Cyprus" is a region of Cyprus
COMPASS_ADJECTIVES = frozenset({
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    "northernmost", "southernmost", "easternmost", "westernmost", "north", "south", "east", "west",
})


def not_the_name(token, span) -> bool:
    """True when a name is inside a phrase that names something else than its bearer: the
    first words of a work's title ("the Breakfast with Frost programme"), a region of a place
    ("occupies northern Cyprus"), a product of a maker ("buys 20 Boeing 737-800"), or a role
    holder of an organisation ("Acme of Boston head chides regulator")."""
    doc = token.doc
    return _part_of_a_title(doc, span) or _region_of(token, span) or _model_of(doc, span) or _role_of(doc, span) \
        or _possessor_of_another(token, span)


def _possessor_of_another(token, span) -> bool:
    """True when the name is the possessor of a noun outside it and the argument is not that
    possessor ("launched the Department for Constitutional Affairs' plan" parsed with the
    Department as object and the plan elsewhere): the name only owns the thing the verb acts
    on, so it is never the argument itself ("McDonald's Corporation" keeps its inner 's)."""
    doc = token.doc
    inside = range(span.start, span.end)
    root = token
    while root.head.i in inside and root.head.i != root.i:
        root = root.head  # the word of the name the argument hangs from outside it
    return root.dep_ != "poss" and any(doc[i].dep_ == "poss" and doc[i].head.i not in inside for i in inside)


def _region_of(token, span) -> bool:
    """A lower-case compass word before a place's name, outside the name ("northern Cyprus",
    "east Jerusalem"; not "North Korea" or "Northern Ireland", which are names): the phrase
    is a region of the place, and a fact about the region is not about the place."""
    return any(c.i < span.start and c.dep_ in {"amod", "compound", "nmod"} and c.lower_ in COMPASS_ADJECTIVES
               and c.is_lower for c in token.children)


def _model_of(doc, span) -> bool:
    """A name followed right away by a model designation, a number or a code with a digit
    ("Boeing 737-800", "ATR 72-500", "Airbus A380") that the parse attaches to it: the phrase
    names the product, not its maker. Not a date ("Boeing 2019"), nor a name that holds the
    code itself."""
    if span.end >= len(doc):
        return False
    code = doc[span.end]
    if code.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"} or code.is_punct \
            or not any(ch.isdigit() for ch in code.text):
        return False
    if code.like_num and len(code.text) == 4 and code.text.isdigit() and code.text[:2] in {"19", "20"}:
        return False  # a year
    name = doc[span.start: span.end]
    return code.head.i in range(span.start, span.end) or code.i in {t.head.i for t in name}


def _role_of(doc, span) -> bool:
    """A name whose noun phrase runs on to a bare lower-case role noun ("Acme of Boston head",
    "Barclays Bank chief", parsed with the name as its head): the role holder acts, not the
    organisation. Only a role noun with no article or possessive of its own, with no
    punctuation between it and the name."""
    root = next((t for t in doc[span.start: span.end] if t.head.i not in range(span.start, span.end) or t.head.i == t.i), None)
    if root is None:
        return False
    edge = root.right_edge
    if edge.i < span.end or edge.pos_ != "NOUN" or not edge.is_lower or edge.lower_ not in TITLE_HEADS:
        return False
    between = doc[span.end: edge.i]
    return not any(t.is_punct or t.pos_ in {"VERB", "AUX", "DET", "PRON"} for t in between) \
        and not any(c.dep_ in {"det", "poss"} for c in edge.children)


#: nouns that follow the title of a work or broadcast: "the Breakfast with Frost programme"
WORK_NOUNS = frozenset({"programme", "program", "show", "series", "film", "movie", "documentary", "book",
                        "novel", "column", "podcast", "album", "song", "play", "musical", "broadcast"})
#: lower-case words inside a title: "Breakfast with Frost", "Lord of the Rings"
_TITLE_JOINERS = frozenset({"with", "of", "and", "in", "on", "at", "for", "from", "the", "a", "to", "&"})


def _part_of_a_title(doc, span) -> bool:
    """True when a name is only the first words of a title whose lower-case joiner cut it:
    "told the Breakfast with Frost programme" (a name is "Breakfast", the title is all of it
    up to the noun of the work)."""
    if _cut_programme(doc[span.end - 1]) or (span.start >= 2 and doc[span.start - 1].lower_ in _PROGRAMME_JOINERS
                                             and _cut_programme(doc[span.start - 2])):
        return True
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in _TITLE_JOINERS or not doc[i].is_lower:
        return False
    capitals = 0
    for token in doc[i + 1: i + 8]:
        if token.lower_ in WORK_NOUNS and token.is_lower:
            return capitals > 0
        if token.is_title or token.is_upper:
            capitals += 1
        elif token.lower_ not in _TITLE_JOINERS:
            return False
    return False


#: the joiners of a broadcaster's programme title: "Breakfast with Frost", "Newsnight at Ten"
_PROGRAMME_JOINERS = frozenset({"with", "of", "at"})


def _cut_programme(token) -> bool:
    """True when one capitalised word owned by an organisation's name runs on, through "with",
    "of" or "at", into another capitalised word: "BBC One's Breakfast with Frost", "ITV's
    Lunch with Morgan" is one programme's title that the model cut in two names. Neither
    piece names the programme nor a party to the fact (the host named in the title is no
    addressee)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not token.is_title:
        return False
    joiner, after = doc[token.i + 1], doc[token.i + 2]
    owned = any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in token.children)
    # one word: a person's full name owned by a company is no title ("Microsoft's Bill Gates at Davos")
    alone = not any(c.dep_ in {"compound", "flat"} for c in token.children)
    return owned and alone and joiner.lower_ in _PROGRAMME_JOINERS and joiner.is_lower and after.is_title


#: units of measure (general English, closed: SI and customary units, their abbreviations):
#: after a number they say how much, never what ("produce 12,600 MW of electricity")
UNITS = frozenset({
    "w", "kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh", "watt", "kilowatt", "megawatt",
    "gigawatt", "terawatt", "km", "kilometre", "kilometer", "mile", "metre", "meter", "cm", "mm",
    "ft", "foot", "feet", "inch", "yard", "kg", "kilogram", "kilo", "gram", "tonne", "ton", "lb",
    "ounce", "oz", "litre", "liter", "gallon", "barrel", "bpd", "acre", "hectare", "sq", "mph",
    "kph", "knot", "degree", "percent", "cent", "%", "point", "basis", "times",
})
#: nouns of value or extent whose amount is the whole of what they say: "$1bn worth of
#: contracts", "a 12,600 MW capacity" keeps its noun, "5bn worth" does not
MEASURE_NOUNS = frozenset({"worth"})


def measure(token) -> bool:
    """A unit or a noun of value whose amount the argument would drop: "12,600 MW", "$1bn worth
    of contracts", "31 per cent". Without its number it names nothing ("produces MW", "revokes
    worth of contracts"), so it grounds to no argument.

    >>> import spacy; from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["produce", "12,600", "MW", "of", "power"],
    ...           heads=[0, 2, 0, 2, 3], deps=["ROOT", "nummod", "dobj", "prep", "pobj"])
    >>> measure(doc[2]), measure(doc[4])
    (True, False)
    """
    lemma = token.lemma_.lower() or token.lower_
    if token.lower_ not in UNITS and lemma not in UNITS and singular_unit(token.lower_) not in UNITS \
            and lemma not in MEASURE_NOUNS:
        return False
    return any(c.i < token.i and (c.like_num or c.ent_type_ in {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}
                                  or c.lower_ in {"$", "£", "€", "¥"})
               for c in token.children)


def singular_unit(word: str) -> str:
    """"tonnes" -> "tonne", "inches" -> "inch": a plural unit's singular (units are regular)."""
    if word.endswith("ches"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and len(word) > 2 else word


def _counted(token) -> bool:
    """A plural common noun counted by a number: "25 member states", "30 people". Its concept
    without the number says nothing ("expands from member states"); with it, an amount. Not a
    name-like number ("the 9/11 attacks"), a definite group ("the 30 victims") nor a kind its
    adjective sets apart ("sold its 74 Malaysian stores")."""
    return token.pos_ == "NOUN" and token.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "nummod" and c.ent_type_ in {"CARDINAL", ""} and c.like_num and c.text.replace(",", "").isdigit()
        for c in token.children) and not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "amod"
                                             for c in token.children)


def _title_alone(doc, span) -> bool:
    """A name span that is one title word after "the": "the Queen", "the President"."""
    return span.end - span.start == 1 and doc[span.start].lower_ in TITLES \
        and span.start > 0 and doc[span.start - 1].lower_ == "the"


def _is_description(token) -> bool:
    return any(c.dep_ in {"det", "predet", "nummod"} and c.lower_ in {"the", "both", "two", "this", "these"}
               for c in token.children)


def _resolved_mention(ctx: _Ctx, token, cand) -> Mention:
    """The antecedent's name anchored at the pronoun or description that stands for it."""
    span = token.doc[token.left_edge.i: token.i + 1] if token.pos_ == "NOUN" else token.doc[token.i: token.i + 1]
    return Mention(ctx.doc_id, cand.text, cand.type, span.start_char, span.end_char,
                   ctx.names.sentence(token.i).start_char, antecedent_of=span.text,
                   antecedent_score=ctx.resolver.score(token)
                   or ANTECEDENT_SCORES.get(token.lower_, ANTECEDENT_SCORES["description"]))


def _speakers(ctx: _Ctx, scope: Scope) -> tuple[str, ...]:
    """Names of who says a clause, in the order found, without repeats."""
    return tuple(dict.fromkeys(m.text for arg in scope.speakers for m in _ground(ctx, arg) if m.text))


# ---------------------------------------------------------------- views of each construction

def _verbal_facts(ctx: _Ctx, frame: Frame) -> Iterator[Triple]:
    """A verbal clause: one fact per subject x object slot; light verbs read their event noun."""
    subjects = [m for arg in frame.subjects for m in _ground(ctx, arg)]
    if not subjects or any(_medium_participle(ctx, frame, arg) for arg in frame.subjects):
        return
    if (frame.lemma, ctx.names.doc[frame.predicate].tag_) in PREPOSITIONAL_PARTICIPLES \
            and any(arg.via for arg in frame.subjects):
        return  # "following a landslide", "including Russia": a preposition, not an act
    verb = ctx.names.doc[frame.predicate]
    scope = replace(frame.scope, speakers=())
    attributed = _speakers(ctx, frame.scope)
    lemma = frame.lemma
    # every slot is grounded before any light-verb reading: the resolver counts resolved
    # mentions for salience, so the order of grounding is part of the behaviour
    grounded = [_restrict(ctx, frame, slot, _ground(ctx, slot)) for slot in frame.arguments]
    # "the Court of Appeals, which issued a stay": the comma after the name leaves the clause
    # no other antecedent, so its subject is as plain as a clause's own
    base = "relative_name" if frame.rule == "relative" and on_a_name(verb) else frame.rule
    for slot, objects in zip(frame.arguments, grounded):
        rel_lemma, rel_prep, rel_middle, rule = lemma, slot.preposition, slot.middle, base
        light, performed = _light_reading(ctx, slot), False
        if light is not None:
            (rel_lemma, rel_prep, rel_middle, performed), objects = light
            rule = "light_verb"
        relation = relation_text(rel_lemma, frame.particle if rel_lemma == lemma else "", rel_prep, rel_middle)
        fr = scope
        if slot.negated:
            fr = replace(fr, polarity=flip(fr.polarity))  # "has no idea", "sent no troops"
        if rule == "light_verb" and rel_lemma != lemma and scope.modality is None and not performed:
            fr = replace(scope, modality=verb.text.lower())
        if fr.certainty != "hedged" and slot.hedged:
            fr = replace(fr, certainty="hedged")
        yield from _emit(ctx, subjects, relation, rel_lemma, objects, verb, fr, attributed, rule)


def _restrict(ctx: _Ctx, frame: Frame, slot: Argument, objects: list[Mention]) -> list[Mention]:
    """`objects`, its one bare concept marked `restricted` when the sentence pins the noun to
    one thing (`restricts`): "filed his resignation", "approved a bill legalising abortion"."""
    if len(objects) != 1 or slot.conjuncts or slot.members or slot.light:
        return objects
    mention = objects[0]
    if mention.type == CONCEPT and _gerund_content(ctx.names.doc[slot.head]):
        return []  # "rejected a blanket policy of not enforcing the ban": "rejects policy" is empty
    if mention.type != CONCEPT or mention.antecedent_of is not None or len(mention.text.split()) > 1:
        return objects
    if not restricts(ctx.names.doc[slot.head], frame.predicate):
        return objects
    return [replace(mention, restricted=True)]


def _gerund_content(noun) -> bool:
    """A noun whose content is an "of" + gerund phrase: "a policy of not enforcing the ban",
    "the practice of paying bribes". The concept keeps only the noun, and a fact with it
    ("rejects blanket policy") says nothing of what was rejected; the gerund may even be
    negated. So no fact is read with such a noun as its object."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and p.i > noun.i
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
               for p in noun.children)


def restricts(noun, predicate: int) -> bool:
    """True when a noun's own dependents make it one particular thing: a restrictive participle
    or relative clause ("a bill legalising abortion", "legislation that would fund the
    government"). A possessor says whose the thing is, not what it is: "discussed his plans",
    "ended his campaign", "shared his insights" name nothing a reader could find in the graph.

    Never a noun with an infinitive (a plan, power or offer names what is only intended or
    possible: "his power to do so", "plans to expand"), nor the object of an object-control verb
    (the fact is in the complement: "ordered his staff to delay aid"), nor a noun with a
    demonstrative ("these claims" points back to what the fact does not name); a clause that
    is the fact's own predicate ("accounts held by X": the fact itself) restricts nothing, nor
    does a content clause ("assurances that X", which the parser may call a relative clause).
    """
    if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children) \
            or any(_infinitive(c) for c in noun.children if c.dep_ in {"acl", "relcl"}) \
            or (noun.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in noun.head.children)):
        return False
    for child in noun.children:
        if child.i == predicate or child.dep_ not in {"acl", "relcl"}:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            # "demanded assurances that the evidence was not forged": a content clause says
            # what the noun holds, and the fact drops it ("demands assurances" is empty)
            continue
        if child.dep_ == "relcl" or child.tag_ in {"VBG", "VBN"}:
            return True
    return False


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _medium_participle(ctx: _Ctx, frame: Frame, arg: Argument) -> bool:
    """A participle that borrows its subject from the object of a preposition: "posted a
    message on Facebook blaming Moscow" -- the parse hangs "blaming" on Facebook, but the
    poster blames. The attachment cannot be trusted, so the clause gives no fact."""
    doc = ctx.names.doc
    return arg.via[:1] == (Via.ACL,) and doc[frame.predicate].tag_ == "VBG" \
        and doc[arg.head].dep_ == "pobj"


def _light_reading(ctx: _Ctx, slot: Argument):
    """((lemma, preposition, middle, performed), objects) of the first preposition of a light verb's
    event noun whose objects ground to mentions, or None."""
    for reading in slot.light:
        objs = [m for arg in (reading.objects if reading else ()) for m in _ground(ctx, arg)]
        if not objs or reading is None:
            continue
        return (reading.lemma, reading.preposition, reading.middle, reading.performed), objs
    return None


def _event_facts(ctx: _Ctx, frame: Frame) -> Iterator[Triple]:
    """An event noun: its agents (else the subjects of the clause it happens in) x its themes."""
    own = [arg for arg in frame.subjects if arg.via[:1] != (Via.EVENT,)]
    # grounded in sentence order (the resolver's salience depends on the order)
    grounded = {id(arg): _ground(ctx, arg) for arg in sorted([*own, *frame.arguments], key=lambda a: a.head)}
    agents = [m for arg in own for m in grounded[id(arg)]]
    if not agents:  # "Kim spoke during a meeting with Belousov"
        agents = [m for arg in frame.subjects if arg not in own for m in _ground(ctx, arg)]
    themes = [(grounded[id(arg)], arg) for arg in frame.arguments if grounded[id(arg)]]
    if not agents or not themes:
        return
    noun = ctx.names.doc[frame.predicate]
    attributed = _speakers(ctx, frame.scope)  # "X claimed ... Y's invasion of Z": X says so
    scope = replace(frame.scope, speakers=())
    for objs, arg in themes:
        relation = relation_text(frame.lemma, preposition=arg.preposition, middle=arg.middle)
        yield from _emit(ctx, agents, relation, frame.lemma, objs, noun, scope, attributed, frame.rule)


def _role_facts(ctx: _Ctx, frame: Frame) -> Iterator[Triple]:
    """A title, apposition or copula role: (person, <title> of, organisation); a "to" or
    "from" holder keeps its preposition ("ambassador to"), a bare "of" phrase gives "of"."""
    people = [m for arg in frame.subjects for m in _ground(ctx, arg)]
    if len(people) != 1:
        return  # the name is a piece of a title ("the Lunch with Lucy programme")
    (person,) = people
    anchor = ctx.names.doc[frame.predicate]
    attributed = tuple(a for a in _speakers(ctx, frame.scope) if a.lower() != person.text.lower())
    for arg in frame.arguments:
        relation = f"{frame.words} {arg.preposition or 'of'}".strip()
        for org in _ground(ctx, arg):
            if org.text.lower() == person.text.lower():
                continue
            yield Triple(
                doc_id=ctx.doc_id, subject=person, relation=relation, object=org,
                sentence=ctx.names.sentence(anchor.i).text.strip(),
                relation_span=(anchor.idx, anchor.idx + len(anchor.text)), surface=frame.words or relation,
                category="role", polarity=frame.scope.polarity, certainty=frame.scope.certainty,
                modality=frame.scope.modality, attributed_to=attributed, rule="role", published=ctx.published,
            )


#: which grounded mentions may fill each side of a relational frame (Frame.rule): kin are
#: named persons on both sides; a critic, lawyer or member is a named party of a named party
_PERSON = frozenset({"PERSON"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
_RELATIONAL_SIDES: dict[str, Callable[[Mention], bool]] = {
    "kinship": lambda m: m.type in _PERSON,
    "relational": lambda m: m.type != CONCEPT,
    "place": lambda m: m.type in {"GPE", "LOC"},
}


def _relational_facts(ctx: _Ctx, frame: Frame) -> Iterator[Triple]:
    """A relational noun: (holder, <noun> of | <verb>, other party), both sides as the
    frame's kind allows ("his sister Yingluck": the possessor must resolve to a person)."""
    fits = _RELATIONAL_SIDES[frame.rule]
    doc = ctx.names.doc
    holders = [m for arg in frame.subjects for m in _ground(ctx, arg) if fits(m)]
    # "his rival", "her lawyer": a personal pronoun stands for a person, whatever it resolved to
    others = [m for arg in frame.arguments for m in _ground(ctx, arg) if fits(m)
              and (doc[arg.head].lower_ not in _PERSON_PRONOUNS or m.type in _PERSON)]
    if holders and others:
        yield from _emit(ctx, holders, frame.words, frame.lemma, others, ctx.names.doc[frame.predicate],
                         frame.scope, (), frame.rule)


def _stated_facts(ctx: _Ctx, frame: Frame) -> Iterator[Triple]:
    """A state or a target noun: (holder, <words> | <verb>, party) under the clause's scope
    ("Ukraine is in conflict with Russia", "the EU sanctions X" from "X is the subject of EU
    sanctions"); the frame's Keep decides which sides must be named."""
    subjects = [m for arg in frame.subjects for m in _ground(ctx, arg)]
    objects = [m for arg in frame.arguments for m in _ground(ctx, arg)]
    if subjects and objects:
        relation = frame.words or relation_text(frame.lemma)
        yield from _emit(ctx, subjects, relation, frame.lemma, objects, ctx.names.doc[frame.predicate],
                         replace(frame.scope, speakers=()), _speakers(ctx, frame.scope), frame.rule)


#: the grounding view of each construction (extract.frames.registry)
VIEWS: dict[str, Callable[[_Ctx, Frame], Iterator[Triple]]] = {
    "verbal_clause": _verbal_facts,
    "reciprocal": _verbal_facts,
    "nominal_event": _event_facts,
    "role_title": _role_facts,
    "role_apposition": _role_facts,
    "relational": _relational_facts,
    "role_apposed": _role_facts,
    "role_member": _role_facts,
    "role_copula": _role_facts,
    "standing": _stated_facts,
    "target": _stated_facts,
}


#: the constructions this view reads
READ = frozenset({"verbal_clause", "reciprocal", "nominal_event", "role", "copula_role", "relational", "standing", "target"})


@dataclass(frozen=True)
class Grounding:
    """How a profile turns frames into facts: the same clause reader, grounded its own way.

    `views` maps a construction (Frame.construction) to its facts; `read` names the
    constructions built for them; `keep` filters an argument's mentions by its Keep;
    `concept(ctx, token)` grounds a head that is no name and no pronoun; `unresolved(ctx,
    token)` grounds a pronoun the entity resolver left unresolved; `names(doc, doc_id)` builds
    the entity index; `resolver(doc, names)` the pronoun resolver; `shared_concepts` tells resolution that concepts of the same phrase are
    one node across articles; `table` scores the facts (extract.confidence).
    """

    name: str
    views: Mapping[str, Callable[[_Ctx, Frame], Iterator[Triple]]]
    read: frozenset[str]
    keep: Mapping[Keep, Callable[[_Ctx, Argument, list[Mention]], list[Mention]]]
    concept: Callable[[_Ctx, object], Mention | None]
    unresolved: Callable[[_Ctx, object], list[Mention]]
    require_entity: bool = True
    shared_concepts: bool = False
    table: Table = TABLE
    names: Callable[[object, str], NameIndex] = NameIndex
    resolver: Callable[[object, NameIndex], Resolver] = Resolver


#: the news profile: facts about named entities, concepts only beside one
NEWS = Grounding("news", MappingProxyType(VIEWS), READ, MappingProxyType(KEEP),
                 # "expanded to 25 member states": a number of a kind, no thing of its own
                 concept=lambda ctx, token: None if _counted(token) else ctx.names.mention_for(token),
                 unresolved=lambda ctx, token: [])


def _no_facts(ctx: _Ctx, frame: Frame) -> Iterator[Triple]:
    """Copulas and surface-only frames give no graph fact."""
    return iter(())


def _title_only(mention: Mention) -> bool:
    """A concept that is a person's title ("Senator", "former IMF director") without the name."""
    return mention.type == CONCEPT and mention.text.split()[-1].lower() in TITLE_HEADS
def _emit(ctx: _Ctx, subjects: list[Mention], relation: str, lemma: str, objects: Iterable[Mention],
          anchor, scope: Scope, attributed_to: tuple[str, ...], rule: str) -> Iterator[Triple]:
    sent = ctx.names.sentence(anchor.i)
    objects = list(objects)
    if len(subjects) * len(objects) > MAX_PAIRS:
        return  # a long coordination multiplies one noisy reading: "X, Y and Z ... A, B and C"
    objects = [o for o in objects if not _title_only(o)]
    for s in subjects:
        if _title_only(s):
            continue  # "Senator endorsed Biden": the title stands for a holder it does not name
        for o in objects:
            if s.text.lower() == o.text.lower():
                continue
            if ctx.require_entity and s.type == CONCEPT and o.type == CONCEPT:
                continue
            attributed = tuple(a for a in attributed_to if a.lower() != s.text.lower()) \
                if rule != "attribution" else attributed_to
            yield Triple(
                doc_id=ctx.doc_id, subject=s, relation=relation, object=o,
                sentence=sent.text.strip(), relation_span=(anchor.idx, anchor.idx + len(anchor.text)),
                surface=anchor.text, category=category(lemma), polarity=scope.polarity,
                certainty=scope.certainty, modality=scope.modality,
                attributed_to=attributed, rule=rule, published=ctx.published,
            )
