"""Cleaning: prose kept, headline found, page furniture and teasers for other stories dropped."""
from __future__ import annotations

import pytest

from extract.clean import (MAX_HEADLINE_WORDS, article_text, clean_text, headline_sentence,
                           is_teaser_heading, split_headline, unglue)

P1 = "The finance minister announced a new budget on Tuesday, raising taxes on large companies."
P2 = "Opposition leaders said the plan would hurt small firms and called for a vote in parliament."
P3 = "The central bank is expected to comment on the budget when its board meets next week."
#: a teaser for another story: complete sentences, then one cut off mid-sentence
TEASER = ("Floods in the north of the country forced thousands of people from their homes on Sunday. "
          "Rescue teams said more rain was expected over the coming days, and the army was")
OTHER_TEASER = ("A court in the capital sentenced a former mayor to five years in prison for bribery. "
                "Prosecutors had said the mayor took payments from builders who")


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n") if text else []


# -- headline --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    f"Minister unveils budget\n\n{P1}",
    f"Minister unveils budget\n\nTuesday, March 5, 2019\n\n{P1}",
    f"Minister unveils budget\nTuesday, March 5, 2019\n{P1}",
    f"  Minister unveils budget  \r\n\r\n{P1}",
    f"$1m payoff for former bank boss\n\n{P1}",
    f"Budget 'will hurt small firms' - union\n\n{P1}",
])
def test_split_headline_finds_short_unpunctuated_first_line(text):
    headline, rest = split_headline(text)
    assert headline is not None and headline == headline.strip() and P1 in rest
    assert headline not in rest


@pytest.mark.parametrize("text", [
    f"{P1}\n\n{P2}",                                   # a sentence, not a headline
    f"Minister unveils budget\n{P1}",                   # no blank line or dateline after it
    f"Budget\n\n{P1}",                                  # one word: a section name
    f"Home | World | Business\n\n{P1}",                 # a menu
    f"» Minister unveils budget\n\n{P1}",               # a list item
    f"Related stories\n\n{P1}",                         # a furniture heading
    f"Last updated: 05 Jun, 2025\n\n{P1}",              # a date line
    f"minister unveils budget\n\n{P1}",                 # starts in lower case: a fragment
    f"Minister unveils budget:\n\n{P1}",                # a lead-in
    " ".join(["Word"] * (MAX_HEADLINE_WORDS + 1)) + f"\n\n{P1}",
    "Minister unveils budget",                          # nothing after it
])
def test_split_headline_refuses_other_first_lines(text):
    assert split_headline(text) == (None, text)


def test_headline_sentence_ends_with_full_stop_once():
    assert headline_sentence("Minister unveils budget") == "Minister unveils budget."
    assert headline_sentence("Is the budget fair?") == "Is the budget fair?"
    assert headline_sentence("Growth slows in U.S.") == "Growth slows in U.S."


def test_headline_sentence_leaves_a_final_single_letter_alone():
    # "A/S." would be tokenised as one abbreviation and glued to the name
    assert headline_sentence("Retailer sells branch to Salling Group A/S") == "Retailer sells branch to Salling Group A/S"


def test_headline_sentence_lowers_title_case_words_the_body_writes_in_lower_case():
    body = "Finance Minister Jones unveils a budget on Tuesday; the minister said so."
    assert headline_sentence("Finance Minister Unveils Budget For Jones", body) == \
        "Finance Minister unveils budget For Jones."


def test_headline_sentence_keeps_a_sentence_case_headline_as_written():
    body = "the minister unveils the budget"
    assert headline_sentence("Minister Jones unveils budget", body) == "Minister Jones unveils budget."


def test_article_text_puts_title_first_and_does_not_repeat_it():
    title = "Minister unveils budget after long delay in parliament over tax"
    text = f"{title}\n\n{P1}\n{P2}"
    result = article_text(text, title)
    assert paragraphs(result) == [title + ".", P1, P2]


def test_article_text_prepends_a_title_not_in_the_text():
    assert paragraphs(article_text(P1, "Minister unveils budget")) == ["Minister unveils budget.", P1]


def test_article_text_without_title_is_the_cleaned_text():
    assert article_text(f"Home | World\n{P1}\n{P2}") == clean_text(f"Home | World\n{P1}\n{P2}")


# -- teasers and furniture -------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Related Stories", "Related", "More from Business", "Most read",
                                  "Most Popular", "You may also like", "Share this on:",
                                  "Leave a comment", "Sign up for our newsletter",
                                  "© 2024 Example Media Ltd", "Latest Articles", "Top Stories"])
def test_is_teaser_heading_generic_headings(line):
    assert is_teaser_heading(line)


@pytest.mark.parametrize("line", [P1, "More than 200 people were killed in the attack on Monday.",
                                  "Related parties must disclose their payments to the regulator.",
                                  "Latest figures show inflation rising for a third month in a row."])
def test_is_teaser_heading_refuses_prose(line):
    assert not is_teaser_heading(line)


def test_clean_text_stops_at_a_teaser_heading_after_the_article():
    text = "\n".join([P1, P2, P3, "Related stories", OTHER_TEASER.split(". ")[0] + "."])
    assert paragraphs(clean_text(text)) == [P1, P2, P3]


def test_clean_text_teaser_heading_before_the_article_does_not_end_it():
    text = "\n".join(["Top Stories", "» Markets rally on budget news", P1, P2, P3])
    assert paragraphs(clean_text(text)) == [P1, P2, P3]


def test_clean_text_teaser_heading_in_mid_article_does_not_end_it():
    # a sidebar with most of the article still to come is not the end of the page
    text = "\n".join([P1, "Most read", P2, P3, P1.replace("Tuesday", "Monday")])
    assert len(paragraphs(clean_text(text))) == 4


def test_clean_text_drops_a_trailing_run_of_cut_off_excerpts():
    text = "\n".join([P1, P2, P3, TEASER, OTHER_TEASER])
    assert paragraphs(clean_text(text)) == [P1, P2, P3]


def test_clean_text_keeps_one_cut_off_last_paragraph_trimmed():
    # one unfinished paragraph may be the article's own last one: its complete sentences stay
    text = "\n".join([P1, P2, TEASER])
    assert paragraphs(clean_text(text)) == [P1, P2, TEASER.split(" Rescue")[0]]


def test_clean_text_keeps_short_paragraphs_and_quotes_at_the_end():
    quote = '"We will not accept this budget," the union leader told reporters on Wednesday.'
    text = "\n".join([P1, P2, quote, "It was the third budget the minister presented this year."])
    assert paragraphs(clean_text(text))[-2:] == [quote, "It was the third budget the minister presented this year."]


def test_clean_text_never_drops_the_whole_article_as_teasers():
    text = "\n".join([TEASER, OTHER_TEASER])
    assert clean_text(text) != ""


def test_clean_text_keeps_a_trailing_list_without_full_stops():
    # the end of an article may be a list (award winners, line-ups): complete, only unpunctuated
    items = [f"Best {kind} design went to the production designed by the team at the National Theatre"
             for kind in ("lighting", "sound", "costume")]
    text = "\n".join([P1, P2, *items])
    assert paragraphs(clean_text(text)) == [P1, P2, *items]


def test_clean_text_keeps_cut_off_paragraphs_that_do_not_start_a_story():
    # a damaged article (a paragraph starting mid-sentence) is not a teaser for another story
    broken = "and the minister said the vote would be held after the summer recess. The opposition"
    text = "\n".join([P1, P2, broken, TEASER])
    assert P2 in clean_text(text) and "and the minister said" in clean_text(text)


def test_is_prose_remembered_answers_are_the_rules_answers():
    # is_prose keeps its answers per line (the build reads each article's lines twice): asked
    # again, and for a line too long to keep, it answers what the rules answer
    from extract import clean
    from extract.clean import is_prose

    lines = [P1, P2, TEASER, OTHER_TEASER, "Menu | Home | World", "Related Stories", "",
             "Bitcoin (BTC) $ 63,768.09 1.02%", "Home - World news - Business news - Sport news"]
    for line in lines + lines[::-1]:
        assert is_prose(line) == clean._prose(line) if line else True
    long_line = " ".join([P1] * (clean._REMEMBERED_CHARS // len(P1) + 1))
    assert len(long_line) > clean._REMEMBERED_CHARS
    assert is_prose(long_line) == clean._prose(long_line) is True
    assert clean._remembered_prose.cache_info().currsize > 0


# -- glued function words ------------------------------------------------------------------

@pytest.mark.parametrize("glued, apart", [
    ("She was a founder ofNew Labour in the nineties.", "She was a founder of New Labour in the nineties."),
    ("He flew to theUnited States on Monday.", "He flew to the United States on Monday."),
    ("The talks inLondon and inParis ended.", "The talks in London and in Paris ended."),
    ("Fans came fromGlasgow againstRangers.", "Fans came from Glasgow against Rangers."),
])
def test_unglue_sets_a_function_word_apart_from_the_name_it_is_glued_to(glued, apart):
    assert unglue(glued) == apart


@pytest.mark.parametrize("line", [
    "Follow @inLondon and #theVoice for updates.",      # a handle and a hashtag
    "See www.inLondon.com or news/ofNew for more.",     # an address
    "She bought an iPhone on eBay from McDonald and theBBC.",  # brands, a name, an acronym
    "Another Theatre opened in Bonn.",                  # a word that only starts like one
])
def test_unglue_leaves_handles_addresses_and_names_alone(line):
    assert unglue(line) == line


def test_clean_text_and_title_unglue_function_words():
    body = clean_text(f"{P1}\nThe leader ofNew Labour said the plan would hurt small firms in theNorth.")
    assert "of New Labour" in body and "the North" in body and "ofNew" not in body
    assert article_text(P1, title="Budget row inLondon").startswith("Budget row in London.")


@pytest.mark.parametrize("text", [
    "a  b\t\tc\u00a0\u00a0d\n  e \n\n\tf\t",
    "x \r\n y\r z \x00\x0b w\n\u00a0\n",
    "\u2003em space\u2003 \n one\u00a0 \t two   ",
    "",
])
def test_lines_collapse_blanks_as_line_by_line(text):
    """_lines collapses blanks over the whole text at once: the lines of collapsing each line."""
    from extract.clean import _BLANKS, _CONTROL, _lines

    normal = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert _lines(text) == [_BLANKS.sub(" ", raw).strip() for raw in normal.split("\n")]
