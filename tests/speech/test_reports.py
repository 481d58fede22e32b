"""Audio in the reports: `validate` lists recordings, `i18n status` and `doctor` the coverage."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.model import Content

OGG = b"OggS\x00\x02" + b"\x00" * 20


def record(content: Path, card_id: str, name: str, data: bytes = OGG) -> None:
    path = content / "audio" / card_id / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_validate_counts_recordings(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record(content_dir, "report-crime", "es.ogg")
    record(content_dir, "values-act", "hmn.ogg")
    assert main(["validate", "--content", str(content_dir)]) == 0
    assert ", 2 recordings, " in capsys.readouterr().out


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
    record(repo_copy / "content", next(iter(content.cards)), "hmn.ogg")
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
