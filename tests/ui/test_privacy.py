"""Nothing a visitor does is written down (docs/security-and-privacy.md, Privacy).

Real visits, in languages with a voice and without one, open topics and cards, press Listen
and Print (a printer that draws the slip into a PDF, and one whose back end fails), and end
by the idle countdown (from a card, or from the topics after Home). Then everything the kiosk
writes where it keeps or shows things is read: the log folder, `status.json` (with its
`last_fault`), the admin screen's list of faults, a Prometheus textfile written as
`doctor --prometheus` writes it, the process's output (captured at the file descriptors) and
every log record. What the visits added there may say that a printer failed; it may not name a
language (code, English name or autonym), a card or topic (id or title, in English or in any
offered language), or a recording.

The kiosk starts, and its start-up faults are written (a fault found at start may name a
catalog's language: that is the deployment's, not a visitor's), before the first visit; only
what comes after is the visits' doing.

The sound side (kiosk/ui/audio, kiosk/speech) is checked apart, in
test_a_visit_heard_leaves_no_trace_of_it, while it moves into a child process.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from kiosk import logs
from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.health import prometheus
from kiosk.health.report import gather
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import card_view, topic_views
from kiosk.printing.outcome import PrintOutcome
from kiosk.printing.pdf import write_slip_pdf
from kiosk.speech.recordings import AUDIO_FOLDER, EXTENSIONS
from kiosk.status_file import FILE_NAME as STATUS_FILE
from kiosk.status_file import StatusFile
from kiosk.ui.app import open_kiosk
from kiosk.ui.audio.sound_link import ChildLink
from kiosk.ui.audio.speaker import Speaker, SpeakerState
from kiosk.ui.main_window import KioskWindow
from tests.helpers.clock import FakeClock
from tests.helpers.content import load_repo_content
from tests.helpers.logfail import LogFailHandler
from tests.helpers.printer import RecordingPrinter
from tests.helpers.sounds import listed, write_wav
from tests.helpers.visitor import tap, tile

pytestmark = pytest.mark.gui

# With a text-to-speech voice (en, es, zh_Hans under espeak-ng) and without (ar's is missing
# from some engines; Hmong has none anywhere), left to right and right to left, CJK.
VISITED = ("en", "es", "ar", "zh_Hans", "hmn")


# -- what must never be written, and where to look -------------------------------------------


def _token(text: str, ignore_case: bool) -> re.Pattern[str]:
    # Whole words only: "es" in "messages" is no language.
    return re.compile(rf"(?<![\w]){re.escape(text)}(?![\w])", re.IGNORECASE if ignore_case else 0)


@dataclass
class Secrets:
    """The names a visit could leak, as patterns, each with what it names."""

    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    def add(self, text: str, what: str, ignore_case: bool = True) -> None:
        text = text.strip()
        if text:
            self.patterns.append((_token(text, ignore_case), what))

    def found_in(self, where: str, text: str) -> list[str]:
        return [
            f"{where} names {what}: {line.strip()[:160]!r}"
            for line in text.splitlines()
            for pattern, what in self.patterns
            if pattern.search(line)
        ]


def secrets_of(content: Content, translations: Path, languages: list[str]) -> Secrets:
    secrets = Secrets()
    for code in languages:
        language = LANGUAGES[code]
        secrets.add(code, f"the language {code}", ignore_case=False)
        secrets.add(code.replace("_", "-"), f"the language {code}", ignore_case=False)
        secrets.add(language.english_name, f"the language {code}")
        secrets.add(language.autonym, f"the language {code}")
        tr = translator_for(translations, code)
        for card_id, card in content.cards.items():
            secrets.add(card_id, f"the card {card_id}")
            secrets.add(card_view(content, card, tr).title, f"the card {card_id}")
        for view in topic_views(content, tr):
            secrets.add(view.id, f"the topic {view.id}")
            secrets.add(view.title, f"the topic {view.id}")
    for ext in EXTENSIONS:
        secrets.patterns.append((re.compile(rf"\w{re.escape(ext)}\b"), "a recording"))
    secrets.patterns.append((re.compile(rf"\b{AUDIO_FOLDER}/"), "a recording"))
    return secrets


class Records(logging.Handler):
    """Every record logged anywhere in the process, whatever its level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")


@dataclass
class Written:
    """What the kiosk has written so far, in every place a person could read it later."""

    files: dict[str, str]
    status: dict[str, Any]
    recent: list[str]
    prometheus: list[str]


@dataclass
class Kiosk:
    window: KioskWindow
    cfg: Config
    clock: FakeClock
    status_path: Path
    records: Records
    capfd: pytest.CaptureFixture[str]

    def written(self) -> Written:
        log_dir = self.cfg.resolve(self.cfg.log_dir)
        files = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in sorted(log_dir.iterdir())}
        status = json.loads(self.status_path.read_text(encoding="utf-8"))
        textfile = self.status_path.parent / "kiosk.prom"
        prometheus.write(gather(self.cfg, "test"), textfile)
        return Written(files, status, list(logs.RECENT.lines), textfile.read_text().splitlines())

    def added(self, before: Written, secrets: Secrets, records_from: int, output: str) -> list[str]:
        """What the visits added that names what they were about."""
        after = self.written()
        found: list[str] = []
        for name, text in after.files.items():
            old = before.files.get(name, "")
            new = text[len(old) :] if text.startswith(old) else text
            found += secrets.found_in(f"the log folder's {name}", new)
        for key, value in after.status.items():
            if before.status.get(key) != value:
                found += secrets.found_in(f"status.json's {key}", str(value))
        seen = set(before.recent)
        found += secrets.found_in(
            "the admin screen's faults", "\n".join(line for line in after.recent if line not in seen)
        )
        old_lines = set(before.prometheus)
        new_metrics = "\n".join(line for line in after.prometheus if line not in old_lines)
        found += secrets.found_in("the Prometheus textfile", new_metrics)
        found += secrets.found_in("the process's output", output)
        found += secrets.found_in("a log record", "\n".join(self.records.lines[records_from:]))
        return found


@pytest.fixture
def root_logging() -> Iterator[Records]:
    """The kiosk's own logging (logs.set_up), undone afterwards, and a record of every line."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    records = Records()
    yield records
    for handler in root.handlers:
        if handler not in before:
            handler.close()
    root.handlers = before
    root.setLevel(level)
    logs.RECENT.listener = None
    logs.RECENT.lines.clear()


@pytest.fixture
def start_kiosk(
    qtbot: Any,
    repo_config: Config,
    repo_copy: Path,
    tmp_path: Path,
    root_logging: Records,
    capfd: pytest.CaptureFixture[str],
) -> Iterator[Callable[..., Kiosk]]:
    windows: list[KioskWindow] = []

    def start(speaker: Any, print_slip: Any = None, **settings: Any) -> Kiosk:
        """The kiosk as `run` starts it (log, status file, first frame, then its folders),
        settled: its start-up faults, if any, written. It prints with `print_slip`, or with
        the system's printer named in the settings."""
        cfg = dataclasses.replace(
            repo_config,
            content_dir=repo_copy / "content",
            translations_dir=repo_copy / "translations",
            state_dir=tmp_path / "state",
            log_dir=tmp_path / "logs",
            reload_content=False,
            **settings,
        )
        if isinstance(print_slip, PdfPrinter):
            print_slip.cfg = cfg  # the slip is written in the kiosk's translations
        logs.set_up(cfg.resolve(cfg.log_dir))
        logging.getLogger().addHandler(root_logging)
        status_path = cfg.resolve(cfg.state_dir) / STATUS_FILE
        status = StatusFile(status_path)
        logs.RECENT.listener = status.fault
        clock = FakeClock()
        window = open_kiosk(cfg, status, now=clock, speaker=speaker, printer=print_slip)
        windows.append(window)
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.updates.pending and not window.updates.preparing)
        qtbot.waitUntil(lambda: window.printer_watch.last is not None)
        return Kiosk(window, cfg, clock, status_path, root_logging, capfd)

    yield start
    for window in windows:
        window.allow_close = True


# -- a visitor ---------------------------------------------------------------------------------


# (topic, its cards) opened in a visit, by their places on screen.
TWO_TOPICS = ((0, (0, 1)), (1, (0,)))


def visit(
    qtbot: Any, kiosk: Kiosk, code: str, end: str, wait_print: Callable[[], None], opened: Any = TWO_TOPICS
) -> None:
    """A visit in `code`: two topics, three cards, Listen and Print on each card where offered,
    Back and Home; it ends by the idle countdown (`end` "idle") or by Home and then the
    countdown from the topics screen ("home")."""
    window = kiosk.window
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, LANGUAGES[code].autonym))
    assert window.translator.code == code
    for topic_index, card_indexes in opened:
        tap(qtbot, window.topics.grid.tiles[topic_index])
        for index in card_indexes:
            tap(qtbot, window.card_list.grid.tiles[index])
            assert window.stack.currentWidget() is window.card
            card = window.card
            if card.listen_button.isVisible():
                tap(qtbot, card.listen_button)  # Listen
                tap(qtbot, card.volume.louder)  # the visitor's volume: no trace of it either
                tap(qtbot, card.listen_button)  # Stop
            if card.print_button.isVisible():
                tap(qtbot, card.print_button)
                wait_print()
                window.message.hide()
            tap(qtbot, window.top_bar.back_button)
        tap(qtbot, window.top_bar.home_button)
    if end == "home":
        tap(qtbot, window.top_bar.home_button)
    kiosk.clock.t += window.idle.clock.timeout + 1  # the screen's: its text adds to idle_timeout
    window.idle.check()
    assert window.idle_overlay.isVisible()
    kiosk.clock.t += window.cfg.idle_warning + 1
    window.idle.check()
    assert window.stack.currentWidget() is window.attract and not window.history, "the idle reset"
    window.between_visits.release_now()  # memory handed back between visits


def run_visits(
    qtbot: Any,
    kiosk: Kiosk,
    wait_print: Callable[[], None],
    languages: tuple[str, ...] = VISITED,
    opened: Any = TWO_TOPICS,
) -> list[str]:
    """Visits in each of `languages`; what they added that names what they were about."""
    secrets = secrets_of(
        load_repo_content(kiosk.cfg), kiosk.cfg.resolve(kiosk.cfg.translations_dir), kiosk.cfg.languages
    )
    before = kiosk.written()
    kiosk.capfd.readouterr()  # start-up's output: not a visit's
    records_from = len(kiosk.records.lines)
    for number, code in enumerate(languages):
        visit(qtbot, kiosk, code, "idle" if number % 2 == 0 else "home", wait_print, opened)
    captured = kiosk.capfd.readouterr()
    return kiosk.added(before, secrets, records_from, captured.out + captured.err)


# -- printers and a quiet stand-in for the sound side -------------------------------------------


class QuietSpeaker(QObject):
    """The sound side as the window sees it, saying nothing anywhere: it offers Listen on every
    card, so that the window's part of Listen (kiosk/ui/flows/listen.py) runs in every language."""

    started = Signal()
    stopped = Signal()
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.state = SpeakerState.IDLE
        self.spoken = 0

    def prepare(self) -> None:
        pass

    @property
    def reading(self) -> bool:
        return self.state is not SpeakerState.IDLE

    def can_speak_card(self, view: Any, content_dir: Path) -> bool:
        return True

    def speak_card(self, view: Any, content_dir: Path) -> bool:
        self.state = SpeakerState.SPEAKING
        self.spoken += 1
        self.started.emit()
        return True

    def say(self, text: str, lang: str) -> bool:
        return True

    def warn(self, text: str, lang: str, recording: Path | None = None) -> None:
        pass

    def set_volume(self, level: float) -> None:
        pass

    def play_recording(self, path: Path) -> bool:
        return True

    def stop(self) -> None:
        if self.state is not SpeakerState.IDLE:
            self.state = SpeakerState.IDLE
            self.stopped.emit()


class PdfPrinter(RecordingPrinter):
    """Draws the slip as the printer would get it (the layout, the QR code, every script's
    fonts) into a PDF, and says it printed."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.cfg: Config | None = None  # the kiosk's own settings, given by start_kiosk
        self.pages = 0

    def start(self, content: Content, card_id: str, lang: str, done: Any) -> None:
        assert self.cfg is not None
        self.pages += write_slip_pdf(self.cfg, content, card_id, lang, self.folder / "slip.pdf")
        done(PrintOutcome(True, "written"))


class CrashingPrinter(RecordingPrinter):
    """A back end that fails as code does: with an error that says what it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.tries = 0

    def start(self, content: Content, card_id: str, lang: str, done: Any) -> None:
        self.tries += 1
        raise RuntimeError(f"cannot print {card_id} ({content.cards[card_id].title}) in {lang}")


def says(qtbot: Any, window: KioskWindow, context: str, english: str) -> Callable[[], None]:
    """Wait until the message on screen says `english` in the visitor's language."""

    def wait() -> None:
        expected = window.translator.pgettext(context, english)
        qtbot.waitUntil(lambda: window.message.isVisible() and expected in window.message.text_shown())

    return wait


# -- the tests ---------------------------------------------------------------------------------


def test_visits_printed_as_pdf_leave_no_trace(qtbot: Any, start_kiosk: Any, tmp_path: Path) -> None:
    printer = PdfPrinter(tmp_path)
    speaker = QuietSpeaker()
    kiosk: Kiosk = start_kiosk(speaker, print_slip=printer)
    found = run_visits(qtbot, kiosk, says(qtbot, kiosk.window, "print", "Your page is printing"))
    assert printer.pages > 0 and speaker.spoken > 0, "Print and Listen were pressed"
    assert not found, "\n".join(found)


def test_visits_whose_printer_fails_say_what_failed_and_nothing_else(
    qtbot: Any, start_kiosk: Any, log_check: LogFailHandler
) -> None:
    log_check.allow("kiosk.ui.flows.printing", "ERROR", "printing could not start")
    printer = CrashingPrinter()
    kiosk: Kiosk = start_kiosk(QuietSpeaker(), print_slip=printer)
    found = run_visits(
        qtbot, kiosk, says(qtbot, kiosk.window, "print", "Sorry, the printer is not working right now")
    )
    assert printer.tries > 0
    log = (kiosk.cfg.resolve(kiosk.cfg.log_dir) / logs.FILE_NAME).read_text(encoding="utf-8")
    assert "printing could not start" in log and "RuntimeError" in log, "staff are told what failed"
    assert "printing could not start" in kiosk.written().status["last_fault"]
    assert not found, "\n".join(found)


def test_a_catalog_broken_between_visits_is_told_then_not_when_a_visitor_picks_it(
    qtbot: Any, start_kiosk: Any, tmp_path: Path, log_check: LogFailHandler
) -> None:
    import os

    from kiosk.i18n.catalog import po_path

    # The logger moved (kiosk.i18n.translator on today's main): either may say it, between visits.
    log_check.allow("kiosk.i18n", "WARNING", "translation update refused")
    kiosk: Kiosk = start_kiosk(QuietSpeaker(), print_slip=PdfPrinter(tmp_path))
    path = po_path(kiosk.cfg.resolve(kiosk.cfg.translations_dir), "es")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("msgstr ", "msgstr unterminated\nmsgstr ", 1), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    kiosk.window.reset_visit()  # between visits (the idle reset, or an update that arrived)
    found = run_visits(qtbot, kiosk, says(qtbot, kiosk.window, "print", "Your page is printing"))
    assert kiosk.window.translators.get("es").catalog is not None
    assert not found, "\n".join(found)


@pytest.mark.expect_log("kiosk.planted", "WARNING")
def test_the_search_finds_a_planted_line_naming_a_card_or_a_language(
    qtbot: Any, start_kiosk: Any, tmp_path: Path
) -> None:
    """The check above can fail: a line that names the card opened, and output that names the
    language chosen, are found in every place they reach."""
    import sys

    kiosk: Kiosk = start_kiosk(QuietSpeaker(), print_slip=PdfPrinter(tmp_path))
    planted = logging.getLogger("kiosk.planted")
    kiosk.window.card_list.chosen.connect(lambda card_id: planted.warning("opened %s", card_id))
    kiosk.window.picker.chosen.connect(lambda code: print(f"chose {code}", file=sys.stderr))
    found = run_visits(qtbot, kiosk, says(qtbot, kiosk.window, "print", "Your page is printing"), ("es",))
    where = {line.split(" names ")[0] for line in found}
    assert where == {
        "the log folder's kiosk.log",
        "status.json's last_fault",
        "the admin screen's faults",
        "a log record",
        "the process's output",
    }, "\n".join(found)
    assert any("names the card" in line for line in found)
    assert any("names the language es" in line for line in found)


def test_a_visit_heard_leaves_no_trace_of_it(
    qtbot: Any,
    start_kiosk: Any,
    tmp_path: Path,
    repo_copy: Path,
    repo_config: Config,
    log_check: LogFailHandler,
) -> None:
    """The real sound process (Qt's mock engine: English voices only, so Spanish, Arabic, Chinese
    and Hmong have none; a reader's recording of every Spanish card, played by QtMultimedia
    and FFmpeg, which print the file's path on their stderr)."""
    from kiosk.speech.freshness import RecordingTexts
    from kiosk.speech.recordings import audio_dir

    content = load_repo_content(dataclasses.replace(repo_config, content_dir=repo_copy / "content"))
    texts = RecordingTexts(content, repo_copy / "translations")
    for card_id in content.cards:  # a reader's recording of every card in Spanish
        said = texts(card_id, "es")
        assert said is not None
        listed(write_wav(audio_dir(repo_copy / "content") / card_id / "es.wav"), said)
    # A generous bound: this 2-core machine runs the suite beside the sound process.
    speaker = Speaker(ChildLink("mock", need_audio_output=False), answer_ms=30_000)
    kiosk: Kiosk = start_kiosk(speaker, print_slip=PdfPrinter(tmp_path))
    qtbot.waitUntil(lambda: speaker.available, timeout=30_000)
    found = run_visits(qtbot, kiosk, says(qtbot, kiosk.window, "print", "Your page is printing"))
    assert not found, "\n".join(found)
