"""Names in a parsed article: cleaned NER entities and concept noun phrases.

Pure functions over a spaCy Doc. A name never contains a title, a determiner or a possessive
ending: "the United States" -> "United States", "Russia's" -> "Russia".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from lemminflect import getAllLemmas

from extract import gazetteer, lexicon
from extract.arrays import token_arrays
from extract.headline import headline_sentence
from extract.nlp import doc_text
from extract.types import CONCEPT, Mention

lexicon.install()  # lemminflect's tables read lazily: only the words asked for

#: NER labels that become graph nodes; numbers, dates and amounts never do
ENTITY_TYPES = frozenset({
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
})

#: pronouns, relative and demonstrative words: never a node
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it",
    "its", "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose",
    "which", "that", "this", "these", "those", "what", "whoever", "whatever", "one", "ones",
    "someone", "somebody", "something", "anyone", "anything", "everyone", "everything",
    "nobody", "nothing", "none", "each", "both", "all", "either", "neither", "another",
    "other", "others", "such", "there", "here",
})

#: nouns too vague to stand as a node on their own (general English, not article-specific)
VAGUE_NOUNS = frozenset({
    "thing", "things", "way", "ways", "part", "time", "times", "year", "years", "day", "days",
    "lot", "number", "kind", "sort", "type", "fact", "case", "point", "matter", "place",
    "side", "end", "people", "person", "world", "week", "month", "today", "yesterday",
    "tomorrow", "moment", "percent", "per", "cent", "amount", "rest", "half", "bit", "deal",
    "regard", "terms", "term", "line", "front", "addition", "order", "view", "sense",
    "question", "manner", "extent", "degree", "basis", "respect", "behalf", "account",
    "accordance", "bid", "light", "wake", "desperation", "effort", "attempt", "lieu",
    "favour", "favor", "remarks", "remark", "comments", "statement", "words", "interview",
    # semantically empty objects: "holds position", "gives account of events", "tells press"
    "position", "post", "role", "issue", "issues", "event", "events", "message", "messages",
    "truth", "lead", "step", "steps", "situation", "attention", "details", "detail", "press",
    "media", "public", "news", "information", "something", "anything", "everything", "stuff",
    # parts, shares and logical relations: "finds aspects of such a doctrine" (all of them
    # empty nouns of extract.concepts too)
    "aspect", "aspects", "example", "instance", "majority", "minority", "proportion",
    "percentage", "handful", "plenty", "means", "reason", "result", "effect", "stage",
})

#: nouns that spaCy's stop list holds although they name events and things: "criticized the
#: move", "the call with Zelensky"; the list's other nouns ("part", "side") are vague nouns
STOP_LIST_NOUNS = frozenset({"move", "call", "name", "show"})

#: nouns that are the empty object of an English idiom ("put a brave face on", "reap the
#: benefits of", "want a taste of", "got into trouble over", "take notice of", "pay heed to"):
#: never a node of the news graph (the open profile's concepts do not read this list)
IDIOM_NOUNS = frozenset({"face", "taste", "benefit", "benefits", "trouble", "notice", "heed"})

#: nouns of asking for something (general English): "calls for an inquiry", "demands for
#: the release of X". What is asked for is the whole of what they say, so as a concept they
#: keep their "for" complement whole or are none; without one they read as any noun, except
#: a headline's noun compound ("advice calls"), which is none (NameIndex._request)
REQUEST_NOUNS = frozenset({"call", "demand", "appeal", "plea", "request", "clamour", "clamor",
                           "pressure"})
#: the longest request phrase kept as one concept, in words ("calls for the publication of
#: the advice on the legality of the war" has 12)
REQUEST_WORDS = 14

#: prepositions whose concept object completes a direct object rather than the verb:
#: "approved funding for a wall", "the rule of law"; in "defended the plans against
#: criticism" the phrase is the verb's ("defended ... against criticism")
OBJECT_COMPLEMENT_PREPS = frozenset({"of", "for"})

#: common nouns that stand for an actor the article does not name ("officials said", "the
#: company said", "the country"): on their own they are no node; a pronoun-like description
#: is resolved by extract.coref or its fact is dropped. With a distinguishing modifier
#: ("opposition supporters", "Thai officials") they stay a concept.
ACTOR_NOUNS = frozenset({
    "official", "source", "spokesman", "spokeswoman", "spokesperson", "reporter", "journalist",
    "user", "observer", "insider", "aide", "analyst", "expert", "critic", "commentator",
    "man", "woman", "someone", "country", "nation", "state", "government", "administration",
    "company", "firm", "club", "team", "party", "group", "organisation", "organization",
    "agency", "ministry", "department", "court", "city", "airline", "bank", "union", "army",
    "military", "police", "president", "minister", "leader", "chairman", "chief", "side",
    "authority", "authorities", "regime", "institution", "body", "board", "committee",
})

#: nouns of a few people acting together: "the Irish duo", "a Saudi pair"
GROUP_NOUNS = frozenset({"duo", "trio", "pair", "couple", "quartet", "twins", "brothers", "sisters"})

#: adjectives that add no content to a concept name
VAGUE_ADJECTIVES = _VAGUE_ADJECTIVES = frozenset({
    "new", "other", "recent", "latest", "such", "many", "several", "more", "most", "own",
    "certain", "various", "previous", "last", "next", "first", "same", "further", "few",
    "much", "some", "any", "every", "whole", "entire", "little", "big", "great", "huge",
    "main", "key", "major", "past", "current", "possible", "potential", "so-called", "alleged",
    "suspected", "reported", "particular", "specific", "additional", "real", "full", "final",
})

#: honorifics and role titles that may stand before a name; stripped from entity names
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "comrade",
    "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "leader",
    "chief", "chairman", "chairwoman", "chair", "general", "gen", "admiral", "colonel", "col",
    "captain", "capt", "lt", "sgt", "commander", "marshal", "governor", "gov", "senator", "sen",
    "rep", "representative", "mayor", "king", "queen", "prince", "princess", "emperor",
    "ambassador", "envoy", "judge", "justice", "pope", "cardinal", "bishop", "rev", "sheikh",
    "foreign", "defence", "defense", "interior", "finance", "deputy", "state", "first",
    "supreme", "spokesman", "spokeswoman", "spokesperson", "director", "head", "ceo",
    "chairperson", "speaker", "attorney", "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.",
    "st.", "lt.", "gen.", "col.", "capt.", "prof.", "protection", "security", "council",
})

#: nouns of organisations and places: a description headed by one never means a person,
#: even one whose title holds the word ("club manager Alex Ferguson" is not "the club")
ORGANISATION_NOUNS = frozenset({
    "club", "company", "firm", "team", "party", "group", "government", "country", "nation",
    "state", "city", "bank", "union", "ministry", "department", "agency", "court", "airline",
    "organisation", "organization", "administration", "board", "committee", "council", "body",
    "business", "corporation", "channel", "network", "newspaper", "paper", "station", "school",
    "university", "hospital", "church", "army", "force", "league", "association", "exchange",
    "police", "military", "navy", "parliament", "congress", "senate", "cabinet", "opposition",
})
#: nouns that, after a country's name, stand for its state: "the UK government" is the UK
_STATE_BODIES = frozenset({"government", "administration", "authorities", "authority", "regime"})

#: prepositions whose object completes a bare noun: "funding for a wall", "rule of law"
COMPLEMENT_PREPS = frozenset({"of", "for", "on", "against", "over", "into", "with", "to"})

#: head nouns of a person's title: as an argument, a phrase headed by one ("Foreign
#: Secretary", "former IMF director") stands for its holder, whom the fact should name.
#: Titles of a single holder ("the Queen", "the Pope") are left to entity resolution.
TITLE_HEADS = frozenset({
    "president", "minister", "secretary", "senator", "ambassador", "chairman", "chairwoman",
    "chair", "spokesman", "spokeswoman", "spokesperson", "director", "leader", "chief",
    "governor", "mayor", "envoy", "chancellor", "premier",
    "ceo", "commissioner", "representative", "speaker", "judge", "attorney", "official",
    "correspondent", "editor", "executive", "manager", "boss", "head", "deputy",
    "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh", "general", "admiral",
    "colonel", "captain", "commander", "sergeant", "lieutenant", "officer", "inspector",
    "detective", "constable", "marshal", "ambassador", "consul", "envoy", "chairperson",
    # members of a parliament by their abbreviations: "Labour MP Tom Watson", "the Edinburgh MSP"
    "mp", "msp", "mep", "mla",
})

_EDGE_PUNCT = re.compile(r"^[\s\"'“”‘’«»()\[\]{},.;:!?*•·–—%$£€-]+|[\s\"'“”‘’«»()\[\]{},;:!?*•·–—-]+$")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@lru_cache(maxsize=16384)  # a pure function of short strings, asked again for the same names
def clean_name(text: str) -> str:
    """Strip quotes, edge punctuation, a leading article and a possessive ending.

    >>> clean_name("the United States'"), clean_name("“Russia’s"), clean_name("U.S."), clean_name("% stake")
    ('United States', 'Russia', 'U.S.', 'stake')
    """
    text = _EDGE_PUNCT.sub("", text.strip())
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^(?:the|The|THE|a|an)\s+", "", text)
    text = re.sub(r"\s+", " ", text)
    return _EDGE_PUNCT.sub("", text) if not text.endswith(".") or len(text) > 5 else text.strip()


#: parts of speech of a modifier that describes a head noun without naming a kind of it
_DESCRIBING = frozenset({"ADJ", "ADV", "VERB", "PUNCT"})


def adjectival(words) -> bool:
    """True when the tokens of a concept phrase (modifiers, then the head) have modifiers and
    all of them are adjectives, adverbs or participles: "legal action", "modest rise", "strong
    economy" describe a thing without saying which; a noun modifier names a kind of it
    ("interest rates", "stem cell research"). On judged news edges (benchmarks/calibration.py)
    adjective-only concept objects were a third CORRECT and a quarter WRONG, noun-modified ones
    more than half CORRECT (extract.confidence.TABLE.adjectival)."""
    return len(words) > 1 and all(w.pos_ in _DESCRIBING for w in words[:-1])


@dataclass(frozen=True)
class EntitySpan:
    """An NER entity after cleaning: token range, character range and clean text."""

    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    label: str


def _merged_entities(doc) -> list[tuple[list, str]]:
    """NER entities as (tokens, label), adjacent pieces of one flat proper name joined.

    The small English model sometimes splits "Choe Son Hui" into PERSON "Choe Son" + NORP "Hui";
    two adjacent entities whose tokens are all proper nouns, the first a compound inside the
    second's phrase, are one name, labelled PERSON when either part is.
    """
    merged: list[tuple[list, str]] = []
    for ent in doc.ents:
        tokens, label = list(ent), ent.label_
        if merged:
            prev_tokens, prev_label = merged[-1]
            if (prev_tokens[-1].i + 1 == tokens[0].i and prev_tokens[-1].dep_ == "compound"
                    and all(t.pos_ == "PROPN" for t in prev_tokens + tokens)
                    and prev_tokens[-1].head.i in {t.i for t in tokens}
                    and {prev_label, label} & {"PERSON"}
                    and not _group_before_person(prev_tokens, prev_label, tokens, label)):
                merged[-1] = (prev_tokens + tokens, "PERSON")
                continue
        merged.append((tokens, label))
    return merged


def _group_before_person(first: list, first_label: str, second: list, second_label: str) -> bool:
    """"Republican Kevin McCarthy": a one-word group (a party, a faith) before a person's full
    name that starts with a given name is the person's group, no part of the name."""
    return first_label == "NORP" and len(first) == 1 and second_label == "PERSON" and len(second) > 1 \
        and is_first_name(second[0].text)


def entity_spans(doc) -> list[EntitySpan]:
    """The doc's NER entities of node types, with titles, articles and possessives removed."""
    spans, full_text = [], doc_text(doc)
    for tokens, label in _merged_entities(doc):
        if label in ENTITY_TYPES and not _one_of_a_people(tokens, label):
            span = _make_span(doc, tokens, label, full_text)
            if span is not None:
                spans.append(span)
    return spans


def _one_of_a_people(tokens: list, label: str) -> bool:
    """"an Israeli", "two Britons", "Iraqis win": persons of a nationality, not its country
    (a nationality as modifier or with "the" -- "Israeli troops", "the British said" -- stays
    a name)."""
    if label != "NORP" or len(tokens) != 1:
        return False
    head = tokens[0]
    used_as_noun = head.pos_ in {"NOUN", "PROPN"} or head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
    counted = any(c.dep_ in {"det", "nummod"} and (c.lower_ in {"a", "an"} or c.like_num) for c in head.children)
    # "Iraqis win a case": some people of a nation, not its state ("the Americans" may be)
    bare_plural = head.tag_ in {"NNPS", "NNS"} and head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} \
        and not any(c.dep_ == "det" for c in head.children) \
        and gazetteer.country_of_demonym(head.text) is not None  # "Democrats" is a party
    return used_as_noun and (counted or bare_plural)


def _make_span(doc, tokens: list, label: str, full_text: str) -> EntitySpan | None:
    """An EntitySpan of the tokens, trimmed and cleaned; None when nothing name-like is left."""
    tokens = [t for t in tokens if not (t.dep_ == "case" or t.tag_ == "POS")]
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or tokens[0].is_punct
                      or tokens[0].pos_ in {"VERB", "AUX"}):
        tokens.pop(0)  # "Make Melbourne a digital city": a heading's verb is no part of a name
    dash = next((n for n, t in enumerate(tokens) if n and spaced_dash(t)), None)
    if dash is not None:
        tokens = tokens[:dash]  # "Veritas - Latin for 'truth' - would": the aside is no part of the name
    if label == "PERSON":
        while len(tokens) > 1 and tokens[0].lower_ in TITLES:
            tokens.pop(0)
        titled = [n for n, t in enumerate(tokens[:-1]) if t.lower_ in TITLE_HEADS]
        tokens = tokens[titled[-1] + 1:] if titled else tokens  # "Industry Minister Jane Doe"
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in {".", ")"}
                      or tokens[-1].pos_ in {"CCONJ", "ADP", "DET", "SCONJ"}):
        # "Llanelli Grammar School - and", "Institute for the Study of Labour at": the tagger
        # ran on into the next clause or phrase; a name never ends in a function word
        tokens.pop()
    if not tokens:
        return None
    start_char, end_char = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = clean_name(full_text[start_char:end_char])
    if not text or all(t.pos_ == "PRON" for t in tokens) or not any(c.isalpha() for c in text) \
            or (text.lower() in PRONOUNS and not text.isupper()):
        return None
    # the cleaned text may be shorter at either end: locate it inside the raw range
    offset = full_text.find(text, start_char, end_char + 1)
    if offset >= 0:
        start_char, end_char = offset, offset + len(text)
    return EntitySpan(tokens[0].i, tokens[-1].i + 1, start_char, end_char, text, label)


#: dashes that open or close an aside when spaced: "Veritas - Latin for 'truth' - would"
ASIDE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def spaced_dash(token) -> bool:
    """A dash with a space on each side: it sets off an aside or a new clause ("Veritas -
    Latin for 'truth' - would", "Leeds -- a city of ..."), so a name never runs across it; a
    hyphen inside a word ("Kilroy-Silk") has no spaces."""
    if token.text not in ASIDE_DASHES or token.i == 0:
        return False
    return bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)


#: honorifics that stand only before a person's name ("Dr Vancheshwar", "Mr Nath")
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame",
                        "mr.", "mrs.", "ms.", "dr.", "prof."})
#: prepositions that put a place between a title and its holder: "Senator from Vermont Bernie Sanders"
_PLACE_PREPS = frozenset({"of", "from", "for"})


def given_names():
    """gender-guesser's detector of given names, loaded once, its names decoded as they are
    asked for (extract.lexicon; extract.coref reads genders)."""
    return lexicon.name_detector()


@lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """Whether gender-guesser lists the word as a given name (any gender, also ambiguous).

    >>> is_first_name("Nicola"), is_first_name("Scotland")
    (True, False)
    """
    return word[:1].isupper() and given_names().get_gender(word) != "unknown"


def _name_word(token) -> bool:
    """A capitalised proper noun that is no title: a word of a name."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ not in TITLES \
        and token.lower_ not in HONORIFICS


def _joins_name(doc, i: int) -> bool:
    """A hyphen inside a double-barrelled name: "Kilroy-Silk"."""
    return doc[i].text == "-" and i + 1 < len(doc) and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and _name_word(doc[i + 1])


#: titles of sovereigns and clergy that stand before a given name: "Queen Elizabeth II",
#: "King Charles", "Pope Francis" (not an honorific everywhere: "King Street", "Queen's Park")
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan",
                          "sheikh"})


def _before_a_name(doc, token) -> bool:
    """An honorific, or a royal title before a given name: the names after it are a person's."""
    if token.lower_ in HONORIFICS:
        return True
    return token.lower_ in ROYAL_TITLES and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" \
        and is_first_name(doc[token.i + 1].text)


def _brand_with_honorific(doc, span: EntitySpan, spans: list[EntitySpan]) -> bool:
    """"Dr Pepper", "Mr Kipling" tagged as an organisation or product: an honorific before a
    singular common English noun ("pepper", "muscle") that no person of the article is called is part
    of a brand's name, not a title before a surname. A word outside the dictionary ("Dr
    Vancheshwar") or one a person of the text bears ("Dr Fox" beside "Liam Fox") stays a
    person's name."""
    if span.label not in {"ORG", "PRODUCT"} or span.end - span.start != 2:
        return False
    word = doc[span.start + 1]
    if word.lower_ not in getAllLemmas(word.lower_).get("NOUN", ()):
        return False  # "Dr Gibbons": a plural is a surname; a brand is named by one thing
    return not any(other.label == "PERSON" and any(doc[i].lower_ == word.lower_ for i in range(other.start, other.end))
                   for other in spans)


def _honorific_people(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A name right after an honorific is a person's, whatever the tagger said: "Dr
    Vancheshwar" tagged ORG or missed, "Mr Nath" tagged GPE."""
    out = []
    for span in spans:
        first, before = doc[span.start], doc[span.start - 1] if span.start else None
        if span.label != "PERSON" and first.lower_ in HONORIFICS and span.end - span.start > 1 \
                and all(_name_word(t) for t in doc[span.start + 1:span.end]) \
                and not _brand_with_honorific(doc, span, spans):
            span = _make_span(doc, list(doc[span.start + 1:span.end]), "PERSON", text) or span
        elif span.label != "PERSON" and before is not None and before.lower_ in HONORIFICS \
                and before.text[:1].isupper() and all(_name_word(t) for t in doc[span.start:span.end]):
            span = replace(span, label="PERSON")
        out.append(span)
    covered = {i for span in out for i in range(span.start, span.end)}
    for token in doc:
        if not _before_a_name(doc, token) or not token.text[:1].isupper() or token.i in covered:
            continue
        end = token.i + 1
        while end < len(doc) and end not in covered and doc[end].sent.start == token.sent.start and (
                _name_word(doc[end]) or _joins_name(doc, end)):
            end += 1
        if end > token.i + 1 and not (token.lower_ not in HONORIFICS and _holds_common_noun(doc[token.i + 1:end])):
            span = _make_span(doc, list(doc[token.i + 1:end]), "PERSON", text)
            out += [span] if span is not None else []
    return sorted(out, key=lambda s: s.start)


def _holds_common_noun(words) -> bool:
    """Whether a capitalised run holds a common English noun: after a royal title it names a
    place or an institution ("King Street", "Queen Mary Hospital"), not a person."""
    return any(t.lower_ in getAllLemmas(t.lower_).get("NOUN", ()) for t in words)


#: roles of a noun phrase that name an actor or a thing acted on: a name stands there
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative"})


def _untagged_run(doc, token, covered: set[int]):
    """The words after ``token`` in its sentence that could be a name the tagger missed: no
    entity, not yet covered by a span, each a name word (the run a title or a capital
    "The" opens)."""
    end, sent_start = token.i + 1, token.sent.start
    while end < len(doc) and end not in covered and not doc[end].ent_type_ \
            and doc[end].sent.start == sent_start and _name_word(doc[end]):
        end += 1
    return doc[token.i + 1:end]


def _untagged_names(doc, spans: list[EntitySpan], text: str, label: str, opens, fits,
                    first_covered) -> list[EntitySpan]:
    """Spans of ``label`` for the untagged name runs that an ``opens(token, covered)`` word
    starts and that ``fits(token, run)``; ``first_covered(token, run)`` is the first index the
    new span covers (the opener itself or the run)."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    out = list(spans)
    for token in doc:
        if not opens(token, covered):
            continue
        run = _untagged_run(doc, token, covered)
        if not len(run) or not fits(token, run):
            continue
        span = _make_span(doc, list(run), label, text)
        if span is not None:
            out.append(span)
            covered.update(range(first_covered(token, run), run.end))
    return sorted(out, key=lambda s: s.start)


def _royal_title_people(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A name after a royal title that the tagger missed is a person's: "Princess Ubolratana
    Mahidol withdrew", "using Princess Ubolratana as". The title is capitalised and joined
    by the parse to the names after it, which stand as an argument of the clause and hold
    no common English noun ("King Street", "Queen Mary Hospital" are places). Titles before a
    listed given name are read by _honorific_people already."""
    return _untagged_names(
        doc, spans, text, "PERSON",
        opens=lambda token, covered: token.lower_ in ROYAL_TITLES and token.text[:1].isupper()
        and token.i not in covered,
        fits=lambda token, run: token.head.i in range(run.start, run.end) and token.dep_ == "compound"
        and run.root.dep_ in _ARGUMENT_DEPS and run.root.head.i not in range(run.start, run.end)
        and not _holds_common_noun(run),
        first_covered=lambda token, run: run.start)


def _title_case(sent) -> bool:
    """A sentence in title case (a heading): most of its words are capitalised."""
    words = [t for t in sent if t.is_alpha]
    return len(words) > 2 and sum(t.text[:1].isupper() for t in words) * 3 > len(words) * 2


def _names_after_a_capital_the(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A name that begins with a capitalised "The" inside a sentence and that the tagger
    missed is a name, mostly a publication's or an organisation's: "Ford told The Verge",
    "according to The Athletic". Inside running text "the" is written in lower case unless
    it is part of a name; the run after it holds proper nouns only and stands as an argument
    of the clause. Headings and sentences in title case, and a "The" after punctuation (a
    quotation or a list may open there), prove nothing."""
    headline = headline_sentence(doc)
    return _untagged_names(
        doc, spans, text, "ORG",
        opens=lambda token, covered: token.text == "The" and token.i not in covered
        and token.i != token.sent.start and not doc[token.i - 1].is_punct
        and not doc[token.i - 1].is_space
        and not (headline is not None and headline.start <= token.i < headline.end),
        fits=lambda token, run: run.root.dep_ in _ARGUMENT_DEPS and token.head.i == run.root.i
        and not _title_case(token.sent),
        first_covered=lambda token, run: token.i)


def _place_before_person(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A place glued to the person after it splits into place + person: "(Senator from)
    Vermont Bernie Sanders" tagged as one ORG. The place is tagged elsewhere in the article, or
    follows "of"/"from" and holds no given name; the person starts with a given name and is
    what the tagger said, a person the article names elsewhere (by surname), or follows a
    title and its place ("First Minister of Scotland Nicola Sturgeon")."""
    places = {span.text: span.label for span in spans if span.label in _PLACES}
    people = {w for span in spans if span.label == "PERSON" for w in (span.text, span.text.split()[-1])}
    out = []
    for span in spans:
        words = list(doc[span.start:span.end])
        after_prep = span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPS
        # "First Minister of Scotland Nicola Sturgeon": a title's place, then its holder
        titled = after_prep and span.start > 1 and doc[span.start - 2].lower_ in TITLE_HEADS | TITLES
        # only the rightmost given name starts the person: "New York Hillary Clinton", not "York"
        given = [j for j in range(1, len(words) - 1) if is_first_name(words[j].text)]
        for j in given[-1:] if all(_name_word(t) for t in words) else []:
            prefix = clean_name(text[words[0].idx:words[j - 1].idx + len(words[j - 1].text)])
            known = places.get(prefix)
            if not (known or after_prep and not any(is_first_name(t.text) for t in words[:j])):
                continue
            place = _make_span(doc, words[:j], known or "GPE", text)
            person = _make_span(doc, words[j:], "PERSON", text)
            if place is not None and person is not None and (
                    span.label == "PERSON" or person.text in people or words[-1].text in people
                    or titled):
                out += [place, person]
                break
        else:
            out.append(span)
    return out


#: last words of an organisation's name: "Amnesty International", "Salling Group", "Acme Ltd"
#: (general English corporate and institutional suffixes, besides ORGANISATION_NOUNS)
_ORGANISATION_ENDINGS = ORGANISATION_NOUNS | frozenset({
    "international", "group", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "corp", "corp.", "co.",
    "holdings", "foundation", "institute", "trust", "fund", "society", "commission", "alliance",
})
#: lower-case words inside a person's name: "Hamza bin Laden", "Ursula von der Leyen"
_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "del", "della", "di", "da", "du",
                             "van", "von", "der", "den", "la", "le"})


def _person_words_end(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] reads as a person's full name: a given name, then name words,
    lower-case particles ("bin") or hyphenated pieces ("Man-kei"), ending in a name word."""
    if not is_first_name(doc[start].text) or not _name_word(doc[start]) or not _name_word(doc[end - 1]):
        return False
    names = 1
    for i in range(start + 1, end):
        token = doc[i]
        if _name_word(token):
            names += doc[i - 1].text != "-"
        elif not (token.lower_ in _NAME_PARTICLES or token.text == "-" and not doc[i - 1].whitespace_
                  or doc[i - 1].text == "-" and token.is_alpha):
            return False
    return names >= 2


def _organisation_before_person(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """An organisation glued to the person after it splits into organisation + person:
    "told NPR Hamza bin Laden had ..." or "director of Amnesty International Man-kei Tam" tagged
    as one ORG. The organisation part is an acronym or ends in an organisation word; the
    person part is a full name starting with a given name, and either a person the article
    tags elsewhere (by full name or surname) or the holder of a title the organisation
    follows ("director of ..."). Nothing else splits: "JP Morgan Chase" stays one bank."""
    people = {w for span in spans if span.label == "PERSON" for w in (span.text, span.text.split()[-1])}
    out = []
    for span in spans:
        titled = span.start > 1 and doc[span.start - 1].lower_ == "of" \
            and doc[span.start - 2].lower_ in TITLE_HEADS
        split = None
        if span.label == "ORG" and span.end - span.start > 2:
            for j in range(span.start + 1, span.end - 1):
                last = doc[j - 1]
                organisation = (j - span.start == 1 and last.text.isupper() and len(last.text) > 1
                                and last.is_alpha) \
                    or (last.lower_ in _ORGANISATION_ENDINGS and last.text[:1].isupper())
                if not organisation or not _person_words_end(doc, j, span.end):
                    continue
                person = _make_span(doc, list(doc[j:span.end]), "PERSON", text)
                if person is not None and (titled or person.text in people or doc[span.end - 1].text in people):
                    organisation_span = _make_span(doc, list(doc[span.start:j]), "ORG", text)
                    if organisation_span is not None:
                        split = [organisation_span, person]
                        break
        out += split or [span]
    return out


def _title_words_end(doc, start: int, end: int) -> int:
    """Where a span ends once trailing title words are cut: "UK Foreign Secretary" -> "UK"."""
    while end > start and (doc[end - 1].lower_ in TITLE_HEADS or doc[end - 1].lower_ in TITLES):
        end -= 1
    return end


def _titles_not_entities(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """An organisation that is a title or a piece of one is no entity: "Industry Minister"
    tagged ORG, "New Home" of "New Home Secretary". What is left without the title words
    survives only when the article tags that name elsewhere ("Labour Leader" -> Labour). Places
    and nationalities before a title stay: "US President", "Egyptian President"."""
    names = {}
    for span in spans:
        names.setdefault(span.text, span.label)
    out = []
    for span in spans:
        last = doc[span.end - 1]
        follower = doc[span.end] if span.end < len(doc) else None
        titled = last.lower_ in TITLE_HEADS or (
            follower is not None and follower.lower_ in TITLE_HEADS and follower.text[:1].isupper()
            and last.head.i == follower.i and follower.ent_type_ == "")
        if span.label != "ORG" or not titled or any(t.pos_ == "ADP" for t in doc[span.start:span.end]):
            out.append(span)
            continue
        end = _title_words_end(doc, span.start, span.end)
        rest = _make_span(doc, list(doc[span.start:end]), span.label, text) if end > span.start else None
        if rest is not None and rest.text == span.text and sum(s.text == span.text for s in spans) > 1:
            out.append(span)
        elif rest is not None and rest.text != span.text and rest.text in names:
            out.append(replace(rest, label=names[rest.text]))
    return out


#: organisation nouns that head a proper name of an organisation ("City", "State" name places)
_ORGANISATION_HEADS = ORGANISATION_NOUNS - {"city", "country", "state", "nation"}


def _organisation_phrases(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A proper-noun phrase headed by a capitalised organisation noun is one organisation,
    also where the tagger missed it or tagged a piece of it: "Independent Manchester United
    Supporters' Association". Organisation pieces inside it give way; a phrase holding a
    place or a person ("United States District Court": the court stays "District Court"), or a
    possessor ("Thailand's"), or crossing another entity is left alone."""
    out = list(spans)
    for head in doc:
        if head.pos_ != "PROPN" or head.lower_ not in _ORGANISATION_HEADS or not head.text[:1].isupper():
            continue
        start = head.i
        while start > 0 and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
                             and doc[start - 1].lower_ not in HONORIFICS
                             or doc[start - 1].tag_ == "POS" and doc[start - 1].text in {"'", "’"}):
            start -= 1
        # keep the part the parse joins under the head: every word's head inside the phrase
        loose = [t.i for t in doc[start:head.i] if not start <= t.head.i <= head.i]
        while loose or start < head.i and doc[start].tag_ == "POS":
            start = (loose[-1] if loose else start) + 1
            loose = [t.i for t in doc[start:head.i] if not start <= t.head.i <= head.i]
        inside = [s for s in out if s.start < head.i + 1 and s.end > start]
        holder = next((s for s in inside if s.end == head.i + 1), None)
        if holder is not None and (holder.label != "ORG" or holder.start == start):
            continue  # the tagger's own span: "Saint Louis University" FAC, "Labour Party"
        if head.i - start < 1 or any(s.label != "ORG" or s.start < start or s.end > head.i + 1
                                     for s in inside):
            continue
        phrase = _make_span(doc, list(doc[start:head.i + 1]), "ORG", text)
        if phrase is not None:
            out = [s for s in out if s not in inside] + [phrase]
    return sorted(out, key=lambda s: s.start)


def _places_not_peoples(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A country's or capital's name tagged as a nationality is the place: "the country's
    capital, Tunis" tagged NORP (a nationality's own words, "Tunisian", are no place names)."""
    return [replace(span, label="GPE") if span.label == "NORP" and gazetteer.country_of_demonym(span.text) is None
            and (gazetteer.country_of_capital(span.text) or gazetteer.country(span.text)) else span
            for span in spans]



def _countries_not_people(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A country's common name tagged as a person is the country ("Tunisia's neighbouring
    countries" tagged PERSON), unless the article names a person with that word in a longer
    name ("Israel Adesanya", "Michael Jordan": then it may be that person) or an honorific
    stands before it ("Mr Jordan")."""
    words = {w for span in spans if span.label == "PERSON" and " " in span.text for w in span.text.split()}
    out = []
    for span in spans:
        if span.label == "PERSON" and " " not in span.text and span.text not in words \
                and gazetteer.country(span.text, common=True) is not None \
                and not (span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in HONORIFICS):
            span = replace(span, label="GPE")
        out.append(span)
    return out

#: title nouns that only a person holds: an organisation can be "the market leader", "the
#: asset manager", "the chief executive" of a deal, never "the commissioner"
PERSON_TITLES = TITLE_HEADS - {"manager", "executive", "official", "representative", "head", "chief",
                               "leader", "deputy", "speaker", "boss"}


def _titled_people(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A name tagged as an organisation that a person's title renames is a person's:
    "Gáspár Maróth, the Hungarian Government commissioner", "Anshuman Magazine, managing
    director". Only a full name of name words, and only titles no organisation holds."""
    out = []
    for span in spans:
        tokens = list(doc[span.start:span.end])
        if span.label == "ORG" and len(tokens) > 1 and all(_name_word(t) for t in tokens) \
                and not any(t.lower_ in ORGANISATION_NOUNS for t in tokens) \
                and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in PERSON_TITLES
                        for c in doc[span.start:span.end].root.children):
            span = replace(span, label="PERSON")
        out.append(span)
    return out


def _companies_named_after_people(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A name tagged as a person that an apposition calls an organisation is the
    organisation's: "CB Richard Ellis - an international real estate company", "Lewis Bros, a
    family firm". An untagged acronym the parse joins to the front of the name belongs to it
    ("CB")."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for span in spans:
        root = next((t for t in doc[span.start:span.end] if not span.start <= t.head.i < span.end
                     or t.head.i == t.i), doc[span.end - 1])
        if span.label == "PERSON" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ORGANISATION_NOUNS
                                          for c in root.children):
            start = span.start
            before = doc[start - 1] if start > 0 else None
            if before is not None and before.i not in covered and before.is_alpha and before.text.isupper() \
                    and len(before.text) > 1 and before.dep_ == "compound" and before.head.i == root.i:
                start -= 1
            span = _make_span(doc, list(doc[start:span.end]), "ORG", text) or span
        out.append(span)
    return out


def _given_name_before_person(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A person's given name the tagger left out: "Hamza bin Ladin" tagged "bin Ladin". An
    untagged capitalised proper noun right before a person's name, joined to it by the parse
    and listed as a given name, starts the name."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for span in spans:
        before = doc[span.start - 1] if span.start > 0 else None
        if span.label == "PERSON" and before is not None and before.i not in covered and _name_word(before) \
                and before.dep_ == "compound" and span.start <= before.head.i < span.end \
                and before.ent_type_ == "" and is_first_name(before.text) \
                and not is_first_name(doc[span.start].text):
            span = _make_span(doc, list(doc[before.i:span.end]), "PERSON", text) or span
        out.append(span)
    return out


#: lower-case words that join the words of one organisation's name: "Public and Commercial
#: Services Union", "Group on Betting and Gaming", "Foundation for the Care of Victims"
_NAME_JOINERS = frozenset({"and", "of", "for", "on", "&"})
#: labels of names that a joiner can hold; people and places joined by "and" are two names
_JOINABLE_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})


def _capital_word(token) -> bool:
    """A capitalised proper noun that can be part of an organisation's name; a title is not:
    "Speaker of the House", "Director of the Institute" name a post, and the post's holder
    elsewhere; a common noun capitalised at the start of a sentence is not ("Members of the
    Committee")."""
    return token.text[:1].isupper() and token.is_alpha and token.pos_ == "PROPN" \
        and token.lower_ not in TITLES and token.lower_ not in TITLE_HEADS and token.lower_ not in HONORIFICS


def _inside(token, start: int, end: int) -> bool:
    return start <= token.head.i < end


#: the head words of an organisation's "X for/of Y" name in general English: "Center for
#: Biological Diversity", "Institute of Fiscal Studies". Before "for"/"of" and a capitalised
#: run they begin the name, wherever the parse hangs the run (it often hangs it on the title
#: that follows: "Center for Biological Diversity scientist Ann Lee")
ORGANISATION_HEADS = frozenset({
    "center", "centre", "institute", "council", "foundation", "society", "association",
    "federation", "league", "alliance", "coalition", "committee", "commission", "agency",
    "bureau", "office", "department", "ministry", "board", "union", "academy", "fund",
    "trust", "campaign", "movement", "network", "forum", "organisation", "organization",
})


def _organisation_head_before(doc, k: int, sent_start: int) -> bool:
    """"[Center] for [Biological Diversity]": a capitalised organisation head governing the
    "for"/"of" right before the tagged run. A sentence's first word is never taken for the
    head's modifier (an inverted speech verb: "Said Center for ...")."""
    head = doc[k - 1]
    return doc[k].lower_ in {"for", "of"} and doc[k].head.i == k - 1 and head.text[:1].isupper() \
        and head.lower_ in ORGANISATION_HEADS


def _joined_before(doc, start: int, end: int) -> int | None:
    """Where a name really starts when the tagger began it after a joiner: "Public and
    [Commercial Services Union]", "Medical Foundation for the [Care of Victims]". The words
    before the joiner must hang on the name ("Public" modifies "Union"; "for" takes "Care"),
    so two names coordinated ("the Foreign Office and Treasury") stay two; an organisation
    head before "for"/"of" begins the name whatever the parse ("Center for [Biological
    Diversity] scientist")."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    sent_start = doc[start].sent.start
    if k - 1 < sent_start:
        return None
    if _organisation_head_before(doc, k, sent_start):
        j = k - 1
        while j - 2 >= sent_start and _capital_word(doc[j - 1]) and doc[j - 1].head.i == k - 1:
            j -= 1
        return j
    if doc[k].lower_ not in _NAME_JOINERS or not _capital_word(doc[k - 1]):
        return None
    if doc[k].lower_ in {"and", "&"}:
        if not _inside(doc[k - 1], start, end):
            return None
    elif not (doc[k].head.i == k - 1 and _inside(doc[start:end].root, k, k + 1)):
        return None
    j = k - 1
    while j - 1 >= sent_start and _capital_word(doc[j - 1]):
        j -= 1
    return j


def _joined_after(doc, start: int, end: int) -> int | None:
    """Where a name really ends when the tagger stopped it before a joiner: "[Group on
    Betting] and Gaming", "[Ministry] of Culture". "and" continues a name only inside the
    object of the name's own preposition ("on Betting and Gaming"), never after the whole
    name ("the Foreign Office and Treasury")."""
    k = end
    if k >= len(doc) or doc[k].lower_ not in _NAME_JOINERS or doc[k].sent.start != doc[start].sent.start:
        return None
    m = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    if m >= len(doc) or not _capital_word(doc[m]) or doc[m].sent.start != doc[start].sent.start:
        return None
    if doc[k].lower_ in {"and", "&"}:
        inner = any(t.lower_ in _NAME_JOINERS - {"and", "&"} for t in doc[start:end])
        if not inner or not _inside(doc[m], start, end):
            return None
    elif not (_inside(doc[k], start, end) and doc[m].head.i in {k} | set(range(m, len(doc)))):
        return None
    j = m + 1
    while j < len(doc) and doc[j].sent.start == doc[start].sent.start and (
            _capital_word(doc[j]) or doc[j].lower_ in _NAME_JOINERS | {"the"}
            and j + 1 < len(doc) and (_capital_word(doc[j + 1]) or doc[j + 1].lower_ == "the")):
        j += 1
    while not _capital_word(doc[j - 1]):
        j -= 1
    return j


def _names_cut_at_joiners(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """An organisation's name the tagger cut at a lower-case joiner is taken whole: "the
    Public and Commercial Services Union" tagged "Commercial Services Union", "the Group on
    Betting and Gaming" tagged "Group on Betting". A cut name must never ground a fact: the
    whole run of capitalised words and joiners the parse hangs on the name is the name, and
    the pieces inside it give way."""
    out = list(spans)
    for span in spans:
        if span not in out or span.label not in _JOINABLE_LABELS:
            continue
        start, end = span.start, span.end
        for _ in range(4):  # a name with several joiners: "Foundation for the Care of Victims of Torture"
            before, after = _joined_before(doc, start, end), _joined_after(doc, start, end)
            if before is None and after is None:
                break
            start, end = before if before is not None else start, after if after is not None else end
        if (start, end) == (span.start, span.end):
            continue
        inside = [s for s in out if s.start < end and s.end > start]
        if any(s.label not in _JOINABLE_LABELS for s in inside):
            continue  # "Bank of England": a place inside is left to the tagger
        whole = _make_span(doc, list(doc[start:end]), span.label, text)
        if whole is not None:
            out = [s for s in out if s not in inside] + [whole]
    return sorted(out, key=lambda s: s.start)


def _leading_name_word(doc, token, span: EntitySpan, covered: set[int]) -> bool:
    """A capitalised proper noun the parse joins to a name as its compound, yet left out of
    the tagger's span: a word of the name ("Post" of "Post Covid Leeds", "Man" of "Man
    United"), or a proper adjective the parse makes its modifier ("Liberal" of "Liberal
    Democrat": a party's adjective before "Democrat(s)" is part of the party's name). Never a title, an honorific, a given name (a person's, "Democrat Joe Manchin"
    keeps Joe Manchin) or a word of another name."""
    return (token.pos_ == "PROPN" or _party_adjective(doc, token, span)) and token.is_alpha \
        and token.text[:1].isupper() and token.dep_ in {"compound", "amod"} \
        and span.start <= token.head.i < span.end and token.i not in covered and token.ent_type_ == "" \
        and token.lower_ not in TITLES and token.lower_ not in TITLE_HEADS and token.lower_ not in HONORIFICS \
        and token.lower_ not in ROYAL_TITLES and not is_first_name(token.text) \
        and gazetteer.country_of_demonym(token.text) is None and not gazetteer.country(token.text)


#: adjectives of rank and time that stand first in a title run: "Senior Labour MP", "Former
#: Democrat senator"; capitalised at a sentence's start, they are no party's word
_RUN_ADJECTIVES = frozenset({"senior", "junior", "former", "veteran", "leading", "prominent", "top", "chief",
                             "new", "young", "local", "then", "outgoing", "acting"})


def _party_adjective(doc, token, span: EntitySpan) -> bool:
    """A capitalised adjective (the tagger's JJ) modifying a group's or organisation's name
    that modifies a title (a title word, or a noun before a person's name): "Liberal Democrat
    peer Lord Greaves", "Social Democratic leader", "Green Party member": the adjective is the name's first word. At a sentence's start every word is
    capitalised, so there a word of rank or time ("Senior Labour MP") is kept out."""
    root = doc[span.start:span.end].root
    return token.pos_ == "ADJ" and token.tag_ == "JJ" and span.label in {"NORP", "ORG"} \
        and token.dep_ == "amod" and token.i == span.start - 1 \
        and root.dep_ in {"compound", "amod", "nmod"} \
        and (root.head.lower_ in TITLES or root.head.lower_ in TITLE_HEADS
             or root.head.pos_ == "NOUN" and root.head.dep_ == "compound" and root.head.head.ent_type_ == "PERSON") \
        and not (token.is_sent_start and token.lower_ in _RUN_ADJECTIVES)


def _names_cut_after_a_capital(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A name the tagger began one capitalised word late is taken whole: "Post Covid Leeds"
    tagged "Covid Leeds" must not stand for Leeds, nor become Leeds's label. A person's name
    with a given name in it is left alone (the word before is a group or a title)."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    out = []
    for span in spans:
        start = span.start
        sent_start = doc[span.start].sent.start
        if not (span.label == "PERSON" and any(is_first_name(t.text) for t in doc[span.start:span.end])):
            while start - 1 >= sent_start and _leading_name_word(doc, doc[start - 1], span, covered) \
                    and not (start - 1 == sent_start and doc[start].lower_ in ORGANISATION_HEADS):
                # "Said Center for ...": a sentence's first word before an organisation head
                # may be an inverted speech verb the tagger took for a proper noun
                start -= 1
            if start < span.start and start - 1 in covered and start <= doc[start - 1].head.i < span.end:
                start = span.start  # "United [States] Congress": another name runs on; left to the tagger
        whole = _make_span(doc, list(doc[start:span.end]), span.label, text) if start < span.start else None
        out.append(whole or span)
    return out


#: repairs of the small model's entity spans and labels, applied in this order
#: capitalised words that, right before a legislator's title, name the holder's party
#: ("Conservative MP Philip Hammond", "Green MEP Ann Lee"): the party families of English-
#: language politics, a closed class. Capitalised, they are a party's name, not an outlook
PARTY_WORDS = frozenset({"conservative", "conservatives", "tory", "labour", "liberal", "green", "socialist",
                         "communist", "unionist", "nationalist", "republican", "democrat", "democratic"})
#: titles of an elected member of a legislature or council, which a party word may precede
LEGISLATOR_TITLES = frozenset({"mp", "msp", "mep", "mla", "senator", "congressman", "congresswoman",
                               "councillor", "councilor", "peer", "lawmaker", "legislator", "assemblyman",
                               "assemblywoman"})


def _party_before_legislator(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A party word the tagger left untagged before a legislator's title and a person's name:
    "Conservative MP Philip Hammond" -> "Conservative" (NORP), so the role reader finds the
    party the member belongs to. Only a capitalised party word (PARTY_WORDS) directly before a
    title word (LEGISLATOR_TITLES) directly before a tagged person's name."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    found = []
    for span in spans:
        if span.label != "PERSON" or span.start < 2:
            continue
        title, party = doc[span.start - 1], doc[span.start - 2]
        if title.lower_ in LEGISLATOR_TITLES and party.lower_ in PARTY_WORDS and party.text[:1].isupper() \
                and party.i not in covered and title.i not in covered and party.ent_type_ == "":
            made = _make_span(doc, [party], "NORP", text)
            if made is not None:
                found.append(made)
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _organisation_split_at_its_purpose(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """An organisation's name the tagger split in two at "for"/"of" ("the Tunisian League" +
    "the Defence of Human Rights" of "the Tunisian League for the Defence of Human Rights"): two
    organisation spans with only the joiner and "the" between them, the first ending in an
    organisation head (League, Society, Centre ...; ORGANISATION_HEADS), are one name."""
    out: list[EntitySpan] = []
    for span in spans:
        last = out[-1] if out else None
        between = [t.lower_ for t in doc[last.end:span.start]] if last is not None else []
        if last is not None and last.label == "ORG" and span.label == "ORG" \
                and between[:1] in (["for"], ["of"]) and between[1:] in ([], ["the"]) \
                and doc[last.end - 1].lower_ in ORGANISATION_HEADS and doc[last.end - 1].text[:1].isupper():
            whole = _make_span(doc, list(doc[last.start:span.end]), "ORG", text)
            if whole is not None:
                out[-1] = whole
                continue
        out.append(span)
    return out



#: lower-case words that join the capitalised words of an organisation's name: "War on Want",
#: "Friends of the Earth", "Doctors without Borders"
_NAME_JOINERS = frozenset({"of", "on", "for", "the", "and", "against", "without", "in"})


def _organisation_possessing_person(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A capitalised phrase the tagger missed that possesses a person's name is the name of
    the body the person speaks for: "War on Want's John Hilary said", "Friends of the Earth's
    Tony Juniper". English puts a possessor before a person's name for whom the person works
    or stands ("Oxfam's John Smith"); a place or a person would be tagged. The phrase is
    capitalised nouns, joined only by lower-case joiners ("on", "of the"), and runs up to the
    possessive; a phrase touching a tagged name, or holding a title ("Minister's"), is left alone."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    people = {span.start for span in spans if span.label == "PERSON"}
    out = list(spans)
    for mark in doc:
        if mark.tag_ != "POS" or mark.i + 1 not in people or mark.i < 1:
            continue
        end = mark.i  # the possessor's last word is just before "'s"
        start = end - 1
        if not _capital_noun(doc[start]) or start in covered:
            continue
        while start > mark.sent.start:
            if _capital_noun(doc[start - 1]) and start - 1 not in covered:
                start -= 1
                continue
            joiner = start - 1  # "War on Want": lower-case joiners between capitalised words
            while joiner > mark.sent.start and doc[joiner].lower_ in _NAME_JOINERS and doc[joiner].text.islower():
                joiner -= 1
            if joiner < start - 1 and _capital_noun(doc[joiner]) and joiner not in covered:
                start = joiner
                continue
            break
        words = doc[start:end]
        joiner = start - 1
        while joiner >= mark.sent.start and doc[joiner].lower_ in _NAME_JOINERS and doc[joiner].text.islower():
            joiner -= 1
        if joiner >= mark.sent.start and joiner < start - 1 and doc[joiner].text[:1].isupper():
            continue  # "Save the Children's": the name runs on before the phrase read
        if start - 1 in covered or any(t.lower_ in TITLES or t.lower_ in TITLE_HEADS for t in words):
            continue
        if len(words) == 1 and words[0].pos_ != "PROPN":
            continue  # one capitalised common noun ("Mother's") names no body
        span = _make_span(doc, list(words), "ORG", text)
        if span is not None:
            out.append(span)
            covered.update(range(start, end))
    return sorted(out, key=lambda s: s.start)


def _capital_noun(token) -> bool:
    """A capitalised noun or proper noun: a word of a name."""
    return token.pos_ in {"NOUN", "PROPN"} and token.text[:1].isupper() and token.is_alpha and not token.ent_type_


def _names_split_at_a_clause(doc, spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """A name the tagger ran on across a lower-case "the" into the next phrase splits there:
    "told The Guardian the Liberals had lost" tagged "The Guardian the Liberals" is the
    addressee "The Guardian" and the next clause's subject "the Liberals". Inside a name a
    lower-case "the" follows a joiner ("Museum of the Moon"); after a capitalised word it
    starts a new noun phrase, unless the parse hangs the words after it on the words before
    it (an epithet: "Alfred the Great")."""
    out = []
    for span in spans:
        cut = next((t for t in doc[span.start + 1: span.end - 1]
                    if t.lower_ == "the" and t.is_lower and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN"
                    and doc[t.i + 1].text[:1].isupper()), None)
        if cut is None:
            out.append(span)
            continue
        tail = doc[cut.i + 1: span.end]
        if tail.root.head.i in range(span.start, cut.i):
            out.append(span)  # "Alfred the Great": an epithet of the name before it
            continue
        out.extend(part for part in (_make_span(doc, list(doc[span.start: cut.i]), span.label, text),
                                     _make_span(doc, list(tail), span.label, text)) if part is not None)
    return out


SPAN_REPAIRS = (_names_split_at_a_clause, _honorific_people, _royal_title_people, _names_after_a_capital_the, _given_name_before_person,
                _titled_people, _companies_named_after_people, _places_not_peoples, _countries_not_people,
                _organisation_before_person, _place_before_person, _titles_not_entities,
                _organisation_phrases, _names_cut_at_joiners,
                _names_cut_after_a_capital, _party_before_legislator, _organisation_split_at_its_purpose,
                _organisation_possessing_person)


def repaired_spans(doc, spans: list[EntitySpan]) -> list[EntitySpan]:
    """The entity spans after every repair in SPAN_REPAIRS."""
    text = doc_text(doc)
    for repair in SPAN_REPAIRS:
        spans = repair(doc, spans, text)
    return spans


def _known_name_spans(doc, spans: list[EntitySpan]) -> list[EntitySpan]:
    """More occurrences of names the article already has: one sense per discourse.

    The small model tags a name in one sentence and misses it in the next ("Pelosi has
    proposed legislation"); a proper noun sequence that spells a name tagged elsewhere in the
    article (or a tagged person's surname) is that name too.
    """
    known: dict[str, dict[tuple[str, ...], str]] = {}
    for span in spans:
        words = tuple(t.text for t in doc[span.start:span.end])
        known.setdefault(words[0], {})[words] = span.label
        if span.label == "PERSON" and len(words) > 1 and words[-1][:1].isupper():
            known.setdefault(words[-1], {}).setdefault((words[-1],), "PERSON")
    covered = {i for span in spans for i in range(span.start, span.end)}
    text = doc_text(doc)
    extra, i = [], 0
    while i < len(doc):
        token = doc[i]
        options = known.get(token.text) if i not in covered else None
        if not options or token.pos_ != "PROPN" or (token.ent_type_ and token.ent_type_ not in ENTITY_TYPES):
            i += 1
            continue
        for words, label in sorted(options.items(), key=lambda kv: -len(kv[0])):
            end = i + len(words)
            if _one_of_a_people(list(doc[i:end]), label):
                continue
            if end <= len(doc) and tuple(t.text for t in doc[i:end]) == words \
                    and not covered & set(range(i, end)) \
                    and not (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].i not in covered):
                last = doc[end - 1]
                extra.append(EntitySpan(i, end, token.idx, last.idx + len(last.text),
                                        clean_name(text[token.idx:last.idx + len(last.text)]), label))
                i = end - 1
                break
        i += 1
    return extra


def _cut_from_its_modifier(doc, start: int, head: int) -> bool:
    """True when the phrase doc[start:head + 1] is no phrase of the text: its first word is
    the end of a written word ("330m euros" read from "m euros"), or a number or ordinal left
    out of it modifies one of its words other than the head ("third term vision" read as
    "term vision", which says something else). A number on the head itself stays out of
    the concept ("a $240m agreement" is an "agreement")."""
    if start > 0:
        before = doc[start - 1]
        if not before.whitespace_ and before.text[-1:].isalnum():
            return True
    return any(t.head.i != t.i and start <= t.head.i < head
               for t in doc[max(0, start - 3):start]
               if t.like_num and t.ent_type_ != "DATE")  # "the 2004 election campaign" is one


def hyphen_start(doc, start: int) -> int:
    """Move a phrase start back over hyphenated words the tokenizer split: "right-wing" is one
    word, so the phrase "wing" of "the right-wing" is "right-wing"."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return start


_PLACES = frozenset({"GPE", "LOC"})
#: entity labels of amounts, times and numbers: never part of a name or a concept
_VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _people_named_alike(spans: list[EntitySpan]) -> list[EntitySpan]:
    """A person's surname or full name is a person wherever the tagger put it: after "Nancy
    Pelosi", a "Pelosi" tagged ORG or EVENT is Pelosi. Places keep their label: "Jordan" the
    country is no "Michael Jordan"."""
    people = {span.text for span in spans if span.label == "PERSON" and len(span.text.split()) > 1}
    names = people | {name.split()[-1] for name in people}
    return [replace(span, label="PERSON") if span.label not in _PLACES | {"PERSON"} and span.text in names
            else span for span in spans]


def _nationality(token) -> bool:
    """A nationality adjective before a thing: it tells which one ("Czech firearm
    technology", "the Polish retail market") and stays in the concept's name. Before people
    ("the Irish duo", "a French envoy") it is no concept: they are named actors the text
    describes, left to coreference."""
    head = token.head
    return token.ent_type_ == "NORP" and token.dep_ == "amod" and token.pos_ == "ADJ" \
        and head.lemma_.lower() not in ACTOR_NOUNS | TITLE_HEADS | GROUP_NOUNS


#: how many sentences back a definite bare noun looks for the fuller phrase it takes up
#: ("the bill" -> "extradition bill"): as far as a description reaches for its organisation
PHRASE_WINDOW = 5


#: dependencies that open a clause inside a noun phrase
_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl", "xcomp", "csubj", "appos", "pcomp"})
#: NameIndex._request's answer for a request noun read as any other noun
_NO_REQUEST = object()


def _headline_compound(token) -> bool:
    """A noun with a common-noun compound before it, in the article's headline: "Iraq advice
    calls" (headline grammar packs the complement into the compound)."""
    if not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.lefts):
        return False
    headline = headline_sentence(token.doc)
    return headline is not None and headline.start <= token.i < headline.end


class NameIndex:
    """Token index -> the entity that contains it, for one Doc."""

    def __init__(self, doc, doc_id: str):
        self.doc = doc
        self.doc_id = doc_id
        self.text = doc_text(doc)
        self.spans = repaired_spans(doc, entity_spans(doc))
        self.spans = _people_named_alike(sorted(self.spans + _known_name_spans(doc, self.spans),
                                                key=lambda s: s.start))
        # Token.sent walks the Doc on every call; one pass here keeps extraction linear
        self.sentences = list(doc.sents)  # Token.sent walks the Doc: listed once
        self._sent_index = [0] * len(doc)
        for n, sent in enumerate(self.sentences):
            for i in range(sent.start, sent.end):
                self._sent_index[i] = n
        self._nouns: dict[tuple[str, str], list[int]] | None = None  # (lemma, tag) -> noun indices
        self._phrases: dict[int, str | None] = {}  # noun index -> its multi-word concept phrase
        self._by_token: dict[int, EntitySpan] = {}
        self._mention_of: dict[int, Mention | None] = {}  # token index -> mention_for's answer
        for span in self.spans:
            for i in range(span.start, span.end):
                self._by_token[i] = span

    def sentence(self, i: int):
        """The sentence Span holding token i."""
        return self.sentences[self._sent_index[i]]

    def entity_at(self, i: int) -> EntitySpan | None:
        return self._by_token.get(i)

    def entity_mention(self, span: EntitySpan) -> Mention:
        sent = self.sentence(span.start)
        return Mention(self.doc_id, span.text, span.label, span.start_char, span.end_char, sent.start_char)

    def mention_for(self, token) -> Mention | None:
        """The name a head token stands for: its entity, else its concept noun phrase (kept
        per token: the constructions ask about the same argument several times)."""
        i = token.i
        if i not in self._mention_of:
            span = self.entity_at(i) or self._named_by_compound(token)
            self._mention_of[i] = self.entity_mention(span) if span is not None else self.concept(token)
        return self._mention_of[i]

    def _named_by_compound(self, token) -> EntitySpan | None:
        """The organisation an organisation noun is named by: "the Tampa Bay Buccaneers team"
        is the Buccaneers, "the Labour party" Labour, "Reuters news agency" Reuters, "the UK
        government" the UK, "the Chinese government" the Chinese state (resolution joins a
        demonym to its country)."""
        lemma = token.lemma_.lower()
        if lemma not in ORGANISATION_NOUNS and lemma not in _STATE_BODIES:
            return None
        if lemma in _STATE_BODIES:  # "the government of Equatorial Guinea", as "the UK government"
            for of in (c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1):
                for pobj in (c for c in of.children if c.dep_ == "pobj"):
                    span = self.entity_at(pobj.i)
                    if span is not None and span.label == "GPE":
                        return span
        # "Reuters news agency": common-noun compounds may stand between name and noun
        last = token.i - 1
        while last > 0 and self.entity_at(last) is None and token.doc[last].dep_ == "compound" \
                and token.doc[last].pos_ == "NOUN" and token.doc[last].head.i == token.i:
            last -= 1
        before = self.entity_at(last) if last >= 0 else None
        if before is None or before.end != last + 1 or token.doc[last].head.i != token.i:
            return None
        # a team's or a club's name the tagger took for a place ("Tampa Bay Buccaneers" FAC)
        if before.label in {"ORG", "FAC"} or (before.label in {"GPE", "NORP"} and lemma in _STATE_BODIES):
            return before
        return None

    def concept(self, token, anaphoric: bool = True) -> Mention | None:
        """The head noun phrase of a common noun: compounds and content adjectives + head;
        a definite bare noun ("the bill") takes up the fuller phrase of the same noun earlier
        in the article ("extradition bill") unless `anaphoric` is False.

        Returns None for pronouns, numbers, dates, vague nouns and non-nouns.
        """
        if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ in PRONOUNS:
            return None
        if token.ent_type_ and token.ent_type_ not in ENTITY_TYPES or token.ent_type_ == "NORP":
            return None  # a number or date; "an Israeli": a person of a nationality, no node
        if token.lower_ in IDIOM_NOUNS or token.like_num or (token.is_stop and token.lower_ not in STOP_LIST_NOUNS) \
                or len(token.text) < 2 \
                or not token.is_alpha and "-" not in token.text:
            return None
        vague = token.lower_ in VAGUE_NOUNS
        start = token.i
        for child in reversed(list(token.lefts)):
            if child.right_edge.i != start - 1:
                break
            if child.ent_type_ in _VALUE_TYPES:
                break  # "a $240m agreement": the amount is no part of the concept's name
            if child.dep_ == "compound" and not child.like_num and child.pos_ in {"NOUN", "PROPN", "ADJ"}:
                pass
            elif child.dep_ == "amod" and child.tag_ in {"JJ", "JJR", "JJS"} and child.lower_ not in _VAGUE_ADJECTIVES \
                    and child.lower_ not in {"less", "fewer", "least", "fewest"}:
                # a comparative or superlative stays: "expects wider margins" is no "expects
                # margins", "recorded its largest single day gain" no "records single day gain"
                pass
            else:
                break
            inner = child.doc[child.left_edge.i : child.i]
            ok = all(t.dep_ in {"compound", "amod", "punct", "npadvmod", "advmod"} and not t.like_num
                     and (t.tag_ == "HYPH" or not t.is_punct) for t in inner)
            start = child.left_edge.i if ok else child.i
        start = hyphen_start(token.doc, start)
        if _cut_from_its_modifier(token.doc, start, token.i):
            return None
        if start == token.i and token.lemma_.lower() in ACTOR_NOUNS:
            return None  # "officials", "the company": an unnamed actor is no node
        words = list(token.doc[start : token.i + 1])
        # a compound inside an entity belongs to the entity, not to this concept
        while len(words) > 1 and self.entity_at(words[0].i) is not None and not _nationality(words[0]):
            words.pop(0)
        if token.lemma_.lower() in REQUEST_NOUNS:
            request = self._request(token, words[0].idx)
            if request is not _NO_REQUEST:
                return request
        if vague and all(w.tag_ == "JJS" for w in words[:-1]):
            words = words[-1:]  # "the greatest number": a superlative specifies no vague noun
        if vague and len(words) == 1:
            # a vague noun is a node only with what specifies it: "presidential bid", "the
            # deal" after "a trade deal"; alone ("in a bid to", "a great deal") it is none
            return self._vague_taken_up(token) if anaphoric else None
        start_char = words[0].idx
        end_char = token.idx + len(token.text)
        text = clean_name(self.text[start_char:end_char])
        if not text:
            return None
        if token.pos_ != "PROPN" and not _nationality(words[0]):
            text = text[0].lower() + text[1:] if not text[:2].isupper() else text
        sent = self.sentence(token.i)
        if len(words) == 1 and anaphoric:
            fuller = self._earlier_phrase(token)
            if fuller:  # "the bill" stands for the earlier "extradition bill": a resolved description
                span = self.text[token.left_edge.idx:end_char] if token.left_edge.i < token.i else text
                return Mention(self.doc_id, fuller, CONCEPT, start_char, end_char, sent.start_char,
                               antecedent_of=span, antecedent_score=1.0)
            end_char = self._complement_end(token) or end_char
            text = clean_name(self.text[start_char:end_char])
            if token.pos_ != "PROPN" and not text[:2].isupper():
                text = text[0].lower() + text[1:]
        return Mention(self.doc_id, text, CONCEPT, start_char, end_char, sent.start_char,
                       adjectival=adjectival(words))

    def _request(self, token, start_char: int) -> Mention | None:
        """A request noun as a concept: whole with its "for" complement ("calls for the
        publication of the advice on the war"), or None when the complement holds a clause or
        runs past REQUEST_WORDS (it would be cut: "calls for the publication"), or when a
        headline's noun compound stands for it ("rejects advice calls": nothing asked for
        is named). Without a "for" complement elsewhere: _NO_REQUEST, read as any noun
        ("resisted economic pressure", "a phone call")."""
        prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is None or prep.i != token.i + 1:
            if _headline_compound(token):
                return None  # "Blair rejects Iraq advice calls": what was called for is lost
            return _NO_REQUEST
        # to the noun's last dependent: the parser may hang the content noun's own complement
        # on the request ("calls for a probe | into claims that ...")
        end = max(prep.right_edge.i, max((c.right_edge.i for c in token.rights
                                          if c.dep_ not in {"punct", "cc", "conj"}), default=token.i))
        inner = token.doc[prep.i + 1 : end + 1]
        # a clause inside ("a probe into claims that X lied") would be cut; a participle
        # that only modifies a noun ("a judge-led inquiry") would not
        if end - token.i + 1 > REQUEST_WORDS or any(
                t.dep_ in _CLAUSE_DEPS or t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}
                or t.is_punct and t.tag_ != "HYPH" for t in inner):
            return None
        last = token.doc[end]
        text = clean_name(self.text[start_char:last.idx + len(last.text)])
        if not text:
            return None
        text = text[0].lower() + text[1:] if not text[:2].isupper() else text
        return Mention(self.doc_id, text, CONCEPT, start_char, last.idx + len(last.text),
                       self.sentence(token.i).start_char)

    def _vague_taken_up(self, token) -> Mention | None:
        """A definite vague noun that takes up an earlier specified phrase of the same noun
        ("the deal" after "a trade deal"), as a resolved description; else None."""
        fuller = self._earlier_phrase(token)
        if not fuller:
            return None
        end_char = token.idx + len(token.text)
        return Mention(self.doc_id, fuller, CONCEPT, token.idx, end_char, self.sentence(token.i).start_char,
                       antecedent_of=self.text[token.left_edge.idx:end_char], antecedent_score=1.0)

    def _complement_end(self, token) -> int | None:
        """Where a bare noun's specifying complement ends: "funding for a wall", "rule of law";
        None when it has no short complement right after it."""
        for prep in (c for c in token.rights if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS):
            if prep.i != token.i + 1:
                return None
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i - prep.i <= 4):
                if any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in pobj.children):
                    return None  # "the benefits of its investment": whose is not named here
                span = self.entity_at(pobj.i)
                if span is None and token.dep_ == "dobj" and prep.lower_ not in OBJECT_COMPLEMENT_PREPS:
                    # "defended the plans against criticism": the verb's phrase; a name is
                    # the noun's target ("orchestrated the attacks on the US")
                    return None
                if span is not None and token.dep_ == "dobj" and not any(token.lefts):
                    # "regaining control of Air Jamaica": a bare noun with a named complement
                    # is part of the predicate (regains control of -> Air Jamaica), no thing;
                    # "orchestrated the attacks on the US" names one (attacks on US)
                    return None
                if span is not None and span.label == "PERSON":
                    # "his love for publisher Ann Lee": a person is never part of the name of a
                    # thing; the phrase is a feeling or act towards her, no node of its own
                    return None
                if span is not None:
                    return span.end_char
                inner = self.concept(pobj, anaphoric=False)
                return inner.end if inner is not None else None
            return None
        return None

    def _earlier_phrase(self, token) -> str | None:
        """The fuller phrase an anaphoric bare noun takes up: "the bill" after "a proposed
        extradition bill" is the extradition bill. The nearest earlier occurrence of the same
        noun with modifiers in the last `PHRASE_WINDOW` sentences; None when there is none, or
        when two phrases of that noun that are not one another's parts are in view ("the
        series" after a "legal series" and a "science fiction series": a guess)."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children):
            return None
        if self._nouns is None:  # indexed once: a scan of the Doc per noun is quadratic on long texts
            self._nouns = {}
            for i, pos in enumerate(token_arrays(self.doc).pos):  # a Token for the nouns only
                if pos == "NOUN":
                    t = self.doc[i]
                    self._nouns.setdefault((t.lemma_.lower(), t.tag_), []).append(i)
        same = self._nouns.get((token.lemma_.lower(), token.tag_), [])
        first_sentence = self._sent_index[token.i] - PHRASE_WINDOW
        phrases: list[str] = []
        for i in reversed(same[:bisect_left(same, token.i)]):
            if self._sent_index[i] < first_sentence:
                break
            if i not in self._phrases:
                found = self.concept(self.doc[i], anaphoric=False)
                self._phrases[i] = found.text if found is not None and len(found.text.split()) > 1 else None
            if self._phrases[i] is not None:
                phrases.append(self._phrases[i])
        if not phrases:
            return None
        nearest = phrases[0]
        # "the series" after a "legal series" and a "science fiction series": either may be meant
        words = set(nearest.lower().split())
        if any(not (words <= set(p.lower().split()) or set(p.lower().split()) <= words) for p in phrases[1:]):
            return None
        return nearest
