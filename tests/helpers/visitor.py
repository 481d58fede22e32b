"""What a visitor does with a finger: tap what is on screen, find a tile by its words, walk
to a card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.main_window import KioskWindow


def tap(qtbot: Any, widget: QWidget) -> None:
    # The screen as drawn: a new screen's layout (a list under its topic's pictogram and
    # heading) is settled by the event loop long before a person's finger comes down. (A press
    # on a grid that scrolls is no longer lost either way: kiosk/ui/widgets/kinetic.py.)
    QApplication.processEvents()
    assert widget.isVisible(), f"{widget!r} is not on screen"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tile(screen: Any, title: str) -> Any:
    for button in screen.grid.tiles:
        if button.title_label.text() == title:
            return button
    raise AssertionError(f"{title!r} not among {screen.tile_texts()}")


def open_first_card(qtbot: Any, window: KioskWindow, language: str = "Español") -> None:
    """From the attract screen, in `language` (as its tile reads), to the first topic's first card."""
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, language))
    tap(qtbot, window.topics.grid.tiles[0])
    tap(qtbot, window.card_list.grid.tiles[0])
    assert window.stack.currentWidget() is window.card
