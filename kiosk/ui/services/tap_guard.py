"""One tap, one action. Many visitors double-tap everything: the first tap opens a screen and
the second would press whatever lies under the finger there (a card on the topic's list, Back
twice, Listen on and straight off). A press on a button that comes within the platform's
double-click interval of the last tap that acted, and close to where it landed, is let
through for the kinetic scrollers to see, but its release is dropped, so it clicks nothing. A
deliberate tap a moment later works, and so does a quick tap elsewhere: a visitor who taps a
topic 300 ms after choosing a language, far from the language's tile, meant that topic.

"Close" is Qt's double-tap distance (a mouse's double-click distance for a mouse), read as
pixels of the 96 dpi desktop Qt's defaults assume and turned into millimetres, then into this
screen's pixels; never under a fingertip's width, since a finger's two taps land apart.

A double-click press is re-sent as a plain press: Qt's kinetic QScroller ignores double-clicks,
so a swipe that starts right after the tap that opened a card would not scroll.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QGuiApplication, QInputDevice, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

PRESS, DOUBLE, RELEASE = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseButtonRelease,
)
QT_HINT_PX_PER_MM = 96 / 25.4  # Qt's distances are pixels of a 96 dpi desktop
FINGERTIP_MM = 10.0  # the least distance two taps of one double tap may land apart


def button_under(widget: QWidget) -> QAbstractButton | None:
    """The button a press on `widget` belongs to (a tile's label belongs to the tile)."""
    current: QWidget | None = widget
    while current is not None and not isinstance(current, QAbstractButton):
        current = current.parentWidget()
    return current


class TapGuard(QObject):
    def __init__(
        self, window: QWidget, exempt: Callable[[QWidget], bool], px_per_mm: Callable[[], float]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.exempt = exempt  # the staff's PIN pad: digits are typed quickly on purpose
        self.px_per_mm = px_per_mm  # this screen's, for how far apart a double tap's taps land
        # (device, timestamp, place on the screen) of the last release on a button: the tap that acted.
        self._acted: tuple[int, int, QPointF] | None = None
        self._held: QAbstractButton | None = None  # pressed too soon: its release is dropped

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """Asked by the input router, last (services/input_router.py)."""
        kind = event.type()
        if kind not in (PRESS, DOUBLE, RELEASE) or not isinstance(event, QMouseEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window or self.exempt(watched):
            return False
        if kind == DOUBLE:
            QApplication.sendEvent(watched, _as_press(event))
            return True
        button = button_under(watched)
        if kind == PRESS:
            if button is not None and self._too_soon(event):
                self._held = button
            return False
        held, self._held = self._held, None
        if button is not None and button is held:
            button.setDown(False)  # no click, and no pressed look left behind
            return True
        if button is not None:
            self._acted = (_device(event), event.timestamp(), event.globalPosition())
        return False

    def _too_soon(self, event: QMouseEvent) -> bool:
        """The second tap of a double tap: soon after the tap that acted, and close to it."""
        if self._acted is None or self._acted[0] != _device(event):
            return False  # timestamps of different devices need not share a clock
        since = event.timestamp() - self._acted[1]
        if not 0 <= since < QGuiApplication.styleHints().mouseDoubleClickInterval():
            return False
        apart = event.globalPosition() - self._acted[2]
        return math.hypot(apart.x(), apart.y()) <= self.double_tap_distance(event)

    def double_tap_distance(self, event: QMouseEvent) -> float:
        """How far apart, in this screen's pixels, two taps of one double tap may land."""
        hints = QGuiApplication.styleHints()
        device = event.pointingDevice()
        by_mouse = device is None or device.type() == QInputDevice.DeviceType.Mouse
        hint = hints.mouseDoubleClickDistance() if by_mouse else hints.touchDoubleTapDistance()
        return max(hint / QT_HINT_PX_PER_MM, FINGERTIP_MM) * self.px_per_mm()


def _device(event: QMouseEvent) -> int:
    device = event.pointingDevice()
    return int(device.systemId()) if device is not None else -1


def _as_press(event: QMouseEvent) -> QMouseEvent:
    press = QMouseEvent(
        PRESS,
        event.position(),
        event.scenePosition(),
        event.globalPosition(),
        event.button(),
        event.buttons(),
        event.modifiers(),
        event.pointingDevice(),
    )
    press.setTimestamp(event.timestamp())
    return press
