"""extract.frames.coordination: conjuncts, shared subjects, shared objects."""
from __future__ import annotations

import pytest

from extract.frames import Role, Via
from tests.extract.frames.conftest import frame_at, words

SUBJECTS = [
    ("Japan", "PROPN", "NNP", "nsubj", 3, "Japan", "B-GPE"),
    ("and", "CCONJ", "CC", "cc", 0, "and", "O"),
    ("Korea", "PROPN", "NNP", "conj", 0, "Korea", "B-GPE"),
    ("condemned", "VERB", "VBD", "ROOT", 3, "condemn", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 3, "Russia", "B-GPE"),
]
VERBS = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("arrived", "VERB", "VBD", "ROOT", 1, "arrive", "O"),
    ("and", "CCONJ", "CC", "cc", 1, "and", "O"),
    ("met", "VERB", "VBD", "conj", 1, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 3, "Putin", "B-PERSON"),
]
PASSIVE_HEAD = [
    ("Kim", "PROPN", "NNP", "nsubjpass", 2, "Kim", "B-PERSON"),
    ("was", "AUX", "VBD", "auxpass", 2, "be", "O"),
    ("invited", "VERB", "VBN", "ROOT", 2, "invite", "O"),
    ("by", "ADP", "IN", "agent", 2, "by", "O"),
    ("Putin", "PROPN", "NNP", "pobj", 3, "Putin", "B-PERSON"),
    ("and", "CCONJ", "CC", "cc", 2, "and", "O"),
    ("met", "VERB", "VBD", "conj", 2, "meet", "O"),
    ("Shoigu", "PROPN", "NNP", "dobj", 6, "Shoigu", "B-PERSON"),
]
NEITHER_NOR = [
    ("Putin", "PROPN", "NNP", "nsubj", 2, "Putin", "B-PERSON"),
    ("neither", "CCONJ", "CC", "preconj", 2, "neither", "O"),
    ("confirmed", "VERB", "VBN", "ROOT", 2, "confirm", "O"),
    ("nor", "CCONJ", "CC", "cc", 2, "nor", "O"),
    ("denied", "VERB", "VBD", "conj", 2, "deny", "O"),
    ("reports", "NOUN", "NNS", "dobj", 4, "report", "O"),
]

DID_NOT = [  # "Lam agreed but did not accede to Beijing": a tensed "did" is no command
    ("Lam", "PROPN", "NNP", "nsubj", 1, "Lam", "B-PERSON"),
    ("agreed", "VERB", "VBD", "ROOT", 1, "agree", "O"),
    ("but", "CCONJ", "CC", "cc", 1, "but", "O"),
    ("did", "AUX", "VBD", "aux", 5, "do", "O"),
    ("not", "PART", "RB", "neg", 5, "not", "O"),
    ("accede", "VERB", "VB", "conj", 1, "accede", "O"),
    ("to", "ADP", "IN", "prep", 5, "to", "O"),
    ("Beijing", "PROPN", "NNP", "pobj", 6, "Beijing", "B-GPE"),
]
DO_NOT = [  # "Lam agreed: do not accede to Beijing": a command has no doer
    ("Lam", "PROPN", "NNP", "nsubj", 1, "Lam", "B-PERSON"),
    ("agreed", "VERB", "VBD", "ROOT", 1, "agree", "O"),
    (":", "PUNCT", ":", "punct", 1, ":", "O"),
    ("do", "AUX", "VB", "aux", 5, "do", "O"),
    ("not", "PART", "RB", "neg", 5, "not", "O"),
    ("accede", "VERB", "VB", "conj", 1, "accede", "O"),
    ("to", "ADP", "IN", "prep", 5, "to", "O"),
    ("Beijing", "PROPN", "NNP", "pobj", 6, "Beijing", "B-GPE"),
]

PURPOSE = [  # "Kim went to Moscow to meet Putin": the purpose is the subject's
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("went", "VERB", "VBD", "ROOT", 1, "go", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("Moscow", "PROPN", "NNP", "pobj", 2, "Moscow", "B-GPE"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("meet", "VERB", "VB", "advcl", 1, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 5, "Putin", "B-PERSON"),
]
EXPLETIVE = [  # "It takes years to build trust": nobody named builds
    ("It", "PRON", "PRP", "nsubj", 1, "it", "O"),
    ("takes", "VERB", "VBZ", "ROOT", 1, "take", "O"),
    ("years", "NOUN", "NNS", "dobj", 1, "year", "B-DATE"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("build", "VERB", "VB", "advcl", 1, "build", "O"),
    ("trust", "NOUN", "NN", "dobj", 4, "trust", "O"),
]


def test_coordination_purpose_infinitive_borrows_the_subject_as_a_plan(frames_of):
    doc, frames = frames_of(PURPOSE)
    frame = frame_at(doc, frames, "meet")
    (subj,) = frame.subjects
    assert (doc[subj.head].text, subj.via, frame.scope.certainty) == ("Kim", (Via.ADVCL,), "hedged")
    doc, frames = frames_of(EXPLETIVE)
    assert frame_at(doc, frames, "build").subjects == ()


def test_coordination_negated_past_conjunct_borrows_the_subject(frames_of):
    doc, frames = frames_of(DID_NOT)
    frame = frame_at(doc, frames, "accede")
    assert words(doc, frame.subjects) == ["Lam"] and frame.scope.polarity == "negative"
    doc, frames = frames_of(DO_NOT)
    assert frame_at(doc, frames, "accede").subjects == ()


def test_coordination_subject_keeps_its_later_conjuncts(frames_of):
    doc, frames = frames_of(SUBJECTS)
    (subj,) = frame_at(doc, frames, "condemned").subjects
    assert [doc[i].text for i in subj.heads] == ["Japan", "Korea"]


def test_coordination_conjunct_borrows_the_subject(frames_of):
    doc, frames = frames_of(VERBS)
    (subj,) = frame_at(doc, frames, "met").subjects
    assert (doc[subj.head].text, subj.via) == ("Kim", (Via.CONJ,))


def test_coordination_conjunct_of_a_passive_borrows_no_doer(frames_of):
    doc, frames = frames_of(PASSIVE_HEAD)
    frame = frame_at(doc, frames, "met")
    assert frame.subjects == () and words(doc, frame.grammatical) == ["Kim"]


def test_coordination_right_node_raising_shares_the_object(frames_of):
    doc, frames = frames_of(NEITHER_NOR)
    assert words(doc, frame_at(doc, frames, "confirmed").arguments) == ["reports"]
    assert words(doc, frame_at(doc, frames, "denied").arguments) == ["reports"]
    assert {frame_at(doc, frames, w).scope.polarity for w in ("confirmed", "denied")} == {"negative"}


PURPOSE_COURT = [  # "Acme went to court to stop Zeta."
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("went", "VERB", "VBD", "ROOT", 1, "go", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("court", "NOUN", "NN", "pobj", 2, "court", "O"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("stop", "VERB", "VB", "advcl", 1, "stop", "O"),
    ("Zeta", "PROPN", "NNP", "dobj", 5, "Zeta", "B-ORG"),
]
PURPOSE_NEGATED = [  # "Acme did not go to court to stop Zeta."
    ("Acme", "PROPN", "NNP", "nsubj", 3, "Acme", "B-ORG"),
    ("did", "AUX", "VBD", "aux", 3, "do", "O"),
    ("not", "PART", "RB", "neg", 3, "not", "O"),
    ("go", "VERB", "VB", "ROOT", 3, "go", "O"),
    ("to", "ADP", "IN", "prep", 3, "to", "O"),
    ("court", "NOUN", "NN", "pobj", 4, "court", "O"),
    ("to", "PART", "TO", "aux", 7, "to", "O"),
    ("stop", "VERB", "VB", "advcl", 3, "stop", "O"),
    ("Zeta", "PROPN", "NNP", "dobj", 7, "Zeta", "B-ORG"),
]
PURPOSE_OF_A_PURPOSE = [  # "Acme urged Zeta to stop sending troops to help Xland."
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("urged", "VERB", "VBD", "ROOT", 1, "urge", "O"),
    ("Zeta", "PROPN", "NNP", "dobj", 1, "Zeta", "B-ORG"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("stop", "VERB", "VB", "xcomp", 1, "stop", "O"),
    ("sending", "VERB", "VBG", "xcomp", 4, "send", "O"),
    ("troops", "NOUN", "NNS", "dobj", 5, "troop", "O"),
    ("to", "PART", "TO", "aux", 8, "to", "O"),
    ("help", "VERB", "VB", "advcl", 5, "help", "O"),
    ("Xland", "PROPN", "NNP", "dobj", 8, "Xland", "B-GPE"),
]

def test_coordination_purpose_infinitive_borrows_the_subject(frames_of):
    doc, frames = frames_of(PURPOSE_COURT)
    (subj,) = frame_at(doc, frames, "stop").subjects
    assert (doc[subj.head].text, subj.via) == ("Acme", (Via.ADVCL,))


def test_coordination_purpose_of_a_negated_act_borrows_nothing(frames_of):
    doc, frames = frames_of(PURPOSE_NEGATED)
    assert frame_at(doc, frames, "stop").subjects == ()


def test_coordination_purpose_of_a_verb_without_a_subject_borrows_nothing(frames_of):
    doc, frames = frames_of(PURPOSE_OF_A_PURPOSE)
    assert frame_at(doc, frames, "help").subjects == ()


NAME_SUFFIX = [  # "Trump sued Vance, Jr. and Mazars": the parse hangs "and Mazars" on "Jr."
    ("Trump", "PROPN", "NNP", "nsubj", 1, "Trump", "B-PERSON"),
    ("sued", "VERB", "VBD", "ROOT", 1, "sue", "O"),
    ("Vance", "PROPN", "NNP", "dobj", 1, "Vance", "B-PERSON"),
    (",", "PUNCT", ",", "punct", 2, ",", "O"),
    ("Jr.", "PROPN", "NNP", "appos", 2, "Jr.", "O"),
    ("and", "CCONJ", "CC", "cc", 4, "and", "O"),
    ("Mazars", "PROPN", "NNP", "conj", 4, "Mazars", "B-ORG"),
]
TITLE_APPOSITION = [  # "Kim met Putin, the president and commander": one person, no conjunct
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 1, "Putin", "B-PERSON"),
    (",", "PUNCT", ",", "punct", 2, ",", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("president", "NOUN", "NN", "appos", 2, "president", "O"),
    ("and", "CCONJ", "CC", "cc", 5, "and", "O"),
    ("commander", "NOUN", "NN", "conj", 5, "commander", "O"),
]


def test_coordination_conjunct_after_a_name_suffix_is_the_objects(frames_of):
    doc, frames = frames_of(NAME_SUFFIX)
    (obj,) = frame_at(doc, frames, "sued").arguments
    assert [doc[i].text for i in obj.heads] == ["Vance", "Mazars"]


def test_coordination_conjunct_of_a_descriptive_apposition_is_no_object(frames_of):
    doc, frames = frames_of(TITLE_APPOSITION)
    (obj,) = frame_at(doc, frames, "met").arguments
    assert [doc[i].text for i in obj.heads] == ["Putin"]



def _finding(det: bool = False, relative: bool = False):
    """"a ruling against [the] Ann Lee finding that X lied" as the small model parses it (the
    participle "finding" a noun with the name as its compound); `relative`: "that" is the
    relative pronoun of a relative clause instead of a conjunction."""
    rows = [("against", "ADP", "IN", "ROOT", 0, "against", "O")]
    if det:
        rows.append(("the", "DET", "DT", "det", 4, "the", "O"))
    at = len(rows)  # index of "Ann"
    rows += [
        ("Ann", "PROPN", "NNP", "compound", at + 1, "Ann", "B-PERSON"),
        ("Lee", "PROPN", "NNP", "compound", at + 2, "Lee", "I-PERSON"),
        ("finding", "NOUN", "NN", "pobj", 0, "finding", "O"),
        ("that", "PRON", "WDT", "nsubj", at + 4, "that", "O") if relative
        else ("that", "SCONJ", "IN", "mark", at + 5, "that", "O"),
    ]
    if not relative:
        rows.append(("X", "PROPN", "NNP", "nsubj", at + 5, "X", "B-PERSON"))
    rows.append(("lied", "VERB", "VBD", "relcl" if relative else "acl", at + 2, "lie", "O"))
    return rows


def test_coordination_participle_after_a_name_stands_for_the_name(doc_of):
    from extract.frames.coordination import argument, participle_after_name

    doc = doc_of(_finding())
    assert participle_after_name(doc[3]).text == "Lee"
    assert argument(Role.PREPOSITIONAL, doc[3]).head == 2


def test_coordination_ing_noun_with_a_determiner_or_relative_that_stays(doc_of):
    from extract.frames.coordination import participle_after_name

    with_det = doc_of(_finding(det=True))  # "against the Ann Lee finding that X lied": a noun
    assert participle_after_name(with_det[4]).text == "finding"
    relative = doc_of(_finding(relative=True))  # "the Lee finding that lied"
    assert participle_after_name(relative[3]).text == "finding"


def _helped_and(then: str, then_tag: str, then_pos: str):
    # "Acme helps farmers and the Greens <then> ..."; the parse coordinates "Greens" with "farmers"
    return [
        ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
        ("helps", "VERB", "VBZ", "ROOT", 1, "help", "O"),
        ("farmers", "NOUN", "NNS", "dobj", 1, "farmer", "O"),
        ("and", "CCONJ", "CC", "cc", 2, "and", "O"),
        ("the", "DET", "DT", "det", 5, "the", "O"),
        ("Greens", "PROPN", "NNPS", "conj", 2, "Greens", "B-NORP"),
        (then, then_pos, then_tag, "aux" if then_pos == "AUX" else "punct", 7 if then_pos == "AUX" else 1,
         then, "O"),
        ("extend", "VERB", "VB", "ccomp", 1, "extend", "O"),
        ("it", "PRON", "PRP", "dobj", 7, "it", "O"),
    ]


def test_coordination_conjunct_before_a_subjectless_finite_verb_is_no_object(frames_of):
    # "helps farmers and the Greens would extend it": the Greens extend, Acme does not help them
    doc, frames = frames_of(_helped_and("would", "MD", "AUX"))
    (obj,) = [a for a in frame_at(doc, frames, "helps").arguments if a.role == Role.OBJECT]
    assert words(doc, [obj]) == ["farmers"] and obj.conjuncts == ()


def test_coordination_conjunct_before_punctuation_stays_an_object(frames_of):
    # "helps farmers and the Greens, ...": nothing begins after the conjunct; both are helped
    doc, frames = frames_of(_helped_and(",", ",", "PUNCT"))
    (obj,) = [a for a in frame_at(doc, frames, "helps").arguments if a.role == Role.OBJECT]
    assert [doc[i].text for i in obj.heads] == ["farmers", "Greens"]


def _including(noun="leaders", tag="NNS", member_ent="B-PERSON", negated=False):
    """"<noun> including [not] Macron and Merkel condemned Putin." by hand."""
    at = 2 + negated
    rows = [(noun, "NOUN", tag, "nsubj", at + 3, noun, "O")]
    if negated:
        rows.append(("not", "PART", "RB", "neg", 2, "not", "O"))
    rows += [("including", "VERB", "VBG", "prep", 0, "include", "O"),
             ("Macron", "PROPN", "NNP", "pobj", at - 1, "Macron", member_ent),
             ("and", "CCONJ", "CC", "cc", at, "and", "O"),
             ("Merkel", "PROPN", "NNP", "conj", at, "Merkel", member_ent),
             ("condemned", "VERB", "VBD", "ROOT", at + 3, "condemn", "O"),
             ("Putin", "PROPN", "NNP", "dobj", at + 3, "Putin", "B-PERSON")]
    return rows


def test_coordination_named_members_of_an_including_phrase_share_the_role(frames_of):
    doc, frames = frames_of(_including())
    (subject,) = frame_at(doc, frames, "condemned").subjects
    assert [doc[i].text for i in subject.heads] == ["leaders", "Macron", "Merkel"]


@pytest.mark.parametrize("case", [dict(noun="package", tag="NN"),  # one thing, not a set
                                  dict(member_ent="O"),  # no names among the members
                                  dict(negated=True)])  # "not including"
def test_coordination_including_adds_no_member_otherwise(frames_of, case):
    doc, frames = frames_of(_including(**case))
    (subject,) = frame_at(doc, frames, "condemned").subjects
    assert subject.conjuncts == ()


def _paid(comma: bool):
    """'Acme paid an agent in Togo claiming ties with Okafor' (`comma`: '..., claiming')."""
    rows = [("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
            ("paid", "VERB", "VBD", "ROOT", 1, "pay", "O"),
            ("an", "DET", "DT", "det", 3, "an", "O"),
            ("agent", "NOUN", "NN", "dobj", 1, "agent", "O"),
            ("in", "ADP", "IN", "prep", 3, "in", "O"),
            ("Togo", "PROPN", "NNP", "pobj", 4, "Togo", "B-GPE")]
    if comma:
        rows.append((",", "PUNCT", ",", "punct", 1, ",", "O"))
    verb = len(rows)
    return rows + [("claiming", "VERB", "VBG", "advcl", 1, "claim", "O"),
                   ("ties", "NOUN", "NNS", "dobj", verb, "tie", "O"),
                   ("with", "ADP", "IN", "prep", verb + 1, "with", "O"),
                   ("Okafor", "PROPN", "NNP", "pobj", verb + 2, "Okafor", "B-PERSON"),
                   (".", "PUNCT", ".", "punct", 1, ".", "O")]


@pytest.mark.parametrize("comma, subjects", [(False, []), (True, ["Acme"])])
def test_coordination_participle_right_after_a_prepositional_noun_borrows_no_subject(frames_of, comma, subjects):
    doc, frames = frames_of(_paid(comma))
    claiming = [f for f in frames if doc[f.predicate].text == "claiming"]
    assert [doc[s.head].text for f in claiming for s in f.subjects] == subjects
