"""Start the kiosk: draw the Attract screen, then read and check the content, fill the screen
and stay there."""

from __future__ import annotations

import dataclasses
import gc
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QInputDevice

from kiosk import logs
from kiosk.config import Config
from kiosk.content.live import LiveContent
from kiosk.i18n.languages import SOURCE_LANGUAGE
from kiosk.qt_app import ensure_app
from kiosk.status_file import FILE_NAME as STATUS_FILE
from kiosk.status_file import StatusFile, local_minute
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.services.first_frame import after_first_frame
from kiosk.ui.services.folder_watcher import FolderWatcher
from kiosk.ui.services.lockdown import Lockdown
from kiosk.ui.services.recovery import start_over_on_errors
from kiosk.ui.services.watchdog import start_systemd_watchdog

log = logging.getLogger(__name__)


def has_touch_screen() -> bool:
    return any(d.type() == QInputDevice.DeviceType.TouchScreen for d in QInputDevice.devices())


def freeze_startup_objects() -> None:
    """Keep what start-up built out of the garbage collector's full passes.

    Tens of thousands of long-lived objects (modules, content, catalogs, widgets' wrappers)
    make each full collection take tens of milliseconds, at random taps; frozen, they are
    never scanned again, and a tap costs what it draws.
    """
    gc.collect()
    gc.freeze()


def live_content(cfg: Config) -> tuple[LiveContent, Config]:
    """The content, not read yet (a refused folder: the last good copy in state_dir), and the
    settings the window reads with: the accepted copies, never the live folders."""
    from kiosk.trust.folder import parse_keys  # PyCA cryptography: read after the first frame

    live = LiveContent(
        cfg.resolve(cfg.content_dir),
        cfg.allowed_qr_hosts,
        trusted_keys=parse_keys(cfg.trusted_keys),
        state_dir=cfg.resolve(cfg.state_dir),
        translations=cfg.resolve(cfg.translations_dir),
    )
    first = {cfg.languages[0], cfg.default_language}
    if first != {SOURCE_LANGUAGE} or cfg.unreviewed_translations == "hide":
        # The first frame needs catalogs (its first language's words, the top bar's, or which
        # languages are reviewed): only from a folder the gate trusts. In English, none.
        live.read_catalogs()
    shown = dataclasses.replace(
        cfg, content_dir=live.content_in_use, translations_dir=live.translations_in_use
    )
    return live, shown


def open_kiosk(
    cfg: Config,
    status: StatusFile,
    settled: Callable[[], None] = lambda: None,
    env: Mapping[str, str] | None = None,
    **window: Any,
) -> KioskWindow:
    """The window, to show: its first frame is the Attract screen, drawn before anything is
    read but the config (and the catalogs it needs); just after that frame the content is read
    and checked (kiosk.content.live) on a worker thread, Attract staying meanwhile; then the
    screen becomes what it allows (the unavailable screen if nothing valid can be shown), the
    status file and the folder watcher start, `settled` is called, and then systemd (`env`'s,
    by default this process's) hears READY=1."""
    live, shown = live_content(cfg)
    kiosk = KioskWindow(shown, None, live=live, **window)
    app = ensure_app()
    watchdog = start_systemd_watchdog(app, env, at_first_paint=False)  # nothing outside systemd

    def settle() -> None:
        kiosk.read_content(then=read)  # off the GUI thread: Attract stays, and takes taps

    def read() -> None:
        if live.current is None:
            # Never a desktop: the kiosk shows "temporarily unavailable" and waits for good content.
            log.error("no valid content to show; showing the unavailable screen until it is fixed")
        keep_status(kiosk, live, status)
        if cfg.reload_content:
            folders = [cfg.resolve(cfg.content_dir), cfg.resolve(cfg.translations_dir)]
            watcher = FolderWatcher(folders, parent=kiosk)
            watcher.changed.connect(kiosk.update_arrived)
        settled()
        if watchdog is not None:
            watchdog.start()  # READY=1: drawn, and showing what the content allows

    after_first_frame(kiosk, settle)
    return kiosk


def keep_status(window: KioskWindow, live: LiveContent, status: StatusFile) -> None:
    """Tell the status file (read by `doctor` and the health timer) what is on screen now and
    each time that changes: new content, the printer's answers, opening and closing by the
    schedule. Never a visitor's doing."""

    def shown() -> None:
        if live.current is not None:
            # When it was accepted: at start, the kept copy's own acceptance, not now.
            status.content_shown(local_minute(live.loaded_at) or time.time(), live.signed, live.current)
        status.update_refused(live.problem)

    if live.current is None:
        status.unavailable(live.problem or "no valid content")
    shown()
    window.updates.replaced.connect(shown)
    window.updates.applied.connect(lambda: status.update_refused(live.problem))  # refused meanwhile
    watch = window.printer_watch
    watch.answered.connect(lambda health: status.printer(health.text, health.ready))
    if watch.last is not None:  # answered before it was connected: the window asks at once
        status.printer(watch.last.text, watch.last.ready)
    hours = window.hours
    status.opening_hours(hours.closed)
    hours.changed.connect(lambda: status.opening_hours(hours.closed))


def run(cfg: Config, windowed: bool = False) -> int:
    logs.set_up(cfg.resolve(cfg.log_dir))
    status = StatusFile(cfg.resolve(cfg.state_dir) / STATUS_FILE)
    logs.RECENT.listener = status.fault
    for note in cfg.upgrade_notes:  # a renamed or retired setting: it works, but edit the file
        log.warning("config: %s", note)
    app = ensure_app()
    window = open_kiosk(cfg, status, freeze_startup_objects)
    window.exit_requested.connect(lambda: app.exit(0))
    if windowed:
        window.allow_close = True
        window.resize(1280, 720)
        window.show()
    else:
        window.input_router.lock_down(Lockdown(window))
        screens = QGuiApplication.screens()
        if cfg.screen >= len(screens):
            log.warning("screen %d not found (%d screens); using the first", cfg.screen, len(screens))
        screen = screens[cfg.screen] if cfg.screen < len(screens) else QGuiApplication.primaryScreen()
        window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        # Without a window manager, showFullScreen() alone keeps the old size.
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        if cfg.hide_cursor == "always" or (cfg.hide_cursor == "auto" and has_touch_screen()):
            app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))

    def unavailable() -> None:
        window.show_unavailable()
        status.unavailable("an unexpected error (see the log)")

    start_over_on_errors(window.reset_visit, unavailable)
    # The sound process opens the speech engine (~1.5 s: speechd lists every espeak-ng voice):
    # started once, just after the first frame, rather than on the first card a visitor opens.
    QTimer.singleShot(1000, window.listen.speaker.prepare)
    app.aboutToQuit.connect(window.listen.speaker.close)  # the sound process ends with the kiosk
    app.aboutToQuit.connect(window.updates.close)  # a check under way: a bounded wait, its result dropped
    return app.exec()
