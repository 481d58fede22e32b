"""The kiosk's one window: the visitor's path through the screens, and forgetting the visit."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.content.live import LiveContent
from kiosk.content.model import Content
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL
from kiosk.display.physical import reach_band_px, reach_problem
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import Translator, translator_for
from kiosk.i18n.views import card_items, card_view, topic_view, topic_views
from kiosk.idle import IdleClock
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.flows.admin import AdminFlow
from kiosk.ui.flows.keypad import Keypad
from kiosk.ui.flows.listen import ListenFlow
from kiosk.ui.flows.printing import PrintFlow, system_printer
from kiosk.ui.flows.staff import StaffAccess
from kiosk.ui.places import Place
from kiosk.ui.screens.admin import AdminScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.card import CardScreen
from kiosk.ui.screens.card_list import CardListScreen
from kiosk.ui.screens.picker import PickerScreen
from kiosk.ui.screens.topics import TopicsScreen
from kiosk.ui.screens.unavailable import UnavailableScreen
from kiosk.ui.services.idle_watcher import IdleWatcher
from kiosk.ui.theme import STYLE, Theme, screen_px_per_mm, style_sheet
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.top_bar import TopBar

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    exit_requested = Signal()  # staff chose Exit on the admin screen

    def __init__(
        self,
        cfg: Config,
        content: Content | None,
        now: Callable[[], float] = time.monotonic,
        printer: Callable[..., None] | None = None,
        live: LiveContent | None = None,
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__()
        self.cfg = cfg
        self.content = content
        self.live = live
        self.print_slip = printer or system_printer
        self.allow_close = False
        self.broken = False  # the content could not be drawn: the unavailable screen stands in
        self.update_waiting = False
        self.visit = 0  # counts visits, so that news of an old visit's print job is dropped
        self._translators: dict[str, Translator] = {}
        # The visitor's display choices, kept until the visit ends.
        self.large_text = False
        self.high_contrast = False
        self.px_per_mm = screen_px_per_mm(self.screen(), cfg.screen_diagonal)
        self.setObjectName("kiosk")
        self.setStyleSheet(STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setWindowTitle("West Sacramento")

        self.top_bar = TopBar()
        self.stack = QStackedWidget()
        self.attract = AttractScreen()
        self.picker = PickerScreen()
        self.topics = TopicsScreen()
        # Every offered language's topics are built ahead (see prepare_topics), and kept.
        self.topics.grid.keep = len(cfg.languages) + 2
        self.card_list = CardListScreen()
        self.card = CardScreen()
        self.unavailable = UnavailableScreen()
        self.admin = AdminScreen()  # staff only, behind the PIN (see admin_flow)
        visitor = (self.attract, self.picker, self.topics, self.card_list, self.card)
        for screen in (*visitor, self.unavailable, self.admin):
            # A screen not on show must not make the window larger than the monitor (the
            # stack takes its pages' largest minimum): each gets the room there is, and the
            # layout checks report any text that does not fit in it.
            screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.stack.addWidget(screen)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.stack, 1)

        self.idle_overlay = Overlay(self)
        self.message = Overlay(self)
        self.idle_overlay.accepted.connect(self._continue_visit)
        self.message.accepted.connect(self.message.hide)

        self.idle = IdleWatcher(IdleClock(cfg.idle_timeout, cfg.idle_countdown, now), self)
        self.idle.warning.connect(self._show_countdown)
        self.idle.resumed.connect(self._continue_visit)
        self.idle.expired.connect(self.reset_visit)

        self.top_bar.home.connect(lambda: self.go(Place("topics")))
        self.top_bar.language.connect(self._open_picker)
        self.top_bar.back.connect(self.back)
        self.top_bar.large_text.connect(lambda on: self.set_display(on, self.high_contrast))
        self.top_bar.high_contrast.connect(lambda on: self.set_display(self.large_text, on))
        self.attract.started.connect(self._start_visit)
        self.picker.chosen.connect(self._choose_language)
        self.topics.chosen.connect(lambda topic_id: self.go(Place("cards", topic_id)))
        self.card_list.chosen.connect(lambda card_id: self.go(Place("card", card_id)))
        self.print_flow = PrintFlow(self)
        self.card.print_requested.connect(self.print_flow.start)
        self.admin_flow = AdminFlow(self)
        self.staff = StaffAccess(self, cfg, lambda: self.theme, self.admin_flow.open, now)
        self.keypad = Keypad(self, cfg)
        self.listen = ListenFlow(self, speaker or Speaker(cfg.speech_engine, self))

        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_next)
        self._unprepared: list[str] = []

        self.translations = cfg.resolve(cfg.translations_dir)
        self.history: list[Place] = []
        self.tr = self._translator(cfg.default_language)
        self.reset_visit()

    # -- state -------------------------------------------------------------------------------

    def _translator(self, code: str) -> Translator:
        # Kept for the visit: a translation updated meanwhile is shown from the next one.
        if code not in self._translators:
            self._translators[code] = translator_for(self.translations, code)
        return self._translators[code]

    @property
    def theme(self) -> Theme:
        width, height = self._size()
        return Theme.for_size(
            width, height, self.tr.language, self.px_per_mm, self.large_text, self.high_contrast
        )

    def set_display(self, large: bool, contrast: bool) -> None:
        """Large text and high contrast, as the visitor asks; every screen reflows."""
        if contrast != self.high_contrast:
            self.setStyleSheet(style_sheet(HIGH_CONTRAST if contrast else NORMAL))
        self.large_text, self.high_contrast = large, contrast
        self.top_bar.apply(self.tr, self.theme)
        self._render(self.place)

    def _size(self) -> tuple[int, int]:
        size = self.size()
        if size.width() <= 200:
            return 1920, 1080
        band = self.reach_band()
        return size.width(), (band[1] - band[0] if band else size.height())

    def reach_band(self) -> tuple[int, int] | None:
        """The rows 380 to 1220 mm above the floor, on a tall or wall-mounted screen."""
        bottom, height = self.cfg.screen_bottom_mm, self.height()
        band = reach_band_px(bottom, height, self.px_per_mm)
        # Too little of the screen in reach: all of it is used (and `doctor` says so).
        return band if band and not reach_problem(bottom, height, self.px_per_mm) else None

    def _keep_in_reach(self) -> None:
        # Every control between 380 and 1220 mm above the floor (ADA 308): the screen above
        # and below the band stays empty paper. `doctor` warns when the band is too small.
        band = self.reach_band()
        top, bottom = (band[0], self.height() - band[1]) if band else (0, 0)
        self.setContentsMargins(0, top, 0, bottom)  # messages centre in what is left, too

    def top_layer(self) -> QWidget:
        """What a finger or a key reaches now: the message or pad on top, else the window."""
        for layer in (self.staff.pad, self.idle_overlay, self.message):
            if layer.isVisible():
                return layer
        return self

    @property
    def place(self) -> Place:
        return self.history[-1] if self.history else Place("attract")

    def set_language(self, code: str) -> None:
        self.tr = self._translator(code)
        rtl = self.tr.language.rtl
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.top_bar.apply(self.tr, self.theme)

    # -- navigation --------------------------------------------------------------------------

    def go(self, place: Place, remember: bool = True) -> None:
        if remember and place != self.place:
            # Home and the picker are anchors: going there again drops the way in between.
            if place in self.history:
                del self.history[self.history.index(place) + 1 :]
            else:
                self.history.append(place)
        self._render(place)

    def back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()
        self._render(self.place)

    def _render(self, place: Place) -> None:
        theme, tr = self.theme, self.tr
        if place.screen != "card" or place.item != self.card.card_id:
            self.listen.leaving()
        self.top_bar.setVisible(place.screen not in ("attract", "admin"))
        if place.screen == "admin":
            self.stack.setCurrentWidget(self.admin)
            return
        if self.content is None or self.broken:
            self.top_bar.hide()
            self.unavailable.show_languages(self.cfg.languages, self._translator, self._size())
            self.stack.setCurrentWidget(self.unavailable)
            return
        if place.screen == "attract":
            self.attract.set_languages(
                self.cfg.languages, self._translator, self.cfg.attract_cycle, self._size()
            )
            self.stack.setCurrentWidget(self.attract)
            return
        if place.screen == "picker":
            title = tr.pgettext("screen title", "Choose your language")
            languages = [LANGUAGES[code] for code in self.cfg.languages]
            self.picker.show_languages(languages, self._size(), theme, "")
            widget: QWidget = self.picker
        elif place.screen == "topics":
            title = tr.pgettext("screen title", "What would you like to know?")
            intro = tr.pgettext("topics intro", "Touch a topic to see more.")
            self.topics.show_topics(topic_views(self.content, tr), theme, intro)
            widget = self.topics
        elif place.screen == "cards":
            topic = topic_view(self.content.topic(place.item), tr)
            title = topic.title
            self.card_list.show_cards(card_items(self.content, place.item, tr), theme, topic.summary)
            widget = self.card_list
        else:
            card = self.content.cards[place.item]
            title = topic_view(self.content.topic(card.topic), tr).title
            self.card.show_card(card_view(self.content, card, tr), tr, theme)
            self.listen.card_shown(card.id)
            widget = self.card
        self.top_bar.set_title(title, len(self.history) > 1, offer_language=widget is not self.picker)
        self.stack.setCurrentWidget(widget)

    def _start_visit(self) -> None:
        self.idle.start()
        self.history = []
        self.go(Place("picker"))

    def _open_picker(self) -> None:
        # On top of the way so far: after choosing, the visitor is back where they were.
        if self.place.screen != "picker":
            self.history.append(Place("picker"))
        self._render(self.place)

    def _choose_language(self, code: str) -> None:
        self.set_language(code)
        if len(self.history) > 1:
            self.back()  # back to where the visitor was, now in their language
        else:
            self.go(Place("topics"))

    def prepare_topics(self) -> None:
        """Build each offered language's topics while nobody waits, one language per turn of
        the event loop, so that the first tap on a language finds them ready."""
        self._unprepared = list(self.cfg.languages)
        self._prepare_timer.start()

    @property
    def preparing(self) -> bool:
        """True while some languages' topics are still to be built ahead."""
        return bool(self._unprepared)

    def _prepare_next(self) -> None:
        if not self._unprepared or self.content is None:
            return
        code = self._unprepared.pop(0)
        theme = self.theme.for_language(LANGUAGES[code])
        self.topics.prepare(topic_views(self.content, self._translator(code)), theme)
        self._prepare_timer.start()

    def reset_visit(self) -> None:
        """Forget the visit: back to Attract in the default language, nothing left behind."""
        self.idle.stop()
        self.visit += 1
        # Even the lists kept in memory to draw faster: they would say which topics were opened.
        self.card_list.grid.forget()
        self.idle_overlay.hide()
        self.message.hide()
        self.staff.close()
        self.card.reset()
        self.history = []
        # Back to the normal display (set_language and the render below draw it once).
        if self.high_contrast:
            self.setStyleSheet(STYLE)
        self.large_text = self.high_contrast = False
        self.admin.show_status([], self.theme)
        if self.update_waiting:
            self.apply_update()
        self._translators.clear()
        self.set_language(self.cfg.default_language)
        self._render(Place("attract"))

    def show_unavailable(self) -> None:
        """The content cannot be drawn: a static message until good content arrives."""
        self.broken = True
        self.reset_visit()

    # -- updates between visits --------------------------------------------------------------

    def update_arrived(self) -> None:
        """Content or translation files changed: take them now if nobody is here, else after."""
        self.update_waiting = True
        if not self.history and not self.idle_overlay.isVisible():
            self.reset_visit()

    def apply_update(self) -> None:
        self.update_waiting = False
        if self.live is not None and self.live.reload():
            self.content = self.live.current
            self.broken = False
            log.info("content updated: %d cards", len(self.content.cards) if self.content else 0)
        # Kept grids show the old words: build them anew, for every language, ahead.
        self.topics.grid.forget()
        self._translators.clear()
        self.prepare_topics()

    # -- idle and printing -------------------------------------------------------------------

    def _show_countdown(self, seconds: int) -> None:
        if self.idle_overlay.isVisible():
            self.idle_overlay.set_number(str(seconds))
            return
        question = self.tr.pgettext("idle", "Are you still there?")
        self.listen.countdown(question)  # a chime, and the question aloud where a voice exists
        self.idle_overlay.show_message(
            self.theme,
            question,
            self.tr.pgettext("idle", "The screen will go back to the start in:"),
            # NOTE: The big button on the "Are you still there?" message.
            self.tr.pgettext("idle button", "Continue"),
            number=str(seconds),
        )

    def _continue_visit(self) -> None:
        self.idle_overlay.hide()
        if self.idle.enabled:
            self.idle.start()

    def show_key_help(self) -> None:
        # NOTE: Shown (and read aloud) when a visitor presses the Help key of a keypad.
        heading = self.tr.pgettext("keypad help", "Using the keys")
        text = self.tr.pgettext(
            "keypad help",
            "Arrow keys or Tab move between buttons. Enter chooses. Back goes back one "
            "screen. Help says this again.",
        )
        self.message.show_message(self.theme, heading, text, self.tr.pgettext("message button", "OK"))
        self.keypad.focus_first()
        self.listen.announce(f"{heading}. {text}")  # after the focus, so that it is not cut off

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        # Sizes scale with the screen: redraw the current screen for the new size (once the
        # window manager, or our own setGeometry, has given the window its real size).
        super().resizeEvent(event)
        if event.oldSize() != event.size():
            self._keep_in_reach()
            self.top_bar.apply(self.tr, self.theme)
            self._render(self.place)
            self.prepare_topics()  # ahead, at this size

    # -- staying put -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.allow_close:
            event.accept()
        else:
            event.ignore()
