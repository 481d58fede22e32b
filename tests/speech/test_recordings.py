from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import translator_for
from kiosk.speech.manifest import read_manifest, text_sha256
from kiosk.speech.recordings import (
    Coverage,
    coverage,
    language_name_recording,
    recording_for,
    recording_problems,
    recordings,
    sentence_recording,
)
from kiosk.speech.script import DRAFT, IDLE_WARNING, SENTENCES, sentence_text
from tests.helpers.sounds import listed

CARDS = {"report-crime", "values-act"}
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "
OGG = b"OggS\x00\x02" + b"\x00" * 20


def put(content: Path, relative: str, data: bytes = OGG, text: str | None = "") -> Path:
    """A recording, and its manifest entry saying it reads `text` (None: no entry)."""
    path = content / "audio" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    if text is not None:
        listed(path, text or said(path.parent.name, path.stem))
    return path


def said(item_id: str, lang: str) -> str:
    """What the recording of `item_id` in `lang` reads in these tests."""
    return f"{item_id} in {lang}."


def test_a_recording_is_found_beside_the_content(tmp_path: Path) -> None:
    path = put(tmp_path, "report-crime/es.ogg")
    assert recording_for(tmp_path, "report-crime", "es", said("report-crime", "es")) == path
    assert recording_for(tmp_path, "report-crime", "ru", said("report-crime", "ru")) is None
    assert recording_for(tmp_path, "values-act", "es", said("values-act", "es")) is None
    assert recording_for(tmp_path / "nowhere", "report-crime", "es", "x") is None


def test_a_recording_plays_only_for_the_text_it_was_recorded_from(tmp_path: Path) -> None:
    path = put(tmp_path, "report-crime/es.opus", text="¿Puedo denunciar un delito?")
    assert recording_for(tmp_path, "report-crime", "es", "¿Puedo denunciar un delito?") == path
    assert recording_for(tmp_path, "report-crime", "es", "¿Puedo denunciar cualquier delito?") is None
    assert recording_for(tmp_path, "report-crime", "es") is None, "no text: nothing to check it against"
    put(tmp_path, "report-crime/ru.opus", text=None)
    assert recording_for(tmp_path, "report-crime", "ru", said("report-crime", "ru")) is None, "unlisted"
    entries, problem = read_manifest(path.parent)
    assert problem is None and set(entries) == {"es"}
    assert entries["es"].sha256 == text_sha256("¿Puedo denunciar un delito?") and entries["es"].line == 2


def test_a_language_name_is_checked_against_its_autonym(tmp_path: Path) -> None:
    """The picker plays `ui/language-name` without a text: the name is the language's own."""
    hmn = put(tmp_path, "ui/language-name/hmn.opus", text="Hmoob")
    assert recording_for(tmp_path, "ui/language-name", "hmn") == hmn
    put(tmp_path, "ui/language-name/km.opus", text="Khmer")  # read from the English name: wrong
    assert recording_for(tmp_path, "ui/language-name", "km") is None
    assert recording_problems(tmp_path, CARDS) == []


def test_an_empty_file_is_no_recording(tmp_path: Path) -> None:
    put(tmp_path, "report-crime/es.ogg", b"")
    wav = put(tmp_path, "report-crime/es.wav", WAV)
    assert recording_for(tmp_path, "report-crime", "es", said("report-crime", "es")) == wav


def test_good_recordings_have_no_problems(tmp_path: Path) -> None:
    put(tmp_path, "report-crime/es.ogg")
    put(tmp_path, "report-crime/fa.wav", WAV)
    put(tmp_path, "values-act/zh_Hant.mp3", b"ID3\x04" + b"\x00" * 8)
    put(tmp_path, "values-act/.DS_Store", b"junk", text=None)
    put(tmp_path, "ui/idle-warning/hmn.opus")
    assert recording_problems(tmp_path, CARDS) == []
    assert [(r.card_id, r.lang) for r in recordings(tmp_path, CARDS)] == [
        ("report-crime", "es"),
        ("report-crime", "fa"),
        ("values-act", "zh_Hant"),
        ("ui/idle-warning", "hmn"),
    ]


def test_each_problem_is_named_with_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    put(tmp_path, "report-crim/es.ogg")
    put(tmp_path, "report-crime/ess.ogg")
    put(tmp_path, "report-crime/ru.ogg", b"")
    put(tmp_path, "report-crime/uk.m4a", b"....ftyp")
    put(tmp_path, "report-crime/hi.ogg", b"RIFFnot an ogg")
    put(tmp_path, "values-act.ogg", text=None)
    put(tmp_path, "values-act/ar.ogg")
    put(tmp_path, "values-act/ar.wav", WAV)
    put(tmp_path, "ui/idle/hmn.ogg", text=None)
    (tmp_path / "audio" / "values-act" / "manifest.json").write_text("{oops", encoding="utf-8")
    lines = sorted(str(p) for p in recording_problems(tmp_path, CARDS))
    assert lines == [
        "audio/report-crim/es.ogg:1: no card 'report-crim': name the folder after a card id "
        "(did you mean report-crime?)",
        "audio/report-crime/ess.ogg:1: unknown language 'ess' (did you mean es?)",
        "audio/report-crime/hi.ogg:1: not an .ogg file inside (renamed from another format?)",
        "audio/report-crime/ru.ogg:1: the recording is empty (0 bytes)",
        "audio/report-crime/uk.m4a:1: '.m4a' is not a recording format the kiosk plays (opus, ogg, mp3, wav)",
        "audio/ui/idle/hmn.ogg:1: no interface sentence 'idle' (known: idle-warning, not-legal-advice, "
        "draft-note, language-name)",
        "audio/values-act.ogg:1: a recording goes in audio/<card-id>/<language>.opus",
        "audio/values-act/ar.wav:1: a second recording of this card in 'ar' (ar.ogg): keep one",
        "audio/values-act/manifest.json:1: cannot read the manifest (Expecting property name enclosed in "
        "double quotes: line 1 column 2 (char 1))",
    ]


def test_coverage_per_language(tmp_path: Path) -> None:
    put(tmp_path, "report-crime/es.ogg")
    put(tmp_path, "values-act/es.ogg")
    put(tmp_path, "report-crime/hmn.ogg")
    put(tmp_path, "report-crime/ru.ogg")
    put(tmp_path, "report-crime/ps.ogg", b"")  # empty: not counted
    put(tmp_path, "values-act/hmn.ogg", text="What the card said before it was edited.")  # out of date
    put(tmp_path, "values-act/ru.ogg", text=None)  # nobody says what it reads
    codes = ["es", "hmn", "ru", "ps", "en"]
    rows = {c.code: c for c in coverage(tmp_path, CARDS, codes, {"es", "ru", "en"}, texts=said)}
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
    rows = coverage(tmp_path, CARDS, ["zh_Hans", "zh_Hant"], set(varieties), varieties, texts=said)
    assert [row.label for row in rows] == ["tts Mandarin", "rec 1/2 + tts Cantonese"]


def test_a_language_name_recording_is_found_in_its_folder(tmp_path: Path) -> None:
    path = listed(put(tmp_path, "ui/language-name/km.ogg"), LANGUAGES["km"].autonym)
    assert language_name_recording(tmp_path, "km") == path
    listed(put(tmp_path, "ui/language-name/ko.ogg"), "Korean")
    assert language_name_recording(tmp_path, "ko") is None, "a name recorded as something else"
    assert language_name_recording(tmp_path, "lo") is None
    put(tmp_path, "report-crime/lo.ogg")
    assert language_name_recording(tmp_path, "lo") is None, "a card's recording is not the name"


def test_a_sentence_recording_is_the_studios_take_of_the_sentence_on_screen(tmp_path: Path) -> None:
    """The studio records a sentence as `sentence_text` gives it; the kiosk finds it from the
    sentence as the screen shows it (direction marks and line breaks are not words)."""
    tr = translator_for(PROJECT_ROOT / "translations", "ar")
    studio_text, translated = sentence_text(IDLE_WARNING, tr)
    assert translated
    take = put(tmp_path, f"ui/{IDLE_WARNING}/ar.opus", text=studio_text)
    on_screen = "\u200f" + tr.pgettext(*SENTENCES[IDLE_WARNING]).replace(" ", "\n  ", 1) + "\u200f"
    assert sentence_recording(tmp_path, IDLE_WARNING, "ar", on_screen) == take
    assert sentence_recording(tmp_path, IDLE_WARNING, "ar", on_screen + " ؟") is None, "other words"
    assert sentence_recording(tmp_path, DRAFT, "ar", on_screen) is None, "another sentence's folder"
    assert sentence_recording(tmp_path, IDLE_WARNING, "fa", on_screen) is None
