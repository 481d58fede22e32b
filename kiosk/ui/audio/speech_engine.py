"""Opening Qt's text-to-speech engine and the audio output, and saying why when they fail.

QtTextToSpeech and QtMultimedia are imported here, on first need: they cost ~15 ms to import
and connect to the sound server, which the first frame should not wait for. Opening the
speechd engine takes ~1.5 s more (it lists espeak-ng's ~13,000 voice variants).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import PROJECT_ROOT
from kiosk.speech import speechd
from kiosk.speech.recordings import Coverage, Texts, coverage
from kiosk.speech.voices import Choice, ZhHantVoice, tts_voice

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtTextToSpeech import QTextToSpeech

# Qt's test engine: fixed English, Finnish and Norwegian voices that make no sound. It ships
# in the same wheel, so the system default must never fall back to it.
MOCK = "mock"
OFF = "none"
PROBE_S = 60  # speechd lists ~13,000 voices in ~1.5 s; a loaded machine takes longer


def open_engine(name: str, parent: QObject | None = None) -> tuple[QTextToSpeech | None, str | None]:
    """The engine `name` ("" = the system's), or None and the reason it cannot be used."""
    if name == OFF:
        return None, "text-to-speech is off (speech_engine: none)"
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as err:
        return None, f"QtTextToSpeech cannot be loaded ({err}); is PySide6-Addons installed?"
    engines = QTextToSpeech.availableEngines()
    if name and name not in engines:
        return None, f"no text-to-speech engine {name!r} (installed: {', '.join(engines) or 'none'})"
    if not name:
        real = [e for e in engines if e != MOCK]
        if not real:
            why = "no text-to-speech engine (on Debian: apt install speech-dispatcher-espeak-ng)"
            return None, why
        name = real[0]
    if name == "speechd":
        stuck = speechd.stuck()
        if stuck:
            return None, stuck
    tts = QTextToSpeech(name, parent)
    if tts.state() == QTextToSpeech.State.Error:
        why = f"text-to-speech engine {name!r} failed to start: {tts.errorString() or 'no reason given'}"
        tts.deleteLater()
        return None, why
    return tts, None


def locale_names(tts: QTextToSpeech) -> list[str]:
    return [locale.name() for locale in tts.availableLocales()]


def voice_names(tts: QTextToSpeech, locale: str) -> list[str]:
    """The names of the engine's voices in `locale`. Qt lists only the current locale's, so
    this changes the engine's locale: set it again before speaking."""
    from PySide6.QtCore import QLocale

    tts.setLocale(QLocale(locale))
    return [voice.name() for voice in tts.availableVoices()]


def choose(tts: QTextToSpeech, code: str, zh_hant: ZhHantVoice) -> Choice | None:
    """The voice that reads `code` on this engine (see kiosk.speech.voices)."""
    return tts_voice(code, locale_names(tts), lambda locale: voice_names(tts, locale), zh_hant)


def audio_output_problem() -> str | None:
    """Why nothing can be heard through Qt (recordings, the chime), or None."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as err:
        return f"QtMultimedia cannot be loaded ({err}); is libpulse0 installed?"
    if not QMediaDevices.audioOutputs():
        return "no audio output (is a PulseAudio or PipeWire sound server running in this session?)"
    return None


@dataclass(frozen=True)
class EngineReport:
    """What `i18n status` and `doctor` say about speech on this machine."""

    engine: str
    problem: str | None
    voices: dict[str, Choice] = field(default_factory=dict)  # language code -> its voice
    audio_problem: str | None = None


def probe(name: str, codes: list[str], zh_hant: ZhHantVoice = "mandarin") -> EngineReport:
    """Open the engine once and find the voice for each language, in a process of its own
    (`python -m kiosk.ui.audio.speech_engine`): QtMultimedia and the engine never load in the
    caller (a test run must not: issue 20), and a stuck speech-dispatcher is bounded."""
    command = [sys.executable, "-m", "kiosk.ui.audio.speech_engine", name, zh_hant, *codes]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
    }
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=PROBE_S, check=False)
        found = json.loads(done.stdout.strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, OSError, ValueError, IndexError):
        return EngineReport(name or "default", f"the speech engine could not be asked within {PROBE_S} s")
    voices = {code: Choice(**choice) for code, choice in found["voices"].items()}
    return EngineReport(found["engine"], found["problem"], voices, found["audio_problem"])


def probe_here(name: str, codes: list[str], zh_hant: ZhHantVoice = "mandarin") -> EngineReport:
    """`probe`, in this process (needs a QCoreApplication)."""
    audio = audio_output_problem()
    tts, problem = open_engine(name)
    if tts is None:
        return EngineReport(name or "default", problem, audio_problem=audio)
    found = {code: choice for code in codes if (choice := choose(tts, code, zh_hant)) is not None}
    report = EngineReport(tts.engine(), None, found, audio)
    tts.deleteLater()
    return report


def audio_coverage(
    engine: str,
    content_dir: Path,
    card_ids: Collection[str],
    codes: list[str],
    zh_hant: ZhHantVoice = "mandarin",
    *,
    texts: Texts,
) -> tuple[EngineReport, list[Coverage]]:
    """Per language, what Listen can use here: current recordings and this machine's voices."""
    report = probe(engine, codes, zh_hant)
    varieties = {code: choice.variety for code, choice in report.voices.items()}
    return report, coverage(content_dir, card_ids, codes, report.voices, varieties, texts=texts)


def main(argv: list[str]) -> None:
    """`probe_here` for `probe`: its report as one JSON line; whatever else prints goes first."""
    from kiosk.qt_app import ensure_app

    name, zh_hant, *codes = argv
    ensure_app()
    report = probe_here(name, codes, "cantonese" if zh_hant == "cantonese" else "mandarin")
    voices = {code: asdict(choice) for code, choice in report.voices.items()}
    print(
        json.dumps(
            {
                "engine": report.engine,
                "problem": report.problem,
                "voices": voices,
                "audio_problem": report.audio_problem,
            }
        ),
        flush=True,
    )
    os._exit(0)  # not Qt's teardown of the media back end: nothing is left to say


if __name__ == "__main__":
    main(sys.argv[1:])
