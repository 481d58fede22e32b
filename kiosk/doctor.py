"""`doctor`: everything a deployment needs, checked, one line each, with the fix when it fails.

Run it in the kiosk's own session (same user, same display) after installing or changing
anything: config, content, catalogs and fonts, printer, screen and touch, log folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from kiosk import logs
from kiosk.config import Config
from kiosk.content.help_lines import unknown_help_line
from kiosk.content.model import Content
from kiosk.content.validate import load_content
from kiosk.i18n.catalog import load_catalog, po_path
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from kiosk.speech.voices import Choice
from kiosk.status_file import FILE_NAME as STATUS_FILE
from kiosk.status_file import KioskStatus, is_running, read_status

DAY = 86400


@dataclass(frozen=True)
class Check:
    status: str  # "OK", "WARN" (works, but look), "FIX" (the kiosk is not fit to run)
    topic: str
    text: str
    # For monitoring (kiosk/health): what the check found, in a word ("draft", "fonts",
    # "not-running"...), and what it is about (a language code); read by machines, not people.
    code: str = ""
    subject: str = ""

    def __str__(self) -> str:
        return f"{self.status:<5}{self.topic:<10}{self.text}"


def check_content(cfg: Config) -> tuple[list[Check], Content | None]:
    folder = cfg.resolve(cfg.content_dir)
    result = load_content(folder, cfg.allowed_qr_hosts)
    if result.ok and result.content is not None:
        c = result.content
        text = f"{folder}: {len(c.topics)} topics, {len(c.cards)} cards, {len(c.sources)} sources"
        return [Check("OK", "content", text), check_help_line(cfg, c)], c
    checks = [Check("FIX", "content", str(p)) for p in result.problems[:20]]
    if len(result.problems) > 20:
        checks.append(Check("FIX", "content", f"... {len(result.problems) - 20} more: run `validate`"))
    return checks, None


def check_help_line(cfg: Config, content: Content) -> Check:
    """The help line this kiosk's config names is one the content has (empty: none shown)."""
    problem = unknown_help_line(cfg.help_line, content.help_lines)
    if problem:
        return Check("WARN", "help-line", f"{problem}: fix `help_line:` or the content", "unknown")
    if not cfg.help_line:
        return Check("OK", "help-line", "help_line not set: no help line is shown", "unset")
    return Check("OK", "help-line", f"help_line {cfg.help_line!r}: {content.help_lines[cfg.help_line]}")


def check_languages(cfg: Config) -> Iterator[Check]:
    from kiosk.i18n import line_breaks
    from kiosk.ui.tools.glyphs import glyph_problems, missing_faces

    translations = cfg.resolve(cfg.translations_dir)
    for code in cfg.languages:
        language = LANGUAGES[code]
        catalog = None
        if code != SOURCE_LANGUAGE:
            catalog = load_catalog(translations, code)
            if catalog.error:
                text = f"{code}: {catalog.error} (it would show English)"
                yield Check("FIX", "language", text, "catalog", code)
                continue
        packages = f"Debian: {' '.join(language.debian_fonts)}, deploy/setup.sh"
        if faces := missing_faces(language):
            text = f"{code}: font {', '.join(faces)} not installed; install it ({packages})"
            yield Check("FIX", "language", text, "fonts", code)
            continue
        if language.dictionary_breaks and line_breaks.icu_version() is None:
            yield Check("WARN", "language", f"{code}: {line_breaks.missing_reason()}", "line-breaks", code)
        boxes = glyph_problems(po_path(translations, code), code, catalog.entries if catalog else [])
        if boxes:
            fix = f"install the fonts for its script ({packages})"
            yield Check(
                "FIX", "language", f"{code}: {len(boxes)} strings would draw boxes; {fix}", "fonts", code
            )
            continue
        state = f", catalog {catalog.review_state}" if catalog else ""
        if language.dictionary_breaks and (icu := line_breaks.icu_version()):
            state += f", lines break at words (ICU {icu})"
        yield Check(
            "OK",
            "language",
            f"{code} ({language.english_name}): draws with the installed fonts{state}",
            catalog.review_state if catalog else "source",
            code,
        )


def check_printer(cfg: Config) -> Check:
    """The printer's health as one line. Blocks in libcups (see kiosk/printing/health.py)."""
    from kiosk.printing.health import printer_health

    health = printer_health(cfg)
    return Check(health.status, "printer", health.text, "ready" if health.ready else "not-ready")


def check_screen(cfg: Config) -> list[Check]:
    from PySide6.QtGui import QGuiApplication, QInputDevice

    from kiosk.ui.theme import screen_px_per_mm

    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return [
            Check("WARN", "screen", "no display here: run `doctor` in the kiosk's own session to check it")
        ]
    screens = QGuiApplication.screens()
    if cfg.screen >= len(screens):
        return [
            Check("FIX", "screen", f"screen {cfg.screen} not found ({len(screens)} screens): fix `screen:`")
        ]
    screen = screens[cfg.screen]
    size = screen.size()
    checks = [Check("OK", "screen", f"screen {cfg.screen}: {size.width()}x{size.height()}")]
    if min(size.width(), size.height()) < 600:
        checks = [Check("FIX", "screen", f"screen {cfg.screen} is {size.width()}x{size.height()}: too small")]
    checks.append(check_reach(cfg, size.height(), screen_px_per_mm(screen, cfg.screen_diagonal)))
    touch = [d.name() for d in QInputDevice.devices() if d.type() == QInputDevice.DeviceType.TouchScreen]
    if touch:
        checks.append(Check("OK", "touch", ", ".join(touch)))
    else:
        checks.append(
            Check("WARN", "touch", "no touch screen found: only a mouse will work (is it plugged in?)")
        )
    return checks


def check_reach(cfg: Config, height: int, per_mm: float) -> Check:
    from kiosk.display.physical import reach_problem

    if cfg.screen_bottom_mm <= 0:
        return Check("OK", "reach", f"{per_mm:.2f} px a mm; screen_bottom_mm not set (a desk or kiosk stand)")
    problem = reach_problem(cfg.screen_bottom_mm, height, per_mm)
    if problem:
        return Check("WARN", "reach", problem)
    return Check("OK", "reach", "every control is kept 380 to 1220 mm above the floor")


def check_admin(cfg: Config, probe: bool = True) -> list[Check]:
    """The PIN file, and (with `probe`, see check_logs) whether the lockout can be kept."""
    from kiosk.admin.lockout import FILE_NAME as LOCKOUT_FILE
    from kiosk.admin.pin import PinError, read_pin_file

    path = cfg.resolve(cfg.admin_pin_file)
    try:
        stored = read_pin_file(path)
    except PinError as err:
        return [Check("FIX", "admin", f"{err}")]
    if stored is None:
        return [
            Check(
                "WARN", "admin", f"no staff PIN ({path}): the admin screen stays shut; set one with set-pin"
            )
        ]
    checks = [Check("OK", "admin", f"staff PIN set ({path})")]
    problem = logs.writable(cfg.resolve(cfg.state_dir)) if probe else None
    if problem:
        text = (
            f"the PIN pad's lockout ({LOCKOUT_FILE}) is kept in memory only, so a restart gives "
            f"5 fresh tries: {problem}; make `state_dir:` writable"
        )
        checks.append(Check("WARN", "admin", text, "lockout-in-memory"))
    return checks


def check_audio(cfg: Config, content: Content | None) -> list[Check]:
    """Listen: the voice engine and sound output, then which languages can be heard."""
    from kiosk.speech.freshness import RecordingTexts
    from kiosk.ui.audio.speech_engine import audio_coverage

    cards = content.cards if content is not None else {}
    # Only recordings that still say what is shown count (kiosk.speech.freshness).
    texts = RecordingTexts(content, cfg.resolve(cfg.translations_dir)) if content is not None else None
    report, heard = audio_coverage(
        cfg.speech_engine,
        cfg.resolve(cfg.content_dir),
        cards,
        cfg.languages,
        cfg.zh_hant_voice,
        texts=texts or (lambda _item, _lang: None),
    )
    checks = []
    if report.audio_problem:
        checks.append(Check("WARN", "audio", f"{report.audio_problem}: Listen and the chime are silent"))
    if report.problem:
        checks.append(Check("WARN", "audio", f"{report.problem}; only recordings can be heard"))
    else:
        checks.append(Check("OK", "audio", f"text-to-speech engine {report.engine!r}"))
    by_label: dict[str, list[str]] = {}
    for c in heard:
        by_label.setdefault(c.label, []).append(c.code)
    said = "; ".join(f"{label}: {' '.join(codes)}" for label, codes in by_label.items())
    silent = by_label.get("none")
    fix = " (Listen is not offered in these; add recordings, see docs/content-editing.md)" if silent else ""
    checks.append(Check("WARN" if silent else "OK", "audio", f"{said}{fix}"))
    return checks + _chinese_voices(cfg, report.voices)


def _chinese_voices(cfg: Config, voices: Mapping[str, Choice]) -> list[Check]:
    """Which voice reads each Chinese, and a warning where zh_hant_voice could not be followed."""
    checks = []
    for code in (c for c in cfg.languages if LANGUAGES[c].voice_variety and c in voices):
        choice = voices[code]
        text = f"{code} read in {choice.variety}: {choice.describe()}"
        if LANGUAGES[code].cantonese_locales:
            text += f" (zh_hant_voice: {cfg.zh_hant_voice})"
            if choice.variety.lower() != cfg.zh_hant_voice:
                checks.append(Check("WARN", "audio", f"{text}: this machine has no voice for that one"))
                continue
        checks.append(Check("OK", "audio", text))
    return checks


def check_signatures(cfg: Config, probe: bool = True) -> list[Check]:
    """Signed folders (trusted_keys), and the state folder that keeps the last good copy
    (probed for writing unless `probe` is False: see check_logs)."""
    from kiosk.trust.folder import check_folder, parse_keys
    from kiosk.trust.gate import day, refusals
    from kiosk.trust.state import Slot

    state = cfg.resolve(cfg.state_dir)
    problem = logs.writable(state) if probe else None
    checks = (
        [Check("FIX", "trust", f"cannot keep the last good copy: {problem}; set `state_dir:`")]
        if problem
        else []
    )
    keys = parse_keys(cfg.trusted_keys)
    if not keys:
        text = "trusted_keys is empty: content is not signed, anyone who can write its folders can change it"
        return [*checks, Check("WARN", "trust", text, "unsigned")]
    for kind, folder in (("content", cfg.content_dir), ("translations", cfg.translations_dir)):
        verdict = check_folder(cfg.resolve(folder), keys, kind)
        held = Slot(state / kind).accepted()
        shown = f"; the kiosk shows the copy accepted on {held.accepted_at}" if held else ""
        refused = refusals(verdict.folder, keys, state / kind, kind)
        checks += [Check("FIX", "trust", f"refused: {line}{shown}") for line in refused[:5]]
        if not refused:
            when = day(verdict.timestamp) if verdict.timestamp else "no date"
            checks.append(Check("OK", "trust", f"{verdict.folder}: signed by key {verdict.key_id} ({when})"))
    return checks


def check_kiosk(cfg: Config, now: float | None = None) -> tuple[list[Check], KioskStatus | None]:
    """The kiosk on the screen, as its status file says and its process confirms."""
    path = cfg.resolve(cfg.state_dir) / STATUS_FILE
    status = read_status(path)
    start = "start it: systemctl start westsac-kiosk"
    if isinstance(status, str):
        return [Check("WARN", "kiosk", f"not running: {status}; {start}", "not-running")], None
    running = is_running(status)
    if running is False:
        text = f"not running (process {status.pid} of {path} is gone); {start}"
        return [Check("WARN", "kiosk", text, "not-running")], status
    checks: list[Check] = []
    seen = "running" if running else "running, as far as its status file says (no /proc here)"
    since = _when(status.since)
    if status.screen == "unavailable":
        text = f"{seen}, showing 'temporarily unavailable' since {since}: {status.reason}"
        checks.append(Check("FIX", "kiosk", text, "unavailable"))
    elif status.screen == "content":
        signed = "signed" if status.signed else "unsigned"
        text = (
            f"{seen}, showing {status.cards} cards ({signed}) accepted {_when(status.loaded_at)}, "
            f"oldest card check {status.oldest_check or 'none'}"
        )
        if status.closed:
            text += "; closed now (open_hours): the screen is dark until a touch or the opening"
        checks.append(Check("OK", "kiosk", text, "content"))
    else:
        checks.append(Check("WARN", "kiosk", f"{seen}, starting since {since}", "starting"))
    if status.refused:
        age = (time.time() if now is None else now) - status.refused_since
        long = age > DAY
        text = f"updates refused since {_when(status.refused_since)}: {status.refused}"
        checks.append(Check("FIX" if long else "WARN", "kiosk", text, "refused-a-day" if long else "refused"))
    if status.printer_ready is not None:
        state = "offers Print" if status.printer_ready else "does not offer Print"
        checks.append(Check("OK", "kiosk", f"{state}: its printer said {status.printer}", "printer"))
    if status.last_fault:
        checks.append(Check("OK", "kiosk", f"last fault: {status.last_fault}", "fault"))
    return checks, status


def _when(unix: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(unix)) if unix else "an unknown time"


def check_logs(cfg: Config, probe: bool = True) -> Check:
    """Can the kiosk write its log? Without `probe` (the health unit, whose file system is read
    only but for node_exporter's folder) only whether the folder is there: the kiosk itself
    logs a folder it cannot write, and that fault reaches its status file."""
    folder = cfg.resolve(cfg.log_dir)
    if not probe:
        there = folder.is_dir()
        return Check(
            "OK" if there else "FIX", "logs", f"{folder / logs.FILE_NAME}" if there else f"no {folder}"
        )
    problem = logs.writable(folder)
    if problem:
        return Check("FIX", "logs", f"cannot write: {problem}; make it writable or set `log_dir:`")
    return Check("OK", "logs", f"{folder / logs.FILE_NAME}")


def run_checks(cfg: Config, where: str, session: bool = True) -> list[Check]:
    """Every check; without `session` (monitoring, from outside the kiosk's session) not the
    screen, touch and sound, which only the kiosk's own session can see: its status file
    speaks for the screen instead."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.qt_app import ensure_app

    ensure_app()
    checks = [Check("OK", "config", where)]
    checks += [Check("WARN", "config", note, code="upgrade") for note in cfg.upgrade_notes]
    content_checks, _content = check_content(cfg)
    checks += content_checks
    checks += check_signatures(cfg, probe=session)
    checks += list(check_languages(cfg))
    checks.append(check_printer(cfg))
    if session:
        checks += check_screen(cfg)
    checks += check_admin(cfg, probe=session)
    if session:
        checks += check_audio(cfg, _content)
    checks.append(check_logs(cfg, probe=session))
    checks += check_kiosk(cfg)[0]
    return checks
