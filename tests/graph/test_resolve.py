"""Entity resolution rules on hand-built mentions."""
from __future__ import annotations

from dataclasses import replace

import pytest

from extract.types import Mention
from graph.resolve import name_key, resolve, strip_title
from tests.graph.conftest import Writer


def _resolve(*writers: Writer, actors=(), **options):
    mentions = [m for w in writers for m in w.mentions]
    texts = {w.doc_id: w.text for w in writers}
    return resolve(mentions, actors, texts=texts, **options)


@pytest.mark.parametrize("a,b", [
    ("Kim Jong-un", "Kim Jong Un"),
    ("Kim Jong-un", "KIM JONG UN"),
    ("Russia’s", "Russia"),
    ("Democratic People’s Republic of Korea", "Democratic People's Republic of Korea"),
    ("José Martí", "Jose Marti"),
    ("Lars Løkke", "Lars Lokke"),
    ("the United States", "United States"),
    ("President Vladimir Putin", "Vladimir Putin"),
    ("North Korean leader Kim Jong-un", "Kim Jong-un"),
    ("Foreign Minister Choe Son Hui", "Choe Son Hui"),
    ("former Prime Minister Tony Blair", "Tony Blair"),
    ("Hungarian Melinda Czink", "Melinda Czink"),
])
def test_name_key_reduces_variants_to_one_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [
    ("Kim Jong-un", "Kim Yo-jong"),
    ("North Korea", "South Korea"),
])
def test_name_key_keeps_different_names_apart(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("name", ["General Motors", "Security Council", "State Department"])
def test_name_key_keeps_title_words_of_organisations(name):
    assert name_key(name, person=False).split()[0] == name.split()[0].lower()


@pytest.mark.parametrize("name", ["Martin Luther King Jr", "Erik Prince", "Prime Minister"])
def test_strip_title_leaves_names_that_only_look_titled(name):
    assert strip_title(name) == name


def test_resolve_variants_of_one_name_are_one_entity_with_key_log(article):
    a = article("a").say(("Kim Jong-un", "PERSON"), " met envoys.")
    b = article("b").say(("Kim Jong Un", "PERSON"), " spoke.")
    r = _resolve(a, b)
    assert r.entity_id(a.find("Kim Jong-un")) == r.entity_id(b.find("Kim Jong Un"))
    [log] = [m for m in r.merges if m.rule == "key"]
    assert {log.name, log.label} == {"Kim Jong-un", "Kim Jong Un"} and log.sentence


def test_resolve_three_kims_stay_three_and_each_kim_joins_the_right_one(article):
    a = (article("a")
         .say(("Kim Jong-un", "PERSON"), " met ", ("Vladimir Putin", "PERSON"), ".")
         .say(("Kim", "PERSON"), " praised Russia.")
         .say("His sister ", ("Kim Yo-jong", "PERSON"), " issued a statement.")
         .say(("Kim", "PERSON"), " called it a provocation.")
         .say("The state was founded by ", ("Kim Il Sung", "PERSON"), "."))
    r = _resolve(a)
    jong_un, yo_jong, il_sung = (r.entity_id(a.find(n)) for n in ("Kim Jong-un", "Kim Yo-jong", "Kim Il Sung"))
    assert len({jong_un, yo_jong, il_sung}) == 3
    assert r.entity_id(a.find("Kim", 0)) == jong_un
    assert r.entity_id(a.find("Kim", 1)) == yo_jong


def test_resolve_surname_after_a_passing_namesake_is_the_main_person(article):
    a = (article("a").say(("Donald Trump", "PERSON"), " spoke.").say(("Trump", "PERSON"), " left.")
         .say("His niece ", ("Mary Trump", "PERSON"), " wrote a book.").say("Aides met.").say("Others came.")
         .say(("Trump", "PERSON"), " replied."))
    r = _resolve(a)
    assert r.entity_id(a.find("Trump", 1)) == r.entity_id(a.find("Donald Trump"))


def test_resolve_bare_surname_across_articles_only_when_unambiguous(article):
    a = article("a").say(("Sergei Shoigu", "PERSON"), " arrived.")
    b = article("b").say(("Shoigu", "PERSON"), " left.")
    c = article("c").say(("Kim Jong-un", "PERSON"), " spoke.").say(("Kim Yo-jong", "PERSON"), " spoke.")
    d = article("d").say(("Kim", "PERSON"), " spoke.")
    r = _resolve(a, b, c, d)
    assert r.entity_id(b.find("Shoigu")) == r.entity_id(a.find("Sergei Shoigu"))
    kim = r.entity_id(d.find("Kim"))
    assert kim not in {r.entity_id(c.find("Kim Jong-un")), r.entity_id(c.find("Kim Yo-jong"))}


def test_resolve_guard_never_chains_two_full_names_through_a_short_form(article):
    a = article("a").say(("Kim Jong-un", "PERSON"), " spoke.").say(("Kim", "PERSON"), " left.")
    b = article("b").say(("Kim Yo-jong", "PERSON"), " spoke.").say(("Kim", "PERSON"), " left.")
    c = article("c").say(("Kim", "PERSON"), " arrived.")
    r = _resolve(a, b, c, overrides={})
    assert r.entity_id(a.find("Kim Jong-un")) != r.entity_id(b.find("Kim Yo-jong"))
    assert r.entity_id(a.find("Kim")) == r.entity_id(a.find("Kim Jong-un"))
    assert r.entity_id(b.find("Kim")) == r.entity_id(b.find("Kim Yo-jong"))


@pytest.mark.parametrize("honorific,joins", [("Mr", True), ("Mrs", False)])
def test_resolve_honorific_gender_must_fit_the_full_name(article, honorific, joins):
    a = article("a").say(("Jonny Wilkinson", "PERSON"), " kicked.")
    b = article("b").say("The teacher ", (f"{honorific} Wilkinson", "PERSON"), " smiled.")
    r = _resolve(a, b)
    assert (r.entity_id(b.mentions[0]) == r.entity_id(a.find("Jonny Wilkinson"))) is joins


@pytest.mark.parametrize("short,full,joins", [
    ("Hyundai", "Hyundai Motor Company", True),
    ("BBC", "BBC Sport", False),
])
def test_resolve_organisation_short_forms_need_a_designator(article, short, full, joins):
    a = article("a").say((full, "ORG"), " grew.").say((short, "ORG"), " said.")
    r = _resolve(a)
    assert (r.entity_id(a.find(short)) == r.entity_id(a.find(full))) is joins


@pytest.mark.parametrize("parts,rule", [
    ((("Korean Central News Agency", "ORG"), " reported.", ), "acronym"),
    ((("Popular Mobilization Forces", "ORG"), " (", ("PMF", "ORG"), ") fought."), "parenthetical"),
    ((("Hayat Tahrir al-Sham", "ORG"), " (", ("HTS", "ORG"), ") fought."), "parenthetical"),
])
def test_resolve_acronyms_join_their_expansion(article, parts, rule):
    a = article("a").say(*parts)
    acronym = "KCNA" if rule == "acronym" else a.mentions[-1].text
    if rule == "acronym":
        a.say(("KCNA", "ORG"), " said so.")
    r = _resolve(a)
    assert r.entity_id(a.find(acronym)) == r.entity_id(a.mentions[0])
    assert any(m.rule == rule and m.name == acronym for m in r.merges)


@pytest.mark.parametrize("full,acronym,joins", [
    ("Public and Commercial Services Union", "PCS", True),  # the kind word left out
    ("Public and Commercial Services Union", "PCSU", True),
    ("Labour Party", "L", False),  # one letter is no acronym
    ("Public and Commercial Services Union", "PCU", False),
])
def test_resolve_acronym_may_leave_out_the_organisations_kind(article, full, acronym, joins):
    a = article("a").say((full, "ORG"), " will strike.").say((acronym, "ORG"), " leader spoke.")
    r = _resolve(a)
    assert (r.entity_id(a.find(acronym)) == r.entity_id(a.find(full))) is joins


def test_resolve_acronym_is_not_a_persons_initials(article):
    a = article("a").say(("Dan Jolin", "PERSON"), " wrote.").say(("DJ", "ORG"), "s play records.")
    r = _resolve(a)
    assert r.entity_id(a.find("DJ")) != r.entity_id(a.find("Dan Jolin"))


def test_resolve_acronym_across_articles_needs_a_definition(article):
    a = article("a").say(("First Division Association", "ORG"), " (", ("FDA", "ORG"), ") met.")
    b = article("b").say(("FDA", "ORG"), " approved drugs.")
    c = article("c").say(("Department of Defense", "ORG"), " spoke.")
    d = article("d").say(("DOD", "ORG"), " shared files.")
    r = _resolve(a, b, c, d)
    assert r.entity_id(b.find("FDA")) == r.entity_id(a.find("First Division Association"))
    assert r.entity_id(d.find("DOD")) != r.entity_id(c.find("Department of Defense"))


@pytest.mark.parametrize("name,label,country", [
    ("DPRK", "GPE", "North Korea"),
    ("Democratic People's Republic of Korea", "GPE", "North Korea"),
    ("U.S.", "GPE", "United States"),
    ("US", "ORG", "United States"),
    ("USA", "GPE", "United States"),
    ("United States of America", "GPE", "United States"),
    ("Russian Federation", "ORG", "Russia"),
    ("North Korean", "NORP", "North Korea"),
    ("Americans", "NORP", "United States"),
])
def test_resolve_country_forms_join_the_country(article, name, label, country):
    a = article("a").say((name, label), " acted.")
    r = _resolve(a)
    e = r.entities[r.entity_id(a.find(name))]
    assert (e.label, e.type) == (country, "GPE")


@pytest.mark.parametrize("name,label", [
    ("Korean", "NORP"),  # North or South: ambiguous, maps to nothing
    ("Congolese", "NORP"),
    ("Island", "ORG"),  # Island Records, not Iceland
    ("IT", "ORG"),  # not Italy's ISO code
    ("Jordan", "PERSON"),  # a person, not the country
])
def test_resolve_ambiguous_or_mistyped_names_join_no_country(article, name, label):
    a = article("a").say((name, label), " acted.")
    r = _resolve(a)
    assert r.entities[r.entity_id(a.find(name))].label == name


@pytest.mark.parametrize("literal", [False, True])
def test_resolve_capital_as_actor_is_the_country_and_as_place_stays(article, literal):
    a = article("a").say(("Moscow", "GPE"), " denies the claims.").say("Putin arrived in ", ("Moscow", "GPE"), ".")
    r = _resolve(a, actors=[a.find("Moscow", 0)], literal_capitals=literal)
    actor, place = r.entity_id(a.find("Moscow", 0)), r.entity_id(a.find("Moscow", 1))
    assert r.entities[place].label == "Moscow"
    assert (r.entities[actor].label == "Russia") is not literal


def test_resolve_capital_resolved_from_a_pronoun_is_no_actor(article):
    a = article("a").say(("Taipei", "GPE"), " played.")
    they = Mention("a", "Taipei", "GPE", 100, 104, 0, antecedent_of="they")
    r = resolve(a.mentions + [they], [they], texts={"a": a.text + " " * 110})
    assert r.entities[r.entity_id(they)].label == "Taipei"


def test_resolve_type_is_the_majority_and_a_conflict_is_logged(article):
    a = article("a").say(("Shoigu", "GPE"), " spoke.").say(("Shoigu", "PERSON"), " left.").say(("Shoigu", "PERSON"), " won.")
    r = _resolve(a)
    eid = r.entity_id(a.find("Shoigu"))
    assert r.entities[eid].type == "PERSON"
    assert [m.types for m in r.merges if m.rule == "type_conflict"] == [(("GPE", 1), ("PERSON", 2))]


def test_resolve_title_rekeys_a_titled_name_not_tagged_a_person(article):
    a = article("a").say(("George Bush", "PERSON"), " spoke.").say(("Bush", "PERSON"), " left.")
    b = article("b").say(("President Bush", "ORG"), " spoke.")
    r = _resolve(a, b)
    assert r.entity_id(b.find("President Bush")) == r.entity_id(a.find("George Bush"))


def test_resolve_common_noun_never_joins_a_name(article):
    a = article("a").say(("Shell", "ORG"), " sold oil.")
    b = article("b").say("A ", ("shell", "CONCEPT"), " broke.")
    r = _resolve(a, b)
    assert r.entity_id(a.find("Shell")) != r.entity_id(b.find("shell"))


def test_resolve_fragment_of_a_longer_name_is_no_short_form(article):
    a = article("a").say(("Charles Michel", "PERSON"), " spoke.")
    b = article("b").say("Queloz and ", ("Michel", "PERSON"), " Mayor won.")
    r = _resolve(a, b)
    assert r.entity_id(b.find("Michel")) != r.entity_id(a.find("Charles Michel"))


@pytest.mark.parametrize("options,joined", [
    ({"overrides": {"Dubya": "George W. Bush"}}, True),
    ({}, False),
])
def test_resolve_alias_file_forces_a_merge(article, options, joined):
    a = article("a").say(("George W. Bush", "PERSON"), " spoke.")
    b = article("b").say(("Dubya", "PERSON"), " spoke.")
    r = _resolve(a, b, **options)
    assert (r.entity_id(a.mentions[0]) == r.entity_id(b.mentions[0])) is joined
    assert any(m.rule == "alias_file" for m in r.merges) is joined


@pytest.mark.parametrize("options", [{"forbidden": [("Putin", "Vladimir Putin")]}, {"isolated": ["Putin"]}])
def test_resolve_alias_file_forbids_a_merge(article, options):
    a = article("a").say(("Vladimir Putin", "PERSON"), " spoke.").say(("Putin", "PERSON"), " left.")
    r = _resolve(a, **options)
    assert r.entity_id(a.find("Putin")) != r.entity_id(a.find("Vladimir Putin"))


def test_resolve_ids_are_deterministic_and_independent_of_order(article):
    a = article("a").say(("Vladimir Putin", "PERSON"), " met ", ("Kim Jong-un", "PERSON"), ".")
    b = article("b").say(("Putin", "PERSON"), " spoke of ", ("Russia", "GPE"), ".")
    one, two = _resolve(a, b), _resolve(b, a)
    assert sorted(one.entities) == sorted(two.entities) == ["kim-jong-un", "russia", "vladimir-putin"]
    assert one.merges == two.merges


def test_resolve_id_map_keeps_an_old_id_when_the_label_grows(article):
    a = article("a").say(("Shoigu", "PERSON"), " spoke.")
    first = _resolve(a)
    old = {k: e.id for e in first.entities.values() for k in e.keys}
    b = article("b").say(("Sergei Shoigu", "PERSON"), " arrived.")
    again = _resolve(a, b, id_map=old)
    eid = again.entity_id(b.find("Sergei Shoigu"))
    assert (eid, again.entities[eid].label) == ("shoigu", "Sergei Shoigu")


def test_resolve_merge_log_names_rule_document_and_sentence(article):
    a = article("a").say(("Vladimir Putin", "PERSON"), " arrived.").say("Later ", ("Putin", "PERSON"), " left Pyongyang.")
    r = _resolve(a)
    [m] = [m for m in r.merges if m.name == "Putin"]
    assert (m.rule, m.doc, m.label, m.sentence) == ("short_name", "a", "Vladimir Putin", "Later Putin left Pyongyang.")


def test_resolve_unexplained_occurrence_of_an_ambiguous_short_form_keeps_one_node(article):
    a = (article("a").say(("International Monetary Fund", "ORG"), " (", ("IMF", "ORG"), ") warned.")
         .say(("Irish Music Forum", "ORG"), " (", ("IMF", "ORG"), ") met.").say(("IMF", "ORG"), " said."))
    b = article("b").say(("IMF", "ORG"), " lent money.")
    r = _resolve(a, b)
    imf = {e.id for e in r.entities.values() if e.label == "IMF"}
    assert len(imf) <= 1


def test_resolve_place_tagged_surname_of_a_person_is_the_person_not_a_capital(article):
    a = article("a").say(("Sudesh Amman", "PERSON"), " was shot.").say(("Amman", "GPE"), " sent videos.")
    r = _resolve(a, actors=[a.find("Amman")])
    assert r.entity_id(a.find("Amman")) == r.entity_id(a.find("Sudesh Amman"))


def test_resolve_word_of_an_organisation_name_is_no_given_name(article):
    a = (article("a").say(("Diageo Chateau Wines", "ORG"), " grew.").say(("Diageo North America", "PERSON"), " sold.")
         .say(("Diageo", "PERSON"), " bought Chalone."))
    r = _resolve(a)
    assert r.entity_id(a.find("Diageo")) != r.entity_id(a.find("Diageo North America"))


def test_resolve_bare_given_name_never_joins_across_articles(article):
    a = article("a").say(("Chester Bennington", "PERSON"), " sang.")
    b = article("b").say(("Chester", "PERSON"), " lost the match.")
    r = _resolve(a, b)
    assert r.entity_id(b.find("Chester")) != r.entity_id(a.find("Chester Bennington"))


def test_shared_concepts_merge_bare_concepts_across_articles_with_a_logged_merge(article):
    a = article("a").say("The ", ("bee", "CONCEPT"), " pollinates crops.")
    b = article("b").say("A ", ("bee", "CONCEPT"), " stings.")
    shared = _resolve(a, b, shared_concepts=True)
    assert len({shared.entity_id(m) for m in a.mentions + b.mentions}) == 1
    (merge,) = [m for m in shared.merges if m.rule == "concept"]
    assert (merge.name, merge.doc, merge.sentence) == ("bee", "b", "A bee stings.")


def test_without_shared_concepts_a_bare_concept_is_a_node_of_its_article(article):
    a = article("a").say("The ", ("bee", "CONCEPT"), " pollinates crops.")
    b = article("b").say("A ", ("bee", "CONCEPT"), " stings.")
    apart = _resolve(a, b)
    assert len({apart.entity_id(m) for m in a.mentions + b.mentions}) == 2
    assert not [m for m in apart.merges if m.rule == "concept"]


def test_shared_concepts_keep_an_instance_or_a_generic_word_a_node_of_its_article(article):
    a = article("a").say("Parliament threw out the ", ("bill", "CONCEPT"), ". The ", ("company", "CONCEPT"), " grew.")
    b = article("b").say("The senate passed the ", ("bill", "CONCEPT"), ". The ", ("company", "CONCEPT"), " shrank.")
    for w in (a, b):  # "the bill" as the open profile marks it (extract.concepts.instance)
        w.mentions = [replace(m, instance=True) if m.text == "bill" else m for m in w.mentions]
    shared = _resolve(a, b, shared_concepts=True)
    for name in ("bill", "company"):  # the bill of each article is another bill; "company" says nothing
        assert shared.entity_id(a.find(name)) != shared.entity_id(b.find(name))
    assert not [m for m in shared.merges if m.rule == "concept"]
    c = article("c").say("The senate passed a ", ("patent bill", "CONCEPT"), ".")
    d = article("d").say("MPs debated the ", ("patent bill", "CONCEPT"), ".")
    shared = _resolve(c, d, shared_concepts=True)
    assert shared.entity_id(c.find("patent bill")) == shared.entity_id(d.find("patent bill"))


def test_shared_concepts_keep_a_common_word_a_node_of_its_article_but_join_a_technical_one(article):
    a = article("a").say("Viruses infect the ", ("computer", "CONCEPT"), " with ", ("spyware", "CONCEPT"), ".")
    b = article("b").say("The ", ("computer", "CONCEPT"), " runs ", ("spyware", "CONCEPT"), ".")
    shared = _resolve(a, b, shared_concepts=True)
    # "computer" is a common word of English (extract.concepts.common): another computer in each article
    assert shared.entity_id(a.find("computer")) != shared.entity_id(b.find("computer"))
    assert shared.entity_id(a.find("spyware")) == shared.entity_id(b.find("spyware"))
    assert [m.name for m in shared.merges if m.rule == "concept"] == ["spyware"]


@pytest.mark.parametrize("short,full,types", [
    ("HD", "HD-DVD", ("PRODUCT", "PRODUCT")),  # initials that are the compound's first word
    ("Blu", "Blu-ray", ("PRODUCT", "PRODUCT")),
    ("Wi", "Wi-Fi Alliance", ("ORG", "ORG")),
])
def test_resolve_first_part_of_a_hyphenated_name_is_not_that_name(article, short, full, types):
    a = article("a").say((full, types[1]), " discs sold.").say((short, types[0]), " offers more lines.")
    r = _resolve(a)
    assert r.entity_id(a.find(short)) != r.entity_id(a.find(full))


def test_resolve_hyphenated_name_still_takes_its_own_acronym(article):
    a = article("a").say(("Anglo-American Mining Corporation", "ORG"), " grew.").say(("AAMC", "ORG"), " said.")
    r = _resolve(a)
    assert r.entity_id(a.find("AAMC")) == r.entity_id(a.find("Anglo-American Mining Corporation"))


def _majority_by_counters(types):
    """graph.resolve.majority as first written (two Counters and a min), the reference."""
    from collections import Counter

    named = Counter({t: n for t, n in types.items() if t != "CONCEPT" and n > 0})
    pick = named or Counter({t: n for t, n in types.items() if n > 0})
    return min(pick, key=lambda t: (-pick[t], t != "PERSON", t)) if pick else None


def test_majority_gives_the_answer_of_the_counter_version():
    from collections import Counter
    from itertools import product

    from graph.resolve import majority

    labels = ("PERSON", "ORG", "GPE", "CONCEPT", "NORP")
    cases = 0
    for counts in product(range(-1, 3), repeat=len(labels)):
        types = Counter(dict(zip(labels, counts)))
        assert majority(types) == _majority_by_counters(types), types
        cases += 1
    assert cases == 4 ** 5 and majority(Counter()) is None


def test_merge_element_counts_as_counter_update():
    """The corpus element adds an article's counts in a loop: the counts and their order of
    Counter.update, into an empty element and into one holding some of the same names."""
    from collections import Counter

    from graph.resolve import _Element, _merge_element

    part = _Element("kim", surfaces=Counter({"Kim": 2, "Kim Jong-un": 1}), types=Counter({"PERSON": 3}),
                    docs={"b"}, evidence=("b", 4), first={"Kim": ("b", 4)})
    for into in (_Element("kim"),
                 _Element("kim", surfaces=Counter({"Kim Jong-un": 1, "KIM": 1}), types=Counter({"ORG": 1}),
                          docs={"a"}, evidence=("a", 0), first={"KIM": ("a", 0)})):
        surfaces, types = Counter(into.surfaces), Counter(into.types)
        surfaces.update(part.surfaces)
        types.update(part.types)
        _merge_element(into, part)
        assert list(into.surfaces.items()) == list(surfaces.items()) and into.surfaces["Kim"] == 2
        assert list(into.types.items()) == list(types.items())
        assert "b" in into.docs and into.first["Kim"] == ("b", 4)
