"""The kiosk's one window: it builds the screens and flows, wires them together in one place,
draws what the visit state says is shown, and forgets the visit."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.content.help_lines import unknown_help_line
from kiosk.content.live import LiveContent
from kiosk.content.model import Content
from kiosk.display.attract_pace import AttractPace
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL
from kiosk.display.physical import usable_band
from kiosk.hours import parse_hours
from kiosk.i18n.help_line import help_line_text
from kiosk.i18n.languages import SOURCE_LANGUAGE
from kiosk.i18n.review import shown_languages
from kiosk.i18n.translator import Translator
from kiosk.i18n.translators import Translators
from kiosk.idle import IdleClock, time_before_warning
from kiosk.navigation import ATTRACT, TOPICS, History, Place
from kiosk.printing.backend import PrintBackend, SystemPrinter
from kiosk.printing.outcome import PrinterHealth
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
from kiosk.ui.screens.admin import AdminScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.card import CardScreen
from kiosk.ui.screens.card_list import CardListScreen
from kiosk.ui.screens.picker import PickerScreen
from kiosk.ui.screens.stack import Screens
from kiosk.ui.screens.topics import TopicsScreen
from kiosk.ui.screens.unavailable import UnavailableScreen
from kiosk.ui.services.between_visits import BetweenVisits
from kiosk.ui.services.display_power import DisplayPower
from kiosk.ui.services.idle_watcher import IdleWatcher
from kiosk.ui.services.input_router import InputRouter
from kiosk.ui.services.printer_watch import Ask, printer_watch_for
from kiosk.ui.services.tap_guard import TapGuard
from kiosk.ui.services.text_on_screen import text_on_screen
from kiosk.ui.standing import ReachArrangement
from kiosk.ui.theme import STYLE, Theme, screen_px_per_mm, style_sheet
from kiosk.ui.widgets.idle_warning import IdleWarning
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.top_bar import TopBar
from kiosk.visit import Mode, VisitState

log = logging.getLogger(__name__)


def _wire(signal: SignalInstance, slot: Callable[..., object]) -> None:
    """Connect, for a screen's wiring that `Screens.when_built` runs when the screen is built."""
    signal.connect(slot)


class KioskWindow(QWidget):
    """Built in steps (`_init_screens`, `_init_flows`), wired in one place (`_connect_signals`),
    drawn from one state (`kiosk.visit.VisitState`) by `_render`."""

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
        self.visit = 0  # counts visits, so that news of an old visit's print job is dropped
        self.state = VisitState(cfg.default_language)
        self.translators = Translators(cfg.resolve(cfg.translations_dir), cfg.unreviewed_translations)
        self.translator = self.translators.get(cfg.default_language)  # the state's language's
        self.px_per_mm = screen_px_per_mm(self.screen(), cfg.screen_diagonal)
        self.setObjectName("kiosk")
        self.setStyleSheet(STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setWindowTitle("West Sacramento")
        self._init_screens()
        self._init_flows(
            content=content,
            now=now,
            wall_clock=wall_clock,
            speaker=speaker,
            printer_health=printer_health,
            threaded_checks=threaded_checks,
        )
        self._connect_signals()
        self.help_line_problem: str | None = None  # the last said, so that it is said once
        self.reset_visit()
        self._check_help_line()

    def _init_screens(self) -> None:
        """The top bar over the stack of screens (only Attract and the closed screen are built
        yet: kiosk/ui/screens/stack.py), and the two overlays above both."""
        self.top_bar = TopBar()
        self.stack = Screens()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.stack, 1)
        self.reach = ReachArrangement(self, column, self.top_bar, self.top_bar.title)  # kiosk/ui/standing.py
        self.idle_overlay = IdleWarning(self)  # "Are you still there?"
        self.message = Overlay(self)  # the print flow's messages

    def _init_flows(
        self,
        *,
        content: Content | None,
        now: Callable[[], float],
        wall_clock: Callable[[], dt.datetime],
        speaker: Speaker | None,
        printer_health: Ask | None,
        threaded_checks: bool,
    ) -> None:
        """The flows and services, each given what it uses; the input they watch comes to them
        through one router, in the order it declares (kiosk/ui/services/input_router.py)."""
        cfg = self.cfg
        self.hours = OpeningHoursFlow(
            parent=self,
            hours=parse_hours(cfg.open_hours),
            wall_clock=wall_clock,
            power=DisplayPower(),
            visitor_here=self.state.visitor_here,
            start_over=self.reset_visit,
        )
        self.idle = IdleWatcher(clock=IdleClock(cfg.idle_timeout, cfg.idle_warning, now), parent=self)
        self.between_visits = BetweenVisits(parent=self)
        self.updates = ContentUpdates(
            parent=self,
            content=content,
            live=self.live,
            topics=lambda: self.topics,
            translators=self.translators,
            languages=cfg.languages,
            theme=lambda: self.theme,
            threaded=threaded_checks,
            visitor_here=self._visitor_here,
        )
        self.print_flow = PrintFlow(
            parent=self, printer=self.print_slip, on_screen=self, message=self.message
        )
        self.listen = ListenFlow(
            parent=self,
            speaker=speaker or Speaker(ChildLink(cfg.speech_engine, zh_hant=cfg.zh_hant_voice), self),
            on_screen=self,
            content_dir=cfg.resolve(cfg.content_dir),
            english=lambda: self.translators.get(SOURCE_LANGUAGE),
        )
        self.countdown = CountdownFlow(
            parent=self, watcher=self.idle, overlay=self.idle_overlay, listen=self.listen, on_screen=self
        )
        self.printer_watch = printer_watch_for(parent=self, printer=self.print_slip, ask=printer_health)
        self.admin_flow = AdminFlow(
            parent=self,
            host=self,
            cfg=cfg,
            updates=self.updates,
            printing=self.print_flow,
            translators=self.translators,
            printer_watch=self.printer_watch,
        )
        self.tap_guard = TapGuard(window=self, exempt=self._tap_exempt, px_per_mm=lambda: self.px_per_mm)
        self.staff = StaffAccess(
            window=self,
            cfg=cfg,
            theme=lambda: self.theme,
            on_success=self.admin_flow.open,
            now=now,
            # The PIN lock is kept across restarts, so it runs on the wall clock, not `now`.
            wall=lambda: wall_clock().timestamp(),
        )
        self.keypad = Keypad(
            root=self,
            cfg=cfg,
            top_layer=self.top_layer,
            right_to_left=lambda: self.translator.language.rtl,
            at_attract=self._at_attract,
            top_bar=self.top_bar,
        )
        # The one application event filter; it sets the handlers' order (input_router.py).
        self.input_router = InputRouter(
            self, idle=self.idle, keypad=self.keypad, staff_gesture=self.staff, tap_guard=self.tap_guard
        )
        self.keys = KeyActions(
            parent=self,
            keypad=self.keypad,
            overlays=(self.idle_overlay, self.message),  # the countdown, then the message
            pin_pad=self.staff.pad,
            history=self.state.history,
            back=self.back,
            listen=self.listen,
            on_screen=self,
        )

    def _connect_signals(self) -> None:
        """Every signal between the parts, by topic. A screen built later (kiosk/ui/screens/
        stack.py) is wired by `when_built`, as it is built."""
        bar, screens, when_built = self.top_bar, self.stack, self.stack.when_built

        # Navigation: where a touch takes the visitor.
        screens.attract.started.connect(self._start_visit)
        self.keypad.wake.connect(screens.attract.started.emit)  # any key wakes it, as a touch would
        # A touch outside opening hours: a visit all the same, then dark again at its end.
        screens.closed.woken.connect(self.hours.wake)
        screens.closed.woken.connect(self._start_visit)
        bar.home.connect(self.go_home)
        bar.language.connect(self.open_picker)
        bar.back.connect(self.back)
        # Finished: the visit ends now, by the same path as the idle timeout's (reset_visit).
        bar.finished.connect(self.reset_visit)
        self.keypad.back.connect(self.keys.back)
        self.keypad.help.connect(self.keys.show_help)
        when_built("picker", lambda: _wire(self.picker.chosen, self._choose_language))
        when_built("topics", lambda: _wire(self.topics.chosen, self.open_topic))
        when_built("cards", lambda: _wire(self.card_list.chosen, self.open_card))

        # Display choices, kept until the visit ends.
        bar.large_text.connect(self._large_text)
        bar.high_contrast.connect(self._high_contrast)

        # Printing: Print offered where a slip can come out.
        when_built("card", lambda: _wire(self.card.print_requested, self.print_flow.start))
        self.printer_watch.answered.connect(self._printer_answered)
        self.message.accepted.connect(self.message.hide)

        # Listening: Listen on a card, and the keypad's spoken names.
        when_built("card", lambda: self.listen.attach(self.card))
        when_built("card", lambda: _wire(self.card.listen_requested, self.listen.toggle))
        when_built("card", lambda: _wire(self.card.volume.step_requested, self.listen.set_step))
        when_built("card", lambda: _wire(self.card.english_shown, self.listen.show_english))
        when_built("picker", lambda: _wire(self.picker.held, self.listen.say_language_name))
        self.listen.speaker.stopped.connect(self.listen.stopped)
        self.listen.speaker.changed.connect(self.listen.offer_again)
        self.keypad.announce.connect(self.listen.announce)
        # While Listen reads a card, nobody is timed out; the time starts again at its end.
        self.listen.speaker.started.connect(self._hold_idle_while_reading)
        self.listen.speaker.stopped.connect(self._hold_idle_while_reading)

        # Staff: the admin screen behind the PIN.
        self.printer_watch.answered.connect(self.admin_flow.printer_answered)
        when_built("admin", self._wire_admin)

        # Updates: new content and catalogs, taken between visits.
        self.updates.replaced.connect(self._content_replaced)
        self.updates.applied.connect(self._content_taken)
        when_built("topics", lambda: self.updates.topics_built(self.topics))

        # Idle: "Are you still there?", then the visit is forgotten.
        self.idle_overlay.accepted.connect(self.countdown.carry_on)
        self.idle.warning.connect(self.countdown.show)
        self.idle.resumed.connect(self.countdown.carry_on)
        self.idle.expired.connect(self.reset_visit)
        self.idle_overlay.start_over.connect(self.reset_visit)  # now, as the ring's end would

    def _wire_admin(self) -> None:
        admin, flow = self.admin, self.admin_flow
        flow.attach(admin)
        admin.leave.connect(self.reset_visit)
        admin.reload.connect(flow.reload)
        admin.test_print.connect(flow.test_print)
        admin.exit_kiosk.connect(flow.exit)

    # -- what flows and tools read -----------------------------------------------------------

    @property
    def content(self) -> Content | None:
        return self.updates.content

    @property
    def theme(self) -> Theme:
        width, height = self.available_size()
        state = self.state
        return Theme.for_size(
            width,
            height,
            self.translator.language,
            self.px_per_mm,
            state.large_text,
            state.high_contrast,
            self.reach.reach_top,
        )

    @property
    def place(self) -> Place:
        return self.state.place

    @property
    def history(self) -> History:
        return self.state.history

    @property
    def large_text(self) -> bool:
        return self.state.large_text

    @property
    def high_contrast(self) -> bool:
        return self.state.high_contrast

    @property
    def broken(self) -> bool:
        """The content could not be drawn: the unavailable screen stands in."""
        return self.state.broken

    @broken.setter
    def broken(self, broken: bool) -> None:
        self.state.set_broken(broken)

    # Each screen, built on first use (see kiosk/ui/screens/stack.py).
    @property
    def attract(self) -> AttractScreen:
        return self.stack.attract

    @property
    def picker(self) -> PickerScreen:
        return self.stack.picker

    @property
    def topics(self) -> TopicsScreen:
        return self.stack.topics

    @property
    def card_list(self) -> CardListScreen:
        return self.stack.card_list

    @property
    def card(self) -> CardScreen:
        return self.stack.card

    @property
    def unavailable(self) -> UnavailableScreen:
        return self.stack.unavailable

    @property
    def admin(self) -> AdminScreen:
        return self.stack.admin

    def available_size(self) -> tuple[int, int]:
        """The room the screens have: the window, or its reach band on a tall screen (a
        visitor's screen there has the height above the band too: kiosk/ui/standing.py)."""
        size = self.size()
        if size.width() <= 200:
            return 1920, 1080
        if self.reach.reach_top:
            return size.width(), size.height() - self.reach.bottom
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

    def _on_pin_pad(self, widget: QWidget) -> bool:
        return widget is self.staff.pad or self.staff.pad.isAncestorOf(widget)

    def _tap_exempt(self, widget: QWidget) -> bool:
        """Where quick taps are meant: PIN digits, and Louder, Louder (one step a tap)."""
        card = self.stack.built("card", CardScreen)
        return self._on_pin_pad(widget) or (card is not None and card.volume.isAncestorOf(widget))

    def _at_attract(self) -> bool:
        return self.stack.currentWidget() is self.attract and self.top_layer() is self

    # -- what the visitor chooses ------------------------------------------------------------

    def set_display(self, large: bool, contrast: bool) -> None:
        """Large text and high contrast, as the visitor asks; every screen reflows."""
        if contrast != self.state.high_contrast:
            self.setStyleSheet(style_sheet(HIGH_CONTRAST if contrast else NORMAL))
        self.state.set_display(large, contrast)
        self.top_bar.apply(self.translator, self.theme)
        self._render()

    def _large_text(self, on: bool) -> None:
        self.set_display(on, self.state.high_contrast)

    def _high_contrast(self, on: bool) -> None:
        self.set_display(self.state.large_text, on)

    def set_language(self, code: str) -> None:
        self.state.set_language(code)
        self.translator = self.translators.get(code)
        rtl = self.translator.language.rtl
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.top_bar.apply(self.translator, self.theme)

    def go(self, place: Place, remember: bool = True) -> None:
        self._render(self.state.go(place, remember))

    def go_home(self) -> None:
        self.go(TOPICS)

    def open_topic(self, topic_id: str) -> None:
        self.go(Place("cards", topic_id))

    def open_card(self, card_id: str) -> None:
        self.go(Place("card", card_id))

    def open_picker(self) -> None:
        self._render(self.state.open_picker())

    def back(self) -> None:
        self._render(self.state.back())

    def _start_visit(self) -> None:
        self.between_visits.visit_started()
        self.idle.start()
        self._render(self.state.start())

    def _choose_language(self, code: str) -> None:
        self.set_language(code)
        self._render(self.state.language_chosen())

    # -- drawing -----------------------------------------------------------------------------

    def _observe(self) -> VisitState:
        """The state, told what the services report now (read at each drawing, so that it is
        never behind them: the content read or replaced, the hours turned)."""
        self.state.observe(
            content_read=not self.updates.pending,
            has_content=self.content is not None,
            closed=self.hours.closed,
        )
        return self.state

    def _render(self, place: Place | None = None) -> None:
        """Draw the screen the state says is shown, the visitor at `place` (by default, where
        they are): the one place that puts a screen on."""
        place = place or self.state.place
        if self._observe().needs_content(place) and not self.updates.checking:
            # Touched before the start had read the content: read it first (off this thread);
            # Attract stays until it is in, and then the visitor's place is drawn.
            self.updates.apply()
            self._observe()
        screen, mode = self.state.screen(place), self.state.mode(place)
        card = self.stack.built("card", CardScreen)
        if screen != "card" or card is None or place.item != card.card_id:
            self.listen.leaving()
        self.top_bar.setVisible(mode is Mode.VISIT)
        self._keep_in_reach(self._reads_high(place))
        if screen == "closed":
            self._draw_closed()
        elif screen == "attract":
            self._draw_attract(self.offered_languages())  # at start, nothing read but catalogs
        elif screen == "unavailable":
            offered = self.offered_languages()
            self.unavailable.show_languages(
                offered, self.translators.get, self.available_size(), help_line=self.help_line
            )
            self.stack.put_on("unavailable")
        elif screen == "admin":
            self.stack.put_on("admin")
        else:
            self._draw_visitor_screen(place)

    def _draw_visitor_screen(self, place: Place) -> None:
        content = self.content
        assert content is not None
        size, offered = self.available_size(), self.offered_languages()
        title = self.stack.draw_visitor_screen(place, content, self.translator, self.theme, offered, size)
        if place.screen == "card":
            self.card.show_help_line(self.help_line(self.translator), self.theme)
            self.listen.card_shown(place.item)
            self._offer_print()
            self.printer_watch.ask()  # the answer shows or hides Print in a moment
        if place.screen == "picker":
            self._offer_hearing(offered)
        offer_language = place.screen != "picker"
        self.top_bar.set_title(title, self.state.history.can_go_back, offer_language=offer_language)
        # More to read, more time before "Are you still there?" (kiosk/idle.py).
        words = text_on_screen(self.stack.currentWidget() or self)
        self.idle.set_timeout(time_before_warning(self.cfg.idle_timeout, words))

    def _offer_hearing(self, offered: list[str]) -> None:
        """On a tall screen's picker, the invitation to hold a name and hear it, where every
        name can be heard (issue 22 §4); nowhere else (kiosk/ui/widgets/hear_hint.py)."""
        theme = self.theme
        line = ""
        if theme.standing and self.listen.names_heard(offered):
            # NOTE: On the list of languages, beside a hand and a speaker: touching a language's
            # name and keeping the finger on it says the name aloud. Short and plain.
            line = self.translator.pgettext("picker", "Touch and hold a name to hear it.")
        self.picker.show_hearing(line, theme)

    def _draw_attract(self, languages: list[str], first: str | None = None) -> None:
        cfg = self.cfg
        pace = AttractPace(cfg.attract_cycle, cfg.attract_quiet_after * 60, cfg.attract_quiet_cycle)
        size = self.available_size()
        self.attract.set_languages(languages, self.translators.get, pace, size, first, self.reach.reach_top)
        self.stack.put_on("attract")

    def _draw_closed(self) -> None:
        self.stack.put_on("closed")
        self.hours.sleep()

    def show_attract(self, languages: list[str], first: str | None = None) -> None:
        """The start screen, naming `languages` and cycling through them from `first` (the
        tools' tour: its language); outside opening hours, the closed screen, as `_render` draws it."""
        if self._observe().mode(ATTRACT) is Mode.CLOSED:
            self._draw_closed()
        else:
            self._draw_attract(languages, first)

    def show_admin(self) -> None:
        self.message.hide()
        self.idle_overlay.hide()
        self.set_language(self.cfg.default_language)
        self._render(self.state.open_admin())
        self.idle.set_timeout(self.cfg.idle_timeout)  # staff, not readers: the base alone
        self.idle.start()

    # -- the end of a visit, and what comes between visits -----------------------------------

    def reset_visit(self) -> None:
        """Forget the visit: back to Attract in the default language, nothing left behind."""
        self.idle.stop()
        self.visit += 1
        # Even the lists kept in memory to draw faster: they would say which topics were opened.
        # (A screen not built yet has nothing to forget.)
        if (card_list := self.stack.built("cards", CardListScreen)) is not None:
            card_list.grid.forget()
        self.idle_overlay.hide()
        self.message.hide()
        self.staff.close()
        if (card := self.stack.built("card", CardScreen)) is not None:
            card.reset()
        self.listen.visit_ended()  # the volume back to its default, the card to its language
        # Back to the normal display (set_language and the render below draw it once).
        if self.state.high_contrast:
            self.setStyleSheet(STYLE)
        self.state.reset()
        if (admin := self.stack.built("admin", AdminScreen)) is not None:
            admin.show_status([], self.theme)
        self.updates.take_held()  # a check whose result came during the visit
        if self.updates.waiting:
            self.updates.apply()  # its result is taken when it comes (_content_taken)
        self.translators.clear()
        self.set_language(self.cfg.default_language)
        self._render()
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
        place = self.state.place
        return (self.state.visitor_here() and place.screen != "admin") or self.idle_overlay.isVisible()

    def _hold_idle_while_reading(self) -> None:
        self.idle.hold(self.listen.speaker.reading)

    def help_line(self, tr: Translator) -> str:
        """Where to ask a person, in `tr`'s language: the line the config names ("": none)."""
        return help_line_text(self.content, self.cfg.help_line, tr)

    def _check_help_line(self) -> None:
        """Say (once, at start or when new content comes) that the config names a help line
        the content lacks: IT's mistake, so nothing of a visitor is in it."""
        content = self.content
        problem = unknown_help_line(self.cfg.help_line, content.help_lines) if content else None
        if problem and problem != self.help_line_problem:
            log.warning("%s", problem)
        self.help_line_problem = problem

    def _content_taken(self) -> None:
        """A check's result was taken: draw what it allows where the screen is (nobody is here,
        or the start's first check is in; the admin screen says it itself)."""
        self._check_help_line()
        if self.state.place.screen == "admin":
            return
        if not self.state.visitor_here():
            self.set_language(self.cfg.default_language)  # its catalog as the gate now allows
        self._render()

    def show_unavailable(self) -> None:
        """The content cannot be drawn: a static message until good content arrives."""
        self.state.set_broken(True)
        self.reset_visit()

    def _offer_print(self) -> None:
        # Print only where a slip can come out; the QR code is always there. (No card shown
        # yet: the first one asks when it is drawn.)
        if (card := self.stack.built("card", CardScreen)) is not None:
            health = self.printer_watch.last
            card.show_print(health is not None and health.ready)

    def _printer_answered(self, _health: PrinterHealth) -> None:
        self._offer_print()

    def _content_replaced(self) -> None:
        self.state.set_broken(False)
        if self.live is not None:  # recordings from the copy now shown (state_dir's, or a private one)
            self.listen.content_dir = self.live.content_in_use

    def update_arrived(self) -> None:
        """Content or translation files changed: take them now if nobody is here, else after."""
        visitor_here = self.state.visitor_here() or self.idle_overlay.isVisible()
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
            self._keep_in_reach(self._reads_high(self.state.place))
            self.top_bar.apply(self.translator, self.theme)
            self._render()
            self.updates.prepare_topics()  # ahead, at this size

    def _reads_high(self, place: Place) -> bool:
        """Whether the screen at `place` puts words above the reach band on a tall screen: a
        visitor's screen, and Attract (no controls: a touch anywhere starts; its words are
        read at eye height, its invitation to touch sits within reach)."""
        state = self.state
        return state.mode(place) is Mode.VISIT or state.screen(place) == "attract"

    def _keep_in_reach(self, visitor_screen: bool) -> None:
        # Every control between 380 and 1220 mm above the floor (ADA 308); on a visitor's screen
        # the text may go above the band, at a standing visitor's eye height (kiosk/ui/standing.py).
        # `doctor` warns when the band is too small.
        band = usable_band(self.cfg.screen_bottom_mm, self.height(), self.px_per_mm)
        self.reach.arrange(band, visitor_screen)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.allow_close:
            self.listen.speaker.close()  # the sound process ends with the window
            self.updates.close()  # a check under way: its result is dropped, never waited on for good
            event.accept()
        else:
            event.ignore()
