"""The kiosk's one window: it wires the screens and flows together, draws where the visitor is,
and forgets the visit."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.content.live import LiveContent
from kiosk.content.model import Content
from kiosk.display.attract_pace import AttractPace
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL
from kiosk.display.physical import usable_band
from kiosk.hours import parse_hours
from kiosk.i18n.review import shown_languages
from kiosk.i18n.translators import Translators
from kiosk.idle import IdleClock
from kiosk.navigation import ATTRACT, TOPICS, History, Place
from kiosk.printing.backend import PrintBackend, SystemPrinter
from kiosk.ui.audio.sound_link import ChildLink
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.flows.admin import AdminFlow
from kiosk.ui.flows.countdown import CountdownFlow
from kiosk.ui.flows.key_actions import KeyActions
from kiosk.ui.flows.keypad import Keypad
from kiosk.ui.flows.listen import ListenFlow
from kiosk.ui.flows.opening_hours import OpeningHoursFlow
from kiosk.ui.flows.printing import PrintFlow
from kiosk.ui.flows.staff import StaffAccess
from kiosk.ui.flows.updates import ContentUpdates
from kiosk.ui.screens.stack import Screens
from kiosk.ui.services.between_visits import BetweenVisits
from kiosk.ui.services.display_power import DisplayPower
from kiosk.ui.services.idle_watcher import IdleWatcher
from kiosk.ui.services.input_router import InputRouter
from kiosk.ui.services.printer_watch import Ask, printer_watch_for
from kiosk.ui.services.tap_guard import TapGuard
from kiosk.ui.theme import STYLE, Theme, screen_px_per_mm, style_sheet
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.top_bar import TopBar


class KioskWindow(QWidget):
    exit_requested = Signal()  # staff chose Exit on the admin screen

    def __init__(
        self,
        cfg: Config,
        content: Content | None,
        now: Callable[[], float] = time.monotonic,
        printer: PrintBackend | None = None,
        live: LiveContent | None = None,
        speaker: Speaker | None = None,
        printer_health: Ask | None = None,
        wall_clock: Callable[[], dt.datetime] = dt.datetime.now,
        threaded_checks: bool = True,
    ) -> None:
        super().__init__()
        self.cfg = cfg
        self.live = live
        self.print_slip = printer or SystemPrinter(cfg)
        self.allow_close = False
        self.broken = False  # the content could not be drawn: the unavailable screen stands in
        self.visit = 0  # counts visits, so that news of an old visit's print job is dropped
        self.translators = Translators(cfg.resolve(cfg.translations_dir), cfg.unreviewed_translations)
        self.translator = self.translators.get(cfg.default_language)
        self.history = History()
        # The visitor's display choices, kept until the visit ends.
        self.large_text = False
        self.high_contrast = False
        self.px_per_mm = screen_px_per_mm(self.screen(), cfg.screen_diagonal)
        self.setObjectName("kiosk")
        self.setStyleSheet(STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setWindowTitle("West Sacramento")

        self.top_bar = TopBar()
        self.stack = screens = Screens()
        self.attract, self.picker, self.topics = screens.attract, screens.picker, screens.topics
        self.card_list, self.card = screens.card_list, screens.card
        self.unavailable, self.admin = screens.unavailable, screens.admin
        hours = parse_hours(cfg.open_hours)
        here = lambda: bool(self.history)  # noqa: E731
        self.hours = OpeningHoursFlow(self, hours, wall_clock, DisplayPower(), here, self.reset_visit)
        # A touch outside opening hours: a visit all the same, then dark again at its end.
        screens.closed.woken.connect(self.hours.wake)
        screens.closed.woken.connect(self._start_visit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.stack, 1)

        self.idle_overlay = Overlay(self)
        self.message = Overlay(self)
        self.message.accepted.connect(self.message.hide)
        self.idle = IdleWatcher(IdleClock(cfg.idle_timeout, cfg.idle_countdown, now), self)
        self.between_visits = BetweenVisits(self)

        self.updates = ContentUpdates(
            self,
            content,
            live,
            self.topics,
            self.translators,
            cfg.languages,
            lambda: self.theme,
            threaded=threaded_checks,
            visitor_here=self._visitor_here,
        )
        self.updates.replaced.connect(self._content_replaced)
        self.updates.applied.connect(self._content_taken)
        self.print_flow = PrintFlow(self, self.print_slip, self, self.message)
        speaker = speaker or Speaker(ChildLink(cfg.speech_engine, zh_hant=cfg.zh_hant_voice), self)
        self.listen = ListenFlow(self, speaker, self.card, self, cfg.resolve(cfg.content_dir))
        forget = self.reset_visit
        self.countdown = CountdownFlow(self, self.idle, self.idle_overlay, self.listen, self, forget)
        self.printer_watch = watch = printer_watch_for(self, self.print_slip, printer_health)
        watch.answered.connect(lambda _health: self._offer_print())
        self.admin_flow = AdminFlow(
            self, self, self.admin, cfg, self.updates, self.print_flow, self.translators, watch
        )
        self.tap_guard = TapGuard(self, lambda w: w is self.staff.pad or self.staff.pad.isAncestorOf(w))
        # The PIN lock is kept across restarts, so it runs on the wall clock, not `now`.
        self.staff = StaffAccess(
            self, cfg, lambda: self.theme, self.admin_flow.open, now, wall=lambda: wall_clock().timestamp()
        )
        self.keypad = Keypad(
            self,
            cfg,
            self.top_layer,
            lambda: self.translator.language.rtl,
            lambda: self.stack.currentWidget() is self.attract and self.top_layer() is self,
            self.top_bar,
        )
        self.keypad.announce.connect(self.listen.announce)
        # The one application event filter; it sets the handlers' order (input_router.py).
        self.input_router = InputRouter(
            self, idle=self.idle, keypad=self.keypad, staff_gesture=self.staff, tap_guard=self.tap_guard
        )
        self.keypad.wake.connect(self.attract.started.emit)  # any key wakes it, as a touch would
        overlays = (self.idle_overlay, self.message)
        self.keys = KeyActions(
            self, self.keypad, overlays, self.staff.pad, self.history, self.back, self.listen, self
        )

        self.top_bar.home.connect(lambda: self.go(TOPICS))
        self.top_bar.language.connect(lambda: self._render(self.history.open_picker()))
        self.top_bar.back.connect(self.back)
        self.top_bar.large_text.connect(lambda on: self.set_display(on, self.high_contrast))
        self.top_bar.high_contrast.connect(lambda on: self.set_display(self.large_text, on))
        self.attract.started.connect(self._start_visit)
        self.picker.chosen.connect(self._choose_language)
        self.topics.chosen.connect(lambda topic_id: self.go(Place("cards", topic_id)))
        self.card_list.chosen.connect(lambda card_id: self.go(Place("card", card_id)))
        self.card.print_requested.connect(self.print_flow.start)

        self.reset_visit()

    # -- what flows and tools read -----------------------------------------------------------

    @property
    def content(self) -> Content | None:
        return self.updates.content

    @property
    def theme(self) -> Theme:
        width, height = self.available_size()
        return Theme.for_size(
            width, height, self.translator.language, self.px_per_mm, self.large_text, self.high_contrast
        )

    @property
    def place(self) -> Place:
        return self.history.place

    def available_size(self) -> tuple[int, int]:
        """The room the screens have: the window, or its reach band on a tall screen."""
        size = self.size()
        if size.width() <= 200:
            return 1920, 1080
        band = usable_band(self.cfg.screen_bottom_mm, self.height(), self.px_per_mm)
        return size.width(), (band[1] - band[0] if band else size.height())

    def offered_languages(self) -> list[str]:
        """The configured languages a visitor may pick (see unreviewed_translations)."""
        cfg, get = self.cfg, self.translators.get
        return shown_languages(cfg.languages, get, cfg.unreviewed_translations, cfg.default_language)

    def top_layer(self) -> QWidget:
        """What a finger or a key reaches now: the message or pad on top, else the window."""
        for layer in (self.staff.pad, self.idle_overlay, self.message):
            if layer.isVisible():
                return layer
        return self

    # -- what the visitor chooses ------------------------------------------------------------

    def set_display(self, large: bool, contrast: bool) -> None:
        """Large text and high contrast, as the visitor asks; every screen reflows."""
        if contrast != self.high_contrast:
            self.setStyleSheet(style_sheet(HIGH_CONTRAST if contrast else NORMAL))
        self.large_text, self.high_contrast = large, contrast
        self.top_bar.apply(self.translator, self.theme)
        self._render(self.place)

    def set_language(self, code: str) -> None:
        self.translator = self.translators.get(code)
        rtl = self.translator.language.rtl
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.top_bar.apply(self.translator, self.theme)

    def go(self, place: Place, remember: bool = True) -> None:
        self._render(self.history.go(place, remember))

    def back(self) -> None:
        self._render(self.history.back())

    def _start_visit(self) -> None:
        self.between_visits.visit_started()
        self.idle.start()
        self._render(self.history.start())

    def _choose_language(self, code: str) -> None:
        self.set_language(code)
        self._render(self.history.language_chosen())

    # -- drawing -----------------------------------------------------------------------------

    def _render(self, place: Place) -> None:
        if self.updates.pending and place.screen not in ("attract", "admin") and not self.updates.checking:
            # Touched before the start had read the content: read it first (off this thread);
            # Attract stays until it is in, and then the visitor's place is drawn.
            self.updates.apply()
        theme, tr, content = self.theme, self.translator, self.content
        if place.screen != "card" or place.item != self.card.card_id:
            self.listen.leaving()
        self.top_bar.setVisible(place.screen not in ("attract", "admin"))
        if place.screen == "admin":
            self.stack.setCurrentWidget(self.admin)
            return
        if self.updates.pending and not self.broken:
            self.top_bar.hide()
            self.show_attract(self.offered_languages())  # the first frame: nothing read but catalogs
            return
        if content is None or self.broken:
            self.top_bar.hide()
            offered = self.offered_languages()
            self.unavailable.show_languages(offered, self.translators.get, self.available_size())
            self.stack.setCurrentWidget(self.unavailable)
            return
        if place.screen == "attract":
            self.show_attract(self.offered_languages())
            return
        size = self.available_size()
        offered = self.offered_languages()
        title = self.stack.draw_visitor_screen(place, content, tr, theme, offered, size)
        if place.screen == "card":
            self.listen.card_shown(place.item)
            self._offer_print()
            self.printer_watch.ask()  # the answer shows or hides Print in a moment
        offer_language = place.screen != "picker"
        self.top_bar.set_title(title, self.history.can_go_back, offer_language=offer_language)

    def show_attract(self, languages: list[str]) -> None:
        """The start screen, cycling through `languages`; outside opening hours, nothing."""
        if self.hours.closed:
            self.stack.setCurrentWidget(self.stack.closed)
            self.hours.sleep()
            return
        cfg = self.cfg
        pace = AttractPace(cfg.attract_cycle, cfg.attract_quiet_after * 60, cfg.attract_quiet_cycle)
        self.attract.set_languages(languages, self.translators.get, pace, self.available_size())
        self.stack.setCurrentWidget(self.attract)

    def show_admin(self) -> None:
        self.message.hide()
        self.idle_overlay.hide()
        self.set_language(self.cfg.default_language)
        self._render(self.history.replace([Place("admin")]))
        self.idle.start()

    # -- the end of a visit, and what comes between visits -----------------------------------

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
        self.history.clear()
        # Back to the normal display (set_language and the render below draw it once).
        if self.high_contrast:
            self.setStyleSheet(STYLE)
        self.large_text = self.high_contrast = False
        self.admin.show_status([], self.theme)
        self.updates.take_held()  # a check whose result came during the visit
        if self.updates.waiting:
            self.updates.apply()  # its result is taken when it comes (_content_taken)
        self.translators.clear()
        self.set_language(self.cfg.default_language)
        self._render(ATTRACT)
        if not self.updates.pending:  # at start, not before the first frame (read_content asks)
            self.printer_watch.ask()  # between visits: is the printer still there?
            # And the catalogs: a fault found when the next visitor picks a language would be
            # logged then, and say which language they chose.
            self.translators.report_faults(self.cfg.languages)
        self.between_visits.visit_ended()

    def read_content(self, then: Callable[[], None] = lambda: None) -> None:
        """At start, once the first frame (Attract) is on screen: read the folders off the GUI
        thread (Attract stays meanwhile), then show what they allow, the unavailable screen if
        nothing valid can be shown, and call `then`."""
        if self.updates.pending and not self.updates.checking:
            self.updates.apply()

        def read() -> None:
            self.printer_watch.ask()
            then()

        self.updates.when_checked(read)

    def _visitor_here(self) -> bool:
        """A visitor is using the screen (staff on the admin screen are not a visit)."""
        return (bool(self.history) and self.place.screen != "admin") or self.idle_overlay.isVisible()

    def _content_taken(self) -> None:
        """A check's result was taken: draw what it allows where the screen is (nobody is here,
        or the start's first check is in; the admin screen says it itself)."""
        if self.place.screen == "admin":
            return
        if not self.history:
            self.set_language(self.cfg.default_language)  # its catalog as the gate now allows
        self._render(self.place)

    def show_unavailable(self) -> None:
        """The content cannot be drawn: a static message until good content arrives."""
        self.broken = True
        self.reset_visit()

    def _offer_print(self) -> None:
        # Print only where a slip can come out; the QR code is always there.
        health = self.printer_watch.last
        self.card.show_print(health is not None and health.ready)

    def _content_replaced(self) -> None:
        self.broken = False
        if self.live is not None:  # recordings from the copy now shown (state_dir's, or a private one)
            self.listen.content_dir = self.live.content_in_use

    def update_arrived(self) -> None:
        """Content or translation files changed: take them now if nobody is here, else after."""
        visitor_here = bool(self.history) or self.idle_overlay.isVisible()
        if self.updates.arrived(visitor_here):
            self.reset_visit()

    def exit_kiosk(self) -> None:
        self.allow_close = True
        self.exit_requested.emit()

    # -- Qt's events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        # Sizes scale with the screen: redraw the current screen for the new size (once the
        # window manager, or our own setGeometry, has given the window its real size).
        super().resizeEvent(event)
        if event.oldSize() != event.size():
            self._keep_in_reach()
            self.top_bar.apply(self.translator, self.theme)
            self._render(self.place)
            self.updates.prepare_topics()  # ahead, at this size

    def _keep_in_reach(self) -> None:
        # Every control between 380 and 1220 mm above the floor (ADA 308): the screen above
        # and below the band stays empty paper. `doctor` warns when the band is too small.
        band = usable_band(self.cfg.screen_bottom_mm, self.height(), self.px_per_mm)
        top, bottom = (band[0], self.height() - band[1]) if band else (0, 0)
        self.setContentsMargins(0, top, 0, bottom)  # messages centre in what is left, too

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.allow_close:
            self.listen.speaker.close()  # the sound process ends with the window
            self.updates.close()  # a check under way: its result is dropped, never waited on for good
            event.accept()
        else:
            event.ignore()
