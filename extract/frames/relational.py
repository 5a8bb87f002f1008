"""Relational nouns: a noun that relates a named holder to another party.

"his sister Yingluck Shinawatra" -> (Yingluck Shinawatra, sister of, <his>); "Trump's lawyer
Michael Cohen" -> (Michael Cohen, lawyer of, Trump); "Navalny, a critic of the Kremlin" ->
(Navalny, criticizes, Kremlin); "Cherry of the Scottish National Party" -> (Cherry, member of,
Scottish National Party). Titles of office are the role frames' (extract.frames.apposition).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Iterator

from extract import gazetteer
from extract.frames.apposition import TIME_QUALIFIERS, is_person_head, is_portfolio
from extract.frames.coordination import argument
from extract.frames.types import Argument, Context, Frame, Heads, Keep, Role
from extract.mentions import TITLE_HEADS, hyphen_start


class Kind(str, Enum):
    """What the two parties of a relational noun must be; the grounding view checks it."""

    KINSHIP = "kinship"  # both named persons: "his sister Yingluck"
    RELATIONAL = "relational"  # a named person or organisation and any named party: "a critic of X"
    PLACE = "place"  # both named places: "the country's capital, Tunis"


@dataclass(frozen=True)
class Relational:
    """How a relational noun reads: the relation words and the verb lemma for the category."""

    words: str
    lemma: str
    kind: Kind


def _kin(noun: str) -> Relational:
    return Relational(f"{noun} of", noun, Kind.KINSHIP)


def _role(noun: str) -> Relational:
    return Relational(f"{noun} of", noun, Kind.RELATIONAL)


#: noun lemma -> reading. Kinship, counsel, stance and membership: general English, not titles
#: of office (those are the role frames').
RELATIONAL_NOUNS: dict[str, Relational] = {
    **{n: _kin(n) for n in (
        "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "uncle",
        "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather",
        "grandmother", "widow", "widower", "stepson", "stepdaughter", "stepfather", "stepmother",
        "half-brother", "half-sister", "sibling", "fiancé", "fiancée")},
    **{n: _role(n) for n in ("lawyer", "attorney", "adviser", "advisor", "aide", "ally", "rival",
                             "member", "founder", "co-founder", "cofounder", "spokesman", "spokeswoman",
                             "spokesperson", "representative")},
    "capital": Relational("capital of", "capital", Kind.PLACE),
    "critic": Relational("criticizes", "criticize", Kind.RELATIONAL),
    "opponent": Relational("opposes", "oppose", Kind.RELATIONAL),
    "supporter": Relational("supports", "support", Kind.RELATIONAL),
}
#: prepositions that introduce the other party: "a critic of X", "a lawyer for X", "adviser to X"
RELATED_PREPS = frozenset({"of", "for", "to"})
#: named compounds that are the other party: "Trump lawyer Rudy Giuliani"
_RELATED_LABELS = {Kind.KINSHIP: frozenset({"PERSON"}), Kind.RELATIONAL: frozenset({"PERSON", "ORG", "GPE", "NORP"}),
                   Kind.PLACE: frozenset({"GPE", "LOC"})}
#: named parties that a person's name in apposition cannot rename
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: possessive pronouns a coordinated name binds: "Joe Biden and his son"
_CONJUNCT_BOUND = frozenset({"his", "her"})
#: copulas whose subject holds the noun: "Cohen was Trump's lawyer", "served as his lawyer"
_COPULA_ATTR = frozenset({"be", "become", "remain"})
_COPULA_AS = frozenset({"serve", "act", "work"})


#: possessive pronouns of a person: "his campaign boss X" serves the person "his" is
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})

#: the tokens the registry calls `frames` on: a relational noun
FRAMES_HEADS = Heads(pos=frozenset({"NOUN"}))


def frames(ctx: Context, noun) -> Iterator[Frame]:
    """The frame of a relational noun that is linked to a holder and has another party."""
    reading = RELATIONAL_NOUNS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    title = _title_of_a_person(ctx, noun) if reading is None else None
    reading = reading or title
    if reading is None:
        yield from _agent_of_a_party(ctx, noun)
        yield from _neighbours(ctx, noun)
        return
    holder = _place_holder(ctx, noun) if reading.kind is Kind.PLACE else _holder(ctx, noun)
    # a title's other party is only the person its possessive pronoun names
    related = _related(ctx, noun, reading.kind) if title is None else \
        [Argument(Role.OBJECT, c.i) for c in noun.children if c.dep_ == "poss"]
    if holder is None or not related:
        return
    qualifier = time_qualifier(noun)
    if qualifier and not reading.words.endswith(" of"):
        return  # "a former critic of X": "criticizes" would state a current stance
    words = f"{qualifier}{'' if qualifier.endswith('-') else ' '}{reading.words}" if qualifier else reading.words
    yield Frame("relational", noun.i, reading.lemma, reading.kind.value, subjects=(holder,),
                arguments=tuple(related), words=words)


def time_qualifier(noun) -> str:
    """The time qualifiers of a relational or title noun, as written before it: "former" of
    "his former aide", "ex-" of "her ex-wife" (the tokenizer splits the prefix off, and the
    parse may hang it on the name after the noun); "" without one."""
    doc = noun.doc
    start = hyphen_start(doc, noun.i)
    words = [c.lower_ for c in noun.children if c.i < start and c.lower_ in TIME_QUALIFIERS]
    if start < noun.i and doc[start].lower_ in TIME_QUALIFIERS:
        words.append(doc[start: noun.i].text.lower())  # "ex-" written as one word with the noun
    return " ".join(words)


def _holder(ctx: Context, noun) -> Argument | None:
    """Who holds the relation: the name the noun stands in apposition or as a title to (also
    as "one of" its plural: "Yermak, one of Zelensky's aides"), or the subject of a copula
    whose complement the noun is."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one" and head.head.dep_ == "appos" \
            and is_person_head(ctx, head.head.head):
        return Argument(Role.SUBJECT, head.head.head.i, keep=Keep.NAME_SPAN)  # "Yermak, one of Zelensky's aides"
    if noun.dep_ in {"appos", "compound"} and is_person_head(ctx, head):
        if _plural_beside_one(noun, head):
            return None  # "Mr Finnie, representatives of X and Y": a list, not an apposition
        return Argument(Role.SUBJECT, head.i, keep=Keep.NAME_SPAN)  # "Cohen, his lawyer"; "lawyer Cohen"
    for child in _appositions(noun):
        if is_person_head(ctx, child):
            return Argument(Role.SUBJECT, child.i, keep=Keep.NAME_SPAN)  # "his sister, Yingluck"
    for party in _parties(noun) if not _has_party(ctx, noun) else ():
        if _is_group(ctx, party):
            for child in party.children:
                if child.dep_ == "appos" and is_person_head(ctx, child):
                    # "a spokesman for Vodafone, Mike Caudwell": the parse hangs the name on the
                    # organisation, which a person's name cannot rename
                    return Argument(Role.SUBJECT, child.i, keep=Keep.NAME_SPAN)
    if noun.dep_ == "attr" and head.lemma_ in _COPULA_ATTR or \
            noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _COPULA_AS:
        verb = head if noun.dep_ == "attr" else head.head
        for child in verb.children:
            if child.dep_ == "nsubj":
                # "he was her lawyer": the view grounds; "Lee and Chan are members of X": a
                # plural noun is held by each coordinated subject
                return argument(Role.SUBJECT, child, conjuncts=noun.tag_ in {"NNS", "NNPS"})
    return None


def _appositions(noun) -> list:
    """The names in apposition to a noun. One name after a coordination of nouns names the
    last of them, which the parse hangs it on the first: "her mother and sister, Maya" ->
    Maya for "sister", none for "mother"; "her mother, Ann, and sister, Maya" -> each its own."""
    conjuncts = [c for c in noun.children if c.dep_ == "conj"]
    own = [c for c in noun.children if c.dep_ == "appos" and not any(j.i < c.i for j in conjuncts)]
    head = noun.head
    if noun.dep_ == "conj" and head.pos_ == "NOUN" and not any(c.dep_ == "conj" and c.i > noun.i for c in head.children):
        own += [c for c in head.children if c.dep_ == "appos" and c.i > noun.i
                and not any(t.dep_ == "appos" for t in noun.children)]
    return own


def _title_of_a_person(ctx: Context, noun) -> Relational | None:
    """A title held for a person named by a possessive pronoun: "his campaign boss Alan
    Lee", "her chief of staff, Ann Ho" -> (Alan Lee, campaign boss of, <his>), a short
    nameless "of" phrase being part of the title. A title's own
    organisation ("Smith's campaign boss", "PCS leader") is the role frames'; with "his"/"her"
    the title serves the person the pronoun resolves to (the view keeps only a person)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in TITLE_HEADS \
            or not any(c.dep_ == "poss" and c.lower_ in _PERSONAL_POSSESSIVES for c in noun.children):
        return None
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
    words.append(noun.lower_)
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        phrase = list(prep.subtree)
        if len(phrase) <= 3 and not any(ctx.names.entity_at(t.i) for t in phrase):
            words.extend(t.lower_ for t in phrase)  # "chief of staff"
    title = " ".join(words)
    return Relational(f"{title} of", noun.lemma_.lower(), Kind.RELATIONAL)


def _plural_beside_one(noun, person) -> bool:
    """A plural noun ("representatives", "aides") beside one person's name is the next item
    of a list ("Mr Finnie, representatives of the Royal Society and ..."): one person is never
    several representatives. A name coordinated with others ("Ann and Bo, his children") is
    several people and may take a plural apposition."""
    return noun.tag_ in {"NNS", "NNPS"} and not any(c.dep_ == "conj" for c in person.children)


def _place_holder(ctx: Context, noun) -> Argument | None:
    """The named place a place noun stands in apposition to: "the country's capital, Tunis",
    "Tunis, the capital of Tunisia"."""
    candidates = [noun.head] if noun.dep_ == "appos" else []
    candidates += [c for c in noun.children if c.dep_ == "appos"]
    for token in candidates:
        span = ctx.names.entity_at(token.i)
        if span is not None and span.label in _RELATED_LABELS[Kind.PLACE]:
            return Argument(Role.SUBJECT, token.i, keep=Keep.NAME_SPAN)
    return None


def _parties(noun) -> list:
    """The objects of the noun's "of", "for", "to"."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ in RELATED_PREPS
            for p in c.children if p.dep_ == "pobj"]


def _has_party(ctx: Context, noun) -> bool:
    """"the Conservative spokesman for the Cabinet Office": a noun that names its own party
    takes "for" as its brief, not as the party it speaks or acts for."""
    return any(c.dep_ in {"amod", "compound"} and _is_group(ctx, c) for c in noun.children)


#: nouns of counsel: their other party is a client, a person or an organisation; a place
#: before them says where the counsel works ("a Toronto lawyer"), not for whom
_COUNSEL = frozenset({"lawyer", "attorney", "adviser", "advisor", "aide"})


def _is_place(ctx: Context, span) -> bool:
    """A place or a nationality ("Toronto", "Swiss"), not an organisation or a party."""
    text = ctx.names.doc[span.start:span.end].text
    return span.label in {"GPE", "LOC"} or span.label == "NORP" and gazetteer.country_of_demonym(text) is not None


def _is_group(ctx: Context, token) -> bool:
    span = ctx.names.entity_at(token.i)
    return span is not None and span.label in _GROUP_LABELS


def _related(ctx: Context, noun, kind: Kind) -> list[Argument]:
    """The other party: the possessor, a named compound, or the object of "of", "for", "to"."""
    out: list[Argument] = []
    portfolio = _has_party(ctx, noun)
    for child in noun.children:
        span = ctx.names.entity_at(child.i)
        if portfolio and child.dep_ == "prep" and child.lower_ == "for":
            continue
        if child.dep_ == "poss" and child.lower_ in _CONJUNCT_BOUND and noun.dep_ == "conj" \
                and is_person_head(ctx, noun.head):
            # "Joe Biden and his son": the pronoun is the name it is coordinated with
            out.append(Argument(Role.OBJECT, noun.head.i, keep=Keep.NAME_SPAN))
        elif child.dep_ == "poss":
            out.append(Argument(Role.OBJECT, child.i))
        elif child.dep_ == "compound" and span is not None and span.label in _RELATED_LABELS[kind] \
                and span.end <= noun.i and not (noun.lemma_.lower() in _COUNSEL and _is_place(ctx, span)) \
                and not is_portfolio(ctx, child):  # "Home Affairs spokesman": a remit, no party
            out.append(Argument(Role.OBJECT, child.i, keep=Keep.NAME_SPAN))
        elif child.dep_ == "prep" and child.lower_ in RELATED_PREPS:
            out.extend(argument(Role.PREPOSITIONAL, p) for p in child.children if p.dep_ == "pobj")
    if not out and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" \
            and not any(c.dep_ in {"det", "poss"} for c in noun.children):
        # "her mother and sister": a bare conjunct shares the possessor of the first
        out.extend(Argument(Role.OBJECT, c.i) for c in noun.head.children if c.dep_ == "poss")
    return out




#: labels of a name that stands for an agent noun's holder when no person is meant: "his tax
#: preparer Mazars USA" (the tagger often types a firm's name as a place or a product)
_AGENT_NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "LOC", "GPE"})
#: endings of agent nouns: who or what does something for someone ("preparer", "auditor",
#: "consultant", "client", "lobbyist")
_AGENT_ENDINGS = ("er", "or", "ant", "ent", "ist")


def _agent_of_a_party(ctx: Context, noun) -> Iterator[Frame]:
    """An agent noun with a possessor and, in apposition, a name that is no person's: "his own
    tax preparer Mazars USA", "Boeing's customer, Ryanair", "Acme, its auditor," -> (Mazars USA,
    tax preparer of, <his>). English apposition says the name is what the noun says of the
    possessor. Titles and the nouns read above are left to their own rules; a person's name is
    the role frames' ("his lawyer Michael Cohen"); a time qualifier is kept ("her former
    supplier, Acme")."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or lemma in TITLE_HEADS or len(lemma) <= 4 \
            or not lemma.endswith(_AGENT_ENDINGS):
        return
    owners = [c for c in noun.children if c.dep_ == "poss"]
    named = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if noun.dep_ == "appos" and noun.head.i < noun.i:
        named.append(noun.head)  # "Acme, its auditor"
    names = [ctx.names.entity_at(c.i) for c in named]
    names = [(c, span) for c, span in zip(named, names) if span is not None]
    if len(owners) != 1 or len(names) != 1 or names[0][1].label not in _AGENT_NAME_LABELS:
        return
    owner = owners[0]
    if ctx.names.entity_at(owner.i) is None and owner.pos_ != "PRON":
        return  # "the bank's auditor": a description is the coreference rules' to read, not here
    words = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
    qualifier = time_qualifier(noun)
    title = " ".join([*(qualifier.split() if qualifier else []), *words, noun.lower_, "of"])
    yield Frame("relational", noun.i, lemma, Kind.RELATIONAL.value,
                subjects=(Argument(Role.SUBJECT, names[0][0].i, keep=Keep.NAME_SPAN),),
                arguments=(Argument(Role.OBJECT, owner.i),), words=title)


#: words for a place next to another: "Tunisia's neighbours", "its neighbouring countries"
_NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor"})
_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
#: nouns a "neighbouring" may qualify to name the places next to the possessor
_PLACE_KINDS = frozenset({"country", "state", "nation", "province", "region", "territory", "city", "town",
                          "village", "island", "republic", "kingdom", "district", "county"})


def _neighbours(ctx: Context, noun) -> Iterator[Frame]:
    """A place's neighbours named as members: "Tunisia's neighbouring countries including
    Algeria and Morocco", "Kenya's neighbours, Uganda and Tanzania" -> (Algeria, neighbours,
    Tunisia), (Morocco, neighbours, Tunisia). The possessor is a named place and each member,
    named by "including", "such as" or an apposition, is one of its neighbours; the view keeps
    places only (Kind.PLACE)."""
    lemma = noun.lemma_.lower()
    qualified = lemma in _PLACE_KINDS and any(c.dep_ in {"amod", "compound"} and c.lower_ in _NEIGHBOURING
                                                       for c in noun.children)
    if noun.pos_ != "NOUN" or not (lemma in _NEIGHBOUR_NOUNS or qualified):
        return
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1 or ctx.names.entity_at(owners[0].i) is None:
        return
    members = [c for c in noun.children if c.dep_ == "appos"]
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ == "including" or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children) \
                or prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
            members += [c for c in prep.children if c.dep_ == "pobj"]
    members = [m for m in members if ctx.names.entity_at(m.i) is not None]
    if not members:
        return
    yield Frame("relational", noun.i, "neighbour", Kind.PLACE.value,
                subjects=tuple(argument(Role.SUBJECT, m) for m in members),
                arguments=(Argument(Role.OBJECT, owners[0].i, keep=Keep.NAME_SPAN),), words="neighbours")
