"""Per-Doc arrays of the token attributes the rules' tree walks read.

spaCy builds a new Python `Token` on every `doc[i]`, `token.head` and `token.children`, and
looks a string up in the vocabulary on every `dep_`, `pos_` or `lower_`: a walk over a verb's
children that reads two attributes of each costs several objects and lookups per child.
`token_arrays(doc)` reads the parse once per Doc (`Doc.to_array`) into plain lists indexed by
token: heads, dependency labels, parts of speech, lower-case forms, children and sentence
bounds. A rule that only asks a question of the tree (is this verb negated? does its sentence
end in a question mark?) reads these lists instead of building Token objects.

The arrays are kept for the last Doc asked about only (extraction reads one article at a time),
so they never outgrow one article; the Doc is not changed after parsing.

>>> import spacy; from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Kim", "did", "not", "go", "?"],
...           heads=[3, 3, 3, 3, 3], deps=["nsubj", "aux", "neg", "ROOT", "punct"])
>>> a = token_arrays(doc)
>>> a.head[0], a.dep[2], a.lower[0], a.children[3], a.sent_end[0]
(3, 'neg', 'kim', (0, 1, 2, 4), 5)
"""
from __future__ import annotations

from functools import cached_property

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, POS, TAG

_last: list = [None, None]  # the Doc, its arrays


class TokenArrays:
    """The attributes of every token of one Doc, as lists indexed by token (`token.i`).

    `head[i]` is the index of the token's head (itself for a root), `dep[i]`, `pos[i]` and
    `lower[i]` its `dep_`, `pos_` and `lower_`, `tag[i]`, `lemma[i]` and `ent_type[i]` its `tag_`,
    `lemma_` and `ent_type_`, `children[i]` the indices of its children in
    order (as `token.children` yields them), `sent_start[i]` and `sent_end[i]` the bounds of
    its sentence (as `token.sent.start` and `token.sent.end`), `keys[i]` its
    `(token.pos, token.dep, token.tag)` as integers. Each list is built on first use.
    """

    def __init__(self, doc):
        self.doc = doc

    def _ids(self, attr) -> list[int]:
        return self.doc.to_array(attr).tolist() if len(self.doc) else []

    def _names(self, attr) -> list[str]:
        column, strings = self._ids(attr), self.doc.vocab.strings
        # 0 is no value ("" in spaCy); POS values are symbol ids, which the store names too
        names = {key: strings[key] if key else "" for key in set(column)}
        return [names[key] for key in column]

    @cached_property
    def head(self) -> list[int]:
        # HEAD is an offset stored as an unsigned 64-bit integer: a negative one wraps
        return [i + (h - (1 << 64) if h >= 1 << 63 else h) for i, h in enumerate(self._ids(HEAD))]

    @cached_property
    def dep(self) -> list[str]:
        return self._names(DEP)

    @cached_property
    def pos(self) -> list[str]:
        return self._names(POS)

    @cached_property
    def lower(self) -> list[str]:
        return self._names(LOWER)

    @cached_property
    def tag(self) -> list[str]:
        return self._names(TAG)

    @cached_property
    def lemma(self) -> list[str]:
        return self._names(LEMMA)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._names(ENT_TYPE)

    @cached_property
    def keys(self) -> list[tuple[int, int, int]]:
        return list(zip(*self.doc.to_array([POS, DEP, TAG]).T.tolist())) if len(self.doc) else []

    @cached_property
    def children(self) -> list[tuple[int, ...]]:
        children: list[list[int]] = [[] for _ in self.head]
        for i, h in enumerate(self.head):
            if h != i:
                children[h].append(i)
        return [tuple(c) for c in children]

    def conjuncts(self, i: int) -> tuple[int, ...]:
        """The indices of `doc[i].conjuncts`, in spaCy's order: from the first conjunct of the
        coordination, its conjuncts to the right, breadth first; `i` itself left out."""
        head, dep, children = self.head, self.dep, self.children
        start = i
        while start != head[start] and dep[start] == "conj":
            start = head[start]
        queue = [start]
        for word in queue:  # grows while read, as spaCy's loop does
            queue.extend(c for c in children[word] if c > word and dep[c] == "conj")
        return tuple(w for w in queue if w != i)

    @cached_property
    def sent_start(self) -> list[int]:
        starts = [0] * len(self.doc)
        for sent in self.doc.sents:
            starts[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
        return starts

    @cached_property
    def sent_end(self) -> list[int]:
        ends = [0] * len(self.doc)
        for sent in self.doc.sents:
            ends[sent.start:sent.end] = [sent.end] * (sent.end - sent.start)
        return ends


def token_arrays(doc) -> TokenArrays:
    """The arrays of `doc`, built on the first call for it (see the module)."""
    if _last[0] is not doc:
        _last[0], _last[1] = doc, TokenArrays(doc)
    return _last[1]
