"""`i18n review` as a translator runs it, and `i18n status` showing the sign-off."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main


def config_for(folder: Path) -> str:
    config = folder / "kiosk.yaml"
    config.write_text("content_dir: content\ntranslations_dir: translations\n", encoding="utf-8")
    return str(config)


def status_row(config: str, code: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["i18n", "status", "--config", config]) == 0
    return next(row for row in capsys.readouterr().out.splitlines() if row.startswith(f"{code} "))


def test_review_signs_off_and_status_shows_who_and_when(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(repo_copy)
    assert "draft" in status_row(config, "es", capsys).split()
    assert main(["i18n", "review", "es", "--by", "Ana Pérez", "--config", config]) == 0
    out = capsys.readouterr().out
    assert "reviewed by Ana Pérez on 20" in out
    row = status_row(config, "es", capsys)
    assert "reviewed" in row.split() and row.rstrip().endswith("+0000") and "Ana Pérez, 20" in row

    # i18n update (as after any change of the English) keeps the sign-off.
    assert main(["i18n", "update", "--config", config]) == 0
    assert "Ana Pérez" in status_row(config, "es", capsys)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["en", "--by", "Ana"], "English is the source"),
        (["xx", "--by", "Ana"], "unknown language"),
        (["es", "--by", "  "], "name"),
    ],
)
def test_review_refuses_what_cannot_be_signed_off(
    repo_copy: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["i18n", "review", *args, "--config", config_for(repo_copy)]) == 2
    assert message in capsys.readouterr().err


def test_validate_and_status_say_why_a_bare_review_state_is_a_draft(
    repo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One header line `X-Review-State: reviewed`, without who and when, is no sign-off."""
    path = repo_copy / "translations" / "es" / "LC_MESSAGES" / "messages.po"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("X-Review-State: draft", "X-Review-State: reviewed"), encoding="utf-8")
    line = 1 + next(i for i, row in enumerate(text.splitlines()) if "X-Review-State" in row)
    config = config_for(repo_copy)
    assert main(["validate", "--config", config]) == 0  # a draft is allowed, and said
    out = capsys.readouterr().out
    assert f"{path}:{line}: warning: X-Review-State: reviewed without a sign-off" in out
    assert "no X-Reviewed-By; no X-Reviewed-Date" in out
    row = status_row(config, "es", capsys)
    assert "draft" in row.split() and "reviewed" not in row.split()
    assert main(["i18n", "status", "--config", config]) == 0
    assert "es: X-Review-State: reviewed without a sign-off" in capsys.readouterr().out
