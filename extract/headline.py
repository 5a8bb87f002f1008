"""Headline grammar: the verb a headline's parse took for a plural noun. Pure, given a parser.

Headlines drop articles and auxiliaries, and the small English model often tags their
present-tense verb as a plural noun and parses the whole line as one noun phrase
("Tunisian Prime Minister signs decree to ban face veils": 'signs' NNS, no clause at all;
"U.S. judge orders release of ..., appeals court issues delay": 'orders' and 'issues' NNS).
`repair` tries the verb reading of each such word: it parses the headline again with the word
replaced by an unambiguous verb of the same form (`STAND_IN`, "takes"), and keeps that parse
when the stand-in is a verb with a subject before it and an object after it, and the reading
has no fewer clauses than the one it replaces (one such verb a clause: a later one must
follow a comma or a colon). The headline's own words stay; only their tags, heads and dependencies
change, and the stand-in's word is tagged a present-tense verb (VBZ).

The component runs right after the parser (extract.nlp), before the attribute ruler and the
lemmatizer, which then give the repaired verb its part of speech and lemma ("signs" -> "sign").
"""
from __future__ import annotations

from typing import Callable

#: a transitive verb no parser reads as a noun, of the form of a headline's verb ("signs")
STAND_IN = "takes"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp"})
#: what separates two clauses of a headline ("judge orders release, court issues delay")
_CLAUSE_BREAKS = frozenset({",", ";", ":", "--", "\u2013", "\u2014"})
#: tags of the word before a headline verb (its subject's head) and of the word after it
#: (its object, a preposition or a determiner)
_BEFORE = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_AFTER = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "PRP$", "IN", "TO", "``"})


def headline_sentence(doc):
    """The Doc's first sentence when it is a paragraph of its own before another (a headline:
    the title is parsed as the first paragraph, extract.clean.article_text), else None; a
    text of one paragraph (a sentence given alone) has no headline."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    end = doc.text.find("\n\n")
    return first if 0 <= end <= first.end_char else None  # one paragraph: no headline


def clauses(tokens) -> int:
    """How many words of a parse are verbs with a subject before them."""
    return sum(1 for t in tokens if t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB")
               if any(c.dep_ in _SUBJECTS and c.i < t.i for c in t.children))


def _clause_verb(token) -> bool:
    """A verb of the parse with a subject before it: a clause the headline already has."""
    return (token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")) \
        and any(c.dep_ in _SUBJECTS and c.i < token.i for c in token.children)


def _transitive_clause(verb) -> bool:
    """The stand-in read as a verb with a subject before it and an object or complement after
    it ("judge takes release"), not as a verb with only a particle ("prices in decline")."""
    return any(c.dep_ in _SUBJECTS and c.i < verb.i for c in verb.children) \
        and any(c.dep_ in _OBJECTS and c.i > verb.i for c in verb.children)


def candidates(sent) -> list[int]:
    """Positions (in the sentence) of plural nouns that may be the headline's verb: a lower-
    case word in -s, no name, between a noun and what can follow a verb."""
    words = list(sent)
    found = []
    for n, tok in enumerate(words[1:-1], start=1):
        if tok.tag_ == "NNS" and tok.is_lower and tok.is_alpha and tok.text.endswith("s") \
                and not tok.ent_type_ and words[n - 1].tag_ in _BEFORE and words[n + 1].tag_ in _AFTER:
            found.append(n)
    return found


def repair(doc, parse: Callable[[list[str], list[bool]], object]) -> bool:
    """Re-read the headline of `doc` with its verbs: True when a parse was replaced.

    `parse(words, spaces)` parses one pre-tokenised sentence (tags and dependencies).
    """
    sent = headline_sentence(doc)
    if sent is None:
        return False
    end = sent.end
    while end > sent.start and doc[end - 1].is_space:
        end -= 1
    sent = doc[sent.start:end]  # the paragraph break stays attached where it was
    words = [t.text for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    best, best_clauses, verbs = None, clauses(sent), []
    found = [t.i - sent.start for t in sent if _clause_verb(t)]  # verbs the parser already read
    for n in candidates(sent):
        before = [v for v in found + verbs if v < n]
        if before and not any(w in _CLAUSE_BREAKS for w in words[max(before) + 1: n]):
            # "signs decree to ban face veils", "holds two Cabinet officers in contempt":
            # one verb a clause, and the parser's own verb counts
            continue
        trial = list(words)
        for v in verbs + [n]:
            trial[v] = STAND_IN
        parsed = parse(trial, spaces)
        if len(list(parsed.sents)) != 1:
            continue
        if _transitive_clause(parsed[n]) and clauses(parsed) >= max(best_clauses, 1):
            best, best_clauses = parsed, clauses(parsed)
            verbs.append(n)
    if best is None:
        return False
    _write(doc, sent, best, verbs)
    return True


def _write(doc, sent, parsed, verbs: list[int]) -> None:
    """Copy the heads, dependencies and tags of `parsed` onto the headline's tokens."""
    from spacy.attrs import DEP, HEAD, TAG

    attrs = [HEAD, DEP, TAG]
    array = doc.to_array(attrs)
    strings = doc.vocab.strings
    for n, tok in enumerate(parsed):
        i = sent.start + n
        array[i, 0] = (tok.head.i - tok.i) % 2 ** 64  # the array is unsigned: offsets wrap
        array[i, 1] = tok.dep
        array[i, 2] = strings.add("VBZ") if n in verbs else tok.tag
    doc.from_array(attrs, array)
