"""Open the studio's window and run it until the reader closes it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.content.model import Content

if TYPE_CHECKING:
    from kiosk.ui.studio.window import StudioWindow

SIZE = (1600, 1000)  # a desktop window; the card is drawn at the kiosk's proportions inside it


def studio_window(cfg: Config, content: Content, lang: str, from_dir: Path | None) -> StudioWindow:
    """The window for `lang`, not shown (a QApplication must exist)."""
    from kiosk.i18n.translator import translator_for
    from kiosk.speech.script import script
    from kiosk.ui.studio.window import StudioWindow
    from kiosk.ui.theme import Theme

    tr = translator_for(cfg.resolve(cfg.translations_dir), lang)
    theme = Theme.for_size(*SIZE, tr.language)
    window = StudioWindow(cfg.resolve(cfg.content_dir), script(content, tr), tr, theme, from_dir)
    window.resize(*SIZE)
    return window


def run_studio(cfg: Config, content: Content, lang: str, from_dir: Path | None) -> int:
    from kiosk.qt_app import ensure_app

    app = ensure_app()
    window = studio_window(cfg, content, lang, from_dir)
    window.show()
    return app.exec()
