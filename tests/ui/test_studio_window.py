"""The reader's studio window (`main.py record LANG`), offscreen: takes from WAV files (--from),
and the microphone path wired to a stand-in recorder in a child process (FFmpeg and a real
microphone are not needed, and Qt's multimedia never loads here)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.config import Config
from kiosk.speech.recordings import recording_for
from kiosk.ui.studio.run import studio_window
from kiosk.ui.studio.takes import LEVEL, microphone_command
from kiosk.ui.studio.window import METER_FLOOR_DB, StudioWindow
from tests.helpers.content import load_repo_content
from tests.helpers.sounds import write_wav

pytestmark = pytest.mark.gui

KEEP_MS = 60_000  # FFmpeg trims, normalises and encodes on a loaded 2-core machine

# A recorder as FFmpeg is run for the microphone: peak levels on stdout until SIGTERM, then
# the take written and a clean end.
RECORDER = textwrap.dedent(
    """
    import math, signal, struct, sys, time, wave
    out = sys.argv[1]
    def finish(*_):
        with wave.open(out, "wb") as w:
            w.setnchannels(1); w.setsampwidth(2); w.setframerate(16000)
            samples = [0] * 8000 + [int(6000 * math.sin(i * 0.17)) for i in range(32000)] + [0] * 8000
            w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        sys.exit(0)
    signal.signal(signal.SIGTERM, finish)
    while True:
        print("frame:1 pts:4800 pts_time:0.1\\nlavfi.astats.Overall.Peak_level=-12.5", flush=True)
        time.sleep(0.1)
    """
)


@pytest.fixture
def studio(qtbot: Any, repo_config: Config, repo_copy: Path) -> Iterator[Any]:
    cfg = dataclasses.replace(
        repo_config, content_dir=repo_copy / "content", translations_dir=repo_copy / "translations"
    )
    content = load_repo_content(cfg)

    def make(lang: str, from_dir: Path | None = None) -> StudioWindow:
        window = studio_window(cfg, content, lang, from_dir)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make


def click(qtbot: Any, window: StudioWindow, name: str) -> None:
    button = window.buttons[name]
    assert button.isEnabled(), f"{name} is not enabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_take_from_a_wav_file_is_kept_and_counted(studio: Any, qtbot: Any, tmp_path: Path) -> None:
    window: StudioWindow = studio("hmn", tmp_path / "takes")
    first = window.item
    assert first.is_card and window.card.title.text() == first.heading
    assert window.position.text() == "Card 1 of 17"
    assert window.progress.text() == "0 of 17 cards recorded in Hmong (Hmoob); 0 of 4 sentences"
    assert window.status.text().startswith("Not recorded yet.")
    assert not window.buttons["keep"].isEnabled() and not window.buttons["play"].isEnabled()

    click(qtbot, window, "record")
    assert "is missing" in window.status.text(), "no take for it in the folder yet"
    write_wav(tmp_path / "takes" / f"{first.id}.wav", seconds=2)
    click(qtbot, window, "record")
    assert window.buttons["keep"].isEnabled() and window.buttons["play"].isEnabled()
    click(qtbot, window, "keep")
    assert not window.buttons["next"].isEnabled(), "nothing else while the take is saved"
    qtbot.waitUntil(lambda: not window.keeping, timeout=KEEP_MS)
    assert window.status.text().startswith("Kept."), window.status.text()
    assert window.progress.text() == "1 of 17 cards recorded in Hmong (Hmoob); 0 of 4 sentences"
    assert recording_for(window.content_dir, first.id, "hmn", first.text) is not None

    click(qtbot, window, "next")
    assert window.position.text() == "Card 2 of 17" and window.status.text().startswith("Not recorded yet.")
    click(qtbot, window, "back")
    assert window.status.text().startswith("Recorded."), "the kept one, current"


def test_the_sentences_and_the_language_name_come_after_the_cards(studio: Any) -> None:
    window: StudioWindow = studio("km")
    window.show_item(len(window.items) - 1)
    assert window.position.text() == "Sentence 4 of 4"
    assert window.shown.currentWidget() is window.sentence and window.sentence.text() == "ខ្មែរ"
    assert window.item.id == "ui/language-name"


def test_the_microphone_is_recorded_in_a_child_with_a_level_meter(
    studio: Any, qtbot: Any, tmp_path: Path
) -> None:
    window: StudioWindow = studio("hmn")
    script = tmp_path / "recorder.py"
    script.write_text(RECORDER, encoding="utf-8")
    window.microphone.make_command = lambda out: [sys.executable, str(script), str(out)]
    played: list[Path] = []
    player = tmp_path / "player.py"
    player.write_text("import sys\nopen(sys.argv[2], 'w').write(sys.argv[1])\n", encoding="utf-8")
    window.playback.make_command = lambda path: [
        sys.executable,
        str(player),
        str(path),
        str(tmp_path / "heard"),
    ]

    assert window.meter.value() == METER_FLOOR_DB
    click(qtbot, window, "record")
    assert window.microphone.recording and window.buttons["stop"].isEnabled()
    assert not window.buttons["next"].isEnabled(), "no leaving an item while it records"
    qtbot.waitUntil(lambda: window.meter.value() == -12, timeout=10_000)
    click(qtbot, window, "stop")
    qtbot.waitUntil(lambda: not window.microphone.recording, timeout=10_000)
    assert window.buttons["keep"].isEnabled(), window.status.text()
    assert window.status.text().startswith("Press Play back")

    click(qtbot, window, "play")
    qtbot.waitUntil(lambda: (tmp_path / "heard").exists() and not window.playback.playing, timeout=10_000)
    played.append(Path((tmp_path / "heard").read_text(encoding="utf-8")))
    assert played == [window.take], "the take is played back, in a child"

    click(qtbot, window, "keep")
    qtbot.waitUntil(lambda: not window.keeping, timeout=KEEP_MS)
    assert window.status.text().startswith("Kept."), window.status.text()
    assert window.progress.text().startswith("1 of 17 cards recorded in Hmong")


def test_the_microphone_command_prints_the_levels_the_meter_reads(tmp_path: Path) -> None:
    """FFmpeg as the studio runs it for the microphone, given a tone in place of PulseAudio's
    default input: its output is the take, and its stdout the levels the meter shows."""
    command = microphone_command(tmp_path / "take.wav")
    source = command.index("pulse") - 1
    command[source : source + 4] = ["-f", "lavfi", "-i", "sine=frequency=300:duration=1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    levels = [float(found) for found in LEVEL.findall(done.stdout)]
    assert len(levels) >= 8 and all(-19 < level < -17 for level in levels), levels  # FFmpeg's tone: -18 dBFS
    assert (tmp_path / "take.wav").stat().st_size > 44_000
