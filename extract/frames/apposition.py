"""Titles and appositions: a person's role in an organisation or country, and what a noun
phrase is said to be.

Role frames (the graph view), one per place a title meets a name:

- a title before the name: "North Korean leader Kim Jong-un" -> (Kim Jong-un, leader of,
  North Korean); "PCS leader Mark Serwotka" (an acronym is an organisation, not a title word)
- an apposition after the name: "Choe Son Hui, North Korea's foreign minister", "Dave Lewis,
  CEO of Tesco"
- the name as an apposition of the title: "The Senate Minority Leader, Chuck Schumer",
  "Germany's foreign minister Heiko Maas"
- the name with an "of" phrase naming an organisation: "Joanna Cherry of the Scottish
  National Party" -> (Joanna Cherry, of, Scottish National Party)

Within one title, the object of its preposition ("economist at X") names the organisation
before a possessor ("X's director"), and a possessor before a modifier ("US economist"): a
country inside a title ("chief US economist at High Frequency Economics") is part of the title
when a real organisation follows. Syntactic frames (the surface view): "X, Y" -> X is Y;
"former U.S. Attorney Todd Graves" -> Todd Graves is former U.S. Attorney.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator
from weakref import WeakKeyDictionary

from extract import gazetteer
from extract.coref import QUALIFIERS, is_person_noun
from extract.frames.types import Argument, Context, Frame, Heads, Keep, Role
from extract.mentions import ORGANISATION_NOUNS, PRONOUNS, TITLE_HEADS, TITLES, VAGUE_NOUNS, hyphen_start

#: prepositions that join a title to whom it serves, and the relation word each gives:
#: "spokesman for X" is X's spokesman; "Ambassador to Italy" keeps its direction
ROLE_PREPOSITIONS = {"of": "of", "at": "of", "for": "of", "to": "to", "from": "from"}
#: labels of a name inside a title ("US economist", "PCS leader")
_MODIFIER_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: possessive pronouns before a title: the holder is their antecedent, resolved when the fact
#: is grounded ("his lawyer Michael Cohen"), or no one when coreference abstains
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: labels of whom a title is held for: a person too ("son of X", "Trump's lawyer")
_HOLDER_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: dependencies of words that belong to a title ("managing director", "Foreign Secretary")
_TITLE_DEPS = frozenset({"compound", "amod", "nmod"})
#: common nouns that name a body of state or of an organisation: such a word tagged as an
#: organisation is the body a title serves ("Senate Minority Leader"), never a title word
INSTITUTIONS = frozenset({"senate", "congress", "parliament", "house", "assembly", "legislature", "cabinet",
                          "government", "court", "commission", "committee", "board", "army", "navy", "police",
                          "council", "ministry", "department", "agency", "party", "union", "company", "bank"})
#: words that put a role in the past or make it temporary: "his former aide", "the then
#: chair", "an outgoing member", "the acting head", "her ex-husband"; a reading that drops
#: them states a current, lasting role the text does not
TIME_QUALIFIERS = frozenset({"former", "ex", "then", "outgoing", "acting", "erstwhile", "onetime"})
#: a title's "of" phrase without a name is part of the title when this short ("of State")
_MAX_OF_PHRASE = 3


@dataclass(frozen=True)
class Title:
    """A title's words and whom it is held for (best first), read from one noun phrase."""

    words: tuple[str, ...]
    holders: tuple[Argument, ...]


def is_person_head(ctx: Context, token) -> bool:
    """True for the syntactic head of a person's name ("Putin" in "Vladimir Putin")."""
    span = ctx.names.entity_at(token.i)
    # the name index's label: a name repaired there ("Dr Vancheshwar" tagged ORG) is a person
    return span is not None and span.label == "PERSON" and token.doc[span.start:span.end].root == token


def is_title_noun(ctx: Context, token) -> bool:
    """A singular common or proper noun that is no name and no vague word: can head one
    person's title ("the armed forces of X" is no title of the person before it)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.tag_ not in {"NNS", "NNPS"} \
        and ctx.names.entity_at(token.i) is None \
        and token.lower_ not in VAGUE_NOUNS and token.lower_ not in PRONOUNS


#: the tokens the registry calls `frames` on: a person's name
FRAMES_HEADS = Heads(pos=frozenset({"PROPN"}))


def frames(ctx: Context, head) -> Iterator[Frame]:
    """Role frames of a person's name: the title before it, the title it is an apposition
    of, each apposition after it, and an "of" phrase naming an organisation."""
    if head.pos_ != "PROPN" or not is_person_head(ctx, head):
        return
    span = ctx.names.entity_at(head.i)
    person = Argument(Role.SUBJECT, head.i, keep=Keep.NAME_SPAN)
    # a title runs up to the name: "Image: Yaakov Saar" is a caption, not a title
    start = max([t.i + 1 for t in head.doc[head.left_edge.i: span.start] if t.is_punct and t.tag_ != "HYPH"],
                default=head.left_edge.i)
    end = span.start
    while end > start and head.doc[end - 1].lower_.rstrip(".") in NAME_HONORIFICS:
        end -= 1  # "peer Lord Greaves": the honorific is how the name is addressed, not the title
    before = read_title(ctx, range(start, end), ()) if not _relative_subject(head, span, start) else Title((), ())
    member = _member_of(ctx, head)
    holders = before.holders or member or _organisation_of_last_sentence(ctx, before.words, span)
    if before.words and not before.holders and member and not _office_word(before.words[-1]):
        # "study co-author Ted Lee of Acme University": the "of" phrase after the name is where
        # the person works or comes from; an occupation or a part in a work before the name is
        # held for no one there (no "co-author of Acme University"); an office is ("spokesman
        # John Smith of the Greens")
        yield from _role("role_member", person, ("member",), member, head)
        holders = ()
    yield from _role("role_title", person, before.words, holders, head)
    # "Anshuman Magazine, managing director, of CB Richard Ellis": the title set off between
    # the name and its "of" phrase is what the person is of the organisation, not "member"
    titled_member = _title_before_member(ctx, head, member)
    if not before.words and member and titled_member is None:
        yield from _role("role_member", person, ("member",), member, head)  # "Cherry of the SNP"
    elif not before.words:
        yield from _role("role_member", person, ("member",), _group_before(ctx, span), head)
    yield from _title_with_place(ctx, person, head)
    for title in _coordinated_titles(ctx, head):  # "FBI agent and terrorism specialist Ali Soufan"
        yield from _role("role_title", person, *_noun_title(ctx, title), title)
    title = apposed_title(ctx, head)
    if title is not None:  # "The Senate Minority Leader, Chuck Schumer"
        yield from _role("role_apposed", person, *_noun_title(ctx, title), title)
    for appos in (c for c in head.children if is_title_noun(ctx, c) and (c.dep_ == "appos" or _listed(c))):
        # its conjuncts, and the next items of a list the parse hangs on it ("former Foreign
        # Secretary, mayor of London, and member of Parliament")
        nouns = (appos, *(c for c in appos.children if c.dep_ in {"conj", "appos"} and is_title_noun(ctx, c)
                          and not _names_its_own(ctx, c)))
        titles = [_noun_title(ctx, noun) for noun in nouns]
        prefix: tuple[str, ...] = ()
        for n, (noun, (words, holders)) in enumerate(zip(nouns, titles)):
            words, prefix = (*prefix, *words), ()
            if n + 1 < len(nouns) and _joined(noun, nouns[n + 1]) and not is_person_noun(noun) \
                    and nouns[n + 1].lemma_.lower() in TITLE_HEADS:
                # "Commerce and Industry Minister": a word for no person joined to the next
                # title is part of it, not a title of its own
                prefix = (*words, "and")
                continue
            if not holders and n + 1 < len(nouns) and _joined(noun, nouns[n + 1]) and _is_office(noun.doc, noun.i):
                # "chair and spokesperson for The Greens": two titles joined by "and" share the
                # organisation of the second; not a person ("member and son of Usama"), nor an
                # occupation, which is held for no one ("a barrister and chairman of the
                # League": the League's chairman, no barrister of it)
                holders = tuple(h for h in titles[n + 1][1] if ctx.names.entity_at(h.head) is not None
                                and ctx.names.entity_at(h.head).label != "PERSON")
            if not holders and noun == titled_member:
                holders = member
            yield from _role("role_apposition", person, words, holders, noun)
    for noun in _one_of_titles(ctx, head):  # "Ann Lee, one of the directors of Acme"
        words, holders = _noun_title(ctx, noun)
        plural = _hyphenated(noun)
        singular = plural[: len(plural) - len(noun.lower_)] + noun.lemma_.lower()
        yield from _role("role_apposition", person, tuple(singular if w == plural else w for w in words),
                         holders, noun)


def _one_of_titles(ctx: Context, head) -> list:
    """The plural title nouns of a "one of" apposition to a person's name: "Ann Lee, one of
    the directors of Acme" holds one of those titles, as "Ann Lee, a director of Acme" does."""
    return [noun for one in head.children if one.dep_ == "appos" and one.lower_ == "one"
            for prep in one.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for noun in prep.children if noun.dep_ == "pobj" and noun.tag_ in {"NNS", "NNPS"}
            and noun.lemma_.lower() in TITLE_HEADS and ctx.names.entity_at(noun.i) is None]


def _relative_subject(head, span, start: int) -> bool:
    """True when an indefinite noun phrase runs up to the name and a clause the name is
    the subject of follows it: "a Republican fundraiser Trump appointed" is a fundraiser whom
    Trump appointed (a relative clause without "whom"), no title of Trump's."""
    doc = head.doc
    if doc[start].lower_ not in {"a", "an"} or span.end >= len(doc):
        return False
    verb = doc[span.end]
    return verb.pos_ == "VERB" and verb.dep_ in {"acl", "relcl"} and verb.head.i in {head.i, *range(start, span.start)}


def _names_its_own(ctx: Context, noun) -> bool:
    """A listed title followed by its own name ("Vance, Jr. and his own tax preparer Mazars
    USA"): the title of that name, not of the person the list started with."""
    return any(c.dep_ == "appos" and c.i > noun.i and ctx.names.entity_at(c.i) is not None for c in noun.children)


def _joined(first, second) -> bool:
    """Only a conjunction between two title nouns: "chair and spokesperson"."""
    return all(t.dep_ == "cc" for t in first.doc[first.i + 1: second.left_edge.i])


def _title_with_place(ctx: Context, person: Argument, head) -> Iterator[Frame]:
    """"Senator from Vermont Bernie Sanders", "Governor of New York Jane Doe": the parse
    makes the name the object of the title's preposition, with the place a compound of the
    name; the place is whom the title serves (with the preposition) and a name before the
    title too ("United States Senator")."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ROLE_PREPOSITIONS:
        return
    title, span = prep.head, ctx.names.entity_at(head.i)
    if not is_title_noun(ctx, title) or title.lower_ not in TITLE_HEADS | TITLES or title.i + 1 != prep.i:
        return
    place = ctx.names.entity_at(span.start - 1) if span.start > prep.i + 1 else None
    if place is None or place.label not in _MODIFIER_LABELS or place.start != prep.i + 1 \
            or ctx.names.doc[place.end - 1].head.i != head.i:
        return
    before = read_title(ctx, range(title.left_edge.i, title.i), ())
    relation = ROLE_PREPOSITIONS[prep.lower_]
    holders = (Argument(Role.ATTRIBUTE, place.end - 1, keep=Keep.NAME_SPAN,
                        preposition="" if relation == "of" else relation), *before.holders)
    yield from _role("role_title", person, (*before.words, _hyphenated(title)), holders, head)


def _coordinated_titles(ctx: Context, head) -> list:
    """"Retired FBI agent and terrorism specialist Ali Soufan": the parse coordinates the name
    with the titles before it; a title noun right before the name, coordinated with the first,
    makes both titles of the name."""
    first, span = head.head, ctx.names.entity_at(head.i)
    if head.dep_ != "conj" or first.i >= head.i or span.start == 0 or not is_title_noun(ctx, first) \
            or any(c.dep_ == "det" for c in first.children):
        return []
    last = head.doc[span.start - 1]
    if not is_title_noun(ctx, last) or not (last == first or last.dep_ == "conj" and last.head == first):
        return []
    return [first] if last == first else [first, last]


def _listed(noun) -> bool:
    """A noun the parse made a conjunct of a name with no conjunction to join them: "Eva
    Smith, the then chair of the Greens" is an apposition (coordination needs "and")."""
    head = noun.head
    return noun.dep_ == "conj" and noun.pos_ in {"NOUN", "PROPN"} and head.i < noun.i \
        and not any(c.dep_ in {"cc", "preconj"} for c in head.children) \
        and head.doc[noun.left_edge.i - 1].text == ","


def apposed_title(ctx: Context, head):
    """The title noun a person's name (its head `head`) stands in apposition to, right after
    it or after a comma: "Germany's foreign minister Maas", "The Senate Minority Leader, Chuck Schumer"; "the president of the League, Jamel
    Msallem" (the title's own phrase may come between), also when the parse hangs both on the
    noun before them; and the parse that makes both subjects
    of one verb, "A member of the Parliament, Samir Dilou said". Not a caption ("Image: Yaakov
    Saar") nor a list ("the minister, the envoy, Kim")."""
    title = None
    span = ctx.names.entity_at(head.i)
    sibling = next((c for c in head.head.children if c.dep_ == "appos" and c.i < head.i and is_title_noun(ctx, c)
                    and [t.text for t in head.doc[c.right_edge.i + 1: span.start]] == [","]), None) \
        if head.dep_ == "appos" and span is not None else None
    if sibling is not None and not is_person_head(ctx, head.head):
        # "Speaking to AFP, the president of the League, Jamel Msallem, said": the parse hangs
        # the title and the name side by side on the noun before them
        title = sibling
    elif head.dep_ == "appos" and head.head.i < head.i:
        title = head.head
        body = ctx.names.entity_at(title.i)
        if body is not None and body.label in _MODIFIER_LABELS and title.dep_ == "pobj" \
                and title.head.dep_ == "prep" and title.head.lower_ in ROLE_PREPOSITIONS:
            # "the director of Amnesty International, Mariela Belski": the parse hangs the
            # name on the organisation, which a person's name cannot rename; not when the title
            # names its own party ("the Labour spokesman for Vodafone, X": Vodafone is a brief)
            title = title.head.head
            if any(c.dep_ in _TITLE_DEPS and ctx.names.entity_at(c.i) is not None for c in title.children):
                return None
    elif head.dep_ in {"nsubj", "nsubjpass"}:
        # "A member of X, Samir Dilou said": two subjects of one verb, the first a title
        span = ctx.names.entity_at(head.i)
        title = next((c for c in head.head.children if c.dep_ == head.dep_ and c.i < head.i
                      and [t.text for t in head.doc[c.right_edge.i + 1: span.start]] == [","]), None)
    if title is None or not is_title_noun(ctx, title):
        return None
    span = ctx.names.entity_at(head.i)
    own = {t.i for c in title.children if c.i < span.start and c.dep_ in {"prep", "amod", "compound"}
           for t in c.subtree}
    # not the title's own phrase, nor the name's honorific ("Dr" of "Dr Vancheshwar")
    between = [t for t in head.doc[title.i + 1: span.start] if t.i not in own and (t.head != head or t.is_punct)]
    return title if all(t.text == "," for t in between) else None


def _noun_title(ctx: Context, noun) -> tuple[tuple[str, ...], tuple[Argument, ...]]:
    title = read_title(ctx, range(noun.left_edge.i, noun.i + 1), (noun.i,))
    return title.words, title.holders


def _title_before_member(ctx: Context, head, member: tuple[Argument, ...]):
    """The one title noun in apposition between a person's name and the name's "of" phrase
    ("X, managing director, of Acme"); None when there is none or the organisation is a
    possessor ("Oxfam's John Smith")."""
    if len(member) != 1 or member[0].head < head.i:
        return None
    titles = [c for c in head.children if c.dep_ == "appos" and is_title_noun(ctx, c)
              and head.i < c.i < member[0].head]
    return titles[0] if len(titles) == 1 else None


def _member_of(ctx: Context, head) -> tuple[Argument, ...]:
    """"Joanna Cherry of the Scottish National Party", "Oxfam's John Smith": the organisation
    of an "of" phrase right after a person's name or possessing it (a place there is a home
    town, not an employer)."""
    span = ctx.names.entity_at(head.i)
    for owner in (c for c in head.children if c.dep_ == "poss"):  # "War on Want's John Hilary"
        ent = ctx.names.entity_at(owner.i)
        if ent is not None and ent.label == "ORG" and not _is_title_word(ctx, owner, ent):
            return (Argument(Role.ATTRIBUTE, owner.i, keep=Keep.NAME_SPAN),)
    if span.end - span.start < 2:
        return ()  # "Duke of Edinburgh", "Earl of Essex": one word before "of" may be a title
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = ctx.names.entity_at(obj.i)
            if ent is not None and ent.label == "ORG" and not _is_title_word(ctx, obj, ent) \
                    and not _home_town(prep, obj, ent):
                return (Argument(Role.ATTRIBUTE, obj.i, keep=Keep.NAME_SPAN),)
    return ()


def _home_town(prep, obj, ent) -> bool:
    """True for "Tony Hale, of Burnley, said": an "of" phrase set off by commas whose name is one
    plain word (no article, not an acronym) says where a person lives, as news prose writes a
    member of the public; the tagger often calls such a town an organisation. An employer has
    an article or a longer name ("of the SNP", "of Investec Securities")."""
    doc = prep.doc
    set_off = prep.i > 0 and doc[prep.i - 1].text == ","
    return set_off and ent.end - ent.start == 1 and not obj.text.isupper() \
        and not any(c.dep_ == "det" for c in obj.children)


def _group_before(ctx: Context, span) -> tuple[Argument, ...]:
    """"Republican Kevin McCarthy", "Tory Jane Smith": a group's proper name (a party, a faith;
    not a nationality, which says where the person is from) right before a person's name,
    with no title between, is the group the person belongs to."""
    group = ctx.names.entity_at(span.start - 1) if span.start > 0 else None
    if group is None or group.label != "NORP" or group.end != span.start:
        return ()
    last = ctx.names.doc[group.end - 1]
    if last.pos_ not in {"PROPN", "ADJ"} or not last.text[:1].isupper() \
            or gazetteer.country_of_demonym(group.text) is not None:
        return ()
    return (Argument(Role.ATTRIBUTE, last.i, keep=Keep.NAME_SPAN),)


def read_title(ctx: Context, tokens: range, heads: tuple[int, ...]) -> Title:
    """The title words among `tokens` (the phrase before a name, or a title noun's left part
    with the noun in `heads`) and whom it is held for: the name of an "of"/"at"/"for" phrase,
    else a possessor, else the last name inside the title; plus a "to"/"from" phrase."""
    doc = ctx.names.doc
    words: list[str] = []
    skip: set[int] = set()
    by_prep: list[Argument] = []
    possessors: list[int] = []
    pronouns: list[int] = []
    modifiers: dict[str, int] = {}
    last = -1  # the last title word read: the head of a title before a name
    for tok in (doc[i] for i in tokens):
        if tok.i in skip or tok.dep_ in {"det", "predet", "punct", "case", "cc"}:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and hyphen_start(doc, tok.i + 2) <= tok.i:
            continue  # "ex" of "ex-minister": the next word's hyphenated prefix, read with it
        ent = ctx.names.entity_at(tok.i)
        if tok.dep_ == "poss":
            skip.update(t.i for t in tok.subtree)
            if ent is None and tok.lower_ in _POSSESSIVE_PRONOUNS and not possessors and not pronouns:
                pronouns.append(tok.i)  # "his campaign boss Alan Milburn": whose is the pronoun's antecedent
                continue
            if ent is None or ent.label not in _HOLDER_LABELS:
                return Title(tuple(words), ())  # "the city's mayor": whose is not named here
            possessors.append(tok.i)
        elif ent is not None and not _is_title_word(ctx, tok, ent):
            skip.update(range(ent.start, ent.end))
            if ent.label == "NORP" and words and gazetteer.country_of_demonym(ent.text) is None:
                # "incumbent Republican Cory Gardner": a party or faith after the title is the
                # person's group; a nationality still names the country ("former Chilean ruler")
                continue
            if ent.label in _MODIFIER_LABELS and not participle_prefix(doc, ent.end):
                modifiers.pop(ent.text, None)
                modifiers[ent.text] = tok.i
        elif tok.lower_ in TIME_QUALIFIERS and tok.dep_ in _TITLE_DEPS | {"advmod"}:
            words.append(tok.lower_)  # "the then chair", "the acting head": whatever its tag
        elif tok.i in heads or (tok.dep_ in _TITLE_DEPS and not tok.like_num and tok.lower_ not in HONORIFICS
                                and (tok.pos_ in {"NOUN", "PROPN"} or tok.pos_ == "ADJ"
                                     and (tok.text.islower() or tok.is_sent_start and tok.lower_ in QUALIFIERS))):
            # a capitalised adjective is a name the tagger missed ("Liberal Democrat leader"),
            # but not a qualifier capitalised as a sentence's first word ("Former Cabinet minister X")
            words.append(_hyphenated(tok))
            last = tok.i
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS):
                skip.update(t.i for t in prep.subtree)
                words.extend(_read_prep(ctx, prep, by_prep))
    if not _is_office(doc, heads[-1] if heads else last):
        # "a Toronto lawyer", "a Swiss banker": a place or nationality before an occupation
        # says where its holder works or comes from, not whom the work is done for
        modifiers = {text: i for text, i in modifiers.items() if not _is_place(ctx, i)}
    of = [a for a in by_prep if not a.preposition]
    best = of[:1] or [Argument(Role.ATTRIBUTE, i, keep=Keep.NAME_SPAN) for i in possessors[:1]] \
        or [Argument(Role.ATTRIBUTE, i, keep=Keep.ENTITIES) for i in pronouns] \
        or [*(_named_body(ctx, words) if not any(ctx.names.entity_at(i).label in {"ORG", "GPE"}
                                                 for i in modifiers.values()) else []),
            *[Argument(Role.ATTRIBUTE, i, keep=Keep.NAME_SPAN) for i in list(modifiers.values())[-1:]]] \
        or _state_of_article(ctx, words)
    return Title(tuple(words), (*best, *[a for a in by_prep if a.preposition][:1]))


def _is_office(doc, i: int) -> bool:
    """A title noun that is an office, held for a state or an organisation ("US President",
    "French ambassador", "Labour leader"); not an occupation ("lawyer", "banker", "teacher"),
    which a place only locates. No head read: no judgement (an office)."""
    return i < 0 or any(w in TITLE_HEADS or w in TITLES or w in _RULERS for w in (doc[i].lemma_.lower(), doc[i].lower_))


def _office_word(word: str) -> bool:
    """A title word that names an office ("spokesman", "vice-president"), not an occupation."""
    last = word.split("-")[-1] if word.split("-")[0] in {"vice", "deputy", "under", "acting"} else word
    return any(w in TITLE_HEADS or w in TITLES or w in _RULERS for w in (word, last))


#: words for who rules a state, offices though no title: "former Chilean military ruler X"
_RULERS = frozenset({"ruler", "dictator", "monarch", "strongman", "autocrat", "regent", "sovereign"})


def _is_place(ctx: Context, i: int) -> bool:
    """A name that is a place or a nationality ("Toronto", "Swiss"), not an organisation or
    a party ("Google", "Labour")."""
    span = ctx.names.entity_at(i)
    text = ctx.names.doc[span.start:span.end].text
    return span.label in {"GPE", "LOC"} or span.label == "NORP" and gazetteer.country_of_demonym(text) is not None


def _named_body(ctx: Context, words: list[str]) -> list[Argument]:
    """"committee chairman Jerrold Nadler": a title naming a body by its common noun means
    the one organisation of the article named with that noun ("House Judiciary Committee");
    nothing when the article names none or several. The caller asks only when no organisation
    or place stands in the title itself ("Labour party leader")."""
    doc = ctx.names.doc
    for word in (w for w in words if w in INSTITUTIONS):
        # its head noun, last ("Judiciary Committee") or before "of" ("Court of Session")
        bodies = {doc[span.start:span.end].text: span for span in ctx.names.spans
                  if span.label == "ORG" and span.end - span.start > 1 and doc[span.start:span.end].root.lower_ == word}
        if len(bodies) == 1:
            span = next(iter(bodies.values()))
            return [Argument(Role.ATTRIBUTE, doc[span.start:span.end].root.i, keep=Keep.NAME_SPAN)]
    return []


#: offices held only for a state: a minister's title that names no state ("Deputy Prime
#: Minister John Prescott", "Kamal Nath, Commerce and Industry Minister") is held for the one
#: state of its article. Not "president", "leader", "secretary", "chancellor": companies,
#: unions and universities have them too
STATE_OFFICES = frozenset({"minister", "premier"})
_COUNTRIES: "WeakKeyDictionary" = WeakKeyDictionary()  # NameIndex -> its article's one country or None


def _state_of_article(ctx: Context, words: list[str]) -> list[Argument]:
    """A state office with no state in its title ("Deputy Prime Minister John Prescott"):
    held for the one country the article names (as a country or by its demonym); nothing
    when it names none or two (a visiting minister may serve either)."""
    if not words or words[-1] not in STATE_OFFICES:
        return []
    names = ctx.names
    if names not in _COUNTRIES:
        found: dict[str, int] = {}
        for span in names.spans:
            text = names.doc[span.start:span.end].text
            if _other_side(names.doc[span.start:span.end].root):
                continue
            state = gazetteer.country(text) if span.label == "GPE" else \
                gazetteer.country_of_demonym(text) if span.label == "NORP" else None
            if state is not None and state.name not in found and span.label == "GPE":
                found[state.name] = names.doc[span.start:span.end].root.i
            elif state is not None:
                found.setdefault(state.name, -1)  # a demonym counts, but a name is the argument
        named = [i for i in found.values() if i >= 0]
        _COUNTRIES[names] = named[0] if len(found) == 1 and named else None
    at = _COUNTRIES[names]
    return [] if at is None else [Argument(Role.ATTRIBUTE, at, keep=Keep.NAME_SPAN)]


#: titles held inside an organisation: "leader", "chairman", "spokesman", "chief executive"
ORGANISATION_TITLES = frozenset({"leader", "chairman", "chairwoman", "chair", "chairperson", "spokesman",
                                 "spokeswoman", "spokesperson", "executive", "ceo", "boss"})
#: labels of the organisation a sentence is about: a party may be tagged as a group of people
_BODY_LABELS = frozenset({"ORG", "NORP"})


def _organisation_of_last_sentence(ctx: Context, words: tuple[str, ...], span) -> list[Argument]:
    """A bare organisation title before a name ("But leader Charles Kennedy believes", "Chief
    executive Jo Lee said") whose holder the sentence does not name: held for the organisation
    the sentence before is about, as news writes a party's or a firm's people right after it
    ("As usual, the Liberal Democrats will have to fight ... But leader Charles Kennedy").
    Only when that sentence's main subject is the one organisation it names, and nothing
    before the title in this sentence names another body, a place or a person; a title with a
    determiner or a possessive ("the leader", "his chairman") is no bare title."""
    if not words or words[-1] not in ORGANISATION_TITLES or not all(w.isalpha() for w in words):
        return []
    doc = ctx.names.doc
    sent = ctx.names.sentence(span.start)
    if sent.start == 0 or any(ctx.names.entity_at(t.i) is not None or t.dep_ in {"det", "poss"}
                              for t in doc[sent.start:span.start]):
        return []
    last = ctx.names.sentence(sent.start - 1)
    named = {s.text for t in last if (s := ctx.names.entity_at(t.i)) is not None and s.label != "DATE"}
    subject = next((t for t in last if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    body = ctx.names.entity_at(subject.i) if subject is not None else None
    if body is None or body.label not in _BODY_LABELS or named != {body.text}:
        return []
    return [Argument(Role.ATTRIBUTE, doc[body.start:body.end].root.i, keep=Keep.NAME_SPAN)]


#: nouns of hostilities: a country that modifies or completes one is their theatre or target
#: ("the Iraq war", "the invasion of Iraq"), the other side (closed, general English)
CONFLICT_NOUNS = frozenset({"war", "invasion", "occupation", "conflict", "attack", "strike", "bombing",
                            "offensive", "intervention", "sanction", "embargo", "blockade", "fighting",
                            "hostility", "campaign", "raid", "airstrike", "incursion"})
#: prepositions whose object is the topic or adversary of an act: "resigned over Iraq",
#: "voted against Iran", "a statement on Syria"
_TOPIC_PREPOSITIONS = frozenset({"over", "against", "on", "about"})


def _other_side(token) -> bool:
    """True for a country named as the theatre, target or topic of something ("the Iraq war",
    "the war in Iraq", "resigned over Iraq", "sanctions against Iran"): no state an office of
    the article serves, so `_state_of_article` does not count it."""
    head = token.head
    if token.dep_ in {"compound", "amod", "nmod"} and head.lemma_.lower() in CONFLICT_NOUNS:
        return True
    if token.dep_ != "pobj":
        return False
    return head.lower_ in _TOPIC_PREPOSITIONS or head.lower_ in {"in", "of", "with", "on"} \
        and head.head.lemma_.lower() in CONFLICT_NOUNS


def participle_prefix(doc, end: int) -> bool:
    """A name joined by a hyphen to a participle ("a Singapore-based fund manager", "a
    US-born scientist", "the Saudi-led coalition"): the name is where the holder is based,
    born or led from, not whom the title serves. `end` is the token after the name."""
    return end + 1 < len(doc) and doc[end].tag_ == "HYPH" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].tag_ in {"VBN", "VBG"}


def _hyphenated(tok) -> str:
    """A title word with the hyphenated prefix the tokenizer split off: "Under-Secretary" is
    no "Secretary", "Vice-President" no "President"."""
    return tok.doc[hyphen_start(tok.doc, tok.i): tok.i + 1].text.lower()


def _read_prep(ctx: Context, prep, found: list[Argument]) -> list[str]:
    """A title's prepositional phrase: its name goes to `found`; a short phrase without a
    name is part of the title ("Secretary of State" -> ["of", "state"])."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return []
    ent = ctx.names.entity_at(obj.i)
    if ent is not None and ent.label in _HOLDER_LABELS and not _is_title_word(ctx, obj, ent):
        relation = ROLE_PREPOSITIONS[prep.lower_]
        found.append(Argument(Role.ATTRIBUTE, obj.i, keep=Keep.NAME_SPAN,
                              preposition="" if relation == "of" else relation))
        return []
    if described_body(ctx, prep, obj):
        # "the Lord President of the court", "chairman of the company": the organisation the
        # description stands for, or no one when coreference abstains
        found.append(Argument(Role.ATTRIBUTE, obj.i, keep=Keep.ENTITIES))
        return []
    phrase = [t for t in prep.subtree if t.dep_ not in {"det", "punct"}]
    if prep.lower_ != "of" or len(phrase) > _MAX_OF_PHRASE \
            or any(ctx.names.entity_at(t.i) is not None and not _is_title_word(ctx, t, ctx.names.entity_at(t.i))
                   for t in phrase):
        return []
    return [t.lower_ for t in phrase]


def described_body(ctx: Context, prep, obj) -> bool:
    """A title's "of the <organisation noun>" and nothing more ("president of the court",
    "chairman of the company"): a definite description of an organisation the text named,
    whom the title serves, not a word of the title the way "of State" is in "Secretary of State"
    (which has no article)."""
    return prep.lower_ == "of" and obj.tag_ == "NN" and obj.lemma_.lower() in ORGANISATION_NOUNS \
        and ctx.names.entity_at(obj.i) is None \
        and [(c.dep_, c.lower_) for c in obj.children] == [("det", "the")]


#: the fields of a government or shadow portfolio (general English): "Education spokesman",
#: "Health Secretary"; with "Affairs" ("Home Affairs", "Foreign Affairs") any field is one
PORTFOLIO_FIELDS = frozenset({"education", "health", "transport", "environment", "energy", "defence", "defense",
                              "justice", "culture", "sport", "sports", "housing", "agriculture", "immigration",
                              "trade", "welfare", "employment", "industry", "science", "pensions", "tourism"})


def is_portfolio(ctx: Context, token) -> bool:
    """A name before a title that is its holder's remit, no organisation: "Home Affairs
    spokesman Mark Oaten", "Education spokesman John Smith" (the tagger calls such a field an
    organisation). The person speaks on the field for a party or a government the text names
    elsewhere, so the field is no holder of the title."""
    span = ctx.names.entity_at(token.i)
    if span is None or span.label != "ORG":
        return False
    words = [t.lower_ for t in ctx.names.doc[span.start:span.end] if t.pos_ != "DET"]
    return bool(words) and (words[-1] == "affairs" and len(words) <= 3
                            or len(words) == 1 and words[0] in PORTFOLIO_FIELDS)


def _is_title_word(ctx: Context, token, ent) -> bool:
    """A one-word organisation that is part of a title ("Home Secretary", "Secretary of
    State"): not an acronym ("PCS leader"), never a name on its own elsewhere in the article
    ("Riggs said"), and not the head word of a longer organisation name ("the U.S. Senate")."""
    if ent.end - ent.start == 1 and token.lower_ in TITLES and not token.text.isupper():
        return True  # "Secretary of State", "Minister of Defence": a title's own word
    if is_portfolio(ctx, token) and token.dep_ in _TITLE_DEPS:
        return True  # "Home Affairs spokesman": the title's remit
    if ent.end - ent.start == 1 and token.lower_ in INSTITUTIONS:
        return False  # "Senate Minority Leader": the Senate is whom the title serves
    if ent.label != "ORG" or ent.end - ent.start != 1 or (token.text.isupper() and len(token.text) > 1):
        return False
    doc = ctx.names.doc
    for other in ctx.names.spans:
        if other.label != "ORG":
            continue
        if other.end - other.start == 1 and other.text == ent.text \
                and doc[other.start].dep_ not in {"compound", "nmod", "amod"}:
            return False
        if other.end - other.start > 1 and doc[other.start:other.end].root.text == token.text:
            return False
    return True


def _role(construction: str, person: Argument, words: tuple[str, ...], holders, anchor) -> Iterator[Frame]:
    title = " ".join(words).strip()
    if not holders or not words or any(w in PRONOUNS for w in title.split()):
        return
    yield Frame(construction, anchor.i, "", "role", subjects=(person,), words=title, arguments=tuple(holders))


HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir"})
#: forms of address right before a name, outside the tagger's span: "Liberal Democrat peer
#: Lord Greaves", "Tory MP Sir John Smith"; no part of the title before them
NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "baroness",
                             "baron"})


#: the tokens the registry calls `apposition_frames` on: an apposition
APPOSITION_FRAMES_HEADS = Heads(dep=frozenset({"appos"}))


def apposition_frames(ctx: Context, token) -> Iterator[Frame]:
    """"X, Y": the apposition Y is an attribute of X."""
    if token.dep_ == "appos" and token.head.pos_ in {"PROPN", "NOUN"}:
        yield Frame("apposition", token.i, "be", "appos", grammatical=(Argument(Role.SUBJECT, token.head.i),),
                    dependents=(Argument(Role.ATTRIBUTE, token.i),))


#: the tokens the registry calls `title_frames` on: the last word of a person's name
TITLE_FRAMES_HEADS = Heads(pos=frozenset({"PROPN"}))


def title_frames(ctx: Context, token) -> Iterator[Frame]:
    """Role words before a person's name (an entity of the Doc ending at `token`)."""
    name = person_name(token)
    if not name:
        return
    title = tuple(Argument(Role.ATTRIBUTE, c.i) for c in token.lefts
                  if c.i < name[0].i and c.dep_ in {"compound", "amod", "nmod"})
    if title:
        yield Frame("title", token.i, "be", "title", grammatical=(Argument(Role.SUBJECT, token.i),),
                    dependents=title)


def person_name(token) -> list:
    """The PERSON entity ending at `token` without honorifics, or []."""
    if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
        return []
    ent = next((e for e in token.doc.ents if e.end - 1 == token.i), None)
    if ent is None:
        return []
    return [t for t in ent if t.lower_ not in HONORIFICS]
