"""Mentions -> entities: one node per real-world entity. Pure; union-find over all evidence.

Rules, each recorded in the merge log with its evidence:

- `key`: case, accents, quotes, hyphens, spaces, possessives, leading articles, honorifics
  and role titles reduce to one key ("President Vladimir Putin" = "Vladimir Putin").
- `country`: a country's names, ISO codes, alternative names and demonyms (countryinfo
  gazetteer) join the country ("DPRK", "North Korean" -> North Korea).
- `capital_actor`: a capital used as an actor ("Pyongyang slams Macron") joins its country, as
  news event coders do; a capital used as a place stays a place (option `literal_capitals`).
- `short_name`: a surname or short form ("Putin", "Kim") joins the full name mentioned in the
  same article (the nearest preceding one when several match); across articles only when it
  is unambiguous in the whole corpus.
- `acronym`: an acronym joins the name whose initials it spells ("KCNA", "DPRK"), in the same
  article, or a parenthetical definition "(NATO)".
- `alias_file`: user overrides; `!` forbids a merge.

Two different full names never merge through a shared short form (the guard in `_union`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from networkx.utils import UnionFind

from extract import gazetteer
from extract.mentions import TITLES
from extract.types import CONCEPT, Mention

_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "la", "to", "&"})
_PERSONISH = frozenset({"PERSON"})


def name_key(text: str) -> str:
    """The normalised key of a name: case, punctuation, hyphens, titles and possessives ignored.

    >>> name_key("Kim Jong-un") == name_key("kim jong un") == name_key("North Korean leader Kim Jong Un".split("leader ")[1])
    True
    >>> name_key("President Vladimir Putin"), name_key("Russia’s"), name_key("the U.S.")
    ('vladimir putin', 'russia', 'us')
    """
    k = gazetteer.key(text)
    k = re.sub(r"\s+s$", "", k)  # a possessive left as "russia s"
    words = k.replace("_", " ").split()
    while len(words) > 1 and (words[0] in TITLES or words[0].rstrip(".") in TITLES):
        words.pop(0)
    return " ".join(words)


def initials(text: str) -> str:
    """Initials of the content words of a name: "Korean Central News Agency" -> "kcna".

    >>> initials("Democratic People's Republic of Korea"), initials("North Atlantic Treaty Organization")
    ('dprk', 'nato')
    """
    words = [w for w in re.split(r"[\s\-]+", text) if w and w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words if w[0].isalpha()).lower()


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


@dataclass(frozen=True)
class Merge:
    """One line of merges.jsonl: why a name joined an entity."""

    name: str
    entity: str  # entity id
    label: str
    rule: str
    doc: str
    sentence_start: int

    def as_record(self) -> dict:
        return {"name": self.name, "entity": self.entity, "label": self.label, "rule": self.rule,
                "doc": self.doc, "sentence_start": self.sentence_start}


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
        return self._by_name.get(_node_key(mention))


def _occ(m: Mention) -> tuple[str, int, int, str]:
    return (m.doc_id, m.start, m.end, m.text)


def _node_key(m: Mention) -> str:
    """Union-find element of a mention's name before any merge."""
    if m.type == CONCEPT:
        return "concept:" + name_key(m.text)
    return "name:" + name_key(m.text)


@dataclass
class _Names:
    """Everything known about one name key across the corpus."""

    surfaces: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    docs: set = field(default_factory=set)
    first: tuple[str, int] | None = None


def resolve(mentions: Iterable[Mention], actors: Iterable[Mention] = (), *,
            overrides: dict[str, str] | None = None, forbidden: Iterable[tuple[str, str]] = (),
            literal_capitals: bool = False) -> Resolution:
    """Resolve mention occurrences to entities.

    `mentions` is every name occurrence (NER mentions and fact arguments); `actors` are the
    occurrences used as the subject of a fact (a capital there stands for its country).
    `overrides` maps a name to a canonical name; `forbidden` lists name pairs never merged.
    """
    mentions = list(mentions)
    actor_occ = {_occ(m) for m in actors}
    names: dict[str, _Names] = defaultdict(_Names)
    uf = UnionFind()
    rules: dict[str, tuple[str, str, int]] = {}  # element -> (rule, doc, sentence_start)
    forbidden_keys = {frozenset({"name:" + name_key(a), "name:" + name_key(b)}) for a, b in forbidden}
    occurrence_key: dict[tuple, str] = {}

    for m in mentions:
        k = _node_key(m)
        info = names[k]
        info.surfaces[m.text] += 1
        info.types[m.type] += 1
        info.docs.add(m.doc_id)
        info.first = info.first or (m.doc_id, m.sentence_start)
        uf[k]  # noqa: B018 - registers the element
        occurrence_key[_occ(m)] = k

    members: dict[str, list[str]] = {}  # root -> elements, kept beside the union-find

    def union(a: str, b: str, rule: str, doc: str, sent: int) -> None:
        ra, rb = uf[a], uf[b]
        if ra == rb:
            return
        ma, mb = members.get(ra, [ra]), members.get(rb, [rb])
        if _blocked(ma, mb, forbidden_keys, names):
            return
        uf.union(a, b)
        members.pop(ra, None)
        members.pop(rb, None)
        members[uf[a]] = ma + mb
        rules.setdefault(a, (rule, doc, sent))

    # countries: names, codes and demonyms; capitals used as actors
    for m in mentions:
        if m.type == CONCEPT:
            continue
        country = gazetteer.country(m.text)
        rule = "country"
        if country is None and m.type == "NORP":
            country = gazetteer.country_of_demonym(m.text)
        if country is None and not literal_capitals and _occ(m) in actor_occ:
            country = gazetteer.country_of_capital(m.text)
            rule = "capital_actor"
            if country is not None:
                # the actor occurrence gets its own element so the place keeps its node
                k = "actor:" + name_key(m.text)
                uf[k]  # noqa: B018
                occurrence_key[_occ(m)] = k
                names[k].surfaces[m.text] += 1
                names[k].types["GPE"] += 1
                names[k].docs.add(m.doc_id)
                target = "name:" + name_key(country.name)
                uf[target]  # noqa: B018
                names[target].types["GPE"] += 0
                union(k, target, rule, m.doc_id, m.sentence_start)
                continue
        if country is not None:
            target = "name:" + name_key(country.name)
            uf[target]  # noqa: B018
            names[target].types["GPE"] += 0
            if not names[target].surfaces:
                names[target].surfaces[country.name] += 0
            union(_node_key(m), target, rule, m.doc_id, m.sentence_start)

    # short names and acronyms inside each article
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type != CONCEPT:
            by_doc[m.doc_id].append(m)
    short_pending: list[Mention] = []
    for doc_id, ms in by_doc.items():
        ms.sort(key=lambda m: m.start)
        fulls = [m for m in ms if len(name_key(m.text).split()) > 1]
        for m in ms:
            k = name_key(m.text)
            if not k:
                continue
            words = k.split()
            if len(words) == 1 and m.type != "GPE":
                # acronym of a longer name in the same article
                if m.text.replace(".", "").isupper() and len(k) >= 2:
                    match = next((f for f in fulls if initials(f.text) == k), None)
                    if match is not None:
                        union(_node_key(m), _node_key(match), "acronym", doc_id, m.sentence_start)
                        continue
                candidates = [f for f in fulls if _short_form_of(k, m, f)]
                if candidates:
                    before = [f for f in candidates if f.start < m.start]
                    target = before[-1] if before else candidates[0]
                    union(_node_key(m), _node_key(target), "short_name", doc_id, m.sentence_start)
                else:
                    short_pending.append(m)

    # across articles: a bare short form merges only when one full name in the corpus fits
    full_keys = [k for k in names if k.startswith("name:") and len(k[5:].split()) > 1]
    for m in short_pending:
        k = name_key(m.text)
        matches = {uf[f] for f in full_keys if names[f].types and
                   names[f].types.most_common(1)[0][0] == "PERSON" and k in f[5:].split()
                   and m.type == "PERSON"}
        if len(matches) == 1:
            union(_node_key(m), next(iter(matches)), "short_name_corpus", m.doc_id, m.sentence_start)

    # user overrides
    for name, canonical in (overrides or {}).items():
        a, b = "name:" + name_key(name), "name:" + name_key(canonical)
        uf[a], uf[b]  # noqa: B018
        names[b].surfaces[canonical] += 0
        union(a, b, "alias_file", "", 0)

    return _entities(uf, names, rules, occurrence_key)


def _short_form_of(k: str, short: Mention, full: Mention) -> bool:
    """A person is named by any one of their names ("Putin", "Kim"); an organisation by the
    start of its name ("Hyundai" for Hyundai Motor Company); places never by a part."""
    words = name_key(full.text).split()
    if full.type == "PERSON":
        return k in words and short.type not in {"GPE", "LOC", "NORP"}
    if full.type == "ORG" and short.type == "ORG":
        return words[0] == k
    return False


def _blocked(members_a: list[str], members_b: list[str], forbidden: set, names: dict) -> bool:
    """Never join two sets that hold different multiword full names of people (the short-form
    guard: "Kim" may join Kim Jong-un or Kim Yo-jong, never both), nor a forbidden pair."""
    for x in members_a:
        for y in members_b:
            if frozenset({x, y}) in forbidden:
                return True
    full_a = {x for x in members_a if _is_full_person(x, names)}
    full_b = {x for x in members_b if _is_full_person(x, names)}
    return bool(full_a and full_b and not _same_person(full_a, full_b))


def _is_full_person(k: str, names: dict) -> bool:
    info = names.get(k)
    return bool(k.startswith("name:") and len(k[5:].split()) > 1 and info and info.types
                and info.types.most_common(1)[0][0] == "PERSON")


def _same_person(a: set, b: set) -> bool:
    """Two sets of full names are one person when one name's words contain the other's."""
    for x in a:
        for y in b:
            wx, wy = set(x[5:].split()), set(y[5:].split())
            if not (wx <= wy or wy <= wx):
                return False
    return True


def _entities(uf: UnionFind, names: dict, rules: dict, occurrence_key: dict) -> Resolution:
    groups: dict[str, list[str]] = defaultdict(list)
    for k in list(uf.parents):
        groups[uf[k]].append(k)
    entities: dict[str, Entity] = {}
    element_entity: dict[str, str] = {}
    merges: list[Merge] = []
    conflicts: dict[str, dict[str, int]] = {}
    used_ids: set[str] = set()
    for members in sorted(groups.values(), key=lambda ms: sorted(ms)):
        surfaces: Counter = Counter()
        types: Counter = Counter()
        docs: set = set()
        for k in members:
            surfaces.update(names[k].surfaces)
            types.update({t: n for t, n in names[k].types.items() if n})
            docs |= names[k].docs
        if not surfaces:
            continue
        label = _label(members, names, surfaces)
        etype = "GPE" if gazetteer.country(label) else _majority_type(types, members)
        base = ("concept-" if etype == CONCEPT else "") + slug(name_key(label) or label)
        eid = base
        n = 2
        while eid in used_ids:
            eid, n = f"{base}-{n}", n + 1
        used_ids.add(eid)
        real_types = {t: c for t, c in types.items() if c}
        if len(real_types) > 1:
            conflicts[eid] = dict(real_types)
        entities[eid] = Entity(eid, label, etype, tuple(sorted(s for s in surfaces if s)),
                               sum(surfaces.values()), tuple(sorted(docs)))
        for k in members:
            element_entity[k] = eid
            if k in rules:
                rule, doc, sent = rules[k]
                for surface in sorted(names[k].surfaces):
                    merges.append(Merge(surface, eid, label, rule, doc, sent))
    by_occurrence = {occ: element_entity[k] for occ, k in occurrence_key.items() if k in element_entity}
    by_name = {k: element_entity[k] for k in element_entity}
    return Resolution(entities, merges, conflicts, by_occurrence, by_name)


def _label(members: list[str], names: dict, surfaces: Counter) -> str:
    """The canonical name: a country's gazetteer name, else the most frequent longest full form."""
    for k in members:
        c = gazetteer.country(k[5:]) if k.startswith("name:") else None
        if c is not None and name_key(c.name) == k[5:]:
            return c.name
    best = max(surfaces.items(), key=lambda kv: (len(name_key(kv[0]).split()), kv[1], -len(kv[0]), kv[0]))
    return best[0]


def _majority_type(types: Counter, members: list[str]) -> str:
    if any(k.startswith("name:") for k in members):
        named = Counter({t: n for t, n in types.items() if t != CONCEPT and n})
        if named:
            return max(sorted(named), key=lambda t: named[t])
        if types.get("GPE") == 0 or "GPE" in types:
            return "GPE"
    return CONCEPT if types.get(CONCEPT) else (max(types, key=types.get) if types else CONCEPT)
