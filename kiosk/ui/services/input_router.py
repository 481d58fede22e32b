"""The kiosk's one application-wide event filter: it hands a visitor's input to an explicit,
ordered list of handlers.

An application event filter sees every event of every object: paints, timers, layout
requests, the thousands a screen change makes. Each filter written in Python costs a call into
Python for each of them, so there is one, and its first test is the cheapest that can tell
input from the rest: an isinstance on the wrapper's class (which PySide has already chosen
from the event's type), with no call back into Qt; then `type()` against a frozenset. (Python
cannot be avoided for the rest altogether: PySide calls a Python `eventFilter` for every event;
only C++ could look at the type first.)

Then the handlers, in the order below; the first that takes an event (returns True) ends it
there, and no later handler, and no widget, sees it:

1. lockdown (full screen only): a key, menu, drop or zoom that would take a visitor out of
   the kiosk or bend the screen reaches nobody, not even the keypad.
2. idle: every input a visitor makes that lockdown let through pushes the end of the visit
   back, keypad keys included (a handler after it may take them). During "Are you still
   there?" the key that answers it only answers it: Back then does not also go back a screen.
3. keypad: its keys move the ring and choose, before Qt's own Tab handling or any shortcut;
   a touch ends keypad mode and goes on.
4. staff gesture: counts corner presses, takes none. Before the tap guard, so that it sees
   a quick second tap in the corner as the double click it arrives as.
5. tap guard: last, because it takes what the others must still have seen: a double click
   (sent again as a plain press, which goes through this list from the top) and the release
   of a tap that came too soon after the last one.

Until this router, each was a filter of its own, and their order was Qt's: the filter
installed last runs first, so it followed the order the window happened to build them in.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent, QInputEvent
from PySide6.QtWidgets import QApplication

_T = QEvent.Type

# Every event type some handler reacts to (the union of what each one reads); any other
# event leaves the router after one lookup.
INPUT_EVENTS = frozenset(
    {
        _T.KeyPress,  # lockdown, idle, keypad
        _T.KeyRelease,  # lockdown
        _T.ShortcutOverride,  # lockdown, keypad
        _T.Wheel,  # lockdown, idle
        _T.ContextMenu,  # lockdown
        _T.DragEnter,  # lockdown
        _T.DragMove,  # lockdown
        _T.Drop,  # lockdown
        _T.NativeGesture,  # lockdown
        _T.MouseButtonPress,  # idle, keypad, staff, tap guard
        _T.MouseButtonDblClick,  # staff, tap guard
        _T.MouseButtonRelease,  # tap guard
        _T.TouchBegin,  # idle
        _T.TabletPress,  # idle
    }
)

# The classes of those events: key, mouse, wheel, touch, tablet, gesture and context menu
# events are input events; drags and drops are not.
_INPUT_CLASSES = (QInputEvent, QDropEvent)


class InputHandler(Protocol):
    def handle(self, watched: QObject, event: QEvent) -> bool:
        """Act on an input event; True takes it: no later handler and no widget sees it."""
        ...


class InputRouter(QObject):
    """Installed once on the application; owned by `parent` (the window), and gone with it."""

    def __init__(
        self,
        parent: QObject,
        *,
        idle: InputHandler,
        keypad: InputHandler,
        staff_gesture: InputHandler,
        tap_guard: InputHandler,
        lockdown: InputHandler | None = None,
    ) -> None:
        super().__init__(parent)
        self._named = (idle, keypad, staff_gesture, tap_guard)
        self.handlers: tuple[InputHandler, ...] = ()
        self.lock_down(lockdown)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def lock_down(self, lockdown: InputHandler | None) -> None:
        """Full screen: `lockdown` goes first (the module's docstring says why)."""
        idle, keypad, staff_gesture, tap_guard = self._named
        first = (lockdown,) if lockdown is not None else ()
        self.handlers = (*first, idle, keypad, staff_gesture, tap_guard)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not isinstance(event, _INPUT_CLASSES) or event.type() not in INPUT_EVENTS:
            return False
        # any() stops at the first handler that takes the event: the later ones never see it.
        return any(handler.handle(watched, event) for handler in self.handlers)
