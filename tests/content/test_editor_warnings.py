"""What `validate` warns about: YAML files the kiosk never reads, cards that read above the grade."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT
from kiosk.config import DEFAULT_HOSTS, Config
from kiosk.content.editor_warnings import card_grades, content_warnings
from kiosk.content.validate import load_content

HARD = (
    "Notwithstanding any contrary interpretation, departmental administrative considerations "
    "necessitate comprehensive institutional documentation regarding jurisdictional immigration "
    "enforcement responsibilities."
)


def warnings(folder: Path, max_grade: float = 8) -> list[str]:
    content = load_content(folder, DEFAULT_HOSTS).content
    return [f"{p.file}:{p.line}: {p.message}" for p in content_warnings(folder, content, max_grade)]


def test_minimal_content_has_no_warnings(content_dir: Path) -> None:
    assert warnings(content_dir) == []


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        (
            "stray-card.yaml",
            "a card goes in cards/, and only sources.yaml, topics.yaml and help-lines.yaml are read",
        ),
        ("cards/report-crime.yml", "card files end in .yaml"),
        ("cards/old/report-crime.yaml", "not in a folder inside it"),
        ("drafts/report-crime.YAML", "a card goes in cards/"),
    ],
)
def test_a_yaml_file_the_kiosk_does_not_read_is_named(content_dir: Path, where: str, reason: str) -> None:
    stray = content_dir / where
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text((content_dir / "cards" / "report-crime.yaml").read_text(), encoding="utf-8")
    (found,) = warnings(content_dir)
    assert found.startswith(f"{stray}:1: the kiosk does not read this file: ")
    assert reason in found


def test_files_that_are_not_yaml_or_are_hidden_are_left_alone(content_dir: Path) -> None:
    (content_dir / "README.txt").write_text("notes", encoding="utf-8")
    (content_dir / ".vscode").mkdir()
    (content_dir / ".vscode" / "settings.yaml").write_text("a: 1\n", encoding="utf-8")
    assert warnings(content_dir) == []


def test_a_stray_file_is_named_even_when_the_content_is_invalid(content_dir: Path) -> None:
    (content_dir / "topics.yaml").unlink()
    (content_dir / "report.yaml").write_text("id: x\n", encoding="utf-8")
    found = [p.message for p in content_warnings(content_dir, None, 8)]
    assert len(found) == 1 and found[0].startswith("the kiosk does not read this file")


def test_a_card_above_the_grade_is_warned_at_its_body_line(content_dir: Path) -> None:
    card = content_dir / "cards" / "report-crime.yaml"
    text = card.read_text(encoding="utf-8")
    body_line = text.splitlines().index("body: |") + 2
    card.write_text(text + f"  {HARD}\n", encoding="utf-8")
    (found,) = warnings(content_dir)
    assert found.startswith(f"{card}:{body_line}: reading grade ")
    assert "is above max_reading_grade 8: use shorter sentences" in found
    grade = float(found.split("reading grade ")[1].split()[0])
    assert grade > 15
    # The setting moves the line: the same card passes when the limit is above its grade.
    assert warnings(content_dir, max_grade=grade + 1) == []


def test_the_setting_is_declared_with_a_default_of_8() -> None:
    assert Config().max_reading_grade == 8


def test_the_shipped_english_cards_read_at_grade_8_or_less_median_6_or_less() -> None:
    content = load_content(PROJECT_ROOT / "content", DEFAULT_HOSTS).content
    assert content is not None
    grades = {card_id: round(r.grade, 1) for card_id, r in card_grades(content).items()}
    assert {card_id: g for card_id, g in grades.items() if g > 8} == {}
    assert statistics.median(grades.values()) <= 6
