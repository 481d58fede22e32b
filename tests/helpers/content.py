"""Content for tests: a small valid folder, written as an editor would write it, and the
repository's own, read as the kiosk reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

import kiosk.content.validate
from kiosk.config import DEFAULT_HOSTS, Config
from kiosk.content.model import Content
from kiosk.content.validate import Result, load_content

SOURCES = """\
sources:
  - id: city-statement
    title: The City's statements
    url: https://www.cityofwestsacramento.org/government/departments/city-manager-s-office/immigration
  - id: sb54
    title: The California Values Act
    url: https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201720180SB54
"""

TOPICS = """\
topics:
  - id: police
    title: What the Police Department said
    summary: Safety for everyone
  - id: state-law
    title: What state law says
    summary: The California Values Act
"""

CARD = """\
id: {id}
topic: {topic}
order: 10
title: {title}
summary: A short line
source: {source}
last_checked: 2026-11-01
body: |
  First paragraph.

  - a point
  - **another** point
"""


def write_minimal_content(folder: Path) -> None:
    (folder / "cards").mkdir(parents=True)
    (folder / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (folder / "topics.yaml").write_text(TOPICS, encoding="utf-8")
    write_card(folder, "report-crime", "police", "Can I report a crime?", "city-statement")
    write_card(folder, "values-act", "state-law", "What is SB 54?", "sb54")


def write_card(folder: Path, card_id: str, topic: str, title: str, source: str) -> Path:
    path = folder / "cards" / f"{card_id}.yaml"
    path.write_text(CARD.format(id=card_id, topic=topic, title=title, source=source), encoding="utf-8")
    return path


def read_content(folder: Path) -> Content:
    """The content of `folder`, which must be valid."""
    result = load_content(folder, DEFAULT_HOSTS)
    assert result.content is not None, result.problems
    return result.content


def load_repo_content(cfg: Config) -> Content:
    """The content the kiosk shows with these settings (by default, the repository's own):
    tests count and pick from it, so a card staff add or remove breaks none of them."""
    result = load_content(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts)
    assert result.content is not None, result.problems
    return result.content


def count_validations(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """From now on, every folder the validator is asked to check (the kiosk imports it on
    first need, kiosk.content.live.validate)."""
    calls: list[Path] = []
    real = kiosk.content.validate.load_content

    def counting(folder: Path, hosts: list[str], *more: object) -> Result:
        calls.append(folder)
        return real(folder, hosts, *more)  # type: ignore[arg-type]

    monkeypatch.setattr(kiosk.content.validate, "load_content", counting)
    return calls
