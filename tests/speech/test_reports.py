"""Audio in the reports: `validate` lists recordings, `i18n status` and `doctor` the coverage."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.model import Content
from kiosk.speech.freshness import RecordingTexts
from tests.helpers.sounds import listed

OGG = b"OggS\x00\x02" + b"\x00" * 20


def record(content: Path, card_id: str, name: str, data: bytes = OGG, text: str | None = None) -> Path:
    """A recording, listed in its manifest as reading `text` (None: not listed)."""
    path = content / "audio" / card_id / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return listed(path, text) if text is not None else path


def english(content_dir: Path, card_id: str) -> str:
    """What the English recording of a card must say."""
    from kiosk.config import from_mapping
    from kiosk.content.validate import load_content
    from kiosk.i18n.languages import SOURCE_LANGUAGE
    from kiosk.i18n.translator import translator_for
    from kiosk.speech.script import card_item

    loaded = load_content(content_dir, from_mapping({}).allowed_qr_hosts).content
    assert loaded is not None
    return card_item(loaded, loaded.cards[card_id], translator_for(content_dir, SOURCE_LANGUAGE)).text


def test_validate_counts_current_recordings(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record(content_dir, "report-crime", "en.ogg", text=english(content_dir, "report-crime"))
    record(content_dir, "values-act", "en.ogg", text=english(content_dir, "values-act"))
    unlisted = record(content_dir, "values-act", "hmn.ogg")
    assert main(["validate", "--content", str(content_dir)]) == 0, "a warning, not a problem"
    out = capsys.readouterr().out
    assert ", 2 recordings, " in out, out
    assert f"{unlisted}:1: warning: no entry for 'hmn' in manifest.json beside this recording" in out


def test_validate_names_a_bad_recording(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record(content_dir, "report-crime", "es.ogg", b"")
    record(content_dir, "no-such-card", "es.ogg")
    assert main(["validate", "--content", str(content_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(line.endswith("report-crime/es.ogg:1: the recording is empty (0 bytes)") for line in out)
    assert any("no-such-card/es.ogg:1: no card 'no-such-card'" in line for line in out)


def test_status_and_doctor_report_audio_per_language(
    repo_copy: Path, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    config = repo_copy / "kiosk.yaml"
    config.write_text("languages: [en, es, hmn]\nspeech_engine: mock\nlog_dir: logs\n")
    first = next(iter(content.cards))
    said = RecordingTexts(content, repo_copy / "translations")(first, "hmn")
    record(repo_copy / "content", first, "hmn.ogg", text=said)
    one_of_all = f"rec 1/{len(content.cards)}"
    assert main(["i18n", "status", "--config", str(config)]) == 0
    rows = {row.split()[0]: row for row in capsys.readouterr().out.splitlines()[1:]}
    assert rows["es"].endswith("none"), "the mock engine has no Spanish voice"
    assert rows["hmn"].endswith(one_of_all)

    main(["doctor", "--config", str(config)])
    audio = [line for line in capsys.readouterr().out.splitlines() if line.split()[1:2] == ["audio"]]
    assert "OK   audio     text-to-speech engine 'mock'" in audio
    assert any(
        line.startswith("WARN audio") and f"tts: en; none: es; {one_of_all}: hmn" in line for line in audio
    ), audio
