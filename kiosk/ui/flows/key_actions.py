"""What the keypad's Back and Help keys mean on the kiosk: Back closes what is on top or goes
back one screen; Help explains the keys, on screen and aloud."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.navigation import History
from kiosk.ui.flows.keypad import Keypad
from kiosk.ui.flows.listen import ListenFlow
from kiosk.ui.flows.on_screen import OnScreen
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.pin_pad import PinPad


class KeyActions(QObject):
    def __init__(
        self,
        parent: QObject,
        keypad: Keypad,
        overlays: tuple[Overlay, Overlay],  # the countdown, then the message
        pin_pad: PinPad,
        history: History,
        back: Callable[[], None],
        listen: ListenFlow,
        on_screen: OnScreen,
    ) -> None:
        super().__init__(parent)
        self.keypad = keypad
        self.overlays = overlays
        self.pin_pad = pin_pad
        self.history = history
        self.go_back = back
        self.listen = listen
        self.on_screen = on_screen
        # The window connects the keypad's Back and Help.

    def back(self) -> None:
        for overlay in self.overlays:
            if overlay.isVisible():
                overlay.button.click()
                QTimer.singleShot(0, self.keypad.focus_first)
                return
        if self.pin_pad.isVisible():
            self.pin_pad.close_pad()
        elif self.history.can_go_back:
            self.go_back()
            QTimer.singleShot(0, self.keypad.focus_first)

    def show_help(self) -> None:
        tr = self.on_screen.translator
        # NOTE: Shown (and read aloud) when a visitor presses the Help key of a keypad.
        heading = tr.pgettext("keypad help", "Using the keys")
        text = tr.pgettext(
            "keypad help",
            "Arrow keys or Tab move between buttons. Enter chooses. Back goes back one "
            "screen. Help says this again.",
        )
        message = self.overlays[1]
        message.show_message(self.on_screen.theme, heading, text, tr.pgettext("message button", "OK"))
        self.keypad.focus_first()
        self.listen.announce(f"{heading}. {text}")  # after the focus, so that it is not cut off
