"""Resolution rules for written forms of one name (graph.name_forms), on hand-built mentions,
and the scoping of generic concepts to their article."""
from __future__ import annotations

import pytest

from graph.resolve import resolve
from tests.graph.conftest import Writer


def _resolve(*writers: Writer, **options):
    mentions = [m for w in writers for m in w.mentions]
    return resolve(mentions, texts={w.doc_id: w.text for w in writers}, **options)


def _same(r, *pairs) -> bool:
    ids = {r.entity_id(w.find(name)) for w, name in pairs}
    return len(ids) == 1 and None not in ids


def _rules(r, name: str) -> set[str]:
    return {m.rule for m in r.merges if m.name == name}


def test_resolve_legal_form_suffix_joins_the_company(article):
    a = article("a").say(("Salling Group A/S", "ORG"), " bought stores.")
    b = article("b").say(("Salling Group", "ORG"), " opened stores.")
    r = _resolve(a, b)
    assert _same(r, (a, "Salling Group A/S"), (b, "Salling Group"))
    assert "legal_form" in _rules(r, "Salling Group A/S")


def test_resolve_legal_form_needs_an_organisation_on_both_sides(article):
    a = article("a").say(("New York AG", "ORG"), " sued.").say(("New York", "GPE"), " is big.")
    r = _resolve(a)
    assert not _same(r, (a, "New York AG"), (a, "New York"))


def test_resolve_company_first_word_joins_the_one_full_company_name_of_its_article(article):
    a = article("a").say(("HDT Limited", "ORG"), " sold ", ("HDT Védelmi Ipari Kft", "PERSON"), ".")
    r = _resolve(a)
    assert _same(r, (a, "HDT Limited"), (a, "HDT Védelmi Ipari Kft"))
    assert r.entities[r.entity_id(a.find("HDT Limited"))].type == "ORG"  # a legal form names a company


def test_resolve_company_first_word_stays_apart_when_two_companies_fit(article):
    a = article("a").say(("HDT Limited", "ORG"), " owns ", ("HDT Alpha Kft", "ORG"), " and ",
                         ("HDT Beta Kft", "ORG"), ".")
    r = _resolve(a)
    assert len({r.entity_id(a.find(n)) for n in ("HDT Limited", "HDT Alpha Kft", "HDT Beta Kft")}) == 3


def test_resolve_company_first_word_does_not_cross_articles(article):
    a = article("a").say(("HDT Limited", "ORG"), " sold arms.")
    b = article("b").say(("HDT Védelmi Ipari Kft", "ORG"), " bought arms.")
    r = _resolve(a, b)
    assert not _same(r, (a, "HDT Limited"), (b, "HDT Védelmi Ipari Kft"))


def test_resolve_transliterations_are_one_entity(article):
    a = article("a").say(("Al-Qaeda", "ORG"), " grew.").say(("Osama bin Laden", "PERSON"), " led it.")
    b = article("b").say(("al-Qa’ida", "ORG"), " said ", ("Usama bin Ladin", "PERSON"), " died.")
    r = _resolve(a, b)
    assert _same(r, (a, "Al-Qaeda"), (b, "al-Qa’ida"))
    assert _same(r, (a, "Osama bin Laden"), (b, "Usama bin Ladin"))
    assert "transliteration" in _rules(r, "al-Qa’ida") | _rules(r, "Al-Qaeda")


def test_resolve_transliteration_keeps_relatives_apart(article):
    a = article("a").say(("Osama bin Laden", "PERSON"), " and ", ("Hamza bin Laden", "PERSON"), " hid.")
    b = article("b").say(("Tim Cook", "PERSON"), " met ", ("Tom Cook", "PERSON"), ".")
    r = _resolve(a, b)
    assert not _same(r, (a, "Osama bin Laden"), (a, "Hamza bin Laden"))
    assert not _same(r, (b, "Tim Cook"), (b, "Tom Cook"))


def test_resolve_plural_of_a_group_joins_its_singular(article):
    a = article("a").say(("Houthis", "NORP"), " fired.").say("A ", ("Houthi", "NORP"), " leader spoke.")
    r = _resolve(a)
    assert _same(r, (a, "Houthis"), (a, "Houthi"))
    assert "plural" in _rules(r, "Houthis") | _rules(r, "Houthi")


def test_resolve_plural_never_joins_a_place(article):
    a = article("a").say(("Hamas", "ORG"), " fired from ", ("Hama", "GPE"), ".")
    r = _resolve(a)
    assert not _same(r, (a, "Hamas"), (a, "Hama"))


def test_resolve_party_members_and_adjective_join_the_party(article):
    a = article("a").say(("Democrats", "NORP"), " won.").say(("Democratic", "NORP"), " senators voted.")
    b = article("b").say("The ", ("Democratic Party", "ORG"), " met ", ("Republicans", "NORP"), ".")
    r = _resolve(a, b)
    assert _same(r, (a, "Democrats"), (a, "Democratic"), (b, "Democratic Party"))
    assert not _same(r, (b, "Democratic Party"), (b, "Republicans"))
    assert "party" in _rules(r, "Democrats") | _rules(r, "Democratic")


def test_resolve_country_qualified_institution_is_the_bare_one(article):
    a = article("a").say(("US State Department", "ORG"), " spoke.").say(("United States", "GPE"), " acted.")
    b = article("b").say(("Ukraine", "GPE"), " called ", ("Ukraine", "GPE"), ".").say(
        "The ", ("State Department", "ORG"), " of the ", ("United States", "GPE"), " answered.")
    c = article("c").say("The ", ("United States Department of State", "ORG"), " denied it.")
    r = _resolve(a, b, c)
    assert _same(r, (a, "US State Department"), (b, "State Department"), (c, "United States Department of State"))
    assert not _same(r, (a, "US State Department"), (a, "United States"))


def test_resolve_bare_institution_follows_its_article_country(article):
    a = article("a").say("The ", ("Tunisian Parliament", "ORG"), " met.").say(("Parliament", "ORG"), " voted.")
    b = article("b").say(("Parliament of the United Kingdom", "ORG"), " sat.").say(("Parliament", "ORG"), " rose.")
    c = article("c").say(("Britain", "GPE"), " voted.").say(("Parliament", "ORG"), " met.")
    r = _resolve(a, b, c)
    assert _same(r, (a, "Tunisian Parliament"), (a, "Parliament"))
    assert _same(r, (b, "Parliament of the United Kingdom"), (b, "Parliament"), (c, "Parliament"))
    assert not _same(r, (a, "Parliament"), (b, "Parliament"))
    assert "institution" in _rules(r, "Parliament")
    assert r.entities[r.entity_id(c.find("Parliament"))].label == "Parliament of the United Kingdom"


def test_resolve_bare_institution_of_an_unqualified_country_stays_apart(article):
    a = article("a").say(("Parliament of the United Kingdom", "ORG"), " sat.")
    b = article("b").say(("India", "GPE"), " voted.").say(("Parliament", "ORG"), " met.")
    r = _resolve(a, b)
    assert not _same(r, (a, "Parliament of the United Kingdom"), (b, "Parliament"))


def test_resolve_ordinal_and_country_before_an_institution(article):
    a = article("a").say("The ", ("116th U.S. Congress", "ORG"), " opened.").say(("Congress", "ORG"), " voted.")
    r = _resolve(a)
    assert _same(r, (a, "116th U.S. Congress"), (a, "Congress"))


def test_resolve_both_word_orders_of_a_department_in_one_article(article):
    a = article("a").say("The ", ("Justice Department", "ORG"), " sued.").say(
        "The ", ("Department of Justice", "ORG"), " won.")
    r = _resolve(a)
    assert _same(r, (a, "Justice Department"), (a, "Department of Justice"))
    assert "institution" in _rules(r, "Justice Department") | _rules(r, "Department of Justice")


def test_resolve_bare_word_orders_in_two_articles_may_be_two_countries(article):
    a = article("a").say(("Israel", "GPE"), "'s ", ("Health Ministry", "ORG"), " said.")
    b = article("b").say(("Peru", "GPE"), "'s ", ("Ministry of Health", "ORG"), " said.")
    r = _resolve(a, b)
    assert not _same(r, (a, "Health Ministry"), (b, "Ministry of Health"))


def test_resolve_lower_case_institution_word_is_the_article_institution(article):
    a = article("a").say(("Argentina", "GPE"), "'s ", ("National Congress", "ORG"), " met.").say(
        "The ", ("congress", "ORG"), " voted.")
    r = _resolve(a)
    assert _same(r, (a, "National Congress"), (a, "congress"))
    assert "head_noun" in _rules(r, "congress")


def test_resolve_lower_case_institution_word_stays_apart_when_two_fit(article):
    a = article("a").say(("National Congress", "ORG"), " and ", ("Indian National Congress", "ORG"),
                         " met.").say("The ", ("congress", "ORG"), " voted.")
    r = _resolve(a)
    assert not _same(r, (a, "National Congress"), (a, "congress"))


@pytest.mark.parametrize("before", ["The ", "They suspended "])
def test_resolve_common_noun_of_a_bare_institution_joins_it(article, before):
    a = article("a").say(("Tunisian Parliament", "ORG"), " met.").say(("Parliament", "ORG"), " voted.").say(
        before, ("parliament", "CONCEPT"), " rose.")
    r = _resolve(a)
    assert _same(r, (a, "Tunisian Parliament"), (a, "parliament"))


def test_resolve_institution_head_is_short_for_its_of_name(article):
    a = article("a").say(("House of Representatives", "ORG"), " voted.").say(("House", "ORG"), " rose.").say(
        ("House Judiciary Committee", "ORG"), " met.")
    r = _resolve(a)
    assert _same(r, (a, "House of Representatives"), (a, "House"))
    assert not _same(r, (a, "House"), (a, "House Judiciary Committee"))


def test_resolve_first_name_tagged_an_organisation_joins_the_one_person_with_it(article):
    a = article("a").say(("Hamza bin Laden", "PERSON"), " died.").say(("Hamza", "ORG"), " had threatened.").say(
        ("NPR Hamza bin Laden", "ORG"), " reported.")
    r = _resolve(a)
    assert _same(r, (a, "Hamza bin Laden"), (a, "Hamza"))
    assert "first_name" in _rules(r, "Hamza")


def test_resolve_first_name_stays_apart_when_two_people_have_it(article):
    a = article("a").say(("Hamza bin Laden", "PERSON"), " met ", ("Hamza Ali", "PERSON"), ".").say(
        ("Hamza", "ORG"), " spoke.")
    r = _resolve(a)
    assert r.entity_id(a.find("Hamza")) not in {r.entity_id(a.find("Hamza bin Laden")), r.entity_id(a.find("Hamza Ali"))}


def test_resolve_monarch_title_alone_is_the_titled_person(article):
    a = article("a").say("He asked Queen ", ("Elizabeth II", "PERSON"), ".").say("The ", ("Queen", "PERSON"), " agreed.")
    b = article("b").say("The ", ("Queen", "CONCEPT"), " spoke.")
    r = _resolve(a, b)
    assert _same(r, (a, "Elizabeth II"), (a, "Queen"), (b, "Queen"))
    assert {"title_alone", "title_corpus"} <= _rules(r, "Queen")


def test_resolve_monarch_title_stays_apart_when_two_hold_it(article):
    a = article("a").say("Queen ", ("Elizabeth II", "PERSON"), " met Queen ", ("Margrethe II", "PERSON"), ".").say(
        "The ", ("Queen", "PERSON"), " spoke.")
    r = _resolve(a)
    assert r.entity_id(a.find("Queen")) not in {r.entity_id(a.find("Elizabeth II")), r.entity_id(a.find("Margrethe II"))}


def test_resolve_office_title_alone_is_no_person(article):
    a = article("a").say("President ", ("Donald Trump", "PERSON"), " spoke.").say(
        ("Pelosi", "PERSON"), " became ", ("Speaker", "CONCEPT"), " after ", ("President", "PERSON"), " left.")
    r = _resolve(a)
    assert r.entity_id(a.find("President")) != r.entity_id(a.find("Donald Trump"))


def test_resolve_lower_case_duplicate_of_a_name(article):
    a = article("a").say(("YouTube", "ORG"), " removed it from ", ("youTube", "CONCEPT"), ".").say(
        ("Donald Trump", "PERSON"), " and ", ("donald trump", "CONCEPT"), ".")
    r = _resolve(a)
    assert _same(r, (a, "YouTube"), (a, "youTube"))
    assert _same(r, (a, "Donald Trump"), (a, "donald trump"))
    assert "lower_case" in _rules(r, "youTube")


def test_resolve_hyphenated_surname_is_short_for_the_full_name(article):
    a = article("a").say(("Eva Glawischnig-Piesczek", "PERSON"), " sued.").say(
        ("Glawischnig-Piesczek", "PERSON"), " won.")
    r = _resolve(a)
    assert _same(r, (a, "Eva Glawischnig-Piesczek"), (a, "Glawischnig-Piesczek"))


@pytest.mark.parametrize("phrase", ["campaign", "agreement", "new agreement"])
def test_resolve_generic_concept_is_a_node_of_its_article(article, phrase):
    a = article("a").say("They launched a ", (phrase, "CONCEPT"), ".")
    b = article("b").say("They signed a ", (phrase, "CONCEPT"), ".")
    r = _resolve(a, b)
    ea, eb = r.entity_id(a.find(phrase)), r.entity_id(b.find(phrase))
    assert ea != eb and r.entities[ea].label == r.entities[eb].label == phrase
    assert _resolve(b, a).entity_id(a.find(phrase)) == ea  # deterministic, whatever the order


def test_resolve_concept_with_distinguishing_modifier_is_shared(article):
    a = article("a").say("They stopped an ", ("arms transfer", "CONCEPT"), ".")
    b = article("b").say("They allowed an ", ("arms transfer", "CONCEPT"), ".")
    r = _resolve(a, b)
    assert _same(r, (a, "arms transfer"), (b, "arms transfer"))


def test_resolve_generic_concept_keeps_its_id_in_a_later_build(article):
    a = article("a").say("They launched a ", ("campaign", "CONCEPT"), ".")
    b = article("b").say("They ended a ", ("campaign", "CONCEPT"), ".")
    first = _resolve(b)
    old = {k: e.id for e in first.entities.values() for k in e.keys}
    later = _resolve(a, b, id_map=old)
    assert later.entity_id(b.find("campaign")) == first.entity_id(b.find("campaign"))
    assert later.entity_id(a.find("campaign")) == _resolve(a, b).entity_id(a.find("campaign"))


def test_resolve_plural_of_an_organisation_is_another_organisation(article):
    a = article("a").say("The ", ("Times", "ORG"), " quoted ", ("Time", "ORG"), ".")
    r = _resolve(a)
    assert not _same(r, (a, "Times"), (a, "Time"))


def test_resolve_person_after_a_country_is_no_institution(article):
    a = article("a").say("First Minister of ", ("Scotland Nicola Sturgeon", "ORG"), " spoke.").say(
        ("Nicola Sturgeon", "ORG"), " said so.")
    b = article("b").say(("Nicola Sturgeon", "PERSON"), " won.").say(("Nicola Sturgeon", "PERSON"), " spoke.")
    r = _resolve(a, b)
    assert not _same(r, (a, "Scotland Nicola Sturgeon"), (a, "Nicola Sturgeon"))


def test_resolve_common_noun_of_an_institution_with_another_determiner_is_another_one(article):
    a = article("a").say(("Tunisian Parliament", "ORG"), " met.").say(("Parliament", "ORG"), " voted.").say(
        "He left his ", ("parliament", "CONCEPT"), ".")
    r = _resolve(a)
    assert not _same(r, (a, "Tunisian Parliament"), (a, "parliament"))


def test_resolve_one_word_name_is_a_surname_before_a_given_name(article):
    a = article("a").say(("Michael Howard", "PERSON"), " spoke.").say(
        ("Howard Flight", "PERSON"), " said ", ("Howard", "PERSON"), " erred.")
    r = _resolve(a)
    assert _same(r, (a, "Michael Howard"), (a, "Howard"))
    assert not _same(r, (a, "Howard Flight"), (a, "Howard"))


def test_resolve_name_after_an_honorific_is_never_a_given_name(article):
    a = article("a").say(("Howard Flight", "PERSON"), " spoke.").say("Mr ", ("Howard", "PERSON"), " erred.")
    r = _resolve(a)
    assert not _same(r, (a, "Howard Flight"), (a, "Howard"))


def test_resolve_given_name_alone_still_joins_its_person(article):
    a = article("a").say(("Howard Flight", "PERSON"), " spoke.").say(("Howard", "PERSON"), " erred.")
    r = _resolve(a)
    assert _same(r, (a, "Howard Flight"), (a, "Howard"))


def test_resolve_country_qualified_head_is_the_of_name_of_its_article(article):
    a = article("a").say("The ", ("U.S. House", "ORG"), " voted.").say(
        "The ", ("House of Representatives", "ORG"), " rose.")
    b = article("b").say("The ", ("British Parliament", "ORG"), " sat.")
    c = article("c").say("The ", ("Parliament of Tunisia", "ORG"), " sat.")
    r = _resolve(a, b, c)
    assert _same(r, (a, "U.S. House"), (a, "House of Representatives"))
    assert not _same(r, (b, "British Parliament"), (c, "Parliament of Tunisia"))


def test_resolve_country_qualified_head_does_not_cross_articles(article):
    a = article("a").say("The ", ("U.S. House", "ORG"), " voted.")
    b = article("b").say("The ", ("House of Lords", "ORG"), " rose.")
    r = _resolve(a, b)
    assert not _same(r, (a, "U.S. House"), (b, "House of Lords"))


def test_resolve_name_two_entities_share_is_no_alias_of_either(article):
    a = article("a").say("The ", ("Tunisian Parliament", "ORG"), " met.").say(("Parliament", "ORG"), " voted.")
    b = article("b").say(("Parliament of the United Kingdom", "ORG"), " sat.").say(("Parliament", "ORG"), " rose.")
    r = _resolve(a, b)
    tunisian, british = (r.entities[r.entity_id(w.find(n))] for w, n in
                         ((a, "Tunisian Parliament"), (b, "Parliament of the United Kingdom")))
    assert tunisian.id != british.id
    assert "Parliament" not in tunisian.aliases and "Parliament" not in british.aliases
    assert "Tunisian Parliament" in tunisian.aliases
    assert any(m.name == "Parliament" and m.entity == tunisian.id for m in r.merges)


def test_resolve_organisation_without_its_designator_is_the_one_with_it(article):
    a = article("a").say("The ", ("Raksa Chart Party", "ORG"), " met.").say(("Raksa Chart", "ORG"), " voted.")
    b = article("b").say(("Raksa Chart", "ORG"), " sold.")
    r = _resolve(a, b)
    assert _same(r, (a, "Raksa Chart Party"), (a, "Raksa Chart"))
    assert "short_name" in _rules(r, "Raksa Chart")


def test_resolve_organisation_without_its_designator_stays_apart_across_articles(article):
    a = article("a").say("The ", ("Raksa Chart Party", "ORG"), " met.")
    b = article("b").say(("Raksa Chart", "ORG"), " sold.")
    r = _resolve(a, b)
    assert not _same(r, (a, "Raksa Chart Party"), (b, "Raksa Chart"))


def test_resolve_common_noun_of_an_institution_head_joins_its_of_name(article):
    a = article("a").say(("Parliament of the United Kingdom", "ORG"), " sat.").say(("Parliament", "ORG"), " rose.").say(
        "They suspended ", ("parliament", "CONCEPT"), ".")
    r = _resolve(a)
    assert _same(r, (a, "Parliament of the United Kingdom"), (a, "parliament"))


def test_resolve_monarch_title_tagged_apart_before_the_name_is_the_title(article):
    a = article("a").say("Johnson asked ", ("Queen", "PERSON"), " ", ("Elizabeth II", "PERSON"), " to act.").say(
        "The ", ("Queen", "PERSON"), " agreed.")
    r = _resolve(a)
    assert _same(r, (a, "Queen"), (a, "Elizabeth II"))


def test_resolve_country_qualified_kind_a_country_has_many_of_is_not_the_of_name(article):
    a = article("a").say(("Ann Lee", "PERSON"), " of ", ("American University", "ORG"), " spoke.").say(
        ("Bo Kim", "PERSON"), " of the ", ("University of Leeds", "ORG"), " agreed.")
    r = _resolve(a)
    assert not _same(r, (a, "American University"), (a, "University of Leeds"))
