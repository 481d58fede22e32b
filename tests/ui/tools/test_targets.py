"""The touch-target and text-size checks the layout tests use do fail: a button too small for
a finger, two buttons too close, body text too small; and stay quiet for ones that are fine."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.display.physical import MIN_CAP_HEIGHT_MM, MIN_GAP_MM, MIN_TARGET_MM
from kiosk.ui.tools.targets import body_too_small, cap_height_mm, target_problems

pytestmark = pytest.mark.gui

PX_PER_MM = 4.0
TARGET = round(MIN_TARGET_MM * PX_PER_MM)


def button(root: QWidget, text: str, x: int, size_mm: float = MIN_TARGET_MM) -> QPushButton:
    made = QPushButton(text, root)
    side = round(size_mm * PX_PER_MM)
    made.setGeometry(x, 10, side, side)
    made.show()
    return made


def test_a_5_mm_button_is_too_small(root: QWidget) -> None:
    button(root, "Home", 10, size_mm=5)
    [problem] = target_problems(root, PX_PER_MM)
    assert problem.startswith("'Home' is 5.0 x 5.0 mm")


def test_two_buttons_1_mm_apart_are_too_close(root: QWidget) -> None:
    button(root, "Back", 10)
    button(root, "Home", 10 + TARGET + round(1 * PX_PER_MM))
    assert target_problems(root, PX_PER_MM) == [
        f"'Back' and 'Home' are 1.0 mm apart (at least {MIN_GAP_MM:g})"
    ]


def test_large_buttons_far_enough_apart_pass(root: QWidget) -> None:
    button(root, "Back", 10)
    button(root, "Home", 10 + TARGET + round(MIN_GAP_MM * PX_PER_MM))
    assert target_problems(root, PX_PER_MM) == []


def test_diagonal_neighbours_are_as_far_apart_as_their_nearest_corners(root: QWidget) -> None:
    # 2.5 mm across but 14 mm down: the corners are 14.2 mm apart, a finger's width and more.
    button(root, "High contrast", 10)
    below = button(root, "Español", 10 + TARGET + 10)
    below.move(below.x(), 10 + TARGET + 56)
    assert target_problems(root, PX_PER_MM) == []
    below.move(below.x(), 10 + TARGET + 2)  # corners 2.5 mm apart
    assert target_problems(root, PX_PER_MM) == [
        f"'High contrast' and 'Español' are 2.5 mm apart (at least {MIN_GAP_MM:g})"
    ]


def test_only_what_shows_of_a_scrolled_button_is_its_target(root: QWidget) -> None:
    """A tile scrolled half out of its list's view is touched only where it shows: its hidden
    part beside the bar's button is no neighbour of that button; a tile out of sight is none."""
    view = QWidget(root)
    view.setGeometry(10, 10, 400, 100)  # the list's viewport
    view.show()
    tile = QPushButton("Tagalog", view)
    tile.setGeometry(0, 40, 200, 120)  # its lower part hidden below the viewport
    tile.show()
    bar_button = button(root, "Finished", 10 + 200 + round(1 * PX_PER_MM))
    bar_button.move(bar_button.x(), 10 + 100 + round(MIN_GAP_MM * PX_PER_MM))
    assert target_problems(root, PX_PER_MM) == []
    view.setGeometry(10, 10, 400, 200)  # now the tile shows whole, 1 mm from the button
    assert target_problems(root, PX_PER_MM) == [
        f"'Tagalog' and 'Finished' are 1.0 mm apart (at least {MIN_GAP_MM:g})"
    ]
    tile.move(0, 300)  # scrolled out of sight: no target
    assert target_problems(root, PX_PER_MM) == []


def text_with_cap_height(qtbot: Any, pixels: int) -> QLabel:
    text = QLabel("Body text")
    qtbot.addWidget(text)
    font = text.font()
    font.setPixelSize(pixels)
    text.setFont(font)
    return text


def test_small_body_text_is_reported_and_large_is_not(qtbot: Any) -> None:
    small = text_with_cap_height(qtbot, 10)
    assert cap_height_mm(small, PX_PER_MM) < MIN_CAP_HEIGHT_MM
    assert (problem := body_too_small(small, PX_PER_MM)) is not None and "cap height" in problem
    large = text_with_cap_height(qtbot, 40)
    assert cap_height_mm(large, PX_PER_MM) > MIN_CAP_HEIGHT_MM
    assert body_too_small(large, PX_PER_MM) is None
