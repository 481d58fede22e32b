"""A Chinese card heading never leaves one or two characters alone on its last line ("吗？"):
its lines are balanced (kiosk/i18n/balance.py, drawn by kiosk/ui/widgets/balanced.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.content.model import Content
from kiosk.navigation import Place
from kiosk.ui.widgets.ink import laid_out

pytestmark = pytest.mark.gui


def shown_lines(label: QLabel) -> list[str]:
    """The lines of `label` as drawn: its text wrapped at its width, as Qt wraps it."""
    text = label.text().replace("\n", "\u2028")  # a label's line break, as QLabel passes it on
    layout, _height = laid_out(text, label.font(), label.contentsRect().width())
    lines = []
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip(" \u2028"))
    return [line for line in lines if line]


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=str)
@pytest.mark.parametrize("code", ["zh_Hans", "zh_Hant"])
def test_no_heading_ends_on_a_lone_character_or_two(
    make_window: Any, content: Content, code: str, size: tuple[int, int], large: bool
) -> None:
    window = make_window(size)
    window.set_language(code)
    window.set_display(large, False)
    uneven = []
    for card in content.cards.values():
        window.go(Place("card", card.id))
        lines = shown_lines(window.card.title)
        if len(lines) > 1 and len(lines[-1]) * 3 < len(lines[0]):
            uneven.append(lines)
    assert uneven == []
