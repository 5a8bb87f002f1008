"""Pronoun and definite-description antecedents inside one article. Pure, rule-based.

Each pronoun ("he", "its", "they") and definite description ("the North Korean leader",
"the country", "the North", "both sides") is resolved to entities mentioned earlier, by
entity type, number, gender (gender-guesser on the first name), recency and syntactic role
(subjects are preferred). What cannot be resolved maps to nothing, and the caller drops the fact.

>>> # see tests/extract/test_coref.py for worked examples on hand-built Docs
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from extract import gazetteer, headline
from extract.mentions import ORGANISATION_NOUNS, TITLE_HEADS, NameIndex, given_names, hyphen_start
from extract.quotes import quotation_at

_MASC = frozenset({"he", "him", "his", "himself"})
_FEM = frozenset({"she", "her", "hers", "herself"})
_NEUT = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PERSONAL = _MASC | _FEM | _NEUT | _PLURAL
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
#: possessive pronouns that can stand without a noun ("used his to send a message", "the
#: choice is theirs"): alone they mean a thing of the owner (his phone, their choice), never
#: the owner, so they resolve to no one (`standalone_possessive`)
_INDEPENDENT_POSSESSIVES = frozenset({"his", "hers", "its", "theirs", "mine", "ours", "yours"})

#: entity types a neuter singular pronoun or "the country" can refer to
_THING_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART"})
#: head nouns of definite descriptions of a state, and the entity types they accept
_STATE_NOUNS = frozenset({"country", "nation", "republic", "kingdom"})
#: head nouns of definite descriptions of a place that is no sovereign state: "the territory"
#: for Golan Heights or Hong Kong, "the province", "the enclave" (`Resolver._territory`)
_TERRITORY_NOUNS = frozenset({"territory", "province", "enclave", "peninsula"})
_GROUP_NOUNS = frozenset({"sides", "nations", "countries", "states", "governments", "leaders",
                          "parties", "allies", "neighbours", "neighbors", "men"})
#: institutions a country names without an article ("suspends parliament"): `Resolver.institution`
_INSTITUTIONS = frozenset({"parliament", "congress", "senate", "cabinet"})
#: a state's executive: "her government", "his administration" (`Resolver.government`)
_GOVERNMENT_NOUNS = frozenset({"government", "administration"})
#: nouns for two participants named together just before: "the duo", "the pair"
_PAIR_NOUNS = frozenset({"duo", "pair", "twosome"})
#: role qualifiers that make a different office: "shadow chancellor" is not "the chancellor"
QUALIFIERS = frozenset({"shadow", "former", "ex", "deputy", "vice", "acting", "interim",
                         "assistant", "junior", "late", "outgoing", "incoming", "future"})
_MALE_HONORIFICS = frozenset({"mr", "sir", "lord", "king", "prince", "duke", "baron", "earl"})
_FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "lady", "dame", "queen", "princess",
                                "duchess", "baroness", "madam"})
_COMPASS = frozenset({"north", "south", "east", "west"})
#: the score of a role description ("the president") when only one person in view holds the
#: role: as sure as a name, short of the doubt every reading keeps
UNIQUE_ROLE_SCORE = 0.9
#: the score of a "he"/"she" whose antecedent is chosen between two people who could both be
#: meant (the subject over an object of the same sentence): a guess, kept below the default
#: threshold with a full-confidence rule (0.8 x 0.6 < 0.5)
AMBIGUOUS_SCORE = 0.6
#: the score of "he"/"she" when nothing else could be meant: the clause's own subject binds
#: it ("Sanders said he would run"), only one person of a fitting gender is in view, or it
#: continues the last sentence's one subject ("Zelensky met Honcharuk. He also said ..."). A
#: resolution lowers a fact's confidence only when it is doubtful: this one is as sure as the name
SURE_PRONOUN_SCORE = 1.0
#: the score of "he"/"she" resolved to the one person of that gender the article has named,
#: last named a few sentences back with no one else in view: no rival, but the distance is a doubt
DISTANT_SCORE = 0.75
#: how many sentences back that person may have been named last
DISTANT_SENTENCES = 10
#: entity types the small model gives a surname it does not know ("Honcharuk filed his
#: resignation" tagged GPE): such a name is the person when the article names a person so
_MISTYPED_SURNAME = frozenset({"GPE", "LOC", "NORP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: organisation nouns that stand for any kind of organisation, named with them or not
_UNNAMED_ORGANISATION = frozenset({"company", "firm", "group", "business", "corporation"})
#: a name in one of these is a modifier of another noun, not an actor in view
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: "I" in a quotation is its speaker
_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
#: "we" in a quotation is the speaker's side: the organisation that speaks, or the one a
#: spokesman is stated to speak for; else the speaker, who is one of "we" (`Resolver._speaker_side`)
_FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves"})
#: its object forms: a named person speaker is no antecedent of them (`Resolver._speaker_side`)
_PLURAL_OBJECTS = frozenset({"us", "ourselves"})
#: offices held for a state: their holder's "we" is the state ("'We will respond,' the
#: French foreign minister said")
_STATE_OFFICES = frozenset({"president", "minister", "premier", "chancellor", "king", "queen",
                            "emir", "sultan", "ambassador", "envoy", "secretary", "leader"})
#: entity types that speak as "we" themselves ("Ford wrote: 'we have notified ...'")
_COLLECTIVE_TYPES = frozenset({"ORG", "GPE", "NORP"})
#: what "X, a spokesman for Y" speaks for: the object of these prepositions
_FOR_PREPS = frozenset({"for", "of", "at"})
#: titles of people who speak on an organisation's behalf, so that their "we" is it (a
#: party leader's or a senator's "we" is a faction or a group of colleagues: not these)
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative",
                           "official", "executive", "ceo", "chairman", "chairwoman", "chairperson",
                           "director", "manager", "boss", "head", "chief", "president", "founder"})
#: dependencies of a noun that is an argument of a clause (a possible antecedent)
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos"})
#: common nouns for people: "it" never refers to them, so they do not block an antecedent
_PERSON_NOUNS = frozenset({"man", "woman", "person", "people", "official", "spokesman",
                           "spokeswoman", "spokesperson", "minister", "president", "leader"})
#: verbs that attribute a quotation to their subject
QUOTE_VERBS = frozenset({"say", "tell", "add", "state", "write", "tweet", "explain", "insist",
                         "continue", "ask", "warn", "claim", "argue", "note", "declare",
                         "announce", "reply", "respond", "answer", "recall", "remark", "post"})


@lru_cache(maxsize=4096)
def gender(name: str) -> str | None:
    """'male', 'female' or None (unknown or ambiguous) for a person's name.

    Only the first word is looked at; names the resource marks as only mostly one gender
    stay unknown, so they never block an antecedent.

    >>> gender("Vladimir Putin"), gender("Diana Sosoaca"), gender("Xq Zz") is None
    ('male', 'female', True)
    """
    first = name.split()[0].strip(".") if name.split() else ""
    guess = given_names().get_gender(first)
    return guess if guess in {"male", "female"} else None


@dataclass
class _Candidate:
    text: str
    type: str
    token: int  # head token index of the mention
    sent: int  # index of its sentence
    subject: bool
    roles: set[str] = field(default_factory=set)  # role words: "leader", "president", "korean"
    group: tuple["_Candidate", ...] = ()
    gender: str | None = None


def _sentence_index(doc) -> dict[int, int]:
    index = {}
    for n, sent in enumerate(doc.sents):
        for tok in sent:
            index[tok.i] = n
    return index


def _order(c: _Candidate) -> tuple[int, bool]:
    """The order of Resolver.candidates: by head token, a coordination's group after its first member."""
    return (c.token, c.type == "GROUP")


class _Window:
    """Where the candidates of a stretch of tokens are in Resolver.candidates, by binary search.

    The candidates are kept sorted by `_order`, and a candidate's sentence grows with its token,
    so the candidates of "the last k sentences before token i" are one slice of the list: a
    look-up costs the log of the article's length plus the slice, never a scan of every
    candidate (which made a long article quadratic). The slices are in list order, so every
    answer is the one the full scan gave. Kept in step by `add`; rebuilt when the list was
    changed some other way (its length no longer matches).
    """

    def __init__(self, doc):
        self.sent_starts = [sent.start for sent in doc.sents]
        self.keys: list[tuple[int, bool]] = []
        self.by_identity: dict[str, list[int]] | None = None  # identity -> tokens of its non-group candidates

    def sync(self, candidates: list[_Candidate]) -> None:
        if len(self.keys) != len(candidates):
            candidates.sort(key=_order)
            self.keys = [_order(c) for c in candidates]
            self.by_identity = None

    def add(self, candidates: list[_Candidate], cand: _Candidate) -> None:
        self.sync(candidates)
        key = _order(cand)
        n = bisect_left(self.keys, (key[0], key[1], 1))  # after equal keys, as a stable sort puts it
        candidates.insert(n, cand)
        self.keys.insert(n, key)
        if self.by_identity is not None and cand.type != "GROUP":
            insort(self.by_identity[Resolver._identity(cand)], cand.token)

    def span(self, candidates: list[_Candidate], first_token: int, end_token: int) -> list[_Candidate]:
        """The candidates whose head token is in [first_token, end_token), in list order."""
        self.sync(candidates)
        return candidates[bisect_left(self.keys, (first_token,)):bisect_left(self.keys, (end_token,))]

    def sentence_start(self, n: int) -> int:
        """The first token of sentence n (0 before the first, past the end after the last)."""
        if n <= 0:
            return 0
        return self.sent_starts[n] if n < len(self.sent_starts) else 1 << 62

    def count_before(self, candidates: list[_Candidate], ident: str, before: int) -> int:
        """How many non-group candidates of that identity have their head before token `before`."""
        self.sync(candidates)
        if self.by_identity is None:
            self.by_identity = defaultdict(list)
            for c in candidates:
                if c.type != "GROUP":
                    self.by_identity[Resolver._identity(c)].append(c.token)
        return bisect_left(self.by_identity.get(ident, ()), before)


def _role_words(names: NameIndex, head) -> set[str]:
    """Title and role words around a person's name: compounds before it and its apposition."""
    words: set[str] = set()
    span = names.entity_at(head.i)
    first = span.start if span else head.i
    for tok in head.doc[head.left_edge.i : first]:
        if tok.pos_ in {"NOUN", "PROPN", "ADJ"} and names.entity_at(tok.i) is None:
            words.add(tok.lemma_.lower())
        elif names.entity_at(tok.i) is not None:
            words.update(w.lower() for w in names.entity_at(tok.i).text.split())
    for child in head.children:
        # "X, the Prime Minister of Tunisia": a title the tagger wrote as a name is no name
        if child.dep_ == "appos" and (child.pos_ == "NOUN" or (child.pos_ == "PROPN" and names.entity_at(child.i) is None)):
            for tok in child.subtree:
                if tok.pos_ in {"NOUN", "PROPN", "ADJ"}:
                    words.add(tok.lemma_.lower())
    return words


def standalone_possessive(token) -> bool:
    """True for a possessive pronoun used without a noun, as a clause's argument: "Lee used
    his to send it", "hers was the only vote", "the decision is theirs". "his"/"its" before
    a noun (dep poss) are determiners of that noun, not this."""
    return token.lower_ in _INDEPENDENT_POSSESSIVES and token.pos_ == "PRON" and token.dep_ != "poss" \
        and (token.lower_ not in {"his", "its"} or token.dep_ in _ARGUMENT_DEPS)


#: dependency labels of a clause's arguments
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "conj", "appos", "oprd"})


class Resolver:
    """Walks one Doc in order and answers antecedent queries for pronoun and description tokens."""

    def __init__(self, doc, names: NameIndex):
        self.doc = doc
        self.names = names
        self.sent_of = _sentence_index(doc)
        self.candidates: list[_Candidate] = []
        self._memo: dict[int, tuple[_Candidate, ...]] = {}
        #: token -> how sure its resolution is, where the rule that resolved it knows (`score`)
        self.scores: dict[int, float] = {}
        self._window = _Window(doc)
        self._people_by_last: dict[str, list] | None = None
        self._gender_of_last: dict[str, str | None] = {}
        self._institutions: dict[str, tuple[_Candidate, ...]] = {}  # institution noun -> its one organisation
        self._holding: dict[str, tuple[list[int], list[_Candidate]]] = {}  # noun -> organisation names holding it
        self._sent_ends: list[int] | None = None
        self._headline = False  # the article's headline sentence or None, once looked for
        self._by_gender: dict | None = None  # gender -> the article's named people (_people_by_gender)
        seen = set()
        surnames = _surnames(names.spans)
        for span in names.spans:
            head = doc[span.start : span.end].root
            if head.i in seen:
                continue
            seen.add(head.i)
            label = "PERSON" if span.label in _MISTYPED_SURNAME and span.text in surnames \
                and gazetteer.country(span.text) is None else span.label
            cand = _Candidate(span.text, label, head.i, self.sent_of[head.i],
                              _is_subject(head))
            if label == "PERSON":
                cand.roles = _role_words(names, head)
                cand.gender = self._person_gender(span)
                cand.text = self._full_name(span)
            self.candidates.append(cand)
        self.candidates.sort(key=lambda c: c.token)
        self._add_groups()

    def _person_gender(self, span) -> str | None:
        """Gender from an honorific before this mention ("Mrs Howard") or before any mention
        of the person, or as the first word of its span ("Princess Ubolratana" tagged as one
        name), else from the fullest name in the article that ends with the same word
        ("Galloway" -> "George Galloway"). The answer from the article's names is found once
        per last word, so a long article does not re-read every mention for every pronoun."""
        own = self._honorific_gender(span)
        if own is not None:
            return own
        last = span.text.split()[-1]
        forms = self._people_ending_with(last)
        if not forms:
            return gender(span.text)
        if last not in self._gender_of_last:
            from_forms = next((g for g in map(self._honorific_gender, forms) if g is not None), None)
            self._gender_of_last[last] = from_forms or _agreed_gender(s.text for s in forms)
        return self._gender_of_last[last]

    def _full_name(self, span) -> str:
        """The full name a one-word surname stands for where the article names two or more
        people with that surname ("Kamala Harris", "Maya Harris"), else the span's text: the
        full name named last in its sentence or the one before, else the one named most (then
        first), as graph.resolve reads a short form. A pronoun resolved to the surname then
        carries the person's name, not a short form the graph would read at the pronoun's
        place (after "her sister, Maya Harris", "She" for "Harris" is not Maya)."""
        words = span.text.split()
        if len(words) != 1:
            return span.text
        fulls = [s for s in self._people_ending_with(words[0]) if len(s.text.split()) > 1]
        if len({s.text for s in fulls}) < 2:
            return span.text
        sent = self.sent_of[span.start]
        near = [s for s in fulls if s.start < span.start and self.sent_of[s.start] >= sent - 1]
        if near:
            return near[-1].text
        counts: dict[str, int] = {}
        for s in fulls:
            counts[s.text] = counts.get(s.text, 0) + 1
        return max(counts, key=counts.get)  # the most named; the first named among equals

    def _honorific_gender(self, form) -> str | None:
        """"male"/"female" from an honorific just before a name span or as its first word."""
        for word in (self.doc[form.start - 1] if form.start > 0 else None, self.doc[form.start]):
            honorific = word.lower_.rstrip(".") if word is not None else ""
            if honorific in _MALE_HONORIFICS:
                return "male"
            if honorific in _FEMALE_HONORIFICS:
                return "female"
        return None

    def _people_ending_with(self, last: str) -> list:
        """The article's person name spans whose last word is `last`, in order (indexed once)."""
        if self._people_by_last is None:
            self._people_by_last = defaultdict(list)
            for s in self.names.spans:
                if s.label == "PERSON":
                    self._people_by_last[s.text.split()[-1]].append(s)
        return self._people_by_last.get(last, [])

    def _heads_at(self, token: int) -> list[_Candidate]:
        """The candidates whose head is token `token`, in list order."""
        return self._window.span(self.candidates, token, token + 1)

    def _add_groups(self) -> None:
        """Coordinated entities ("Russia and North Korea") form a plural candidate."""
        by_token = {c.token: c for c in self.candidates}
        groups = []
        for cand in self.candidates:
            tok = self.doc[cand.token]
            if tok.dep_ == "conj":
                continue
            members = [cand] + [by_token[c.i] for c in tok.conjuncts if c.i in by_token and c.i > tok.i]
            if len(members) > 1:
                groups.append(_Candidate(" and ".join(m.text for m in members), "GROUP", cand.token,
                                         cand.sent, cand.subject, group=tuple(members)))
        self.candidates.extend(groups)
        self.candidates.sort(key=lambda c: (c.token, c.type == "GROUP"))

    def _before(self, i: int, window: int = 3):
        """Candidates before token i within `window` sentences, nearest first, subjects favoured."""
        sent = self.sent_of.get(i, 0)
        pool = self._window.span(self.candidates, self._window.sentence_start(sent - window), i)

        def rank(c: _Candidate):
            # nearest sentence first; in each, subjects first (the matrix subject of a report,
            # "BAA says it ..."), then the nearest
            return (sent - c.sent, 0 if c.subject else 1, -c.token)

        return sorted(pool, key=rank)

    def score(self, token) -> float | None:
        """How sure the resolution of `token` is, when the rule that made it can tell (a role
        only one person in view holds); None leaves the score to the word resolved."""
        return self.scores.get(token.i)

    def resolve(self, token) -> tuple[_Candidate, ...]:
        """Antecedent(s) of a pronoun or description head token; () when unresolved.

        A resolved mention joins the candidates, so later references count it for salience.
        """
        if token.i not in self._memo:
            found = self._resolve(token)
            self._memo[token.i] = found
            if len(found) == 1 and not self._heads_at(token.i):
                c = found[0]
                self._window.add(self.candidates, _Candidate(c.text, c.type, token.i, self.sent_of[token.i],
                                                             _is_subject(token), c.roles, gender=c.gender))
        return self._memo[token.i]

    def _resolve(self, token) -> tuple[_Candidate, ...]:
        word = token.lower_
        sent = self.sent_of.get(token.i, 0)
        if standalone_possessive(token):
            return ()  # "Smith used his": his phone, not Smith nor anyone else
        if word in PERSONAL:
            named = self._bracketed(token)
            if named:
                self.scores[token.i] = SURE_PRONOUN_SCORE
                return named
        if word in _FIRST_PERSON:
            return self._speaker(token)
        if word in _FIRST_PLURAL:
            return self._speaker_side(token)
        if word in _REFLEXIVE:
            return self._reflexive(token)
        if word in _MASC or word in _FEM:
            return self._person(token, "male" if word in _MASC else "female")
        # "it" and "they" are resolved only to a salient antecedent: one in the same sentence
        # or the subject of the previous one; anything further is too often wrong
        if word in _NEUT:
            if _is_expletive(token):
                return ()
            for c in self._before(token.i, window=1):
                if c.type in _THING_TYPES and (c.sent == sent or c.subject) \
                        and not self._same_clause_subject(token, c):
                    if self._common_noun_between(c, token, plural=False) or self._topic_is_common_noun(token, plural=False) \
                            or self._under_common_noun_subject(c):
                        return ()
                    return (c,)
            return ()
        if word in _PLURAL:
            for c in self._before(token.i, window=1):
                if not (c.sent == sent or c.subject) or self._same_clause_subject(token, c):
                    continue
                if c.type == "GROUP" or (c.type in {"NORP", "ORG"} and c.text.endswith("s")):
                    if self._common_noun_between(c, token, plural=True) or self._topic_is_common_noun(token, plural=True):
                        return ()
                    return c.group if c.type == "GROUP" else (c,)
            return self._governing_organisation(token)
        return self._description(token)

    def _governing_organisation(self, token) -> tuple[_Candidate, ...]:
        """"The State Department described him as a leader when they offered a reward": an
        organisation is "they" to the pronoun subject of a clause inside the clause it is the
        subject of, when no plural noun (of people who could be "they") stands between them
        and no other organisation or group is the subject there. () otherwise."""
        if token.dep_ != "nsubj" or token.head.pos_ not in {"VERB", "AUX"}:
            return ()
        sent = self.sent_of.get(token.i, 0)
        subjects = [c for c in self._window.span(self.candidates, self._window.sentence_start(sent), token.i)
                    if c.subject and c.type in {"ORG", "GROUP", "NORP", "PERSON"}]
        if not subjects:
            return ()
        cand = subjects[-1]  # the nearest subject before the pronoun
        verb = self.doc[cand.token].head
        if cand.type != "ORG" or verb == token.head or token not in verb.subtree:
            return ()
        if any(t.tag_ in {"NNS", "NNPS"} or t.lower_ in _PLURAL for t in self.doc[cand.token + 1: token.i]):
            return ()
        return (cand,)

    def _bracketed(self, token) -> tuple[_Candidate, ...]:
        """The name an editor's bracket after a pronoun gives it: 'It [Haghia Sophia] is a
        temple', 'he [Putin] would visit' -> that name, whatever its type (the editor says
        who is meant); () without a bracketed name."""
        after = self.doc[token.i + 1: token.i + 2]
        if not after or after[0].text != "[":
            return ()
        for tok in self.doc[token.i + 2: token.i + 10]:
            if tok.text == "]":
                break
            span = self.names.entity_at(tok.i)
            if span is not None:
                return self._at(span)
        return ()

    def _person(self, token, want: str) -> tuple[_Candidate, ...]:
        """`_person_of` no surer than the subject pronoun of its sentence (`_subject_pronoun`):
        "He must recall his row with Lane, the nurse who shouted at him": when "He" is
        unresolved, so are "his" and "him"; when it is a guess, they are guesses too."""
        subject = self._subject_pronoun(token, want)
        if subject is None:
            return self._person_of(token, want)
        if not self.resolve(subject):
            return ()
        found = self._person_of(token, want)
        cap = self.scores.get(subject.i)
        if found and cap is not None and cap < self.scores.get(token.i, 1.0):
            self.scores[token.i] = cap
        return found

    def _subject_pronoun(self, token, want: str):
        """The "he"/"she" of the pronoun's gender that is the main-clause subject of its
        sentence before it, or None (also for that subject itself)."""
        sent = self.names.sentences[self.sent_of.get(token.i, 0)]
        words = _MASC if want == "male" else _FEM
        for tok in self.doc[sent.start: token.i]:
            if tok.dep_ in _SUBJECT_DEPS and tok.lower_ in words and _main_clause(tok):
                return tok
        return None

    def _once_named_over_the_topic(self, best: _Candidate, token, want: str) -> bool:
        """True when "he"/"she" would go to a person named once so far while the person of that
        gender the article names most (twice or more, last within `DISTANT_SENTENCES`) is
        another, and the once-named one is neither named in this sentence nor the last one's subject:
        "Tom Baker ... Mr Baker ... Baker ... writes Greg Walsh. ... He must recall ...": the
        pronoun is as likely the article's topic as the one named in passing."""
        if best.type != "PERSON":
            return False
        counts = self._mentions_before(token.i, want)
        if counts.get(_surname(best), (0, -1))[0] != 1:
            return False
        sent = self.sent_of.get(token.i, 0)
        top, (count, last) = max(counts.items(), key=lambda kv: kv[1][0], default=("", (0, -1)))
        if top == _surname(best) or count < 2 or sent - last > DISTANT_SENTENCES:
            return False
        recent = self._window.span(self.candidates, self._window.sentence_start(sent - 1), token.i)
        # named in the pronoun's own sentence in any role ("after Theresa May stepped down after
        # she ...", however the parse hangs the name), or the last sentence's subject
        # never as the possessor of a role ("his time as Barack Obama's vice president, he ...")
        return not any(_surname(c) == _surname(best) and (c.subject or c.sent == sent and not self._role_owner(c))
                       for c in recent)

    def _role_owner(self, cand: _Candidate) -> bool:
        """True when a name is the possessor of a noun for a person ("Obama's vice president")."""
        tok = self.doc[cand.token]
        return tok.dep_ == "poss" and is_person_noun(tok.head)

    def _mentions_before(self, before: int, want: str) -> dict[str, tuple[int, int]]:
        """surname -> (how many times, sentence of the last) the article names each person of
        that gender before a token (one binary search per person)."""
        people = self._people_by_gender().get(want, ([], []))[1]
        out = {}
        for mentions in people:
            n = bisect_left([c.token for c in mentions], before)
            if n:
                out[_surname(mentions[0])] = (n, mentions[n - 1].sent)
        return out

    def _person_of(self, token, want: str) -> tuple[_Candidate, ...]:
        """"he"/"she": the nearest person of that gender, subjects first; a person of unknown
        gender only when no one of the right gender is that near. Abstains when the best
        candidate is not a subject and another fitting person is in the same sentence
        ("met the envoy, then the President, where he ...": either could be meant). Inside a
        quotation "he" is never its speaker, who would say "I"; outside one it is never a
        person named only inside a quotation (Smith said: "Jones has failed us." His deputy
        ...: Smith's, not Jones's): the narrator's pronouns take up the narrator's people."""
        quote = quotation_at(self.doc, token.idx)
        # "I pray for his return": the speaker under any of his names ("Durbin", "Dick Durbin")
        speaker = {c.text.split()[-1] for c in self._speaker(token)} if quote else set()
        pool = [c for c in self._before(token.i) if c.type == "PERSON" and c.gender in (want, None)
                and not self._same_clause_subject(token, c) and c.text.split()[-1] not in speaker
                and not _in_apposition_to(token, self.doc[c.token])
                and (quote or not quotation_at(self.doc, self.doc[c.token].idx))]
        if not pool:
            return self._only_one_of_gender(token, want, speaker, quote)
        local = self._possessor(token, want)
        if local is not None:
            return local
        bound = self._governing_subject(token, pool, want)
        if bound is not None:
            self.scores[token.i] = SURE_PRONOUN_SCORE
            return (bound,)
        nearest = pool[0].sent
        known = [c for c in pool if c.gender == want]
        best = known[0] if known and known[0].sent >= nearest - 1 else pool[0]
        aside = self._over_an_aside(best, token, want)
        if aside is not None:
            return aside
        if self._once_named_over_the_topic(best, token, want):
            return ()
        rivals = {c.text for c in pool if c.sent == best.sent and c.text != best.text
                  and (c.gender == want or best.gender is None)}
        if not best.subject and rivals:
            return ()
        # the subject is preferred over another person of the same gender in its sentence
        # ("Diana Lee beat Maria Cruz. She ..."): a guess between two, kept as a doubtful one;
        # not over the noun a relative clause around the pronoun is about ("Hunt, who
        # succeeded him": him is not Hunt)
        if {r for r in rivals if not self._relative_head(token, r, pool)}:
            self.scores[token.i] = AMBIGUOUS_SCORE
        if best.gender is None and not best.subject and best.sent != self.sent_of.get(token.i, 0):
            return ()  # a name of unknown gender, last seen as no one's subject: too weak a guess
        if self._unnamed_person_subject_between(best, token):
            return ()  # "the bus driver told reporters he lost control": the driver, unnamed
        if self._beyond_doubt(best, pool, token):
            # a subject continuing the one person subject is no guess, whoever else is in view
            self.scores[token.i] = SURE_PRONOUN_SCORE
        elif self._rival_in_view(best, pool, want, token):
            # another person of that gender is in view and the pronoun does not continue the
            # subject chain ("Ann Lee met Eva Cruz's sister. ... She ..."): a guess
            self.scores[token.i] = AMBIGUOUS_SCORE
        return (best,)

    def _over_an_aside(self, best: _Candidate, token, want: str) -> tuple[_Candidate, ...] | None:
        """What "he"/"she" in a later sentence means when the nearest person was named only in
        an aside (`_aside`): "Mr Lee joined the army. One of his fellow cadets was John Park.
        At the base, he ...": a person named as a copula's predicate or in an apposition does
        not take over from the person the article is about. The person the aside describes
        ("his fellow cadets": Lee) when that person was a main-clause subject before it, as a
        guess (`AMBIGUOUS_SCORE`); else nothing when another person who could be meant was a
        subject before the aside; None (no say) when the nearest is no aside."""
        if best.sent >= self.sent_of.get(token.i, 0) or not self.names.entity_at(best.token):
            return None
        described = _aside(self.doc[best.token])
        if described is None:
            return None
        owner = self.resolve(described) if described.lower_ in PERSONAL else self._at_token(described)
        owner = owner[0] if len(owner) == 1 and owner[0].type == "PERSON" else None
        earlier = self._window.span(self.candidates, self._window.sentence_start(best.sent - DISTANT_SENTENCES),
                                    best.token)
        topics = [c for c in earlier if c.type == "PERSON" and c.subject and _surname(c) != _surname(best)
                  and c.gender in (want, None) and _main_clause(self.doc[c.token])]
        if owner is not None and owner.gender != _other(want) \
                and any(_surname(c) == _surname(owner) for c in topics):
            self.scores[token.i] = AMBIGUOUS_SCORE
            return (owner,)
        return () if topics else None

    def _at_token(self, token) -> tuple[_Candidate, ...]:
        """The candidates of the name at a token, () when no name is there."""
        span = self.names.entity_at(token.i)
        return self._at(span) if span is not None else ()

    def _only_one_of_gender(self, token, want: str, speaker: set[str], quote) -> tuple[_Candidate, ...]:
        """"he"/"she" with no person in view: the one person of that gender the article has
        named so far, when it names no person of unknown gender before the pronoun (who could
        be meant too), the person was last named at most `DISTANT_SENTENCES` sentences back,
        is not the quotation's speaker, and no unnamed person ("the woman", "a protester") is
        a subject since: "Carrie Lam said ... [five sentences of others' words] ... 'She is
        just doing this,' said a protester." Scored `DISTANT_SCORE`: the distance is a doubt."""
        people = self._people_by_gender()
        firsts = people.get(want, ([], []))[0]
        unknown = people.get(None, ([], []))[0]
        if bisect_left(firsts, token.i) != 1 or bisect_left(unknown, token.i) != 0:
            return ()
        mentions = people[want][1][0]
        last = mentions[bisect_left([c.token for c in mentions], token.i) - 1]
        sent = self.sent_of.get(token.i, 0)
        if sent - last.sent > DISTANT_SENTENCES or _surname(last) in speaker \
                or (not quote and quotation_at(self.doc, self.doc[last.token].idx)):
            return ()
        if any(t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and self.names.entity_at(t.i) is None
               and is_person_noun(t) for t in self.doc[last.token + 1: token.i]):
            return ()
        self.scores[token.i] = DISTANT_SCORE
        return (last,)

    def _people_by_gender(self) -> dict:
        """gender -> (sorted first-mention tokens of each named person, [their mentions by person in
        order of first mention]), from the article's names (built once)."""
        if self._by_gender is None:
            by_surname: dict[str, list[_Candidate]] = {}
            for c in self.candidates:
                if c.type == "PERSON" and self.names.entity_at(c.token) is not None:
                    by_surname.setdefault(_surname(c), []).append(c)
            self._by_gender = {}
            for mentions in by_surname.values():
                gender = mentions[0].gender
                firsts, people = self._by_gender.setdefault(gender, ([], []))
                firsts.append(mentions[0].token)
                people.append(mentions)
            for gender, (firsts, people) in self._by_gender.items():
                order = sorted(range(len(firsts)), key=firsts.__getitem__)
                self._by_gender[gender] = ([firsts[n] for n in order], [people[n] for n in order])
        return self._by_gender

    def _rival_in_view(self, best: _Candidate, pool: list[_Candidate], want: str, token) -> bool:
        """True when a person of the pronoun's gender other than the candidate (another
        surname) is in the window: one of known gender, or any when the candidate's is
        unknown; never the noun of a relative clause the pronoun is an object in."""
        return any(_surname(c) != _surname(best) and (c.gender == want or best.gender is None)
                   and not self._relative_head(token, c.text, pool) for c in pool)

    def _beyond_doubt(self, best: _Candidate, pool: list[_Candidate], token) -> bool:
        """True when no other person in view could be meant by "he"/"she": the candidate is
        the only person of a fitting gender in the window, or the pronoun is a subject or a
        possessive that continues the subject chain -- the candidate's name is the subject of
        the main clause of the same or the previous sentence, and no other person is a
        subject (of any clause) from there on. The subject of a clause inside another ("after
        Smith arrived", "officials said Smith left") starts no chain."""
        others = {_surname(c) for c in pool} - {_surname(best)}
        if not others:
            return True
        sent = self.sent_of.get(token.i, 0)
        if token.dep_ not in _SUBJECT_DEPS | {"poss"}:
            return False
        chain = [c.sent for c in pool if c.subject and c.sent >= sent - 1 and _surname(c) == _surname(best)
                 and _main_clause(self.doc[c.token])]
        if not chain:
            return False
        return not any(c.subject and _surname(c) != _surname(best) for c in pool if c.sent >= min(chain))

    def _possessor(self, token, want: str) -> tuple[_Candidate, ...] | None:
        """What the clause around a possessive "his"/"her" says, or None when it says nothing:

        - "Joe Biden and his son": the person the possessed noun is coordinated with;
        - "Honcharuk filed his resignation", "the driver lost his licence": a subject of the
          clause that is no named person the resolver knows (a name the tagger missed or took
          for a place, a common noun for a person) -- () rather than a person named further
          away.
        """
        if token.dep_ != "poss":
            return None
        owned = token.head
        if owned.dep_ == "conj":
            span = self.names.entity_at(owned.head.i)
            if span is not None and span.label == "PERSON":
                found = self._at(span)
                return found if found and found[0].gender != _other(want) else ()
        verb = owned
        while verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"dobj", "pobj", "prep", "attr", "conj", "appos"} \
                and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < token.i), None)
        if subject is None:
            return None
        span = self.names.entity_at(subject.i)
        if span is not None:  # a person's name the tagger typed as a place ("Honcharuk" GPE)
            return () if span.label not in {"PERSON", "ORG", "NORP"} else None
        return () if subject.pos_ == "PROPN" or is_person_noun(subject) else None

    def _governing_subject(self, token, pool: list[_Candidate], want: str) -> _Candidate | None:
        """The named subject of a clause that contains a subject or possessive pronoun, when
        no other person who could be meant stands between them: "Sanders said he would
        run", "Sanders continued his bid" -- the pronoun continues the clause's subject even
        when its gender is unknown and a person of known gender was named a sentence earlier.
        Object pronouns are left to recency ("Sanders praised him" is someone else)."""
        if token.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            return None
        sent = self.sent_of.get(token.i, 0)
        for cand in pool:
            if cand.sent != sent or not cand.subject or cand.type != "PERSON" \
                    or cand.gender not in (want, None):
                continue
            verb = self.doc[cand.token].head
            if self.doc[cand.token].dep_ == "conj":  # "Kim and Putin said they"
                return None
            if token not in verb.subtree or _in_apposition_to(token, self.doc[cand.token]):
                continue  # "Walsh, his rival, said": his is not Walsh's own
            between = [c for c in self.candidates if cand.token < c.token < token.i
                       and c.type == "PERSON" and c.text != cand.text and c.gender != _other(want)]
            return None if between else cand
        return None

    def _unnamed_person_subject_between(self, best: _Candidate, token) -> bool:
        """True when a common noun for a person is a subject between the candidate and the
        pronoun, in the pronoun's sentence: the pronoun most likely continues that subject."""
        sent = self.names.sentences[self.sent_of.get(token.i, 0)]
        start = best.token + 1 if best.token >= sent.start else sent.start
        return any(t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and self.names.entity_at(t.i) is None
                   and is_person_noun(t) for t in self.doc[start: token.i])

    def _reflexive(self, token) -> tuple[_Candidate, ...]:
        """"himself", "itself": the subject of its own clause (climbing through open
        complements: "Biden tried to involve himself"), if it fits the pronoun; else nothing.
        The binding is syntactic, so it holds where recency would pick a nearer name."""
        verb = token.head
        for _ in range(4):
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None or verb.dep_ not in {"xcomp", "conj", "prep", "pcomp"} or verb.head is verb:
                break
            verb = verb.head
        if subject is None or subject.i >= token.i:
            return ()
        span = self.names.entity_at(subject.i)
        if span is not None:
            root = self.doc[span.start:span.end].root.i
            here = self._heads_at(root)
            group = [c for c in here if c.type == "GROUP"]  # "Russia and China ... themselves"
            found = group[0].group if group and token.lower_ == "themselves" else \
                tuple(c for c in here if c.type != "GROUP")[:1]
        elif subject.pos_ == "PRON" and subject.lower_ in PERSONAL:
            found = self.resolve(subject)
        else:
            return ()
        fits = {"himself": lambda c: c.type == "PERSON" and c.gender != "female",
                "herself": lambda c: c.type == "PERSON" and c.gender != "male",
                "itself": lambda c: c.type in _THING_TYPES,
                "themselves": lambda c: len(found) > 1 or c.type in {"NORP", "ORG"}}[token.lower_]
        return found if found and all(fits(c) for c in found) else ()

    def _common_noun_between(self, cand: _Candidate, token, *, plural: bool) -> bool:
        """True when a common noun argument of the pronoun's number stands between the named
        candidate and the pronoun: "X drafted his resignation and tendered it" refers to the
        resignation, which is no entity, so the pronoun is left unresolved."""
        tags = {"NNS"} if plural else {"NN"}
        for tok in self.doc[cand.token + 1: token.i]:
            if tok.tag_ in tags and tok.dep_ in _ARGUMENT_DEPS and self.names.entity_at(tok.i) is None \
                    and tok.lower_ not in _PERSON_NOUNS:
                return True
        return False

    def _under_common_noun_subject(self, cand: _Candidate) -> bool:
        """True when the named candidate sits inside a clause about a common noun: in "the
        constitution is a step towards a federal Europe, but advocates say it ensures ...",
        "it" is the constitution, not Europe."""
        token = self.doc[cand.token]
        if token.dep_ in _SUBJECT_DEPS or (token.dep_ == "appos" and token.head.dep_ in _SUBJECT_DEPS):
            return False  # the name is the subject, or names it ("the organisation, the EEF, said")
        verb = token.head
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
                break
            verb = verb.head
        return any(c.dep_ in _SUBJECT_DEPS and c.tag_ == "NN" and self.names.entity_at(c.i) is None
                   and c.lower_ not in _PERSON_NOUNS for c in verb.children)

    def _topic_is_common_noun(self, token, *, plural: bool) -> bool:
        """True when "it"/"they" opens a sentence right after one whose first subject (its
        topic) is a common noun of its number: "The delegation ..., the FT reported. It was led by ..."
        continues the delegation, not the newspaper."""
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        sent = self.sent_of.get(token.i, 0)
        if sent == 0 or any(t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i
                            for t in self.names.sentences[sent] if t.head.dep_ == "ROOT"):
            return False
        topic = next((t for t in self.names.sentences[sent - 1] if t.dep_ in {"nsubj", "nsubjpass"}), None)
        tags = {"NNS"} if plural else {"NN"}
        return topic is not None and topic.tag_ in tags and self.names.entity_at(topic.i) is None \
            and topic.lower_ not in _PERSON_NOUNS and not _named_by_apposition(topic, self.names)

    def _speaker(self, token) -> tuple[_Candidate, ...]:
        """"I", "me", "we" inside a quotation: the person the quotation is attributed to
        ("'I informed him,' Trump said"; 'Trump said: "I ..."'); () when the quotation is
        attributed to someone unnamed ("a police spokesman said") or to no one."""
        quote = quotation_at(self.doc, token.idx)
        subject = self._attribution(quote) if quote else None
        if subject is None:
            return ()
        span = self.names.entity_at(subject.i)
        if span is None:  # "The Senate Minority Leader, Chuck Schumer, said": the apposed name
            span = next((self.names.entity_at(c.i) for c in subject.children
                         if c.dep_ == "appos" and self.names.entity_at(c.i) is not None), None)
        if span is not None and span.label == "PERSON":
            return tuple(self._heads_at(self.doc[span.start:span.end].root.i))[:1]
        if subject.lower_ in _MASC | _FEM:
            return self.resolve(subject)
        return ()

    def _speaker_side(self, token) -> tuple[_Candidate, ...]:
        """"we", "us", "our" inside a quotation: the organisation or state the quotation is
        attributed to ("Ford wrote: 'we have notified ...'"), the one its speaker is stated
        to speak for ("a spokesman for Tesco", "Tesco spokesman Jo Smith", "Jo Smith, chief
        executive of Tesco"), or the state a speaker holds an office of ("Ukrainian President
        X"; () when the text never names that state); else a named speaker, who is one of
        "we" ("'We made a plea to the president,' Schumer said"). () when the speaker is
        unnamed or absent."""
        quote = quotation_at(self.doc, token.idx)
        subject = self._attribution(quote) if quote else None
        if subject is None:
            return ()
        for named in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
            span = self.names.entity_at(named.i)  # "Ford wrote", "the filing itself, Ford, made ..."
            if span is not None and span.label in _COLLECTIVE_TYPES:
                return self._at(span)
        for noun in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
            side = self._spoken_for(noun)
            if side is not None:
                return self._at(side)
        speaker = self.resolve(subject) if subject.lower_ in _MASC | _FEM else self._speaker(token)
        if len(speaker) == 1:
            state = self._state_of(speaker[0])
            if state is not None:  # "'We have been attacked,' Ukrainian President X said"
                return tuple(c for c in self._before(token.i, window=1000)
                             if c.type == "GPE" and self._identity(c) == state)[:1]
        if token.lower_ in _PLURAL_OBJECTS:
            # a person is one of "we" who act, but "stop them taking us back" is done to a
            # whole side or everyone, not to the speaker
            return ()
        return speaker

    @staticmethod
    def _state_of(person: _Candidate) -> str | None:
        """The country a person holds a state office of, by the words of the title before
        the name ("Ukrainian President", "French Foreign Minister"); None for anyone else."""
        if not person.roles & _STATE_OFFICES:
            return None
        words = sorted(person.roles)
        for form in [*words, *(f"{a} {b}" for a in words for b in words if a != b)]:
            found = gazetteer.country(form) or gazetteer.country_of_demonym(form)
            if found is not None:
                return found.name
        return None

    def _spoken_for(self, noun):
        """The organisation a title noun says its holder speaks for: "spokesman for Tesco",
        "Tesco spokesman", "Tesco's chief executive"; None when the title names none."""
        if noun.lemma_.lower() not in _SPOKESPEOPLE:
            return None
        for child in noun.children:
            found = None
            if child.dep_ in {"compound", "poss", "nmod"}:
                found = self.names.entity_at(child.i)
            elif child.dep_ == "prep" and child.lower_ in _FOR_PREPS:
                found = next((self.names.entity_at(c.i) for c in child.children
                              if c.dep_ == "pobj" and self.names.entity_at(c.i) is not None), None)
            if found is not None and found.label == "ORG":
                return found
        return None

    def _at(self, span) -> tuple[_Candidate, ...]:
        """The candidate of a name span (one, not its coordinated group)."""
        root = self.doc[span.start:span.end].root.i
        return tuple(c for c in self._heads_at(root) if c.type != "GROUP")[:1]

    def _attribution(self, quote: tuple[int, int]):
        """The subject token of the speech verb a quotation is attributed to, outside the
        quotation in its sentence or the one before or after; None when there is none. The
        first speech verb found decides, named or not."""
        start, end = quote
        sents = self.names.sentences
        if self._sent_ends is None:
            self._sent_ends = [s.end_char for s in sents]  # in order: binary search, not a scan per quotation
        q_first = bisect_left(self._sent_ends, start + 1)  # the first sentence ending after start
        q_first = q_first if q_first < len(sents) else 0
        q_last = bisect_left(self._sent_ends, end)  # the first ending at or after end
        q_last = q_last if q_last < len(sents) else q_first
        for n in (q_last, q_first, q_last + 1, q_first - 1):
            if not 0 <= n < len(sents):
                continue
            if n == q_last + 1 and self._other_quotation(sents[n], quote):
                continue  # '"..." \n Zelensky told reporters, "...": he attributes his own words
            for verb in sents[n]:
                if verb.lemma_.lower() not in QUOTE_VERBS or verb.pos_ != "VERB" or quotation_at(self.doc, verb.idx):
                    continue
                for subj in (c for c in verb.children if c.dep_ == "nsubj" and not quotation_at(self.doc, c.idx)):
                    return subj
                if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "Ford made this point, writing: '...'"
                    for subj in (c for c in verb.head.children if c.dep_ == "nsubj"
                                 and not quotation_at(self.doc, c.idx)):
                        return subj
                if n in (q_first, q_last) and self._governs(verb, quote):
                    # 'Speaking to AFP, the president of X, Y, said, "We ..."' parsed without a
                    # subject: the quotation's own verb has its speaker, unread; a speech verb of
                    # the sentence before ("X claimed responsibility") is someone else's
                    return None
        return None

    def _governs(self, verb, quote: tuple[int, int]) -> bool:
        """True when a word of the quotation hangs on the verb: the verb introduces it."""
        return any(quotation_at(self.doc, c.idx) == quote for c in verb.children if not c.is_punct)

    def _other_quotation(self, sent, quote: tuple[int, int]) -> bool:
        """True when a sentence holds a quotation other than `quote`."""
        return any((found := quotation_at(self.doc, tok.idx)) is not None and found != quote
                   for tok in sent)

    def _relative_head(self, token, text: str, pool: list[_Candidate]) -> bool:
        """True when the person named `text` is the noun of a relative clause in which
        `token` is an object: "Jeremy Hunt, who succeeded him"."""
        verb = token.head if token.dep_ != "pobj" else token.head.head
        if token.dep_ not in {"dobj", "pobj", "dative"} or verb.dep_ != "relcl":
            return False
        return any(c.text == text and c.token == verb.head.i for c in pool)

    def _same_clause_subject(self, token, cand: _Candidate) -> bool:
        """A non-reflexive object pronoun never refers to the subject of its own clause."""
        if token.dep_ not in {"dobj", "pobj", "dative"}:
            return False
        verb = token.head if token.dep_ != "pobj" else token.head.head
        return any(c.i == cand.token for c in verb.children if c.dep_ in _SUBJECT_DEPS)

    def _description(self, token) -> tuple[_Candidate, ...]:
        """Definite descriptions: "the country", "the North", "the Russian president", "both sides"."""
        det = {c.lower_ for c in token.children if c.dep_ in {"det", "predet", "nummod"}}
        if not det & {"the", "this", "both", "two", "these"}:
            return ()
        lemma = token.lemma_.lower()
        word = token.lower_
        if word in _COMPASS or (token.pos_ == "PROPN" and word in _COMPASS):
            for c in self._before(token.i, window=50):
                if c.type in {"GPE", "LOC"} and c.text.lower().startswith(word + " "):
                    return (c,)
            return ()
        if lemma in _PAIR_NOUNS and "the" in det:
            return self._pair(token)
        if any(c.dep_ in {"compound", "amod", "nmod"} and self.names.entity_at(c.i) is not None
               for c in token.children) and word in _GROUP_NOUNS:
            return ()  # "the G8 countries", "the Nordic nations": a set the text names itself
        if word in _GROUP_NOUNS and not det & {"both", "two"} \
                and any(c.dep_ == "amod" and not c.like_num for c in token.children):
            return ()  # "the old parties", "the smaller nations": a kind the adjective picks, no named pair
        if word in _GROUP_NOUNS and det & {"both", "two", "the"}:  # not "two-thirds of senators"
            person = lemma in {"leader", "man", "president"}
            want = {"PERSON"} if person else {"GPE"}
            for c in self._before(token.i, window=2):
                if c.type == "GROUP" and len(c.group) == 2 and all(m.type in want for m in c.group):
                    return c.group
            # otherwise the two most salient of that kind in the article so far; a demonym
            # ("North Korean leader") counts for its country
            by_ident: dict[str, _Candidate] = {}
            for c in self._before(token.i, window=1000):
                ident = self._identity(c)
                if (c.type in want or (not person and c.type == "NORP" and ident != c.text)) \
                        and ident not in by_ident:
                    by_ident[ident] = _Candidate(ident, "GPE" if not person else c.type, c.token,
                                                 c.sent, c.subject)
            ranked = sorted(by_ident.values(), key=lambda c: -self._salience(c, token.i))
            return tuple(ranked[:2]) if len(ranked) >= 2 else ()
        if lemma in _TERRITORY_NOUNS and det == {"the"}:
            return self._territory(token)
        if lemma in _STATE_NOUNS and "the" in det:
            # the most salient state of the last sentences: most mentioned, then nearest
            pool = [c for c in self._before(token.i, window=3)
                    if c.type == "GPE" and gazetteer.country(c.text) is not None
                    and self.doc[c.token].dep_ not in _MODIFIER_DEPS]  # "a UK entrepreneur"
            if len({self._identity(c) for c in pool}) == 1:
                return (pool[0],)
            return ()  # two states in view: "Putin thanked the nation" may mean either
        if "the" in det and token.tag_ == "NN" and lemma in ORGANISATION_NOUNS:  # not "the committees"
            return self._organisation(token, lemma)
        if "the" in det and token.pos_ in {"NOUN", "PROPN"} and _person_word(token) and not _thing_noun(token):
            # a role description ("the president", "the Queen" capitalised as a title): every modifier word must agree with the person's roles;
            # "the club" never means the club's manager
            modifiers = set()
            for child in token.children:
                if child.dep_ in {"amod", "compound"}:
                    modifiers.update(t.lower_ for t in child.subtree if t.is_alpha)
            # "the President of the United States": the one it names holds the title for that name
            served = [span for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and (span := self.names.entity_at(p.i)) is not None]
            fits = [c for c in self._before(token.i, window=12)
                    if c.type == "PERSON" and lemma in c.roles and modifiers <= _expand(c.roles)
                    and not (c.roles & QUALIFIERS) - modifiers and _serves(c, served)]
            if fits:
                if len({c.text.split()[-1] for c in fits}) == 1:
                    self.scores[token.i] = UNIQUE_ROLE_SCORE  # no one else in view holds the role
                return fits[:1]
            # a lead that names the person only afterwards: "The North Korean chief ... Kim said"
            sent = self.sent_of.get(token.i, 0)
            later = [c for c in self._window.span(self.candidates, token.i + 1, len(self.doc))
                     if c.type == "PERSON"
                     and lemma in c.roles and modifiers <= _expand(c.roles)
                     and not (c.roles & QUALIFIERS) - modifiers and _serves(c, served)]
            # further on than that, only when the article gives the title to one person
            # alone ("the Queen suspended parliament ... Johnson asked Queen Elizabeth II")
            alone = len({c.text.split()[-1] for c in later}) == 1
            if later and (alone or later[0].sent - sent <= 2):
                if alone:
                    self.scores[token.i] = UNIQUE_ROLE_SCORE
                return later[:1]
        return ()

    def headline_title(self, token) -> tuple[_Candidate, ...]:
        """A person's title with no article as a headline's subject ("Tunisian Prime Minister
        signs decree", "U.S. judge orders release"): headlines drop the article, and the title
        stands for the one person of the article whose title words hold the title and all its
        modifiers, a country's adjective or short name standing for the country ("Tunisian" for
        "... of Tunisia", "U.S." for "United States"). () when no one or two people hold it."""
        if token.lemma_.lower() not in TITLE_HEADS or token.dep_ not in _SUBJECT_DEPS \
                or self.names.entity_at(token.i) is not None \
                or any(c.dep_ in {"det", "poss", "predet", "nummod"} for c in token.children):
            return ()
        if self._headline is False:  # found once per article: it reads the whole text
            self._headline = headline.headline_sentence(self.doc)
        head = self._headline
        if head is None or not head.start <= token.i < head.end:
            return ()
        lemma = token.lemma_.lower()
        modifiers = {t.lower_ for c in token.children if c.dep_ in {"amod", "compound"}
                     for t in c.subtree if t.is_alpha or "." in t.text}
        fits = [c for c in self._window.span(self.candidates, head.end, len(self.doc))
                if c.type == "PERSON" and lemma in c.roles and not (c.roles & QUALIFIERS) - modifiers
                and all(_names_role_word(m, _expand(c.roles)) for m in modifiers)]
        if len({_surname(c) for c in fits}) != 1:
            return ()
        self.scores[token.i] = UNIQUE_ROLE_SCORE
        return fits[:1]

    def institution(self, token) -> tuple[_Candidate, ...]:
        """A bare "parliament", "congress", "senate", "cabinet" (English names its country's
        institution without an article: "Johnson suspends parliament") is the one
        organisation of the article, before or after, whose name holds the noun; names that
        nest ("Parliament", "UK Parliament") are one, and the fullest is kept. Two that do
        not nest ("Tunisian Parliament", "European Parliament"): unresolved."""
        lemma = token.lemma_.lower()
        if lemma not in _INSTITUTIONS or token.tag_ != "NN" or self.names.entity_at(token.i) is not None \
                or any(c.dep_ in {"det", "poss", "amod", "compound", "nmod"} for c in token.children):
            return ()
        if lemma not in self._institutions:  # the answer is the article's, not the token's
            named = {c.text: c for c in self.candidates if c.type == "ORG" and lemma in c.text.lower().split()}
            fullest = max(named, key=len, default=None)
            nested = fullest is not None and all(set(t.lower().split()) <= set(fullest.lower().split()) for t in named)
            self._institutions[lemma] = (named[fullest],) if nested else ()
        return self._institutions[lemma]

    def government(self, token) -> tuple[_Candidate, ...]:
        """"her government", "Lam's government", and "the government" inside a quotation:
        the state whose office the person (the possessor, or the quotation's speaker) holds,
        by the words of their title ("Carrie Lam, the chief executive of Hong Kong"). () when
        the title names no state or two, or the noun is modified ("the Chinese government",
        "the previous government": another may be meant)."""
        if token.lemma_.lower() not in _GOVERNMENT_NOUNS or token.tag_ != "NN" \
                or self.names.entity_at(token.i) is not None \
                or any(c.dep_ in {"amod", "compound", "nmod", "prep", "relcl", "acl"} for c in token.children):
            return ()
        poss = [c for c in token.children if c.dep_ == "poss"]
        if poss:
            owner = poss[0]
            span = self.names.entity_at(owner.i)
            person = self.resolve(owner) if owner.lower_ in _MASC | _FEM else \
                self._at(span) if span is not None and span.label == "PERSON" else ()
        elif any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and quotation_at(self.doc, token.idx) is not None:
            person = self._speaker(token)  # '"The government will withdraw the bill," Lam said'
        else:
            return ()
        if len(person) != 1 or person[0].type != "PERSON":
            return ()
        state = self._state_named_by(person[0])
        if state is None:
            return ()
        return tuple(c for c in self.candidates if c.type == "GPE" and self._identity(c) == state)[:1]

    def _state_named_by(self, person: _Candidate) -> str | None:
        """The one country the title words of a person's name forms name ("chief executive of
        Hong Kong" given to "Carrie Lam", asked for "Lam"); None for none or two."""
        roles = set().union(*(c.roles for c in self.candidates if c.type == "PERSON"
                              and (c.text == person.text or c.text.endswith(" " + person.text))))
        words = sorted(roles)
        found = {country.name for form in [*words, *(f"{a} {b}" for a in words for b in words if a != b)]
                 for country in (gazetteer.country(form), gazetteer.country_of_demonym(form)) if country}
        return found.pop() if len(found) == 1 else None

    def _pair(self, token) -> tuple[_Candidate, ...]:
        """"the duo", "the pair", "the Irish duo": the last two coordinated names in this or
        the last two sentences ("shareholders John Magnier and JP McManus"); any other name
        between them and the description leaves it unresolved."""
        for c in self._before(token.i, window=2):
            if c.type == "GROUP" and len(c.group) == 2:
                last = max(m.token for m in c.group)
                others = {o.text for o in self._window.span(self.candidates, last + 1, token.left_edge.i)
                          if o.type != "GROUP"} - {m.text for m in c.group}  # not "Irish" in "the Irish duo"
                return () if others else c.group
        return ()

    def _territory(self, token) -> tuple[_Candidate, ...]:
        """"the territory", "the province": the one place of the last sentences that is no
        sovereign state ("Golan Heights ... the status of the territory, which belonged to
        Syria": not Syria nor Israel), named as a noun of its own, not as a modifier ("a
        Gaza resident"). A compound or a phrase after the noun ("the territory of Ukraine", "the
        Kurdish territory") picks its own; two such places in view: unresolved."""
        if any(c.dep_ in {"compound", "nmod", "prep", "poss"} or c.dep_ in {"relcl", "acl"}
               and self.doc[c.left_edge.i - 1].text != "," for c in token.children):
            return ()  # a restrictive clause picks its own place; ", which ..." adds to it
        if any(c.dep_ == "amod" and c.ent_type_ for c in token.children):
            return ()  # "the Kurdish territory": a kind its adjective names
        pool = [c for c in self._before(token.i, window=3)
                if c.type in {"GPE", "LOC"} and gazetteer.country(c.text) is None
                and gazetteer.country_of_capital(c.text) is None
                and self.doc[c.token].dep_ not in _MODIFIER_DEPS]
        if len({c.text for c in pool}) != 1 or any(
                t.dep_ == "conj" or any(c.dep_ == "conj" for c in t.children)
                for t in (self.doc[c.token] for c in pool)):
            return ()  # "Crimea and Donetsk ... the territory": both may be meant
        return (pool[0],)

    def _organisation(self, token, lemma: str) -> tuple[_Candidate, ...]:
        """"the bank", "the union", "the company": the one organisation of the last sentences
        whose name holds that noun ("the Bank of England"), or, when none there does, the one
        the article named so far; names that nest ("Bank", "Bank of England") are one. For a
        noun no name need hold ("the company", "the firm"), the one organisation in view. Two
        in view: unresolved."""
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}]
        if not all(_descriptive(c) for c in modifiers):
            return ()  # "the central bank", "the rival firm": a different one may be meant
        # a lower-case "name" is a description the tagger took for one ("the supreme court")
        named = {c.text: c for c in self._before(token.i, window=5)
                 if c.type == "ORG" and lemma in c.text.lower().split() and not c.text.islower()}
        if len(named) == 1:  # the noun in the name is strong evidence: a longer reach
            only = next(iter(named.values()))
            if self._rival_named_before(token, lemma, only):
                return ()
            return (only,)
        if modifiers:  # "the three-judge court": only a name holding the noun is meant
            return ()
        if not _restricted(token):  # "the party with the most seats" picks its own referent
            # names that nest are one ("Bank", "Bank of England"); none in the last
            # sentences: the one the article named so far ("Riggs Bank ... [eight sentences]
            # ... a complaint against the bank")
            one = _one_organisation(named or self._named_holding(lemma, token.i))
            if one is not None:
                return (one,)
        pool = [c for c in self._before(token.i, window=2) if c.type == "ORG"]
        if lemma in _UNNAMED_ORGANISATION and not named and len({c.text for c in pool}) == 1 \
                and pool[0].subject and pool[0].text[:1].isupper():
            return (pool[0],)  # an organisation that acted, not a word the tagger took for one
        if lemma in _UNNAMED_ORGANISATION and not named:
            return self._organisation_of_the_sentence(token, pool)
        return ()

    def _rival_named_before(self, token, lemma: str, only: _Candidate) -> bool:
        """True when the article named another organisation holding the noun before the last
        sentences and the one in view never acted in them (was no subject there): "the Court of
        Session ruled ... The only court with higher authority is the Supreme Court ... The
        court's summary": the article's court is the one it is about, not the one it mentioned."""
        everywhere = self._named_holding(lemma, token.i)
        if _one_organisation({**everywhere, only.text: only}) is not None:
            return False  # no other, or names that nest ("Bank", "Bank of England")
        sent = self.sent_of.get(token.i, 0)
        return not any(c.subject and c.text == only.text for c in self._before(token.i, window=5)
                       if c.sent < sent or c.token < token.i)

    def _organisation_of_the_sentence(self, token, pool: list[_Candidate]) -> tuple[_Candidate, ...]:
        """"the company", "the firm" for the one organisation named as an argument earlier in
        its own sentence, when no other organisation is in view: "investigators looked into
        Acme Corp, and Lee sat on the board of the company". Recency stands in for the subject
        role here; a name that only modifies another noun ("an Acme spokesman") may be a word the
        tagger took for a name, and two organisations in view leave it unresolved."""
        if len({c.text for c in pool}) != 1:
            return ()
        cand = pool[0]
        if cand.sent != self.sent_of.get(token.i) or cand.token > token.i or not cand.text[:1].isupper() \
                or self.doc[cand.token].dep_ not in _ARGUMENT_DEPS or _restricted(token) \
                or _clause_of(self.doc[cand.token]) == _clause_of(token):
            return ()  # "Acme bought the company": one clause's two arguments are two things
        return (cand,)

    def _named_holding(self, lemma: str, before: int) -> dict[str, _Candidate]:
        """The article's organisation names before token `before` that hold the noun `lemma`
        as a word, by text; the article's list per noun is built once and cut by binary search."""
        if lemma not in self._holding:
            found = [c for c in self.candidates
                     if c.type == "ORG" and lemma in c.text.lower().split() and not c.text.islower()]
            self._holding[lemma] = ([c.token for c in found], found)
        tokens, found = self._holding[lemma]
        return {c.text: c for c in found[:bisect_left(tokens, before)]}

    def _salience(self, cand: _Candidate, before: int) -> int:
        """How often the candidate's entity was mentioned before token `before`."""
        return self._window.count_before(self.candidates, self._identity(cand), before)

    @staticmethod
    def _identity(cand: _Candidate) -> str:
        """A country's name for any of its names or its demonym; else the text itself."""
        if cand.type in {"GPE", "NORP", "ORG"}:
            found = gazetteer.country(cand.text) or (
                gazetteer.country_of_demonym(cand.text) if cand.type == "NORP" else None)
            if found:
                return found.name
        return cand.text


def _clause_of(token):
    """The verb whose clause holds a noun: its nearest verb or auxiliary ancestor (None: none)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


#: dependents after a noun that restrict it to what they say: "the party with the most seats",
#: "the bank that lends most", "the firm named in the report"
_RESTRICTIVE_DEPS = frozenset({"prep", "relcl", "acl"})


def _restricted(token) -> bool:
    """True when a description carries a restrictive modifier after its head, other than
    "of" ("the bank of X" is still the bank named before it). In "the leader of the party
    with the most seats" the parser may hang the modifier on "leader": one after the
    description on the noun whose "of" it is counts too.

    >>> import spacy; from spacy.tokens import Doc
    >>> words = "the leader of the party with the most seats".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 1, 8, 8, 5],
    ...           deps=["det", "ROOT", "prep", "det", "pobj", "prep", "det", "amod", "pobj"],
    ...           pos=["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN"])
    >>> bare = Doc(doc.vocab, words=["the", "party", "voted"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"])
    >>> _restricted(doc[4]), _restricted(bare[1])
    (True, False)
    """
    def after(noun) -> bool:
        return any(c.dep_ in _RESTRICTIVE_DEPS and c.i > token.i and c.lower_ != "of" for c in noun.children)
    of = token.head
    return after(token) or (token.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in {"NOUN", "PROPN"}
                            and after(of.head))


#: the second part of a hyphenated modifier that says where an organisation sits
#: ("the Luxembourg-based court", "the London-headquartered bank"), not which one it is
_LOCATED = frozenset({"based", "headquartered"})


def _descriptive(modifier) -> bool:
    """A modifier that describes an organisation without setting it apart from the one named
    before: its seat ("Luxembourg-based") or its size ("three-judge", "15-member"), written as
    one hyphenated word; "the central bank", "the rival firm" may mean another one.

    >>> import spacy; from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="the three - judge court".split(),
    ...           heads=[4, 3, 3, 4, 4], deps=["det", "nummod", "punct", "compound", "ROOT"],
    ...           pos=["DET", "NUM", "PUNCT", "NOUN", "NOUN"], spaces=[True, False, False, True, False])
    >>> _descriptive(doc[3])
    True
    """
    doc = modifier.doc
    start = hyphen_start(doc, modifier.i)
    if start == modifier.i:
        return False
    first = doc[start]
    return modifier.lower_ in _LOCATED or first.like_num


def _one_organisation(named: dict[str, _Candidate]) -> _Candidate | None:
    """The one organisation that names given for it stand for: names that nest ("Bank",
    "Bank of England") are one, and its fullest name is kept; two that do not nest ("Riggs
    Bank", "Bank of England"), or none: None.

    >>> a, b = _Candidate("Bank", "ORG", 0, 0, True), _Candidate("Bank of England", "ORG", 9, 1, True)
    >>> _one_organisation({"Bank": a, "Bank of England": b}).text
    'Bank of England'
    >>> _one_organisation({"Bank of England": b, "Riggs Bank": _Candidate("Riggs Bank", "ORG", 5, 0, True)}) is None
    True
    """
    if not named:
        return None
    fullest = max(named, key=lambda text: (len(text.split()), text))
    words = set(fullest.lower().split())
    if all(set(text.lower().split()) <= words for text in named):
        return named[fullest]
    return None


#: endings of nouns for a person who does something: driver, actor, journalist, resident
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person")


#: nouns of acts, agreements and documents: "the deal" is never a person's role, even when
#: the parser hung "a deal whereby X ..." before a name
_THING_NOUNS = frozenset({"deal", "agreement", "contract", "treaty", "pact", "plan", "proposal", "bill",
                          "law", "report", "statement", "letter", "decision", "move", "offer", "bid",
                          "case", "lawsuit", "ruling", "order", "decree", "project", "programme",
                          "program", "scheme", "policy", "investigation", "inquiry", "probe", "call",
                          "meeting", "talks", "visit", "trip", "attack", "war", "document", "post"})


def _thing_noun(token) -> bool:
    return token.lemma_.lower() in _THING_NOUNS


def is_person_noun(token) -> bool:
    """A common noun that names a person: a title ("the prime minister"), a person word
    ("the man") or an agent noun by its ending ("the driver", "the journalist")."""
    lemma = token.lemma_.lower()
    return lemma in TITLE_HEADS or lemma in _PERSON_NOUNS or (
        token.tag_ == "NN" and lemma.endswith(_AGENT_SUFFIXES) and len(lemma) > 4)


def _names_role_word(word: str, roles: set[str]) -> bool:
    """True when a title's modifier is one of a person's title words, or names the same country
    as them ("tunisian" and "tunisia", "u.s." and "united states").

    >>> _names_role_word("tunisian", {"prime", "minister", "tunisia"}), _names_role_word("u.s.", {"united", "states", "judge"})
    (True, True)
    >>> _names_role_word("french", {"prime", "minister", "tunisia"})
    False
    """
    if word in roles:
        return True
    found = gazetteer.country(word) or gazetteer.country_of_demonym(word)
    if found is None:
        return False
    return set(found.name.lower().split()) <= roles or any(
        (gazetteer.country(r) or gazetteer.country_of_demonym(r)) == found for r in roles)


def _surname(cand: _Candidate) -> str:
    return cand.text.split()[-1]


def _surnames(spans) -> frozenset[str]:
    """The last words of the article's person names of two or more words."""
    return frozenset(s.text.split()[-1] for s in spans if s.label == "PERSON" and len(s.text.split()) > 1)


def _agreed_gender(forms) -> str | None:
    """The gender of a person's name forms ("Joe Biden", "Hunter Biden") when the forms
    whose first name is known agree; None when none is known or they disagree.

    >>> _agreed_gender(["Hunter Biden", "Joe Biden"]), _agreed_gender(["Joe Biden", "Anna Biden"])
    ('male', None)
    """
    known = {g for g in map(gender, forms) if g is not None}
    return known.pop() if len(known) == 1 else None


#: titles of a single holder, which are no agent nouns: "the Queen", "the Pope"
_SOLE_TITLES = _MALE_HONORIFICS | _FEMALE_HONORIFICS | frozenset({
    "pope", "monarch", "emperor", "empress", "tsar", "shah", "pontiff", "sovereign"})


def _person_word(token) -> bool:
    """True for a noun that can describe a person: "the president", "the Queen", "the
    driver"; not "the television" in "on the live television", although a name once
    followed "live television" ("On live television Erdogan attacked ...")."""
    return is_person_noun(token) or token.lemma_.lower() in _SOLE_TITLES


def _serves(cand: _Candidate, spans) -> bool:
    """True when every name of a role description's "of" phrase is among the person's role
    words, as its words or as the same country ("Turkish President X" serves Turkey): "the
    President of the United States" is not the Turkish president named before it.

    >>> c = _Candidate("Ann Lee", "PERSON", 0, 0, True, roles={"turkish", "president"})
    >>> _serves(c, []), _serves(c, ["Turkey"]), _serves(c, ["the United States"])
    (True, True, False)
    """
    roles = _expand(cand.roles)
    countries = {found.name for word in roles
                 for found in (gazetteer.country(word), gazetteer.country_of_demonym(word)) if found}
    for span in spans:
        text = getattr(span, "text", span)
        country = gazetteer.country(text)
        if not (set(text.lower().split()) <= roles or (country is not None and country.name in countries)):
            return False
    return True


def _other(gender: str) -> str:
    return "female" if gender == "male" else "male"


def _expand(roles: set[str]) -> set[str]:
    """Role words plus their parts, so "north korean" matches roles {"north", "korean"}."""
    out = set(roles)
    for r in roles:
        out.update(r.split())
    return out


#: what a copula's other side says a name is: "was one of his pupils", "was among his friends"
_PREDICATE_DEPS = frozenset({"attr", "nsubj", "prep", "acomp"})


def _aside(token):
    """The token an aside about a name describes, or None when the name is no aside: a name
    that is only the predicate of a copula ("One of his fellow pupils was John Park": the
    possessive of the description, "his") or its subject with a predicate that describes
    someone else ("Park was among his friends", "Park was Lee's ally"), or a name in an
    apposition outside a subject's phrase ("met his cousin, John Park": "his"). The
    possessive (a pronoun or a name) names the person the aside is about; an aside with no
    possessive returns the name itself (an aside about no one named)."""
    head = token.head
    if token.dep_ == "appos":
        if _in_subject_phrase(token):
            return None  # "A spokesman for DLF, Dr Rao, said": the subject's own name
        return _possessive_in(head) or token
    if head.lemma_ != "be" or head is token:
        return None
    if token.dep_ == "attr":
        side = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
    elif token.dep_ in _SUBJECT_DEPS:
        side = [c for c in head.children if c.dep_ in _PREDICATE_DEPS and c.i != token.i]
    else:
        return None
    owner = next((p for c in side for p in [_possessive_in(c)] if p is not None), None)
    return owner or (token if token.dep_ == "attr" else None)


def _in_subject_phrase(token) -> bool:
    """True when a token is inside a clause subject's noun phrase (up to the first verb above it)."""
    for a in token.ancestors:
        if a.dep_ in _SUBJECT_DEPS:
            return True
        if a.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _in_apposition_to(token, name) -> bool:
    """True when a token is inside an apposition to the name ("Walsh, his rival")."""
    return any(a.dep_ == "appos" and a.head == name for a in token.ancestors)


def _possessive_in(token):
    """The first possessive ("his", "Lee's") in a phrase, not inside a clause in it."""
    for tok in token.subtree:
        if tok.dep_ == "poss" and not any(a.dep_ in {"relcl", "acl", "ccomp"} for a in tok.ancestors
                                          if a.i in range(token.left_edge.i, token.right_edge.i + 1) and a != token):
            return tok
    return None


def _is_subject(token) -> bool:
    """A subject, a conjunct of one, or a name apposed to one ("Manufacturers' organisation,
    the EEF, said it ...": the EEF is who said it)."""
    return token.dep_ in _SUBJECT_DEPS or (token.dep_ in {"conj", "appos"} and token.head.dep_ in _SUBJECT_DEPS)


def _main_clause(subject) -> bool:
    """True when a subject (or a name coordinated or apposed with one) is the subject of its
    sentence's main clause: "Lee spoke", "Lee spoke and Cruz left", and "Lee replied: 'they
    failed'" however the parser hangs the reply under the quotation; not "after Lee spoke,
    ...", "the man who Lee met", nor "officials said Lee spoke" (a clause reported by
    another subject before it): such a subject is no clear topic for the next sentence's
    pronoun."""
    while subject.dep_ in {"conj", "appos"} and subject.head is not subject:
        subject = subject.head
    verb = subject.head
    while verb.dep_ != "ROOT" and verb.head is not verb:
        if verb.dep_ in {"ccomp", "xcomp"}:
            if any(c.dep_ in _SUBJECT_DEPS and c.i < subject.i for c in verb.head.children):
                return False
        elif verb.dep_ != "conj":
            return False
        verb = verb.head
    return True


def _named_by_apposition(noun, names) -> bool:
    """True when a common noun has a name in apposition: the noun describes that name."""
    return any(c.dep_ == "appos" and names.entity_at(c.i) is not None for c in noun.children)


def _is_expletive(token) -> bool:
    """'It was not clear ...', 'it is time to ...': an 'it' that refers to nothing."""
    if token.dep_ == "expl":
        return True
    head = token.head
    if token.dep_ == "nsubj" and head.pos_ == "ADJ" and any(
            c.dep_ in {"xcomp", "ccomp"} for c in head.children):
        return True  # "find it harder to succeed"
    if token.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ in {"ccomp", "xcomp", "acomp", "advcl"} for c in head.children) and not any(
            c.dep_ == "attr" and c.pos_ == "PROPN" for c in head.children)
    return False
