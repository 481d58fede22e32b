"""A PNG of every screen and every card, per language, drawn offscreen: for translators,
editors and reviewers to see exactly what a visitor sees."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from kiosk.content.validate import load_content
from kiosk.printing.system_printer import PrintOutcome
from kiosk.qt_app import ensure_app
from kiosk.ui.main_window import KioskWindow, Place


def _no_printer(*args: object) -> PrintOutcome:
    return PrintOutcome(False, "screenshots never print")


def _save(window: QWidget, path: Path) -> None:
    QApplication.processEvents()
    window.grab().save(str(path))


def take_screenshots(cfg: Config, out: Path, languages: list[str], size: tuple[int, int]) -> int:
    result = load_content(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts)
    if result.content is None:
        raise SystemExit("\n".join(str(p) for p in result.problems))
    content = result.content
    ensure_app()
    window = KioskWindow(cfg, content, printer=_no_printer)
    window.resize(*size)
    window.show()
    count = 0
    for code in languages:
        folder = out / code
        folder.mkdir(parents=True, exist_ok=True)
        window.reset_visit()
        window.set_language(code)
        window.attract.set_languages([window.tr], cfg.attract_cycle, size)
        _save(window, folder / "00-attract.png")
        window.history = [Place("picker")]
        window.go(Place("picker"), remember=False)
        _save(window, folder / "01-picker.png")
        window.go(Place("topics"))
        _save(window, folder / "02-topics.png")
        for t_index, topic in enumerate(content.topics, start=1):
            window.go(Place("cards", topic.id))
            _save(window, folder / f"{10 * t_index:02d}-topic-{topic.id}.png")
            for c_index, card in enumerate(content.cards_of(topic.id), start=1):
                window.go(Place("card", card.id))
                _save(window, folder / f"{10 * t_index:02d}-{c_index}-card-{card.id}.png")
                count += 1
            window.go(Place("topics"))
        last_card = content.cards_of(content.topics[-1].id)[-1]
        window.go(Place("card", last_card.id))
        window._show_countdown(cfg.idle_countdown)
        _save(window, folder / "90-idle-countdown.png")
        window.idle_overlay.hide()
        window._print(last_card.id)
        _save(window, folder / "91-printer-missing.png")
        window.message.hide()
        count += 5 + len(content.topics)
    window.allow_close = True
    window.close()
    return count
