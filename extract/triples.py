"""triples(doc) -> Iterator[Triple]: subject–relation–object facts from spaCy's dependency parse.

Pure: no I/O, no model loading. Each rule is a general English construction:

- active clauses: "Putin praised North Korea" -> (Putin, praises, North Korea)
- passives with an agent: "the treaty signed by Putin" -> (Putin, signs, treaty)
- coordinated subjects, objects and verbs are expanded; "neither confirmed nor denied the
  reports" gives two negative facts
- prepositional objects keep the preposition: "arrived in Pyongyang" -> arrives in
- control verbs: "Kim vowed to support Russia" -> (Kim, supports, Russia), modality "vowed"
- relative clauses and participles: "Belousov, who arrived in Pyongyang" -> (Belousov, arrives in, ...)
- light verbs: "pledged support for North Korea" -> (_, supports, North Korea)
- event nouns: "Putin's visit to Pyongyang" -> (Putin, visits, Pyongyang)
- roles: "North Korean leader Kim Jong-un" -> (Kim Jong-un, leader of, North Korean)
- attribution: facts under "said", "according to" keep their speakers in `attributed_to`
- negation and hedging set `polarity` and `certainty`

Arguments are entity names or head noun phrases, never clauses; pronouns and descriptions are
replaced by their antecedents (extract.coref) or the fact is dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from extract.coref import PERSONAL, Resolver
from extract.mentions import NameIndex, PRONOUNS
from extract.relations import IDIOMS, PREP_IDIOMS, category, lemma_of, relation_text, verb_of_noun
from extract.types import CONCEPT, Mention, Triple

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJ = frozenset({"dobj", "dative"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})

#: speech and report verbs: their clausal complement is an attributed fact
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "affirm", "claim", "report", "announce", "declare", "insist",
    "add", "note", "stress", "emphasize", "emphasise", "argue", "warn", "confirm", "reiterate",
    "write", "indicate", "allege", "assert", "maintain", "suggest", "explain", "acknowledge",
    "admit", "reveal", "believe", "think", "deny", "quote", "cite", "describe", "predict",
    "estimate", "expect", "hope", "fear", "tweet", "post", "publish", "recall", "remark",
})
#: verbs of saying whose object is a message, not a participant: kept only with a named object
_SAY_VERBS = frozenset({"say", "state", "add", "note", "claim", "insist", "argue", "stress",
                        "emphasize", "emphasise", "write", "remark", "explain", "reveal", "predict",
                        "estimate", "think", "believe", "suggest", "indicate", "assert", "maintain"})
#: governors whose complement is wanted or planned, not asserted: "called for him to go"
IRREALIS_VERBS = frozenset({"call", "urge", "want", "ask", "demand", "hope", "plan", "seek",
                            "expect", "propose", "wish", "need", "intend", "aim", "try",
                            "attempt", "encourage", "press", "push", "invite", "recommend"})
#: "was the first / the only one to recognize X": the subject does the action
_FIRST_WORDS = frozenset({"first", "last", "only", "next", "second", "third", "one", "latest"})
#: nouns whose complement clause is a belief, fear or rumour, not a fact: "suspicion that X"
CONTENT_NOUNS = frozenset({"suspicion", "fear", "belief", "hope", "speculation", "rumour", "rumor",
                           "suggestion", "view", "idea", "possibility", "risk", "chance",
                           "prospect", "concern", "worry", "doubt", "expectation", "assumption",
                           "hypothesis", "impression", "sense", "feeling", "theory"})
#: verbs whose noun object is the subject of a following complement ("wanted X to go")
_ECM_VERBS = frozenset({"want", "like", "expect", "need", "wish", "prefer", "allow", "cause",
                        "get", "see", "hear", "find", "consider", "believe", "suspect", "think",
                        "know", "fear", "declare", "judge", "deem", "suppose", "assume", "call",
                        "make", "let", "have", "watch", "feel", "imagine", "show", "prove"})
#: dependents that may follow a verb whose object is shared with a later conjunct
_RNR_OK = frozenset({"cc", "conj", "punct", "prt", "advmod", "neg"})
#: verbs whose complement clause is negated by them
NEGATING_VERBS = frozenset({"deny", "refuse", "fail", "decline", "reject", "refute", "dismiss",
                            "stop", "cease", "quit", "halt", "avoid", "abandon"})
#: nouns whose infinitive complement did not or will not happen: "failure to tell the truth"
NEGATING_NOUNS = frozenset({"failure", "refusal", "inability", "reluctance", "unwillingness"})
#: verbs whose -ing complement shares their subject: "continued supporting X"
ASPECTUAL_VERBS = frozenset({"continue", "keep", "start", "begin", "stop", "resume", "finish",
                             "quit", "cease", "halt", "avoid", "consider", "risk"})
#: verbs that carry an event noun as their object: "pledged support", "expressed solidarity"
LIGHT_VERBS = frozenset({
    "pledge", "promise", "express", "voice", "offer", "give", "provide", "extend", "lend",
    "announce", "declare", "show", "make", "hold", "conduct", "carry", "launch", "stage",
    "issue", "reaffirm", "reiterate", "signal", "vow", "deliver", "mount", "take", "have",
    "receive", "seek", "demand", "welcome",
})
_HEDGE_AUX = frozenset({"may", "might", "could", "can"})
_HEDGE_ADV = frozenset({"possibly", "probably", "perhaps", "likely", "maybe", "apparently", "potentially"})
_REPORT_ADV = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"})
_HEDGE_ADJ = frozenset({"suspected", "alleged", "reported", "possible", "potential", "purported", "apparent"})
_NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "nobody", "nothing", "nowhere"})
#: prepositions whose object is a time, manner or circumstance, never an argument of the event
_ADJUNCT_PREPS = frozenset({
    "during", "after", "before", "since", "until", "amid", "despite", "while", "throughout",
    "via", "per", "than", "like", "unlike", "including", "except", "beyond", "within", "among",
    "amongst", "upon", "through", "because", "as", "according", "regarding", "concerning",
})
#: prepositions whose concept objects are circumstances ("in desperation"); their entity
#: objects stay arguments ("arrived in Pyongyang")
_CIRCUMSTANCE_PREPS = frozenset({"in", "at", "over", "under", "within", "out"})
_CERTAINTY_RANK = {"asserted": 0, "reported": 1, "hedged": 2}


@dataclass(frozen=True)
class _Frame:
    """What a clause inherits from the clauses above it."""

    polarity: str = "positive"
    certainty: str = "asserted"
    modality: str | None = None
    attributed_to: tuple[str, ...] = ()


@dataclass
class _Ctx:
    doc_id: str
    published: str | None
    names: NameIndex
    resolver: Resolver
    require_entity: bool = True
    seen: set = field(default_factory=set)


def triples(doc, doc_id: str = "doc", published: str | None = None, *,
            require_entity: bool = True, names: NameIndex | None = None) -> Iterator[Triple]:
    """Every fact in a parsed Doc, in reading order, without duplicates.

    `require_entity` keeps only facts with at least one named entity argument (the graph
    wants entities; the open-IE mode turns it off).
    """
    if not doc.has_annotation("DEP"):
        raise ValueError("triples() needs a Doc with a dependency parse (DEP); got one without")
    names = names or NameIndex(doc, doc_id)
    ctx = _Ctx(doc_id, published, names, Resolver(doc, names), require_entity)
    for sent in doc.sents:
        for token in sent:
            if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass", "amod"}:
                facts = _verb_facts(ctx, token)
            elif token.pos_ == "NOUN":
                facts = _event_noun_facts(ctx, token)
            elif token.pos_ == "PROPN" and _is_person_head(names, token):
                facts = _role_facts(ctx, token)
            else:
                continue
            for fact in facts:
                key = (fact.subject.text.lower(), fact.relation, fact.object.text.lower(),
                       fact.polarity, fact.sentence)
                if key not in ctx.seen:
                    ctx.seen.add(key)
                    yield fact


def _is_person_head(names: NameIndex, token) -> bool:
    """True for the syntactic head of a person's name ("Putin" in "Vladimir Putin")."""
    span = names.entity_at(token.i)
    return token.ent_type_ == "PERSON" and span is not None and token.doc[span.start:span.end].root == token


# ---------------------------------------------------------------- arguments

def _args(ctx: _Ctx, token, conjuncts: bool = True) -> list[Mention]:
    """Mentions for an argument head and its coordinated siblings ("X, Y and Z")."""
    heads = [token] + ([c for c in token.conjuncts if c.i > token.i] if conjuncts else [])
    out: list[Mention] = []
    for head in heads:
        out.extend(_arg(ctx, head))
    return out


def _arg(ctx: _Ctx, token) -> list[Mention]:
    """One argument head -> its mention(s); [] when it is a pronoun that stays unresolved."""
    lower = token.lower_
    span = ctx.names.entity_at(token.i)
    if span is not None and token.pos_ != "PRON":  # "US" is a name, not the pronoun "us"
        return [ctx.names.entity_mention(span)]
    if lower in PERSONAL or token.pos_ == "PRON" or (token.pos_ == "NOUN" and _is_description(token)):
        resolved = ctx.resolver.resolve(token)
        if resolved:
            return [_resolved_mention(ctx, token, c) for c in resolved]
        if token.pos_ == "PRON" or lower in PRONOUNS:
            return []
    if lower in PRONOUNS or lower in _RELATIVE:
        return []
    # an apposition naming the entity: "the envoy, Kim" -> Kim
    for child in token.children:
        if child.dep_ == "appos" and ctx.names.entity_at(child.i) is not None:
            return [ctx.names.entity_mention(ctx.names.entity_at(child.i))]
    mention = ctx.names.mention_for(token)
    return [mention] if mention else []


def _is_description(token) -> bool:
    return any(c.dep_ in {"det", "predet", "nummod"} and c.lower_ in {"the", "both", "two", "this", "these"}
               for c in token.children)


def _resolved_mention(ctx: _Ctx, token, cand) -> Mention:
    """The antecedent's name anchored at the pronoun or description that stands for it."""
    span = token.doc[token.left_edge.i: token.i + 1] if token.pos_ == "NOUN" else token.doc[token.i: token.i + 1]
    return Mention(ctx.doc_id, cand.text, cand.type, span.start_char, span.end_char,
                   ctx.names.sentence(token.i).start_char, antecedent_of=span.text)


# ---------------------------------------------------------------- clause frames

def _frame(ctx: _Ctx, verb) -> _Frame:
    """Polarity, certainty, modality and attribution of a verb, from itself and its governors."""
    polarity, certainty, modality, attributed = "positive", "asserted", None, []
    node, own_negation = verb, True
    # climb through coordination, control and complement clauses
    while True:
        if own_negation and _negated(node):
            polarity = _flip(polarity)
        own_negation = True
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in _HEDGE_AUX:
                certainty = _stronger(certainty, "hedged")
                modality = modality or child.lower_
            elif child.dep_ == "aux" and child.lower_ in {"will", "would", "shall", "should", "must"}:
                modality = modality or child.lower_
            elif child.dep_ == "advmod" and child.lower_ in _HEDGE_ADV:
                certainty = _stronger(certainty, "hedged")
            elif child.dep_ == "advmod" and child.lower_ in _REPORT_ADV:
                certainty = _stronger(certainty, "reported")
            elif child.dep_ == "prep" and child.lower_ == "according":
                attributed.extend(_according_to(ctx, child))
                certainty = _stronger(certainty, "reported")
        parent = node.head
        if node.dep_ == "conj" and parent is not node:
            # a conjunct shares its head's context but not its negation, except neither ... nor
            if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in parent.children):
                polarity = "negative"
            node, own_negation = parent, False
            continue
        if node.dep_ == "pcomp" and parent.head.pos_ == "VERB":
            gov = parent.head
            if category(lemma_of(gov)) == "accuse" or lemma_of(gov) in SPEECH_VERBS:
                certainty = _stronger(certainty, "reported")
                attributed.extend(_speakers(ctx, gov))
            break
        if node.dep_ in {"xcomp", "advcl", "ccomp"} and lemma_of(parent) in IRREALIS_VERBS:
            certainty = _stronger(certainty, "hedged")  # wanted or planned, not asserted
        if node.dep_ == "xcomp" and parent is not node:
            if lemma_of(parent) in NEGATING_VERBS:
                polarity = _flip(polarity)
            elif lemma_of(parent) not in {"be"}:
                modality = parent.text.lower() if modality in (None, "will", "would") else modality
            node = parent
            continue
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in node.children):
            certainty = _stronger(certainty, "hedged")  # "asked whether X attacked Y"
        if node.dep_ in {"acl", "ccomp"} and parent.pos_ == "NOUN" and lemma_of(parent) in CONTENT_NOUNS:
            certainty = _stronger(certainty, "hedged")  # "amid suspicion the chancellor was ..."
            break
        if node.dep_ in {"acl", "ccomp"} and parent.pos_ == "NOUN" and (
                verb_of_noun(lemma_of(parent)) in SPEECH_VERBS | {"accuse", "allege", "suspect"}):
            certainty = _stronger(certainty, "reported")  # "claims that X supplied Y"
            break
        if node.dep_ == "acl" and _infinitive(node):
            certainty = _stronger(certainty, "hedged")  # "plans to X", "a call for him to X"
            if lemma_of(parent) in NEGATING_NOUNS:
                polarity = _flip(polarity)  # "Blair's failure to tell the truth"
        if node.dep_ in {"ccomp", "parataxis"} and parent is not node and parent.pos_ in {"VERB", "AUX"}:
            if lemma_of(parent) in NEGATING_VERBS:
                polarity = _flip(polarity)
            elif _negated(parent):
                # "could not say whether X": the clause is left open, not denied
                certainty = _stronger(certainty, "hedged")
                own_negation = False
            if lemma_of(parent) in SPEECH_VERBS or lemma_of(parent) in NEGATING_VERBS:
                certainty = _stronger(certainty, "reported")
                attributed.extend(_speakers(ctx, parent))
                # "..., citing Russia's Security Council"; "according to" is read on the next pass
                for child in (c for c in parent.children if c.dep_ == "advcl" and lemma_of(c) == "cite"):
                    for obj in (g for g in child.children if g.dep_ == "dobj"):
                        attributed.extend(m.text for m in _args(ctx, obj))
            node = parent
            continue
        # a main clause reported by a trailing speech verb: "X will support Y, the media reported"
        for child in node.children:
            if child.dep_ in {"parataxis", "ccomp"} and child.i > node.i and lemma_of(child) in SPEECH_VERBS \
                    and not any(g.dep_ in {"ccomp", "dobj"} for g in child.children):
                certainty = _stronger(certainty, "reported")
                attributed.extend(_speakers(ctx, child))
        break
    # the first modality found is the closest governor; keep the control verb if any
    return _Frame(polarity, certainty, modality, tuple(dict.fromkeys(a for a in attributed if a)))


def _speakers(ctx: _Ctx, verb) -> list[str]:
    """Names of the subject of a speech verb: who said it."""
    return [m.text for subj in verb.children if subj.dep_ == "nsubj" for m in _args(ctx, subj)]


def _according_to(ctx: _Ctx, prep) -> list[str]:
    out = []
    for to in (c for c in prep.children if c.lower_ == "to"):
        for obj in (c for c in to.children if c.dep_ == "pobj"):
            out.extend(m.text for m in _args(ctx, obj))
    return out


def _named(mentions: list[Mention]) -> bool:
    return any(m.type != CONCEPT for m in mentions)


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in {"preconj", "advmod", "det"} and c.lower_ in _NEG_WORDS)
               for c in verb.children) or any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.children)


def _flip(polarity: str) -> str:
    return "negative" if polarity == "positive" else "positive"


def _stronger(a: str, b: str) -> str:
    return a if _CERTAINTY_RANK[a] >= _CERTAINTY_RANK[b] else b


# ---------------------------------------------------------------- verbs

def _subjects(ctx: _Ctx, verb, depth: int = 0) -> tuple[list[Mention], bool]:
    """(subjects, passive) of a verb, inherited through control, coordination and participles."""
    if depth > 6:
        return [], False
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return _args(ctx, verb.head), False
            return _args(ctx, child), False
        if child.dep_ == "nsubjpass":
            return _agents(ctx, verb), True
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _agents(ctx, verb), True
    if verb.dep_ in {"relcl", "acl"} and _infinitive(verb):
        # "announced plans to support X", "was the first to recognize X": the clause's subject
        noun = verb.head
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:  # "Blair's plan to cut taxes"
            return _args(ctx, owners[0]), False
        if (noun.dep_ == "attr" and (noun.lower_ in _FIRST_WORDS or noun.tag_ == "JJS"
                                     or any(c.lower_ in _FIRST_WORDS for c in noun.children))) \
                or (noun.dep_ == "dobj" and lemma_of(noun.head) in LIGHT_VERBS):
            # "was the first to recognize X", "announced plans to support X"; but not
            # "backed an attempt to change the law", whose attempt is someone else's
            return _subjects(ctx, noun.head, depth + 1)
        return [], False
    if verb.dep_ == "relcl":
        return _args(ctx, verb.head), False
    if verb.dep_ == "acl":
        if verb.tag_ == "VBN":  # "the treaty signed by Putin": passive participle
            return _agents(ctx, verb), True
        return _args(ctx, verb.head), False  # "a statement accusing X": the noun acts
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.pos_ == "VERB":
        # "accused North Korea of supplying Russia": the object of the governing verb acts;
        # "insisted on meeting Kim": its subject does
        gov = verb.head.head
        objs = [c for c in gov.children if c.dep_ == "dobj"]
        return (_args(ctx, objs[0]), False) if objs else _subjects(ctx, gov, depth + 1)
    if verb.dep_ == "xcomp" and verb.head.pos_ not in {"VERB", "AUX"}:
        return [], False  # "find it harder to succeed": no controller to inherit
    if verb.dep_ == "xcomp":
        gov = verb.head
        if verb.tag_ == "VBG" and lemma_of(gov) not in ASPECTUAL_VERBS:
            return [], False  # "discussed implementing X" does not say who implements
        objs = [c for c in gov.children if c.dep_ in {"dobj"}]
        if objs:  # object control: "urged China to persuade North Korea"
            return _args(ctx, objs[0]), False
        return _subjects(ctx, gov, depth + 1)
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}):
        subs, passive = _subjects(ctx, verb.head, depth + 1)
        return (subs, False) if not passive or verb.dep_ == "advcl" else ([], False)
    return [], False


def _infinitive(verb) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _agents(ctx: _Ctx, verb) -> list[Mention]:
    for child in verb.children:
        if child.dep_ == "agent":
            return [m for obj in child.children if obj.dep_ == "pobj" for m in _args(ctx, obj)]
    return []


def _objects(ctx: _Ctx, verb, passive: bool) -> list[tuple[list[Mention], str, str, object]]:
    """(mentions, preposition, middle words, head token) for each object slot of a verb."""
    slots = []
    if passive:
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                slots.append((_args(ctx, child), "", "", child))
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            slots.append((_args(ctx, verb.head, conjuncts=False), "", "", verb.head))
        if verb.dep_ == "relcl" and any(c.lower_ in _RELATIVE and c.dep_ == "nsubjpass" for c in verb.children):
            slots = [(_args(ctx, verb.head, conjuncts=False), "", "", verb.head)]
    direct = [c for c in verb.children if c.dep_ in _OBJ]
    if any(c.dep_ == "oprd" for c in verb.children) or (
            lemma_of(verb) in _ECM_VERBS and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)):
        # "called the plans dangerous", "would like each department to act", "suspected
        # Labour was trying": the noun is not what the verb acts on
        direct = []
    if verb.dep_ == "relcl" and any(c.lower_ in _RELATIVE and c.dep_ == "dobj" for c in verb.children):
        direct = [verb.head]
    for obj in direct:
        if obj.lower_ in _RELATIVE:
            continue
        slots.append((_args(ctx, obj), "", "", obj))
    # right node raising: "neither confirmed nor denied the reports"
    if not direct and not passive and all(c.dep_ in _RNR_OK for c in verb.rights):
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            shared = [c for c in conj.children if c.dep_ == "dobj"]
            if shared and not any(c.dep_ in _SUBJ for c in conj.children):
                slots.append((_args(ctx, shared[0]), "", "", shared[0]))
    lemma = lemma_of(verb)
    if any(c.dep_ in {"attr", "acomp"} for c in verb.children) or lemma in SPEECH_VERBS:
        # "became secretary of X": the preposition belongs to the complement; "on the tax
        # questions, he added": a speech verb's prepositions are topics and settings
        return [slot for slot in slots if lemma not in _SAY_VERBS or _named(slot[0])]
    for prep in (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP"):
        word = prep.lower_
        if word in _ADJUNCT_PREPS or word == "by" and passive:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}:
                continue
            mentions = _args(ctx, pobj)
            if direct or passive:
                # "sent troops to Russia": the direct object joins the relation when it is a
                # concept and the prepositional object is an entity; places and times of an
                # event with an object ("signed the treaty in Pyongyang") are adjuncts
                if passive or word in _CIRCUMSTANCE_PREPS:
                    continue
                dmention = _arg(ctx, direct[0])
                if dmention and dmention[0].type == CONCEPT:
                    ents = [m for m in mentions if m.type != CONCEPT]
                    if ents:
                        slots.append((ents, word, direct[0].lower_, pobj))
                continue
            if word in _CIRCUMSTANCE_PREPS:
                mentions = [m for m in mentions if m.type != CONCEPT]  # "in a bid", "in remarks"
            slots.append((mentions, word, "", pobj))
    return slots


def _verb_facts(ctx: _Ctx, verb) -> Iterator[Triple]:
    lemma = lemma_of(verb)
    if lemma in {"be"} or (verb.pos_ == "AUX" and lemma != "have"):
        return
    subjects, passive = _subjects(ctx, verb)
    if not subjects:
        return
    frame = _frame(ctx, verb)
    particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
    rule = "passive" if passive else ("control" if verb.dep_ == "xcomp" else
                                      "relative" if verb.dep_ in {"relcl", "acl"} else "svo")
    slots = _objects(ctx, verb, passive)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            meaning = PREP_IDIOMS.get((lemma, prep.lower_, pobj.lemma_.lower()))
            if meaning:  # "called the rules into question" -> questions the rules
                lemma, particle = meaning, ""
                slots = [slot for slot in slots if slot[3] is not pobj]
    if category(lemma) == "accuse" and not any(not prep for _, prep, _, _ in slots):
        # "the US alleged that North Korea supplied arms": the accused is the clause subject
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            accused = [m for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"} for m in _args(ctx, g)]
            if accused:
                slots.append((accused, "", "", clause))
    for mentions, prep, middle, head in slots:
        rel_lemma, rel_prep, rel_middle, this_rule = lemma, prep, middle, rule
        objects = mentions
        # light verb + event noun: "pledged support for X" -> supports X
        if not prep and head.pos_ == "NOUN" and (lemma in LIGHT_VERBS or _idiom(lemma, head)):
            light = _light_verb(ctx, verb, head)
            if light is not None:
                rel_lemma, rel_prep, rel_middle, objects = light
                this_rule = "light_verb"
        relation = relation_text(rel_lemma, particle if rel_lemma == lemma else "", rel_prep, rel_middle)
        fr = frame
        if head is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            fr = replace(fr, polarity=_flip(fr.polarity))  # "has no idea", "sent no troops"
        if this_rule == "light_verb" and rel_lemma != lemma and frame.modality is None:
            fr = replace(frame, modality=verb.text.lower())
        if fr.certainty != "hedged" and _hedged_object(head):
            fr = replace(fr, certainty="hedged")
        yield from _emit(ctx, subjects, relation, rel_lemma, objects, verb, fr, this_rule)


def _idiom(lemma: str, noun) -> bool:
    return any(key[0] == lemma and key[1] == noun.lower_ for key in IDIOMS)


def _light_verb(ctx: _Ctx, verb, noun):
    """(lemma, preposition, middle, objects) for "pledged support for X", "took issue with X"."""
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        objs = [m for p in prep.children if p.dep_ == "pobj" for m in _args(ctx, p)]
        if not objs:
            continue
        idiom = IDIOMS.get((lemma_of(verb), noun.lower_, prep.lower_))
        if idiom:
            return idiom, "", "", objs
        target = verb_of_noun(lemma_of(noun))
        if target and prep.lower_ in {"for", "to", "of", "on", "against", "with", "toward", "towards"}:
            keep_prep = prep.lower_ if prep.lower_ in {"with", "against", "on"} and target in {
                "meet", "talk", "cooperate", "consult", "negotiate", "agree", "sign", "fight"} else ""
            return target, keep_prep, "", objs
        if lemma_of(verb) in LIGHT_VERBS:
            return lemma_of(verb), prep.lower_, noun.lower_, objs
    return None


def _hedged_object(token) -> bool:
    return token is not None and hasattr(token, "children") and any(
        c.dep_ == "amod" and c.lower_ in _HEDGE_ADJ for c in token.children)


def _emit(ctx: _Ctx, subjects: Iterable[Mention], relation: str, lemma: str,
          objects: Iterable[Mention], anchor, frame: _Frame, rule: str) -> Iterator[Triple]:
    sent = ctx.names.sentence(anchor.i)
    objects = list(objects)
    for s in subjects:
        for o in objects:
            if s.text.lower() == o.text.lower():
                continue
            if ctx.require_entity and s.type == CONCEPT and o.type == CONCEPT:
                continue
            attributed = tuple(a for a in frame.attributed_to if a.lower() != s.text.lower()) \
                if rule != "attribution" else frame.attributed_to
            yield Triple(
                doc_id=ctx.doc_id, subject=s, relation=relation, object=o,
                sentence=sent.text.strip(), relation_span=(anchor.idx, anchor.idx + len(anchor.text)),
                surface=anchor.text, category=category(lemma), polarity=frame.polarity,
                certainty=frame.certainty, modality=frame.modality,
                attributed_to=attributed, rule=rule, published=ctx.published,
            )


# ---------------------------------------------------------------- event nouns

_AGENT_PREPS = frozenset({"by"})
#: "X spoke during a meeting with Y": X takes part; complex prepositions ("in relation to",
#: "in response to") are excluded by keeping to these time prepositions
_DURING_PREPS = frozenset({"during", "throughout", "at", "after", "before", "following", "amid"})
_THEME_PREPS = frozenset({"to", "with", "of", "on", "against", "for", "into", "in", "toward", "towards", "from"})
#: verbs of travel whose destination is a direct object when verbal: "visit to X" -> visits X
_DESTINATION_VERBS = frozenset({"visit", "tour"})


def _event_noun_facts(ctx: _Ctx, noun) -> Iterator[Triple]:
    """"Putin's visit to Pyongyang" -> (Putin, visits, Pyongyang); "a condemnation by the US of X"."""
    verb = verb_of_noun(lemma_of(noun))
    if verb is None:
        return
    # a light verb already turned this noun into a verbal fact
    if noun.dep_ == "dobj" and (lemma_of(noun.head) in LIGHT_VERBS or _idiom(lemma_of(noun.head), noun)):
        if any(c.dep_ == "prep" for c in noun.children):
            return
    agents: list[Mention] = []
    themes: list[tuple[list[Mention], str]] = []
    middle = ""
    for child in noun.children:
        if child.dep_ == "poss":
            agents.extend(_args(ctx, child))
        elif child.dep_ == "compound" and ctx.names.entity_at(child.i) is not None \
                and ctx.names.entity_at(child.i).label in {"GPE", "ORG", "PERSON", "NORP"}:
            agents.append(ctx.names.entity_mention(ctx.names.entity_at(child.i)))
        elif child.dep_ == "amod" and ctx.names.entity_at(child.i) is not None \
                and ctx.names.entity_at(child.i).label in {"NORP", "GPE"}:
            agents.append(ctx.names.entity_mention(ctx.names.entity_at(child.i)))
        elif child.dep_ == "compound" and child.pos_ == "NOUN":
            middle = child.text.lower()
        elif child.dep_ == "prep" and child.lower_ in _AGENT_PREPS:
            agents.extend(m for p in child.children if p.dep_ == "pobj" for m in _args(ctx, p))
        elif child.dep_ == "prep" and child.lower_ in _THEME_PREPS:
            objs = [m for p in child.children if p.dep_ == "pobj" for m in _args(ctx, p)]
            if objs:
                themes.append((objs, child.lower_))
        elif child.dep_ in {"acl", "ccomp"} and category(verb) == "accuse":
            # "accusations that North Korea has supplied Russia": the accused is the clause subject
            objs = [m for g in child.children if g.dep_ in {"nsubj", "nsubjpass"} for m in _args(ctx, g)]
            if objs:
                themes.append((objs, ""))
    if not agents and noun.dep_ == "pobj" and noun.head.lower_ in _DURING_PREPS and noun.head.head.pos_ == "VERB":
        # "Kim spoke during a meeting with Belousov": the clause subject takes part in the event
        subjects, passive = _subjects(ctx, noun.head.head)
        agents = [] if passive else subjects
    if not agents or not themes:
        return
    hedged = any(c.dep_ == "amod" and c.lower_ in _HEDGE_ADJ for c in noun.children)
    frame = _Frame(certainty="hedged" if hedged else "asserted")
    for objs, prep in themes:
        if prep == "of" or (prep == "to" and verb in _DESTINATION_VERBS) or (prep == "for" and verb == "support"):
            prep = ""
        relation = relation_text(verb, preposition=prep, middle=middle)
        yield from _emit(ctx, agents, relation, verb, objs, noun, frame, "event_noun")


# ---------------------------------------------------------------- roles

def _role_facts(ctx: _Ctx, head) -> Iterator[Triple]:
    """Titles and appositions: "North Korean leader Kim Jong-un", "Choe Son Hui, North Korea's foreign minister"."""
    span = ctx.names.entity_at(head.i)
    person = ctx.names.entity_mention(span)
    # title words between the left edge of the phrase and the name
    title, orgs, inside_title = [], [], set()
    for tok in head.doc[head.left_edge.i: span.start]:
        if tok.i in inside_title:
            continue
        ent = ctx.names.entity_at(tok.i)
        if ent is not None and ent.label == "ORG" and ent.end - ent.start == 1 \
                and tok.head.i == tok.i + 1 and tok.head.pos_ in {"NOUN", "PROPN"} \
                and ctx.names.entity_at(tok.i + 1) is None:
            title.append(tok.lower_)  # "Home Secretary": a one-word department is part of the title
        elif ent is not None and ent.label in {"ORG", "GPE", "NORP"}:
            if not orgs or orgs[-1].text != ent.text:
                orgs.append(ctx.names.entity_mention(ent))
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"compound", "nmod"} and ent is None:
            title.append(tok.lower_)
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                # "Secretary of State": the whole phrase is the title
                words = [w for w in prep.subtree]
                inside_title.update(w.i for w in words)
                title.extend(w.lower_ for w in words)
    if title:
        yield from _role(ctx, person, " ".join(title), orgs[-1:] , head)
    for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        words, app_orgs = [], []
        for tok in appos.subtree:
            ent = ctx.names.entity_at(tok.i)
            if ent is not None and ent.label in {"ORG", "GPE", "NORP", "PERSON"}:
                if not app_orgs or app_orgs[-1].text != ent.text:
                    app_orgs.append(ctx.names.entity_mention(ent))
            elif tok.i <= appos.i and tok.pos_ in {"NOUN", "ADJ"} and tok.dep_ in {"amod", "compound", "ROOT", "appos"}:
                words.append(tok.lower_)
            if tok.dep_ == "relcl" or tok.dep_ == "acl":
                break
        if words and app_orgs:
            yield from _role(ctx, person, " ".join(words), app_orgs[:1], appos)


def _role(ctx: _Ctx, person: Mention, title: str, orgs: list[Mention], anchor) -> Iterator[Triple]:
    title = title.strip()
    if not orgs or not title or any(w in PRONOUNS for w in title.split()):
        return
    relation = f"{title} of"
    for org in orgs:
        if org.text.lower() == person.text.lower():
            continue
        yield Triple(
            doc_id=ctx.doc_id, subject=person, relation=relation, object=org,
            sentence=ctx.names.sentence(anchor.i).text.strip(), relation_span=(anchor.idx, anchor.idx + len(anchor.text)),
            surface=title, category="role", rule="role", published=ctx.published,
        )
