"""Keys and requests that would take a visitor out of the kiosk are swallowed here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent

_MODS = Qt.KeyboardModifier

# (key, modifiers that must be held); any other modifiers may also be held.
BLOCKED = [
    (Qt.Key.Key_Escape, _MODS.NoModifier),
    (Qt.Key.Key_F4, _MODS.AltModifier),
    (Qt.Key.Key_F11, _MODS.NoModifier),
    (Qt.Key.Key_W, _MODS.ControlModifier),
    (Qt.Key.Key_Q, _MODS.ControlModifier),
    (Qt.Key.Key_Tab, _MODS.AltModifier),
    (Qt.Key.Key_Close, _MODS.NoModifier),
    (Qt.Key.Key_Menu, _MODS.NoModifier),
]


def is_escape_key(event: QKeyEvent) -> bool:
    mods = event.modifiers()
    return any(event.key() == key and (mods & need) == need for key, need in BLOCKED)


# Context menus (right-click, long press), drops from outside, and pinch or rotate gestures
# of the touch screen or touchpad: none of them has a use in the kiosk.
SWALLOWED = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
    QEvent.Type.NativeGesture,
}


def is_zoom_wheel(event: QWheelEvent) -> bool:
    """Ctrl + wheel (or a touchpad pinch sent as one) zooms text views: not here."""
    return bool(event.modifiers() & _MODS.ControlModifier)


class Lockdown(QObject):
    """Escape keys, context menus, drops and zooming never reach a widget. The kiosk asks it
    first through the input router (services/input_router.py); a QObject still, so that it
    can also be installed as an event filter on its own (the tests lock a window down so)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return self.handle(watched, event)

    def handle(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            return isinstance(event, QKeyEvent) and is_escape_key(event)
        if kind == QEvent.Type.Wheel:
            return isinstance(event, QWheelEvent) and is_zoom_wheel(event)
        return kind in SWALLOWED
