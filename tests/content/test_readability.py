"""The Flesch-Kincaid grade of card text: the formula, the counts it is made of, the Markdown."""

from __future__ import annotations

import pytest

from kiosk.content.readability import Reading, card_reading, measure, syllables


def test_the_formula_gives_the_published_example() -> None:
    # Flesch-Kincaid's textbook case: "The Australian platypus is seemingly a hybrid of a mammal
    # and reptilian creature." has 13 words and 24 syllables in 1 sentence, grade 11.3.
    assert round(Reading(words=13, sentences=1, syllables=24).grade, 1) == 11.3


def test_sentence_length_and_word_length_both_count() -> None:
    short = Reading(words=10, sentences=2, syllables=12).grade  # 0.39*5 + 11.8*1.2 - 15.59
    assert short == pytest.approx(0.52)
    assert Reading(words=20, sentences=2, syllables=24).grade == pytest.approx(short + 0.39 * 5)
    assert Reading(words=10, sentences=2, syllables=22).grade == pytest.approx(short + 11.8)


def test_no_words_is_grade_zero() -> None:
    assert Reading(0, 0, 0).grade == 0.0
    assert card_reading("", "").grade == 0.0


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("crime", 1),
        ("police", 2),
        ("federal", 3),
        ("immigration", 4),
        ("undocumented", 5),
        ("Department's", 3),  # the apostrophe's "s" is no syllable
        ("well-being", 3),
        ("2018", 1),
    ],
)
def test_syllables_from_the_hyphenation_dictionary(word: str, count: int) -> None:
    assert syllables(word) == count


def test_counts_of_a_sentence_checked_by_hand() -> None:
    # The(1) po-lice(2) want(1) to(1) help(1). Call(1) them(1) to-day(2)!
    reading = measure(["The police want to help. Call them today!"])
    assert reading == Reading(words=8, sentences=2, syllables=10)
    assert reading.grade == pytest.approx(0.39 * 4 + 11.8 * 10 / 8 - 15.59)


def test_markdown_is_stripped_and_a_title_or_list_item_ends_a_sentence() -> None:
    body = "**Yes.** You can report a crime.\n\n- Call the police\n- Tell them what you saw\n"
    assert card_reading("Report a crime", body) == measure(
        ["Report a crime", "Yes. You can report a crime.", "Call the police", "Tell them what you saw"]
    )
    reading = card_reading("Report a crime", body)
    assert (reading.words, reading.sentences) == (17, 5)


def test_numbers_and_dotted_numbers_do_not_end_a_sentence() -> None:
    reading = measure(["Resolution 17-29 was adopted in 2017; SB 54 took effect on 1.1.2018 in California."])
    assert (reading.words, reading.sentences) == (14, 1)
