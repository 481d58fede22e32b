"""The whole path with keys alone: move, choose, go back, ask for help; a touch hides the ring."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.content.model import Content
from kiosk.display.palettes import NORMAL
from kiosk.ui.main_window import KioskWindow
from tests.helpers.printer import RecordingPrinter
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui

Key = Qt.Key


def press(qtbot: Any, window: KioskWindow, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, key)
        QApplication.processEvents()


def focused() -> QPushButton:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QPushButton), widget
    return widget


def move_to(qtbot: Any, window: KioskWindow, name: str, key: Qt.Key = Key.Key_Tab) -> None:
    for _ in range(40):
        if (focused().accessibleName() or focused().text()) == name:
            return
        press(qtbot, window, key)
    raise AssertionError(f"never reached {name!r}")


def test_from_attract_to_a_printed_card_with_keys_alone(
    qtbot: Any, window: KioskWindow, content: Content, printer: RecordingPrinter
) -> None:
    window.activateWindow()
    press(qtbot, window, Key.Key_Return)
    assert window.stack.currentWidget() is window.picker, "any key wakes the kiosk"
    assert focused() in window.picker.grid.tiles
    move_to(qtbot, window, "Español", Key.Key_Down)
    press(qtbot, window, Key.Key_Return)
    assert window.stack.currentWidget() is window.topics and window.translator.code == "es"
    assert focused() is window.topics.grid.tiles[0], "the ring starts on the screen's first choice"
    press(qtbot, window, Key.Key_Return)
    assert window.stack.currentWidget() is window.card_list
    press(qtbot, window, Key.Key_Return)
    assert window.stack.currentWidget() is window.card
    move_to(qtbot, window, window.card.print_button.text())
    press(qtbot, window, Key.Key_Return)
    assert printer.jobs == [(window.card.card_id, "es")]
    assert window.message.isVisible()
    press(qtbot, window, Key.Key_Return)
    assert not window.message.isVisible()
    press(qtbot, window, Key.Key_Backspace)
    assert window.stack.currentWidget() is window.card_list, "Back goes back one screen"


def test_help_explains_the_keys_and_a_touch_hides_the_ring(qtbot: Any, window: KioskWindow) -> None:
    press(qtbot, window, Key.Key_Return)
    press(qtbot, window, Key.Key_F1)
    assert window.message.isVisible() and "Enter" in window.message.text_shown()
    assert focused() is window.message.button
    press(qtbot, window, Key.Key_Return)
    assert not window.message.isVisible()
    assert window.keypad.active
    tap(qtbot, window.top_bar.home_button)
    assert not window.keypad.active
    assert not isinstance(QApplication.focusWidget(), QPushButton), "no ring after a touch"


def test_the_ring_is_drawn_large_in_the_focus_colour(qtbot: Any, window: KioskWindow) -> None:
    press(qtbot, window, Key.Key_Return)
    tile = focused()
    image = tile.grab().toImage()
    edge = QColor(image.pixel(4, image.height() // 2))
    ring = QColor(NORMAL.focus)
    assert (
        abs(edge.red() - ring.red()) + abs(edge.green() - ring.green()) + abs(edge.blue() - ring.blue()) < 40
    )
    press(qtbot, window, Key.Key_Tab)
    unfocused = QColor(tile.grab().toImage().pixel(4, image.height() // 2))
    assert unfocused != edge, "the ring moves with the focus"


def test_right_to_left_reads_from_the_right(qtbot: Any, window: KioskWindow) -> None:
    window.set_language("fa")
    window.go(window.place.__class__("topics"))
    chain = window.keypad.chain()
    tiles = [b for b in chain if b in window.topics.grid.tiles]
    first, second = tiles[0], tiles[1]
    assert first.mapTo(window, first.rect().center()).x() > second.mapTo(window, second.rect().center()).x()


def test_the_keys_are_settings(qtbot: Any, make_window: Any) -> None:
    window = make_window(key_next=["N"], key_activate=["J"])
    press(qtbot, window, Key.Key_J)
    assert window.stack.currentWidget() is window.picker
    start = focused()
    press(qtbot, window, Key.Key_N)
    assert focused() is not start
    press(qtbot, window, Key.Key_Tab)  # no longer a key of the kiosk's: nothing moves
    assert window.stack.currentWidget() is window.picker


def test_tab_goes_forward_and_shift_tab_back(qtbot: Any, window: KioskWindow) -> None:
    press(qtbot, window, Key.Key_Return)
    chain = window.keypad.chain()
    start = focused()
    press(qtbot, window, Key.Key_Tab)
    assert focused() is chain[(chain.index(start) + 1) % len(chain)]
    qtbot.keyClick(focused(), Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is start
    qtbot.keyClick(focused(), Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert window.message.isVisible(), "? (typed with Shift) is the Help key"
