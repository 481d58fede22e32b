"""The whole visit without touching the screen: keys move a large focus ring from control to
control in reading order, choose, go back and explain themselves (EZ Access style).

The keys are settings (`key_next`, `key_previous`, `key_activate`, `key_back`, `key_help`), so
a USB keypad with its own buttons can be mapped to them. Keypad mode starts with the first such
key and ends with the next touch, which hides the ring again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from kiosk.config import Config
from kiosk.ui.widget_tree import scroll_area_of, visible_targets

log = logging.getLogger(__name__)

ACTIONS = ("next", "previous", "activate", "back", "help")
_SHIFT, _KEYPAD = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier


def key_map(cfg: Config) -> dict[tuple[int, int], str]:
    """(key, modifiers) -> action, from the settings; a name Qt does not know is logged."""
    found: dict[tuple[int, int], str] = {}
    for action in ACTIONS:
        for name in getattr(cfg, f"key_{action}"):
            sequence = QKeySequence(name)
            if sequence.isEmpty() or sequence.count() != 1:
                log.warning("key_%s: %r is not a key name Qt knows; ignored", action, name)
                continue
            combo = sequence[0]  # type: ignore[index]  # PySide6's stub lacks QKeySequence[i]
            key, mods = combo.key().value, combo.keyboardModifiers()
            found[(key, (mods & ~_KEYPAD).value)] = action
            if key == Qt.Key.Key_Tab.value and mods & _SHIFT:
                found[(Qt.Key.Key_Backtab.value, _SHIFT.value)] = action  # how Shift+Tab arrives
    return found


def reading_order(buttons: list[QPushButton], root: QWidget, rtl: bool) -> list[QPushButton]:
    """Line by line from the top (buttons side by side share a line), then along each line in
    the language's direction."""
    boxes = []
    for button in buttons:
        top_left = button.mapTo(root, button.rect().topLeft())
        boxes.append((top_left.y() + button.height() / 2, top_left, button))
    boxes.sort(key=lambda box: box[0])
    lines: list[list[tuple[int, QPushButton]]] = []
    line_bottom = float("-inf")
    for centre_y, top_left, button in boxes:
        if centre_y > line_bottom:
            lines.append([])
            line_bottom = top_left.y() + button.height()
        line_bottom = max(line_bottom, top_left.y() + button.height())
        lines[-1].append((top_left.x(), button))
    ordered: list[QPushButton] = []
    for line in lines:
        line.sort(key=lambda item: -item[0] if rtl else item[0])
        ordered.extend(button for _x, button in line)
    return ordered


class Keypad(QObject):
    """Keys move the ring and choose; what they mean for the visit (wake, back, help) is the
    window's to decide, told by signals."""

    announce = Signal(str)  # what has the focus now, to be read aloud
    wake = Signal()  # a key on Attract: start a visit, as a touch would
    back = Signal()  # the Back key: close what is on top, or go back one screen
    help = Signal()  # the Help key: explain the keys

    def __init__(
        self,
        root: QWidget,
        cfg: Config,
        top_layer: Callable[[], QWidget],
        right_to_left: Callable[[], bool],
        at_attract: Callable[[], bool],
        top_bar: QWidget,
    ) -> None:
        super().__init__(root)
        self.root = root
        self.top_layer = top_layer
        self.right_to_left = right_to_left
        self.at_attract = at_attract
        self.top_bar = top_bar
        self.keys = key_map(cfg)
        self.active = False  # keypad mode: the ring shows
        self._ringed: QPushButton | None = None  # the one button that shows the ring
        self._resume: QPushButton | None = None  # where the ring was when a touch hid it
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Focus also moves by itself (a screen that hides the focused button): the ring
            # follows it in keypad mode, and never shows after touches alone.
            app.focusChanged.connect(self._focus_moved)

    def action_of(self, event: QKeyEvent) -> str | None:
        mods = event.modifiers() & ~_KEYPAD
        found = self.keys.get((event.key(), mods.value))
        if found is None and mods & _SHIFT and event.key() < Qt.Key.Key_Escape.value:
            # A symbol typed with Shift ("?" on most layouts) is named without it.
            found = self.keys.get((event.key(), (mods & ~_SHIFT).value))
        return found

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """Asked by the input router (services/input_router.py); its keys are taken."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self.active:
            self.leave()
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not self._ours(watched):
            return False
        action = self.action_of(event)
        if action is None:
            return False
        if kind == QEvent.Type.KeyPress:
            self.act(action)
        return True  # ours, also before Qt's own Tab handling or a shortcut sees it

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.root

    # -- actions -----------------------------------------------------------------------------

    def act(self, action: str) -> None:
        resumed = not self.active and self._resume_ring()
        self.active = True
        if resumed and action in ("next", "previous"):
            return  # the first key after touches shows where the ring was; the next one moves it
        if action == "help":
            self.help.emit()
            return
        if self.at_attract():
            self.wake.emit()
            self.focus_first()
            return
        if action in ("next", "previous"):
            self.move(1 if action == "next" else -1)
        elif action == "activate":
            self.activate()
        elif action == "back":
            self.back.emit()

    def chain(self) -> list[QPushButton]:
        buttons = [b for b in visible_targets(self.top_layer()) if b.isEnabled()]
        return reading_order(buttons, self.root, self.right_to_left())

    def move(self, step: int) -> None:
        chain = self.chain()
        if not chain:
            return
        current = QApplication.focusWidget()
        index = chain.index(current) + step if current in chain else (0 if step > 0 else -1)
        self.focus(chain[index % len(chain)])

    def focus(self, button: QPushButton) -> None:
        self._ring(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        area = scroll_area_of(button)
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(button)
        self.announce.emit(spoken_name(button))

    def focus_first(self) -> None:
        chain = self.chain()
        # The first control below the top bar: where the screen's own choices start.
        below = [b for b in chain if not self.top_bar.isAncestorOf(b)]
        if below or chain:
            self.focus((below or chain)[0])

    def activate(self) -> None:
        current = QApplication.focusWidget()
        if not isinstance(current, QPushButton) or current not in self.chain():
            self.focus_first()
            return
        current.click()
        # A new screen or message: the ring goes to its first control, once it is drawn.
        QTimer.singleShot(0, self._after_activate)

    def _after_activate(self) -> None:
        current = QApplication.focusWidget()
        if current not in self.chain():
            self.focus_first()

    def leave(self) -> None:
        """A touch: keypad mode ends and the ring goes (the next key brings it back there)."""
        self.active = False
        self._resume = self._ringed
        self._ring(None)
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self.root:
            focused.clearFocus()

    def _resume_ring(self) -> bool:
        resume, self._resume = self._resume, None
        if resume is None or resume not in self.chain():
            return False
        self.focus(resume)
        return True

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.active and isinstance(new, QPushButton) and new.window() is self.root:
            self._ring(new)

    def _ring(self, button: QPushButton | None) -> None:
        """The style sheet draws the ring on a focused button with `keyring` set: focus that a
        touch or click gave a button shows nothing."""
        if button is self._ringed:
            return
        for widget, on in ((self._ringed, False), (button, True)):
            if widget is not None:
                widget.setProperty("keyring", on)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self._ringed = button


def spoken_name(button: QPushButton) -> str:
    """What a screen reader would say: the name, then the line under it on a tile."""
    name = button.accessibleName() or button.text()
    description = button.accessibleDescription()
    return f"{name}. {description}" if description else name
