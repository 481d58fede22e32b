"""A person to ask (issue 21 §1): the City's help line that a kiosk's `help_line` names, under
every card and on the unavailable screen, in the visitor's language; nothing when unset or
unknown (and an unknown one is said at start, naming no visitor)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk.ui.main_window import KioskWindow
from tests.content.test_help_lines import SPANISH, with_line, with_spanish
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import tap, tile

pytestmark = pytest.mark.gui

ENGLISH = "Questions? Ask at the front desk."


@pytest.fixture(autouse=True)
def taps_apart() -> Iterator[None]:
    """The walk's taps come faster than a person's: each is a tap of its own here."""
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(0)
    yield
    hints.setMouseDoubleClickInterval(before)


def to_a_card_by_touch(window: KioskWindow, language: str) -> None:
    touch_tap(window.attract)
    touch_tap(tile(window.picker, language))
    touch_tap(window.topics.grid.tiles[0])
    touch_tap(window.card_list.grid.tiles[0])
    assert window.stack.currentWidget() is window.card


def line_shown(window: KioskWindow) -> str:
    line = window.card.help_line
    return line.text.text() if line.isVisible() else ""


def test_shown_under_the_card_when_set(make_window: Any) -> None:
    window = make_window(help_line="front-desk")
    to_a_card_by_touch(window, "English")
    assert line_shown(window) == ENGLISH
    assert (
        window.card.help_line.figure.pixmap() is not None
        and not window.card.help_line.figure.pixmap().isNull()
    )


def test_in_the_visitors_language(make_window: Any, repo_copy: Path) -> None:
    window = make_window(help_line="front-desk", translations_dir=with_spanish(repo_copy))
    to_a_card_by_touch(window, "Español")
    assert line_shown(window) == SPANISH
    touch_tap(window.top_bar.finished_button)
    assert window.card.help_line.text.text() == "", "the line in the visitor's language is forgotten too"


def test_english_where_not_translated_yet(make_window: Any, repo_copy: Path) -> None:
    window = make_window(help_line="front-desk", translations_dir=with_line(repo_copy, "ko", ""))
    to_a_card_by_touch(window, "한국어")
    assert line_shown(window) == ENGLISH


def test_absent_when_the_setting_is_empty(qtbot: Any, window: KioskWindow) -> None:
    assert window.cfg.help_line == ""
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "English"))
    tap(qtbot, window.topics.grid.tiles[0])
    tap(qtbot, window.card_list.grid.tiles[0])
    assert window.stack.currentWidget() is window.card
    assert line_shown(window) == "" and not window.card.help_line.isVisible()


@pytest.mark.expect_log("kiosk.ui.main_window", "WARNING")
def test_an_unknown_id_shows_nothing_and_is_said_once(make_window: Any, caplog: Any) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.ui.main_window"):
        window = make_window(help_line="second-floor")
        to_a_card_by_touch(window, "Español")
        touch_tap(window.top_bar.finished_button)
    assert line_shown(window) == ""
    said = [r.getMessage() for r in caplog.records if r.name == "kiosk.ui.main_window"]
    assert len(said) == 1 and "'second-floor'" in said[0] and "front-desk" in said[0]
    assert "Español" not in said[0] and "es" not in said[0].split()


def test_on_the_unavailable_screen(make_window: Any) -> None:
    window = make_window(help_line="front-desk")
    window.show_unavailable()
    assert window.stack.currentWidget() is window.unavailable
    first = window.unavailable.labels[0]
    assert first.isVisible() and first.text().endswith(ENGLISH)
    assert "try again later" in first.text()


def test_not_on_the_unavailable_screen_when_unset(window: KioskWindow) -> None:
    window.show_unavailable()
    assert ENGLISH not in window.unavailable.text_shown()


def test_beside_its_figure_in_a_right_to_left_language(make_window: Any, repo_copy: Path) -> None:
    from PySide6.QtCore import Qt

    window = make_window(help_line="front-desk", translations_dir=with_line(repo_copy, "ar", ""))
    to_a_card_by_touch(window, "العربية")
    line = window.card.help_line
    assert line_shown(window) == ENGLISH  # not yet translated: the English, under an Arabic card
    assert line.figure.x() > line.text.x(), "the figure on the right, where the line starts"
    assert line.text.alignment() & Qt.AlignmentFlag.AlignRight
