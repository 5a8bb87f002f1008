"""extract.frames.scope: polarity, certainty and modality from a clause and its governors."""
from __future__ import annotations

import pytest

from extract.frames.scope import flip, scope_of, stronger
from tests.conftest import make_doc
from tests.extract.frames.conftest import frame_at

NEGATED_CONTROL = [
    ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
    ("did", "AUX", "VBD", "aux", 3, "do", "O"),
    ("not", "PART", "RB", "neg", 3, "not", "O"),
    ("vow", "VERB", "VB", "ROOT", 3, "vow", "O"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("support", "VERB", "VB", "xcomp", 3, "support", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 5, "Russia", "B-GPE"),
]
REFUSED = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("refused", "VERB", "VBD", "ROOT", 1, "refuse", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("meet", "VERB", "VB", "xcomp", 1, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 3, "Putin", "B-PERSON"),
]
MAY = [
    ("Korea", "PROPN", "NNP", "nsubj", 2, "Korea", "B-GPE"),
    ("may", "AUX", "MD", "aux", 2, "may", "O"),
    ("arm", "VERB", "VB", "ROOT", 2, "arm", "O"),
    ("Russia", "PROPN", "NNP", "dobj", 2, "Russia", "B-GPE"),
]
WHETHER = [
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("asked", "VERB", "VBD", "ROOT", 1, "ask", "O"),
    ("whether", "SCONJ", "IN", "mark", 4, "whether", "O"),
    ("Russia", "PROPN", "NNP", "nsubj", 4, "Russia", "B-GPE"),
    ("attacked", "VERB", "VBD", "ccomp", 1, "attack", "O"),
]

BANNED_FROM = [  # "Germany banned the airline from flying"
    ("Germany", "PROPN", "NNP", "nsubj", 1, "Germany", "B-GPE"),
    ("banned", "VERB", "VBD", "ROOT", 1, "ban", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("airline", "NOUN", "NN", "dobj", 1, "airline", "O"),
    ("from", "ADP", "IN", "prep", 1, "from", "O"),
    ("flying", "VERB", "VBG", "pcomp", 4, "fly", "O"),
]
BENEFIT_FROM = [  # "Acme benefited from selling": "from" after other verbs stays positive
    ("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG"),
    ("benefited", "VERB", "VBD", "ROOT", 1, "benefit", "O"),
    ("from", "ADP", "IN", "prep", 1, "from", "O"),
    ("selling", "VERB", "VBG", "pcomp", 2, "sell", "O"),
]
PERSUADE = [  # "Beijing tried to persuade Pyongyang to stop sending troops"
    ("Beijing", "PROPN", "NNP", "nsubj", 1, "Beijing", "B-GPE"),
    ("urged", "VERB", "VBD", "ROOT", 1, "urge", "O"),
    ("Pyongyang", "PROPN", "NNP", "dobj", 1, "Pyongyang", "B-GPE"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("persuade", "VERB", "VB", "xcomp", 1, "persuade", "O"),
    ("Seoul", "PROPN", "NNP", "dobj", 4, "Seoul", "B-GPE"),
    ("to", "PART", "TO", "aux", 7, "to", "O"),
    ("stop", "VERB", "VB", "xcomp", 4, "stop", "O"),
    ("sending", "VERB", "VBG", "xcomp", 7, "send", "O"),
    ("troops", "NOUN", "NNS", "dobj", 8, "troop", "O"),
]
PURPOSE = [  # "Kim went to Moscow to sign a deal"
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("went", "VERB", "VBD", "ROOT", 1, "go", "O"),
    ("to", "ADP", "IN", "prep", 1, "to", "O"),
    ("Moscow", "PROPN", "NNP", "pobj", 2, "Moscow", "B-GPE"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("sign", "VERB", "VB", "advcl", 1, "sign", "O"),
    ("a", "DET", "DT", "det", 7, "a", "O"),
    ("deal", "NOUN", "NN", "dobj", 5, "deal", "O"),
]
UNLIKELY = [  # "It is unlikely that the bank funds Acme"
    ("It", "PRON", "PRP", "nsubj", 1, "it", "O"),
    ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
    ("unlikely", "ADJ", "JJ", "acomp", 1, "unlikely", "O"),
    ("that", "SCONJ", "IN", "mark", 6, "that", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("bank", "NOUN", "NN", "nsubj", 6, "bank", "O"),
    ("funds", "VERB", "VBZ", "ccomp", 1, "fund", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 6, "Acme", "B-ORG"),
]
NO_EVIDENCE = [  # "There was no evidence the missiles came from Syria"
    ("There", "PRON", "EX", "expl", 1, "there", "O"),
    ("was", "VERB", "VBD", "ROOT", 1, "be", "O"),
    ("no", "DET", "DT", "det", 3, "no", "O"),
    ("evidence", "NOUN", "NN", "attr", 1, "evidence", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("missiles", "NOUN", "NNS", "nsubj", 6, "missile", "O"),
    ("came", "VERB", "VBD", "acl", 3, "come", "O"),
    ("from", "ADP", "IN", "prep", 6, "from", "O"),
    ("Syria", "PROPN", "NNP", "pobj", 7, "Syria", "B-GPE"),
]
QUOTED = [  # '"Acme will win," Kim said' -> hedged (will); the quote alone: reported
    ("\u201c", "PUNCT", "``", "punct", 2, "\u201c", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 2, "Acme", "B-ORG"),
    ("beat", "VERB", "VBD", "ccomp", 6, "beat", "O"),
    ("Zeta", "PROPN", "NNP", "dobj", 2, "Zeta", "B-ORG"),
    (",", "PUNCT", ",", "punct", 6, ",", "O"),
    ("\u201d", "PUNCT", "''", "punct", 6, "\u201d", "O"),
    ("won", "VERB", "VBD", "ROOT", 6, "win", "O"),
]

UNABLE = [  # "May was unable to negotiate a deal"
    ("May", "PROPN", "NNP", "nsubj", 1, "May", "B-PERSON"),
    ("was", "AUX", "VBD", "ROOT", 1, "be", "O"),
    ("unable", "ADJ", "JJ", "acomp", 1, "unable", "O"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("negotiate", "VERB", "VB", "xcomp", 2, "negotiate", "O"),
    ("a", "DET", "DT", "det", 6, "a", "O"),
    ("deal", "NOUN", "NN", "dobj", 4, "deal", "O"),
]


def test_scope_unable_to_negates_its_complement(vocab):
    assert scope_of(make_doc(vocab, UNABLE)[4]).polarity == "negative"

HEADLINE_FUTURE = [  # "Tesco to sell branch"
    ("Tesco", "PROPN", "NNP", "nsubj", 2, "Tesco", "B-ORG"),
    ("to", "PART", "TO", "aux", 2, "to", "O"),
    ("sell", "VERB", "VB", "ROOT", 2, "sell", "O"),
    ("branch", "NOUN", "NN", "dobj", 2, "branch", "O"),
]

BELIEVED_PARTICIPLE = [  # "Cairo believes the US, pressed by Europe, will help"
    ("Cairo", "PROPN", "NNP", "nsubj", 1, "Cairo", "B-GPE"),
    ("believes", "VERB", "VBZ", "ROOT", 1, "believe", "O"),
    ("the", "DET", "DT", "det", 3, "the", "O"),
    ("US", "PROPN", "NNP", "nsubj", 8, "US", "B-GPE"),
    ("pressed", "VERB", "VBN", "acl", 3, "press", "O"),
    ("by", "ADP", "IN", "agent", 4, "by", "O"),
    ("Europe", "PROPN", "NNP", "pobj", 5, "Europe", "B-LOC"),
    ("will", "AUX", "MD", "aux", 8, "will", "O"),
    ("help", "VERB", "VB", "ccomp", 1, "help", "O"),
]
PLEDGED_TOWARDS = [  # "The EU pledged to work towards lifting the ban"
    ("EU", "PROPN", "NNP", "nsubj", 1, "EU", "B-ORG"),
    ("pledged", "VERB", "VBD", "ROOT", 1, "pledge", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("work", "VERB", "VB", "xcomp", 1, "work", "O"),
    ("towards", "ADP", "IN", "prep", 3, "towards", "O"),
    ("lifting", "VERB", "VBG", "pcomp", 4, "lift", "O"),
    ("ban", "NOUN", "NN", "dobj", 5, "ban", "O"),
]

NEXT_YEAR = [  # "Britain takes over the presidency next year"
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain", "B-GPE"),
    ("takes", "VERB", "VBZ", "ROOT", 1, "take", "O"),
    ("presidency", "NOUN", "NN", "dobj", 1, "presidency", "O"),
    ("next", "ADJ", "JJ", "amod", 4, "next", "B-DATE"),
    ("year", "NOUN", "NN", "npadvmod", 1, "year", "I-DATE"),
]
IS_TO = [  # "BA is to halt flights"
    ("BA", "PROPN", "NNP", "nsubj", 1, "BA", "B-ORG"),
    ("is", "AUX", "VBZ", "ROOT", 1, "be", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("halt", "VERB", "VB", "xcomp", 1, "halt", "O"),
    ("flights", "NOUN", "NNS", "dobj", 3, "flight", "O"),
]

ALLEGATION = [  # "an allegation he assaulted Dorokashvili", parsed as a relative clause
    ("an", "DET", "DT", "det", 1, "an", "O"),
    ("allegation", "NOUN", "NN", "ROOT", 1, "allegation", "O"),
    ("he", "PRON", "PRP", "nsubj", 3, "he", "O"),
    ("assaulted", "VERB", "VBD", "relcl", 1, "assault", "O"),
    ("Dorokashvili", "PROPN", "NNP", "dobj", 3, "Dorokashvili", "B-PERSON"),
]

FAILED_ON_DESCRIBED = [  # "the bank failed to report accounts held by Acme": Acme holds them
    ("bank", "NOUN", "NN", "nsubj", 1, "bank", "O"),
    ("failed", "VERB", "VBD", "ROOT", 1, "fail", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("report", "VERB", "VB", "xcomp", 1, "report", "O"),
    ("accounts", "NOUN", "NNS", "dobj", 3, "account", "O"),
    ("held", "VERB", "VBN", "acl", 4, "hold", "O"),
    ("by", "ADP", "IN", "agent", 5, "by", "O"),
    ("Acme", "PROPN", "NNP", "pobj", 6, "Acme", "B-ORG"),
]
NOT_UNTIL = [  # "Kim did not meet Putin until July": then he did
    ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
    ("did", "AUX", "VBD", "aux", 3, "do", "O"),
    ("not", "PART", "RB", "neg", 3, "not", "O"),
    ("meet", "VERB", "VB", "ROOT", 3, "meet", "O"),
    ("Putin", "PROPN", "NNP", "dobj", 3, "Putin", "B-PERSON"),
    ("until", "ADP", "IN", "prep", 3, "until", "O"),
    ("July", "PROPN", "NNP", "pobj", 5, "July", "B-DATE"),
]


@pytest.mark.parametrize("rows, verb, polarity, certainty", [
    (FAILED_ON_DESCRIBED, "held", "positive", "asserted"),
    (FAILED_ON_DESCRIBED, "report", "negative", "asserted"),
    (NOT_UNTIL, "meet", "positive", "asserted"),
    (BANNED_FROM, "flying", "negative", "asserted"),
    (BENEFIT_FROM, "selling", "positive", "asserted"),
    (PERSUADE, "sending", "negative", "hedged"),
    (PURPOSE, "sign", "positive", "hedged"),
    (UNLIKELY, "funds", "positive", "hedged"),
    (NO_EVIDENCE, "came", "positive", "hedged"),
    (QUOTED, "beat", "positive", "reported"),
    (HEADLINE_FUTURE, "sell", "positive", "hedged"),
    (BELIEVED_PARTICIPLE, "pressed", "positive", "reported"),
    (PLEDGED_TOWARDS, "lifting", "positive", "hedged"),
    (NEXT_YEAR, "takes", "positive", "hedged"),
    (IS_TO, "halt", "positive", "hedged"),
    (ALLEGATION, "assaulted", "positive", "hedged"),
], ids=["description-under-a-negating-verb", "negating-verb-itself", "not-until",
        "banned-from", "benefit-from", "persuade-to-stop", "purpose", "unlikely-that",
        "no-evidence-that", "quotation", "headline-future", "participle-in-a-belief",
        "gerund-under-a-pledge", "next-year", "is-to", "allegation-parsed-as-relative"])
def test_scope_non_factual_complements(frames_of, rows, verb, polarity, certainty):
    doc, frames = frames_of(rows)
    scope = frame_at(doc, frames, verb).scope
    assert (scope.polarity, scope.certainty) == (polarity, certainty)


@pytest.mark.parametrize("rows, verb, polarity, certainty, modality", [
    (NEGATED_CONTROL, "support", "negative", "hedged", "vow"),
    (REFUSED, "meet", "negative", "asserted", None),
    (MAY, "arm", "positive", "hedged", "may"),
    (WHETHER, "attacked", "positive", "hedged", None),
], ids=["negated-governor", "negating-verb", "modal", "whether"])
def test_scope_of_clause(frames_of, rows, verb, polarity, certainty, modality):
    doc, frames = frames_of(rows)
    scope = frame_at(doc, frames, verb).scope
    assert (scope.polarity, scope.certainty, scope.modality) == (polarity, certainty, modality)


def test_scope_helpers():
    assert flip("positive") == "negative" and flip("negative") == "positive"
    assert stronger("reported", "hedged") == "hedged" and stronger("hedged", "asserted") == "hedged"


NO_EVIDENCE_FOUND = [  # "Police found no evidence that Smith bribed Jones."
    ("Police", "NOUN", "NNS", "nsubj", 1, "Police", "O"),
    ("found", "VERB", "VBD", "ROOT", 1, "find", "O"),
    ("no", "DET", "DT", "det", 3, "no", "O"),
    ("evidence", "NOUN", "NN", "dobj", 1, "evidence", "O"),
    ("that", "SCONJ", "IN", "mark", 6, "that", "O"),
    ("Smith", "PROPN", "NNP", "nsubj", 6, "Smith", "B-PERSON"),
    ("bribed", "VERB", "VBD", "acl", 3, "bribe", "O"),
    ("Jones", "PROPN", "NNP", "dobj", 6, "Jones", "B-PERSON"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
EVIDENCE_FOUND = [  # "Police found evidence that Smith bribed Jones."
    ("Police", "NOUN", "NNS", "nsubj", 1, "Police", "O"),
    ("found", "VERB", "VBD", "ROOT", 1, "find", "O"),
    ("evidence", "NOUN", "NN", "dobj", 1, "evidence", "O"),
    ("that", "SCONJ", "IN", "mark", 5, "that", "O"),
    ("Smith", "PROPN", "NNP", "nsubj", 5, "Smith", "B-PERSON"),
    ("bribed", "VERB", "VBD", "acl", 2, "bribe", "O"),
    ("Jones", "PROPN", "NNP", "dobj", 5, "Jones", "B-PERSON"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
NO_PLANS = [  # "Iran has no plans to attack Israel."
    ("Iran", "PROPN", "NNP", "nsubj", 1, "Iran", "B-GPE"),
    ("has", "VERB", "VBZ", "ROOT", 1, "have", "O"),
    ("no", "DET", "DT", "det", 3, "no", "O"),
    ("plans", "NOUN", "NNS", "dobj", 1, "plan", "O"),
    ("to", "PART", "TO", "aux", 5, "to", "O"),
    ("attack", "VERB", "VB", "acl", 3, "attack", "O"),
    ("Israel", "PROPN", "NNP", "dobj", 5, "Israel", "B-GPE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]
NOT_ANY_EVIDENCE = [  # "Police did not find any evidence that Smith bribed Jones."
    ("Police", "NOUN", "NNS", "nsubj", 3, "Police", "O"),
    ("did", "AUX", "VBD", "aux", 3, "do", "O"),
    ("not", "PART", "RB", "neg", 3, "not", "O"),
    ("find", "VERB", "VB", "ROOT", 3, "find", "O"),
    ("any", "DET", "DT", "det", 5, "any", "O"),
    ("evidence", "NOUN", "NN", "dobj", 3, "evidence", "O"),
    ("that", "SCONJ", "IN", "mark", 8, "that", "O"),
    ("Smith", "PROPN", "NNP", "nsubj", 8, "Smith", "B-PERSON"),
    ("bribed", "VERB", "VBD", "acl", 5, "bribe", "O"),
    ("Jones", "PROPN", "NNP", "dobj", 8, "Jones", "B-PERSON"),
    (".", "PUNCT", ".", "punct", 3, ".", "O"),
]
SUSPECT = [  # "Analysts suspect Iran attacked Israel."
    ("Analysts", "NOUN", "NNS", "nsubj", 1, "analyst", "O"),
    ("suspect", "VERB", "VBP", "ROOT", 1, "suspect", "O"),
    ("Iran", "PROPN", "NNP", "nsubj", 3, "Iran", "B-GPE"),
    ("attacked", "VERB", "VBD", "ccomp", 1, "attack", "O"),
    ("Israel", "PROPN", "NNP", "dobj", 3, "Israel", "B-GPE"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows, verb, unsupported", [
    (NO_EVIDENCE_FOUND, "bribed", True),
    (NOT_ANY_EVIDENCE, "bribed", True),
    (NO_PLANS, "attack", True),
    (EVIDENCE_FOUND, "bribed", False),
    (NO_EVIDENCE, "came", True),
    (PERSUADE, "sending", False),
], ids=["no-evidence-that", "not-any-evidence-that", "no-plans-to", "evidence-that",
        "there-was-no-evidence", "persuade-to-stop"])
def test_scope_complement_of_a_denied_noun_is_unsupported(frames_of, rows, verb, unsupported):
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, verb).scope.unsupported is unsupported


def test_scope_belief_verb_hedges_its_complement_and_names_the_believer(frames_of):
    doc, frames = frames_of(SUSPECT)
    scope = frame_at(doc, frames, "attacked").scope
    assert (scope.polarity, scope.certainty) == ("positive", "hedged")
    assert [doc[a.head].text for a in scope.speakers] == ["Analysts"]


QUESTION = [  # "Does Acme sell guns?"
    ("Does", "AUX", "VBZ", "aux", 2, "do", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 2, "Acme", "B-ORG"),
    ("sell", "VERB", "VB", "ROOT", 2, "sell", "O"),
    ("guns", "NOUN", "NNS", "dobj", 2, "gun", "O"),
    ("?", "PUNCT", ".", "punct", 2, "?", "O"),
]
VOTED_TO = [  # "Britain voted to leave the EU."
    ("Britain", "PROPN", "NNP", "nsubj", 1, "Britain", "B-GPE"),
    ("voted", "VERB", "VBD", "ROOT", 1, "vote", "O"),
    ("to", "PART", "TO", "aux", 3, "to", "O"),
    ("leave", "VERB", "VB", "xcomp", 1, "leave", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("EU", "PROPN", "NNP", "dobj", 3, "EU", "B-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows, verb", [(QUESTION, "sell"), (VOTED_TO, "leave")],
                         ids=["question", "voted-to"])
def test_scope_questions_and_votes_are_not_asserted(frames_of, rows, verb):
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, verb).scope.certainty == "hedged"
    stated = [(w, p, t, d, h, l, e) if w != "?" else (".", p, t, d, h, ".", e) for w, p, t, d, h, l, e in rows]
    stated = [r if r[0] != "voted" else ("left", "VERB", "VBD", "ROOT", 1, "leave", "O") for r in stated]
    if rows is QUESTION:
        doc, frames = frames_of(stated)
        assert frame_at(doc, frames, verb).scope.certainty == "asserted"


def test_scope_planned_event_noun_is_hedged(doc_of):
    from extract.frames.scope import hedged_noun
    doc = doc_of([
        ("Trump", "PROPN", "NNP", "poss", 3, "Trump", "B-PERSON"),
        ("'s", "PART", "POS", "case", 0, "'s", "O"),
        ("planned", "VERB", "VBN", "amod", 3, "plan", "O"),
        ("trip", "NOUN", "NN", "ROOT", 3, "trip", "O"),
    ])
    assert hedged_noun(doc[3])
    doc = doc_of([
        ("Trump", "PROPN", "NNP", "poss", 3, "Trump", "B-PERSON"),
        ("'s", "PART", "POS", "case", 0, "'s", "O"),
        ("long", "ADJ", "JJ", "amod", 3, "long", "O"),
        ("trip", "NOUN", "NN", "ROOT", 3, "trip", "O"),
    ])
    assert not hedged_noun(doc[3])


CONSIDERING = [  # "Microsoft is considering buying Yahoo."
    ("Microsoft", "PROPN", "NNP", "nsubj", 2, "Microsoft", "B-ORG"),
    ("is", "AUX", "VBZ", "aux", 2, "be", "O"),
    ("considering", "VERB", "VBG", "ROOT", 2, "consider", "O"),
    ("buying", "VERB", "VBG", "xcomp", 2, "buy", "O"),
    ("Yahoo", "PROPN", "NNP", "dobj", 3, "Yahoo", "B-ORG"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
YET_TO = [  # "Microsoft has yet to pay Yahoo."
    ("Microsoft", "PROPN", "NNP", "nsubj", 1, "Microsoft", "B-ORG"),
    ("has", "VERB", "VBZ", "ROOT", 1, "have", "O"),
    ("yet", "ADV", "RB", "advmod", 1, "yet", "O"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("pay", "VERB", "VB", "xcomp", 1, "pay", "O"),
    ("Yahoo", "PROPN", "NNP", "dobj", 4, "Yahoo", "B-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


@pytest.mark.parametrize("rows, verb, polarity, certainty", [
    (CONSIDERING, "buying", "positive", "hedged"),
    (YET_TO, "pay", "negative", "asserted"),
    ([r if r[0] != "yet" else ("also", "ADV", "RB", "advmod", 1, "also", "O") for r in YET_TO],
     "pay", "positive", "asserted"),
], ids=["considering", "has-yet-to", "has-also-to"])
def test_scope_deliberation_and_yet_to(frames_of, rows, verb, polarity, certainty):
    doc, frames = frames_of(rows)
    scope = frame_at(doc, frames, verb).scope
    assert (scope.polarity, scope.certainty) == (polarity, certainty)


def _arrangement(preposition_rows):
    """"The visit comes <amid concerns about | after> an arrangement in which Korea arms Russia." """
    head = [("The", "DET", "DT", "det", 1, "the", "O"),
            ("visit", "NOUN", "NN", "nsubj", 2, "visit", "O"),
            ("comes", "VERB", "VBZ", "ROOT", 2, "come", "O")]
    rows = head + preposition_rows
    n = len(rows)  # index of "an"
    return rows + [
        ("an", "DET", "DT", "det", n + 1, "an", "O"),
        ("arrangement", "NOUN", "NN", "pobj", n - 1, "arrangement", "O"),
        ("in", "ADP", "IN", "prep", n + 5, "in", "O"),
        ("which", "PRON", "WDT", "pobj", n + 2, "which", "O"),
        ("Korea", "PROPN", "NNP", "nsubj", n + 5, "Korea", "B-GPE"),
        ("arms", "VERB", "VBZ", "relcl", n + 1, "arm", "O"),
        ("Russia", "PROPN", "NNP", "dobj", n + 5, "Russia", "B-GPE"),
        (".", "PUNCT", ".", "punct", 2, ".", "O"),
    ]


AMID_CONCERNS = _arrangement([("amid", "ADP", "IN", "prep", 2, "amid", "O"),
                              ("concerns", "NOUN", "NNS", "pobj", 3, "concern", "O"),
                              ("about", "ADP", "IN", "prep", 4, "about", "O")])
AFTER = _arrangement([("after", "ADP", "IN", "prep", 2, "after", "O")])


@pytest.mark.parametrize("rows, certainty", [(AMID_CONCERNS, "hedged"), (AFTER, "asserted")],
                         ids=["concerns-about", "after"])
def test_scope_clause_on_the_object_of_a_content_noun_is_hedged(frames_of, rows, certainty):
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, "arms").scope.certainty == certainty


def _reason(governor: str, dep: str):
    """ "Lee <governor> Kim left because Park won." """
    return [
        ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
        (governor, "VERB", "VBZ", "ROOT", 1, governor, "O"),
        ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
        ("left", "VERB", "VBD", dep, 1, "leave", "O"),
        ("because", "SCONJ", "IN", "mark", 6, "because", "O"),
        ("Park", "PROPN", "NNP", "nsubj", 6, "Park", "B-PERSON"),
        ("won", "VERB", "VBD", "advcl", 3, "win", "O"),
    ]


def test_scope_reason_inside_reported_content_is_reported(vocab):
    doc = make_doc(vocab, _reason("maintains", "ccomp"))
    scope = scope_of(doc[6])
    assert scope.certainty == "reported" and [doc[a.head].text for a in scope.speakers] == ["Lee"]


def test_scope_reason_of_an_asserted_clause_stays_asserted(vocab):
    rows = _reason("maintains", "ccomp")
    rows[3] = ("left", "VERB", "VBD", "conj", 1, "leave", "O")  # "Lee maintains, and Kim left because ..."
    assert scope_of(make_doc(vocab, rows)[6]).certainty == "asserted"


# "Kim will focus on helping Lee." / "Kim will be fined for helping Lee."
FUTURE_GERUND = [
    ("Kim", "PROPN", "NNP", "nsubj", 2, "Kim", "B-PERSON"),
    ("will", "AUX", "MD", "aux", 2, "will", "O"),
    ("focus", "VERB", "VB", "ROOT", 2, "focus", "O"),
    ("on", "ADP", "IN", "prep", 2, "on", "O"),
    ("helping", "VERB", "VBG", "pcomp", 3, "help", "O"),
    ("Lee", "PROPN", "NNP", "dobj", 4, "Lee", "B-PERSON"),
]
REASON_GERUND = [
    ("Kim", "PROPN", "NNP", "nsubjpass", 3, "Kim", "B-PERSON"),
    ("will", "AUX", "MD", "aux", 3, "will", "O"),
    ("be", "AUX", "VB", "auxpass", 3, "be", "O"),
    ("fined", "VERB", "VBN", "ROOT", 3, "fine", "O"),
    ("for", "ADP", "IN", "prep", 3, "for", "O"),
    ("helping", "VERB", "VBG", "pcomp", 4, "help", "O"),
    ("Lee", "PROPN", "NNP", "dobj", 5, "Lee", "B-PERSON"),
]


def test_scope_gerund_shares_its_governors_future(doc_of):
    doc = doc_of(FUTURE_GERUND)
    scope = scope_of(doc[4])
    assert (scope.certainty, scope.modality) == ("hedged", "will")


def test_scope_gerund_of_a_reason_keeps_its_own_time(doc_of):
    doc = doc_of(REASON_GERUND)
    assert scope_of(doc[5]).certainty == "asserted"


def _gerund_under(verb: tuple[str, str], prep: str, obj: tuple | None = None):
    """"Kim <verb> [obj] <prep> helping Lee." with the gerund under the verb's preposition."""
    rows = [("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
            (verb[0], "VERB", "VBD", "ROOT", 1, verb[1], "O")]
    if obj:
        rows.append((obj[0], "PROPN", "NNP", "dobj", 1, obj[0], obj[1]))
    at = len(rows)
    rows += [(prep, "ADP", "IN", "prep", 1, prep, "O"),
             ("helping", "VERB", "VBG", "pcomp", at, "help", "O"),
             ("Lee", "PROPN", "NNP", "dobj", at + 1, "Lee", "B-PERSON"),
             (".", "PUNCT", ".", "punct", 1, ".", "O")]
    return rows, at + 1


@pytest.mark.parametrize("verb, prep, obj, certainty", [
    (("committed", "commit"), "to", None, "hedged"),  # a commitment, not yet done
    (("called", "call"), "for", None, "hedged"),
    (("criticized", "criticize"), "for", ("Seoul", "B-GPE"), "reported"),  # the critic's view
    (("praised", "praise"), "for", ("Seoul", "B-GPE"), "reported"),
    (("insisted", "insist"), "on", None, "reported"),  # a speech verb, as before
    (("succeeded", "succeed"), "in", None, "asserted"),
])
def test_scope_gerund_under_a_verbs_preposition(doc_of, verb, prep, obj, certainty):
    rows, gerund = _gerund_under(verb, prep, obj)
    doc = doc_of(rows)
    assert doc[gerund].text == "helping" and scope_of(doc[gerund]).certainty == certainty


def _result(governor: str, dep: str):
    """ "Lee <governor> Kim won, leaving Park behind." """
    return [
        ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
        (governor, "VERB", "VBZ", "ROOT", 1, governor, "O"),
        ("Kim", "PROPN", "NNP", "nsubj", 3, "Kim", "B-PERSON"),
        ("won", "VERB", "VBD", dep, 1, "win", "O"),
        (",", "PUNCT", ",", "punct", 3, ",", "O"),
        ("leaving", "VERB", "VBG", "advcl", 3, "leave", "O"),
        ("Park", "PROPN", "NNP", "dobj", 5, "Park", "B-PERSON"),
    ]


def test_scope_participle_result_inside_reported_content_is_reported(vocab):
    """"Lee says Kim won, leaving Park behind": the result is part of what Lee says."""
    doc = make_doc(vocab, _result("says", "ccomp"))
    scope = scope_of(doc[5])
    assert scope.certainty == "reported" and [doc[a.head].text for a in scope.speakers] == ["Lee"]


def test_scope_participle_result_of_an_asserted_clause_stays_asserted(vocab):
    assert scope_of(make_doc(vocab, _result("says", "conj"))[5]).certainty == "asserted"
    rows = _result("says", "ccomp")
    rows.insert(6, ("Ann", "PROPN", "NNP", "nsubj", 5, "Ann", "B-PERSON"))  # "..., Ann leaving Park"
    rows = [(w, p, t, d, h + 1 if h >= 6 else h, l, e) if i > 6 else (w, p, t, d, h, l, e)
            for i, (w, p, t, d, h, l, e) in enumerate(rows)]
    assert scope_of(make_doc(vocab, rows)[5]).certainty == "asserted"


@pytest.mark.parametrize("verb, lemma, unsupported", [("asked", "ask", True), ("wondered", "wonder", True),
                                                       ("decided", "decide", False)])
def test_scope_whether_clause_of_a_verb_of_asking_is_unsupported(frames_of, verb, lemma, unsupported):
    # "Kim asked whether Russia attacked": a question put; "decided whether": hedged only
    rows = [r if r[0] != "asked" else (verb, "VERB", "VBD", "ROOT", 1, lemma, "O") for r in WHETHER]
    doc, frames = frames_of(rows)
    scope = frame_at(doc, frames, "attacked").scope
    assert (scope.certainty, scope.unsupported) == ("hedged", unsupported)


WITHOUT = [  # Lee left without paying Acme.
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("left", "VERB", "VBD", "ROOT", 1, "leave", "O"),
    ("without", "ADP", "IN", "prep", 1, "without", "O"),
    ("paying", "VERB", "VBG", "pcomp", 2, "pay", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 3, "Acme", "B-ORG"),
]
INSTEAD = [  # Lee left instead of paying Acme.
    ("Lee", "PROPN", "NNP", "nsubj", 1, "Lee", "B-PERSON"),
    ("left", "VERB", "VBD", "ROOT", 1, "leave", "O"),
    ("instead", "ADV", "RB", "advmod", 3, "instead", "O"),
    ("of", "ADP", "IN", "prep", 1, "of", "O"),
    ("paying", "VERB", "VBG", "pcomp", 3, "pay", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 4, "Acme", "B-ORG"),
]
NOT_WITHOUT = [  # Lee did not leave without paying Acme.
    ("Lee", "PROPN", "NNP", "nsubj", 3, "Lee", "B-PERSON"),
    ("did", "AUX", "VBD", "aux", 3, "do", "O"),
    ("not", "PART", "RB", "neg", 3, "not", "O"),
    ("leave", "VERB", "VB", "ROOT", 3, "leave", "O"),
    ("without", "ADP", "IN", "prep", 3, "without", "O"),
    ("paying", "VERB", "VBG", "pcomp", 4, "pay", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 5, "Acme", "B-ORG"),
]
AFTER_PAYING = [row if row[0] != "without" else ("after", "ADP", "IN", "prep", 1, "after", "O") for row in WITHOUT]


@pytest.mark.parametrize("rows, polarity", [
    (WITHOUT, "negative"), (INSTEAD, "negative"),
    (NOT_WITHOUT, "positive"),  # "did not leave without paying": paid
    (AFTER_PAYING, "positive"),
])
def test_scope_gerund_after_without_is_denied(frames_of, rows, polarity):
    doc, frames = frames_of(rows)
    assert frame_at(doc, frames, "paying", "verbal_clause").scope.polarity == polarity


def _claim_rows(verb: str, lemma: str, noun: str, noun_lemma: str, *, neg: bool = False,
                particle: str | None = None):
    """"Smith <verb> [particle] <noun> that Acme would buy Globex." by hand; with `neg`:
    "Smith did not <verb> ..."."""
    v = 3 if neg else 1
    rows = [("Smith", "PROPN", "NNP", "nsubj", v, "Smith", "B-PERSON")]
    if neg:
        rows += [("did", "AUX", "VBD", "aux", v, "do", "O"), ("not", "PART", "RB", "neg", v, "not", "O")]
    rows.append((verb, "VERB", "VB" if neg else "VBD", "ROOT", v, lemma, "O"))
    if particle:
        rows.append((particle, "ADP", "RP", "prt", v, particle, "O"))
    n = len(rows)
    rows += [(noun, "NOUN", "NNS", "dobj", v, noun_lemma, "O"),
             ("that", "SCONJ", "IN", "mark", n + 4, "that", "O"),
             ("Acme", "PROPN", "NNP", "nsubj", n + 4, "Acme", "B-ORG"),
             ("would", "AUX", "MD", "aux", n + 4, "would", "O"),
             ("buy", "VERB", "VB", "acl", n, "buy", "O"),
             ("Globex", "PROPN", "NNP", "dobj", n + 4, "Globex", "B-ORG"),
             (".", "PUNCT", ".", "punct", v, ".", "O")]
    return rows


@pytest.mark.parametrize("verb, lemma, noun, noun_lemma, particle, neg, unsupported", [
    ("quashed", "quash", "speculation", "speculation", None, False, True),
    ("denied", "deny", "reports", "report", None, False, True),
    ("dismissed", "dismiss", "rumours", "rumour", None, False, True),
    ("rejected", "reject", "claims", "claim", None, False, True),
    ("ruled", "rule", "suggestions", "suggestion", "out", False, True),
    ("played", "play", "allegations", "allegation", "down", False, True),
    ("deny", "deny", "reports", "report", None, True, False),      # "did not deny": left open
    ("welcomed", "welcome", "reports", "report", None, False, False),
    ("ruled", "rule", "talk", "talk", "on", False, False),          # no denying particle
], ids=["quashed-speculation", "denied-reports", "dismissed-rumours", "rejected-claims",
        "ruled-out-suggestions", "played-down-allegations", "did-not-deny", "welcomed-reports",
        "ruled-on"])
def test_scope_claim_a_verb_denies_states_nothing(frames_of, verb, lemma, noun, noun_lemma,
                                                    particle, neg, unsupported):
    doc, frames = frames_of(_claim_rows(verb, lemma, noun, noun_lemma, neg=neg, particle=particle))
    scope = frame_at(doc, frames, "buy").scope
    assert (scope.certainty, scope.unsupported) == ("hedged", unsupported)


COLD_WATER = [  # "Smith poured cold water on reports that Acme would buy Globex."
    ("Smith", "PROPN", "NNP", "nsubj", 1, "Smith", "B-PERSON"),
    ("poured", "VERB", "VBD", "ROOT", 1, "pour", "O"),
    ("cold", "ADJ", "JJ", "amod", 3, "cold", "O"),
    ("water", "NOUN", "NN", "dobj", 1, "water", "O"),
    ("on", "ADP", "IN", "prep", 1, "on", "O"),
    ("reports", "NOUN", "NNS", "pobj", 4, "report", "O"),
    ("that", "SCONJ", "IN", "mark", 9, "that", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 9, "Acme", "B-ORG"),
    ("would", "AUX", "MD", "aux", 9, "would", "O"),
    ("buy", "VERB", "VB", "acl", 5, "buy", "O"),
    ("Globex", "PROPN", "NNP", "dobj", 9, "Globex", "B-ORG"),
    (".", "PUNCT", ".", "punct", 1, ".", "O"),
]


def test_scope_cold_water_on_a_claim_denies_it(frames_of):
    doc, frames = frames_of(COLD_WATER)
    assert frame_at(doc, frames, "buy").scope.unsupported is True
    on_the_floor = [r if r[0] != "water" else ("oil", "NOUN", "NN", "dobj", 1, "oil", "O") for r in COLD_WATER]
    doc, frames = frames_of(on_the_floor)
    assert frame_at(doc, frames, "buy").scope.unsupported is False


def test_scope_denied_that_is_a_negative_report(frames_of):
    """"Smith denied that Acme bought Globex": the denier's word, negative and reported."""
    doc, frames = frames_of([
        ("Smith", "PROPN", "NNP", "nsubj", 1, "Smith", "B-PERSON"),
        ("denied", "VERB", "VBD", "ROOT", 1, "deny", "O"),
        ("that", "SCONJ", "IN", "mark", 4, "that", "O"),
        ("Acme", "PROPN", "NNP", "nsubj", 4, "Acme", "B-ORG"),
        ("bought", "VERB", "VBD", "ccomp", 1, "buy", "O"),
        ("Globex", "PROPN", "NNP", "dobj", 4, "Globex", "B-ORG"),
        (".", "PUNCT", ".", "punct", 1, ".", "O"),
    ])
    scope = frame_at(doc, frames, "bought").scope
    assert (scope.polarity, scope.certainty, scope.unsupported) == ("negative", "reported", False)


DENIAL_READ_AS_NOUN = [  # "Her choice dismisses rumours that Acme would buy Globex." as the small model parses it
    ("Her", "PRON", "PRP$", "poss", 1, "her", "O"),
    ("choice", "NOUN", "NN", "compound", 2, "choice", "O"),
    ("dismisses", "NOUN", "NNS", "compound", 3, "dismisse", "O"),
    ("rumours", "NOUN", "NNS", "ROOT", 3, "rumour", "O"),
    ("that", "SCONJ", "IN", "mark", 7, "that", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 7, "Acme", "B-ORG"),
    ("would", "AUX", "MD", "aux", 7, "would", "O"),
    ("buy", "VERB", "VB", "ccomp", 3, "buy", "O"),
    ("Globex", "PROPN", "NNP", "dobj", 7, "Globex", "B-ORG"),
    (".", "PUNCT", ".", "punct", 3, ".", "O"),
]


def test_scope_denying_verb_read_as_a_plural_noun_still_denies(frames_of):
    doc, frames = frames_of(DENIAL_READ_AS_NOUN)
    assert frame_at(doc, frames, "buy").scope.unsupported is True
    # another plural noun before the claim denies nothing: "Her choice fuels rumours that ..."
    fuels = [r if r[0] != "dismisses" else ("fuels", "NOUN", "NNS", "compound", 3, "fuel", "O")
             for r in DENIAL_READ_AS_NOUN]
    doc, frames = frames_of(fuels)
    assert frame_at(doc, frames, "buy").scope.unsupported is False


def test_scope_claim_denied_in_the_passive_states_nothing(frames_of):
    """"Reports that Acme would buy Globex were denied by Smith."""
    doc, frames = frames_of([
        ("Reports", "NOUN", "NNS", "nsubjpass", 7, "report", "O"),
        ("that", "SCONJ", "IN", "mark", 4, "that", "O"),
        ("Acme", "PROPN", "NNP", "nsubj", 4, "Acme", "B-ORG"),
        ("would", "AUX", "MD", "aux", 4, "would", "O"),
        ("buy", "VERB", "VB", "acl", 0, "buy", "O"),
        ("Globex", "PROPN", "NNP", "dobj", 4, "Globex", "B-ORG"),
        ("were", "AUX", "VBD", "auxpass", 7, "be", "O"),
        ("denied", "VERB", "VBN", "ROOT", 7, "deny", "O"),
        ("by", "ADP", "IN", "agent", 7, "by", "O"),
        ("Smith", "PROPN", "NNP", "pobj", 8, "Smith", "B-PERSON"),
        (".", "PUNCT", ".", "punct", 7, ".", "O"),
    ])
    assert frame_at(doc, frames, "buy").scope.unsupported is True


NEITHER_WILLING = [  # "Neither Acme nor Zeta was willing to let Lee run them"
    ("Neither", "CCONJ", "CC", "preconj", 1, "neither", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 4, "Acme", "B-ORG"),
    ("nor", "CCONJ", "CC", "cc", 1, "nor", "O"),
    ("Zeta", "PROPN", "NNP", "conj", 1, "Zeta", "B-ORG"),
    ("was", "AUX", "VBD", "ROOT", 4, "be", "O"),
    ("willing", "ADJ", "JJ", "acomp", 4, "willing", "O"),
    ("to", "PART", "TO", "aux", 7, "to", "O"),
    ("let", "VERB", "VB", "xcomp", 5, "let", "O"),
    ("Lee", "PROPN", "NNP", "nsubj", 9, "Lee", "B-PERSON"),
    ("run", "VERB", "VB", "ccomp", 7, "run", "O"),
    ("them", "PRON", "PRP", "dobj", 9, "they", "O"),
]
NOBODY_INTERESTED = [  # "Nobody was interested in letting Lee join Acme"
    ("Nobody", "PRON", "NN", "nsubj", 1, "nobody", "O"),
    ("was", "AUX", "VBD", "ROOT", 1, "be", "O"),
    ("interested", "ADJ", "JJ", "acomp", 1, "interested", "O"),
    ("in", "ADP", "IN", "prep", 2, "in", "O"),
    ("letting", "VERB", "VBG", "pcomp", 3, "let", "O"),
    ("Lee", "PROPN", "NNP", "nsubj", 6, "Lee", "B-PERSON"),
    ("join", "VERB", "VB", "ccomp", 4, "join", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 6, "Acme", "B-ORG"),
]
INTERESTED = [  # "Zeta was interested in buying Acme"
    ("Zeta", "PROPN", "NNP", "nsubj", 1, "Zeta", "B-ORG"),
    ("was", "AUX", "VBD", "ROOT", 1, "be", "O"),
    ("interested", "ADJ", "JJ", "acomp", 1, "interested", "O"),
    ("in", "ADP", "IN", "prep", 2, "in", "O"),
    ("buying", "VERB", "VBG", "pcomp", 3, "buy", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 4, "Acme", "B-ORG"),
]
NEITHER_BACKED = [  # "Neither Acme nor Zeta backed Lee"
    ("Neither", "CCONJ", "CC", "preconj", 1, "neither", "O"),
    ("Acme", "PROPN", "NNP", "nsubj", 4, "Acme", "B-ORG"),
    ("nor", "CCONJ", "CC", "cc", 1, "nor", "O"),
    ("Zeta", "PROPN", "NNP", "conj", 1, "Zeta", "B-ORG"),
    ("backed", "VERB", "VBD", "ROOT", 4, "back", "O"),
    ("Lee", "PROPN", "NNP", "dobj", 4, "Lee", "B-PERSON"),
]
NO_PARTY_BACKED = [  # "No party backed Lee"
    ("No", "DET", "DT", "det", 1, "no", "O"),
    ("party", "NOUN", "NN", "nsubj", 2, "party", "O"),
    ("backed", "VERB", "VBD", "ROOT", 2, "back", "O"),
    ("Lee", "PROPN", "NNP", "dobj", 2, "Lee", "B-PERSON"),
]


@pytest.mark.parametrize("rows, verb, polarity, certainty, unsupported", [
    (NEITHER_WILLING, 9, "negative", "hedged", True),
    (NOBODY_INTERESTED, 6, "negative", "hedged", True),
    (INTERESTED, 4, "positive", "hedged", False),
    (NEITHER_BACKED, 4, "negative", "asserted", False),
    (NO_PARTY_BACKED, 2, "negative", "asserted", False),
], ids=["neither-nor-unwilling-to-let", "nobody-interested-in", "interested-in", "neither-nor-subject",
        "no-subject"])
def test_scope_negative_subject_denies_its_clause_and_leaves_complements_unstated(
        vocab, rows, verb, polarity, certainty, unsupported):
    scope = scope_of(make_doc(vocab, rows)[verb])
    assert (scope.polarity, scope.certainty, scope.unsupported) == (polarity, certainty, unsupported)


TRIED_TO = [  # "Zeta tried hard to buy Acme"
    ("Zeta", "PROPN", "NNP", "nsubj", 1, "Zeta", "B-ORG"),
    ("tried", "VERB", "VBD", "ROOT", 1, "try", "O"),
    ("hard", "ADV", "RB", "advmod", 1, "hard", "O"),
    ("to", "PART", "TO", "aux", 4, "to", "O"),
    ("buy", "VERB", "VB", "xcomp", 1, "buy", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 4, "Acme", "B-ORG"),
]


@pytest.mark.parametrize("verb, lemma, tag, unsupported", [
    ("tried", "try", "VBD", True), ("sought", "seek", "VBD", True), ("attempted", "attempt", "VBD", True),
    ("tries", "try", "VBZ", False), ("wanted", "want", "VBD", False), ("agreed", "agree", "VBD", False),
], ids=["tried", "sought", "attempted", "tries-now", "wanted", "agreed"])
def test_scope_complement_of_a_past_attempt_is_unstated(vocab, verb, lemma, tag, unsupported):
    rows = [(verb, "VERB", tag, "ROOT", 1, lemma, "O") if r[0] == "tried" else r for r in TRIED_TO]
    scope = scope_of(make_doc(vocab, rows)[4])
    assert (scope.certainty, scope.unsupported) == ("hedged", unsupported)


# conditions (issue 10 precision round 13): a clause of condition states no fact
IF_QUITS = [  # The deal collapses if Smith quits Acme.
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("deal", "NOUN", "NN", "nsubj", 2, "deal", "O"),
    ("collapses", "VERB", "VBZ", "ROOT", 2, "collapse", "O"),
    ("if", "SCONJ", "IN", "mark", 5, "if", "O"),
    ("Smith", "PROPN", "NNP", "nsubj", 5, "Smith", "B-PERSON"),
    ("quits", "VERB", "VBZ", "advcl", 2, "quit", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 5, "Acme", "B-ORG"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
SO_LONG_AS = [  # Acme will buy Zeta so long as Zeta sells its brand.
    ("Acme", "PROPN", "NNP", "nsubj", 2, "Acme", "B-ORG"),
    ("will", "AUX", "MD", "aux", 2, "will", "O"),
    ("buy", "VERB", "VB", "ROOT", 2, "buy", "O"),
    ("Zeta", "PROPN", "NNP", "dobj", 2, "Zeta", "B-ORG"),
    ("so", "ADV", "RB", "advmod", 5, "so", "O"),
    ("long", "ADV", "RB", "advmod", 2, "long", "O"),
    ("as", "SCONJ", "IN", "mark", 8, "as", "O"),
    ("Zeta", "PROPN", "NNP", "nsubj", 8, "Zeta", "B-ORG"),
    ("sells", "VERB", "VBZ", "advcl", 5, "sell", "O"),
    ("its", "PRON", "PRP$", "poss", 10, "its", "O"),
    ("brand", "NOUN", "NN", "dobj", 8, "brand", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
IN_THE_EVENT = [  # Jones will resign in the event that Smith joins Acme.
    ("Jones", "PROPN", "NNP", "nsubj", 2, "Jones", "B-PERSON"),
    ("will", "AUX", "MD", "aux", 2, "will", "O"),
    ("resign", "VERB", "VB", "ROOT", 2, "resign", "O"),
    ("in", "ADP", "IN", "prep", 2, "in", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("event", "NOUN", "NN", "pobj", 3, "event", "O"),
    ("that", "SCONJ", "IN", "mark", 8, "that", "O"),
    ("Smith", "PROPN", "NNP", "nsubj", 8, "Smith", "B-PERSON"),
    ("joins", "VERB", "VBZ", "relcl", 5, "join", "O"),
    ("Acme", "PROPN", "NNP", "dobj", 8, "Acme", "B-ORG"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
IN_CASE = [  # Acme will sue Zeta in case Zeta sells the brand.
    ("Acme", "PROPN", "NNP", "nsubj", 2, "Acme", "B-ORG"),
    ("will", "AUX", "MD", "aux", 2, "will", "O"),
    ("sue", "VERB", "VB", "ROOT", 2, "sue", "O"),
    ("Zeta", "PROPN", "NNP", "dobj", 2, "Zeta", "B-ORG"),
    ("in", "ADP", "IN", "prep", 7, "in", "O"),
    ("case", "NOUN", "NN", "pobj", 4, "case", "O"),
    ("Zeta", "PROPN", "NNP", "nsubj", 7, "Zeta", "B-ORG"),
    ("sells", "VERB", "VBZ", "advcl", 2, "sell", "O"),
    ("the", "DET", "DT", "det", 9, "the", "O"),
    ("brand", "NOUN", "NN", "dobj", 7, "brand", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
PROVIDING_THAT = [  # Acme will buy Zeta providing that Zeta sells its brand.
    ("Acme", "PROPN", "NNP", "nsubj", 2, "Acme", "B-ORG"),
    ("will", "AUX", "MD", "aux", 2, "will", "O"),
    ("buy", "VERB", "VB", "ROOT", 2, "buy", "O"),
    ("Zeta", "PROPN", "NNP", "dobj", 2, "Zeta", "B-ORG"),
    ("providing", "VERB", "VBG", "advcl", 2, "provide", "O"),
    ("that", "SCONJ", "IN", "mark", 7, "that", "O"),
    ("Zeta", "PROPN", "NNP", "nsubj", 7, "Zeta", "B-ORG"),
    ("sells", "VERB", "VBZ", "ccomp", 4, "sell", "O"),
    ("its", "PRON", "PRP$", "poss", 9, "its", "O"),
    ("brand", "NOUN", "NN", "dobj", 7, "brand", "O"),
    (".", "PUNCT", ".", "punct", 2, ".", "O"),
]
WHEN_QUITS = [  # The deal collapses when Smith quits Acme.
    *IF_QUITS[:3],
    ("when", "SCONJ", "WRB", "advmod", 5, "when", "O"),
    *IF_QUITS[4:],
]


@pytest.mark.parametrize("rows, verb, unsupported", [
    (IF_QUITS, 5, True),
    (SO_LONG_AS, 8, True),
    (IN_THE_EVENT, 8, True),
    (IN_CASE, 7, True),
    (PROVIDING_THAT, 7, True),
    (WHEN_QUITS, 5, False),
    (IF_QUITS, 2, False),
], ids=["if", "so-long-as", "in-the-event-that", "in-case", "providing-that", "when-is-no-condition",
        "main-clause-of-a-condition"])
def test_scope_clause_of_condition_states_no_fact(doc_of, rows, verb, unsupported):
    assert scope_of(doc_of(rows)[verb]).unsupported is unsupported


def test_scope_condition_reaches_the_complements_inside_it(doc_of):
    # "The deal collapses if Smith agrees to join Acme": the agreement and the joining are both
    # conditions
    rows = [*IF_QUITS[:5],
            ("agrees", "VERB", "VBZ", "advcl", 2, "agree", "O"),
            ("to", "PART", "TO", "aux", 7, "to", "O"),
            ("join", "VERB", "VB", "xcomp", 5, "join", "O"),
            ("Acme", "PROPN", "NNP", "dobj", 7, "Acme", "B-ORG"),
            (".", "PUNCT", ".", "punct", 2, ".", "O")]
    doc = doc_of(rows)
    assert scope_of(doc[7]).unsupported and scope_of(doc[5]).unsupported


def _conditional(mark):
    """"Kim will sue Acme <mark> Lee buys Globex." by hand."""
    return [("Kim", "PROPN", "NNP", "nsubj", 2, "Kim", "B-PERSON"),
            ("will", "AUX", "MD", "aux", 2, "will", "O"),
            ("sue", "VERB", "VB", "ROOT", 2, "sue", "O"),
            ("Acme", "PROPN", "NNP", "dobj", 2, "Acme", "B-ORG"),
            (mark, "SCONJ", "IN", "mark", 6, mark, "O"),
            ("Lee", "PROPN", "NNP", "nsubj", 6, "Lee", "B-PERSON"),
            ("buys", "VERB", "VBZ", "advcl", 2, "buy", "O"),
            ("Globex", "PROPN", "NNP", "dobj", 6, "Globex", "B-ORG")]


@pytest.mark.parametrize("mark, unsupported", [("if", True), ("unless", True), ("because", False)])
def test_scope_condition_states_neither_its_clause_nor_its_negation(frames_of, mark, unsupported):
    doc, frames = frames_of(_conditional(mark))
    assert frame_at(doc, frames, "buys").scope.unsupported is unsupported
    consequence = frame_at(doc, frames, "sue").scope  # the main clause keeps its own reading
    assert (consequence.certainty, consequence.unsupported) == ("hedged", False)


def _seeming(verb: str, lemma: str, tag: str = "VB", perfect: bool = False):
    """'The US seems to lag Europe' (or 'appeared to have backed Europe')."""
    rows = [("The", "DET", "DT", "det", 1, "the", "O"),
            ("US", "PROPN", "NNP", "nsubj", 2, "US", "B-GPE"),
            (verb, "VERB", "VBZ", "ROOT", 2, lemma, "O"),
            ("to", "PART", "TO", "aux", 5 if perfect else 4, "to", "O")]
    if perfect:
        rows.append(("have", "AUX", "VB", "aux", 5, "have", "O"))
    rows += [("lag" if not perfect else "lagged", "VERB", tag, "xcomp", 2, "lag", "O"),
             ("Europe", "PROPN", "NNP", "dobj", len(rows), "Europe", "B-LOC")]
    return rows


@pytest.mark.parametrize("rows, certainty", [
    (_seeming("seems", "seem"), "hedged"),
    (_seeming("appeared", "appear", "VBN", perfect=True), "hedged"),
    (_seeming("wants", "want"), "hedged"),
    (_seeming("used", "use"), "asserted"),  # a control verb that is no appearance stays asserted
])
def test_scope_infinitive_of_a_verb_of_appearance_is_hedged(frames_of, rows, certainty):
    doc, frames = frames_of(rows)
    verb = next(t for t in doc if t.dep_ == "xcomp")
    assert scope_of(verb).certainty == certainty


def _owning(tag: str, aux: tuple = (), advmod: str | None = None, used: bool = False):
    """'Acme [aux...] [advmod] owns Zenith' with the verb's tag and auxiliaries given
    ('used': 'Acme used to own Zenith')."""
    rows = [("Acme", "PROPN", "NNP", "nsubj", 1, "Acme", "B-ORG")]
    if used:
        rows += [("used", "VERB", "VBD", "ROOT", 1, "use", "O"), ("to", "PART", "TO", "aux", 3, "to", "O"),
                 ("own", "VERB", "VB", "xcomp", 1, "own", "O")]
    else:
        verb = 1 + len(aux) + (advmod is not None)
        rows[0] = ("Acme", "PROPN", "NNP", "nsubj", verb, "Acme", "B-ORG")
        rows += [(word, "AUX", word_tag, "aux", verb, lemma, "O") for word, word_tag, lemma in aux]
        if advmod:
            rows.append((advmod, "ADV", "RB", "advmod", verb, advmod, "O"))
        rows.append(({"VBZ": "owns", "VBD": "owned", "VBN": "owned"}[tag], "VERB", tag, "ROOT", verb, "own", "O"))
    rows.append(("Zenith", "PROPN", "NNP", "dobj", len(rows) - 1, "Zenith", "B-ORG"))
    return rows


@pytest.mark.parametrize("rows, unsupported", [
    (_owning("VBZ"), False),  # owns
    (_owning("VBN", aux=(("has", "VBZ", "have"),)), False),  # has owned (still)
    (_owning("VBD"), True),  # owned
    (_owning("VBN", aux=(("had", "VBD", "have"),)), True),  # had owned
    (_owning("VBZ", advmod="formerly"), True),  # formerly owns
    (_owning("VB", used=True), True),  # used to own
], ids=["owns", "has-owned", "owned", "had-owned", "formerly-owns", "used-to-own"])
def test_scope_possession_told_in_the_past_is_no_present_fact(frames_of, rows, unsupported):
    doc, frames = frames_of(rows)
    verb = next(t for t in doc if t.lemma_ == "own")
    assert scope_of(verb).unsupported is unsupported


def _claims_to(verb: str, lemma: str):
    """'Kim <verb> to lead Acme.'"""
    return [("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
            (verb, "VERB", "VBZ", "ROOT", 1, lemma, "O"),
            ("to", "PART", "TO", "aux", 3, "to", "O"),
            ("lead", "VERB", "VB", "xcomp", 1, "lead", "O"),
            ("Acme", "PROPN", "NNP", "dobj", 3, "Acme", "B-ORG")]


@pytest.mark.parametrize("rows, certainty", [
    (_claims_to("claims", "claim"), "reported"),
    (_claims_to("alleges", "allege"), "reported"),
    (_claims_to("happens", "happen"), "asserted"),
])
def test_scope_infinitive_of_a_verb_of_saying_is_reported(frames_of, rows, certainty):
    doc, frames = frames_of(rows)
    assert scope_of(doc[3]).certainty == certainty
