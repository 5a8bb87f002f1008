"""Names and concepts on hand-built parses (extract.mentions)."""
from __future__ import annotations

from extract.mentions import NameIndex
from tests.extract.test_coref import rows


def test_mentions_name_tagged_once_is_found_again_untagged(doc_of):
    # "Nancy Pelosi spoke. Pelosi left." with the second "Pelosi" missed by NER
    doc = doc_of(rows('''
Nancy  PROPN NNP compound 1 Nancy B-PERSON
Pelosi PROPN NNP nsubj 2 Pelosi I-PERSON
spoke  VERB  VBD ROOT 2 speak O
.      PUNCT .   punct 2 . O
Pelosi PROPN NNP nsubj 5 Pelosi O
left   VERB  VBD ROOT 5 leave O
.      PUNCT .   punct 5 . O
'''))
    names = NameIndex(doc, "d")
    span = names.entity_at(4)
    assert span is not None and span.text == "Pelosi" and span.label == "PERSON"


def test_mentions_common_word_spelled_like_a_name_is_not_tagged(doc_of):
    # "Mark Smith spoke. Mark the date." : the verb "Mark" is no name (not a proper noun)
    doc = doc_of(rows('''
Mark   PROPN NNP compound 1 Mark B-PERSON
Smith  PROPN NNP nsubj 2 Smith I-PERSON
spoke  VERB  VBD ROOT 2 speak O
.      PUNCT .   punct 2 . O
Smith  VERB  VB  ROOT 4 smith O
the    DET   DT  det 6 the O
date   NOUN  NN  dobj 4 date O
'''))
    assert NameIndex(doc, "d").entity_at(4) is None


def test_mentions_unnamed_actor_noun_is_no_concept_but_modified_one_is(doc_of):
    doc = doc_of(rows('''
Officials NOUN NNS nsubj 1 official O
met       VERB VBD ROOT 1 meet O
Thai      ADJ  JJ  amod 3 thai O
officials NOUN NNS dobj 1 official O
and       CCONJ CC cc 3 and O
the       DET  DT  det 6 the O
company   NOUN NN  conj 3 company O
'''))
    names = NameIndex(doc, "d")
    assert names.concept(doc[0]) is None and names.concept(doc[6]) is None
    assert names.concept(doc[3]).text.lower() == "thai officials"


def test_mentions_empty_object_noun_is_no_concept(doc_of):
    doc = doc_of(rows('''
She    PRON PRP nsubj 1 she O
held   VERB VBD ROOT 1 hold O
the    DET  DT  det 3 the O
position NOUN NN dobj 1 position O
'''))
    assert NameIndex(doc, "d").concept(doc[3]) is None



def test_mentions_concept_keeps_a_split_hyphenated_word(doc_of):
    # "the right-wing" tokenised right / - / wing, "-" hung on "wing" as punctuation
    doc = doc_of(rows('''
the   DET   DT   det 3 the O
right ADJ   JJ   amod 3 right O
-     PUNCT HYPH punct 3 - O
wing  NOUN  NN   nsubj 4 wing O
won   VERB  VBD  ROOT 4 win O
'''))
    assert NameIndex(doc, "d").concept(doc[3]).text == "right-wing"


def test_mentions_organisation_noun_named_by_its_compound(doc_of):
    doc = doc_of(rows('''
Glazer PROPN NNP nsubj 1 Glazer B-PERSON
owns   VERB  VBZ ROOT 1 own O
the    DET   DT  det 5 the O
Tampa  PROPN NNP compound 4 Tampa B-ORG
Bucs   PROPN NNP compound 5 Bucs I-ORG
team   NOUN  NN  dobj 1 team O
and    CCONJ CC  cc 5 and O
the    DET   DT  det 9 the O
UK     PROPN NNP compound 9 UK B-GPE
report NOUN  NN  conj 5 report O
'''))
    names = NameIndex(doc, "d")
    assert names.mention_for(doc[5]).text == "Tampa Bucs"
    assert names.mention_for(doc[9]).text == "report"  # not a state body: stays a concept


def test_mentions_definite_bare_noun_takes_up_the_earlier_fuller_phrase(doc_of):
    # "Lam withdrew the extradition bill. Critics opposed the bill. Critics opposed a bill."
    doc = doc_of(rows('''
Lam        PROPN NNP nsubj 1 Lam B-PERSON
withdrew   VERB  VBD ROOT 1 withdraw O
the        DET   DT  det 4 the O
extradition NOUN NN  compound 4 extradition O
bill       NOUN  NN  dobj 1 bill O
.          PUNCT .   punct 1 . O
Critics    NOUN  NNS nsubj 7 critic O
opposed    VERB  VBD ROOT 7 oppose O
the        DET   DT  det 9 the O
bill       NOUN  NN  dobj 7 bill O
.          PUNCT .   punct 7 . O
Critics    NOUN  NNS nsubj 12 critic O
opposed    VERB  VBD ROOT 12 oppose O
a          DET   DT  det 14 a O
bill       NOUN  NN  dobj 12 bill O
'''))
    names = NameIndex(doc, "d")
    later = names.concept(doc[9])
    assert later.text == "extradition bill" and later.antecedent_of == "the bill"
    assert names.concept(doc[14]).text == "bill"  # "a bill" is a new one


def test_mentions_bare_noun_keeps_its_specifying_complement(doc_of):
    doc = doc_of(rows('''
Congress PROPN NNP nsubj 1 Congress B-ORG
denied   VERB  VBD ROOT 1 deny O
funding  NOUN  NN  dobj 1 funding O
for      ADP   IN  prep 2 for O
a        DET   DT  det 5 a O
wall     NOUN  NN  pobj 3 wall O
'''))
    mention = NameIndex(doc, "d").concept(doc[2])
    assert mention.text == "funding for a wall" == doc.text[mention.start:mention.end]


def test_mentions_demonym_government_is_the_state(doc_of):
    doc = doc_of(rows('''
the        DET   DT  det 2 the O
Chinese    ADJ   JJ  amod 2 chinese B-NORP
government NOUN  NN  nsubj 3 government O
spoke      VERB  VBD ROOT 3 speak O
'''))
    assert NameIndex(doc, "d").mention_for(doc[2]).text == "Chinese"


def test_mentions_entity_loses_a_trailing_dash_and_conjunction(doc_of):
    doc = doc_of(rows('''
He     PRON  PRP nsubj 1 he O
left   VERB  VBD ROOT 1 leave O
Acme   PROPN NNP compound 3 Acme B-ORG
School PROPN NNP dobj 1 School I-ORG
-      PUNCT :   punct 3 - I-ORG
and    CCONJ CC  cc 1 and I-ORG
'''))
    assert [s.text for s in NameIndex(doc, "d").spans] == ["Acme School"]


def test_mentions_surname_tagged_as_organisation_is_the_person(doc_of):
    doc = doc_of(rows('''
Nancy  PROPN NNP compound 1 Nancy B-PERSON
Pelosi PROPN NNP nsubj 2 Pelosi I-PERSON
spoke  VERB  VBD ROOT 2 speak O
.      PUNCT .   punct 2 . O
Pelosi PROPN NNP nsubj 5 Pelosi B-ORG
left   VERB  VBD ROOT 5 leave O
'''))
    assert NameIndex(doc, "d").entity_at(4).label == "PERSON"
