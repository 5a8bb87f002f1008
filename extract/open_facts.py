"""The open profile's grounding: facts an encyclopedia page or an explainer states, between
concepts as well as named entities.

Same clause reader (extract.frames) as the news profile; what differs is grounding:

- an argument that is no named entity grounds to its canonical concept phrase
  (extract.concepts): "Bees pollinate most flowering crops" -> (bee, pollinates, flowering crop);
- copulas and appositions are is-a facts: "A blockchain is a form of distributed ledger" ->
  (blockchain, is a, distributed ledger); "Coubertin, a French educator" -> (Coubertin, is a,
  French educator); "X is the capital of Y" -> (X, is capital of, Y); "animals called polyps"
  -> (polyp, is a, animal);
- places and times are facts of their own: "the Olympics were held in Athens in 1896" ->
  (Olympics, held in, Athens), (Olympics, held in, 1896);
- "it" / "they" (and "its" / "their" before a bare noun) that the entity resolver leaves
  unresolved stand for the salient concept: the main subject before them in the sentence,
  else of the sentence before ("A blockchain is ... It records transactions").

Pure: no I/O. The registry of profiles is extract.profiles.
"""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Iterator

from lemminflect import getAllInflections, getAllLemmas

from extract import triples as news
from extract.concepts import (EMPTY, EMPTY_ADJECTIVES, GENERIC_NOUNS, OF_VERBS, PREPOSITIONAL_NOUNS, RELATIONAL_NOUNS,
                              ROLE_NOUNS, anaphoric, common, concept_mention, counted, empty, empty_event, filled,
                              generic, instance, relational, singular, unspecified)
from extract.confidence import TABLE, Table
from extract.frames import Frame
from extract.frames.types import Argument, Keep, Role, Scope
from extract.frames.scope import stronger as news_stronger
from extract.frames.speech import SAY_VERBS
from extract.coref import _AGENT_SUFFIXES, _FIRST_PLURAL, _PERSON_NOUNS, Resolver, is_person_noun
from extract.mentions import ORGANISATION_NOUNS, TITLE_HEADS, NameIndex, clean_name
from extract.quotes import quotation_at
from extract.relations import relation_text
from extract.types import CONCEPT, Mention, Triple

_SINGULAR = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "themselves"})
_POSSESSIVE = frozenset({"its", "their"})
_PEOPLE = frozenset({"PERSON", "NORP"})
#: verbs too empty to place or date anything: "had customers in 70 towns", "proved useful in"
_EMPTY_VERBS = frozenset({"have", "get", "prove", "seem", "become", "remain", "include", "contain",
                          "make", "do", "keep", "find", "see", "look", "appear", "stay", "come", "go"})
#: how far to trust a pronoun grounded to the salient concept
SALIENT_SCORE = 0.85
#: nouns that say "a kind of": "X is a form of Y" is X is a Y (not "brand": "a brand of video
#: games" is a name put on them, no video game, round 6)
KIND_NOUNS = frozenset({"form", "kind", "type", "sort", "species", "variety", "class", "category",
                        "genus", "breed", "style", "version", "model", "subset", "example",
                        "instance", "branch", "strain"})
#: adjectives of evaluation that a concept leaves out (extract.concepts.EMPTY_ADJECTIVES) but an
#: is-a cannot: "they are bad shots" is no "they are shots" (round 9)
EVALUATIVE_ADJECTIVES = frozenset({"good", "bad", "better", "worse", "best", "worst", "poor", "excellent",
                                   "perfect", "terrible", "awful", "wonderful", "nice", "fine", "decent",
                                   "great", "lousy", "brilliant", "superb", "fantastic", "horrible", "dreadful",
                                   "remarkable", "impressive", "odd", "strange", "serious", "interesting",
                                   "modest", "notable", "dramatic"})
#: nouns that say "a part of": "X is part of Y" is (X, is part of, Y)
PART_NOUNS = frozenset({"part", "member", "component", "element", "piece", "section", "portion",
                        "unit", "subsidiary", "division"})
#: verbs that name what their object is: "animals called polyps" -> polyp is an animal
NAMING_VERBS = frozenset({"call", "name", "know", "term", "dub", "label"})
#: prepositions of a place, and of a time
PLACE_PREPS = frozenset({"in", "at", "on", "into", "inside", "within", "across", "throughout", "near",
                         "off", "outside", "beneath", "under", "above"})
#: not "by": "by March 2005" is a deadline of what is expected, and "played by 2009" no agent
TIME_PREPS = frozenset({"in", "on", "at", "during", "since", "until", "before", "after",
                        "from", "around", "circa", "between"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: named entities that act: as the object of an active verb they are no product of the act
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "GROUP"})
_TIME_TYPES = frozenset({"DATE", "TIME"})
#: units of a length of time: "in 12 months" says how long, not when
DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
#: words of a date phrase left out of its name: "around 1440", "the 1990s"
_DATE_TRIM = frozenset({"around", "about", "circa", "c.", "approximately", "roughly", "some", "only",
                        "between", "since", "until", "from", "by", "in", "on", "during"})


# ---------------------------------------------------------------- grounding of arguments

class OpenNameIndex(NameIndex):
    """The entity index without the small model's names made of common words only: "bee
    colonies" tagged PERSON, "Farmers" at the start of a sentence tagged ORG. News text names
    its actors with capitals; expository text is mostly common nouns, which the tagger
    mistakes for names far more often."""

    def __init__(self, doc, doc_id: str):
        super().__init__(doc, doc_id)
        self.spans = [product_named(doc, titled_common_word(doc, replace(s, label="PRODUCT")
                                                            if numbered_person(doc, s) else s))
                      for s in numbered_names(doc, event_names(doc, branch_names(doc, whole_names(doc, listed_names(doc, [
                          s for s in self.spans if not common_words(doc[s.start:s.end])])))))]
        self._by_token = {i: s for s in self.spans for i in range(s.start, s.end)}


_BRANCH_PLACES = frozenset({"GPE", "LOC"})
#: the last word of a company's name after a comma ("Apple Computer, Inc."): no list item
_NAME_SUFFIXES = frozenset({"inc", "ltd", "llc", "co", "corp", "plc", "gmbh", "ag", "sa", "jr", "sr", "llp"})


def listed_names(doc, spans: list) -> list:
    """A name the tagger ran over a comma between capitalised words ("GreenFairyDotcom,
    Londonist, Hicksdesign, PlasticBag and ..."): the items of a list of names, one name each
    (round 14: "Londonist, Hicksdesign" was one node). Not a place and its region ("Hollywood,
    California") and not a company's suffix ("Apple Computer, Inc.")."""
    out = []
    for span in spans:
        commas = [t.i for t in doc[span.start:span.end] if t.text == "," and span.start < t.i < span.end - 1]
        items = list(zip([span.start, *(i + 1 for i in commas)], [*commas, span.end]))
        if span.label in _BRANCH_PLACES or not commas \
                or any(not doc[i + 1].text[:1].isupper() or doc[i + 1].lower_.rstrip(".") in _NAME_SUFFIXES
                       for i in commas) \
                or not all(any(t.dep_ in {"conj", "appos"} for t in doc[start:end]) for start, end in items[1:]):
            out.append(span)  # "Evolution, Data Optimised": the parse reads no list in it
            continue
        for start, end in items:
            first, last = doc[start], doc[end - 1]
            out.append(replace(span, start=start, end=end, start_char=first.idx, end_char=last.idx + len(last.text),
                               text=clean_name(doc[start:end].text)))
    return out


def numbered_names(doc, spans: list) -> list:
    """A name followed by a short number that depends on it ("the Commodore 64, launched in
    1982", "Xbox 360") names a product, not its maker (round 14: the Commodore 64's launch
    was merged into Commodore International). Not a year ("Apple 2004") and not a number
    of the noun after it ("Commodore 64 enthusiasts" stays as the parse reads it)."""
    out = []
    for span in spans:
        number = doc[span.end] if span.end < len(doc) else None
        if number is None or span.label not in {"ORG", "PERSON", "PRODUCT", "GPE", "NORP"} \
                or not number.text.isdigit() or len(number.text) > 3 or number.whitespace_ == "" and \
                span.end + 1 < len(doc) and doc[span.end + 1].text in {"%", "s"} \
                or not span.start <= number.head.i < span.end or number.dep_ not in {"nummod", "appos", "npadvmod", "compound"}:
            out.append(span)
            continue
        out.append(replace(span, end=span.end + 1, end_char=number.idx + len(number.text), label="PRODUCT",
                           text=clean_name(doc[span.start:span.end + 1].text)))
    return out


#: last words of the name of an event (general English, round 14)
EVENT_NAME_ENDS = frozenset({"lecture", "lectures", "conference", "marathon", "rally", "race", "prize", "award",
                         "awards", "festival", "games", "cup", "championship", "championships", "summit",
                         "expo", "olympics", "exhibition", "convention", "symposium", "tournament", "trophy",
                         "fair", "forum", "congress"})


def event_names(doc, spans: list) -> list:
    """A name ending in an event noun ("Hinton Lecture", "Sydney Marathon") names an event,
    never a person; it takes in a name right before it that modifies it ("the Royal Academy of
    Engineering 2004 Hinton Lecture") and a route ("the London to Sydney Marathon"), which
    are no names of their own there (round 14: "gave Royal Academy of Engineering 2004", "took
    part in London")."""
    out: list = []
    for span in spans:
        last = doc[span.end - 1]
        if last.lower_ not in EVENT_NAME_ENDS or not last.text[:1].isupper():
            out.append(span)
            continue
        if span.label == "PERSON":
            span = replace(span, label="EVENT")
        before = out[-1] if out else None
        if before is not None and span.start - 1 <= before.end <= span.start \
                and (before.end == span.start or doc[before.end].lower_ == "to"):
            first = doc[before.start]
            span = replace(span, start=before.start, start_char=first.idx, label="EVENT",
                           text=clean_name(doc[before.start:span.end].text))
            out.pop()
        out.append(span)
    return out


def branch_names(doc, spans: list) -> list:
    """An organisation's name followed by a country's (or its code) that the name modifies is
    the organisation's national branch, one name: "Chief Executive of AOL UK" is no office of
    the United Kingdom (round 10). The organisation's span takes in the place's, which is no
    name of its own there."""
    out, skip = [], set()
    for k, span in enumerate(spans):
        if k in skip:
            continue
        after = spans[k + 1] if k + 1 < len(spans) else None
        if span.label == "ORG" and after is not None and after.label in _BRANCH_PLACES \
                and after.start == span.end and doc[span.end - 1].dep_ == "compound" \
                and after.start <= doc[span.end - 1].head.i < after.end:
            last = doc[after.end - 1]
            span = replace(span, end=after.end, end_char=last.idx + len(last.text),
                           text=clean_name(doc[span.start:after.end].text))
            skip.add(k + 1)
        out.append(span)
    return out


def titled_common_word(doc, span):
    """A one-word name that is a common English noun keeps the capitalised "The" before it
    inside a sentence (round 13): "correspondent for The World" names a programme; "World"
    alone is a fragment that merges with every other world. Not after punctuation or at a
    sentence's start, where "The" is capitalised anyway."""
    if span.end - span.start != 1 or span.start < 1 or span.label == "PERSON":
        return span
    the, word = doc[span.start - 1], doc[span.start]
    if the.text != "The" or the.is_sent_start or doc[the.i - 1].is_punct or the.head.i != word.i \
            or word.lower_ not in getAllLemmas(word.lower_).get("NOUN", ()):
        return span
    return replace(span, start=the.i, start_char=the.idx, text=f"The {span.text}")


#: nouns of made things: a name ending in one names a product, not a person ("Qrio Robot")
PRODUCT_NOUNS = frozenset({"robot", "console", "phone", "handset", "computer", "laptop", "camera", "tablet",
                           "player", "chip", "processor", "browser", "printer", "scanner", "television", "tv",
                           "car", "drive", "server", "supercomputer", "gadget", "device", "smartphone"})


def product_named(doc, span):
    """A name the tagger calls a person's or an organisation's whose last word is a product
    noun (`PRODUCT_NOUNS`) is a product (round 13): "Sony's Qrio Robot" is Sony's robot, no
    member of Sony."""
    last = doc[span.end - 1]
    nouns = PRODUCT_NOUNS - _SURNAME_NOUNS if span.label == "PERSON" else PRODUCT_NOUNS
    if span.label in {"PERSON", "ORG"} and span.end - span.start > 1 and last.lower_ in nouns \
            and last.text[:1].isupper():
        return replace(span, label="PRODUCT")
    return span


#: product nouns that are also surnames: "Gary Player" stays a person
_SURNAME_NOUNS = frozenset({"player", "car", "drive", "server", "tv", "television"})


def numbered_person(doc, span) -> bool:
    """A name tagged as a person that holds a number written in digits ("Microsoft's Xbox 2",
    "Windows 95"): people are not numbered so, products are (round 9: "Xbox 2" as a person
    made it a member of Microsoft). The open profile reads it as a product."""
    return span.label == "PERSON" and any(t.text.isdigit() for t in doc[span.start:span.end])


def whole_names(doc, spans: list) -> list:
    """Names widened over the rest of their capitalised run (issue 14, class 5): the tagger's
    "Medecins" of "Medecins sans Frontieres" becomes the whole name, so "sans Frontieres" is no
    concept of its own. A span grows to the right over proper-noun tokens (the tagger calls
    "sans" one inside a name) of the same phrase that no other name holds, ending on a
    capitalised word. A place or a people before a name only modifies it ("US National Cyber
    Alerting Service"): it does not grow. A name that is no person's also grows to the left
    over capitalised proper nouns that modify it ("High Speed Downlink Packet Access", where
    the tagger began at "Speed"), never over a title ("Chairman")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        end = span.end
        while span.label not in {"GPE", "LOC", "NORP"} and end < len(doc) and end not in taken and doc[end].tag_ in {"NNP", "NNPS"} and doc[end].is_alpha \
                and not doc[end].is_sent_start and (doc[end - 1].head.i >= end or span.start <= doc[end].head.i < end):
            end += 1
        while end > span.end and not doc[end - 1].text[:1].isupper():
            end -= 1
        start = span.start
        while span.label not in {"PERSON", "GPE", "LOC", "NORP"} and start > 0 and start - 1 not in taken \
                and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                and not doc[start - 1].is_sent_start and doc[start - 1].dep_ in {"compound", "amod"} \
                and span.start <= doc[start - 1].head.i < end and doc[start - 1].lower_ not in TITLE_HEADS:
            start -= 1  # "High Speed Downlink Packet Access": the tagger's name began a word late
        if end != span.end or start != span.start:
            first, last = doc[start], doc[end - 1]
            span = replace(span, start=start, start_char=first.idx, end=end, end_char=last.idx + len(last.text),
                           text=clean_name(doc[start:end].text))
        out.append(span)
    return out


#: entity types a neuter "it" can stand for, and a plural "they"
_IT_TYPES = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"})
_THEY_TYPES = frozenset({"GROUP", "NORP", "ORG"})


class OpenResolver(Resolver):
    """The entity resolver, abstaining more (issue 14, class 3): explainers and reviews discuss
    several products and companies side by side, where "it"/"they" after the last subject is
    wrong too often ("Sony ... Nintendo ... It launched its DS handheld"). An "it"/"they"
    stays unresolved when

    - it is inside a quotation (the speaker's "it" is what the speaker talks about, which the
      text around does not name: "it's not a gaming device");
    - another named entity of its number (an organisation or a product for "it"; a group, a
      people or an organisation for "they") is in the same or the previous sentence before it.

    A definite description of no person ("the laser light") is never a person (round 5), nor
    a name in view only as the standard of a comparison ("better than Far Cry", round 11).

    And (round 4) a plural first person ("we", "our") is never one person: the speaker's
    "we" is a firm or an industry ("As we move to high-definition images, we need ...");
    "it" is never a place named only inside a prepositional phrase ("Along with its
    headquarters in north London, it operates studios": London is where, not who).
    """

    def _resolve(self, token):
        found = super()._resolve(token)
        word = token.lower_
        if word in _FIRST_PLURAL and any(c.type == "PERSON" for c in found):
            return ()
        if word in _SINGULAR and any(c.type in _PLACE_TYPES and _placed(self.doc[c.token]) for c in found):
            return ()
        if found and token.pos_ == "NOUN" and word in _GROUP_DESCRIPTIONS:
            return ()  # "meet the neighbours": in a review or an explainer no two named states
        if token.pos_ == "NOUN" and not person_noun(token) and any(c.type == "PERSON" for c in found):
            return ()  # "the laser light" is no person, whatever words the person's apposition holds
        if token.pos_ == "NOUN" and any(_comparison_standard(self.doc[c.token]) for c in found):
            return ()  # "better than Far Cry. But the real downside is ...": a standard of comparison is no topic
        if not found or word not in (_SINGULAR | _PLURAL) - {"itself", "themselves"}:
            return found
        if quotation_at(self.doc, token.idx) is not None:
            return ()
        types = _THEY_TYPES if word in _PLURAL else _IT_TYPES
        sent = self.sent_of.get(token.i, 0)
        chosen = {c.text for c in found}
        rivals = {c.text for c in self.candidates
                  if c.token < token.i and 0 <= sent - c.sent <= 1 and c.type in types} - chosen
        return () if rivals else found


def person_noun(token) -> bool:
    """A common noun that names a person (extract.coref.is_person_noun), where an agent noun
    by its ending is made from a verb: "driver" (drive), "player" (play), "sailor" (sail);
    "water" and "laser" end the same way and are no persons."""
    if not is_person_noun(token):
        return False
    lemma = token.lemma_.lower()
    if lemma in TITLE_HEADS or lemma in _PERSON_NOUNS or not lemma.endswith(("er", "or")):
        return True
    return any(getAllInflections(stem, upos="VERB") for stem in (lemma[:-2], lemma[:-1]) if len(stem) > 2)


#: agent nouns of machines, beside `PRODUCT_NOUNS`
_MACHINE_NOUNS = frozenset({"reader", "recorder", "router", "controller", "monitor", "sensor", "adapter",
                            "adaptor", "charger", "converter", "decoder", "encoder", "receiver", "transmitter",
                            "amplifier", "processor", "computer", "calculator", "container", "filter", "timer"})


def _person_word(token) -> bool:
    """`person_noun` in the singular or the plural ("drivers", "journalists"); not a made thing
    ("reader", "server")."""
    lemma = token.lemma_.lower()
    if token.tag_ not in {"NN", "NNS"} or lemma in PRODUCT_NOUNS | _MACHINE_NOUNS:
        return False
    if lemma in TITLE_HEADS or lemma in _PERSON_NOUNS:
        return True
    if not lemma.endswith(_AGENT_SUFFIXES) or len(lemma) <= 4:
        return False
    return not lemma.endswith(("er", "or")) or any(getAllInflections(stem, upos="VERB")
                                                  for stem in (lemma[:-2], lemma[:-1]) if len(stem) > 2)


def _placed(token) -> bool:
    """A name that is the object of a preposition of place on a noun: "headquarters in
    London", "a studio at Pinewood"."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS and token.head.head.pos_ in {"NOUN", "PROPN"}


#: plural descriptions the entity resolver reads as the two most salient states or leaders
#: ("the neighbours", "both sides", "the allies"); the open profile leaves them unresolved
_GROUP_DESCRIPTIONS = frozenset({"sides", "parties", "allies", "neighbours", "neighbors", "men",
                                 "leaders", "nations", "countries", "states", "governments"})


def common_words(tokens) -> bool:
    """True when a tagged name has no capital at all ("bee colonies", "nectar"), or only a
    sentence's first on a word the tagger calls no proper noun ("Farmers")."""
    words = [t for t in tokens if t.is_alpha]
    return bool(words) and all(
        t.text.islower() or (t.is_sent_start and t.text[1:].islower() and t.pos_ != "PROPN")
        for t in words)


#: verbs that take an object and the state they bring it to: "takes Spanish rap global"
RESULTATIVE_VERBS = frozenset({"take", "make", "turn", "render", "drive", "push", "send", "keep", "leave", "get"})


def resultative(token) -> bool:
    """An object head that is an adjective the parse reads as a noun after the real object,
    its result (round 13): "web radio takes Spanish rap global" takes Spanish rap, and makes
    it global; "Spanish rap global" is no thing. The word has no noun reading in English and
    follows a noun of the phrase, under a verb of bringing about."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in RESULTATIVE_VERBS or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.head.i == token.i and before.pos_ in {"NOUN", "PROPN"} \
        and "NOUN" not in getAllLemmas(token.lower_) and "ADJ" in getAllLemmas(token.lower_)


def open_concept(ctx, token) -> Mention | None:
    """The named entity or canonical concept an argument head stands for; an empty noun hands
    on to its "of" phrase; a bare noun after "its"/"their" takes the concept they stand for
    ("their decline" -> "bee decline")."""
    target = filled(token) or token
    span = ctx.names.entity_at(target.i)
    if span is not None and target.i != token.i:
        return ctx.names.entity_mention(span)
    sent_start = ctx.names.sentence(token.i).start_char
    mention = concept_mention(token, ctx.doc_id, sent_start)
    if mention is None or relational(target, mention.text) or unspecified(target, mention.text):
        return None  # "the creator", "set its sights on": a relation without its other side
    if content_clause(target):
        return None  # "speculation that Bush had help": the noun without what it says is empty
    if resultative(target):
        return None  # "takes Spanish rap global": the object and its result run together
    owner = next((c for c in target.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE), None)
    if owner is not None and len(mention.text.split()) == 1 and not ctx.resolver.resolve(owner):
        holders = [m.text for m in salient(ctx, owner, earlier_sentence=False) if m.type == CONCEPT]
        if len(holders) == 1 and len(holders[0].split()) <= 2 and not {"and", "or"} & set(holders[0].split()):
            span_text = ctx.names.text[owner.idx:mention.end]
            return replace(mention, text=f"{holders[0]} {mention.text}", start=owner.idx,
                           antecedent_of=span_text, antecedent_score=SALIENT_SCORE)
    words = len(mention.text.split())
    if anaphoric(target) and named_thing_near(ctx.names, target):
        return described_thing(ctx, target)  # "the device": the one product named just before, or no node
    if empty_event(target, words) or counted(target, words):
        return None  # "a rise": an empty event; "five million copies"
    place = place_of(ctx.names, target)
    if place is not None:  # "the Norwegian town of Lillehammer" is Lillehammer
        return ctx.names.entity_mention(place)
    name = named_apposition(ctx.names, target)
    if name is not None:  # "its first handheld console, the PSP,": the name is the argument
        span = ctx.names.entity_at(name.i)
        return ctx.names.entity_mention(span) if span is not None else concept_mention(name, ctx.doc_id, sent_start)
    if split_phrase(target):
        return None  # "Commodore 64 enthusiasts have written": the enthusiasts write, not "commodore"
    mention = quantified(target, mention)
    return replace(mention, instance=True) if instance(target, words) else mention


#: comparative quantifiers a concept keeps ("fewer viruses", "lower prices"): the comparison
#: is the point of the phrase (round 10); "no", "few", "little" negate it instead (`negated_quantity`)
#: "more" is not kept: "the more cameras using it, the better" is a correlative, and "giving
#: them more flexibility" an amount the parse hangs anywhere; a fact without it goes
KEPT_QUANTIFIERS = frozenset({"fewer", "less", "zero", "lower", "higher"})


def quantified(token, mention: Mention) -> Mention:
    """The concept with the comparative quantifier right before it: "security, which means
    fewer viruses" is (network security, means, fewer virus), never "virus" (round 10)."""
    doc = token.doc
    first = next((t for t in doc if mention.start <= t.idx < mention.end), None)
    quantifier = next((c for c in token.children if c.lower_ in KEPT_QUANTIFIERS and c.i < token.i
                       and c.dep_ in {"amod", "nummod", "det"} and c.right_edge.i == c.i and c.left_edge.i == c.i), None)
    if first is None or quantifier is None or quantifier.i + 1 != first.i or mention.text.split()[0].lower() == quantifier.lower_ \
            or (quantifier.i > 0 and doc[quantifier.i - 1].lower_ == "the"):  # "the fewer bugs, the better"
        return mention
    words = mention.text.split()
    if token.tag_ == "NNS" and token.text.islower():
        words[-1] = token.text  # "fewer viruses": the comparison counts, the plural stays
    return replace(mention, text=" ".join([quantifier.lower_, *words]), start=quantifier.idx)


def content_clause(token) -> bool:
    """A noun with a "that" / "whether" clause that is its content, not a relative clause
    ("speculation that the minister was ill", "fears that prices will rise"): a node of the
    noun alone says nothing of what the speculation or the fear is (round 9)."""
    return any(c.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ in {"that", "whether"}
                                                  for m in c.children)
               for c in token.children)


#: verbs whose object is only the doer of their infinitive: "enables artists to create faces"
#: says what the artists can do; "enables artists" alone says nothing (round 9)
ENABLING_VERBS = frozenset({"enable", "allow", "let", "help", "permit", "empower", "equip"})


def _enabled_object(verb, token) -> bool:
    """The object of a verb of enabling followed by its infinitive (`ENABLING_VERBS`)."""
    return token.dep_ == "dobj" and token.head.i == verb.i and verb.lemma_.lower() in ENABLING_VERBS \
        and any(c.dep_ in {"xcomp", "ccomp"} and c.i > token.i for c in verb.children)


#: the score of a definite description grounded to the one thing named just before it
DESCRIBED_SCORE = 0.85
#: names a description of a thing ("the device", "the console") can stand for; firms have
#: their own descriptions ("the company": extract.coref); a work's name is too often a quoted
#: phrase the tagger calls one ('reads "Happy Holidays"')
_DESCRIBED_THINGS = frozenset({"PRODUCT"})


#: nouns of a maker's name: "the brand" is never one of its numbered products (round 14)
_BRAND_NOUNS = frozenset({"brand", "marque", "label", "trademark", "make", "name"})


def described_thing(ctx, token) -> Mention | None:
    """The named product a definite description as a clause's subject stands for (round 6):
    "the device" after "T-Mobile has launched the MDA IV." is the MDA IV, when exactly one
    product is named in its sentence before it or in the sentence before. None otherwise (two
    in view, a possessive "its text", or a description that is no subject: rule 1 drops it).
    Never a person's description nor an organisation's ("the company" is extract.coref's)."""
    lemma = token.lemma_.lower()
    agent = lemma.endswith(("er", "or")) and any(getAllInflections(stem, upos="VERB")
                                                  for stem in (lemma[:-2], lemma[:-1]) if len(stem) > 2)
    if token.dep_ not in {"nsubj", "nsubjpass"} or agent or is_person_noun(token) or lemma in ORGANISATION_NOUNS \
            or lemma in _BRAND_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
        return None  # "its text" is a part of a thing, "the user" (an agent noun) may be a person
    sentence = ctx.names.sentence(token.i)
    first = ctx.names.sentences.index(sentence)
    earliest = ctx.names.sentences[first - 1].start if first > 0 else sentence.start
    things = {}
    for span in ctx.names.spans:
        if earliest <= span.start < token.i and span.label in _DESCRIBED_THINGS \
                and not any(token.i == t.i for t in ctx.names.doc[span.start:span.end]) \
                and not _comparison_standard(ctx.names.doc[span.start:span.end].root):
            things.setdefault(span.text, span)
    if len(things) != 1:
        return None
    (span,) = things.values()
    phrase = ctx.names.doc[token.left_edge.i:token.i + 1]
    return replace(ctx.names.entity_mention(span), start=phrase.start_char, end=phrase.end_char,
                   sentence_start=sentence.start_char, antecedent_of=phrase.text, antecedent_score=DESCRIBED_SCORE)


#: words that introduce the standard of a comparison: "better than Far Cry", "as fast as X"
COMPARISON_WORDS = frozenset({"than", "as", "like", "unlike"})


def _comparison_standard(token) -> bool:
    """A name in view only as the standard of a comparison ("looks better than Far Cry",
    round 11): the text speaks of the other side, so a description after it is not the name."""
    before = token.left_edge.i - 1
    return any(a.lower_ in COMPARISON_WORDS and a.dep_ in {"prep", "mark"} for a in token.ancestors) \
        or (before >= 0 and token.doc[before].lower_ in COMPARISON_WORDS)


def split_phrase(token) -> bool:
    """True for a noun the parser split from its own phrase (round 6): an "apposition" right
    after it with no punctuation between ("Commodore 64 enthusiasts" parsed as "Commodore"
    with the apposition "64 enthusiasts") is the head of one noun phrase, of which the noun
    is only a modifier. Appositions are set off by punctuation (rule 32)."""
    doc = token.doc
    return any(c.dep_ == "appos" and c.i > token.i and not any(t.is_punct for t in doc[token.i + 1:c.left_edge.i + 1])
               for c in token.children)


#: nouns of a kind of place that an "of" phrase names: "the town of Lillehammer"
PLACE_KINDS = frozenset({"town", "city", "village", "island", "state", "province", "region", "county",
                         "district", "country", "kingdom", "republic", "port", "borough", "suburb",
                         "municipality", "territory", "valley", "peninsula"})


def place_of(names, token):
    """The named place of "the (Norwegian) town of Lillehammer", or None: a kind of place
    with an "of" phrase that names a place is that place (round 5), not a concept "town"
    ("the capital of France" is no kind of place: it names another city)."""
    if token.lemma_.lower() not in PLACE_KINDS or token.tag_ != "NN":
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    span = names.entity_at(obj.i) if obj is not None else None
    return span if span is not None and span.label in {"GPE", "LOC"} else None


def named_apposition(names, token):
    """The name set after a description of what it names ("launch its first handheld
    console, the PSP, in March"), or None: the description stands for the named thing, not
    for a concept of its own (issue 14, round 4: a product class for the product). So does
    the name of a naming participle (round 6): "A Windows virus called Bofra is turning
    machines into servers" is Bofra's act (the participle's is-a fact, `_named`, keeps the
    description as the kind)."""
    def name(c) -> bool:
        return c.i > token.i and (names.entity_at(c.i) is not None or c.tag_ in {"NNP", "NNPS"})

    def next_to(c) -> bool:  # "a writer on the BBC programme Click": the name is the programme's (round 9)
        return all(t.is_punct for t in token.doc[token.i + 1:c.left_edge.i])
    found = next((c for c in token.children if c.dep_ == "appos" and name(c) and next_to(c)), None)
    if found is not None:
        return found
    naming = next((c for c in token.children if c.dep_ == "acl" and c.lemma_ in NAMING_VERBS and c.tag_ == "VBN"), None)
    return next((c for c in naming.children if c.dep_ == "oprd" and name(c)), None) if naming is not None else None


#: entity types of a named thing a definite description can stand for ("the PSP" ... "the device")
_THING_NAMES = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW"})
def named_thing_near(names, token) -> bool:
    """True when the text names a thing (`_THING_NAMES`) before `token`: then "the device"
    most likely stands for a thing it named (news and reviews name their products and
    firms). Without one, a definite singular is a unique kind of an explainer ("the immune
    system", "the ocean floor") and stays a concept."""
    return any(s.start < token.i and s.label in _THING_NAMES for s in names.spans)


def salient(ctx, token, earlier_sentence: bool = True) -> list[Mention]:
    """"it" / "they" grounded to the salient concept: the nearest main-clause subject before
    it in its sentence, else (`earlier_sentence`) the first main-clause subject of the sentence
    before, agreeing in number; "it" is never a person, "they" never a name. [] when there is
    none, when there are several of its number (issue 14, class 3: which is meant is a
    guess), or when the pronoun is inside a quotation. Memoised per pronoun, so a chain of pronouns holds."""
    key = (token.i, earlier_sentence)
    if key in ctx.memo:
        return ctx.memo[key]
    ctx.memo[key] = []  # a cycle ends here
    lower = token.lower_
    if lower not in _SINGULAR | _PLURAL or lower in {"itself", "themselves"}:
        return []  # a reflexive is its own clause's subject: extract.coref
    if earlier_sentence and not _main_subject(token):
        return []  # "said it was aware": only a main clause's subject carries the topic on
    if _expletive(token):
        return []  # "It is worrying for shoppers": no thing is meant
    plural = lower in _PLURAL
    names = ctx.names
    sent_no = names._sent_index[token.i]
    here = [t for t in names.sentences[sent_no] if t.i < token.i and _main_subject(t)][::-1]
    before = [t for t in names.sentences[sent_no - 1] if _main_subject(t)] \
        if sent_no > 0 and earlier_sentence else []
    if quotation_at(names.doc, token.idx) is not None:
        return []  # a speaker's "it" is what the speaker talks about
    found = []
    for cand in here + before:
        if cand.pos_ == "PRON":
            chain = salient(ctx, cand) if cand.lower_ in (_PLURAL if plural else _SINGULAR) else []
            found += chain[:1]
            continue
        if _plural(cand) != plural:
            continue
        cand = _described(cand)
        span = names.entity_at(cand.i)
        if span is not None and (plural or span.label in _PEOPLE):
            continue  # "it" is no person; "they" after a name is a group the name is not
        mention = names.entity_mention(span) if span is not None else open_concept(ctx, cand)
        if mention is not None:
            found.append(mention)
    window_start = names.sentences[sent_no - 1].start if before else names.sentences[sent_no].start
    if plural and earlier_sentence and lower in {"they", "them"} and _people_in_view(names, sent_no, token):
        return []  # "They were convicted" after the jurors and the two spammers: the people may be meant
    types = _THEY_TYPES if plural else _IT_TYPES
    rivals = {names.entity_mention(s).text for s in names.spans
              if window_start <= s.start < token.i and s.label in types}
    if not found or len({m.text for m in found} | rivals) != 1:
        return []  # none, or several of its number: which one is meant is a guess
    return _remember(ctx, key, token, found[0])


#: sentences before a "they" in which a named person keeps the people in view (round 11)
PEOPLE_WINDOW = 2


def _people_in_view(names, sent_no: int, token) -> bool:
    """Two named people (or a coordinated pair of names) in the sentence of a "they" before
    it, or in the `PEOPLE_WINDOW` sentences before: "Jaynes and DeGroot were found guilty. The jurors recommended a sentence.
    They were convicted ..." - "they" may be the people named, not the salient subject."""
    start = names.sentences[max(sent_no - PEOPLE_WINDOW, 0)].start
    if len({s.text for s in names.spans if start <= s.start < token.i and s.label == "PERSON"}) >= 2:
        return True  # "they" agrees with two named people, never with one
    # a named plural: two coordinated names ("Jaynes and DeGroot were found guilty")
    return any(t.pos_ == "PROPN" and t.dep_ in {"nsubj", "nsubjpass"}
               and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.children)
               for t in names.doc[start:token.i])


#: verbs of feeling whose progressive takes an expletive "it": "it is worrying for ..."
EMOTIVE_VERBS = frozenset({"worry", "concern", "surprise", "amaze", "alarm", "disappoint", "encourage",
                           "frighten", "annoy", "puzzle", "shock", "interest", "excite", "trouble",
                           "frustrate", "embarrass", "depress", "reassure", "astonish", "disturb"})


def _expletive(token) -> bool:
    """An "it" that stands for nothing: "it is worrying for ...", "it is clear that ..."."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    if verb.lemma_ == "be" and any(c.dep_ in {"acomp", "ccomp"} for c in verb.children):
        return True
    return verb.tag_ == "VBG" and verb.lemma_.lower() in EMOTIVE_VERBS and not any(c.dep_ == "dobj" for c in verb.children)


def _described(subject):
    """The thing a superlative subject of a copula is said to be: "the most important gadget
    is the mobile phone. It ..." speaks of the phone (the subject names a ranking, not a thing)."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ != "be" or not _specified(subject):
        return subject
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), subject)


def _remember(ctx, key, token, mention: Mention) -> list[Mention]:
    found = [Mention(ctx.doc_id, mention.text, mention.type, token.idx, token.idx + len(token.text),
                     ctx.names.sentence(token.i).start_char, antecedent_of=token.text,
                     antecedent_score=SALIENT_SCORE)]
    ctx.memo[key] = found
    return found


def _main_subject(token) -> bool:
    """The subject of a sentence's root or of a clause coordinated with it."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = token.head
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "ROOT"


def _plural(token) -> bool:
    return token.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in token.children)


def unresolved_pronoun(ctx, token) -> list[Mention]:
    """A pronoun the entity resolver left unresolved: the salient concept, for "it"/"they"."""
    return salient(ctx, token)


# ---------------------------------------------------------------- views

def _verbal(ctx, frame: Frame) -> Iterator[Triple]:
    """The news view of a clause, then its places and times, then a naming participle, then
    what a descriptor before a named argument says it is."""
    yield from news._verbal_facts(ctx, frame)
    instrument = _instrument(ctx.names.doc[frame.predicate])
    if instrument is not None and frame.subjects:
        # "crime rings use spam to glean information": the users glean it with the spam, which
        # does nothing itself (round 13; round 11 made the instrument the doer); the purpose
        # is the users' act, read without the modality of "use"
        yield from news._verbal_facts(ctx, replace(frame, rule="instrument", scope=replace(frame.scope, modality=None)))
    yield from _circumstances(ctx, frame)
    yield from _named(ctx, frame)
    yield from _described_names(ctx, frame)


#: verbs of using a thing for a purpose: "use X to Z" says X does Z (general English)
USING_VERBS = frozenset({"use", "employ", "utilise", "utilize", "harness"})


def _instrument(verb):
    """The object of a verb of using (`USING_VERBS`) whose purpose infinitive `verb` is
    ("firms use encryption to protect data", "hackers used a virus to steal passwords"): the
    thing that does what the infinitive says; None otherwise (round 11). Not a passive "is
    used to" (a habit), nor a purpose with its own subject ("used it for them to ...")."""
    if verb.dep_ not in {"xcomp", "advcl", "acl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    user = verb.head.head if verb.dep_ == "acl" else verb.head
    if user.lemma_.lower() not in USING_VERBS or user.pos_ != "VERB" \
            or any(c.dep_ == "auxpass" for c in user.children):
        return None
    thing = next((c for c in user.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ not in {"NOUN", "PROPN"} or (verb.dep_ == "acl" and verb.head.i != thing.i):
        return None
    return thing


#: named things a common-noun descriptor before the name can classify ("chip maker Intel");
#: a person's descriptor is a title, read by the role views
_DESCRIBED_TYPES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})


def _with_noun_facts(view):
    """A view and the facts its clause's noun phrases state whatever the clause says of
    them (round 8): the is-a facts of examples (`_examples`), the places and times of event
    nouns (`_event_settings`), the organisation a person is from (`_affiliations`)."""
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        yield from view(ctx, frame)
        yield from _examples(ctx, frame)
        yield from _event_settings(ctx, frame)
        yield from _affiliations(ctx, frame)
    return facts


def _from_phrase(person):
    """The "from" phrase of a person's name: on the name ("Ben Coppin from Envisional"), or
    set off by a comma right after a speaker's name, where the parse hangs it on the verb
    ("said Andy Townsend, from BBC Broadcast")."""
    own = next((c for c in person.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if own is not None:
        return own
    doc = person.doc
    after = person.i + 2
    if person.dep_ != "nsubj" or after >= len(doc) or doc[person.i + 1].text != "," or doc[after].lower_ != "from":
        return None
    return doc[after] if doc[after].dep_ == "prep" and doc[after].head.i == person.head.i else None


def _affiliations(ctx, frame: Frame) -> Iterator[Triple]:
    """"said Ben Coppin from Envisional" -> (Ben Coppin, works for, Envisional): a person's
    name with "from" and an organisation's name is the person's employer or the body the
    person speaks for (a place after "from" is where the person comes from: no fact). Read
    once per clause, like `_examples`."""
    names = ctx.names
    doc = names.doc
    verb = doc[frame.predicate]
    for person in verb.subtree:
        nearest = _nearest_verb(person)
        span = names.entity_at(person.i)
        if span is None or span.label != "PERSON" or person.i != span.end - 1 or nearest is None \
                or nearest.i != verb.i:
            continue
        prep = _from_phrase(person)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        body = names.entity_at(pobj.i) if pobj is not None else None
        if body is None or body.label != "ORG" or pobj.i != body.end - 1 or list(pobj.conjuncts):
            continue
        yield from news._emit(ctx, [names.entity_mention(span)], "works for", "work", [names.entity_mention(body)],
                              prep, Scope(), (), "role")


#: nouns of an organised event, which is held somewhere at some time (general English)
EVENT_NOUNS = frozenset({"conference", "summit", "show", "exhibition", "expo", "fair", "festival", "election",
                         "referendum", "convention", "tournament", "championship", "competition", "contest",
                         "ceremony", "olympics", "concert", "auction", "rally", "congress", "symposium",
                         "workshop", "seminar", "exhibit", "premiere", "games"})


def _event_settings(ctx, frame: Frame) -> Iterator[Triple]:
    """"spoke at a Linux summit in California" -> (Linux summit, held in, California) (round
    8): a named place or a dated time after "in", "at" or "on" on a noun of an organised event
    (`EVENT_NOUNS`) is where or when the event is held, whatever the clause says of it. Read
    once per clause, like `_examples`; a concept place is too often a topic ("a conference on
    security"), so only named places."""
    names = ctx.names
    doc = names.doc
    verb = doc[frame.predicate]
    for noun in verb.subtree:
        nearest = _nearest_verb(noun)
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVENT_NOUNS or nearest is None or nearest.i != verb.i \
                or quotation_at(doc, noun.idx) is not None:
            continue
        event = open_concept(ctx, noun)
        if event is None or event.type != CONCEPT:
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "on"}):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                where = _time(ctx, pobj) or _place(ctx, pobj, named_only=True)
                if where is not None:
                    yield from news._emit(ctx, [event], f"held {prep.lower_}", "hold", [where], noun, Scope(), (),
                                          "circumstance")


def _examples(ctx, frame: Frame) -> Iterator[Triple]:
    """"installs nuisance programs such as spyware" -> (spyware, is a, nuisance program)
    (round 8): an example after "such as" or "including" is a member of the plural kind
    before it (rule 19 keeps it out of the clause's own facts), each coordinated example
    ("games such as Halo and Doom"). The kind is a plural noun (a singular "a development
    arm, including a program" names a whole and its part), the example a noun phrase (not
    "such as sending a big file"); "like" also compares ("programmes like Sky"), so it gives
    none. Read once per clause: the kinds whose nearest verb is the frame's predicate."""
    names = ctx.names
    doc = names.doc
    verb = doc[frame.predicate]
    for kind in verb.subtree:
        nearest = _nearest_verb(kind)
        if kind.tag_ != "NNS" or nearest is None or nearest.i != verb.i:
            continue
        prep = next((c for c in kind.children if c.dep_ == "prep" and _example_prep(c)), None)
        first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if first is None or quotation_at(doc, kind.idx) is not None:
            continue
        nearer = [c for c in kind.conjuncts if kind.i < c.i < prep.i]
        if nearer:  # "extras for avatars or utilities such as maps": the examples are utilities (round 12)
            kind = max(nearer, key=lambda c: c.i)
            if kind.tag_ != "NNS":
                continue
        kinds = [m for m in [open_concept(ctx, kind)] if m is not None and m.type == CONCEPT]
        for member in (first, *(c for c in first.conjuncts if c.i > first.i)):
            if member.pos_ not in {"NOUN", "PROPN"} or member.tag_ == "VBG":
                continue
            span = names.entity_at(member.i)
            if span is not None and any(t.dep_ == "cc" for t in doc[span.start:span.end]):
                continue  # "Knights of the Old Republic and Neverwinter Nights" tagged as one name
            examples = [names.entity_mention(span)] if span is not None else \
                [m for m in [open_concept(ctx, member)] if m is not None]
            if kinds and examples:
                yield from news._emit(ctx, examples, "is a", "be", kinds, kind, Scope(), (), "is_a")


def _example_prep(prep) -> bool:
    """"such as" or "including" after a noun."""
    if prep.lower_ == "including":
        return True
    return prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"


def _nearest_verb(token):
    """The nearest verb or auxiliary above `token`, or None."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _described_names(ctx, frame: Frame) -> Iterator[Triple]:
    """"bought anti-virus software maker Sybari Software" -> (Sybari Software, is a,
    anti-virus software maker) (round 5): a run of common nouns written before a name as its
    modifier says what the named thing is, whatever the clause says of it ("has not bought
    X" still calls X a maker). Not inside a quotation (the speaker's word), not of a person
    (a title: the role views), not a descriptor made only of a place or a name."""
    names = ctx.names
    doc = names.doc
    heads = sorted({h for arg in (*frame.subjects, *frame.arguments, *frame.grammatical, *frame.dependents)
                    for h in arg.heads})
    for head in heads:
        span = names.entity_at(head)
        if span is None or span.label not in _DESCRIBED_TYPES:
            continue
        described = _descriptor(names, span)
        if described is None or quotation_at(doc, doc[span.start].idx) is not None:
            continue
        name = names.entity_mention(span)
        yield from news._emit(ctx, [name], "is a", "be", [described], doc[span.start - 1], Scope(), (), "is_a")


def _descriptor(names, span) -> Mention | None:
    """The concept of the common nouns just before a name that modify it ("film giant
    Disney" -> "film giant"), or None."""
    doc = names.doc
    last = span.start - 1
    if last < 0 or doc[last].tag_ not in {"NN", "NNS"} or not _lower(doc[last]) \
            or doc[last].dep_ not in {"compound", "nmod", "amod"} or not span.start <= doc[last].head.i < span.end \
            or names.entity_at(last) is not None:
        return None
    first = last
    while first > 0 and _descriptor_word(names, doc[first - 1], first, span.end):
        first -= 1
    if doc[first].text == "-" or (first > 0 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_):
        return None  # "Canada-based ... company": the descriptor begins inside a word
    words = [t for t in doc[first:last + 1]]
    while words and words[0].lower_ in EMPTY_ADJECTIVES:
        words = words[1:]
    if not words or empty(doc[last]):
        return None
    head = doc[last]
    text = " ".join([*(t.lower_ for t in words[:-1]), singular(head.lower_, head.lemma_.lower()) if head.tag_ == "NNS" else head.lower_])
    text = clean_name(text.replace(" - ", "-").replace(" -", "-").replace("- ", "-"))
    if not text:
        return None
    return Mention(names.doc_id, text, CONCEPT, words[0].idx, head.idx + len(head.text),
                   names.sentence(head.i).start_char)


def _lower(token) -> bool:
    """A word in lower case, or a sentence's first word capitalised only as such ("Film")."""
    return token.text.islower() or (token.is_sent_start and token.text[1:].islower() and token.tag_ in {"NN", "NNS", "JJ"})


def _descriptor_word(names, token, first: int, end: int) -> bool:
    """A lower-case noun, adjective or joining hyphen that modifies the words after it up
    to the end of the name: "anti-virus software" of "anti-virus software maker Sybari"."""
    hyphen = token.text == "-" and not token.whitespace_
    return (hyphen or (_lower(token) and token.tag_ in {"NN", "NNS", "JJ", "VBN", "VBG"})) \
        and names.entity_at(token.i) is None and (hyphen or first <= token.head.i < end)


def _circumstances(ctx, frame: Frame) -> Iterator[Triple]:
    """"were held in Athens in 1896" -> (Olympics, held in, Athens), (Olympics, held in, 1896):
    a place (a named place, or a concept after a preposition of place) or a time of the event,
    said of its patient (passive), its object ("developed the vaccine in 1796": the vaccine
    was developed in 1796) or its doer (intransitive: "lives in colonies")."""
    doc = ctx.names.doc
    verb = doc[frame.predicate]
    patients = [a for a in frame.arguments if a.role is Role.PATIENT]
    objects = [a for a in frame.arguments if a.role is Role.OBJECT and not a.light]
    if frame.passive or patients:
        holders, participle = patients or list(frame.grammatical), True
    elif objects and _relative_subject(verb):
        return  # "gadgets that will hit the shelves in 2005": the clause says when of the gadgets' act
    elif objects:
        holders, participle = objects[:1], True
    else:
        holders, participle = list(frame.subjects), False
    if not holders or frame.lemma in SAY_VERBS | {"tell"} or frame.lemma in _EMPTY_VERBS \
            or any(c.dep_ in {"acomp", "oprd", "attr"} for c in verb.children):
        return  # "said in a statement": where words were said is no fact about their topic
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | TIME_PREPS]
    if not preps:
        return
    subjects = [m for arg in holders for m in news._ground(ctx, arg)]
    if holders == objects[:1] and not frame.passive:
        # "joined Apple in 1978", "Apple, which he joined in 1978": a named actor or place as
        # the object takes part in the act; (Apple, joined in, 1978) would read as its own act
        subjects = [m for m in subjects if m.type not in _ACTOR_TYPES]
    # "will start producing films in 2005": when the producing starts, no date of the films
    undated = holders == objects[:1] and not frame.passive and _some_of_a_kind(doc[objects[0].head])
    middle = ""
    if not subjects and objects and holders == objects[:1] and frame.subjects \
            and filled(doc[objects[0].head]) is None and not doc[objects[0].head].ent_type_:
        # "played a central role in the Reformation": an empty object joins the relation
        subjects = [m for arg in frame.subjects for m in news._ground(ctx, arg)]
        middle, participle = doc[objects[0].head].lemma_.lower(), False
    if not subjects:
        return
    attributed = news._speakers(ctx, frame.scope)
    scope = replace(frame.scope, speakers=())
    purpose = _event_purpose(verb)
    for prep in preps:
        if purpose is not None and prep.i < purpose.i:
            continue  # the place or time before "for release" is the setting's, after it the release's
        if _in_fronted_clause(verb, prep):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            where = _time(ctx, pobj) if prep.lower_ in TIME_PREPS and not undated else None
            if where is None and prep.lower_ in PLACE_PREPS:
                # a doer's concept place is too often a circumstance or a misattached phrase
                # ("called for a retrial in a public court"): named places only
                where = _place(ctx, pobj, named_only=not participle)
            if where is None:
                continue
            verb_words = _participle(verb, frame.lemma) if participle else \
                relation_text(frame.lemma, frame.particle, middle=middle)
            relation = f"{verb_words} {frame.particle if participle and frame.particle else ''} " \
                f"{f'for {purpose.lower_} ' if purpose is not None else ''}{prep.lower_}"
            for fact in news._emit(ctx, subjects, " ".join(relation.split()), frame.lemma, [where], verb,
                                   scope, attributed, "circumstance"):
                planned = purpose is not None and verb.lemma_.lower() in SCHEDULING_VERBS
                yield replace(fact, certainty=news_stronger(fact.certainty, "hedged")) if planned else fact


def _in_fronted_clause(verb, prep) -> bool:
    """A phrase the parse hangs on the main verb that stands inside a subordinate clause put
    before it (round 13): "Since the Cray-1 was installed in 1976, speed has leaped 500,000
    times" dates the installing; the leap is since 1976, never (speed, leaps in, 1976)."""
    subject = next((c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), verb.i)
    return prep.i < min(subject, verb.i) and any(
        c.dep_ == "advcl" and c.i < prep.i and c.left_edge.i < prep.i for c in verb.children)


def _relative_subject(verb) -> bool:
    """A relative clause whose subject is its relative word for a thing (round 11): "gadgets
    that will hit the shelves in 2005" speaks of the gadgets, the noun it modifies, so a place
    or a time in it is no circumstance of the clause's object ("shelf hit in 2005"). A person's
    act ("anyone who has purchased a printer since 2001") still dates what was acted on."""
    return verb.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WDT"
                                        for c in verb.children)


#: verbs that put an event in a plan: "set for release in 2005", "scheduled for launch in May"
SCHEDULING_VERBS = frozenset({"set", "schedule", "slate", "plan", "earmark", "timetable", "pencil", "due", "book"})


def _event_purpose(verb):
    """The bare event noun of a "for" phrase on the verb ("set for release in 2005": the
    release), or None (round 8). The place or time after it is the event's: the gems are set
    for release in 2005, not set in 2005."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.tag_ != "NN" or noun.ent_type_ or any(c.dep_ != "prep" for c in noun.children):
        return None
    return noun


def _some_of_a_kind(noun) -> bool:
    """A bare plural ("will start producing films in 2005"): some things of a kind, of which
    the time of the act says nothing (round 5); a counted or a definite plural is a set the
    text speaks of ("closed 12,575 net cafes in 2004")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def _participle(verb, lemma: str) -> str:
    """The past participle of the clause's verb: as written when it is one ("lit")."""
    from lemminflect import getInflection

    head, _, rest = lemma.partition(" ")
    if verb.tag_ == "VBN" and verb.lemma_.lower() == head:
        return f"{verb.lower_} {rest}".strip()
    forms = getInflection(head, tag="VBN")
    return f"{forms[0] if forms else head} {rest}".strip()


#: era markers after a year (general English, round 14)
_ERAS = frozenset({"AD", "BC", "BCE", "CE"})


def era(token) -> bool:
    """An era marker right after a number ("190 A.D.", "300 BC"): part of a date, no place."""
    return token.text.replace(".", "").upper() in _ERAS and token.i > 0 and token.doc[token.i - 1].like_num


def _time(ctx, token) -> Mention | None:
    """A date or time the parse tagged ("1896", "the 19th century"), as a DATE/TIME mention."""
    if era(token):  # "dates at 190 A.D.": the year with its era, never the era alone
        year = token.doc[token.i - 1]
        return Mention(ctx.doc_id, f"{year.text} {token.text}", "DATE", year.idx, token.idx + len(token.text),
                       ctx.names.sentence(token.i).start_char)
    if token.ent_type_ not in _TIME_TYPES and not (token.like_num and len(token.text) == 4 and token.text.isdigit()):
        return None
    doc = ctx.names.doc
    label = token.ent_type_ or "DATE"
    start = end = token.i
    if token.ent_type_:
        while start > 0 and doc[start - 1].ent_type_ == token.ent_type_ and doc[start - 1].ent_iob_ != "O" \
                and doc[start].ent_iob_ != "B":
            start -= 1
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
            end += 1
    words = [t for t in doc[start:end + 1] if t.lower_ not in _DATE_TRIM]
    if not words:
        return None
    text = clean_name(doc[words[0].i:words[-1].i + 1].text)
    if not text or not any(c.isdigit() for c in text):
        return None  # "on Tuesday", "last year": relative to a date the text does not give
    if words[-1].tag_ == "NNS" and words[-1].lemma_.lower() in DURATION_UNITS:
        return None  # "in 12 months", "over three years": a length of time, no date (round 5)
    first, last = words[0], words[-1]
    return Mention(ctx.doc_id, text, label, first.idx, last.idx + len(last.text),
                   ctx.names.sentence(token.i).start_char)


def _place(ctx, token, named_only: bool = False) -> Mention | None:
    """A named place, or (unless `named_only`) a concept (not a time, an amount or an empty noun)."""
    span = ctx.names.entity_at(token.i)
    if era(token):
        return None
    if span is not None:
        return ctx.names.entity_mention(span) if span.label in _PLACE_TYPES else None
    if named_only or token.ent_type_ or token.pos_ != "NOUN":
        return None
    found = news._arg(ctx, token)
    return found[0] if found and found[0].type in _PLACE_TYPES | {CONCEPT} else None


def _named(ctx, frame: Frame) -> Iterator[Triple]:
    """"tiny animals called polyps" -> (polyp, is a, animal): a naming participle's complement
    is a kind of the noun it hangs on."""
    doc = ctx.names.doc
    verb = doc[frame.predicate]
    if frame.lemma not in NAMING_VERBS or verb.tag_ not in {"VBN", "VBD"} or verb.head.pos_ != "NOUN" \
            or verb.dep_ not in {"acl", "ROOT"}:
        return
    kinds = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    names = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}]
    if not kinds or not names:
        return
    subjects = [m for n in names for m in news._arg(ctx, n)]
    objects = [m for k in kinds for m in news._arg(ctx, k)]
    if any(m.type != CONCEPT for m in objects):  # the kind stands for the name (named_apposition)
        objects = [m for k in kinds if (m := concept_mention(k, ctx.doc_id, ctx.names.sentence(k.i).start_char))]
    yield from news._emit(ctx, subjects, "is a", "be", objects, verb, frame.scope, (), "is_a")


def _copula(ctx, frame: Frame) -> Iterator[Triple]:
    """"X is a form of Y", "X is a Y", "X is the capital of Y": is-a and part-of facts."""
    doc = ctx.names.doc
    attrs = [a for a in frame.dependents if a.role is Role.ATTRIBUTE and doc[a.head].pos_ in {"NOUN", "PROPN"}
             and doc[doc[a.head].i].dep_ == "attr"]
    if not frame.grammatical or not attrs:
        return
    kind = doc[frame.grammatical[0].head]
    if kind.lemma_.lower() in KIND_NOUNS and filled(kind) is not None and filled(kind).i != kind.i:
        yield from _kind_subject(ctx, frame, filled(kind), attrs)
        return
    subjects = [m for arg in frame.grammatical for m in news._ground(ctx, arg)]
    # "Bees and wasps are insects": each coordinated subject is one (round 5)
    subjects += [m for arg in frame.grammatical for head in arg.heads for c in doc[head].conjuncts
                 if c.i > head and c.i not in arg.heads and c.dep_ == "conj" for m in news._arg(ctx, c)
                 if m.text not in {s.text for s in subjects}]
    if not subjects:
        return
    copula = doc[frame.predicate]
    attributed = news._speakers(ctx, frame.scope)
    scope = replace(frame.scope, speakers=())
    for attr in attrs:
        head = doc[attr.head]
        if _misread_progressive(copula, head) or _merely(copula, head):
            continue
        for noun in (head, *(c for c in head.conjuncts if c.i > head.i)):
            for relation, objects in _what_it_is(ctx, noun, definite=True):
                if relation == "is a" and _specified(kind) and not _specified(noun) and _definite(noun):
                    # "the oldest gadget is the abacus": the attribute is the one the subject describes
                    yield from news._emit(ctx, news._arg(ctx, noun), relation, "be", subjects, copula, scope,
                                          attributed, "is_a")
                    continue
                yield from news._emit(ctx, subjects, relation, "be",
                                      [o for o in objects if not _tautology(subjects, o)], copula, scope,
                                      attributed, "is_a")


#: focus adverbs that make an is-a a judgement of how little the subject is: "just a box"
MERELY = frozenset({"just", "merely", "simply", "only", "nothing", "little"})


def _merely(copula, noun) -> bool:
    """"The Mac mini is just a box", "it is merely a toy": a bare attribute after "just" says how
    little the subject is, not what kind of thing it is; no is-a (round 10). With modifiers
    ("just a publishing platform") it still names the kind."""
    if any(c.dep_ in {"compound", "amod", "nmod"} or c.dep_ == "prep" and c.i > noun.i for c in noun.children
           if c.lower_ not in MERELY):
        return False  # "just a publishing platform" still says what kind of thing it is
    words = [c for c in (*copula.children, *noun.children) if c.dep_ in {"advmod", "amod", "npadvmod"}]
    return any(c.lower_ in MERELY and c.i < noun.i for c in words)


def _misread_progressive(copula, noun) -> bool:
    """An attribute without a determiner that opens with an "-ing" word right after the
    copula: the auxiliary of a progressive the parse read as a copula ("media companies are
    streaming video content" streams content; it is no kind of content, round 9)."""
    if any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return False
    first = noun.left_edge
    between = copula.doc[copula.i + 1:first.i]
    return (first.tag_ == "VBG" and first.i < noun.i and all(t.dep_ in {"advmod", "neg"} for t in between)) \
        or _participle_with_object(noun)


#: words that open the object of a participle the parse read as a noun: "covering what is in the news"
_OBJECT_OPENERS = frozenset({"what", "how", "where", "who", "whatever", "the", "a", "an", "their", "its"})


def _participle_with_object(noun) -> bool:
    """A bare "-ing" attribute after an adjective, followed by the start of its object: "the
    blogs are wide-ranging covering what is in the news" is an adjective and a participle
    (round 14), no kind "wide-ranging covering"."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return noun.lower_.endswith("ing") and noun.tag_ == "NN" \
        and any(c.dep_ == "amod" and c.i < noun.i for c in noun.children) \
        and following is not None and following.lower_ in _OBJECT_OPENERS


def _kind_subject(ctx, frame: Frame, kind, attrs) -> Iterator[Triple]:
    """"One type of ink is indelible ink" -> (indelible ink, is a, ink): the attribute is a
    kind of what the subject's "of" phrase names."""
    doc = ctx.names.doc
    objects = news._arg(ctx, kind)
    for attr in attrs:
        subjects = [m for m in news._arg(ctx, doc[attr.head])]
        yield from news._emit(ctx, subjects, "is a", "be", objects, doc[frame.predicate],
                              replace(frame.scope, speakers=()), news._speakers(ctx, frame.scope), "is_a")


def _apposition(ctx, frame: Frame) -> Iterator[Triple]:
    """"Pierre de Coubertin, a French educator" -> (Pierre de Coubertin, is a, French
    educator): a common-noun apposition says what its head is."""
    doc = ctx.names.doc
    head, appos = doc[frame.grammatical[0].head], doc[frame.dependents[0].head]
    if appos.pos_ != "NOUN" or ctx.names.entity_at(appos.i) is not None or appos.i < head.i \
            or any(c.dep_ in {"conj", "cc"} for c in appos.children) or not _set_off(appos) \
            or (head.left_edge.i > 0 and doc[head.left_edge.i - 1].text == ",") \
            or head.sent.root.pos_ not in {"VERB", "AUX"}:
        return  # "..., an excellent keyboard, a modem.": items of a list, or a verbless fragment
    if _embedded_dash(head, appos):
        return  # "the practice of marking sheep - a common metaphor": it describes the whole phrase
    if _acronym(appos) or _expansion(head, appos):
        return  # "personal digital assistants (PDAs)": another name of the head, not a kind
    if not _after_punctuation(appos):
        return  # "the official UK games charts": a compound the parse split, no apposition
    if ctx.names.entity_at(head.i) is None and any(m.tag_ in {"NNP", "NNPS"} or ctx.names.entity_at(m.i) is not None
                                                   for m in appos.lefts if m.dep_ != "det"):
        return  # "the Toshiba-backed format, HD-DVD discs": the apposition names the format
    if _place_pair(ctx.names, head):
        return  # "the Petronas Towers in Kuala Lumpur, Malaysia - the tallest skyscraper": an address
    if any(c.dep_ == "det" and c.lower_ == "the" for c in appos.children) and ctx.names.entity_at(head.i) is None:
        return  # "the computers, the communications equipment": a list more often than an apposition
    if not [c for c in appos.children if c.dep_ != "punct"] and not is_person_noun(appos) \
            and doc[appos.i - 1].text == "," and appos.i + 1 < len(doc) and doc[appos.i + 1].text == ",":
        return  # "stomps, carefree, over": a bare word between commas is a manner, no kind ("(HSDPA) standard" stays)
    if any(c.dep_ == "neg" for c in appos.children):
        return  # "a TV, a telephone and a games machine, not just a textbook": what it is not only
    if ctx.names.entity_at(head.i) is None and _list_items(head, appos):
        return  # "Music, images, e-mails, and texts are hoarded": items of one list (round 14)
    listed = [c for c in head.conjuncts if head.i < c.i < appos.i]
    if listed:
        if appos.tag_ in {"NNS", "NNPS"}:
            return  # "A and B, two firms": which of them the plural describes the parse does not say
        head = max(listed, key=lambda c: c.i)  # "A and Pointsec, a backup firm": the name just before it
    subjects = news._arg(ctx, head)
    for relation, objects in _what_it_is(ctx, appos, definite=False):
        yield from news._emit(ctx, subjects, relation, "be", [o for o in objects if not _tautology(subjects, o)],
                              appos, frame.scope, (), "is_a")


def _list_items(head, appos) -> bool:
    """A bare noun "apposition" of a bare noun whose list goes on after it ("Music, images,
    e-mails, and texts are being hoarded", round 14): two items of one coordination, no is-a.
    An apposition needs an article or a name ("Coubertin, a French educator"). The caller
    asks that the head be no name."""
    bare = all(not any(c.dep_ in {"det", "poss"} for c in t.children) for t in (head, appos))
    return bare and any(c.dep_ in {"conj", "cc"} and c.i > appos.i for c in head.children)


def _after_punctuation(appos) -> bool:
    """An apposition opened by a comma, a dash, a colon or a bracket."""
    before = appos.left_edge.i - 1
    return before >= 0 and appos.doc[before].text in {",", "-", "—", "–", "--", ":", "(", ")"}


def _embedded_dash(head, appos) -> bool:
    """An apposition after a dash on a noun inside a prepositional phrase: the dash sets off
    a comment on the whole phrase before it more often than on its last noun."""
    doc = head.doc
    dash = appos.left_edge.i > 0 and doc[appos.left_edge.i - 1].text in {"-", "—", "–", "--"}
    return dash and any(w.dep_ in {"pobj", "pcomp"} for w in (head, *head.ancestors))


def _acronym(token) -> bool:
    """A word written in capitals, maybe with a plural "s": "PDAs", "GPS"."""
    letters = token.text[:-1] if token.text.endswith("s") else token.text
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _expansion(head, appos) -> bool:
    """An acronym's spelt-out words ("RSS (really simple syndication)", round 14): another name
    of the same thing, no kind of it. The initials of the apposition's words spell the acronym."""
    if not _acronym(head):
        return False
    letters = (head.text[:-1] if head.text.endswith("s") else head.text).lower()
    words = [t for t in appos.doc[appos.left_edge.i:appos.i + 1] if t.is_alpha and t.dep_ != "det"]
    return len(words) == len(letters) and "".join(t.lower_[0] for t in words) == letters


def _place_pair(names, head) -> bool:
    """A place named with the place it lies in, "Kuala Lumpur, Malaysia": an apposition after
    it most often describes what the place phrase hangs on, not the place."""
    def place(token):
        span = names.entity_at(token.i)
        return span is not None and span.label in {"GPE", "LOC"}
    return place(head) and (any(c.dep_ == "appos" and place(c) for c in head.children)
                            or (head.dep_ == "appos" and place(head.head)))


def _specified(noun) -> bool:
    """A noun singled out by a superlative or an ordinal: "the oldest gadget", "the first machine"."""
    return any(c.tag_ in {"JJS", "RBS"} or c.ent_type_ == "ORDINAL" or c.lower_ in {"most", "only"}
               or any(g.tag_ == "RBS" for g in c.children) for c in noun.lefts)


def _definite(noun) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _tautology(subjects: list[Mention], obj: Mention) -> bool:
    """"creative industry is an industry": the object only repeats the subject's head."""
    return any(s.text.lower().split()[-1:] == obj.text.lower().split() for s in subjects)


def _set_off(appos) -> bool:
    """An apposition closed by punctuation or the sentence's end: "X, a secret society, ..."."""
    doc = appos.doc
    after = appos.right_edge.i + 1
    return after >= len(doc) or doc[after].text in {",", ".", ";", ":", ")", "-", "—", "–"} \
        or doc[after].is_sent_start


def _what_it_is(ctx, noun, definite: bool) -> Iterator[tuple[str, list[Mention]]]:
    """(relation, objects) of a predicate noun: "a form of Y" -> is a Y, "part of Y" -> is part
    of Y, "the capital of Y" -> is capital of Y (a definite head with an "of" object), else
    is a <the noun's concept>."""
    lemma = noun.lemma_.lower()
    if lemma in ROLE_NOUNS | PREPOSITIONAL_NOUNS:
        return  # "the focus of military research", "courtesy of a distributor": a role, no kind (round 12)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is not None and lemma in KIND_NOUNS | PART_NOUNS | RELATIONAL_NOUNS:
        objects = news._arg(ctx, obj)
        if objects:  # "the creator of The Sims games": a relation to the "of" phrase (round 9)
            yield ("is a" if lemma in KIND_NOUNS else f"is {lemma} of"), objects
        return
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if definite and the and obj is not None and not empty(noun) and lemma not in EMPTY:
        objects = news._arg(ctx, obj)
        if objects and objects[0].type != CONCEPT:
            yield f"is {lemma} of", objects  # "the capital of France": a role the name fills
            return
    if ctx.names.entity_at(noun.i) is not None:
        return  # "the capital is Paris": an identity, not a kind
    if any(c.dep_ == "amod" and c.lower_ in EVALUATIVE_ADJECTIVES for c in noun.children):
        return  # "colleagues who are bad shots": without "bad" the kind says the opposite
    if any(c.dep_ == "nummod" or c.like_num or c.ent_type_ in {"QUANTITY", "MONEY", "PERCENT", "CARDINAL"}
           for c in noun.children):
        return  # "each film is about 100 gigabytes": a measure, not a kind
    found = open_concept(ctx, noun)
    if found is not None:
        yield "is a", [found]


def _no_nationality(view):
    """Role facts without a nationality as holder: in expository text "a Romanian cleaner",
    "a French educator" describe a person (the apposition's is-a fact says so), they hold no
    office of a people; nor does a place before a common-noun title ("US operator Sprint").
    A capitalised office is the people's state's (round 8, as rule 15 keeps "US President
    Bush"): "Iranian President Mohammed Khatami" is president of Iran."""
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        doc = ctx.names.doc
        for fact in view(ctx, frame):
            if (fact.object.type != "NORP" or _before_capitalised_office(doc, fact.object)) \
                    and not _place_before_title(doc, fact.object):
                yield fact
    return facts


def _before_capitalised_office(doc, people: Mention) -> bool:
    """A people's name right before a capitalised title word ("Iranian President", "the
    Kyrgyz President, Askar Akaev"), not before a lower-case one ("a Romanian cleaner")."""
    after = next((t for t in doc if t.idx >= people.end), None)
    return after is not None and after.is_alpha and after.text[:1].isupper() and after.lower_ in TITLE_HEADS \
        and not after.is_sent_start


def _place_before_title(doc, place: Mention) -> bool:
    """A place name before a common-noun title says where the holder works, not whose office
    it is: "US operator Sprint", "UK managing director of Ciphertrust" (a capitalised office,
    "US President Bush", is the place's own)."""
    if place.type not in {"GPE", "LOC"}:
        return False
    head = head_at(doc, place)
    return head is not None and head.dep_ in {"compound", "nmod", "amod"} and head.head.i > head.i \
        and head.head.pos_ == "NOUN" and head.head.text.islower()


def _named_side(view):
    """A news view whose facts of `_FAR_RULES` keep a named entity on one side at least: those
    read their subject from afar ("during the construction of X" -> the subject of the
    clause), which between two concepts is wrong more often than not."""
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        loose = _loose_participle(ctx.names.doc[frame.predicate])
        for fact in view(ctx, frame):
            if fact.subject.type != CONCEPT or fact.object.type != CONCEPT \
                    or (fact.rule not in _FAR_RULES and not loose):
                yield fact
    return facts


def _loose_participle(verb) -> bool:
    """An "-ing" participle hung on a noun without a relative word (round 5): "faced a
    screen wearing a cap" (the people wear it, the parse hangs it on the screen), "designers
    indulging their urges have disappeared" (a practice, now gone, not a fact). Between two
    concepts such a participle is read like the far rules: kept only with a named side."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG"


def _not_rejected(view):
    """A view without the facts of a clause the sentence rejects (issue 14, class 4): "chat
    with the robot rather than finding a companion", "uses Linux instead of buying Windows"
    say that the companion is not found, Windows not bought; nor of a clause under "wish"."""
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        predicate = ctx.names.doc[frame.predicate]
        if not rejected(predicate) and not wished(predicate):
            yield from view(ctx, frame)
    return facts


def _sourced_right(view):
    """A view without facts whose subject is read off a noun's modifier rather than the
    clause (issue 14, class 6): a survey's source ("users clicked on links, according to
    Radicati": Radicati clicked on nothing) or a place or owner hanging on the real subject
    ("the show in Las Vegas runs": Las Vegas does not run)."""
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        doc = ctx.names.doc
        for fact in view(ctx, frame):
            if fact.subject.antecedent_of is None and _modifier_only(doc, fact.subject.start, frame.predicate) \
                    and not _noun_fact(doc, fact):
                continue
            yield fact
    return facts


def _modifier_only(doc, start_char: int, predicate: int) -> bool:
    """True when the token at `start_char` sits in an "according to" phrase, or in a
    prepositional phrase on a noun (not an empty noun's "of": "a third of users"), that does
    not hold the predicate."""
    token = next((t for t in doc if t.idx <= start_char < t.idx + max(len(t.text), 1)), None)
    if token is None:
        return False
    pred = doc[predicate]
    for word in (token, *token.ancestors):
        if word.i == pred.i:
            return False
        if word.dep_ == "pobj" and word.head.lower_ == "to" \
                and any(c.lower_ == "according" for c in (*word.head.lefts, word.head.head)):
            return pred not in word.subtree
        if word.dep_ == "prep" and word.head.pos_ in {"NOUN", "PROPN"} and word.head.i != token.i \
                and not (word.lower_ == "of" and word.head.lemma_.lower() in EMPTY) and pred not in word.subtree:
            return True
    return False


#: verbs whose "to" complement is a requirement, not an event: "have to approve", "need to sign"
OBLIGATION_VERBS = frozenset({"have", "need", "ought"})


def _obliged(view):
    """A view whose facts under an obligation are hedged: "both the Parliament and the states
    have to approve the wording" says what must happen, not that it did."""
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        verb = ctx.names.doc[frame.predicate]
        head = verb.head
        obliged = verb.dep_ == "xcomp" and head.lemma_.lower() in OBLIGATION_VERBS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        for fact in view(ctx, frame):
            yield replace(fact, certainty=news_stronger(fact.certainty, "hedged")) if obliged else fact
    return facts


def _headline_scope(view):
    """A view whose headline facts carry the certainty the headline gives them (issue 14,
    class 7). Headlines write the present for what is to come ("Sony PSP console hits US in
    March") and single quotes for what someone claims ("Apple laptop is 'greatest gadget'");
    the clause reader (extract.frames.scope) reads neither in a headline:

    - a present-tense verb placed at a date ("in March", `_dated`) is a plan: hedged;
    - a fact with its predicate or an argument inside single quotes is someone's word: reported;
    - a past form without an auxiliary is a passive ("Reboot ordered for EU patent law",
      "Britons fed up with net service"), which the parse reads as an active past: no fact.
    """
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        doc = ctx.names.doc
        verb = doc[frame.predicate]
        head = headline(ctx.names, verb)
        if head is not None and verb.tag_ in {"VBD", "VBN"} and verb.pos_ == "VERB" \
                and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return  # "Reboot ordered for EU patent law": a headline's passive without its auxiliary
        for fact in view(ctx, frame):
            if head is not None:
                if verb.tag_ in {"VBZ", "VBP"} and _dated(verb):
                    fact = replace(fact, certainty=news_stronger(fact.certainty, "hedged"))
                quoted = _single_quoted(head)
                if any(a <= at < b for a, b in quoted for at in (verb.idx, fact.subject.start, fact.object.start)):
                    fact = replace(fact, certainty=news_stronger(fact.certainty, "reported"))
            yield fact
    return facts


def _dated(verb) -> bool:
    """A verb placed at a point in time: "in March", "on Monday", "next week" (not a length
    of time, "for 14 years", nor a date inside a noun, "Christmas e-mail")."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return True
        if child.dep_ == "prep" and child.lower_ in {"in", "on", "at", "from", "until"} \
                and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in child.children):
            return True
    return False


def headline(names, token):
    """The sentence of `token` when it is the article's headline (its first paragraph, one
    sentence, parsed before the body: extract.clean.article_text), else None."""
    sent = names.sentence(token.i)
    end = names.text.find("\n\n")
    if sent.start != 0 or end < 0 or sent.end_char < end:
        return None
    return sent


def _single_quoted(sent) -> list[tuple[int, int]]:
    """(start, end) character ranges of 'single-quoted' passages of a sentence: an opening
    quote after a space or at the start, a closing one before a space, punctuation or the end."""
    text, base = sent.text, sent.start_char
    found, opened = [], None
    for i, ch in enumerate(text):
        if ch not in "'\u2018\u2019":
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None and before in " (" and after.strip():
            opened = i
        elif opened is not None and (not after.isalnum()) and before.strip():
            found.append((base + opened, base + i + 1))
            opened = None
    return found


#: (adverb, word it modifies) pairs that reject the clause after them (general English)
_REJECTING = frozenset({("rather", "than"), ("instead", "of")})


def wished(token) -> bool:
    """A clause under "wish": counterfactual ("I only wish that Flipstart wasn't just
    vapourware" says it is), so neither its polarity nor its certainty can be read off it."""
    return any(a.lemma_.lower() == "wish" and a.pos_ == "VERB" for a in token.ancestors)


def rejected(token) -> bool:
    """A word under "rather than" or "instead of", or coordinated with one that is."""
    for word in (token, *token.ancestors):
        head = word.head
        if word.dep_ in {"pcomp", "pobj"} and any((c.lower_, head.lower_) in _REJECTING for c in head.children
                                                 if c.dep_ == "advmod"):
            return True
        if word.dep_ not in {"conj", "pcomp", "pobj"} and word is not token:
            return False
    return False


def _well_read(view):
    """A view without the facts whose arguments the parse gives the wrong part (issue 14,
    round 3), each a general reading of English:

    - both arguments generic ("users see the website", extract.concepts.generic): nothing a
      graph can use (one generic argument only lowers the confidence: OPEN_TABLE);
    - the recipient of a three-place verb as the thing acted on: "sold EA the rights" does not
      sell EA (`_recipient`);
    - an argument under "rather than" / "instead of": "preferences rather than technical
      elements" says the elements do not count (`rejected_argument`);
    - the noun of an absolute "with" clause: "With internet service disrupted, he started
      sending messages" does not start with the service (`_absolute`);
    - the noun of a sentence's opening discourse marker: "By contrast, lessons try ..."
      (`_discourse_marker`);
    - the listener of a verb of telling with its own content: "X told the BBC News website
      (that) ..." states the content, not a link between speaker and listener (`_telling`);
    - a conjunct that is the subject of the next clause: "were journalists and US laws stop
      firms ..." does not make the laws journalists (`_next_subject`; "Germany and France
      signed" is a coordinated subject of its own verb);
    - the act of a wh-infinitive after a verb of knowing or saying: "did not know where to
      go" (`_wh_infinitive`); a noun's modifier read as a clause: "the IE using population"
      (`_modifier_clause`); the act of an infinitive on what a three-place verb gives, whose
      doer is the recipient: "offering users the chance to watch" (`_recipients_act`); a
      singular subject with "were" after "that": a relative clause's subject taken for the
      main verb's (`_disagreeing_subject`); a verb of comparing without what is compared
      to: "likened grid computing to electricity" (`_unpaired`);
    - the object of a verb without the result it is turned into or taken as: "turns infected
      machines into web servers", "puts the Mac within the reach of everyone": "put" and
      "place" with any phrase after their object, round 10) (`_result_left_out`).
    """
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        doc = ctx.names.doc
        for fact in view(ctx, frame):
            if generic(fact.subject) and generic(fact.object):
                continue
            fact = _common_between_concepts(fact)
            if _telling(doc[frame.predicate], fact) or _misread_participle(doc[frame.predicate]) \
                    or _hung_participle(doc[frame.predicate]) or _wh_infinitive(doc[frame.predicate]) \
                    or _modifier_clause(doc[frame.predicate]) or _recipients_act(doc[frame.predicate]) \
                    or _disagreeing_subject(doc[frame.predicate]):
                continue
            if _unpaired(doc[frame.predicate], fact):
                continue
            heads = [head_at(doc, m) for m in (fact.subject, fact.object)]
            if _misattached_relative(ctx.names, doc[frame.predicate], heads) or _property(doc[frame.predicate], fact) \
                    or _result_left_out(doc[frame.predicate], fact):
                continue
            fact = _with_bare_phrase(doc[frame.predicate], fact)
            if _recipient(heads[1]) or any(h is not None and (rejected_argument(h) or _next_subject(h)
                                                              or _absolute(h, frame.predicate)
                                                              or _discourse_marker(h))
                                           for h in heads) \
                    or (heads[0] is not None and _asyndetic_subject(heads[0])) \
                    or any(h is not None and _cut_at_a_false_sentence_start(h) for h in heads) \
                    or (heads[1] is not None and _loose_phrase(doc[frame.predicate], heads[1])):
                continue
            yield fact
    return facts


def _loose_phrase(verb, token) -> bool:
    """The object of a prepositional phrase the parse hangs on the verb where English puts it
    elsewhere (round 8), so the verb and the preposition make no relation:

    - a phrase set off by commas after another complement of the verb, a parenthetical of the
      clause that follows ("has come up with techniques to prove, to a legal standard, that
      ...": nothing "comes up to" a standard);
    - a "for" phrase right after the object of another preposition of the verb, which it
      modifies at least as often ("working on a search system for the next version of
      Windows": a system for Windows; Microsoft does not work for Windows).
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != verb.i or prep.i < verb.i:
        return False
    doc = verb.doc
    before = [c for c in verb.children if c.dep_ in {"dobj", "prep", "dative"} and verb.i < c.i < prep.i]
    if not before:
        return False
    after = prep.right_edge.i + 1
    if doc[prep.i - 1].text == "," and after < len(doc) and doc[after].text == ",":
        return True
    return prep.lower_ == "for" and any(c.dep_ == "prep" and c.right_edge.i == prep.i - 1 for c in before) \
        and not any(c.dep_ == "dobj" for c in verb.children)


def _cut_at_a_false_sentence_start(token) -> bool:
    """An argument that begins a sentence the parser started inside a name (round 8):
    "Meanwhile BridgeHead Software has come up with ..." split after "BridgeHead" gives a
    sentence "Software has come up with ...", whose "Software" is the cut end of the name. A
    sentence starts after sentence-final punctuation (or a line break); one that starts right
    after a capitalised word is no sentence, and its first phrase no argument."""
    first = token.doc[token.left_edge.i]
    if not first.is_sent_start or first.i == 0 or not first.text[:1].isupper():
        return False
    before = token.doc[first.i - 1]
    return before.is_alpha and before.text[:1].isupper() and "\n" not in before.whitespace_


def _common_between_concepts(fact: Triple) -> Triple:
    """A fact between two concepts with one common word (extract.concepts.common: "virus
    infects computer", "survey finds evidence") scored like one with a generic word (round 8):
    the common word is taken as an instance (`OPEN_TABLE.instance`), below the default
    threshold. Beside a named entity the name makes the fact informative ("BBC runs trial"):
    it keeps its score, and so does an is-a fact, which says what the word is ("a blog is a free
    site"). Either way the common word is a node of its article (graph.resolve)."""
    if fact.subject.type != CONCEPT or fact.object.type != CONCEPT or fact.rule == "is_a":
        return fact
    subject, obj = (replace(m, instance=True) if common(m) and m.text not in GENERIC_NOUNS else m
                    for m in (fact.subject, fact.object))
    return replace(fact, subject=subject, object=obj)


def _misattached_relative(names, verb, heads) -> bool:
    """A relative clause whose antecedent the parse makes a name it cannot be (round 5):

    - a place named inside a prepositional phrase on a noun ("the napster.com site in the
      USA, which had been operating since 1999"): the clause is about the noun before the
      place at least as often; which one is a guess;
    - a name with a restrictive "that" clause ("demonstrating one at 3GSM that could display
      video"): a name needs no clause to say which one it is, so the clause belongs to a noun
      before it.

    - a "which" clause on a noun of a person ("a rally school for disabled drivers which is
      based in Lincolnshire", round 14): "which" never stands for a person, the clause
      belongs to a noun before it.

    - a conjunct after the clause ("technology from Lucent, Nortel and Motorola that
      provides speeds of 0.5 megabits, and peak rates of 2.4Mbps"): a relative clause comes
      after its antecedent, so a noun after it is none.

    True when such a clause's antecedent is an argument of the fact."""
    if verb.dep_ != "relcl":
        return False
    if any(h is not None and h.i > verb.i and h not in verb.subtree for h in heads):
        return True
    antecedent = verb.head
    span = names.entity_at(antecedent.i)
    members = {antecedent.i, *(c.i for c in antecedent.conjuncts)}  # "from Lucent, Nortel and Motorola that"
    if not any(h is not None and h.i in members for h in heads):
        return False
    if _inside_ability(antecedent) or _inverted_locative(verb):
        return True
    if _person_word(antecedent) and antecedent.dep_ == "pobj" and antecedent.head.head.pos_ == "NOUN" \
            and any(c.lower_ == "which" and c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children):
        return True  # "a school for disabled drivers which is based in X": "which" is never a person
    if any(c.lower_ in {"who", "whom"} for c in verb.children) and _who_of_a_mixed_list(names, verb, heads):
        return True
    if heads[1] is not None and heads[1].i in members and _object_which_after_a_phrase(verb):
        return True
    if span is None:
        return False
    if span.label in _PLACE_TYPES and _placed(antecedent):
        return True
    that = any(c.lower_ == "that" and c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children)
    return that and not _set_off_clause(verb)


#: nouns of ability, capacity or means: with an infinitive they name an act one has, offers or
#: lacks ("the ability to record from TV"), and a clause after the infinitive's words is about them
ABILITY_NOUNS = frozenset({"ability", "capability", "capacity", "power", "means", "option", "chance",
                           "opportunity", "facility", "feature", "function", "functionality", "way",
                           "right", "freedom", "potential"})


def _inside_ability(noun) -> bool:
    """True for a noun inside the infinitive of a noun of ability ("the ability to record
    directly from TV, VCR and satellite boxes, which devices do not offer"): what the devices
    lack is the ability, not the boxes; the parse hangs the clause on the nearest noun (round 7).
    The walk stops at the first verb above the noun."""
    for above in noun.ancestors:
        if above.pos_ in {"VERB", "AUX"}:
            return above.dep_ == "acl" and above.head.lemma_.lower() in ABILITY_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in above.children)
    return False


def _who_of_a_mixed_list(names, verb, heads) -> bool:
    """A "who" clause the parse hangs on a list of a person and a thing ("unable to get out
    in the woods or distant hunters who cannot afford a trip"): "who" stands for a person, so
    the thing is no antecedent (round 7: "wood affords trip"). True when a thing of the list
    is an argument while a person is in it."""
    members = [verb.head, *verb.head.conjuncts]
    personal = [m for m in members if _personal(names, m)]
    return bool(personal) and any(h is not None and h in members and not _personal(names, h) for h in heads)


def _personal(names, token) -> bool:
    """A person or a group of people: a name of a person, organisation or people, or a
    common noun of a person ("the man", "hunters", "the minister")."""
    span = names.entity_at(token.i)
    if span is not None:
        return span.label in {"PERSON", "ORG", "NORP", "GPE"}
    lemma = token.lemma_.lower()
    return is_person_noun(token) or lemma in _PERSON_NOUNS or (lemma.endswith(_AGENT_SUFFIXES) and len(lemma) > 4)


def _misread_participle(verb) -> bool:
    """A past participle the parse hangs on a noun where the noun it describes is a guess
    (round 7):

    - in a sentence the parse gives a noun for its root ("Some users who had tested the
      software reported on sites ..."): the participle is the missing main verb, its subject
      the noun before the relative clause, not the noun it hangs on ("software reported on");
    - set off by a comma after the object of a preposition ("its campaign to clamp down on
      movie file-sharing, aimed at parents"): it may describe any noun of the phrase before
      (the tool, the campaign), so the nearest is no safer than the others."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if verb.sent.root.pos_ in {"NOUN", "PROPN"}:
        return True
    start = verb.left_edge.i
    return verb.head.dep_ == "pobj" and start > 0 and verb.doc[start - 1].text == ","


def _hung_participle(verb) -> bool:
    """An "-ing" participle with no subject, mark or comma of its own right after the object of
    a preposition inside the main verb's object (round 11): "take the total number of people in
    the UK signing up for broadband from BT". The parse hangs it on the main verb, whose subject
    it then takes ("connections sign up"); English hangs it on the noun phrase before it (the
    people sign up)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.left_edge.i != verb.i or verb.i == 0:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "expl"} for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.pos_ not in {"NOUN", "PROPN"}:
        return False
    objects = [c for c in verb.head.children if c.dep_ in {"dobj", "attr"}]
    return any(before in o.subtree for o in objects)


def _object_which_after_a_phrase(verb) -> bool:
    """A "which" that is the object of its clause, after a noun inside a prepositional phrase
    on another noun ("a content deal with TiVo, which Bill Gates showcased"): what one
    showcases, signs or announces is the whole phrase (the deal) at least as often as its last
    noun, so which one is a guess (round 7: "Bill Gates showcases TiVo"). The caller asks only
    when the noun is the fact's object (the clause's), so "TiVo is a company" stays."""
    antecedent = verb.head
    return any(c.lower_ == "which" and c.dep_ == "dobj" for c in verb.children) \
        and antecedent.dep_ == "pobj" and antecedent.head.head.pos_ in {"NOUN", "PROPN"}


def _inverted_locative(verb) -> bool:
    """A relative clause opened by a preposition with no subject before its verb ("a rig on
    which sits a camera"): the noun after the verb is its subject, inverted after the place,
    so the antecedent is the place and never the verb's subject (round 7: "rig sits camera")."""
    opened = any(c.dep_ == "prep" and c.i < verb.i and any(p.dep_ == "pobj" and p.lower_ in {"which", "whom"}
                                                           for p in c.children) for c in verb.children)
    return opened and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < verb.i for c in verb.children)


def _property(verb, fact: Triple) -> bool:
    """"India has a large population of under-25s": "have" with a noun and its "of" phrase
    states a property, not the noun's event (no "India populates under-25s", round 5)."""
    return fact.rule == "light_verb" and verb.lemma_.lower() == "have" \
        and any(c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
                for c in verb.children)


#: prepositions of what a verb's object becomes: "turned machines into servers" (not "as": "is
#: using ink as part of the vote" is no result)
RESULT_PREPS = frozenset({"into"})
#: verbs whose meaning is in the phrase after their object: "put X within reach / in danger /
#: on hold / into effect", "place X under review" (round 10): without it no fact
PLACING_VERBS = frozenset({"put", "place"})
_PLACING_FORMS = frozenset({"put", "puts", "place", "places"})


def _result_left_out(verb, fact: Triple) -> bool:
    """(subject, verb, object) of a verb whose object is changed into something ("Bofra turns
    infected machines into web servers", "converts sunlight into power"): without its result
    the fact says nothing (round 6). The result stays a fact of the object
    ((infected machine, turned into, web server), `_circumstances`)."""
    if fact.rule not in {"svo", "relative"} or fact.relation.split()[-1] in RESULT_PREPS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    placing = verb.lemma_.lower() in PLACING_VERBS and fact.relation.split()[0] in _PLACING_FORMS
    preps = None if placing else RESULT_PREPS  # an idiom ("put X under pressure" -> pressures X) stays
    return bool(objects) and any(c.dep_ == "prep" and (preps is None or c.lower_ in preps) and c.i > objects[0].i
                                 for c in verb.children)


def _with_bare_phrase(verb, fact: Triple) -> Triple:
    """A fact whose relation keeps the bare prepositional phrase right after its verb ("went
    on sale in North America" -> "goes on sale in", not "goes in"; "came into force in"): a
    preposition with a bare singular noun is part of the predicate (round 5)."""
    after = verb.i + 1
    if after >= len(verb.doc) or fact.rule in {"circumstance", "is_a"}:
        return fact
    prep = verb.doc[after]
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.head.i == verb.i else None
    if noun is None or noun.tag_ != "NN" or list(noun.children) or noun.ent_type_:
        return fact
    phrase = f"{prep.lower_} {noun.lower_}"
    words = fact.relation.split()
    if phrase in fact.relation or noun.idx <= fact.object.start < noun.idx + len(noun.text) or len(words) < 2:
        return fact
    return replace(fact, relation=" ".join([words[0], phrase, *words[1:]]))


def _set_off_clause(verb) -> bool:
    before = verb.left_edge.i - 1
    return before >= 0 and verb.doc[before].text == ","


def _absolute(token, predicate: int) -> bool:
    """The noun of "with" + noun + participle ("with roads closed by the flood") as an
    argument of another predicate than the participle (the flood does close the roads)."""
    return token.dep_ == "pobj" and token.head.lower_ in {"with", "without"} \
        and any(c.dep_ in {"acl", "amod"} and c.tag_ in {"VBN", "VBG"} and c.i > token.i and c.i != predicate
                for c in token.children)


#: preposition + noun pairs that link a sentence to the text before it (general English, round 12)
DISCOURSE_CONNECTIVES = frozenset({("by", "contrast"), ("in", "contrast"), ("for", "example"), ("for", "instance"),
                                   ("in", "fact"), ("of", "course"), ("in", "addition"), ("in", "particular"),
                                   ("in", "turn"), ("in", "short"), ("in", "general"), ("on", "balance")})


def _discourse_marker(token) -> bool:
    """A bare singular noun in a preposition that opens the sentence, set off by a comma:
    "By contrast,", "In practice,", "In theory,". It links the sentence to the text before it
    and is no argument of the clause. A fixed connective ("by contrast", "for example", "in
    fact", "of course") is one anywhere, with or without the comma (round 12)."""
    prep = token.head
    if token.dep_ == "pobj" and (prep.lower_, token.lower_) in DISCOURSE_CONNECTIVES and not list(token.children):
        return True
    if token.dep_ != "pobj" or token.tag_ != "NN" or list(token.children) or prep.dep_ != "prep":
        return False
    first = token.sent[0]
    opens = prep.i == first.i or (prep.i == first.i + 1 and first.pos_ == "CCONJ")
    after = token.i + 1
    return opens and after < len(token.doc) and token.doc[after].text == ","


def _telling(verb, fact: Triple) -> bool:
    """(speaker, tells, listener) of a "tell" whose content is a clause or a quotation: the
    reporting formula of an article ("told the BBC News website there are two parts")."""
    return verb.lemma_.lower() == "tell" and fact.relation == "tells" \
        and (any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)
             or any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)
             or quotation_at(verb.doc, verb.idx) is not None
             or any(t.tag_ in {"``", "''"} or t.text in {'"', "“", "”"} for t in verb.sent))


def head_at(doc, mention: Mention):
    """The syntactic head of the tokens a mention spans (a pronoun it was resolved from, a
    name, a concept with its modifiers), or None when no token starts in it."""
    inside = [t for t in doc if mention.start <= t.idx < mention.end]
    if not inside:
        return None
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[-1])


def _recipient(token) -> bool:
    """A dative beside a direct object: the one who receives, not the thing acted on. So is
    the first of two direct objects the parse gives one verb (round 14): "offering broadband
    users the chance to watch" offers the chance, not the users."""
    if token is None or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ == "dative":
        return any(c.dep_ == "dobj" for c in token.head.children)
    # "started the Bill of Rights, a global petition": an apposition after a comma is no second object
    return token.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i > token.i
                                        and not any(t.is_punct for t in token.doc[token.i + 1:c.left_edge.i])
                                        # "e - mail" split into three objects is one word
                                        and all(t.whitespace_ for t in token.doc[token.i:c.left_edge.i])
                                        for c in token.head.children)


#: verbs of knowing, saying and deciding that take a wh-infinitive ("knew where to go")
_WH_INFINITIVE_VERBS = frozenset({"know", "say", "tell", "decide", "learn", "understand", "ask", "wonder",
                                  "explain", "show", "remember", "forget", "figure", "work", "teach",
                                  "discover", "find", "see", "choose", "advise", "guess"})
_WH_WORDS = frozenset({"where", "how", "what", "when", "whether", "which", "who", "whom"})


def _wh_infinitive(verb) -> bool:
    """The act of a wh-infinitive after a verb of knowing or saying (general English, round
    14): "she did not know where to go fossil-hunting" says nothing of whether she went, and
    "knew how to build it" nothing of a building; no fact of the act, whatever the polarity."""
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in _WH_INFINITIVE_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(t.lower_ in _WH_WORDS for t in verb.subtree if t.i < verb.i)


def _recipients_act(verb) -> bool:
    """An infinitive on the thing a three-place verb gives (round 14): in "offering broadband
    users the chance to watch programmes" the users watch, not the one who offers. The parse
    gives the act the giver's subject; no fact."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    thing = verb.head
    return thing.dep_ == "dobj" and any(_recipient(c) for c in thing.head.children if c.i < thing.i)


#: nouns of a group, which British English gives a plural verb ("the team were")
_COLLECTIVE = frozenset({"team", "government", "band", "police", "staff", "family", "public", "committee",
                         "company", "firm", "board", "council", "club", "crew", "audience", "group", "party",
                         "jury", "panel", "side", "squad", "union", "management", "majority", "minority",
                         "couple", "pair", "media", "press", "data"})


def _disagreeing_subject(verb) -> bool:
    """A singular subject the parse gives a verb with a plural auxiliary, inside a clause
    opened by "that" (round 14): "some of the sites that the screensaver targeted were being
    knocked offline" knocks the sites, not the screensaver; the parse took the relative
    clause's subject for the main verb's."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return False  # "one-third of users were using": a part agrees with its "of" phrase
    return subject is not None and subject.tag_ == "NN" and subject.lemma_.lower() not in _COLLECTIVE \
        and any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"were", "are"} for c in verb.children)


#: verbs whose meaning needs a second argument after a preposition (general English, round 14)
_PAIRING_VERBS = MappingProxyType({"liken": frozenset({"to"}), "compare": frozenset({"to", "with"}),
                                   "equate": frozenset({"with"}), "attribute": frozenset({"to"}),
                                   "ascribe": frozenset({"to"}), "contrast": frozenset({"with"}),
                                   "confuse": frozenset({"with"}), "mistake": frozenset({"for"})})


def _unpaired(verb, fact: Triple) -> bool:
    """A fact of a verb of comparing without the thing compared to: "Sun likened grid
    computing to the development of electricity" is no fact (Sun, likens, grid computing)."""
    preps = _PAIRING_VERBS.get(verb.lemma_.lower())
    return preps is not None and not preps & set(fact.relation.split()) \
        and any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)


def _modifier_clause(verb) -> bool:
    """A gerund the parse made a clausal subject out of a noun's modifier (round 14): "the IE
    using population dropped" is the population that uses IE, no act of IE on a population.
    A subject with its article right before the gerund and a bare noun right after it."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in {"csubj", "csubjpass"} or verb.i + 1 >= len(doc):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1), None)
    after = doc[verb.i + 1]
    return subject is not None and any(c.dep_ == "det" and c.i < subject.i for c in subject.children) \
        and after.dep_ == "dobj" and after.head.i == verb.i and not any(c.dep_ in {"det", "poss"} for c in after.children)


def rejected_argument(token) -> bool:
    """A noun after "rather than" / "instead of", or coordinated after one that is: "chose
    preferences rather than any technical elements" (the parse makes "elements" a conjunct)."""
    doc = token.doc
    word = token
    while True:
        start = word.left_edge.i
        if start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in _REJECTING:
            return True
        if word.dep_ != "conj" or word.head.i == word.i:
            return False
        word = word.head


def _asyndetic_subject(token) -> bool:
    """A subject coordinated with no "and", "or" or "nor" anywhere in its list: "The
    service, Google Video beta, searches closed caption information" parsed with "searches"
    a third subject and "closed" the verb. An English list of subjects joins its last two
    with a conjunction, so one without is a misread clause, the verb usually among the
    "conjuncts" (round 7: "search closes caption information", "service closes ...")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    members = [first, *first.conjuncts]
    if len(members) < 2:
        return False
    return not any(c.dep_ in {"cc", "preconj"} for m in members for c in m.children)


def _next_subject(token) -> bool:
    """A noun the parse coordinates with an earlier one that is the subject of the clause
    after it: a finite verb follows its phrase and hangs outside it ("journalists and US
    federal laws stop net firms")."""
    if token.dep_ != "conj" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return False
    verb = token.doc[after]
    main = verb.head if verb.dep_ in {"aux", "auxpass"} else verb  # "have developed": the verb the aux serves
    if verb.tag_ not in {"VBZ", "VBP", "VBD", "MD"} or verb in token.subtree or verb.dep_ == "relcl" \
            or main.dep_ == "relcl":
        return False
    if verb not in token.ancestors and main not in token.ancestors:
        return True
    # "Although Nintendo is aiming for younger players and the PSP is more for older gamers":
    # the phrase sits in a clause of its own before the verb, the parse hanging that clause on
    # it (round 11); "Germany and France signed", "utilities such as X and Y have developed"
    # hang on it as its subject
    return any(a.dep_ == "advcl" and a.head in {verb, main} and a.i < token.i
               and any(c.dep_ in {"nsubj", "nsubjpass"} for c in a.children)
               for a in token.ancestors)


#: prepositions that introduce examples of the noun before them: "games like Halo"
EXAMPLE_PREPS = frozenset({"like", "including"})
#: subordinators of a condition or a time: a negation under them states no fact
CONDITION_MARKS = frozenset({"when", "whenever", "if", "unless", "while"})
#: words that negate the noun phrase they open: "neither Apple nor Google", "no one"
NEGATING_LEADS = frozenset({"neither", "no"})
#: quantifiers that negate the noun they modify without "a": "little protection", "few locks"
NEGATING_QUANTIFIERS = frozenset({"little", "few"})


def _scoped(view):
    """A view without the facts whose argument or polarity the sentence scopes away (issue
    14, round 4), each a general reading of English:

    - an example after "like", "such as", "including" is a member of the noun it follows,
      not an argument of the verb: "sites offer games, like AOL" does not offer AOL
      (`example`);
    - a subject led by "neither" / "no" ("Neither Apple nor Google offers", "no one
      offers") or an argument led by "little" / "few" without "a" ("locks are little
      protection") negates what the clause would state (`negated_quantity`);
    - a negation inside a "when" / "if" clause is a condition, not a negative fact ("when
      farmers are not planting wheat, they grow barley"), nor is the negation of a verb above
      a clause with its own subject ("is not going to help firms sell handsets"); a verb
      after "without" is not done ("learn languages without studying grammar"), nor one a verb
      of preventing keeps from happening ("prevent the program being caught", `_prevented`);
    - "not ... until T" puts the act off to T: its negation is no negative fact (`_not_until`);
    - a clause with "he said" set in it as an aside is reported, not asserted;
    - "to be X" states a goal, not an is-a: "courting Intel to be the chip of choice" does not
      make Intel a chip;
    - a comparative or polarity-bearing quantifier ("fewer", "less", "more", "zero", "lower",
      "higher") the concept leaves out drops the fact: "fewer viruses" is no "virus"
      (`lost_quantifier`, round 10);
    - an "until" clause tells what has not happened yet (`_until_clause`), "going to" with an
      infinitive is a future, not a motion (`_going_to`), and a pronoun mentioned as a word
      ("the 'me'") stands for no one (`mentioned_word`) (round 10).
    """
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        doc = ctx.names.doc
        verb = doc[frame.predicate]
        if _without(verb) or _prevented(verb) or _goal_copula(verb) or _charged(verb) \
                or _until_clause(verb) or _going_to(verb) or _figurative(verb) or fiction(verb) or irrealis(verb):
            return
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if any(negated_quantity(s) for s in subjects):
            return
        said = _said_aside(verb)
        for fact in view(ctx, frame):
            if fact.polarity == "negative" and (_conditional(verb) or _negation_above(verb) or _compared(verb)
                                                or _not_until(verb)):
                continue
            if said:
                fact = replace(fact, certainty=news_stronger(fact.certainty, "reported"))
            if _seeming(verb) and " " in fact.relation:
                continue  # "with devices for care giving, exoskeletons seem to ...": no "seems with" (round 12)
            if _displaced(verb) and fact.relation == relation_text(frame.lemma, frame.particle):
                continue  # "pushed Japan off the top of the chart": no (US, pushes, Japan) (round 13)
            heads = [head_at(doc, m) for m in (fact.subject, fact.object)]
            if heads[0] is not None and _place_where_found(heads[0]):
                continue
            if fact.rule == "is_a" and heads[1] is not None and _class_of_a_name(ctx.names, heads[1], fact.object):
                continue
            member = _example_is_a(doc, fact)
            if any(h is not None and ((example(h) and not member) or negated_quantity(h)) for h in heads):
                continue
            if any(h is not None and lost_quantifier(h, m) for h, m in zip(heads, (fact.subject, fact.object))):
                continue
            if any(h is not None and mentioned_word(h) for h in heads):
                continue
            if any(h is not None and fixed_list(h) for h in heads):
                continue
            yield fact
    return facts


def _example_is_a(doc, fact: Triple) -> bool:
    """(example, is a, kind) of "kinds such as example" (`_examples`)."""
    if fact.rule != "is_a":
        return False
    member, kind = (head_at(doc, m) for m in (fact.subject, fact.object))
    while member is not None and member.dep_ == "appos" and member.head.i < member.i:
        member = member.head  # "including Internet Explorer (IE)": the example named by its acronym
    return member is not None and kind is not None and example(member) and _kind_of_example(member).i == kind.i


def _noun_fact(doc, fact: Triple) -> bool:
    """A fact a noun phrase states of itself (`_with_noun_facts`), wherever the phrase
    stands in the clause: an example's is-a, an event's place or time, a person's employer."""
    if _example_is_a(doc, fact):
        return True
    subject, obj = (head_at(doc, m) for m in (fact.subject, fact.object))
    if subject is None or obj is None or obj.dep_ != "pobj":
        return False
    if fact.rule == "role" and fact.relation == "works for":
        prep = _from_phrase(subject)
        return prep is not None and prep.i == obj.head.i
    return obj.head.head.i == subject.i and fact.rule == "circumstance" \
        and subject.lemma_.lower() in EVENT_NOUNS and fact.relation.startswith("held ")


def _kind_of_example(token):
    """The noun an example (`example`) is a member of: "programs" of "programs such as spyware"."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    kind = word.head.head
    # "avatars or utilities such as maps": the conjunct nearest before "such as" (round 12)
    nearer = [c for c in kind.conjuncts if kind.i < c.i < word.head.i]
    return max(nearer, key=lambda c: c.i) if nearer else kind


def example(token) -> bool:
    """A noun, or a conjunct of one, after "like", "such as" or "including"."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ != "pobj":
        return False
    prep = word.head
    if prep.lower_ in EXAMPLE_PREPS:
        return True
    return prep.lower_ == "as" and prep.i > 0 and token.doc[prep.i - 1].lower_ == "such"


def negated_quantity(token) -> bool:
    """A noun led by "neither", "no", "little" or "few" (not "a little", "a few"), or one of a
    "neither ... nor" pair."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    lead = token.doc[word.left_edge.i]
    if lead.lower_ in NEGATING_LEADS or (lead.lower_ in {"nobody", "none"} and lead.i == word.i):
        return True
    return any(c.lower_ in NEGATING_QUANTIFIERS and c.dep_ in {"amod", "det", "advmod"} for c in word.children) \
        and not any(c.lower_ == "a" for c in word.children)


#: quantifiers that carry the meaning of their noun's phrase: a comparison or a polarity
COMPARATIVE_QUANTIFIERS = frozenset({"fewer", "less", "more", "zero", "lower", "higher", "no", "few", "little"})


def lost_quantifier(token, mention: Mention) -> bool:
    """An argument whose noun a comparative or polarity-bearing quantifier leads ("fewer
    viruses", "less power", "zero emissions") and whose concept leaves it out: "security,
    which means fewer viruses" is no "security means virus" (round 10). The fact is kept only
    with the quantifier in the concept, or in a correlative ("the more cameras ..., the
    better ...")."""
    words = set(mention.text.lower().split())
    return any(c.lower_ in COMPARATIVE_QUANTIFIERS and c.dep_ in {"amod", "det", "nummod", "advmod"}
               and c.i < token.i and c.lower_ not in words and not _correlative(c) for c in token.children)


def _correlative(quantifier) -> bool:
    """"The more cameras using Piero, the better the detail": a comparative after "the" compares
    the degree of two clauses, not the noun's amount; the bare fact (camera, uses, Piero)
    holds."""
    return quantifier.i > 0 and quantifier.doc[quantifier.i - 1].lower_ == "the" \
        and quantifier.tag_ in {"JJR", "RBR"}


def _until_clause(verb) -> bool:
    """A verb of an "until" clause, or a conjunct of one: "will have to wait until they see
    HDTV", "the only thing until HD is adopted by broadcasters": what the clause tells has not
    happened by the time of the main clause; no fact (round 10)."""
    word = verb
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in UNTIL for c in word.children)


def _going_to(verb) -> bool:
    """"going to" with an infinitive is a future, never the motion verb: "gaming is going to be
    the only thing in the UK" is no "gaming goes in UK" (round 10). The infinitive's own facts
    stay."""
    return verb.lemma_.lower() == "go" and verb.tag_ == "VBG" \
        and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children)


_QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”", "`", "``", "''"})


def mentioned_word(token) -> bool:
    """A pronoun mentioned as a word, not used for someone: with an article or between
    quotation marks ("putting the 'me' in media"): it stands for no speaker (round 10)."""
    if token.pos_ != "PRON":
        return False
    doc = token.doc
    quoted = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text in _QUOTE_MARKS and doc[token.i + 1].text in _QUOTE_MARKS
    return quoted or any(c.dep_ == "det" for c in token.children)


def fixed_list(token) -> bool:
    """A conjunct of a coordination that names one practice, not several things (round 13):
    a list that mixes a noun with a bare verb, one without arguments ("rent, rip and return",
    where the parse reads "rip" as a verb; "laws on X and who can use them" is no list), or a
    whole list between quotation marks ("prevent against 'rent, rip and return'"). Each
    conjunct alone is a fragment of the practice's name: no argument."""
    group = sorted([token, *token.conjuncts], key=lambda t: t.i)
    if len(group) < 2:
        return False
    mixed = any(t.pos_ == "VERB" and t.tag_ in {"VB", "VBP"} and all(c.dep_ in {"cc", "punct", "conj"} for c in t.children)
                for t in group) \
        and any(t.pos_ == "NOUN" for t in group)
    doc = token.doc
    first, last = group[0].left_edge.i, group[-1].right_edge.i
    while last > first and doc[last].is_punct and doc[last].text not in _QUOTE_MARKS:
        last -= 1
    quoted = doc[last].text in _QUOTE_MARKS if doc[last].is_punct else \
        (last + 1 < len(doc) and doc[last + 1].text in _QUOTE_MARKS)
    quoted = quoted and first > 0 and doc[first - 1].text in _QUOTE_MARKS
    return mixed or quoted


#: prepositions and subordinators of "not ... until": the act is put off, not denied
UNTIL = frozenset({"until", "till", "til"})


def _not_until(verb) -> bool:
    """A verb with an "until" phrase or clause, or under a verb with one ("is not expected to
    reach the shops until the end of 2005"): "not ... until T" says the act happens at T, so
    its negation is no negative fact (round 9)."""
    word = verb
    for _ in range(4):
        if any(c.lower_ in UNTIL and c.dep_ in {"prep", "mark"} for c in word.children) \
                or any(c.dep_ == "advcl" and any(m.lower_ in UNTIL and m.dep_ == "mark" for m in c.children)
                       for c in word.children):
            return True
        if word.dep_ not in {"xcomp", "ccomp", "conj"} or word.head.i == word.i:
            return False
        word = word.head
    return False


def _conditional(verb) -> bool:
    """A verb of a "when" / "if" clause, or a conjunct of one."""
    word = verb
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                        or c.dep_ == "advmod" and c.lower_ in {"when", "whenever"}
                                        for c in word.children)


#: verbs whose "of" / "with" phrase names a charge: what it holds is alleged, by the accused
ACCUSING = frozenset({"accuse", "suspect", "convict", "charge", "acquit", "clear", "indict", "find"})


def _charged(verb) -> bool:
    """A verb inside a list of charges ("accused him of a string of crimes, including
    espionage, insulting the founder"), not the charge's own gerund ("accused X of
    supplying Y", which the clause reader gives to the accused): its subject, read from
    afar, is the accuser (round 5)."""
    for word in verb.ancestors:
        if word.dep_ == "prep" and word.lower_ in {"of", "with"} and word.head.lemma_.lower() in ACCUSING:
            return not (verb.dep_ == "pcomp" and verb.head.i == word.i)
    return False


#: verbs of seeming: with a complement they link a subject to how it seems, to no place or partner
SEEMING_VERBS = frozenset({"seem", "appear", "look", "sound"})


#: adjectives of how hard an act is: "it will be harder for programmers to give X back"
DIFFICULTY_ADJECTIVES = frozenset({"hard", "easy", "difficult", "impossible", "tough", "tricky", "simple"})
#: verbs of seeing to an outcome: "make sure", "ensure" (in a base form: still to be done)
ENSURING_VERBS = frozenset({"ensure", "guarantee", "insure"})
_SURE = frozenset({"sure", "certain"})


def irrealis(verb) -> bool:
    """A clause whose act is required, sought or judged hard, not done (round 13):

    - the infinitive of a difficulty adjective ("it will be harder for programmers to give the
      rights back", "it is difficult for users to remove the virus"): whether it happens, the
      sentence does not say;
    - the outcome a base-form "make sure" / "ensure" seeks ("providers need to make sure that
      networks can cope"), and any clause under an obligation's complement ("need to make
      sure ...": the obliged act itself stays, hedged by `_obliged`).
    """
    word = verb
    while word.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and word.head.i != word.i:
        head = word.head
        if word.dep_ != "conj":
            if word.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "acomp" and c.lemma_.lower() in DIFFICULTY_ADJECTIVES
                                                      for c in head.children) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
                return True
            ensuring = head.head if head.lower_ in _SURE and head.dep_ in {"acomp", "ccomp", "oprd"} else head
            if ensuring.tag_ == "VB" and (ensuring.lemma_.lower() in ENSURING_VERBS or (
                    ensuring.lemma_.lower() == "make" and any(c.lower_ in _SURE for c in ensuring.children))):
                return True
            if word.i != verb.i and word.dep_ == "xcomp" and head.lemma_.lower() in OBLIGATION_VERBS:
                return True  # a clause under an obliged act: "need to make sure that ..."
        word = head
    return False


#: nouns of a made-up world: a clause telling their plot states no real-world fact
FICTION_NOUNS = frozenset({"game", "film", "movie", "book", "novel", "story", "scenario", "plot", "episode",
                           "level", "mission", "adventure", "shooter", "fiction", "fantasy", "storyline", "tale",
                           "script", "screenplay", "sequel", "cartoon", "comic", "world"})
#: the ones who play a game: "players must rescue a princess" is a rule of play
PLAYER_NOUNS = frozenset({"player", "gamer"})
_MUST = frozenset({"must", "should"})


#: verbs a relative clause tells a plot with: "a scenario that involves killing aliens"
PLOT_VERBS = frozenset({"involve", "feature", "follow", "depict", "tell", "star", "pit", "see", "let", "task",
                        "challenge", "require", "revolve", "centre", "center", "put", "cast", "show"})


def _plot_clause(clause) -> bool:
    """A clause on a noun of fiction that tells what happens in it: "in which" / "where"
    ("a game in which aliens invade Earth"), or a plot verb with the relative word as its
    subject ("a scenario that involves ..."); "the game, which Sony released in May" is the
    game's real history."""
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(p.tag_ == "WDT" for p in c.children)
           for c in clause.children):
        return True
    return clause.lemma_.lower() in PLOT_VERBS \
        and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in clause.children)


def fiction(verb) -> bool:
    """A clause that tells the plot of a game, film, book or scenario (round 13): a relative
    clause or "in which" clause on a noun of fiction (`FICTION_NOUNS`), or a clause under one
    ("scenarios that involve killing aliens invading Earth"), or what players must do ("players
    must rescue a princess"). Its events are made up: no real-world fact."""
    for word in (verb, *verb.ancestors):
        if word.dep_ in {"relcl", "acl"} and word.head.lemma_.lower() in FICTION_NOUNS and word.head.pos_ == "NOUN" \
                and _plot_clause(word):
            return True
        if word.pos_ in {"VERB", "AUX"} and word.dep_ not in {"xcomp", "ccomp", "pcomp", "acl", "advcl", "conj"}:
            break
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in PLAYER_NOUNS \
        and (any(c.lower_ in _MUST for c in verb.children if c.dep_ == "aux")
             or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBLIGATION_VERBS))


def _class_of_a_name(names, head, mention: Mention) -> bool:
    """An is-a class that keeps an "of" phrase naming an entity (round 13): "Manuel Millan, a
    native of San Diego" gives (Manuel Millan, native of, San Diego) by its role; "native of
    San Diego" is a relation to a name, no class."""
    if " of " not in f" {mention.text} ":
        return False
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and names.entity_at(obj.i) is not None


#: verbs that move a thing from its place: "pushed Japan off the top of the chart"
DISPLACING_VERBS = frozenset({"push", "knock", "kick", "drive", "force", "squeeze", "bump", "nudge", "throw",
                              "oust", "shove", "edge", "elbow", "muscle"})


def _displaced(verb) -> bool:
    """A verb of moving a thing with an "off" / "out of" phrase of where from (round 13):
    "the US has pushed Japan off the top of the supercomputing chart" is a change of ranking;
    the bare (US, pushes, Japan) says a shove the text does not. A particle ("threw out the
    bill") is in the relation already."""
    return verb.lemma_.lower() in DISPLACING_VERBS and any(
        c.dep_ in {"prep", "advmod"} and c.lower_ in {"off", "out", "from"} for c in verb.children)


#: participles of where a thing is: "26% of networks found London used ..." (found in London)
_PLACING_PARTICIPLES = frozenset({"find", "locate", "base", "install", "situate", "deploy", "host"})


def _place_where_found(subject) -> bool:
    """A place name the parse makes the subject of a clause right after a participle of place
    whose subject is a partitive (round 13): "26% of wi-fi networks found London used default
    settings" (networks found in London used them) says nothing London does; "police found
    London used old cameras" does."""
    clause = subject.head
    if subject.dep_ != "nsubj" or subject.ent_type_ not in _PLACE_TYPES or clause.dep_ != "ccomp":
        return False
    placing = clause.head
    partitive = any(c.dep_ == "nsubj" and c.ent_type_ in {"PERCENT", "CARDINAL"}
                    and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in placing.children)
    return partitive and placing.lemma_.lower() in _PLACING_PARTICIPLES and placing.tag_ in {"VBN", "VBD"} \
        and subject.left_edge.i == placing.i + 1


def _seeming(verb) -> bool:
    """"seem" always, "appear", "look", "sound" with a complement ("appear to represent", "look
    set to"): such a verb's prepositional phrases belong to the complement or the sentence, so
    it gives no relation with a preposition (round 12); "appeared on television" still does."""
    lemma = verb.lemma_.lower()
    return lemma == "seem" or lemma in SEEMING_VERBS and any(c.dep_ in {"xcomp", "acomp", "attr", "oprd"}
                                                             for c in verb.children)


#: verbs of imagining: "think of it as X meets Y", "picture a robot that walks" (round 12)
IMAGINING_VERBS = frozenset({"think", "imagine", "picture", "envisage", "envision"})


def _figurative(verb) -> bool:
    """A clause set up as a comparison or an image (round 12): "Think of it as Donkey Kong meets
    Norman Cook, or maybe Tetris takes on Kraftwerk", "it is like Sony meets Apple", "Imagine
    Google buys Microsoft": what it pictures is no fact, nor is its conjunct."""
    word = verb
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    marks = {c.lower_ for c in word.children if c.dep_ == "mark"}
    head = word.head
    if word.dep_ in {"advcl", "ccomp"} and head.i != word.i and (
            head.lemma_.lower() in IMAGINING_VERBS and marks & {"as", "like"} or head.lemma_ == "be" and "like" in marks):
        return True
    first = verb.sent[0]
    if first.lower_ not in {"imagine", "picture"} or not (first.tag_ == "VB" or first.lower_ == "imagine"):
        return False
    # the pictured clause ("Imagine a robot that walks"; "Imagine Google buys ..." read as a name),
    # not a clause the opener only sets up ("Picture the scene - Wales are camped on the line")
    return verb.i != first.i and (first in verb.subtree and first.dep_ == "compound" or verb in first.subtree)


def _compared(verb) -> bool:
    """A verb with a comparison of degree ("does not drain batteries as quickly", "not ...
    more often than"): a negation denies the degree, not the act (round 5)."""
    return any(c.dep_ == "advmod" and (c.tag_ in {"RBR", "JJR"}
                                       or any(g.lower_ == "as" and g.i < c.i for g in c.children))
               for c in verb.children)


def _said_aside(verb) -> bool:
    """A clause with a speech verb set in it as an aside ("camera phones, he said, were
    woven into everyday life"): the clause is the speaker's claim."""
    return any(c.dep_ == "parataxis" and c.lemma_.lower() in SAY_VERBS
               for word in (verb, *verb.ancestors) for c in word.children)


def _negation_above(verb) -> bool:
    """A verb with its own subject and no negation of its own, under a negated verb: "is not
    going to help firms sell handsets" denies the help, not that firms sell."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) \
        and not any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} for c in verb.children)


def _without(verb) -> bool:
    """A verb after "without": "without committing time" commits nothing."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


#: verbs that keep their object from an act: "prevent the program being caught", "stop firms
#: (from) selling data" ("keep" only with "from": "keep selling" goes on selling)
PREVENTING = frozenset({"prevent", "stop", "ban", "bar", "block", "deter", "discourage",
                        "prohibit", "forbid", "hinder", "restrain"})


def _prevented(verb) -> bool:
    """A verb hung on the object of a verb of preventing, or after its "from": the act is kept
    from happening (round 6): "to prevent the program being caught by anti-virus software" is
    no (anti-virus software, catches, program)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from":
        head = head.head
        head = head.head if head.dep_ == "dobj" else head
        return head.lemma_.lower() in PREVENTING | {"keep"}
    if verb.dep_ in {"acl", "xcomp", "ccomp"} and head.dep_ == "dobj":
        head = head.head
    elif verb.dep_ not in {"xcomp", "ccomp"}:
        return False
    return head.lemma_.lower() in PREVENTING


def _goal_copula(verb) -> bool:
    """An infinitive "to be" complement: what the subject aims to be, not what it is."""
    return verb.lemma_.lower() == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.dep_ in {"xcomp", "advcl", "ccomp", "relcl", "acl"}


#: rules whose arguments are read far from their predicate (extract.triples): an event noun's
#: or light verb's agent, a controller ("used his blog to criticise"), a participle's subject
_FAR_RULES = frozenset({"light_verb", "event_noun", "control", "participle"})


def _attached(view):
    """A view without the facts whose argument the parse attaches where English does not, or
    with the argument English gives them (issue 14, round 9), each a general reading of English:

    - an "of" phrase hung on a verb after another complement of it, by a verb that takes no
      "of" there (`extract.concepts.OF_VERBS` do: "accused him of fraud"): "paying for
      pictures, especially of celebrities" pays for pictures of celebrities, never "pays of
      celebrities" (`_stray_of`);
    - a past participle set off after the noun of an opening prepositional phrase describes
      that noun, not the clause's subject: "At the debate, organised by ISPA, Lord Currie
      said ..." (ISPA organised the debate, not Currie; `_fronted_participle`);
    - a participle in brackets comments on the whole sentence, not on the noun before it:
      "robbers waiting for the doors to open (reported by the paper)" reports the robbery,
      not the doors (`_bracketed_participle`);
    - a verb coordinated after a relative clause without a subject of its own is the relative
      clause's as often as the main clause's: "recalled a couple who had photos on their
      computer, but managed to erase them" (the couple erased them; `_after_relative`);
    - a relative clause with a singular verb after a coordination is about its last conjunct
      only: "TV content or self-regulation, which is ..." (`_not_the_antecedent`);
    - the object of a verb of enabling is only the doer of its infinitive: "enables artists
      to create faces" gives no "enables artist" (`_enabled_object`);
    - a first subject set off by a comma before a second one of the same verb is a
      description put first: "A niche attraction when it began, the summit drew delegates"
      is the summit's act (`_fronted_descriptor`).
    """
    def facts(ctx, frame: Frame) -> Iterator[Triple]:
        doc = ctx.names.doc
        verb = doc[frame.predicate]
        if _after_relative(verb):
            return
        fronted, bracketed = _fronted_participle(verb), _bracketed_participle(verb)
        others = _not_the_antecedent(verb)
        for fact in view(ctx, frame):
            heads = [head_at(doc, m) for m in (fact.subject, fact.object)]
            if any(h is not None and h.i in others for h in heads):
                continue
            if (fronted or bracketed) and any(h is not None and h not in verb.subtree for h in heads):
                continue
            if heads[1] is not None and (_stray_of(verb, heads[1]) or _enabled_object(verb, heads[1])):
                continue
            if any(cut_title(doc, m) for m in (fact.subject, fact.object)):
                continue
            real = _fronted_descriptor(verb, heads[0]) if heads[0] is not None else None
            real = real if real is not None else _apposed_person(ctx.names, verb, heads[0])
            if real is not None:  # the fact is the real subject's
                yield from (replace(fact, subject=m) for m in news._arg(ctx, real) if m.text != fact.object.text)
                continue
            yield fact
    return facts


_SINGULAR_FORMS = frozenset({"is", "was", "has", "does", "'s"})

#: participles that introduce a title: "a report entitled ...", "a game called ..."
TITLING_VERBS = frozenset({"entitle", "title", "call", "name", "dub"})
#: small words a title holds between its capitalised ones ("The End of Asymmetry")
_TITLE_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "for", "to", "on", "at", "with", "or"})


def title_after(verb) -> tuple[int, int] | None:
    """The character range of the title a titling participle introduces ("a report entitled
    Broadband Britain: The End Of Asymmetry?"): its capitalised words, colon, small words and
    closing question or exclamation mark up to the end of the phrase; None when none follows."""
    if verb.lemma_.lower() not in TITLING_VERBS or verb.tag_ != "VBN":
        return None
    words = []
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.text[:1].isupper() or token.text[:1].isdigit() or token.text in {":", "?", "!", "-"} \
                or token.lower_ in _TITLE_WORDS:
            words.append(token)
            continue
        break
    while words and (words[-1].lower_ in _TITLE_WORDS or words[-1].text in {":", "-"}):
        words.pop()
    if not any(t.text[:1].isupper() for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def cut_title(doc, mention: Mention) -> bool:
    """A mention inside a title that does not hold all of it (round 10): the title runs to
    its end, colon included ("entitled Broadband Britain: The End Of Asymmetry?" is neither
    "Broadband Britain" nor "End Of Asymmetry"), or the fact goes."""
    inside = [t for t in doc if mention.start <= t.idx < mention.end]
    if not inside:
        return False
    sent = inside[0].sent
    for verb in sent:
        title = title_after(verb)
        if title is None or not any(title[0] <= t.idx < title[1] for t in inside):
            continue
        words = [t for t in doc if title[0] <= t.idx < title[1] and t.text not in {"?", "!"}]
        if len(words) > 1 and words[0].lower_ in {"the", "a", "an"}:
            words = words[1:]  # a name is kept without its article
        return not (mention.start <= words[0].idx and mention.end >= words[-1].idx + len(words[-1].text))
    return False


def _not_the_antecedent(verb) -> set[int]:
    """The conjuncts a relative clause with a singular verb cannot be about: the parse hangs
    "which is" after "TV content or self-regulation" on the first conjunct, but a singular verb
    after a coordination agrees with the last one only ("self-regulation, which is the practice
    of the industry": TV content is no practice). Empty for a plural verb ("bees and wasps,
    which are pollinators": both)."""
    if verb.dep_ != "relcl":
        return set()
    antecedent = verb.head
    members = sorted({antecedent.i, *(c.i for c in antecedent.conjuncts)})
    members = [i for i in members if i < verb.i]
    if len(members) < 2:
        return set()
    finite = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if not any(t.tag_ == "VBZ" or t.lower_ in _SINGULAR_FORMS for t in finite):
        return set()
    return set(members[:-1])


def _apposed_person(names, verb, token):
    """The named person when `token`, the subject a participle or relative clause borrows,
    is a role noun with its article set in apposition to that person's name: "John Wilkin, a
    University of Michigan librarian working with Google" works with Google, not "University of Michigan
    librarian" (round 10); None otherwise."""
    if token is None or token.i != verb.head.i or verb.dep_ not in {"acl", "relcl"} or token.dep_ != "appos" \
            or not any(c.dep_ == "det" for c in token.children):
        return None
    named = names.entity_at(token.head.i)
    if named is None:
        return None
    if named.label == "PERSON":  # "says Dr Lee, equipment that amplifies light": a misparse, no role of hers
        return token.head if person_noun(token) else None
    # round 13: "Sony's Qrio Robot, an all-singing man-machine who can hold conversations":
    # the description's clause is the named thing's
    return token.head if named.label in _THING_NAMES and not person_noun(token) else None


def _fronted_descriptor(verb, token):
    """The real subject when `token` is a first subject set off by a comma before a second
    subject of the same verb: a description put before it ("A niche attraction when it
    began, the summit this year drew several hundred delegates": the summit drew them, round
    9); None otherwise."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.i != verb.i:
        return None
    doc = verb.doc
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and token.i < c.i < verb.i
                 and any(t.text == "," for t in doc[token.right_edge.i + 1:c.left_edge.i])), None)


def _stray_of(verb, token) -> bool:
    """The object of an "of" phrase the parse hangs on the verb after another of its
    complements (a direct object or a prepositional phrase), where English hangs it on a noun
    before it: "paying for pictures, especially of celebrities". Verbs whose "of" phrase
    follows their object ("warn users of risks", `OF_VERBS`) keep it."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.i != verb.i:
        return False
    if verb.lemma_.lower() in OF_VERBS:
        return False
    return any(c.dep_ in {"dobj", "prep", "dative"} and verb.i < c.i < prep.i for c in verb.children)


def _fronted_participle(verb) -> bool:
    """A past participle set off by a comma right after the noun of a prepositional phrase
    that opens the sentence: "At the debate, organised by ISPA, Lord Currie ..."."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN":
        return False
    doc = verb.doc
    comma = verb.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return False
    noun = doc[comma - 1]
    while noun.dep_ in {"compound", "amod", "flat"} and noun.head.i > noun.i:
        noun = noun.head
    phrase = noun.head if noun.dep_ == "pobj" else None
    return phrase is not None and phrase.dep_ == "prep" and phrase.i < verb.i \
        and (phrase.head.i == verb.head.i or phrase.head.i == verb.i)


def _bracketed_participle(verb) -> bool:
    """A participle opened by a bracket: "(reported by the Danish paper X)"."""
    start = verb.left_edge.i
    opening = {"(", "["}
    return verb.dep_ in {"acl", "advcl"} and verb.tag_ in {"VBN", "VBG"} \
        and (verb.doc[start].text in opening or (start > 0 and verb.doc[start - 1].text in opening))


def _after_relative(verb) -> bool:
    """A verb (or the infinitive of one) coordinated after a relative clause on its head's
    object, with no subject of its own: "recalled a couple who had pictures on their
    computer, but managed to erase them". The parse gives it the main clause's subject;
    English gives it the relative clause's at least as often, so it is no one's."""
    word = verb
    for _ in range(4):
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in word.children):
            return False
        if word.dep_ == "conj" and word.head.i < word.i:
            head = word.head
            relatives = [t for t in word.doc[head.i + 1:word.i] if t.dep_ == "relcl" and t.head.i > head.i
                         and head in t.head.ancestors and t.right_edge.i < word.i]
            if relatives and all(t.is_punct or t.dep_ in {"cc", "advmod", "preconj"}
                                 for t in word.doc[max(r.right_edge.i for r in relatives) + 1:word.i]):
                return True
        if word.dep_ not in {"xcomp", "conj"} or word.head.i == word.i:
            return False
        word = word.head
    return False


# ---------------------------------------------------------------- the profile

#: the news views, and the open ones for copulas, appositions and clauses
VIEWS = MappingProxyType({name: _headline_scope(_obliged(_sourced_right(_not_rejected(_well_read(_attached(_scoped(view)))))))
                          for name, view in {
    **news.VIEWS, "verbal_clause": _named_side(_with_noun_facts(_verbal)),
    "nominal_event": _named_side(news.VIEWS["nominal_event"]),
    "copula": _with_noun_facts(_copula), "apposition": _apposition,
    **{name: _no_nationality(view) for name, view in news.VIEWS.items() if name.startswith("role_")}}.items()})
#: the news filters: a circumstance's concept ("arrived in a bid") is no argument of the
#: clause; `_circumstances` reads places of its own. An addressee is an object like any other
#: unless a clause carries the message ("told farmers about bees" -> tells farmer; "told
#: farmers that ..." -> no fact)
KEEP = {**news.KEEP, Keep.ADDRESSEE: news.KEEP[Keep.ALL], Keep.ADDRESSEE_OF_CONTENT: news.KEEP[Keep.NONE]}
#: factor of each generic argument (extract.concepts.generic): a fact with one falls below the
#: default threshold (0.5) whatever its rule ("role" 0.85 x bare concept 0.9 x 0.6 = 0.46)
GENERIC_FACTOR = 0.6
#: the confidence table of the open profile: a concept phrase is what the profile is for
OPEN_TABLE = Table(
    rules=MappingProxyType({**TABLE.rules, "is_a": 0.8, "circumstance": 0.75, "instrument": 0.7}),
    unknown_rule=TABLE.unknown_rule,
    grounding=MappingProxyType({"entity": 1.0, "concept phrase": 1.0, "concept": 0.9}),
    concept_subject=1.0,
    empty_relations=TABLE.empty_relations,
    empty_relation=TABLE.empty_relation,
    resolved=TABLE.resolved,
    certainty=TABLE.certainty,
    modality=TABLE.modality,
    generic_concepts=GENERIC_NOUNS,
    generic=GENERIC_FACTOR,
    instance=GENERIC_FACTOR,
)

OPEN = news.Grounding("open", VIEWS, news.READ | {"copula", "apposition"}, KEEP,
                      concept=open_concept, unresolved=unresolved_pronoun,
                      require_entity=False, shared_concepts=True, table=OPEN_TABLE,
                      names=OpenNameIndex, resolver=OpenResolver)
