"""Between visits, once the kiosk has stood on Attract for a while, hand back the memory the
last visit left behind: Qt's fonts and their glyphs, the pages of the font files, Python's
garbage and glibc's free heap (see kiosk/memory_release.py for what each is worth).

One step a turn of the event loop, each well under a frame's time, so a touch that comes
meanwhile waits for one step at most; a visit that starts stops what is left.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFontDatabase

from kiosk import memory_release

QUIET_MS = 5000  # after a reset, how long Attract stands before the memory is handed back


def flush_font_cache() -> None:
    """Drop every font engine Qt keeps (FreeType's faces and the glyphs drawn with them: 20 MB
    after every language). Qt has no call for it; a change to its font database clears them,
    and adding and removing a font already in use is one that changes nothing on screen.
    A font a screen on show uses is loaded again when it is next drawn."""
    sizes = {}
    for path in memory_release.mapped_fonts():
        with suppress(OSError):  # gone since it was mapped
            sizes[path] = Path(path).stat().st_size
    if not sizes:
        return
    # The smallest: Qt reads every face of the file it is given (a CJK collection has ten).
    added = QFontDatabase.addApplicationFont(min(sizes, key=sizes.__getitem__))
    if added >= 0:
        QFontDatabase.removeApplicationFont(added)


STEPS: tuple[Callable[[], object], ...] = (
    flush_font_cache,
    memory_release.drop_font_pages,
    memory_release.forget_source_lines,
    gc.collect,
    memory_release.return_free_heap,  # last: after everything above was freed
)


class BetweenVisits(QObject):
    def __init__(
        self, parent: QObject, quiet_ms: int = QUIET_MS, steps: tuple[Callable[[], object], ...] = STEPS
    ) -> None:
        super().__init__(parent)
        self.steps = steps
        self._todo: list[Callable[[], object]] = []
        self._quiet = QTimer(self, singleShot=True, interval=quiet_ms)
        self._quiet.timeout.connect(self._begin)
        self._next = QTimer(self, singleShot=True, interval=0)
        self._next.timeout.connect(self._step)

    @property
    def pending(self) -> bool:
        """True from a visit's end until everything has been handed back."""
        return self._quiet.isActive() or bool(self._todo)

    def visit_ended(self) -> None:
        self._todo = []
        self._next.stop()
        self._quiet.start()

    def visit_started(self) -> None:
        self._quiet.stop()
        self._next.stop()
        self._todo = []

    def release_now(self) -> None:
        """Every step at once (for benchmarks and tests that cannot wait)."""
        self._quiet.stop()
        self._begin()
        while self._todo:
            self._step()
        self._next.stop()

    def _begin(self) -> None:
        self._todo = list(self.steps)
        self._next.start()

    def _step(self) -> None:
        if self._todo:
            self._todo.pop(0)()
        if self._todo:
            self._next.start()
