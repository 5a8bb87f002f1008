"""Antecedents on hand-built parses: when extract.coref resolves and when it abstains."""
from __future__ import annotations

from extract.coref import Resolver
from extract.mentions import NameIndex


def rows(spec: str):
    """Rows for make_doc from 'word/POS/TAG/dep/head/lemma/ent' items, one per line."""
    out = []
    for line in spec.strip().splitlines():
        word, pos, tag, dep, head, lemma, ent = line.split()
        out.append((word, pos, tag, dep, int(head), lemma, ent))
    return out


def resolve(doc, i):
    names = NameIndex(doc, "d")
    return [c.text for c in Resolver(doc, names).resolve(doc[i])]


# '"I informed him last night," Trump said.'
SPEAKER = rows('''
“      PUNCT ``  punct 2 “ O
I      PRON  PRP nsubj 2 I O
informed VERB VBD ccomp 7 inform O
him    PRON  PRP dobj 2 he O
last   ADJ   JJ  amod 5 last O
night  NOUN  NN  npadvmod 2 night O
,”     PUNCT ,   punct 7 , O
Trump  PROPN NNP nsubj 8 Trump B-PERSON
said   VERB  VBD ROOT 8 say O
.      PUNCT .   punct 8 . O
''')


def test_coref_first_person_in_quote_is_the_speaker(doc_of):
    spec = [list(r) for r in SPEAKER]
    # heads above are written for readability; fix them to the real indices
    heads = [2, 2, 8, 2, 5, 2, 8, 8, 8, 8]
    doc = doc_of([(r[0], r[1], r[2], r[3], h, r[5], r[6]) for r, h in zip(spec, heads)])
    assert resolve(doc, 1) == ["Trump"]


def test_coref_first_person_outside_quote_stays_unresolved(doc_of):
    doc = doc_of(rows('''
I     PRON  PRP nsubj 1 I O
met   VERB  VBD ROOT 1 meet O
Trump PROPN NNP dobj 1 Trump B-PERSON
.     PUNCT .   punct 1 . O
'''))
    assert resolve(doc, 0) == []


def test_coref_it_skips_over_a_common_noun_and_abstains(doc_of):
    # "Google drafted a letter and sent it." : "it" is the letter, not Google
    doc = doc_of(rows('''
Google  PROPN NNP nsubj 1 Google B-ORG
drafted VERB  VBD ROOT 1 draft O
a       DET   DT  det 3 a O
letter  NOUN  NN  dobj 1 letter O
and     CCONJ CC  cc 1 and O
sent    VERB  VBD conj 1 send O
it      PRON  PRP dobj 5 it O
.       PUNCT .   punct 1 . O
'''))
    assert resolve(doc, 6) == []


def test_coref_it_resolves_when_no_noun_intervenes(doc_of):
    doc = doc_of(rows('''
Google PROPN NNP nsubj 1 Google B-ORG
said   VERB  VBD ROOT 1 say O
it     PRON  PRP nsubj 3 it O
won    VERB  VBD ccomp 1 win O
.      PUNCT .   punct 1 . O
'''))
    assert resolve(doc, 2) == ["Google"]


def test_coref_she_prefers_a_woman_over_a_name_of_unknown_gender(doc_of):
    # "Xq Zz thanked Nancy Pelosi. She left." : "She" is Pelosi, not the subject of unknown gender
    doc = doc_of(rows('''
Xq      PROPN NNP compound 1 Xq B-PERSON
Zz      PROPN NNP nsubj 2 Zz I-PERSON
thanked VERB  VBD ROOT 2 thank O
Nancy   PROPN NNP compound 4 Nancy B-PERSON
Pelosi  PROPN NNP dobj 2 Pelosi I-PERSON
.       PUNCT .   punct 2 . O
She     PRON  PRP nsubj 7 she O
left    VERB  VBD ROOT 7 leave O
.       PUNCT .   punct 7 . O
'''))
    assert resolve(doc, 6) == ["Nancy Pelosi"]


def test_coref_he_abstains_between_two_men_when_best_is_no_subject(doc_of):
    # "The minister met John Smith and Peter Jones, where he spoke."
    doc = doc_of(rows('''
The      DET   DT  det 1 the O
minister NOUN  NN  nsubj 2 minister O
met      VERB  VBD ROOT 2 meet O
John     PROPN NNP compound 4 John B-PERSON
Smith    PROPN NNP dobj 2 Smith I-PERSON
and      CCONJ CC  cc 4 and O
Peter    PROPN NNP compound 7 Peter B-PERSON
Jones    PROPN NNP conj 4 Jones I-PERSON
,        PUNCT ,   punct 2 , O
where    SCONJ WRB advmod 11 where O
he       PRON  PRP nsubj 11 he O
spoke    VERB  VBD advcl 2 speak O
.        PUNCT .   punct 2 . O
'''))
    assert resolve(doc, 10) == []


def test_coref_the_country_abstains_with_two_states_in_view(doc_of):
    doc = doc_of(rows('''
Russia   PROPN NNP nsubj 1 Russia B-GPE
thanked  VERB  VBD ROOT 1 thank O
France   PROPN NNP dobj 1 France B-GPE
.        PUNCT .   punct 1 . O
The      DET   DT  det 5 the O
country  NOUN  NN  nsubj 6 country O
agreed   VERB  VBD ROOT 6 agree O
.        PUNCT .   punct 6 . O
'''))
    assert resolve(doc, 5) == []



def test_coref_organisation_noun_is_no_role_description(doc_of):
    # "Club manager Alex Ferguson spoke. The club lost." : "the club" is not Ferguson
    doc = doc_of(rows('''
Club     NOUN  NN  compound 1 club O
manager  NOUN  NN  compound 3 manager O
Alex     PROPN NNP compound 3 Alex B-PERSON
Ferguson PROPN NNP nsubj 4 Ferguson I-PERSON
spoke    VERB  VBD ROOT 4 speak O
.        PUNCT .   punct 4 . O
The      DET   DT  det 7 the O
club     NOUN  NN  nsubj 8 club O
lost     VERB  VBD ROOT 8 lose O
'''))
    assert resolve(doc, 7) == []
    assert resolve(doc_of(rows('''
Club     NOUN  NN  compound 1 club O
manager  NOUN  NN  compound 3 manager O
Alex     PROPN NNP compound 3 Alex B-PERSON
Ferguson PROPN NNP nsubj 4 Ferguson I-PERSON
spoke    VERB  VBD ROOT 4 speak O
.        PUNCT .   punct 4 . O
The      DET   DT  det 7 the O
manager  NOUN  NN  nsubj 8 manager O
lost     VERB  VBD ROOT 8 lose O
''')), 7) == ["Alex Ferguson"]


def test_coref_the_bank_is_the_organisation_named_bank(doc_of):
    doc = doc_of(rows('''
The      DET   DT  det 1 the O
Bank     PROPN NNP nsubj 4 Bank B-ORG
of       ADP   IN  prep 1 of I-ORG
England  PROPN NNP pobj 2 England I-ORG
held     VERB  VBD ROOT 4 hold O
rates    NOUN  NNS dobj 4 rate O
.        PUNCT .   punct 4 . O
The      DET   DT  det 8 the O
bank     NOUN  NN  nsubj 9 bank O
waited   VERB  VBD ROOT 9 wait O
.        PUNCT .   punct 9 . O
'''))
    assert resolve(doc, 8) == ["Bank of England"]


def test_coref_the_company_abstains_with_two_organisations_in_view(doc_of):
    doc = doc_of(rows('''
Acme     PROPN NNP nsubj 1 Acme B-ORG
bought   VERB  VBD ROOT 1 buy O
Zeta     PROPN NNP dobj 1 Zeta B-ORG
.        PUNCT .   punct 1 . O
The      DET   DT  det 5 the O
company  NOUN  NN  nsubj 6 company O
grew     VERB  VBD ROOT 6 grow O
.        PUNCT .   punct 6 . O
'''))
    assert resolve(doc, 5) == []
    one = doc_of(rows('''
Acme     PROPN NNP nsubj 1 Acme B-ORG
grew     VERB  VBD ROOT 1 grow O
.        PUNCT .   punct 1 . O
The      DET   DT  det 4 the O
company  NOUN  NN  nsubj 5 company O
hired    VERB  VBD ROOT 5 hire O
.        PUNCT .   punct 5 . O
'''))
    assert resolve(one, 4) == ["Acme"]


def test_coref_it_after_a_common_noun_topic_abstains(doc_of):
    # "The delegation met, Reuters reported. It was led by Jones."
    doc = doc_of(rows('''
The        DET   DT  det 1 the O
delegation NOUN  NN  nsubj 2 delegation O
met        VERB  VBD ccomp 5 meet O
,          PUNCT ,   punct 5 , O
Reuters    PROPN NNP nsubj 5 Reuters B-ORG
reported   VERB  VBD ROOT 5 report O
.          PUNCT .   punct 5 . O
It         PRON  PRP nsubjpass 9 it O
was        AUX   VBD auxpass 9 be O
led        VERB  VBN ROOT 9 lead O
'''))
    assert resolve(doc, 7) == []


def test_coref_he_in_a_quote_is_not_its_speaker(doc_of):
    # 'Duda spoke. "I pray for his health," Duda said.' -- "his" is someone else, not Duda
    doc = doc_of(rows('''
Duda   PROPN NNP nsubj 1 Duda B-PERSON
spoke  VERB  VBD ROOT 1 speak O
.      PUNCT .   punct 1 . O
“      PUNCT ``  punct 5 “ O
I      PRON  PRP nsubj 5 I O
pray   VERB  VBP ccomp 11 pray O
for    ADP   IN  prep 5 for O
his    PRON  PRP$ poss 8 his O
health NOUN  NN  pobj 6 health O
,”     PUNCT ,   punct 11 , O
Duda   PROPN NNP nsubj 11 Duda B-PERSON
said   VERB  VBD ROOT 11 say O
'''))
    assert resolve(doc, 7) == [] and resolve(doc, 4) == ["Duda"]


def test_coref_reflexive_binds_to_its_clause_subject_not_the_nearest_name(doc_of):
    # "Acme sued Zeta and defended itself." : recency would give Zeta; binding gives Acme
    doc = doc_of(rows('''
Acme     PROPN NNP nsubj 1 Acme B-ORG
sued     VERB  VBD ROOT 1 sue O
Zeta     PROPN NNP dobj 1 Zeta B-ORG
and      CCONJ CC  cc 1 and O
defended VERB  VBD conj 1 defend O
itself   PRON  PRP dobj 4 itself O
.        PUNCT .   punct 1 . O
'''))
    assert resolve(doc, 5) == ["Acme"]


def test_coref_reflexive_that_does_not_fit_its_subject_abstains(doc_of):
    # "Acme sued Tom Jones and defended himself." : the subject is no person
    doc = doc_of(rows('''
Acme     PROPN NNP nsubj 1 Acme B-ORG
sued     VERB  VBD ROOT 1 sue O
Tom      PROPN NNP compound 3 Tom B-PERSON
Jones    PROPN NNP dobj 1 Jones I-PERSON
and      CCONJ CC  cc 1 and O
defended VERB  VBD conj 1 defend O
himself  PRON  PRP dobj 5 himself O
.        PUNCT .   punct 1 . O
'''))
    assert resolve(doc, 6) == []


def test_coref_quote_speaker_named_in_an_apposition(doc_of):
    # 'The leader, Tom Jones, said "I agree."'; "we" would be his side, left unresolved
    spec = '''
The     DET   DT  det 1 the O
leader  NOUN  NN  nsubj 6 leader O
,       PUNCT ,   punct 1 , O
Tom     PROPN NNP compound 4 Tom B-PERSON
Jones   PROPN NNP appos 1 Jones I-PERSON
,       PUNCT ,   punct 1 , O
said    VERB  VBD ROOT 6 say O
“       PUNCT ``  punct 9 “ O
{word}  PRON  PRP nsubj 9 {word} O
agree   VERB  VBP ccomp 6 agree O
.”      PUNCT .   punct 6 . O
'''
    assert resolve(doc_of(rows(spec.format(word="I"))), 8) == ["Tom Jones"]
    assert resolve(doc_of(rows(spec.format(word="We"))), 8) == []


QUOTES = '''
“      PUNCT ``  punct 2 “ O
I      PRON  PRP nsubj 2 I O
left   VERB  VBD ccomp 5 leave O
,”     PUNCT ,   punct 5 , O
Jones  PROPN NNP nsubj 5 Jones B-PERSON
said   VERB  VBD ROOT 5 say O
.      PUNCT .   punct 5 . O
“      PUNCT ``  punct 9 “ O
I      PRON  PRP nsubj 9 I O
regret VERB  VBP ROOT 9 regret O
it     PRON  PRP dobj 9 it O
.”     PUNCT .   punct 9 . O
Smith  PROPN NNP nsubj 14 Smith B-PERSON
said   VERB  VBD ROOT 14 say O
,      PUNCT ,   punct 14 , O
“      PUNCT ``  punct 17 “ O
No     INTJ  UH  ccomp 14 no O
.”     PUNCT .   punct 14 . O
'''


def test_coref_a_continued_quote_keeps_its_speaker(doc_of):
    # '"I left," Jones said. "I regret it." Smith said, "No."' : the second "I" is Jones,
    # not Smith, whose speech verb introduces a quotation of its own
    doc = doc_of(rows(QUOTES))
    assert resolve(doc, 8) == ["Jones"]


def test_coref_next_sentence_speaker_attributes_an_unattributed_quote(doc_of):
    # '"I regret it." Smith added.' : without a quotation of its own, the next sentence attributes
    doc = doc_of(rows('''
“      PUNCT ``  punct 2 “ O
I      PRON  PRP nsubj 2 I O
regret VERB  VBP ROOT 2 regret O
it     PRON  PRP dobj 2 it O
.”     PUNCT .   punct 2 . O
Smith  PROPN NNP nsubj 6 Smith B-PERSON
added  VERB  VBD ROOT 6 add O
.      PUNCT .   punct 6 . O
'''))
    assert resolve(doc, 1) == ["Smith"]


def test_coref_he_in_a_quote_is_not_its_speaker_under_a_shorter_name(doc_of):
    # 'Dick Durbin spoke. Durbin said "he lied."' : "he" is not Durbin
    doc = doc_of(rows('''
Dick   PROPN NNP compound 1 Dick B-PERSON
Durbin PROPN NNP nsubj 2 Durbin I-PERSON
spoke  VERB  VBD ROOT 2 speak O
.      PUNCT .   punct 2 . O
Durbin PROPN NNP nsubj 5 Durbin B-PERSON
said   VERB  VBD ROOT 5 say O
“      PUNCT ``  punct 8 “ O
he     PRON  PRP nsubj 8 he O
lied   VERB  VBD ccomp 5 lie O
.”     PUNCT .   punct 5 . O
'''))
    assert resolve(doc, 7) == []


def test_coref_a_number_before_a_fraction_is_no_group(doc_of):
    # "Russia thanked France. Two thirds of senators voted." : no pair of states
    doc = doc_of(rows('''
Russia   PROPN NNP nsubj 1 Russia B-GPE
thanked  VERB  VBD ROOT 1 thank O
France   PROPN NNP dobj 1 France B-GPE
.        PUNCT .   punct 1 . O
Two      NUM   CD  nummod 5 two O
thirds   NOUN  NNS nsubj 8 third O
of       ADP   IN  prep 5 of O
senators NOUN  NNS pobj 6 senator O
voted    VERB  VBD ROOT 8 vote O
'''))
    assert resolve(doc, 5) == []
    both = doc_of(rows('''
Russia   PROPN NNP nsubj 1 Russia B-GPE
thanked  VERB  VBD ROOT 1 thank O
France   PROPN NNP dobj 1 France B-GPE
.        PUNCT .   punct 1 . O
Both     DET   DT  det 5 both O
countries NOUN NNS nsubj 6 country O
agreed   VERB  VBD ROOT 6 agree O
'''))
    assert sorted(resolve(both, 5)) == ["France", "Russia"]


def test_coref_a_plural_organisation_noun_is_no_one_organisation(doc_of):
    # "The House Judiciary Committee met. The committees waited."
    doc = doc_of(rows('''
The        DET   DT  det 3 the O
House      PROPN NNP compound 3 House B-ORG
Judiciary  PROPN NNP compound 3 Judiciary I-ORG
Committee  PROPN NNP nsubj 4 Committee I-ORG
met        VERB  VBD ROOT 4 meet O
.          PUNCT .   punct 4 . O
The        DET   DT  det 7 the O
committees NOUN  NNS nsubj 8 committee O
waited     VERB  VBD ROOT 8 wait O
'''))
    assert resolve(doc, 7) == []


def test_coref_a_capitalised_title_is_a_role_description(doc_of):
    # "President Tom Jones spoke. The President left." : "The President" is Jones
    doc = doc_of(rows('''
President PROPN NNP compound 2 President O
Tom       PROPN NNP compound 2 Tom B-PERSON
Jones     PROPN NNP nsubj 3 Jones I-PERSON
spoke     VERB  VBD ROOT 3 speak O
.         PUNCT .   punct 3 . O
The       DET   DT  det 6 the O
President PROPN NNP nsubj 7 President O
left      VERB  VBD ROOT 7 leave O
'''))
    assert resolve(doc, 6) == ["Tom Jones"]


def test_coref_it_abstains_when_the_name_sits_in_a_clause_about_a_common_noun(doc_of):
    # "The treaty helps Europe, and it works." : "it" is the treaty, not Europe
    doc = doc_of(rows('''
The     DET   DT  det 1 the O
treaty  NOUN  NN  nsubj 2 treaty O
helps   VERB  VBZ ROOT 2 help O
Europe  PROPN NNP dobj 2 Europe B-LOC
,       PUNCT ,   punct 2 , O
and     CCONJ CC  cc 2 and O
it      PRON  PRP nsubj 7 it O
works   VERB  VBZ conj 2 work O
'''))
    assert resolve(doc, 6) == []


def test_coref_he_after_an_unnamed_person_subject_abstains(doc_of):
    # "Baracoa Smith fled. The bus driver said he lost control."
    doc = doc_of(rows('''
Baracoa PROPN NNP compound 1 Baracoa B-PERSON
Smith   PROPN NNP nsubj 2 Smith I-PERSON
fled    VERB  VBD ROOT 2 flee O
.       PUNCT .   punct 2 . O
The     DET   DT  det 6 the O
bus     NOUN  NN  compound 6 bus O
driver  NOUN  NN  nsubj 7 driver O
said    VERB  VBD ROOT 7 say O
he      PRON  PRP nsubj 9 he O
lost    VERB  VBD ccomp 7 lose O
control NOUN  NN  dobj 9 control O
'''))
    assert resolve(doc, 8) == []


def test_coref_named_group_description_abstains(doc_of):
    # "Russia and Japan met. The G8 countries agreed." : the G8 is named, not the pair
    doc = doc_of(rows('''
Russia    PROPN NNP nsubj 3 Russia B-GPE
and       CCONJ CC  cc 0 and O
Japan     PROPN NNP conj 0 Japan B-GPE
met       VERB  VBD ROOT 3 meet O
.         PUNCT .   punct 3 . O
The       DET   DT  det 7 the O
G8        PROPN NNP compound 7 G8 B-ORG
countries NOUN  NNS nsubj 8 country O
agreed    VERB  VBD ROOT 8 agree O
'''))
    assert resolve(doc, 7) == []
