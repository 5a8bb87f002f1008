"""Relation normalisation and event categories.

One canonical present-tense form per predicate, via lemminflect's inflection lexicon:
"supported", "supports" and "will support" all give "supports"; particles and prepositions are
kept ("arrives in", "sets up"). Event nouns map back to their verb ("visit" -> visits,
"condemnation" -> condemns) through a few English derivational suffix rules whose every
candidate is checked against lemminflect's verb lexicon, so no noun list is needed.

Categories follow a small scheme in the spirit of CAMEO, documented in the README:
cooperate, provide_aid, meet_visit, praise, sign_agree (cooperation side); criticize, accuse,
threaten, use_force, deny (conflict side); statement and other (neutral).
"""
from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllInflections, getAllLemmas, getInflection, getLemma

from extract import lexicon
from extract.nlp import per_token

lexicon.install()  # lemminflect's tables read lazily: only the words asked for

#: category of each verb lemma; a verb absent here is "other". Kept small: CAMEO's top-level
#: event classes, each with its most frequent English verbs in news.
CATEGORY_VERBS: dict[str, tuple[str, ...]] = {
    "cooperate": (
        "support", "back", "cooperate", "ally", "partner", "assist", "help", "join", "welcome",
        "defend", "protect", "thank", "pledge", "promise", "strengthen", "deepen",
        "expand", "develop", "boost", "collaborate", "side", "stand", "unite", "befriend",
        "recognize", "recognise", "invite", "host", "reconcile", "embrace", "favour", "favor",
    ),
    "provide_aid": (
        "provide", "supply", "send", "deliver", "give", "ship", "donate", "aid", "fund",
        "finance", "transfer", "dispatch", "deploy", "arm", "sell", "export", "lend", "grant",
        "offer", "contribute", "equip", "rescue", "evacuate",
    ),
    "meet_visit": (
        "meet", "visit", "arrive", "travel", "tour", "greet", "receive", "talk", "discuss",
        "negotiate", "consult", "call", "hold", "attend", "gather", "confer", "summon", "return",
        "depart", "leave", "come", "go", "fly",
    ),
    "praise": (
        "praise", "laud", "hail", "commend", "applaud", "congratulate", "celebrate", "honor",
        "honour", "admire", "salute", "appreciate",
    ),
    "sign_agree": (
        "sign", "agree", "ratify", "approve", "conclude", "settle", "accept", "adopt", "endorse",
        "reach", "seal", "broker", "mediate", "ink", "renew", "extend",
    ),
    "criticize": (
        "criticize", "criticise", "condemn", "denounce", "slam", "blast", "reject", "oppose",
        "protest", "decry", "censure", "rebuke", "deplore", "lambaste", "chide", "scold",
        "disapprove", "object", "boycott", "snub", "mock", "ridicule", "warn",
        "sanction", "expel", "ban", "bar", "exclude", "annul", "suspend", "freeze",
    ),
    "accuse": (
        "accuse", "blame", "allege", "charge", "indict", "sue", "prosecute", "investigate",
        "convict", "suspect", "implicate", "fault",
    ),
    "threaten": (
        "threaten", "menace", "intimidate", "coerce", "blackmail", "pressure", "ultimatum",
        "mobilize", "mobilise",
    ),
    "use_force": (
        "attack", "strike", "invade", "bomb", "shell", "kill", "fight", "shoot", "occupy",
        "seize", "capture", "raid", "assault", "target", "destroy", "wound", "arrest", "detain",
        "besiege", "repel", "intervene", "launch", "fire", "hit", "intercept", "retaliate",
        "torture", "execute", "abduct", "kidnap",
    ),
    "deny": ("deny", "refute", "dismiss", "rebuff", "dispute", "contradict", "disavow"),
    "statement": (
        "say", "state", "tell", "announce", "declare", "claim", "affirm", "report", "insist",
        "note", "add", "stress", "emphasize", "emphasise", "describe", "comment", "urge",
        "ask", "call", "demand", "express", "voice", "reiterate", "confirm", "indicate",
        "suggest", "write", "quote", "cite",
    ),
}

_VERB_CATEGORY: dict[str, str] = {}
for _category, _verbs in CATEGORY_VERBS.items():
    for _verb in _verbs:
        _VERB_CATEGORY.setdefault(_verb, _category)

COOPERATION = frozenset({"cooperate", "provide_aid", "meet_visit", "praise", "sign_agree"})
CONFLICT = frozenset({"criticize", "accuse", "threaten", "use_force", "deny"})

#: idioms whose meaning is not the sum of their words: (verb lemma, object lemma, preposition)
#: -> verb lemma of the meaning. General English, not tied to any article.
IDIOMS: dict[tuple[str, str, str], str] = {
    ("take", "issue", "with"): "criticize",
    ("find", "fault", "with"): "criticize",
    ("take", "aim", "at"): "criticize",
    ("take", "part", "in"): "participate",
    ("hold", "talks", "with"): "hold talks",
    ("pay", "tribute", "to"): "honor",
    ("lay", "blame", "on"): "blame",
    ("put", "pressure", "on"): "pressure",
    ("wage", "war", "on"): "fight",
    ("wage", "war", "against"): "fight",
    ("declare", "war", "on"): "declare war on",
    ("impose", "sanctions", "on"): "sanction",
    ("open", "fire", "on"): "fire on",
    ("set", "sights", "on"): "target",
    ("set", "sight", "on"): "target",
}
#: verb + preposition + noun idioms whose object is the verb's object: "called the rules into
#: question" -> questions the rules
PREP_IDIOMS: dict[tuple[str, str, str], str] = {
    ("call", "into", "question"): "question",
    ("bring", "to", "justice"): "prosecute",
    ("take", "to", "court"): "sue",
    ("take", "into", "account"): "consider",
    ("take", "into", "custody"): "detain",
    ("put", "on", "trial"): "try",
    ("put", "into", "practice"): "implement",
    ("hold", "in", "contempt"): "hold in contempt of",
    ("take", "into", "consideration"): "consider",
    ("put", "under", "pressure"): "pressure",
    ("bring", "to", "end"): "end",
    ("put", "on", "hold"): "suspend",
    ("put", "into", "effect"): "implement",
    ("put", "at", "risk"): "endanger",
    ("put", "in", "danger"): "endanger",
    ("put", "in", "jeopardy"): "endanger",
    # a sale offered, not made: "put up for sale" is no "puts up" (builds), nor a sale
    ("put", "for", "sale"): "put up for sale",
    ("put", "on", "sale"): "put up for sale",
    ("offer", "for", "sale"): "put up for sale",
    ("put", "on", "market"): "put up for sale",
}


@per_token  # asked about the same token many times (52,000 calls on 13,000 tokens per 100 articles)
def lemma_of(token) -> str:
    """The lemma of a token, lower case; verbs through lemminflect's lexicon, which corrects
    the statistical lemmatizer's slips ("hoped" -> "hop").

    >>> import spacy; from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["hoped"], pos=["VERB"], lemmas=["hop"])
    >>> lemma_of(doc[0])
    'hope'
    """
    if token.pos_ in {"VERB", "AUX"}:
        return _verb_lemma(token.lower_, token.lemma_.lower())
    return token.lemma_.lower()


@lru_cache(maxsize=16384)
def _verb_lemma(word: str, fallback: str) -> str:
    found = getLemma(word, upos="VERB", lemmatize_oov=False)
    return found[0].lower() if found else fallback


@lru_cache(maxsize=8192)
def is_verb(lemma: str) -> bool:
    """True when lemminflect knows `lemma` as a verb."""
    return bool(getAllInflections(lemma, upos="VERB"))


@lru_cache(maxsize=8192)
def present(lemma: str) -> str:
    """Third person singular present of a verb lemma; multiword phrases inflect their first word.

    >>> present("support"), present("arrive in"), present("hold talks")
    ('supports', 'arrives in', 'holds talks')
    """
    head, _, rest = lemma.partition(" ")
    forms = getInflection(head, tag="VBZ") if head not in {"be", "have"} else None
    if head == "be":
        inflected = "is"
    elif head == "have":
        inflected = "has"
    else:
        inflected = forms[0] if forms else head
    return f"{inflected} {rest}".strip()


def relation_text(lemma: str, particle: str = "", preposition: str = "", middle: str = "") -> str:
    """The normalised relation: verb in present tense, then particle, middle words and preposition.

    >>> relation_text("arrive", preposition="in")
    'arrives in'
    >>> relation_text("send", middle="troops", preposition="to")
    'sends troops to'
    """
    return " ".join(p for p in (present(lemma.lower()), particle, middle, preposition) if p)


#: derivational suffixes of event nouns, each with the verb endings it may come from
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ication", ("y",)),  # clarification -> clarify
    ("ation", ("ate", "e", "")),  # cooperation, accusation, condemnation
    ("ition", ("ite", "e", "")),  # opposition
    ("ution", ("ute", "ve")),  # execution
    ("sion", ("de", "d", "t", "se")),  # invasion, decision, expansion
    ("tion", ("te", "t", "")),  # election, intervention
    ("ment", ("",)),  # agreement, deployment, commitment
    ("ance", ("", "e")),  # assistance, acceptance
    ("ence", ("", "e")),  # interference
    ("al", ("e", "")),  # denial is handled below, approval, refusal, withdrawal
    ("ure", ("e", "")),  # seizure, departure
    ("ing", ("", "e")),  # meeting, bombing
    ("ism", ("ize",)),  # criticism
    ("ery", ("er",)),  # delivery
)
_IRREGULAR = {"denial": "deny", "criticism": "criticize", "threat": "threaten",
              "suspicion": "suspect", "belief": "believe", "relation": "", "relations": "",
              "trip": "visit", "talks": "talk", "aid": "aid", "help": "help",
              "attack": "attack", "support": "support", "pledge": "pledge",
              "strike": "strike", "solidarity": "", "war": "", "sale": "sell",
              "gift": "give", "flight": "fly", "loss": "lose", "choice": "choose",
              "proof": "prove", "response": "respond", "defence": "defend",
              "defense": "defend", "offence": "offend", "arrival": "arrive",
              # derivations the suffix rules miss (-amation, -olition, -ogation, -isition, -iry)
              "proclamation": "proclaim", "abolition": "abolish", "prorogation": "prorogue",
              "acquisition": "acquire", "inquiry": "inquire", "enquiry": "enquire", "lawsuit": "sue",
              "interview": "interview", "subpoena": "subpoena",
              # nouns the suffix rules derive from a verb whose event they no longer name: a
              # "news conference" is a meeting with the press, no conferring of news
              "conference": "",
              # bodies, not events: a legislature legislates, but "Taiwan's legislature" is no
              # act of Taiwan's ("-ure" after "-at" also names the body that does the act)
              "legislature": "", "magistrature": "", "judicature": ""}


@lru_cache(maxsize=8192)
def verb_of_noun(noun: str) -> str | None:
    """The verb an event noun derives from, checked against lemminflect's verb lexicon.

    >>> verb_of_noun("visit"), verb_of_noun("condemnation"), verb_of_noun("meeting")
    ('visit', 'condemn', 'meet')
    >>> verb_of_noun("cooperation"), verb_of_noun("dispatch"), verb_of_noun("table") is None
    ('cooperate', 'dispatch', True)
    >>> verb_of_noun("legislation"), verb_of_noun("legislature") is None
    ('legislate', True)
    """
    noun = noun.lower()
    if noun in _IRREGULAR:
        return _IRREGULAR[noun] or None
    if noun.endswith("ing"):
        lemmas = getAllLemmas(noun, upos="VERB").get("VERB")
        if lemmas:
            return lemmas[0]
    if is_verb(noun) and noun in _EVENT_ZERO_DERIVED:
        return noun
    for suffix, endings in _SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            for ending in endings:
                candidate = stem + ending
                if candidate != noun and is_verb(candidate):
                    return candidate
    return None


#: nouns that are also verbs and denote the event itself (zero derivation); nouns that are
#: verbs only by coincidence ("table", "book", "state") are excluded by being absent.
_EVENT_ZERO_DERIVED = frozenset({
    "visit", "attack", "support", "dispatch", "transfer", "supply", "deal", "pledge", "strike",
    "raid", "invasion", "call", "ban", "boycott", "protest", "threat", "deploy", "return",
    "release", "purchase", "sale", "trade", "exchange", "rescue", "tour", "talk",
    "aid", "help", "arrest", "seizure", "bid", "vote", "cut", "veto", "probe", "rebuke",
    "crackdown", "withdrawal", "approval", "ruling", "claim", "bombardment", "shipment",
    "delivery", "sanction", "embargo", "warning", "demand", "request", "offer", "appeal",
    "welcome", "praise", "blame", "murder", "assault", "test", "launch", "summit",
})


def category(lemma: str) -> str:
    """The event category of a verb lemma (first word of a multiword relation).

    >>> category("condemn"), category("arrive"), category("observe")
    ('criticize', 'meet_visit', 'other')
    """
    return _VERB_CATEGORY.get(lemma.lower().split(" ")[0], "other")
