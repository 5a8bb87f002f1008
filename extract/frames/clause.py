"""What heads a clause, and the syntactic reading of its dependents (shared by the verbal
and copular constructions)."""
from __future__ import annotations

from extract.arrays import token_arrays
from extract.frames.subject import SUBJECT_DEPS
from extract.frames.types import Argument, Role
from extract.relations import lemma_of

_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj"})
#: the role of each argument dependency in the syntactic reading
_DEPENDENT_ROLES = {
    "dobj": Role.OBJECT, "dative": Role.OBJECT, "attr": Role.ATTRIBUTE, "oprd": Role.ATTRIBUTE,
    "acomp": Role.ATTRIBUTE, "prep": Role.PREPOSITIONAL, "agent": Role.PREPOSITIONAL,
    "ccomp": Role.CLAUSE, "xcomp": Role.COMPLEMENT, "npadvmod": Role.ADJUNCT,
}


def is_predicate(token) -> bool:
    """A verb (or "have") heading an event of its own: the logical reading applies.

    A participle the parser attached as a preposition ("according to X", "following X",
    "including X") is a preposition, never an event, even when the parser gave it a subject
    ("According to Ohio Senator Ann Lee" read as "Lee accords to Ohio").
    """
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"aux", "auxpass", "amod", "prep"}:
        return False
    lemma = lemma_of(token)
    return lemma not in {"be"} and (token.pos_ != "AUX" or lemma == "have")


def is_copula(token) -> bool:
    """An auxiliary that heads its clause: spaCy makes the copula the clause head."""
    return token.pos_ == "AUX" and token.dep_ in _CLAUSE_DEPS


def dependents(verb) -> tuple[Argument, ...]:
    """Every argument dependent of a clause head, in sentence order, by role."""
    out = []
    doc, a = verb.doc, token_arrays(verb.doc)  # the children read from the Doc's arrays
    dep, pos, children = a.dep, a.pos, a.children
    for child in children[verb.i]:
        role = _DEPENDENT_ROLES.get(dep[child])
        if role is Role.PREPOSITIONAL:
            if any(dep[c] in {"pobj", "pcomp"} for c in children[child]):
                out.append(Argument(role, child, preposition=doc[child].lower_))
        elif role is Role.COMPLEMENT:
            if pos[child] in {"VERB", "AUX"} and not any(dep[g] in SUBJECT_DEPS for g in children[child]):
                out.append(Argument(role, child))
        elif role is not None:
            out.append(Argument(role, child))
    return tuple(out)
