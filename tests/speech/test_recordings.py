from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.speech.recordings import (
    Coverage,
    coverage,
    language_name_recording,
    recording_for,
    recording_problems,
    recordings,
)

CARDS = {"report-crime", "values-act"}
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "
OGG = b"OggS\x00\x02" + b"\x00" * 20


def put(content: Path, relative: str, data: bytes = OGG) -> Path:
    path = content / "audio" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_recording_is_found_beside_the_content(tmp_path: Path) -> None:
    path = put(tmp_path, "report-crime/es.ogg")
    assert recording_for(tmp_path, "report-crime", "es") == path
    assert recording_for(tmp_path, "report-crime", "ru") is None
    assert recording_for(tmp_path, "values-act", "es") is None
    assert recording_for(tmp_path / "nowhere", "report-crime", "es") is None


def test_an_empty_file_is_no_recording(tmp_path: Path) -> None:
    put(tmp_path, "report-crime/es.ogg", b"")
    wav = put(tmp_path, "report-crime/es.wav", WAV)
    assert recording_for(tmp_path, "report-crime", "es") == wav


def test_good_recordings_have_no_problems(tmp_path: Path) -> None:
    put(tmp_path, "report-crime/es.ogg")
    put(tmp_path, "report-crime/fa.wav", WAV)
    put(tmp_path, "values-act/zh_Hant.mp3", b"ID3\x04" + b"\x00" * 8)
    put(tmp_path, "values-act/.DS_Store", b"junk")
    assert recording_problems(tmp_path, CARDS) == []
    assert [(r.card_id, r.lang) for r in recordings(tmp_path, CARDS)] == [
        ("report-crime", "es"),
        ("report-crime", "fa"),
        ("values-act", "zh_Hant"),
    ]


def test_each_problem_is_named_with_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    put(tmp_path, "report-crim/es.ogg")
    put(tmp_path, "report-crime/ess.ogg")
    put(tmp_path, "report-crime/ru.ogg", b"")
    put(tmp_path, "report-crime/uk.m4a", b"....ftyp")
    put(tmp_path, "report-crime/hi.ogg", b"RIFFnot an ogg")
    put(tmp_path, "values-act.ogg")
    put(tmp_path, "values-act/ar.ogg")
    put(tmp_path, "values-act/ar.wav", WAV)
    lines = sorted(str(p) for p in recording_problems(tmp_path, CARDS))
    assert lines == [
        "audio/report-crim/es.ogg:1: no card 'report-crim': name the folder after a card id "
        "(did you mean report-crime?)",
        "audio/report-crime/ess.ogg:1: unknown language 'ess' (did you mean es?)",
        "audio/report-crime/hi.ogg:1: not an .ogg file inside (renamed from another format?)",
        "audio/report-crime/ru.ogg:1: the recording is empty (0 bytes)",
        "audio/report-crime/uk.m4a:1: '.m4a' is not a recording format the kiosk plays (opus, ogg, mp3, wav)",
        "audio/values-act.ogg:1: a recording goes in audio/<card-id>/<language>.ogg",
        "audio/values-act/ar.wav:1: a second recording of this card in 'ar' (ar.ogg): keep one",
    ]


def test_coverage_per_language(tmp_path: Path) -> None:
    put(tmp_path, "report-crime/es.ogg")
    put(tmp_path, "values-act/es.ogg")
    put(tmp_path, "report-crime/hmn.ogg")
    put(tmp_path, "report-crime/ru.ogg")
    put(tmp_path, "report-crime/ps.ogg", b"")  # empty: not counted
    rows = {c.code: c for c in coverage(tmp_path, CARDS, ["es", "hmn", "ru", "ps", "en"], {"es", "ru", "en"})}
    assert rows["es"] == Coverage("es", 2, 2, True)
    assert [rows[c].label for c in ("es", "hmn", "ru", "ps", "en")] == [
        "rec 2/2",
        "rec 1/2",
        "rec 1/2 + tts",
        "none",
        "tts",
    ]
    assert [rows[c].listenable for c in ("es", "hmn", "ru", "ps", "en")] == [2, 1, 2, 0, 2]


def test_coverage_says_which_chinese_the_voice_speaks(tmp_path: Path) -> None:
    put(tmp_path, "report-crime/zh_Hant.ogg")
    varieties = {"zh_Hans": "Mandarin", "zh_Hant": "Cantonese"}
    rows = coverage(tmp_path, CARDS, ["zh_Hans", "zh_Hant"], set(varieties), varieties)
    assert [row.label for row in rows] == ["tts Mandarin", "rec 1/2 + tts Cantonese"]


def test_a_language_name_recording_is_found_in_its_folder(tmp_path: Path) -> None:
    path = put(tmp_path, "ui/language-name/km.ogg")
    assert language_name_recording(tmp_path, "km") == path
    assert language_name_recording(tmp_path, "lo") is None
    put(tmp_path, "report-crime/lo.ogg")
    assert language_name_recording(tmp_path, "lo") is None, "a card's recording is not the name"
