"""Short Chinese and Japanese headings broken into even lines (kiosk/i18n/balance.py): pure."""

from __future__ import annotations

import pytest

from kiosk.i18n.balance import balanced, balanced_lines, is_balanced_script


def test_a_heading_in_two_lines_ends_at_its_comma_not_on_a_lone_question() -> None:
    # Qt's wrap left "吗？" alone on the second line at some widths.
    lines = balanced_lines("如果我没有合法身份，我可以报案吗？", 2)
    assert lines == ["如果我没有合法身份，", "我可以报案吗？"]


def test_lines_are_about_equal_without_a_comma() -> None:
    lines = balanced_lines("警察局希望犯罪受害人报案吗？", 2)
    assert "".join(lines) == "警察局希望犯罪受害人报案吗？"
    assert abs(len(lines[0]) - len(lines[1])) <= 1


@pytest.mark.parametrize("count", [2, 3, 4])
def test_no_line_is_under_a_third_of_the_first(count: int) -> None:
    text = "加州价值观法（SB 54）对警察与联邦移民执法机构的合作有哪些限制？"
    lines = balanced_lines(text, count)
    assert len(lines) == count and "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(len(line) * 3 >= len(lines[0]) for line in lines)


def test_never_inside_a_latin_run_before_a_closing_mark_or_after_an_opening_one() -> None:
    for count in (2, 3):
        for line in balanced_lines("什么是287(g)协议？「加州价值观法」的例外（SB 54）", count):
            assert line[0] not in "，。？）」" and line[-1] not in "（「"
            assert "287(g)" in line or "287" not in line
            assert "SB 54" in line or "SB" not in line


def test_other_scripts_and_one_line_stay_as_they_are() -> None:
    assert not is_balanced_script("Can I report a crime?")
    assert balanced_lines("Can I report a crime if I am undocumented?", 2) == [
        "Can I report a crime if I am undocumented?"
    ]
    assert balanced_lines("如果我没有合法身份？", 1) == ["如果我没有合法身份？"]
    assert balanced("吗？", 2) == "吗？"  # one unit: nothing to break
    assert balanced("什么是287(g)协议？", 2) == "什么是\n287(g)协议？"
