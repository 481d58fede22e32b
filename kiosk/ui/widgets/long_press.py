"""Press and hold a tile to hear it, tap it to choose it (the language picker, issue 22 §4).

A visitor who cannot read the names of the languages holds a tile down and hears that
language's name said in it. Held for the platform's press-and-hold interval, the tile lets go
(no longer down) and `held` says which; its release then clicks nothing, so holding never also
chooses. A tap, shorter, is the tile's ordinary click, at once. A finger that moves away (a
swipe to scroll) is no hold.

An event filter on each watched tile, not the window's input router: it concerns these few
buttons only, and it takes nothing from any other widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.tile_button import TileButton

_PRESS, _MOVE, _RELEASE = QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease
_MOUSE = frozenset({_PRESS, _MOVE, _RELEASE})


class LongPress(QObject):
    held = Signal(str)  # the id of the tile held down

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._hold)
        self._tile: TileButton | None = None  # the tile pressed now
        self._at = QPoint()
        self._fired = False  # this press was a hold: the rest of it does nothing

    @property
    def hold_ms(self) -> int:
        return QGuiApplication.styleHints().mousePressAndHoldInterval()

    def watch(self, tile: TileButton) -> None:
        tile.installEventFilter(self)  # installing it twice keeps one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in _MOUSE or not isinstance(event, QMouseEvent) or not isinstance(watched, TileButton):
            return False
        if kind == _PRESS and event.button() == Qt.MouseButton.LeftButton:
            self._tile, self._at, self._fired = watched, event.position().toPoint(), False
            self._timer.start(self.hold_ms)
        elif kind == _MOVE and watched is self._tile:
            if self._fired:
                return True  # back over the tile, it must not become down again and click
            moved = (event.position().toPoint() - self._at).manhattanLength()
            if moved > QApplication.startDragDistance():
                self._timer.stop()  # a swipe, not a hold
        elif kind == _RELEASE:
            self._timer.stop()
            self._tile = None
        return False

    def _hold(self) -> None:
        tile = self._tile
        if tile is None or not tile.isDown():
            return  # let go, or taken by the scroller
        self._fired = True
        tile.setDown(False)  # no click on release, and no pressed look
        self.held.emit(tile.tile_id)
