"""Content and catalogs that change on disk are taken between visits, never under a visitor;
and each offered language's topics are built ahead, so the first tap on a language is quick."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.content.live import LiveContent
from kiosk.content.model import Content
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translators import Translators
from kiosk.i18n.views import topic_views
from kiosk.ui.screens.topics import TopicsScreen
from kiosk.ui.theme import Theme

log = logging.getLogger(__name__)


class ContentUpdates(QObject):
    replaced = Signal()  # new content stands in for the old
    applied = Signal()  # the folders were read again, whatever came of it (refused or taken)

    def __init__(
        self,
        parent: QObject,
        content: Content | None,
        live: LiveContent | None,
        topics: Callable[[], TopicsScreen],
        translators: Translators,
        languages: list[str],
        theme: Callable[[], Theme],
    ) -> None:
        super().__init__(parent)
        self.live = live
        self._topics = topics  # built on first need (see kiosk/ui/screens/stack.py)
        self.translators = translators
        self.languages = languages
        self.theme = theme
        self.content = content
        self.waiting = False  # an update arrived during a visit: taken when it ends
        self._unprepared: list[str] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._prepare_next)

    @property
    def topics(self) -> TopicsScreen:
        return self._topics()

    def topics_built(self, screen: TopicsScreen) -> None:
        """Every offered language's topics are built ahead, and kept."""
        screen.grid.keep = len(self.languages) + 2

    def arrived(self, visitor_here: bool) -> bool:
        """Files changed. True when they can be taken at once (nobody is here)."""
        self.waiting = True
        return not visitor_here

    @property
    def pending(self) -> bool:
        """The kiosk has started but not yet read its content folder (it does just after its
        first frame): the Attract screen may show, nothing that needs the content."""
        return self.live is not None and not self.live.content_read

    def apply(self) -> bool:
        """Read the folders again; True when new content now stands in for the old."""
        self.waiting = False
        changed = False
        if self.live is not None and self.live.reload():
            self.content = self.live.current
            changed = True
            self.replaced.emit()
            log.info("content updated: %d cards", len(self.content.cards) if self.content else 0)
        if self.live is not None and self.live.catalogs is not None:
            # The folder the gate now trusts (without a kept copy, it may have changed).
            self.translators.folder = self.live.translations_in_use
        # Kept grids show the old words: build them anew, for every language, ahead.
        self.topics.grid.forget()
        self.translators.clear()
        self.prepare_topics()
        self.applied.emit()
        return changed

    def prepare_topics(self) -> None:
        """Build each offered language's topics while nobody waits, one language per turn of
        the event loop."""
        self._unprepared = list(self.languages)
        self._timer.start()

    @property
    def preparing(self) -> bool:
        """True while some languages' topics are still to be built ahead."""
        return bool(self._unprepared)

    def _prepare_next(self) -> None:
        if not self._unprepared or self.content is None:
            return
        code = self._unprepared.pop(0)
        theme = self.theme().for_language(LANGUAGES[code])
        self.topics.prepare(topic_views(self.content, self.translators.get(code)), theme)
        if self._unprepared:
            self._timer.start()
        else:
            # Every catalog has been read (at start, or with new files): say what is wrong
            # with them now, before a visitor's choice of language would.
            self.translators.report_faults(self.languages)
