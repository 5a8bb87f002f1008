"""extract.frames.relational: relational nouns (kin, counsel, stance), and membership through the role view."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.coref import Resolver
from extract.frames import Keep
from extract.frames.relational import Kind
from extract.triples import triples
from tests.extract.frames.conftest import frame_at, words

SISTER = [  # Thaksin left and his sister Yingluck Shinawatra stayed
    ("Thaksin", "PROPN", "NNP", "nsubj", 1, "Thaksin", "B-PERSON"),
    ("left", "VERB", "VBD", "ROOT", 1, "leave", "O"),
    ("and", "CCONJ", "CC", "cc", 1, "and", "O"),
    ("his", "PRON", "PRP$", "poss", 4, "his", "O"),
    ("sister", "NOUN", "NN", "nsubj", 7, "sister", "O"),
    ("Yingluck", "PROPN", "NNP", "compound", 6, "Yingluck", "B-PERSON"),
    ("Shinawatra", "PROPN", "NNP", "appos", 4, "Shinawatra", "I-PERSON"),
    ("stayed", "VERB", "VBD", "conj", 1, "stay", "O"),
]
LAWYER = [  # Trump's lawyer Michael Cohen testified
    ("Trump", "PROPN", "NNP", "poss", 2, "Trump", "B-PERSON"),
    ("'s", "PART", "POS", "case", 0, "'s", "O"),
    ("lawyer", "NOUN", "NN", "compound", 4, "lawyer", "O"),
    ("Michael", "PROPN", "NNP", "compound", 4, "Michael", "B-PERSON"),
    ("Cohen", "PROPN", "NNP", "nsubj", 5, "Cohen", "I-PERSON"),
    ("testified", "VERB", "VBD", "ROOT", 5, "testify", "O"),
]
CRITIC = [  # Navalny, a critic of the Kremlin, was arrested
    ("Navalny", "PROPN", "NNP", "nsubjpass", 8, "Navalny", "B-PERSON"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("a", "DET", "DT", "det", 3, "a", "O"),
    ("critic", "NOUN", "NN", "appos", 0, "critic", "O"),
    ("of", "ADP", "IN", "prep", 3, "of", "O"),
    ("the", "DET", "DT", "det", 6, "the", "O"),
    ("Kremlin", "PROPN", "NNP", "pobj", 4, "Kremlin", "B-ORG"),
    ("was", "AUX", "VBD", "auxpass", 8, "be", "O"),
    ("arrested", "VERB", "VBN", "ROOT", 8, "arrest", "O"),
]
OF_PARTY = [  # Ann Cherry of the Labour Party spoke
    ("Ann", "PROPN", "NNP", "compound", 1, "Ann", "B-PERSON"),
    ("Cherry", "PROPN", "NNP", "nsubj", 6, "Cherry", "I-PERSON"),
    ("of", "ADP", "IN", "prep", 1, "of", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("Labour", "PROPN", "NNP", "compound", 5, "Labour", "B-ORG"),
    ("Party", "PROPN", "NNP", "pobj", 2, "Party", "I-ORG"),
    ("spoke", "VERB", "VBD", "ROOT", 6, "speak", "O"),
]


def _with(rows, index, **changes):
    """rows with one row's fields replaced (word, pos, tag, dep, head, lemma, ent)."""
    fields = ("word", "pos", "tag", "dep", "head", "lemma", "ent")
    row = dict(zip(fields, rows[index]))
    row.update(changes)
    return [*rows[:index], tuple(row[f] for f in fields), *rows[index + 1:]]


def _facts(doc):
    return [(t.subject.text, t.relation, t.object.text, t.rule) for t in triples(doc)]


def test_relational_kinship_frame_links_the_apposed_name_and_the_possessor(frames_of):
    doc, frames = frames_of(SISTER)
    frame = frame_at(doc, frames, "sister", "relational")
    assert (frame.rule, frame.words) == (Kind.KINSHIP.value, "sister of")
    assert words(doc, frame.subjects) == ["Shinawatra"] and frame.subjects[0].keep is Keep.NAME_SPAN
    assert words(doc, frame.arguments) == ["his"]


def test_relational_kinship_pronoun_possessor_resolves_to_the_person(doc_of):
    assert ("Yingluck Shinawatra", "sister of", "Thaksin", "kinship") in _facts(doc_of(SISTER))


def test_relational_kinship_needs_a_person_on_both_sides(doc_of):
    """"its sister company X": an organisation has no sister in the kinship sense."""
    org_possessor = _with(_with(SISTER, 0, ent="B-ORG"), 3, word="its", lemma="its")
    assert not [f for f in _facts(doc_of(org_possessor)) if f[3] == "kinship"]


@pytest.mark.parametrize(("antecedent", "kept"), [("PERSON", True), ("GPE", False)])
def test_relational_personal_pronoun_possessor_must_resolve_to_a_person(doc_of, monkeypatch, antecedent, kept):
    """"his rival Lee": "his" resolved to a country is a slip of the resolver, not a rival."""
    slip = SimpleNamespace(text="Kim Il" if antecedent == "PERSON" else "Russia", type=antecedent)
    monkeypatch.setattr(Resolver, "resolve", lambda self, token: (slip,) if token.lower_ == "his" else ())
    rows = [  # Russia left and his rival Lee Jae stayed
        ("Russia", "PROPN", "NNP", "nsubj", 1, "Russia", "B-GPE"),
        ("left", "VERB", "VBD", "ROOT", 1, "leave", "O"),
        ("and", "CCONJ", "CC", "cc", 1, "and", "O"),
        ("his", "PRON", "PRP$", "poss", 4, "his", "O"),
        ("rival", "NOUN", "NN", "compound", 6, "rival", "O"),
        ("Lee", "PROPN", "NNP", "compound", 6, "Lee", "B-PERSON"),
        ("Jae", "PROPN", "NNP", "nsubj", 7, "Jae", "I-PERSON"),
        ("stayed", "VERB", "VBD", "conj", 1, "stay", "O"),
    ]
    assert bool([f for f in _facts(doc_of(rows)) if f[3] == "relational"]) is kept


def test_relational_title_compound_possessor_is_the_client(doc_of):
    assert ("Michael Cohen", "lawyer of", "Trump", "relational") in _facts(doc_of(LAWYER))


def test_relational_stance_noun_reads_as_its_verb(doc_of):
    assert ("Navalny", "criticizes", "Kremlin", "relational") in _facts(doc_of(CRITIC))


def test_relational_noun_without_other_party_gives_no_frame(frames_of):
    doc, frames = frames_of(_with(CRITIC, 4, word="in", lemma="in"))  # "a critic in the Kremlin"
    assert not [f for f in frames if f.construction == "relational"]


def test_relational_unnamed_holder_gives_no_frame(frames_of):
    doc, frames = frames_of(_with(CRITIC, 0, ent="O"))
    assert not [f for f in frames if f.construction == "relational"]


def test_relational_copula_subject_holds_the_noun(doc_of):
    rows = [  # Giuliani was Trump's lawyer
        ("Giuliani", "PROPN", "NNP", "nsubj", 1, "Giuliani", "B-PERSON"),
        ("was", "AUX", "VBD", "ROOT", 1, "be", "O"),
        ("Trump", "PROPN", "NNP", "poss", 4, "Trump", "B-PERSON"),
        ("'s", "PART", "POS", "case", 2, "'s", "O"),
        ("lawyer", "NOUN", "NN", "attr", 1, "lawyer", "O"),
    ]
    # the copula role reads the same fact first; one fact either way
    assert [f[:3] for f in _facts(doc_of(rows))] == [("Giuliani", "lawyer of", "Trump")]


def test_relational_person_of_organisation_is_a_member(doc_of):
    assert ("Ann Cherry", "member of", "Labour Party", "role") in _facts(doc_of(OF_PARTY))


def test_relational_person_of_country_is_no_member(doc_of):
    """"Kim of North Korea" says where he is from, not what he belongs to."""
    rows = _with(_with(OF_PARTY, 4, ent="B-GPE"), 5, ent="I-GPE")
    assert not [f for f in _facts(doc_of(rows)) if f[1] == "member of"]


def test_relational_one_word_name_of_organisation_is_a_title(doc_of):
    """"Duke of Edinburgh": NER may tag the title as a person."""
    rows = [_with(OF_PARTY, 0, ent="O")[0], _with(OF_PARTY, 1, ent="B-PERSON")[1], *OF_PARTY[2:]]
    assert not [f for f in _facts(doc_of(rows)) if f[1] == "member of"]



SPOKESMAN_FOR = [  # A spokesman for Vodafone, Mike Caudwell, said so
    ("A", "DET", "DT", "det", 1, "a", "O"),
    ("spokesman", "NOUN", "NN", "nsubj", 9, "spokesman", "O"),
    ("for", "ADP", "IN", "prep", 1, "for", "O"),
    ("Vodafone", "PROPN", "NNP", "pobj", 2, "Vodafone", "B-ORG"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("Mike", "PROPN", "NNP", "compound", 6, "Mike", "B-PERSON"),
    ("Caudwell", "PROPN", "NNP", "appos", 3, "Caudwell", "I-PERSON"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("so", "ADV", "RB", "advmod", 9, "so", "O"),
    ("said", "VERB", "VBD", "ROOT", 9, "say", "O"),
]


def test_relational_name_hung_on_the_organisation_holds_the_noun(doc_of):
    """"a spokesman for Vodafone, Mike Caudwell": a person's name cannot rename an organisation."""
    assert ("Mike Caudwell", "spokesman of", "Vodafone", "relational") in _facts(doc_of(SPOKESMAN_FOR))


def test_relational_name_hung_on_a_person_is_no_holder(doc_of):
    """"an adviser to the minister, Jo Lee": the name may be the minister's own."""
    rows = _with(SPOKESMAN_FOR, 3, ent="B-PERSON")
    assert not [f for f in _facts(doc_of(rows)) if f[3] == "relational"]


def test_relational_noun_with_its_own_party_takes_for_as_its_brief(doc_of):
    """"the Labour spokesman for Vodafone, ...": Vodafone is the brief, not the principal."""
    rows = [("the", "DET", "DT", "det", 2, "the", "O"), ("Labour", "PROPN", "NNP", "compound", 2, "Labour", "B-ORG"),
            *[(w, p, t, d, h + 1, lem, e) for w, p, t, d, h, lem, e in SPOKESMAN_FOR[1:]]]
    assert not [f for f in _facts(doc_of(rows)) if f[2] == "Vodafone"]


ONE_OF = [  # They met Jane Doe, one of Smith's aides
    ("They", "PRON", "PRP", "nsubj", 1, "they", "O"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet", "O"),
    ("Jane", "PROPN", "NNP", "compound", 3, "Jane", "B-PERSON"),
    ("Doe", "PROPN", "NNP", "dobj", 1, "Doe", "I-PERSON"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("one", "NUM", "CD", "appos", 3, "one", "O"),
    ("of", "ADP", "IN", "prep", 5, "of", "O"),
    ("Smith", "PROPN", "NNP", "poss", 9, "Smith", "B-PERSON"),
    ("'s", "PART", "POS", "case", 7, "'s", "O"),
    ("aides", "NOUN", "NNS", "pobj", 6, "aide", "O"),
]


def test_relational_one_of_a_plural_noun_is_held_by_the_apposed_name(doc_of):
    assert ("Jane Doe", "aide of", "Smith", "relational") in _facts(doc_of(ONE_OF))
    # "one of the aides" without a name before it holds nothing
    assert not [f for f in _facts(doc_of(_with(ONE_OF, 5, dep="dobj", head=1))) if f[1] == "aide of"]


CAPITAL = [  # Bombs hit Nairobi, the capital of Kenya
    ("Bombs", "NOUN", "NNS", "nsubj", 1, "bomb", "O"),
    ("hit", "VERB", "VBD", "ROOT", 1, "hit", "O"),
    ("Nairobi", "PROPN", "NNP", "dobj", 1, "Nairobi", "B-GPE"),
    (",", "PUNCT", ",", "punct", 2, ",", "O"),
    ("the", "DET", "DT", "det", 5, "the", "O"),
    ("capital", "NOUN", "NN", "appos", 2, "capital", "O"),
    ("of", "ADP", "IN", "prep", 5, "of", "O"),
    ("Kenya", "PROPN", "NNP", "pobj", 6, "Kenya", "B-GPE"),
]


def test_relational_capital_links_two_named_places(doc_of):
    assert ("Nairobi", "capital of", "Kenya", "place") in _facts(doc_of(CAPITAL))
    # "Acme, the capital of Kenya": an organisation is no capital
    assert not [f for f in _facts(doc_of(_with(CAPITAL, 2, ent="B-ORG"))) if f[1] == "capital of"]


AND_HIS_SON = [  # Kim met Jon Doe and his son, Al Doe
    ("Kim", "PROPN", "NNP", "nsubj", 1, "Kim", "B-PERSON"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet", "O"),
    ("Jon", "PROPN", "NNP", "compound", 3, "Jon", "B-PERSON"),
    ("Doe", "PROPN", "NNP", "dobj", 1, "Doe", "I-PERSON"),
    ("and", "CCONJ", "CC", "cc", 3, "and", "O"),
    ("his", "PRON", "PRP$", "poss", 6, "his", "O"),
    ("son", "NOUN", "NN", "conj", 3, "son", "O"),
    (",", "PUNCT", ",", "punct", 6, ",", "O"),
    ("Al", "PROPN", "NNP", "compound", 9, "Al", "B-PERSON"),
    ("Doe", "PROPN", "NNP", "appos", 6, "Doe", "I-PERSON"),
]


def test_relational_possessive_of_a_conjunct_is_the_coordinated_name(doc_of):
    facts = [f for f in _facts(doc_of(AND_HIS_SON)) if f[1] == "son of"]
    assert facts == [("Al Doe", "son of", "Jon Doe", "kinship")]


LIST_OF_PARTIES = [  # They met Mr Carter, representatives of the World Bank
    ("They", "PRON", "PRP", "nsubj", 1, "they", "O"),
    ("met", "VERB", "VBD", "ROOT", 1, "meet", "O"),
    ("Mr", "PROPN", "NNP", "compound", 3, "Mr", "O"),
    ("Carter", "PROPN", "NNP", "dobj", 1, "Carter", "B-PERSON"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("representatives", "NOUN", "NNS", "appos", 3, "representative", "O"),
    ("of", "ADP", "IN", "prep", 5, "of", "O"),
    ("the", "DET", "DT", "det", 9, "the", "O"),
    ("World", "PROPN", "NNP", "compound", 9, "World", "B-ORG"),
    ("Bank", "PROPN", "NNP", "pobj", 6, "Bank", "I-ORG"),
]


def test_relational_plural_role_noun_is_no_apposition_of_one_person(doc_of):
    """"Mr Carter, representatives of the World Bank": the next item of a list, never one
    person's role; the singular noun is his role."""
    assert not [f for f in _facts(doc_of(LIST_OF_PARTIES)) if f[1] == "representative of"]
    one = _with(_with(LIST_OF_PARTIES, 5, word="representative", tag="NN"), 4, word=",")
    assert ("Carter", "representative of", "World Bank") in [f[:3] for f in _facts(doc_of(one))]


TITLE_POSSESSOR = [  # The Queen's grandson, Prince Albert, spoke
    ("The", "DET", "DT", "det", 1, "the", "O"),
    ("Queen", "PROPN", "NNP", "poss", 3, "Queen", "B-PERSON"),
    ("'s", "PART", "POS", "case", 1, "'s", "O"),
    ("grandson", "NOUN", "NN", "nsubj", 8, "grandson", "O"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("Prince", "PROPN", "NNP", "compound", 6, "Prince", "B-PERSON"),
    ("Albert", "PROPN", "NNP", "appos", 3, "Albert", "I-PERSON"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("spoke", "VERB", "VBD", "ROOT", 8, "speak", "O"),
]


def test_relational_title_alone_is_no_party_without_its_holder(doc_of):
    """"the Queen's grandson, Prince Albert": "Queen" is a title, not a person's name; with no
    holder named in the text there is no fact, never a node "Queen"."""
    facts = _facts(doc_of(TITLE_POSSESSOR))
    assert not [f for f in facts if f[2] == "Queen"]
    named = [("Ann", "PROPN", "NNP", "compound", 1, "Ann", "B-PERSON"),
             ("Lee", "PROPN", "NNP", "poss", 3, "Lee", "I-PERSON"), *TITLE_POSSESSOR[2:]]
    assert ("Albert", "grandson of", "Ann Lee") in [f[:3] for f in _facts(doc_of(named))]


def _members(first: str, cc: str, second: str, noun: str, tag: str):
    """"<first> <cc> <second> are/is <noun> of the Senate" with both names tagged."""
    return [
        (first, "PROPN", "NNP", "nsubj", 3, first, "B-PERSON"),
        (cc, "CCONJ", "CC", "cc", 0, cc, "O"),
        (second, "PROPN", "NNP", "conj", 0, second, "B-PERSON"),
        ("are" if tag == "NNS" else "is", "AUX", "VBP", "ROOT", 3, "be", "O"),
        (noun, "NOUN", tag, "attr", 3, noun.rstrip("s"), "O"),
        ("of", "ADP", "IN", "prep", 4, "of", "O"),
        ("the", "DET", "DT", "det", 7, "the", "O"),
        ("Senate", "PROPN", "NNP", "pobj", 5, "Senate", "B-ORG"),
    ]


def test_relational_plural_noun_is_held_by_each_coordinated_subject(doc_of):
    facts = _facts(doc_of(_members("Cherry", "and", "Jones", "members", "NNS")))
    assert [f[:3] for f in facts] == [("Cherry", "member of", "Senate"), ("Jones", "member of", "Senate")]


def test_relational_singular_noun_after_a_coordination_has_one_holder(doc_of):
    """"Cherry and Jones is a member of X" is no English: the parse of a coordination before a
    singular noun is not trusted to make both holders."""
    facts = _facts(doc_of(_members("Cherry", "and", "Jones", "member", "NN")))
    assert [f[0] for f in facts] == ["Cherry"]


def _fired(possessive: str, boss: str = "manager", of_staff: bool = False):
    """'Anna Berg fired <possessive> campaign <boss> [of staff] , Tom Reed .'"""
    rows = [
        ("Anna", "PROPN", "NNP", "compound", 1, "Anna", "B-PERSON"),
        ("Berg", "PROPN", "NNP", "nsubj", 2, "Berg", "I-PERSON"),
        ("fired", "VERB", "VBD", "ROOT", 2, "fire", "O"),
        (possessive, "PRON", "PRP$", "poss", 5, possessive, "O"),
        ("campaign", "NOUN", "NN", "compound", 5, "campaign", "O"),
        (boss, "NOUN", "NN", "dobj", 2, boss, "O"),
    ]
    if of_staff:
        rows += [("of", "ADP", "IN", "prep", 5, "of", "O"), ("staff", "NOUN", "NN", "pobj", 6, "staff", "O")]
    n = len(rows)
    rows += [(",", "PUNCT", ",", "punct", 5, ",", "O"),
             ("Tom", "PROPN", "NNP", "compound", n + 2, "Tom", "B-PERSON"),
             ("Reed", "PROPN", "NNP", "appos", 5, "Reed", "I-PERSON"),
             (".", "PUNCT", ".", "punct", 2, ".", "O")]
    return rows


@pytest.mark.parametrize("rows, expected", [
    (_fired("her"), [("Tom Reed", "campaign manager of", "Anna Berg")]),
    (_fired("her", of_staff=True), [("Tom Reed", "campaign manager of staff of", "Anna Berg")]),
    (_fired("its"), []),
    (_fired("her", boss="poster"), []),
], ids=["title-of-her", "short-of-phrase-in-title", "its-is-no-person", "no-title"])
def test_relational_title_with_a_personal_possessive_serves_that_person(doc_of, rows, expected):
    found = [(t.subject.text, t.relation, t.object.text) for t in triples(doc_of(rows)) if t.rule == "relational"]
    assert found == expected


def _with_qualifier(rows, at: int, word: str, pos: str = "ADJ", tag: str = "JJ", dep: str = "amod"):
    """`rows` with `word` inserted before row `at`, a modifier of that row's noun (heads shifted)."""
    shifted = [(w, p, t, d, h + 1 if h >= at else h, lemma, e) for w, p, t, d, h, lemma, e in rows]
    return shifted[:at] + [(word, pos, tag, dep, at + 1, word.lower(), "O")] + shifted[at:]


@pytest.mark.parametrize("word, pos, tag", [("former", "ADJ", "JJ"), ("outgoing", "ADJ", "JJ"),
                                            ("acting", "VERB", "VBG"), ("then", "ADV", "RB")])
def test_relational_time_qualifier_stays_in_the_relation(doc_of, word, pos, tag):
    # "Trump's former lawyer Michael Cohen": a past or temporary relation, never a current one
    facts = _facts(doc_of(_with_qualifier(LAWYER, 2, word, pos, tag)))
    assert ("Michael Cohen", f"{word} lawyer of", "Trump", "relational") in facts
    assert not [f for f in facts if f[1] == "lawyer of"]


def test_relational_ex_prefix_stays_in_the_relation(doc_of):
    # "Trump's ex-lawyer Michael Cohen": the tokenizer splits "ex", "-", "lawyer"
    rows = _with_qualifier(_with_qualifier(LAWYER, 2, "-", "PUNCT", "HYPH", "punct"), 2, "ex", "ADJ", "JJ")
    facts = _facts(doc_of(rows))
    assert ("Michael Cohen", "ex-lawyer of", "Trump", "relational") in facts
    assert not [f for f in facts if f[1] == "lawyer of"]


def test_relational_time_qualifier_on_a_stance_gives_nothing(doc_of):
    # "Navalny, a former critic of the Kremlin": "criticizes" would be a current stance
    facts = _facts(doc_of(_with_qualifier(CRITIC, 3, "former")))
    assert not [f for f in facts if f[3] == "relational"]


@pytest.mark.parametrize("party, ent, kept", [("Toronto", "B-GPE", False), ("Acme", "B-ORG", True)])
def test_relational_place_before_a_counsel_noun_is_no_client(doc_of, party, ent, kept):
    # "Toronto lawyer Michael Cohen testified": the place is where he practises; a firm is a client
    rows = [(party, "PROPN", "NNP", "compound", 1, party, ent)] + LAWYER[2:]
    rows = [(w, p, t, d, h - 1 if i > 0 else h, lemma, e) for i, (w, p, t, d, h, lemma, e) in enumerate(rows)]
    facts = [f for f in _facts(doc_of(rows)) if f[1] == "lawyer of"]
    assert facts == ([("Michael Cohen", "lawyer of", party, "relational")] if kept else [])


def _mother_and_sister(named_mother: bool):
    """"Ann Lee moved with her mother and sister, Eva Lee." or, with `named_mother`,
    "Ann Lee moved with her mother, Mia Cho, and sister, Eva Lee." (the small model's parses)."""
    head = [("Ann", "PROPN", "NNP", "compound", 1, "Ann", "B-PERSON"),
            ("Lee", "PROPN", "NNP", "nsubj", 2, "Lee", "I-PERSON"),
            ("moved", "VERB", "VBD", "ROOT", 2, "move", "O"),
            ("with", "ADP", "IN", "prep", 2, "with", "O"),
            ("her", "PRON", "PRP$", "poss", 5, "her", "O"),
            ("mother", "NOUN", "NN", "pobj", 3, "mother", "O")]
    if not named_mother:
        return head + [("and", "CCONJ", "CC", "cc", 5, "and", "O"),
                       ("sister", "NOUN", "NN", "conj", 5, "sister", "O"),
                       (",", "PUNCT", ",", "punct", 5, ",", "O"),
                       ("Eva", "PROPN", "NNP", "compound", 10, "Eva", "B-PERSON"),
                       ("Lee", "PROPN", "NNP", "appos", 5, "Lee", "I-PERSON"),
                       (".", "PUNCT", ".", "punct", 2, ".", "O")]
    return head + [(",", "PUNCT", ",", "punct", 5, ",", "O"),
                   ("Mia", "PROPN", "NNP", "compound", 8, "Mia", "B-PERSON"),
                   ("Cho", "PROPN", "NNP", "appos", 5, "Cho", "I-PERSON"),
                   (",", "PUNCT", ",", "punct", 8, ",", "O"),
                   ("and", "CCONJ", "CC", "cc", 8, "and", "O"),
                   ("sister", "NOUN", "NN", "conj", 8, "sister", "O"),
                   (",", "PUNCT", ",", "punct", 11, ",", "O"),
                   ("Eva", "PROPN", "NNP", "compound", 14, "Eva", "B-PERSON"),
                   ("Lee", "PROPN", "NNP", "appos", 11, "Lee", "I-PERSON"),
                   (".", "PUNCT", ".", "punct", 2, ".", "O")]


def test_relational_name_after_a_coordination_names_the_last_noun(doc_of):
    # "her mother and sister, Eva Lee": Eva Lee is the sister (sharing "her"), not the mother
    facts = [f[:3] for f in _facts(doc_of(_mother_and_sister(False))) if f[3] == "kinship"]
    assert facts == [("Eva Lee", "sister of", "Ann Lee")]


def test_relational_each_coordinated_noun_keeps_its_own_apposition(doc_of):
    facts = [f[:3] for f in _facts(doc_of(_mother_and_sister(True))) if f[3] == "kinship"]
    assert ("Mia Cho", "mother of", "Ann Lee") in facts
    assert not any(f[0] == "Eva Lee" and f[1] == "mother of" for f in facts)


# "Home Affairs spokesman Mark Oaten said the plan was bad." (issue 10 precision round 13)
PORTFOLIO_SPOKESMAN = [
    ("Home", "PROPN", "NNP", "compound", 1, "Home", "B-ORG"),
    ("Affairs", "PROPN", "NNPS", "compound", 2, "Affairs", "I-ORG"),
    ("spokesman", "NOUN", "NN", "compound", 4, "spokesman", "O"),
    ("Mark", "PROPN", "NNP", "compound", 4, "Mark", "B-PERSON"),
    ("Oaten", "PROPN", "NNP", "nsubj", 5, "Oaten", "I-PERSON"),
    ("said", "VERB", "VBD", "ROOT", 5, "say", "O"),
    ("the", "DET", "DT", "det", 7, "the", "O"),
    ("plan", "NOUN", "NN", "nsubj", 8, "plan", "O"),
    ("was", "AUX", "VBD", "ccomp", 5, "be", "O"),
    ("bad", "ADJ", "JJ", "acomp", 8, "bad", "O"),
    (".", "PUNCT", ".", "punct", 5, ".", "O"),
]
# "Education spokesman John Smith said the plan was bad."; "Labour spokesman ..." a party
FIELD_SPOKESMAN = [("Education", "NOUN", "NN", "compound", 1, "education", "B-ORG"),
                   ("spokesman", "NOUN", "NN", "compound", 3, "spokesman", "O"),
                   ("John", "PROPN", "NNP", "compound", 3, "John", "B-PERSON"),
                   ("Smith", "PROPN", "NNP", "nsubj", 4, "Smith", "I-PERSON"),
                   ("said", "VERB", "VBD", "ROOT", 4, "say", "O"),
                   (".", "PUNCT", ".", "punct", 4, ".", "O")]
PARTY_SPOKESMAN = [("Labour", "NOUN", "NN", "compound", 1, "labour", "B-ORG"), *FIELD_SPOKESMAN[1:]]


@pytest.mark.parametrize("rows, party", [(PORTFOLIO_SPOKESMAN, None), (FIELD_SPOKESMAN, None),
                                         (PARTY_SPOKESMAN, "Labour")],
                         ids=["home-affairs", "education", "labour-party"])
def test_relational_portfolio_before_a_title_is_no_party(frames_of, rows, party):
    """A field of government before "spokesman" is the remit, no organisation spoken for."""
    doc, frames = frames_of(rows)
    found = [f for f in frames if f.construction == "relational"]
    roles = [f for f in frames if f.construction.startswith("role")]
    if party is None:
        assert found == [] and roles == []
    else:
        assert [words(doc, f.arguments) for f in found] == [[party]]


CUSTOMER = [  # Ryanair, Boeing's customer, ordered planes.
    ("Ryanair", "PROPN", "NNP", "nsubj", 6, "Ryanair", "B-ORG"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("Boeing", "PROPN", "NNP", "poss", 4, "Boeing", "B-ORG"),
    ("'s", "PART", "POS", "case", 2, "'s", "O"),
    ("customer", "NOUN", "NN", "appos", 0, "customer", "O"),
    (",", "PUNCT", ",", "punct", 0, ",", "O"),
    ("ordered", "VERB", "VBD", "ROOT", 6, "order", "O"),
    ("planes", "NOUN", "NNS", "dobj", 6, "plane", "O"),
    (".", "PUNCT", ".", "punct", 6, ".", "O"),
]
PREPARER = [  # Boeing's tax preparer, Grant Fields, quit. (the firm's name typed as a place)
    ("Boeing", "PROPN", "NNP", "poss", 3, "Boeing", "B-ORG"),
    ("'s", "PART", "POS", "case", 0, "'s", "O"),
    ("tax", "NOUN", "NN", "compound", 3, "tax", "O"),
    ("preparer", "NOUN", "NN", "nsubj", 8, "preparer", "O"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("Grant", "PROPN", "NNP", "compound", 6, "Grant", "B-LOC"),
    ("Fields", "PROPN", "NNP", "appos", 3, "Fields", "I-LOC"),
    (",", "PUNCT", ",", "punct", 3, ",", "O"),
    ("quit", "VERB", "VBD", "ROOT", 8, "quit", "O"),
]


def _relational(doc):
    return [(t.subject.text, t.relation, t.object.text) for t in triples(doc) if t.rule == "relational"]


def test_relational_agent_noun_apposed_to_a_firm_relates_it_to_the_possessor(doc_of):
    assert _relational(doc_of(CUSTOMER)) == [("Ryanair", "customer of", "Boeing")]
    # the name after the noun, its compound kept, whatever type the tagger gave the firm
    assert _relational(doc_of(PREPARER)) == [("Grant Fields", "tax preparer of", "Boeing")]
    # "Boeing's former customer": the time qualifier stays
    former = [*CUSTOMER[:4], ("former", "ADJ", "JJ", "amod", 5, "former", "O"),
              *[(w, p, t, d, h + 1 if h >= 4 else h, le, e) for w, p, t, d, h, le, e in CUSTOMER[4:]]]
    former[0] = ("Ryanair", "PROPN", "NNP", "nsubj", 7, "Ryanair", "B-ORG")
    for n in (1, 2):
        former[n] = (*former[n][:4], 0 if former[n][3] == "punct" else 5, *former[n][5:])
    assert _relational(doc_of(former)) == [("Ryanair", "former customer of", "Boeing")]


@pytest.mark.parametrize("changes", [
    {"index": 0, "ent": "B-PERSON"},  # "John, Boeing's customer": a person's title is the role frames'
    {"index": 4, "word": "factory", "lemma": "factory"},  # no agent noun: "Boeing's factory" is left to other rules
    {"index": 2, "ent": "O", "pos": "NOUN", "tag": "NN", "word": "bank", "lemma": "bank"},  # "the bank's customer": a description
])
def test_relational_agent_noun_needs_a_firm_an_agent_noun_and_a_named_possessor(doc_of, changes):
    index = changes.pop("index")
    assert not [f for f in _relational(doc_of(_with(CUSTOMER, index, **changes))) if f[1].endswith("of")]


NEIGHBOURS = [  # Kenya's neighbours, Uganda and Tanzania, signed the deal.
    ("Kenya", "PROPN", "NNP", "poss", 2, "Kenya", "B-GPE"),
    ("'s", "PART", "POS", "case", 0, "'s", "O"),
    ("neighbours", "NOUN", "NNS", "nsubj", 8, "neighbour", "O"),
    (",", "PUNCT", ",", "punct", 2, ",", "O"),
    ("Uganda", "PROPN", "NNP", "appos", 2, "Uganda", "B-GPE"),
    ("and", "CCONJ", "CC", "cc", 4, "and", "O"),
    ("Tanzania", "PROPN", "NNP", "conj", 4, "Tanzania", "B-GPE"),
    (",", "PUNCT", ",", "punct", 2, ",", "O"),
    ("signed", "VERB", "VBD", "ROOT", 8, "sign", "O"),
    ("the", "DET", "DT", "det", 10, "the", "O"),
    ("deal", "NOUN", "NN", "dobj", 8, "deal", "O"),
    (".", "PUNCT", ".", "punct", 8, ".", "O"),
]
NEIGHBOURING = [  # Germany's neighbouring countries such as France protested.
    ("Germany", "PROPN", "NNP", "poss", 3, "Germany", "B-GPE"),
    ("'s", "PART", "POS", "case", 0, "'s", "O"),
    ("neighbouring", "NOUN", "NN", "compound", 3, "neighbouring", "O"),
    ("countries", "NOUN", "NNS", "nsubj", 7, "country", "O"),
    ("such", "ADJ", "JJ", "amod", 5, "such", "O"),
    ("as", "ADP", "IN", "prep", 3, "as", "O"),
    ("France", "PROPN", "NNP", "pobj", 5, "France", "B-GPE"),
    ("protested", "VERB", "VBD", "ROOT", 7, "protest", "O"),
]


def _places(doc):
    return [(t.subject.text, t.relation, t.object.text) for t in triples(doc) if t.rule == "place"]


def test_relational_named_neighbours_of_a_place_neighbour_it(doc_of):
    assert _places(doc_of(NEIGHBOURS)) == [("Uganda", "neighbours", "Kenya"), ("Tanzania", "neighbours", "Kenya")]
    assert _places(doc_of(NEIGHBOURING)) == [("France", "neighbours", "Germany")]
    # "Germany's neighbouring countries including France": "including" names members too
    including = _with(_with(NEIGHBOURING, 5, word="including", pos="VERB", tag="VBG", lemma="include"),
                      4, word="largely", pos="ADV", tag="RB", dep="advmod", head=7, lemma="largely")
    assert _places(doc_of(including)) == [("France", "neighbours", "Germany")]


@pytest.mark.parametrize("rows, index, changes, expected", [
    (NEIGHBOURING, 2, {"word": "wealthy", "pos": "ADJ", "tag": "JJ", "dep": "amod", "lemma": "wealthy"}, []),
    (NEIGHBOURING, 3, {"word": "firms", "lemma": "firm"}, []),  # "neighbouring firms": no places
    # a person is no neighbouring place; the place coordinated with it still is
    (NEIGHBOURS, 4, {"word": "Smith", "lemma": "Smith", "ent": "B-PERSON"}, [("Tanzania", "neighbours", "Kenya")]),
    (NEIGHBOURS, 0, {"word": "Our", "pos": "PRON", "tag": "PRP$", "lemma": "our", "ent": "O"}, []),  # no named place
])
def test_relational_neighbours_need_a_named_place_and_named_places(doc_of, rows, index, changes, expected):
    assert _places(doc_of(_with(rows, index, **changes))) == expected
