"""The real sound process: the window never waits on it, a hung one is killed and started
again (Listen not offered meanwhile), it ends with the window, and what it prints is nowhere.

A hang is made as a stuck speech-dispatcher or FFmpeg would make it: the process is stopped
(SIGSTOP) and answers nothing. The last test kills a real PulseAudio in mid-sentence.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QStyleHints
from PySide6.QtWidgets import QWidget

from kiosk import PROJECT_ROOT
from kiosk.content.model import Content
from kiosk.navigation import Place
from kiosk.ui.audio.sound_link import ChildLink
from kiosk.ui.audio.speaker import ANSWER_MS, Speaker, SpeakerState
from kiosk.ui.main_window import KioskWindow
from tests.helpers.pulse import private_pulse, speech_dispatchers
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui

STARTED_MS = 30_000  # the child's start: Python, Qt, the engine (a loaded 2-core CI machine)
PAINTED_S = 2.0  # a tap's screen is painted well within this; a frozen window never is


def gone(pid: int) -> bool:
    """No such process, not even a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("X",)


def child_speaker(qtbot: Any, engine: str = "mock", env: dict[str, str] | None = None) -> Speaker:
    speaker = Speaker(ChildLink(engine, need_audio_output=engine == "", env=env), answer_ms=1500)
    speaker.prepare()
    qtbot.waitUntil(lambda: speaker.available, timeout=STARTED_MS)
    return speaker


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_a_hung_sound_process_never_blocks_stop_and_is_restarted(qtbot: Any) -> None:
    speaker = child_speaker(qtbot)
    try:
        with qtbot.waitSignal(speaker.started, timeout=5000):
            assert speaker.say("Are you still there?", "en")
        hung = speaker.link.pid
        assert hung is not None
        os.kill(hung, signal.SIGSTOP)  # as a speech-dispatcher call that never returns leaves it
        for _ in range(50):  # every screen change stops the sound; none of them waits
            before = time.perf_counter()
            speaker.stop()
            assert time.perf_counter() - before < 0.5
        assert speaker.state is SpeakerState.IDLE
        qtbot.waitUntil(lambda: not speaker.available, timeout=10_000)
        assert not speaker.can_speak("en"), "Listen is not offered while it is down"
        qtbot.waitUntil(lambda: gone(hung), timeout=10_000)  # killed and reaped
        qtbot.waitUntil(lambda: speaker.available, timeout=STARTED_MS)
        assert speaker.restarts == 1 and speaker.link.pid not in (None, hung)
        with qtbot.waitSignal(speaker.started, timeout=5000):
            assert speaker.say("Home", "en"), "speaking again"
    finally:
        speaker.close()


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_a_process_that_dies_is_started_again(qtbot: Any) -> None:
    speaker = child_speaker(qtbot)
    try:
        with qtbot.waitSignal(speaker.started, timeout=5000):
            speaker.say("Print", "en")
        first = speaker.link.pid
        assert first is not None
        with qtbot.waitSignal(speaker.stopped, timeout=5000):
            os.kill(first, signal.SIGKILL)
        assert not speaker.can_speak("en")
        qtbot.waitUntil(lambda: speaker.available, timeout=STARTED_MS)
        assert gone(first)
    finally:
        speaker.close()


@pytest.mark.timeout(300)
@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_a_hung_speech_dispatcher_never_blocks_the_window(qtbot: Any, tmp_path: Path) -> None:
    """speech-dispatcher stuck in mid-sentence: Qt's stop() waits on it without a limit (the
    window froze on main). Here stop() returns at once, the sound process that waits is killed,
    and the new one finds speech-dispatcher stuck at its start: no voice is offered."""
    with private_pulse(tmp_path / "run") as (env, _pulse):
        speaker = child_speaker(qtbot, engine="", env=env)
        try:
            with qtbot.waitSignal(speaker.started, timeout=10_000):
                speaker.say("This sentence goes on for a while, so that it is cut off.", "en")
            stuck = speech_dispatchers(tmp_path / "run")
            assert stuck
            for pid in stuck:
                os.kill(pid, signal.SIGSTOP)
            before = time.perf_counter()
            speaker.stop()
            assert time.perf_counter() - before < 0.5
            qtbot.waitUntil(lambda: speaker.restarts >= 1, timeout=20_000)
            qtbot.waitUntil(lambda: speaker.available, timeout=STARTED_MS)
            assert not speaker.can_speak("en"), "a stuck speech-dispatcher offers no voice"
        finally:
            speaker.close()


def test_the_sound_process_ends_with_the_speaker(qtbot: Any) -> None:
    speaker = child_speaker(qtbot)
    pid = speaker.link.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # even hung
    speaker.close()
    assert gone(pid), "killed and reaped at once: no zombie"
    qtbot.wait(50)
    assert speaker.link.pid is None and not speaker.available


def test_the_window_never_loads_qt_multimedia_nor_prints_what_was_played(tmp_path: Path) -> None:
    script = tmp_path / "window.py"
    script.write_text(WINDOW_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)], env=env, capture_output=True, timeout=90, check=False
    )
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == -signal.SIGKILL, err[-2000:]  # as it ends itself
    lines = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    assert lines["listened"] == "True"
    assert lines["multimedia"] == "False" and lines["speech"] == "False", "only the sound process loads them"
    assert "report-crime" not in out + err and "Input #0" not in err, "nothing names the recording"
    child = int(lines["child"])
    deadline = time.monotonic() + 10
    while not gone(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gone(child), "the sound process died with the window"


# The window as the kiosk runs it, in a process of its own: its modules, its output, and its
# end are what is checked. It taps Listen on a card that has a recording in English.
WINDOW_SCRIPT = textwrap.dedent(
    """
    import os, shutil, signal, sys, time
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from kiosk.config import from_mapping
    from kiosk.navigation import Place
    from kiosk.ui.audio.sound_link import ChildLink
    from kiosk.ui.audio.speaker import Speaker
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.tools.stand_ins import NoPrinter
    from tests.helpers.content import load_repo_content
    from kiosk.speech.recordings import audio_dir
    from kiosk.speech.script import card_item
    from kiosk.i18n.translator import translator_for
    from tests.helpers.sounds import listed, write_wav

    app = QApplication([])
    content = load_repo_content(from_mapping({}))
    card_id = content.cards_of(content.topics[0].id)[0].id
    recordings = Path(sys.argv[1]) / "content"
    shutil.copytree(from_mapping({}).resolve(from_mapping({}).content_dir), recordings)
    said = card_item(content, content.cards[card_id], translator_for(recordings, "en")).text
    listed(write_wav(audio_dir(recordings) / card_id / "en.wav", seconds=3), said)
    cfg = from_mapping({"content_dir": str(recordings)})
    speaker = Speaker(ChildLink("mock", need_audio_output=False))
    window = KioskWindow(cfg, content, speaker=speaker, printer=NoPrinter())
    window.resize(1280, 720)
    window.show()
    speaker.prepare()
    heard = []
    speaker.started.connect(lambda: heard.append(True))

    def wait(test, ms):
        end = time.monotonic() + ms / 1000
        while not test() and time.monotonic() < end:
            QTest.qWait(10)

    wait(lambda: speaker.available, 30000)
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("card", card_id))
    window.card.listen_button.click()
    wait(lambda: bool(heard), 10000)
    print("listened=" + str(bool(heard)))
    print("multimedia=" + str("PySide6.QtMultimedia" in sys.modules))
    print("speech=" + str("PySide6.QtTextToSpeech" in sys.modules))
    print("child=" + str(speaker.link.pid), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the window dies without a word: its child must too
    """
)


class PaintClock(QObject):
    """When a widget was next painted (the event loop delivered its Paint event)."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None
        self.widget: QWidget | None = None

    def watch(self, widget: QWidget) -> None:
        if self.widget is not None:
            self.widget.removeEventFilter(self)
        self.widget, self.at = widget, None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def painted_after(qtbot: Any, clock: PaintClock, widget: QWidget, act: Any) -> float:
    """Seconds from `act` (a tap) to the first paint of `widget`, through the event loop."""
    clock.watch(widget)
    before = time.perf_counter()
    act()
    qtbot.waitUntil(lambda: clock.at is not None, timeout=10_000)
    assert clock.at is not None
    return clock.at - before


@pytest.mark.timeout(600)  # 91 cycles, two sound servers' starts, on a busy 2-core machine
@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_the_window_stays_responsive_when_the_sound_server_dies_mid_sentence(
    qtbot: Any, make_window: Any, content: Content, tmp_path: Path
) -> None:
    """30 Listen -> Home cycles on a real PulseAudio (null sink) and speech-dispatcher; the sound
    server killed in mid-sentence; 30 more. Every tap's screen is painted promptly."""
    # The taps come faster than a visitor's: the guard against double taps (tap_guard.py) would
    # take each Home after a Home for the second tap of a double tap.
    hints = QGuiApplication.styleHints()
    interval = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(0)
    with private_pulse(tmp_path / "run") as (env, pulse), restored(hints, interval):
        speaker = child_speaker(qtbot, engine="", env=env)
        window: KioskWindow = make_window(size=(1280, 720), speaker=speaker)
        card_id = content.cards_of(content.topics[0].id)[0].id
        clock = PaintClock()
        slowest = 0.0
        listened = 0

        def cycle(kill_pulse: bool = False) -> None:
            nonlocal slowest, listened
            window.history.replace([Place("picker"), Place("topics")])
            slowest = max(
                slowest, painted_after(qtbot, clock, window.card, lambda: window.go(Place("card", card_id)))
            )
            button = window.card.listen_button
            assert button.isVisible() == speaker.can_speak("en"), "Listen offered only while it can be heard"
            if button.isVisible():
                slowest = max(slowest, painted_after(qtbot, clock, button, lambda: tap(qtbot, button)))
                if kill_pulse:
                    qtbot.waitUntil(lambda: speaker.state is SpeakerState.SPEAKING, timeout=10_000)
                    qtbot.wait(300)  # in mid-sentence
                    pulse.kill()
                    listened += 1
                elif speaker.state is not SpeakerState.IDLE:
                    listened += 1
            home = window.top_bar.home_button
            slowest = max(slowest, painted_after(qtbot, clock, window.topics, lambda: touch_tap(home)))
            assert window.stack.currentWidget() is window.topics
            assert speaker.state is SpeakerState.IDLE

        for _ in range(30):
            cycle()
        assert listened == 30, "every Listen sounded while the sound server ran"
        cycle(kill_pulse=True)
        for _ in range(30):
            cycle()
        hung = speaker.link.pid
        assert hung is not None
        os.kill(hung, signal.SIGSTOP)  # speech-dispatcher stuck on the dead server, as seen
        for _ in range(30):
            cycle()
        assert slowest < PAINTED_S, f"a tap waited {slowest:.2f} s for its screen"
        # Found by the first command it leaves unanswered (a Stop on leaving a card), once the
        # answer's bound has run out: the 30 taps may all come before that.
        qtbot.waitUntil(lambda: speaker.restarts >= 1 and gone(hung), timeout=4 * ANSWER_MS)
        speaker.close()


@contextmanager
def restored(hints: QStyleHints, interval: int) -> Iterator[None]:
    try:
        yield
    finally:
        hints.setMouseDoubleClickInterval(interval)
