"""Canonical concept phrases: what an argument that is no named entity grounds to in the open
profile. Pure functions over a spaCy Doc.

A concept is its head noun lemmatised, with the modifiers that make it specific: compounds,
content adjectives and participles ("flowering crops" -> "flowering crop", "honey bees" ->
"honey bee", "distributed ledger"), and a short "of" complement of a bare noun ("proof of
work"). Two articles that write the same phrase get the same text, so resolution can make them
one node. Never a pronoun, a determiner, a number or an empty noun (`EMPTY_NOUNS`); an empty
noun with an "of" phrase stands for what the phrase names ("large amounts of electricity" ->
electricity, "a quarter of marine species" -> marine species).

>>> canonical_word("Bees", "bee", "NNS"), canonical_word("DNA", "dna", "NNP")
('bee', 'DNA')
"""
from __future__ import annotations

from functools import lru_cache

from lemminflect import getLemma
from wordfreq import zipf_frequency

from extract.mentions import ACTOR_NOUNS, PRONOUNS, VAGUE_NOUNS, clean_name, hyphen_start, is_first_name
from extract.types import CONCEPT, Mention

#: nouns empty of meaning on their own, in any text (general English): never a concept.
#: Quantities and parts among them hand an "of" phrase on ("a lot of energy" -> energy).
EMPTY_NOUNS = frozenset({
    "thing", "way", "part", "lot", "kind", "sort", "type", "form", "number", "amount",
    "variety", "range", "set", "piece", "aspect", "area", "example", "instance", "bit",
    "quarter", "third", "half", "majority", "minority", "percent", "percentage", "proportion",
    "share", "rest", "group", "couple", "pair", "dozen", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "billions", "series", "list", "total",
    "level", "deal", "plenty", "handful", "lots", "bunch", "member", "means", "use", "fact",
    "idea", "stuff", "something", "anything", "everything", "nothing", "one", "ones", "other",
    "others", "top", "bottom", "side", "front", "back", "middle", "end", "beginning", "start",
    "case", "point", "reason", "result", "effect", "time", "times", "year", "years", "day",
    "days", "place", "lack", "absence", "presence", "role", "term", "terms", "name",
    "future", "past", "present", "meantime", "moment", "while", "location", "average",
    "date", "problem", "edge", "stage", "step", "need",
    "subject", "focus", "target", "order",
    # quantities and partitives (round 5): "vast quantities of lead" is lead, "a chunk of
    # users" users, "an odd mix of naive and sophisticated" nothing
    "quantity", "chunk", "fraction", "portion", "bulk", "mix",
    # round 14: an item entered in a list or a contest ("Sony's third entry in the top 20"),
    # a question asked or answered ("could have answered these questions"): what they are the
    # text says elsewhere; "the question of X" still hands on to X
    "entry", "entries", "question", "questions",
})
#: idioms whose noun names nothing (general English, round 14): "the gadget of choice" is an
#: evaluation, "a new lease of life" a revival; (head lemma, "of" object) pairs, "*" for any head
IDIOMS = frozenset({("*", "choice"), ("lease", "life"), ("*", "sorts"), ("*", "note"), ("matter", "course")})
#: the news profile's vague nouns that do carry content in expository text ("the printing
#: press", "information", "a message")
_CONTENT_NOUNS = frozenset({"press", "media", "public", "news", "information", "message",
                            "messages", "event", "events", "light", "interview",
                            "statement", "truth", "post", "account", "line", "wake"})
#: every noun that is never a concept on its own
EMPTY = EMPTY_NOUNS | (VAGUE_NOUNS - _CONTENT_NOUNS)
#: adjectives that tell nothing about the concept (size, order, time, quantity, evaluation)
EMPTY_ADJECTIVES = frozenset({
    "new", "old", "other", "recent", "latest", "such", "many", "several", "more", "most",
    "own", "certain", "various", "previous", "last", "next", "first", "second", "third", "same",
    "further", "few", "fewer", "much", "some", "any", "every", "whole", "entire", "little",
    "big", "great", "huge", "large", "small", "main", "key", "major", "past", "current",
    "possible", "potential", "particular", "specific", "additional", "real", "full", "final",
    "only", "different", "similar", "important", "good", "bad", "best", "worst", "high", "low",
    "common", "usual", "typical", "general", "certain", "far", "long", "short", "early", "late",
    "single", "tiny", "difficult", "easy", "simple", "central", "less", "least", "numerous",
    "countless", "multiple", "huge", "vast", "enormous", "overall", "various", "the",
    # evaluation and degree (round 5): "a significant chunk", "an odd mix", "bumper sales",
    # "a good compromise" say how much or how well, not which kind
    "significant", "substantial", "considerable", "odd", "strange", "bumper", "massive",
    "excellent", "perfect", "serious", "remarkable", "dramatic", "modest", "notable",
    "impressive", "decent", "healthy", "nice", "fine", "wonderful", "terrible", "interesting",
    "sizeable", "sizable", "hefty",
    # relation to another thing, not a kind: "a rival format" is the other side's product
    "rival", "competing",
})
#: nouns used only in the plural, or whose plural means something else (general English,
#: round 14): "current affairs" are no "affair", "goods" no "good", "arms" no "arm"
PLURAL_ONLY = frozenset({"affairs", "goods", "clothes", "earnings", "savings", "premises",
                         "headquarters", "surroundings", "belongings", "outskirts", "thanks",
                         "congratulations", "proceeds", "whereabouts", "odds", "riches", "arrears",
                         "customs", "arms", "manners", "remains"})
#: fixed phrases whose adjective is otherwise an empty one: kept as a whole ("current affairs",
#: "the high street", "real estate")
FIXED_PHRASES = frozenset({("current", "affairs"), ("current", "account"), ("high", "street"),
                           ("high", "school"), ("real", "estate"), ("general", "election"),
                           ("general", "practitioner"), ("common", "sense"), ("big", "bang"),
                           ("first", "aid"), ("small", "business"), ("long", "term"),
                           ("short", "term"), ("real", "time"), ("high", "definition"),
                           ("low", "cost")})
#: dependencies of the modifiers kept before a head noun
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_MODIFIER_TAGS = frozenset({"JJ", "VBN", "VBG", "NN", "NNS", "NNP", "NNPS"})
#: entity labels of amounts and times: no part of a concept
_VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: an "of" complement is kept on a bare head when the whole phrase has at most this many words
_MAX_WORDS = 4


def canonical_word(text: str, lemma: str, tag: str) -> str:
    """One word of a canonical phrase: a plural common noun as its singular (lemminflect's
    lexicon, else the parser's lemma), a proper noun or an acronym as written, anything else in
    lower case."""
    if tag in {"NNP", "NNPS"} or (text.isupper() and len(text) > 1) or not text[1:].islower():
        return text  # a name, an acronym, "MEPs", "iPods"
    if tag == "NNS" and text.lower() not in PLURAL_ONLY:
        return singular(text.lower(), lemma.lower())
    return text.lower()


@lru_cache(maxsize=8192)
def singular(word: str, fallback: str) -> str:
    """The singular of a plural noun: "colonies" -> "colony", "cryptocurrencies" ->
    "cryptocurrency"; a noun lemminflect does not know keeps the parser's lemma."""
    found = getLemma(word, upos="NOUN", lemmatize_oov=True)
    lemma = found[0].lower() if found else fallback
    return lemma if lemma.isalpha() or "-" in lemma else word


def _common(token) -> bool:
    """A capitalised first word of a sentence that is no name: "Worker bees collect" (not
    "Johannes Gutenberg": a given name, or a word before another proper noun)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.is_sent_start and token.tag_ in {"NNP", "NNPS"} \
        and token.ent_type_ not in {"PERSON", "GPE", "LOC", "NORP"} and not token.text.isupper() and not (following is not None and following.pos_ == "PROPN") \
        and not is_first_name(token.text)


def _as_written(token) -> bool:
    """A word kept in its own case: a proper noun, an acronym, a capitalised adjective of a
    name ("French educator", "mRNA vaccine"); a sentence's capitalised first word is lowered
    unless it is a name."""
    if token.tag_ in {"NNP", "NNPS"}:
        return not _common(token)
    if token.text.islower():
        return False
    return not token.is_sent_start or not token.text[1:].islower() or token.ent_type_ == "NORP"


def empty(token) -> bool:
    """A word that can never be a concept: a pronoun, a number, a stop word, an empty noun, a
    noun that is part of a compound preposition ("thanks to", "courtesy of")."""
    lower = token.lower_
    return (token.pos_ not in {"NOUN", "PROPN"} or lower in PRONOUNS or token.like_num
            or token.is_stop or len(token.text) < 2 or lower in EMPTY or token.lemma_.lower() in EMPTY
            or (token.ent_type_ in _VALUE_TYPES) or not (token.is_alpha or "-" in token.text)
            or prepositional(token))


def prepositional(token) -> bool:
    """A noun read as part of a compound preposition (general English, round 14): "possible
    thanks to technological innovations" says why, it names no thanks; "courtesy of"."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in PREPOSITIONAL_NOUNS and following is not None \
        and following.lower_ == PREPOSITIONAL_NOUNS_WORD[token.lower_]


#: heads that negate their "of" phrase (general English): "the end of the virus" is no virus,
#: "the lack of exposure" no exposure; the concept keeps them (issue 14, class 4)
NEGATING_NOUNS = frozenset({"end", "lack", "absence", "loss", "shortage", "failure", "demise",
                            "collapse", "removal", "abandonment"})


#: nouns whose meaning is a relation to their complement (general English, round 9): "the
#: creator of The Sims", "the importance of mobile gaming", "elements of stock faces", "the
#: practice of the industry". Without an "of" phrase (or a noun compound saying of what:
#: "graphics setting", "design element") they name nothing a graph can use
RELATIONAL_NOUNS = frozenset({"practice", "aid", "element", "sight", "creator", "inventor", "originator",
                              "setting", "importance", "significance", "relevance", "ingredient",
                              "constituent", "counterpart", "equivalent",
                              # round 10: a co-author or co-founder of something; an approval,
                              # a permission, a go-ahead to or for something
                              "co-author", "coauthor", "co-founder", "cofounder", "approval",
                              "permission", "consent", "go-ahead", "clearance", "authorisation",
                              "authorization"})
#: nouns of a role something plays for its "of" phrase (general English, round 12): "exoskeletons
#: have been the focus of military research" is no kind of research; as a predicate noun no is-a
ROLE_NOUNS = frozenset({"focus", "subject", "target", "centre", "center", "object", "victim"})
#: nouns that with "of" read as a preposition (round 12): "sponsorship, courtesy of a distributor"
#: says who gave it, no kind; such an apposition is no is-a
PREPOSITIONAL_NOUNS = frozenset({"courtesy", "thanks"})
#: the preposition each of them takes
PREPOSITIONAL_NOUNS_WORD = {"courtesy": "of", "thanks": "to"}
#: collective and abstract heads that are what their "of" (or "to") phrase restricts (general
#: English, round 11): "the smooth running of the net", "a community of network designers",
#: "the evolution of the net", "a suite of office programs", "an upgrade to the Media Centre".
#: Read like `RELATIONAL_NOUNS` as a node; as a predicate noun they stay a kind with their
#: phrase ("is a suite of programs and tools"). Not "ecosystem": "an underwater ecosystem" is a kind
COLLECTIVE_NOUNS = frozenset({"running", "community", "evolution", "suite", "upgrade"})
#: nouns of a thing that holds or ranks others (general English, round 9): "compiled a list of
#: the top ten data disasters" compiles the list, not the disasters; such a head keeps its
#: "of" phrase ("list of data disaster") or is no concept
CONTAINER_NOUNS = frozenset({"list", "shortlist", "table", "ranking", "chart", "index", "catalogue",
                             "catalog", "collection", "compilation", "database", "directory", "inventory",
                             "register", "roster", "line-up", "lineup", "league", "anthology", "archive"})
#: nouns of a measure: as a subject with "the" they are the count itself ("the number of users
#: rose" is no rise of users), no stand-in for what is counted (round 9); "a number of firms"
#: still is, and so is an object ("cut the number of deaths" cuts deaths)
MEASURE_NOUNS = frozenset({"number", "amount", "proportion", "percentage", "total", "level", "quantity",
                           "rate", "share", "volume", "size"})
#: words of a container's concept with its "of" phrase ("list of global data disaster")
_MAX_CONTAINED = 5


def filled(token):
    """The token an empty noun hands on to: the object of its "of" phrase ("amounts of
    electricity" -> electricity), followed through a chain of them; None when there is none.
    A container ("a list of X") is its own head; "the number of X" as a subject is a measure,
    never X."""
    seen = 0
    while token is not None and token.lemma_.lower() in EMPTY and token.lemma_.lower() not in NEGATING_NOUNS \
            and seen < 3:
        if token.lemma_.lower() in CONTAINER_NOUNS:
            return token
        if token.lemma_.lower() in MEASURE_NOUNS and token.dep_ in {"nsubj", "nsubjpass"} \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        token = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        seen += 1
    return token


def modifiers(token) -> list:
    """The contiguous modifiers before a head noun that make it specific, in order."""
    start = token.i
    bare = not any(c.dep_ in {"det", "poss"} for c in token.children)
    for child in reversed(list(token.lefts)):
        if child.right_edge.i != start - 1 or child.right_edge.text == ",":
            break  # "shoot-em-ups, adventure games": a list item before a comma is no modifier
        if any(_spaced_dash(t) for t in token.doc[child.left_edge.i:start]):
            break  # "the best web blogs - online spaces where ...": a gloss after a dash, no modifier (round 14)
        if bare and _ordinal(child):
            start = child.i  # "third generation": an ordinal without an article names a kind
            continue
        if _counts_modifier(child, token, start):
            start = child.left_edge.i  # "four star petrol": the number is the modifier's
            continue
        if child.dep_ not in _MODIFIER_DEPS or child.tag_ not in _MODIFIER_TAGS or child.like_num \
                or child.ent_type_ in _VALUE_TYPES \
                or (child.lower_ in EMPTY_ADJECTIVES and not _name_word(child) and not _fixed(child, token)) \
                or child.lower_ in PRONOUNS:
            break
        inner = list(child.doc[child.left_edge.i:child.i])
        # a noun inside a hyphenated participle is its adverbial ("laser-based", "user-made"):
        # the whole compound modifies the head, and the adjectives before it stay ("blue");
        # a noun modifier keeps its own modifiers whatever they are ("next generation DVD",
        # round 5): they say which compound it is, not how big or new the head is
        if inner and all(_ordinal(t) or (t.dep_ in _MODIFIER_DEPS | {"punct", "advmod", "npadvmod"} and not t.like_num
                                         and (t.lower_ not in EMPTY_ADJECTIVES or _name_word(t) or _noun_modifier(child))
                                         and (_joining_hyphen(t) or not t.is_punct))
                         for t in inner):
            start = child.left_edge.i
        else:
            start = child.i
    start = _broken_hyphen_start(token.doc, hyphen_start(token.doc, start))
    return list(token.doc[start:token.i])


def _fixed(modifier, head) -> bool:
    """An adjective of a fixed phrase with its head ("current affairs"): no empty adjective."""
    return modifier.i == head.i - 1 and (modifier.lower_, head.lower_) in FIXED_PHRASES


#: dashes that set a phrase off when written with spaces
_DASHES = frozenset({"-", "–", "—", "--"})


def _spaced_dash(token) -> bool:
    """A dash with a space on each side ("blogs - online spaces"), not a hyphen ("lower- cost")."""
    return token.text in _DASHES and bool(token.whitespace_) and token.i > 0 \
        and bool(token.doc[token.i - 1].whitespace_)


def _noun_modifier(token) -> bool:
    """A common noun modifying another noun ("generation" of "next generation DVD")."""
    return token.dep_ == "compound" and token.tag_ in {"NN", "NNS"}


def _counts_modifier(child, head, start: int) -> bool:
    """A number before a singular noun modifier of a singular head: "four star petrol", "two
    stroke engine". A count of the head would make it plural ("three rescue workers"), so the
    number belongs to the modifier, which means nothing without it ("star petrol")."""
    doc = head.doc
    return child.dep_ == "nummod" and child.like_num and start < head.i and head.tag_ == "NN" \
        and doc[start].dep_ == "compound" and doc[start].tag_ == "NN" and child.lower_ not in {"one", "a"}


def _broken_hyphen_start(doc, start: int) -> int:
    """Move a phrase start back over a word broken at its hyphen: "lower- cost chips" (a
    hyphen glued to the word before it, a space after) is "lower-cost chips", not "cost chip"."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return start


def _name_word(token) -> bool:
    """A capitalised proper noun inside a name, not a sentence's first word: "High" of "High
    Speed Downlink Packet Access" is part of the name, not an adjective of size."""
    return token.tag_ in {"NNP", "NNPS"} and token.text[:1].isupper() and not token.is_sent_start


def _ordinal(token) -> bool:
    """An ordinal modifier ("third generation"): it stays with the compound it modifies
    (issue 14, class 5: "third generation video phone", not "generation video phone")."""
    return token.dep_ == "amod" and token.ent_type_ == "ORDINAL" and token.is_alpha


def _joining_hyphen(token) -> bool:
    """A hyphen inside a word ("peer-to-peer"), not a dash between words ("Siemens - in")."""
    return token.tag_ == "HYPH" and not token.whitespace_ and token.i > 0 \
        and not token.doc[token.i - 1].whitespace_


def phrase_words(token) -> list[str]:
    """The canonical words of the concept headed by `token` (without an "of" complement):
    the modifiers as written (hyphens kept: "peer-to-peer system"), lower case unless a name,
    then the head in its canonical form."""
    text = ""
    for t in modifiers(token):
        # a hyphen glued to its word joins the next one: "lower- cost" -> "lower-cost"
        broken = t.text.endswith("-") and (len(t.text) > 1 or (t.i > 0 and not t.doc[t.i - 1].whitespace_))
        text += (t.text if _as_written(t) else t.lower_) + ("" if broken else t.whitespace_)
    tag = ("NNS" if token.tag_ == "NNPS" else "NN") if _common(token) else token.tag_
    head = canonical_word(token.text, token.lemma_, tag)
    return (text + head).split()


def concept_phrase(token) -> tuple[str, int, int] | None:
    """(canonical text, start char, end char) of the concept headed by `token`, or None.

    An empty head hands on to its "of" phrase; a bare head keeps a short "of" complement
    made of a concept ("proof of work", "source of food")."""
    token = filled(token)
    if token is not None and idiom(token):
        return None
    if token is not None and token.lemma_.lower() in NEGATING_NOUNS \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return _negated(token)
    if token is not None and token.lemma_.lower() in CONTAINER_NOUNS:
        return _contained(token)
    if token is None or empty(token):
        return None
    words = phrase_words(token)
    first = modifiers(token)
    if _cut_coordination(token, first):
        return None
    start_char = (first[0] if first else token).idx
    end_char = token.idx + len(token.text)
    if len(words) == 1 and not _verbs_of(token):
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and not empty(obj) and not any(c.dep_ in {"det", "poss"} for c in obj.children):
            inner = [*phrase_words(obj)[:-1], obj.text if _as_written(obj) else obj.lower_]
            figure = _figure(token, obj)
            if figure is not None:  # "speeds of 70.72 teraflops": the figure is what the speed is
                inner = [figure, *inner]
            members = _coordinated(obj)
            if members:  # "a combination of computer chip and antenna": the whole list or nothing
                if members is True:
                    return None
                inner = [*inner, *members[0]]
                if len(inner) + 2 > _MAX_WORDS + _MAX_COORDINATED:
                    return None
                words = [*words, "of", *inner]
                end_char = members[1]
            elif len(inner) + 2 <= _MAX_WORDS:  # "proof of work", "relay of runners": as written
                words = [*words, "of", *inner]
                end_char = obj.idx + len(obj.text)
    text = clean_name(" ".join(words).replace(" , ", ", "))
    if not text or text.lower() in PRONOUNS:
        return None
    return text, start_char, end_char


def idiom(token) -> bool:
    """A noun of an idiom with "of" (`IDIOMS`): "the gadget of choice", "a new lease of life",
    "a writer of note" say how it is valued, no kind of thing."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    obj = next((c for c in of.children if c.dep_ == "pobj" and c.i == of.i + 1), None) if of is not None else None
    return obj is not None and not any(c.dep_ in {"det", "poss"} for c in obj.children) \
        and ((token.lemma_.lower(), obj.lower_) in IDIOMS or ("*", obj.lower_) in IDIOMS)


def _figure(token, obj) -> str | None:
    """The number right before the unit of a dependent noun's "of" phrase ("speeds of 70.72
    teraflops", round 13), kept in its concept; None otherwise."""
    if not ({token.lemma_.lower(), token.lower_, *getLemma(token.lower_, upos="NOUN")} & DEPENDENT_NOUNS):
        return None
    number = next((c for c in obj.lefts if c.dep_ == "nummod" and c.like_num), None)
    if number is None or number.i != obj.i - 1 and not all(t.dep_ in _MODIFIER_DEPS for t in obj.doc[number.i + 1:obj.i]):
        return None
    return number.text


def relational(token, text: str) -> bool:
    """A relational or collective noun (`RELATIONAL_NOUNS`, `COLLECTIVE_NOUNS`) whose concept
    `text` keeps neither its "of" phrase nor a noun compound: "creator", "growing importance",
    "its sights", "smooth running"; or keeps an "of" phrase of one generic noun ("suite of
    programs")."""
    heads = RELATIONAL_NOUNS | COLLECTIVE_NOUNS
    if token.lemma_.lower() not in heads and token.lower_ not in heads:
        return False
    if " of " in f" {text} ":
        return _generic_complement(token)
    return not any(c.dep_ == "compound" for c in token.lefts)


#: nouns whose complement says what they are: "revenue from DVD sales", "motives of spammers",
#: "a 66% growth rate", "speeds of 70.72 teraflops"; without it they are empty (round 13)
DEPENDENT_NOUNS = frozenset({"revenue", "income", "profit", "earnings", "motive", "reason", "cause", "factor",
                             "rate", "speed", "spot", "figure", "calculation", "value", "price", "cost"})
#: the dependent nouns that say nothing without a noun modifier either: "the top spot", "the
#: main factor" ("computational speed" says which speed)
EMPTY_ALONE = frozenset({"factor", "spot", "motive", "reason", "cause", "figure"})
_COMPLEMENT_PREPS = frozenset({"of", "from", "per", "for", "behind"})


def unspecified(token, text: str) -> bool:
    """A dependent noun (`DEPENDENT_NOUNS`) whose concept `text` leaves out what specifies it
    (round 13): a number or percentage before it ("an annual 66% growth rate" is no "growth
    rate"), a complement after it ("revenue from DVD sales", "the true motives of spammers",
    "speeds of 70.72 teraflops", "calculations per second"), or, with neither, a head of
    `EMPTY_ALONE` no noun modifier specifies ("the top spot", "the main factors that spoil
    gaming")."""
    lemmas = {token.lemma_.lower(), token.lower_, *getLemma(token.lower_, upos="NOUN")}  # spaCy: "motives" -> "motif"
    if not lemmas & DEPENDENT_NOUNS:
        return False
    words = text.split()
    if any(t.like_num or t.ent_type_ in {"PERCENT", "MONEY", "QUANTITY"}
           for left in token.lefts for t in left.subtree if t.text not in words):
        return True
    prep = next((c for c in token.rights if c.dep_ in {"prep", "advmod"} and c.lower_ in _COMPLEMENT_PREPS), None)
    if prep is not None:
        return f" {prep.lower_} " not in f" {text} "
    return bool(lemmas & EMPTY_ALONE) \
        and not any(c.dep_ in {"compound", "nmod"} and c.pos_ in {"NOUN", "PROPN"} for c in token.lefts)


def _generic_complement(token) -> bool:
    """A relational noun's "of" phrase that is one generic head noun (`GENERIC_NOUNS`) without a
    modifier or conjunct: "a suite of programs", "a community of users" restrict nothing
    (round 11); "a suite of programs and tools" says what the suite holds."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and obj.lemma_.lower() in GENERIC_NOUNS and not modifiers(obj) and not obj.conjuncts


def _contained(token) -> tuple[str, int, int] | None:
    """"a list of the top ten data disasters" -> "list of data disaster": a container with the
    concept of its "of" phrase, whatever its determiner; None without one, or when the phrase
    is no concept or too long (issue 14, round 9)."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or empty(obj) or obj.conjuncts or obj.lemma_.lower() in CONTAINER_NOUNS:
        return None
    words = [*phrase_words(token), "of", *phrase_words(obj)]
    if len(words) > _MAX_CONTAINED:
        return None
    first = modifiers(token)
    return clean_name(" ".join(words)), (first[0] if first else token).idx, obj.idx + len(obj.text)


def _cut_coordination(token, kept: list) -> bool:
    """True when the modifiers kept before a head stop inside a coordination of modifiers
    (round 8): "audio and external resources producer" would give "resources producer",
    "the US and UK markets" "UK market"; the whole coordination is no concept phrase."""
    start = kept[0].i if kept else token.i
    return any(t.dep_ == "cc" and t.i < start and t.head.i != token.i and token.i in {a.i for a in t.ancestors}
               for t in token.doc[token.left_edge.i:start])


#: words a coordination adds to an "of" complement ("of computer chip and antenna")
_MAX_COORDINATED = 3


def _coordinated(obj):
    """The words after `obj` of its coordination and the end char of the last conjunct
    (round 8: "a combination of computer chip and antenna" is not a combination of chip);
    None when `obj` has no conjunct, True when a conjunct is no plain noun phrase (a pronoun,
    a determiner, an empty noun, a name with a clause)."""
    conjuncts = [c for c in obj.conjuncts if c.i > obj.i]
    if not conjuncts:
        return None
    words = []
    for c in conjuncts:
        if empty(c) or any(d.dep_ in {"det", "poss", "prep", "relcl", "acl"} for d in c.children):
            return True
        joiner = next((d.lower_ for d in obj.doc[obj.i + 1:c.i] if d.dep_ == "cc"), ",")
        words += [joiner, *phrase_words(c)[:-1], c.text if _as_written(c) else c.lower_]
    last = conjuncts[-1]
    return words, last.idx + len(last.text)


#: verbs whose "of" phrase after the object is their own: "tell citizens of threats", "accuse
#: him of fraud" (general English)
OF_VERBS = frozenset({"tell", "warn", "inform", "remind", "accuse", "notify", "assure", "convince",
                      "suspect", "clear", "rob", "deprive", "rid", "relieve", "persuade", "advise"})


def _verbs_of(token) -> bool:
    """The object of a verb that takes the "of" phrase after it (`OF_VERBS`): "citizens" of
    "tell citizens of threats" is no "citizen of threats" (round 5)."""
    return token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in OF_VERBS


#: determiners that point back to one thing the text has already named
_POINTING = frozenset({"the", "this", "that"})


def anaphoric(token) -> bool:
    """A definite or possessive singular that refers back to one specific thing: "the device",
    "its console", "Sony's machine", "this robot" (issue 14, class 1). Such a phrase stands for
    a named thing (the PSP, a named robot), not for a kind, so it is no concept node. Kinds are
    bare plurals and mass nouns ("bees", "electricity"), which this never matches.

    Not anaphoric: a plural or a proper noun, a phrase that says itself which thing it is (an
    "of" complement or a restrictive clause: "the capital of France", "the technology that
    underpins cryptocurrencies"), a name among its modifiers ("the Cell processor"), a
    superlative or an ordinal ("the oldest gadget"). A clause set off by a comma ("the
    portable games machine, which features a touch screen, ...") only comments on a thing
    already known: it does not say which one.
    """
    if token.tag_ != "NN" or (token.dep_ == "attr" and any(_superlative(s) for s in token.head.children
                                                          if s.dep_ in {"nsubj", "nsubjpass"})):
        return False  # "the oldest gadget is the abacus": a kind the superlative picks out
    if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
        return False  # "on UMD, the disc format for the machine": it says what the name is (round 8)
    if not any((c.dep_ == "det" and c.lower_ in _POINTING) or c.dep_ == "poss" for c in token.children):
        return False
    if any((c.dep_ in {"relcl", "acl"} and not _set_off(c)) or (c.dep_ == "prep" and c.lower_ == "of")
           for c in token.children):
        return False
    if any(m.tag_ in {"NNP", "NNPS"} and not _common(m) for m in modifiers(token)):
        return False
    return not _superlative(token)


#: determiners that make a noun one thing, not a kind: "the device", "this trick", "a bill"
_INSTANCE_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an", "another"})


def instance(token, words: int) -> bool:
    """A one-word concept (`words`) written as one unnamed thing, not as a kind (issue 14,
    round 6): a singular head with an article, a demonstrative or a possessive, or a plural one
    with a possessive, and no restrictive clause that says which thing it is ("the bill", "a
    device", "this trick", "its doors", "the possibility").
    A reader finds such a node vague: the one bill of the article is the software patents bill,
    and the node "bill" joins every other. Kinds are bare plurals and mass nouns ("spammers
    use digits", "bees", "electricity"), and a modifier makes a phrase specific
    ("a Windows virus"); neither is an instance. A predicate noun is the kind something is
    ("Painkiller is a game", "Coubertin, a French educator"), and a superlative picks one out
    ("the oldest gadget"): neither is an instance. A restrictive clause or participle
    ("the team that created the Macintosh", Mention.restricted) is scored apart.

    The open profile scores an instance like a generic concept (extract.open_facts.OPEN_TABLE):
    a fact with one falls below the default threshold.
    """
    if words != 1 or token.tag_ not in {"NN", "NNS"} or token.dep_ in {"attr", "appos", "oprd"}:
        return False
    if any(c.dep_ in {"relcl", "acl"} and not _set_off(c) for c in token.children):
        return False  # "the chip embedded in bank cards", "the servers which link to ...": which ones
    if token.tag_ == "NNS":  # "the 14 telecentres use", "the chips shut down": the ones of the text
        return any(c.dep_ == "poss" for c in token.children)  # "its doors": one thing's, still vague
    marked = any((c.dep_ == "det" and c.lower_ in _INSTANCE_DETERMINERS
                  and (c.lower_ not in {"a", "an", "another"} or not _generic_subject(token)))
                 or c.dep_ == "poss" for c in token.children)
    return marked and not _superlative(token)


def _generic_subject(token) -> bool:
    """An indefinite subject of a simple present clause speaks of the kind: "A blockchain
    records transactions", "a colony is ruled by a queen"; not of a past or progressive one
    ("a man auctioned ...", "a firm is launching ...", "a firm has launched ...")."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    return verb.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _set_off(clause) -> bool:
    """A clause after a comma: non-restrictive, it describes and does not identify."""
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text == ","


def _superlative(token) -> bool:
    """A noun singled out by a superlative or an ordinal: "the oldest gadget", "the first machine"."""
    return any(c.tag_ in {"JJS", "RBS"} or c.ent_type_ == "ORDINAL" or c.lower_ in {"most", "only"}
               for c in token.lefts)


#: nouns of a measure or of a light event, empty without a complement (general English):
#: "a rise", "a sale", "a unit", "a press conference", "a message"
LIGHT_NOUNS = frozenset({
    "sale", "unit", "light", "space", "link", "message", "comment", "conference", "statement",
    "announcement", "move", "step", "push", "rise", "fall", "increase", "decrease", "drop",
    "growth", "decline", "boost", "cut", "change", "effort", "bid", "attempt", "call", "launch",
    "release", "report", "visit", "talk", "meeting", "session", "issue", "figure", "rate",
    "value", "size", "volume", "deal", "plan", "approach", "response", "reaction", "view",
    # round 12: "took several swipes at X", "saving the unveiling for May", "entering an era"
    "swipe", "unveiling", "era",
})
#: suffixes of a noun derived from a verb (general English)
DEVERBAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "another"})


def empty_event(token, words: int) -> bool:
    """A bare event or measure nominalisation that carries nothing as a node (issue 14, class
    2): a concept of one word (`words`: no specific modifier, no "of" complement) whose head is

    - a measure or light event noun (`LIGHT_NOUNS`), or
    - a singular noun with an article or a possessive that is derived from a verb by a
      deverbal suffix (`DEVERBAL_SUFFIXES`: "an announcement", "the proposal"). Nouns of the
      verb's own form ("a push") are left to the list: a lexicon of them holds "queen" and
      "network" too.

    A bare mass noun or plural ("electricity", "crops") is a kind, never an empty event.
    """
    if words != 1:
        return False
    lemma = token.lemma_.lower()
    if lemma in LIGHT_NOUNS or token.lower_ in LIGHT_NOUNS:
        return True
    if token.tag_ != "NN" or not any((c.dep_ == "det" and c.lower_ in _ARTICLES) or c.dep_ == "poss"
                                     for c in token.children):
        return False
    return lemma.endswith(DEVERBAL_SUFFIXES) and len(lemma) > 5


#: units of measure written as words or symbols (general English): never a concept alone
UNITS = frozenset({"kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "bps", "khz", "mhz", "ghz", "hz", "km", "cm",
                   "mm", "kg", "mg", "mph", "kph", "kw", "mw", "gw", "kwh", "watt", "watts", "volt", "volts",
                   "megabit", "megabits", "gigabit", "gigabits", "kilobit", "kilobits", "megabyte", "megabytes",
                   "gigabyte", "gigabytes", "kilobyte", "kilobytes", "terabyte", "terabytes", "pixel", "pixels",
                   "metre", "metres", "meter", "meters", "kilometre", "kilometres", "mile", "miles", "tonne",
                   "tonnes", "ton", "tons", "gram", "grams", "kilogram", "kilograms", "litre", "litres",
                   "percent", "degree", "degrees", "inch", "inches", "foot", "feet"})
#: words of a number that make it a measure rather than a count of things one can list
_LARGE = frozenset({"thousand", "thousands", "million", "millions", "billion", "billions", "bn", "m"})


def counted(token, words: int) -> bool:
    """A one-word concept that is a measure (round 5): "sold five million copies", "100,000
    kroner", "at 30 frames a second". The amount is what the phrase says; the bare unit
    ("copy", "krone", "frame") is no node. A measure is a number of a thousand or more, an
    amount the tagger calls money or a quantity, or a rate ("a second"). A small count of
    things stays ("set up two schools", "the 14 telecentres"), as does a year ("the 2004 model")."""
    if token.lower_ in UNITS:
        return True  # "6GB", "around two Mbps": a unit of measure is never a thing
    if words != 1 or any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.children):
        return False
    numbers = [c for c in token.children if c.dep_ == "nummod" and c.like_num and c.ent_type_ not in {"DATE", "TIME"}]
    if not numbers:
        return token.lower_ in UNITS
    rate = any(c.dep_ == "npadvmod" and any(d.lower_ in {"a", "an", "per"} for d in c.children) for c in token.children)
    return rate or token.ent_type_ in {"MONEY", "QUANTITY"} or any(_large(n) for n in numbers)


def _large(number) -> bool:
    """A number of a thousand or more: "100,000", "five million", "2.4bn"."""
    words = [t.lower_ for t in number.subtree]
    if _LARGE & set(words):
        return True
    digits = number.text.replace(",", "")
    return digits.replace(".", "", 1).isdigit() and float(digits) >= 1000


def _negated(token) -> tuple[str, int, int] | None:
    """"the end of the mass-mailing virus" -> "end of mass-mailing virus": a negating head with
    the concept of its "of" phrase; None without one ("the end", "the end of the year")."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    inner = concept_phrase(obj) if obj is not None and obj.lemma_.lower() not in NEGATING_NOUNS else None
    if inner is None and obj is not None and obj.pos_ == "PROPN" and not empty(obj):
        inner = (obj.text, obj.idx, obj.idx + len(obj.text))  # "the end of Napster"
    if inner is None:
        return None
    return f"{token.lemma_.lower()} of {inner[0]}", token.idx, max(inner[2], token.idx + len(token.text))


#: head nouns too generic to be useful as a node on their own (general English; issue 14,
#: round 3): an unnamed actor ("the company", "users", "experts"), a stand-in for a thing the
#: text names elsewhere ("the system", "the product", "the technology"), or an abstract noun
#: that says nothing without its complement ("the ability", "access", "a chance"). With a
#: specific modifier the concept is no longer generic ("PC user", "immune system").
GENERIC_NOUNS = frozenset({
    # unnamed actors
    *ACTOR_NOUNS, "people", "person", "customer", "consumer", "employee", "staff", "worker",
    "player", "fan", "owner", "operator", "provider", "maker", "manufacturer", "developer",
    "vendor", "supplier", "buyer", "seller", "client", "visitor", "viewer", "reader",
    "audience", "participant", "supporter", "researcher", "scientist", "individual", "recipient",
    "partner", "rival", "competitor", "industry", "market", "sector", "business", "organisation",
    # stand-ins for a thing named elsewhere
    "product", "service", "device", "system", "technology", "machine", "equipment", "material",
    "tool", "item", "object", "feature", "option", "method", "process", "program", "programme",
    "application", "app", "platform", "solution", "content", "site", "website", "page",
    "model", "version", "project", "scheme", "initiative", "network", "format",
    # abstract nouns empty without their complement
    "ability", "capability", "capacity", "potential", "advantage", "opportunity", "chance",
    "right", "care", "scope", "scene", "charge", "completion", "interest", "significance",
    "importance", "benefit", "risk", "challenge", "concern", "worry", "optimism", "hope", "fear",
    "success", "failure", "damage", "impact", "influence", "help", "support", "access", "speed",
    "price", "cost", "money", "cash", "sum", "quality", "performance", "choice", "alternative",
    "look", "answer", "activity", "action", "work", "job", "task", "word", "perspective",
    "knowledge", "experience", "wealth", "excess", "limit", "usage", "flexibility", "premise",
    "discussion", "research", "study", "trend", "condition", "status", "progress", "development",
    "goal", "aim", "purpose", "situation", "problem", "gear", "stream", "lead",
    # (round 5) nouns whose content is their complement or a crowd without a name
    "finding", "conclusion", "detail", "compromise", "crowd", "title", "giant",
})


def generic(mention: Mention) -> bool:
    """True for a concept that is one generic head noun (`GENERIC_NOUNS`) without a specific
    modifier: "company", "user", "system", "ability"; not "PC user", "immune system"; or one
    common word (`common`: "computer", "information").

    >>> generic(Mention("d", "user", CONCEPT, 0, 5)), generic(Mention("d", "PC user", CONCEPT, 0, 7))
    (True, False)
    """
    return mention.type == CONCEPT and (mention.text.lower() in GENERIC_NOUNS or common(mention))


#: the Zipf frequency (log10 of occurrences per billion words, wordfreq's English lists) from
#: which a word is common: 4.8 is about once in 16,000 words ("computer" 5.0, "traffic" 4.85,
#: "data" 5.3), above the words of a field ("virus" 4.4, "laser" 4.2, "trojan" 3.4, "stadium"
#: 4.6, "newspaper" 4.6)
COMMON_ZIPF = 4.8


def common(mention: Mention) -> bool:
    """True for a concept of one common word of general English (round 8): "computer",
    "information", "traffic", "data", "evidence", "winner". Such a word names no specific
    thing: two articles that use it seldom speak of one thing, and a fact between it and
    another concept says little ("virus infects computer"). A modifier makes a concept
    specific ("home computer", "confidential information"), and a rarer, technical word is
    one ("spyware", "laser", "abacus"). Names and acronyms are never common.

    >>> common(Mention("d", "computer", CONCEPT, 0, 8)), common(Mention("d", "spyware", CONCEPT, 0, 7))
    (True, False)
    >>> common(Mention("d", "home computer", CONCEPT, 0, 13))
    False
    """
    text = mention.text
    return mention.type == CONCEPT and " " not in text and text.islower() and text.isalpha() \
        and _zipf(text) >= COMMON_ZIPF


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")


def concept_mention(token, doc_id: str, sentence_start: int) -> Mention | None:
    """The CONCEPT mention of the concept headed by `token`, or None."""
    found = concept_phrase(token)
    if found is None:
        return None
    text, start, end = found
    return Mention(doc_id, text, CONCEPT, start, end, sentence_start)
