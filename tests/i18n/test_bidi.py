"""Right-to-left translations keep Latin words, numbers and codes in reading order."""

from __future__ import annotations

from kiosk.i18n.bidi import LRI, PDI, RLM, plain, right_to_left


def test_numbers_and_codes_become_left_to_right_islands() -> None:
    marked = right_to_left("مصوبه 17-29 و برنامه 287(g) و SB 54")
    assert marked.startswith(RLM)
    for run in ("17-29", "287(g)", "SB 54"):
        assert f"{LRI}{run}{PDI}" in marked


def test_brackets_around_a_run_stay_outside_it() -> None:
    assert f"({LRI}WSPD{PDI})" in right_to_left("اداره پلیس (WSPD) است")


def test_placeholders_are_left_for_format() -> None:
    marked = right_to_left("آخرین بررسی: {date}")
    assert marked.format(date="2026") == f"{RLM}آخرین بررسی: 2026"


def test_bold_markers_stay_outside_the_island() -> None:
    assert f"**{LRI}SB 54{PDI}**" in right_to_left("قانون **SB 54** است")


def test_marking_is_invisible_and_done_once() -> None:
    text = "ICE و شهر 2017"
    once = right_to_left(text)
    assert right_to_left(once) == once
    assert plain(once) == text
