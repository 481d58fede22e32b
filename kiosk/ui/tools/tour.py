"""Show every screen of the kiosk in one language, one after another.

Screenshots, `i18n check` and the layout tests all walk the same path, so what a translator
sees in the PNGs is exactly what the checks measured.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication

from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow


def tour(window: KioskWindow, code: str, large: bool = False, contrast: bool = False) -> Iterator[str]:
    """Yields a file-like name for each screen while it is on show in language `code`, in
    large text and high contrast when asked."""
    content = window.content
    assert content is not None
    window.reset_visit()
    window.set_language(code)
    window.set_display(large, contrast)
    window.show_attract(window.offered_languages(), first=code)
    yield _shown("00-attract")
    window.go(window.history.start(), remember=False)
    yield _shown("01-picker")
    window.go(Place("topics"))
    yield _shown("02-topics")
    for t_index, topic in enumerate(content.topics, start=1):
        window.go(Place("cards", topic.id))
        yield _shown(f"{10 * t_index:02d}-topic-{topic.id}")
        for c_index, card in enumerate(content.cards_of(topic.id), start=1):
            window.go(Place("card", card.id))
            yield _shown(f"{10 * t_index:02d}-{c_index}-card-{card.id}")
        window.go(Place("topics"))
    # The overlays over the last card, the one with the most on screen behind them.
    last_card = content.cards_of(content.topics[-1].id)[-1]
    window.go(Place("card", last_card.id))
    # The warning a third of the way down: its ring drawn part full.
    window.countdown.show(window.cfg.idle_warning * 2 / 3)
    yield _shown("90-idle-countdown")
    window.idle_overlay.hide()
    window.print_flow.start(last_card.id)
    yield _shown("91-print-message")
    window.message.hide()
    # What stands in when the content cannot be drawn: every language at once.
    window.show_unavailable()
    yield _shown("92-unavailable")
    window.broken = False
    window.reset_visit()


def _shown(name: str) -> str:
    # Twice: labels that wrap ask for their height once they know their width.
    QApplication.processEvents()
    QApplication.processEvents()
    return name
