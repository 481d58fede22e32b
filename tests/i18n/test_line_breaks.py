"""Lao and Khmer get a break mark at each word ICU finds, and nowhere else."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk.i18n import line_breaks
from kiosk.i18n.bidi import plain
from kiosk.i18n.catalog import Catalog
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.line_breaks import ZWSP, break_opportunities, mark_line_breaks
from kiosk.i18n.translator import Translator

# "Information about immigration for people who live in the city. Police": no space inside.
KHMER = "ព័ត៌មានអំពីអន្តោប្រវេសន៍សម្រាប់អ្នករស់នៅក្នុងទីក្រុង។ ប៉ូលិស"
LAO = "ຂໍ້ມູນກ່ຽວກັບການເຂົ້າເມືອງ"


def test_khmer_words_are_marked_where_icu_breaks_them() -> None:
    marked = mark_line_breaks(KHMER, "km")
    assert marked.split(ZWSP) == [
        "ព័ត៌មាន",  # information
        "អំពី",  # about
        "អន្តោប្រវេសន៍",  # immigration
        "សម្រាប់",  # for
        "អ្នក",  # people
        "រស់នៅ",  # live
        "ក្នុង",  # in
        "ទីក្រុង។ ប៉ូលិស",  # the city. Police: no mark before the full stop, nor at the space
    ]
    assert plain(marked) == KHMER, "what Listen and the checks read is the text as written"


def test_lao_words_are_marked() -> None:
    marked = mark_line_breaks(LAO, "lo")
    assert marked.count(ZWSP) >= 2
    cuts = {i - n for n, i in enumerate(i for i, ch in enumerate(marked) if ch == ZWSP)}
    assert cuts <= break_opportunities(LAO, "lo")


@pytest.mark.parametrize(
    "latin",
    ["https://www.cityofwestsacramento.org/a-b", "{date}", "SB 54", "287(g)", "**", "[ICE](https://ice.gov)"],
)
def test_nothing_but_letters_of_the_script_is_marked(latin: str) -> None:
    text = f"ព័ត៌មាន{latin}អំពី"
    assert latin in mark_line_breaks(text, "km")
    assert mark_line_breaks(latin, "km") == latin


def test_a_translator_marks_lao_and_khmer_only() -> None:
    catalog = Catalog("km", current={(None, "Home"): "ព័ត៌មានអំពី"})
    assert Translator(LANGUAGES["km"], catalog).lookup(None, "Home") == f"ព័ត៌មាន{ZWSP}អំពី"
    same = Catalog("ko", current={(None, "Home"): "ព័ត៌មានអំពី"})
    assert Translator(LANGUAGES["ko"], same).lookup(None, "Home") == "ព័ត៌មានអំពី"
    assert [c for c, lang in LANGUAGES.items() if lang.dictionary_breaks] == ["lo", "km"]


@pytest.mark.expect_log("kiosk.i18n.translators", "WARNING")
def test_without_icu_the_text_is_left_alone_and_it_is_said_at_start_not_on_a_lookup(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    from kiosk.i18n import translators

    monkeypatch.setattr(line_breaks, "_icu", lambda: None)
    monkeypatch.setattr(translators, "_reported", {})
    with caplog.at_level(logging.WARNING):
        # A visitor's Lao or Khmer text: looked up, left alone, and nothing logged (a line
        # then would say which language that visitor reads).
        assert mark_line_breaks(KHMER, "km") == KHMER
        assert mark_line_breaks(LAO, "lo") == LAO
        assert not caplog.records
        kept = translators.Translators(tmp_path)
        kept.report_faults(["en", "lo", "km"])  # at start and between visits
        kept.report_faults(["en", "lo", "km"])
    said = [r.getMessage() for r in caplog.records if r.name == "kiosk.i18n.translators"]
    assert len(said) == 1 and "Lao and Khmer lines break only at spaces" in said[0]
    assert line_breaks.icu_version() is None
