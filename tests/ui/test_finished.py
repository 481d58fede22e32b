"""Finished: one tap on any visitor screen ends the visit at once, as the idle timeout does
(issue 21 §1): Attract, the default language, nothing of the visit left on screen or kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextBrowser, QWidget

from kiosk.content.model import Content
from kiosk.ui.main_window import KioskWindow
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import tap, tile

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def taps_apart() -> Iterator[None]:
    """The walk's taps come faster than a person's: each is a tap of its own here (the tap
    guard's double-tap rule is tested in test_touch.py)."""
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(0)
    yield
    hints.setMouseDoubleClickInterval(before)


def visible_text(window: KioskWindow) -> str:
    """Every text a person could see now: labels, buttons and the card's browser on show."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
    return "\n".join(texts)


def walk_to(qtbot: Any, window: KioskWindow, screen: str) -> None:
    """From Attract, in Spanish, as far as `screen`."""
    tap(qtbot, window.attract)
    if screen == "picker":
        return
    tap(qtbot, tile(window.picker, "Español"))
    if screen == "topics":
        return
    tap(qtbot, window.topics.grid.tiles[0])
    if screen == "cards":
        return
    tap(qtbot, window.card_list.grid.tiles[0])


def mouse(qtbot: Any) -> Callable[[QWidget], None]:
    return lambda widget: tap(qtbot, widget)


@pytest.mark.parametrize("finger", ["touch", "mouse"])
@pytest.mark.parametrize("screen", ["picker", "topics", "cards", "card"])
def test_finished_ends_the_visit_at_once(
    qtbot: Any, window: KioskWindow, content: Content, screen: str, finger: str
) -> None:
    press = touch_tap if finger == "touch" else mouse(qtbot)
    walk_to(qtbot, window, screen)
    tap(qtbot, window.top_bar.text_button)  # a display choice: it goes with the visit too
    assert window.large_text
    card = content.cards_of(content.topics[0].id)[0]
    title_on_screen = window.card.title.text() if screen == "card" else ""
    assert window.top_bar.finished_button.isVisible(), f"Finished is offered on the {screen}"

    QApplication.processEvents()  # the bar as drawn after the toggle, where a finger finds it
    press(window.top_bar.finished_button)

    assert window.stack.currentWidget() is window.attract
    assert not window.top_bar.isVisible()
    assert window.state.language == window.cfg.default_language == window.translator.code
    assert not window.history and not window.history.can_go_back, "no Back history left"
    assert not window.large_text and not window.top_bar.text_button.isChecked()
    shown = visible_text(window)
    for trace in (card.title, card.body.split("\n")[0], title_on_screen):
        assert not trace or trace not in shown
    assert window.card.body_text() == "" and window.card.title.text() == "", "nothing kept either"
    assert window.idle_overlay.isHidden()


def test_finished_is_the_idle_timeouts_end(qtbot: Any, window: KioskWindow) -> None:
    """One way to end a visit: the same reset runs whether the visitor or the clock ends it."""
    ended: list[int] = []
    window.between_visits.visit_ended = lambda: ended.append(window.visit)  # type: ignore[method-assign]
    walk_to(qtbot, window, "card")
    before = window.visit
    QApplication.processEvents()
    touch_tap(window.top_bar.finished_button)
    assert ended == [before + 1]
