"""The voice on its own (tests/ui/sound_units/check_voice.py), in a pytest process of its own:
Qt's text-to-speech never runs in this one (tests/helpers/no_multimedia.py)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.own_process import run_checks


def test_the_voice_checks_pass_in_a_process_of_their_own() -> None:
    run_checks(Path(__file__).parent / "sound_units" / "check_voice.py")
