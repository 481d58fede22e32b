"""Every screen of the kiosk in one stack, one on show at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget

from kiosk.ui.screens.admin import AdminScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.card import CardScreen
from kiosk.ui.screens.card_list import CardListScreen
from kiosk.ui.screens.closed import ClosedScreen
from kiosk.ui.screens.picker import PickerScreen
from kiosk.ui.screens.topics import TopicsScreen
from kiosk.ui.screens.unavailable import UnavailableScreen


class Screens(QStackedWidget):
    def __init__(self) -> None:
        super().__init__()
        self.attract = AttractScreen()
        self.picker = PickerScreen()
        self.topics = TopicsScreen()
        self.card_list = CardListScreen()
        self.card = CardScreen()
        self.unavailable = UnavailableScreen()
        self.admin = AdminScreen()  # staff only, behind the PIN (see flows/admin.py)
        self.closed = ClosedScreen()  # outside opening hours
        visitor = (self.attract, self.picker, self.topics, self.card_list, self.card)
        for screen in (*visitor, self.unavailable, self.admin, self.closed):
            # A screen not on show must not make the window larger than the monitor (the
            # stack takes its pages' largest minimum): each gets the room there is, and the
            # layout checks report any text that does not fit in it.
            screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.addWidget(screen)
