"""Antecedents on hand-built parses: when extract.coref resolves and when it abstains."""
from __future__ import annotations

import pytest

from extract.coref import AMBIGUOUS_SCORE, DISTANT_SCORE, SURE_PRONOUN_SCORE, UNIQUE_ROLE_SCORE, Resolver
from extract.mentions import NameIndex


def rows(spec: str):
    """Rows for make_doc from 'word/POS/TAG/dep/head/lemma/ent' items, one per line."""
    out = []
    for line in filter(str.strip, spec.strip().splitlines()):
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


# Police raided Acme and Lee quit the company .
RAIDED = rows('''
Police   NOUN  NNS nsubj 1 police O
raided   VERB  VBD ROOT 1 raid O
Acme     PROPN NNP dobj 1 Acme B-ORG
and      CCONJ CC  cc 1 and O
Lee      PROPN NNP nsubj 5 Lee B-PERSON
quit     VERB  VBD conj 1 quit O
the      DET   DT  det 7 the O
company  NOUN  NN  dobj 5 company O
.        PUNCT .   punct 1 . O
''')


def test_coref_the_company_is_the_one_organisation_named_earlier_in_its_sentence(doc_of):
    assert resolve(doc_of(RAIDED), 7) == ["Acme"]


def test_coref_the_company_of_the_sentence_needs_an_argument_name_in_another_clause(doc_of):
    # "Police raided an Acme office and Lee quit the company": a name that only modifies
    # another noun may be no organisation at all
    office = [*RAIDED[:2], ("an", "DET", "DT", "det", 4, "an", "O"), ("Acme", "PROPN", "NNP", "compound", 4, "Acme", "B-ORG"),
              ("office", "NOUN", "NN", "dobj", 1, "office", "O"),
              *[(w, p, t, d, h + 2, lem, e) for w, p, t, d, h, lem, e in RAIDED[3:]]]
    assert resolve(doc_of(office), 9) == []
    # "Police raided Acme. Lee quit the company.": a non-subject of another sentence is too far
    apart = [*RAIDED[:3], (".", "PUNCT", ".", "punct", 1, ".", "O"),
             ("Lee", "PROPN", "NNP", "nsubj", 5, "Lee", "B-PERSON"), ("quit", "VERB", "VBD", "ROOT", 5, "quit", "O"),
             *[(w, p, t, d, 5 if h == 5 else h, lem, e) for w, p, t, d, h, lem, e in RAIDED[6:8]],
             (".", "PUNCT", ".", "punct", 5, ".", "O")]
    assert resolve(doc_of(apart), 7) == []
    # "Police told Acme the company ...": two arguments of one clause are two things
    same = [*RAIDED[:3], ("the", "DET", "DT", "det", 4, "the", "O"), ("company", "NOUN", "NN", "dobj", 1, "company", "O"),
            (".", "PUNCT", ".", "punct", 1, ".", "O")]
    assert resolve(doc_of(same), 4) == []


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
    # 'The leader, Tom Jones, said "I agree."'; a leader's "we" is his side, of which he is one
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
    assert resolve(doc_of(rows(spec.format(word="We"))), 8) == ["Tom Jones"]


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


def test_coref_clause_subject_binds_its_possessive_over_an_earlier_man(doc_of):
    # "Joe Biden spoke. Xq Zz continued his bid." : "his" is the subject of its clause,
    # though its gender is unknown and a man was named a sentence before
    doc = doc_of(rows('''
Joe       PROPN NNP compound 1 Joe B-PERSON
Biden     PROPN NNP nsubj 2 Biden I-PERSON
spoke     VERB  VBD ROOT 2 speak O
.         PUNCT .   punct 2 . O
Xq        PROPN NNP compound 5 Xq B-PERSON
Zz        PROPN NNP nsubj 6 Zz I-PERSON
continued VERB  VBD ROOT 6 continue O
his       PRON  PRP$ poss 8 his O
bid       NOUN  NN  dobj 6 bid O
.         PUNCT .   punct 6 . O
'''))
    assert resolve(doc, 7) == ["Xq Zz"]


def test_coref_clause_subject_does_not_bind_past_another_person(doc_of):
    # "Joe Biden spoke. Xq Zz praised Kim Jong-un for his work." : Kim stands between
    doc = doc_of(rows('''
Joe       PROPN NNP compound 1 Joe B-PERSON
Biden     PROPN NNP nsubj 2 Biden I-PERSON
spoke     VERB  VBD ROOT 2 speak O
.         PUNCT .   punct 2 . O
Xq        PROPN NNP compound 5 Xq B-PERSON
Zz        PROPN NNP nsubj 6 Zz I-PERSON
praised   VERB  VBD ROOT 6 praise O
Qx        PROPN NNP compound 8 Qx B-PERSON
Wy        PROPN NNP dobj 6 Wy I-PERSON
for       ADP   IN  prep 6 for O
his       PRON  PRP$ poss 11 his O
work      NOUN  NN  pobj 9 work O
.         PUNCT .   punct 6 . O
'''))
    assert resolve(doc, 10) != ["Xq Zz"]


def test_coref_honorific_inside_the_name_gives_the_gender(doc_of):
    # "Princess Xq Zz met Joe Biden. She smiled." : the tagger took the title into the name
    doc = doc_of(rows('''
Princess PROPN NNP compound 2 Princess B-PERSON
Xq       PROPN NNP compound 2 Xq I-PERSON
Zz       PROPN NNP nsubj 3 Zz I-PERSON
met      VERB  VBD ROOT 3 meet O
Joe      PROPN NNP compound 5 Joe B-PERSON
Biden    PROPN NNP dobj 3 Biden I-PERSON
.        PUNCT .   punct 3 . O
She      PRON  PRP nsubj 8 she O
smiled   VERB  VBD ROOT 8 smile O
.        PUNCT .   punct 8 . O
'''))
    (found,) = resolve(doc, 7)
    assert "Zz" in found


def _quote(subject_rows: str, subject_head: int):
    """'“We made a plea,” <subject> said.' with the subject's rows; heads are absolute."""
    n = len(subject_rows.strip().splitlines())
    said = 6 + n
    return rows(f'''
“      PUNCT ``  punct 2 “ O
We     PRON  PRP nsubj 2 we O
made   VERB  VBD ccomp {said} make O
a      DET   DT  det 4 a O
plea   NOUN  NN  dobj 2 plea O
,”     PUNCT ,   punct {said} , O
{subject_rows.strip()}
said   VERB  VBD ROOT {said} say O
.      PUNCT .   punct {said} . O
''')


@pytest.mark.parametrize("subject, head, expected", [
    # a named speaker is one of "we"
    ("Xq PROPN NNP compound 7 Xq B-PERSON\nZz PROPN NNP nsubj 8 Zz I-PERSON", 7, ["Xq Zz"]),
    # an organisation speaks as "we" itself
    ("Acme PROPN NNP nsubj 7 Acme B-ORG", 6, ["Acme"]),
    # a spokesman's "we" is the organisation he speaks for
    ("an DET DT det 7 an O\nAcme PROPN NNP compound 8 Acme B-ORG\nspokesman NOUN NN nsubj 9 spokesman O", 8, ["Acme"]),
    # a party leader's "we" is not the organisation in his title: the speaker himself
    ("Senate PROPN NNP compound 7 Senate B-ORG\nleader NOUN NN compound 9 leader O\n"
     "Xq PROPN NNP compound 9 Xq B-PERSON\nZz PROPN NNP nsubj 10 Zz I-PERSON", 9, ["Xq Zz"]),
    # an unnamed speaker: unresolved
    ("an DET DT det 7 an O\nofficial NOUN NN nsubj 8 official O", 7, []),
])
def test_coref_we_in_a_quotation_is_the_speakers_side(doc_of, subject, head, expected):
    assert resolve(doc_of(_quote(subject, head)), 1) == expected


def test_coref_us_in_a_quotation_is_no_named_persons(doc_of):
    """'“They will leave us,” <speaker> said.': a person is one of "we" who act, but what is
    done to "us" is done to a side or everyone; an organisation's "us" stays itself."""
    def quote(subject: str) -> list:
        return rows(f'''
“      PUNCT ``  punct 2 “ O
They   PRON  PRP nsubj 2 they O
leave  VERB  VBP ccomp 6 leave O
us     PRON  PRP dobj 2 us O
,”     PUNCT ,   punct 6 , O
{subject}
said   VERB  VBD ROOT 6 say O
.      PUNCT .   punct 6 . O
''')
    assert resolve(doc_of(quote("Xq PROPN NNP nsubj 6 Xq B-PERSON")), 3) == []
    assert resolve(doc_of(quote("Acme PROPN NNP nsubj 6 Acme B-ORG")), 3) == ["Acme"]


def test_coref_we_outside_a_quotation_stays_unresolved(doc_of):
    doc = doc_of(rows('''
Acme  PROPN NNP nsubj 1 Acme B-ORG
said  VERB  VBD ROOT 1 say O
we    PRON  PRP nsubj 3 we O
won   VERB  VBD ccomp 1 win O
.     PUNCT .   punct 1 . O
'''))
    assert resolve(doc, 2) == []


def _role_doc(doc_of, second_president: bool):
    """'President Joe Biden spoke[ with President Xq Zz]. The president left.'"""
    extra = '''
with      ADP   IN  prep 3 with O
President PROPN NNP compound 7 President O
Xq        PROPN NNP compound 7 Xq B-PERSON
Zz        PROPN NNP pobj 4 Zz I-PERSON''' if second_president else ""
    n = 4 if second_president else 0
    return doc_of(rows(f'''
President PROPN NNP compound 2 President O
Joe       PROPN NNP compound 2 Joe B-PERSON
Biden     PROPN NNP nsubj 3 Biden I-PERSON
spoke     VERB  VBD ROOT 3 speak O{extra}
.         PUNCT .   punct 3 . O
The       DET   DT  det {6 + n} the O
president NOUN  NN  nsubj {7 + n} president O
left      VERB  VBD ROOT {7 + n} leave O
.         PUNCT .   punct {7 + n} . O
'''))


def test_coref_a_role_only_one_person_holds_resolves_surely(doc_of):
    doc = _role_doc(doc_of, second_president=False)
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert [c.text for c in resolver.resolve(doc[6])] == ["Joe Biden"]
    assert resolver.score(doc[6]) == UNIQUE_ROLE_SCORE


def test_coref_a_role_two_people_hold_keeps_the_default_score(doc_of):
    doc = _role_doc(doc_of, second_president=True)
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert resolver.resolve(doc[10])
    assert resolver.score(doc[10]) is None


_PAIR = '''
Xq       PROPN NNP compound 1 Xq B-PERSON
Zz       PROPN NNP nsubj 5 Zz I-PERSON
and      CCONJ CC  cc 1 and O
Qx       PROPN NNP compound 4 Qx B-PERSON
Wy       PROPN NNP conj 1 Wy I-PERSON
met      VERB  VBD ROOT 5 meet O
{between}.        PUNCT .   punct 5 . O
The      DET   DT  det {duo_head} the O
Irish    ADJ   JJ  amod {duo_head} Irish B-NORP
duo      NOUN  NN  nsubj {verb} duo O
left     VERB  VBD ROOT {verb} leave O
.        PUNCT .   punct {verb} . O
'''


def test_coref_the_duo_is_the_last_two_coordinated_names(doc_of):
    # "Xq Zz and Qx Wy met. The Irish duo left." : the demonym describes the pair itself
    doc = doc_of(rows(_PAIR.format(between="", duo_head=9, verb=10)))
    assert resolve(doc, 9) == ["Xq Zz", "Qx Wy"]


def test_coref_the_duo_abstains_past_another_name(doc_of):
    # "Xq Zz and Qx Wy met Acme. The Irish duo left." : Acme, named after them, could belong
    between = "Acme     PROPN NNP dobj 5 Acme B-ORG\n"
    doc = doc_of(rows(_PAIR.format(between=between, duo_head=10, verb=11)))
    assert resolve(doc, 10) == []


def test_coref_his_beside_a_coordinated_name_is_that_person(doc_of):
    # "Donald Smith asked Peter Jones and his son." : the son is Jones's, not the subject's
    doc = doc_of(rows('''
Donald PROPN NNP compound 1 Donald B-PERSON
Smith  PROPN NNP nsubj 2 Smith I-PERSON
asked  VERB  VBD ROOT 2 ask O
Peter  PROPN NNP compound 4 Peter B-PERSON
Jones  PROPN NNP dobj 2 Jones I-PERSON
and    CCONJ CC  cc 4 and O
his    PRON  PRP$ poss 7 his O
son    NOUN  NN  conj 4 son O
.      PUNCT .   punct 2 . O
'''))
    assert resolve(doc, 6) == ["Peter Jones"]


@pytest.mark.parametrize("subject", [
    "Qzx PROPN NNP nsubj 6 Qzx O",            # a name the tagger missed
    "Qzx PROPN NNP nsubj 6 Qzx B-GPE",        # a name the tagger took for a place
    "driver NOUN NN nsubj 6 driver O",         # a common noun for a person
])
def test_coref_his_under_an_unknown_subject_abstains(doc_of, subject):
    # "Donald Smith spoke. <subject> filed his resignation." : not Smith
    doc = doc_of(rows(f'''
Donald PROPN NNP compound 1 Donald B-PERSON
Smith  PROPN NNP nsubj 2 Smith I-PERSON
spoke  VERB  VBD ROOT 2 speak O
.      PUNCT .   punct 2 . O
the    DET   DT  det 5 the O
{subject}
filed  VERB  VBD ROOT 6 file O
his    PRON  PRP$ poss 8 his O
resignation NOUN NN dobj 6 resignation O
.      PUNCT .   punct 6 . O
'''))
    assert resolve(doc, 7) == []


def test_coref_she_abstains_on_a_name_of_unknown_gender_seen_as_no_subject(doc_of):
    # "Donald Smith met Xq Zz. She left." : Zz's gender is unknown and Zz was an object
    doc = doc_of(rows('''
Donald PROPN NNP compound 1 Donald B-PERSON
Smith  PROPN NNP nsubj 2 Smith I-PERSON
met    VERB  VBD ROOT 2 meet O
Xq     PROPN NNP compound 4 Xq B-PERSON
Zz     PROPN NNP dobj 2 Zz I-PERSON
.      PUNCT .   punct 2 . O
She    PRON  PRP nsubj 7 she O
left   VERB  VBD ROOT 7 leave O
.      PUNCT .   punct 7 . O
'''))
    assert resolve(doc, 6) == []


def test_coref_we_of_a_state_officer_is_the_state(doc_of):
    # 'Russia attacked Ukraine. "We were attacked," Ukrainian President Xq Zz said.'
    doc = doc_of(rows('''
Russia    PROPN NNP nsubj 1 Russia B-GPE
attacked  VERB  VBD ROOT 1 attack O
Ukraine   PROPN NNP dobj 1 Ukraine B-GPE
.         PUNCT .   punct 1 . O
“         PUNCT ``  punct 7 “ O
We        PRON  PRP nsubjpass 7 we O
were      AUX   VBD auxpass 7 be O
attacked  VERB  VBN ccomp 13 attack O
,”        PUNCT ,   punct 13 , O
Ukrainian ADJ   JJ  amod 11 Ukrainian B-NORP
President PROPN NNP compound 12 President O
Xq        PROPN NNP compound 12 Xq B-PERSON
Zz        PROPN NNP nsubj 13 Zz I-PERSON
said      VERB  VBD ROOT 13 say O
.         PUNCT .   punct 13 . O
'''))
    assert resolve(doc, 5) == ["Ukraine"]


_INSTITUTION = '''
Xq        PROPN NNP nsubj 1 Xq B-PERSON
suspended VERB  VBD ROOT 1 suspend O
parliament NOUN NN  dobj 1 parliament O
.         PUNCT .   punct 1 . O
{names}
'''


@pytest.mark.parametrize("names, expected", [
    # one parliament, named after the bare noun, under two nested names: the fullest
    ("The DET DT det 5 the O\nUK PROPN NNP compound 6 UK B-ORG\nParliament PROPN NNP nsubj 7 Parliament I-ORG\n"
     "met VERB VBD ROOT 7 meet O\nParliament PROPN NNP dobj 7 Parliament B-ORG\n. PUNCT . punct 7 . O",
     ["UK Parliament"]),
    # two parliaments that do not nest: either could be meant
    ("The DET DT det 5 the O\nUK PROPN NNP compound 6 UK B-ORG\nParliament PROPN NNP nsubj 7 Parliament I-ORG\n"
     "met VERB VBD ROOT 7 meet O\nEuropean PROPN NNP compound 9 European B-ORG\nParliament PROPN NNP dobj 7 Parliament I-ORG\n"
     ". PUNCT . punct 7 . O",
     []),
])
def test_coref_bare_institution_noun_is_the_one_institution_named(doc_of, names, expected):
    doc = doc_of(rows(_INSTITUTION.format(names=names)))
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert [c.text for c in resolver.institution(doc[2])] == expected


def _beat(first: str, second: str, second_type: str = "PERSON"):
    """"<first> beat <second> . Fans cheered her ." (two-word names, the second a direct
    object; the pronoun an object, so no subject continues the first sentence's)."""
    a1, a2 = first.split()
    b1, b2 = second.split()
    return rows(f'''
{a1}  PROPN NNP compound 1 {a1} B-PERSON
{a2}  PROPN NNP nsubj 2 {a2} I-PERSON
beat  VERB  VBD ROOT 2 beat O
{b1}  PROPN NNP compound 4 {b1} B-{second_type}
{b2}  PROPN NNP dobj 2 {b2} I-{second_type}
.     PUNCT .   punct 2 . O
Fans  NOUN  NNS nsubj 7 fan O
cheered VERB VBD ROOT 7 cheer O
her   PRON  PRP dobj 7 she O
.     PUNCT .   punct 7 . O
''')


def _resolver(doc):
    return Resolver(doc, NameIndex(doc, "d"))


def test_coref_her_between_two_women_is_a_doubtful_guess(doc_of):
    from extract.coref import AMBIGUOUS_SCORE

    doc = doc_of(_beat("Diana Lee", "Maria Cruz"))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[8])] == ["Diana Lee"]
    assert resolver.score(doc[8]) == AMBIGUOUS_SCORE


def test_coref_her_with_one_woman_in_view_is_no_guess(doc_of):
    from extract.coref import SURE_PRONOUN_SCORE

    doc = doc_of(_beat("Diana Lee", "Acme Corp", second_type="ORG"))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[8])] == ["Diana Lee"]
    assert resolver.score(doc[8]) in (None, SURE_PRONOUN_SCORE)


def test_coref_him_in_a_relative_clause_is_no_guess_against_the_clauses_noun(doc_of):
    from extract.coref import SURE_PRONOUN_SCORE

    # "Ivan Lee ran against Hugo Cruz, who beat him." : him is Lee; Cruz cannot be meant
    doc = doc_of(rows('''
Ivan    PROPN NNP compound 1 Ivan B-PERSON
Lee     PROPN NNP nsubj 2 Lee I-PERSON
ran     VERB  VBD ROOT 2 run O
against ADP   IN  prep 2 against O
Hugo    PROPN NNP compound 5 Hugo B-PERSON
Cruz    PROPN NNP pobj 3 Cruz I-PERSON
,       PUNCT ,   punct 5 , O
who     PRON  WP  nsubj 8 who O
beat    VERB  VBD relcl 5 beat O
him     PRON  PRP dobj 8 he O
.       PUNCT .   punct 2 . O
'''))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[9])] == ["Ivan Lee"]
    assert resolver.score(doc[9]) in (None, SURE_PRONOUN_SCORE)


def _role_then_description(noun: str):
    """"Kim named <noun> Ann Lee. Bo Cho welcomed the <noun>." (the noun a compound of the name)."""
    return rows(f'''
Kim      PROPN NNP nsubj 1 Kim B-PERSON
named    VERB  VBD ROOT 1 name O
{noun}   NOUN  NN  compound 4 {noun} O
Ann      PROPN NNP compound 4 Ann B-PERSON
Lee      PROPN NNP dobj 1 Lee I-PERSON
.        PUNCT .   punct 1 . O
Bo       PROPN NNP compound 7 Bo B-PERSON
Cho      PROPN NNP nsubj 8 Cho I-PERSON
welcomed VERB  VBD ROOT 8 welcome O
the      DET   DT  det 10 the O
{noun}   NOUN  NN  dobj 8 {noun} O
.        PUNCT .   punct 8 . O
''')


@pytest.mark.parametrize("noun, expected", [("envoy", ["Ann Lee"]), ("deal", [])])
def test_coref_a_noun_of_an_act_or_document_is_no_persons_role(doc_of, noun, expected):
    assert resolve(doc_of(_role_then_description(noun)), 10) == expected


# "Ivan Petrov met John Smith. Petrov resigned. He left." with "Petrov" tagged as a place
_SURNAME = '''
Ivan     PROPN NNP compound 1 Ivan B-PERSON
Petrov   PROPN NNP nsubj 2 Petrov I-PERSON
met      VERB  VBD ROOT 2 meet O
John     PROPN NNP compound 4 John B-PERSON
Smith    PROPN NNP dobj 2 Smith I-PERSON
.        PUNCT .   punct 2 . O
{name}   PROPN NNP nsubj 7 {name} B-GPE
resigned VERB  VBD ROOT 7 resign O
.        PUNCT .   punct 7 . O
He       PRON  PRP nsubj 10 he O
left     VERB  VBD ROOT 10 leave O
.        PUNCT .   punct 10 . O
'''


def test_coref_a_surname_typed_as_a_place_is_the_person(doc_of):
    doc = doc_of(rows(_SURNAME.format(name="Petrov")))
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert [c.text for c in resolver.resolve(doc[9])] == ["Petrov"]
    assert resolver.score(doc[9]) == SURE_PRONOUN_SCORE  # continues the one subject before it


def test_coref_a_place_that_is_no_persons_surname_stays_a_place(doc_of):
    # "... Moscow resigned. He left.": Moscow is no candidate; he continues the last person
    # subject two sentences back, and John Smith was in view too: resolved, not surely
    doc = doc_of(rows(_SURNAME.format(name="Moscow")))
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert [c.text for c in resolver.resolve(doc[9])] == ["Ivan Petrov"]
    assert resolver.score(doc[9]) in (None, AMBIGUOUS_SCORE)  # not sure


def test_coref_a_surname_takes_the_gender_its_full_names_agree_on(doc_of):
    # "Hunter Biden met Joe Biden. Biden left.": "Hunter" is unknown, "Joe" male
    doc = doc_of(rows('''
Hunter PROPN NNP compound 1 Hunter B-PERSON
Biden  PROPN NNP nsubj 2 Biden I-PERSON
met    VERB  VBD ROOT 2 meet O
Joe    PROPN NNP compound 4 Joe B-PERSON
Biden  PROPN NNP dobj 2 Biden I-PERSON
.      PUNCT .   punct 2 . O
Biden  PROPN NNP nsubj 7 Biden B-PERSON
left   VERB  VBD ROOT 7 leave O
.      PUNCT .   punct 7 . O
'''))
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert {c.gender for c in resolver.candidates if c.token == 6} == {"male"}


@pytest.mark.parametrize("second", ["Anna Lee", "John Smith"])
def test_coref_he_is_sure_as_the_only_man_or_the_one_subject(doc_of, second):
    # "Ivan Petrov thanked <second>. He left.": Petrov is the only man in view, or the one
    # subject that "He" continues (John Smith is no subject)
    first, last = second.split()
    doc = doc_of(rows(f'''
Ivan    PROPN NNP compound 1 Ivan B-PERSON
Petrov  PROPN NNP nsubj 2 Petrov I-PERSON
thanked VERB  VBD ROOT 2 thank O
{first} PROPN NNP compound 4 {first} B-PERSON
{last}  PROPN NNP dobj 2 {last} I-PERSON
.       PUNCT .   punct 2 . O
He      PRON  PRP nsubj 7 he O
left    VERB  VBD ROOT 7 leave O
.       PUNCT .   punct 7 . O
'''))
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert [c.text for c in resolver.resolve(doc[6])] == ["Ivan Petrov"]
    assert resolver.score(doc[6]) == SURE_PRONOUN_SCORE


def test_coref_he_is_not_sure_when_another_man_was_a_subject(doc_of):
    # "Ivan Petrov spoke and John Smith listened. He left.": two subjects, either is meant
    doc = doc_of(rows('''
Ivan     PROPN NNP compound 1 Ivan B-PERSON
Petrov   PROPN NNP nsubj 2 Petrov I-PERSON
spoke    VERB  VBD ROOT 2 speak O
and      CCONJ CC  cc 2 and O
John     PROPN NNP compound 5 John B-PERSON
Smith    PROPN NNP nsubj 6 Smith I-PERSON
listened VERB  VBD conj 2 listen O
.        PUNCT .   punct 2 . O
He       PRON  PRP nsubj 9 he O
left     VERB  VBD ROOT 9 leave O
.        PUNCT .   punct 9 . O
'''))
    resolver = Resolver(doc, NameIndex(doc, "d"))
    found = resolver.resolve(doc[8])
    assert not found or resolver.score(doc[8]) in (None, AMBIGUOUS_SCORE)



def _headline_doc(doc_of, modifier: str, second: bool = False):
    """'<modifier> Minister signs treaty.' as a headline, then 'Anna Virtanen, the Foreign
    Minister of Finland, spoke[ with Finnish Minister Xq Zz].'"""
    rows_ = [
        (modifier, "ADJ", "JJ", "amod", 1, modifier.lower(), "B-NORP"),
        ("Minister", "PROPN", "NNP", "nsubj", 2, "Minister", "O"),
        ("signs", "VERB", "VBZ", "ROOT", 2, "sign", "O"),
        ("treaty", "NOUN", "NN", "dobj", 2, "treaty", "O"),
        (".", "PUNCT", ".", "punct", 2, ".", "O"),
        ("\n\n", "SPACE", "_SP", "dep", 4, "\n\n", "O"),
        ("Anna", "PROPN", "NNP", "compound", 7, "Anna", "B-PERSON"),
        ("Virtanen", "PROPN", "NNP", "nsubj", 15, "Virtanen", "I-PERSON"),
        (",", "PUNCT", ",", "punct", 7, ",", "O"),
        ("the", "DET", "DT", "det", 11, "the", "O"),
        ("Foreign", "PROPN", "NNP", "compound", 11, "Foreign", "O"),
        ("Minister", "PROPN", "NNP", "appos", 7, "Minister", "O"),
        ("of", "ADP", "IN", "prep", 11, "of", "O"),
        ("Finland", "PROPN", "NNP", "pobj", 12, "Finland", "B-GPE"),
        (",", "PUNCT", ",", "punct", 7, ",", "O"),
        ("spoke", "VERB", "VBD", "ROOT", 15, "speak", "O"),
    ]
    if second:
        rows_ += [
            ("with", "ADP", "IN", "prep", 15, "with", "O"),
            ("Finnish", "ADJ", "JJ", "amod", 18, "finnish", "B-NORP"),
            ("Minister", "PROPN", "NNP", "compound", 20, "Minister", "O"),
            ("Xq", "PROPN", "NNP", "compound", 20, "Xq", "B-PERSON"),
            ("Zz", "PROPN", "NNP", "pobj", 16, "Zz", "I-PERSON"),
        ]
    return doc_of(rows_ + [(".", "PUNCT", ".", "punct", 15, ".", "O")])


def test_coref_a_headline_title_is_the_one_person_holding_it(doc_of):
    # "Finnish" names the country of "the Foreign Minister of Finland"
    doc = _headline_doc(doc_of, "Finnish")
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert [c.text for c in resolver.headline_title(doc[1])] == ["Anna Virtanen"]
    assert resolver.score(doc[1]) == UNIQUE_ROLE_SCORE


@pytest.mark.parametrize("modifier, second", [("Swedish", False), ("Finnish", True)])
def test_coref_a_headline_title_abstains_on_another_country_or_two_holders(doc_of, modifier, second):
    doc = _headline_doc(doc_of, modifier, second)
    assert Resolver(doc, NameIndex(doc, "d")).headline_title(doc[1]) == ()


def test_coref_a_title_in_the_body_is_no_headline_title(doc_of):
    doc = _headline_doc(doc_of, "Finnish")
    assert Resolver(doc, NameIndex(doc, "d")).headline_title(doc[11]) == ()


@pytest.mark.parametrize("inside, expected", [("Louvre", ["Louvre"]), ("sic", [])])
def test_coref_a_bracketed_name_after_a_pronoun_is_its_referent(doc_of, inside, expected):
    # 'Anna Lee said it [Louvre] belongs to France.': the editor names "it" (a name of any
    # type, here one the tagger took for a person); "[sic]" names nothing, and "it" has no
    # thing in view
    ent = "B-PERSON" if inside == "Louvre" else "O"
    doc = doc_of(rows(f'''
Anna     PROPN NNP compound 1 Anna B-PERSON
Lee      PROPN NNP nsubj 2 Lee I-PERSON
said     VERB  VBD ROOT 2 say O
it       PRON  PRP nsubj 7 it O
[        PUNCT XX  punct 5 [ O
{inside} PROPN NNP appos 3 {inside} {ent}
]        PUNCT -RRB- punct 5 ] O
belongs  VERB  VBZ ccomp 2 belong O
to       ADP   IN  prep 7 to O
France   PROPN NNP pobj 8 France B-GPE
.        PUNCT .   punct 2 . O
'''))
    resolver = Resolver(doc, NameIndex(doc, "d"))
    assert [c.text for c in resolver.resolve(doc[3])] == expected
    if expected:
        assert resolver.score(doc[3]) == SURE_PRONOUN_SCORE


def test_coref_a_role_description_is_a_noun_for_a_person(doc_of):
    # "Television correspondent Ivan Petrov spoke. The correspondent left. The television
    # failed.": "television" stood before the name, but the television is no person
    doc = doc_of(rows('''
Television    NOUN  NN  compound 3 television O
correspondent NOUN  NN  compound 3 correspondent O
Ivan          PROPN NNP compound 3 Ivan B-PERSON
Petrov        PROPN NNP nsubj 4 Petrov I-PERSON
spoke         VERB  VBD ROOT 4 speak O
.             PUNCT .   punct 4 . O
The           DET   DT  det 7 the O
correspondent NOUN  NN  nsubj 8 correspondent O
left          VERB  VBD ROOT 8 leave O
.             PUNCT .   punct 8 . O
The           DET   DT  det 11 the O
television    NOUN  NN  nsubj 12 television O
failed        VERB  VBD ROOT 12 fail O
.             PUNCT .   punct 12 . O
'''))
    assert resolve(doc, 7) == ["Ivan Petrov"]
    assert resolve(doc, 11) == []


# "Turkish President Tom Jones spoke. The President of <X> left."
def _president_of(country: str):
    return rows(f'''
Turkish   ADJ   JJ  amod 1 turkish B-NORP
President PROPN NNP compound 3 President O
Tom       PROPN NNP compound 3 Tom B-PERSON
Jones     PROPN NNP nsubj 4 Jones I-PERSON
spoke     VERB  VBD ROOT 4 speak O
.         PUNCT .   punct 4 . O
The       DET   DT  det 7 the O
President PROPN NNP nsubj 10 President O
of        ADP   IN  prep 7 of O
{country} PROPN NNP pobj 8 {country} B-GPE
left      VERB  VBD ROOT 10 leave O
.         PUNCT .   punct 10 . O
''')


@pytest.mark.parametrize("country, expected", [("Turkey", ["Tom Jones"]), ("France", [])])
def test_coref_role_description_with_an_of_phrase_needs_that_holder(doc_of, country, expected):
    # "the President of France" is not the Turkish president named before it
    assert resolve(doc_of(_president_of(country)), 7) == expected


# "Acme described Lee as a <noun> when they offered a reward."
def _they_offered(noun: str, tag: str):
    return rows(f'''
Acme      PROPN NNP nsubj 1 Acme B-ORG
described VERB  VBD ROOT 1 describe O
Lee       PROPN NNP dobj 1 Lee B-PERSON
as        ADP   IN  prep 1 as O
a         DET   DT  det 5 a O
{noun}    NOUN  {tag} pobj 3 {noun} O
when      SCONJ WRB advmod 8 when O
they      PRON  PRP nsubj 8 they O
offered   VERB  VBD advcl 1 offer O
a         DET   DT  det 10 a O
reward    NOUN  NN  dobj 8 reward O
''')


@pytest.mark.parametrize("noun, tag, expected", [("leader", "NN", ["Acme"]), ("leaders", "NNS", [])],
                         ids=["organisation-subject-of-the-governing-clause", "plural-noun-between"])
def test_coref_they_for_the_organisation_subject_of_the_governing_clause(doc_of, noun, tag, expected):
    assert resolve(doc_of(_they_offered(noun, tag)), 7) == expected


def _filler(n: int, start: int) -> str:
    """n sentences "Rates rose ." whose tokens start at index `start`."""
    return "".join(f'''
Rates    NOUN  NNS nsubj {start + 3 * k + 1} rate O
rose     VERB  VBD ROOT {start + 3 * k + 1} rise O
.        PUNCT .   punct {start + 3 * k + 1} . O''' for k in range(n))


def _bank_named_then_described(first: str, second: str | None, gap: int):
    """'<first> lent money .' [, '<second> lent money .'], gap filler sentences, 'The bank waited .'"""
    spec = ""
    at = 0
    for name in filter(None, (first, second)):
        words = name.split()
        head = at + len(words) - 1
        for k, w in enumerate(words):
            dep, hd, iob = ("nsubj", head + 1, "B-ORG") if k == len(words) - 1 else ("compound", head, "B-ORG")
            spec += f"\n{w} PROPN NNP {dep} {hd} {w} {'B-ORG' if k == 0 else 'I-ORG'}"
        spec += f"\nlent VERB VBD ROOT {head + 1} lend O\nmoney NOUN NN dobj {head + 1} money O\n. PUNCT . punct {head + 1} . O"
        at = head + 4
    spec += _filler(gap, at)
    at += 3 * gap
    spec += f"\nThe DET DT det {at + 1} the O\nbank NOUN NN nsubj {at + 2} bank O\nwaited VERB VBD ROOT {at + 2} wait O\n. PUNCT . punct {at + 2} . O"
    return rows(spec), at + 1


def test_coref_the_bank_is_the_one_bank_the_article_named_far_before(doc_of):
    spec, bank = _bank_named_then_described("Riggs Bank", None, gap=8)
    assert resolve(doc_of(spec), bank) == ["Riggs Bank"]


def test_coref_the_bank_abstains_when_the_article_named_two_banks_far_before(doc_of):
    spec, bank = _bank_named_then_described("Riggs Bank", "Coutts Bank", gap=8)
    assert resolve(doc_of(spec), bank) == []


def test_coref_names_that_nest_are_one_organisation_for_a_description(doc_of):
    spec, bank = _bank_named_then_described("Bank", "Bank of England", gap=1)
    assert resolve(doc_of(spec), bank) == ["Bank of England"]


def test_coref_a_description_restricted_after_its_of_noun_abstains(doc_of):
    # "Riggs Bank lent money. [8 sentences] The leader of the bank with the most seats waited."
    spec, bank = _bank_named_then_described("Riggs Bank", None, gap=8)
    at = bank - 1
    spec = spec[:at] + rows(f'''
The      DET   DT  det {at + 1} the O
leader   NOUN  NN  nsubj {at + 10} leader O
of       ADP   IN  prep {at + 1} of O
the      DET   DT  det {at + 4} the O
bank     NOUN  NN  pobj {at + 2} bank O
with     ADP   IN  prep {at + 1} with O
the      DET   DT  det {at + 8} the O
most     ADJ   JJS amod {at + 8} most O
seats    NOUN  NNS pobj {at + 5} seat O
waited   VERB  VBD ROOT {at + 9} wait O
.        PUNCT .   punct {at + 9} . O
''')
    assert resolve(doc_of(spec), at + 4) == []


# "Acme Court ruled. The supreme court agreed. The Luxembourg-based court waited." (the
# tagger took "supreme court" for a name)
_COURTS = '''
Acme       PROPN NNP compound 1 Acme B-ORG
Court      PROPN NNP nsubj 2 Court I-ORG
ruled      VERB  VBD ROOT 2 rule O
.          PUNCT .   punct 2 . O
The        DET   DT  det 6 the O
supreme    ADJ   JJ  amod 6 supreme B-ORG
court      NOUN  NN  nsubj 7 court I-ORG
agreed     VERB  VBD ROOT 7 agree O
.          PUNCT .   punct 7 . O
The        DET   DT  det 13 the O
{modifier}
court      NOUN  NN  nsubj 14 court O
waited     VERB  VBD ROOT 14 wait O
.          PUNCT .   punct 14 . O
'''


def test_coref_a_seat_modifier_keeps_the_named_organisation_and_lower_case_names_do_not_count(doc_of):
    seat = _COURTS.format(modifier='''Luxembourg PROPN NNP npadvmod 12 Luxembourg B-GPE
-          PUNCT HYPH punct 12 - O
based      VERB  VBN amod 13 base O''')
    assert resolve(doc_of(rows(seat)), 13) == ["Acme Court"]


def test_coref_a_modifier_that_sets_the_organisation_apart_abstains(doc_of):
    other = _COURTS.format(modifier='''Luxembourg PROPN NNP compound 13 Luxembourg B-GPE
higher     ADJ   JJR amod 13 high O
appeals    NOUN  NNS compound 13 appeal O''')
    assert resolve(doc_of(rows(other)), 13) == []


def _premier(title_of: str, title_ent: str, second: str):
    """'Ann Lee, the premier of <title_of>, spoke.' then the second sentence's rows."""
    return rows(f'''
Ann      PROPN NNP compound 1 Ann B-PERSON
Lee      PROPN NNP nsubj 8 Lee I-PERSON
,        PUNCT ,   punct 1 , O
the      DET   DT  det 4 the O
premier  NOUN  NN  appos 1 premier O
of       ADP   IN  prep 4 of O
{title_of} PROPN NNP pobj 5 {title_of} {title_ent}
,        PUNCT ,   punct 1 , O
spoke    VERB  VBD ROOT 8 speak O
.        PUNCT .   punct 8 . O
''' + second)


def _government(doc, i):
    return [c.text for c in Resolver(doc, NameIndex(doc, "d")).government(doc[i])]


def test_coref_her_government_is_the_state_her_title_names(doc_of):
    second = '''
Her        PRON  PRP$ poss 11 she O
government NOUN  NN  nsubj 12 government O
fell       VERB  VBD ROOT 12 fall O
.          PUNCT .   punct 12 . O
'''
    assert _government(doc_of(_premier("France", "B-GPE", second)), 11) == ["France"]
    # a title naming no state: her government is no one the text names
    assert _government(doc_of(_premier("Acme", "B-ORG", second)), 11) == []


def test_coref_the_government_in_a_quotation_is_the_speakers_state(doc_of):
    second = '''
"          PUNCT ``  punct 14 " O
The        DET   DT  det 12 the O
government NOUN  NN  nsubj 14 government O
will       AUX   MD  aux 14 will O
act        VERB  VB  ccomp 18 act O
,          PUNCT ,   punct 18 , O
"          PUNCT ''  punct 18 " O
Lee        PROPN NNP nsubj 18 Lee B-PERSON
said       VERB  VBD ROOT 18 say O
.          PUNCT .   punct 18 . O
'''
    assert _government(doc_of(_premier("France", "B-GPE", second)), 12) == ["France"]
    # outside a quotation "the government" may be any state's
    plain = '''
The        DET   DT  det 11 the O
government NOUN  NN  nsubj 12 government O
fell       VERB  VBD ROOT 12 fall O
.          PUNCT .   punct 12 . O
'''
    assert _government(doc_of(_premier("France", "B-GPE", plain)), 11) == []


def test_coref_it_is_the_name_apposed_to_a_common_noun_subject(doc_of):
    # "The lobby group, Acme, said it grew."
    doc = doc_of(rows('''
The      DET   DT  det 2 the O
lobby    NOUN  NN  compound 2 lobby O
group    NOUN  NN  nsubj 6 group O
,        PUNCT ,   punct 2 , O
Acme     PROPN NNP appos 2 Acme B-ORG
,        PUNCT ,   punct 2 , O
said     VERB  VBD ROOT 6 say O
it       PRON  PRP nsubj 8 it O
grew     VERB  VBD ccomp 6 grow O
.        PUNCT .   punct 6 . O
'''))
    assert resolve(doc, 7) == ["Acme"]


#: 'Lee said: "Grant failed': the opening both quotation tests share
LEE_QUOTES_GRANT = '''
Lee    PROPN NNP nsubj 1 Lee B-PERSON
said   VERB  VBD ROOT 1 say O
:      PUNCT :   punct 1 : O
"      PUNCT ``  punct 5 " O
Grant  PROPN NNP nsubj 5 Grant B-PERSON
failed VERB  VBD ccomp 1 fail O
'''


def test_coref_narrators_his_never_takes_a_person_named_in_a_quotation(doc_of):
    # 'Lee said: "Grant failed." His deputy agreed.' -- "His" is Lee's deputy: Grant is
    # named only inside the quotation, which is Lee's words, not the narration
    doc = doc_of(rows(LEE_QUOTES_GRANT + '''
.      PUNCT .   punct 1 . O
"      PUNCT ''  punct 1 " O
His    PRON  PRP$ poss 9 his O
deputy NOUN  NN  nsubj 10 deputy O
agreed VERB  VBD ROOT 10 agree O
.      PUNCT .   punct 10 . O
'''))
    assert resolve(doc, 8) == ["Lee"]


def test_coref_his_inside_the_quotation_may_take_a_person_named_there(doc_of):
    # 'Lee said: "Grant failed his team."' -- inside the quotation "his" is Grant's
    doc = doc_of(rows(LEE_QUOTES_GRANT + '''
his    PRON  PRP$ poss 7 his O
team   NOUN  NN  dobj 5 team O
.      PUNCT .   punct 1 . O
"      PUNCT ''  punct 1 " O
'''))
    assert resolve(doc, 6) == ["Grant"]


# "Ivan Petrov spoke. The talks ended after John Smith arrived. He left."
_SUBORDINATE_SUBJECT = '''
Ivan    PROPN NNP compound 1 Ivan B-PERSON
Petrov  PROPN NNP nsubj 2 Petrov I-PERSON
spoke   VERB  VBD ROOT 2 speak O
.       PUNCT .   punct 2 . O
The     DET   DT  det 5 the O
talks   NOUN  NNS nsubj 6 talk O
ended   VERB  VBD ROOT 6 end O
after   SCONJ IN  mark 10 after O
John    PROPN NNP compound 9 John B-PERSON
Smith   PROPN NNP nsubj 10 Smith I-PERSON
arrived VERB  VBD advcl 6 arrive O
.       PUNCT .   punct 6 . O
He      PRON  PRP nsubj 13 he O
left    VERB  VBD ROOT 13 leave O
.       PUNCT .   punct 13 . O
'''


def test_coref_he_after_a_subordinate_subject_with_another_man_in_view_is_a_guess(doc_of):
    # Smith is the nearest man but only the subject of an "after" clause; Petrov, a man
    # two sentences back, could be meant as well
    doc = doc_of(rows(_SUBORDINATE_SUBJECT))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[12])] == ["John Smith"]
    assert resolver.score(doc[12]) == AMBIGUOUS_SCORE


def test_coref_he_after_a_subordinate_subject_alone_in_view_is_sure(doc_of):
    # the same sentences with a woman first: Smith is the only man, so "He" is no guess
    doc = doc_of(rows(_SUBORDINATE_SUBJECT.replace("Ivan", "Anna")))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[12])] == ["John Smith"]
    assert resolver.score(doc[12]) == SURE_PRONOUN_SCORE


@pytest.mark.parametrize("second", ["Peter Jones", "Anna Lee"])
def test_coref_he_continues_the_main_subject_over_an_object(doc_of, second):
    # "John Smith met <second> on Monday. He left.": Smith, surely (Jones is an object)
    first, last = second.split()
    doc = doc_of(rows(f'''
John    PROPN NNP compound 1 John B-PERSON
Smith   PROPN NNP nsubj 2 Smith I-PERSON
met     VERB  VBD ROOT 2 meet O
{first} PROPN NNP compound 4 {first} B-PERSON
{last}  PROPN NNP dobj 2 {last} I-PERSON
on      ADP   IN  prep 2 on O
Monday  PROPN NNP pobj 5 Monday B-DATE
.       PUNCT .   punct 2 . O
He      PRON  PRP nsubj 9 he O
left    VERB  VBD ROOT 9 leave O
.       PUNCT .   punct 9 . O
'''))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[8])] == ["John Smith"]
    assert resolver.score(doc[8]) == SURE_PRONOUN_SCORE


def test_coref_him_with_two_men_in_view_is_a_guess(doc_of):
    # "John Smith met Peter Jones. Anna Lee praised him.": either man could be meant
    doc = doc_of(rows('''
John    PROPN NNP compound 1 John B-PERSON
Smith   PROPN NNP nsubj 2 Smith I-PERSON
met     VERB  VBD ROOT 2 meet O
Peter   PROPN NNP compound 4 Peter B-PERSON
Jones   PROPN NNP dobj 2 Jones I-PERSON
.       PUNCT .   punct 2 . O
Anna    PROPN NNP compound 7 Anna B-PERSON
Lee     PROPN NNP nsubj 8 Lee I-PERSON
praised VERB  VBD ROOT 8 praise O
him     PRON  PRP dobj 8 he O
.       PUNCT .   punct 8 . O
'''))
    resolver = _resolver(doc)
    assert resolver.resolve(doc[9])
    assert resolver.score(doc[9]) == AMBIGUOUS_SCORE


@pytest.mark.parametrize("possessor", ["Smith", "Jones"])
def test_coref_his_continues_the_main_subject_named_again_as_a_possessor(doc_of, possessor):
    # "John Smith met Peter Jones. Police examined <possessor>'s car after his arrest.":
    # Smith heads the subject chain; "his" is sure only when its candidate is Smith
    doc = doc_of(rows(f'''
John     PROPN NNP compound 1 John B-PERSON
Smith    PROPN NNP nsubj 2 Smith I-PERSON
met      VERB  VBD ROOT 2 meet O
Peter    PROPN NNP compound 4 Peter B-PERSON
Jones    PROPN NNP dobj 2 Jones I-PERSON
.        PUNCT .   punct 2 . O
Police   NOUN  NNS nsubj 7 police O
examined VERB  VBD ROOT 7 examine O
{possessor} PROPN NNP poss 10 {possessor} B-PERSON
's       PART  POS case 8 's O
car      NOUN  NN  dobj 7 car O
after    ADP   IN  prep 7 after O
his      PRON  PRP$ poss 13 his O
arrest   NOUN  NN  pobj 11 arrest O
.        PUNCT .   punct 7 . O
'''))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[12])] == [possessor]
    expected = SURE_PRONOUN_SCORE if possessor == "Smith" else AMBIGUOUS_SCORE
    assert resolver.score(doc[12]) == expected


def test_coref_he_after_a_reported_subject_with_another_man_in_view_is_a_guess(doc_of):
    # "Ivan Petrov spoke. Officials said John Smith arrived. He left.": Smith is the
    # subject of what the officials said, no topic of his own
    doc = doc_of(rows('''
Ivan      PROPN NNP compound 1 Ivan B-PERSON
Petrov    PROPN NNP nsubj 2 Petrov I-PERSON
spoke     VERB  VBD ROOT 2 speak O
.         PUNCT .   punct 2 . O
Officials NOUN  NNS nsubj 5 official O
said      VERB  VBD ROOT 5 say O
John      PROPN NNP compound 7 John B-PERSON
Smith     PROPN NNP nsubj 8 Smith I-PERSON
arrived   VERB  VBD ccomp 5 arrive O
.         PUNCT .   punct 5 . O
He        PRON  PRP nsubj 11 he O
left      VERB  VBD ROOT 11 leave O
.         PUNCT .   punct 11 . O
'''))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[10])] == ["John Smith"]
    assert resolver.score(doc[10]) == AMBIGUOUS_SCORE


# "Ann Lee met Eva Lee and Kim Cho. Lee left with her sister, Mia Lee. She ..."
_SHARED_SURNAME = '''
Ann    PROPN NNP compound 1 Ann B-PERSON
Lee    PROPN NNP nsubj 2 Lee I-PERSON
met    VERB  VBD ROOT 2 meet O
Eva    PROPN NNP compound 4 Eva B-PERSON
Lee    PROPN NNP dobj 2 Lee I-PERSON
and    CCONJ CC  cc 4 and O
Kim    PROPN NNP compound 7 Kim B-PERSON
Cho    PROPN NNP conj 4 Cho I-PERSON
.      PUNCT .   punct 2 . O
Lee    PROPN NNP nsubj 10 Lee B-PERSON
left   VERB  VBD ROOT 10 leave O
with   ADP   IN  prep 10 with O
her    PRON  PRP$ poss 13 her O
sister NOUN  NN  pobj 11 sister O
,      PUNCT ,   punct 13 , O
Mia    PROPN NNP compound 16 Mia B-PERSON
Lee    PROPN NNP appos 13 Lee I-PERSON
.      PUNCT .   punct 10 . O
She    PRON  PRP nsubj 19 she O
left   VERB  VBD ROOT 19 leave O
.      PUNCT .   punct 19 . O
'''


def test_coref_a_shared_surname_antecedent_carries_the_full_name_it_stands_for(doc_of):
    # "Lee" follows a sentence naming Ann Lee and Eva Lee: the nearest full name before it
    # is Eva Lee, and "She" (continuing "Lee") is named so, not "Lee" (which the graph
    # would read as Mia Lee, the full name nearest the pronoun)
    doc = doc_of(rows(_SHARED_SURNAME))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[18])] == ["Eva Lee"]


def test_coref_a_surname_of_one_person_stays_as_written(doc_of):
    doc = doc_of(rows(_SHARED_SURNAME.replace("Eva    PROPN NNP compound 4 Eva", "Ann    PROPN NNP compound 4 Ann")
                      .replace("Mia    PROPN NNP compound 16 Mia", "Ann    PROPN NNP compound 16 Ann")))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[18])] == ["Lee"]


def test_coref_she_after_a_named_apposition_subject_is_the_apposed_name(doc_of):
    # "Mary Smith's sister, Ann Jones, opened a bakery. She hired workers.": the sister is
    # the subject; Mary Smith, another woman in view, is only a possessor
    doc = doc_of(rows('''
Mary    PROPN NNP compound 1 Mary B-PERSON
Smith   PROPN NNP poss 3 Smith I-PERSON
's      PART  POS case 1 's O
sister  NOUN  NN  nsubj 8 sister O
,       PUNCT ,   punct 3 , O
Ann     PROPN NNP compound 6 Ann B-PERSON
Jones   PROPN NNP appos 3 Jones I-PERSON
,       PUNCT ,   punct 3 , O
opened  VERB  VBD ROOT 8 open O
a       DET   DT  det 10 a O
bakery  NOUN  NN  dobj 8 bakery O
.       PUNCT .   punct 8 . O
She     PRON  PRP nsubj 13 she O
hired   VERB  VBD ROOT 13 hire O
workers NOUN  NNS dobj 13 worker O
.       PUNCT .   punct 13 . O
'''))
    resolver = _resolver(doc)
    assert [c.text for c in resolver.resolve(doc[12])] == ["Ann Jones"]
    assert resolver.score(doc[12]) == SURE_PRONOUN_SCORE


# Acme claimed responsibility . Lee , said , “ We won . ”   (the parse lost the subject of "said")
CLAIMED = rows('''
Acme      PROPN NNP nsubj 1 Acme B-ORG
claimed   VERB  VBD ROOT 1 claim O
responsibility NOUN NN dobj 1 responsibility O
.         PUNCT .   punct 1 . O
Lee       PROPN NNP npadvmod 6 Lee B-PERSON
,         PUNCT ,   punct 6 , O
said      VERB  VBD ROOT 6 say O
,         PUNCT ,   punct 6 , O
“         PUNCT ``  punct 10 “ O
We        PRON  PRP nsubj 10 we O
won       VERB  VBD ccomp 6 win O
.         PUNCT .   punct 6 . O
”         PUNCT ''  punct 6 ” O
''')


def test_coref_we_abstains_when_the_quotations_own_verb_lost_its_subject(doc_of):
    # the speech verb of the sentence before ("Acme claimed ...") is no attribution of a
    # quotation its own sentence introduces with "said"
    assert resolve(doc_of(CLAIMED), 9) == []
    with_subject = [(w, p, t, "nsubj" if w == "Lee" else d, h, lem, e) for w, p, t, d, h, lem, e in CLAIMED]
    assert resolve(doc_of(with_subject), 9) == ["Lee"]


def test_coref_group_noun_with_an_adjective_is_no_named_pair(doc_of):
    # "Leeds beat York. The old parties lost." : a kind of parties, not the two places;
    # "the two old parties" still counts a pair
    rows_of = '''
Leeds    PROPN NNP nsubj 1 Leeds B-GPE
beat     VERB  VBD ROOT 1 beat O
York     PROPN NNP dobj 1 York B-GPE
.        PUNCT .   punct 1 . O
The      DET   DT  det {noun} the O
{extra}old      ADJ   JJ  amod {noun} old O
parties  NOUN  NNS nsubj {verb} party O
lost     VERB  VBD ROOT {verb} lose O
'''
    plain = doc_of(rows(rows_of.format(noun=6, verb=7, extra="")))
    assert resolve(plain, 6) == []
    counted = doc_of(rows(rows_of.format(noun=7, verb=8, extra=f"two NUM CD nummod 7 two O\n")))
    assert sorted(resolve(counted, 7)) == ["Leeds", "York"]


# "Tom Lee met Ann Cole. He used his to call her." ("his" = his phone, no noun after it)
STANDALONE_HIS = rows('''
Tom    PROPN NNP compound 1 Tom B-PERSON
Lee    PROPN NNP nsubj 2 Lee I-PERSON
met    VERB  VBD ROOT 2 meet O
Ann    PROPN NNP compound 4 Ann B-PERSON
Cole   PROPN NNP dobj 2 Cole I-PERSON
.      PUNCT .   punct 2 . O
He     PRON  PRP nsubj 7 he O
used   VERB  VBD ROOT 7 use O
his    PRON  PRP$ dobj 7 his O
to     PART  TO  aux 10 to O
call   VERB  VB  xcomp 7 call O
her    PRON  PRP dobj 10 she O
.      PUNCT .   punct 7 . O
''')


def test_coref_possessive_pronoun_without_a_noun_is_no_one(doc_of):
    doc = doc_of(STANDALONE_HIS)
    assert resolve(doc, 8) == []  # his (phone): a thing of its owner, not the owner
    assert resolve(doc, 6) == ["Tom Lee"]  # the subject pronoun of the same sentence still resolves


def test_coref_possessive_determiner_still_resolves(doc_of):
    # "He used his phone": with a noun, "his" is the owner and resolves as before
    spec = [*STANDALONE_HIS[:8], ("his", "PRON", "PRP$", "poss", 9, "his", "O"),
            ("phone", "NOUN", "NN", "dobj", 7, "phone", "O"), (".", "PUNCT", ".", "punct", 7, ".", "O")]
    assert resolve(doc_of(spec), 8) == ["Tom Lee"]


def _text_of(*sentences):
    """Rows of several sentences, each given as (word, pos, tag, dep, head within it, ent)."""
    out = []
    for sentence in sentences:
        base = len(out)
        out += [(w, p, t, d, base + h, w.lower(), e) for w, p, t, d, h, e in sentence]
    return out


def _named(first, last):  # "Ann Lee spoke."
    return [(first, "PROPN", "NNP", "compound", 1, "B-PERSON"), (last, "PROPN", "NNP", "nsubj", 2, "I-PERSON"),
            ("spoke", "VERB", "VBD", "ROOT", 2, "O"), (".", "PUNCT", ".", "punct", 2, "O")]


_CROWDS = [("Crowds", "NOUN", "NNS", "nsubj", 1, "O"), ("gathered", "VERB", "VBD", "ROOT", 1, "O"),
           (".", "PUNCT", ".", "punct", 1, "O")]
_SHE_LEFT = [("She", "PRON", "PRP", "nsubj", 1, "O"), ("left", "VERB", "VBD", "ROOT", 1, "O"),
             (".", "PUNCT", ".", "punct", 1, "O")]
_WOMAN_WEPT = [("A", "DET", "DT", "det", 1, "O"), ("woman", "NOUN", "NN", "nsubj", 2, "O"),
               ("wept", "VERB", "VBD", "ROOT", 2, "O"), (".", "PUNCT", ".", "punct", 2, "O")]


def test_coref_she_far_back_is_the_one_woman_the_article_names(doc_of):
    # "Ann Lee spoke. Crowds gathered. (x5) She left.": no one in view, one woman named
    rows_ = _text_of(_named("Ann", "Lee"), *[_CROWDS] * 5, _SHE_LEFT)
    doc = doc_of(rows_)
    names = NameIndex(doc, "d")
    resolver = Resolver(doc, names)
    she = len(rows_) - 3
    assert [c.text for c in resolver.resolve(doc[she])] == ["Ann Lee"]
    assert resolver.score(doc[she]) == DISTANT_SCORE


@pytest.mark.parametrize("between", [
    [_named("Susan", "Cole")],  # a second woman: either could be meant
    [_named("Xu", "Ping")],  # a person of unknown gender could be meant
    [_WOMAN_WEPT],  # an unnamed woman since: she is more likely meant
    [_CROWDS] * 9,  # named too far back
])
def test_coref_she_far_back_abstains_unless_one_woman_fits(doc_of, between):
    rows_ = _text_of(_named("Ann", "Lee"), *between, *[_CROWDS] * 4, _SHE_LEFT)
    assert resolve(doc_of(rows_), len(rows_) - 3) == []


_ENTERED = [("Troops", "NOUN", "NNS", "nsubj", 1, "O"), ("entered", "VERB", "VBD", "ROOT", 1, "O"),
            ("Crimea", "PROPN", "NNP", "dobj", 1, "B-GPE"), (".", "PUNCT", ".", "punct", 1, "O")]
_SEALED = [("The", "DET", "DT", "det", 1, "O"), ("territory", "NOUN", "NN", "nsubjpass", 3, "O"),
           ("was", "AUX", "VBD", "auxpass", 3, "O"), ("sealed", "VERB", "VBN", "ROOT", 3, "O"),
           (".", "PUNCT", ".", "punct", 3, "O")]


def test_coref_the_territory_is_the_one_place_in_view_that_is_no_state(doc_of):
    # "Troops entered Crimea. The territory was sealed."
    rows_ = _text_of(_ENTERED, _SEALED)
    assert resolve(doc_of(rows_), 5) == ["Crimea"]


@pytest.mark.parametrize("entered, sealed", [
    # "Troops entered Syria.": a sovereign state is "the country", not "the territory"
    ([*_ENTERED[:2], ("Syria", "PROPN", "NNP", "dobj", 1, "B-GPE"), _ENTERED[3]], _SEALED),
    # "Troops entered Crimea and Donbas.": either or both may be meant
    ([*_ENTERED[:3], ("and", "CCONJ", "CC", "cc", 2, "O"), ("Donbas", "PROPN", "NNP", "conj", 2, "B-GPE"),
      (".", "PUNCT", ".", "punct", 1, "O")], _SEALED),
    # "The territory that Kyiv claims was sealed.": a restrictive clause picks its own territory
    (_ENTERED, [("The", "DET", "DT", "det", 1, "O"), ("territory", "NOUN", "NN", "nsubjpass", 6, "O"),
                ("that", "PRON", "WDT", "dobj", 4, "O"), ("Kyiv", "PROPN", "NNP", "nsubj", 4, "B-GPE"),
                ("claims", "VERB", "VBZ", "relcl", 1, "O"), ("was", "AUX", "VBD", "auxpass", 6, "O"),
                ("sealed", "VERB", "VBN", "ROOT", 6, "O"), (".", "PUNCT", ".", "punct", 6, "O")]),
])
def test_coref_the_territory_abstains_unless_one_place_fits(doc_of, entered, sealed):
    rows_ = _text_of(entered, sealed)
    territory = next(n for n, r in enumerate(rows_) if r[0] == "territory")
    assert resolve(doc_of(rows_), territory) == []


def _bank(name, subject):
    """"Acme Bank sued Lee." (the bank the subject) or "Lee sued Acme Bank." (the object)."""
    bank = [(name, "PROPN", "NNP", "compound", 1, "B-ORG"), ("Bank", "PROPN", "NNP", "nsubj" if subject else "dobj", 2, "I-ORG")]
    if subject:
        return [*bank, ("sued", "VERB", "VBD", "ROOT", 2, "O"), ("Lee", "PROPN", "NNP", "dobj", 2, "B-PERSON"),
                (".", "PUNCT", ".", "punct", 2, "O")]
    return [("Lee", "PROPN", "NNP", "nsubj", 1, "B-PERSON"), ("sued", "VERB", "VBD", "ROOT", 1, "O"),
            (name, "PROPN", "NNP", "compound", 3, "B-ORG"), ("Bank", "PROPN", "NNP", "dobj", 1, "I-ORG"),
            (".", "PUNCT", ".", "punct", 1, "O")]


_BANK_WON = [("The", "DET", "DT", "det", 1, "O"), ("bank", "NOUN", "NN", "nsubj", 2, "O"),
             ("won", "VERB", "VBD", "ROOT", 2, "O"), (".", "PUNCT", ".", "punct", 2, "O")]


@pytest.mark.parametrize("recent_is_subject, expected", [
    (True, ["Beta Bank"]),  # the bank in view acted: it is the one meant
    (False, []),  # only mentioned in view, while the article's first bank acted: either may be meant
])
def test_coref_the_bank_in_view_needs_to_have_acted_when_the_article_named_another(doc_of, recent_is_subject, expected):
    rows_ = _text_of(_bank("Acme", True), *[_CROWDS] * 6, _bank("Beta", recent_is_subject), _BANK_WON)
    assert resolve(doc_of(rows_), len(rows_) - 3) == expected
