"""Content and catalogs that change on disk are taken between visits, never under a visitor;
and each offered language's topics are built ahead, so the first tap on a language is quick.

Reading the folders hashes every file (up to 1 GB), copies the accepted version into state_dir
with fsync and validates it: that runs on a worker thread (kiosk.content.live never imports Qt),
one check at a time, and its result comes back to the GUI thread as a queued signal. The window
keeps showing what it shows (Attract, at start) and keeps taking taps meanwhile."""

from __future__ import annotations

import contextlib
import logging
import threading
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

# How long closing the window waits for a check under way (an fsync, a slow disk) before it
# leaves the thread to end on its own; its result is dropped either way.
CLOSE_WAIT_S = 2.0


class ContentUpdates(QObject):
    replaced = Signal()  # new content stands in for the old
    applied = Signal()  # the folders were read again, whatever came of it (refused or taken)
    checked = Signal()  # a check's result was handled (taken, or held for the visit's end)
    _finished = Signal(bool)  # from the worker: True when new content stands in (queued)

    def __init__(
        self,
        parent: QObject,
        content: Content | None,
        live: LiveContent | None,
        topics: Callable[[], TopicsScreen],
        translators: Translators,
        languages: list[str],
        theme: Callable[[], Theme],
        threaded: bool = True,
        visitor_here: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self._topics = topics  # built on first need (see kiosk/ui/screens/stack.py)
        self.translators = translators
        self.languages = languages
        self.theme = theme
        self.content = content
        self.threaded = threaded  # False: checks run at once, on this thread (tests that do not care)
        self.visitor_here = visitor_here
        self.waiting = False  # an update arrived during a visit: taken when it ends
        # A check's result has been taken (or the folders were read before the window was made).
        self._read = live is None or live.content_read
        self._running = False
        self._again = False  # the folders changed during the check: one more when it ends
        self._then: list[Callable[[], None]] = []  # called once the running check's result is in
        self._then_next: list[Callable[[], None]] = []  # ... once the queued one's is
        self._held: bool | None = None  # a result that came during a visit: taken when it ends
        self._dropped = False  # the window closed: no result is taken any more
        self._worker: threading.Thread | None = None
        self._finished.connect(self._result)
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
        """The kiosk has started but not yet taken its content folder's first check (it starts
        one just after its first frame): the Attract screen may show, nothing that needs the content."""
        return not self._read

    @property
    def checking(self) -> bool:
        """A check of the folders is under way (or queued): its result has not come yet."""
        return self._running

    def apply(self, then: Callable[[], None] | None = None) -> None:
        """Read the folders again, off the GUI thread; `then` is called once the result is in
        (`checked` is emitted too). During a check, one more is queued, whatever comes meanwhile."""
        self.waiting = False
        if self._running:
            self._again = True
            if then is not None:
                self._then_next.append(then)
            return
        if then is not None:
            self._then.append(then)
        self._start()

    def when_checked(self, then: Callable[[], None]) -> None:
        """Call `then` once the check under way has its result; at once, if none is."""
        if self._running:
            self._then.append(then)
        else:
            then()

    def take_held(self) -> None:
        """Between visits: a result that came during the visit stands in now."""
        if self._held is not None:
            changed, self._held = self._held, None
            self._take(changed)

    @property
    def worker(self) -> threading.Thread | None:
        """The thread of the newest check, if one was started."""
        return self._worker

    def close(self) -> None:
        """The window is closing: drop any result to come; wait a little for the check under
        way (a copy it is making is finished, rather than cut), never for good."""
        self._dropped = True
        worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(CLOSE_WAIT_S)

    def _start(self) -> None:
        self._running = True
        if self.threaded and self.live is not None:
            self._worker = threading.Thread(target=self._check, name="content-check", daemon=True)
            self._worker.start()
        else:
            self._check()

    def _check(self) -> None:
        """On the worker: hash, copy and validate (kiosk.content.live, pure Python, no Qt)."""
        changed = False
        try:
            changed = self.live.reload() if self.live is not None else False
        except Exception:  # a bug in the check must not end the thread without an answer
            log.exception("the content folders could not be checked")
        if self._dropped:
            return
        # Emitted from the worker: Qt queues it to the GUI thread, where this object lives
        # (RuntimeError: the window and this object are gone already).
        with contextlib.suppress(RuntimeError):
            self._finished.emit(changed)

    def _result(self, changed: bool) -> None:
        if self._dropped:
            return
        self._running = False
        then, self._then = self._then, []
        if self._read and self.visitor_here():
            self._held = bool(self._held) or changed  # never under a visitor's finger
        else:
            self._take(changed)
        for call in then:
            call()
        self.checked.emit()
        if self._again and not self._dropped:
            self._again = False
            self._then, self._then_next = self._then_next, []
            self.apply()

    def _take(self, changed: bool) -> None:
        self._read = True
        if changed and self.live is not None:
            self.content = self.live.current
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
