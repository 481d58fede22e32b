"""A screen reader (Orca, Narrator) can follow every screen: each control has a name and a role,
in the visitor's language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QPushButton

from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tools.tour import tour
from kiosk.ui.widget_tree import visible_targets

pytestmark = pytest.mark.gui


def unnamed(window: KioskWindow) -> list[str]:
    found = []
    for button in visible_targets(window):
        face = QAccessible.queryAccessibleInterface(button)
        assert face is not None
        name = face.text(QAccessible.Text.Name)
        if not name.strip():
            found.append(f"{button.objectName() or type(button).__name__} has no name")
        # A toggle (Large text, High contrast) is a check box to a screen reader: "on", "off".
        expected = QAccessible.Role.CheckBox if button.isCheckable() else QAccessible.Role.Button
        if face.role() != expected:
            found.append(f"{name!r} is a {face.role()}, not a {expected}")
    return found


@pytest.mark.parametrize("language", ["es", "fa", "zh_Hant"])
def test_every_control_on_every_screen_has_a_name_and_a_role(window: KioskWindow, language: str) -> None:
    problems = []
    for screen in tour(window, language):
        problems += [f"{screen}: {p}" for p in unnamed(window)]
    assert problems == []


def test_card_parts_are_named_in_the_visitors_language(qtbot: Any, window: KioskWindow) -> None:
    from kiosk.navigation import Place

    window.set_language("es")
    card_id = sorted(window.content.cards)[0] if window.content else ""
    window.go(Place("card", card_id))
    card = window.card
    assert card.text is not None
    assert card.text.browser.accessibleName() == card.title.text()
    assert card.qr.accessibleName().startswith(
        window.translator.pgettext("card", "QR code: {source}").split("{")[0]
    )
    assert card.text.down.accessibleName() == window.translator.pgettext("card button", "Scroll down")
    toggles = [window.top_bar.text_button, window.top_bar.contrast_button]
    assert all(isinstance(t, QPushButton) and t.accessibleName() for t in toggles)


def test_a_nameless_button_is_caught(window: KioskWindow) -> None:
    window.top_bar.home_button.setText("")
    window.top_bar.home_button.setAccessibleName("")
    window.history.replace([window.place.__class__("picker")])
    window.go(window.place.__class__("topics"))
    assert any("no name" in p for p in unnamed(window))
