"""`doctor` as IT staff run it: one line per check, the fix named, exit 1 when not ready."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.model import Content


def doctor(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["doctor", "--config", str(config)])
    return code, capsys.readouterr().out.splitlines()


def line(lines: list[str], status: str, topic: str) -> str:
    found = [entry for entry in lines if entry.split()[:2] == [status, topic]]
    assert found, f"no {status} {topic} line in {lines}"
    return found[0]


def test_a_ready_deployment_but_the_printer(
    repo_copy: Path, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    languages = ["en", "es", "fa", "zh_Hant"]
    config = repo_copy / "kiosk.yaml"
    config.write_text(f"languages: [{', '.join(languages)}]\nprinter: no-such-printer\nlog_dir: logs\n")
    code, lines = doctor(config, capsys)
    assert code == 1, "a missing printer is something to fix"
    assert f"{len(content.topics)} topics, {len(content.cards)} cards" in line(lines, "OK", "content")
    assert len([entry for entry in lines if entry.startswith("OK   language")]) == len(languages)
    assert "'no-such-printer'" in line(lines, "FIX", "printer")
    assert str(repo_copy / "logs" / "kiosk.log") in line(lines, "OK", "logs")
    assert not [entry for entry in lines if entry.startswith("FIX") and "printer" not in entry]


def test_broken_content_fonts_and_log_folder_are_named(
    repo_copy: Path, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    card = next(iter(content.cards.values()))
    path = repo_copy / "content" / "cards" / f"{card.id}.yaml"
    path.write_text(path.read_text().replace(f"source: {card.source}", "source: nowhere"))
    po = repo_copy / "translations" / "vi" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Đọc tiếp"', 'msgstr "Đọc tiếp \ue000"'))
    (repo_copy / "not-a-folder").write_text("")
    config = repo_copy / "kiosk.yaml"
    config.write_text("languages: [en, vi]\nlog_dir: not-a-folder/logs\n")
    code, lines = doctor(config, capsys)
    assert code == 1
    assert path.name in line(lines, "FIX", "content")
    assert "vi:" in line(lines, "FIX", "language") and "boxes" in line(lines, "FIX", "language")
    assert "not-a-folder" in line(lines, "FIX", "logs")


def test_the_staff_pin_is_checked(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.admin.pin import write_pin_file

    config = repo_copy / "kiosk.yaml"
    config.write_text("languages: [en]\nadmin_pin_file: admin-pin\n")
    _code, lines = doctor(config, capsys)
    assert "set one with set-pin" in line(lines, "WARN", "admin")
    write_pin_file(repo_copy / "admin-pin", "583920")
    _code, lines = doctor(config, capsys)
    assert "staff PIN set" in line(lines, "OK", "admin")
    (repo_copy / "admin-pin").write_text("583920\n")
    _code, lines = doctor(config, capsys)
    assert "not a PIN file" in line(lines, "FIX", "admin")


@pytest.mark.skipif(sys.platform == "win32", reason="no POSIX modes on Windows (see read_pin_file)")
def test_a_pin_file_others_can_reach_or_with_a_huge_hash_is_refused(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.admin.pin import write_pin_file

    config = repo_copy / "kiosk.yaml"
    config.write_text("languages: [en]\nadmin_pin_file: admin-pin\nstate_dir: state\n")
    pin = repo_copy / "admin-pin"
    write_pin_file(pin, "583920")
    pin.chmod(0o666)
    code, lines = doctor(config, capsys)
    assert code == 1
    fix = line(lines, "FIX", "admin")
    assert f"{pin}: mode 0666: other users can read and write it" in fix and f"chmod 640 {pin}" in fix
    parts = pin.read_text().split("$")
    pin.write_text("$".join([*parts[:3], "2000", *parts[4:]]))
    pin.chmod(0o640)
    _code, lines = doctor(config, capsys)
    assert "hash parameters refused (p=2000 is outside 1..4)" in line(lines, "FIX", "admin")


def test_a_lockout_that_cannot_be_kept_is_named(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.admin.pin import write_pin_file

    (repo_copy / "state-file").write_text("a file where the folder should be")
    config = repo_copy / "kiosk.yaml"
    config.write_text("languages: [en]\nadmin_pin_file: admin-pin\nstate_dir: state-file\n")
    write_pin_file(repo_copy / "admin-pin", "583920")
    _code, lines = doctor(config, capsys)
    assert "kept in memory only, so a restart gives 5 fresh tries" in line(lines, "WARN", "admin")


def test_each_language_s_own_fonts_and_line_breaks_are_checked(
    repo_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """From Language.fonts: Korean whose KR face is missing would still draw (in a Chinese or
    Japanese face, with no box), so the face itself is checked; and Lao's line breaks."""
    import dataclasses

    from kiosk.i18n import languages, line_breaks
    from kiosk.ui.tools.glyphs import missing_faces

    assert [code for code, lang in languages.LANGUAGES.items() if missing_faces(lang)] == [], (
        "every declared face is installed here (deploy/setup.sh)"
    )
    korean = languages.LANGUAGES["ko"]
    missing = dataclasses.replace(korean, fonts=("Noto Sans CJK XX", *korean.fonts[1:]))
    monkeypatch.setitem(languages.LANGUAGES, "ko", missing)
    config = repo_copy / "kiosk.yaml"
    config.write_text("languages: [en, ko, lo]\n")
    _code, lines = doctor(config, capsys)
    said = line(lines, "FIX", "language")
    assert "ko: font Noto Sans CJK XX not installed" in said
    assert "Debian: fonts-noto-cjk fonts-noto-core fonts-dejavu-core" in said, "the packages declared with it"
    assert "lines break at words (ICU" in next(entry for entry in lines if " lo (Lao)" in entry)
    monkeypatch.setattr(line_breaks, "_icu", lambda: None)
    _code, lines = doctor(config, capsys)
    assert "lo: PyICU is not installed" in line(lines, "WARN", "language")
