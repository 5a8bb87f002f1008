"""Mentions -> entities: one node per real-world entity. Pure; union-find over all evidence.

Every name occurrence starts in an element of a `networkx.utils.UnionFind`; each rule joins two
elements and is recorded in the merge log with its evidence (document and sentence):

- `key`: case, accents, quotes, hyphens, spaces, possessives and leading articles never make
  two names ("Kim Jong Un" = "Kim Jong-un"); a person's honorifics and role titles are dropped
  ("North Korean leader Kim Jong-un" = "Kim Jong-un"). Names of one key are one element across
  the corpus; the log lists each written variant that differs from the entity's label.
- `title`: a titled name the tagger did not label a person ("President Bush" as ORG) is the
  person named without the title, when that person is named elsewhere.
- `short_name`: a surname or short form ("Putin", "Kim", "Hyundai") joins the full name of
  the same article; when several full names fit ("Kim" with Kim Jong-un and Kim Yo-jong) each
  occurrence joins the nearest full name before it (else the first after it).
- `acronym` / `parenthetical`: "KCNA" joins the name of the same article whose initials it
  spells; "Popular Mobilization Forces (PMF)" defines its short form.
- `short_name_corpus` / `acronym_corpus`: a short form an article does not explain joins the
  one full name of the corpus it fits; when several fit it stays a node of its own.
- `country`: a country's names, alternative names, codes and demonyms (extract.gazetteer).
- `capital_actor`: a capital that is the subject of a fact ("Moscow denies the claims")
  stands for its country, as news event coders do; a capital as a place stays a place.
  `literal_capitals=True` keeps every capital literal.
- Written forms the key does not equate (graph.name_forms): `first_name` ("Hamza" tagged an
  organisation), `title_alone` / `title_corpus` ("the Queen"), `institution` ("State
  Department" = "US State Department", by the country of the article), `head_noun`
  ("congress" = National Congress), `legal_form` / `company_name` ("Salling Group A/S"),
  `transliteration` ("al-Qa’ida"), `plural` / `party` ("Democrats" = Democratic Party),
  `lower_case` ("youTube"). A hyphenated surname is a short form ("Glawischnig-Piesczek").
- A common noun phrase ("shell", "party") never joins a name ("Shell", "Labour Party"): the
  capital letter is what tells a name from a common noun. A generic concept ("campaign") is
  a node of its article; one with distinguishing modifiers ("arms transfer") is shared.
- `alias_file`: user overrides (graph.aliases); forbidden pairs are never joined.

The guard: two sets holding different full names of people ("Kim Jong-un", "Kim Yo-jong")
never join, so a shared short form cannot chain two people. The entity type is the majority
NER label of its occurrences; a disagreement is logged with rule `type_conflict`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Mapping

from networkx.utils import UnionFind

from extract import gazetteer
from extract.concepts import generic
from extract.mentions import TITLES
from extract.types import CONCEPT, Mention
from graph import name_forms

_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "la", "to", "&", "al", "el"})
#: words before a name that say what a person is, beyond extract.mentions.TITLES
_ROLE_WORDS = frozenset({"former", "acting", "interim", "late", "then", "ex", "affairs", "elect",
                         "designate", "incumbent", "outgoing", "senior", "top", "party", "opposition"})
#: words that follow an organisation's own name: "Hyundai" is short for "Hyundai Motor Company",
#: while "BBC" is not short for "BBC Sport"
_ORG_DESIGNATORS = frozenset({
    "inc", "incorporated", "ltd", "limited", "corp", "corporation", "company", "co", "group",
    "plc", "holdings", "holding", "ag", "sa", "se", "nv", "gmbh", "llc", "lp", "motor", "motors",
    "airlines", "airways", "bank", "fc", "afc", "party", "industries", "international",
    "technologies", "systems", "communications", "pharmaceuticals", "enterprises", "partners",
})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
PERSON = "PERSON"
#: a parenthesis the tagger cut: "International Monetary Fund (IMF"
_UNCLOSED = re.compile(r"\s*\([^)]*$")
_POSSESSIVE = re.compile(r"(?<=\w)['’‘ʼ]s?$")
#: NER labels a short form of a person never carries
_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC"})
#: NER labels a country name may carry (the small model often calls "U.S." an ORG)
_COUNTRY_TYPES = frozenset({"GPE", "LOC", "ORG", "NORP"})


def majority(types: Counter) -> str | None:
    """The most frequent NER label, ignoring CONCEPT when a real label is present; a tie goes
    to PERSON (the small model calls a lone surname a place or an organisation), then by name.

    >>> majority(Counter({"GPE": 1, "PERSON": 1})), majority(Counter({"CONCEPT": 3, "ORG": 1}))
    ('PERSON', 'ORG')
    """
    # one pass, no Counter built (resolution asks this some 30,000 times per 300 articles):
    # the best real label, else CONCEPT, each ranked by (-count, not PERSON, label)
    best = concept = None
    for label, n in types.items():
        if n <= 0:
            continue
        rank = (-n, label != PERSON, label)
        if label == CONCEPT:
            concept = rank
        elif best is None or rank < best:
            best = rank
    best = best or concept
    return best[2] if best else None


def _is_title(token: str) -> bool:
    words = gazetteer.key(token).split()
    return bool(words) and all(w in TITLES or w in _ROLE_WORDS for w in words)


@lru_cache(maxsize=1 << 17)
def strip_title(text: str) -> str:
    """A person's name without the role words before it.

    >>> strip_title("North Korean leader Kim Jong-un"), strip_title("Foreign Minister Choe Son Hui")
    ('Kim Jong-un', 'Choe Son Hui')
    >>> strip_title("Czech Jan Hernych")
    'Jan Hernych'
    >>> strip_title("Martin Luther King Jr"), strip_title("Prime Minister"), strip_title("Erik Prince")
    ('Martin Luther King Jr', 'Prime Minister', 'Erik Prince')
    """
    tokens = text.split()
    if len(tokens) > 2 and gazetteer.country_of_demonym(tokens[0]) is not None:
        tokens = tokens[1:]  # "Hungarian Melinda Czink"
        text = " ".join(tokens)
    for i in range(len(tokens) - 2, -1, -1):
        if not _is_title(tokens[i]):
            continue
        rest = [gazetteer.key(t) for t in tokens[i + 1:]]
        if any(r and not _is_title(t) and r not in _NAME_SUFFIXES for r, t in zip(rest, tokens[i + 1:])) \
                and rest[0] not in _FUNCTION_WORDS and rest[0] not in _NAME_SUFFIXES:
            return " ".join(tokens[i + 1:])
    return text


@lru_cache(maxsize=1 << 18)
def name_key(text: str, *, person: bool = True) -> str:
    """The normalised key of a name: case, punctuation, hyphens, possessives ignored, and for a
    person the titles before the name.

    >>> name_key("Kim Jong-un") == name_key("kim jong un") == name_key("North Korean leader Kim Jong Un")
    True
    >>> name_key("President Vladimir Putin"), name_key("Russia’s"), name_key("the U.S.")
    ('vladimir putin', 'russia', 'us')
    >>> name_key("General Motors", person=False), name_key("International Monetary Fund (IMF", person=False)
    ('general motors', 'international monetary fund')
    """
    text = _POSSESSIVE.sub("", _UNCLOSED.sub("", text.strip()))
    return gazetteer.key(strip_title(text) if person else text)


def initials(text: str, *, function_words: bool = False) -> str:
    """Initials of the words of a name, function words skipped unless asked.

    >>> initials("Democratic People's Republic of Korea"), initials("Voice of America", function_words=True)
    ('dprk', 'voa')
    """
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    if not function_words:
        words = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words if w[0].isalpha()).lower()


#: nouns of an organisation's kind that an acronym may leave out at the end of its name:
#: "PCS" for the Public and Commercial Services Union
_KIND_WORDS = frozenset({"union", "party", "association", "organisation", "organization", "council",
                         "group", "company", "corporation", "foundation", "committee"})


def acronym_keys(text: str) -> frozenset[str]:
    """The initials an acronym of a name may spell: function words skipped or not, and the same
    without a last word of the organisation's kind when two or more words stay.

    >>> sorted(acronym_keys("Public and Commercial Services Union"))
    ['pacs', 'pacsu', 'pcs', 'pcsu']
    >>> sorted(acronym_keys("Labour Party"))
    ['lp']
    """
    keys = {initials(text), initials(text, function_words=True)}
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    if len(words) > 2 and words[-1].lower() in _KIND_WORDS:
        rest = " ".join(words[:-1])
        keys.update(k for k in (initials(rest), initials(rest, function_words=True)) if len(k) >= 2)
    return frozenset(keys)


def _abbreviates(short: str, name: str) -> bool:
    """A parenthetical short form: same first letter, its letters in order within the name.

    >>> _abbreviates("HTS", "Hayat Tahrir al-Sham"), _abbreviates("AP", "Washington")
    (True, False)
    """
    s, n = gazetteer.key(short).replace(" ", ""), gazetteer.key(name).replace(" ", "")
    if not s or not n or s[0] != n[0]:
        return False
    it = iter(n)
    return all(c in it for c in s)


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def slug(text: str) -> str:
    """A readable, deterministic id from a key: "vladimir putin" -> "vladimir-putin"."""
    s = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return s or "entity"


@dataclass(frozen=True)
class Entity:
    id: str
    label: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    docs: tuple[str, ...]
    keys: tuple[str, ...] = ()  # name keys it holds; persisted so ids survive later builds


@dataclass(frozen=True)
class Merge:
    """One line of merges.jsonl: why a name joined an entity (or, for `type_conflict`, which
    NER labels its mentions carried)."""

    name: str
    entity: str  # entity id
    label: str
    rule: str
    doc: str
    sentence_start: int
    sentence: str = ""
    types: tuple[tuple[str, int], ...] = ()

    def as_record(self) -> dict:
        record = {"name": self.name, "entity": self.entity, "label": self.label, "rule": self.rule,
                  "doc": self.doc, "sentence_start": self.sentence_start, "sentence": self.sentence}
        if self.types:
            record["types"] = dict(self.types)
        return record


@dataclass
class Resolution:
    """The result: entities by id, and the entity id of every mention occurrence."""

    entities: dict[str, Entity]
    merges: list[Merge]
    type_conflicts: dict[str, dict[str, int]]
    _by_occurrence: dict[tuple[str, int, int, str], str] = field(repr=False, default_factory=dict)
    _by_name: dict[str, str] = field(repr=False, default_factory=dict)

    def entity_id(self, mention: Mention) -> str | None:
        """The entity a mention belongs to (by occurrence, else by its name's key)."""
        found = self._by_occurrence.get(_occ(mention))
        if found is not None:
            return found
        return self._by_name.get(_global(mention))

    def id_tables(self) -> tuple[dict[str, str], dict[str, str]]:
        """What `entity_id` reads, as two flat tables keyed by `lookup_keys`' strings
        (occurrence -> entity id, name element -> entity id): an engine that joins facts to
        their entities in tables (graph.spark.edges) gets the answers `entity_id` gives."""
        return ({_joined(occ): eid for occ, eid in self._by_occurrence.items()}, dict(self._by_name))


def lookup_keys(mention: Mention) -> tuple[str, str]:
    """The keys `Resolution.entity_id` looks a mention up by, as strings: its occurrence, then
    its name's element (tried in that order)."""
    return _joined(_occ(mention)), _global(mention)


def _joined(occ: tuple[str, int, int, str]) -> str:
    return "\x1f".join(map(str, occ))


def _occ(m: Mention) -> tuple[str, int, int, str]:
    return (m.doc_id, m.start, m.end, m.text)


def _is_concept(m: Mention) -> bool:
    """A common noun phrase ("arms transfer"); a capitalised one is treated as a name."""
    return m.type == CONCEPT and not m.text[:1].isupper()


def _key(m: Mention) -> str:
    return name_key(m.text, person=m.type == PERSON)


def _global(m: Mention) -> str:
    return _concept_element(m, _key(m))[0] if _is_concept(m) else "n:" + _key(m)


#: joins a generic concept's key to its article in the element key and the entity keys
SCOPE = "@"


def _concept_element(m: Mention, key: str) -> tuple[str, str]:
    """The element name and key of a concept: a generic one ("campaign", "new agreement") is
    a node of its article, so two articles' campaigns stay two nodes; one with distinguishing
    modifiers ("arms transfer") is shared by every article that writes the same phrase."""
    if name_forms.generic_concept(key):
        key = f"{key}{SCOPE}{m.doc_id}"
    return "c:" + key, key


def _shared_concept_element(m: Mention, key: str) -> tuple[str, str]:
    """The element name and key of a concept of the open profile: one node across articles
    ("bee", "flowering crop"), except a one-word concept written as one unnamed thing ("the
    bill", Mention.instance) or one generic word (extract.concepts.generic: "company",
    "system"), which stand for a different thing in each article: a node of their article."""
    if m.instance or generic(m):
        key = f"{key}{SCOPE}{m.doc_id}"
    return "c:" + key, key


@dataclass
class _Element:
    """Everything known about one union-find element."""

    key: str
    surfaces: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    docs: set = field(default_factory=set)
    evidence: tuple[str, int] | None = None
    canonical: str | None = None  # a label that wins: a country's name, an alias-file name
    first: dict[str, tuple[str, int]] = field(default_factory=dict)  # surface -> first evidence

    def add(self, m: Mention) -> None:
        self.surfaces[m.text] += 1
        self.types[m.type] += 1
        self.docs.add(m.doc_id)
        here = (m.doc_id, m.sentence_start)
        if self.evidence is None or here < self.evidence:
            self.evidence = here
        if m.text not in self.first or here < self.first[m.text]:
            self.first[m.text] = here

    def majority(self) -> str | None:
        return majority(self.types)


@dataclass
class _Log:
    element: str
    rule: str
    doc: str
    sentence_start: int
    surface: str | None = None  # the one name logged, when not every name of the element


class _Forest:
    """UnionFind plus, per set, the facts the guard needs."""

    def __init__(self, forbidden: set[frozenset[str]], isolated: set[str]):
        self.uf = UnionFind()
        self.elements: dict[str, _Element] = {}
        self.people: dict[str, set[str]] = {}  # root -> multiword person keys
        self.keys: dict[str, set[str]] = {}  # root -> name keys
        self.log: list[_Log] = []
        self.rekeyed: set[tuple[str, str, str]] = set()
        self.fragments: set[str] = set()  # keys seen cut off from a longer name
        self.institution_heads: dict[tuple[str, str], str] = {}  # (doc, key) -> its bare institution's element
        self.titled: dict[str, set[str]] = defaultdict(set)  # monarch title -> people written with it
        self.definite: set[str] = set()  # concept elements written once as a definite ("the parliament", "suspended parliament")
        self.forbidden = forbidden
        self.isolated = isolated

    def element(self, name: str, key: str) -> _Element:
        e = self.elements.get(name)
        if e is None:
            e = self.elements[name] = _Element(key)
            self.uf[name]  # noqa: B018 - registers the element
            self.keys[name] = {key}
            self.people[name] = set()
        return e

    def seal(self) -> None:
        """Record each element's person full names once its mentions are known."""
        for name, e in self.elements.items():
            if name.startswith("n:") and self.uf[name] == name and len(e.key.split()) > 1 \
                    and e.majority() == PERSON:
                self.people[name] = {e.key}

    def union(self, a: str, b: str, rule: str, doc: str, sent: int, *, guard: bool = True) -> bool:
        ra, rb = self.uf[a], self.uf[b]
        if ra == rb:
            return True
        ka, kb = self.keys[ra], self.keys[rb]
        if any(frozenset({x, y}) in self.forbidden for x in ka for y in kb):
            return False
        if (ka & self.isolated or kb & self.isolated) and ka != kb:
            return False
        if guard and not _compatible(self.people[ra], self.people[rb]):
            return False
        self.uf.union(ra, rb)
        root = self.uf[ra]
        other = rb if root == ra else ra
        self.keys[root] = ka | kb
        self.people[root] = self.people[ra] | self.people[rb]
        del self.keys[other], self.people[other]
        self.log.append(_Log(a, rule, doc, sent))
        return True


def _compatible(a: set[str], b: set[str]) -> bool:
    """Two sets may join unless they hold different full names of people. Strict on purpose:
    "Johnny Carson" and "Johnny Carson Theater", "George Bush" and "George W Bush" stay apart
    (a user can join them with the aliases file)."""
    return not a or not b or a == b


def resolve(mentions: Iterable[Mention], actors: Iterable[Mention] = (), *,
            texts: Mapping[str, str] | None = None, overrides: Mapping[str, str] | None = None,
            forbidden: Iterable[tuple[str, str]] = (), isolated: Iterable[str] = (),
            literal_capitals: bool = False, id_map: Mapping[str, str] | None = None,
            shared_concepts: bool = False, known: Iterable = ()) -> Resolution:
    """Resolve mention occurrences to entities.

    `mentions` is every name occurrence (NER mentions and fact arguments); `actors` are the
    occurrences used as the subject of a fact (a capital there stands for its country).
    `texts` maps a document id to its cleaned text (parenthetical definitions, evidence
    sentences). `overrides` maps a name to a canonical name; `forbidden` lists name pairs never
    joined; `isolated` names never join another name. `id_map` maps name keys to the ids of an
    earlier build, which are kept; `known` lists that build's entities (objects with `id`,
    `keys`, `label` and `retired`, see graph.incremental.KnownEntity): an entity holding
    exactly the keys of one of them gets its id back first, and no new id repeats one of them.
    `shared_concepts` (the open profile, whose concepts are canonical phrases) makes every
    concept one node across articles, bare nouns too, and logs each further article a concept
    is found in with rule `concept`.

    Three parts, which the Spark engine runs apart (graph.spark.candidates): `key_corpus` (each
    written form's key, from the corpus's forms and counts), `article_pass` (per article: its
    elements and the joins its text explains) and `corpus_pass` (the union-find over every
    article's elements, the corpus-wide rules, the entities).
    """
    texts = texts or {}
    occurrences = sorted({_occ(m): m for m in mentions}.values(), key=occurrence_order)
    actor_occ = {_occ(m) for m in actors}
    settings = Settings.of(overrides, forbidden, isolated, literal_capitals, shared_concepts)
    keying = key_corpus(occurrences, settings)
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in occurrences:
        by_doc[m.doc_id].append(m)
    parts = [article_pass(ms, keying, settings, text=texts.get(doc_id, ""), actors=actor_occ)
             for doc_id, ms in by_doc.items()]
    resolution, element_entity = corpus_pass(parts, settings, _Sentences(texts), id_map=id_map, known=known)
    resolution._by_occurrence = {occ: element_entity[name] for part in parts
                                 for occ, name in part.occurrence_element.items() if name in element_entity}
    return resolution


def occurrence_order(m: Mention) -> tuple:
    """The order the resolver takes occurrences in (by document, then place)."""
    return (m.doc_id, m.start, m.end, m.text, m.type)


@dataclass(frozen=True)
class Settings:
    """The build's resolution options, as the three parts use them."""

    rewrite: Mapping[str, str]  # name key -> canonical name of the alias file
    forbidden: frozenset[frozenset[str]]
    isolated: frozenset[str]
    literal_capitals: bool = False
    shared_concepts: bool = False

    @classmethod
    def of(cls, overrides: Mapping[str, str] | None = None, forbidden: Iterable[tuple[str, str]] = (),
           isolated: Iterable[str] = (), literal_capitals: bool = False,
           shared_concepts: bool = False) -> "Settings":
        return cls(_rewrites(overrides or {}),
                   frozenset(frozenset({ka, kb}) for a, b in forbidden for ka in _keys(a) for kb in _keys(b)),
                   frozenset(k for name in isolated for k in _keys(name)), literal_capitals, shared_concepts)


@dataclass(frozen=True)
class Keying:
    """What the corpus keying gives every article: each written form's key, the rule that
    re-keyed it (title, alias file, transliteration) and its type, by (text, type) as tagged;
    the keys the corpus mostly tags as a person; its country-qualified institutions."""

    forms: Mapping[tuple[str, str], tuple[str, str | None, str]]
    people: frozenset[str]
    institutions: Mapping[tuple[str, str], str]

    def keyed(self, occurrences: Iterable[Mention]) -> dict[tuple, tuple[str, str | None, str]]:
        return {_occ(m): self.forms[m.text, m.type] for m in occurrences}


def key_corpus(forms: list[Mention], settings: Settings, counts: Mapping[tuple, int] | None = None, *,
               titled_people: frozenset[str] | None = None) -> Keying:
    """The keys of the corpus's written forms. `forms` are occurrences in `occurrence_order`;
    `counts` (occurrence -> how many occurrences it stands for) lets one occurrence per
    written form, the first, stand for all of them (the Spark engine's forms table).
    `titled_people`, when `forms` are one article's (the Spark components path): the keys the
    whole corpus mostly tags as a person as written, which the `title` rule reads."""
    keyed = _keyed(forms, dict(settings.rewrite), counts, titled_people)
    retyped = [m if m.type == keyed[_occ(m)][2] else replace(m, type=keyed[_occ(m)][2]) for m in forms]
    people = _people(retyped, keyed, counts)
    return Keying({(m.text, m.type): keyed[_occ(m)] for m in forms}, people,
                  _qualified_institutions(retyped, keyed, people))


@dataclass
class ArticleNames:
    """What the article pass finds in one article, all the corpus pass needs of it: its
    elements (concepts, then names, in creation order), the joins its text explains
    (`pending`: element, target element, document, sentence start, rule), the short forms it
    defines, its cut-off names, its monarch titles, its bare institutions, its definite
    concepts, its re-keyed names to log (element, rule, text, sentence start), its capitals
    used as actors (element, key, text, type, sentence start) and how many occurrences each
    element holds. `occurrence_element` (occurrence -> element) is for the entity ids."""

    doc: str
    elements: dict[str, _Element]
    pending: list[tuple[str, str, str, int, str]]
    definitions: dict[str, set[str]]
    fragments: set[str]
    titled: dict[str, set[str]]
    institution_heads: dict[tuple[str, str], str]
    definite: set[str]
    rekeyed: list[tuple[str, str, str, int]]
    capitals: list[tuple[str, str, str, str, int]]
    counts: Counter
    concept_first: dict[str, tuple[int, str]] = field(default_factory=dict)  # (sentence start, text)
    occurrence_element: dict[tuple, str] = field(default_factory=dict, repr=False)


def article_pass(occurrences: list[Mention], keying: Keying, settings: Settings, *, text: str = "",
                 actors: set | frozenset = frozenset()) -> ArticleNames:
    """One article's names (its distinct occurrences in `occurrence_order`): the only part that
    reads the article's text. `actors`: occurrences that are the subject of a fact."""
    keyed = keying.keyed(occurrences)
    occurrences = [m if m.type == keyed[_occ(m)][2] else replace(m, type=keyed[_occ(m)][2]) for m in occurrences]
    forest = _Forest(set(), set(settings.isolated))
    occurrence_element: dict[tuple, str] = {}
    doc_id = occurrences[0].doc_id if occurrences else ""
    names, concept_first = [], {}
    for m in occurrences:
        key = keyed[_occ(m)][0]
        if _is_concept(m):
            name, key = _shared_concept_element(m, key) if settings.shared_concepts else _concept_element(m, key)
            concept_first.setdefault(name, (m.sentence_start, m.text))
            forest.element(name, key).add(m)
            occurrence_element[_occ(m)] = name
            before = re.search(r"(\w+)\s+$", text[max(0, m.start - 12):m.start])
            if before is None or before.group(1).lower() not in _INDEFINITE:
                forest.definite.add(name)
        else:
            names.append(m)
    pending: list = []
    definitions: dict[str, set[str]] = defaultdict(set)  # short key -> full keys it was defined as
    if names:
        context = _Article(doc_id, text, _countries(names), keying.institutions, keying.people)
        _attach_short_forms(context, names, keyed, forest, occurrence_element, pending, definitions)
    rekeyed, seen = [], set()
    for m in occurrences:
        key, rule, _ = keyed[_occ(m)]
        element = occurrence_element[_occ(m)]
        if rule is not None and not _is_concept(m) and (element, rule, m.text) not in seen:
            seen.add((element, rule, m.text))
            rekeyed.append((element, rule, m.text, m.sentence_start))
    capitals = []
    for m in occurrences:
        # the capital as written, not a pronoun resolved to it
        if settings.literal_capitals or _occ(m) not in actors or m.type != "GPE" or m.antecedent_of:
            continue
        key = keyed[_occ(m)][0]
        if not occurrence_element[_occ(m)].startswith("n:"):
            continue  # a short form of a name of the article (a person's surname)
        if gazetteer.country(key) is None and gazetteer.country_of_capital(key) is not None:
            capitals.append((occurrence_element[_occ(m)], key, m.text, m.type, m.sentence_start))
            occurrence_element[_occ(m)] = "a:" + key
    return ArticleNames(doc_id, forest.elements, [(e, t, m.doc_id, m.sentence_start, r) for e, t, m, r in pending],
                        dict(definitions), forest.fragments, dict(forest.titled), forest.institution_heads,
                        forest.definite, rekeyed, capitals, Counter(occurrence_element.values()),
                        concept_first, occurrence_element)


def corpus_pass(parts: Iterable[ArticleNames], settings: Settings, sentences, *,
                id_map: Mapping[str, str] | None = None, known: Iterable = (),
                short_forms: bool = True) -> tuple[Resolution, dict[str, str]]:
    """The union-find over every article's elements (`parts` in document order, read once and
    merged as they come, so a caller can stream them), in the order of one corpus-wide pass,
    then the corpus rules and the entities. `sentences.get(doc, start)` gives the merge log's
    sentences. Returns the resolution (without its occurrence lookups) and the entity id of
    every element. `short_forms=False` leaves out the corpus short-form rules
    (`_corpus_short_forms`), which the Spark components path decides across the corpus."""
    forest = _Forest(set(settings.forbidden), set(settings.isolated))
    named: dict[str, _Element] = {}  # names come after every concept, as a pass in occurrence order makes them
    definitions: dict[str, set[str]] = defaultdict(set)
    counts: Counter = Counter()
    rekeyed, capitals, pending = [], [], []
    for part in parts:
        for name, local in part.elements.items():
            if not name.startswith("c:"):
                if name in named:
                    _merge_element(named[name], local)
                else:
                    named[name] = local
                continue
            here = forest.elements.get(name)
            if settings.shared_concepts and here is not None and part.doc not in here.docs:
                sentence, text = part.concept_first[name]
                forest.log.append(_Log(name, "concept", part.doc, sentence, text))
            _merge_element(forest.element(name, local.key), local)
        forest.fragments |= part.fragments
        for title, holders in part.titled.items():
            forest.titled[title] |= holders
        forest.institution_heads.update(part.institution_heads)
        forest.definite |= part.definite
        for k, fulls in part.definitions.items():
            definitions[k] |= fulls
        counts.update(part.counts)
        rekeyed.extend((part.doc, *r) for r in part.rekeyed)
        capitals.extend((part.doc, *c) for c in part.capitals)
        pending.extend(part.pending)
    for name, local in named.items():
        _merge_element(forest.element(name, local.key), local)
    del named
    forest.seal()

    # capitals used as actors, overrides and title re-keys are logged joins of their own
    for doc, element, rule, text, sentence in rekeyed:
        if (element, rule, text) not in forest.rekeyed:
            forest.rekeyed.add((element, rule, text))
            forest.log.append(_Log(element, rule, doc, sentence, text))
    for doc, old, key, text, type_, sentence in capitals:
        name = "a:" + key
        forest.element(name, key).add(Mention(doc, text, type_, 0, 0, sentence))
        forest.elements[old].surfaces[text] -= 1
        forest.elements[old].types[type_] -= 1
        target = _country_element(forest, gazetteer.country_of_capital(key))
        forest.union(name, target, "capital_actor", doc, sentence, guard=False)

    for element, target, doc, sentence, rule in pending:
        forest.union(element, target, rule, doc, sentence)

    # countries: names, codes and demonyms, by the majority label of each name
    for name, e in sorted(forest.elements.items()):
        if not name.startswith("n:") or e.key in forest.isolated:
            continue
        label = e.majority()
        country = None
        if label in _COUNTRY_TYPES:
            surface = max(e.surfaces, key=lambda s: (e.surfaces[s], s))
            country = gazetteer.country(surface, common=label == "ORG")
            if country is None and label == "NORP":
                country = gazetteer.country_of_demonym(surface)
        if country is not None:
            target = _country_element(forest, country)
            if target != name:
                ev = e.evidence or ("", 0)
                forest.union(name, target, "country", ev[0], ev[1], guard=False)

    _join_forms(forest)
    _qualified_heads(forest)
    _designated(forest)
    if short_forms:  # off for one article of the Spark components path, which decides them corpus-wide
        _corpus_short_forms(forest, definitions)

    for canonical in sorted(set(settings.rewrite.values())):
        e = forest.elements.get("n:" + name_key(canonical))
        if e is not None:
            e.canonical = canonical
    return _entities(forest, counts, sentences, id_map or {}, tuple(known))


def _merge_element(into: _Element, e: _Element) -> None:
    """Add one article's element to the corpus's, as adding its occurrences one by one would."""
    # the counts added in a loop: Counter.update first asks whether its argument is a Mapping
    # (an ABC check), which cost more than the few counts of an element; same keys, same order
    for counts, more in ((into.surfaces, e.surfaces), (into.types, e.types)):
        for item, n in more.items():
            counts[item] += n
    into.docs |= e.docs
    if e.evidence is not None and (into.evidence is None or e.evidence < into.evidence):
        into.evidence = e.evidence
    for surface, here in e.first.items():
        if surface not in into.first or here < into.first[surface]:
            into.first[surface] = here


def _keys(name: str) -> set[str]:
    """Every key a user-written name may stand for (as a person and not)."""
    return {name_key(name), name_key(name, person=False)}


def _rewrites(overrides: Mapping[str, str]) -> dict[str, str]:
    """Name key -> canonical name of the alias file."""
    out = {}
    for name, canonical in overrides.items():
        for k in _keys(name):
            out[k] = canonical
    return out


def _keyed(occurrences: list[Mention], rewrite: dict[str, str],
           counts: Mapping[tuple, int] | None = None,
           people: frozenset[str] | None = None) -> dict[tuple, tuple[str, str | None, str]]:
    """Each occurrence's key, the rule when a rule other than `key` chose it, and its type
    (`counts`: how many occurrences each one stands for, 1 when not given; `people`: the
    keys mostly tagged as a person, computed from `occurrences` when not given)."""
    counts = counts or {}
    if people is None:
        labels: dict[str, Counter] = defaultdict(Counter)
        for m in occurrences:
            labels[_key(m)][m.type] += counts.get(_occ(m), 1)
        people = frozenset(k for k, c in labels.items() if majority(c) == PERSON)
    out = {}
    for m in occurrences:
        key, rule = _key(m), None
        if not _is_concept(m) and m.type != PERSON:
            as_person = name_key(m.text)
            tokens = m.text.split()
            titled = len(tokens) > 1 and gazetteer.key(tokens[0]) in TITLES and \
                name_key(" ".join(t for t in tokens if not _is_title(t))) == as_person
            if titled and as_person != key and as_person in people:
                key, rule = as_person, "title"
                m = replace(m, type=PERSON)  # the title says it is a person
        if m.type == PERSON and name_forms.legal_form_stem(name_key(m.text, person=False)):
            key, m = name_key(m.text, person=False), replace(m, type="ORG")  # "HDT Kft" is a company
        if key in rewrite:
            key, rule = name_key(rewrite[key]), "alias_file"
        elif name_key(m.text, person=False) in rewrite:
            key, rule = name_key(rewrite[name_key(m.text, person=False)]), "alias_file"
        out[_occ(m)] = (key, rule, m.type)
    _transliterations(occurrences, out, counts)
    return out


def _transliterations(occurrences: list[Mention], keyed: dict, counts: Mapping[tuple, int] | None = None) -> None:
    """Romanisations of one Arabic name ("al-Qa’ida", "Al-Qaeda") take the corpus's most
    written key, rule `transliteration` (graph.name_forms.transliteration)."""
    written: Counter = Counter()
    skeletons: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for m in occurrences:
        key, rule, _ = keyed[_occ(m)]
        if rule is None and not _is_concept(m):
            written[key] += (counts or {}).get(_occ(m), 1)
            if key in skeletons or (key, m.text) in seen:
                continue
            seen.add((key, m.text))
            skeleton = name_forms.transliteration(key, m.text)
            if skeleton is not None:
                skeletons[key] = skeleton
    by_skeleton: dict[str, list[str]] = defaultdict(list)
    for key, skeleton in skeletons.items():
        by_skeleton[skeleton].append(key)
    canonical = {k: min(ks, key=lambda x: (-written[x], x)) for ks in by_skeleton.values() if len(ks) > 1 for k in ks}
    for m in occurrences:
        key, rule, label = keyed[_occ(m)]
        if rule is None and not _is_concept(m) and canonical.get(key, key) != key:
            keyed[_occ(m)] = (canonical[key], "transliteration", label)


def _country_element(forest: _Forest, country: gazetteer.Country) -> str:
    key = name_key(country.name, person=False)
    name = "n:" + key
    e = forest.element(name, key)
    e.canonical = country.name
    e.types["GPE"] += 0
    return name


@dataclass(frozen=True)
class _Article:
    """What the article pass knows beyond one article's names: its text, the countries it
    names, and the corpus's country-qualified institutions ((country, institution) -> key)."""

    doc_id: str
    text: str
    countries: Counter  # country name -> how often the article names it
    institutions: Mapping[tuple[str, str], str]
    people: frozenset[str] = frozenset()  # keys the corpus mostly tags as a person

    @property
    def home(self) -> str | None:
        """The country the article names most, when no other is named as often."""
        ranked = self.countries.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]


def _attach_short_forms(article: _Article, ms: list[Mention], keyed: dict, forest: _Forest,
                        occurrence_element: dict, pending: list, definitions: dict) -> None:
    """Give each name of one article its element; queue the joins of its short forms."""
    doc_id, text = article.doc_id, article.text
    local: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        local[keyed[_occ(m)][0]].append(m)
    types = {k: majority(Counter(m.type for m in occs)) for k, occs in local.items()}
    fulls = {k: occs for k, occs in local.items() if len(k.split()) > 1 and _name_like(k, types[k])}
    people = {k for k in fulls if types[k] == PERSON}
    # an organisation's words, but not those of a person's name the tagger called one ("NPR Hamza bin Laden")
    org_words = {w for k, occs in local.items() if len(k.split()) > 1
                 and not _ends_with_any(k, people)
                 for m in occs if m.type == "ORG" for w in k.split()}
    titled = _titled(people, fulls, text)
    for title, holders in titled.items():
        forest.titled[title] |= {"n:" + h for h in holders}
    index = _FullIndex(fulls)
    qualified_here = _qualified_here(local, types)
    local_element: dict[str, str] = {}
    queued: list[tuple[str, str, Mention, str]] = []  # (element, target key, evidence, rule)
    for k, occs in sorted(local.items()):
        candidates: dict[tuple, list[tuple[str, str]]] = {}  # occurrence -> [(full key, rule)]
        split = False  # each occurrence decided by itself (_company_or_person)
        one_token = len(k.split()) == 1 or (types[k] == PERSON and not any(" " in m.text.strip() for m in occs))
        if len(k.split()) == 1 and k not in titled and any(_fragment(m, text) for m in occs):
            # "Queen" before "Elizabeth II" is her title (title_alone below), not a cut name
            forest.fragments.add(k)  # "Michel" of "Michel Mayor": not a short form
        elif one_token and gazetteer.country(occs[0].text) is None and k not in forest.isolated \
                and any(m.text[:1].isupper() for m in occs):
            by_name = _explained_by(k, occs, types[k], fulls, types, org_words, titled, _surnamed(occs, text),
                                    index=index)
            for m in occs:
                found = _parenthetical(m, text, ms, keyed)
                if found is not None:
                    definitions[k].add(found)
                candidates[_occ(m)] = [(found, "parenthetical")] if found else by_name
            split = _company_or_person(k, occs, candidates, fulls, types, text, index)
        if not any(candidates.values()) and k not in forest.isolated:
            found = _institution_of(k, occs, types, local, article, qualified_here)
            if found is not None:
                candidates = {_occ(m): [(found, "institution")] for m in occs}
                forest.institution_heads[doc_id, k] = f"s:{doc_id}\x1f{k}"
            elif (found := _head_noun_of(k, occs, types, local)) is not None:
                candidates = {_occ(m): [(found, "head_noun")] for m in occs}
        targets = {f for cands in candidates.values() for f, _ in cands}
        if not targets:
            name = local_element[k] = "n:" + k
            for m in occs:
                forest.element(name, k).add(m)
                occurrence_element[_occ(m)] = name
            continue
        if len(targets) == 1 and not split:
            name = local_element[k] = f"s:{doc_id}\x1f{k}"
            for m in occs:
                forest.element(name, k).add(m)
                occurrence_element[_occ(m)] = name
            rules = {r for cands in candidates.values() for _, r in cands}
            rule = next(r for r in _SHORT_FORM_RULES if r in rules)
            if rule in _DEFINING_RULES:
                definitions[k] |= targets
            target = targets.pop()
            if rule == "short_name" and types[k] == "ORG" and target.startswith(k + " of "):
                # "Parliament" of the article's "Parliament of the United Kingdom": its
                # lower-case "parliament" is that one too, as for a country's institution
                forest.institution_heads[doc_id, k] = name
            queued.append((name, target, occs[0], rule))
            continue
        local_element[k] = "n:" + k
        for m in occs:  # several full names fit: see _nearest
            cands = candidates[_occ(m)]
            # an occurrence left undecided between a company and a person is the article's own
            name = f"o:{doc_id}\x1f{m.start}\x1f{k}" if cands else f"s:{doc_id}\x1f{k}" if split else "n:" + k
            forest.element(name, k).add(m)
            occurrence_element[_occ(m)] = name
            if not cands:
                continue
            rule = cands[0][1]
            if rule in _DEFINING_RULES:
                definitions[k] |= {f for f, _ in cands}
            target = _nearest(m, [fk for fk, _ in cands], fulls, text, index=index)
            queued.append((name, target, m, rule))
    # a target is the element its key has in this article (a short form itself, as
    # "Glawischnig-Piesczek" is), else the corpus's
    pending.extend((name, local_element.get(target, "n:" + target), m, rule) for name, target, m, rule in queued)


#: rules of the article pass, strongest first; the defining ones also explain the short form
#: to other articles (acronym_corpus)
_SHORT_FORM_RULES = ("parenthetical", "acronym", "short_name", "first_name", "title_alone", "institution",
                     "head_noun")
_DEFINING_RULES = frozenset({"parenthetical", "acronym"})


def _titled(people: set[str], fulls: dict[str, list[Mention]], text: str) -> dict[str, set[str]]:
    """Monarch title -> the people of the article written with it ("Queen Elizabeth II")."""
    out: dict[str, set[str]] = defaultdict(set)
    for p in people:
        for m in fulls[p]:
            before = re.search(r"(\w+)\W{0,2}$", text[max(0, m.start - 20):m.start]) if text else None
            for word in ([before.group(1)] if before else []) + m.text.split()[:1]:
                if gazetteer.key(word) in name_forms.MONARCH_TITLES:
                    out[gazetteer.key(word)].add(p)
    return out


def _ends_with_any(k: str, names: set[str]) -> bool:
    """Whether `k` ends with a space and one of `names`: each of its few endings is looked up,
    instead of trying every name (quadratic in a long article)."""
    return any(k[i + 1:] in names for i, c in enumerate(k) if c == " ")


def _qualified_here(local: Mapping[str, list[Mention]], types: Mapping[str, str | None]) -> dict[str, list[tuple]]:
    """Institution -> sorted (country, key) of the article's organisations named with their
    country ("Tunisian Parliament"): indexed once per article for `_institution_of`."""
    out: dict[str, list[tuple]] = defaultdict(list)
    for key, kos in local.items():
        q = name_forms.qualified(kos[0].text) if types[key] == "ORG" else None
        if q is not None:
            out[q.institution].append((q.country, key))
    for found in out.values():
        found.sort()
    return out


def _institution_of(k: str, occs: list[Mention], types: dict, local: dict, article: _Article,
                    qualified_here: Mapping[str, list[tuple]] | None = None) -> str | None:
    """The country-qualified institution a bare one ("State Department", "Parliament") names:
    the one the article qualifies ("Tunisian Parliament"), else the one of the country the
    article is about, when the corpus qualifies it so ("US State Department").
    `qualified_here` is `_qualified_here(local, types)`, computed when not given."""
    if types[k] != "ORG" or k in article.people or not any(m.text[:1].isupper() for m in occs) \
            or name_forms.qualified(occs[0].text) is not None or gazetteer.country(occs[0].text):
        return None
    inst = name_forms.institution(k)
    qualified_here = _qualified_here(local, types) if qualified_here is None else qualified_here
    here = qualified_here.get(inst, [])
    countries = {c for c, _ in here}
    if len(countries) == 1:
        return here[0][1]
    if countries:
        return article.institutions.get((article.home, inst)) if article.home in countries else None
    if (article.home, inst) in article.institutions:
        return article.institutions[article.home, inst]
    named = sorted(c for c in article.countries if (c, inst) in article.institutions)
    return article.institutions[named[0], inst] if len(named) == 1 else None


def _head_noun_of(k: str, occs: list[Mention], types: dict, local: dict) -> str | None:
    """The organisation a lower-case word the tagger called one stands for: "congress" for the
    article's one organisation named "... Congress" ("National Congress")."""
    if types[k] != "ORG" or " " in k or any(c.isupper() for m in occs for c in m.text):
        return None
    found = [f for f in sorted(local) if types[f] == "ORG" and f.endswith(" " + k)]
    return found[0] if len(found) == 1 else None


def _people(occurrences: list[Mention], keyed: dict, counts: Mapping[tuple, int] | None = None) -> frozenset[str]:
    """Keys the corpus mostly tags as a person."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for m in occurrences:
        key, _, label = keyed[_occ(m)]
        labels[key][label] += (counts or {}).get(_occ(m), 1)
    return frozenset(k for k, c in labels.items() if majority(c) == PERSON)


def _qualified_institutions(occurrences: list[Mention], keyed: dict,
                            people: frozenset[str] = frozenset()) -> dict[tuple[str, str], str]:
    """(country, institution) -> the first key of the corpus's names of that institution of
    that country; not a person's name after a country ("Scotland Nicola Sturgeon")."""
    out: dict[tuple[str, str], str] = {}
    for m in occurrences:
        key, _, label = keyed[_occ(m)]
        q = name_forms.qualified(m.text) if label == "ORG" else None
        if q is not None and q.institution in people:
            continue
        if q is not None and ((q.country, q.institution) not in out or key < out[q.country, q.institution]):
            out[q.country, q.institution] = key
    return out


def _countries(ms: list[Mention]) -> Counter:
    """How often an article names each country (by name, demonym or a qualified institution)."""
    counts: Counter = Counter()
    for m in ms:
        if m.type not in _COUNTRY_TYPES:
            continue
        found = gazetteer.country(m.text, common=m.type == "ORG")
        if found is None and m.type == "NORP":
            found = gazetteer.country_of_demonym(m.text)
        if found is None and m.type == "ORG":
            q = name_forms.qualified(m.text)
            found = gazetteer.country(q.country) if q else None
        if found is not None:
            counts[found.name] += 1
    return counts


class _FullIndex:
    """One article's full names by blocking key, so that a short form is compared with the few
    full names that can explain it, not with all of them (quadratic in a long article):

    - `holding(k)`: the full names that have the first word of `k` among their words; every
      rule of `_explained_by` but the acronym needs it ("Putin" of "Vladimir Putin", "Hyundai"
      of "Hyundai Motor Company", "Hamza" of "Hamza bin Laden");
    - `spelling(k)`: the full names whose initials are `k` (acronyms, either way of counting);
    - `last_before(fk, start)` and `first_start(fk)`: where a full name is written, by binary search.

    A superset of the matches, filtered by the same tests as before: the same answers.
    """

    def __init__(self, fulls: Mapping[str, list[Mention]]):
        self.fulls = fulls
        self._by_word: dict[str, set[str]] | None = None
        self._by_initials: dict[str, set[str]] | None = None
        self._places: dict[str, list[tuple[int, int]]] = {}  # full key -> sorted (start, sentence start)

    def holding(self, k: str) -> list[str]:
        """Sorted full names holding the first word of `k` as a word (all, for an odd key)."""
        words = k.split()
        if not words or " ".join(words) != k:
            found = set(self.fulls)
        else:
            if self._by_word is None:
                self._by_word = defaultdict(set)
                for f in self.fulls:
                    for w in f.split():
                        self._by_word[w].add(f)
            found = self._by_word.get(words[0], set())
        return sorted(found)

    def spelling(self, k: str) -> list[str]:
        """Sorted full names whose initials are `k` (`acronym_keys`)."""
        if self._by_initials is None:
            self._by_initials = defaultdict(set)
            for f, fo in self.fulls.items():
                for key in acronym_keys(fo[0].text):
                    self._by_initials[key].add(f)
        found = self._by_initials.get(k, set())
        return sorted(found)

    def _where(self, fk: str) -> list[tuple[int, int]]:
        places = self._places.get(fk)
        if places is None:
            places = self._places[fk] = sorted((f.start, f.sentence_start) for f in self.fulls[fk])
        return places

    def last_before(self, fk: str, start: int) -> tuple[int, int] | None:
        """The greatest (start, sentence start) of `fk` written before character `start`."""
        places = self._where(fk)
        n = bisect_left(places, (start,))
        return places[n - 1] if n else None

    def first_start(self, fk: str) -> int:
        return self._where(fk)[0][0]


def _nearest(m: Mention, cands: list[str], fulls: dict[str, list[Mention]], text: str,
             index: _FullIndex | None = None) -> str:
    """The full name a short form means when several fit: the one named in its sentence or the
    sentence before, else the one the article names most (then first); "Trump" after a passing
    "Mary Trump" is still Donald Trump, "Kim" right after "Kim Yo-jong" is her.
    `index` (built from `fulls` when not given) finds the occurrences without a scan.
    """
    index = index or _FullIndex(fulls)
    before = [(*place, fk) for fk in cands if (place := index.last_before(fk, m.start)) is not None]
    if before:
        _, sentence, fk = max(before)
        if _sentence_ends(text, sentence, m.sentence_start, at_most=2) <= 1:
            return fk
    return min(cands, key=lambda fk: (-len(fulls[fk]), index.first_start(fk)))


def _sentence_ends(text: str, start: int, end: int, at_most: int) -> int:
    """The number of sentence ends in text[start:end], counted up to `at_most` (a far-back
    name does not make the whole text between be read)."""
    ends = 0
    for e in _SENTENCE_END.finditer(text, start, end):
        if not _ABBREVIATION.search(text, start, e.start() + 1):
            ends += 1
            if ends >= at_most:
                break
    return ends


def _explained_by(k: str, occs: list[Mention], short_type: str, fulls: dict, types: dict,
                  org_words: set[str] = frozenset(),
                  titled: Mapping[str, set[str]] | None = None,
                  surnamed: bool = False, *,
                  index: _FullIndex | None = None) -> list[tuple[str, str]]:
    """The full names of the article a one-word name is a short form of, with the rule.
    A word the article uses inside an organisation's name is no given name ("Diageo" is not
    short for a "Diageo North America" the tagger called a person); `surnamed`: the article
    writes the name after an honorific ("Mr Howard"), so it is a surname. `index` (built from
    `fulls` when not given) gives the full names that can fit, so not all are tried."""
    index = index or _FullIndex(fulls)
    if any(_is_acronym(m.text) for m in occs):
        found = [(f, "acronym") for f in index.spelling(k) for fo in [fulls[f]]
                 if _capitalised(fo[0].text) and types[f] != PERSON  # "DJ" is not Dan Jolin
                 and k in acronym_keys(fo[0].text) and k not in f.split()]  # "HD" is a word of "HD-DVD"
        if found:
            return found
    surfaces = [m.text for m in occs]
    found = [f for f in index.holding(k) if f != k and not (types[f] != PERSON and hyphen_part(k, fulls[f]))
             and _gender_fits(surfaces, fulls[f][0].text) and (
        _short_form_of(k, short_type, f, types[f])
        # the tagger calls a surname a place ("Amman" of Sudesh Amman): the person wins
        or (types[f] == PERSON and short_type in _PLACE_TYPES and _ends_with(f, k)))
        and (types[f] != PERSON or _ends_with(f, k) or k not in org_words)]
    found = _surnames_first(k, found, types, surnamed)
    if found:
        return [(f, "short_name") for f in _minimal(found)]
    # a first name the tagger called an organisation ("Hamza"), when one person of the article has it
    firsts = [f for f in index.holding(k) if types[f] == PERSON and f.split()[0] == k]
    if short_type == "ORG" and len(firsts) == 1 and k not in org_words:
        return [(firsts[0], "first_name")]
    # "the Queen" for the one person of the article written with that title
    titled = titled or {}
    if len(titled.get(k, ())) == 1 and short_type in (PERSON, CONCEPT, "ORG"):
        return [(next(iter(titled[k])), "title_alone")]
    return []


#: words that make a bare name in their sentence a company's: its shares, debts, accounts and
#: corporate family ("shares of Ford", "owed to Ford", "a subsidiary of Ford", "Ford's profits")
_CORPORATE_WORDS = frozenset({
    "share", "shares", "stock", "stocks", "stake", "shareholder", "shareholders", "subsidiary",
    "subsidiaries", "owed", "owes", "owe", "receivable", "receivables", "debt", "debts", "profit",
    "profits", "revenue", "revenues", "sales", "earnings", "dividend", "dividends", "merger",
    "takeover", "supplier", "suppliers",
})
_WORD = re.compile(r"[A-Za-z]+")


def _company_or_person(k: str, occs: list[Mention], candidates: dict, fulls: dict, types: dict,
                       text: str, index: "_FullIndex") -> bool:
    """Decide each occurrence of a bare name the article uses both for a company and as a
    person's surname ("Ford Motor" and "Bill Ford"): a person's full name never absorbs the
    company's name. An occurrence the tagger calls an organisation, or one whose sentence
    speaks of shares, debts or subsidiaries near it (`_CORPORATE_WORDS`: "a receivable owed to
    Ford"), is the company; one after a surname honorific ("Mr Ford") is the person; any other
    is neither (its own node). Rewrites `candidates` in place; True when it did."""
    company = [f for f in index.holding(k) if types[f] == "ORG" and f.split()[0] == k
               and all(w in _ORG_DESIGNATORS for w in f.split()[1:])]
    if len(company) != 1 or not any(types.get(f) == PERSON for cands in candidates.values() for f, _ in cands):
        return False
    for m in occs:
        people = [(f, r) for f, r in candidates.get(_occ(m), []) if types.get(f) == PERSON]
        if m.type == "ORG" or _corporate(m, text):
            candidates[_occ(m)] = [(company[0], "short_name")]
        else:
            candidates[_occ(m)] = people if _surnamed([m], text) else []
    return True


def _corporate(m: Mention, text: str) -> bool:
    """True when a corporate word (`_CORPORATE_WORDS`) is among the four words before the
    name or the two after it, in its sentence."""
    before = _WORD.findall(text[max(m.sentence_start, m.start - 60):m.start])[-4:]
    after_text = text[m.end:m.end + 40]
    end = _SENTENCE_END.search(after_text)
    after = _WORD.findall(after_text[:end.start()] if end else after_text)[:2]
    return any(w.lower() in _CORPORATE_WORDS for w in before + after)


def hyphen_part(k: str, occs: list[Mention]) -> bool:
    """Whether the one-word key `k` is only a part of a hyphenated word of a name ("HD" of
    "HD-DVD", "Blu" of "Blu-ray"): a compound's first part is another thing, not a short form
    of the compound (issue 14 round 10: "HD", the high-definition format, is no HD-DVD disc)."""
    return any(k in {gazetteer.key(part) for part in word.split("-")}
               for m in occs for word in m.text.split() if "-" in word.strip("-"))


#: honorifics that go before a surname only ("Mr Howard"); "Sir" and "Dame" go before a given name
_SURNAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"})
_HONORIFIC_BEFORE = re.compile(r"\b(\w+)\.?\s+$")


def _surnamed(occs: list[Mention], text: str) -> bool:
    """Some occurrence is written after a surname honorific: "Mr Howard", "Dr. Fauci"."""
    for m in occs:
        first = gazetteer.key(m.text).split()[:1]
        before = _HONORIFIC_BEFORE.search(text[max(0, m.start - 12):m.start]) if text else None
        if first and first[0] in _SURNAME_HONORIFICS or before and before.group(1).lower() in _SURNAME_HONORIFICS:
            return True
    return False


def _surnames_first(k: str, found: list[str], types: dict, surnamed: bool) -> list[str]:
    """A one-word name that is one person's surname and another's given name is the surname
    ("Howard" is Michael Howard, not Howard Flight): English news names a person again by the
    surname. After an honorific ("Mr Howard") only a surname fits.

    >>> _surnames_first("howard", ["howard flight", "michael howard"], {"howard flight": "PERSON", "michael howard": "PERSON"}, False)
    ['michael howard']
    >>> _surnames_first("kim", ["kim jong un", "kim yo jong"], {"kim jong un": "PERSON", "kim yo jong": "PERSON"}, False)
    ['kim jong un', 'kim yo jong']
    """
    surnames = [f for f in found if types[f] == PERSON and _ends_with(f, k)]
    if not surnames and not surnamed:
        return found
    return [f for f in found if types[f] != PERSON or _ends_with(f, k)]


def _ends_with(full: str, short: str) -> bool:
    """`short` is the last word(s) of `full`: a surname, "Glawischnig-Piesczek" of Eva Glawischnig-Piesczek."""
    return full != short and full.endswith(" " + short)


def _minimal(keys: Iterable[str]) -> list[str]:
    """The names that do not extend another one: "Carson" is Johnny Carson, not the Johnny
    Carson Theater, when an article names both.

    >>> _minimal(["johnny carson", "johnny carson theater", "kim yo jong"])
    ['johnny carson', 'kim yo jong']
    """
    keys = list(keys)
    sets = {k: set(k.split()) for k in keys}
    return [k for k in keys if not any(sets[o] < sets[k] for o in keys)]


def _name_like(key: str, label: str | None) -> bool:
    """A person's full name is words of letters: not "Roddick 30-0".

    >>> _name_like("andy roddick", "PERSON"), _name_like("roddick 30 0", "PERSON")
    (True, False)
    """
    return label != PERSON or all(w.isalpha() for w in key.split())


def _fragment(m: Mention, text: str) -> bool:
    """A one-word name the tagger cut off a longer one: a capitalised word follows it. A name
    resolved from a pronoun is not written there ("appointed him Foreign Secretary"): no fragment.

    >>> _fragment(Mention("d", "Michel", "PERSON", 0, 6), "Michel Mayor won"), _fragment(Mention("d", "Kim", "PERSON", 0, 3), "Kim said")
    (True, False)
    >>> _fragment(Mention("d", "Kim", "PERSON", 0, 3, antecedent_of="him"), "him Foreign Secretary")
    False
    """
    return bool(text) and m.antecedent_of is None and re.match(r" [A-Z][a-z]", text[m.end:m.end + 3]) is not None


def _capitalised(name: str) -> bool:
    """Every content word starts with a capital: "Office for National Statistics"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _FUNCTION_WORDS]
    return bool(words) and all(w[0].isupper() or not w[0].isalpha() for w in words)


_HONORIFIC_GENDER = {"mr": "male", "sir": "male", "lord": "male", "mrs": "female", "ms": "female",
                     "miss": "female", "lady": "female", "dame": "female", "madam": "female"}


def _honorific_genders(surfaces: Iterable[str]) -> set[str]:
    """Genders the honorifics of the written names state: "Mrs Wilkinson" -> {"female"}."""
    return {_HONORIFIC_GENDER[w] for s in surfaces for w in gazetteer.key(s).split()[:1]
            if w in _HONORIFIC_GENDER}


def _gender_fits(surfaces: Iterable[str], full_surface: str) -> bool:
    """"Mrs Wilkinson" is not Jonny Wilkinson (gender-guesser on the first name, via coref)."""
    from extract.coref import gender

    stated = _honorific_genders(surfaces)
    if not stated:
        return True
    guess = gender(strip_title(full_surface))
    return guess is None or stated == {guess}


def _short_form_of(k: str, short_type: str, full: str, full_type: str) -> bool:
    """A person is named by their surname ("Putin", "Cram" even when the tagger calls it an
    organisation) or, when the short form is tagged a person, by another of their names
    ("Kim", "Mike"); an organisation by the start of its name ("Hyundai" for Hyundai Motor
    Company) or the head before its "of" ("House" for House of Representatives); places never
    by a part."""
    words = full.split()
    if full_type == PERSON:
        if _ends_with(full, k):
            return short_type not in _PLACE_TYPES
        return f" {k} " in f" {full} " and short_type == PERSON
    if full_type == "ORG" and short_type == "ORG":
        # "Hyundai" of Hyundai Motor Company; an institution's head, "House" of House of Representatives
        return words[0] == k and (all(w in _ORG_DESIGNATORS for w in words[1:]) or words[1] == "of")
    return False


def _parenthetical(m: Mention, text: str, ms: list[Mention], keyed: dict) -> str | None:
    """The key of the name an acronym in parentheses right after it defines: "... Forces (PMF)"."""
    if not _is_acronym(m.text) or m.start < 2 or text[m.start - 1:m.start] != "(" \
            or text[m.end:m.end + 1] != ")":
        return None
    for prev in ms:
        if prev.end <= m.start - 1 and not text[prev.end:m.start - 1].strip():
            key = keyed[_occ(prev)][0]
            if len(key.split()) > 1 and _abbreviates(m.text, prev.text):
                return key
    return None


def _best_surface(e: _Element) -> str:
    return max(e.surfaces, key=lambda s: (e.surfaces[s], s)) if e.surfaces else e.canonical or e.key


#: words before a common noun that make it some other one of its kind ("his federation", "a parliament")
_INDEFINITE = frozenset({"a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                         "those", "every", "each", "any", "no", "another", "some", "one", "own", "other"})
#: NER labels of a group of people or an organisation, whose plural or party name is one entity
_GROUP_TYPES = frozenset({"NORP", "ORG"})


def _join_forms(forest: _Forest) -> None:
    """Corpus names that are written forms of one another (graph.name_forms), each join logged
    with its rule: `legal_form` ("Salling Group A/S"), `company_name` ("HDT Limited" and the
    one "HDT ... Kft" of its article), `plural` ("Houthis"), `party` ("Democrats"),
    `institution` ("US State Department" = "United States Department of State") and
    `lower_case` ("youTube", a person's name written in lower case, "the parliament" of an
    article whose "Parliament" is one country's)."""
    names = {e.key: name for name, e in sorted(forest.elements.items()) if name.startswith("n:")}
    labels = {k: forest.elements[n].majority() for k, n in names.items()}

    def join(name: str, target: str, rule: str) -> None:
        ev = forest.elements[name].evidence or ("", 0)
        forest.union(name, target, rule, ev[0], ev[1])

    stems: dict[str, list[str]] = defaultdict(list)  # legal-form stem -> company keys
    for k, name in names.items():
        stem = name_forms.legal_form_stem(k)
        if stem is None or labels[k] != "ORG":
            continue
        stems[stem].append(k)
        if stem in names and labels[stem] in ("ORG", None):
            join(name, names[stem], "legal_form")
    for stem, companies in sorted(stems.items()):
        if len(stem.split()) != 1:
            continue
        # "HDT Limited": the one other company of its article whose name starts with "HDT"
        for k in companies:
            docs = forest.elements[names[k]].docs
            longer = {o for s, os in stems.items() if s.split()[0] == stem and s != stem for o in os
                      if forest.elements[names[o]].docs & docs}
            if len(longer) == 1:
                join(names[k], names[longer.pop()], "company_name")
    for k, name in names.items():
        if labels[k] not in _GROUP_TYPES:
            continue
        one = name_forms.singular(k)
        if one in names and labels[k] == labels[one] == "NORP":  # not "Times" and "Time"
            join(name, names[one], "plural")
        parties = {forest.uf[names[p]]: p for p in name_forms.party_names(k) if p in names and labels[p] == "ORG"}
        if len(parties) == 1:
            join(name, names[next(iter(parties.values()))], "party")
    by_institution: dict[tuple, list[str]] = defaultdict(list)
    people = {k for k, label in labels.items() if label == PERSON}
    for k, name in names.items():
        if labels[k] != "ORG":
            continue
        q = name_forms.qualified(_best_surface(forest.elements[name]))
        if q is not None and q.institution in people:
            continue  # "Scotland Nicola Sturgeon" is a person's name cut badly, not an institution
        by_institution[(q.country, q.institution) if q else (None, name_forms.institution(k))].append(name)
    for (country, _), group in by_institution.items():
        for name in group[1:]:
            # a bare institution's word orders ("Health Ministry", "Ministry of Health") are
            # one only within an article: across articles they may be two countries' ministries
            if country is not None or forest.elements[name].docs & forest.elements[group[0]].docs:
                join(name, group[0], "institution")
    for name, e in sorted(forest.elements.items()):
        if not name.startswith("c:"):
            continue
        k, _, doc = e.key.partition(SCOPE)
        if (doc, k) in forest.institution_heads and name in forest.definite:
            # "the parliament", "suspended parliament" where the article's "Parliament" is one
            # country's; not "his federation", "a parliament"
            join(name, forest.institution_heads[doc, k], "lower_case")
            continue
        target = names.get(k)
        camel = any(c.isupper() for s in e.surfaces for c in s)
        if target is not None and (camel or (len(k.split()) > 1 and labels[k] == PERSON)):
            join(name, target, "lower_case")


def _designated(forest: _Forest) -> None:
    """An organisation's name without its designator is the name with it, in one article:
    "Thai Raksa Chart" and "Thai Raksa Chart Party", "Acme Motor" and "Acme Motor Company"
    (logged `short_name`). Across articles a bare name may be another organisation."""
    names = {e.key: name for name, e in sorted(forest.elements.items()) if name.startswith("n:")}
    for k, name in names.items():
        e = forest.elements[name]
        if e.majority() != "ORG" or len(k.split()) < 2:
            continue
        fits = {forest.uf[names[f]]: names[f] for f in (f"{k} {d}" for d in sorted(_ORG_DESIGNATORS))
                if f in names and forest.elements[names[f]].majority() == "ORG"
                and forest.elements[names[f]].docs & e.docs}
        if len(fits) == 1:
            ev = e.evidence or ("", 0)
            forest.union(name, next(iter(fits.values())), "short_name", ev[0], ev[1])


#: kinds of institution a country has many of: "American University" is no "University of
#: Essex" as "U.S. House" is the "House of Representatives"
MANY_PER_COUNTRY = frozenset({"university", "college", "school", "hospital", "museum", "airport", "church",
                              "library", "stadium", "station", "bank", "company", "institute", "theatre",
                              "theater", "club", "society", "foundation", "academy"})


def _qualified_heads(forest: _Forest) -> None:
    """A country-qualified one-word institution ("U.S. House", "British Parliament") is the
    one organisation of its article named by that word and an "of" phrase that names no
    country ("House of Representatives"), as the bare word ("House") is: logged `institution`.
    Never a name qualified by another country ("Parliament of Tunisia")."""
    names = {e.key: name for name, e in sorted(forest.elements.items()) if name.startswith("n:")}
    heads: dict[str, list[str]] = defaultdict(list)  # head word -> unqualified "<head> of ..." names
    for k, name in names.items():
        words = k.split()
        e = forest.elements[name]
        if len(words) > 2 and words[1] == "of" and e.majority() == "ORG" \
                and name_forms.qualified(_best_surface(e)) is None:
            heads[words[0]].append(name)
    for k, name in names.items():
        e = forest.elements[name]
        q = name_forms.qualified(_best_surface(e)) if e.majority() == "ORG" else None
        if q is None or " " in q.institution or q.institution in MANY_PER_COUNTRY:
            continue
        fits = {forest.uf[o]: o for o in heads.get(q.institution, ()) if forest.elements[o].docs & e.docs}
        if len(fits) == 1:
            ev = e.evidence or ("", 0)
            forest.union(name, next(iter(fits.values())), "institution", ev[0], ev[1])


def _corpus_short_forms(forest: _Forest, definitions: dict[str, set[str]]) -> None:
    """A short form no article explains joins the one full name of the corpus it fits."""
    by_word: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for name, e in forest.elements.items():
        words = e.key.split()
        label = e.majority()
        if not name.startswith("n:") or len(words) < 2 or not _name_like(e.key, label):
            continue
        if label == PERSON:
            for w in words:
                by_word[w].add(name)
        elif label == "ORG" and all(w in _ORG_DESIGNATORS for w in words[1:]):
            by_first[words[0]].add(name)
    for name, e in sorted(forest.elements.items()):
        words = e.key.split()
        if not name.startswith("n:") or len(words) != 1 or e.key in forest.isolated | forest.fragments \
                or not any(x[:1].isupper() for x in e.surfaces):
            continue
        if forest.uf[name] != name and len(forest.keys[forest.uf[name]]) > 1:
            continue  # already explained (a country, an override)
        label = e.majority()
        if label in _PLACE_TYPES or label is None:
            continue
        if e.key in forest.titled and label in (PERSON, CONCEPT):  # "the Queen" of the corpus's one queen
            roots = {forest.uf[t] for t in forest.titled[e.key] if t in forest.elements}
            if len(roots) == 1:
                ev = e.evidence or ("", 0)
                forest.union(name, sorted(forest.titled[e.key])[0], "title_corpus", ev[0], ev[1])
            continue
        acronym = any(_is_acronym(s) for s in e.surfaces)
        rule = "acronym_corpus" if acronym else "short_name_corpus"
        if acronym:  # initials alone are too weak across articles: "FDA", "DOD"
            targets = {"n:" + f for f in definitions.get(e.key, ())}
        elif label == PERSON or e.types.get(PERSON):
            found = {f for f in by_word.get(e.key, set())
                     if f.split()[-1] == e.key  # across articles only a surname: "Chester" is no Bennington
                     and _gender_fits(e.surfaces, _best_surface(forest.elements[f]))}
            targets = {"n:" + k for k in _minimal(sorted(t[2:] for t in found))}
        else:
            targets = by_first.get(e.key, set()) if label == "ORG" else set()
        roots = {forest.uf[t] for t in targets if t in forest.elements}
        if len(roots) == 1:
            target = next(iter(sorted(targets)))
            ev = e.evidence or ("", 0)
            forest.union(name, target, rule, ev[0], ev[1])


def _entities(forest: _Forest, counts: Mapping[str, int], sentences,
              id_map: Mapping[str, str], known: tuple = ()) -> tuple[Resolution, dict[str, str]]:
    uf, elements = forest.uf, forest.elements
    groups: dict[str, list[str]] = defaultdict(list)
    for name in elements:
        groups[uf[name]].append(name)
    # occurrences counted once per set (an NER mention and a fact argument are one occurrence)
    occ_by_root: Counter = Counter()
    for name, n in counts.items():
        occ_by_root[uf[name]] += n

    drafts = []
    for root, members in groups.items():
        members.sort()
        surfaces: Counter = Counter()
        types: Counter = Counter()
        docs: set = set()
        for name in members:
            e = elements[name]
            surfaces.update({s: n for s, n in e.surfaces.items() if n > 0})
            types.update({t: n for t, n in e.types.items() if n > 0})
            docs |= e.docs
        canonical = next((elements[n].canonical for n in members if elements[n].canonical), None)
        if not surfaces and canonical is None:
            continue
        label = canonical or _label(surfaces, types)
        named = Counter({t: n for t, n in types.items() if t != CONCEPT})
        if any(n.startswith("n:") and gazetteer.country(elements[n].key) and elements[n].canonical
               for n in members):
            etype = "GPE"
            named.pop("NORP", None)  # a country's demonyms are not a disagreement
        else:
            etype = majority(types) or "GPE"
        keys = sorted({elements[n].key for n in members if n[0] in "nc"})
        drafts.append((root, members, label, etype, surfaces, named, docs, keys))

    ids = _assign_ids(drafts, id_map, known)
    shared = _shared_names(drafts)
    entities: dict[str, Entity] = {}
    element_entity: dict[str, str] = {}
    conflicts: dict[str, dict[str, int]] = {}
    merges: list[Merge] = []
    for root, members, label, etype, surfaces, named, docs, keys in drafts:
        eid = ids[root]
        aliases = tuple(sorted(s for s in surfaces if s == label or _written(s) not in shared))
        entities[eid] = Entity(eid, label, etype, aliases, occ_by_root[root], tuple(sorted(docs)), tuple(keys))
        for name in members:
            element_entity[name] = eid
        if len(named) > 1:
            conflicts[eid] = dict(sorted(named.items()))
            ev = min(elements[n].evidence for n in members if elements[n].evidence)
            merges.append(Merge(label, eid, label, "type_conflict", ev[0], ev[1],
                                sentences.get(*ev), tuple(sorted(named.items()))))
        # written variants of one key that differ from the label
        label_key = name_key(label)
        for name in members:
            e = elements[name]
            if name[0] not in "nc":
                continue
            for surface in sorted(e.surfaces):
                if e.surfaces[surface] > 0 and surface != label and name_key(surface) == label_key:
                    ev = e.first[surface]
                    merges.append(Merge(surface, eid, label, "key", *ev, sentences.get(*ev)))
    for entry in forest.log:
        eid = element_entity.get(entry.element)
        if eid is None:
            continue
        e = elements[entry.element]
        names = [entry.surface] if entry.surface else sorted(s for s, n in e.surfaces.items() if n > 0) or [e.canonical or e.key]
        for name in names:
            ev = (entry.doc, entry.sentence_start)
            if len(names) > 1 and name in e.first:
                ev = e.first[name]
            merges.append(Merge(name, eid, entities[eid].label, entry.rule, *ev, sentences.get(*ev)))
    merges.sort(key=lambda m: (m.entity, m.rule, m.name, m.doc, m.sentence_start))
    by_name = {name: eid for name, eid in element_entity.items() if name[0] in "nc"}
    return Resolution(entities, merges, conflicts, {}, by_name), element_entity


def _written(name: str) -> str:
    """A name as a reader matches it: case, hyphens and spacing aside ("U.S.-led" = "u.s. led")."""
    return re.sub(r"[\s\-]+", " ", name.replace("\u2019", "'").lower()).strip(" .")


def _shared_names(drafts: list) -> set[str]:
    """Names two entities are both written as: a bare "Parliament" that is Tunisia's in one
    article and Britain's in another, "congress" of two countries. Such a name identifies
    neither, so it is no alias of either (merges.jsonl still logs each join).

    >>> sorted(_shared_names([(0, 0, "Tunisian Parliament", 0, Counter({"Parliament": 1})),
    ...                       (0, 0, "UK Parliament", 0, Counter({"parliament": 2, "UK Parliament": 1}))]))
    ['parliament']
    """
    holders: dict[str, int] = Counter()
    for draft in drafts:
        label, surfaces = draft[2], draft[4]
        for written in {_written(s) for s in (*surfaces, label)}:
            holders[written] += 1
    return {w for w, n in holders.items() if n > 1}


def _label(surfaces: Counter, types: Counter) -> str:
    """The most frequent multiword name (titles dropped), else the most frequent name; for an
    organisation, a name with its country first ("US Supreme Court" over "Supreme Court",
    which other countries' courts are called too; "U.S. Congress" over "116th U.S. Congress").

    >>> _label(Counter({"Supreme Court": 5, "US Supreme Court": 1}), Counter({"ORG": 6}))
    'US Supreme Court'
    """
    person = types.get(PERSON, 0) > 0
    organisation = majority(types) == "ORG"
    forms: Counter = Counter()
    for s, n in surfaces.items():
        s = _UNCLOSED.sub("", s) or s
        forms[strip_title(s) if person else s] += n

    def qualified(s: str) -> int:
        return 0 if not organisation or name_forms.qualified(s) is None else 1 + (s[:1].isalpha())

    return max(forms, key=lambda s: (s.count("(") == s.count(")"), qualified(s), len(name_key(s, person=False).split()) > 1,
                                     forms[s], len(s.split()), s[:1].isupper(), s))


def _assign_ids(drafts: list, id_map: Mapping[str, str], known: tuple = ()) -> dict[str, str]:
    """Entity ids: kept from an earlier build, else the slug of the label, numbered on a clash.

    An entity holding exactly the name keys of an entity of the earlier build (`known`; one
    without keys: its label) is that entity and gets its id, so a build over the same articles
    gives every id back unchanged; the others keep the old id of their label's key, then of
    any key they hold (`id_map`: name key -> id). A new id never repeats an id of `known`, live
    or retired, so an id once given names one entity. Deterministic: drafts are taken in
    order of their keys.

    >>> from types import SimpleNamespace as E
    >>> drafts = [("r1", ["n:kim"], "Kim", "PERSON", None, None, None, ["kim"]),
    ...           ("r2", ["n:kim jong-un"], "Kim Jong-un", "PERSON", None, None, None, ["kim", "kim jong-un"])]
    >>> known = (E(id="kim-jong-un", keys=("kim", "kim jong-un"), label="Kim Jong-un", retired=False),
    ...          E(id="kim", keys=("kim",), label="Kim", retired=False))
    >>> sorted(_assign_ids(drafts, {"kim": "kim", "kim jong-un": "kim-jong-un"}, known).items())
    [('r1', 'kim'), ('r2', 'kim-jong-un')]
    """
    ids: dict[str, str] = {}
    taken = set(id_map.values()) | {k.id for k in known}
    order = sorted(drafts, key=lambda d: (d[7], d[1]))
    claimed: set[str] = set()
    same: dict = {}
    for k in sorted(known, key=lambda k: (k.retired, k.id)):
        same.setdefault(_signature(k.keys, k.label), k.id)
    for root, members, label, etype, *_rest, keys in order:
        ident = same.get(_signature(keys, label))
        if ident is not None and ident not in claimed:
            ids[root] = ident
            claimed.add(ident)
    # an entity keeps the old id of its label's key first, then of any key it holds
    for strict in (True, False) if id_map else ():
        for root, members, label, etype, *_rest, keys in order:
            if root in ids:
                continue
            scoped = any(SCOPE in k for k in keys)  # its label's key is not its own
            wanted = Counter(id_map[k] for k in ([name_key(label)] if strict and not scoped else keys)
                             if k in id_map)
            free = sorted((i for i in wanted if i not in claimed), key=lambda i: (-wanted[i], i))
            if free:
                ids[root] = free[0]
                claimed.add(free[0])
    used = set(ids.values()) | taken
    for root, members, label, etype, *_rest, keys in order:
        if root in ids:
            continue
        base = ("concept-" if etype == CONCEPT else "") + slug(gazetteer.key(label) or label)
        if etype == CONCEPT and keys and all(SCOPE in k for k in keys):
            base += "-" + slug(keys[0].rsplit(SCOPE, 1)[1])  # a concept of one article
        eid, n = base, 2
        while eid in used:
            eid, n = f"{base}-{n}", n + 1
        used.add(eid)
        ids[root] = eid
    return ids


def _signature(keys, label: str | None) -> tuple:
    """What identifies an entity across builds: its name keys, or its label when it holds none."""
    return ("keys", frozenset(keys)) if keys else ("label", label)


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9]|\s*$)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Gov|Sen))\.$")


def sentence_at(text: str, start: int) -> str:
    """The sentence of `text` that starts at `start` (within its paragraph).

    >>> sentence_at("He met Mr. Kim in the U.S. on Monday. Then he left.", 0)
    'He met Mr. Kim in the U.S. on Monday.'
    """
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    for m in _SENTENCE_END.finditer(text, start, end):
        if not _ABBREVIATION.search(text, start, m.start() + 1):
            return text[start:m.end()].strip()
    return text[start:end].strip()


class _Sentences:
    """Evidence sentences, looked up once per (document, sentence start)."""

    def __init__(self, texts: Mapping[str, str]):
        self.texts = texts
        self._cache: dict[tuple[str, int], str] = {}

    def get(self, doc: str, start: int) -> str:
        found = self._cache.get((doc, start))
        if found is None:
            text = self.texts.get(doc)
            found = self._cache[(doc, start)] = sentence_at(text, start) if text else ""
        return found
