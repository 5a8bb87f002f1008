"""The scope of a clause: polarity, certainty, modality and attribution, read from the clause
and from the clauses that govern it (coordination, control, complements, content nouns).

"Kim did not vow to support Russia" (negative, modality "vow"), "North Korea may have supplied"
(hedged), "Kim said that X" (reported, attributed to Kim), "failure to tell" (negated),
"asked whether X" (hedged).
"""
from __future__ import annotations

from lemminflect import getLemma

from extract.arrays import token_arrays
from extract.frames.control import controlling_adjective, infinitive, purpose
from extract.quotes import quotation_at
from extract.frames.speech import SPEECH_VERBS, according_to, cited, speakers, trailing_reporters
from extract.frames.types import Argument, Scope
from extract.nlp import per_token
from extract.relations import category, lemma_of, verb_of_noun

#: governors whose complement is wanted or planned, not asserted: "called for him to go"
IRREALIS_VERBS = frozenset({"call", "urge", "want", "ask", "demand", "hope", "plan", "seek",
                            "expect", "propose", "wish", "need", "intend", "aim", "try",
                            "attempt", "encourage", "press", "push", "invite", "recommend",
                            # directives, permissions and commitments: the complement is
                            # wanted, allowed or promised, not done ("persuade X to stop Y")
                            "persuade", "convince", "pressure", "lobby", "order", "instruct",
                            "advise", "tell", "allow", "permit", "authorise", "authorize",
                            "enable", "promise", "pledge", "vow", "agree", "decide", "threaten",
                            "prepare", "offer", "set", "due", "going", "able", "ready", "likely",
                            "unlikely", "expected", "willing", "eager", "keen", "determined",
                            # appeals and reliance with a prepositional addressee:
                            # "appealed to X to stop", "relied on X to help" (extract.frames.control)
                            "appeal", "plead", "beg", "implore", "rely", "count", "depend", "wait",
                            "prevail", "signal", "look",  # "looked to X to lead", "looks to expand"
                            # votes and efforts: "voted to leave the EU", "worked to arrange
                            # a meeting", "moved to block the bill" (the goal is not reached)
                            "vote", "opt", "choose", "resolve", "move", "campaign", "fight",
                            "struggle", "strive", "work", "scramble", "race", "rush", "vie",
                            # deliberation: "is considering buying Yahoo" (not bought yet)
                            "consider", "contemplate", "weigh", "mull", "discuss", "debate",
                            "explore",
                            # commitment: "committed to enhancing ties", "dedicated to ending X"
                            "commit", "dedicate", "devote"})
#: adjectives whose prepositional gerund is wanted, not done: "interested in buying X",
#: "keen on joining Y", "intent on winning"
WANTING_ADJECTIVES = frozenset({"interested", "keen", "intent", "bent", "eager", "desperate", "anxious",
                                "set", "open"})
#: words that, as a clause's subject, deny the clause: "nobody came", "none of them"
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "noone", "no-one"})
#: verbs of attempt: "tried to accommodate X", "had sought to buy Y" state a past attempt,
#: and one told as past often failed, so its "to"-infinitive is stated neither true nor false;
#: an attempt under way ("is trying to use the Queen") is the act in progress, hedged
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "strive", "endeavour", "endeavor"})
#: verbs of praise and blame: "criticized Washington for imposing demands", "praised X for
#: resisting Y" -- the reason is the judge's view of what the object did, so it is reported
JUDGING_VERBS = frozenset({"praise", "criticise", "criticize", "condemn", "blame", "thank", "commend",
                           "applaud", "hail", "denounce", "slam", "fault", "credit", "congratulate",
                           "rebuke", "reprimand", "scold", "censure", "chastise", "laud", "attack",
                           "ridicule", "mock"})
#: verbs whose "from"-gerund did not or will not happen: "banned the airline from flying",
#: "prevent the rebels from gaining ground", "withdrew from using her as candidate"
PREVENTING_VERBS = frozenset({"ban", "bar", "prevent", "stop", "block", "prohibit", "forbid",
                              "keep", "refrain", "abstain", "withdraw", "deter", "discourage",
                              "dissuade", "exclude", "restrain", "preclude", "exempt", "disqualify",
                              "restrict", "hinder", "inhibit", "save", "protect", "shield",
                              "suspend", "retreat", "back", "pull", "desist", "spare"})
#: adjectives whose clause is a likelihood, not a fact: "called it unlikely that X would Y"
MODAL_ADJECTIVES = frozenset({"unlikely", "likely", "possible", "impossible", "probable",
                              "improbable", "doubtful", "uncertain", "unclear", "conceivable",
                              "inconceivable", "plausible", "implausible", "unsure", "hopeful",
                              "confident", "optimistic", "pessimistic", "sceptical", "skeptical"})
#: nouns whose complement clause is a belief, fear or rumour, not a fact: "suspicion that X"
CONTENT_NOUNS = frozenset({"suspicion", "fear", "belief", "hope", "speculation", "rumour", "rumor",
                           "suggestion", "view", "idea", "possibility", "risk", "chance",
                           "prospect", "concern", "worry", "doubt", "expectation", "assumption",
                           "hypothesis", "impression", "sense", "feeling", "theory",
                           "evidence", "proof", "sign", "indication", "allegation", "claim",
                           "accusation", "charge", "report", "assertion", "warning", "threat",
                           "promise", "pledge", "plan", "proposal", "demand", "call", "wish",
                           "dream", "goal", "aim", "intention", "question", "likelihood",
                           "talk"})
#: verbs that deny a claim they take as object: "quashed speculation that X would stand",
#: "denied reports that Y would buy Z" -- the claim is denied, so the clause states nothing
#: safe (the denial itself says only that the speaker rejects it). Phrasal ones need their
#: particle ("ruled out", "played down", "brushed aside"); "pour cold water on" its noun.
DENYING_VERBS = frozenset({"deny", "dismiss", "quash", "squash", "reject", "refute", "rebut",
                           "dispel", "scotch", "debunk", "discount", "downplay", "disprove",
                           "contradict", "discredit"})
DENYING_PHRASALS = frozenset({("rule", "out"), ("play", "down"), ("brush", "aside"),
                              ("brush", "off"), ("shoot", "down"), ("knock", "down")})
#: verbs of belief and suspicion that are no report of speech (general English): their
#: complement is an opinion, "analysts suspect Iran supplied X", "experts doubt that X"
BELIEF_VERBS = frozenset({"suspect", "doubt", "assume", "suppose", "presume", "guess",
                          "imagine", "reckon", "speculate", "wonder", "question", "feel"})
#: verbs whose complement clause is negated by them
NEGATING_VERBS = frozenset({"deny", "refuse", "fail", "decline", "reject", "refute", "dismiss",
                            "stop", "cease", "quit", "halt", "avoid", "abandon"})
#: adjectives whose infinitive complement did not or will not happen: "was unable to negotiate"
NEGATING_ADJECTIVES = frozenset({"unable", "unwilling", "reluctant", "powerless", "loath", "loth"})
#: nouns whose infinitive complement did not or will not happen: "failure to tell the truth"
NEGATING_NOUNS = frozenset({"failure", "refusal", "inability", "reluctance", "unwillingness"})
HEDGE_AUX = frozenset({"may", "might", "could", "can"})
#: verbs of a standing possession: told in the past ("when BMW still owned Rover", "had owned",
#: "was owned by", "formerly owns", "used to own"), the possession may have ended, and the
#: relation the graph keeps ("owns") is in the present: no safe reading
POSSESSION_VERBS = frozenset({"own", "possess"})
#: adverbs that put a state in the past: "formerly owns", "previously owned"
PAST_ADV = frozenset({"formerly", "previously", "once", "earlier"})
#: raising verbs of appearance: "the US seems to lag Europe", "X appeared to back Y" -- the
#: infinitive is how things look to the writer, not a fact the text asserts
SEEMING_VERBS = frozenset({"seem", "appear"})
HEDGE_ADV = frozenset({"possibly", "probably", "perhaps", "likely", "maybe", "apparently", "potentially"})
#: subordinators of a reason or concession: the clause they open argues for its governor
REASON_MARKS = frozenset({"because", "since", "as", "although", "though", "whereas"})
REPORT_ADV = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "ostensibly"})
HEDGE_ADJ = frozenset({"suspected", "alleged", "reported", "possible", "potential", "purported", "apparent",
                       # events that lie ahead: "Trump's planned trip to Warsaw", "a proposed merger"
                       "planned", "proposed", "intended", "scheduled", "prospective", "upcoming",
                       "forthcoming", "future", "would-be", "mooted", "envisaged"})
NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "nobody", "nothing", "nowhere"})
_MODAL_AUX = frozenset({"will", "would", "shall", "should", "must"})
#: prepositions of a gerund that name a reason, which lies before its governor's time:
#: "will be punished for helping X" (the help was given)
REASON_PREPS = frozenset({"for", "over", "despite", "about", "of"})


def _time_modal(governor, preposition) -> str | None:
    """The modal of a verb that a gerund under its preposition shares: "will focus on
    campaigning", "could end up paying" (the gerund's event is as future or possible as its
    governor's); not a reason, which happened before ("may be jailed for helping X")."""
    if preposition.lower_ in REASON_PREPS:
        return None
    modals = [c.lower_ for c in governor.children if c.dep_ == "aux" and c.lower_ in _MODAL_AUX | HEDGE_AUX]
    return modals[0] if modals else None
_CERTAINTY_RANK = {"asserted": 0, "reported": 1, "hedged": 2}


def without(prep) -> bool:
    """True for a preposition that denies its gerund: "without" ("resigned without being
    asked"), "instead of", "rather than" ("sold instead of paying Acme")."""
    word = prep.lower_
    return word == "without" or word in {"of", "than"} and any(
        c.dep_ == "advmod" and c.lower_ in {"instead", "rather"} for c in prep.children)


@per_token  # asked of a verb by several constructions
def scope_of(verb) -> Scope:
    """Polarity, certainty, modality and speakers of a verb, from itself and its governors."""
    polarity, certainty, modality = "positive", "asserted", None
    unsupported = False
    attributed: list[Argument] = []
    node, own_negation, own_modals = verb, True, True
    described: str | None = None  # the polarity of a clause on a noun, fixed where it was found
    if past_possession(verb):
        unsupported = True  # "when BMW still owned Rover": no present "owns"
    # climb through coordination, control and complement clauses
    while True:
        if own_negation and negated(node):
            polarity = flip(polarity)
            if node is not verb and negative_subject(node):
                # "Neither X nor Y was willing to let him join": what nobody wanted, allowed
                # or said is stated neither true nor false
                unsupported = True
        own_negation, skip_modals, own_modals = True, not own_modals, True
        for child in node.children:
            if skip_modals and child.dep_ in {"aux", "advmod"}:
                continue  # a participle's governor: its tense and modals are its own
            if child.dep_ == "aux" and child.lower_ in HEDGE_AUX:
                certainty = stronger(certainty, "hedged")
                modality = modality or child.lower_
            elif child.dep_ == "aux" and child.lower_ in _MODAL_AUX:
                # "will visit", "would fund", "must leave": a plan, a condition or a duty
                certainty = stronger(certainty, "hedged")
                modality = modality or child.lower_
            elif child.dep_ == "advmod" and child.lower_ in HEDGE_ADV:
                certainty = stronger(certainty, "hedged")
            elif child.dep_ == "advmod" and child.lower_ in REPORT_ADV:
                certainty = stronger(certainty, "reported")
            elif child.dep_ in {"npadvmod", "advmod", "prep"} and _future_time(child):
                certainty = stronger(certainty, "hedged")  # "takes over the presidency next year"
            elif child.dep_ == "prep" and child.lower_ == "according":
                attributed.extend(according_to(child))
                certainty = stronger(certainty, "reported")
        parent = node.head
        if node.dep_ == "conj" and parent is not node:
            # a conjunct shares its head's context but not its negation, except neither ... nor
            if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in parent.children):
                polarity = "negative"
            node, own_negation = parent, False
            continue
        if node.dep_ == "pcomp" and parent.lower_ == "from" and lemma_of(parent.head) in PREVENTING_VERBS:
            polarity = flip(polarity)  # "banned the airline from flying": it does not fly
            node = parent.head
            continue
        if node.dep_ == "pcomp" and without(parent) and not negated(parent.head):
            # "left without paying Acme", "instead of paying": not paid ("did not leave without
            # paying": paid; the governor's own negation reaches no further)
            polarity = flip(polarity)
        if node.dep_ == "pcomp" and parent.head.pos_ == "ADJ" and parent.head.dep_ == "acomp" \
                and parent.head.lemma_.lower() in WANTING_ADJECTIVES and parent.head.head.pos_ in {"VERB", "AUX"}:
            # "were interested in letting him join": wanted, not done; the copula's negation,
            # modals and subject reach the gerund
            certainty = stronger(certainty, "hedged")
            node, own_negation = parent.head.head, True
            continue
        if node.dep_ == "pcomp" and parent.head.pos_ == "VERB":
            gov = parent.head
            if category(lemma_of(gov)) == "accuse" or lemma_of(gov) in SPEECH_VERBS \
                    or lemma_of(gov) in JUDGING_VERBS and parent.lower_ == "for":
                certainty = stronger(certainty, "reported")
                attributed.extend(speakers(gov))
                break
            if lemma_of(gov) in IRREALIS_VERBS:
                certainty = stronger(certainty, "hedged")  # "committed to enhancing ties", "called for ending X"
            # "pledged to work towards lifting the ban": the governor's plans and reports reach
            # the complement; its negation does not ("did not stop after meeting X")
            modal = _time_modal(gov, parent)
            if modal is not None:
                certainty = stronger(certainty, "hedged")  # "will focus on campaigning for X"
                modality = modality or modal
            node, own_negation, own_modals = gov, False, False
            continue
        if node.dep_ in {"xcomp", "advcl", "ccomp"} and lemma_of(parent) in IRREALIS_VERBS:
            certainty = stronger(certainty, "hedged")  # wanted or planned, not asserted
        if purpose(node):
            certainty = stronger(certainty, "hedged")  # "sued X to block the release": an aim
        if node.dep_ == "xcomp" and parent is not node and lemma_of(parent) == "be" and infinitive(node):
            certainty = stronger(certainty, "hedged")  # "BA is to halt flights": a plan
        if controlling_adjective(node) and parent.lemma_.lower() not in NEGATING_ADJECTIVES | {"able"}:
            certainty = stronger(certainty, "hedged")  # "is ready to call", "keen to buy": not done yet
        if node.dep_ == "acomp" and node.pos_ == "ADJ" and parent.pos_ in {"VERB", "AUX"} \
                and any(controlling_adjective(c) for c in node.children):
            node = parent  # "is not ready to call": the copula's negation and modals reach the act
            continue
        if _seeming(node):
            certainty = stronger(certainty, "hedged")
        if node.dep_ == "xcomp" and parent is not node and lemma_of(parent) in ATTEMPT_VERBS \
                and parent.tag_ in {"VBD", "VBN"} and infinitive(node):
            unsupported = True  # "tried hard to accommodate X": an attempt, whose outcome is not stated
        if node.dep_ == "xcomp" and parent is not node:
            if lemma_of(parent) in NEGATING_VERBS or parent.lemma_.lower() in NEGATING_ADJECTIVES \
                    or _yet_to(parent):
                polarity = flip(polarity)
            elif lemma_of(parent) not in {"be"}:
                modality = parent.text.lower() if modality in (None, "will", "would") else modality
            if reported_infinitive(node):
                certainty = stronger(certainty, "reported")  # "which it alleges to be", "is said to own"
                attributed.extend(speakers(parent))
            node = parent
            continue
        if any(c.dep_ == "mark" and c.lower_ in {"whether", "if", "unless"} for c in node.children):
            certainty = stronger(certainty, "hedged")  # "asked whether X attacked Y", "if X wins"
            if indirect_question(node):
                unsupported = True  # "asked whether X would match Y": a question states neither
        if condition(node):
            unsupported = True  # "will be arrested if he enters Italy": a condition states no fact
        if node.dep_ in {"advcl", "ROOT"} and infinitive(node):
            # a purpose ("went to Moscow to sign a deal"), or a headline's future ("Tesco to sell")
            certainty = stronger(certainty, "hedged")
        if node.dep_ in {"ccomp", "xcomp", "advcl"} and _modal_adjective(parent):
            certainty = stronger(certainty, "hedged")  # "it is unlikely that the bank would fund"
        if in_quotation(node):
            certainty = stronger(certainty, "reported")  # a quotation is its speaker's word
        if question(node):
            certainty = stronger(certainty, "hedged")  # "Does YouTube implement DRM?"
        if _complement_of_noun(node) and lemma_of(parent) in CONTENT_NOUNS:
            certainty = stronger(certainty, "hedged")  # "amid suspicion the chancellor was ..."
            # "no evidence the missiles came", "quashed speculation that he would stand"
            unsupported = unsupported or negated_noun(parent) or denied_noun(parent)
            break
        if _complement_of_noun(node) and (
                verb_of_noun(lemma_of(parent)) in SPEECH_VERBS | {"accuse", "allege", "suspect"}):
            certainty = stronger(certainty, "reported")  # "claims that X supplied Y"
            break
        if node.dep_ in {"acl", "relcl"} and infinitive(node):
            certainty = stronger(certainty, "hedged")  # "plans to X", "a call for him to X"
            unsupported = unsupported or negated_noun(parent)  # "has no plans to charge X"
            if lemma_of(parent) in NEGATING_NOUNS:
                polarity = flip(polarity)  # "Blair's failure to tell the truth"
        if node.dep_ in {"ccomp", "parataxis"} and parent is not node and parent.pos_ in {"VERB", "AUX"}:
            if lemma_of(parent) in NEGATING_VERBS:
                polarity = flip(polarity)
            elif negated(parent):
                # "could not say whether X": the clause is left open, not denied
                certainty = stronger(certainty, "hedged")
                own_negation = False
            if lemma_of(parent) in BELIEF_VERBS:
                certainty = stronger(certainty, "hedged")  # "analysts suspect X did Y"
                attributed.extend(speakers(parent))
            elif lemma_of(parent) in SPEECH_VERBS or lemma_of(parent) in NEGATING_VERBS:
                certainty = stronger(certainty, "reported")
                attributed.extend(speakers(parent))
                # "..., citing Russia's Security Council"; "according to" is read on the next pass
                attributed.extend(cited(parent))
            node = parent
            continue
        for reporter in trailing_reporters(node):
            certainty = stronger(certainty, "reported")
            attributed.extend(speakers(reporter))
        if node.dep_ in {"acl", "relcl"} and parent.pos_ in {"NOUN", "PROPN"}:
            # "believes the US, pressed by Europe, is willing": a clause on a noun is said,
            # believed or planned as the clause around the noun is; its negation stays there
            content = _content_noun_above(parent)
            if content is not None:
                # "amid concerns about an arrangement in which X provides Y": the clause is
                # what is feared, reported or alleged
                certainty = stronger(certainty, "hedged")
                unsupported = unsupported or negated_noun(content) or denied_noun(content)
            governor = _clause_of(parent)
            if governor is not None:
                if not infinitive(node) and described is None:
                    # a participle or relative clause describes its noun, and a description is
                    # presupposed: "failed to report accounts held by X" -- X holds them
                    described = polarity
                node, own_negation, own_modals = governor, False, False
                continue
        if node.dep_ == "advcl" and parent is not node and parent.dep_ in {"ccomp", "parataxis"} \
                and (any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in node.children)
                     or _bare_participle(node)):
            # "X maintains the case has no place here because Y has no assets": a reason given
            # inside what someone says is part of what they say; its governor's own negation
            # and modals stay there, its speaker reaches the reason
            node, own_negation, own_modals = parent, False, False
            continue
        break
    if described is not None:
        polarity = described
    # the first modality found is the closest governor; keep the control verb if any
    return Scope(polarity, certainty, modality, tuple(attributed), unsupported)


def past_possession(verb) -> bool:
    """`verb` is a possession told in the past: "owned", "had owned", "was owned by",
    "formerly owns", "used to own" (but not "has owned" nor "is owned")."""
    if lemma_of(verb) not in POSSESSION_VERBS:
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "advmod" and c.lower_ in PAST_ADV for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lower_ == "used":
        return True  # "used to own"
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in aux)  # "had owned", "was owned"


def reported_infinitive(node) -> bool:
    """`node` is the infinitive of a verb of saying or alleging: "a bank it alleges to be the
    leader of X", "is said to own Y", "claims to have met Z" -- what the infinitive states is
    the speaker's claim (the complement clause of "alleges that" reads the same)."""
    parent = node.head
    return node.dep_ == "xcomp" and parent is not node and lemma_of(parent) in SPEECH_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _seeming(node) -> bool:
    """`node` is the infinitive of a verb of appearance: "seems to lag", "appeared to back"."""
    parent = node.head
    return node.dep_ == "xcomp" and parent is not node and lemma_of(parent) in SEEMING_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _bare_participle(node) -> bool:
    """A participle clause without a subject or a conjunction of its own ("the Greens have
    seized the initiative, putting Labour on the defensive"): its action is the result of the
    clause it hangs on, so inside what someone says it is said too ("analysts say X, putting
    Y ..." reports both)."""
    return node.tag_ == "VBG" and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass", "csubj"} for c in node.children)


def negated_noun(noun) -> bool:
    """A content noun that is denied: "no evidence", "not any sign" ("did not find any
    evidence"): its complement is stated neither true nor false."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children) \
        and noun.head is not noun and noun.head.pos_ in {"VERB", "AUX"} and negated(noun.head)


def denied_noun(noun) -> bool:
    """A claim that its clause's verb denies: the object of "deny", "quash", "rule out",
    "play down" ("quashed speculation that X"), the subject of their passive ("reports that
    X were denied") or the noun "cold water" is poured on. A denial that is itself negated
    ("did not deny reports that X") leaves the claim open, as a hedge."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _denial_read_as_noun(noun):
        return True
    if noun.head is noun:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on":
        # "poured cold water on reports that X" ("on" hangs on "water" or on "pour")
        verb = verb.head.head if verb.head.lemma_.lower() == "water" else verb.head
        return lemma_of(verb) == "pour" and not negated(verb) and any(
            t.lemma_.lower() == "water" for t in verb.children)
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"} or negated(verb):
        return False
    lemma = lemma_of(verb)
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return lemma in DENYING_VERBS or any((lemma, p) in DENYING_PHRASALS for p in particles)


def _denial_read_as_noun(noun) -> bool:
    """"Her choice of seat dismisses rumours that X": the small model may read a verb's third
    person -s form before its object as a plural noun ("dismisses" NNS), and the claim noun
    then heads the sentence; a denying verb's -s form right before the claim is that verb."""
    start = noun.i  # before the noun's own modifiers ("dismisses the latest rumours")
    while start > 0 and noun.doc[start - 1].head is noun and noun.doc[start - 1].dep_ in {"det", "amod", "compound"}:
        start -= 1
    if start == 0:
        return False
    before = noun.doc[start - 1]
    if before.tag_ != "NNS" or not before.lower_.endswith("s"):
        return False
    found = getLemma(before.lower_, upos="VERB", lemmatize_oov=False)
    return bool(found) and found[0].lower() in DENYING_VERBS


def _complement_of_noun(node) -> bool:
    """A clause completing a noun ("the claim that X", "an allegation he assaulted Y"); the
    parser often calls the second a relative clause, though nothing in it is relative."""
    if node.head.pos_ != "NOUN":
        return False
    if node.dep_ in {"acl", "ccomp"}:
        return True
    return node.dep_ == "relcl" and not any(
        c.lower_ in {"who", "which", "that", "whom", "whose", "where", "when"} and c.dep_ != "mark"
        for c in node.children)


def _content_noun_above(noun):
    """The content noun ("concerns", "reports", "allegations") whose prepositional phrase
    holds `noun`, on the way up to the noun's clause: "concerns about an arrangement"; None."""
    node = noun
    for _ in range(4):
        if node.head is node or node.head.pos_ in {"VERB", "AUX"}:
            return None
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN" \
                and lemma_of(node.head.head) in CONTENT_NOUNS:
            return node.head.head
        node = node.head
    return None


def _clause_of(noun):
    """The verb of the clause a noun is an argument of, or None (a root noun)."""
    node = noun
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


#: words that put a time ahead: "next year", "tomorrow", "later this month", "the coming weeks"
FUTURE_WORDS = frozenset({"next", "tomorrow", "later", "upcoming", "coming", "soon", "forthcoming"})


def _future_time(token) -> bool:
    """A time adverbial that lies ahead: "next week", "tomorrow", "in the coming months"."""
    if token.lower_ in FUTURE_WORDS:
        return True
    doc, a = token.doc, token_arrays(token.doc)  # the subtree walked in the Doc's arrays
    dep, children = a.dep, a.children
    stack = [token.i]
    while stack:
        i = stack.pop()
        if (dep[i] in {"amod", "advmod"} or doc[i].ent_type_ == "DATE") and doc[i].lower_ in FUTURE_WORDS:
            return True
        stack.extend(children[i])
    return False


def _modal_adjective(token) -> bool:
    """The token is, or its copula has as complement, an adjective of likelihood."""
    if token.pos_ == "ADJ" and token.lemma_.lower() in MODAL_ADJECTIVES:
        return True
    return any(c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() in MODAL_ADJECTIVES for c in token.children)


def _yet_to(verb) -> bool:
    """"has yet to pay", "is yet to decide": the complement has not happened."""
    return lemma_of(verb) in {"have", "be"} and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                    for c in verb.children)


#: subordinators of a condition: "if", "unless", "even if", "as if"
CONDITION_MARKS = frozenset({"if", "unless"})
#: participles that open a condition: "provided (that) X", "providing (that) X"
_CONDITION_PARTICIPLES = frozenset({"provided", "providing"})
#: nouns of "in case X", "in the event (that) X"
_CONDITION_NOUNS = frozenset({"case", "event"})


def condition(clause) -> bool:
    """True for an adverbial clause of condition: "if he left Britain", "unless Beta objects",
    "as long as / so long as he stays", "in case Zeta sells", "in the event that X",
    "provided (that) X". A condition (and a comparison with "as if") says what would follow
    were it true; it states neither the clause nor its negation, so no fact is read from it.
    An indirect question ("asked if X") is a complement, no adverbial clause, and is read by
    `indirect_question`."""
    head = clause.head
    if head is clause:
        return False
    if clause.dep_ == "advcl":
        marks = [c for c in clause.children if c.dep_ == "mark"]
        if any(m.lower_ in CONDITION_MARKS for m in marks) and not indirect_question(clause):
            return True
        if any(m.lower_ == "as" for m in marks) and head.lower_ == "long" \
                and any(c.lower_ in {"as", "so"} and c.i < head.i for c in head.children):
            return True  # "as long as he stays": "as" hangs on "long", the clause too
        if any(c.dep_ == "prep" and c.lower_ == "in" and c.i < clause.i
               and any(o.dep_ == "pobj" and o.lower_ == "case" and not list(o.children) for o in c.children)
               for c in clause.children):
            return True  # "in case Zeta sells": the parser hangs "in case" on the clause
    if clause.dep_ in {"acl", "ccomp", "relcl"} and head.lemma_.lower() in _CONDITION_NOUNS \
            and head.dep_ == "pobj" and head.head.lower_ == "in":
        return True  # "in the event that Smith joins"
    return clause.dep_ == "ccomp" and head.lower_ in _CONDITION_PARTICIPLES and head.dep_ in {"advcl", "prep"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in head.children)


#: verbs whose "whether"/"if" clause is a question put, not a condition: "asked whether X
#: would match Y" says nothing of X and Y, so no reading of the clause is safe
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query", "investigate",
                            "examine", "check", "probe", "know", "see"})


def indirect_question(clause) -> bool:
    """True for a clause with "whether"/"if" that is the object of a verb of asking: "asked
    whether X would match Y", "wondered if Y was involved"."""
    return clause.dep_ in {"ccomp", "advcl"} and clause.head is not clause \
        and lemma_of(clause.head) in QUESTION_VERBS \
        and any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children)


@per_token  # asked of a verb by several constructions
def question(token) -> bool:
    """True when the token's sentence asks rather than states: it ends in a question mark."""
    doc, arrays = token.doc, token_arrays(token.doc)  # token.sent walks the Doc on every call
    start, end = arrays.sent_start[token.i], arrays.sent_end[token.i]
    last = next((t for t in (doc[j] for j in range(end - 1, start - 1, -1))
                 if not (t.is_punct and t.text in {'"', "'", "”", "’", ")"})), None)
    return last is not None and last.text == "?"


def in_quotation(token) -> bool:
    """True when the token stands inside a double-quoted passage of its Doc."""
    return quotation_at(token.doc, token.idx) is not None


@per_token  # asked of a verb by several constructions
def negated(verb) -> bool:
    """True when a verb has its own negation: "not", "never", "neither ... nor". "Not ...
    until" denies only the time before: "did not endorse her until July" -- then it did."""
    doc, a = verb.doc, token_arrays(verb.doc)  # dependencies read from the Doc's arrays; a
    dep, children = a.dep, a.children  # Token built only for a child whose dependency fits
    kids = children[verb.i]
    if any(dep[c] in {"prep", "mark", "advcl"} and doc[c].lower_ == "until" or
           dep[c] == "advcl" and any(dep[g] == "mark" and doc[g].lower_ == "until" for g in children[c])
           for c in kids):
        return False
    return any(dep[c] == "neg" or (dep[c] in {"preconj", "advmod", "det"} and doc[c].lower_ in NEG_WORDS)
               for c in kids) or any(dep[c] == "cc" and doc[c].lower_ == "nor" for c in kids) \
        or negative_subject(verb)


def negative_subject(verb) -> bool:
    """True when a verb's subject denies its clause: "nobody", "none of the parties", "no
    one", "no party", "neither X nor Y" ("Neither Labour nor the Greens backed him")."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in NEGATIVE_SUBJECTS:
            return True
        if any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in subject.children):
            return True
    return False


def hedged_noun(token) -> bool:
    """"the suspected attack", "an alleged plot": the noun's event is hedged."""
    return any(c.dep_ == "amod" and c.lower_ in HEDGE_ADJ for c in token.children)


def flip(polarity: str) -> str:
    return "negative" if polarity == "positive" else "positive"


def stronger(a: str, b: str) -> str:
    """The less certain of two certainty levels."""
    return a if _CERTAINTY_RANK[a] >= _CERTAINTY_RANK[b] else b
