"""The commands as staff type them: exit codes and the lines they print."""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk import PROJECT_ROOT
from kiosk.cli import _parser, main
from kiosk.content.model import Content
from kiosk.display.palettes import NORMAL


def test_every_command_has_its_handler_and_no_command_means_run(monkeypatch: pytest.MonkeyPatch) -> None:
    parser, handlers = _parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert sorted(commands.choices) == sorted(handlers)
    ran: list[bool] = []
    monkeypatch.setattr("kiosk.cli.device._run", lambda args, cfg: ran.append(args.windowed) or 0)
    assert main(["--windowed"]) == 0
    assert ran == [True], "without a command the kiosk runs"


def test_validate_ok_on_the_repository(content: Content, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    counts = f"{len(content.topics)} topics, {len(content.cards)} cards, {len(content.sources)} sources"
    assert out.startswith(f"OK: {counts}")
    assert "warning" not in out


def test_validate_reports_file_and_line_and_exits_1(
    content_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = content_dir / "cards" / "report-crime.yaml"
    card.write_text(card.read_text().replace("topic: police", "topic: nowhere"))
    assert main(["validate", "--content", str(content_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(
        line.endswith("report-crime.yaml:2: unknown topic 'nowhere' (see topics.yaml)") for line in out
    )
    assert not any("Traceback" in line for line in out)


def test_validate_warns_and_still_exits_0(content_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = content_dir / "cards" / "report-crime.yaml"
    card.write_text(
        card.read_text() + "  Notwithstanding departmental considerations, comprehensive documentation "
        "regarding jurisdictional responsibilities necessitates institutional deliberation.\n"
    )
    stray = content_dir / "values-act.yaml"
    stray.write_text((content_dir / "cards" / "values-act.yaml").read_text())
    assert main(["validate", "--content", str(content_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"{stray}:1: warning: the kiosk does not read this file: a card goes in cards/" in "\n".join(out)
    assert any(line.startswith(f"{card}:") and ": warning: reading grade " in line for line in out)
    assert any(line.startswith("OK: ") and line.endswith("; 2 warning(s)") for line in out)
    table = out[out.index(next(line for line in out if line.startswith("Reading grade"))) + 1 :]
    assert [line.split()[0] for line in table] == ["report-crime", "values-act"]
    assert float(table[0].split()[1]) > 8 >= float(table[1].split()[1])


def test_bad_config_names_the_setting_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text("idle_timeout: -1\n")
    assert main(["validate", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert f"config: {config}:1: idle_timeout: must be at least 10, not -1" in err
    assert "did not start" in err


def test_i18n_status_lists_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["i18n", "status"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split() == ["language", "translated", "fuzzy", "missing", "review", "audio", "by"]
    spanish = next(row.split() for row in rows if row.startswith("es "))
    assert spanish[2:4] == ["0", "0"], "Spanish is complete: nothing fuzzy or missing"


def test_screenshots_of_every_screen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["screenshots", "--out", str(tmp_path), "--lang", "es", "--size", "960x540"]) == 0
    shots = sorted(p.name for p in (tmp_path / "es").glob("*.png"))
    assert {"00-attract.png", "01-picker.png", "02-topics.png", "90-idle-countdown.png"} <= set(shots)
    assert any("-card-" in name for name in shots)
    assert main(["screenshots", "--out", str(tmp_path), "--lang", "xx"]) == 2


@pytest.mark.parametrize(
    ("physical", "px_per_mm"),
    [
        (["--diagonal-inches", "43"], 2.017),  # hypot(1080, 1920) px over 43 inches
        (["--physical-mm", "535x952"], 2.019),  # 1080 px over 535 mm
        ([], 3.614 * 1080 / 1920),  # no size known: a 24-inch 1080p monitor's pitch
    ],
)
def test_screenshots_draw_the_screen_asked_for_not_the_platforms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, physical: list[str], px_per_mm: float
) -> None:
    """Issue 21 §5: the offscreen platform's screen is 800x800 px and 203 mm a side (3.94 px a
    mm); the screenshots of a floor-standing 43-inch screen must be drawn in its millimetres."""
    from kiosk.ui.tools import screenshots

    seen: list[tuple[float, int, int]] = []

    def one_look(window: Any, code: str) -> Any:
        seen.append((window.px_per_mm, window.height(), window.reach.reach_top))
        return iter(())

    monkeypatch.setattr(screenshots, "tour", one_look)
    args = [
        "screenshots",
        "--out",
        str(tmp_path),
        "--lang",
        "en",
        "--size",
        "1080x1920",
        "--screen-bottom-mm",
        "800",
    ]
    assert main(args + physical) == 0
    [(measured, height, _reach_top)] = seen
    assert measured == pytest.approx(px_per_mm, abs=0.01) and height == 1920


def test_screenshots_of_a_floor_standing_screen(tmp_path: Path) -> None:
    # As docs/accessibility.md shows it.
    args = [
        "screenshots", "--out", str(tmp_path), "--lang", "en",
        "--size", "1080x1920", "--diagonal-inches", "43", "--screen-bottom-mm", "800",
    ]  # fmt: skip
    assert main(args) == 0
    picker = QImage(str(tmp_path / "en" / "01-picker.png"))
    assert (picker.width(), picker.height()) == (1080, 1920)
    # The bar of buttons at the foot of the screen, within reach; at its top, paper and words.
    bar = QColor(NORMAL.bar).rgb()
    assert picker.pixel(5, 1915) == bar and picker.pixel(5, 5) != bar
    assert main([*args[:-4], "--physical-mm", "wide"]) == 2
    with pytest.raises(SystemExit) as both:  # one physical size or the other (argparse says so)
        main([*args, "--physical-mm", "535x952"])
    assert both.value.code == 2


def test_config_may_come_before_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text("languages: [en, fa]\n")
    assert main(["--config", str(config), "config"]) == 0
    assert "languages: ['en', 'fa']" in capsys.readouterr().out


def test_i18n_check_passes_on_the_repository(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["i18n", "check", "--lang", "en", "fa", "zh_Hant"]) == 0
    assert capsys.readouterr().out.startswith("OK: en, fa, zh_Hant")


def _break_vietnamese(repo: Path, msgid: str, msgstr: str) -> tuple[Path, int, Path]:
    po = repo / "translations" / "vi" / "LC_MESSAGES" / "messages.po"
    lines = po.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line == f'msgid "{msgid}"')
    lines[at + 1] = f'msgstr "{msgstr}"'
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = repo / "kiosk.yaml"
    config.write_text("languages: [en, vi]\n")
    return po, at + 1, config


def test_i18n_check_names_the_broken_entry(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    po, line, config = _break_vietnamese(repo_copy, "Last checked: {date}", "Kiểm tra lần cuối: {ngay}")
    assert main(["i18n", "check", "--config", str(config)]) == 1
    assert f"{po}:{line}: [card] placeholders differ from the English" in capsys.readouterr().out


def test_i18n_check_finds_letters_no_font_can_draw(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    po, line, config = _break_vietnamese(repo_copy, "Keep reading", "Đọc tiếp \ue000")
    assert main(["i18n", "check", "--config", str(config)]) == 1
    assert f"{po}:{line}: [idle button] would draw boxes for U+E000" in capsys.readouterr().out


def test_every_catalog_passes_msgfmt_check() -> None:
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "msgfmt (Debian package gettext) is needed: run `bash deploy/setup.sh --dev`"
    for po in sorted((PROJECT_ROOT / "translations").glob("*/LC_MESSAGES/messages.po")):
        result = subprocess.run(
            [msgfmt, "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True
        )
        assert result.returncode == 0, f"{po}: {result.stderr}"


def test_set_pin_writes_a_salted_hash_and_refuses_a_weak_pin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from kiosk.admin.pin import read_pin_file, verify_pin

    config = tmp_path / "kiosk.yaml"
    config.write_text("admin_pin_file: state/admin-pin\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("123456\n"))
    assert main(["set-pin", "--stdin", "--config", str(config)]) == 2
    assert "too easy" in capsys.readouterr().err
    assert not (tmp_path / "state" / "admin-pin").exists(), "nothing written for a refused PIN"
    monkeypatch.setattr("sys.stdin", io.StringIO("583920\n"))
    assert main(["set-pin", "--stdin", "--config", str(config)]) == 0
    stored = read_pin_file(tmp_path / "state" / "admin-pin")
    assert stored is not None and verify_pin("583920", stored)
    assert main(["set-pin", "--remove", "--config", str(config)]) == 0
    assert read_pin_file(tmp_path / "state" / "admin-pin") is None


def test_set_pin_without_a_terminal_says_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["set-pin", "--config", str(tmp_path / "missing.yaml")]) == 2
    assert "config file not found" in capsys.readouterr().err
    config = tmp_path / "kiosk.yaml"
    config.write_text("")
    assert main(["set-pin", "--config", str(config)]) == 2
    assert "use --stdin" in capsys.readouterr().err


def test_a_closed_pipe_ends_a_listing_quietly() -> None:
    """`main.py i18n status | head -1`: head leaves after its line; no traceback follows."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        result = subprocess.run(
            [sys.executable, str(PROJECT_ROOT / "main.py"), "i18n", "status"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert result.returncode == 128 + signal.SIGPIPE
