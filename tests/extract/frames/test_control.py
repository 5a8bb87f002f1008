"""extract.frames.control: subject and object control, -ing complements, ECM verbs."""
from __future__ import annotations

import pytest

from extract.frames import Role, Via
from tests.extract.frames.conftest import frame_at, words

CONTROL = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("vowed", "VERB", "VBD", "ROOT", 1, "vow", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("support", "VERB", "VB", "xcomp", 1, "support", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 3, "Russia", "B-GPE"),
]
OBJECT_CONTROL = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("urged", "VERB", "VBD", "ROOT", 1, "urge", "O"),
    ("China", "PROPN", "NNP", "dobj", 1, "China", "B-GPE"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("help", "VERB", "VB", "xcomp", 1, "help", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 4, "Russia", "B-GPE"),
]
ACCUSED_OF = [
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("US", "PROPN", "NNP", "nsubj", 2, "US", "B-GPE"),
    ("accused", "VERB", "VBD", "ROOT", 2, "accuse", "O"),
    ("Korea", "PROPN", "NNP", "dobj", 2, "Korea", "B-GPE"),
    ("of", "ADP", "IN", "prep", 2, "of", "O"),
    ("supplying", "VERB", "VBG", "pcomp", 4, "supply", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 5, "Russia", "B-GPE"),
]
DISCUSSED = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("discussed", "VERB", "VBD", "ROOT", 1, "discuss", "O"),
    ("implementing", "VERB", "VBG", "xcomp", 1, "implement", "O"),
    ("sanctions", "NOUN", "NNS", "dobj", 2, "sanction", "O"),
]
ECM = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("wanted", "VERB", "VBD", "ROOT", 1, "want", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 1, "Russia", "B-GPE"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("win", "VERB", "VB", "xcomp", 1, "win", "O"),
]
ALLEGED = [
    ("Seoul", "PROPN", "NNP", "nsubj", 1, "Seoul", "B-GPE"),
    ("alleged", "VERB", "VBD", "ROOT", 1, "allege", "O"),
    ("that", "SCONJ", "IN", "mark", 4, "that", "O"),
    ("Pyongyang", "PROPN", "NNP", "nsubj", 4, "Pyongyang", "B-GPE"),
    ("armed", "VERB", "VBD", "ccomp", 1, "arm", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 4, "Russia", "B-GPE"),
]

INVITED = [  # "Kim was invited by Putin to visit Moscow": the passive's subject visits
    ("Kim", "PROPN", "NNP", "nsubjpass", 2, "Kim", "B-PERSON"),
    ("was", "AUX", "VBD", "auxpass", 2, "be", "O"),
    ("invited", "VERB", "VBN", "ROOT", 2, "invite", "O"),
    ("by", "ADP", "IN", "agent", 2, "by", "O"),
    ("Putin", "PROPN", "NNP", "pobj", 3, "Putin", "B-PERSON"),
    ("to", "PART", "TO", "aux", 6, "to", "O"),
    ("visit", "VERB", "VB", "xcomp", 2, "visit", "O"),
    ("Moscow", "PROPN", "NNP", "dobj", 6, "Moscow", "B-GPE"),
]

PLEDGED_ING = [  # "Kim pledged supporting Russia": a promised act of the subject
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge", "O"),
    ("supporting", "VERB", "VBG", "xcomp", 1, "support", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 2, "Russia", "B-GPE"),
]


def test_control_commissive_ing_complement_is_the_subjects_plan(frames_of):
    doc, frames = frames_of(PLEDGED_ING)
    frame = frame_at(doc, frames, "supporting")
    assert words(doc, frame.subjects) == ["Kim"] and frame.scope.certainty == "hedged"


def test_control_passive_subject_controls_the_infinitive(frames_of):
    doc, frames = frames_of(INVITED)
    frame = frame_at(doc, frames, "visit")
    (subj,) = frame.subjects
    assert (doc[subj.head].text, subj.via, frame.passive) == ("Kim", (Via.OBJECT_CONTROL,), False)


def test_control_subject_control_borrows_through_xcomp(frames_of):
    doc, frames = frames_of(CONTROL)
    frame = frame_at(doc, frames, "support")
    (subj,) = frame.subjects
    assert (doc[subj.head].text, subj.via, frame.rule) == ("Kim", (Via.XCOMP,), "control")
    assert frame.scope.modality == "vowed"


def test_control_object_control_takes_the_object(frames_of):
    doc, frames = frames_of(OBJECT_CONTROL)
    (subj,) = frame_at(doc, frames, "help").subjects
    assert (doc[subj.head].text, subj.via) == ("China", (Via.OBJECT_CONTROL,))


def test_control_prepositional_ing_takes_the_governors_object(frames_of):
    doc, frames = frames_of(ACCUSED_OF)
    (subj,) = frame_at(doc, frames, "supplying").subjects
    assert (doc[subj.head].text, subj.via) == ("Korea", (Via.PCOMP,))


PASSIVE_ACCUSED_OF = [  # "Korea was accused of supplying Russia": the passive's subject supplies
    ("Korea", "PROPN", "NNP", "nsubjpass", 2, "Korea", "B-GPE"),
    ("was", "AUX", "VBD", "auxpass", 2, "be", "O"),
    ("accused", "VERB", "VBN", "ROOT", 2, "accuse", "O"),
    ("of", "ADP", "IN", "prep", 2, "of", "O"),
    ("supplying", "VERB", "VBG", "pcomp", 3, "supply", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 4, "Russia", "B-GPE"),
]


def test_control_prepositional_ing_of_a_passive_takes_its_subject(frames_of):
    doc, frames = frames_of(PASSIVE_ACCUSED_OF)
    frame = frame_at(doc, frames, "supplying")
    (subj,) = frame.subjects
    assert (doc[subj.head].text, subj.via, frame.passive) == ("Korea", (Via.PCOMP,), False)


def test_control_ing_complement_of_a_non_aspectual_verb_has_no_subject(frames_of):
    doc, frames = frames_of(DISCUSSED)
    assert frame_at(doc, frames, "implementing").subjects == ()


def test_control_ecm_verb_takes_no_direct_object(frames_of):
    doc, frames = frames_of(ECM)
    assert frame_at(doc, frames, "wanted").arguments == ()
    (subj,) = frame_at(doc, frames, "win").subjects
    assert doc[subj.head].text == "Russia"


def test_control_claim_verb_takes_no_clause_subject_as_accused(frames_of):
    """"Seoul alleged that Pyongyang armed Russia": what is alleged is the clause; Seoul
    alleges no Pyongyang (the clause's own frame says who armed whom)."""
    doc, frames = frames_of(ALLEGED)
    clauses = [a for a in frame_at(doc, frames, "alleged").arguments if a.role is Role.CLAUSE]
    assert all("Pyongyang" not in words(doc, clause.members) for clause in clauses)
    assert words(doc, frame_at(doc, frames, "armed").subjects) == ["Pyongyang"]


def test_control_accusing_verb_with_a_clause_still_gets_its_subject_as_accused(frames_of):
    """"Seoul blamed that Pyongyang armed Russia": a verb of blaming (no claim) keeps the reading."""
    rows = [("blamed", p, t, d, h, "blame", e) if w == "alleged" else (w, p, t, d, h, lem, e)
            for (w, p, t, d, h, lem, e) in ALLEGED]
    doc, frames = frames_of(rows)
    (clause,) = [a for a in frame_at(doc, frames, "blamed").arguments if a.role is Role.CLAUSE]
    assert words(doc, clause.members) == ["Pyongyang"]


# "Lee arrived amid growing ties." / "Lee arrived after meeting Kim."
def _arrived(prep: str, gerund: tuple[str, str], obj: tuple[str, str, str]):
    return [
        ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
        ("arrived", "VERB", "VBD", "ROOT", 1, "arrive", "O"),
        (prep, "ADP", "IN", "prep", 1, prep, "O"),
        (gerund[0], "VERB", "VBG", "pcomp", 2, gerund[1], "O"),
        (obj[0], obj[1], obj[2], "dobj", 3, obj[0], "B-PERSON" if obj[1] == "PROPN" else "O"),
    ]


def test_control_gerund_after_amid_is_no_act_of_the_clause_subject(frames_of):
    doc, frames = frames_of(_arrived("amid", ("growing", "grow"), ("ties", "NOUN", "NNS")))
    assert frame_at(doc, frames, "growing").subjects == ()


def test_control_gerund_after_after_is_the_clause_subjects_act(frames_of):
    doc, frames = frames_of(_arrived("after", ("meeting", "meet"), ("Kim", "PROPN", "NNP")))
    assert words(doc, frame_at(doc, frames, "meeting").subjects) == ["Lee"]


SUED_TO_BLOCK = [  # "Trump sued Vance to block the release": the infinitive is Trump's aim
    ("Trump", "PROPN", "NNP", "nsubj", 1, "Trump", "B-PERSON"),
    ("sued", "VERB", "VBD", "ROOT", 1, "sue", "O"),
    ("Vance", "PROPN", "NNP", "dobj", 1, "Vance", "B-PERSON"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("block", "VERB", "VB", "xcomp", 1, "block", "O"),
    ("the", "DET", "DT", "det", 6, "the", "O"),
    ("release", "NOUN", "NN", "dobj", 4, "release", "O"),
]
USED_TO_THANK = [  # "Kim used Instagram to thank supporters"
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("used", "VERB", "VBD", "ROOT", 1, "use", "O"),
    ("Instagram", "PROPN", "NNP", "dobj", 1, "Instagram", "B-ORG"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("thank", "VERB", "VB", "xcomp", 1, "thank", "O"),
    ("supporters", "NOUN", "NNS", "dobj", 4, "supporter", "O"),
]
HIRED_TO = [  # "Ford hired Sidley to investigate": hiring is an object-control verb
    ("Ford", "PROPN", "NNP", "nsubj", 1, "Ford", "B-ORG"),
    ("hired", "VERB", "VBD", "ROOT", 1, "hire", "O"),
    ("Sidley", "PROPN", "NNP", "dobj", 1, "Sidley", "B-ORG"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("investigate", "VERB", "VB", "xcomp", 1, "investigate", "O"),
]


@pytest.mark.parametrize("rows,verb,doer,certainty", [
    (SUED_TO_BLOCK, "block", "Trump", "hedged"),
    (USED_TO_THANK, "thank", "Kim", "hedged"),
    (HIRED_TO, "investigate", "Sidley", "asserted"),
    (OBJECT_CONTROL, "help", "China", "hedged"),
])
def test_control_infinitive_after_an_object_is_a_purpose_unless_the_verb_controls(frames_of, rows, verb, doer,
                                                                                 certainty):
    """Only directive, causative and appointing verbs hand their object the infinitive's act;
    after any other verb with an object the infinitive is the subject's aim, not yet done."""
    doc, frames = frames_of(rows)
    frame = frame_at(doc, frames, verb)
    assert (words(doc, frame.subjects), frame.scope.certainty) == ([doer], certainty)


def _ready(adjective: str, negated: bool = False):
    """'Lee is [not] <adjective> to call Kim .'"""
    rows = [("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"), ("is", "AUX", "VBZ", "ROOT", 1, "be", "O")]
    if negated:
        rows.append(("not", "PART", "RB", "neg", 1, "not", "O"))
    a = len(rows)
    rows += [(adjective, "ADJ", "JJ", "acomp", 1, adjective, "O"), ("to", "PART", "TO", "aux", a + 2, "to", "O"),
             ("call", "VERB", "VB", "xcomp", a, "call", "O"), ("Kim", "PROPN", "NNP", "dobj", a + 2, "Kim", "B-PERSON"),
             (".", "PUNCT", ".", "punct", 1, ".", "O")]
    return rows


HEADLINE_READY = [  # "Lee ready to call Kim": a headline without its copula
    ("Lee", "PROPN", "NNP", "ROOT", 0, "Lee", "B-PERSON"),
    ("ready", "ADJ", "JJ", "amod", 0, "ready", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("call", "VERB", "VB", "xcomp", 1, "call", "O"),
    ("Kim", "PROPN", "NNP", "dobj", 3, "Kim", "B-PERSON"),
]


@pytest.mark.parametrize("adjective", ["ready", "keen", "willing", "quick", "likely"])
def test_control_adjective_lends_its_subject_to_the_infinitive(frames_of, adjective):
    doc, frames = frames_of(_ready(adjective))
    frame = frame_at(doc, frames, "call", "verbal_clause")
    assert words(doc, frame.subjects) == ["Lee"] and frame.subjects[0].via == (Via.XCOMP,)
    assert words(doc, frame.arguments) == ["Kim"]
    assert frame.scope.certainty == "hedged"  # ready, keen: not done yet


def test_control_adjective_after_its_noun_in_a_headline(frames_of):
    doc, frames = frames_of(HEADLINE_READY)
    assert words(doc, frame_at(doc, frames, "call", "verbal_clause").subjects) == ["Lee"]


def test_control_adjective_copula_negation_reaches_the_act(frames_of):
    doc, frames = frames_of(_ready("ready", negated=True))
    assert frame_at(doc, frames, "call", "verbal_clause").scope.polarity == "negative"


def test_control_tough_adjective_lends_no_subject(frames_of):
    """"Lee is hard to call": Lee is called, not the caller."""
    doc, frames = frames_of(_ready("hard"))
    assert frame_at(doc, frames, "call", "verbal_clause").subjects == ()


def _appeal(verb, lemma, prep, prep_dep="prep", addressee="Russia", ent="B-GPE"):
    """"Macron <verb> <prep> <addressee> to withdraw troops." by hand; with prep_dep "prt"
    the addressee is the particle verb's direct object ("called on NATO members")."""
    obj_dep, obj_head = ("pobj", 2) if prep_dep == "prep" else ("dobj", 1)
    return [("Macron", "PROPN", "NNP", "nsubj", 1, "Macron", "B-PERSON"),
            (verb, "VERB", "VBD", "ROOT", 1, lemma, "O"),
            (prep, "ADP" if prep_dep == "prep" else "ADP", "IN" if prep_dep == "prep" else "RP", prep_dep, 1, prep, "O"),
            (addressee, "PROPN", "NNP", obj_dep, obj_head, addressee, ent),
            ("to", "PART", "TO", "aux", 5, "to", "O"),
            ("withdraw", "VERB", "VB", "xcomp", 1, "withdraw", "O"),
            ("troops", "NOUN", "NNS", "dobj", 5, "troop", "O")]


@pytest.mark.parametrize("verb, lemma, prep", [("called", "call", "on"), ("appealed", "appeal", "to"),
                                               ("pleaded", "plead", "with"), ("relied", "rely", "on"),
                                               ("looked", "look", "to")])
def test_control_prepositional_addressee_does_the_wanted_act(frames_of, verb, lemma, prep):
    doc, frames = frames_of(_appeal(verb, lemma, prep))
    frame = frame_at(doc, frames, "withdraw")
    assert words(doc, frame.subjects) == ["Russia"]  # never Macron
    assert frame.subjects[0].via == (Via.OBJECT_CONTROL,)
    assert frame.scope.certainty == "hedged"  # asked for, not done


def test_control_particle_addressee_is_object_and_controller(frames_of):
    doc, frames = frames_of(_appeal("called", "call", "on", prep_dep="prt"))
    assert words(doc, frame_at(doc, frames, "withdraw").subjects) == ["Russia"]
    called = frame_at(doc, frames, "called")
    assert [(a.role, doc[a.head].text) for a in called.arguments] == [(Role.OBJECT, "Russia")]


def test_control_other_prepositions_leave_the_subject_in_control(frames_of):
    # "Macron went to Russia to withdraw troops": a purpose of Macron's own
    doc, frames = frames_of(_appeal("went", "go", "to"))
    assert words(doc, frame_at(doc, frames, "withdraw").subjects) == ["Macron"]


def test_control_appeal_facts_in_the_graph_view(doc_of):
    from extract.triples import triples
    facts = {(t.subject.text, t.relation, t.object.text, t.certainty) for t in triples(doc_of(_appeal("appealed", "appeal", "to")))}
    assert ("Macron", "appeals to", "Russia", "asserted") in facts
    assert not [f for f in facts if f[0] == "Macron" and f[1].startswith("withdraw")]
    assert ("Russia", "withdraws", "troops", "hedged") in facts


def _linking(verb, lemma, word, pos, tag, dep):
    """"Acme <verb> <word> to buy Globex." by hand ("seems certain", "looks set")."""
    return [("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
            (verb, "VERB", "VBZ", "ROOT", 1, lemma, "O"),
            (word, pos, tag, dep, 1, word, "O"),
            ("to", "PART", "TO", "aux", 4, "to", "O"),
            ("buy", "VERB", "VB", "xcomp", 2, "buy", "O"),
            ("Globex", "PROPN", "NNP", "dobj", 4, "Globex", "B-ORG")]


@pytest.mark.parametrize("verb, lemma, word, pos, tag, dep", [
    ("seems", "seem", "certain", "ADJ", "JJ", "oprd"),
    ("appears", "appear", "ready", "ADJ", "JJ", "oprd"),
    ("looks", "look", "set", "VERB", "VBN", "acomp"),  # the parser's participle
    ("seems", "seem", "poised", "VERB", "VBN", "oprd"),
])
def test_control_adjective_after_a_linking_verb_takes_its_subject(frames_of, verb, lemma, word, pos, tag, dep):
    doc, frames = frames_of(_linking(verb, lemma, word, pos, tag, dep))
    frame = frame_at(doc, frames, "buy")
    assert words(doc, frame.subjects) == ["Acme"]
    assert frame.scope.certainty == "hedged"  # likely, not done


@pytest.mark.parametrize("word, pos, tag, dep", [("unlikely", "ADJ", "JJ", "oprd"),  # against the act
                                                 ("based", "VERB", "VBN", "acomp")])  # no control word
def test_control_other_complements_of_a_linking_verb_take_no_subject(frames_of, word, pos, tag, dep):
    doc, frames = frames_of(_linking("seems", "seem", word, pos, tag, dep))
    assert frame_at(doc, frames, "buy").subjects == ()
